"""What the services and the domain refuse reaches a German window in
German: every template raised anywhere in relapp/ is marked for the
catalogue, translated, and shown translated under the form."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from relapp.gui.refusal_texts import TEMPLATES

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "resources" / "translations" / "relapp_de.ts"
PLACE = re.compile(r"\{(\w+)\}")


def _raised() -> dict[str, list[tuple[str, set[str]]]]:
    """Template → where it is raised and the values given there; a message
    that is not a plain string (an f-string, text glued to a value) is listed
    under its file and line, because no catalogue can hold it."""
    found: dict[str, list[tuple[str, set[str]]]] = {}
    for path in sorted((ROOT / "relapp").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
            position = {"ValidationError": 1, "BadInput": 0}.get(name)
            if position is None or len(node.args) <= position:
                continue
            message = node.args[position]
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            if isinstance(message, ast.Constant) and isinstance(message.value, str):
                found.setdefault(message.value, []).append((where, {k.arg for k in node.keywords}))
            elif isinstance(message, (ast.JoinedStr, ast.BinOp)):
                found.setdefault(f"<not a template> {where}", []).append((where, set()))
            # Anything else passes a refusal on (``exc.template``), which was checked where it was made.
    return found


def _german() -> dict[str, str]:
    root = ET.parse(CATALOGUE).getroot()
    return {msg.findtext("source"): msg.findtext("translation") or ""
            for ctx in root.iter("context") if ctx.findtext("name") == "Refusal" for msg in ctx.iter("message")}


def test_every_refusal_raised_is_a_template_marked_for_translation():
    raised = _raised()
    assert len(raised) > 40  # the scan found the services' refusals
    missing = sorted(set(raised) - set(TEMPLATES))
    assert not missing, f"add these to relapp/gui/refusal_texts.py (and their German): {missing}"


def test_every_template_has_german_that_fills_in_the_same_values():
    german = _german()
    wrong = {}
    for template, sites in _raised().items():
        translation = german.get(template, "")
        if not translation.strip():
            wrong[template] = "no German"
            continue
        given = set.intersection(*(values for _, values in sites))
        if not set(PLACE.findall(translation)) <= given:
            wrong[template] = f"{translation!r} names {set(PLACE.findall(translation)) - given}"
    assert not wrong


def _refused(qtbot, dialog_class, **typed):
    dialog = dialog_class()
    qtbot.addWidget(dialog)
    dialog.show()
    for name, text in typed.items():
        field = dialog.field(name)
        field.setText(text)
    dialog._try_accept()
    assert dialog.isVisible() and dialog.result_object is None
    return dialog.error_label.text()


def test_a_form_refuses_in_english(qtbot, db):
    from relapp.gui.forms.record_dialogs import AccountDialog, MemberDialog

    assert _refused(qtbot, AccountDialog, name="  ") == "Name: must not be empty"
    assert _refused(qtbot, MemberDialog, name="Mo Reyes", email="mo at example.com") \
        == "Email: 'mo at example.com' is not an email address"


def test_a_form_refuses_in_german_under_the_german_catalogue(qtbot, db, german):
    from relapp.gui.forms.record_dialogs import AccountDialog, MemberDialog
    from relapp.services.accounts import create_account

    assert _refused(qtbot, AccountDialog, name="  ") == "Name: darf nicht leer sein"
    assert _refused(qtbot, MemberDialog, name="Mo Reyes", email="mo at example.com") \
        == "E-Mail: 'mo at example.com' ist keine E-Mail-Adresse"
    create_account(name="Quayside Ltd")
    assert _refused(qtbot, AccountDialog, name="Quayside Ltd") == "Name: ein Konto namens 'Quayside Ltd' gibt es schon"


def test_the_domain_s_refusal_reaches_the_window_translated(qapp, german):
    from relapp.domain.key_dates import parse_key_day
    from relapp.gui.refusal_texts import refusal_message, refusal_text
    from relapp.services.validation import ValidationError

    with pytest.raises(ValueError) as caught:
        parse_key_day("2026-02-30")
    assert str(caught.value) == "'2026-02-30': February has no day 30"  # the command line's English
    assert refusal_message(caught.value) == "'2026-02-30': Der Monat 2 hat keinen Tag 30"
    refused = ValidationError.refusing("date", caught.value)
    assert str(refused) == "date: '2026-02-30': February has no day 30"
    assert refusal_text(refused) == "Datum: '2026-02-30': Der Monat 2 hat keinen Tag 30"
