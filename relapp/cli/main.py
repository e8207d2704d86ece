"""Entry point of ``relapp``: global options and the command registry.

Each command lives in a module of its own named ``*_command.py`` with
``register(subparsers)``; the handler it sets receives the parsed arguments
and returns an exit code.  Commands are found by name, so adding one never
touches this file.
"""

from __future__ import annotations

import argparse
import os
import sys
import pkgutil
from importlib import import_module

import relapp.cli
from relapp import __version__


def modules_named(package, suffix: str) -> list[str]:
    """The modules of ``package`` whose names end with ``suffix``, sorted."""
    return sorted(f"{package.__name__}.{info.name}" for info in pkgutil.iter_modules(package.__path__)
                  if info.name.endswith(suffix))


class CliError(Exception):
    """A failure to report as one line and a non-zero exit."""

    def __init__(self, message: str, code: int = 1):
        super().__init__(message)
        self.code = code


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one clear line, not the whole usage text
        self.exit(2, f"relapp: error: {message} (see relapp --help)\n")


DATA_DIR_HELP = "use this data directory instead of the default"
DATABASE_HELP = ("use this team database instead of a data directory: postgresql://USER@HOST[:PORT]/DB "
                 "(also RELAPP_DATABASE; needs the 'team' extra)")


def build_parser(commands: bool | str = True) -> argparse.ArgumentParser:
    """The whole command line; with ``commands`` False only the global
    options, all that opening the window needs; with a command's name, the
    global options and that command alone."""
    parser = _Parser(prog="relapp", description="Keep the ledger of your client relationships.",
                     epilog="Without a command, relapp opens the window.")
    parser.add_argument("--version", action="version", version=f"relapp {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help=DATA_DIR_HELP)
    parser.add_argument("--database", metavar="URL", help=DATABASE_HELP)
    parser.add_argument("--quick-entry", action="store_true",
                        help="open the window's quick entry at once (for a desktop shortcut or hotkey)")
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser,
                                title="commands (without one, relapp opens the window)")
    names = modules_named(relapp.cli, "_command")
    for name in names if commands is True else [f"{relapp.cli.__name__}.{commands}_command"]:
        import_module(name).register(sub)
    for command_parser in _leaf_parsers(parser):
        # Global options are accepted after the command too ("relapp demo --data-dir X"); SUPPRESS
        # keeps a value given before the command when none is given after it.
        command_parser.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help=DATA_DIR_HELP)
        command_parser.add_argument("--database", metavar="URL", default=argparse.SUPPRESS, help=DATABASE_HELP)
    return parser


def _window_arguments(argv: list[str]) -> argparse.Namespace | None:
    """The arguments when they name no command (the window opens), else
    None.  Registering every command imports every command's module (the
    exports, the importers): a third of the time to the window's first
    frame, for nothing the window uses."""
    if {"-h", "--help"} & set(argv):
        return None  # the help lists the commands
    args, rest = build_parser(commands=False).parse_known_args(argv)
    return None if rest else args


def _named_command(argv: list[str]) -> str | None:
    """The command ``argv`` names, when a module of that name registers it;
    None when it names none, asks for the help of them all, or names one
    that does not exist (the whole command line says which there are).
    Registering every command imports every command's module: a quarter
    of a second before ``relapp demo`` or ``relapp add`` starts its work."""
    words = iter(argv)
    for word in words:
        if word in ("-h", "--help"):
            return None
        if word in ("--data-dir", "--database"):
            next(words, None)  # the option's value
        elif not word.startswith("-"):
            known = {name.rsplit(".", 1)[1].removesuffix("_command")
                     for name in modules_named(relapp.cli, "_command")}
            return word if word in known else None
    return None


def _leaf_parsers(parser: argparse.ArgumentParser):
    """Every parser below ``parser`` that takes no further sub-command."""
    for action in parser._actions:  # argparse exposes sub-parsers only through this attribute
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                has_children = any(isinstance(a, argparse._SubParsersAction) for a in child._actions)
                yield from _leaf_parsers(child) if has_children else (child,)


def main(argv: list[str] | None = None) -> int:
    typed = sys.argv[1:] if argv is None else list(argv)
    args = _window_arguments(typed) or build_parser(_named_command(typed) or True).parse_args(argv)
    args.typed = typed  # what the user typed, to give back on failure
    _start_log()
    if args.command is None:
        from relapp.gui.launch import run_window
        from relapp.services.data_folder import resolve_data_dir

        from relapp.cli.data import team_database

        url = team_database(args)
        if url is not None:
            # Never the local data in place of the team database asked for: one line when it cannot be reached.
            from relapp.services.team_credentials import reach

            try:
                reach(url)
            except Exception as exc:  # noqa: BLE001 - whatever stops it, one line
                print(f"relapp: error: {' '.join(str(exc).split()) or type(exc).__name__}", file=sys.stderr)
                return 2
        return run_window(resolve_data_dir(args.data_dir), quick_entry=args.quick_entry, database=url)
    try:
        args.passphrase = _unlock_if_encrypted(args)
        code = int(args.handler(args) or 0)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        return _reader_went_away()
    except CliError as exc:
        print(f"relapp: error: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print("relapp: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 — the contract is one line, never a traceback
        from relapp.services.validation import NotFoundError, ValidationError
        from relapp.services.data_errors import StoreError

        if isinstance(exc, (NotFoundError, ValidationError, StoreError)):
            print(f"relapp: error: {exc}", file=sys.stderr)
            return 1
        from relapp.services.storage_errors import storage_problem, storage_message
        from relapp.services.session import lost_server

        if lost_server(exc, None):  # the server lost during a command's work is the command's LostServerError
            print(f"relapp: error: {lost_server(exc, None)}", file=sys.stderr)
            return 1
        if storage_problem(exc):
            print(f"relapp: error: {storage_message(exc)}", file=sys.stderr)
            return 75 if storage_problem(exc) == "busy" else 74
        if isinstance(exc, OSError):
            print(f"relapp: error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
            return 1
        import logging

        logging.getLogger("relapp.cli").error("internal error in %s", args.command, exc_info=exc)
        print(f"relapp: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 70


def _reader_went_away() -> int:
    """The reader of our output closed it (``relapp attention | head -1``): end quietly, as
    Unix tools do.  stdout is pointed at /dev/null so Python's own flush at exit cannot fail
    again and print a second error."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return 141  # 128 + SIGPIPE, what a shell reports for a tool ended by a closed pipe


def _unlock_if_encrypted(args) -> str | None:
    """Encrypted data is unlocked once here, for whichever command runs
    (listing backups needs no passphrase)."""
    if args.command in ("backups", "encrypt"):
        return None
    from relapp.cli.data import team_database

    if team_database(args):
        return None
    from relapp.services.data_folder import is_encrypted, resolve_data_dir

    data_dir = resolve_data_dir(args.data_dir)
    if not is_encrypted(data_dir):
        return None
    from relapp.cli.passphrase import unlock_data

    return unlock_data(data_dir)


def _start_log() -> None:
    from relapp.services.logs import setup_logging

    try:
        setup_logging()
    except OSError:
        pass  # no writable log directory: work on without a log


if __name__ == "__main__":
    raise SystemExit(main())
