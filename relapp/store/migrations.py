"""Ordered schema migrations.

A new file is created directly at ``CURRENT_VERSION`` from the models; an
older file is upgraded one step at a time, all steps in one transaction,
after a verified backup copy.  Each migration is written against the schema
as it stood, never against today's models, so it stays correct when the
models change later.  tests/fixtures holds a real file of every old version.
"""

from __future__ import annotations

from typing import Callable

from peewee import PostgresqlDatabase, SqliteDatabase

CURRENT_VERSION = 8


def _to_2(db: SqliteDatabase) -> None:
    """Stakeholder links, map positions, board meetings, home-view state,
    further emails and phones, settings."""
    for sql in (
        'CREATE TABLE "stakeholder_link" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"source_id" INTEGER NOT NULL, "target_id" INTEGER NOT NULL, "kind" TEXT NOT NULL, '
        'FOREIGN KEY ("source_id") REFERENCES "stakeholder" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("target_id") REFERENCES "stakeholder" ("id") ON DELETE CASCADE)',
        'CREATE INDEX "stakeholder_link_source_id" ON "stakeholder_link" ("source_id")',
        'CREATE INDEX "stakeholder_link_target_id" ON "stakeholder_link" ("target_id")',
        'CREATE UNIQUE INDEX "stakeholder_link_source_id_target_id_kind" '
        'ON "stakeholder_link" ("source_id", "target_id", "kind")',
        'CREATE TABLE "map_position" ("account_id" INTEGER NOT NULL, "layout" TEXT NOT NULL, '
        '"node" TEXT NOT NULL, "x" REAL NOT NULL, "y" REAL NOT NULL, '
        'PRIMARY KEY ("account_id", "layout", "node"), '
        'FOREIGN KEY ("account_id") REFERENCES "account" ("id") ON DELETE CASCADE)',
        'CREATE INDEX "map_position_account_id" ON "map_position" ("account_id")',
        'CREATE TABLE "meeting" ("id" INTEGER NOT NULL PRIMARY KEY, "account_id" INTEGER NOT NULL, '
        '"day" DATE NOT NULL, "title" TEXT NOT NULL, "goals" TEXT NOT NULL, '
        'FOREIGN KEY ("account_id") REFERENCES "account" ("id") ON DELETE CASCADE)',
        'CREATE INDEX "meeting_account_id" ON "meeting" ("account_id")',
        'CREATE INDEX "meeting_day" ON "meeting" ("day")',
        'CREATE TABLE "meeting_attendee" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"meeting_id" INTEGER NOT NULL, "stakeholder_id" INTEGER, "member_id" INTEGER, '
        'FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("stakeholder_id") REFERENCES "stakeholder" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("member_id") REFERENCES "team_member" ("id") ON DELETE CASCADE)',
        'CREATE INDEX "meeting_attendee_meeting_id" ON "meeting_attendee" ("meeting_id")',
        'CREATE INDEX "meeting_attendee_stakeholder_id" ON "meeting_attendee" ("stakeholder_id")',
        'CREATE INDEX "meeting_attendee_member_id" ON "meeting_attendee" ("member_id")',
        'CREATE TABLE "attention_state" ("key" TEXT NOT NULL PRIMARY KEY, "snoozed_until" DATE, '
        '"dismissed" INTEGER NOT NULL)',
        'CREATE TABLE "contact_detail" ("id" INTEGER NOT NULL PRIMARY KEY, "stakeholder_id" INTEGER NOT NULL, '
        '"kind" TEXT NOT NULL, "label" TEXT NOT NULL, "value" TEXT NOT NULL, '
        'FOREIGN KEY ("stakeholder_id") REFERENCES "stakeholder" ("id") ON DELETE CASCADE)',
        'CREATE INDEX "contact_detail_stakeholder_id" ON "contact_detail" ("stakeholder_id")',
        'CREATE TABLE "setting" ("key" TEXT NOT NULL PRIMARY KEY, "value" TEXT NOT NULL)',
    ):
        db.execute_sql(sql)


def _to_3(db: SqliteDatabase) -> None:
    """An index that holds everything the account list sums up (entries,
    balance, last 30 days, last contact), so its figures come from the index
    alone: 2-3 times faster on ten years of entries.  It extends the
    (account, day) index, which it replaces."""
    db.execute_sql('CREATE INDEX "entry_account_id_day_value" ON "entry" ("account_id", "day", "value")')
    db.execute_sql('DROP INDEX IF EXISTS "entry_account_id_day"')


