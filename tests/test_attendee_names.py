"""Names of attendees typed on one line, including names that contain ';'
(issue 15: --attendees accepts them, quoted or given alone)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from brief_data import make_account
from cli_helpers import run_command
from relapp.domain.name_lists import split_names
from relapp.services.brief import parse_attendees
from relapp.services.people import create_stakeholder
from relapp.store.database import close_db
from cli_helpers import data_option


def test_names_split_at_semicolons_and_line_breaks_outside_quotes():
    assert split_names("Ada Brookfield; Ben Castellanos") == ["Ada Brookfield", "Ben Castellanos"]
    assert split_names(' "Smith; Jones" ;Ada\nBen;; ') == ["Smith; Jones", "Ada", "Ben"]
    assert split_names('"The ""Boss""; Sr."') == ['The "Boss"; Sr.']
    assert split_names("") == [] and split_names(" ; ") == []


names = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters='"\n'), min_size=1).filter(
    lambda n: n.strip() == n and n)


@given(st.lists(names, min_size=1, max_size=5))
def test_any_names_survive_quoting(listed):
    assert split_names("; ".join(f'"{n}"' for n in listed)) == listed


@pytest.fixture
def smith(db):
    data = make_account()
    person = create_stakeholder(account=data["account"].id, name="Smith; Jones")
    return data, person


def test_a_name_with_a_semicolon_is_found_alone_quoted_or_beside_others(smith):
    data, person = smith
    acc, ada = data["account"].id, data["ada"].id
    assert parse_attendees(acc, "Smith; Jones") == [person.id]
    assert parse_attendees(acc, '"Smith; Jones"; Ada Brookfield') == [person.id, ada]
    assert parse_attendees(acc, ["smith; jones", "Ada Brookfield"]) == [person.id, ada]
    assert parse_attendees(acc, "Ada Brookfield; Ben Castellanos") == [ada, data["ben"].id]


def test_the_attendees_option_can_be_repeated(smith, data_dir, tmp_path, capsys):
    close_db()
    out = tmp_path / "brief.md"
    code = run_command([*data_option(data_dir), "export", "brief", "Northwind Mills", "--attendees", "Smith; Jones",
                 "--attendees", "Ada Brookfield", "--format", "md", "-o", str(out)])
    close_db()
    assert code == 0, capsys.readouterr().err
    text = out.read_text(encoding="utf-8")
    assert "Smith; Jones" in text and "Ada Brookfield" in text
