"""The 发展党员 page: the pipeline at a glance."""
