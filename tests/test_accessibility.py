"""Screen readers and the keyboard: every control a user can Tab to has a
name, and Tab walks each form top to bottom (left to right on a row, on to
the next column) and reaches every field before it comes back round.

Each dialog is built on the small demo and walked with real Tab key presses.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from gui_helpers import open_window

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 6, 15)  # the day demo_db is built for
INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QAbstractSlider)


@pytest.fixture
def window(qtbot, demo_db, data_dir, tmp_path):
    return open_window(qtbot, data_dir, tmp_path)


def _demo_ids():
    from relapp.store.models import Account, Commitment, Stakeholder

    account = Account.select().order_by(Account.id).first()
    person = Stakeholder.select().where(Stakeholder.account == account).order_by(Stakeholder.id).first()
    promise = Commitment.select().order_by(Commitment.id).first()
    return account.id, person.id, promise.id


def _account_dialog(win, ids):
    from relapp.gui.forms.record_dialogs import AccountDialog
    return AccountDialog(None, win)


def _stakeholder_dialog(win, ids):
    from relapp.gui.forms.record_dialogs import StakeholderDialog
    return StakeholderDialog(ids[0], None, win)


def _member_dialog(win, ids):
    from relapp.gui.forms.record_dialogs import MemberDialog
    return MemberDialog(None, win)


def _quick_entry(win, ids):
    from relapp.gui.forms.quick_entry import QuickEntryDialog
    return QuickEntryDialog(None, None, win)


def _commitment_dialog(win, ids):
    from relapp.gui.commitments.commitment_dialog import CommitmentDialog
    return CommitmentDialog(ids[0], None, win)


def _resolve_dialog(win, ids):
    from relapp.gui.commitments.resolve_dialog import ResolveDialog
    return ResolveDialog(ids[2], True, win, today=TODAY)


def _checkup_dialog(win, ids):
    from relapp.gui.health.checkup_dialog import CheckupDialog
    return CheckupDialog(ids[0], win, today=TODAY)


def _questions_dialog(win, ids):
    from relapp.gui.health.questions_dialog import QuestionsDialog
    return QuestionsDialog(win)


def _meeting_form(win, ids):
    from relapp.gui.brief.meetings_dialog import MeetingFormDialog
    return MeetingFormDialog(ids[0], None, win, today=TODAY)


def _meetings_dialog(win, ids):
    from relapp.gui.brief.meetings_dialog import MeetingsDialog
    return MeetingsDialog(ids[0], win, TODAY)


def _brief_dialog(win, ids):
    from relapp.gui.brief.brief_dialog import BriefDialog
    return BriefDialog(ids[0], win, today=TODAY)


def _backups_dialog(win, ids):
    from relapp.gui.backups.backups_dialog import BackupsDialog
    return BackupsDialog(win)


def _import_dialog(win, ids):
    from relapp.gui.interchange.import_dialog import ImportDialog
    return ImportDialog(win)


def _export_dialog(win, ids):
    from relapp.gui.interchange.export_dialog import ExportDialog
    return ExportDialog(win, ids[0])


def _preferences_dialog(win, ids):
    from relapp.gui.preferences_dialog import PreferencesDialog
    return PreferencesDialog(win.data_dir if hasattr(win, "data_dir") else None, win)


def _team_dialog(win, ids):
    from relapp.gui.views.team_dialog import TeamDialog
    return TeamDialog(win.editor, win)


def _contact_card(win, ids):
    from relapp.gui.views.contact_card import ContactCard
    return ContactCard(ids[1], win.editor, win)


DIALOGS = {
    "account": _account_dialog, "stakeholder": _stakeholder_dialog, "member": _member_dialog,
    "quick entry": _quick_entry, "promise": _commitment_dialog, "resolve promise": _resolve_dialog,
    "check-up": _checkup_dialog, "check-up questions": _questions_dialog, "meeting": _meeting_form,
    "meetings": _meetings_dialog, "brief": _brief_dialog, "backups": _backups_dialog, "import": _import_dialog,
    "export": _export_dialog, "preferences": _preferences_dialog, "team": _team_dialog,
    "contact card": _contact_card,
}


# What the walker looks at ------------------------------------------------------------------------


def _tab_stops(root: QWidget) -> list[QWidget]:
    """Every control on screen that Tab can land on (not the parts inside a
    spin box or combo box, which take focus for their owner)."""
    stops = []
    for widget in root.findChildren(QWidget):
        if not (widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.TabFocus):
            continue
        if widget.focusProxy() is not None or isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue
        if widget.window() is not root:
            continue
        stops.append(widget)
    return stops


def _is_input(widget: QWidget) -> bool:
    """A field the user fills in or chooses in (buttons that only act are
    not: they follow the fields, wherever they sit)."""
    if isinstance(widget, INPUTS):
        return True
    if isinstance(widget, QAbstractButton):
        return widget.isCheckable()
    return type(widget).__name__ == "ScoreBox"


def _radio_skipped(widget: QWidget) -> bool:
    """Qt lets Tab stop only on the checked button of a group of radio
    buttons (the arrow keys choose within the group)."""
    if not isinstance(widget, QRadioButton) or widget.isChecked() or not widget.autoExclusive():
        return False
    group = widget.parentWidget()
    siblings = [w for w in group.findChildren(QRadioButton) if w.parentWidget() is group]
    return any(w.isChecked() for w in siblings)


def _has_name(widget: QWidget, root: QWidget) -> bool:
    if widget.accessibleName().strip():
        return True
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return True
    if isinstance(widget, QTabBar):  # each tab's text is read out
        return all(widget.tabText(i).strip() for i in range(widget.count()))
    return any(label.buddy() is widget and label.text().strip() for label in root.findChildren(QLabel))


def _rect(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())


def _follows(a: QRect, b: QRect) -> bool:
    """True when ``b`` comes after ``a`` in reading order: further right on
    the same row, on a lower row, or in a column further right."""
    same_row = b.top() < a.bottom() and a.top() < b.bottom()
    if same_row:
        return b.left() > a.left()
    return b.center().y() > a.center().y() or b.left() > a.right()


def _visual_order(widgets: list[QWidget], root: QWidget) -> list[QWidget]:
    return sorted(widgets, key=lambda w: (_rect(w, root).top(), _rect(w, root).left()))


def _walk(qtbot, root: QWidget, start: QWidget, limit: int = 200) -> list[QWidget]:
    """The controls focus visits when the user presses Tab from ``start``
    until it comes back round (a date field's sections count once)."""
    start.setFocus(Qt.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start, timeout=2000)
    visited = [start]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        current = QApplication.focusWidget()
        if current is start and visited[-1] is not start:
            return visited
        if current is not visited[-1]:
            visited.append(current)
    raise AssertionError(f"Tab never came back to the first field; stuck at {visited[-1]!r}")


def _describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName() or widget.accessibleName() or ''}".strip()


