"""Review of a run: the review data file, the HTML and Markdown reports, and `explain` in the terminal."""
