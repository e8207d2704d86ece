"""The account plan for the README: the plan tab of the window (with the
stage line under the balance chart) and the plan document as PDF and PNG.

    python packaging/take_plan_screenshots.py

Builds the small demo in a temporary directory (never the user's data) and
writes packaging/screenshots/plan.png, plan-sample.pdf (through the real
``relapp export plan``) and plan-page-<n>.png (pdftoppm).  It shows the
second account: its intent runs ahead of the client's.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from demo_window import ROOT, demo_window, settle
from take_brief_sample import pages_as_png, relapp


def window_shot(out: Path) -> str:
    """The plan tab of the demo's second account; returns the account's name."""
    with demo_window(1400, 1000) as (app, window):
        window.show_view("accounts")
        view = window.view("accounts")
        view.table.selectRow(1)
        view.tabs.setCurrentWidget(view.plan_panel)
        view.chart.set_range("all")  # the whole history: the stage line shows its steps
        view.detail_split.setSizes([430, 520])
        settle(app, 400)
        window.grab().save(str(out / "plan.png"))
        print(f"wrote {out / 'plan.png'}")
        return view.title.text()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "packaging" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    account = window_shot(args.out)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        relapp(data, "demo", "--size", "small", "--no-open")
        pdf = args.out / "plan-sample.pdf"
        print(relapp(data, "export", "plan", account, "--format", "pdf", "-o", str(pdf)).strip())
        pages_as_png(pdf, args.out, "plan", 2)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
