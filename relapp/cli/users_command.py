"""``relapp --database URL users``: the logins of a team database.

    relapp --database URL users add LOGIN --member "NAME" [--admin]
    relapp --database URL users list [--json]
    relapp --database URL users remove LOGIN

The new login's password comes from ``RELAPP_NEW_PASSWORD`` (scripts) or is
typed twice at a prompt; it is never an argument (it would show in the
process list and the shell's history).
"""

from __future__ import annotations

import getpass
import json
import os
import sys

from relapp.cli.data import open_data
from relapp.cli.main import CliError
from relapp.services import team_users

PASSWORD_VAR = "RELAPP_NEW_PASSWORD"


def register(sub) -> None:
    p = sub.add_parser("users", help="the logins of a team database (add, list, remove)")
    users = p.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add = users.add_parser("add", help="create a login for a team member")
    add.add_argument("login", metavar="LOGIN")
    add.add_argument("--member", metavar="NAME", required=True,
                     help="the team member this login is (created when the team has nobody of that name)")
    add.add_argument("--admin", action="store_true",
                     help="sees every account and may add and remove logins")
    add.set_defaults(handler=run_add)
    listing = users.add_parser("list", help="the logins and who each one is")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    listing.set_defaults(handler=run_list)
    remove = users.add_parser("remove", help="remove a login from the server and the team")
    remove.add_argument("login", metavar="LOGIN")
    remove.set_defaults(handler=run_remove)


def new_password(login: str) -> str:
    given = os.environ.get(PASSWORD_VAR)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise CliError(f"give the new login's password in {PASSWORD_VAR} or run in a terminal")
    first = getpass.getpass(f"Password for {login} (at least {team_users.MIN_PASSWORD} characters): ")
    if getpass.getpass("The same again: ") != first:
        raise CliError("the two passwords differ; nothing was changed")
    return first


def run_add(args) -> int:
    login = team_users.check_login(args.login)
    password = new_password(login)
    with open_data(args) as data:
        added = team_users.add_user(data.database, login, args.member, password, admin=args.admin)
        role = "administrator" if added.user.admin else "login"
        note = " (new team member)" if added.new_member else ""
        print(f"added {role} {added.user.login} for {added.user.member}{note}")
        return 0


def run_list(args) -> int:
    with open_data(args) as data:
        users = team_users.list_users(data.database)
        if args.json:
            print(json.dumps([{"login": u.login, "member": u.member, "admin": u.admin, "can_log_in": u.can_log_in}
                              for u in users], ensure_ascii=False, indent=2))
            return 0
        for u in users:
            flags = ", ".join(f for f, on in (("admin", u.admin), ("no server login", not u.can_log_in)) if on)
            print(f"{u.login}\t{u.member}" + (f"\t{flags}" if flags else ""))
        return 0


def run_remove(args) -> int:
    login = team_users.check_login(args.login)
    with open_data(args) as data:
        team_users.remove_user(data.database, login)
        print(f"removed {login}")
        return 0
