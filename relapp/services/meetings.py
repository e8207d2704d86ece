"""Board meetings of an account: when, what about, who comes from each side."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import JOIN

from relapp.services import validation as v
from relapp.services.accounts import get_account
from relapp.services.records import MeetingRecord, record, stored_row
from relapp.store.dates import stored_day
from relapp.store.models import Account, Meeting, MeetingAttendee, Stakeholder, TeamMember

MEETING_FIELDS = {"account", "day", "title", "goals", "stakeholders", "members"}


@dataclass
class MeetingDetail:
    id: int
    account_id: int
    account: str
    day: dt.date
    title: str
    goals: str
    stakeholders: list[int] = field(default_factory=list)  # their attendees, ids
    members: list[int] = field(default_factory=list)  # ours, ids
    stakeholder_names: list[str] = field(default_factory=list)
    member_names: list[str] = field(default_factory=list)


def _ids(values) -> list[int]:
    return sorted({int(getattr(x, "id", x)) for x in values or []})


def clean_meeting_fields(fields: dict, *, creating: bool) -> dict:
    v.unknown_fields(fields, MEETING_FIELDS)
    out: dict = {}
    if creating or "account" in fields:
        account = fields.get("account")
        if account is None:
            raise v.ValidationError("account", "choose the account the meeting is with")
        out["account"] = get_account(int(getattr(account, "id", account))).id
    if creating or "day" in fields:
        out["day"] = v.day("day", fields.get("day"))
    if creating or "title" in fields:
        out["title"] = v.name("title", fields.get("title"))
    if "goals" in fields:
        out["goals"] = v.text("goals", fields["goals"], max_len=5000)
    return out


def _set_attendees(meeting_id: int, account_id: int, stakeholders, members) -> None:
    if stakeholders is not None:
        ids = _ids(stakeholders)
        found = {sid for (sid,) in Stakeholder.select(Stakeholder.id)
                 .where(Stakeholder.id.in_(ids) & (Stakeholder.account == account_id)).tuples()}
        if set(ids) - found:
            raise v.ValidationError("stakeholders", "every attendee from their side must work for this account")
        (MeetingAttendee.delete().where((MeetingAttendee.meeting == meeting_id)
                                        & MeetingAttendee.stakeholder.is_null(False)).execute())
        for sid in ids:
            MeetingAttendee.create(meeting=meeting_id, stakeholder=sid)
    if members is not None:
        ids = _ids(members)
        if ids and TeamMember.select().where(TeamMember.id.in_(ids)).count() != len(ids):
            raise v.ValidationError("members", "an attendee from our side no longer exists")
        (MeetingAttendee.delete().where((MeetingAttendee.meeting == meeting_id)
                                        & MeetingAttendee.member.is_null(False)).execute())
        for mid in ids:
            MeetingAttendee.create(meeting=meeting_id, member=mid)


def create_meeting(**fields) -> MeetingRecord:
    with v.transaction():
        data = clean_meeting_fields(fields, creating=True)
        meeting = Meeting.create(**data)
        _set_attendees(meeting.id, meeting.account_id, fields.get("stakeholders") or [],
                       fields.get("members") or [])
        return record(MeetingRecord, meeting)


def update_meeting(meeting_id: int, **fields) -> MeetingRecord:
    with v.transaction():
        meeting = _meeting_row(meeting_id)
        data = clean_meeting_fields(fields, creating=False)
        for key, value in data.items():
            setattr(meeting, key if key != "account" else "account_id", value)
        meeting.save()
        _set_attendees(meeting.id, meeting.account_id, fields.get("stakeholders"), fields.get("members"))
        return record(MeetingRecord, meeting)


def delete_meeting(meeting_id: int) -> MeetingDetail:
    """Delete and return what was deleted, so the caller can offer undo."""
    with v.transaction():
        detail = meeting_detail(meeting_id)
        Meeting.delete().where(Meeting.id == meeting_id).execute()
        return detail


def restore_meeting(detail: MeetingDetail) -> MeetingRecord:
    return create_meeting(account=detail.account_id, day=detail.day, title=detail.title, goals=detail.goals,
                          stakeholders=detail.stakeholders, members=detail.members)


def get_meeting(meeting_id: int) -> MeetingRecord:
    return record(MeetingRecord, _meeting_row(meeting_id))


def _meeting_row(meeting_id: int) -> Meeting:
    return stored_row(Meeting, meeting_id, "meeting")


def _details(query) -> list[MeetingDetail]:
    rows = list(query)
    if not rows:
        return []
    by_id = {m.id: MeetingDetail(m.id, m.account_id, m.account.name, stored_day(m.day), m.title, m.goals or "")
             for m in rows}
    attendees = (MeetingAttendee.select(MeetingAttendee.meeting, Stakeholder.id, Stakeholder.name,
                                        TeamMember.id, TeamMember.name)
                 .join(Stakeholder, join_type=JOIN.LEFT_OUTER, on=(MeetingAttendee.stakeholder == Stakeholder.id))
                 .switch(MeetingAttendee)
                 .join(TeamMember, join_type=JOIN.LEFT_OUTER, on=(MeetingAttendee.member == TeamMember.id))
                 .where(MeetingAttendee.meeting.in_(list(by_id)))
                 .order_by(MeetingAttendee.id).tuples())
    for meeting_id, sid, sname, mid, mname in attendees:
        detail = by_id[meeting_id]
        if sid is not None:
            detail.stakeholders.append(sid)
            detail.stakeholder_names.append(sname)
        if mid is not None:
            detail.members.append(mid)
            detail.member_names.append(mname)
    return [by_id[m.id] for m in rows]


def meeting_detail(meeting_id: int) -> MeetingDetail:
    _meeting_row(meeting_id)
    return _details(Meeting.select(Meeting, Account).join(Account).where(Meeting.id == meeting_id))[0]


def meetings_of(account_id: int) -> list[MeetingDetail]:
    """All meetings of an account, newest first."""
    return _details(Meeting.select(Meeting, Account).join(Account).where(Meeting.account == account_id)
                    .order_by(Meeting.day.desc(), Meeting.id.desc()))


def upcoming_meetings(today: dt.date | None = None, account_id: int | None = None,
                      within_days: int | None = None) -> list[MeetingDetail]:
    """Meetings from today on, soonest first; archived accounts are left out."""
    today = today or dt.date.today()
    query = (Meeting.select(Meeting, Account).join(Account)
             .where((Meeting.day >= today) & (Account.archived == False)))  # noqa: E712 (peewee)
    if account_id is not None:
        query = query.where(Meeting.account == account_id)
    if within_days is not None:
        query = query.where(Meeting.day <= today + dt.timedelta(days=within_days))
    return _details(query.order_by(Meeting.day, Meeting.id))


def meeting_on(account_id: int, day: dt.date) -> MeetingDetail | None:
    """The account's meeting on ``day`` (the first one recorded), if any."""
    found = _details(Meeting.select(Meeting, Account).join(Account)
                     .where((Meeting.account == account_id) & (Meeting.day == day)).order_by(Meeting.id).limit(1))
    return found[0] if found else None
