"""Meetings and the brief's content, through the services on a real database."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from brief_data import TODAY, make_account
from relapp.services import meetings
from relapp.services.brief import build_brief, build_summary, parse_attendees
from relapp.services.brief_documents import markdown_escape
from relapp.services.validation import NotFoundError, ValidationError


def test_meetings_record_edit_delete_and_upcoming(db):
    data = make_account()
    acc, ada, ben, me = data["account"].id, data["ada"].id, data["ben"].id, data["me"].id
    soon = meetings.create_meeting(account=acc, day=TODAY + dt.timedelta(days=3), title="Budget review",
                                   goals="Agree the pilot", stakeholders=[ada], members=[me])
    meetings.create_meeting(account=acc, day=TODAY - dt.timedelta(days=30), title="Kick-off", stakeholders=[ben])
    later = meetings.create_meeting(account=acc, day=TODAY + dt.timedelta(days=40), title="Steering group")

    upcoming = meetings.upcoming_meetings(TODAY, account_id=acc)
    assert [m.title for m in upcoming] == ["Budget review", "Steering group"]
    assert upcoming[0].stakeholder_names == ["Ada Brookfield"] and upcoming[0].member_names == ["Robin Vale"]
    assert [m.title for m in meetings.upcoming_meetings(TODAY, within_days=14)] == ["Budget review"]

    meetings.update_meeting(soon.id, title="Budget and scope review", stakeholders=[ada, ben])
    detail = meetings.meeting_detail(soon.id)
    assert detail.title == "Budget and scope review"
    assert sorted(detail.stakeholder_names) == ["Ada Brookfield", "Ben Castellanos"]
    assert detail.member_names == ["Robin Vale"]  # untouched when not given

    deleted = meetings.delete_meeting(later.id)
    assert [m.title for m in meetings.upcoming_meetings(TODAY, account_id=acc)] == ["Budget and scope review"]
    meetings.restore_meeting(deleted)
    assert len(meetings.upcoming_meetings(TODAY, account_id=acc)) == 2


def test_meeting_validation_names_the_field(db):
    data = make_account()
    with pytest.raises(ValidationError) as err:
        meetings.create_meeting(account=data["account"].id, day="next week", title="X")
    assert err.value.field == "day"
    with pytest.raises(ValidationError) as err:
        meetings.create_meeting(account=data["account"].id, day=TODAY, title="  ")
    assert err.value.field == "title"
    from relapp.services.accounts import create_account
    from relapp.services.people import create_stakeholder

    other = create_stakeholder(account=create_account(name="Other Ltd").id, name="Stranger")
    with pytest.raises(ValidationError) as err:
        meetings.create_meeting(account=data["account"].id, day=TODAY, title="X", stakeholders=[other.id])
    assert err.value.field == "stakeholders"


def test_brief_covers_each_attendee_and_marks_overdue_promises(db):
    data = make_account()
    brief = build_brief(data["account"].id, [data["ada"].id, data["ben"].id], goals="Agree the pilot scope",
                        today=TODAY)
    ada, ben = brief.people
    assert ada.name == "Ada Brookfield" and ada.decision_role == "Decision maker"
    assert [t.member for t in ada.ties] == ["Robin Vale"] and "Robin Vale" in ada.knowledge
    assert [c.description for c in ada.promises] == ["Send the draft reconciliation plan"]
    assert ada.promises[0].overdue and ada.promises[0].overdue_days == 6
    assert [c.description for c in ben.promises] == ["Share the security questionnaire"]
    assert not ben.promises[0].overdue
    assert [i.title for i in ada.interactions] == ["Report delivered late", "Workshop on the closing calendar"]
    assert ("What keeps them up at night", "Audit findings on revenue recognition") in ada.professional
    # Ben is a sceptic nobody on our side knows: the questions say so.
    assert any("back the next step" in q for q in ben.questions)
    assert any("Send the draft reconciliation plan" in q for q in ada.questions)
    # Risks: the overdue promise, the unknown powerful person, the shape we do not want.
    texts = " | ".join(r.text for r in brief.risks)
    assert "overdue by 6 days" in texts and "Ben Castellanos" in texts
    assert brief.goals == "Agree the pilot scope"
    assert brief.balance == 1 and brief.purpose == "About both of us"


def _reads(db, work) -> list[str]:
    """The SELECT statements ``work`` runs (every statement the store sends,
    on either engine, goes through ``execute_sql``)."""
    seen: list[str] = []
    real = db.execute_sql

    def traced(sql, params=None):
        seen.append(sql)
        return real(sql, params)

    db.execute_sql = traced
    try:
        work()
    finally:
        del db.execute_sql
    return [sql for sql in seen if sql.lstrip().upper().startswith("SELECT")]


def test_brief_reads_the_same_few_queries_for_one_attendee_or_many(db, monkeypatch):
    from relapp.services import brief as brief_service
    from relapp.services.people import create_stakeholder, set_tie

    data = make_account()
    acc = data["account"].id
    crowd = [create_stakeholder(account=acc, name=f"Person {i}", influence=1 + i % 5).id for i in range(8)]
    for sid in crowd[:4]:
        set_tie(data["me"].id, sid, 3)
    coverage_runs = []
    real_coverage = brief_service.account_coverage

    def counted_coverage(*args, **kwargs):
        coverage_runs.append(args)
        return real_coverage(*args, **kwargs)

    monkeypatch.setattr(brief_service, "account_coverage", counted_coverage)
    one = _reads(db, lambda: build_brief(acc, [data["ada"].id], today=TODAY))
    many = _reads(db, lambda: build_brief(acc, [data["ada"].id, data["ben"].id, *crowd], today=TODAY))
    assert len(many) == len(one)
    assert len(coverage_runs) == 2  # once per brief
    summary = _reads(db, lambda: build_summary(acc, today=TODAY))
    assert len(coverage_runs) == 3
    # The summary profiles all ten people with the brief's queries plus its quarter's.
    assert len(summary) < len(one) + 8


def test_personal_side_only_when_asked(db):
    data = make_account()
    shared = build_brief(data["account"].id, [data["ada"].id], today=TODAY)
    assert shared.people[0].personal == []
    private = build_brief(data["account"].id, [data["ada"].id], include_personal=True, today=TODAY)
    assert dict(private.people[0].personal) == {"Family": "Twin daughters at primary school",
                                                "Interests": "Ocean sailing",
                                                "Private notes": "Prefers calls before nine"}


def test_summary_has_the_last_quarter_and_everyone(db):
    data = make_account()
    summary = build_summary(data["account"].id, today=TODAY)
    assert {p.name for p in summary.people + summary.others} == {"Ada Brookfield", "Ben Castellanos"}
    quarter = summary.quarter
    assert quarter.entries == 2 and quarter.deposits == 3 and quarter.withdrawals == -2
    assert [c.description for c in quarter.promises_kept] == ["Fix the login problem"]
    assert {"Ada Brookfield", "Ben Castellanos"} <= set(quarter.new_people)


def test_meeting_supplies_title_goals_and_our_side(db):
    data = make_account()
    meeting = meetings.create_meeting(account=data["account"].id, day=TODAY + dt.timedelta(days=2),
                                      title="Budget review", goals="Agree the pilot", members=[data["me"].id],
                                      stakeholders=[data["ada"].id])
    detail = meetings.meeting_on(data["account"].id, TODAY + dt.timedelta(days=2))
    assert detail.id == meeting.id
    brief = build_brief(data["account"].id, detail.stakeholders, meeting=detail, today=TODAY)
    assert (brief.meeting_title, brief.goals, brief.our_attendees) == ("Budget review", "Agree the pilot",
                                                                       ["Robin Vale"])


def test_attendee_names_are_checked_with_close_matches(db):
    data = make_account()
    acc = data["account"].id
    assert parse_attendees(acc, " ada brookfield ;Ben Castellanos;") == [data["ada"].id, data["ben"].id]
    with pytest.raises(NotFoundError, match="Ada Brookfield"):
        parse_attendees(acc, "Ada Brookfeld; Ben Castellanos")
    with pytest.raises(ValidationError):
        parse_attendees(acc, " ; ")


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


@given(st.text(max_size=80))
def test_markdown_escape_leaves_no_syntax_and_loses_nothing(text):
    escaped = markdown_escape(text)
    # Every Markdown-active character is escaped; removing the escapes gives the text back.
    assert not re.search(r"(?<!\\)(?:\\\\)*[<>\[\]`*_|#&~]", escaped.replace("\\\\", ""))
    assert _unescape(escaped) == " ".join(text.split())
    assert "\n" not in escaped
