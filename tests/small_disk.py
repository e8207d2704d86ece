"""A real disk that fills up: a tmpfs of a few MB mounted in a private
mount namespace (``unshare -rm``: no root needed where user namespaces are
allowed), with Relapp run on it by the scenarios below.

``python tests/small_disk.py MOUNTPOINT SCENARIO ARGS…`` runs inside the
namespace, after the mount; it prints one JSON object with what it saw.
The tests in test_reliability_full_disk.py start it through ``run``.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

SIZE = "16m"
MOUNT_FAILED = 99


def run(mountpoint: Path, scenario: str, *args: str) -> dict | str:
    """The scenario's findings, or why a small disk could not be made here
    (a reason to skip)."""
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return "needs Linux with unshare(1)"
    mountpoint.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
    script = (f'mount -t tmpfs -o size={SIZE} tmpfs "$0" 2>/dev/null || exit {MOUNT_FAILED}; '
              'exec "$@"')
    done = subprocess.run(["unshare", "-rm", "sh", "-c", script, str(mountpoint), sys.executable, __file__,
                           str(mountpoint), scenario, *args], capture_output=True, text=True, env=env, timeout=300)
    if done.returncode == MOUNT_FAILED or (done.returncode != 0 and "unshare" in done.stderr):
        return f"cannot mount a small tmpfs here: {done.stderr.strip() or 'mount refused'}"
    if done.returncode != 0:
        raise AssertionError(f"scenario {scenario} failed: {done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def fill(mountpoint: Path, leave_kb: int) -> None:
    """Take all the free space but ``leave_kb``."""
    filler = mountpoint / "filler"
    with open(filler, "ab", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\0" * 4096)
        except OSError:
            pass
    os.truncate(filler, max(0, filler.stat().st_size - leave_kb * 1024))


def free(mountpoint: Path) -> None:
    (mountpoint / "filler").unlink(missing_ok=True)


def relapp(data_dir: Path, *args: str) -> dict:
    from relapp.cli.main import main
    from relapp.store.database import close_db

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--data-dir", str(data_dir), *args])
    close_db()
    return {"code": code, "out": out.getvalue(), "err": err.getvalue()}


def state(data_dir: Path) -> dict:
    """What the file holds, read with plain sqlite3 (as the next start would,
    recovering the WAL)."""
    con = sqlite3.connect(data_dir / "relapp.sqlite3")
    try:
        return {"integrity": con.execute("PRAGMA integrity_check").fetchall()[0][0],
                "people": con.execute("SELECT COUNT(*) FROM stakeholder").fetchone()[0],
                "entries": con.execute("SELECT COUNT(*) FROM entry").fetchone()[0]}
    finally:
        con.close()


def commit_on_a_full_disk(mountpoint: Path, contacts: str) -> dict:
    """A single edit and an import that meet the full disk when they commit,
    then the same once space is freed."""
    from relapp.services.accounts import create_account
    from relapp.services.journal import add_entry
    from relapp.services.session import open_data_dir
    from relapp.services.storage_errors import storage_problem
    from relapp.store.database import close_db

    data_dir = mountpoint / "data"
    open_data_dir(data_dir, backup=False)
    account = create_account(name="Acme")
    close_db()
    found: dict = {}
    fill(mountpoint, 64)
    notes = "a long note " * 8000  # ~96 KB: more than is left
    found["edit"] = relapp(data_dir, "add", "entry", "Acme", "--title", "Big", "--value", "1", "--notes", notes)
    found["import"] = relapp(data_dir, "import", contacts, "--account", "Imported")
    open_data_dir(data_dir, backup=False)
    try:
        add_entry(account=account.id, title="Big", notes=notes)
    except Exception as exc:  # noqa: BLE001 - what the window's forms would see
        found["service_error"] = storage_problem(exc)
    close_db()
    found["after_failures"] = state(data_dir)
    free(mountpoint)
    found["import_with_space"] = relapp(data_dir, "import", contacts, "--account", "Imported")
    found["edit_with_space"] = relapp(data_dir, "add", "entry", "Acme", "--title", "Big", "--value", "1",
                                      "--notes", notes)
    found["at_end"] = state(data_dir)
    return found


def open_on_a_full_disk(mountpoint: Path) -> dict:
    """No byte left at all when Relapp starts."""
    from relapp.services.accounts import create_account
    from relapp.services.session import open_data_dir
    from relapp.store.database import close_db

    data_dir = mountpoint / "data"
    open_data_dir(data_dir, backup=False)
    create_account(name="Acme")
    close_db()
    before = (data_dir / "relapp.sqlite3").read_bytes()
    fill(mountpoint, 0)
    found = {"accounts": relapp(data_dir, "accounts")}
    found["unchanged"] = (data_dir / "relapp.sqlite3").read_bytes() == before
    found["set_aside"] = (data_dir / "set-aside").exists()
    return found


SCENARIOS = {"commit": commit_on_a_full_disk, "open": open_on_a_full_disk}

if __name__ == "__main__":
    os.environ.setdefault("RELAPP_LOG_DIR", str(Path(sys.argv[1]) / "logs"))
    print(json.dumps(SCENARIOS[sys.argv[2]](Path(sys.argv[1]), *sys.argv[3:])))
