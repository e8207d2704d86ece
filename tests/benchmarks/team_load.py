"""A team working on one team database at once: the team-load benchmark.

    python tests/benchmarks/team_load.py --database postgresql://ADMIN@HOST/DB [--clients 10] [--seconds 60]

(also run by ``run.py --database URL``, after ``database_figures``: the
demo build, search as you type and the account list timed on the same
server).  The database should be empty or
a throwaway: the load adds a demo, logins ``bench_N_PID`` (removed at the
end), entries and edits.  Each client is a process of its own, logged in as
a colleague of its own who is on every account's team (so the server's
row-level security is in every query), and for ``--seconds`` it adds
journal entries and edits people, most of the edits on the same few
people, so two of them regularly save the same person at once.

Reported: operations per second (all clients), p95 latency of one
operation, edits refused as conflicts (the second save of the same version:
the user is shown the other change), and rows lost, which must be 0: every
entry a client saw committed is there, and every person's version went up
exactly once per edit that was reported saved.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

HOT_PEOPLE = 8  # the people everyone edits: where saves collide
ENTRY_SHARE = 0.6


def p95(values: list[float]) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def with_login(url: str, login: str, password: str) -> str:
    from relapp.services.team_credentials import with_password
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    host = parts.netloc.rpartition("@")[2]
    return with_password(urlunsplit((parts.scheme, f"{login}@{host}", parts.path, parts.query, "")), password)


def prepare(url: str, clients: int, size: str) -> tuple[list[str], list[str]]:
    """The demo, and one login per client on every account's team; returns
    the clients' URLs and the logins (to remove afterwards)."""
    from relapp.services import demo, people, team_users
    from relapp.services.accounts import account_choices
    from relapp.services.session import open_team_database

    owner = open_team_database(url)
    if not account_choices():
        demo.build_demo(size, seed=7)
    urls, logins = [], []
    accounts = [account_id for account_id, _ in account_choices()]
    for number in range(clients):
        login = f"bench_{number}_{os.getpid()}"
        password = secrets.token_urlsafe(12)
        added = team_users.add_user(owner, login, f"Bench colleague {number}", password)
        member = people.find_member(added.user.member)
        for account_id in accounts:
            people.assign_member(account_id, member.id)
        logins.append(login)
        urls.append(with_login(url, login, password))
    return urls, logins


def client(url: str, seconds: float, seed: int, out: Path) -> None:
    """One colleague's work until the time is up; writes what it saw to ``out``."""
    import datetime as dt

    from relapp.services import journal, people
    from relapp.services.accounts import account_choices
    from relapp.services.edit_conflicts import EditConflict
    from relapp.services.session import open_team_database

    rng = random.Random(seed)
    open_team_database(url)
    accounts = [account_id for account_id, _ in account_choices()]
    hot_account = accounts[0]
    hot = [p.id for p in people.stakeholders_of(hot_account)][:HOT_PEOPLE]
    latencies, entries, saved_edits, conflicts, errors = [], [], [], 0, []
    deadline = time.monotonic() + seconds
    number = 0
    while time.monotonic() < deadline:
        number += 1
        start = time.perf_counter()
        try:
            if rng.random() < ENTRY_SHARE or not hot:
                title = f"load {seed} {number}"
                journal.add_entry(account=rng.choice(accounts), day=dt.date(2026, 11, 1 + number % 28),
                                  kind="call", value=rng.randint(-2, 3), title=title, notes="benchmark")
                entries.append(title)
            else:
                person_id = rng.choice(hot)
                seen = people.get_stakeholder(person_id).version
                time.sleep(rng.uniform(0, 0.01))  # the form open for a moment
                try:
                    people.update_stakeholder(person_id, expected_version=seen, notes=f"edited by {seed} #{number}")
                    saved_edits.append(person_id)
                except EditConflict:
                    conflicts += 1
        except Exception as exc:  # noqa: BLE001 - counted and shown, the load goes on
            errors.append(f"{type(exc).__name__}: {exc}")
        latencies.append((time.perf_counter() - start) * 1000)
    out.write_text(json.dumps({"latencies_ms": latencies, "entries": entries, "saved_edits": saved_edits,
                               "conflicts": conflicts, "errors": errors[:5], "error_count": len(errors)}))


