"""The full-text index follows every write path: random edits through the
services (entries, people, accounts, deletions and their undo, imports, a
failed restore) never leave search results apart from a plain scan."""

from __future__ import annotations

import datetime as dt
import tempfile
import unicodedata
from pathlib import Path

import peewee
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from relapp.services import accounts, journal, people
from relapp.services.interchange.import_plan import apply_plan
from relapp.services.interchange.importing import plan_file
from relapp.services.snapshots import delete_with_snapshot, restore
from relapp.services.validation import NotFoundError, ValidationError
from relapp.store import fts
from relapp.store.database import close_db, init_db, init_team_db
from relapp.store.binding import bound_database
from relapp.store.models import Account, Entry, Stakeholder

WORDS = ["alpha", "alps", "beta", "bét", "café", "cafe", "gamma", "echo", "zeta"]
QUERIES = ["al", "alp", "alpha", "be", "bet", "bét", "caf", "café", "ga", "echo", "é", "zeta", "alpha beta",
           "caf ex", "example"]
SEARCHED = {Entry: ("title", "notes"), Stakeholder: ("name", "title", "department", "email", "notes")}

texts = st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).flatmap(
    lambda words: st.sampled_from([" ", "-", ", "]).map(lambda sep: sep.join(words)))
picks = st.integers(0, 50)  # which of the existing records (modulo how many there are)
operations = st.one_of(
    st.tuples(st.just("account"), texts),
    st.tuples(st.just("person"), picks, texts, texts, st.sampled_from(WORDS)),
    st.tuples(st.just("edit person"), picks, st.sampled_from(["name", "title", "department", "notes", "email",
                                                               "influence"]), texts),
    st.tuples(st.just("entry"), picks, texts, texts, picks),
    st.tuples(st.just("edit entry"), picks, st.sampled_from(["title", "notes", "value"]), texts),
    st.tuples(st.just("delete entry"), picks),
    st.tuples(st.just("delete person"), picks),
    st.tuples(st.just("delete account"), picks),
    st.tuples(st.just("undo"), picks),
    st.tuples(st.just("import"), texts, texts, picks),
)


