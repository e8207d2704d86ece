"""Screenshots of the stakeholder map, every layout, for a demo account whose
ties form a diamond and one whose ties form a bow tie.

    xvfb-run -a -s '-screen 0 1600x1000x24' python packaging/take_map_screenshots.py

Builds the small demo in a temporary directory (never the user's data) and
writes packaging/screenshots/map-<layout>-<model>.png.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODELS = {"diamond": "diamond", "bow tie": "bowtie"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "packaging" / "screenshots")
    parser.add_argument("--size", default="1500x900", help="window size WxH")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))  # this checkout's relapp, not an installed one

    from relapp.gui.headless import ensure_app
    from relapp.gui.map.map_view import MapView
    from relapp.services.accounts import list_accounts
    from relapp.services.coverage import all_coverage
    from relapp.services.demo import build_demo
    from relapp.services.session import open_data_dir

    app = ensure_app()
    width, height = (int(x) for x in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        open_data_dir(Path(tmp) / "data")
        build_demo("small")
        coverage = all_coverage()
        names = {a.id: a.name for a in list_accounts()}
        view = MapView()
        view.resize(width, height)
        view.show()
        for model, slug in MODELS.items():
            account = next(i for i, c in sorted(coverage.items()) if c.model and c.model.model == model)
            _add_example_links(account)
            view.set_account(account)
            for layout in ("org", "grid", "teams"):
                start = time.perf_counter()
                view.set_layout(layout)
                view.fit()
                app.processEvents()
                path = args.out / f"map-{layout}-{slug}.png"
                view.grab().save(str(path))
                print(f"{path.relative_to(ROOT)}  {names[account]}  ({time.perf_counter() - start:.2f} s)")
        view.close()
        view.scene.clear()
    return 0


def _add_example_links(account_id: int) -> None:
    """The demo has no links between their people; add one of each kind so
    the pictures show how they are drawn."""
    from relapp.services.people import stakeholders_of
    from relapp.services.stakeholder_map import add_link

    people = stakeholders_of(account_id)  # most influential first
    add_link(people[0].id, people[3].id, "influences")
    add_link(people[1].id, people[2].id, "conflict")


if __name__ == "__main__":
    raise SystemExit(main())
