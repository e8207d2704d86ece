import shutil
import sqlite3
from pathlib import Path

import pytest

from relapp.store.database import PRAGMAS, close_db, init_db, read_schema_version
from relapp.store.errors import NewerSchemaError, NotRelappDatabaseError
from relapp.store.migrations import CURRENT_VERSION, MIGRATIONS
from relapp.store.binding import bound_database
from relapp.store.models import Account, Entry, Stakeholder

FIXTURES = Path(__file__).parent / "fixtures"


def schema_of(path: Path) -> dict[str, list[tuple]]:
    """Tables and their columns (name, type, notnull, pk) plus index names."""
    con = sqlite3.connect(path)
    try:
        out = {}
        for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"):
            out[name] = [tuple(r[1:4]) + (r[5],) for r in con.execute(f'PRAGMA table_info("{name}")')]
        out["indexes"] = sorted(r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('index','trigger') AND sql IS NOT NULL"))
        return out
    finally:
        con.close()


def test_every_schema_version_has_a_fixture():
    """A new schema version needs a committed file of it (made by a
    tests/fixtures/make_schema_N.py script) before it ships, so the next
    migration is tested from a real file of it."""
    for version in range(1, CURRENT_VERSION + 1):
        assert (FIXTURES / f"schema-{version}.sqlite3").exists(), f"no fixture for schema {version}"
        assert (FIXTURES / f"make_schema_{version}.py").exists(), f"no script recording how schema {version} was made"
        assert read_schema_version(FIXTURES / f"schema-{version}.sqlite3") == version


@pytest.mark.parametrize("version", range(1, CURRENT_VERSION + 1))
def test_opening_a_real_file_of_every_version_keeps_data_and_matches_fresh_schema(tmp_path, version):
    old = tmp_path / "old" / "relapp.sqlite3"
    old.parent.mkdir()
    shutil.copy(FIXTURES / f"schema-{version}.sqlite3", old)
    init_db(old)
    try:
        assert read_schema_version(old) == CURRENT_VERSION
        acc = Account.get(Account.name == "Fixture Holdings")
        assert acc.purpose == "both"
        assert Stakeholder.get(Stakeholder.name == "Ada Fixture").family == "Two cats"
        assert Entry.select().count() == 5
        hits = bound_database().execute_sql(
            "SELECT COUNT(*) FROM entry_fts WHERE entry_fts MATCH 'searchable'").fetchone()[0]
        assert hits == 5
    finally:
        close_db()
    backups = list((old.parent / "backups").glob("before-schema-*.sqlite3"))
    if version < CURRENT_VERSION:
        assert len(backups) == 1, "a backup copy is made before migrating"
        assert read_schema_version(backups[0]) == version
    else:
        assert backups == [], "no upgrade, no copy"
    fresh = tmp_path / "fresh" / "relapp.sqlite3"
    init_db(fresh)
    close_db()
    assert schema_of(old) == schema_of(fresh)


def test_search_catches_up_with_what_the_triggers_noted_in_a_file(tmp_path):
    """schema-6.sqlite3 was closed with an entry's title and a person's notes
    changed by plain SQL and not yet searched: the first search sees them."""
    from relapp.services import journal

    path = tmp_path / "relapp.sqlite3"
    shutil.copy(FIXTURES / "schema-6.sqlite3", path)
    init_db(path)
    try:
        assert journal.count_entries(journal.JournalFilter(text="revisited")) == 1
        assert journal.count_entries(journal.JournalFilter(text="fixture meeting 0")) == 0
        assert [p.name for p in journal.search_people("pendingword")] == ["Ben Fixture"]
        left = [bound_database().execute_sql(f"SELECT COUNT(*) FROM {t}_fts_pending").fetchone()[0]
                for t in ("entry", "stakeholder")]
        assert left == [0, 0]
    finally:
        close_db()


def test_an_upgrade_leaves_the_search_index_whole_and_the_wal_empty(tmp_path):
    """Upgrading to search by triggers rebuilds the index: left in the many
    small segments a rebuild writes, every search read them one by one and
    search as you type on a large journal took twice as long; the upgrade's
    pages left in the WAL slowed every read until the next write."""
    import random

    path = tmp_path / "relapp.sqlite3"
    shutil.copy(FIXTURES / "schema-5.sqlite3", path)
    rng = random.Random(14)
    words = [f"word{i}" for i in range(20000)]
    con = sqlite3.connect(path)
    account_id = con.execute("SELECT id FROM account WHERE name = 'Fixture Holdings'").fetchone()[0]
    # Enough text that the rebuild writes more than one segment (over FTS5's 1 MB at a time).
    con.executemany("INSERT INTO entry (account_id, day, kind, value, title, notes, trust, created_at) "
                    "VALUES (?, '2024-01-01', 'meeting', 1, ?, ?, 0, '2024-01-01 00:00:00')",
                    [(account_id, f"Bulk {i}", " ".join(rng.choices(words, k=60))) for i in range(6000)])
    con.commit()
    con.close()
    init_db(path)
    try:
        db = bound_database()
        assert db.execute_sql("SELECT COUNT(DISTINCT segid) FROM entry_fts_idx").fetchone()[0] == 1
        assert db.execute_sql("SELECT COUNT(*) FROM entry_fts WHERE entry_fts MATCH 'bulk'").fetchone()[0] == 6000
        assert Path(f"{path}-wal").stat().st_size == 0
    finally:
        close_db()


def test_migrations_are_numbered_in_order_up_to_current():
    assert sorted(MIGRATIONS) == list(range(2, CURRENT_VERSION + 1))


def test_newer_schema_is_refused_without_changing_the_file(tmp_path):
    path = tmp_path / "relapp.sqlite3"
    init_db(path)
    close_db()
    con = sqlite3.connect(path)
    con.execute("INSERT INTO schema_version (version, applied_at, app_version) VALUES (99, '2030-01-01', '9.0')")
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before = path.read_bytes()
    with pytest.raises(NewerSchemaError, match="newer Relapp"):
        init_db(path)
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()


def test_foreign_file_is_refused(tmp_path):
    path = tmp_path / "relapp.sqlite3"
    path.write_text("just some text, not a database")
    with pytest.raises(NotRelappDatabaseError):
        init_db(path)
    other = tmp_path / "other.sqlite3"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE songs (title TEXT)")
    con.close()
    with pytest.raises(NotRelappDatabaseError):
        init_db(other)


@pytest.mark.sqlite_only  # SQLite's pragmas / the data folder's files
def test_pragmas_are_applied_on_every_connection_including_other_threads(db):
    import threading

    def read_pragmas(out):
        out["fk"] = db.execute_sql("PRAGMA foreign_keys").fetchone()[0]
        out["journal"] = db.execute_sql("PRAGMA journal_mode").fetchone()[0]
        out["sync"] = db.execute_sql("PRAGMA synchronous").fetchone()[0]
        out["busy"] = db.execute_sql("PRAGMA busy_timeout").fetchone()[0]
        out["secure"] = db.execute_sql("PRAGMA secure_delete").fetchone()[0]
        out["trusted"] = db.execute_sql("PRAGMA trusted_schema").fetchone()[0]
        db.close()

    expected = {"fk": 1, "journal": "wal", "sync": 2, "busy": PRAGMAS["busy_timeout"], "secure": 1, "trusted": 0}
    here: dict = {}
    read_pragmas(here)
    assert here == expected
    there: dict = {}
    thread = threading.Thread(target=read_pragmas, args=(there,))
    thread.start()
    thread.join()
    assert there == expected


def test_foreign_keys_cascade_deletes(db):
    acc = Account.create(name="A")
    Stakeholder.create(account=acc, name="P")
    acc.delete_instance()
    assert Stakeholder.select().count() == 0


@pytest.mark.sqlite_only  # SQLite's pragmas / the data folder's files
def test_data_dir_and_file_are_private(db, data_dir):
    import os
    import stat

    if os.name != "posix":
        pytest.skip("POSIX permissions")
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE((data_dir / "relapp.sqlite3").stat().st_mode) == 0o600


def test_schema_2_records_survive_every_upgrade(tmp_path):
    """The records schema 2 added, read back through today's models."""
    from relapp.store.models import ContactDetail, Meeting, MeetingAttendee, Setting, StakeholderLink

    path = tmp_path / "relapp.sqlite3"
    shutil.copy(FIXTURES / "schema-2.sqlite3", path)
    init_db(path)
    try:
        link = StakeholderLink.get()
        assert (link.source.name, link.target.name, link.kind) == ("Ben Fixture", "Ada Fixture", "influences")
        meeting = Meeting.get()
        assert meeting.title == "Fixture board" and MeetingAttendee.select().count() == 2
        assert ContactDetail.get().value == "+44 20 0000 0000"
        assert Setting.get_by_id("balance/half_life_days").value == "180"
    finally:
        close_db()


def test_schema_4_moves_and_leavers_survive_every_upgrade(tmp_path):
    """A move keeps the old and new role, a leaver keeps their day, and an
    account keeps its "contact that counts" choice."""
    from relapp.store.models import Account, Stakeholder, StakeholderChange

    path = tmp_path / "relapp.sqlite3"
    shutil.copy(FIXTURES / "schema-4.sqlite3", path)
    init_db(path)
    try:
        assert Account.get(Account.name == "Fixture Holdings").valued_contact_only is False
        move = StakeholderChange.get(StakeholderChange.kind == "moved")
        assert (move.stakeholder.name, move.old_title, move.new_title, move.new_department) == (
            "Ben Fixture", "CFO", "Chief Operating Officer", "Operations")
        gone = Stakeholder.get(Stakeholder.name == "Cy Fixture")
        assert gone.left_on.isoformat() == "2025-03-01"
        assert Stakeholder.get(Stakeholder.name == "Ada Fixture").left_on is None
    finally:
        close_db()


def test_upgrading_to_schema_4_counts_only_valued_contact_by_default(tmp_path):
    from relapp.store.models import Account

    path = tmp_path / "relapp.sqlite3"
    shutil.copy(FIXTURES / "schema-3.sqlite3", path)
    init_db(path)
    try:
        assert [a.valued_contact_only for a in Account.select()] == [True]
    finally:
        close_db()


def test_a_long_statement_ends_once_its_work_is_no_longer_wanted(tmp_path):
    # PRAGMA quick_check is a single step of SQLite's machine (before 3.41 it
    # never asks the progress handler): a watcher interrupts the connection.
    import sqlite3

    from relapp.store.interrupt import interrupted_when

    con = sqlite3.connect(tmp_path / "x.sqlite3")
    asked = []
    endless = ("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n LIMIT 300000000) "
               "SELECT count(*) FROM n")
    with pytest.raises(sqlite3.OperationalError, match="interrupted"):
        with interrupted_when(con, lambda: bool(asked.append(1)) or len(asked) > 2):
            con.execute(endless).fetchall()
    assert len(asked) == 3
    with interrupted_when(con, lambda: False):  # still wanted: runs to its end
        assert con.execute("SELECT count(*) FROM (SELECT 1 UNION SELECT 2)").fetchone() == (2,)
    con.close()


def test_the_postgresql_driver_is_loaded_only_for_a_team_database(tmp_path):
    """Peewee would import psycopg as it loads (~100 ms, ~14 MiB of every
    start); the store keeps it out until a team database is opened."""
    import os
    import subprocess
    import sys

    pytest.importorskip("psycopg")
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from relapp.services.session import open_data_dir\n"
        "from relapp.services.accounts import create_account\n"
        f"open_data_dir(Path({str(tmp_path / 'data')!r}))\n"
        "create_account(name='Kept Local Ltd')\n"
        "print('psycopg' in sys.modules)\n"
        "from relapp.store.postgres import TeamDatabase\n"
        "TeamDatabase('postgresql://nobody@/nothing')\n"
        "print('psycopg' in sys.modules)\n")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "True"]
