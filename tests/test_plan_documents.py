"""The account plan document: its sections, hostile text kept as text, the PDF."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from demo_day import TODAY
from relapp.cli.main import main
from relapp.services import account_plan as plan
from relapp.services.accounts import create_account
from relapp.services.people import create_member, create_stakeholder
from relapp.services.plan_documents import build_plan_document, render_plan

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
    assert main(["--data-dir", str(data_dir), "export", "plan", name, "--format", "pdf", "-o", str(out)]) == 0
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
    assert main(["--data-dir", str(data_dir), "export", "plan", account_names()[0], "--format", fmt,
                 "-o", str(out)]) == 0
    assert "Joint objectives" in out.read_text(encoding="utf-8")


def test_export_plan_of_an_unknown_account_says_so(db, data_dir, tmp_path, capsys):
    assert main(["--data-dir", str(data_dir), "export", "plan", "Nobody", "--format", "md",
                 "-o", str(tmp_path / "x.md")]) == 1
    assert "no account called 'Nobody'" in capsys.readouterr().err
