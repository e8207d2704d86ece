"""The main window driven like a user would: keyboard, forms, undo."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QSpinBox

from gui_helpers import activate, data_open_now, isolate_settings, on_next_dialog, open_window
from relapp.gui.main_window import MainWindow
from relapp.services import journal
from relapp.store.models import Account, Entry, Stakeholder


@pytest.fixture
def window(qtbot, db, data_dir, tmp_path):
    return open_window(qtbot, data_dir, tmp_path)


@pytest.fixture
def demo_window(qtbot, demo_db, data_dir, tmp_path):
    return open_window(qtbot, data_dir, tmp_path)


def type_into(qtbot, dialog, name, text):
    widget = dialog.form.findChild(QLineEdit, name) or dialog.form.findChild(QPlainTextEdit, name)
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def test_empty_first_run_offers_demo_and_first_account(window):
    home = window.view("home")
    assert home.stack.currentWidget() is home.welcome


def test_create_account_and_stakeholder_through_the_forms(qtbot, window):
    def fill_account(dialog):
        type_into(qtbot, dialog, "name", "Wrenfold Water")
        type_into(qtbot, dialog, "our_intent", "Become their partner for asset data")
        qtbot.keyClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.Key_Space)

    on_next_dialog(fill_account)
    window.new_account()
    account = Account.get(Account.name == "Wrenfold Water")
    assert account.our_intent == "Become their partner for asset data"
    assert window.current_account_id() == account.id
    assert "Wrenfold Water" in window.view("accounts").title.text()

    def fill_person(dialog):
        # A bad email first: the dialog stays open and says what is wrong.
        type_into(qtbot, dialog, "name", "Ines Quist")
        type_into(qtbot, dialog, "email", "not an address")
        dialog.form.findChild(QSpinBox, "influence").setValue(5)
        dialog._try_accept()
        assert dialog.isVisible()
        assert "email" in dialog.error_label.text().lower()
        email = dialog.form.findChild(QLineEdit, "email")
        assert email.hasFocus()
        email.setText("ines@wrenfold.example")
        dialog._try_accept()

    on_next_dialog(fill_person)
    window.new_stakeholder()
    person = Stakeholder.get(Stakeholder.name == "Ines Quist")
    assert (person.email, person.influence, person.account_id) == ("ines@wrenfold.example", 5, account.id)
    assert window.view("accounts").people_model.rowCount() == 1


def test_quick_entry_with_the_keyboard_alone_updates_journal_and_chart(qtbot, demo_window):
    window = demo_window
    window.show_view("accounts")
    accounts_view = window.view("accounts")
    account_id = accounts_view.account_id
    window.show_view("journal")
    journal_view = window.view("journal")
    before_rows = journal_view.model.rowCount()
    before_balance = accounts_view.chart.last_value()

    def type_entry(dialog):
        # Focus starts on "With" because the account is preset.
        focused = QApplication.focusWidget()
        assert focused.objectName() == "participants"
        qtbot.keyClick(focused, Qt.Key_Tab)  # keep nobody; on to kind
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)  # value
        value = QApplication.focusWidget()
        value.selectAll()
        qtbot.keyClicks(value, "4")
        # One Tab on to the title: the date and the TRUST toggles come after the notes.
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        assert QApplication.focusWidget().objectName() == "title"
        qtbot.keyClicks(QApplication.focusWidget(), "Solved the invoice mix-up")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)

    on_next_dialog(type_entry)
    qtbot.keyClick(window, Qt.Key_N, Qt.ControlModifier)
    entry = Entry.get(Entry.title == "Solved the invoice mix-up")
    assert (entry.value, entry.account_id) == (4, account_id)
    assert journal_view.model.rowCount() == before_rows + 1
    assert journal_view.model.row(0).title == "Solved the invoice mix-up"
    assert accounts_view.chart.last_value() == pytest.approx(before_balance + 4)


def test_the_journal_has_a_new_entry_button_and_forms_say_what_is_wrong_in_red(qtbot, demo_window):
    from relapp.gui.text_colours import css

    demo_window.show_view("journal")
    view = demo_window.view("journal")
    seen = []

    def look(dialog):
        seen.append((dialog.windowTitle(), dialog.error_label.styleSheet()))
        qtbot.keyClick(dialog, Qt.Key_Escape)

    on_next_dialog(look)
    qtbot.mouseClick(view.entry_button, Qt.LeftButton)
    assert seen and seen[0][0] == "New journal entry"
    assert css("negative") in seen[0][1] and "highlight" not in seen[0][1]


def test_escape_cancels_quick_entry_and_writes_nothing(qtbot, demo_window):
    count = Entry.select().count()
    on_next_dialog(lambda dialog: qtbot.keyClick(dialog, Qt.Key_Escape))
    demo_window.quick_entry()
    assert Entry.select().count() == count


def test_journal_search_as_you_type(qtbot, demo_window):
    demo_window.show_view("journal")
    view = demo_window.view("journal")
    total = view.model.rowCount()
    qtbot.keyClicks(view.search, "invoice")
    qtbot.waitUntil(lambda: view.model.rowCount() < total, timeout=2000)
    assert view.model.rowCount() == journal.count_entries(journal.JournalFilter(text="invoice")) > 0
    assert all("invoice" in view.model.row(r).title.lower() for r in range(view.model.rowCount()))


def test_undo_and_redo_an_edit_and_a_deletion(qtbot, demo_window):
    window = demo_window
    window.show_view("accounts")
    account_id = window.current_account_id()
    name = Account.get_by_id(account_id).name

    def rename(dialog):
        name_edit = dialog.form.findChild(QLineEdit, "name")
        name_edit.selectAll()
        qtbot.keyClicks(name_edit, "Renamed Holdings")
        dialog._try_accept()

    on_next_dialog(rename)
    window.edit_account()
    assert Account.get_by_id(account_id).name == "Renamed Holdings"
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    assert Account.get_by_id(account_id).name == name
    window.operations.stack.redo()
    assert Account.get_by_id(account_id).name == "Renamed Holdings"

    entries = Entry.select().where(Entry.account == account_id).count()
    window.editor.delete_account(account_id, confirm=False)
    assert Account.get_or_none(Account.id == account_id) is None
    window.operations.stack.undo()
    assert Account.get_by_id(account_id).name == "Renamed Holdings"
    assert Entry.select().where(Entry.account == account_id).count() == entries
    window.operations.stack.redo()
    assert Account.get_or_none(Account.id == account_id) is None


def test_shortcuts_switch_views(qtbot, demo_window):
    for number, key in enumerate(("home", "accounts", "map", "journal"), start=1):
        qtbot.keyClick(demo_window, getattr(Qt, f"Key_{number}"), Qt.ControlModifier)
        assert demo_window.current_view() == key


def test_layout_is_restored_after_reopening(qtbot, demo_db, data_dir, tmp_path):
    isolate_settings(tmp_path)
    first = MainWindow(data_dir, data_open_now())
    qtbot.addWidget(first)
    first.show()
    # Restoring clamps to the screen, so the size must fit the (small)
    # offscreen screen.
    screen = first.screen().availableGeometry()
    width, height = screen.width() - 123, screen.height() - 77
    first.show_view("journal")
    first.resize(width, height)
    qtbot.wait(20)
    shown = (first.width(), first.height())  # the minimum size may win
    assert shown != (1400, 900)  # the first-run default
    first.show_view("accounts")
    qtbot.wait(20)
    first.view("accounts").splitter.setSizes([300, 800])
    sizes = first.view("accounts").splitter.sizes()
    detail = first.view("accounts").detail_split
    detail.setSizes([sum(detail.sizes()) - 200, 200])  # the chart's share against the tabs', by the user
    detail_sizes = detail.sizes()
    assert detail_sizes[0] > detail_sizes[1]  # the first run's split gives the tabs more
    first.show_view("journal")
    first.close()
    second = MainWindow(data_dir, data_open_now())
    qtbot.addWidget(second)
    second.show()
    assert second.current_view() == "journal"
    assert (second.width(), second.height()) == shown
    second.show_view("accounts")
    qtbot.wait(20)
    assert second.view("accounts").splitter.sizes() == sizes
    assert second.view("accounts").detail_split.sizes() == detail_sizes


def test_map_layout_keys_do_not_clash_with_view_switching(qtbot, demo_window):
    # The map's own layout keys must leave Ctrl+1…4 to the window: two
    # shortcuts on one key would make Qt ignore both.
    window = demo_window
    window.show_view("map")
    map_view = window.view("map")
    activate(qtbot, window)
    map_view.view.setFocus()
    qtbot.keyClick(map_view.view, Qt.Key_2, Qt.AltModifier)
    assert map_view.layout_name == "grid"
    qtbot.keyClick(map_view.view, Qt.Key_4, Qt.ControlModifier)
    assert window.current_view() == "journal"


def test_map_keys_work_right_after_ctrl_3_without_a_click(qtbot, demo_window):
    window = demo_window
    activate(qtbot, window)
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key_3, Qt.ControlModifier)
    map_view = window.view("map")
    assert window.current_view() == "map"
    focused = QApplication.focusWidget()
    assert focused is not None and map_view.isAncestorOf(focused)
    qtbot.keyClick(focused, Qt.Key_2, Qt.AltModifier)
    assert map_view.layout_name == "grid"
    zoom = map_view.view.transform().m11()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Equal, Qt.ControlModifier)
    assert map_view.view.transform().m11() > zoom


def test_switching_to_dark_while_open_darkens_the_sidebar_too(qtbot, window):
    from relapp.gui.application import apply_theme

    app = QApplication.instance()
    before = app.palette()

    def sidebar_background():
        image = window.sidebar.grab().toImage()
        return image.pixelColor(5, image.height() - 5)  # below the last view's name

    try:
        assert sidebar_background().lightness() > 128
        apply_theme(app, "dark")
        QApplication.processEvents()
        assert sidebar_background().lightness() < 64, "the sidebar follows the dark look"
    finally:
        app.setPalette(before)
        QApplication.processEvents()


def test_enter_on_an_overdue_promise_opens_the_card_on_that_promise(qtbot, demo_window):
    home = demo_window.view("home")
    qtbot.waitUntil(lambda: not home.loading and home.model.rowCount() > 0, timeout=20000)
    row = next(r for r in range(home.model.rowCount()) if home.model.item(r).kind == "overdue-commitment")
    item = home.model.item(row)
    activate(qtbot, demo_window)
    home.table.setCurrentIndex(home.model.index(row, 0))
    home.table.setFocus()
    qtbot.keyClick(home.table, Qt.Key_Return)
    card = demo_window._cards[-1]
    assert card.stakeholder_id == item.stakeholder_id
    assert card.lower_tabs.currentWidget() is card.promises
    assert card.promises.current_id() == item.target_id
    assert card.promises.kept_button.isEnabled() and card.promises.broken_button.isEnabled()


def test_preferences_set_how_long_new_people_may_go_unmet(qtbot, window):
    from relapp.gui.preferences_dialog import PreferencesDialog
    from relapp.services.attention import new_person_grace_days

    dialog = PreferencesDialog(window.data_dir, window)
    qtbot.addWidget(dialog)
    assert dialog.grace.value() == 14
    dialog.grace.selectAll()
    qtbot.keyClicks(dialog.grace, "30")
    dialog.accept()
    assert new_person_grace_days() == 30 and dialog.grace_changed


def test_help_lists_the_shortcuts_and_the_ideas_offline(qtbot, window):
    import re
    from pathlib import Path

    seen = {}

    def read(dialog):
        seen[dialog.windowTitle()] = dialog.browser.toPlainText()
        dialog.reject()

    on_next_dialog(read)
    window.findChild(type(window.new_entry_action), "shortcuts").trigger()
    on_next_dialog(read)
    window.findChild(type(window.new_entry_action), "ideas").trigger()
    shortcuts, ideas = seen["Keyboard shortcuts"], seen["The ideas behind Relapp"]
    for keys, what in (("Ctrl+N", "New entry"), ("Ctrl+3", "Map"), ("Ctrl+Z", "Undo"), ("Alt+1", "organisation")):
        assert keys in shortcuts and what in shortcuts
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## The ideas behind it", 1)[1].split("\n## ", 1)[0]
    titles = re.findall(r"^- \*\*(.+?)\*\*", section, re.M)
    assert len(titles) >= 5 and all(title in ideas for title in titles)  # the help page keeps the README's ideas


def test_the_journal_of_a_window_on_a_local_folder_has_no_author_column(window):
    # Everything in a folder's file is the user's own: the window's data says so, not a global lookup.
    assert window.context.team is False
    window.show_view("journal")
    assert "Written by" not in window.view("journal").model.columns()
