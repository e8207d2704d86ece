"""Files shipped with the app (``ui/`` forms, ``resources/``), found through
importlib.resources so they load from a wheel, a bundle or a checkout alike
and never depend on the working directory.

An installed wheel and a PyInstaller bundle carry them inside the package as
``relapp/ui`` and ``relapp/resources`` (see setup.py and packaging/relapp.spec);
a checkout keeps them at the top of the tree, next to ``relapp/``.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path


@cache
def _root(name: str) -> Traversable:
    """The shipped folder ``name`` ("ui" or "resources")."""
    inside = resources.files("relapp") / name
    if inside.is_dir():
        return inside
    checkout = Path(__file__).resolve().parent.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"Relapp is incomplete: its {name!r} folder is missing (reinstall it)")


def resource(*parts: str) -> Traversable:
    node = _root("resources")
    for part in parts:
        node = node / part
    return node


def read_text(*parts: str) -> str:
    return resource(*parts).read_text(encoding="utf-8")


def read_bytes(*parts: str) -> bytes:
    return resource(*parts).read_bytes()


def read_json(*parts: str):
    return json.loads(read_text(*parts))


def ui_form(name: str) -> Traversable:
    """The Qt Designer form ``ui/<name>.ui``."""
    return _root("ui") / f"{name}.ui"
