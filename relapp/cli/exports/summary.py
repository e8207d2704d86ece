"""``relapp export summary ACCOUNT --format pdf|html|md -o FILE
[--audience me|team|client] [--include-personal] [--since DATE|last-meeting]``: the state of a relationship, without a meeting."""

from __future__ import annotations

from relapp.cli.data import open_data
from relapp.cli.exports.brief import add_output_options, audience_of, mode_words, write_document
from relapp.cli.main import CliError
from relapp.services import validation as v


def register(kinds) -> None:
    p = kinds.add_parser("summary", help="the account summary as PDF, HTML or Markdown")
    p.add_argument("account", metavar="ACCOUNT", help="the account's name")
    add_output_options(p)
    p.set_defaults(handler=run)


def run(args) -> int:
    from relapp.services.accounts import find_account
    from relapp.services.brief import build_summary

    audience = audience_of(args)
    with open_data(args) as source:
        try:
            account = find_account(args.account)
            document = build_summary(account.id, audience=audience, since=args.since)
        except (v.ValidationError, v.NotFoundError) as exc:
            raise CliError(str(exc)) from None
        write_document(document, args, source)
        mode = mode_words(audience)
        print(f"summary of {account.name} ({args.fmt}, {mode}) written to {args.output}")
        return 0
