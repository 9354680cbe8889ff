"""Tools on top of the tables: scoring against gold (`evaluate.py`, `gold.py`), changes between
revisions (`diff.py`), the HTML report (`report.py`, its charts in `charts.py`; `cells.py` reads table
cells back as plain values)."""
