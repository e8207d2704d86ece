"""``relapp export dates --format ics -o FILE [--account NAME]``: people's
key dates (birthdays, anniversaries) as calendar events, repeating yearly."""

from __future__ import annotations

import datetime as dt

from relapp.cli.data import open_data
from relapp.cli.output_file import add_output_arguments, write_output
from relapp.services.accounts import find_account
from relapp.services.interchange.dates_calendar import key_dates_calendar
from relapp.services.key_dates import all_key_dates


def register(kinds) -> None:
    p = kinds.add_parser("dates", help="key dates of people as iCalendar events, repeating yearly")
    p.add_argument("--format", choices=["ics"], required=True)
    p.add_argument("--account", metavar="NAME", help="only the people of this account")
    add_output_arguments(p)
    p.set_defaults(handler=run)


def run(args) -> int:
    with open_data(args) as source:
        rows = all_key_dates()
        if args.account:
            account_id = find_account(args.account).id
            rows = [r for r in rows if r.account_id == account_id]
        now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
        write_output(args, key_dates_calendar(rows, dt.date.today(), now), source)
        print(f"{len(rows)} key dates written to {args.output}")
        return 0
