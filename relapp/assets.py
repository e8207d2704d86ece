"""Files shipped with the app (``ui/`` forms, ``resources/``), found through
importlib.resources so they load from a wheel, a bundle or a checkout alike
and never depend on the working directory."""

from __future__ import annotations

import json
from importlib import resources
from importlib.abc import Traversable


def resource(*parts: str) -> Traversable:
    node = resources.files("resources")
    for part in parts:
        node = node / part
    return node


def read_text(*parts: str) -> str:
    return resource(*parts).read_text(encoding="utf-8")


def read_json(*parts: str):
    return json.loads(read_text(*parts))


def ui_form(name: str) -> Traversable:
    """The Qt Designer form ``ui/<name>.ui``."""
    return resources.files("ui") / f"{name}.ui"
