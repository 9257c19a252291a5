"""Printing in the GUI: the print preview, the print actions and the form pickers (DESIGN.md §5)."""
