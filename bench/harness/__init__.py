"""The machinery of bench/run.py: timing, the cached demo archive, the report, Qt helpers."""
