"""No module reaches into another's private parts (``other._refresh()``,
``window._data_changed(...)``): a view that needs to follow a change
subscribes to the change sets instead, and a dialog offers a public method.

A name with one leading underscore may be used on ``self``, ``cls`` and
``super()`` anywhere, and on other objects only in the module that defines
that name (a class and its helpers written together)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "relapp"
# Private by Python's or a library's convention, not ours.
FOREIGN = {"_meta", "_actions", "_SubParsersAction", "_exit", "_asdict", "_replace", "_fields", "_make"}


def defined_names(tree: ast.AST) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            names.add(node.attr)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, ast.arg):
            names.add(node.arg)
    return names


def reaches_into_others(source: str) -> list[str]:
    tree = ast.parse(source)
    own = defined_names(tree)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute):
            continue
        name = node.attr
        if not name.startswith("_") or name.startswith("__") or name in FOREIGN or name in own:
            continue
        owner = node.value
        if isinstance(owner, ast.Name) and owner.id in ("self", "cls"):
            continue
        if isinstance(owner, ast.Call) and isinstance(owner.func, ast.Name) and owner.func.id == "super":
            continue
        found.append(f"{node.lineno}: {ast.unparse(node)}")
    return found


def test_no_module_uses_another_modules_private_names():
    found = {}
    for path in sorted(ROOT.rglob("*.py")):
        if hits := reaches_into_others(path.read_text(encoding="utf-8")):
            found[str(path.relative_to(ROOT.parent))] = hits
    assert found == {}


def test_the_check_catches_a_view_refreshed_through_its_private_method():
    planted = (
        "class Dialog:\n"
        "    def done(self):\n"
        "        self.window._data_changed('accounts')\n"
        "        self.view._refresh()\n"
        "        return editor.dialog._typed()\n"
    )
    assert [hit.split(": ")[1] for hit in reaches_into_others(planted)] == [
        "self.window._data_changed", "self.view._refresh", "editor.dialog._typed"]
    # Its own private names, on itself or on objects of its own module, are fine.
    assert reaches_into_others("class A:\n    def _b(self):\n        other._b()\n        self._c = 1\n") == []
