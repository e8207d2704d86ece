"""How many entries of a period built each kind of trust (TRUST: time
together, risk-free, understanding, specialists, trust earned), against the
period before it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from relapp.domain.vocabulary import TRUST_TAGS


@dataclass(frozen=True)
class TrustCount:
    key: str
    label: str
    now: int
    before: int

    @property
    def change(self) -> int:
        return self.now - self.before


def trust_counts(masks: Iterable[int]) -> dict[str, int]:
    """Entries carrying each tag (an entry with several tags counts for each)."""
    counts = dict.fromkeys(TRUST_TAGS, 0)
    for mask in masks:
        for key, (_letter, _label, bit) in TRUST_TAGS.items():
            if mask & bit:
                counts[key] += 1
    return counts


def trust_profile(now: Iterable[int], before: Iterable[int]) -> list[TrustCount]:
    """One line per tag, in TRUST order, from the entries' tag masks."""
    current, earlier = trust_counts(now), trust_counts(before)
    return [TrustCount(key, label, current[key], earlier[key]) for key, (_l, label, _b) in TRUST_TAGS.items()]
