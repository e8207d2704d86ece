"""``relapp people [ACCOUNT] [--json]``: everyone across accounts (their
people, then ours), or one account's people.

Each person is one record from ``people_directory.person_record``; further
keys for one account (its map's view of a person) are added to those
records, never in place of them, so every key stays where scripts expect it.
"""

from __future__ import annotations

import json

from relapp.cli.data import open_data


def register(sub) -> None:
    p = sub.add_parser("people", help="everyone across accounts (theirs and ours), or one account's people")
    p.add_argument("account", metavar="ACCOUNT", nargs="?", help="only this account's people")
    p.add_argument("--json", action="store_true",
                   help="print a JSON list (name, account, title, tags, key_dates, …) instead of a table")
    p.set_defaults(handler=run)


def people_records(account: str | None) -> list[dict]:
    from relapp.services.account_people import coverage_keys
    from relapp.services.accounts import find_account
    from relapp.services.people_directory import THEIRS, everyone, person_record

    account_id = find_account(account).id if account else None
    rows = everyone(account_id)
    # Coverage as the map sees it (status, known_by, path, …), added to their people's records.
    extra = coverage_keys([account_id] if account_id is not None else None)
    records = []
    for row in rows:
        record = person_record(row)
        if row.kind == THEIRS:
            record.update({k: v for k, v in extra.get(row.id, {}).items() if k not in record})
        records.append(record)
    return records


def run(args) -> int:
    with open_data(args):
        records = people_records(args.account)
    if args.json:
        print(json.dumps(records, indent=2, ensure_ascii=False))
        return 0
    if not records:
        print("nobody yet")
        return 0
    header = ("Name", "Account", "Title", "Tags", "Last contact")
    lines = [header] + [(r["name"], r["account"] or "(our team)", r["title"], ", ".join(r["tags"]),
                         r["last_contact"] or "—") for r in records]
    widths = [min(max(len(line[i]) for line in lines), 40) for i in range(len(header))]
    for line in lines:
        print("  ".join(cell[:w].ljust(w) for cell, w in zip(line, widths)).rstrip())
    return 0
