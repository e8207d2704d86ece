"""Picking a meeting's attendees from a long list by typing: in the brief
dialog and in the board meeting form."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from brief_data import TODAY, make_account
from gui_helpers import activate, isolate_settings, on_next_dialog
from relapp.gui.brief.meetings_dialog import MeetingFormDialog, MeetingsDialog, checked_ids
from relapp.services import meetings
from relapp.services.people import create_stakeholder
from test_brief_dialog import open_brief

MORE = ("Carmen Fairweather", "Dmitri Oyelaran", "Elin Fenwick", "Fatima Juhasz", "Goran Lindqvist",
        "Hana Petrov", "Ines Nakamura", "Jonas Brandvold", "Kofi Whitcombe", "Lucia Tremblay", "Mateo Pellegrini",
        "Noor Haddad")


@pytest.fixture
def account(db, tmp_path):
    isolate_settings(tmp_path)
    made = make_account()  # Ada Brookfield and Ben Castellanos
    for name in MORE:
        create_stakeholder(account=made["account"].id, name=name, title="Head of Finance Operations")
    return made


def shown(list_widget) -> list[str]:
    return [list_widget.item(i).text().split(" — ")[0] for i in range(list_widget.count())
            if not list_widget.item(i).isHidden()]


def ticked(list_widget) -> list[str]:
    return [list_widget.item(i).text().split(" — ")[0] for i in range(list_widget.count())
            if list_widget.item(i).checkState() == Qt.Checked]


def test_typing_narrows_the_attendees_and_enter_ticks_the_one_left(qtbot, account):
    dialog = open_brief(qtbot, account["account"].id)
    field = dialog.attendee_field
    assert field.isVisible()
    field.setFocus()
    qtbot.keyClicks(field, "FEN")  # any case, part of a name
    assert shown(dialog.attendees) == ["Elin Fenwick"]
    qtbot.keyClick(field, Qt.Key_Return)
    assert dialog.isVisible()  # Enter ticked; it did not press the dialog's Close
    assert ticked(dialog.attendees) == ["Elin Fenwick"] and field.text() == ""
    assert len(shown(dialog.attendees)) == 14  # the whole list back for the next name
    qtbot.waitUntil(lambda: "Elin Fenwick" in dialog.preview_text(), timeout=3000)

    # Two words in any order; a narrowed list keeps what is ticked elsewhere.
    qtbot.keyClicks(field, "brookfield chief")
    assert shown(dialog.attendees) == ["Ada Brookfield"]
    qtbot.keyClick(field, Qt.Key_Enter)
    assert set(ticked(dialog.attendees)) == {"Elin Fenwick", "Ada Brookfield"}
    qtbot.waitUntil(lambda: "Ada Brookfield" in dialog.preview_text(), timeout=3000)

    # Enter with several lines left ticks nobody; nothing matching shows nothing.
    qtbot.keyClicks(field, "head of finance")
    assert len(shown(dialog.attendees)) == len(MORE)
    qtbot.keyClick(field, Qt.Key_Return)
    assert set(ticked(dialog.attendees)) == {"Elin Fenwick", "Ada Brookfield"} and dialog.isVisible()
    field.clear()
    qtbot.keyClicks(field, "nobody called this")
    assert shown(dialog.attendees) == []

    # Enter on the one left again unticks it.
    field.clear()
    qtbot.keyClicks(field, "fenwick")
    qtbot.keyClick(field, Qt.Key_Return)
    assert ticked(dialog.attendees) == ["Ada Brookfield"]


def test_down_goes_from_the_field_to_the_first_line_shown_and_space_ticks_it(qtbot, account):
    dialog = open_brief(qtbot, account["account"].id)
    activate(qtbot, dialog)
    field = dialog.attendee_field
    field.setFocus()
    qtbot.keyClicks(field, "finance operations")
    expected = shown(dialog.attendees)
    assert sorted(expected) == sorted(MORE)  # Ada (Chief Financial Officer) and Ben (Head of IT) hidden
    qtbot.keyClick(field, Qt.Key_Down)
    assert QApplication.focusWidget() is dialog.attendees
    assert dialog.attendees.currentItem().text().split(" — ")[0] == expected[0]
    qtbot.keyClick(dialog.attendees, Qt.Key_Space)
    assert ticked(dialog.attendees) == [expected[0]]


def test_a_short_list_has_no_field_to_narrow_it(qtbot, db, tmp_path):
    isolate_settings(tmp_path)
    made = make_account()  # two of their people
    dialog = open_brief(qtbot, made["account"].id)
    assert dialog.attendees.count() == 2
    assert not dialog.attendee_field.isVisible()


def test_the_meeting_form_narrows_its_attendees_and_saves_those_ticked(qtbot, account):
    account_id = account["account"].id
    dialog = MeetingsDialog(account_id, None, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()

    def fill(form):
        assert isinstance(form, MeetingFormDialog)
        form.field("title").setFocus()
        qtbot.keyClicks(form.field("title"), "Budget review")
        field = form.field("stakeholdersFilter")
        assert field.isVisible()
        field.setFocus()
        for name in ("tremblay", "haddad"):
            qtbot.keyClicks(field, name)
            qtbot.keyClick(field, Qt.Key_Return)
        assert form.isVisible()  # Enter while narrowing is the list's, not the form's OK
        qtbot.keyClicks(field, "pellegrini")  # left narrowed when saving: still saves what is ticked
        assert len(checked_ids(form.field("stakeholders"))) == 2
        form.buttons.button(form.buttons.StandardButton.Ok).click()

    on_next_dialog(fill)
    qtbot.mouseClick(dialog.new_button, Qt.LeftButton)
    stored = meetings.upcoming_meetings(TODAY, account_id=account_id)
    assert [(m.title, sorted(m.stakeholder_names), m.day) for m in stored] == [
        ("Budget review", ["Lucia Tremblay", "Noor Haddad"], TODAY + dt.timedelta(days=7))]
