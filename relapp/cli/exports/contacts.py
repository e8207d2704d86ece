"""``relapp export contacts --format vcf|csv [--account NAME] -o FILE``."""

from __future__ import annotations

from relapp.cli.data import open_data
from relapp.cli.output_file import add_output_arguments, write_output
from relapp.services.accounts import find_account


def register(kinds) -> None:
    p = kinds.add_parser("contacts", help="stakeholders as vCard 4.0 or CSV")
    p.add_argument("--format", choices=["vcf", "csv"], required=True)
    p.add_argument("--account", metavar="NAME", help="only this account's people")
    add_output_arguments(p)
    p.set_defaults(handler=run)


def run(args) -> int:
    from relapp.services.interchange.contact_export import contacts_csv, contacts_vcard

    with open_data(args) as source:
        account_id = find_account(args.account).id if args.account else None
        text = contacts_vcard(account_id) if args.format == "vcf" else contacts_csv(account_id)
        write_output(args, text, source)
        print(f"contacts written to {args.output}")
        return 0
