"""``relapp add entry|promise``: capture from a script, a launcher or a
hotkey without opening the window.  An open window shows the addition
within a second or two (it watches the database for other writers)."""

from __future__ import annotations

import shlex

from relapp.cli.data import LostServerError, open_data
from relapp.cli.main import CliError

# A name that matches nobody, or a bad value, is the caller's mistake: the
# usage-error code, as argparse uses for a bad option.
REFUSED = 2


def register(sub) -> None:
    p = sub.add_parser("add", help="add a journal entry or a promise from the command line")
    what = p.add_subparsers(dest="what", metavar="WHAT", required=True, parser_class=type(p))
    entry = what.add_parser("entry", help="add a journal entry; prints its id")
    entry.add_argument("account", metavar="ACCOUNT", nargs="?", help="the client account (or use --internal)")
    entry.add_argument("--internal", metavar="NAME",
                       help="an internal customer (a colleague we serve) instead of an account")
    entry.add_argument("--title", required=True, help="what happened, in a line")
    entry.add_argument("--value", required=True, type=int, metavar="N",
                       help="deposit 1..5, withdrawal -1..-5, or 0")
    entry.add_argument("--kind", default="meeting",
                       help="meeting, call, email, delivery, issue, social or other (default: meeting)")
    entry.add_argument("--with", dest="with_names", default="", metavar='"NAME; NAME"',
                       help="their people who took part, separated by semicolons")
    entry.add_argument("--by", dest="by_names", default="", metavar='"MEMBER; MEMBER"',
                       help="our people who took part, separated by semicolons")
    entry.add_argument("--day", metavar="YYYY-MM-DD", help="the day it happened (default: today)")
    entry.add_argument("--trust", default="", metavar="t,r,u,s,T",
                       help="TRUST tags: t time together, r risk-free, u understanding, s specialists, "
                            "T trust earned")
    entry.add_argument("--notes", default="", metavar="TEXT")
    entry.set_defaults(handler=run_entry)
    promise = what.add_parser("promise", help="add a promise made to one of the account's people; prints its id")
    promise.add_argument("account", metavar="ACCOUNT", nargs="?", help="the client account (or use --internal)")
    promise.add_argument("--to", required=True, metavar="NAME", help="the person the promise is made to")
    promise.add_argument("--internal", action="store_true",
                         help="--to names an internal customer (a colleague we serve), not a client's person")
    promise.add_argument("--due", required=True, metavar="DATE", help="due day, YYYY-MM-DD")
    promise.add_argument("--title", required=True, help="what was promised")
    promise.add_argument("--owner", metavar="MEMBER", help="who on our side keeps it")
    promise.set_defaults(handler=run_promise)


def _refusing(action):
    from relapp.services.validation import NotFoundError, ValidationError

    try:
        return action()
    except (NotFoundError, ValidationError) as exc:
        raise CliError(f"{exc}; nothing was added", REFUSED) from None


def _keeping_what_was_typed(args, action):
    """``action``; when a team database's server cannot be reached, one
    line that gives back the whole command, so nothing typed is lost."""
    try:
        return action()
    except LostServerError as problem:
        raise CliError(f"{problem}; nothing was added — to add it when the server answers again: "
                       f"relapp {shlex.join(args.typed)}") from None


def run_entry(args) -> int:
    from relapp.services.capture import capture_entry

    if args.internal and args.account:
        raise CliError("give either ACCOUNT or --internal, not both", REFUSED)

    def add() -> int:
        with open_data(args):
            return _refusing(lambda: capture_entry(
                args.account, args.title, args.value, kind=args.kind, with_names=args.with_names,
                by_names=args.by_names, day=args.day, trust=args.trust, notes=args.notes, internal=args.internal))

    print(_keeping_what_was_typed(args, add))
    return 0


def run_promise(args) -> int:
    from relapp.services.capture import capture_promise

    if not args.internal and not args.account:
        raise CliError("name the account, or use --internal for an internal customer", REFUSED)

    def add() -> int:
        with open_data(args):
            return _refusing(lambda: capture_promise(args.account, args.to, args.due, args.title, args.owner,
                                                     internal=args.internal))

    print(_keeping_what_was_typed(args, add))
    return 0