def verify(url: str, results: list[dict], versions_before: dict[int, int]) -> int:
    """Rows lost: committed entries not there, and saved edits a person's version does not count."""
    from relapp.services.session import open_team_database
    from relapp.store.models import Entry, Stakeholder

    open_team_database(url)
    written = [title for r in results for title in r["entries"]]
    found = {e.title for e in Entry.select(Entry.title).where(Entry.title.startswith("load "))}
    lost = sum(1 for title in written if title not in found)
    edits: dict[int, int] = {}
    for r in results:
        for person_id in r["saved_edits"]:
            edits[person_id] = edits.get(person_id, 0) + 1
    for person_id, count in edits.items():
        now = Stakeholder.get_by_id(person_id).version
        lost += max(0, versions_before[person_id] + count - now)
    return lost


def hot_versions(url: str) -> dict[int, int]:
    from relapp.services import people
    from relapp.services.accounts import account_choices
    from relapp.services.session import open_team_database

    open_team_database(url)
    first = account_choices()[0][0]
    return {p.id: people.get_stakeholder(p.id).version for p in people.stakeholders_of(first)[:HOT_PEOPLE]}


def remove_logins(url: str, logins: list[str]) -> None:
    from relapp.services import team_users
    from relapp.services.session import open_team_database

    owner = open_team_database(url)
    for login in logins:
        team_users.remove_user(owner, login)


def team_load(url: str, clients: int = 10, seconds: float = 60, size: str = "small") -> dict:
    urls, logins = prepare(url, clients, size)
    try:
        before = hot_versions(url)
        with tempfile.TemporaryDirectory(prefix="relapp-team-load-") as tmp:
            outs = [Path(tmp) / f"client-{i}.json" for i in range(clients)]
            env = dict(os.environ, PYTHONPATH=str(ROOT))
            procs = [subprocess.Popen([sys.executable, __file__, "--client", client_url, "--seconds", str(seconds),
                                       "--seed", str(i), "--out", str(out)], env=env)
                     for i, (client_url, out) in enumerate(zip(urls, outs))]
            for proc in procs:
                proc.wait(timeout=seconds + 120)
            results = [json.loads(out.read_text()) for out in outs if out.exists()]
        latencies = [ms for r in results for ms in r["latencies_ms"]]
        operations = len(latencies)
        return {
            "clients": clients, "clients_reported": len(results), "seconds": seconds,
            "operations": operations,
            # Each client works for ``seconds`` once started (its start-up left out).
            "throughput_ops_s": round(operations / seconds, 1),
            "p95_latency_ms": round(p95(latencies), 1) if latencies else None,
            "median_latency_ms": round(statistics.median(latencies), 1) if latencies else None,
            "entries_added": sum(len(r["entries"]) for r in results),
            "edits_saved": sum(len(r["saved_edits"]) for r in results),
            "conflicts_reported": sum(r["conflicts"] for r in results),
            "errors": sum(r["error_count"] for r in results),
            "error_samples": [e for r in results for e in r["errors"]][:5],
            "rows_lost": verify(url, results, before),
        }
    finally:
        remove_logins(url, logins)


def database_figures(url: str, size: str, runs: int, words: list[str]) -> dict:
    """The store's figures on PostgreSQL: building the demo into the empty
    database (through ``relapp --database URL demo``), then search as you
    type and the account list with their figures, p95 over ``runs`` rounds."""
    import datetime as dt

    from relapp.services import accounts, journal
    from relapp.services.session import open_team_database

    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "relapp", "--database", url, "demo", "--size", size, "--no-open"],
                   check=True, env=env, capture_output=True, cwd=ROOT)
    demo_s = time.perf_counter() - start
    open_team_database(url)
    search, listing = [], []
    for _ in range(runs):
        for word in words:
            start = time.perf_counter()
            journal.count_entries(journal.JournalFilter(text=word))
            journal.query_entries(journal.JournalFilter(text=word), 0, 100)
            search.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        accounts.list_accounts(dt.date.today())
        listing.append((time.perf_counter() - start) * 1000)
    return {"demo_s": round(demo_s, 2), "search_p95_ms": round(p95(search), 1),
            "account_list_p95_ms": round(p95(listing), 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", metavar="URL", help="a team database (its owner's or an administrator's URL)")
    parser.add_argument("--clients", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--size", choices=["small", "large"], default="small",
                        help="the demo added when the database is empty")
    parser.add_argument("--client", metavar="URL", help=argparse.SUPPRESS)
    parser.add_argument("--seed", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.client:
        client(args.client, args.seconds, args.seed, Path(args.out))
        return 0
    if not args.database:
        parser.error("--database URL is needed")
    figures = team_load(args.database, args.clients, args.seconds, args.size)
    print(json.dumps(figures, indent=2))
    return 0 if figures["rows_lost"] == 0 and figures["clients_reported"] == figures["clients"] else 1


if __name__ == "__main__":
    sys.exit(main())
