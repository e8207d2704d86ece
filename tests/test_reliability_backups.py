"""Backups: made, verified, listed, thinned and restored — through the
services and through ``relapp backup / backups / restore``."""

import datetime as dt
import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from cli_helpers import run_command
from relapp.services.accounts import create_account
from relapp.services.backups import backup_now, list_backups, restore_backup
from relapp.services.session import open_data_dir
from relapp.store.database import close_db
from relapp.store.errors import StoreError
from cli_helpers import data_option

# SQLite only: backups are copies of the SQLite file (a team database's are the server's).
pytestmark = pytest.mark.sqlite_only


FIXTURES = Path(__file__).parent / "fixtures"


def account_names(path: Path) -> list[str]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in con.execute("SELECT name FROM account ORDER BY name")]
    finally:
        con.close()


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def fake_backup(data_dir: Path, kind: str, when: dt.datetime) -> Path:
    """A real backup file with a chosen date in its name."""
    folder = data_dir / "backups"
    folder.mkdir(exist_ok=True)
    path = folder / f"{kind}-{when:%Y%m%d-%H%M%S}.sqlite3"
    shutil.copy(FIXTURES / "schema-2.sqlite3", path)
    return path


def test_backup_now_is_a_verified_private_copy_that_lists_with_date_and_size(db, data_dir):
    create_account(name="Kept Safe Ltd")
    path = backup_now(data_dir)
    assert path.parent == data_dir / "backups"
    assert account_names(path) == ["Kept Safe Ltd"]
    assert not Path(str(path) + "-wal").exists(), "a backup is one standalone file"
    listed = list_backups(data_dir)
    assert [b.path for b in listed] == [path]
    assert listed[0].size == path.stat().st_size > 0
    assert abs(listed[0].taken - dt.datetime.now()) < dt.timedelta(minutes=1)
    if os.name == "posix":
        assert mode_of(path) == 0o600
        assert mode_of(path.parent) == 0o700


def test_automatic_backup_at_start_only_when_the_last_is_a_day_old(data_dir):
    open_data_dir(data_dir)
    create_account(name="Daily Ltd")
    close_db()
    assert list_backups(data_dir) == [], "a brand-new database is not backed up"
    open_data_dir(data_dir)
    close_db()
    first = list_backups(data_dir)
    assert [b.kind for b in first] == ["auto"]
    assert account_names(first[0].path) == ["Daily Ltd"]
    open_data_dir(data_dir)
    close_db()
    assert list_backups(data_dir) == first, "not again the same day"
    # Pretend the last one is from the day before yesterday.
    old = first[0].path.with_name(f"auto-{dt.datetime.now() - dt.timedelta(days=2):%Y%m%d-%H%M%S}.sqlite3")
    first[0].path.rename(old)
    open_data_dir(data_dir)
    close_db()
    assert len([b for b in list_backups(data_dir) if b.kind == "auto"]) == 2


def test_older_backups_are_thinned_after_a_new_verified_one(db, data_dir):
    now = dt.datetime.now().replace(microsecond=0)
    # Past days at fixed hours: "a day and three hours ago" fell on the day
    # before "a day and an hour ago" when the test ran before 03:00.
    afternoon = now.replace(hour=15, minute=0, second=0)
    daily = [fake_backup(data_dir, "auto", afternoon - dt.timedelta(days=d)) for d in range(1, 400)]
    extra_same_day = fake_backup(data_dir, "manual", afternoon - dt.timedelta(days=1, hours=2))
    migration_copy = fake_backup(data_dir, "before-schema-2", now - dt.timedelta(days=300))
    restore_copy = fake_backup(data_dir, "before-restore", now - dt.timedelta(days=200))
    backup_now(data_dir)
    left = list_backups(data_dir)
    regular = [b for b in left if b.kind in ("auto", "manual")]
    assert len(regular) <= 1 + 7 + 4 + 12
    assert len(regular) >= 12
    assert daily[0] in [b.path for b in regular], "yesterday's backup stays"
    assert not extra_same_day.exists(), "an older backup of the same day goes"
    assert migration_copy.exists() and restore_copy.exists(), "copies before upgrades and restores stay"
    days = {b.taken_utc.date() for b in regular}
    assert len(days) == len(regular), "one per day at most"


