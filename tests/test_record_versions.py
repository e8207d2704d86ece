"""Record versions (schema 8): every update counts, a stale save is refused."""

import shutil
from pathlib import Path

import pytest

from relapp.store.database import close_db, init_db
from relapp.store.binding import bound_database
from relapp.store.models import Account, Commitment, Entry, Stakeholder, TeamMember
from relapp.store.record_versions import RecordChanged, update_if_unchanged

FIXTURES = Path(__file__).parent / "fixtures"


def test_any_update_bumps_the_version_even_raw_sql(db):
    account = Account.create(name="Acme")
    person = Stakeholder.create(account=account, name="Ann")
    assert Stakeholder.get_by_id(person.id).version == 1
    Stakeholder.update(title="CEO").where(Stakeholder.id == person.id).execute()
    bound_database().execute_sql('UPDATE stakeholder SET notes = ? WHERE id = ?', ("raw", person.id))
    assert Stakeholder.get_by_id(person.id).version == 3
    # A local file has no authors or editors: everything is the user's.
    assert Stakeholder.get_by_id(person.id).edited_by_id is None


def test_a_save_from_an_old_version_is_refused_and_writes_nothing(db):
    account = Account.create(name="Acme")
    person = Stakeholder.create(account=account, name="Ann")
    seen = Stakeholder.get_by_id(person.id).version
    assert update_if_unchanged(Stakeholder, person.id, seen, {"title": "CEO"}) == seen + 1
    with pytest.raises(RecordChanged):
        update_if_unchanged(Stakeholder, person.id, seen, {"title": "CFO"})
    assert Stakeholder.get_by_id(person.id).title == "CEO"
    with pytest.raises(Stakeholder.DoesNotExist):
        update_if_unchanged(Stakeholder, person.id + 1, 1, {"title": "CFO"})


def test_schema_8_fixture_keeps_authors_and_versions(tmp_path):
    path = tmp_path / "relapp.sqlite3"
    shutil.copy(FIXTURES / "schema-8.sqlite3", path)
    init_db(path)
    try:
        colin = TeamMember.get(TeamMember.name == "Colin Colleague")
        promise = Commitment.get(Commitment.description == "Send the fixture roadmap")
        assert promise.author_id == colin.id
        assert Stakeholder.get(Stakeholder.name == "Ben Fixture").version == 3
        # Older rows: no author, first version.
        assert {(e.author_id, e.version) for e in Entry.select()} == {(None, 1)}
    finally:
        close_db()
