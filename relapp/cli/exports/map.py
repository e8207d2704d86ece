"""``relapp export map ACCOUNT``: the stakeholder map as PNG or SVG."""

from __future__ import annotations

from relapp.cli.data import open_data
from relapp.cli.output_file import add_output_arguments, write_output


def register(kinds) -> None:
    p = kinds.add_parser("map", help="the stakeholder map of an account as PNG or SVG")
    p.add_argument("account", metavar="ACCOUNT", help="the account's name")
    p.add_argument("--layout", choices=("org", "grid", "teams"), default="teams",
                   help="organisation, power/interest grid or team on team (default: teams)")
    p.add_argument("--format", dest="fmt", choices=("png", "svg"), default=None,
                   help="picture format (default: from the file name, else png)")
    p.add_argument("--width", type=int, default=1600, help="PNG width in pixels (default 1600)")
    add_output_arguments(p, help="where to write the picture")
    p.set_defaults(handler=run)


def run(args) -> int:
    from relapp.cli.main import CliError
    from relapp.gui.map.render import render_map
    from relapp.services import validation as v
    from relapp.services.accounts import find_account
    from relapp.cli.output_file import add_output_arguments, write_output

    with open_data(args) as source:
        out = args.output
        fmt = args.fmt or ("svg" if out.suffix.lower() == ".svg" else "png")
        try:
            account = find_account(args.account)
            payload = render_map(account.id, args.layout, fmt, args.width)
        except (v.ValidationError, v.NotFoundError) as exc:
            raise CliError(str(exc)) from None
        write_output(args, payload, source)
        print(f"map of {account.name} ({args.layout}, {fmt}) written to {out}")
        return 0
