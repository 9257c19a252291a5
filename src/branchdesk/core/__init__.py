"""Pure-Python core: models, rules, services. Never imports PySide6 or reportlab."""
