"""The ``-o FILE`` and ``--force`` options every export shares, and writing
that file through the one check of where Relapp may write."""

from __future__ import annotations

from pathlib import Path

from relapp.cli.main import CliError
from relapp.services.files import TargetExistsError, UnsafeTargetError, write_export


def add_output_arguments(p, help: str = "where to write it") -> None:
    p.add_argument("-o", "--output", metavar="FILE", required=True, type=Path, help=help)
    p.add_argument("--force", action="store_true", help="replace FILE if it already exists")


def write_output(args, data: bytes | str) -> Path:
    """Write ``data`` to ``args.output``; a refusal or failure is one line."""
    try:
        return write_export(args.output, data, replace=args.force)
    except TargetExistsError as exc:
        raise CliError(f"{exc}; add --force to replace it") from None
    except UnsafeTargetError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(f"cannot write {args.output}: {exc.strerror or exc}") from None
