"""What a brief says about each attendee and what it flags as a risk.

The services gather the facts in a few batched queries; the judgement —
how well we know someone, which questions are worth asking them, which
facts about the account are risks — lives here, with ``today`` passed in.
Nothing here changes its arguments: every function returns new values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from relapp.domain.coverage import CoverageGap
from relapp.domain.vocabulary import DECISION_ROLES, STANCES, TIE_STRENGTHS

MAX_QUESTIONS = 4
# A fall of this many health points between two check-ups is a risk.
HEALTH_DROP = 10
# Our strongest tie at or below this (aware, acquainted) is too weak to work through.
WEAK_TIE = 2
# A person not met for longer than this is asked what changed.
LONG_SILENCE_DAYS = 90
# Their stated intent is put to the people with this much influence or more.
INTENT_INFLUENCE = 4


@dataclass(frozen=True)
class Interaction:
    day: date
    kind: str  # label
    value: int
    title: str


@dataclass(frozen=True)
class Promise:
    description: str
    due: date
    owner: str
    to: str  # the stakeholder it was made to
    overdue_days: int  # 0 when not overdue

    @property
    def overdue(self) -> bool:
        return self.overdue_days > 0


@dataclass(frozen=True)
class TieLine:
    member: str
    strength: int
    label: str


@dataclass(frozen=True)
class Risk:
    kind: str  # coverage / promise / balance / health / model / checkup
    text: str


@dataclass(frozen=True)
class HealthPoint:
    day: date
    health: float


@dataclass
class PersonBrief:
    id: int
    name: str
    title: str
    department: str
    reports_to: str
    decision_role: str  # label, "" when not recorded
    influence: int
    interest: int
    stance: str  # label
    stance_key: str
    ties: list[TieLine]
    knowledge: str  # how well we know them, in words
    last_contact: date | None
    days_since_contact: int | None
    professional: list[tuple[str, str]]  # (label, text), only filled fields
    personal: list[tuple[str, str]]  # empty unless the personal side was asked for
    interactions: list[Interaction]
    promises: list[Promise]
    questions: list[str]


@dataclass(frozen=True)
class PersonFacts:
    """One of their people as stored; text fields are "" when empty."""
    id: int
    name: str
    title: str
    department: str
    reports_to: str  # the boss's name, "" when not recorded
    decision_role: str  # key, "" when not recorded
    influence: int
    interest: int
    stance: str  # key, "" when not recorded
    career_goals: str
    measured_by: str
    worries: str
    how_we_help: str
    family: str
    interests: str
    notes: str


@dataclass(frozen=True)
class RiskFacts:
    """What the account-level risks are judged from."""
    gaps: list[CoverageGap]
    open_promises: list[Promise]  # every open promise of the account, earliest due first
    has_entries: bool
    trend_30: int  # balance change over the last 30 days
    trend_90: int  # and over the last quarter
    health: list[HealthPoint]  # oldest first
    next_checkup: date | None
    current_model: str
    target_model: str
    paths: dict[int, str] = field(default_factory=dict)  # per gap: the way in, in words


def tie_line(member: str, strength: int, source: str = "tie") -> TieLine:
    """A way one of ours knows them; one the journal shows (no tie recorded) says so."""
    label = TIE_STRENGTHS.get(strength, "")
    return TieLine(member, strength, label + " (from the journal)" if source == "journal" else label)


def promise(description: str, due: date, owner: str, to: str, status: str, today: date) -> Promise:
    """A promise as the brief shows it; only an open one can be overdue."""
    return Promise(description, due, owner, to, max(0, (today - due).days) if status == "open" else 0)


def knowledge(ties: list[TieLine], last_contact: date | None, today: date) -> str:
    """How well we know someone, in words: the strongest tie (``ties`` come
    strongest first) and the last contact."""
    if not ties:
        return "Nobody on our side knows them"
    best = ties[0]
    words = f"{best.label} with {best.member}"
    if last_contact is None:
        return words + "; no recorded contact"
    return words + f"; last contact {last_contact.isoformat()} ({(today - last_contact).days} days ago)"


def short(text: str, limit: int = 90) -> str:
    """A field quoted inside a question: the first sentence, cut at a word."""
    text = " ".join(text.split())
    first = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0].rstrip(".!?")
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0] + "…"


def questions(facts: PersonFacts, ties: list[TieLine], promises: list[Promise],
              days_since_contact: int | None, their_intent: str) -> list[str]:
    """Questions worth putting to a person, from what we know and from what we do not."""
    asks = []
    overdue = [c for c in promises if c.overdue]
    if overdue:
        asks.append(f"We are late with “{short(overdue[0].description)}”: which new date would work for you?")
    if facts.worries:
        asks.append(f"Where do things stand with “{short(facts.worries)}”, and what would help most now?")
    if facts.measured_by:
        asks.append(f"How are you tracking against “{short(facts.measured_by)}” this year?")
    if facts.stance in ("sceptic", "blocker"):
        asks.append("What would you need to see from us to back the next step?")
    if not ties or ties[0].strength <= WEAK_TIE:
        asks.append("How would you like to work with us directly, and who on your side should we also know?")
    if days_since_contact is None or days_since_contact > LONG_SILENCE_DAYS:
        asks.append("What has changed on your side since we last spoke?")
    if their_intent and facts.influence >= INTENT_INFLUENCE:
        asks.append(f"Is “{short(their_intent)}” still the priority, and how will you judge progress?")
    return asks[:MAX_QUESTIONS]


def person_brief(facts: PersonFacts, ties: list[TieLine], interactions: list[Interaction],
                 promises: list[Promise], *, their_intent: str, include_personal: bool,
                 today: date) -> PersonBrief:
    """What we know of one person: ``ties`` strongest first, ``interactions``
    latest first, ``promises`` their open ones.  The personal side (family,
    interests, private notes) is left out unless asked for, so a document
    meant for sharing cannot carry it by accident."""
    last = interactions[0].day if interactions else None
    days_since = (today - last).days if last else None
    professional = [(label, text) for label, text in (
        ("Career goals", facts.career_goals), ("Measured by", facts.measured_by),
        ("What keeps them up at night", facts.worries), ("How we could help", facts.how_we_help)) if text]
    personal = [(label, text) for label, text in (
        ("Family", facts.family), ("Interests", facts.interests), ("Private notes", facts.notes))
        if include_personal and text]
    return PersonBrief(
        id=facts.id, name=facts.name, title=facts.title, department=facts.department,
        reports_to=facts.reports_to, decision_role=DECISION_ROLES.get(facts.decision_role, ""),
        influence=facts.influence, interest=facts.interest, stance=STANCES.get(facts.stance, facts.stance),
        stance_key=facts.stance or "neutral", ties=list(ties), knowledge=knowledge(ties, last, today),
        last_contact=last, days_since_contact=days_since, professional=professional, personal=personal,
        interactions=list(interactions), promises=list(promises),
        questions=questions(facts, ties, promises, days_since, their_intent))


def risks(facts: RiskFacts, today: date) -> list[Risk]:
    """The account's risks, in the order the brief lists them: coverage gaps
    (as the coverage rule ranks them), overdue promises, a falling balance,
    a health drop, an overdue check-up, a contact shape other than the aim."""
    found = [Risk("coverage", f"{gap.name}: {gap.reason}"
                  + (f"; {facts.paths[gap.stakeholder_id]}" if gap.stakeholder_id in facts.paths else ""))
             for gap in facts.gaps]
    for p in facts.open_promises:
        if p.overdue:
            who = f" ({p.owner})" if p.owner else ""
            found.append(Risk("promise", f"Promise to {p.to} overdue by {p.overdue_days} days{who}: {p.description}"))
    if facts.has_entries and facts.trend_30 < 0:
        found.append(Risk("balance", f"The balance fell by {-facts.trend_30} over the last 30 days"))
    elif facts.has_entries and facts.trend_90 < 0:
        found.append(Risk("balance", f"The balance fell by {-facts.trend_90} over the last quarter"))
    if len(facts.health) > 1:
        before, last = facts.health[-2].health, facts.health[-1].health
        if last - before <= -HEALTH_DROP:
            found.append(Risk("health", f"Health fell from {before:.0f} to {last:.0f} at the last check-up"))
    if facts.next_checkup is not None and facts.health and facts.next_checkup < today:
        found.append(Risk("checkup", f"The check-up has been due since {facts.next_checkup.isoformat()}"))
    if facts.target_model and facts.current_model and facts.target_model != facts.current_model:
        found.append(Risk("model", f"Contacts form a {facts.current_model}; the aim is a {facts.target_model}"))
    return found
