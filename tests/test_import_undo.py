"""An import from the window is one undo step: undo takes back everything it
wrote, redo writes it again, under the same ids."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from gui_helpers import open_window
from interchange_helpers import database_state, import_from_window, people

# Ann moved to a new organisation, Bob gains a title, a phone, a tag and a
# birthday, Carla is new: every kind of write an import makes.
CARDS = """BEGIN:VCARD
VERSION:3.0
FN:Ann Example
ORG:Globex
TITLE:CFO
EMAIL:ann@acme.example
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Bob Builder
ORG:Acme Ltd
TITLE:CTO
EMAIL:bob@acme.example
TEL;TYPE=CELL:+44 20 7946 0000
CATEGORIES:Board
BDAY:1975-03-14
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Carla New
ORG:Acme Ltd
EMAIL:carla@acme.example
CATEGORIES:Board,Finance
END:VCARD
"""


@pytest.fixture
def known(db):
    """An account with two people the cards will meet again."""
    from relapp.services.accounts import create_account
    from relapp.services.people import create_stakeholder
    from relapp.services.tags import set_tags

    acme = create_account(name="Acme Ltd")
    create_stakeholder(account=acme.id, name="Ann Example", email="ann@acme.example")
    create_stakeholder(account=acme.id, name="Bob Builder", email="bob@acme.example", phone="+44 20 7946 1111")
    set_tags("account", acme.id, ["Finance"])  # there before: an import that links it does not make it
    return acme


def write_cards(tmp_path):
    path = tmp_path / "cards.vcf"
    path.write_text(CARDS, encoding="utf-8")
    return path


def test_undo_takes_back_all_an_import_wrote_and_redo_writes_it_again(known, tmp_path):
    from relapp.services.interchange.import_plan import apply_plan
    from relapp.services.interchange.import_receipt import redo_import, undo_import
    from relapp.services.interchange.importing import plan_file

    before = database_state()
    plan = plan_file(write_cards(tmp_path), None)
    assert [offer.person.name for offer in plan.moves] == ["Ann Example"]
    plan.moves[0].choice = "move"  # as the dialog's ticked box says
    receipt = apply_plan(plan)
    imported = database_state()
    assert imported != before
    them = people()
    assert them["Bob Builder"]["title"] == "CTO" and them["Carla New"]["account"] == "Acme Ltd"
    assert receipt.accounts and receipt.changed and receipt.links
    undo_import(receipt)
    assert database_state() == before
    redo_import(receipt)
    assert database_state() == imported
    undo_import(receipt)  # and back again, as often as the user likes
    assert database_state() == before


def test_an_import_from_the_window_is_one_step_named_in_the_status_bar(qtbot, known, data_dir, tmp_path):
    path = write_cards(tmp_path)
    window = open_window(qtbot, data_dir, tmp_path)
    before = database_state()
    import_from_window(qtbot, window, path)
    assert "Carla New" in people()
    imported = database_state()
    stack = window.operations.stack
    assert stack.count() == 1 and stack.undoText() == "Import of cards.vcf"
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    assert database_state() == before
    assert "Import of cards.vcf" in window.statusBar().currentMessage()
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert database_state() == imported


def test_a_relapp_dump_restored_from_the_window_is_no_step(qtbot, known, data_dir, tmp_path):
    """A restore is its own safety net (the backups keep what it replaced)."""
    from relapp.services.accounts import delete_account
    from relapp.services.interchange.full_dump import data_is_empty, dump_json
    from relapp.store.models import Tag

    dump = tmp_path / "dump.json"
    dump.write_bytes(dump_json())
    delete_account(known.id)
    Tag.delete().execute()
    assert data_is_empty()  # a dump is restored only into empty data
    window = open_window(qtbot, data_dir, tmp_path)
    import_from_window(qtbot, window, dump)
    assert "Bob Builder" in people() and window.operations.stack.count() == 0


NAMES = ["Ann Example", "Bob Builder", "Carla New", "Dev Patel", "Eve Ng"]
CARD = st.fixed_dictionaries({
    "who": st.sampled_from(NAMES), "org": st.sampled_from(["Acme Ltd", "Globex", "Initech"]),
    "title": st.sampled_from(["", "CFO", "CTO"]), "phone": st.sampled_from(["", "+44 20 7946 0001", "+1 555 0102"]),
    "tags": st.lists(st.sampled_from(["Board", "Finance", "Tech"]), max_size=2, unique=True),
    "birthday": st.sampled_from(["", "1975-03-14", "--06-12"]),
})


def _card(card: dict) -> str:
    email = card["who"].split()[0].lower() + "@acme.example"  # the known people's addresses among them
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{card['who']}", f"ORG:{card['org']}", f"EMAIL:{email}"]
    lines += [f"TITLE:{card['title']}"] if card["title"] else []
    lines += [f"TEL;TYPE=CELL:{card['phone']}"] if card["phone"] else []
    lines += [f"CATEGORIES:{','.join(card['tags'])}"] if card["tags"] else []
    lines += [f"BDAY:{card['birthday']}"] if card["birthday"] else []
    return "\n".join([*lines, "END:VCARD", ""])


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(cards=st.lists(CARD, min_size=1, max_size=6), move=st.booleans())
def test_any_import_is_taken_back_whole_and_written_again_the_same(known, tmp_path, cards, move):
    from relapp.services.interchange.import_plan import apply_plan
    from relapp.services.interchange.import_receipt import redo_import, undo_import
    from relapp.services.interchange.importing import plan_file

    path = tmp_path / "random.vcf"
    path.write_text("".join(_card(card) for card in cards), encoding="utf-8")
    before = database_state()
    plan = plan_file(path, None)
    for offer in plan.moves:
        offer.choice = "move" if move else "skip"
    receipt = apply_plan(plan)
    imported = database_state()
    undo_import(receipt)
    assert database_state() == before
    redo_import(receipt)
    assert database_state() == imported
    undo_import(receipt)  # the next example starts from the same data
    assert database_state() == before
