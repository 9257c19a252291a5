"""The roster import wizard (导入党员名册): file, column mapping, dry-run preview, import."""
