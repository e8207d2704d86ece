"""What the domain says reaches a German window in German: every phrase
template said anywhere in relapp/ is in the window's list
(relapp/gui/phrase_texts.py) and has its German, and Home's "why" lines
read in German while the command line's stay English."""

from __future__ import annotations

import ast
import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from relapp.gui import phrase_texts

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "resources" / "translations" / "relapp_de.ts"
PLACE = re.compile(r"\{(\w+)(?::[^}]*)?\}")
TODAY = dt.date(2026, 6, 15)

# Where phrases are said, and the window's list that must hold their templates.
SAID_IN = {
    "relapp/domain/day_words.py": "DayWords",
    "relapp/domain/attention.py": "Attention",
    "relapp/services/people_changes.py": "PersonChange",
    "relapp/domain/contact_model.py": "ContactModel",
    "relapp/domain/brief.py": "Brief",
    "relapp/domain/introductions.py": "Introductions",
    "relapp/services/plan_documents.py": "PlanText",
}


def _texts(node, where: str) -> set[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        return _texts(node.body, where) | _texts(node.orelse, where)
    raise AssertionError(f"{where}: write the template in phrase(…) as a literal, for the catalogue to have it")


def _said(path: Path) -> set[str]:
    """Every template given to ``phrase()`` in one module."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "phrase" and node.args:
            found |= _texts(node.args[0], f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def _german(context: str) -> dict[str, str]:
    root = ET.parse(CATALOGUE).getroot()
    return {msg.findtext("source"): msg.findtext("translation") or ""
            for ctx in root.iter("context") if ctx.findtext("name") == context for msg in ctx.iter("message")}


def test_every_module_that_says_phrases_has_a_list_in_the_window():
    saying = {str(path.relative_to(ROOT)) for path in sorted((ROOT / "relapp").rglob("*.py"))
              if path.name != "phrases.py" and _said(path)}
    assert set(SAID_IN) <= saying
    assert not saying - set(SAID_IN), "give these modules a list in relapp/gui/phrase_texts.py and in SAID_IN here"


@pytest.mark.parametrize("module", sorted(SAID_IN))
def test_every_template_said_is_in_the_window_s_list(module):
    said = _said(ROOT / module)
    listed = set(phrase_texts.LISTS[SAID_IN[module]])
    assert said, "the scan found the module's phrases"
    assert not said - listed, f"add these to relapp/gui/phrase_texts.py (and their German): {sorted(said - listed)}"
    assert not listed - said, f"no longer said, take them out of the list: {sorted(listed - said)}"


def test_no_template_is_in_two_lists():
    listed = [template for templates in phrase_texts.LISTS.values() for template in templates]
    assert len(listed) == len(set(listed))


@pytest.mark.parametrize("context", sorted(phrase_texts.LISTS))
def test_every_template_has_german_that_fills_in_its_own_values(context):
    german = _german(context)
    wrong = {}
    for template in phrase_texts.LISTS[context]:
        translation = german.get(template, "")
        if not translation.strip():
            wrong[template] = "no German"
        elif not set(PLACE.findall(translation)) <= set(PLACE.findall(template)):
            wrong[template] = f"{translation!r} names a value the template does not give"
    assert not wrong


def _everything_home_can_say():
    """One item of each kind Home lists, and the variants of their words."""
    from relapp.domain import attention as a

    days = dt.timedelta
    people = [
        a.PersonFacts(1, 1, "Acme", "Pat Lee", 5, None, 90, TODAY - days(200), TODAY - days(900)),
        a.PersonFacts(2, 1, "Acme", "Kim Ode", 4, 30, 90, TODAY - days(31), TODAY - days(900)),
        a.PersonFacts(3, 1, "Acme", "Sam Roe", 4, None, 90, None, TODAY - days(900), strongest_tie=2),
        a.PersonFacts(4, 2, "Borealis", "Ada Fox", 3, None, 90, None, TODAY - days(20)),
        a.PersonFacts(5, 1, "Acme", "Ben Ash", 3, None, 90, None, TODAY - days(30)),
        a.PersonFacts(6, 1, "Acme", "Cy Dunn", 2, None, 90, None, TODAY - days(40)),
    ]
    promises = [
        a.PromiseFacts(1, 1, "Acme", 1, "Pat Lee", "Send the offer", TODAY - days(5), "Mo Reyes"),
        a.PromiseFacts(2, 1, "Acme", 1, "Pat Lee", "Call back", TODAY - days(2)),
        a.PromiseFacts(3, 1, "Acme", 2, "Kim Ode", "Share the plan", TODAY + days(1), "Mo Reyes"),
        a.PromiseFacts(4, 1, "Acme", 2, "Kim Ode", "Book the room", TODAY + days(3)),
        a.PromiseFacts(5, 1, "Acme", 2, "Kim Ode", "Confirm", TODAY),
    ]
    accounts = [
        a.AccountFacts(1, "Acme", -4, TODAY - days(3), TODAY - days(200), 90),
        a.AccountFacts(2, "Borealis", 0, None, None, 90),
    ]
    meetings = [a.MeetingFacts(1, 1, "Acme", TODAY + days(4), "Quarterly board")]
    plan = a.PlanFacts(
        objectives=(a.ObjectiveFacts(1, 1, "Acme", "Cut lead time", "on-track", TODAY - days(10)),
                    a.ObjectiveFacts(2, 1, "Acme", "Joint pilot", "at-risk", None),
                    a.ObjectiveFacts(3, 1, "Acme", "New site", "off-track", None)),
        opportunities=(a.OpportunityFacts(1, 1, "Acme", "Training", "open", "Send dates", TODAY - days(6)),
                       a.OpportunityFacts(2, 1, "Acme", "Audit", "open", "", TODAY - days(7))),
        intents=(a.IntentFacts(1, "Acme", 5, 2),))
    changes = [
        a.ChangeFacts(1, 1, "Acme", 7, "Lou Park", "left", TODAY - days(3), 5, "neutral", "Lou Park (CFO) left"),
        a.ChangeFacts(2, 1, "Acme", 8, "Jo Wren", "left", TODAY - days(3), 2, "champion", "Jo Wren left"),
        a.ChangeFacts(3, 1, "Acme", 9, "Al Moss", "moved", TODAY - days(3), 3, "neutral", "Al Moss moved"),
    ]
    key_dates = [a.KeyDateFacts(1, 1, "Acme", 1, "Pat Lee", "Birthday", TODAY + days(2), 50),
                 a.KeyDateFacts(2, 1, "Acme", 2, "Kim Ode", "Anniversary", TODAY + days(9), None)]
    return a.attention_items(people, promises, accounts, meetings, TODAY, plan, changes, key_dates)


def _why_column(items) -> dict[str, str]:
    """What Home's "Why" column shows for each item, by its key."""
    from relapp.gui.home.attention_model import AttentionTableModel
    from relapp.services.attention import HomeSnapshot

    model = AttentionTableModel(today=TODAY)
    model.set_snapshot(HomeSnapshot(items, 0, {}))
    why = model.COLUMNS.index("Why")
    return {model.item(row).key: model.data(model.index(row, why)) for row in range(model.rowCount())}


def test_home_says_every_kind_of_item_in_a_template_of_the_list(qapp):
    from relapp.domain.attention import KINDS

    items = _everything_home_can_say()
    assert {i.kind for i in items} == set(KINDS)
    listed = set().union(*phrase_texts.LISTS.values())
    assert all(i.words is not None and i.words.template in listed for i in items)
    # Without a catalogue (and on the command line) the words are the English message.
    assert _why_column(items) == {i.key: i.message for i in items}


def test_a_german_home_says_why_in_german(qapp, german):
    items = _everything_home_can_say()
    why = _why_column(items)
    assert why["neglected:1:2025-11-27"] == "Pat Lee (Einfluss 5/5): letzter Kontakt vor 200 Tagen, erwartet " \
                                            "innerhalb von 90 Tagen"
    assert why["neglected:2:2026-05-15"] == ("Kim Ode (Einfluss 4/5): letzter Kontakt vor 31 Tagen, "
                                            "erwartet alle 30 Tage")
    assert why["overdue-commitment:1"] == "Zusage an Pat Lee (Mo Reyes) ist seit 5 Tagen überfällig: Send the offer"
    assert why["due-commitment:3"] == "Zusage an Kim Ode (Mo Reyes) ist morgen fällig: Share the plan"
    assert why["checkup-due:2:never"] == "Noch kein Check erfasst"
    assert why["intent-mismatch:1:5:2"] == ("Unsere Absicht (5/5, Zur Priorität machen) liegt 3 Stufen vor ihrer "
                                            "(2/5, Pflegen)")
    # No line is left in English.
    english = {i.key: i.message for i in items}
    assert not {key for key in why if why[key] == english[key]}
    # The command line's words stay English.
    assert english["neglected:1:2025-11-27"] == "Pat Lee (influence 5/5): last contact 200 days ago, expected " \
                                                "within 90 days"


def test_a_departure_reads_in_german(qapp, german):
    from relapp.domain.attention import ChangeFacts, change_items
    from relapp.gui.phrase_texts import phrase_text
    from relapp.services.people_changes import PersonChange

    moved = PersonChange(1, 7, "Lou Park", TODAY - dt.timedelta(days=3), "moved", "CFO", "Finance", None,
                         "COO", "Operations", None)
    assert moved.describe() == "Lou Park moved to COO, Operations (was CFO) on 2026-06-12"
    assert phrase_text(moved.described()) == "Lou Park wechselte am 2026-06-12 zu COO, Operations (vorher CFO)"
    left = PersonChange(2, 8, "Jo Wren", TODAY - dt.timedelta(days=3), "left", "", "", None, "", "", None)
    [item] = change_items([ChangeFacts(2, 1, "Acme", 8, "Jo Wren", "left", left.day, 5, "neutral",
                                       left.described())], TODAY)
    assert item.message == ("Jo Wren (no title) left on 2026-06-12 (influence 5/5): who takes over, "
                            "and who on our side knows them?")
    assert phrase_text(item.words) == ("Jo Wren (ohne Titel) ist am 2026-06-12 ausgeschieden (Einfluss 5/5): "
                                       "Wer übernimmt, und wer auf unserer Seite kennt diese Person?")


def _map_of_a_bow_tie(target: str):
    from relapp.domain.contact_model import classify
    from relapp.services.coverage import AccountCoverage
    from relapp.services.stakeholder_map import MapData

    model = classify({("Alex Morgan", "Carmen Juhasz"): 8, ("Alex Morgan", "Dana Wu"): 2, ("Bo Lind", "Dana Wu"): 2})
    return MapData(1, "Acme", target, [], [], [], [], coverage=AccountCoverage([], model, ["Eli Novak"]))


def test_the_map_says_the_contact_pattern_in_english_without_a_catalogue(qapp):
    from relapp.gui.map.scene import model_summary

    assert model_summary(_map_of_a_bow_tie("diamond")).splitlines() == [
        "Contact pattern: bow tie — Alex Morgan and Carmen Juhasz carry 67% of the relationship",
        "Target: diamond",
        "To move towards it, tie our people to: Eli Novak"]


def test_the_map_s_side_panel_says_the_contact_pattern_in_german(qapp, german):
    from relapp.gui.map.scene import model_summary

    assert model_summary(_map_of_a_bow_tie("diamond")).splitlines() == [
        "Kontaktmuster: Fliege — Alex Morgan und Carmen Juhasz tragen 67% der Beziehung",
        "Ziel: Diamant",
        "Um dorthin zu kommen, unsere Leute verbinden mit: Eli Novak"]
    assert model_summary(_map_of_a_bow_tie("bow tie")).splitlines()[1] == "Ziel: Fliege (erreicht)"


def test_every_contact_pattern_is_said_in_a_template_of_the_list():
    from relapp.domain.contact_model import advice_phrase, classify

    patterns = [classify(weights) for weights in (
        {("A", "X"): 3},
        {("A", "X"): 9, ("A", "Y"): 1, ("B", "Y"): 1},
        {("A", "X"): 2, ("A", "Y"): 2, ("A", "Z"): 2},
        {("A", "X"): 2, ("B", "X"): 2, ("C", "X"): 2},
        {("A", "X"): 2, ("A", "Y"): 2, ("B", "X"): 2, ("B", "Y"): 2, ("C", "Z"): 2, ("C", "X"): 2},
        {("A", "X"): 2, ("B", "Y"): 2, ("C", "Z"): 2})]
    assert [p.model for p in patterns] == ["bow tie", "bow tie", "one-on-many", "one-on-many", "diamond",
                                           "cotton reel"]
    advice = [advice_phrase("diamond", "cotton reel", [], None), advice_phrase("bow tie", "diamond", ["P"] * 7, None),
              advice_phrase("bow tie", "diamond", ["P"], None), advice_phrase("bow tie", "diamond", [], ("A", "X"))]
    assert all(words.template in phrase_texts.CONTACT_MODEL for words in [p.words for p in patterns] + advice)
    assert [str(p.words) for p in patterns] == [p.reason for p in patterns]


def test_a_coverage_risk_and_its_way_in_read_in_german(qapp, german):
    from relapp.domain.brief import RiskFacts, risks
    from relapp.domain.coverage import PersonCoverage, coverage_gaps
    from relapp.domain.introductions import Introduction
    from relapp.gui.phrase_texts import phrase_text

    gaps = coverage_gaps([PersonCoverage(1, "Ada", 5, 0, None)], TODAY)
    way_in = Introduction("Mo", 3, "Cy", 1, "Ada", "boss", 3, None)
    [risk] = risks(RiskFacts(gaps, [], False, 0, 0, [], None, "", "", {1: way_in.advice_phrase()}), TODAY)
    assert risk.text == ("Ada: influence 5/5 and nobody on our side knows them or met them in the last 365 days; "
                         "ask Cy (Ada's boss), whom Mo knows well, for an introduction")
    assert phrase_text(risk.words) == (
        "Ada: Einfluss 5/5, und niemand auf unserer Seite kennt die Person oder hat sie in den letzten 365 Tagen "
        "getroffen; Cy (Führungskraft von Ada) um eine Vorstellung bitten; Mo kennt die Person gut")
