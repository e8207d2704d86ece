"""``relapp import FILE [--account NAME] [--dry-run] [--record-moves]``.

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
    p.add_argument("--record-moves", action="store_true",
                   help="a known person at a new organisation left their old account and joins the new one "
                        "(without it they are listed and left out)")
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
    with open_data(args):
        try:
            if args.dry_run:
                plan = plan_source(source, args.account)
                if args.record_moves:
                    plan.record_moves("move")
            else:
                plan = import_source(source, args.account, writing, args.record_moves)
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
        for offer in plan.moves:
            to = offer.to.existing_name or offer.to.name
            if offer.choice == "move":
                print(f"moved: {offer.name} left their old account and joins {to!r}")
            else:
                print(f"left out: {offer.name} is known at another account and now at {to!r}; "
                      f"run again with --record-moves to record the move")
        if args.dry_run:
            print("dry run: nothing was written")
        return 0
