"""The ``-o FILE`` and ``--force`` options every export shares, and writing
that file through the one check of where Relapp may write."""

from __future__ import annotations

from pathlib import Path

from relapp.cli.main import CliError
from relapp.services.files import TargetExistsError, UnsafeTargetError, write_export
from relapp.services.session import OpenData


def add_output_arguments(p, help: str = "where to write it") -> None:
    p.add_argument("-o", "--output", metavar="FILE", required=True, type=Path, help=help)
    p.add_argument("--force", action="store_true", help="replace FILE if it already exists")


def write_output(args, data: bytes | str, source: OpenData) -> Path:
    """Write ``data`` (made from ``source``) to ``args.output``; a refusal or
    failure is one line.  Never over ``source``'s own files."""
    try:
        return write_export(args.output, data, replace=args.force, data_folder=source.folder)
    except TargetExistsError as exc:
        raise CliError(f"{exc}; add --force to replace it") from None
    except UnsafeTargetError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(f"cannot write {args.output}: {exc.strerror or exc}") from None
