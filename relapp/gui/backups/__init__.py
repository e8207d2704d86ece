"""Backups in the window: File → Backups, and recovery at start."""
