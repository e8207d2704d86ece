"""The brief dialog and the meetings dialog driven like a user would."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QMessageBox

from brief_data import TODAY, make_account
from gui_helpers import activate, context_now, data_open_now, isolate_settings, on_next_dialog
from relapp.gui.brief.brief_dialog import BriefDialog
from relapp.gui.brief.meetings_dialog import MeetingsDialog
from relapp.services import meetings
from test_brief_export import pdf_text


@pytest.fixture
def account(db, tmp_path):
    isolate_settings(tmp_path)
    return make_account()


def open_brief(qtbot, account_id):
    dialog = BriefDialog(account_id, None, today=TODAY, context=context_now())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def tick(qtbot, list_widget: QListWidget, name: str) -> None:
    """Click the check box of the row that starts with ``name``."""
    row = next(i for i in range(list_widget.count()) if list_widget.item(i).text().startswith(name))
    rect = list_widget.visualItemRect(list_widget.item(row))
    # The check box sits at the left edge of the row.
    qtbot.mouseClick(list_widget.viewport(), Qt.LeftButton, pos=QPoint(rect.left() + 10, rect.center().y()))


def test_preview_follows_choices_and_says_its_privacy_mode(qtbot, account):
    dialog = open_brief(qtbot, account["account"].id)
    assert "Tick at least one" in dialog.preview_text()
    assert not dialog.export_button.isEnabled()
    tick(qtbot, dialog.attendees, "Ada Brookfield")
    qtbot.waitUntil(lambda: "Ada Brookfield" in dialog.preview_text(), timeout=3000)
    text = dialog.preview_text()
    assert "Send the draft reconciliation plan" in text and "OVERDUE" in text
    assert "Ocean sailing" not in text
    assert "For our team" in dialog.privacy_label.text()

    dialog.set_audience("me")
    qtbot.waitUntil(lambda: "Ocean sailing" in dialog.preview_text(), timeout=3000)
    assert "For me" in dialog.privacy_label.text()

    dialog.goals_edit.setFocus()
    qtbot.keyClicks(dialog.goals_edit, "Win the reconciliation pilot")
    qtbot.waitUntil(lambda: "Win the reconciliation pilot" in dialog.preview_text(), timeout=3000)

    qtbot.mouseClick(dialog.summary_radio, Qt.LeftButton)
    qtbot.waitUntil(lambda: "Who matters" in dialog.preview_text(), timeout=3000)
    assert "Ben Castellanos" in dialog.preview_text()
    assert not dialog.attendees.isEnabled()


def test_an_upcoming_meeting_fills_the_choices_and_keeps_edited_goals(qtbot, account):
    meeting = meetings.create_meeting(account=account["account"].id, day=TODAY + dt.timedelta(days=5),
                                      title="Budget review", goals="Agree the pilot",
                                      stakeholders=[account["ben"].id], members=[account["me"].id])
    dialog = open_brief(qtbot, account["account"].id)
    assert dialog.meeting_id() == meeting.id
    text = dialog.preview_text()
    assert "Budget review" in text and "Agree the pilot" in text and "Ben Castellanos" in text
    assert "Robin Vale" in text  # our side at the meeting
    dialog.goals_edit.selectAll()
    dialog.goals_edit.setFocus()
    qtbot.keyClicks(dialog.goals_edit, "Agree the pilot and its budget")
    qtbot.mouseClick(dialog.save_goals_button, Qt.LeftButton)
    assert meetings.meeting_detail(meeting.id).goals == "Agree the pilot and its budget"


def test_export_through_the_file_dialog_writes_the_pdf_off_the_gui_thread(qtbot, account, tmp_path):
    dialog = open_brief(qtbot, account["account"].id)
    tick(qtbot, dialog.attendees, "Ada Brookfield")
    tick(qtbot, dialog.attendees, "Ben Castellanos")
    qtbot.waitUntil(lambda: "Ben Castellanos" in dialog.preview_text(), timeout=3000)
    target = tmp_path / "out" / "board brief.pdf"
    target.parent.mkdir()

    def save_as(file_dialog):
        # Type the path into the file name field, as a user does.
        name_field = file_dialog.findChild(QLineEdit, "fileNameEdit")
        name_field.clear()
        qtbot.keyClicks(name_field, str(target))
        file_dialog.accept()

    on_next_dialog(save_as)
    with qtbot.waitSignal(dialog.export_finished, timeout=15000) as done:
        qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    assert done.args == [str(target)]
    assert "Written to" in dialog.status.text()
    text = pdf_text(target)
    for expected in ("Northwind Mills", "Ada Brookfield", "Ben Castellanos", "Send the draft reconciliation plan",
                     "Share the security questionnaire"):
        assert expected in text
    assert "Ocean sailing" not in text


def test_an_export_over_the_data_the_brief_was_made_from_is_refused(qtbot, account, data_dir):
    """The target is checked against the folder of the dialog's data context."""
    dialog = open_brief(qtbot, account["account"].id)
    tick(qtbot, dialog.attendees, "Ada Brookfield")
    qtbot.waitUntil(lambda: "Ada Brookfield" in dialog.preview_text(), timeout=3000)
    database = data_dir / "relapp.sqlite3"
    before = database.read_bytes()
    dialog.export_to(database, "md")
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=15000)
    assert dialog.status.text().startswith("Export failed:") and "Relapp's own data" in dialog.status.text()
    assert database.read_bytes() == before


