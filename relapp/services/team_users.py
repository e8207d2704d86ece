"""The people who may log in to a team database, and who each one is.

A login is a PostgreSQL role of the server; linking it to a team member
decides what it sees (store/team_access.py): the accounts whose team that
member is on, or everything for an administrator.  Only the database's
owner and administrators may add or remove logins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from relapp.services import validation as v
from relapp.store import team_access
from relapp.store.binding import atomic
from relapp.store.models import TeamMember
from relapp.store.dialect import is_postgres

LOGIN_PATTERN = re.compile(r"[a-z_][a-z0-9_.\-]{0,62}")
MIN_PASSWORD = 8


@dataclass(frozen=True)
class TeamUser:
    login: str
    member: str
    admin: bool
    can_log_in: bool  # the server still has the login


@dataclass(frozen=True)
class Added:
    user: TeamUser
    new_member: bool  # the team member was created for this login


def _team_database(database):
    """``database``, the open data the caller works on, when it is a team database."""
    if database is None or not is_postgres(database):
        raise v.ValidationError("database", "logins belong to a team database: give it with "
                                            "--database postgresql://USER@HOST/DB")
    return database


def check_login(login: str) -> str:
    login = (login or "").strip()
    if not LOGIN_PATTERN.fullmatch(login):
        raise v.ValidationError("login", "{login} is not a usable login: lower-case letters, digits, "
                                         "'_', '.' or '-', starting with a letter or '_', at most 63",
                                login=repr(login))
    return login


def add_user(database, login: str, member: str, password: str, admin: bool = False) -> Added:
    """Create ``login`` with ``password`` for the team member called
    ``member`` (created when the team has nobody of that name yet), on
    ``database``: the team database the caller has open."""
    db = _team_database(database)
    login = check_login(login)
    name = v.text("member", member, required=True)
    if len(password or "") < MIN_PASSWORD:
        raise v.ValidationError("password", "the password needs at least {least} characters", least=MIN_PASSWORD)
    try:
        with atomic():
            if team_access.role_exists(db, login):
                raise v.ValidationError("login", "the server already has a login called {login}", login=repr(login))
            found = TeamMember.get_or_none(TeamMember.name == name)
            new_member = found is None
            if found is None:
                found = TeamMember.create(name=name, kind="colleague")
            team_access.create_login(db, login, password, found.id, admin)
    except team_access.NotAllowed as exc:
        raise v.ValidationError("login", "only the database's owner or an administrator may add logins "
                                         "({problem})", problem=exc) from None
    return Added(TeamUser(login, found.name, admin, True), new_member)


def list_users(database) -> list[TeamUser]:
    """Every login this connection to ``database`` may see (all of them for an administrator, else its own)."""
    db = _team_database(database)
    return [TeamUser(row.login, row.member, row.admin, row.can_log_in) for row in team_access.list_logins(db)]


def remove_user(database, login: str) -> None:
    db = _team_database(database)
    login = check_login(login)
    try:
        if not team_access.drop_login(db, login):
            raise v.NotFoundError(f"no login called {login!r}")
    except team_access.NotAllowed as exc:
        raise v.ValidationError("login", "only the database's owner or an administrator may remove logins "
                                         "({problem})", problem=exc) from None
