"""``relapp check``: is the data sound?"""

from __future__ import annotations

from relapp.cli.data import folder_only, say_read_only
from relapp.services.data_folder import check_data, read_only_reason, resolve_data_dir


def register(sub) -> None:
    p = sub.add_parser("check", help="check the database's integrity")
    p.set_defaults(handler=run)


def run(args) -> int:
    folder_only(args, "check")
    data_dir = resolve_data_dir(args.data_dir)
    say_read_only(data_dir, read_only_reason(data_dir))
    result = check_data(data_dir)
    print(result.message)
    return 0 if result.ok else 1
