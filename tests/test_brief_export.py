"""``relapp export brief|summary`` through a real process: what the files say,
what they leave out, and that hostile text stays text."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from html.parser import HTMLParser

import pytest

from brief_data import HOSTILE_NAME, HOSTILE_NOTE, TODAY, make_account
from cli_helpers import data_option

PERSONAL = ("Twin daughters at primary school", "Ocean sailing", "Prefers calls before nine")


def relapp(data_dir, *args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("RELAPP_DATA_DIR", None)
    return subprocess.run([sys.executable, "-m", "relapp", *data_option(data_dir), *args],
                          capture_output=True, text=True, env=env, timeout=120)


def pdf_pages(path) -> list[tuple[float, float]]:
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(path))
    sizes = [(document.pagePointSize(p).width(), document.pagePointSize(p).height())
             for p in range(document.pageCount())]
    document.close()
    return sizes


def pdf_text(path) -> str:
    """Text as a PDF reader extracts it (Qt's own PDF engine)."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    pages = [document.getAllText(page).text() for page in range(document.pageCount())]
    document.close()
    # Lines wrap wherever the layout put them: compare on single spaces.
    return " ".join(" ".join(pages).split())


@pytest.fixture
def northwind(db, data_dir):
    make_account()
    return data_dir


def test_pdf_brief_names_account_attendees_and_their_open_promises(northwind, tmp_path, qapp):
    out = tmp_path / "brief.pdf"
    result = relapp(northwind, "export", "brief", "northwind mills", "--attendees",
                    "Ada Brookfield; Ben Castellanos", "--format", "pdf", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = pdf_text(out)
    for expected in ("Northwind Mills", "Ada Brookfield", "Ben Castellanos", "Send the draft reconciliation plan",
                     "Share the security questionnaire", "OVERDUE", "Audit findings on revenue recognition"):
        assert expected in text, expected
    # Kept 41 days ago: not among the open promises, only in what changed since.
    assert text.count("Fix the login problem") == 1 and "Promises kept: Fix the login problem" in text
    for private in PERSONAL:
        assert private not in text
    assert "personal side of people is left out" in text
    # A4 portrait pages, one per attendee after the overview (two pages with the
    # account plan and what changed since), and the wide map on a landscape page.
    pages = pdf_pages(out)
    assert len(pages) == 5
    assert all(round(w) == 595 and round(h) == 842 for w, h in pages[:-1])
    assert round(pages[-1][0]) == 842 and round(pages[-1][1]) == 595
    assert "Their people" in text  # the map's own words: drawn as vectors, not as a picture


def test_personal_side_appears_only_with_the_flag(northwind, tmp_path, qapp):
    args = ["export", "brief", "Northwind Mills", "--attendees", "Ada Brookfield"]
    for fmt in ("pdf", "html", "md"):
        plain, personal = tmp_path / f"plain.{fmt}", tmp_path / f"personal.{fmt}"
        assert relapp(northwind, *args, "--format", fmt, "-o", str(plain)).returncode == 0
        assert relapp(northwind, *args, "--format", fmt, "-o", str(personal), "--include-personal").returncode == 0
        read = pdf_text if fmt == "pdf" else (lambda p: p.read_text(encoding="utf-8"))
        plain_text, personal_text = read(plain), read(personal)
        for private in PERSONAL:
            assert private not in plain_text, (fmt, private)
            assert private in personal_text, (fmt, private)


def test_unknown_names_give_one_line_with_close_matches(northwind, tmp_path):
    result = relapp(northwind, "export", "brief", "Northwind Mils", "--attendees", "Ada Brookfield",
                    "--format", "md", "-o", str(tmp_path / "x.md"))
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and "Northwind Mills" in result.stderr
    result = relapp(northwind, "export", "brief", "Northwind Mills", "--attendees", "Ada Brookfeld; Ben Castellanos",
                    "--format", "md", "-o", str(tmp_path / "x.md"))
    assert result.returncode == 1 and "Ada Brookfield" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.md").exists()
    result = relapp(northwind, "export", "brief", "Northwind Mills", "--attendees", "Ada Brookfield",
                    "--date", "tomorrow", "--format", "md", "-o", str(tmp_path / "x.md"))
    assert result.returncode == 2 and "YYYY-MM-DD" in result.stderr


class _Elements(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def _external_references(html: str) -> list[str]:
    parser = _Elements()
    parser.feed(html)
    found = []
    for tag, attrs in parser.tags:
        if tag in ("script", "iframe", "object", "embed", "link", "base", "form"):
            found.append(tag)
        for name in ("src", "href", "srcset", "action", "background", "poster"):
            if name in attrs and not (attrs[name] or "").startswith(("data:image/png;base64,", "#")):
                found.append(f"{tag} {name}={attrs[name]}")
    found += re.findall(r"url\(|@import", html)
    return found


def test_summary_html_stands_alone(northwind, tmp_path):
    out = tmp_path / "summary.html"
    assert relapp(northwind, "export", "summary", "Northwind Mills", "--format", "html", "-o",
                  str(out)).returncode == 0
    html = out.read_text(encoding="utf-8")
    assert _external_references(html) == []
    assert not re.search(r"https?://|//[a-z0-9.-]+\.[a-z]{2,}/", html, re.I)
    assert html.count('src="data:image/png;base64,') == 2  # the chart and the map, inlined
    assert "Northwind Mills" in html and "Fix the login problem" in html  # kept this quarter


@pytest.fixture
def hostile(db, data_dir):
    make_account(hostile=True)
    return data_dir


def test_hostile_text_is_plain_text_in_every_format(hostile, tmp_path, qapp):
    files = {}
    for fmt in ("pdf", "html", "md"):
        files[fmt] = tmp_path / f"hostile.{fmt}"
        result = relapp(hostile, "export", "brief", "Northwind <b>Mills</b>", "--attendees", HOSTILE_NAME,
                        "--format", fmt, "-o", str(files[fmt]), "--include-personal")
        assert result.returncode == 0, result.stderr

    # PDF: the characters are there as text, nothing was interpreted.
    text = pdf_text(files["pdf"])
    assert "Northwind <b>Mills</b>" in text
    assert "<script>alert(1)</script>" in text
    assert "<img src=http://evil.example/track.png>" in text

    # HTML: no element came from user text, and the text reads back unchanged.
    html = files["html"].read_text(encoding="utf-8")
    parser = _Elements()
    parser.feed(html)
    assert not {tag for tag, _ in parser.tags} & {"script", "b", "a"}
    assert [a.get("src", "")[:22] for tag, a in parser.tags if tag == "img"] == ["data:image/png;base64,"] * 2
    assert _external_references(html) == []
    shown = "".join(parser.text)
    assert HOSTILE_NAME in shown and " ".join(HOSTILE_NOTE.split()) in " ".join(shown.split())

    # Markdown: every special character escaped, so removing the escapes gives the text back.
    md = files["md"].read_text(encoding="utf-8")
    assert not re.search(r"(?<!\\)<", md)
    assert "](" not in md.replace("\\]", "")
    assert "![" not in md
    assert not re.search(r"(?<!\\)https?://", md.replace("\\:", ""))  # no bare address to autolink
    lines = [line for line in md.splitlines() if "alert(1)" in line]
    assert lines and all("\\<script\\>" in line for line in lines)
    assert re.sub(r"\\(.)", r"\1", md).count(HOSTILE_NAME) >= 1
    # Table rows keep their column count whatever the titles hold.
    rows = [line for line in md.splitlines() if line.startswith("| 20")]
    assert rows and all(len(re.findall(r"(?<!\\)\|", row)) == 5 for row in rows)


def test_the_client_handout_pdf_is_not_called_a_board_brief(northwind, tmp_path, qapp):
    """Its page footers and the PDF's title said "Board brief: …": the
    client would read our name for our own notes on them."""
    from PySide6.QtPdf import QPdfDocument

    out = tmp_path / "handout.pdf"
    result = relapp(northwind, "export", "brief", "northwind mills", "--attendees", "Ada Brookfield",
                    "--audience", "client", "--format", "pdf", "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "Northwind Mills" in text and "Board brief" not in text
    document = QPdfDocument()
    document.load(str(out))
    title = document.metaData(QPdfDocument.MetaDataField.Title)
    document.close()
    assert title.startswith("Northwind Mills: ") and "brief" not in title.lower()


def test_the_client_handout_keeps_each_date_on_one_line(db, data_dir, tmp_path, qapp):
    """A date wrapped inside a narrow column ("2026-11-1" over "0") reads as
    two numbers on paper; a PDF reader's text shows such a split as a space."""
    import datetime as dt

    from relapp.services.account_plan import add_objective

    made = make_account()
    target = dt.date.today() + dt.timedelta(days=70)
    add_objective(made["account"].id, title="Close the books in five days", target=target,
                  their_owner=made["ada"].id, our_owner=made["me"].id)
    out = tmp_path / "handout.pdf"
    result = relapp(data_dir, "export", "brief", "northwind mills", "--attendees", "Ada Brookfield; Ben Castellanos",
                    "--audience", "client", "--format", "pdf", "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "Close the books in five days" in text
    # The promise make_account() dates from the day brief_data was imported:
    # a run that passes midnight has another today() by now.
    due_later = (TODAY + dt.timedelta(days=12)).isoformat()
    for day in (target.isoformat(), due_later):
        assert day in text, f"{day} is split across lines in: {text}"
