"""Runs: one partition of documents into validated frames (`rows.py`), the engines that run partitions
(serial, local workers, Dask), the output folder's manifest, and the whole incremental run (`run.py`)."""
