"""Who sees what in a team database: enforced by PostgreSQL's row-level
security, checked through plain connections as each login (as psql would),
and the ``users`` commands that make the logins.  PostgreSQL only."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from relapp.services import accounts, people, team_users
from relapp.store import team_access
from relapp.store.models import TeamLogin
from team_helpers import DAY, connect_as, open_as, team, two_accounts  # noqa: F401  (team: the fixture)


def names(con, sql: str) -> list[str]:
    return sorted(row[0] for row in con.execute(sql).fetchall())


def test_a_login_reads_only_its_members_accounts_even_through_plain_sql(team):
    ann, _bob, made = two_accounts()
    login = team.login("ann")
    team_users.add_user(team.db, login, "Ann Adams", "a long secret")
    with connect_as(team.url_as(login)) as con:
        assert names(con, "SELECT name FROM account") == ["Alpha"]
        assert names(con, "SELECT name FROM stakeholder") == ["Client of Alpha"]
        assert names(con, "SELECT title FROM entry") == ["Meeting at Alpha"]
        assert names(con, "SELECT description FROM commitment") == ["Promise to Alpha"]
        assert con.execute("SELECT count(*) FROM tie").fetchone()[0] == 1
        assert con.execute("SELECT count(*) FROM entry_stakeholder").fetchone()[0] == 1
        # Nor the words of the others' entries in the search index.
        assert con.execute("SELECT count(*) FROM entry_fts").fetchone()[0] == 1
        assert con.execute("SELECT count(*) FROM stakeholder_fts").fetchone()[0] == 1
        # Our team stays everyone's.
        assert names(con, "SELECT name FROM team_member") == ["Ann Adams", "Bob Brown"]
        # Nor can it write into an account it does not see.
        beta_id = made["Beta"][0]
        assert con.execute("UPDATE account SET notes = 'x' WHERE id = %s", (beta_id,)).rowcount == 0
        assert con.execute("DELETE FROM stakeholder WHERE account_id = %s", (beta_id,)).rowcount == 0
        import psycopg

        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute("INSERT INTO checkup (account_id, day, notes, version) VALUES (%s, %s, '', 1)",
                        (beta_id, DAY))


def test_an_administrator_sees_every_account_and_a_login_cannot_make_itself_one(team):
    two_accounts()
    boss, ann = team.login("boss"), team.login("ann")
    team_users.add_user(team.db, boss, "Carol Chief", "a long secret", admin=True)
    team_users.add_user(team.db, ann, "Ann Adams", "a long secret")
    with connect_as(team.url_as(boss)) as con:
        assert names(con, "SELECT name FROM account") == ["Alpha", "Beta", "Gamma"]
        assert names(con, "SELECT login FROM team_login") == sorted([boss, ann])
    with connect_as(team.url_as(ann)) as con:
        assert names(con, "SELECT login FROM team_login") == [ann]
        assert con.execute("UPDATE team_login SET admin = true").rowcount == 0
        assert names(con, "SELECT name FROM account") == ["Alpha"]


def ann_creates_delta(team):
    """Ann, a login on Alpha's team only, opens the team database and creates
    the account Delta; her login, Bob and Delta are returned."""
    _ann, bob, _made = two_accounts()
    ann = team.login("ann")
    team_users.add_user(team.db, ann, "Ann Adams", "a long secret")
    open_as(team.url_as(ann))
    created = accounts.create_account(name="Delta")
    return ann, bob, created


def test_a_login_that_creates_an_account_is_on_its_team_and_sees_it_only_while_it_is(team):
    ann, bob, created = ann_creates_delta(team)
    person = people.create_stakeholder(account=created.id, name="Dee")
    assert [a.name for a in accounts.list_accounts(DAY)] == ["Alpha", "Delta"]
    assert people.get_stakeholder(person.id).account_id == created.id
    assert [m.name for m in people.account_team(created.id)] == ["Ann Adams"]
    with connect_as(team.url_as(ann)) as con:
        # The same holds for any client: a row put in with psql joins her to its team in that statement.
        con.execute("BEGIN")
        con.execute("INSERT INTO account (name, industry, notes, our_intent, their_intent, archived, "
                    "checkup_interval_days, neglect_days, created_at) VALUES ('Epsilon', '', '', '', '', false, "
                    "90, 90, now())")
        assert names(con, "SELECT name FROM account") == ["Alpha", "Delta", "Epsilon"]
        con.execute("COMMIT")
        assert names(con, "SELECT m.name FROM account_team t JOIN team_member m ON m.id = t.member_id "
                          "JOIN account a ON a.id = t.account_id WHERE a.name = 'Epsilon'") == ["Ann Adams"]
    with connect_as(team.url) as owner:
        # Being its author is no way in: off the team (Bob takes over), she sees neither it nor its people.
        owner.execute("UPDATE account_team SET member_id = %s WHERE account_id = %s", (bob.id, created.id))
        assert owner.execute("SELECT m.name FROM team_member m JOIN account a ON a.author_id = m.id "
                             "WHERE a.name = 'Delta'").fetchone()[0] == "Ann Adams"
    with connect_as(team.url_as(ann)) as con:
        assert names(con, "SELECT name FROM account") == ["Alpha", "Epsilon"]
        assert names(con, "SELECT name FROM stakeholder") == ["Client of Alpha"]
        assert con.execute("UPDATE account SET notes = 'x' WHERE name = 'Delta'").rowcount == 0
        # Nor can she read an account back as she creates it, before she is on its team.
        import psycopg

        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute("INSERT INTO account (name, industry, notes, our_intent, their_intent, archived, "
                        "checkup_interval_days, neglect_days, created_at) VALUES ('Zeta', '', '', '', '', "
                        "false, 90, 90, now()) RETURNING id")


def test_every_table_holding_an_accounts_rows_has_a_policy(team):
    assert team_access.tables_without_policy(team.db) == []


def test_logins_are_added_listed_and_removed_and_only_by_administrators(team):
    from relapp.services.validation import NotFoundError, ValidationError

    ann, boss = team.login("ann"), team.login("boss")
    added = team_users.add_user(team.db, boss, "Carol Chief", "a long secret", admin=True)
    assert added.new_member and added.user.admin
    with pytest.raises(ValidationError, match="at least 8"):
        team_users.add_user(team.db, ann, "Ann Adams", "short")
    with pytest.raises(ValidationError, match="usable login"):
        team_users.add_user(team.db, "Robert'); DROP TABLE account; --", "Ann Adams", "a long secret")
    # The administrator adds people.
    as_boss = open_as(team.url_as(boss))
    team_users.add_user(as_boss, ann, "Ann Adams", "a long secret")
    assert [(u.login, u.member, u.admin) for u in team_users.list_users(as_boss)] == sorted(
        [(ann, "Ann Adams", False), (boss, "Carol Chief", True)])
    with pytest.raises(ValidationError, match="already has a login"):
        team_users.add_user(as_boss, ann, "Ann Adams", "a long secret")
    # A login that is not an administrator cannot.
    as_ann = open_as(team.url_as(ann))
    with pytest.raises(ValidationError, match="administrator"):
        team_users.add_user(as_ann, team.login("eve"), "Eve", "a long secret")
    assert [u.login for u in team_users.list_users(as_ann)] == [ann]
    as_boss = open_as(team.url_as(boss))
    team_users.remove_user(as_boss, ann)
    assert [u.login for u in team_users.list_users(as_boss)] == [boss]
    assert TeamLogin.select().where(TeamLogin.login == ann).count() == 0
    with pytest.raises(NotFoundError):
        team_users.remove_user(as_boss, ann)


def relapp(url: str, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env or {}))
    environment.pop("RELAPP_DATABASE", None)
    return subprocess.run([sys.executable, "-m", "relapp", "--database", url, *args], capture_output=True,
                          text=True, env=environment, timeout=120)


def test_users_commands_and_what_the_new_login_sees_in_accounts_json(team):
    two_accounts()
    ann = team.login("ann")
    done = relapp(team.url, "users", "add", ann, "--member", "Ann Adams", env={"RELAPP_NEW_PASSWORD": "a long secret"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"added login {ann} for Ann Adams"
    listed = relapp(team.url, "users", "list", "--json")
    assert json.loads(listed.stdout) == [{"login": ann, "member": "Ann Adams", "admin": False, "can_log_in": True}]
    seen = relapp(team.url_as(ann), "accounts", "--json")
    assert seen.returncode == 0, seen.stderr
    assert [a["name"] for a in json.loads(seen.stdout)] == ["Alpha"]
    refused = relapp(team.url, "users", "add", team.login("bob"), "--member", "Bob Brown",
                     env={"RELAPP_NEW_PASSWORD": "short"})
    assert refused.returncode == 1 and "at least 8" in refused.stderr
    gone = relapp(team.url, "users", "remove", ann)
    assert (gone.returncode, gone.stdout.strip()) == (0, f"removed {ann}")
    assert json.loads(relapp(team.url, "users", "list", "--json").stdout) == []


def test_users_need_a_team_database(data_dir):
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    environment.pop("RELAPP_DATABASE", None)
    done = subprocess.run([sys.executable, "-m", "relapp", "--data-dir", str(data_dir), "users", "list"],
                          capture_output=True, text=True, env=environment, timeout=120)
    assert done.returncode == 1 and "team database" in done.stderr


def test_an_account_a_login_deleted_comes_back_with_undo(team):
    from relapp.services.snapshots import delete_with_snapshot, restore

    _ann, bob, created = ann_creates_delta(team)
    people.assign_member(created.id, bob.id)
    people.create_stakeholder(account=created.id, name="Dee")
    restore(delete_with_snapshot("Account", created.id))
    assert [a.name for a in accounts.list_accounts(DAY)] == ["Alpha", "Delta"]
    assert sorted(m.name for m in people.account_team(created.id)) == ["Ann Adams", "Bob Brown"]
    assert [p.name for p in people.stakeholders_of(created.id)] == ["Dee"]
