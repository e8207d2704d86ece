"""``relapp export KIND …``: every export, one sub-command per kind.

Each kind lives in a module with ``register(export_subparsers)``; add it to
``EXPORT_MODULES``.
"""

from __future__ import annotations

from importlib import import_module

EXPORT_MODULES: tuple[str, ...] = ()


def register(sub) -> None:
    p = sub.add_parser("export", help="export charts, maps, briefs, contacts and data")
    kinds = p.add_subparsers(dest="export_kind", metavar="KIND", parser_class=type(p))
    kinds.required = True
    for name in EXPORT_MODULES:
        import_module(name).register(kinds)
