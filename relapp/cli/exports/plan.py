"""``relapp export plan ACCOUNT --format pdf|html|md -o FILE``: the account
plan, one or two pages for the client's file."""

from __future__ import annotations

import argparse

from relapp.cli.data import open_data
from relapp.cli.main import CliError
from relapp.cli.output_file import add_output_arguments, write_output
from relapp.services import validation as v
from relapp.services.brief_documents import FORMATS


def register(kinds) -> None:
    p = kinds.add_parser("plan", help="the account plan as PDF, HTML or Markdown")
    p.add_argument("account", metavar="ACCOUNT", help="the account's name")
    p.add_argument("--format", dest="fmt", choices=FORMATS, required=True, help="pdf, html or md")
    add_output_arguments(p)
    p.set_defaults(handler=run)


def plan_bytes(document, fmt: str) -> bytes:
    from relapp.services.plan_documents import render_plan

    text = render_plan(document, fmt)
    if fmt != "pdf":
        return text.encode("utf-8")
    from relapp.gui.brief.render import html_pdf_bytes
    from relapp.gui.headless import ensure_app

    ensure_app()
    return html_pdf_bytes(text, document.title)


def run(args: argparse.Namespace) -> int:
    from relapp.services.accounts import find_account
    from relapp.services.plan_documents import build_plan_document

    with open_data(args) as source:
        try:
            account = find_account(args.account)
            document = build_plan_document(account.id)
        except (v.ValidationError, v.NotFoundError) as exc:
            raise CliError(str(exc)) from None
        write_output(args, plan_bytes(document, args.fmt), source)
        print(f"account plan of {account.name} ({args.fmt}) written to {args.output}")
        return 0
