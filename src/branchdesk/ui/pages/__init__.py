"""ui/pages."""
