"""A number of days in words people say: "today", "yesterday", "3 days ago"."""

from __future__ import annotations

from relapp.domain.phrases import Phrase, phrase


def days_ago_phrase(days: int) -> Phrase:
    """``days`` ago as a phrase the window can translate."""
    return phrase("today") if days <= 0 else phrase("yesterday") if days == 1 else phrase("{days} days ago", days=days)


def days_ago(days: int) -> str:
    return str(days_ago_phrase(days))


def in_days_phrase(days: int) -> Phrase:
    """``days`` ahead: "today", "tomorrow", "in 3 days"."""
    return phrase("today") if days == 0 else phrase("tomorrow") if days == 1 else phrase("in {days} days", days=days)
