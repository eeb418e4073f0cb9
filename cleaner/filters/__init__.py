"""Per-document stages that edit text: normalize, metadata, boilerplate, repair, punctuation, repeats."""
