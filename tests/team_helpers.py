"""Shared by the team-database tests: a team database of the test's own,
logins named for it (logins belong to the whole server) and dropped after,
and two accounts with their people."""

from __future__ import annotations

import datetime as dt

import pytest

from relapp.services import accounts, commitments, journal, people
from relapp.store import team_access

DAY = dt.date(2026, 11, 2)


@pytest.fixture
def team(postgres_server, postgres_url):
    """A team database opened as its owner, and a way to name logins of this
    test only (logins belong to the whole server); they are dropped after."""
    from relapp.services.session import open_team_database
    from relapp.store.database import close_db

    opened = open_team_database(postgres_url)
    from urllib.parse import urlsplit

    name = urlsplit(postgres_url).path.strip("/")
    suffix = "_".join(name.split("_")[-2:])  # the test database's own: relapp_test_PID_N
    made: list[str] = []

    class Team:
        url = postgres_url
        database = name
        db = opened  # the team database as its owner opened it (what services that act on it are handed)

        def login(self, who: str) -> str:
            login = f"{who}_{suffix}"
            made.append(login)
            return login

        def url_as(self, login: str) -> str:
            return postgres_server.url(name, user=login)

    yield Team()
    close_db()
    import psycopg

    with psycopg.connect(postgres_server.url(name), autocommit=True) as con:
        for login in made + [team_access.people_role(name)]:
            if con.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone():
                con.execute(f'DROP OWNED BY "{login}"')
                con.execute(f'DROP ROLE "{login}"')


def open_as(url: str):
    """The team database opened as another login (``url``) in place of the
    data open now, which is closed first, as any switch of data."""
    from relapp.services.session import open_team_database
    from relapp.store.database import close_db

    close_db()
    return open_team_database(url)


def two_accounts():
    """Ann works on Alpha, Bob on Beta; Gamma has nobody on it yet."""
    ann = people.create_member(name="Ann Adams")
    bob = people.create_member(name="Bob Brown")
    made = {}
    for name, member in (("Alpha", ann), ("Beta", bob), ("Gamma", None)):
        account = accounts.create_account(name=name)
        if member is not None:
            people.assign_member(account.id, member.id)
        person = people.create_stakeholder(account=account.id, name=f"Client of {name}")
        journal.add_entry(account=account.id, day=DAY, title=f"Meeting at {name}", value=2,
                          stakeholders=[person.id])
        commitments.add_commitment(stakeholder=person.id, description=f"Promise to {name}",
                                      due=DAY + dt.timedelta(days=7))
        people.set_tie(ann.id, person.id, 3)
        made[name] = (account.id, person.id)
    return ann, bob, made


def connect_as(url: str):
    import psycopg

    return psycopg.connect(url, autocommit=True)