def _to_4(db: SqliteDatabase) -> None:
    """People who leave and move: the day a stakeholder left, the dated
    history of their moves, and the per-account choice that only contact
    worth something resets the out-of-touch clock (on by default)."""
    for sql in (
        'ALTER TABLE "account" ADD COLUMN "valued_contact_only" INTEGER NOT NULL DEFAULT 1',
        'ALTER TABLE "stakeholder" ADD COLUMN "left_on" DATE',
        'CREATE TABLE "stakeholder_change" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"stakeholder_id" INTEGER NOT NULL, "day" DATE NOT NULL, "kind" TEXT NOT NULL, '
        '"old_title" TEXT NOT NULL, "old_department" TEXT NOT NULL, "old_reports_to_id" INTEGER, '
        '"new_title" TEXT NOT NULL, "new_department" TEXT NOT NULL, "new_reports_to_id" INTEGER, '
        'FOREIGN KEY ("stakeholder_id") REFERENCES "stakeholder" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("old_reports_to_id") REFERENCES "stakeholder" ("id") ON DELETE SET NULL, '
        'FOREIGN KEY ("new_reports_to_id") REFERENCES "stakeholder" ("id") ON DELETE SET NULL)',
        'CREATE INDEX "stakeholder_change_stakeholder_id" ON "stakeholder_change" ("stakeholder_id")',
        'CREATE INDEX "stakeholder_change_old_reports_to_id" ON "stakeholder_change" ("old_reports_to_id")',
        'CREATE INDEX "stakeholder_change_new_reports_to_id" ON "stakeholder_change" ("new_reports_to_id")',
        'CREATE INDEX "stakeholder_change_day" ON "stakeholder_change" ("day")',
    ):
        db.execute_sql(sql)


def _to_5(db: SqliteDatabase) -> None:
    """The account plan: the relationship's potential, its stage and both
    sides' intent levels over time, joint objectives with dated progress,
    further opportunities."""
    for sql in (
        'ALTER TABLE "account" ADD COLUMN "potential" TEXT NOT NULL DEFAULT \'\'',
        'CREATE TABLE "account_stage" ("id" INTEGER NOT NULL PRIMARY KEY, "account_id" INTEGER NOT NULL, '
        '"day" DATE NOT NULL, "stage" TEXT NOT NULL, "note" TEXT NOT NULL, '
        'FOREIGN KEY ("account_id") REFERENCES "account" ("id") ON DELETE CASCADE)',
        'CREATE INDEX "account_stage_account_id" ON "account_stage" ("account_id")',
        'CREATE TABLE "account_intent" ("id" INTEGER NOT NULL PRIMARY KEY, "account_id" INTEGER NOT NULL, '
        '"side" TEXT NOT NULL, "day" DATE NOT NULL, "level" INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5), '
        '"text" TEXT NOT NULL, FOREIGN KEY ("account_id") REFERENCES "account" ("id") ON DELETE CASCADE)',
        'CREATE INDEX "account_intent_account_id" ON "account_intent" ("account_id")',
        'CREATE TABLE "objective" ("id" INTEGER NOT NULL PRIMARY KEY, "account_id" INTEGER NOT NULL, '
        '"title" TEXT NOT NULL, "their_owner_id" INTEGER, "our_owner_id" INTEGER, "measure" TEXT NOT NULL, '
        '"target" DATE, "status" TEXT NOT NULL, "reason" TEXT NOT NULL, "dropped_by" TEXT, "closed_on" DATE, '
        '"created_at" DATETIME NOT NULL, '
        'FOREIGN KEY ("account_id") REFERENCES "account" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("their_owner_id") REFERENCES "stakeholder" ("id") ON DELETE SET NULL, '
        'FOREIGN KEY ("our_owner_id") REFERENCES "team_member" ("id") ON DELETE SET NULL)',
        'CREATE INDEX "objective_account_id" ON "objective" ("account_id")',
        'CREATE INDEX "objective_our_owner_id" ON "objective" ("our_owner_id")',
        'CREATE INDEX "objective_their_owner_id" ON "objective" ("their_owner_id")',
        'CREATE TABLE "objective_progress" ("id" INTEGER NOT NULL PRIMARY KEY, "objective_id" INTEGER NOT NULL, '
        '"day" DATE NOT NULL, "note" TEXT NOT NULL, '
        'FOREIGN KEY ("objective_id") REFERENCES "objective" ("id") ON DELETE CASCADE)',
        'CREATE INDEX "objective_progress_objective_id" ON "objective_progress" ("objective_id")',
        'CREATE TABLE "opportunity" ("id" INTEGER NOT NULL PRIMARY KEY, "account_id" INTEGER NOT NULL, '
        '"title" TEXT NOT NULL, "for_them" TEXT NOT NULL, "for_us" TEXT NOT NULL, "value" INTEGER, '
        '"currency" TEXT NOT NULL, "sponsor_id" INTEGER, "owner_id" INTEGER, "status" TEXT NOT NULL, '
        '"next_step" TEXT NOT NULL, "next_step_due" DATE, "created_at" DATETIME NOT NULL, '
        'FOREIGN KEY ("account_id") REFERENCES "account" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("sponsor_id") REFERENCES "stakeholder" ("id") ON DELETE SET NULL, '
        'FOREIGN KEY ("owner_id") REFERENCES "team_member" ("id") ON DELETE SET NULL)',
        'CREATE INDEX "opportunity_account_id" ON "opportunity" ("account_id")',
        'CREATE INDEX "opportunity_owner_id" ON "opportunity" ("owner_id")',
        'CREATE INDEX "opportunity_sponsor_id" ON "opportunity" ("sponsor_id")',
    ):
        db.execute_sql(sql)


