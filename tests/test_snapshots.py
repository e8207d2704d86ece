"""Deleting and undoing gives back exactly the data that was there."""

from relapp.services import journal
from relapp.store import fts
from relapp.services.snapshots import delete_with_snapshot, restore
from relapp.store.binding import bound_database
from relapp.store.models import Account, Stakeholder, TeamMember
from store_contents import table_contents


def fts_hits(word: str) -> int:
    return journal.count_entries(journal.JournalFilter(text=word))


def test_delete_account_and_restore_everything(demo_db, data_dir):
    before = table_contents()
    hits = fts_hits("workshop")
    account = Account.select().order_by(Account.id).first()
    snap = delete_with_snapshot(Account, account.id)
    assert Account.get_or_none(Account.id == account.id) is None
    assert fts_hits("workshop") < hits
    restore(snap)
    assert table_contents() == before
    assert fts_hits("workshop") == hits


def test_delete_stakeholder_restores_reports_to_links(demo_db, data_dir):
    before = table_contents()
    boss = Stakeholder.select().where(Stakeholder.reports_to.is_null()).first()
    assert Stakeholder.select().where(Stakeholder.reports_to == boss.id).count() > 0
    restore(delete_with_snapshot(Stakeholder, boss.id))
    assert table_contents() == before


def test_delete_team_member_restores_ties_and_owned_promises(demo_db, data_dir):
    before = table_contents()
    me = TeamMember.get(TeamMember.kind == "me")
    restore(delete_with_snapshot(TeamMember, me.id))
    assert table_contents() == before
    if not fts.is_postgres(bound_database()):  # PostgreSQL checks every reference at commit itself
        assert bound_database().execute_sql("PRAGMA foreign_key_check").fetchall() == []
