"""``relapp check``: is the data sound?"""

from __future__ import annotations

from relapp.services.data_folder import check_data, resolve_data_dir


def register(sub) -> None:
    p = sub.add_parser("check", help="check the database's integrity")
    p.set_defaults(handler=run)


def run(args) -> int:
    result = check_data(resolve_data_dir(args.data_dir))
    print(result.message)
    return 0 if result.ok else 1