def _to_6(db: SqliteDatabase) -> None:
    """Search kept by triggers: each searchable table notes the rows whose
    text changed in a pending table that the search tables catch up from
    (see store/fts.py for why the triggers cannot write the index itself).
    The index is rebuilt once, in case a write path of an older version
    left it behind.  (A team database's search is kept by triggers of its
    own, set up after the last step.)"""
    if isinstance(db, PostgresqlDatabase):
        return
    searched = {
        "entry": ('"title", "notes"', "title, notes"),
        "stakeholder": ('"name", "title", "department", "email", "notes"', "name, title, department, email, notes"),
    }
    for table, (quoted, cols) in searched.items():
        pending = f"{table}_fts_pending"
        for sql in (
            f'CREATE TABLE "{pending}" ("id" INTEGER NOT NULL PRIMARY KEY)',
            f'CREATE TRIGGER "{table}_fts_insert" AFTER INSERT ON "{table}" '
            f"BEGIN INSERT OR IGNORE INTO {pending} (id) VALUES (new.id); END",
            f'CREATE TRIGGER "{table}_fts_update" AFTER UPDATE OF {quoted} ON "{table}" '
            f"BEGIN INSERT OR IGNORE INTO {pending} (id) VALUES (new.id); END",
            f'CREATE TRIGGER "{table}_fts_delete" AFTER DELETE ON "{table}" '
            f"BEGIN INSERT OR IGNORE INTO {pending} (id) VALUES (old.id); END",
            f"DELETE FROM {table}_fts",
            f"INSERT INTO {table}_fts(rowid, {cols}) SELECT id, {cols} FROM {table}",
            # Rebuilt a megabyte at a time, the index is left in many small
            # segments that every search then reads one by one: on half a
            # million entries each search as you type took twice as long as
            # on the index it replaced.  Merged into one (about a second).
            f"INSERT INTO {table}_fts({table}_fts) VALUES ('optimize')",
        ):
            db.execute_sql(sql)


