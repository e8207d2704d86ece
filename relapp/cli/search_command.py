"""``relapp search QUERY [--json]``: what the window's find box (Ctrl+K)
shows for the same words, grouped by kind, best match first."""

from __future__ import annotations

import json

from relapp.cli.data import open_data


def register(sub) -> None:
    p = sub.add_parser("search", help="find accounts, people, entries, promises and meetings")
    p.add_argument("query", metavar="QUERY", help="words to look for (each may be the start of a word)")
    p.add_argument("--json", action="store_true",
                   help="print a JSON list of {kind, title, account, id} instead of text")
    p.add_argument("--limit", type=int, default=20, metavar="N", help="at most N of each kind (default 20)")
    p.add_argument("--tag", metavar="TAG", help="only what carries this tag (or belongs to an account that does)")
    p.set_defaults(handler=run)


def run(args) -> int:
    from relapp.services.find import KIND_LABELS, search

    with open_data(args):
        tag_id = None
        if args.tag:
            from relapp.cli.main import CliError
            from relapp.services.tags import list_tags

            tag_id = next((t.id for t in list_tags() if t.name.casefold() == args.tag.strip().casefold()), None)
            if tag_id is None:
                raise CliError(f"no tag called {args.tag!r}", 2)
        found = search(args.query, limit=max(args.limit, 1), tag_id=tag_id)
        if args.json:
            print(json.dumps([{"kind": f.kind, "title": f.title, "account": f.account, "id": f.id} for f in found],
                             indent=2, ensure_ascii=False))
            return 0
        if not found:
            print(f"nothing found for {args.query!r}")
            return 0
        kind = None
        for f in found:
            if f.kind != kind:
                kind = f.kind
                print(("\n" if f is not found[0] else "") + KIND_LABELS[kind])
            where = f" — {f.account}" if f.account and f.kind != "account" else ""
            print(f"  {f.title}{where}" + (f"  ({f.detail})" if f.detail else ""))
        return 0
