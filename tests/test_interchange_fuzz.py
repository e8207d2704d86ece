"""Random and damaged files into the importer (property-based).

Whatever the bytes, importing them ends in exactly one of two ways:

* a refusal: ``RefusedFile`` with a one-line message, and the data exactly
  as it was (every row of every table, the search index included);
* a plan that is written in one transaction and leaves a sound database
  (``integrity_check``, ``foreign_key_check``) without duplicates:
  importing the same file a second time adds nobody and no account.

Any other exception is a bug.  The examples per test are capped and drawn
the same way on every run, so the file takes seconds and never flickers;
``RELAPP_FUZZ_EXAMPLES=2000`` (say) draws that many fresh random examples
per test for a long stress run.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import sqlite3
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from interchange_helpers import FIXED_TIME, FIXTURES
from relapp.domain.interchange.problems import RefusedFile
from relapp.store.binding import bound_database
from cli_helpers import data_option

# SQLite only: checks each import with SQLite's integrity checks and snapshots through its backup API.
pytestmark = pytest.mark.sqlite_only


EXAMPLES = int(os.environ.get("RELAPP_FUZZ_EXAMPLES", "0"))


def fuzz(default: int):
    return settings(max_examples=EXAMPLES or default, deadline=None, derandomize=not EXAMPLES,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                           HealthCheck.data_too_large])


FIXTURE_BYTES = {path.name: path.read_bytes() for path in sorted(FIXTURES.iterdir()) if path.is_file()}


# --- the property ---------------------------------------------------------

def fingerprint() -> str:
    """Every row of every table (search index and schema version included)."""
    digest = hashlib.sha256()
    for line in bound_database().connection().iterdump():
        digest.update(line.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def people_and_accounts() -> tuple[list[tuple], list[tuple]]:
    con = bound_database().connection()
    return (con.execute("SELECT id, account_id, name, email FROM stakeholder").fetchall(),
            con.execute("SELECT id, name FROM account").fetchall())


def run_import(data: bytes, account: str | None = None):
    """The command line's steps: read, plan, write."""
    from relapp.services.interchange.import_plan import apply_plan
    from relapp.services.interchange.importing import plan_source
    from relapp.services.interchange.source_files import parse_source

    plan = plan_source(parse_source(data), account)
    apply_plan(plan)
    return plan


def assert_sound() -> None:
    con = bound_database().connection()
    assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []


def assert_no_duplicates(people_before: list[tuple]) -> None:
    """Nobody the import added shares an email, or a name within one
    account, with anyone else."""
    old = {row[0] for row in people_before}
    people, _accounts = people_and_accounts()
    seen_names: dict[tuple, int] = {}
    seen_emails: dict[str, int] = {}
    for sid, account_id, name, email in sorted(people):
        for key, seen in (((account_id, str(name).casefold()), seen_names),
                          (str(email).strip().casefold() if email else None, seen_emails)):
            if key is None:
                continue
            other = seen.setdefault(key, sid)
            if other != sid and not (other in old and sid in old):
                raise AssertionError(f"import created a duplicate of {key!r}: stakeholders {other} and {sid}")


def check(data: bytes, account: str | None = None) -> str:
    """Import ``data`` and check the outcome; returns "refused" or "imported"."""
    before = fingerprint()
    people_before, _ = people_and_accounts()
    try:
        plan = run_import(data, account)
    except RefusedFile as exc:
        message = str(exc)
        # One line (in Python's sense too: no \x85 or \u2028), short enough to read.
        assert message.strip() and len(message.splitlines()) == 1, repr(message)
        assert len(message) <= 300, f"a refusal of {len(message)} characters: {message[:100]!r}..."
        assert fingerprint() == before, "a refused import changed the data"
        return "refused"
    assert_sound()
    if plan.dump is not None:
        # A full restore gives back exactly what the dump holds, two people
        # of one name included (as the data it came from had them).
        assert_restored_as_given(plan.dump)
    else:
        assert_no_duplicates(people_before)
    # The same file again adds nobody and no account ...
    people_once, accounts_once = people_and_accounts()
    again = run_import(data, account)
    assert not again.added, f"the second import added {len(again.added)} people"
    assert not again.new_accounts
    assert people_and_accounts() == (people_once, accounts_once)
    # ... and a third time changes nothing at all.
    settled = fingerprint()
    third = run_import(data, account)
    assert (len(third.added), third.merged) == (0, 0)
    assert fingerprint() == settled
    assert_sound()
    return "imported"


