"""``relapp export KIND …``: every export, one sub-command per kind.

Each kind lives in ``relapp/cli/exports/<kind>.py`` with
``register(export_subparsers)``; they are found by name.
"""

from __future__ import annotations

from importlib import import_module

import relapp.cli.exports


def register(sub) -> None:
    from relapp.cli.main import modules_named

    p = sub.add_parser("export", help="export charts, maps, briefs, contacts and data")
    kinds = p.add_subparsers(dest="export_kind", metavar="KIND", parser_class=type(p))
    kinds.required = True
    for name in modules_named(relapp.cli.exports, ""):
        import_module(name).register(kinds)
