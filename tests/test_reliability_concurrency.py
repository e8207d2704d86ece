"""Two writers at once: the second waits for the first instead of failing
with "database is locked"."""

import os
import sqlite3
import threading
import time

import pytest

from relapp.services import accounts, journal

# SQLite only: SQLite's locks between writers of one file.
pytestmark = pytest.mark.sqlite_only



def hold_write_lock(path, seconds, started: threading.Event):
    """Another process (here: another connection) in the middle of a long
    write."""
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("BEGIN IMMEDIATE")
    con.execute("INSERT INTO setting (key, value) VALUES ('other-writer', 'x')")
    started.set()
    time.sleep(seconds)
    con.execute("COMMIT")
    con.close()


def test_an_edit_waits_for_another_writer_and_then_succeeds(db, data_dir):
    account = accounts.create_account(name="Busy Ltd")
    started = threading.Event()
    other = threading.Thread(target=hold_write_lock, args=(data_dir / "relapp.sqlite3", 0.8, started))
    other.start()
    started.wait(5)
    t0 = time.perf_counter()
    entry = journal.add_entry(account=account.id, title="Written while another Relapp wrote")
    waited = time.perf_counter() - t0
    other.join()
    assert entry.id and waited >= 0.5, "it waited for the other writer"
    assert db.execute_sql("SELECT value FROM setting WHERE key='other-writer'").fetchone() == ("x",)


def test_a_read_then_write_edit_waits_too(db, data_dir):
    """An edit that reads before it writes (check the name is free, then
    insert) must not fail when another writer commits in between."""
    started = threading.Event()
    other = threading.Thread(target=hold_write_lock, args=(data_dir / "relapp.sqlite3", 0.5, started))
    other.start()
    started.wait(5)
    created = accounts.create_account(name="Second Ltd")
    other.join()
    assert created.id


def test_a_worker_leaves_no_connection_behind(tmp_path):
    """A background job closes its thread's connection to the data it was
    started in when it ends.  One left open keeps the WAL alive and
    checkpoints it into the file whenever its thread ends, long after the
    window moved on.  (The data is never closed under a running job: a
    window's DataContext drains its jobs first, see test_background.)"""
    from relapp.services.session import open_data_dir, worker_connection
    from relapp.store.database import close_db
    from relapp.store.models import Account

    first = open_data_dir(tmp_path / "first")
    accounts.create_account(name="First Ltd")
    seen = {}

    def job():
        with worker_connection(first):
            seen["read"] = [a.name for a in Account.select()]
            seen["open while reading"] = not first.is_closed()  # this thread's connection
        seen["closed after"] = first.is_closed()

    worker = threading.Thread(target=job)
    worker.start()
    worker.join(10)
    assert seen == {"read": ["First Ltd"], "open while reading": True, "closed after": True}
    # Nobody else holds the file open: closing the window's own connection
    # checkpoints the WAL and removes it.
    close_db(first)
    assert not (tmp_path / "first" / "relapp.sqlite3-wal").exists()


def test_a_restore_never_loses_an_import_running_beside_it(tmp_path):
    """``relapp import`` of 3,000 people, paused once it has the data open;
    ``relapp restore`` started meanwhile.  The restore waits for the import
    (or refuses, when it runs too long); whatever the import reports is
    kept."""
    import crash_harness as harness

    stats = harness.run_restores_during_imports(tmp_path, runs=3, contacts=3000)
    print(stats.line())
    assert stats.problems == []
    assert stats.runs == 3 and stats.imports_reported == 3 and stats.lost == 0
    assert stats.restores_waited == 3, "each restore waited for the paused import"


def test_two_overlapping_imports_never_duplicate_people(db, tmp_path):
    """One import is planned (the window's preview), a second identical one
    runs to the end meanwhile, then the first is written: everyone once."""
    import crash_harness as harness
    from relapp.services.interchange.import_plan import apply_plan
    from relapp.services.interchange.importing import plan_source
    from relapp.services.interchange.source_files import read_source

    source = read_source(harness.write_contacts(tmp_path / "contacts.vcf", 300))
    paused = plan_source(source, "Imported")
    assert len(paused.added) == 300
    second = plan_source(source, "Imported")
    apply_plan(second)
    assert second.summary().startswith("added 300,")
    apply_plan(paused)
    assert paused.summary().startswith("added 0, merged 0, skipped 300"), "it says what it wrote"
    people = db.execute_sql("SELECT COUNT(*), COUNT(DISTINCT email) FROM stakeholder").fetchone()
    assert people == (300, 300)


@pytest.mark.skipif(os.name != "posix", reason="the writers' lock is flock(2)")
def test_a_writer_waits_while_the_data_is_replaced_and_a_replacement_waits_for_writers(tmp_path):
    from relapp.store.data_lock import DataBusyError, hold_for_writing, release, writing_alone

    folder = tmp_path / "data"
    folder.mkdir()
    inside, leave, order = threading.Event(), threading.Event(), []

    def replace():
        with writing_alone(folder, "the test"):
            inside.set()
            leave.wait(10)
            order.append("replaced")

    replacer = threading.Thread(target=replace)
    replacer.start()
    assert inside.wait(10)
    with pytest.raises(DataBusyError, match="being replaced"):
        hold_for_writing(folder, wait=0.1)
    threading.Timer(0.2, leave.set).start()
    hold_for_writing(folder)  # waits for the replacement to end
    order.append("writer in")
    replacer.join(10)
    assert order == ["replaced", "writer in"]
    release(folder)

    import fcntl

    other = os.open(folder / "relapp.writers.lock", os.O_RDWR)  # another process's writer
    fcntl.flock(other, fcntl.LOCK_SH)
    with pytest.raises(DataBusyError, match="the restore did not start and nothing was changed"):
        with writing_alone(folder, "the restore", wait=0.1):
            pass
    os.close(other)
    with writing_alone(folder, "the restore", wait=0.1):
        pass