def assert_restored_as_given(dump: dict) -> None:
    """A restored dump reads back exactly: no value changed its type or
    was silently turned into another one on the way into SQLite."""
    from relapp.services.interchange.full_dump import dump_data

    now = dump_data(FIXED_TIME)["tables"]
    for name, table in dump["tables"].items():
        columns = now[name]["columns"]
        picks = [columns.index(c) for c in table["columns"]]
        stored = sorted(([row[i] for i in picks] for row in now[name]["rows"]), key=repr)
        assert stored == sorted(table["rows"], key=repr), f"table {name!r} did not read back as given"


# --- the database each example starts from --------------------------------

class Start:
    """Puts the database back to a snapshot before each example (SQLite's
    backup API: milliseconds, and the real file stays the one in use)."""

    def __init__(self) -> None:
        self.snapshots: dict[str, sqlite3.Connection] = {}

    def take(self, name: str) -> None:
        copy = sqlite3.connect(":memory:")
        bound_database().connection().backup(copy)
        self.snapshots[name] = copy

    def reset(self, name: str) -> None:
        self.snapshots[name].backup(bound_database().connection())


@pytest.fixture
def start(db):
    from relapp.services import accounts, people
    from relapp.services.demo import build_demo
    from relapp.services.interchange.full_dump import dump_data

    from demo_day import TODAY

    starts = Start()
    starts.take("empty")
    # People the fuzzed files may collide with; their dump is the base of
    # the damaged dumps.
    def some_people():
        acme = accounts.create_account(name="Acme Inc")
        ann = people.create_stakeholder(account=acme.id, name="Ann Example", email="ann@example.com",
                                        phone="+1 555 0100")
        people.create_stakeholder(account=acme.id, name="Bob Example", phone="+1 555 0101", reports_to=ann.id)

    some_people()
    SMALL_DUMP.clear()
    SMALL_DUMP.update(dump_data(FIXED_TIME))
    starts.reset("empty")
    build_demo("small", seed=1, today=TODAY)
    some_people()
    starts.take("full")
    yield starts
    for copy in starts.snapshots.values():
        copy.close()


starting_points = st.sampled_from(["empty", "full"])
forced_accounts = st.sampled_from([None, None, None, "Acme Inc", "Fuzzed Account"])


# --- strategies -----------------------------------------------------------

PREFIXES = [b"", b"BEGIN:VCARD\r\n", b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:", b"{", b'{"format": "relapp-dump", ',
            b"Name,Company,Email\r\n", b"First Name;Last Name;Company\n", codecs.BOM_UTF8, codecs.BOM_UTF16_LE,
            codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE]


@st.composite
def mutated_fixture(draw):
    name = draw(st.sampled_from(sorted(FIXTURE_BYTES)))
    data = bytearray(FIXTURE_BYTES[name])
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["truncate", "flip", "insert", "delete", "dup_line", "drop_line", "swap_lines"]))
        size = max(len(data), 1)
        at = draw(st.integers(0, size - 1))
        if op == "truncate":
            del data[at:]
        elif op == "flip" and data:
            data[at % len(data)] ^= 1 << draw(st.integers(0, 7))
        elif op == "insert":
            data[at:at] = draw(st.sampled_from([b"\x00", b"\x01", b"\x1b", b"\x7f", b"\r", b"\n", b"\xff", b"\xc3",
                                                b"\"", b",", b";", b"=", b":", b" ", b"\t", b"\xef\xbb\xbf",
                                                b"\r\n ", b"=\r\n", b"BEGIN:VCARD\r\n", b"END:VCARD\r\n"]))
        elif op == "delete":
            del data[at:at + draw(st.integers(1, 40))]
        else:
            lines = bytes(data).splitlines(keepends=True)
            if lines:
                i = draw(st.integers(0, len(lines) - 1))
                if op == "dup_line":
                    lines.insert(i, lines[i])
                elif op == "drop_line":
                    del lines[i]
                else:
                    j = draw(st.integers(0, len(lines) - 1))
                    lines[i], lines[j] = lines[j], lines[i]
                data = bytearray(b"".join(lines))
    return bytes(data)


