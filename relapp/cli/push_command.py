"""``relapp --database URL push FILE_OR_DATA_DIR``: copy a local Relapp
database into an empty team database and print what was copied."""

from __future__ import annotations

from pathlib import Path

from relapp.cli.data import open_data, team_database
from relapp.cli.main import CliError


def register(sub) -> None:
    p = sub.add_parser("push", help="copy a local Relapp database into an empty team database (--database URL)")
    p.add_argument("source", metavar="FILE_OR_DATA_DIR", type=Path,
                   help="a Relapp database file, or a data directory holding one (it is not changed)")
    p.set_defaults(handler=run)


def run(args) -> int:
    from relapp.services.team import push, read_local
    from relapp.services.session import display_url

    url = team_database(args)
    if url is None:
        raise CliError("push copies into a team database: give --database postgresql://USER@HOST[:PORT]/DB "
                       "(or set RELAPP_DATABASE)", 2)
    local = read_local(args.source)
    with open_data(args) as target:
        counts = push(local, target)
    print(f"copied {args.source} into {display_url(url)}:")
    width = max(len(name) for name in counts)
    for name, count in counts.items():
        print(f"  {name:<{width}}  {count:>7}")
    return 0
