"""Near-duplicate records: comparison keys, MinHash signatures, LSH candidates, clusters, a persistent index.

`keys` turns cleaned text into a comparison key, `minhash` signs keys (bit-identical to
datasketch's `affine32` MinHash, computed vectorised), `lsh` finds candidate pairs with
datasketch's bands and rows, `index` keeps signatures across runs (SQLite or Redis), and
`stage.NearDuplicates` is the corpus pass that wires them into the chain.
"""