# Mostly printable text (control characters alone get the whole file
# refused, which the random bytes already cover), sometimes anything.
short_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=12)
value_text = st.one_of(
    short_text,
    st.sampled_from(["", " ", "Ann Example", "J=FCrgen M=FCller", "ann@example.com", "ANN@EXAMPLE.COM ",
                     "+1 555 0100", "Acme Inc", "ACME, Inc.", ".", "!!!", "Inc", "GmbH & Co. KG", "a;b;c",
                     "a\\,b", "a\\nb", "=HYPERLINK()", "@x", "-", "tel:+1", "_$!<Mobile>!$_", "😀", "Ä" * 300,
                     "x" * 99_990, "y" * 100_001, "é\u0301", "\u202e", "ﬁ", "ß", "İ", "\x85", "\u2028", "a\x0bb", "\x01"]),
)
property_names = st.one_of(
    st.sampled_from(["FN", "N", "ORG", "TITLE", "ROLE", "EMAIL", "TEL", "NOTE", "X-ABLABEL", "X-ABSHOWAS", "KIND",
                     "PHOTO", "ADR", "BDAY", "VERSION", "UID", "CATEGORIES", "fn", "Email", "LABEL", "REV"]),
    st.from_regex(r"\A[A-Za-z][A-Za-z0-9\-]{0,8}\Z"),
)
parameters = st.lists(st.one_of(
    st.sampled_from(["TYPE=WORK", "TYPE=cell,voice", "TYPE=INTERNET", "WORK", "CELL", "PREF", "HOME",
                     "ENCODING=QUOTED-PRINTABLE", "CHARSET=UTF-8", "CHARSET=Windows-1252", "CHARSET=bogus",
                     "ENCODING=b", "ENCODING=BASE64", "VALUE=uri", "VALUE=text", "LANGUAGE=de", 'TYPE="a;b"',
                     "TYPE=", "=", "PREF=1"]),
    st.from_regex(r"\A[A-Za-z\-]{1,6}(=[A-Za-z0-9,\-]{0,6})?\Z"),
), max_size=3)


@st.composite
def vcard_line(draw):
    group = draw(st.sampled_from(["", "", "", "item1.", "ITEM2.", "x.", "1."]))
    name = draw(property_names)
    params = "".join(";" + p for p in draw(parameters))
    value = draw(value_text)
    if "QUOTED-PRINTABLE" in params and draw(st.booleans()):
        value = value.encode("utf-8").hex("=").upper()
        value = ("=" + value) if value else ""
    line = f"{group}{name}{params}:{value}"
    if draw(st.booleans()) and len(line) > 10:  # folded somewhere
        cut = draw(st.integers(1, len(line) - 1))
        line = line[:cut] + draw(st.sampled_from(["\r\n ", "\r\n\t", "=\r\n", "\n "])) + line[cut:]
    return line


