"""Who sees what in a team database, enforced by PostgreSQL itself.

Each person connects as a login of their own; ``team_login`` says which
team member that login is and whether it is an administrator.  An account
is visible to the members on its team (``account_team``) and to
administrators, nobody else; everything that belongs to an
account (its people, entries, promises, ties, check-ups, meetings, plan…)
is visible exactly when the account is.  Row-level security policies say
so on every such table, so the rule holds for any client, psql included,
not only for Relapp's queries.  Our team, tags, the check-up questions and
the shared settings stay visible to everyone on the team.

A login that creates an account is put on its team by the database in the
same statement (a trigger running as the tables' owner, since the login
cannot yet see the account it is joining), so it keeps seeing what it
made for as long as it stays on that team, and not a moment longer.  Any
linked login may create accounts; reading one back in the creating
statement (``INSERT … RETURNING``) comes before the trigger and is refused,
which is why the store gives a new account its id first
(``models.Account.save``).

How the policies avoid looking at themselves: two views, owned like the
tables by the database's owner (and so read without policies), tell the
connected login who it is (``relapp_me``) and which accounts its member's
teams cover (``relapp_team_accounts``); ``current_user`` inside a view is
still the connected login.  The account policy uses them; every other
table's policy asks whether its account (or its person, entry, meeting…)
is among the rows the login may see, so the account's policy applies
through it.

Logins get their table rights through one group role per database
(``people_role``), never one by one, so a table added by a later
migration is covered by running ``install`` again (it is idempotent and
run after every create or upgrade of a team database, as its owner).
"""

from __future__ import annotations

from dataclasses import dataclass

from relapp.store import team_notify

ADMIN = "COALESCE((SELECT admin FROM relapp_me), false)"
ME = "(SELECT member_id FROM relapp_me)"

# The account every row belongs to, as a condition on the row: a table
# whose rows hang off another is visible through that one's policy.
_ACCOUNT = "account_id IN (SELECT id FROM account)"
_PERSON = "stakeholder_id IN (SELECT id FROM stakeholder)"
POLICIES: dict[str, str] = {
    "account": f"{ADMIN} OR id IN (SELECT account_id FROM relapp_team_accounts)",
    "account_team": _ACCOUNT,
    "stakeholder": _ACCOUNT,
    "entry": _ACCOUNT,
    "checkup": _ACCOUNT,
    "map_position": _ACCOUNT,
    "meeting": _ACCOUNT,
    "account_stage": _ACCOUNT,
    "account_intent": _ACCOUNT,
    "objective": _ACCOUNT,
    "opportunity": _ACCOUNT,
    "account_tag": _ACCOUNT,
    "tie": _PERSON,
    "commitment": _PERSON,
    "contact_detail": _PERSON,
    "stakeholder_change": _PERSON,
    "stakeholder_tag": _PERSON,
    "stakeholder_link": "source_id IN (SELECT id FROM stakeholder)",
    # A key date is a client person's (theirs) or a team member's (everyone's).
    "key_date": f"stakeholder_id IS NULL OR {_PERSON}",
    "entry_stakeholder": "entry_id IN (SELECT id FROM entry)",
    "entry_member": "entry_id IN (SELECT id FROM entry)",
    "checkup_answer": "checkup_id IN (SELECT id FROM checkup)",
    "meeting_attendee": "meeting_id IN (SELECT id FROM meeting)",
    "objective_progress": "objective_id IN (SELECT id FROM objective)",
}
# The search's own tables hold the words of entries and people: read only
# where the row they index can be read; written by the search's triggers
# for whoever writes the row (a deleted row's words go with it).
SEARCH_TABLES = {"entry_fts": "entry", "stakeholder_fts": "stakeholder"}
POLICY = "relapp_team"
JOIN_NEW_ACCOUNT = "relapp_join_new_account"
# Only the administrator's tools change these.
READ_ONLY_TABLES = ("schema_version",)


