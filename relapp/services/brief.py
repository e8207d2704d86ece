"""What a board brief or an account summary says, as plain data.

The documents (PDF, HTML, Markdown) are drawn from this structure by
templates; nothing here formats for a medium.  The facts are read here in a
few queries per document (not per person); what they mean for each person
and which are risks is decided in ``relapp.domain.brief``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from peewee import JOIN, fn

from relapp.domain.audiences import DEFAULT_AUDIENCE, audience_for
from relapp.domain.brief import (
    HealthPoint, Interaction, PersonBrief, PersonFacts, Promise, Risk, RiskFacts, TieLine, person_brief, promise,
    risks, tie_line,
)
from relapp.domain.health import checkup_due, health_series
from relapp.domain.name_lists import split_names
from relapp.domain.phrases import Phrase, said
from relapp.domain.vocabulary import ENTRY_KINDS, PURPOSES
from relapp.services import validation as v
from relapp.services.accounts import get_account
from relapp.services.balance import account_series
from relapp.services.brief_plan import PlanPart, plan_part
from relapp.services.coverage import AccountCoverage, account_coverage
from relapp.services.meetings import MeetingDetail
from relapp.services.people_changes import account_changes
from relapp.services.people import find_stakeholder
from relapp.store.dates import stored_day
from relapp.store.binding import bound_database
from relapp.store.models import (
    Checkup, CheckupAnswer, Commitment, Entry, Stakeholder, TeamMember,
)

QUARTER_DAYS = 91
RECENT_INTERACTIONS = 4
# The summary profiles only the people who weigh most in decisions.
SUMMARY_PEOPLE = 4
DEFAULT_MEETING = "Board meeting"  # the name of a brief's meeting not chosen from the meetings


@dataclass
class QuarterChange:
    since: dt.date
    entries: int
    deposits: int  # sum of positive values
    withdrawals: int  # sum of negative values (negative)
    balance_change: int
    highlights: list[Interaction]  # biggest deposits
    setbacks: list[Interaction]  # biggest withdrawals
    new_people: list[str]  # who joined
    promises_kept: list[Promise]
    promises_broken: list[Promise]
    health_change: float | None
    moved: list[str] = field(default_factory=list)  # who moved role, in words
    left: list[str] = field(default_factory=list)  # who left, in words
    # ``moved`` and ``left`` as phrases the window translates
    moved_words: list[Phrase] = field(default_factory=list, compare=False)
    left_words: list[Phrase] = field(default_factory=list, compare=False)


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
    quarter: QuarterChange | None = None  # what changed since the last board meeting (or a day given)
    others: list[PersonBrief] = field(default_factory=list)  # summary: the rest, one line each
    plan: PlanPart | None = None
    audience: str = DEFAULT_AUDIENCE  # me / team / client (relapp.domain.audiences)
    model_words: Phrase | None = field(default=None, compare=False)  # ``model_reason`` as the window translates it
    # How the documents say their own texts (headings, labels, sentences: each
    # a literal in a say(…) call, listed in relapp/gui/brief/document_texts.py)
    # in the reader's language; None is English (the command line).  The
    # window sets it, with the data's own words translated (in_users_language).
    translate: Callable[[str], str] | None = field(default=None, compare=False, repr=False)
    meeting_named: bool = True  # False: meeting_title is the default name, said by say()

    def say(self, text: str, /, **values: object) -> str:
        """One of the documents' texts in the reader's language, its
        ``{places}`` filled in (in English when a translation names a value
        that is not given)."""
        said = self.translate(text) if self.translate is not None else text
        if not values:
            return said
        values = {name: _Value(value) if isinstance(value, str) else value for name, value in values.items()}
        try:
            return said.format(**values)
        except (KeyError, IndexError, ValueError):
            return text.format(**values)

    @property
    def health_latest(self) -> float | None:
        return self.health[-1].health if self.health else None

    @property
    def health_change(self) -> float | None:
        return self.health[-1].health - self.health[-2].health if len(self.health) > 1 else None

    @property
    def title(self) -> str:
        """The document's name: on its pages' footer and in the PDF's properties."""
        if self.audience == "client":  # a handout is not our brief on them
            return (self.say("{account}: our work together", account=self.account) if self.kind == "summary"
                    else self.say("{account}: {meeting}", account=self.account, meeting=self.meeting))
        if self.kind == "summary":
            return self.say("Account summary: {account}", account=self.account)
        return self.say("Board brief: {account}", account=self.account)

    @property
    def meeting(self) -> str:
        """The meeting's name; one not named is "Board meeting", in the reader's language."""
        return self.meeting_title if self.meeting_named else self.say("Board meeting")


