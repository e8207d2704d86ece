"""``relapp export brief ACCOUNT --attendees "Name; Name" [--date YYYY-MM-DD]
--format pdf|html|md -o FILE [--audience me|team|client] [--include-personal] [--since DATE|last-meeting]``:
the board brief."""

from __future__ import annotations

import argparse
import datetime as dt

from relapp.cli.data import open_data
from relapp.cli.main import CliError
from relapp.cli.output_file import add_output_arguments, write_output
from relapp.domain.audiences import AUDIENCES, audience_for
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
    p.add_argument("--audience", choices=AUDIENCES, default=None,
                   help="me: everything, the personal side included; team: everything but the personal side "
                        "(the default); client: a handout with the account at a glance, our joint work and the "
                        "next steps agreed (no stances, worries, risks, coverage or health scores)")
    p.add_argument("--include-personal", action="store_true",
                   help="the same as --audience me (family, interests and private notes included)")


def audience_of(args) -> str:
    """--audience, with --include-personal as the older way of saying "me"."""
    try:
        return audience_for(args.audience, args.include_personal)
    except ValueError as exc:
        raise CliError(str(exc)) from None


def mode_words(audience: str) -> str:
    return {"me": "for me, with the personal side", "team": "for our team, without the personal side",
            "client": "a handout for the client"}[audience]


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


def write_document(document, args, source) -> None:
    from relapp.gui.brief.render import render_brief

    write_output(args, render_brief(document, args.fmt), source)


def run(args) -> int:
    from relapp.services.accounts import find_account
    from relapp.services.brief import build_brief, parse_attendees
    from relapp.services.meetings import meeting_on

    audience = audience_of(args)
    with open_data(args) as source:
        try:
            account = find_account(args.account)
            attendees = parse_attendees(account.id, args.attendees)
            meeting = meeting_on(account.id, args.date) if args.date else None
            document = build_brief(account.id, attendees, day=args.date, meeting=meeting,
                                   audience=audience, since=args.since)
        except (v.ValidationError, v.NotFoundError) as exc:
            raise CliError(str(exc)) from None
        write_document(document, args, source)
        print(f"brief for {account.name} ({args.fmt}, {mode_words(audience)}) written to {args.output}")
        return 0
