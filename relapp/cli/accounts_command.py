"""``relapp accounts``: every account with its figures."""

from __future__ import annotations

import datetime as dt
import json

from relapp.cli.data import open_data
from relapp.services.accounts import list_accounts
from relapp.services.coverage import all_coverage
from relapp.services.tags import tags_by_owner


def register(sub) -> None:
    p = sub.add_parser("accounts", help="list accounts with balance, contact model and gaps")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(handler=run)


def account_records(today: dt.date) -> list[dict]:
    coverage = all_coverage(None, today)
    tags = tags_by_owner("account")
    records = []
    for row in list_accounts(today):
        cov = coverage.get(row.id)
        records.append({
            "name": row.name,
            "industry": row.industry,
            "archived": row.archived,
            "stakeholders": row.stakeholders,
            "entries": row.entries,
            "balance": row.balance,
            "trend_30d": row.trend,
            "last_contact": row.last_contact.isoformat() if row.last_contact else None,
            "contact_model": cov.model.model if cov and cov.model else None,
            "target_model": row.target_model,
            "coverage_gaps": len(cov.gaps) if cov else 0,
            "tags": [t.name for t in tags.get(row.id, [])],
        })
    return records


def run(args) -> int:
    with open_data(args):
        records = account_records(dt.date.today())
    if args.json:
        print(json.dumps(records, indent=2, ensure_ascii=False))
        return 0
    if not records:
        print("no accounts yet")
        return 0
    header = ("Account", "People", "Entries", "Balance", "30 days", "Model", "Gaps")
    lines = [header] + [(r["name"], str(r["stakeholders"]), str(r["entries"]), str(r["balance"]),
                         f"{r['trend_30d']:+d}", r["contact_model"] or "—", str(r["coverage_gaps"]))
                        for r in records]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for line in lines:
        print("  ".join(cell.ljust(w) if i in (0, 5) else cell.rjust(w)
                        for i, (cell, w) in enumerate(zip(line, widths))))
    return 0
