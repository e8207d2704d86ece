"""Coverage gaps: people with power inside the client whom our side does not
really know, or has not met recently enough to count on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

# Influence 4 or 5 on the 1–5 scale counts as "power in decisions".
GAP_MIN_INFLUENCE = 4
# Tie strength 1–2 (aware, acquainted) is too weak to rely on in a crisis.
WEAK_TIE_MAX = 2
DEFAULT_NEGLECT_DAYS = 90
# A stakeholder added within this many days with no tie is "new, unmet".
NEW_PERSON_DAYS = 60


@dataclass(frozen=True)
class PersonCoverage:
    stakeholder_id: int
    name: str
    influence: int
    strongest_tie: int  # 0 when nobody on our side has a tie
    last_contact: date | None
    added: date | None = None


@dataclass(frozen=True)
class CoverageGap:
    stakeholder_id: int
    name: str
    kind: str  # "unknown", "weak", "neglected" or "new"
    reason: str


def coverage_gaps(
    people: list[PersonCoverage],
    today: date,
    neglect_days: int = DEFAULT_NEGLECT_DAYS,
) -> list[CoverageGap]:
    """The gaps in an account's coverage, most serious first.

    An influential person is a gap when nobody on our side has a tie, when
    the strongest tie is weak, or when nobody met them within the neglect
    window.  Anybody added recently whom nobody has met yet is listed too,
    whatever their influence, because new people are how accounts are lost.
    """
    gaps: list[tuple[int, CoverageGap]] = []
    cutoff = today - timedelta(days=neglect_days)
    for p in people:
        if p.influence >= GAP_MIN_INFLUENCE:
            if p.strongest_tie == 0:
                gaps.append((0, CoverageGap(p.stakeholder_id, p.name, "unknown",
                                            f"influence {p.influence}/5 and nobody on our side knows them")))
                continue
            if p.strongest_tie <= WEAK_TIE_MAX:
                gaps.append((1, CoverageGap(p.stakeholder_id, p.name, "weak",
                                            f"influence {p.influence}/5 but our strongest tie is only {p.strongest_tie}/5")))
                continue
            if p.last_contact is None or p.last_contact < cutoff:
                when = "never met" if p.last_contact is None else f"last contact {(today - p.last_contact).days} days ago"
                gaps.append((2, CoverageGap(p.stakeholder_id, p.name, "neglected",
                                            f"influence {p.influence}/5, {when}")))
                continue
        if (p.added is not None and p.added >= today - timedelta(days=NEW_PERSON_DAYS)
                and p.strongest_tie == 0 and p.last_contact is None):
            gaps.append((3, CoverageGap(p.stakeholder_id, p.name, "new",
                                        f"added {(today - p.added).days} days ago and nobody has met them yet")))
    gaps.sort(key=lambda pair: (pair[0], pair[1].name))
    return [gap for _, gap in gaps]
