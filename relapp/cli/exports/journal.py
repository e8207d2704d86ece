"""``relapp export journal --format csv [--account NAME] -o FILE``."""

from __future__ import annotations

from relapp.cli.data import open_data
from relapp.cli.output_file import add_output_arguments, write_output
from relapp.services.accounts import find_account


def register(kinds) -> None:
    p = kinds.add_parser("journal", help="journal entries as CSV")
    p.add_argument("--format", choices=["csv"], required=True)
    p.add_argument("--account", metavar="NAME", help="only this account's entries")
    add_output_arguments(p)
    p.set_defaults(handler=run)


def run(args) -> int:
    from relapp.services.interchange.journal_export import journal_csv

    with open_data(args) as source:
        account_id = find_account(args.account).id if args.account else None
        write_output(args, journal_csv(account_id), source)
        print(f"journal written to {args.output}")
        return 0