class _Value(str):
    """A text filled into a document's text that honours ``{…:lower}``
    (which a German text leaves out: its nouns keep their capital)."""

    def __format__(self, spec: str) -> str:
        return said(str(self), spec)


# Building ---------------------------------------------------------------------


def parse_attendees(account_id: int, names: str | Sequence[str]) -> list[int]:
    """Stakeholder ids for ``"Name; Name"`` (or several such texts).  A text
    that is one person's whole name is that person, even with a ``;`` in
    it; otherwise it is split at ``;`` outside double quotes.  An unknown
    name raises NotFoundError listing close matches."""
    texts = [names] if isinstance(names, str) or names is None else list(names)
    ids: list[int] = []
    for text in texts:
        people = _whole_name(account_id, text) or [find_stakeholder(account_id, name)
                                                    for name in split_names(text or "")]
        for person in people:
            if person.id not in ids:
                ids.append(person.id)
    if not ids:
        raise v.ValidationError("attendees", "name at least one of their people, separated by ';'")
    return ids


def _whole_name(account_id: int, text: str | None) -> list:
    """[the person] whose whole name, ``;`` included, is ``text``; else []."""
    if not text or ";" not in text:
        return []
    try:
        return [find_stakeholder(account_id, text)]
    except v.NotFoundError:
        return []


def build_brief(account_id: int, attendee_ids: list[int], *, day: dt.date | None = None,
                meeting: MeetingDetail | None = None, goals: str | None = None,
                include_personal: bool = False, today: dt.date | None = None,
                since: dt.date | None = None, audience: str | None = None) -> Brief:
    """The brief for a meeting with ``attendee_ids`` (their people); what
    changed is counted from ``since`` (default: the last board meeting, or
    91 days back).  ``audience``: me, team (the default) or client."""
    audience = _audience(audience, include_personal)
    include_personal = audience == "me"
    today = today or dt.date.today()
    facts = _AccountFacts.read(account_id, today)
    brief = _account_part("brief", facts, include_personal, today)
    people = _people_facts(attendee_ids)
    if any(people.get(sid, (None,))[0] != account_id for sid in attendee_ids):
        raise v.ValidationError("attendees", "every attendee must be one of this account's people")
    brief.people = _people(attendee_ids, people, facts, brief, include_personal, today)
    if meeting is not None and meeting.account_id != account_id:
        raise v.ValidationError("meeting", "belongs to another account")
    if meeting is not None:
        brief.meeting_day = meeting.day
        brief.meeting_title = meeting.title
        brief.our_attendees = list(meeting.member_names)
        brief.goals = meeting.goals
    brief.meeting_day = day or brief.meeting_day
    if not brief.meeting_title:
        brief.meeting_title, brief.meeting_named = DEFAULT_MEETING, False
    if goals is not None:
        brief.goals = goals.strip()
    _add_period(brief, since, today)
    brief.risks = _risks(brief, facts, today)
    return for_audience(brief, audience)


def build_summary(account_id: int, *, include_personal: bool = False, today: dt.date | None = None,
                  since: dt.date | None = None, audience: str | None = None) -> Brief:
    """The state of the relationship without a meeting: who matters, what
    changed since ``since`` (default: the last board meeting, or 91 days
    back), what is at risk.  ``audience``: me, team (the default) or client."""
    audience = _audience(audience, include_personal)
    include_personal = audience == "me"
    today = today or dt.date.today()
    facts = _AccountFacts.read(account_id, today)
    brief = _account_part("summary", facts, include_personal, today)
    ids = [sid for (sid,) in Stakeholder.select(Stakeholder.id)
           .where((Stakeholder.account == account_id) & Stakeholder.left_on.is_null())
           .order_by(Stakeholder.influence.desc(), fn.LOWER(Stakeholder.name)).tuples()]
    everyone = _people(ids, _people_facts(ids), facts, brief, include_personal, today)
    brief.people = everyone[:SUMMARY_PEOPLE]
    brief.others = everyone[SUMMARY_PEOPLE:]
    _add_period(brief, since, today)
    brief.risks = _risks(brief, facts, today)
    return for_audience(brief, audience)