@st.composite
def vcard_file(draw):
    cards = []
    for _ in range(draw(st.integers(1, 3))):
        lines = ["BEGIN:VCARD"]
        if draw(st.booleans()):
            lines.append("VERSION:" + draw(st.sampled_from(["2.1", "3.0", "4.0", "5", ""])))
        if draw(st.booleans()):
            lines.append("FN:" + draw(value_text))
        if draw(st.booleans()):
            lines.append("ORG:" + draw(value_text))
        lines += draw(st.lists(vcard_line(), max_size=6))
        if draw(st.integers(0, 9)) != 9:  # hypothesis favours 0: most cards end
            lines.append("END:VCARD")
        cards.append(lines)
    newline = draw(st.sampled_from(["\r\n", "\n", "\r"]))
    text = newline.join(line for card in cards for line in card) + newline
    return draw(encoded(text))


@st.composite
def encoded(draw, text: str):
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be",
                                     "cp1252", "latin-1", "utf-32"]))
    return text.encode(encoding, errors="replace")


header_names = st.one_of(
    st.sampled_from(["Name", "First Name", "Last Name", "Middle Name", "Company", "Organization 1 - Name",
                     "Organization Name", "Account", "Title", "Job Title", "Position", "Department", "Notes",
                     "E-mail Address", "E-mail 2 Address", "E-mail Type", "Email", "E-mail 1 - Value",
                     "E-mail 1 - Type", "Phone", "Phone 1 - Value", "Phone 1 - Type", "Mobile Phone",
                     "Business Phone", "Other emails", "Other phones", "Connected On", "URL", "", " Name "]),
    short_text,
)


@st.composite
def csv_file(draw):
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    quote_all = draw(st.booleans())
    header = draw(st.lists(header_names, min_size=1, max_size=7))
    if draw(st.integers(0, 3)) != 3:  # usually with a column that names people
        header.insert(draw(st.integers(0, len(header))), draw(st.sampled_from(["Name", "First Name", "Last Name"])))
    rows = [header] + draw(st.lists(st.lists(value_text, max_size=len(header) + 2), max_size=5))

    def cell(value: str) -> str:
        if quote_all or any(ch in value for ch in (delimiter, '"', "\r", "\n")):
            return '"' + value.replace('"', draw(st.sampled_from(['""', '""', '"']))) + '"'
        return value

    newline = draw(st.sampled_from(["\r\n", "\n", "\r"]))
    notes = draw(st.sampled_from(["", "", "Notes:\n\"Some words about the export\"\n\n"]))
    text = notes + newline.join(delimiter.join(cell(v) for v in row) for row in rows) + newline
    return draw(encoded(text))


json_scalars = st.one_of(st.none(), st.booleans(), st.integers(-2**70, 2**70), st.floats(), value_text)
json_values = st.recursive(json_scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(short_text, inner, max_size=4)), max_leaves=12)


SMALL_DUMP: dict = {}  # filled by the ``start`` fixture: a real dump of a few rows


def small_dump() -> dict:
    """A fresh copy of a real dump, the base for dumps with wrong values."""
    return json.loads(json.dumps(SMALL_DUMP))


@st.composite
def damaged_dump(draw):
    dump = small_dump()
    tables = dump["tables"]
    for _ in range(draw(st.integers(1, 3))):
        name = draw(st.sampled_from(sorted(t for t in tables if tables[t]["rows"]) or sorted(tables)))
        table = tables[name]
        op = draw(st.sampled_from(["value", "value", "value", "drop_column", "duplicate_row", "drop_table", "top"]))
        if op == "value" and table["rows"]:
            row = draw(st.integers(0, len(table["rows"]) - 1))
            col = draw(st.integers(0, len(table["columns"]) - 1))
            table["rows"][row][col] = draw(st.one_of(json_scalars, st.sampled_from(
                ["2026-02-30", "not a date", "", "\u0001", "\ud800", 1.5, 10**30, float("inf"), 99, -1, True,
                 "2026-06-15 12:00:00"])))
        elif op == "drop_column" and table["columns"]:
            col = draw(st.integers(0, len(table["columns"]) - 1))
            del table["columns"][col]
            for row in table["rows"]:
                del row[col]
        elif op == "duplicate_row" and table["rows"]:
            table["rows"].append(list(table["rows"][0]))
        elif op == "drop_table":
            del tables[name]
        elif op == "top":
            dump[draw(st.sampled_from(["format_version", "schema_version", "tables", "format"]))] = \
                draw(json_values)
    text = json.dumps(dump, ensure_ascii=draw(st.booleans()), allow_nan=True)
    return text.encode("utf-8", "surrogatepass")


