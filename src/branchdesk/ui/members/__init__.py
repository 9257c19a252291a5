"""The 党员档案 page: the searchable, filterable list of everyone on file."""
