"""The 备份与移交 page: backups, the handoff wizard (移交), restoring and checking backups."""
