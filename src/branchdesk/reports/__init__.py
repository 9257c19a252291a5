"""Archival A4 PDF forms built with reportlab, fed with core dataclasses (no Qt)."""
