"""``relapp export chart ACCOUNT [--stakeholder NAME] [--since DATE] --format png|svg -o FILE``."""

from __future__ import annotations

import datetime as dt

from relapp.cli.data import open_data
from relapp.cli.main import CliError
from relapp.cli.output_file import add_output_arguments, write_output
from relapp.services.accounts import find_account
from relapp.services.people import find_stakeholder


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CliError(f"--since must be a date written YYYY-MM-DD, not {text!r}", 2) from None


def register(kinds) -> None:
    p = kinds.add_parser("chart", help="the balance chart as PNG or SVG")
    p.add_argument("account", metavar="ACCOUNT")
    p.add_argument("--stakeholder", metavar="NAME", help="chart one person's balance instead")
    p.add_argument("--since", metavar="YYYY-MM-DD", type=_day)
    p.add_argument("--format", choices=["png", "svg"], required=True)
    add_output_arguments(p)
    p.set_defaults(handler=run)


def run(args) -> int:
    with open_data(args) as source:
        account = find_account(args.account)
        person = find_stakeholder(account.id, args.stakeholder) if args.stakeholder else None
        from relapp.gui.chart.render import render_chart

        data = render_chart(account.id, person.id if person else None, args.since, args.format)
        write_output(args, data, source)
        print(f"chart written to {args.output}")
        return 0
