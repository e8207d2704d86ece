"""The window and the command line get plain records from the services, never Peewee rows.

Two checks, each able to fail on its own:

- every service function that relapp/gui or relapp/cli uses (found by
  parsing their imports) declares what it returns, and nothing in that
  declaration — list items, tuple parts, fields of the dataclasses it
  names — is a Peewee model or query;
- on the demo, calling those functions (the reads with the ids they take,
  the usual edits with real values) returns nothing that holds a row or a
  query, however deep.
"""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import importlib
import inspect
import pkgutil
import types
import typing
from pathlib import Path

import peewee
import pytest

import relapp.services
from relapp.services import records
from relapp.store import models

from demo_day import TODAY

ROOT = Path(__file__).resolve().parents[1] / "relapp"
FORBIDDEN = (peewee.Model, peewee.BaseQuery)


def _service_modules() -> list[types.ModuleType]:
    found = []
    for info in pkgutil.walk_packages(relapp.services.__path__, "relapp.services."):
        found.append(importlib.import_module(info.name))
    return found


def services_used_by_gui_and_cli() -> dict[str, typing.Callable]:
    """``module.name`` -> function, for every service function a gui/cli module names."""
    used: dict[str, typing.Callable] = {}
    for path in sorted([*(ROOT / "gui").rglob("*.py"), *(ROOT / "cli").rglob("*.py")]):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        modules: dict[str, str] = {}  # local name -> services module
        named: list[tuple[str, str]] = []  # (module, attribute)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("relapp.services"):
                for alias in node.names:
                    full = f"{node.module}.{alias.name}"
                    try:
                        importlib.import_module(full)
                        modules[alias.asname or alias.name] = full
                    except ImportError:
                        named.append((node.module, alias.name))
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith("relapp.services") and alias.asname:
                        modules[alias.asname] = alias.name
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                    and node.value.id in modules):
                named.append((modules[node.value.id], node.attr))
        for module, name in named:
            obj = getattr(importlib.import_module(module), name, None)
            if inspect.isfunction(obj) and obj.__module__.startswith("relapp.services"):
                used[f"{obj.__module__}.{obj.__name__}"] = obj
    return used


def _names_for_annotations() -> dict:
    """What a string annotation may name: every module-level name of every
    service module (names imported only for type checking included)."""
    names: dict = {}
    for module in _service_modules():
        names.update(vars(module))
    names.update(vars(typing))
    return names


def row_types_in(annotation, names: dict, seen: set | None = None) -> list[str]:
    """The Peewee model and query types an annotation lets through, followed
    into the fields of dataclasses and named tuples it names."""
    seen = set() if seen is None else seen
    if isinstance(annotation, typing.ForwardRef):  # how named tuples keep string annotations
        annotation = annotation.__forward_arg__
    if isinstance(annotation, str):
        annotation = eval(annotation, names)  # noqa: S307 - our own source's annotations
    if annotation is None or annotation is type(None) or id(annotation) in seen:
        return []
    seen.add(id(annotation))
    if isinstance(annotation, type):
        if issubclass(annotation, FORBIDDEN):
            return [annotation.__name__]
        found = []
        if dataclasses.is_dataclass(annotation):
            for field in dataclasses.fields(annotation):
                found += row_types_in(field.type, {**names, **vars(importlib.import_module(annotation.__module__))},
                                      seen)
        elif issubclass(annotation, tuple) and hasattr(annotation, "__annotations__"):
            module_names = {**names, **vars(importlib.import_module(annotation.__module__))}
            for hint in annotation.__annotations__.values():
                found += row_types_in(hint, module_names, seen)
        return found
    if typing.get_origin(annotation) is typing.Literal:
        return []
    return [row for arg in typing.get_args(annotation) if arg is not Ellipsis
            for row in row_types_in(arg, names, seen)]


def offenders(functions: dict[str, typing.Callable]) -> list[str]:
    names = _names_for_annotations()
    out = []
    for qualified, function in sorted(functions.items()):
        if "return" not in function.__annotations__:
            out.append(f"{qualified}: says nothing about what it returns")
            continue
        module_names = {**names, **vars(importlib.import_module(function.__module__))}
        if rows := row_types_in(function.__annotations__["return"], module_names):
            out.append(f"{qualified} -> {', '.join(sorted(set(rows)))}")
    return out


def test_the_scan_finds_the_services_the_window_and_the_command_line_use():
    used = services_used_by_gui_and_cli()
    # Named through a module (people.get_stakeholder), directly, and from the CLI.
    for name in ("relapp.services.people.get_stakeholder", "relapp.services.accounts.get_account",
                 "relapp.services.journal.add_entry", "relapp.services.health.list_questions"):
        assert name in used
    assert len(used) > 100


def test_no_service_the_window_or_the_command_line_uses_declares_a_row():
    assert offenders(services_used_by_gui_and_cli()) == []


@dataclasses.dataclass
class Holder:  # planted: a record that holds a row
    person: models.Stakeholder


class Pair(typing.NamedTuple):  # planted: a named tuple that holds rows
    ties: list[models.Tie]


def test_the_declaration_check_catches_rows_however_they_are_wrapped():
    def bare() -> models.Account: ...
    def listed() -> list[models.Checkup]: ...
    def optional() -> models.Meeting | None: ...
    def paired() -> tuple[int, dict[str, models.Entry]]: ...
    def held() -> list[Holder]: ...
    def named() -> Pair: ...
    def query() -> peewee.ModelSelect: ...
    def silent(): ...
    def plain() -> list[records.AccountRecord]: ...

    planted = {f.__name__: f for f in (bare, listed, optional, paired, held, named, query, silent, plain)}
    found = "\n".join(offenders(planted))
    for name in ("bare", "listed", "optional", "paired", "held", "named", "query", "silent"):
        assert f"{name}" in found, name
    assert "plain" not in found


