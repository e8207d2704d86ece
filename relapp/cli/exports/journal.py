"""``relapp export journal --format csv [--account NAME] -o FILE``."""

from __future__ import annotations

from pathlib import Path

from relapp.cli.data import open_data
from relapp.services.accounts import find_account
from relapp.services.files import write_private


def register(kinds) -> None:
    p = kinds.add_parser("journal", help="journal entries as CSV")
    p.add_argument("--format", choices=["csv"], required=True)
    p.add_argument("--account", metavar="NAME", help="only this account's entries")
    p.add_argument("-o", "--output", metavar="FILE", required=True, type=Path)
    p.set_defaults(handler=run)


def run(args) -> int:
    from relapp.services.interchange.journal_export import journal_csv

    open_data(args)
    account_id = find_account(args.account).id if args.account else None
    write_private(args.output, journal_csv(account_id))
    print(f"journal written to {args.output}")
    return 0
