"""A full disk: a clear message, nothing half-written, and the app goes on
(SQLite's page limit stands in for the disk filling up)."""

import sqlite3

import pytest

from relapp.services import accounts, journal
from relapp.services.storage_errors import storage_message, storage_problem
from relapp.store.models import Entry

# SQLite only: a full disk under the SQLite file.
pytestmark = pytest.mark.sqlite_only



def fill_the_disk(db):
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages}")


def free_space(db):
    db.execute_sql("PRAGMA max_page_count = 1073741823")


def big_notes():
    return "A long note about the meeting. " * 3000


def test_a_full_disk_refuses_the_edit_whole_and_then_works_again(db):
    account = accounts.create_account(name="Full Disk Ltd")
    journal.add_entry(account=account.id, title="Before")
    fill_the_disk(db)
    with pytest.raises(Exception) as caught:
        journal.add_entry(account=account.id, title="Too big", notes=big_notes())
    assert storage_problem(caught.value) == "full"
    assert "disk is full" in storage_message(caught.value)
    assert [e.title for e in Entry.select()] == ["Before"]
    assert db.execute_sql("PRAGMA integrity_check").fetchone() == ("ok",)
    free_space(db)
    journal.add_entry(account=account.id, title="After", notes=big_notes())
    assert Entry.select().count() == 2


def test_the_entry_form_says_the_disk_is_full_and_keeps_what_was_typed(qtbot, db):
    from relapp.gui.forms.quick_entry import QuickEntryDialog

    account = accounts.create_account(name="Form Ltd")
    dialog = QuickEntryDialog(account.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.field("title").setText("Board dinner")
    dialog.field("notes").setPlainText(big_notes())
    fill_the_disk(db)
    dialog._try_accept()
    assert dialog.isVisible() and dialog.result() == 0
    assert "disk is full" in dialog.error_label.text()
    assert dialog.field("title").text() == "Board dinner"
    assert Entry.select().count() == 0
    free_space(db)
    dialog._try_accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert [e.title for e in Entry.select()] == ["Board dinner"]


def test_storage_failures_are_told_apart_from_bugs():
    assert storage_problem(sqlite3.OperationalError("database or disk is full")) == "full"
    assert storage_problem(sqlite3.OperationalError("attempt to write a readonly database")) == "read-only"
    assert storage_problem(sqlite3.OperationalError("database is locked")) == "busy"
    assert storage_problem(OSError(28, "No space left on device")) == "full"
    assert storage_problem(ValueError("disk is full")) is None
    assert storage_problem(sqlite3.OperationalError("no such table: x")) is None


def test_a_batch_that_fills_the_disk_leaves_nothing_behind(db):
    """Nested edits (an import-like batch): the real cause surfaces, and not
    one record of the batch stays."""
    from relapp.services import people
    from relapp.services.validation import transaction
    from relapp.store.models import Account, Stakeholder

    accounts.create_account(name="Already Here Ltd")
    fill_the_disk(db)
    with pytest.raises(Exception) as caught:
        with transaction():
            account = accounts.create_account(name="Imported Ltd")
            for i in range(200):
                people.create_stakeholder(account=account.id, name=f"Person {i}", notes=big_notes())
    assert storage_problem(caught.value) == "full", repr(caught.value)
    assert [a.name for a in Account.select()] == ["Already Here Ltd"]
    assert Stakeholder.select().count() == 0
    free_space(db)
    accounts.create_account(name="Later Ltd")


def test_data_that_cannot_be_written_is_told_plainly_and_nothing_changes(qtbot, db):
    """Read-only data (here SQLite's query-only switch, which fails writes
    the way a read-only file does; tests run as a user a chmod may not stop)."""
    from relapp.gui.forms.quick_entry import QuickEntryDialog

    account = accounts.create_account(name="Read Only Ltd")
    dialog = QuickEntryDialog(account.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.field("title").setText("Call")
    db.execute_sql("PRAGMA query_only = 1")
    try:
        dialog._try_accept()
        assert dialog.result() == 0
        assert "cannot be written" in dialog.error_label.text()
    finally:
        db.execute_sql("PRAGMA query_only = 0")
    assert Entry.select().count() == 0
    dialog._try_accept()
    assert [e.title for e in Entry.select()] == ["Call"]


def many_contacts(path, count=3000):
    lines = []
    for i in range(count):
        lines += ["BEGIN:VCARD", "VERSION:3.0", f"FN:Person {i}", f"EMAIL:p{i}@example.com", "NOTE:" + "z" * 300,
                  "END:VCARD"]
    path.write_text("\r\n".join(lines) + "\r\n")
    return path


def on_small_disk(tmp_path, scenario, *args):
    import small_disk

    found = small_disk.run(tmp_path / "small-disk", scenario, *args)
    if isinstance(found, str):
        pytest.skip(found)
    return found


def test_a_real_disk_full_at_commit_is_told_as_such_and_nothing_is_half_written(tmp_path):
    """A tmpfs of 16 MB filled to its last 64 KB: an edit and an import each
    need more when they commit."""
    found = on_small_disk(tmp_path, "commit", str(many_contacts(tmp_path / "contacts.vcf")))
    for what in ("edit", "import"):
        result = found[what]
        assert result["code"] == 74, (what, result)
        assert "disk is full" in result["err"] and len(result["err"].strip().splitlines()) == 1, (what, result)
    assert found["service_error"] == "full"
    assert found["after_failures"] == {"integrity": "ok", "people": 0, "entries": 0}
    assert found["import_with_space"]["code"] == 0 and "added 3000" in found["import_with_space"]["out"]
    assert found["edit_with_space"]["code"] == 0
    assert found["at_end"] == {"integrity": "ok", "people": 3000, "entries": 1}


def test_a_disk_full_at_start_is_not_taken_for_damage(tmp_path):
    found = on_small_disk(tmp_path, "open")
    result = found["accounts"]
    assert result["code"] != 70 and len(result["err"].strip().splitlines()) == 1, result
    assert "damaged" not in result["err"], result
    assert found["unchanged"] and not found["set_aside"]
