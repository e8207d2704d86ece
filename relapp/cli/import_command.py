"""``relapp import FILE [--account NAME] [--dry-run]``.

Prints ``added A, merged M, skipped S, refused R`` and then each refused
row with its reason (on a terminal, progress is shown on stderr meanwhile);
exits 2, changing nothing, when the file cannot be read as a supported
format or breaks a limit.
"""

from __future__ import annotations

from pathlib import Path

from relapp.cli.data import open_data
from relapp.cli.main import CliError
from relapp.cli.progress import TerminalProgress


def register(sub) -> None:
    p = sub.add_parser("import", help="import contacts (vCard, CSV) or a Relapp dump")
    p.add_argument("file", metavar="FILE", type=Path)
    p.add_argument("--account", metavar="NAME",
                   help="put everyone in this account (created if missing) instead of their organisation's")
    p.add_argument("--dry-run", action="store_true", help="show what would happen; write nothing")
    p.set_defaults(handler=run)


def run(args) -> int:
    from relapp.domain.interchange.problems import RefusedFile
    from relapp.services.interchange.importing import import_source, plan_source
    from relapp.services.interchange.source_files import read_source

    reading, writing = TerminalProgress("reading"), TerminalProgress("writing")
    try:
        source = read_source(args.file, reading)
    except RefusedFile as exc:
        raise CliError(f"{args.file}: {exc}", 2) from None
    finally:
        reading.done()
    open_data(args)
    try:
        if args.dry_run:
            plan = plan_source(source, args.account)
        else:
            plan = import_source(source, args.account, writing)
    except RefusedFile as exc:
        raise CliError(f"{args.file}: {exc}", 2) from None
    finally:
        writing.done()
    print(plan.summary())
    for refusal in plan.refused:
        who = f" ({refusal.name})" if refusal.name else ""
        print(f"refused {refusal.source}{who}: {refusal.reason}")
    for target in plan.near_matches:
        print(f"note: new account {target.name!r} was kept apart from the similar "
              f"{', '.join(repr(n) for n in target.near)}")
    if args.dry_run:
        print("dry run: nothing was written")
    return 0
