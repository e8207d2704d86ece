"""Two writers at once: the second waits for the first instead of failing
with "database is locked"."""

import sqlite3
import threading
import time

from relapp.services import accounts, journal


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


def test_a_worker_leaves_no_connection_behind_even_when_the_data_is_switched(tmp_path):
    """A background job's connections are closed when it ends — to the data
    bound when it started and to the data bound when it ended.  One left
    open keeps the WAL alive and checkpoints it into the file whenever its
    thread ends, long after the window moved on."""
    from relapp.services.session import open_data_dir, worker_connection
    from relapp.store.database import close_db
    from relapp.store.models import Account

    first = open_data_dir(tmp_path / "first")
    accounts.create_account(name="First Ltd")
    read_first, switched = threading.Event(), threading.Event()
    seen = {}

    def job():
        with worker_connection():
            seen["first"] = [a.name for a in Account.select()]
            read_first.set()
            switched.wait(5)
            seen["second"] = [a.name for a in Account.select()]  # the data was switched meanwhile
        seen["closed"] = (first.is_closed(), second.is_closed())  # this thread's connections

    worker = threading.Thread(target=job)
    worker.start()
    assert read_first.wait(5)
    second = open_data_dir(tmp_path / "second")  # as a restore or another folder would
    accounts.create_account(name="Second Ltd")
    switched.set()
    worker.join(10)
    assert seen == {"first": ["First Ltd"], "second": ["Second Ltd"], "closed": (True, True)}
    # Nobody else holds the second file open: closing the window's own
    # connection checkpoints the WAL and removes it.
    close_db()
    first.close()
    assert not (tmp_path / "second" / "relapp.sqlite3-wal").exists()
