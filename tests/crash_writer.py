"""A process that writes to a Relapp database through the real services
until it is killed — the victim of the crash tests (tests/crash_harness.py).

It runs as a small fork server: started once, it imports everything, then
for each line ``<mode> <data_dir> <log> <seed>`` on stdin forks a writer and
prints its pid; ``reap <pid>`` waits for that writer and prints how it
ended.  Forking a warm process makes a fresh victim in a few milliseconds,
so the suite can afford many kills.  The server itself never opens the
database, so a writer never inherits a connection.

Writers append a line to the log *after* each commit returns; the harness
then checks that every logged write is in the database (committed means
kept) and that every write in it is whole (all or nothing).
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

from relapp.services import validation as v
from relapp.services.accounts import create_account
from relapp.services.journal import add_entry
from relapp.services.people import create_stakeholder
from relapp.services.session import open_data_dir
from relapp.store.models import Account, Stakeholder, TeamMember

SETUP_ACCOUNT = "Crash Test Holdings"
BATCH_PEOPLE = 6
BATCH_ENTRIES = 10


def quick_entries(data_dir: Path, log: int, rng: random.Random) -> None:
    """Quick entries, one transaction each, with a random set of participants
    whose size the title records."""
    open_data_dir(data_dir, backup=False)
    account = Account.get(Account.name == SETUP_ACCOUNT)
    people = [s.id for s in Stakeholder.select().where(Stakeholder.account == account)]
    members = [m.id for m in TeamMember.select()]
    n = 0
    while True:
        n += 1
        who = rng.sample(people, rng.randint(0, len(people)))
        ours = rng.sample(members, rng.randint(0, len(members)))
        title = f"entry {os.getpid()}-{n} s{len(who)} m{len(ours)}"
        add_entry(account=account.id, title=title, notes="crash test note " * rng.randint(1, 40),
                  value=rng.randint(-5, 5), stakeholders=who, members=ours)
        os.write(log, f"{title}\n".encode())


def import_batches(data_dir: Path, log: int, rng: random.Random) -> None:
    """Import-like batches: an account with its people and entries in one
    transaction, so it lands whole or not at all."""
    open_data_dir(data_dir, backup=False)
    n = 0
    while True:
        n += 1
        name = f"batch {os.getpid()}-{n}"
        with v.transaction():
            account = create_account(name=name)
            people = [create_stakeholder(account=account.id, name=f"{name} person {i}").id
                      for i in range(BATCH_PEOPLE)]
            for i in range(BATCH_ENTRIES):
                add_entry(account=account.id, title=f"{name} entry {i}", notes="imported " * rng.randint(1, 50),
                          stakeholders=rng.sample(people, 2))
        os.write(log, f"{name}\n".encode())


def migration(data_dir: Path, log: int, rng: random.Random) -> None:
    """Open an old database once: backup, then the migration."""
    open_data_dir(data_dir, backup=False)
    os.write(log, b"migrated\n")


MODES = {"entries": quick_entries, "batch": import_batches, "migrate": migration}


def serve() -> None:
    for line in sys.stdin:
        parts = line.split()
        if not parts:
            continue
        if parts[0] == "reap":
            _pid, status = os.waitpid(int(parts[1]), 0)
            how = f"killed {os.WTERMSIG(status)}" if os.WIFSIGNALED(status) else f"exited {os.WEXITSTATUS(status)}"
            print(how, flush=True)
            continue
        mode, data_dir, log_path, seed = parts
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                log = os.open(log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
                MODES[mode](Path(data_dir), log, random.Random(int(seed)))
            except BaseException as exc:  # noqa: BLE001 - a failed writer must say why, then die
                print(f"writer failed: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
                code = 1
            os._exit(code)
        print(pid, flush=True)


if __name__ == "__main__":
    serve()
