"""A number of days in words people say: "today", "yesterday", "3 days ago"."""

from __future__ import annotations


def days_ago(days: int) -> str:
    return "today" if days <= 0 else "yesterday" if days == 1 else f"{days} days ago"
