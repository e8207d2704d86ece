"""The layers import one way only: domain → store → services → gui and cli.

Every module's imports are read from its source: ``import x``, ``from x
import y``, relative imports resolved against the module's package, and
``importlib.import_module``/``__import__`` calls with a literal name.  The
checker works on any copy of the package, so the last test plants each kind
of violation in a temporary copy and sees it caught.
"""

from __future__ import annotations

import ast
import shutil
from dataclasses import dataclass
from pathlib import Path

import relapp

ROOT = Path(relapp.__file__).parent
LAYERS = ["domain", "store", "services", "cli", "gui"]
# What each layer may import from relapp; cli and gui sit side by side on
# top of the services (the bare "relapp" package holds only the version),
# and neither reaches into the store: services hand them plain records.
ALLOWED = {
    "domain": {"domain"},
    "store": {"domain", "store"},
    "services": {"domain", "store", "services"},
    "gui": {"domain", "services", "gui"},
    "cli": {"domain", "services", "cli", "gui"},
}
TOP_LEVEL_OK = {"relapp", "relapp.assets"}
QT = {"PySide6", "shiboken6", "pyqtgraph"}
FORBIDDEN_PACKAGES = {
    "domain": QT | {"peewee", "playhouse", "sqlite3", "sqlcipher3"},
    "store": QT,
    "services": QT,
}
# Reading the clock in the domain makes its rules untestable for a given
# day: ``today``/``now`` are passed in instead.
CLOCK_READS = {
    "datetime.date.today", "datetime.datetime.now", "datetime.datetime.utcnow", "datetime.datetime.today",
    "time.time", "time.time_ns", "time.monotonic", "time.monotonic_ns", "time.perf_counter",
    "time.perf_counter_ns", "time.localtime", "time.gmtime", "time.ctime", "time.asctime",
}


@dataclass(frozen=True)
class Violation:
    path: str  # relative to the package, e.g. "cli/main.py"
    rule: str  # "layer", "package" or "clock"
    detail: str

    def __str__(self) -> str:
        return f"{self.path}: {self.rule}: {self.detail}"


def module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(["relapp", *parts])


def _resolve(module: str, level: int, package: str) -> str:
    """The absolute name of ``from <level dots><module> import …`` in ``package``."""
    if level == 0:
        return module
    base = package.split(".")
    base = base[:len(base) - (level - 1)] if level > 1 else base
    return ".".join([*base, module] if module else base)


def imports_of(root: Path, path: Path) -> set[str]:
    """Every module ``path`` imports, by absolute name."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    name = module_name(root, path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(node.module or "", node.level, package)
            found.add(base)
            if base == "relapp":  # ``from relapp import store``: the name is the module
                found |= {f"{base}.{alias.name}" for alias in node.names}
        elif isinstance(node, ast.Call) and _is_dynamic_import(node) and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                target = first.value
                if target.startswith("."):
                    dots = len(target) - len(target.lstrip("."))
                    target = _resolve(target.lstrip("."), dots, package)
                found.add(target)
    return found


def _is_dynamic_import(call: ast.Call) -> bool:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id in ("import_module", "__import__")
    return isinstance(func, ast.Attribute) and func.attr == "import_module"


def _aliases(tree: ast.AST) -> dict[str, str]:
    """Local name → the qualified name it stands for, from the imports."""
    names: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    names[alias.asname] = alias.name
                else:
                    top = alias.name.split(".")[0]
                    names[top] = top
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            for alias in node.names:
                names[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return names


def _dotted(node: ast.AST) -> list[str] | None:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    return [node.id, *reversed(parts)]


def clock_reads(path: Path) -> list[str]:
    """Uses of the clock (called or passed on, e.g. as a default factory)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = _aliases(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Attribute, ast.Name)) and (parts := _dotted(node)) and parts[0] in names:
            qualified = ".".join([names[parts[0]], *parts[1:]])
            if qualified in CLOCK_READS:
                found.append(f"{qualified} (line {node.lineno})")
    return found


def violations(root: Path) -> list[Violation]:
    out = []
    for layer in LAYERS:
        for path in sorted((root / layer).rglob("*.py")):
            rel = path.relative_to(root).as_posix()
            for name in sorted(imports_of(root, path)):
                top = name.split(".")[0]
                if top in FORBIDDEN_PACKAGES.get(layer, ()):
                    out.append(Violation(rel, "package", name))
                if top == "relapp" and name not in TOP_LEVEL_OK and name.split(".")[1] in LAYERS:
                    target = name.split(".")[1]
                    if target not in ALLOWED[layer]:
                        out.append(Violation(rel, "layer", f"{layer} imports {name}"))
            if layer == "domain":
                out += [Violation(rel, "clock", read) for read in clock_reads(path)]
    return out


def test_every_layer_exists():
    for layer in LAYERS:
        assert list((ROOT / layer).rglob("*.py")), layer


