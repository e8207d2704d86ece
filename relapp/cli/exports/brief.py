"""``relapp export brief ACCOUNT --attendees "Name; Name" [--date YYYY-MM-DD]
--format pdf|html|md -o FILE [--include-personal] [--since DATE|last-meeting]``: the board brief."""

from __future__ import annotations

import argparse
import datetime as dt

from relapp.cli.data import open_data
from relapp.cli.main import CliError
from relapp.cli.output_file import add_output_arguments, write_output
from relapp.services import validation as v
from relapp.services.brief_documents import FORMATS


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        # argparse turns this into its one-line usage error (exit code 2).
        raise argparse.ArgumentTypeError(f"must be a date written YYYY-MM-DD, not {text!r}") from None


def _since(text: str) -> dt.date | None:
    """``last-meeting`` (None: the services start from the last board meeting) or a day."""
    return None if text == "last-meeting" else _day(text)


def add_output_options(p) -> None:
    """The options every document export shares (also used by ``summary``)."""
    p.add_argument("--since", metavar="DATE|last-meeting", type=_since, default=None,
                   help="count what changed from this day (default: the last board meeting, "
                        "or 91 days back when there was none)")
    p.add_argument("--format", dest="fmt", choices=FORMATS, required=True, help="pdf, html or md")
    add_output_arguments(p)
    p.add_argument("--include-personal", action="store_true",
                   help="also show family, interests and private notes (left out by default: exports get shared)")


def register(kinds) -> None:
    p = kinds.add_parser("brief", help="the brief for a board meeting as PDF, HTML or Markdown")
    p.add_argument("account", metavar="ACCOUNT", help="the account's name")
    p.add_argument("--attendees", metavar='"NAME; NAME"', required=True, action="append",
                   help="their people at the meeting, separated by ';' or given one per --attendees; "
                        "a name containing ';' is given alone or in double quotes")
    p.add_argument("--date", metavar="YYYY-MM-DD", type=_day,
                   help="the meeting's day (a meeting recorded that day supplies title, goals and our side)")
    add_output_options(p)
    p.set_defaults(handler=run)


def write_document(document, args) -> None:
    from relapp.gui.brief.render import render_brief

    write_output(args, render_brief(document, args.fmt))


def run(args) -> int:
    from relapp.services.accounts import find_account
    from relapp.services.brief import build_brief, parse_attendees
    from relapp.services.meetings import meeting_on

    open_data(args)
    try:
        account = find_account(args.account)
        attendees = parse_attendees(account.id, args.attendees)
        meeting = meeting_on(account.id, args.date) if args.date else None
        document = build_brief(account.id, attendees, day=args.date, meeting=meeting,
                               include_personal=args.include_personal, since=args.since)
    except (v.ValidationError, v.NotFoundError) as exc:
        raise CliError(str(exc)) from None
    write_document(document, args)
    mode = "with the personal side" if args.include_personal else "without the personal side"
    print(f"brief for {account.name} ({args.fmt}, {mode}) written to {args.output}")
    return 0
