"""``relapp attention [--json]``: what needs attention today, most urgent first."""

from __future__ import annotations

import datetime as dt
import json

from relapp.cli.data import open_data
from relapp.domain.attention import KINDS
from relapp.services.attention import attention_list


def register(sub) -> None:
    p = sub.add_parser("attention", help="what needs attention today: promises, people, balances, check-ups")
    p.add_argument("--json", action="store_true", help="print a JSON list instead of text")
    p.set_defaults(handler=run)


def item_record(item) -> dict:
    record = {"kind": item.kind, "account": item.account, "message": item.message, "key": item.key}
    if item.stakeholder is not None:
        record["stakeholder"] = item.stakeholder
    if item.due is not None:
        record["due"] = item.due.isoformat()
    return record


def run(args) -> int:
    with open_data(args):
        items = attention_list(dt.date.today())
        if args.json:
            print(json.dumps([item_record(i) for i in items], indent=2, ensure_ascii=False))
            return 0
        if not items:
            print("nothing needs attention today")
            return 0
        width = max(len(KINDS[i.kind]) for i in items)
        for item in items:
            print(f"{KINDS[item.kind].ljust(width)}  {item.account}: {item.message}")
        return 0