def _audience(audience: str | None, include_personal: bool) -> str:
    try:
        return audience_for(audience, include_personal)
    except ValueError as exc:
        raise v.ValidationError.refusing("audience", exc) from None


def for_audience(brief: Brief, audience: str) -> Brief:
    """The brief as ``audience`` may read it.  For the client everything that
    judges them is taken out of the data itself, not only out of the
    template, so no document kind can show it by mistake."""
    brief.audience = audience
    if audience != "client":
        return brief
    brief.include_personal = False
    brief.balance = brief.trend_30 = brief.trend_90 = 0
    brief.has_entries = False
    brief.current_model = brief.model_reason = brief.target_model = ""
    brief.our_intent = ""
    brief.goals = ""
    brief.untied, brief.health, brief.risks = [], [], []
    brief.next_checkup = None
    brief.quarter = None
    everyone = brief.people + brief.others
    brief.people = [_handout_person(p) for p in brief.people]
    brief.others = []
    brief.open_promises = sum(len(p.promises) for p in everyone)
    brief.overdue_promises = 0
    if brief.plan is not None:  # the joint objectives stay; how we rate the relationship goes
        brief.plan = dataclasses.replace(brief.plan, our_intent="", our_intent_words=None, mismatch=False,
                                         open_opportunities=[], question_moves=[], trust=[])
    return brief


def _handout_person(person: PersonBrief) -> PersonBrief:
    """Name, position and the promises open to them: nothing we think of them."""
    return dataclasses.replace(
        person, decision_role="", influence=0, interest=0, stance="", stance_key="", ties=[], knowledge="",
        last_contact=None, days_since_contact=None, professional=[], personal=[], interactions=[], questions=[],
        question_words=[],
        promises=[dataclasses.replace(c, overdue_days=0) for c in person.promises])


@dataclass(frozen=True)
class _AccountFacts:
    """What both documents read about the account once: its record, its
    coverage (computed once per document) and its open promises, which feed
    both the people's sections and the risks."""
    account: object
    coverage: AccountCoverage
    open_promises: list[tuple[int, Promise]]  # (stakeholder id, promise), earliest due first

    @classmethod
    def read(cls, account_id: int, today: dt.date) -> _AccountFacts:
        account = get_account(account_id)
        rows = (_account_promises(account_id).where(Commitment.status == "open")
                .order_by(Commitment.due, Commitment.id))
        return cls(account, account_coverage(account_id, today),
                   [(row.stakeholder_id, _promise(row, row.stakeholder.name, today)) for row in rows])


