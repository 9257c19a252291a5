"""The 会议记录 page and the minutes editor (RULES.md §2)."""
