"""What a board brief or an account summary says, as plain data.

The documents (PDF, HTML, Markdown) are drawn from this structure by
templates; nothing here formats for a medium.  The personal side of people
(family, interests, private notes) is only read when the caller asks for it,
so a document meant for sharing cannot leak it by accident.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from peewee import JOIN, fn

from relapp.domain.health import checkup_due, health_series
from relapp.domain.vocabulary import DECISION_ROLES, ENTRY_KINDS, PURPOSES, STANCES, TIE_STRENGTHS
from relapp.services import validation as v
from relapp.services.accounts import get_account
from relapp.services.balance import account_series
from relapp.services.coverage import account_coverage
from relapp.services.meetings import MeetingDetail
from relapp.services.people import find_stakeholder
from relapp.store.dates import stored_day
from relapp.store.models import (
    Checkup, CheckupAnswer, Commitment, Entry, EntryStakeholder, Stakeholder, TeamMember, Tie,
)

QUARTER_DAYS = 91
RECENT_INTERACTIONS = 4
MAX_QUESTIONS = 4
# The summary profiles only the people who weigh most in decisions.
SUMMARY_PEOPLE = 4
# A fall of this many health points between two check-ups is a risk.
HEALTH_DROP = 10


@dataclass(frozen=True)
class Interaction:
    day: dt.date
    kind: str  # label
    value: int
    title: str


@dataclass(frozen=True)
class Promise:
    description: str
    due: dt.date
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
    last_contact: dt.date | None
    days_since_contact: int | None
    professional: list[tuple[str, str]]  # (label, text), only filled fields
    personal: list[tuple[str, str]]  # empty unless the personal side was asked for
    interactions: list[Interaction]
    promises: list[Promise]
    questions: list[str]


@dataclass(frozen=True)
class HealthPoint:
    day: dt.date
    health: float


@dataclass
class QuarterChange:
    since: dt.date
    entries: int
    deposits: int  # sum of positive values
    withdrawals: int  # sum of negative values (negative)
    balance_change: int
    highlights: list[Interaction]  # biggest deposits
    setbacks: list[Interaction]  # biggest withdrawals
    new_people: list[str]
    promises_kept: list[Promise]
    promises_broken: list[Promise]
    health_change: float | None


@dataclass
class Brief:
    kind: str  # "brief" or "summary"
    account_id: int
    account: str
    industry: str
    today: dt.date
    include_personal: bool
    meeting_day: dt.date | None
    meeting_title: str
    goals: str
    our_attendees: list[str]
    balance: int
    trend_30: int
    trend_90: int
    has_entries: bool
    purpose: str
    our_intent: str
    their_intent: str
    current_model: str
    model_reason: str
    target_model: str
    untied: list[str]
    health: list[HealthPoint]
    next_checkup: dt.date | None
    risks: list[Risk]
    people: list[PersonBrief]
    open_promises: int = 0
    overdue_promises: int = 0
    quarter: QuarterChange | None = None
    others: list[PersonBrief] = field(default_factory=list)  # summary: the rest, one line each

    @property
    def health_latest(self) -> float | None:
        return self.health[-1].health if self.health else None

    @property
    def health_change(self) -> float | None:
        return self.health[-1].health - self.health[-2].health if len(self.health) > 1 else None

    @property
    def title(self) -> str:
        if self.kind == "summary":
            return f"Account summary: {self.account}"
        return f"Board brief: {self.account}"


# Building ---------------------------------------------------------------------


def parse_attendees(account_id: int, names: str) -> list[int]:
    """Stakeholder ids for ``"Name; Name"``; an unknown name raises
    NotFoundError listing close matches."""
    ids: list[int] = []
    for name in (part.strip() for part in re.split(r"[;\n]", names or "")):
        if name:
            person = find_stakeholder(account_id, name)
            if person.id not in ids:
                ids.append(person.id)
    if not ids:
        raise v.ValidationError("attendees", "name at least one of their people, separated by ';'")
    return ids


def build_brief(account_id: int, attendee_ids: list[int], *, day: dt.date | None = None,
                meeting: MeetingDetail | None = None, goals: str | None = None,
                include_personal: bool = False, today: dt.date | None = None) -> Brief:
    """The brief for a meeting with ``attendee_ids`` (their people)."""
    today = today or dt.date.today()
    brief = _account_part("brief", account_id, include_personal, today)
    for sid in attendee_ids:
        person = Stakeholder.get_or_none(Stakeholder.id == sid)
        if person is None or person.account_id != account_id:
            raise v.ValidationError("attendees", "every attendee must be one of this account's people")
    brief.people = _people(attendee_ids, brief, include_personal, today)
    if meeting is not None and meeting.account_id != account_id:
        raise v.ValidationError("meeting", "belongs to another account")
    if meeting is not None:
        brief.meeting_day = meeting.day
        brief.meeting_title = meeting.title
        brief.our_attendees = list(meeting.member_names)
        brief.goals = meeting.goals
    brief.meeting_day = day or brief.meeting_day
    brief.meeting_title = brief.meeting_title or "Board meeting"
    if goals is not None:
        brief.goals = goals.strip()
    brief.risks = _risks(brief, account_id, today)
    return brief


def build_summary(account_id: int, *, include_personal: bool = False, today: dt.date | None = None) -> Brief:
    """The state of the relationship without a meeting: who matters, what
    changed in the last quarter, what is at risk."""
    today = today or dt.date.today()
    brief = _account_part("summary", account_id, include_personal, today)
    ids = [sid for (sid,) in Stakeholder.select(Stakeholder.id).where(Stakeholder.account == account_id)
           .order_by(Stakeholder.influence.desc(), fn.LOWER(Stakeholder.name)).tuples()]
    everyone = _people(ids, brief, include_personal, today)
    brief.people = everyone[:SUMMARY_PEOPLE]
    brief.others = everyone[SUMMARY_PEOPLE:]
    brief.quarter = _quarter(account_id, brief, today)
    brief.risks = _risks(brief, account_id, today)
    return brief


def _account_part(kind: str, account_id: int, include_personal: bool, today: dt.date) -> Brief:
    account = get_account(account_id)
    series = account_series(account_id, today)
    balance = round(series[-1].balance) if series else 0
    coverage = account_coverage(account_id, today)
    model = coverage.model
    return Brief(
        kind=kind, account_id=account.id, account=account.name, industry=account.industry or "", today=today,
        include_personal=include_personal, meeting_day=None, meeting_title="", goals="", our_attendees=[],
        balance=balance, trend_30=balance - _balance_on(series, today - dt.timedelta(days=30)),
        trend_90=balance - _balance_on(series, today - dt.timedelta(days=QUARTER_DAYS)),
        has_entries=bool(series),
        purpose=PURPOSES.get(account.purpose or "", ""), our_intent=account.our_intent or "",
        their_intent=account.their_intent or "",
        current_model=model.model if model else "", model_reason=model.reason if model else "",
        target_model=account.target_model or "", untied=list(coverage.untied),
        health=_health(account_id),
        next_checkup=None, risks=[], people=[],
    )


def _balance_on(series, day: dt.date) -> int:
    value = 0.0
    for point in series:
        if point.day > day:
            break
        value = point.balance
    return round(value)


def _health(account_id: int) -> list[HealthPoint]:
    rows = (Checkup.select(Checkup.day, CheckupAnswer.score).join(CheckupAnswer)
            .where(Checkup.account == account_id).tuples())
    by_day: dict[dt.date, list[int]] = {}
    for day, score in rows:
        by_day.setdefault(stored_day(day), []).append(score)
    return [HealthPoint(s.day, s.health) for s in health_series(sorted(by_day.items()))]


def _knowledge(ties: list[TieLine], last: dt.date | None, today: dt.date) -> str:
    if not ties:
        return "Nobody on our side knows them"
    best = ties[0]
    words = f"{best.label} with {best.member}"
    if last is None:
        return words + "; no recorded contact"
    return words + f"; last contact {last.isoformat()} ({(today - last).days} days ago)"


def _people(ids: list[int], brief: Brief, include_personal: bool, today: dt.date) -> list[PersonBrief]:
    if not ids:
        return []
    people = {p.id: p for p in Stakeholder.select().where(Stakeholder.id.in_(ids))}
    bosses = dict(Stakeholder.select(Stakeholder.id, Stakeholder.name)
                  .where(Stakeholder.id.in_([p.reports_to_id for p in people.values() if p.reports_to_id]))
                  .tuples())
    ties: dict[int, list[TieLine]] = {}
    for sid, member, strength in (Tie.select(Tie.stakeholder, TeamMember.name, Tie.strength).join(TeamMember)
                                  .where(Tie.stakeholder.in_(ids))
                                  .order_by(Tie.strength.desc(), fn.LOWER(TeamMember.name)).tuples()):
        ties.setdefault(sid, []).append(TieLine(member, strength, TIE_STRENGTHS.get(strength, "")))
    out = []
    for sid in ids:
        p = people[sid]
        interactions = _interactions(sid)
        last = interactions[0].day if interactions else None
        promises = _open_promises(sid, p.name, today)
        professional = [(label, text) for label, text in (
            ("Career goals", p.career_goals), ("Measured by", p.measured_by),
            ("What keeps them up at night", p.worries), ("How we could help", p.how_we_help)) if text]
        # Read only when asked: the shared document must not carry it otherwise.
        personal = [(label, text) for label, text in (
            ("Family", p.family), ("Interests", p.interests), ("Private notes", p.notes))
            if include_personal and text]
        person = PersonBrief(
            id=sid, name=p.name, title=p.title or "", department=p.department or "",
            reports_to=bosses.get(p.reports_to_id, ""),
            decision_role=DECISION_ROLES.get(p.decision_role or "", ""), influence=p.influence,
            interest=p.interest, stance=STANCES.get(p.stance, p.stance or ""), stance_key=p.stance or "neutral",
            ties=ties.get(sid, []), knowledge=_knowledge(ties.get(sid, []), last, today), last_contact=last,
            days_since_contact=(today - last).days if last else None, professional=professional,
            personal=personal, interactions=interactions, promises=promises, questions=[])
        person.questions = _questions(person, p, brief)
        out.append(person)
    return out


def _interactions(stakeholder_id: int, limit: int = RECENT_INTERACTIONS) -> list[Interaction]:
    rows = (Entry.select(Entry.day, Entry.kind, Entry.value, Entry.title).join(EntryStakeholder)
            .where(EntryStakeholder.stakeholder == stakeholder_id)
            .order_by(Entry.day.desc(), Entry.id.desc()).limit(limit).tuples())
    return [Interaction(stored_day(day), ENTRY_KINDS.get(kind, kind), value, title) for day, kind, value, title in rows]


def _promise(row, to: str, today: dt.date) -> Promise:
    due = stored_day(row.due)
    owner = row.owner.name if row.owner_id else ""
    return Promise(row.description, due, owner, to, max(0, (today - due).days) if row.status == "open" else 0)


def _open_promises(stakeholder_id: int, name: str, today: dt.date) -> list[Promise]:
    rows = (Commitment.select(Commitment, TeamMember).join(TeamMember, join_type=JOIN.LEFT_OUTER)
            .where((Commitment.stakeholder == stakeholder_id) & (Commitment.status == "open"))
            .order_by(Commitment.due))
    return [_promise(row, name, today) for row in rows]


def _short(text: str, limit: int = 90) -> str:
    """A field quoted inside a question: the first sentence, cut at a word."""
    text = " ".join(text.split())
    first = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0].rstrip(".!?")
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0] + "…"


def _questions(person: PersonBrief, p: Stakeholder, brief: Brief) -> list[str]:
    """Questions to put to them, from what we know and from what we do not."""
    asks = []
    overdue = [c for c in person.promises if c.overdue]
    if overdue:
        asks.append(f"We are late with “{_short(overdue[0].description)}”: which new date would work for you?")
    if p.worries:
        asks.append(f"Where do things stand with “{_short(p.worries)}”, and what would help most now?")
    if p.measured_by:
        asks.append(f"How are you tracking against “{_short(p.measured_by)}” this year?")
    if person.stance_key in ("sceptic", "blocker"):
        asks.append("What would you need to see from us to back the next step?")
    if not person.ties or person.ties[0].strength <= 2:
        asks.append("How would you like to work with us directly, and who on your side should we also know?")
    if person.days_since_contact is None or person.days_since_contact > 90:
        asks.append("What has changed on your side since we last spoke?")
    if brief.their_intent and person.influence >= 4:
        asks.append(f"Is “{_short(brief.their_intent)}” still the priority, and how will you judge progress?")
    return asks[:MAX_QUESTIONS]


def _account_promises(account_id: int):
    return (Commitment.select(Commitment, Stakeholder, TeamMember).join(Stakeholder)
            .switch(Commitment).join(TeamMember, join_type=JOIN.LEFT_OUTER)
            .where(Stakeholder.account == account_id))


def _risks(brief: Brief, account_id: int, today: dt.date) -> list[Risk]:
    risks = []
    coverage = account_coverage(account_id, today)
    for gap in coverage.gaps:
        risks.append(Risk("coverage", f"{gap.name}: {gap.reason}"))
    open_rows = [c for c in _account_promises(account_id).where(Commitment.status == "open")
                 .order_by(Commitment.due)]
    brief.open_promises = len(open_rows)
    for row in open_rows:
        promise = _promise(row, row.stakeholder.name, today)
        if promise.overdue:
            brief.overdue_promises += 1
            who = f" ({promise.owner})" if promise.owner else ""
            risks.append(Risk("promise", f"Promise to {promise.to} overdue by {promise.overdue_days} days"
                                         f"{who}: {promise.description}"))
    if brief.has_entries and brief.trend_30 < 0:
        risks.append(Risk("balance", f"The balance fell by {-brief.trend_30} over the last 30 days"))
    elif brief.has_entries and brief.trend_90 < 0:
        risks.append(Risk("balance", f"The balance fell by {-brief.trend_90} over the last quarter"))
    change = brief.health_change
    if change is not None and change <= -HEALTH_DROP:
        risks.append(Risk("health", f"Health fell from {brief.health[-2].health:.0f} to "
                                    f"{brief.health[-1].health:.0f} at the last check-up"))
    account = get_account(account_id)
    last_checkup = brief.health[-1].day if brief.health else None
    brief.next_checkup = checkup_due(last_checkup, account.checkup_interval_days, today)
    if brief.next_checkup is not None and last_checkup is not None and brief.next_checkup < today:
        risks.append(Risk("checkup", f"The check-up has been due since {brief.next_checkup.isoformat()}"))
    if brief.target_model and brief.current_model and brief.target_model != brief.current_model:
        risks.append(Risk("model", f"Contacts form a {brief.current_model}; the aim is a {brief.target_model}"))
    return risks


def _quarter(account_id: int, brief: Brief, today: dt.date) -> QuarterChange:
    since = today - dt.timedelta(days=QUARTER_DAYS)
    in_quarter = (Entry.account == account_id) & (Entry.day > since) & (Entry.day <= today)
    count, deposits, withdrawals = (Entry.select(
        fn.COUNT(Entry.id), fn.COALESCE(fn.SUM(Entry.value).filter(Entry.value > 0), 0),
        fn.COALESCE(fn.SUM(Entry.value).filter(Entry.value < 0), 0)).where(in_quarter).tuples()[0])

    def notable(order) -> list[Interaction]:
        rows = (Entry.select(Entry.day, Entry.kind, Entry.value, Entry.title).where(in_quarter & order[0])
                .order_by(order[1], Entry.day.desc()).limit(3).tuples())
        return [Interaction(stored_day(d), ENTRY_KINDS.get(k, k), val, t) for d, k, val, t in rows]

    new_people = [n for (n,) in Stakeholder.select(Stakeholder.name)
                  .where((Stakeholder.account == account_id) & (Stakeholder.created_at > since))
                  .order_by(Stakeholder.created_at).tuples()]
    resolved = (_account_promises(account_id)
                .where(Commitment.resolved_on.is_null(False) & (Commitment.resolved_on > since)))
    kept = [_promise(r, r.stakeholder.name, today) for r in resolved if r.status == "kept"]
    broken = [_promise(r, r.stakeholder.name, today) for r in resolved if r.status == "broken"]
    quarter_health = [h for h in brief.health if h.day > since]
    earlier = [h for h in brief.health if h.day <= since]
    health_change = (quarter_health[-1].health - earlier[-1].health) if quarter_health and earlier else None
    return QuarterChange(since, int(count), int(deposits), int(withdrawals), brief.trend_90,
                         notable((Entry.value > 0, Entry.value.desc())),
                         notable((Entry.value < 0, Entry.value.asc())),
                         new_people, kept, broken, health_change)
