"""Backups and the USB handoff: archive format, create, verify, restore (no Qt)."""