def test_the_layers_hold():
    found = [str(v) for v in violations(ROOT)]
    assert found == []


def test_no_star_imports():
    for path in ROOT.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                assert all(a.name != "*" for a in node.names), path


PLANTED = {
    # file (new, in a copy of the package): (its source, the violation it must raise)
    "cli/planted_absolute.py": ("from relapp.store.models import Account\n",
                                ("layer", "cli imports relapp.store.models")),
    "cli/planted_plain.py": ("import relapp.store.database\n", ("layer", "cli imports relapp.store.database")),
    "gui/views/planted_relative.py": ("from ...store import models\n", ("layer", "gui imports relapp.store")),
    "gui/planted_relative_module.py": ("from ..store.location import db_path\n",
                                       ("layer", "gui imports relapp.store.location")),
    "cli/planted_dynamic.py": ('import importlib\nmodels = importlib.import_module("relapp.store.models")\n',
                               ("layer", "cli imports relapp.store.models")),
    "gui/planted_dynamic_relative.py": ('from importlib import import_module\n'
                                        'fts = import_module("..store.fts", __package__)\n',
                                        ("layer", "gui imports relapp.store.fts")),
    "gui/planted_parent.py": ("from .. import store\n", ("layer", "gui imports relapp.store")),
    "gui/planted_dunder.py": ('store = __import__("relapp.store")\n', ("layer", "gui imports relapp.store")),
    "services/planted_qt.py": ("from PySide6.QtCore import QObject\n", ("package", "PySide6.QtCore")),
    "services/planted_chart.py": ("import pyqtgraph as pg\n", ("package", "pyqtgraph")),
    "services/planted_gui.py": ("from relapp.gui import main_window\n",
                                ("layer", "services imports relapp.gui")),
    "domain/planted_qt.py": ("from PySide6 import QtGui\n", ("package", "PySide6")),
    "domain/planted_peewee.py": ("import peewee\n", ("package", "peewee")),
    "domain/planted_sqlite.py": ("import sqlite3\n", ("package", "sqlite3")),
    "domain/planted_store.py": ("from . import balance\nfrom ..store import models\n",
                                ("layer", "domain imports relapp.store")),
    "domain/planted_today.py": ("import datetime\n\ndef f():\n    return datetime.date.today()\n",
                                ("clock", "datetime.date.today (line 4)")),
    "domain/planted_now.py": ("import datetime as dt\n\nSTAMP = dt.datetime.now()\n",
                              ("clock", "datetime.datetime.now (line 3)")),
    "domain/planted_utcnow.py": ("from datetime import datetime as D\n\ndef f():\n    return D.utcnow()\n",
                                 ("clock", "datetime.datetime.utcnow (line 4)")),
    "domain/planted_factory.py": ("from dataclasses import dataclass, field\nfrom datetime import date\n\n"
                                  "@dataclass\nclass C:\n    day: date = field(default_factory=date.today)\n",
                                  ("clock", "datetime.date.today (line 6)")),
    "domain/planted_time.py": ("import time\n\ndef f():\n    return time.time()\n", ("clock", "time.time (line 4)")),
    "domain/planted_monotonic.py": ("from time import monotonic as tick\n\ndef f():\n    return tick()\n",
                                    ("clock", "time.monotonic (line 4)")),
}


def _copy_of_the_package(tmp_path: Path) -> Path:
    copy = tmp_path / "relapp"
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def test_each_planted_violation_is_caught(tmp_path):
    copy = _copy_of_the_package(tmp_path)
    before = {str(v) for v in violations(copy)}
    assert before == {str(v) for v in violations(ROOT)}, "the copy reads like the original"
    for rel, (source, _) in PLANTED.items():
        (copy / rel).write_text(source, encoding="utf-8")
    found = {(v.path, v.rule, v.detail) for v in violations(copy) if str(v) not in before}
    for rel, (_, (rule, detail)) in PLANTED.items():
        assert (rel, rule, detail) in found, f"{rel} was not caught ({rule}: {detail}); found {sorted(found)}"
    # Nothing else: an allowed import next to a planted one is not reported.
    assert {rel for rel, _, _ in found} == set(PLANTED)


def test_allowed_imports_are_not_reported(tmp_path):
    copy = _copy_of_the_package(tmp_path)
    before = {str(v) for v in violations(copy)}
    for rel, source in {
        "cli/planted_ok.py": "from relapp.services import accounts\nfrom ..domain import balance\n",
        "gui/planted_ok.py": 'import importlib\nimportlib.import_module("relapp.gui.chart")\n',
        "domain/planted_ok.py": "import datetime as dt\n\ndef f(today: dt.date):\n"
                                "    return today + dt.timedelta(days=1), dt.date.fromisoformat('2026-01-01')\n",
        "services/planted_ok.py": "import sqlite3\nimport peewee\nfrom relapp.store import models\n",
    }.items():
        (copy / rel).write_text(source, encoding="utf-8")
    assert {str(v) for v in violations(copy)} == before
