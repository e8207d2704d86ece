"""Damaged, foreign and newer files at start: a clear message that offers
the latest good backup; the file itself is never changed, and moved aside
(not deleted) only when a backup takes its place."""

import os
import sqlite3
from pathlib import Path

import pytest

from cli_helpers import run_command
from relapp.services.accounts import create_account
from relapp.services.backups import backup_now
from relapp.services.session import UnusableDataError, open_data_dir
from relapp.store.database import close_db


def truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def garbage(path: Path) -> None:
    path.write_bytes(os.urandom(64 * 1024))


def scrambled_pages(path: Path) -> None:
    """A valid header and first page, rubbish further in (a bad sector)."""
    data = bytearray(path.read_bytes())
    for offset in range(8192, len(data), 4096):
        data[offset:offset + 512] = os.urandom(512)
    path.write_bytes(bytes(data))


def foreign(path: Path) -> None:
    path.unlink()
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE songs (title TEXT, artist TEXT)")
    con.execute("INSERT INTO songs VALUES ('a', 'b')")
    con.commit()
    con.close()


def newer(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("INSERT INTO schema_version (version, applied_at, app_version) VALUES (99, '2031-01-01', '9.0')")
    con.commit()
    con.close()


def non_utf8_schema(path: Path) -> None:
    """A table whose name and definition hold bytes that are not UTF-8 (what
    a flipped bit in the schema page does); SQLite's own message then names
    it in those bytes."""
    bad = b"attenti\xff\xfen_state"
    con = sqlite3.connect(path)
    con.execute("PRAGMA writable_schema=ON")
    con.execute("UPDATE sqlite_master SET name=CAST(? AS TEXT), tbl_name=CAST(? AS TEXT), sql=CAST(? AS TEXT) "
                "WHERE name='attention_state'", (bad, bad, b'CREATE TABLE "' + bad + b'" (id INTEGER PRIMARY KEY, '))
    con.commit()
    con.close()


def flipped_bytes(path: Path, seed: int = 0, count: int = 2000) -> None:
    """Random damage past the header: ``count`` flipped bits."""
    import random

    rng = random.Random(seed)
    data = bytearray(path.read_bytes())
    for _ in range(count):
        data[rng.randrange(100, len(data))] ^= 1 << rng.randrange(8)
    path.write_bytes(bytes(data))


DAMAGE = {"truncated": (truncated, "damaged|cannot be read|malformed"),
          "non-utf8-schema": (non_utf8_schema, "damaged"),
          "garbage": (garbage, "not a Relapp database"),
          "scrambled": (scrambled_pages, "damaged|cannot be read|malformed"),
          "foreign": (foreign, "not a Relapp database"),
          "newer": (newer, "newer Relapp")}


@pytest.fixture
def damaged_later(data_dir):
    """A data directory with real data and one good backup; returns a
    function that damages the database and gives back its bytes."""
    open_data_dir(data_dir)
    account = create_account(name="Good Times Ltd")
    from relapp.services.people import create_stakeholder

    from relapp.services.validation import transaction

    with transaction():
        for i in range(300):  # several pages, so damage further in hits data
            create_stakeholder(account=account.id, name=f"Person {i}", notes="x" * 200)
    backup = backup_now(data_dir)
    close_db()
    path = data_dir / "relapp.sqlite3"

    def damage(kind: str) -> bytes:
        DAMAGE[kind][0](path)
        for suffix in ("-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        return path.read_bytes()

    return damage, backup


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_start_refuses_with_a_clear_message_offering_the_backup_and_changes_nothing(data_dir, damaged_later,
                                                                                    kind, capsys):
    damage, backup = damaged_later
    before = damage(kind)
    with pytest.raises(UnusableDataError, match=DAMAGE[kind][1]) as caught:
        open_data_dir(data_dir)
    assert caught.value.backup.path == backup
    assert caught.value.newer == (kind == "newer")

    code = run_command(["--data-dir", str(data_dir), "accounts"])
    err = capsys.readouterr().err
    assert code == 1
    assert len(err.strip().splitlines()) == 1, err
    assert f"relapp restore {backup}" in err
    assert (data_dir / "relapp.sqlite3").read_bytes() == before
    assert sorted(p.name for p in (data_dir / "backups").iterdir()) == [backup.name], "no backup of a bad file"


@pytest.mark.parametrize("kind", ["scrambled", "foreign", "non-utf8-schema"])
def test_restore_moves_the_damaged_file_aside_untouched(data_dir, damaged_later, kind, capsys):
    damage, backup = damaged_later
    before = damage(kind)
    code = run_command(["--data-dir", str(data_dir), "restore", str(backup)])
    out = capsys.readouterr().out
    close_db()
    assert code == 0
    assert not list(data_dir.glob("relapp.sqlite3.restoring*")), "no staged copy left behind"
    aside = Path(out.split("could not be read): ", 1)[1].strip())
    assert aside.parent == data_dir / "set-aside"
    assert aside.read_bytes() == before
    if os.name == "posix":
        assert oct(aside.stat().st_mode & 0o777) == oct(0o600)
    open_data_dir(data_dir)
    from relapp.store.models import Account

    assert [a.name for a in Account.select()] == ["Good Times Ltd"]


def test_without_a_backup_the_message_says_so(data_dir, capsys):
    data_dir.mkdir(parents=True)
    (data_dir / "relapp.sqlite3").write_bytes(b"definitely not a database")
    code = run_command(["--data-dir", str(data_dir), "accounts"])
    err = capsys.readouterr().err
    assert code == 1 and "no good backup" in err and len(err.strip().splitlines()) == 1


def test_check_reports_damage_with_a_non_zero_exit(data_dir, damaged_later, capsys):
    damage, _backup = damaged_later
    damage("scrambled")
    assert run_command(["--data-dir", str(data_dir), "check"]) == 1


@pytest.mark.parametrize("kind", ["scrambled", "non-utf8-schema"])
def test_check_reports_damage_in_one_line(data_dir, damaged_later, kind, capsys):
    damage, _backup = damaged_later
    damage(kind)
    assert run_command(["--data-dir", str(data_dir), "check"]) == 1
    out = capsys.readouterr()
    assert len((out.out + out.err).strip().splitlines()) == 1, out
    assert "damaged" in out.out + out.err


def test_a_damaged_file_in_the_backups_folder_does_not_hide_the_good_backup(data_dir, damaged_later, capsys):
    damage, backup = damaged_later
    newest = backup.with_name("manual-29991231-235959.sqlite3")  # sorts first: it is tried first
    newest.write_bytes(backup.read_bytes())
    non_utf8_schema(newest)
    damage("truncated")
    with pytest.raises(UnusableDataError) as caught:
        open_data_dir(data_dir)
    assert caught.value.backup.path == backup
    assert run_command(["--data-dir", str(data_dir), "accounts"]) == 1
    err = capsys.readouterr().err
    assert f"relapp restore {backup}" in err and len(err.strip().splitlines()) == 1, err


@pytest.mark.parametrize("seed", range(6))
def test_random_damage_is_reported_never_an_internal_error(data_dir, damaged_later, seed, capsys):
    """2,000 flipped bits anywhere past the header: check, open and restore
    each answer in one line, and restore repairs the file."""
    damage, backup = damaged_later
    flipped_bytes(data_dir / "relapp.sqlite3", seed)
    for suffix in ("-wal", "-shm"):
        Path(str(data_dir / "relapp.sqlite3") + suffix).unlink(missing_ok=True)
    for command in (["check"], ["accounts"]):
        code = run_command(["--data-dir", str(data_dir), *command])
        close_db()
        out = capsys.readouterr()
        assert code != 70 and len(out.err.strip().splitlines()) <= 1, (command, out.err)
    assert run_command(["--data-dir", str(data_dir), "restore", str(backup)]) == 0
    close_db()
    assert not list(data_dir.glob("relapp.sqlite3.restoring*"))
    assert run_command(["--data-dir", str(data_dir), "check"]) == 0


def index_out_of_step(path: Path) -> None:
    """An index whose entries no longer match its table: SQLite's quick
    check passes it, the full integrity check does not."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA writable_schema=ON")
    con.execute("UPDATE sqlite_master SET sql=replace(sql, '\"name\"', '\"notes\"') "
                "WHERE name='stakeholder_account_id_name'")
    con.commit()
    con.close()


def test_check_runs_the_full_integrity_check(data_dir, damaged_later, capsys):
    damage, _backup = damaged_later
    index_out_of_step(data_dir / "relapp.sqlite3")
    con = sqlite3.connect(data_dir / "relapp.sqlite3")
    assert con.execute("PRAGMA quick_check").fetchall() == [("ok",)], "the damage only the full check sees"
    con.close()
    assert run_command(["--data-dir", str(data_dir), "check"]) == 1
    out = capsys.readouterr().out
    assert "stakeholder_account_id_name" in out and len(out.strip().splitlines()) == 1, out


def test_check_reports_rows_that_point_at_nothing(data_dir, damaged_later, capsys):
    _damage, _backup = damaged_later
    con = sqlite3.connect(data_dir / "relapp.sqlite3")
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute("DELETE FROM account")
    con.commit()
    con.close()
    assert run_command(["--data-dir", str(data_dir), "check"]) == 1
    assert "point at records that no longer exist" in capsys.readouterr().out
