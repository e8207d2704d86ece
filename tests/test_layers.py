"""The layers import one way only: domain → store → services → gui."""

import ast
from pathlib import Path

import relapp

ROOT = Path(relapp.__file__).parent
ORDER = ["domain", "store", "services", "cli", "gui"]
# What each layer may import from relapp; cli and gui sit side by side on
# top of the services (the bare "relapp" package holds only the version).
ALLOWED = {
    "domain": {"domain"},
    "store": {"domain", "store"},
    "services": {"domain", "store", "services"},
    "gui": {"domain", "store", "services", "gui"},
    "cli": {"domain", "store", "services", "cli", "gui"},
}
TOP_LEVEL_OK = {"relapp", "relapp.assets"}


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def layer_files(layer):
    return sorted((ROOT / layer).rglob("*.py"))


def test_every_layer_exists():
    for layer in ORDER:
        assert layer_files(layer), layer


def test_domain_imports_neither_qt_nor_peewee():
    for path in layer_files("domain"):
        for name in imports_of(path):
            root = name.split(".")[0]
            assert root not in {"PySide6", "peewee", "playhouse", "pyqtgraph", "sqlite3"}, f"{path}: {name}"


def test_only_gui_and_cli_import_qt():
    for layer in ("domain", "store", "services"):
        for path in layer_files(layer):
            for name in imports_of(path):
                assert not name.startswith(("PySide6", "pyqtgraph")), f"{path}: {name}"


def test_imports_run_one_way():
    for layer, allowed in ALLOWED.items():
        for path in layer_files(layer):
            for name in imports_of(path):
                if not name.startswith("relapp"):
                    continue
                if name in TOP_LEVEL_OK:
                    continue
                target = name.split(".")[1]
                assert target in allowed, f"{path.relative_to(ROOT)} imports {name}"


def test_nothing_below_gui_imports_gui():
    for layer in ("domain", "store", "services"):
        for path in layer_files(layer):
            assert not any(n.startswith("relapp.gui") for n in imports_of(path)), path


def test_no_star_imports():
    for path in ROOT.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                assert all(a.name != "*" for a in node.names), path
