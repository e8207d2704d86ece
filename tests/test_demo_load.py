"""The demo is loaded with its rollback journal in memory (the WAL wrote
every page twice) and leaves the file exactly as safe as any other: WAL,
full sync, whole, its keys sound; a load that fails leaves nothing."""

import datetime as dt

import pytest

import relapp.services.demo as demo
from relapp.store.models import Account, Entry, TeamMember

TODAY = dt.date(2026, 6, 15)


def pragma(db, name: str):
    return db.execute_sql(f"PRAGMA {name}").fetchone()[0]


def journal_seen_while_loading(monkeypatch, db, fail_at: str | None = None) -> list[str]:
    seen = []
    real = demo.insert_rows

    def insert_rows(database, table, columns, values):
        seen.append(str(pragma(database, "journal_mode")).lower())
        if table == fail_at:
            raise OSError("disk gone")
        real(database, table, columns, values)

    monkeypatch.setattr(demo, "insert_rows", insert_rows)
    return seen


@pytest.mark.sqlite_only
def test_the_demo_loads_with_the_journal_in_memory_and_ends_in_wal(db, reopen, monkeypatch):
    seen = journal_seen_while_loading(monkeypatch, db)
    demo.build_demo("small", seed=1, today=TODAY)
    assert set(seen) == {"memory"}
    assert pragma(db, "journal_mode") == "wal"
    assert pragma(db, "synchronous") == 2  # FULL, never changed
    assert pragma(db, "integrity_check") == "ok"
    assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    entries = Entry.select().count()
    again = reopen()
    assert pragma(again, "journal_mode") == "wal"
    assert Entry.select().count() == entries > 1000


@pytest.mark.sqlite_only
def test_a_demo_load_that_fails_leaves_no_rows_and_the_wal(db, monkeypatch):
    journal_seen_while_loading(monkeypatch, db, fail_at="entry")
    with pytest.raises(OSError):
        demo.build_demo("small", seed=1, today=TODAY)
    assert Account.select().count() == 0 and Entry.select().count() == 0
    assert pragma(db, "journal_mode") == "wal"
    assert pragma(db, "integrity_check") == "ok"


@pytest.mark.sqlite_only
def test_the_demo_loads_in_wal_while_another_connection_has_the_file_open(db, monkeypatch):
    import sqlite3

    other = sqlite3.connect(db.database)
    other.execute("SELECT count(*) FROM account").fetchone()  # a reader of the WAL file
    try:
        seen = journal_seen_while_loading(monkeypatch, db)
        demo.build_demo("small", seed=1, today=TODAY)
    finally:
        other.close()
    assert set(seen) == {"wal"}
    assert Account.select().count() == 8
    assert pragma(db, "journal_mode") == "wal"


@pytest.mark.sqlite_only
def test_a_demo_load_into_a_file_that_holds_only_our_team_runs_in_wal(db, monkeypatch):
    """No account, but rows all the same: their pages never have their only
    copy in memory while a load writes over them (this one fails: the
    demo's own team takes ids that are in use)."""
    import sqlite3

    from relapp.services.people import create_member

    create_member(name="Ann Example", role="Partner")
    seen = journal_seen_while_loading(monkeypatch, db)
    with pytest.raises(sqlite3.IntegrityError):
        demo.build_demo("small", seed=1, today=TODAY)
    assert seen and set(seen) == {"wal"}
    assert [m.name for m in TeamMember.select()] == ["Ann Example"]
    assert pragma(db, "integrity_check") == "ok"


def test_relapp_demo_refuses_a_folder_that_holds_only_our_team(data_dir, tmp_path, capsys):
    from relapp.cli.main import main
    from relapp.services.people import create_member
    from relapp.services.session import open_data_context

    folder = tmp_path / "ours"
    with open_data_context(folder, backup=False):
        create_member(name="Ann Example", role="Partner")
    before = (folder / "relapp.sqlite3").read_bytes()
    assert main(["--data-dir", str(folder), "demo", "--no-open"]) != 0
    assert "already holds Relapp data" in capsys.readouterr().err
    assert (folder / "relapp.sqlite3").read_bytes() == before


def _edit_questions(how: str) -> None:
    from relapp.services import health

    first = health.list_questions()[0]
    if how == "reworded":
        health.update_question(first.id, text="Do they take our calls?")
    elif how == "turned off":
        health.update_question(first.id, active=False)
    elif how == "moved":
        health.move_question(first.id, 1)
    else:
        health.add_question("Do they pay on time?")


@pytest.mark.parametrize("how", ["reworded", "turned off", "moved", "added"])
def test_relapp_demo_refuses_a_folder_whose_health_questions_the_user_changed(data_dir, tmp_path, capsys, how):
    """Relapp's own questions are not the user's data; a question the user changed is."""
    from relapp.cli.main import main
    from relapp.services.session import has_data, open_data_context

    folder = tmp_path / "ours"
    with open_data_context(folder, backup=False):
        pass
    assert not has_data(folder)  # a new file: the questions are Relapp's own
    with open_data_context(folder, backup=False):
        _edit_questions(how)
    assert has_data(folder)
    before = (folder / "relapp.sqlite3").read_bytes()
    assert main(["--data-dir", str(folder), "demo", "--no-open"]) != 0
    assert "already holds Relapp data" in capsys.readouterr().err
    assert (folder / "relapp.sqlite3").read_bytes() == before


@pytest.mark.sqlite_only
def test_a_demo_load_into_a_file_with_a_reworded_question_runs_in_wal(db, monkeypatch):
    """The reworded question's page never has its only copy in memory."""
    from relapp.services import health

    _edit_questions("reworded")
    seen = journal_seen_while_loading(monkeypatch, db)
    demo.build_demo("small", seed=1, today=TODAY)
    assert seen and set(seen) == {"wal"}
    assert health.list_questions()[0].text == "Do they take our calls?"