def test_html_and_markdown_exports_and_printing(qtbot, account, tmp_path):
    dialog = open_brief(qtbot, account["account"].id)
    dialog.set_audience("me")
    tick(qtbot, dialog.attendees, "Ada Brookfield")
    qtbot.waitUntil(lambda: "Ada Brookfield" in dialog.preview_text(), timeout=3000)
    for fmt in ("html", "md"):
        with qtbot.waitSignal(dialog.export_finished, timeout=15000):
            dialog.export_to(tmp_path / f"brief.{fmt}", fmt)
        assert "Ocean sailing" in (tmp_path / f"brief.{fmt}").read_text(encoding="utf-8")
    printer = dialog.make_printer()
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.print_to(printer)
    assert "Ada Brookfield" in pdf_text(tmp_path / "printed.pdf")


def test_meetings_dialog_records_edits_and_deletes(qtbot, account):
    dialog = MeetingsDialog(account["account"].id, None, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 0 and dialog.empty.isVisible()

    def fill(form):
        form.field("title").setFocus()
        qtbot.keyClicks(form.field("title"), "Steering group")
        people = form.field("stakeholders")
        row = next(i for i in range(people.count()) if people.item(i).text().startswith("Ada Brookfield"))
        people.item(row).setCheckState(Qt.Checked)
        form.buttons.button(form.buttons.StandardButton.Ok).click()

    on_next_dialog(fill)
    qtbot.mouseClick(dialog.new_button, Qt.LeftButton)
    assert dialog.list.count() == 1 and "Steering group" in dialog.list.item(0).text()
    stored = meetings.upcoming_meetings(TODAY, account_id=account["account"].id)
    assert [(m.title, m.stakeholder_names, m.day) for m in stored] == [
        ("Steering group", ["Ada Brookfield"], TODAY + dt.timedelta(days=7))]

    def empty_title(form):
        form.field("title").clear()
        form.buttons.button(form.buttons.StandardButton.Ok).click()
        assert form.isVisible() and "Title" in form.error_label.text()
        form.reject()

    on_next_dialog(empty_title)
    qtbot.mouseClick(dialog.edit_button, Qt.LeftButton)

    on_next_dialog(lambda box: box.button(QMessageBox.Yes).click())
    qtbot.mouseClick(dialog.delete_button, Qt.LeftButton)
    assert dialog.list.count() == 0 and dialog.changed
    assert meetings.meetings_of(account["account"].id) == []


def test_account_view_shows_upcoming_meetings(qtbot, account, data_dir):
    from relapp.gui.main_window import MainWindow

    meetings.create_meeting(account=account["account"].id, day=dt.date.today() + dt.timedelta(days=3),
                            title="Budget <review>")
    window = MainWindow(data_dir, data_open_now())
    qtbot.addWidget(window)
    window.show()
    window.show_account(account["account"].id)
    label = window.view("accounts").meetings_label
    assert "Budget <review>" in label.text().replace("&lt;", "<").replace("&gt;", ">")
    assert "<review>" not in label.text()  # escaped, not markup
    QApplication.processEvents()


def test_preview_shows_hostile_text_as_text(qtbot, db, tmp_path):
    from brief_data import HOSTILE_NAME

    isolate_settings(tmp_path)
    data = make_account(hostile=True)
    dialog = open_brief(qtbot, data["account"].id)
    dialog.set_audience("me")
    tick(qtbot, dialog.attendees, "Eve <script>")
    qtbot.waitUntil(lambda: "alert(1)" in dialog.preview_text(), timeout=3000)
    text = dialog.preview_text()
    assert HOSTILE_NAME in text
    assert "<img src=http://evil.example/track.png>" in " ".join(text.split())
    assert "Northwind <b>Mills</b>" in text  # shown, not made bold


def test_meeting_edits_are_undone_and_redone_from_the_window(qtbot, account, data_dir, tmp_path):
    from gui_helpers import activate, open_window

    window = open_window(qtbot, data_dir, tmp_path)
    account_id = account["account"].id
    window.show_account(account_id)
    label = window.view("accounts").meetings_label
    dialog = MeetingsDialog(account_id, window, TODAY, editor=window.editor)
    qtbot.addWidget(dialog)
    dialog.show()

    def fill(title, attendee=None):
        def action(form):
            form.field("title").clear()
            qtbot.keyClicks(form.field("title"), title)
            if attendee:
                people = form.field("stakeholders")
                row = next(i for i in range(people.count()) if people.item(i).text().startswith(attendee))
                people.item(row).setCheckState(Qt.Checked)
            form.buttons.button(form.buttons.StandardButton.Ok).click()
        return action

    on_next_dialog(fill("Steering group", "Ada Brookfield"))
    qtbot.mouseClick(dialog.new_button, Qt.LeftButton)
    on_next_dialog(fill("Steering group (moved)"))
    qtbot.mouseClick(dialog.edit_button, Qt.LeftButton)
    on_next_dialog(lambda box: box.button(QMessageBox.Yes).click())
    qtbot.mouseClick(dialog.delete_button, Qt.LeftButton)
    dialog.accept()
    assert meetings.meetings_of(account_id) == []

    def titles():
        return [(m.title, m.stakeholder_names) for m in meetings.meetings_of(account_id)]

    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    assert titles() == [("Steering group (moved)", ["Ada Brookfield"])], "the deletion is undone, attendees too"
    assert "Steering group (moved)" in label.text(), "the account shows it again"
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    assert titles() == [("Steering group", ["Ada Brookfield"])]
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    assert titles() == []
    assert "No board meeting planned" in label.text()
    for _ in range(3):
        window.operations.stack.redo()
    assert titles() == []
    window.operations.stack.undo()
    assert titles() == [("Steering group (moved)", ["Ada Brookfield"])]


def test_the_attendees_and_the_meeting_are_shown_whole(qtbot, demo_db):
    from relapp.gui.brief.brief_dialog import BriefDialog
    from relapp.store.models import Account

    dialog = BriefDialog(Account.select().order_by(Account.id).first().id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    names = dialog.attendees
    widest = max(names.fontMetrics().horizontalAdvance(names.item(i).text()) for i in range(names.count()))
    assert widest + 24 <= names.viewport().width()  # the check box and the text fit
    combo = dialog.meeting_combo
    assert combo.fontMetrics().horizontalAdvance(combo.currentText()) + 24 <= combo.width()


def test_changes_are_counted_from_a_day_the_user_picks(qtbot, account):
    """The command line had --since; the dialog counted from the last board
    meeting only."""
    dialog = open_brief(qtbot, account["account"].id)
    qtbot.mouseClick(dialog.summary_radio, Qt.LeftButton)
    qtbot.waitUntil(lambda: "What changed since" in dialog.preview_text(), timeout=3000)
    assert dialog.since() is None and not dialog.since_edit.isEnabled()

    dialog.since_meeting.click()  # as a click or Space on it would
    assert dialog.since_edit.isEnabled()
    day = TODAY - dt.timedelta(days=200)
    dialog.since_edit.setFocus()
    dialog.since_edit.setSelectedSection(dialog.since_edit.Section.YearSection)
    qtbot.keyClicks(dialog.since_edit, day.strftime("%Y%m%d"))
    assert dialog.since() == day
    # e.g. "What changed since 14 May 2026": the month spelled out, as the documents write dates
    heading = f"What changed since {day.day} {day.strftime('%B')} {day.year}"
    qtbot.waitUntil(lambda: heading in dialog.preview_text(), timeout=3000)

    dialog.since_meeting.click()
    qtbot.waitUntil(lambda: heading not in dialog.preview_text(), timeout=3000)
    assert dialog.since() is None


def test_ctrl_s_exports_and_ctrl_p_prints_the_brief(qtbot, account):
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QFileDialog

    dialog = open_brief(qtbot, account["account"].id)
    tick(qtbot, dialog.attendees, "Ada Brookfield")
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled() and dialog.print_button.isEnabled(), timeout=3000)
    assert "Ctrl+S" in dialog.export_button.toolTip() and "Ctrl+P" in dialog.print_button.toolTip()
    opened = []

    def note_and_cancel(asked):
        opened.append(type(asked))
        asked.reject()

    for key, expected in ((Qt.Key_S, QFileDialog), (Qt.Key_P, QPrintDialog)):
        activate(qtbot, dialog)  # the keys work in the dialog's own window
        on_next_dialog(note_and_cancel)
        qtbot.keyClick(dialog.attendees, key, Qt.ControlModifier)
        qtbot.waitUntil(lambda: len(opened) == [QFileDialog, QPrintDialog].index(expected) + 1, timeout=5000)
        assert issubclass(opened[-1], expected)


def test_a_german_window_s_brief_says_its_risks_and_questions_in_german(qtbot, account, tmp_path, german):
    from relapp.services.brief import build_brief

    dialog = open_brief(qtbot, account["account"].id)
    tick(qtbot, dialog.attendees, "Ada Brookfield")
    qtbot.waitUntil(lambda: "Ada Brookfield" in dialog.preview_text(), timeout=3000)
    risk = "Zusage an Ada Brookfield seit 6 Tagen überfällig (Robin Vale): Send the draft reconciliation plan"
    question = ("Wir sind mit „Send the draft reconciliation plan“ im Verzug: "
                "Welcher neue Termin würde für Sie passen?")
    text = dialog.preview_text()
    assert risk in text and question in text and "angestrebt ist „Diamant“" in text
    assert "Promise to" not in text and "We are late with" not in text
    with qtbot.waitSignal(dialog.export_finished, timeout=15000):
        dialog.export_to(tmp_path / "brief.html", "html")
    html = (tmp_path / "brief.html").read_text(encoding="utf-8")
    assert risk in html and question in html
    # The command line's brief, made by the same services, stays English.
    english = build_brief(account["account"].id, [account["ada"].id], today=TODAY)
    assert "Promise to Ada Brookfield overdue by 6 days (Robin Vale): Send the draft reconciliation plan" in \
        [r.text for r in english.risks]
    assert english.people[0].questions[0] == ("We are late with “Send the draft reconciliation plan”: "
                                              "which new date would work for you?")


# Every heading the brief can have (for the team, a summary, the client's handout), in English.
ENGLISH_HEADINGS = {
    "The account at a glance", "Health at the last check-ups", "What we want from this meeting", "The account plan",
    "Joint objectives", "Open opportunities: what the meeting could decide", "Open risks", "What changed since",
    "Check-up questions that moved", "Trust built in the period", "Who matters", "Last interactions",
    "Promises open to them", "Questions worth asking", "The stakeholder map", "At a glance", "Our joint work",
    "Next steps we agreed", "Board brief:", "Account summary:", "our work together",
}


def _headings(html: str) -> list[str]:
    import re
    from html import unescape

    return [unescape(re.sub(r"<[^>]+>", "", text)).strip()
            for text in re.findall(r"<h[1-3][^>]*>(.*?)</h[1-3]>", html, re.S)]


def _english_left(headings: list[str]) -> list[str]:
    return [h for h in headings if any(english in h for english in ENGLISH_HEADINGS)]


def test_a_german_window_s_brief_has_german_headings_and_lines(qtbot, account, tmp_path, german):
    from relapp.services.brief import build_brief

    dialog = open_brief(qtbot, account["account"].id)
    tick(qtbot, dialog.attendees, "Ada Brookfield")
    qtbot.waitUntil(lambda: "Ada Brookfield" in dialog.preview_text(), timeout=3000)
    text = dialog.preview_text()
    assert "Gemeinsame Ziele" in text and "Kontaktmodell jetzt" in text
    assert "Joint objectives" not in text and "Contact model now" not in text
    with qtbot.waitSignal(dialog.export_finished, timeout=15000):
        dialog.export_to(tmp_path / "brief.html", "html")
    html = (tmp_path / "brief.html").read_text(encoding="utf-8")
    headings = _headings(html)
    assert {"Das Konto auf einen Blick", "Der Kontoplan", "Gemeinsame Ziele", "Offene Risiken",
            "Letzte Kontakte", "Offene Zusagen an die Person", "Fragen, die sich lohnen"} <= set(headings)
    assert f"Briefing für die Vorstandssitzung: {account['account'].name}" in headings
    assert _english_left(headings) == []
    # The lines of the account at a glance and of the person read in German, their values too.
    for line in ("Kontaktmodell jetzt", "Angestrebtes Kontaktmodell</td><td>Diamant", "Zweck der Beziehung",
                 "Rolle bei Entscheidungen</td><td>Entscheider", "Wie gut wir die Person kennen",
                 "Vertraut mit Robin Vale", f"Erstellt am {TODAY.day}. "):
        assert line in html
    assert "Contact model now" not in html and "How well we know them" not in html and "with Robin Vale" not in html
    # Markdown too.
    with qtbot.waitSignal(dialog.export_finished, timeout=15000):
        dialog.export_to(tmp_path / "brief.md", "md")
    markdown = (tmp_path / "brief.md").read_text(encoding="utf-8")
    assert "### Gemeinsame Ziele" in markdown and "**Kontaktmodell jetzt:**" in markdown
    assert "Joint objectives" not in markdown and "Contact model now" not in markdown
    # The command line's brief, made by the same services, stays English.
    from relapp.services.brief_documents import render_html

    english = _headings(render_html(build_brief(account["account"].id, [account["ada"].id], today=TODAY)))
    assert "Joint objectives" in english and "Gemeinsame Ziele" not in english


def test_a_german_window_s_summary_and_handout_have_german_headings(qtbot, account, tmp_path, german):
    dialog = open_brief(qtbot, account["account"].id)
    dialog.summary_radio.click()
    qtbot.waitUntil(lambda: "Wer wichtig ist" in dialog.preview_text(), timeout=3000)
    with qtbot.waitSignal(dialog.export_finished, timeout=15000):
        dialog.export_to(tmp_path / "summary.html", "html")
    headings = _headings((tmp_path / "summary.html").read_text(encoding="utf-8"))
    assert "Wer wichtig ist" in headings and _english_left(headings) == []
    dialog.set_audience("client")
    qtbot.waitUntil(lambda: "Unsere gemeinsame Arbeit" in dialog.preview_text(), timeout=3000)
    with qtbot.waitSignal(dialog.export_finished, timeout=15000):
        dialog.export_to(tmp_path / "handout.html", "html")
    headings = _headings((tmp_path / "handout.html").read_text(encoding="utf-8"))
    assert {"Auf einen Blick", "Unsere gemeinsame Arbeit", "Vereinbarte nächste Schritte"} <= set(headings)
    assert _english_left(headings) == []


def test_a_german_window_s_brief_says_the_plan_in_german(qtbot, account, tmp_path, german):
    from relapp.services import account_plan as plan
    from relapp.services.brief import build_brief

    account_id = account["account"].id
    plan.set_intent(account_id, "ours", 5, "Become their analytics partner", TODAY - dt.timedelta(days=30))
    dropped = plan.add_objective(account_id, title="Shared data room", status="on-track")
    plan.drop_objective(dropped.id, TODAY - dt.timedelta(days=2), "Budget cut", "them")
    plan.add_opportunity(account_id, title="Forecasting pilot", status="idea")
    dialog = open_brief(qtbot, account_id)
    tick(qtbot, dialog.attendees, "Ada Brookfield")
    qtbot.waitUntil(lambda: "Ada Brookfield" in dialog.preview_text(), timeout=3000)
    with qtbot.waitSignal(dialog.export_finished, timeout=15000):
        dialog.export_to(tmp_path / "brief.html", "html")
    html = (tmp_path / "brief.html").read_text(encoding="utf-8")
    day = (TODAY - dt.timedelta(days=2)).isoformat()
    assert '<html lang="de">' in html
    assert "Become their analytics partner (5/5, Zur Priorität machen)" in html
    assert f"auf ihren Wunsch fallen gelassen am {day}: Budget cut" in html  # the objective's table
    assert "fallen gelassen: Budget cut" in html  # and what moved in the period
    assert "<b>Forecasting pilot</b> (Idee" in html
    assert "make it a priority" not in html and "dropped" not in html
    # The command line's brief says it in English, as before.
    from relapp.services.brief_documents import render_html

    english = render_html(build_brief(account_id, [account["ada"].id], today=TODAY))
    assert "Become their analytics partner (5/5, make it a priority)" in english
    assert f"dropped at their request {day}: Budget cut" in english and "(idea" in english


def demo_brief(qtbot):
    """The brief dialog on the demo's first account, three of their people
    ticked, at its first size on a screen that has room, drawn."""
    from relapp.gui.brief.brief_dialog import BriefDialog
    from relapp.store.models import Account

    dialog = BriefDialog(Account.select().order_by(Account.id).first().id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(50)  # the dialog is fitted to the test's small screen once shown
    dialog.resize(1180, 760)  # then given its first size on a screen that has room
    for row in range(3):
        dialog.attendees.item(row).setCheckState(Qt.Checked)
    dialog.refresh()
    return dialog


def test_the_preview_fits_its_width_without_a_sideways_scroll_bar(qtbot, demo_db):
    """The chart was 640 pixels whatever the preview's width: at the
    dialog's first size the page scrolled sideways and the chart's right
    edge was cut. It now fits the preview, and a narrower dialog narrows it
    once the resizing pauses, keeping the reader's place."""
    dialog = demo_brief(qtbot)
    assert dialog.current is not None and dialog.current.has_entries
    preview = dialog.preview

    def fits() -> bool:
        return preview.document().size().width() <= preview.viewport().width() + 2

    qtbot.waitUntil(fits, timeout=3000)
    preview.verticalScrollBar().setValue(preview.verticalScrollBar().maximum() // 2)
    place = preview.verticalScrollBar().value()
    wide = dialog._image_width
    dialog.resize(900, 760)
    qtbot.waitUntil(lambda: dialog._image_width is not None and dialog._image_width < wide, timeout=3000)
    qtbot.waitUntil(fits, timeout=3000)
    assert abs(preview.verticalScrollBar().value() - place) <= preview.verticalScrollBar().pageStep()


def test_a_preview_dragged_narrow_scrolls_sideways_to_what_does_not_fit(qtbot, demo_db):
    """The few pixels of a table's border get no scroll bar, but a preview
    narrower than its tables still scrolls to them."""
    dialog = demo_brief(qtbot)
    bar = dialog.preview.horizontalScrollBar()
    qtbot.waitUntil(lambda: dialog._image_width is not None and dialog._image_width < 640, timeout=3000)
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=3000)
    total = sum(dialog.split.sizes())
    dialog.split.setSizes([total - 180, 180])
    qtbot.waitUntil(lambda: bar.isVisible() and bar.maximum() > 20, timeout=3000)
    dialog.split.setSizes([total - 700, 700])
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=3000)


def test_each_redraw_of_the_preview_replaces_the_document_before_it(qtbot, demo_db):
    """Every tick and every resize draws the brief again; the documents
    drawn before (their pictures in them) stayed until the dialog closed."""
    from PySide6.QtGui import QTextDocument

    dialog = demo_brief(qtbot)
    for _ in range(3):
        dialog.refresh()
    qtbot.wait(20)  # deleted once the event loop turns

    def documents() -> list:
        return dialog.preview.findChildren(QTextDocument, options=Qt.FindDirectChildrenOnly)

    qtbot.waitUntil(lambda: len(documents()) == 1, timeout=2000)
    assert documents()[0] is dialog.preview.document()
    assert "Board brief" in dialog.preview_text()


def test_a_brief_drawn_before_the_dialog_shows_fits_its_first_frame(qtbot, demo_db):
    """The brief is drawn as the dialog is made, before its preview has a
    width: its chart took the widest room and the first frames showed a
    sideways scroll bar until the redraw that waits for a pause in resizing.
    The first resize redraws it at once."""
    from relapp.gui.brief.brief_dialog import BriefDialog
    from relapp.store.models import Account

    dialog = BriefDialog(Account.select().order_by(Account.id).first().id)
    qtbot.addWidget(dialog)
    for row in range(3):  # as a meeting's attendees are ticked when the dialog is made
        dialog.attendees.item(row).setCheckState(Qt.Checked)
    dialog.refresh()
    assert dialog.current is not None and not dialog.isVisible()
    dialog.resize(900, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    preview = dialog.preview
    assert dialog._image_width == dialog._image_room() < 640
    assert not dialog._refresh_timer.isActive()
    assert preview.document().size().width() <= preview.viewport().width() + 8
