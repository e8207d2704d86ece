"""``relapp restore FILE``: put a backup in place of the data."""

from __future__ import annotations

from pathlib import Path

from relapp.cli.window_lock import refuse_if_window_open
from relapp.services.backups import restore_backup
from relapp.services.data_folder import resolve_data_dir
from relapp.services.session import open_data_context
from relapp.cli.data import folder_only


def register(sub) -> None:
    p = sub.add_parser("restore", help="replace the data with a backup (verified first; the current data is kept)")
    p.add_argument("file", metavar="FILE", help="the backup file to restore")
    p.set_defaults(handler=run)


def run(args) -> int:
    folder_only(args, "restore")
    data_dir = resolve_data_dir(args.data_dir)
    refuse_if_window_open(data_dir, "restore a backup")
    result = restore_backup(data_dir, Path(args.file))
    # Opening upgrades a backup from an older Relapp now, not at next use.
    with open_data_context(data_dir, backup=False):
        pass
    print(f"restored {result.restored_from}")
    if result.kept is not None:
        how = "moved aside as it was (it could not be read)" if result.kept_damaged else "kept"
        print(f"the data it replaced was {how}: {result.kept}")
    return 0
