"""File sizes as people read them."""

from __future__ import annotations


def human_size(size: int) -> str:
    """1023 → "1023 B", 1536 → "1.5 KB", 5 * 1024**2 → "5.0 MB"."""
    if size < 1024:
        return f"{size} B"
    value = float(size)
    for unit in ("KB", "MB", "GB", "TB"):
        value /= 1024
        if value < 1024 or unit == "TB":
            return f"{value:.1f} {unit}"
    raise AssertionError("unreachable")
