"""A way to the one who decides: for a person in a coverage gap, the best
colleague of theirs to ask for an introduction.

The path runs from one of ours, through someone of theirs whom that person
knows well (strength 3 or more by the coverage rule), to the person in the
gap; the one in the middle must be close to them at work: their boss, one
of their direct reports, or someone linked to them as working with or
influencing them.  The best path has the strongest acquaintance, then the
most recent contact, then the closest relation (boss, report, colleague).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from relapp.domain.coverage import Acquaintance
from relapp.domain.phrases import Phrase, phrase

# "Knows well": a working relationship (3) or better.
KNOWS_WELL = 3
# How the one in the middle stands to the person in the gap, nearest first.
RELATIONS = ("boss", "report", "colleague")


@dataclass(frozen=True)
class OrgPerson:
    id: int
    name: str
    reports_to: int | None = None


@dataclass(frozen=True)
class Introduction:
    member: str  # one of ours
    via_id: int
    via: str  # the one of theirs we know well
    target_id: int
    target: str  # the person in the gap
    relation: str  # how ``via`` stands to the target: boss / report / colleague
    strength: int
    last_contact: date | None

    @property
    def path(self) -> list[str]:
        return [self.member, self.via, self.target]

    def advice(self) -> str:
        """The path as the brief's risks say it."""
        return str(self.advice_phrase())

    def advice_phrase(self) -> Phrase:
        """``advice()`` as a phrase the window translates (relapp/gui/phrase_texts.py)."""
        how = {"boss": phrase("{target}'s boss", target=self.target),
               "report": phrase("who reports to {target}", target=self.target),
               "colleague": phrase("who works with {target}", target=self.target)}[self.relation]
        if self.strength < 5:
            return phrase("ask {via} ({how}), whom {member} knows well, for an introduction",
                          via=self.via, how=how, member=self.member)
        return phrase("ask {via} ({how}), whom {member} is close to, for an introduction",
                      via=self.via, how=how, member=self.member)


def neighbours(target: OrgPerson, people: dict[int, OrgPerson],
               links: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """Who stands close to ``target`` at work, with how: (id, relation)."""
    out: list[tuple[int, str]] = []
    if target.reports_to is not None and target.reports_to in people:
        out.append((target.reports_to, "boss"))
    out += [(p.id, "report") for p in people.values() if p.reports_to == target.id and p.id != target.id]
    for a, b in links:
        other = b if a == target.id else a if b == target.id else None
        if other is not None and other != target.id and other in people:
            out.append((other, "colleague"))
    seen: set[int] = set()
    unique = []
    for pid, relation in out:  # a boss also linked as a colleague counts once, as the boss
        if pid not in seen:
            seen.add(pid)
            unique.append((pid, relation))
    return unique


def best_introduction(target: OrgPerson, people: dict[int, OrgPerson], links: list[tuple[int, int]],
                      known: dict[int, list[Acquaintance]]) -> Introduction | None:
    """The best path from our side to ``target``, or None when none of their
    colleagues is someone we know well.  ``people`` holds only those still at
    the client; ``links`` are working links (either direction); ``known`` is
    the coverage rule's answer per person, strongest first."""
    best: tuple | None = None
    for pid, relation in neighbours(target, people, links):
        for a in known.get(pid, []):
            if a.strength < KNOWS_WELL:
                continue
            key = (-a.strength, -(a.last_contact or date.min).toordinal(), RELATIONS.index(relation),
                   a.member.lower(), people[pid].name.lower())
            if best is None or key < best[0]:
                best = (key, Introduction(a.member, pid, people[pid].name, target.id, target.name, relation,
                                          a.strength, a.last_contact))
    return best[1] if best else None