def _to_7(db: SqliteDatabase) -> None:
    """Tags with colours on accounts, their people and ours; key dates
    (birthdays, anniversaries) of people, with or without a year; internal
    customers' ledgers (an account tied to a team member) and their own
    check-up questions."""
    for sql in (
        'CREATE TABLE "tag" ("id" INTEGER NOT NULL PRIMARY KEY, "name" TEXT NOT NULL COLLATE NOCASE, '
        '"colour" TEXT NOT NULL)',
        'CREATE UNIQUE INDEX "tag_name" ON "tag" ("name")',
        *(statement for owner, table, key in (("account", "account", "account_id"),
                                              ("stakeholder", "stakeholder", "stakeholder_id"),
                                              ("member", "team_member", "member_id"))
          for statement in (
              f'CREATE TABLE "{owner}_tag" ("{key}" INTEGER NOT NULL, "tag_id" INTEGER NOT NULL, '
              f'PRIMARY KEY ("{key}", "tag_id"), '
              f'FOREIGN KEY ("{key}") REFERENCES "{table}" ("id") ON DELETE CASCADE, '
              f'FOREIGN KEY ("tag_id") REFERENCES "tag" ("id") ON DELETE CASCADE)',
              f'CREATE INDEX "{owner}_tag_{key}" ON "{owner}_tag" ("{key}")',
              f'CREATE INDEX "{owner}_tag_tag_id" ON "{owner}_tag" ("tag_id")',
          )),
        'CREATE TABLE "key_date" ("id" INTEGER NOT NULL PRIMARY KEY, "stakeholder_id" INTEGER, '
        '"member_id" INTEGER, "label" TEXT NOT NULL, '
        '"month" INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12), '
        '"day" INTEGER NOT NULL CHECK (day BETWEEN 1 AND 31), "year" INTEGER, "yearly" INTEGER NOT NULL, '
        'FOREIGN KEY ("stakeholder_id") REFERENCES "stakeholder" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("member_id") REFERENCES "team_member" ("id") ON DELETE CASCADE)',
        'CREATE INDEX "key_date_stakeholder_id" ON "key_date" ("stakeholder_id")',
        'CREATE INDEX "key_date_member_id" ON "key_date" ("member_id")',
        'ALTER TABLE "account" ADD COLUMN "internal_member_id" INTEGER '
        'REFERENCES "team_member" ("id") ON DELETE CASCADE',
        'CREATE UNIQUE INDEX "account_internal_member_id" ON "account" ("internal_member_id")',
        'ALTER TABLE "health_question" ADD COLUMN "audience" TEXT NOT NULL DEFAULT \'client\'',
    ):
        db.execute_sql(sql)
    # The internal set as it stood at schema 7 (written here, not imported:
    # a later edit of the defaults must not change this step).
    start = db.execute_sql('SELECT COALESCE(MAX(position), -1) + 1 FROM health_question').fetchone()[0]
    for offset, (key, text) in enumerate(_INTERNAL_QUESTIONS_7):
        # ``active`` as a parameter: SQLite stores True as 1, PostgreSQL's column is boolean.
        db.execute_sql('INSERT OR IGNORE INTO "health_question" ("key", "text", "position", "active", "audience") '
                       'VALUES (?, ?, ?, ?, \'internal\')', (key, text, start + offset, True))


_INTERNAL_QUESTIONS_7 = (
    ("internal-know-what-we-do", "Do they know what we do for them, and what it is worth to them?"),
    ("internal-recommend", "Would they speak up for us to colleagues elsewhere in the firm?"),
    ("internal-promises", "Do we deliver what we promise them, when we said we would?"),
    ("internal-their-goals", "Do we know what they are measured on this year, and help them meet it?"),
    ("internal-first-ask", "When they need help, are we the first people they ask?"),
    ("internal-easy", "Is working with us easy for them: no chasing, no surprises?"),
    ("internal-listened", "When they tell us what to change, do they see it change?"),
)


def _to_8(db: SqliteDatabase) -> None:
    """Who did what, and edits that do not overwrite each other (team
    databases): the author of accounts, entries, promises and check-ups, a
    version and the last editor on the records people edit, and the logins
    of a team database with the team member each one is.  Written to run on
    PostgreSQL too."""
    from relapp.store import record_versions
    from relapp.store.dialect import is_postgres

    postgres = is_postgres(db)
    member = 'INTEGER REFERENCES "team_member" ("id") ON DELETE SET NULL'
    # Each table's new columns in the models' order: author, version, editor.
    statements = [f'ALTER TABLE "{table}" ADD COLUMN "author_id" {member}' for table in record_versions.AUTHORED]
    for table in record_versions.VERSIONED:
        statements += [f'ALTER TABLE "{table}" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1',
                       f'ALTER TABLE "{table}" ADD COLUMN "edited_by_id" {member}']
    statements += [
        'CREATE TABLE "team_login" ("login" TEXT NOT NULL PRIMARY KEY, "member_id" INTEGER NOT NULL, '
        f'"admin" {"BOOLEAN" if postgres else "INTEGER"} NOT NULL, '
        'FOREIGN KEY ("member_id") REFERENCES "team_member" ("id") ON DELETE CASCADE)',
        'CREATE INDEX "team_login_member_id" ON "team_login" ("member_id")',
    ]
    for sql in statements + record_versions.create_statements(db):
        db.execute_sql(sql)


MIGRATIONS: dict[int, Callable[[SqliteDatabase], None]] = {
    2: _to_2,
    3: _to_3,
    4: _to_4,
    5: _to_5,
    6: _to_6,
    7: _to_7,
    8: _to_8,
}


def pending(found: int) -> list[int]:
    return [v for v in sorted(MIGRATIONS) if found < v <= CURRENT_VERSION]
