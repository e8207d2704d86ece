"""``relapp backup [-o FILE]``: a verified copy of the data now."""

from __future__ import annotations

from pathlib import Path

from relapp.cli.data import open_data
from relapp.cli.main import CliError
from relapp.domain.file_sizes import human_size
from relapp.services.backups import backup_now
from relapp.services.data_folder import db_path, resolve_data_dir
from relapp.services.session import close_data


def register(sub) -> None:
    p = sub.add_parser("backup", help="make a verified backup of the data now")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="write the backup to FILE (default: the backups folder in the data directory)")
    p.set_defaults(handler=run)


def run(args) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    if not db_path(data_dir).exists():
        raise CliError(f"there is no data in {data_dir} to back up yet")
    # Opening first gives a damaged file its clear message (and upgrades an
    # old one) before anything is copied.
    open_data(args, backup=False)
    close_data()
    path = backup_now(data_dir, Path(args.output) if args.output else None)
    print(f"backed up to {path} ({human_size(path.stat().st_size)}, verified)")
    return 0
