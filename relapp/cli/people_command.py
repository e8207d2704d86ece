"""``relapp people ACCOUNT``: an account's people as coverage sees them."""

from __future__ import annotations

import datetime as dt
import json

from relapp.cli.data import open_data
from relapp.services.account_people import account_people, person_json
from relapp.services.accounts import find_account


def register(sub) -> None:
    p = sub.add_parser("people", help="an account's people: who of ours knows them, last contact, way in")
    p.add_argument("account", metavar="ACCOUNT", help="the account's name")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(handler=run)


def run(args) -> int:
    open_data(args)
    account = find_account(args.account)  # an unknown name: one line naming close matches
    listing = account_people(account.id, dt.date.today())
    records = [person_json(r) for r in listing.people]
    if args.json:
        for record in records:
            record["account"] = listing.account
        print(json.dumps(records, indent=2, ensure_ascii=False))
        return 0
    if not records:
        print(f"{listing.account} has no people yet")
        return 0
    for r in records:
        known = ", ".join(f"{k['member']} {k['strength']}/5{' (journal)' if k['source'] == 'journal' else ''}"
                          for k in r["known_by"]) or "nobody"
        line = f"{r['name']} ({r['title'] or 'no title'}, {r['status']}): known by {known}; " \
               f"last contact {r['last_contact'] or 'never'}"
        if r["path"]:
            line += "; way in: " + " → ".join(r["path"])
        print(line)
    return 0