def _tokens(text: str) -> list[str]:
    """Words as the index's tokenizer (unicode61, diacritics removed) sees them."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)).lower()
    return "".join(ch if ch.isalnum() else " " for ch in plain).split()


def _scan(model, query: str) -> set[int]:
    """Ids whose searchable text has every query word as the start of a word."""
    wanted = _tokens(query)
    found = set()
    for row in model.select().dicts():
        words = [w for column in SEARCHED[model] for w in _tokens(row[column] or "")]
        if all(any(w.startswith(q) for w in words) for q in wanted):
            found.add(row["id"])
    return found


def _check_search() -> None:
    for query in QUERIES:
        rows = journal.query_entries(journal.JournalFilter(text=query), limit=10_000, with_participants=False)
        expected = _scan(Entry, query)
        assert {r.id for r in rows} == expected, query
        assert journal.count_entries(journal.JournalFilter(text=query)) == len(expected), query
        assert {p.id for p in journal.search_people(query, limit=10_000)} == _scan(Stakeholder, query), query


def _pick(model, index: int):
    ids = [i for (i,) in model.select(model.id).order_by(model.id).tuples()]
    return ids[index % len(ids)] if ids else None


def _import(work: Path, name: str, note: str, index: int) -> None:
    """A one-card vCard import: a new person, or new details for a known one."""
    existing = _pick(Stakeholder, index)
    if existing is not None and index % 2:
        name = Stakeholder.get_by_id(existing).name  # merges into that person
    card = work / "card.vcf"
    card.write_text(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nORG:Imported {name}\r\nNOTE:{note}\r\n"
                    f"END:VCARD\r\n", encoding="utf-8")
    apply_plan(plan_file(card))


def _apply(op: tuple, undo: list, work: Path) -> bool:
    """Make the edit ``op`` describes; False when there was nothing to edit."""
    kind = op[0]
    if kind == "account":
        accounts.create_account(name=f"{op[1]} {Account.select().count()}")
    elif kind == "person" and (account := _pick(Account, op[1])) is not None:
        people.create_stakeholder(account=account, name=op[2], notes=op[3], email=f"{op[4]}@example.com")
    elif kind == "edit person" and (person := _pick(Stakeholder, op[1])) is not None:
        field, text = op[2], op[3]
        value = {"email": f"{text.split()[0].strip(',-')}@example.com", "influence": 1 + len(text) % 5}.get(field, text)
        people.update_stakeholder(person, **{field: value})
    elif kind == "entry" and (account := _pick(Account, op[1])) is not None:
        who = [s for (s,) in Stakeholder.select(Stakeholder.id).where(Stakeholder.account == account).tuples()]
        journal.add_entry(account=account, day=dt.date(2026, 1, 1) + dt.timedelta(days=op[4]), title=op[2],
                          notes=op[3], stakeholders=who[:op[4] % 3])
    elif kind == "edit entry" and (entry := _pick(Entry, op[1])) is not None:
        journal.update_entry(entry, **{op[2]: len(op[3]) % 5 if op[2] == "value" else op[3]})
    elif kind == "delete entry" and (entry := _pick(Entry, op[1])) is not None:
        detail = journal.delete_entry(entry)
        undo.append(lambda: journal.restore_entry(detail))
    elif kind in ("delete person", "delete account") and \
            (record := _pick(model := Stakeholder if kind == "delete person" else Account, op[1])) is not None:
        snap = delete_with_snapshot(model, record)
        undo.append(lambda: restore(snap))
    elif kind == "undo" and undo:
        # Any earlier deletion, not only the last: a restore that no longer
        # fits (its account is gone, its id taken) is refused as a whole.
        undo.pop(op[1] % len(undo))()
    elif kind == "import":
        _import(work, op[1], op[2], op[3])
    else:
        return False
    return True


# Each PostgreSQL example makes and migrates a database of its own (most of
# a second each): fewer of them there keeps the suite's time in budget, while
# SQLite walks the full forty.
EXAMPLES = {"sqlite": 40, "postgresql": 12}


def test_search_always_matches_a_plain_scan(engine, request):
    """On both engines: SQLite's FTS5 and a team database's tsvector index
    answer as the plain scan does."""
    server = request.getfixturevalue("postgres_server") if engine == "postgresql" else None

    @settings(max_examples=EXAMPLES[engine], deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(operations, min_size=1, max_size=30))
    def edits_keep_search_right(ops):
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            database = server.create_database() if server else None
            if server:
                init_team_db(server.url(database))
            else:
                init_db(work / "relapp.sqlite3")
            try:
                undo: list = []
                # Something to edit from the first step on.
                for op in (("account", "alpha"), ("account", "café"), ("person", 0, "Ada Alps", "beta", "echo"),
                           ("person", 1, "Bét Zeta", "gamma", "zeta"), ("entry", 0, "alpha", "zeta echo", 1)):
                    _apply(op, undo, work)
                for op in ops:
                    try:
                        if _apply(op, undo, work):
                            event(op[0])
                    except (ValidationError, NotFoundError, peewee.IntegrityError):
                        event(f"{op[0]} refused")  # refused edits change nothing, the index included
                    _check_search()
            finally:
                close_db()
                if server:
                    server.drop_database(database)

    edits_keep_search_right()


def _triggers() -> set[str]:
    """The search's own triggers in force (a team database's disabled ones
    left out; other triggers, record versions, are not set aside by a bulk load)."""
    if fts.is_postgres(bound_database()):
        return {name for (name,) in bound_database().execute_sql(
            "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'D' "
            "AND tgname LIKE '%\\_fts\\_%' ESCAPE '\\'")}
    return {name for (name,) in bound_database().execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%\\_fts\\_%' ESCAPE '\\'")}


def _expected_triggers() -> set[str]:
    if fts.is_postgres(bound_database()):
        return {f"{table}_fts_keep" for table in ("entry", "stakeholder")}
    return {f"{table}_fts_{event}" for table in ("entry", "stakeholder") for event in ("insert", "update", "delete")}


def test_bulk_loads_index_everything_and_give_the_triggers_back(demo_db):
    # The demo is written with the triggers set aside and indexed at the end.
    assert _triggers() == _expected_triggers()
    for query in ("workshop", "al", "status"):
        assert journal.count_entries(journal.JournalFilter(text=query)) == len(_scan(Entry, query))
    entry = Entry.select().order_by(Entry.id).first()
    journal.update_entry(entry.id, title="Zyxwv review")
    assert [r.id for r in journal.query_entries(journal.JournalFilter(text="zyxw"))] == [entry.id]


def test_a_failed_bulk_load_changes_nothing(db):
    account = accounts.create_account(name="Kept")
    with pytest.raises(RuntimeError):
        with fts.bulk_load(bound_database()):
            journal.add_entry(account=account.id, day=dt.date(2026, 1, 5), title="Lost alpha")
            raise RuntimeError("the load failed half way")
    assert _triggers() == _expected_triggers()
    journal.add_entry(account=account.id, day=dt.date(2026, 1, 5), title="Kept alpha")
    assert [r.title for r in journal.query_entries(journal.JournalFilter(text="alpha"))] == ["Kept alpha"]


def test_every_reader_of_the_search_tables_catches_up_first():
    """A module that queries a search table also brings it up to date (the
    triggers only note changes; ``search_ready`` applies them)."""
    import re

    import relapp

    root = Path(relapp.__file__).parent
    for path in root.rglob("*.py"):
        if path.parent.name == "store":
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r"\b\w+_fts\s+WHERE\s+(\w+_fts\s+MATCH|\{condition\})", text):
            assert "fts.search_ready(" in text, f"{path} reads a search table without fts.search_ready()"