random_json = st.one_of(
    json_values.map(lambda v: json.dumps(v, allow_nan=True).encode("utf-8", "surrogatepass")),
    st.builds(lambda v: json.dumps({"format": "relapp-dump", "format_version": 1, "tables": v}).encode(),
              json_values),
    st.integers(1, 100_000).map(lambda depth: b'{"tables": ' + b"[" * depth + b"]" * depth + b"}"),  # nested
    st.integers(4300, 6000).map(lambda digits: b'{"format_version": ' + b"9" * digits + b"}"),
    damaged_dump(),
)


# --- the tests ------------------------------------------------------------

@fuzz(150)
@given(prefix=st.sampled_from(PREFIXES), data=st.binary(max_size=600), origin=starting_points)
def test_random_bytes(start, prefix, data, origin):
    start.reset(origin)
    event(check(prefix + data))


@fuzz(150)
@given(data=mutated_fixture(), origin=starting_points, account=forced_accounts)
def test_damaged_real_files(start, data, origin, account):
    start.reset(origin)
    event(check(data, account))


@fuzz(120)
@given(data=vcard_file(), origin=starting_points, account=forced_accounts)
def test_generated_vcards(start, data, origin, account):
    start.reset(origin)
    event(check(data, account))


@fuzz(120)
@given(data=csv_file(), origin=starting_points, account=forced_accounts)
def test_generated_csv(start, data, origin, account):
    start.reset(origin)
    event(check(data, account))


@fuzz(120)
@given(data=random_json, origin=starting_points)
def test_generated_json(start, data, origin):
    start.reset(origin)
    event(check(data))


def test_every_fixture_passes_the_property(start):
    """The real files themselves: imported (twice) without duplicates."""
    for name, data in FIXTURE_BYTES.items():
        for origin in ("empty", "full"):
            start.reset(origin)
            assert check(data) == "imported", name


# --- the command line, in a real process ----------------------------------

@settings(max_examples=max(4, EXAMPLES // 50), deadline=None, derandomize=not EXAMPLES,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(data=st.one_of(st.binary(min_size=1, max_size=300), mutated_fixture(), vcard_file(), csv_file(),
                      random_json))
