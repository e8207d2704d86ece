"""The brief's own texts (headings, labels, sentences of its templates) reach
a German window in German: every text the templates, the brief's title and
the map's page say through ``say("…")`` is in the window's list
(relapp/gui/brief/document_texts.py) and has its German, which fills in only
the values the text gives."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from relapp.domain.brief import PERSONAL_FIELDS, PROFESSIONAL_FIELDS
from relapp.gui.brief import document_texts
from relapp.services.brief_documents import MONTHS, SHORT_MONTHS

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "resources" / "translations" / "relapp_de.ts"
# Where the brief says its own texts.
SAYING = sorted((ROOT / "resources" / "templates").glob("brief*.j2")) + [
    ROOT / "relapp" / "services" / "brief.py", ROOT / "relapp" / "gui" / "brief" / "render.py"]
SAY = re.compile(r"\bsay\(")
LITERAL = re.compile(r'\bsay\(\s*"((?:[^"\\]|\\.)*)"')
JINJA_COMMENT = re.compile(r"\{#.*?#\}", re.S)
PLACE = re.compile(r"\{(\w+)(?::[^}]*)?\}")


def _said_in_python(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", None)) == "say":
            assert node.args and isinstance(node.args[0], ast.Constant), \
                f"{path.name}:{node.lineno}: say a text as a literal, for the catalogue to have it"
            found.add(node.args[0].value)
    return found


def _said_in_template(path: Path) -> set[str]:
    text = JINJA_COMMENT.sub("", path.read_text(encoding="utf-8"))
    literals = LITERAL.findall(text)
    assert len(SAY.findall(text)) == len(literals), \
        f"{path.name}: say a text as a literal, for the catalogue to have it"
    return set(literals)


def _said() -> set[str]:
    found: set[str] = set()
    for path in SAYING:
        found |= _said_in_python(path) if path.suffix == ".py" else _said_in_template(path)
    return found


def test_every_text_the_brief_says_is_in_the_window_s_list():
    said, listed = _said(), set(document_texts.SAID)
    assert "Joint objectives" in said and "Contact model now" in said, "the scan found the templates' texts"
    assert not said - listed, \
        f"add these to relapp/gui/brief/document_texts.py (and their German): {sorted(said - listed)}"
    assert not listed - said, f"no longer said, take them out of the list: {sorted(listed - said)}"


def test_the_dates_and_a_person_s_fields_are_in_the_window_s_list():
    assert set(MONTHS) | set(SHORT_MONTHS) | {"{day} {month} {year}", "{month} {year}"} == set(document_texts.DATES)
    assert document_texts.PERSON_FIELDS == PROFESSIONAL_FIELDS + PERSONAL_FIELDS


def test_every_text_has_german_that_fills_in_its_own_values():
    root = ET.parse(CATALOGUE).getroot()
    german = {msg.findtext("source"): msg.findtext("translation") or ""
              for ctx in root.iter("context") if ctx.findtext("name") == document_texts.CONTEXT
              for msg in ctx.iter("message")}
    wrong = {}
    for text in document_texts.SAID + document_texts.DATES + document_texts.PERSON_FIELDS:
        translation = german.get(text, "")
        if not translation.strip():
            wrong[text] = "no German"
        elif set(PLACE.findall(translation)) != set(PLACE.findall(text)):
            wrong[text] = f"{translation!r} does not fill in the values of the text"
    assert not wrong
