"""``relapp export commitments --format ics -o FILE [--account NAME]``:
open promises as calendar to-dos, each due on the promise's due day."""

from __future__ import annotations

import datetime as dt

from relapp.cli.data import open_data
from relapp.cli.output_file import add_output_arguments, write_output
from relapp.services.accounts import find_account
from relapp.services.commitments import list_commitments


def register(kinds) -> None:
    p = kinds.add_parser("commitments", help="open promises as iCalendar to-dos (VTODO)")
    p.add_argument("--format", choices=["ics"], required=True)
    p.add_argument("--account", metavar="NAME", help="only the promises of this account")
    add_output_arguments(p)
    p.set_defaults(handler=run)


def commitments_calendar(rows, stamp: dt.datetime) -> bytes:
    """An iCalendar with one VTODO per promise, built with the icalendar library."""
    from icalendar import Calendar, Todo

    calendar = Calendar()
    calendar.add("prodid", "-//Relapp//Promises//EN")
    calendar.add("version", "2.0")
    for row in rows:
        todo = Todo()
        todo.add("uid", f"relapp-commitment-{row.id}@relapp")
        todo.add("dtstamp", stamp)
        todo.add("summary", f"{row.description} — {row.stakeholder} ({row.account})")
        todo.add("due", row.due)
        todo.add("status", "NEEDS-ACTION")
        lines = [f"Promised to {row.stakeholder} at {row.account}."]
        if row.owner:
            lines.append(f"Owner on our side: {row.owner}.")
        todo.add("description", " ".join(lines))
        todo.add("categories", ["Relapp", row.account])
        calendar.add_component(todo)
    return calendar.to_ical()


def run(args) -> int:
    with open_data(args) as source:
        account_id = find_account(args.account).id if args.account else None
        rows = list_commitments(account_id=account_id, status="open")
        now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
        write_output(args, commitments_calendar(rows, now), source)
        print(f"{len(rows)} open promises written to {args.output}")
        return 0