def _account_part(kind: str, facts: _AccountFacts, include_personal: bool, today: dt.date) -> Brief:
    account, coverage = facts.account, facts.coverage
    series = account_series(account.id, today)
    balance = round(series[-1].balance) if series else 0
    model = coverage.model
    health = _health(account.id)
    return Brief(
        kind=kind, account_id=account.id, account=account.name, industry=account.industry or "", today=today,
        include_personal=include_personal, meeting_day=None, meeting_title="", goals="", our_attendees=[],
        balance=balance, trend_30=balance - _balance_on(series, today - dt.timedelta(days=30)),
        trend_90=balance - _balance_on(series, today - dt.timedelta(days=QUARTER_DAYS)),
        has_entries=bool(series),
        purpose=PURPOSES.get(account.purpose or "", ""), our_intent=account.our_intent or "",
        their_intent=account.their_intent or "",
        current_model=model.model if model else "", model_reason=model.reason if model else "",
        model_words=model.words if model else None,
        target_model=account.target_model or "", untied=list(coverage.untied),
        health=health,
        next_checkup=checkup_due(health[-1].day if health else None, account.checkup_interval_days, today),
        risks=[], people=[],
        open_promises=len(facts.open_promises),
        overdue_promises=sum(1 for _, p in facts.open_promises if p.overdue),
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


def _people_facts(ids: list[int]) -> dict[int, tuple[int, PersonFacts]]:
    """(account id, facts) of each of ``ids`` that exists, in one query."""
    if not ids:
        return {}
    boss = Stakeholder.alias()
    rows = (Stakeholder.select(Stakeholder, boss.name.alias("boss_name"))
            .join(boss, JOIN.LEFT_OUTER, on=(Stakeholder.reports_to == boss.id))
            .where(Stakeholder.id.in_(ids)).objects())
    return {p.id: (p.account_id, PersonFacts(
        id=p.id, name=p.name, title=p.title or "", department=p.department or "",
        reports_to=p.boss_name or "", decision_role=p.decision_role or "", influence=p.influence,
        interest=p.interest, stance=p.stance or "", career_goals=p.career_goals or "",
        measured_by=p.measured_by or "", worries=p.worries or "", how_we_help=p.how_we_help or "",
        family=p.family or "", interests=p.interests or "", notes=p.notes or "")) for p in rows}


def _ties(ids: list[int], coverage: AccountCoverage) -> dict[int, list[TieLine]]:
    """Each person's ways of being known, strongest first, by the coverage
    rule: a recorded tie, else what the journal shows."""
    known = coverage.people or {}
    return {sid: [tie_line(a.member, a.strength, a.source) for a in known[sid].known]
            for sid in ids if sid in known}


def _interactions(ids: list[int], limit: int = RECENT_INTERACTIONS) -> dict[int, list[Interaction]]:
    """Each person's latest ``limit`` entries, latest first, in one query."""
    marks = ",".join("?" * len(ids))
    rows = bound_database().execute_sql(
        f"SELECT sid, day, kind, value, title FROM ("
        f" SELECT es.stakeholder_id AS sid, e.day AS day, e.kind AS kind, e.value AS value, e.title AS title,"
        f" ROW_NUMBER() OVER (PARTITION BY es.stakeholder_id ORDER BY e.day DESC, e.id DESC) AS rank"
        f" FROM entry e JOIN entry_stakeholder es ON es.entry_id = e.id WHERE es.stakeholder_id IN ({marks})"
        f") AS ranked WHERE rank <= ? ORDER BY sid, rank", [*ids, limit])
    out: dict[int, list[Interaction]] = {}
    for sid, day, kind, value, title in rows:
        out.setdefault(sid, []).append(Interaction(stored_day(day), ENTRY_KINDS.get(kind, kind), value, title))
    return out


def _people(ids: list[int], people: dict[int, tuple[int, PersonFacts]], facts: _AccountFacts, brief: Brief,
            include_personal: bool, today: dt.date) -> list[PersonBrief]:
    if not ids:
        return []
    ties = _ties(ids, facts.coverage)
    interactions = _interactions(ids)
    promises: dict[int, list[Promise]] = {}
    for sid, p in facts.open_promises:
        promises.setdefault(sid, []).append(p)
    return [person_brief(people[sid][1], ties.get(sid, []), interactions.get(sid, []), promises.get(sid, []),
                         their_intent=brief.their_intent, include_personal=include_personal, today=today)
            for sid in ids]


def _promise(row, to: str, today: dt.date) -> Promise:
    return promise(row.description, stored_day(row.due), row.owner.name if row.owner_id else "", to,
                   row.status, today)


def _account_promises(account_id: int):
    return (Commitment.select(Commitment, Stakeholder, TeamMember).join(Stakeholder)
            .switch(Commitment).join(TeamMember, join_type=JOIN.LEFT_OUTER, on=(Commitment.owner == TeamMember.id))
            .where(Stakeholder.account == account_id))


def _risks(brief: Brief, facts: _AccountFacts, today: dt.date) -> list[Risk]:
    return risks(RiskFacts(
        gaps=facts.coverage.gaps, open_promises=[p for _, p in facts.open_promises], has_entries=brief.has_entries,
        trend_30=brief.trend_30, trend_90=brief.trend_90, health=brief.health, next_checkup=brief.next_checkup,
        current_model=brief.current_model, target_model=brief.target_model,
        paths={sid: intro.advice_phrase() for sid, intro in facts.coverage.paths.items()}), today)


def _add_period(brief: Brief, since: dt.date | None, today: dt.date) -> None:
    if since is not None and since > today:
        raise v.ValidationError("since", "must be a day before today")
    brief.plan = plan_part(brief.account_id, today, since)
    brief.quarter = _quarter(brief.account_id, brief, brief.plan.since, today)


def _quarter(account_id: int, brief: Brief, since: dt.date, today: dt.date) -> QuarterChange:
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
    steps = account_changes([account_id], since, today)
    moved = [c.described() for c in steps if c.kind == "moved"]
    left = [c.described() for c in steps if c.kind == "left"]
    return QuarterChange(since, int(count), int(deposits), int(withdrawals), int(deposits) + int(withdrawals),
                         notable((Entry.value > 0, Entry.value.desc())),
                         notable((Entry.value < 0, Entry.value.asc())),
                         new_people, kept, broken, health_change, [str(m) for m in moved], [str(m) for m in left],
                         moved, left)
