"""The first-run assistant of a new, empty archive."""