def _open(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    return dialog


# The tests ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_control_in_the_dialog_has_a_name(qtbot, window, name):
    dialog = _open(qtbot, DIALOGS[name](window, _demo_ids()))
    stops = _tab_stops(dialog)
    assert stops, "the dialog has nothing to Tab to"
    unnamed = [_describe(w) for w in stops if not _has_name(w, dialog)]
    assert not unnamed, f"{name}: no accessible name or label for {unnamed}"


@pytest.mark.parametrize("name", list(DIALOGS))
def test_tab_walks_the_dialog_in_reading_order(qtbot, window, name):
    dialog = _open(qtbot, DIALOGS[name](window, _demo_ids()))
    # Each page of a tabbed dialog is a form of its own: walk them all.
    pages = [(tabs, i) for tabs in dialog.findChildren(QTabWidget) for i in range(tabs.count())] or [(None, 0)]
    for tabs, index in pages:
        if tabs is not None:
            tabs.setCurrentIndex(index)
        where = f"{name}" + (f" ({tabs.tabText(index)})" if tabs is not None else "")
        inputs = [w for w in _tab_stops(dialog) if _is_input(w) and not _radio_skipped(w)]
        assert inputs, f"{where}: no field"
        first = _visual_order(inputs, dialog)[0]
        visited = _walk(qtbot, dialog, first)
        missed = [_describe(w) for w in inputs if w not in visited]
        assert not missed, f"{where}: Tab never reaches {missed}"
        fields = [w for w in visited if w in inputs]
        for a, b in zip(fields, fields[1:]):
            assert _follows(_rect(a, dialog), _rect(b, dialog)), (
                f"{where}: Tab goes from {_describe(a)} {_rect(a, dialog).getRect()} "
                f"back up to {_describe(b)} {_rect(b, dialog).getRect()}")


@pytest.mark.parametrize("view", ["home", "accounts", "map", "journal"])
def test_every_control_in_the_main_views_has_a_name(qtbot, window, view):
    window.show_view(view)
    qtbot.waitUntil(lambda: window.current_view() == view, timeout=2000)
    if view in ("accounts", "map"):
        window.show_account(_demo_ids()[0])
        window.show_view(view)
    shown = window.stack.currentWidget()
    stops = [w for w in _tab_stops(window) if w is window.sidebar or shown.isAncestorOf(w)]
    assert len(stops) > 2
    unnamed = [_describe(w) for w in stops if not _has_name(w, window)]
    assert not unnamed, f"{view}: no accessible name or label for {unnamed}"


@pytest.mark.parametrize("form", sorted(p.name for p in (ROOT / "ui").glob("*.ui")))
def test_designer_forms_list_every_field_in_their_tab_order(form):
    """The .ui files carry their own tab order, and each field a label
    points at is in it (a field added later is not forgotten)."""
    root = ET.parse(ROOT / "ui" / form).getroot()
    tabstops = [t.text for t in root.iter("tabstop")]
    assert tabstops, f"{form} has no <tabstops>"
    labelled = {c.text for p in root.iter("property") if p.get("name") == "buddy" for c in p.iter("cstring")}
    containers = {w.get("name") for w in root.iter("widget") if w.get("class") in ("QWidget", "QFrame", "QGroupBox")}
    buddies = labelled - containers  # a label over a group of toggles names the group, not a Tab stop
    assert buddies <= set(tabstops), f"{form}: {sorted(buddies - set(tabstops))} not in the tab order"
    for widget in root.iter("widget"):
        if widget.get("name") in buddies:
            names = [p for p in widget.findall("property") if p.get("name") == "accessibleName"]
            spoken = names[0].findtext("string") if names else ""
            # A name read out is words for a person (or nothing, and the label
            # is read), never the field's key.
            assert not spoken or spoken[0].isupper(), f"{form}: {widget.get('name')} is read as {spoken!r}"
