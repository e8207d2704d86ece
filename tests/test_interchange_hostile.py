"""Hostile and broken files are refused with one clear line, exit code 2,
and the database exactly as it was."""

from __future__ import annotations

import random

import pytest

from interchange_helpers import FIXTURES, database_state
from cli_helpers import run_command
from cli_helpers import data_option


def run_import(data_dir, path, capsys, *extra):
    code = run_command([*data_option(data_dir), "import", str(path), *extra])
    out, err = capsys.readouterr()
    return code, out, err


def _truncated_vcard(tmp_path):
    data = (FIXTURES / "apple_contacts.vcf").read_bytes()
    return data[: len(data) // 2]


def _truncated_csv(tmp_path):
    data = (FIXTURES / "google_contacts.csv").read_bytes()
    return data[: data.index(b"Ask about")]  # ends inside a quoted note


def _binary_junk(tmp_path):
    rng = random.Random(8)
    return bytes(rng.randrange(256) for _ in range(4096))


def _png(tmp_path):
    return b"\x89PNG\r\n\x1a\n" + bytes(range(1, 200)) * 5


def _huge_vcard_note(tmp_path):
    return ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Example\r\nORG:Acme\r\nNOTE:" + "x" * 200_000
            + "\r\nEND:VCARD\r\n").encode()


def _huge_csv_cell(tmp_path):
    return ("Name,Company,Notes\r\nAnn Example,Acme,\"" + "y" * 200_000 + "\"\r\n").encode()


def _invalid_utf8(tmp_path):
    return "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jürgen Müller\r\nORG:Acme\r\nEND:VCARD\r\n".encode() \
        .replace(b"ORG:Acme", b"ORG:Ac\xffme")


def _nul_bytes(tmp_path):
    return b"Name,Company\r\nAnn Example,Acme\x00\x00\x00\r\n"


def _malformed_card(tmp_path):
    return b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Example\r\nthis is not a property\r\nEND:VCARD\r\n"


def _text_file(tmp_path):
    return b"Dear Sir,\nplease find attached the minutes of our meeting.\n"


def _truncated_dump(tmp_path):
    return b'{"format": "relapp-dump", "format_version": 1, "tables": {"account": {"columns": ["id", "na'


def _other_json(tmp_path):
    return b'{"contacts": [{"name": "Ann"}]}'


def _empty(tmp_path):
    return b"   \n"


