"""``relapp plan ACCOUNT [--json]``: the account plan (stage, intents,
potential, joint objectives, opportunities)."""

from __future__ import annotations

import argparse
import datetime as dt
import json

from relapp.cli.data import open_data
from relapp.domain.account_plan import STAGES
from relapp.services.account_plan import account_plan, plan_record
from relapp.services.accounts import find_account
from relapp.services.plan_text import plan_lines


def _stages_text() -> str:
    width = max(len(key) for key in STAGES)
    rungs = "\n".join(f"  {key.ljust(width)}  {label}: {meaning}" for key, (label, meaning) in STAGES.items())
    return f"stages, from the first rung up:\n{rungs}"


def register(sub) -> None:
    p = sub.add_parser("plan", help="the account plan: stage, intents, joint objectives, opportunities",
                       description="Print the account plan of one account.", epilog=_stages_text(),
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("account", metavar="ACCOUNT", help="the account's name")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    p.set_defaults(handler=run)


def run(args) -> int:
    with open_data(args):
        today = dt.date.today()
        plan = account_plan(find_account(args.account).id, today)
        if args.json:
            print(json.dumps(plan_record(plan), indent=2, ensure_ascii=False))
            return 0
        print("\n".join(plan_lines(plan, today)))
        return 0