def test_backup_to_a_chosen_file(db, data_dir, tmp_path):
    create_account(name="Elsewhere Ltd")
    out = tmp_path / "out" / "copy.sqlite3"
    out.parent.mkdir()
    assert backup_now(data_dir, out) == out
    assert account_names(out) == ["Elsewhere Ltd"]
    if os.name == "posix":
        assert mode_of(out) == 0o600
    with pytest.raises(StoreError):
        backup_now(data_dir, data_dir / "relapp.sqlite3")


def test_restore_verifies_first_and_keeps_the_current_data(db, data_dir, tmp_path):
    create_account(name="Before Ltd")
    good = backup_now(data_dir, tmp_path / "good.sqlite3")
    create_account(name="After Ltd")
    close_db()
    current = data_dir / "relapp.sqlite3"

    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"SQLite format 3\x00" + os.urandom(8000))
    before = current.read_bytes()
    for bad in (garbage, tmp_path / "missing.sqlite3", FIXTURES / "make_schema_1.py"):
        with pytest.raises(StoreError, match="nothing was changed"):
            restore_backup(data_dir, bad)
        assert current.read_bytes() == before

    result = restore_backup(data_dir, good)
    assert account_names(current) == ["Before Ltd"]
    assert not result.kept_damaged
    assert result.kept.parent == data_dir / "backups"
    assert account_names(result.kept) == ["After Ltd", "Before Ltd"]
    open_data_dir(data_dir)  # the restored data opens as usual


def test_data_still_open_in_this_process_is_never_replaced_or_moved_aside(db, data_dir, tmp_path):
    """Its owner closes it first: a connection left open would go on writing into the file moved away.
    Refused before anything is touched, naming the data still open."""
    from relapp.services.backups import move_aside
    from relapp.store.binding import DataStillOpenError

    create_account(name="Open Ltd")
    good = backup_now(data_dir, tmp_path / "good.sqlite3")
    kept_before = list_backups(data_dir)
    current = data_dir / "relapp.sqlite3"
    still_open = rf"{data_dir}.* cannot be (replaced by a backup|moved aside) while .*relapp.sqlite3 is still open"
    with pytest.raises(DataStillOpenError, match=still_open):
        restore_backup(data_dir, good)
    with pytest.raises(DataStillOpenError, match=still_open):
        move_aside(data_dir)
    assert current.exists() and not (data_dir / "set-aside").exists()
    assert list_backups(data_dir) == kept_before
    assert not db.is_closed() and create_account(name="Still open Ltd")  # the data's owner still has it
    assert "Still open Ltd" in account_names(current)


def test_restoring_a_backup_from_an_older_relapp_upgrades_it(data_dir):
    open_data_dir(data_dir)
    close_db()
    restore_backup(data_dir, FIXTURES / "schema-1.sqlite3")
    open_data_dir(data_dir)
    from relapp.store.models import Account

    assert [a.name for a in Account.select()] == ["Fixture Holdings"]


def run_cli(capsys, data_dir, *args):
    code = run_command([*data_option(data_dir), *args])
    close_db()
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_backup_backups_and_restore(data_dir, capsys, tmp_path):
    code, out, err = run_cli(capsys, data_dir, "backup")
    assert code == 1 and "no data" in err and len(err.splitlines()) == 1

    open_data_dir(data_dir)
    create_account(name="Cli Ltd")
    close_db()
    code, out, err = run_cli(capsys, data_dir, "backup")
    assert code == 0, err
    made = Path(out.split("backed up to ", 1)[1].split(" (", 1)[0])
    assert made.parent == data_dir / "backups" and "verified" in out

    target = tmp_path / "mine.sqlite3"
    code, out, err = run_cli(capsys, data_dir, "backup", "-o", str(target))
    assert code == 0 and account_names(target) == ["Cli Ltd"]

    code, out, err = run_cli(capsys, data_dir, "backups")
    assert code == 0
    line = out.splitlines()[0]
    assert made.name in line
    assert dt.date.today().isoformat() in line
    assert " KB" in line or " MB" in line

    open_data_dir(data_dir)
    create_account(name="Later Ltd")
    close_db()
    code, out, err = run_cli(capsys, data_dir, "restore", str(target))
    assert code == 0, err
    assert account_names(data_dir / "relapp.sqlite3") == ["Cli Ltd"]
    kept = Path(out.split("kept: ", 1)[1].strip())
    assert account_names(kept) == ["Cli Ltd", "Later Ltd"]

    code, out, err = run_cli(capsys, data_dir, "restore", str(tmp_path / "nope.sqlite3"))
    assert code == 1 and len(err.strip().splitlines()) == 1 and "nothing was changed" in err


