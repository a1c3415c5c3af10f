"""text: the low-level text rules every stage may share: content terms and names (terms,
names), numbers (numbers), outlets and their domains (outlets), dates as outlets write them and
publication dates a page states (dates, published), temporal expressions (timex/), Unicode
normalisation and content hashes (normalize), sparse TF-IDF vectors (vectors), and what a line
of a news page is (lines). It imports only `model`."""
