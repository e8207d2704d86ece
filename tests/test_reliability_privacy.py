"""Private data stays private: file permissions, and logs that never hold
a name or a note, whatever goes wrong."""

import logging
import os
import stat
from pathlib import Path

import pytest
from peewee import TextField

from cli_helpers import run_command
from relapp.services import accounts, journal, people
from relapp.services.logs import setup_logging
from relapp.services.validation import ValidationError
from relapp.store.database import close_db
from relapp.store.binding import bound_database
from relapp.store.models import MODELS, SchemaVersion
from cli_helpers import data_option

# SQLite only: file permissions and logs of a data folder.
pytestmark = pytest.mark.sqlite_only


CANARY = "Zq7CanaryVex"
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def log_dir(tmp_path, monkeypatch):
    path = tmp_path / "logs"
    monkeypatch.setenv("RELAPP_LOG_DIR", str(path))
    setup_logging()
    return path


def log_text(log_dir: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in sorted(log_dir.glob("relapp.log*")))


def fill_every_text_field_with_the_canary():
    """Through the services where they exist (and their refusals), then
    straight into every text column of every table, so features added
    later are covered too."""
    account = accounts.create_account(name=f"{CANARY} Holdings", industry=CANARY, notes=CANARY,
                                      our_intent=CANARY, their_intent=CANARY)
    person = people.create_stakeholder(account=account.id, name=f"{CANARY} Person", title=CANARY,
                                       department=CANARY, email=f"{CANARY}@example.org", phone=CANARY,
                                       family=CANARY, interests=CANARY, career_goals=CANARY, measured_by=CANARY,
                                       worries=CANARY, how_we_help=CANARY, notes=CANARY)
    member = people.create_member(name=f"{CANARY} Colleague", role=CANARY, notes=CANARY)
    journal.add_entry(account=account.id, title=CANARY, notes=CANARY, stakeholders=[person.id], members=[member.id])
    refused = [
        lambda: accounts.create_account(name=f"{CANARY} Holdings"),  # duplicate
        lambda: people.create_stakeholder(account=account.id, name=CANARY, email=f"not an email {CANARY}"),
        lambda: journal.add_entry(account=account.id, title=CANARY, kind=CANARY),
        lambda: accounts.create_account(name=CANARY, purpose=CANARY),
        lambda: people.create_member(name=CANARY + "\x00"),
    ]
    for attempt in refused:
        with pytest.raises(ValidationError):
            attempt()
    for model in MODELS:
        if model is SchemaVersion:
            continue
        columns = [f for f in model._meta.sorted_fields if isinstance(f, TextField) and not f.primary_key]
        for field in columns:
            if field.unique:
                bound_database().execute_sql(
                    f'UPDATE "{model._meta.table_name}" SET "{field.column_name}" = ? || rowid', (CANARY,))
            else:
                model.update({field: CANARY}).execute()


def test_logs_never_hold_what_the_user_wrote(demo_db, data_dir, log_dir, capsys):
    fill_every_text_field_with_the_canary()
    close_db()
    for args in (["accounts"], ["accounts", "--json"], ["check"], ["backup"], ["backups"],
                 ["backup", "-o", str(data_dir.parent / "copy.sqlite3")]):
        run_command([*data_option(data_dir), *args])
        close_db()
    run_command([*data_option(data_dir), "restore", str(data_dir.parent / "copy.sqlite3")])
    close_db()
    # Errors, unexpected and expected, with the canary in their messages.
    log = logging.getLogger("relapp.services.test")
    try:
        raise RuntimeError(f"boom {CANARY}")
    except RuntimeError:
        log.exception("unexpected error")
    logging.getLogger("peewee").warning("query %s", CANARY)
    logging.getLogger("some.library").error("value %r", CANARY)
    # A damaged database, then the start that refuses it.
    db_file = data_dir / "relapp.sqlite3"
    db_file.write_bytes(b"SQLite format 3\x00" + CANARY.encode() * 500)
    for suffix in ("-wal", "-shm"):
        Path(str(db_file) + suffix).unlink(missing_ok=True)
    assert run_command([*data_option(data_dir), "accounts"]) == 1
    capsys.readouterr()

    text = log_text(log_dir)
    assert "database opened" in text and "backup" in text and "RuntimeError" in text, "the log is really written"
    assert CANARY not in text
    assert CANARY.lower() not in text.lower()


@posix_only
def test_data_backups_exports_and_logs_are_private(db, data_dir, log_dir, tmp_path, capsys):
    from relapp.services.backups import backup_now, move_aside
    from relapp.services.files import write_private

    accounts.create_account(name="Private Ltd")
    backup = backup_now(data_dir)
    exported = write_private(tmp_path / "exports" / "brief.md", "# notes")
    chosen = backup_now(data_dir, tmp_path / "elsewhere.sqlite3")
    logging.getLogger("relapp.test").info("a line")
    close_db()
    aside = move_aside(data_dir)
    expected = {
        data_dir: 0o700, data_dir / "backups": 0o700, backup: 0o600, chosen: 0o600, exported: 0o600,
        log_dir: 0o700, log_dir / "relapp.log": 0o600, aside.parent: 0o700, aside: 0o600,
    }
    assert {p: oct(mode_of(p)) for p in expected} == {p: oct(m) for p, m in expected.items()}


@posix_only
def test_files_made_while_working_are_private_whatever_the_umask(data_dir):
    from relapp.services.session import open_data_dir

    old = os.umask(0o002)
    try:
        open_data_dir(data_dir)
        accounts.create_account(name="Umask Ltd")
        for path in data_dir.iterdir():
            if path.is_file():
                assert mode_of(path) == 0o600, path
    finally:
        os.umask(old)
        close_db()