CASES = {
    "truncated vCard": (_truncated_vcard, "looks truncated"),
    "truncated CSV": (_truncated_csv, "CSV file is malformed"),
    "binary junk": (_binary_junk, "binary file"),
    "PNG image": (_png, "binary file"),
    "200 KB vCard field": (_huge_vcard_note, "at most 100,000 characters"),
    "200 KB CSV field": (_huge_csv_cell, "at most 100,000 characters"),
    "invalid UTF-8": (_invalid_utf8, "not valid UTF-8"),
    "NUL bytes": (_nul_bytes, "NUL bytes"),
    "malformed card": (_malformed_card, "card 1 (line 1) cannot be read"),
    "not a contact file": (_text_file, "neither a vCard file, a CSV contact list nor a Relapp dump"),
    "truncated dump": (_truncated_dump, "JSON file is malformed"),
    "other JSON": (_other_json, "not a Relapp dump"),
    "empty file": (_empty, "the file is empty"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_hostile_file_is_refused_and_nothing_changes(case, demo_db, data_dir, tmp_path, capsys):
    make, message = CASES[case]
    path = tmp_path / "contacts.vcf"
    path.write_bytes(make(tmp_path))
    before = database_state()
    code, out, err = run_import(data_dir, path, capsys)
    assert code == 2
    assert out == ""
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert database_state() == before


def test_a_60_mb_file_is_refused_before_it_is_read(demo_db, data_dir, tmp_path, capsys):
    path = tmp_path / "huge.vcf"
    with open(path, "wb") as fh:
        fh.write(b"BEGIN:VCARD\r\n")
        fh.truncate(60 * 1024 * 1024)
    before = database_state()
    code, _out, err = run_import(data_dir, path, capsys)
    assert code == 2
    assert "the file is 60.0 MB; files over 50 MB are refused" in err
    assert database_state() == before


def test_formula_cells_are_refused_row_by_row(demo_db, data_dir, tmp_path, capsys):
    path = tmp_path / "contacts.csv"
    path.write_text("Name,Company,Title,Phone,Notes\r\n"
                    '"=HYPERLINK(""http://example.invalid"",""Click"")",Acme,Buyer,,\r\n'
                    "Ann Example,Acme,+cmd|' /C calc'!A0,,\r\n"
                    "Bob Example,Acme,Buyer,,@SUM(1+1)*cmd|' /C calc'!A0\r\n", encoding="utf-8")
    before = database_state()
    code, out, _err = run_import(data_dir, path, capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "added 0, merged 0, skipped 0, refused 3"
    assert "looks like a spreadsheet formula" in lines[1]
    assert lines[2].startswith("refused row 3 (Ann Example): Title:")
    assert lines[3].startswith("refused row 4 (Bob Example): Notes:")
    assert database_state() == before


def test_phone_numbers_with_a_plus_are_not_formulas(db, data_dir, tmp_path, capsys):
    path = tmp_path / "contacts.csv"
    path.write_text("Name,Company,Phone\r\nAnn Example,Acme,+44 20 7946 0000\r\n"
                    "Bob Example,Acme,-\r\n", encoding="utf-8")
    code, out, _err = run_import(data_dir, path, capsys)
    assert (code, out.splitlines()[0]) == (0, "added 2, merged 0, skipped 0, refused 0")


def test_a_broken_dump_rolls_back_and_is_refused(db, data_dir, tmp_path, capsys):
    import json

    from interchange_helpers import FIXED_TIME
    from relapp.services.interchange.full_dump import dump_data

    document = dump_data(FIXED_TIME)
    # Well-typed rows, but the person belongs to an account the dump lacks:
    # SQLite finds out only at commit (foreign keys are checked then).
    account = dict(zip(document["tables"]["account"]["columns"],
                       [1, "Acme", "", "", None, "", "", None, 0, 90, 90, "2026-06-15 12:00:00", 1, "", None,
                        None, 1, None]))
    person = {"id": 1, "account_id": 2, "name": "Ann", "title": "", "department": "", "email": "", "phone": "",
              "reports_to_id": None, "decision_role": None, "influence": 3, "interest": 3, "stance": "neutral",
              "family": "", "interests": "", "career_goals": "", "measured_by": "", "worries": "",
              "how_we_help": "", "notes": "", "cadence_days": None, "created_at": "2026-06-15 12:00:00",
                  "left_on": None, "version": 1, "edited_by_id": None}
    for name, row in (("account", account), ("stakeholder", person)):
        document["tables"][name]["rows"] = [[row[c] for c in document["tables"][name]["columns"]]]
    path = tmp_path / "dump.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    before = database_state()
    code, _out, err = run_import(data_dir, path, capsys)
    assert code == 2
    assert "the dump cannot be restored" in err
    assert database_state() == before


def test_command_line_contract_through_a_real_process(tmp_path):
    """Other tools run ``relapp import``: one summary line and exit 0, or
    one error line and exit 2."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("RELAPP_DATA_DIR", None)
    data = tmp_path / "data"
    good = subprocess.run([sys.executable, "-m", "relapp", "--data-dir", str(data), "import",
                           str(FIXTURES / "outlook_2016.vcf")], capture_output=True, text=True, env=env, timeout=120)
    assert good.returncode == 0, good.stderr
    assert good.stdout.splitlines() == ["added 2, merged 0, skipped 0, refused 1",
                                        "refused card 3 (newsletter@lumiere-energie.example): has no name"]
    junk = tmp_path / "junk.csv"
    junk.write_bytes(b"\x00\x01\x02" * 100)
    bad = subprocess.run([sys.executable, "-m", "relapp", "--data-dir", str(data), "import", str(junk)],
                         capture_output=True, text=True, env=env, timeout=120)
    assert bad.returncode == 2
    assert bad.stdout == ""
    assert bad.stderr.startswith("relapp: error: ") and len(bad.stderr.splitlines()) == 1


def test_a_relapp_dump_may_be_larger_than_a_contact_file(db, tmp_path):
    """A large data set's dump passes the 50 MB contact-file limit (this one
    is then refused for its content, not its size)."""
    from relapp.domain.interchange.problems import RefusedFile
    from relapp.services.interchange.source_files import read_source

    path = tmp_path / "dump.json"
    with open(path, "wb") as fh:
        fh.write(b'{\n "format": "relapp-dump",\n "format_version": 1,\n')
        fh.truncate(60 * 1024 * 1024)
    with pytest.raises(RefusedFile, match="NUL bytes"):
        read_source(path)