def people_role(database_name: str) -> str:
    """The group role whose members may use this database's tables (roles
    belong to the whole server, so the name says which database)."""
    return f"relapp_people_{database_name}"[:63]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def install_statements(database_name: str) -> list[str]:
    """Everything ``install`` runs, in order (idempotent)."""
    group = people_role(database_name)
    statements = [
        "CREATE OR REPLACE VIEW relapp_me AS SELECT member_id, admin FROM team_login WHERE login = current_user",
        "CREATE OR REPLACE VIEW relapp_team_accounts AS SELECT t.account_id FROM account_team t "
        "JOIN team_login l ON l.member_id = t.member_id WHERE l.login = current_user",
        # CREATE ROLE has no IF NOT EXISTS.
        f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = {_literal(group)}) THEN "
        f"CREATE ROLE {_quote(group)} NOLOGIN; END IF; END $$",
        f"GRANT CONNECT, TEMPORARY ON DATABASE {_quote(database_name)} TO {_quote(group)}",
        f"GRANT USAGE ON SCHEMA public TO {_quote(group)}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {_quote(group)}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {_quote(group)}",
        *(f"REVOKE INSERT, UPDATE, DELETE ON {_quote(t)} FROM {_quote(group)}" for t in READ_ONLY_TABLES),
        # Logins: each sees its own; administrators see and change all.
        "ALTER TABLE team_login ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS relapp_own ON team_login",
        f"CREATE POLICY relapp_own ON team_login FOR SELECT USING (login = current_user)",
        "DROP POLICY IF EXISTS relapp_admin ON team_login",
        f"CREATE POLICY relapp_admin ON team_login USING ({ADMIN}) WITH CHECK ({ADMIN})",
    ]
    for table, source in SEARCH_TABLES.items():
        statements += [
            f"ALTER TABLE {_quote(table)} ENABLE ROW LEVEL SECURITY",
            f"DROP POLICY IF EXISTS {POLICY} ON {_quote(table)}",
            f"CREATE POLICY {POLICY} ON {_quote(table)} FOR SELECT USING (rowid IN (SELECT id FROM {source}))",
            f"DROP POLICY IF EXISTS relapp_search_kept ON {_quote(table)}",
            f"CREATE POLICY relapp_search_kept ON {_quote(table)} FOR INSERT WITH CHECK (true)",
            f"DROP POLICY IF EXISTS relapp_search_changed ON {_quote(table)}",
            f"CREATE POLICY relapp_search_changed ON {_quote(table)} FOR UPDATE USING (true)",
            f"DROP POLICY IF EXISTS relapp_search_gone ON {_quote(table)}",
            f"CREATE POLICY relapp_search_gone ON {_quote(table)} FOR DELETE USING (true)",
        ]
    for table, condition in POLICIES.items():
        statements += [
            f"ALTER TABLE {_quote(table)} ENABLE ROW LEVEL SECURITY",
            f"DROP POLICY IF EXISTS {POLICY} ON {_quote(table)}",
            f"CREATE POLICY {POLICY} ON {_quote(table)} USING ({condition}) WITH CHECK ({condition})",
        ]
    statements += [
        # Any linked login may create an account …
        "DROP POLICY IF EXISTS relapp_new_account ON account",
        f"CREATE POLICY relapp_new_account ON account FOR INSERT WITH CHECK ({ADMIN} OR {ME} IS NOT NULL)",
        # … and is on its team from the same statement on.  As the owner (who
        # reads account_team without policies); session_user is still the login.
        f"CREATE OR REPLACE FUNCTION {JOIN_NEW_ACCOUNT}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
        "SET search_path = public, pg_temp AS $$ BEGIN "
        "INSERT INTO account_team (account_id, member_id) SELECT NEW.id, member_id FROM team_login "
        "WHERE login = session_user AND NOT admin ON CONFLICT DO NOTHING; RETURN NULL; END $$",
        f"REVOKE ALL ON FUNCTION {JOIN_NEW_ACCOUNT}() FROM PUBLIC",
        'DROP TRIGGER IF EXISTS "account_joined" ON "account"',
        f'CREATE TRIGGER "account_joined" AFTER INSERT ON "account" FOR EACH ROW EXECUTE FUNCTION {JOIN_NEW_ACCOUNT}()',
    ]
    return statements


def install(db) -> None:
    """Put the policies, views and rights in place (as the tables' owner)."""
    name = db.execute_sql("SELECT current_database()").fetchone()[0]
    with db.atomic():
        for sql in install_statements(name):
            db.execute_sql(sql)


def tables_without_policy(db) -> list[str]:
    """Tables holding an account's rows whose security is off (a check for
    tests and for ``users``: a new table must be added to POLICIES)."""
    rows = db.execute_sql(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = current_schema() AND c.relkind = 'r' AND NOT c.relrowsecurity "
        "AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 "
        "AND NOT a.attisdropped AND a.attname IN ('account_id', 'stakeholder_id', 'entry_id', 'checkup_id', "
        "'meeting_id', 'objective_id', 'source_id')) ORDER BY 1").fetchall()
    return [r[0] for r in rows]