def test_every_record_keeps_every_column_of_its_row():
    pairs = {records.AccountRecord: models.Account, records.StakeholderRecord: models.Stakeholder,
             records.MemberRecord: models.TeamMember, records.TieRecord: models.Tie,
             records.EntryRecord: models.Entry, records.CommitmentRecord: models.Commitment,
             records.QuestionRecord: models.HealthQuestion, records.CheckupRecord: models.Checkup,
             records.MeetingRecord: models.Meeting}
    for kind, model in pairs.items():
        columns = {field.column_name for field in model._meta.sorted_fields}
        assert {f.name for f in dataclasses.fields(kind)} == columns, kind.__name__


def rows_in(value, path: str = "result", depth: int = 0) -> list[str]:
    """Where in ``value`` a Peewee row or query hides."""
    if isinstance(value, FORBIDDEN):
        return [f"{path}: {type(value).__name__}"]
    if depth > 6 or isinstance(value, (str, bytes, int, float, bool, dt.date, type(None))):
        return []
    if isinstance(value, dict):
        return [hit for k, x in value.items() for hit in rows_in(x, f"{path}[{k!r}]", depth + 1)]
    if isinstance(value, (list, tuple, set, frozenset)):
        return [hit for i, x in enumerate(value) for hit in rows_in(x, f"{path}[{i}]", depth + 1)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [hit for f in dataclasses.fields(value)
                for hit in rows_in(getattr(value, f.name), f"{path}.{f.name}", depth + 1)]
    return []


def test_the_services_hand_out_no_rows_on_the_demo(demo_db):
    from relapp.services import accounts, commitments, health, journal, meetings, people, stakeholder_map
    from relapp.store.models import Account, Checkup, Commitment, Entry, Meeting, Stakeholder, TeamMember, Tie

    account = Account.select().first().id
    person = Stakeholder.select().where(Stakeholder.account == account).first()
    member = TeamMember.select().first().id
    known = {
        "account_id": account, "account": account, "stakeholder_id": person.id, "member_id": member,
        "entry_id": Entry.select().first().id, "commitment_id": Commitment.select().first().id,
        "meeting_id": Meeting.select().first().id, "checkup_id": Checkup.select().first().id,
        "tie_id": Tie.select().first().id, "today": TODAY, "day": TODAY,
        "text": person.name.split()[0], "query": person.name.split()[0], "name": person.name,
    }
    # Reads: every used function whose arguments are all among the ids above.
    readers = ("get_", "list_", "find_", "ties_of_", "checkups_of", "search_", "due_", "load_", "account_",
               "stakeholders_of", "meetings_of", "answers_of", "health_", "question_", "checkup_", "entry_",
               "meeting_", "contact_", "changes_of", "last_")
    called, hits = [], []
    for qualified, function in services_used_by_gui_and_cli().items():
        if not function.__name__.startswith(readers):
            continue
        parameters = inspect.signature(function).parameters.values()
        required = [p for p in parameters if p.default is inspect.Parameter.empty
                    and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
        if any(p.name not in known for p in required):
            continue
        try:
            result = function(**{p.name: known[p.name] for p in required})
        except (LookupError, ValueError):
            continue  # the demo's first row does not suit this reader (not what is tested here)
        called.append(qualified)
        hits += rows_in(result, qualified)
    assert "relapp.services.people.get_stakeholder" in called and len(called) > 20, called
    # Edits: each returns what it made or changed.
    question = health.list_questions()[0]
    edits = {
        "create_account": lambda: accounts.create_account(name="Records Ltd"),
        "update_account": lambda: accounts.update_account(account, notes="plain"),
        "create_stakeholder": lambda: people.create_stakeholder(account=account, name="Rita Record"),
        "update_stakeholder": lambda: people.update_stakeholder(person.id, title="Chief"),
        "create_member": lambda: people.create_member(name="Rob Record"),
        "update_member": lambda: people.update_member(member, role="Lead"),
        "set_tie": lambda: people.set_tie(member, person.id, 4),
        "set_stance": lambda: stakeholder_map.set_stance(person.id, "blocker"),
        "set_role": lambda: stakeholder_map.set_role(person.id, None),
        "set_grid_place": lambda: stakeholder_map.set_grid_place(person.id, 2, 4),
        "add_entry": lambda: journal.add_entry(account=account, day=TODAY, title="Lunch", value=1),
        "update_entry": lambda: journal.update_entry(known["entry_id"], title="Lunch again"),
        "add_commitment": lambda: commitments.add_commitment(stakeholder=person.id, description="Send the deck",
                                                             due=TODAY),
        "create_meeting": lambda: meetings.create_meeting(account=account, day=TODAY, title="Board"),
        "update_meeting": lambda: meetings.update_meeting(known["meeting_id"], goals="Budget"),
        "add_question": lambda: health.add_question("Do they call us first?"),
        "update_question": lambda: health.update_question(question.id, text=question.text + "?"),
        "record_checkup": lambda: health.record_checkup(account, {question.id: 4}, day=TODAY),
    }
    for name, edit in edits.items():
        hits += rows_in(edit(), name)
    promise = commitments.add_commitment(stakeholder=person.id, description="Call back", due=TODAY)
    hits += rows_in(commitments.resolve_commitment(promise.id, True, day=TODAY), "resolve_commitment")
    assert hits == []


@pytest.mark.parametrize("planted", [lambda: models.Account(name="x"), lambda: [("a", models.Tie())],
                                     lambda: {"q": models.Account.select()}])
def test_the_return_check_finds_planted_rows(planted):
    assert rows_in(planted())
