"""Cleaning beyond one process: the runners (this process, a process pool, a Dask cluster) and
the datatrove step; Dask and datatrove each behind its own optional extra."""