def test_command_line_never_shows_a_traceback(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("cli")
    path = folder / "contacts.txt"
    path.write_bytes(data)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("RELAPP_DATA_DIR", None)
    done = subprocess.run([sys.executable, "-m", "relapp", "--data-dir", str(folder / "data"), "import", str(path)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert "Traceback" not in done.stderr
    assert done.returncode in (0, 2), done.stderr
    if done.returncode == 2:
        assert done.stdout == ""
        assert len(done.stderr.splitlines()) == 1 and done.stderr.startswith("relapp: error: "), done.stderr
    else:
        assert done.stderr == ""
        assert done.stdout.startswith("added ")


# --- what the fuzzing found (each the smallest failing input) --------------

def test_an_organisation_of_punctuation_only_imports_twice(db):
    """ "{" has no letters, so no organisation key: the second import did not
    find the account the first one created, tried to create it again and
    failed on the unique account name (an IntegrityError, not a refusal)."""
    from relapp.store.models import Account

    data = b"BEGIN:VCARD\r\nFN:\r\nFN:\r\nN:Ann Example\r\nORG:{\r\nEND:VCARD\r\n"
    assert check(data) == "imported"
    assert [a.name for a in Account.select()] == ["{"]


def test_a_json_number_too_long_for_python_is_refused(db):
    data = b'{"format_version": ' + b"9" * 4301 + b"}"
    before = fingerprint()
    with pytest.raises(RefusedFile, match="a number too long to be read"):
        run_import(data)
    assert fingerprint() == before


def test_json_nested_too_deeply_is_refused(db):
    data = b'{"tables": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    with pytest.raises(RefusedFile, match="nested too deeply"):
        run_import(data)


def _dump_with(table: str, column: str, value) -> bytes:
    from relapp.services.interchange.full_dump import dump_data
    from relapp.services import accounts, people

    acme = accounts.create_account(name="Acme Inc")
    people.create_stakeholder(account=acme.id, name="Ann Example")
    document = dump_data(FIXED_TIME)
    bound_database().execute_sql("DELETE FROM stakeholder")
    bound_database().execute_sql("DELETE FROM account")
    columns = document["tables"][table]["columns"]
    document["tables"][table]["rows"][0][columns.index(column)] = value
    return json.dumps(document).encode("utf-8", "surrogatepass")


@pytest.mark.parametrize("table, column, value, message", [
    # Each of these was restored, quietly changed, or refused only by the
    # write with SQLite's own words; now the dump is checked first.
    # SQLite gave the account a new id: the dump "restored" with other data.
    ("account", "id", None, "id must not be empty"),
    # Stored as the number 90: the restored data differed from the dump.
    ("account", "checkup_interval_days", "90", "must be a whole number, not '90'"),
    # Kept as 1.5 in a column of whole days.
    ("account", "neglect_days", 1.5, "must be a whole number"),
    # JSON's NaN became an empty value.
    ("stakeholder", "cadence_days", float("nan"), "must be a whole number"),
    ("stakeholder", "influence", 10**30, "must be a whole number"),
    # Text the database cannot even store (it failed on the write).
    ("stakeholder", "name", "Ann \ud800", "not valid Unicode"),
    ("stakeholder", "created_at", "last Tuesday", "must be a date and time"),
    ("account", "name", 5, "must be text, not 5"),
])
def test_a_dump_with_a_value_of_the_wrong_type_is_refused(db, table, column, value, message):
    data = _dump_with(table, column, value)
    before = fingerprint()
    with pytest.raises(RefusedFile, match=message):
        run_import(data)
    assert fingerprint() == before


def test_a_dump_with_broken_text_is_refused_when_merged_into_existing_data(db):
    """Into a data directory that already holds data a dump's people are
    merged like any contact file; a lone surrogate in a name escaped as a
    UnicodeEncodeError from the write."""
    from relapp.services import accounts

    data = _dump_with("stakeholder", "name", "Ann \ud800")
    accounts.create_account(name="Someone Else Ltd")
    before = fingerprint()
    with pytest.raises(RefusedFile, match="not valid Unicode"):
        run_import(data)
    assert fingerprint() == before


def test_a_path_that_cannot_be_opened_is_refused_like_a_bad_file(db, data_dir, tmp_path, capsys):
    """A path through a file (or without permission) escaped as an OSError:
    exit 1 instead of the import's contract, exit 2 and nothing changed."""
    from cli_helpers import run_command

    (tmp_path / "contacts.vcf").write_text("not a folder")
    code = run_command([*data_option(data_dir), "import", str(tmp_path / "contacts.vcf" / "more.vcf")])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err.startswith("relapp: error: ") and "cannot be read: Not a directory" in err
    assert len(err.splitlines()) == 1


@pytest.mark.parametrize("data", [
    json.dumps({"format": "relapp-dump", "format_version": ["x" * 5000]}).encode(),
    json.dumps({"format": "relapp-dump", "format_version": 1, "tables": {"y" * 5000: {}}}).encode(),
    b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\n" + b"z" * 90_000 + b"\r\nEND:VCARD\r\n",
], ids=["format version", "table name", "vCard line"])
def test_a_refusal_quotes_the_file_briefly(db, data):
    """Refusals quoted what they found in full: a screenful (or 90 KB) of
    one line where the user needs one sentence."""
    with pytest.raises(RefusedFile) as refused:
        run_import(data)
    assert len(str(refused.value)) < 200
