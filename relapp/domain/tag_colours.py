"""Colours of tags: a fixed palette that reads on light and dark
backgrounds, and a stable pick for a new tag (the same name always gets
the same colour, so an import and a later edit agree)."""

from __future__ import annotations

import re
import zlib

PALETTE = ("#c62828", "#ad1457", "#6a1b9a", "#283593", "#1565c0", "#00838f",
           "#2e7d32", "#9e9d24", "#ef6c00", "#6d4c41", "#546e7a")

_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


def colour_for(name: str) -> str:
    return PALETTE[zlib.crc32(name.strip().casefold().encode("utf-8")) % len(PALETTE)]


def is_colour(value: str) -> bool:
    return isinstance(value, str) and bool(_HEX.match(value))


def split_tags(text: str) -> list[str]:
    """``"Tier 1, north;  Retail"`` → the names, blanks and repeats dropped
    (a repeat differing only in case counts once)."""
    seen, names = set(), []
    for part in re.split(r"[,;]", text or ""):
        name = " ".join(part.split())
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            names.append(name)
    return names
