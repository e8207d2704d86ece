"""Deleting and undoing gives back exactly the data that was there."""

import sqlite3

from relapp.services import journal
from relapp.services.snapshots import delete_with_snapshot, restore
from relapp.store.models import Account, Stakeholder, TeamMember, database_proxy


def dump(db_file) -> dict:
    con = sqlite3.connect(db_file)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE '%fts%' AND name != 'sqlite_sequence'")]
        return {t: sorted(con.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        con.close()


def fts_hits(word: str) -> int:
    return journal.count_entries(journal.JournalFilter(text=word))


def test_delete_account_and_restore_everything(demo_db, data_dir):
    db_file = data_dir / "relapp.sqlite3"
    before = dump(db_file)
    hits = fts_hits("workshop")
    account = Account.select().order_by(Account.id).first()
    snap = delete_with_snapshot(Account, account.id)
    assert Account.get_or_none(Account.id == account.id) is None
    assert fts_hits("workshop") < hits
    restore(snap)
    assert dump(db_file) == before
    assert fts_hits("workshop") == hits


def test_delete_stakeholder_restores_reports_to_links(demo_db, data_dir):
    db_file = data_dir / "relapp.sqlite3"
    before = dump(db_file)
    boss = Stakeholder.select().where(Stakeholder.reports_to.is_null()).first()
    assert Stakeholder.select().where(Stakeholder.reports_to == boss.id).count() > 0
    restore(delete_with_snapshot(Stakeholder, boss.id))
    assert dump(db_file) == before


def test_delete_team_member_restores_ties_and_owned_promises(demo_db, data_dir):
    db_file = data_dir / "relapp.sqlite3"
    before = dump(db_file)
    me = TeamMember.get(TeamMember.kind == "me")
    restore(delete_with_snapshot(TeamMember, me.id))
    assert dump(db_file) == before
    assert database_proxy.execute_sql("PRAGMA foreign_key_check").fetchall() == []
