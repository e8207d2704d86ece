"""``relapp demo``: build demo data in a directory of its own."""

from __future__ import annotations

import os
import sys

from relapp.cli.main import CliError
from relapp.services.data_folder import DATA_DIR_VARIABLE, db_path, demo_data_dir, resolve_data_dir
from relapp.services.demo import SIZES, build_demo
from relapp.cli.data import open_data, team_database
from relapp.services.session import has_data, open_data_context


def register(sub) -> None:
    p = sub.add_parser("demo", help="build demo data and open it")
    p.add_argument("--size", choices=sorted(SIZES), default="small",
                   help="; ".join(f"{name}: {spec.accounts:,} accounts, {spec.entries:,} entries"
                                  for name, spec in sorted(SIZES.items())) + " (default: small)")
    p.add_argument("--seed", type=int, default=1, metavar="N",
                   help="another number gives other made-up names and entries (default: 1)")
    p.add_argument("--no-open", action="store_true", help="build the data only, do not open the window")
    p.set_defaults(handler=run)


def run(args) -> int:
    url = team_database(args)
    if url is not None:
        return _on_team_database(args, url)
    chosen = args.data_dir or os.environ.get(DATA_DIR_VARIABLE)
    if chosen:
        data_dir = resolve_data_dir(chosen)
        if has_data(data_dir):
            raise CliError(f"{data_dir} already holds Relapp data (accounts, our team, settings or other entries); "
                           "nothing was changed (choose an empty directory, or leave out --data-dir for the "
                           "separate demo directory)")
    else:
        # The demo directory is ours alone: rebuild it from scratch each time.
        data_dir = demo_data_dir()
        for suffix in ("", "-wal", "-shm"):
            path = db_path(data_dir).with_name(db_path(data_dir).name + suffix)
            if path.exists():
                path.unlink()
    with open_data_context(data_dir):
        counts = build_demo(args.size, args.seed)
    print(f"demo data ({args.size}) written to {data_dir}: {counts['account']} accounts, "
          f"{counts['stakeholder']} stakeholders, {counts['entry']} entries")
    sys.stdout.flush()
    if args.no_open:
        return 0
    from relapp.gui.launch import run_window

    return run_window(data_dir)


def _on_team_database(args, url: str) -> int:
    """The demo in an empty team database (one that holds data is refused)."""
    from relapp.services.interchange.full_dump import data_is_empty
    from relapp.services.session import display_url

    with open_data(args):  # the team database ``url`` names
        if not data_is_empty():
            raise CliError(f"{display_url(url)} already holds Relapp data; nothing was changed")
        counts = build_demo(args.size, args.seed)
    print(f"demo data ({args.size}) written to {display_url(url)}: {counts['account']} accounts, "
          f"{counts['stakeholder']} stakeholders, {counts['entry']} entries")
    if not args.no_open:
        print(f"relapp: note: the window opens data folders only, so far; use the commands with --database")
    return 0