# Logins --------------------------------------------------------------------


@dataclass(frozen=True)
class Login:
    login: str
    member_id: int
    member: str
    admin: bool
    can_log_in: bool  # the server still has the role


class NotAllowed(Exception):
    """The connected login may not manage logins."""


def create_login(db, login: str, password: str, member_id: int, admin: bool) -> None:
    """A server login for ``member_id`` (an administrator when ``admin``).

    The password is hashed here (SCRAM, as the server would) so it never
    travels or lands in a server log in clear.  Administrators may create
    logins themselves: they get CREATEROLE and may hand on the group role."""
    connection = db.connection()
    hashed = connection.pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256").decode()
    name = db.execute_sql("SELECT current_database()").fetchone()[0]
    group = _quote(people_role(name))
    with db.atomic():
        _allowed(db, f"CREATE ROLE {_quote(login)} LOGIN {'CREATEROLE ' if admin else ''}"
                     f"PASSWORD {_literal(hashed)}")
        _allowed(db, f"GRANT {group} TO {_quote(login)}" + (" WITH ADMIN OPTION" if admin else ""))
        db.execute_sql("INSERT INTO team_login (login, member_id, admin) VALUES (%s, %s, %s)",
                       (login, member_id, admin))


def drop_login(db, login: str) -> bool:
    """Remove the login from the server and from the team; False when there was none."""
    with db.atomic():
        linked = db.execute_sql("DELETE FROM team_login WHERE login = %s", (login,)).rowcount
        exists = db.execute_sql("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone()
        if exists:
            _allowed(db, f"DROP ROLE {_quote(login)}")
    return bool(linked or exists)


def list_logins(db) -> list[Login]:
    rows = db.execute_sql(
        "SELECT l.login, l.member_id, m.name, l.admin, r.rolname IS NOT NULL FROM team_login l "
        "JOIN team_member m ON m.id = l.member_id LEFT JOIN pg_roles r ON r.rolname = l.login "
        "ORDER BY l.login").fetchall()
    return [Login(*row) for row in rows]


def role_exists(db, login: str) -> bool:
    return db.execute_sql("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone() is not None


def driver_error(exc: BaseException) -> BaseException:
    """The psycopg error behind one Peewee re-raised under its own class."""
    return getattr(exc, "orig", None) or exc.__cause__ or exc.__context__ or exc


def _allowed(db, sql: str) -> None:
    import psycopg
    from peewee import DatabaseError

    try:
        with db.atomic():  # a savepoint: the refusal leaves the transaction usable
            db.execute_sql(sql)
    except DatabaseError as exc:
        if isinstance(driver_error(exc), psycopg.errors.InsufficientPrivilege):
            raise NotAllowed(str(driver_error(exc)).strip().splitlines()[0]) from exc
        raise


# Everything a team database keeps by itself ---------------------------------


def in_place(db) -> bool:
    """Whether the versions, the access rules and the notifications are all
    there (a cheap look at the catalogue, done at every open)."""
    row = db.execute_sql(
        "SELECT to_regclass('relapp_me') IS NOT NULL AND to_regclass('relapp_team_accounts') IS NOT NULL "
        f"AND EXISTS (SELECT 1 FROM pg_proc WHERE proname = '{team_notify.FUNCTION}') "
        "AND EXISTS (SELECT 1 FROM pg_proc WHERE proname = 'relapp_record_edit') "
        f"AND EXISTS (SELECT 1 FROM pg_proc WHERE proname = '{JOIN_NEW_ACCOUNT}') "
        "AND NOT EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname = ANY(%s) "
        "AND NOT c.relrowsecurity)", (list(POLICIES) + list(SEARCH_TABLES),)).fetchone()
    return bool(row[0]) and not tables_without_policy(db)


def ensure_in_place(db) -> None:
    """Put in place what is missing (a new database, an upgrade that added a
    table, tables loaded by other means); only the tables' owner can."""
    from relapp.store import record_versions

    if in_place(db):
        return
    with db.atomic():
        for sql in record_versions.postgres_statements():
            db.execute_sql(sql)
        install(db)
        team_notify.install(db)
