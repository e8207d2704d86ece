"""Why someone is a coverage gap reads in German in a German window: the
domain's reasons are templates the window translates."""

from __future__ import annotations

import ast
import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

from relapp.domain.coverage import PersonCoverage, coverage_gaps
from relapp.gui.gap_texts import TEMPLATES, gap_reason

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 6, 15)


def _templates_in_the_domain() -> set[str]:
    """Every text given as a reason's template in relapp/domain/coverage.py."""
    def texts(node) -> set[str]:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return {node.value}
        if isinstance(node, ast.IfExp):
            return texts(node.body) | texts(node.orelse)
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "_days_template":
            return set().union(*(texts(arg) for arg in node.args[1:]))
        raise AssertionError(f"write the template where the gap is made, for this test to see: {ast.dump(node)}")

    found: set[str] = set()
    tree = ast.parse((ROOT / "relapp" / "domain" / "coverage.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "_gap":
            found |= texts(node.args[3])
    return found


def _every_kind_of_gap():
    days = dt.timedelta
    return coverage_gaps([
        PersonCoverage(1, "Ada", 5, 0, None),
        PersonCoverage(2, "Ben", 4, 1, TODAY - days(3), known_through="journal"),
        PersonCoverage(3, "Cy", 4, 2, TODAY - days(3)),
        PersonCoverage(4, "Dee", 5, 3, TODAY - days(200)),
        PersonCoverage(5, "Eve", 5, 3, None),
        PersonCoverage(6, "Fay", 2, 0, None, added=TODAY - days(1)),
        PersonCoverage(7, "Gus", 2, 0, None, added=TODAY),
        PersonCoverage(8, "Hal", 2, 0, None, added=TODAY - days(12)),
    ], TODAY, neglect_days=90)


def test_every_reason_the_domain_gives_is_marked_for_translation():
    assert len(_templates_in_the_domain()) == 10 and _templates_in_the_domain() <= set(TEMPLATES)
    gaps = _every_kind_of_gap()
    assert {g.kind for g in gaps} == {"unknown", "weak", "neglected", "new"}
    assert all(g.template in TEMPLATES for g in gaps)


def test_the_reasons_stay_english_where_no_catalogue_is(qapp):
    reasons = {g.name: gap_reason(g) for g in _every_kind_of_gap()}
    assert reasons["Dee"] == "influence 5/5, last contact 200 days ago" == \
        next(g.reason for g in _every_kind_of_gap() if g.name == "Dee")


def test_the_reasons_read_in_german(qapp, german):
    root = ET.parse(ROOT / "resources" / "translations" / "relapp_de.ts").getroot()
    german_texts = {m.findtext("source"): m.findtext("translation") for c in root.iter("context")
                    if c.findtext("name") == "CoverageGap" for m in c.iter("message")}
    assert all((german_texts.get(t) or "").strip() for t in TEMPLATES)
    reasons = {g.name: gap_reason(g) for g in _every_kind_of_gap()}
    assert reasons["Dee"] == "Einfluss 5/5, letzter Kontakt vor 200 Tagen"
    assert reasons["Fay"] == "gestern hinzugefügt; noch niemand hat die Person getroffen"
    assert reasons["Ben"] == "Einfluss 4/5, aber unsere stärkste Verbindung ist nur 1/5 (aus dem Journal, keine Verbindung erfasst)"


def test_the_suggested_tie_reads_in_german(qapp, german):
    from relapp.domain.coverage import Acquaintance, suggestion
    from relapp.gui.gap_texts import suggestion_words

    for times, german_words in ((1, "einmal"), (2, "zweimal"), (3, "3-mal")):
        met = Acquaintance(1, "Alex Morgan", 2, "journal", TODAY, times, times)
        assert suggestion(met, "Carmen Juhasz")[0] in TEMPLATES
        assert suggestion_words(met, "Carmen Juhasz") == (
            f"Alex Morgan hat Carmen Juhasz in den letzten 60 Tagen {german_words} getroffen: Verbindung erfassen?")


def test_a_gap_on_the_german_map_names_its_kind_in_german(qtbot, german, demo_db):
    # The box's tooltip and the list of people beside the map said the kind
    # of gap as the domain names it ("unknown: ..."), in a German window too.
    from PySide6.QtCore import Qt

    from gui_helpers import context_now, map_lists_filled
    from relapp.gui.map.map_view import MapView
    from relapp.gui.map.scene import PersonItem
    from relapp.store.models import Account

    view = MapView(context=context_now())
    qtbot.addWidget(view)
    view.set_account(Account.select(Account.id).order_by(Account.id).scalar())
    map_lists_filled(qtbot, view)
    gaps = view.data.coverage.gaps
    unknown = next(g for g in gaps if g.kind == "unknown")
    box = view.built.nodes[f"s:{unknown.stakeholder_id}"]
    assert isinstance(box, PersonItem)
    assert f"Lücke: uns unbekannt: {gap_reason(unknown)}" in box.toolTip()
    model = view.people_model
    gap_column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Horizontal) == "Lücke")
    assert model.index(model.row_of(box.key), gap_column).data() == f"uns unbekannt: {gap_reason(unknown)}"
    rows = [view.gap_list.item(i).text() for i in range(view.gap_list.count())]
    assert any(row.startswith(f"{unknown.name} (uns unbekannt): ") for row in rows)
