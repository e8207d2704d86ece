"""Kill writers with SIGKILL at random moments and check what they leave.

Used by tests/test_reliability_crash.py (a fast run in the suite) and by
tests/benchmarks/crash_stress.py (many more kills).  The checks read the
files with plain sqlite3, independently of the code under test.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures"
WRITER = HERE / "crash_writer.py"


class ForkServer:
    """The warm writer process (tests/crash_writer.py)."""

    def __init__(self):
        env = dict(os.environ)
        root = str(HERE.parent)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
        self.proc = subprocess.Popen([sys.executable, str(WRITER)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     text=True, env=env, bufsize=1)

    def _ask(self, line: str) -> str:
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        answer = self.proc.stdout.readline().strip()
        if not answer:
            raise RuntimeError("the writer server stopped")
        return answer

    def start(self, mode: str, data_dir: Path, log: Path, seed: int) -> int:
        return int(self._ask(f"{mode} {data_dir} {log} {seed}"))

    def reap(self, pid: int) -> str:
        return self._ask(f"reap {pid}")

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=10)


@dataclass
class Stats:
    kills: int = 0  # writers killed while still writing
    finished: int = 0  # writers that were done before the kill (migrations)
    committed: int = 0  # writes the writers reported as committed
    left_old: int = 0  # upgrades killed before they committed: the old file stayed
    mid_upgrade: int = 0  # of those, killed after the upgrade had begun (its backup started)
    problems: list[str] = field(default_factory=list)


# What a problem found after a kill is, by the words its check uses.
PROBLEM_KINDS = (("corrupt", ("integrity check", "point at missing")),
                 ("lost", ("lost", "did not survive")),
                 ("half-written", ("partial", "people and", "search index", "without their account",
                                   "schema version")))


def problem_kind(problem: str) -> str:
    for kind, words in PROBLEM_KINDS:
        if any(word in problem for word in words):
            return kind
    return "other"


def setup_data(data_dir: Path) -> None:
    """The account, people and team the quick entries refer to."""
    from relapp.services.accounts import create_account
    from relapp.services.people import create_member, create_stakeholder
    from relapp.services.session import open_data_dir
    from relapp.store.database import close_db

    open_data_dir(data_dir, backup=False)
    try:
        account = create_account(name="Crash Test Holdings")
        for i in range(6):
            create_stakeholder(account=account.id, name=f"Person {i}")
        for i in range(3):
            create_member(name=f"Colleague {i}")
    finally:
        close_db()


def _connect(path: Path) -> sqlite3.Connection:
    # Read-write, so SQLite recovers the WAL the killed writer left, as the
    # next start of Relapp would.
    con = sqlite3.connect(path)
    con.execute("PRAGMA busy_timeout=5000")
    return con


def check_sound(con: sqlite3.Connection) -> list[str]:
    problems = []
    rows = con.execute("PRAGMA integrity_check").fetchall()
    if rows != [("ok",)]:
        problems.append(f"integrity check: {rows[:3]}")
    broken = con.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        problems.append(f"{len(broken)} rows point at missing records")
    return problems


def check_entries(path: Path, logged: list[str]) -> list[str]:
    """Every entry has exactly the participants its title records, is in the
    search index, and every logged (committed) entry is there."""
    con = _connect(path)
    try:
        problems = check_sound(con)
        titles = {}
        for entry_id, title in con.execute("SELECT id, title FROM entry"):
            titles[title] = entry_id
            m = re.fullmatch(r"entry \d+-\d+ s(\d+) m(\d+)", title)
            if not m:
                continue
            people = con.execute("SELECT COUNT(*) FROM entry_stakeholder WHERE entry_id=?", (entry_id,)).fetchone()[0]
            ours = con.execute("SELECT COUNT(*) FROM entry_member WHERE entry_id=?", (entry_id,)).fetchone()[0]
            if (people, ours) != (int(m[1]), int(m[2])):
                problems.append(f"{title!r} has {people} people and {ours} colleagues")
        # Rows the triggers noted are indexed at the next search: count them as catch_up will.
        pending = {r[0] for r in con.execute("SELECT id FROM entry_fts_pending")}
        indexed = {r[0] for r in con.execute("SELECT rowid FROM entry_fts")} - pending
        indexed |= pending & set(titles.values())
        if indexed != set(titles.values()):
            problems.append(f"search index differs from the entries ({len(indexed)} vs {len(titles)})")
        missing = [t for t in logged if t not in titles]
        if missing:
            problems.append(f"committed entries lost: {missing[:3]}")
        return problems
    finally:
        con.close()


def check_batches(path: Path, logged: list[str]) -> list[str]:
    """Every batch account is whole (all its people and entries) and every
    logged batch is there."""
    from crash_writer import BATCH_ENTRIES, BATCH_PEOPLE

    con = _connect(path)
    try:
        problems = check_sound(con)
        names = set()
        for account_id, name in con.execute("SELECT id, name FROM account WHERE name LIKE 'batch %'"):
            names.add(name)
            people = con.execute("SELECT COUNT(*) FROM stakeholder WHERE account_id=?", (account_id,)).fetchone()[0]
            entries = con.execute("SELECT COUNT(*) FROM entry WHERE account_id=?", (account_id,)).fetchone()[0]
            links = con.execute("SELECT COUNT(*) FROM entry_stakeholder es JOIN entry e ON e.id = es.entry_id "
                                "WHERE e.account_id=?", (account_id,)).fetchone()[0]
            if (people, entries, links) != (BATCH_PEOPLE, BATCH_ENTRIES, 2 * BATCH_ENTRIES):
                problems.append(f"{name!r} is partial: {people} people, {entries} entries, {links} links")
        strays = con.execute("SELECT COUNT(*) FROM entry WHERE title LIKE 'batch %' AND account_id NOT IN "
                             "(SELECT id FROM account)").fetchone()[0]
        if strays:
            problems.append(f"{strays} batch entries without their account")
        missing = [n for n in logged if n not in names]
        if missing:
            problems.append(f"committed batches lost: {missing[:3]}")
        return problems
    finally:
        con.close()


def _logged(log: Path) -> list[str]:
    if not log.exists():
        return []
    return [line for line in log.read_text().splitlines() if line]


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def run_writes(server: ForkServer, mode: str, work: Path, kills: int, rng, delays=(0.02, 0.2)) -> Stats:
    """``kills`` writers of ``mode`` ("entries" or "batch") on one database,
    each killed after a random delay; checked after every kill."""
    data_dir = work / mode
    setup_data(data_dir)
    db = data_dir / "relapp.sqlite3"
    log = work / f"{mode}.log"
    check = check_entries if mode == "entries" else check_batches
    stats = Stats()
    for _ in range(kills):
        pid = server.start(mode, data_dir, log, rng.randrange(1 << 30))
        time.sleep(rng.uniform(*delays))
        _kill(pid)
        how = server.reap(pid)
        if how == "killed 9":
            stats.kills += 1
        else:
            stats.problems.append(f"writer {how} before it was killed")
        problems = check(db, _logged(log))
        stats.problems += problems
        if problems:
            break
    stats.committed = len(_logged(log))
    return stats


def _migrate_once(server: ForkServer, work: Path, i: int, delay: float | None) -> tuple[Path, str, bool]:
    data_dir = work / f"migrate-{i}"
    data_dir.mkdir(parents=True)
    shutil.copy(FIXTURES / "schema-1.sqlite3", data_dir / "relapp.sqlite3")
    log = work / f"migrate-{i}.log"
    pid = server.start("migrate", data_dir, log, 0)
    if delay is not None:
        time.sleep(delay)
        _kill(pid)
    how = server.reap(pid)
    return data_dir, how, bool(_logged(log))


def run_migrations(server: ForkServer, work: Path, kills: int, rng) -> Stats:
    """Copies of the schema-1 fixture, each upgraded by a writer that is
    killed at a random moment of the upgrade.  Afterwards the file is either
    the old version, untouched and still openable, or the new one."""
    from relapp.store.database import close_db, init_db, read_schema_version
    from relapp.store.migrations import CURRENT_VERSION
    from relapp.store.models import Entry, Stakeholder

    # How long one upgrade takes here, so the kills land inside it; that
    # first, unkilled upgrade is checked like the others.
    started = time.perf_counter()
    first = _migrate_once(server, work, 0, None)
    span = time.perf_counter() - started
    stats = Stats()
    for i in range(kills + 1):
        data_dir, how, done = first if i == 0 else _migrate_once(server, work, i, rng.uniform(0, span))
        if done:
            stats.finished += 1
        elif how == "killed 9":
            stats.kills += 1
        db = data_dir / "relapp.sqlite3"
        con = _connect(db)
        try:
            problems = check_sound(con)
        finally:
            con.close()
        version = read_schema_version(db)
        if version not in (1, CURRENT_VERSION):
            problems.append(f"schema version {version} after the kill")
        if version == 1:
            stats.left_old += 1
            if (data_dir / "backups").exists():
                stats.mid_upgrade += 1
        if done and version != CURRENT_VERSION:
            problems.append("an upgrade reported done was lost")
        # The old (or upgraded) file must open and hold the fixture's data.
        init_db(db)
        try:
            if Entry.select().count() != 5 or not Stakeholder.get_or_none(Stakeholder.name == "Ada Fixture"):
                problems.append("the fixture's data did not survive")
        finally:
            close_db()
        stats.problems += [f"migration {i}: {p}" for p in problems]
        if problems:
            break
    return stats


@dataclass
class OverlapStats:
    """Restores run while an import was writing (``relapp`` processes)."""

    runs: int = 0
    imports_reported: int = 0  # imports that printed "added N" and exited 0
    restores_waited: int = 0  # restores still waiting when the paused import was resumed
    restores_done: int = 0  # restores that ran (after the import, holding the data alone)
    restores_refused: int = 0  # restores that refused because the import went on too long
    lost: int = 0  # imports reported done whose people are in neither the live file nor the kept copy
    problems: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"{self.runs} restores during imports: {self.imports_reported} imports reported done, "
                f"{self.restores_waited} restores waited for them, {self.restores_done} ran, "
                f"{self.restores_refused} refused, "
                f"{self.lost} imports lost")


def relapp_process(data_dir: Path, *args: str) -> subprocess.Popen:
    env = dict(os.environ)
    root = str(HERE.parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
    return subprocess.Popen([sys.executable, "-m", "relapp", "--data-dir", str(data_dir), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def write_contacts(path: Path, count: int) -> Path:
    lines = []
    for i in range(count):
        lines += ["BEGIN:VCARD", "VERSION:3.0", f"FN:Imported Person {i}", f"EMAIL:imported{i}@example.com",
                  "END:VCARD"]
    path.write_text("\r\n".join(lines) + "\r\n")
    return path


def _people(path: Path, account: str) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("SELECT COUNT(*) FROM stakeholder s JOIN account a ON a.id = s.account_id "
                           "WHERE a.name = ?", (account,)).fetchone()[0]
    finally:
        con.close()


def run_restores_during_imports(work: Path, runs: int, contacts: int, pause: float = 3.0) -> OverlapStats:
    """Start ``relapp import``; once it has the data open (its WAL exists),
    pause it and run ``relapp restore`` of an older backup; resume the
    import after ``pause`` seconds or when the restore is done.  An import that reports
    "added N" must have its N people in the live file, or, when the restore
    ran after it, in the copy the restore kept of the data it replaced."""
    from relapp.services.backups import backup_now
    from relapp.services.session import open_data_dir
    from relapp.store.database import close_db

    template = work / "template"
    setup_data(template)
    open_data_dir(template, backup=False)
    backup = backup_now(template, work / "before-import.sqlite3")
    close_db()
    vcf = write_contacts(work / "contacts.vcf", contacts)
    stats = OverlapStats()
    for i in range(runs):
        data_dir = work / f"overlap-{i}"
        shutil.copytree(template, data_dir)
        wal = data_dir / "relapp.sqlite3-wal"
        importer = relapp_process(data_dir, "import", str(vcf), "--account", "Imported")
        deadline = time.monotonic() + 60
        while not wal.exists() and importer.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        # The import is paused with the data open, so the restore surely
        # runs in the middle of it, then resumed.
        os.kill(importer.pid, signal.SIGSTOP)
        restorer = relapp_process(data_dir, "restore", str(backup))
        try:
            restorer.wait(timeout=pause)
        except subprocess.TimeoutExpired:
            stats.restores_waited += 1
        os.kill(importer.pid, signal.SIGCONT)
        import_out, import_err = importer.communicate(timeout=120)
        restore_out, restore_err = restorer.communicate(timeout=120)
        stats.runs += 1
        if restorer.returncode == 0:
            stats.restores_done += 1
        elif "did not finish" in restore_err:
            stats.restores_refused += 1
        else:
            stats.problems.append(f"run {i}: restore failed: {restore_err.strip()}")
        if importer.returncode != 0 or f"added {contacts}" not in import_out:
            stats.problems.append(f"run {i}: import did not finish: {import_err.strip() or import_out.strip()}")
            continue
        stats.imports_reported += 1
        found = _people(data_dir / "relapp.sqlite3", "Imported")
        kept = re.search(r"kept: (.+)$", restore_out, re.M)
        if found != contacts and kept:
            found = _people(Path(kept[1].strip()), "Imported")
        if found != contacts:
            stats.lost += 1
            stats.problems.append(f"run {i}: the import reported {contacts} added; {found} are kept")
    return stats
