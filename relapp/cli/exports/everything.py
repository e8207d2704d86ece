"""``relapp export all --format json -o FILE``: the whole data set."""

from __future__ import annotations

from relapp.cli.data import open_data
from relapp.cli.output_file import add_output_arguments, write_output


def register(kinds) -> None:
    p = kinds.add_parser("all", help="everything as one JSON dump (imports back with relapp import)")
    p.add_argument("--format", choices=["json"], required=True)
    add_output_arguments(p)
    p.set_defaults(handler=run)


def run(args) -> int:
    from relapp.services.interchange.full_dump import dump_json

    with open_data(args) as source:
        write_output(args, dump_json(), source)
        print(f"all data written to {args.output}")
        return 0
