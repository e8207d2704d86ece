"""Damaged, foreign and newer files at start: a clear message that offers
the latest good backup; the file itself is never changed, and moved aside
(not deleted) only when a backup takes its place."""

import os
import sqlite3
from pathlib import Path

import pytest

from relapp.cli.main import main
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


DAMAGE = {"truncated": (truncated, "damaged|cannot be read|malformed"),
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

    code = main(["--data-dir", str(data_dir), "accounts"])
    err = capsys.readouterr().err
    assert code == 1
    assert len(err.strip().splitlines()) == 1, err
    assert f"relapp restore {backup}" in err
    assert (data_dir / "relapp.sqlite3").read_bytes() == before
    assert sorted(p.name for p in (data_dir / "backups").iterdir()) == [backup.name], "no backup of a bad file"


@pytest.mark.parametrize("kind", ["scrambled", "foreign"])
def test_restore_moves_the_damaged_file_aside_untouched(data_dir, damaged_later, kind, capsys):
    damage, backup = damaged_later
    before = damage(kind)
    code = main(["--data-dir", str(data_dir), "restore", str(backup)])
    out = capsys.readouterr().out
    close_db()
    assert code == 0
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
    code = main(["--data-dir", str(data_dir), "accounts"])
    err = capsys.readouterr().err
    assert code == 1 and "no good backup" in err and len(err.strip().splitlines()) == 1


def test_check_reports_damage_with_a_non_zero_exit(data_dir, damaged_later, capsys):
    damage, _backup = damaged_later
    damage("scrambled")
    assert main(["--data-dir", str(data_dir), "check"]) == 1
