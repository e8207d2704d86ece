"""Screenshots of coverage that believes the journal: a suggested tie (map
and contact card), a way in to a person in a coverage gap, and the
power-and-interest grid of an account with 80 people.

    QT_QPA_PLATFORM=offscreen python packaging/take_people_screenshots.py

Builds the small demo in a temporary directory (never the user's data) and
writes packaging/screenshots/map-suggested-tie.png, contact-card-suggested-tie.png,
map-way-in.png and map-grid-80.png.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEPARTMENTS = ("Finance", "Operations", "IT", "Sales", "Legal", "People")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "packaging" / "screenshots")
    parser.add_argument("--size", default="1500x900", help="window size WxH")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))  # this checkout's relapp, not an installed one

    from PySide6.QtWidgets import QWidget

    from relapp.domain.coverage import suggested_ties
    from relapp.gui.editing import Editor
    from relapp.gui.operations import Operations
    from relapp.gui.headless import ensure_app
    from relapp.gui.map.map_view import MapView
    from relapp.gui.views.contact_card import ContactCard
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
        host = QWidget()
        host.editor = Editor(Operations(host), host)
        view = MapView(host.editor.operations)
        view.resize(width, height)
        view.show()

        def save(widget, name: str) -> None:
            app.processEvents()
            if widget is view:  # fit once the view has its real size
                view.fit()
                app.processEvents()
            path = args.out / name
            widget.grab().save(str(path))
            print(path)

        # A suggested tie: the account with the most journal contact and no tie.
        account = max(coverage, key=lambda a: sum(len(suggested_ties(list(p.known)))
                                                   for p in coverage[a].people.values()))
        view.set_account(account)
        view.set_layout("teams")
        view.fit()
        view.suggest_list.setCurrentRow(0)
        save(view, "map-suggested-tie.png")
        person = next(p for p in coverage[account].people.values() if suggested_ties(list(p.known)))
        card = ContactCard(person.stakeholder_id, host.editor, host)
        card.resize(1100, 760)
        card.show()
        save(card, "contact-card-suggested-tie.png")
        card.close()

        # A way in: an account whose gaps have a path, the gap chosen.
        account = max(coverage, key=lambda a: len(coverage[a].paths))
        view.set_account(account)
        view.set_layout("org")
        view.fit()
        gap_row = next(i for i, g in enumerate(coverage[account].gaps) if g.stakeholder_id in coverage[account].paths)
        view.gap_list.setCurrentRow(gap_row)
        save(view, "map-way-in.png")

        # 80 people as a plain import leaves them: all at influence 3 / interest 3.
        view.set_account(_eighty())
        view.set_layout("grid")
        view.fit()
        save(view, "map-grid-80.png")
        view.close()
        view.scene.clear()
    return 0


def _eighty() -> int:
    import random

    from relapp.assets import read_json
    from relapp.services import accounts, people

    words = read_json("demo", "words.json")
    rng = random.Random(80)
    account = accounts.create_account(name="Eighty Strong plc")
    ids: list[int] = []
    for i in range(80):
        boss = ids[(i - 1) // 4] if ids else None
        name = f"{rng.choice(words['first_names'])} {rng.choice(words['last_names'])}"
        person = people.create_stakeholder(account=account.id, name=name,
                                           title="Head of Procurement", department=DEPARTMENTS[i % 6],
                                           reports_to=boss, influence=5 if i == 0 else 3, interest=3)
        ids.append(person.id)
    return account.id


if __name__ == "__main__":
    raise SystemExit(main())
