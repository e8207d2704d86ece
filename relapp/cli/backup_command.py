"""``relapp backup [-o FILE]``: a verified copy of the data now."""

from __future__ import annotations

from pathlib import Path

from relapp.cli.data import open_data, team_database
from relapp.cli.main import CliError
from relapp.domain.file_sizes import human_size
from relapp.services.backups import backup_now
from relapp.services.data_folder import db_path, resolve_data_dir


def register(sub) -> None:
    p = sub.add_parser("backup", help="make a verified backup of the data now",
                       description="A verified copy of the data folder's database; with --database, the team "
                                   "database's full dump (as export all --format json) written to FILE. The "
                                   "server's own backups remain its administrator's job.")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="write the backup to FILE (default: the backups folder in the data directory; "
                        "required for a team database)")
    p.set_defaults(handler=run)


def run(args) -> int:
    url = team_database(args)
    if url is not None:
        return _dump_team_database(args)
    data_dir = resolve_data_dir(args.data_dir)
    if not db_path(data_dir).exists():
        raise CliError(f"there is no data in {data_dir} to back up yet")
    # Opening first gives a damaged file its clear message (and upgrades an
    # old one) before anything is copied.
    with open_data(args, backup=False):
        pass
    path = backup_now(data_dir, Path(args.output) if args.output else None)
    print(f"backed up to {path} ({human_size(path.stat().st_size)}, verified)")
    return 0


def _dump_team_database(args) -> int:
    """A team database's backup is its full dump (it imports into a local
    folder); the server's own backups are its administrator's job."""
    from relapp.services.interchange.full_dump import dump_json
    from relapp.services.files import TargetExistsError, UnsafeTargetError, write_export

    if not args.output:
        raise CliError("a team database is backed up to a file: give -o FILE (the server's own backups "
                       "are its administrator's job)", 2)
    with open_data(args) as source:
        try:
            path = write_export(Path(args.output), dump_json(), replace=False, data_folder=source.folder)
        except (TargetExistsError, UnsafeTargetError) as exc:
            raise CliError(str(exc)) from None
        print(f"backed up to {path} ({human_size(path.stat().st_size)}): the whole team database as a Relapp dump; "
              "the server's own backups remain its administrator's job")
        return 0
