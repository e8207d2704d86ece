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
from relapp.domain.day_words import days_ago_phrase
from relapp.domain.phrases import Phrase, label, phrase

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
    words: Phrase | None = field(default=None, compare=False)  # ``label`` as the window translates it


@dataclass(frozen=True)
class Risk:
    kind: str  # coverage / promise / balance / health / model / checkup
    text: str
    # ``text`` as a template and its values, which the window translates
    # (relapp/gui/phrase_texts.py); ``text`` stays English (command line, documents).
    words: Phrase | None = field(default=None, compare=False)


def _risk(kind: str, words: Phrase) -> Risk:
    return Risk(kind, str(words), words)


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
    question_words: list[Phrase] = field(default_factory=list)  # ``questions`` as the window translates them
    knowledge_words: Phrase | None = None  # ``knowledge`` as the window translates it


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
    paths: dict[int, str | Phrase] = field(default_factory=dict)  # per gap: the way in, in words


# The labels of a person's fields the brief shows, in its order (the window
# says them in the user's language: relapp/gui/brief/document_texts.py).
PROFESSIONAL_FIELDS = ("Career goals", "Measured by", "What keeps them up at night", "How we could help")
PERSONAL_FIELDS = ("Family", "Interests", "Private notes")


def tie_line(member: str, strength: int, source: str = "tie") -> TieLine:
    """A way one of ours knows them; one the journal shows (no tie recorded) says so."""
    strength_label = label(TIE_STRENGTHS.get(strength, ""))
    words = phrase("{strength} (from the journal)", strength=strength_label) if source == "journal" else strength_label
    return TieLine(member, strength, str(words), words)


def promise(description: str, due: date, owner: str, to: str, status: str, today: date) -> Promise:
    """A promise as the brief shows it; only an open one can be overdue."""
    return Promise(description, due, owner, to, max(0, (today - due).days) if status == "open" else 0)


def knowledge(ties: list[TieLine], last_contact: date | None, today: date) -> str:
    """How well we know someone, in words: the strongest tie (``ties`` come
    strongest first) and the last contact."""
    return str(knowledge_phrase(ties, last_contact, today))


def knowledge_phrase(ties: list[TieLine], last_contact: date | None, today: date) -> Phrase:
    """``knowledge()`` as a phrase the window translates."""
    if not ties:
        return phrase("Nobody on our side knows them")
    best = ties[0]
    known = phrase("{tie} with {member}", tie=best.words if best.words is not None else best.label,
                   member=best.member)
    if last_contact is None:
        return phrase("{known}; no recorded contact", known=known)
    return phrase("{known}; last contact {day} ({ago})", known=known, day=last_contact.isoformat(),
                  ago=days_ago_phrase((today - last_contact).days))


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
    return [str(ask) for ask in question_phrases(facts, ties, promises, days_since_contact, their_intent)]


def question_phrases(facts: PersonFacts, ties: list[TieLine], promises: list[Promise],
                     days_since_contact: int | None, their_intent: str) -> list[Phrase]:
    """``questions()`` as phrases the window translates."""
    asks = []
    overdue = [c for c in promises if c.overdue]
    if overdue:
        asks.append(phrase("We are late with “{promise}”: which new date would work for you?",
                           promise=short(overdue[0].description)))
    if facts.worries:
        asks.append(phrase("Where do things stand with “{worry}”, and what would help most now?",
                           worry=short(facts.worries)))
    if facts.measured_by:
        asks.append(phrase("How are you tracking against “{measure}” this year?", measure=short(facts.measured_by)))
    if facts.stance in ("sceptic", "blocker"):
        asks.append(phrase("What would you need to see from us to back the next step?"))
    if not ties or ties[0].strength <= WEAK_TIE:
        asks.append(phrase("How would you like to work with us directly, and who on your side should we also know?"))
    if days_since_contact is None or days_since_contact > LONG_SILENCE_DAYS:
        asks.append(phrase("What has changed on your side since we last spoke?"))
    if their_intent and facts.influence >= INTENT_INFLUENCE:
        asks.append(phrase("Is “{intent}” still the priority, and how will you judge progress?",
                           intent=short(their_intent)))
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
    asks = question_phrases(facts, ties, promises, days_since, their_intent)
    professional = [(name, text) for name, text in zip(PROFESSIONAL_FIELDS, (
        facts.career_goals, facts.measured_by, facts.worries, facts.how_we_help)) if text]
    personal = [(name, text) for name, text in zip(PERSONAL_FIELDS, (facts.family, facts.interests, facts.notes))
                if include_personal and text]
    known = knowledge_phrase(ties, last, today)
    return PersonBrief(
        id=facts.id, name=facts.name, title=facts.title, department=facts.department,
        reports_to=facts.reports_to, decision_role=DECISION_ROLES.get(facts.decision_role, ""),
        influence=facts.influence, interest=facts.interest, stance=STANCES.get(facts.stance, facts.stance),
        stance_key=facts.stance or "neutral", ties=list(ties), knowledge=str(known),
        last_contact=last, days_since_contact=days_since, professional=professional, personal=personal,
        interactions=list(interactions), promises=list(promises),
        questions=[str(ask) for ask in asks], question_words=asks, knowledge_words=known)


def risks(facts: RiskFacts, today: date) -> list[Risk]:
    """The account's risks, in the order the brief lists them: coverage gaps
    (as the coverage rule ranks them), overdue promises, a falling balance,
    a health drop, an overdue check-up, a contact shape other than the aim."""
    found = []
    for gap in facts.gaps:
        reason = Phrase(gap.template, gap.values) if gap.template else gap.reason  # said as coverage says it
        path = facts.paths.get(gap.stakeholder_id)
        found.append(_risk("coverage", phrase("{name}: {reason}; {path}", name=gap.name, reason=reason, path=path)
                           if path is not None else phrase("{name}: {reason}", name=gap.name, reason=reason)))
    for p in facts.open_promises:
        if p.overdue:
            found.append(_risk("promise", phrase(
                "Promise to {person} overdue by {days} days ({owner}): {promise}", person=p.to,
                days=p.overdue_days, owner=p.owner, promise=p.description) if p.owner else phrase(
                "Promise to {person} overdue by {days} days: {promise}", person=p.to, days=p.overdue_days,
                promise=p.description)))
    if facts.has_entries and facts.trend_30 < 0:
        found.append(_risk("balance", phrase("The balance fell by {fall} over the last 30 days", fall=-facts.trend_30)))
    elif facts.has_entries and facts.trend_90 < 0:
        found.append(_risk("balance", phrase("The balance fell by {fall} over the last quarter", fall=-facts.trend_90)))
    if len(facts.health) > 1:
        before, last = facts.health[-2].health, facts.health[-1].health
        if last - before <= -HEALTH_DROP:
            found.append(_risk("health", phrase("Health fell from {before:.0f} to {after:.0f} at the last check-up",
                                                before=before, after=last)))
    if facts.next_checkup is not None and facts.health and facts.next_checkup < today:
        found.append(_risk("checkup", phrase("The check-up has been due since {day}",
                                             day=facts.next_checkup.isoformat())))
    if facts.target_model and facts.current_model and facts.target_model != facts.current_model:
        found.append(_risk("model", phrase("Contacts form a {current}; the aim is a {target}",
                                           current=label(facts.current_model), target=label(facts.target_model))))
    return found
