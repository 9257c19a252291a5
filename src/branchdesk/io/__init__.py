"""Excel and CSV import and export (openpyxl, loaded lazily; no Qt)."""
