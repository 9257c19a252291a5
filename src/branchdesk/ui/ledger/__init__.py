"""The 检查整改 page: the rectification ledger, inspections, and the problem editor."""
