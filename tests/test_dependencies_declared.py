"""Every library relapp/ imports is declared in pyproject.toml: one that only
comes in through another package (numpy through pyqtgraph) disappears the day
that package stops needing it, and Relapp breaks on a fresh install."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"])
    for extra in project.get("optional-dependencies", {}).values():
        requirements += extra
    return {_normal(re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", r).group(0)) for r in requirements}


def _imported() -> dict[str, str]:
    """Top-level module imported from outside relapp → the first file importing it."""
    found: dict[str, str] = {}
    for path in sorted((ROOT / "relapp").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top != "relapp" and top not in sys.stdlib_module_names:
                    found.setdefault(top, str(path.relative_to(ROOT)))
    return found


def test_every_imported_library_is_declared():
    declared = _declared()
    providers = metadata.packages_distributions()
    undeclared = {}
    for module, where in _imported().items():
        # A module not installed here (an optional extra's) is named as its distribution.
        distributions = {_normal(d) for d in providers.get(module, [module])}
        if not distributions & declared:
            undeclared[module] = where
    assert not undeclared, f"imported but not declared in pyproject.toml: {undeclared}"

