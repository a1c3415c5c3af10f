"""text: the low-level text rules every stage may share: content terms and names, outlets
and their domains, dates as outlets write them, Unicode normalisation, and what a line of a
news page is. It imports only `model`."""
