"""Coverage gaps: people with power inside the client whom our side does not
really know, or has not met recently enough to count on; and the rule for
how well one of ours knows one of theirs (``known_by``), which every view
of coverage uses so none disagrees with the journal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from relapp.domain.keep_in_touch import counts_as_contact

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
    last_contact: date | None  # the out-of-touch clock (see keep_in_touch)
    added: date | None = None
    left_on: date | None = None  # they left the client: out of coverage
    known_through: str = ""  # "tie" or "journal": where strongest_tie comes from


@dataclass(frozen=True)
class CoverageGap:
    stakeholder_id: int
    name: str
    kind: str  # "unknown", "weak", "neglected" or "new"
    reason: str  # in English, for documents and the command line
    # The reason as an English template and its values, which the window
    # translates (relapp/gui/gap_texts.py); the domain stays free of Qt.
    template: str = ""
    values: tuple[tuple[str, object], ...] = ()


def _gap(stakeholder_id: int, name: str, kind: str, template: str, **values: object) -> CoverageGap:
    return CoverageGap(stakeholder_id, name, kind, template.format(**values), template, tuple(values.items()))


def _days_template(days: int, today: str, yesterday: str, more: str) -> str:
    """The template that says ``days`` as days_ago() says them."""
    return today if days <= 0 else yesterday if days == 1 else more


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
        if p.left_on is not None and p.left_on <= today:
            continue
        if p.influence >= GAP_MIN_INFLUENCE:
            if p.strongest_tie == 0:
                gaps.append((0, _gap(
                    p.stakeholder_id, p.name, "unknown",
                    "influence {influence}/5 and nobody on our side knows them or met them in the last {window} days",
                    influence=p.influence, window=JOURNAL_WINDOW_DAYS)))
                continue
            if p.strongest_tie <= WEAK_TIE_MAX:
                gaps.append((1, _gap(
                    p.stakeholder_id, p.name, "weak",
                    "influence {influence}/5 but our strongest tie is only {strength}/5 "
                    "(from the journal, no tie recorded)" if p.known_through == "journal"
                    else "influence {influence}/5 but our strongest tie is only {strength}/5",
                    influence=p.influence, strength=p.strongest_tie)))
                continue
            if p.last_contact is None or p.last_contact < cutoff:
                days = (today - p.last_contact).days if p.last_contact is not None else 0
                gaps.append((2, _gap(
                    p.stakeholder_id, p.name, "neglected",
                    "influence {influence}/5, never met" if p.last_contact is None else _days_template(
                        days, "influence {influence}/5, last contact today",
                        "influence {influence}/5, last contact yesterday",
                        "influence {influence}/5, last contact {days} days ago"),
                    influence=p.influence, days=days)))
                continue
        if (p.added is not None and p.added >= today - timedelta(days=NEW_PERSON_DAYS)
                and p.strongest_tie == 0 and p.last_contact is None):
            days = (today - p.added).days
            gaps.append((3, _gap(p.stakeholder_id, p.name, "new", _days_template(
                days, "added today and nobody has met them yet", "added yesterday and nobody has met them yet",
                "added {days} days ago and nobody has met them yet"), days=days)))
    gaps.sort(key=lambda pair: (pair[0], pair[1].name))
    return [gap for _, gap in gaps]


# Who on our side knows whom --------------------------------------------------
#
# The coverage rule: a tie recorded by hand is what the user knows, so it
# wins for that pair.  Where no tie is recorded, the journal speaks: each
# entry both took part in within the last year counts, weighted by how
# recent it is (its weight halves every CONTACT_HALF_LIFE_DAYS), and the
# sum maps to a strength from 1 to 4 (JOURNAL_STRENGTHS).  Contact alone
# never reaches 5 ("close"): that is for the user to say.

JOURNAL_WINDOW_DAYS = 365
CONTACT_HALF_LIFE_DAYS = 90
# (lowest weighted number of contacts, strength), strongest first: one
# contact in the last month or so makes them "acquainted" (2), a few
# recent ones "working relationship" (3), regular contact "trusted" (4).
JOURNAL_STRENGTHS = ((5.0, 4), (2.5, 3), (0.75, 2), (0.0, 1))
# A tie is suggested for contact within this many days.
SUGGEST_WINDOW_DAYS = 60


@dataclass(frozen=True)
class MemberContact:
    """What is on record between one of ours and one of theirs."""

    member_id: int
    member: str
    tie: int  # strength recorded by hand, 0 when none
    days: tuple[date, ...] = ()  # days of the journal entries both took part in


@dataclass(frozen=True)
class Acquaintance:
    """One of ours who knows the person, how well and on what evidence."""

    member_id: int
    member: str
    strength: int  # 1–5
    source: str  # "tie" (recorded by hand) or "journal" (from shared entries)
    last_contact: date | None
    recent_contacts: int  # shared entries within SUGGEST_WINDOW_DAYS
    contacts: int = 0  # shared entries within JOURNAL_WINDOW_DAYS


def contact_weight(days: list[date] | tuple[date, ...], today: date) -> float:
    """Shared entries of the last year, each weighing less as it ages."""
    total = 0.0
    for day in days:
        age = (today - day).days
        if 0 <= age <= JOURNAL_WINDOW_DAYS:
            total += 0.5 ** (age / CONTACT_HALF_LIFE_DAYS)
    return total


def journal_strength(days: list[date] | tuple[date, ...], today: date) -> int:
    """How well the journal says two people know each other (0–4)."""
    if not any(0 <= (today - d).days <= JOURNAL_WINDOW_DAYS for d in days):
        return 0
    weight = contact_weight(days, today)
    return next(strength for floor, strength in JOURNAL_STRENGTHS if weight >= floor)


def known_by(contacts: list[MemberContact], today: date) -> list[Acquaintance]:
    """Everyone on our side who knows the person, strongest first: the
    recorded tie where there is one, else what the journal shows."""
    out = []
    for c in contacts:
        past = [d for d in c.days if counts_as_contact(d, today)]
        last = max(past, default=None)
        recent = sum(1 for d in past if (today - d).days <= SUGGEST_WINDOW_DAYS)
        in_year = sum(1 for d in past if (today - d).days <= JOURNAL_WINDOW_DAYS)
        if c.tie > 0:
            out.append(Acquaintance(c.member_id, c.member, c.tie, "tie", last, recent, in_year))
            continue
        strength = journal_strength(past, today)
        if strength:
            out.append(Acquaintance(c.member_id, c.member, strength, "journal", last, recent, in_year))
    out.sort(key=lambda a: (-a.strength, -(a.last_contact or date.min).toordinal(), a.member.lower()))
    return out


# A pair the journal alone shows shapes the contact model once they are at
# least acquainted (2): one meeting months ago is not yet a channel between
# the teams.  A tie recorded by hand always counts.
MODEL_JOURNAL_MIN = 2


def shapes_contact_model(a: Acquaintance) -> bool:
    return a.source == "tie" or a.strength >= MODEL_JOURNAL_MIN


def strongest(known: list[Acquaintance]) -> int:
    """The coverage a person has: the strongest way one of ours knows them."""
    return max((a.strength for a in known), default=0)


def suggested_ties(known: list[Acquaintance]) -> list[Acquaintance]:
    """Contact the journal shows in the last SUGGEST_WINDOW_DAYS with no tie
    recorded: worth recording as a tie (at the strength the journal gives)."""
    return [a for a in known if a.source == "journal" and a.recent_contacts > 0]


def suggestion(a: Acquaintance, person: str) -> tuple[str, dict[str, object]]:
    """The suggestion of a tie as an English template and its values (the
    window translates the template: relapp/gui/gap_texts.py)."""
    template = ("{member} met {person} once in the last {days} days: record a tie?" if a.recent_contacts == 1
                else "{member} met {person} twice in the last {days} days: record a tie?" if a.recent_contacts == 2
                else "{member} met {person} {times} times in the last {days} days: record a tie?")
    return template, {"member": a.member, "person": person, "times": a.recent_contacts, "days": SUGGEST_WINDOW_DAYS}


def suggestion_text(a: Acquaintance, person: str) -> str:
    template, values = suggestion(a, person)
    return template.format(**values)
