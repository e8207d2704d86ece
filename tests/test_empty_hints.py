"""Empty lists say what would fill them: on a new data folder the journal,
the people, the account list and an account's people each tell what to do
(with the keys for it); under filters that match nothing they say so
instead; the hint goes once there is a row."""

import pytest

from gui_helpers import open_window


@pytest.fixture
def window(qtbot, db, data_dir, tmp_path):
    return open_window(qtbot, data_dir, tmp_path)


def shown_hint(hint) -> str | None:
    return hint.label.text() if hint.label.isVisible() else None


def test_the_journal_says_how_to_write_the_first_entry_and_when_filters_hide_all(qtbot, window):
    window.show_view("journal")
    journal = window.view("journal")
    assert "Ctrl+N" in shown_hint(journal.empty_hint)
    journal.search.setText("nothing like this")
    journal.apply_filter()
    assert shown_hint(journal.empty_hint) == "No entry matches the search and choices above."


def test_people_and_accounts_say_how_to_add_the_first(qtbot, window):
    window.show_view("people")
    assert "Ctrl+Shift+S" in shown_hint(window.view("people").empty_hint)
    window.show_view("accounts")
    pane = window.view("accounts")
    assert "Ctrl+Shift+A" in shown_hint(pane.accounts_hint)
    assert shown_hint(pane.people_hint) == "Choose an account on the left to see its people."


def test_an_account_without_people_says_how_to_add_them_until_it_has_one(qtbot, window):
    from relapp.gui.operations import Changes
    from relapp.services import accounts, people

    account = accounts.create_account(name="Quiet Ltd").id
    window.operations.announce(Changes.of("accounts"))
    window.show_account(account)
    pane = window.view("accounts")
    assert shown_hint(pane.accounts_hint) is None
    assert "New stakeholder" in shown_hint(pane.people_hint)
    people.create_stakeholder(account=account, name="Ada Lovelace")
    window.operations.announce(Changes.of("people"))
    qtbot.waitUntil(lambda: pane.people_model.rowCount() == 1)
    assert shown_hint(pane.people_hint) is None