@pytest.fixture
def local_zone():
    """Set the computer's time zone for the test (as travelling does)."""
    import time

    saved = os.environ.get("TZ")

    def set_zone(name: str) -> None:
        os.environ["TZ"] = name
        time.tzset()

    yield set_zone
    if saved is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = saved
    time.tzset()


def test_a_clock_moved_back_by_travel_never_thins_away_the_newest_backup(db, data_dir, local_zone):
    """Back up in Berlin, import, back up again in New York the same day: the
    second backup is the newer one (13:05 UTC after 13:00 UTC) although its
    local time reads six hours earlier."""
    local_zone("Europe/Berlin")
    create_account(name="Before Ltd")
    first = backup_now(data_dir, now=dt.datetime(2026, 11, 30, 14, 0))
    create_account(name="Imported Ltd")
    local_zone("America/New_York")
    second = backup_now(data_dir, now=dt.datetime(2026, 11, 30, 8, 5))
    assert second.exists(), "the backup just made and verified stays"
    assert account_names(second) == ["Before Ltd", "Imported Ltd"]
    newest = list_backups(data_dir)[0]
    assert newest.path == second
    assert newest.taken_utc == dt.datetime(2026, 11, 30, 13, 5, tzinfo=dt.timezone.utc)
    assert newest.taken == dt.datetime(2026, 11, 30, 8, 5), "shown in the computer's local time"
    assert not first.exists(), "the older backup of that day is the one thinned"


def test_a_backup_named_later_today_does_not_fail_every_start(data_dir, caplog):
    open_data_dir(data_dir)
    create_account(name="Daily Ltd")
    close_db()
    later = fake_backup(data_dir, "auto", dt.datetime.combine(dt.date.today(), dt.time(23, 59, 59)))
    for _start in range(2):
        open_data_dir(data_dir)
        close_db()
    assert "automatic backup failed" not in caplog.text
    made = [b for b in list_backups(data_dir) if b.path != later]
    assert len(made) == 1, "one automatic backup, not one per start"
    assert account_names(made[0].path) == ["Daily Ltd"]


def test_files_left_by_interrupted_restores_and_backups_are_cleared_or_offered(data_dir):
    """A restore killed after it staged the verified copy but before the
    swap, and copies killed half-way: at the next start the data is as it
    was, the staged copy is offered among the backups, the half copies
    (never verified) are gone."""
    open_data_dir(data_dir)
    create_account(name="Live Ltd")
    chosen = backup_now(data_dir)
    close_db()
    shutil.copy(chosen, data_dir / "relapp.sqlite3.restoring")
    open_data_dir(data_dir)
    create_account(name="Added Later Ltd")
    close_db()
    half = ["relapp.sqlite3.restoring.partial", "relapp.sqlite3.restoring.partial-journal",
            f"backups/auto-20991231-000000Z.sqlite3.partial", f"backups/auto-20991231-000000Z.sqlite3.partial-journal"]
    for name in half:
        (data_dir / name).write_bytes(b"half a copy")
    open_data_dir(data_dir)
    close_db()
    left = sorted(str(p.relative_to(data_dir)) for p in data_dir.rglob("*") if p.is_file())
    assert not [name for name in left if "restoring" in name or "partial" in name], left
    assert account_names(data_dir / "relapp.sqlite3") == ["Added Later Ltd", "Live Ltd"], "the data as it was"
    [offered] = [b for b in list_backups(data_dir) if b.kind == "interrupted-restore"]
    assert account_names(offered.path) == ["Live Ltd"]
