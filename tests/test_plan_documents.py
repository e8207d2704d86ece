"""The account plan document: its sections, hostile text kept as text, the PDF."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from demo_day import TODAY
from cli_helpers import run_command
from relapp.services import account_plan as plan
from relapp.services.accounts import create_account
from relapp.services.people import create_member, create_stakeholder
from relapp.services.plan_documents import build_plan_document, render_plan
from cli_helpers import data_option

HOSTILE = "<script>alert(1)</script> *bold* _x_ [link](http://evil.example) | pipe # head `code`"


@pytest.fixture
def hostile(db):
    account = create_account(name="Evil <b>Corp</b> *Ltd*", our_intent=HOSTILE, their_intent="keep costs")
    person = create_stakeholder(account=account.id, name="Mal <i>ory</i>")
    me = create_member(name="Me", kind="me")
    plan.set_stage(account.id, "trading", TODAY - dt.timedelta(days=300), HOSTILE)
    plan.set_stage(account.id, "partner", TODAY - dt.timedelta(days=20), "steering group")
    plan.set_intent(account.id, "ours", 5, HOSTILE, TODAY)
    plan.set_intent(account.id, "theirs", 2, "keep costs", TODAY)
    plan.set_potential(account.id, HOSTILE)
    goal = plan.add_objective(account.id, title=HOSTILE, their_owner=person.id, our_owner=me.id, measure=HOSTILE,
                              target=TODAY - dt.timedelta(days=5), status="at-risk")
    plan.add_progress(goal.id, TODAY, HOSTILE)
    plan.add_opportunity(account.id, title=HOSTILE, value=5000, currency="EUR", next_step=HOSTILE,
                         next_step_due=TODAY + dt.timedelta(days=3))
    plan.add_opportunity(account.id, title="Closed one", status="dropped")
    return account.id


def test_html_has_every_section_and_no_live_markup(hostile):
    html = render_plan(build_plan_document(hostile, TODAY), "html")
    for heading in ("Where the relationship stands", "The ladder", "Joint objectives", "Opportunities"):
        assert f"<h2>{heading}</h2>" in html
    assert "<script>" not in html and "<b>Corp</b>" not in html and "<i>ory</i>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Partner</b> since" in html  # the stage now
    assert "two or more levels ahead" in html  # 5 against 2
    assert "5 days late" in html and "5\u202f000 EUR" in html
    assert "Agreed or dropped: Closed one (dropped)" in html


def test_markdown_escapes_control_characters(hostile):
    md = render_plan(build_plan_document(hostile, TODAY), "md")
    assert "<script>" not in md and "\\<script\\>" in md
    assert "\\*bold\\*" in md and "\\_x\\_" in md and "\\[link\\]" in md and "\\| pipe" in md
    assert "http\\:" in md  # no automatic link
    # Every table row keeps its column count: no pipe from the text breaks it.
    rows = [line for line in md.splitlines() if line.startswith("| ")]
    for line in rows:
        header = len(re.findall(r"(?<!\\)\|", rows[0]))
        assert len(re.findall(r"(?<!\\)\|", line)) in (header, 6), line
    assert "## Joint objectives" in md and "**Warning:** our intent runs two or more levels ahead" in md


def test_export_plan_writes_a_pdf_of_one_or_two_pages(demo_db, data_dir, tmp_path, capsys):
    from PySide6.QtPdf import QPdfDocument

    from relapp.services.accounts import account_names

    name = account_names()[1]
    out = tmp_path / "plan.pdf"
    assert run_command([*data_option(data_dir), "export", "plan", name, "--format", "pdf", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    pdf = QPdfDocument()
    pdf.load(str(out))
    assert 1 <= pdf.pageCount() <= 2
    text = "".join(pdf.getAllText(page).text() for page in range(pdf.pageCount()))
    assert "Joint objectives" in text and name in text


@pytest.mark.parametrize("fmt", ["html", "md"])
def test_export_plan_text_formats(demo_db, data_dir, tmp_path, capsys, fmt):
    from relapp.services.accounts import account_names

    out = tmp_path / f"plan.{fmt}"
    assert run_command([*data_option(data_dir), "export", "plan", account_names()[0], "--format", fmt,
                 "-o", str(out)]) == 0
    assert "Joint objectives" in out.read_text(encoding="utf-8")


def test_export_plan_of_an_unknown_account_says_so(db, data_dir, tmp_path, capsys):
    assert run_command([*data_option(data_dir), "export", "plan", "Nobody", "--format", "md",
                 "-o", str(tmp_path / "x.md")]) == 1
    assert "no account called 'Nobody'" in capsys.readouterr().err


# The board brief and the account summary: the plan's sections and "since" -----------


def _with_history(account_id):
    """Two check-ups (a question moved, with a hostile comment), entries with
    TRUST tags now and in the period before, a board meeting 30 days ago."""
    from relapp.services.health import list_questions, record_checkup
    from relapp.services.journal import add_entry
    from relapp.services.meetings import create_meeting

    first, second = list_questions()[:2]
    record_checkup(account_id, {first.id: 2, second.id: 3}, TODAY - dt.timedelta(days=120))
    record_checkup(account_id, {first.id: (4, HOSTILE), second.id: 3}, TODAY - dt.timedelta(days=10))
    add_entry(account=account_id, day=TODAY - dt.timedelta(days=5), title="Workshop", value=2,
              trust=["time", "understanding"])
    add_entry(account=account_id, day=TODAY - dt.timedelta(days=50), title="Old visit", value=1, trust=["time"])
    create_meeting(account=account_id, day=TODAY - dt.timedelta(days=30), title="Board review")
    return first


def test_summary_gains_the_plan_and_since_the_last_board_meeting(hostile):
    from relapp.services.brief import build_summary
    from relapp.services.brief_documents import render_html, render_markdown

    question = _with_history(hostile)
    summary = build_summary(hostile, today=TODAY)
    assert summary.plan.since == summary.quarter.since == TODAY - dt.timedelta(days=30)
    assert summary.plan.since_meeting == TODAY - dt.timedelta(days=30)
    assert [(m.before, m.after) for m in summary.plan.stage_moves] == [("Trading", "Partner")]
    assert summary.plan.mismatch
    assert [q.question_id for q in summary.plan.question_moves] == [question.id]
    trust = {t.key: (t.now, t.before) for t in summary.plan.trust}
    assert trust["time"] == (1, 1) and trust["understanding"] == (1, 0)
    assert [m.what for m in summary.plan.objective_moves] == [HOSTILE]  # the progress note of today

    html = render_html(summary)
    for heading in ("The account plan", "Joint objectives", "Open opportunities: what the meeting could decide",
                    "Check-up questions that moved", "Trust built in the period"):
        assert heading in html, heading
    assert "What changed since the last board meeting" in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    md = render_markdown(summary)
    assert "<script>" not in md and "\\<script\\>" in md and "\\*bold\\*" in md
    assert "### Joint objectives" in md and "**Warning:** our intent runs two or more levels ahead" in md
    assert "| Time together | 1 | 1 |" in md


def test_since_a_day_given_and_without_any_meeting(hostile):
    from relapp.services.brief import build_brief, build_summary

    assert build_summary(hostile, today=TODAY).plan.since == TODAY - dt.timedelta(days=91)
    given = build_summary(hostile, today=TODAY, since=dt.date(2025, 1, 1))
    assert (given.quarter.since, given.plan.since_meeting) == (dt.date(2025, 1, 1), None)
    # The stage moved twice since then: from nothing to trading, then up to partner.
    assert [m.move for m in given.plan.stage_moves] == ["first", "up"]
    person = plan.objectives_of(hostile)[0].their_owner_id
    brief = build_brief(hostile, [person], today=TODAY)
    assert brief.plan is not None and brief.quarter is not None


def test_export_summary_and_brief_take_since(demo_db, data_dir, tmp_path, capsys):
    from relapp.services.accounts import account_names

    name = account_names()[0]
    out = tmp_path / "summary.md"
    assert run_command([*data_option(data_dir), "export", "summary", name, "--since", "2025-01-31", "--format", "md",
                 "-o", str(out)]) == 0
    assert "## What changed since 31 January 2025" in out.read_text(encoding="utf-8")
    assert run_command([*data_option(data_dir), "export", "summary", name, "--since", "last-meeting", "--format",
                 "md", "-o", str(out), "--force"]) == 0
    assert "## The account plan" in out.read_text(encoding="utf-8")
    with pytest.raises(SystemExit) as stop:
        run_command([*data_option(data_dir), "export", "brief", name, "--attendees", "x", "--since", "yesterday",
              "--format", "md", "-o", str(out)])
    assert stop.value.code == 2
    assert "must be a date written YYYY-MM-DD, not 'yesterday'" in capsys.readouterr().err
