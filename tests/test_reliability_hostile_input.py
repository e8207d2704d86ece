"""Random and malformed input into every edit the forms use: either it is
accepted, or refused with a message (ValidationError / NotFoundError) and
the data is exactly as it was — never an uncaught error, never half an
edit.  (The import paths get the same treatment in their own tests as they
land.)"""

import datetime as dt
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relapp.services import accounts, journal, people
from relapp.services.validation import NotFoundError, ValidationError
from store_contents import fingerprint

REFUSALS = (ValidationError, NotFoundError)

nasty_text = st.one_of(
    st.text(max_size=80),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=40),
    st.sampled_from(["", " ", "\x00", "a\x00b", "\n\n", "Robert'); DROP TABLE account;--", "%s%s%n",
                     "\u202e\u200b", "😀" * 50, "x" * 100_001, "-1", "1e309", "NaN", "2026-02-30",
                     "<script>alert(1)</script>", "\\", "\"", "NULL"]),
)
values = st.one_of(st.none(), st.booleans(), st.integers(min_value=-2**70, max_value=2**70),
                   st.floats(allow_nan=True), nasty_text, st.dates(), st.binary(max_size=16),
                   st.lists(st.one_of(st.integers(-5, 10**6), nasty_text), max_size=4), st.just(object()))


def fields_for(allowed):
    names = st.one_of(st.sampled_from(sorted(allowed)), st.sampled_from(["id", "rowid", "__class__", "junk"]))
    return st.dictionaries(names, values, max_size=6)




def attempt(operation, *args, **fields) -> None:
    before = fingerprint()
    try:
        operation(*args, **fields)
    except REFUSALS:
        assert fingerprint() == before, f"a refused {operation.__name__} changed the data"


@pytest.fixture
def world(db):
    account = accounts.create_account(name="Hostile Input Ltd")
    person = people.create_stakeholder(account=account.id, name="Ada")
    member = people.create_member(name="Me", kind="me")
    entry = journal.add_entry(account=account.id, title="First", stakeholders=[person.id], members=[member.id])
    return {"account": account.id, "person": person.id, "member": member.id, "entry": entry.id}


fuzz = settings(max_examples=int(os.environ.get("RELAPP_FUZZ_EXAMPLES", "60")), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@fuzz
@given(fields=fields_for(accounts.ACCOUNT_FIELDS))
def test_account_form(world, fields):
    attempt(accounts.create_account, **fields)
    attempt(accounts.update_account, world["account"], **fields)


@fuzz
@given(fields=fields_for(people.STAKEHOLDER_FIELDS))
def test_stakeholder_form(world, fields):
    attempt(people.create_stakeholder, **{"account": world["account"], **fields})
    attempt(people.update_stakeholder, world["person"], **fields)


@fuzz
@given(fields=fields_for(people.MEMBER_FIELDS))
def test_team_member_form(world, fields):
    attempt(people.create_member, **fields)
    attempt(people.update_member, world["member"], **fields)


@fuzz
@given(fields=fields_for(journal.ENTRY_FIELDS))
def test_journal_entry_form(world, fields):
    attempt(journal.add_entry, **{"account": world["account"], "title": "t", **fields})
    attempt(journal.update_entry, world["entry"], **fields)


@fuzz
@given(member=values, person=values, strength=values)
def test_tie_strength(world, member, person, strength):
    attempt(people.set_tie, member, person, strength)
    attempt(people.set_tie, world["member"], world["person"], strength)


@fuzz
@given(name=values, ident=values)
def test_lookups_by_name_and_id(world, name, ident):
    for operation, arg in ((accounts.find_account, name), (accounts.get_account, ident),
                           (people.get_stakeholder, ident), (journal.get_entry, ident),
                           (accounts.delete_account, ident), (journal.delete_entry, ident)):
        attempt(operation, arg)


def test_a_date_far_outside_the_calendar_is_refused_cleanly(world):
    with pytest.raises(ValidationError):
        journal.add_entry(account=world["account"], title="t", day="99999-01-01")
    journal.add_entry(account=world["account"], title="t", day=dt.date(1, 1, 1))


def test_names_beyond_ascii_are_found_and_kept_unique(world):
    accounts.create_account(name="Ärzte Gruppe")
    assert accounts.find_account("Ärzte Gruppe").name == "Ärzte Gruppe"
    with pytest.raises(ValidationError, match="already exists"):
        accounts.create_account(name="Ärzte Gruppe")
    people.create_member(name="Łucja")
    with pytest.raises(ValidationError, match="already exists"):
        people.create_member(name="Łucja")
