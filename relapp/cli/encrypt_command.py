"""``relapp encrypt``: encrypt the data and its backups with a passphrase."""

from __future__ import annotations

from relapp.cli.passphrase import new_passphrase
from relapp.cli.window_lock import refuse_if_window_open
from relapp.services.data_folder import resolve_data_dir
from relapp.services.encryption import encrypt_data
from relapp.services.session import open_data_context
from relapp.cli.data import folder_only


def register(sub) -> None:
    p = sub.add_parser("encrypt", help="encrypt the data and its backups with a passphrase (needs relapp[encryption])")
    p.set_defaults(handler=run)


def run(args) -> int:
    folder_only(args, "encrypt")
    data_dir = resolve_data_dir(args.data_dir)
    refuse_if_window_open(data_dir, "encrypt the data")
    with open_data_context(data_dir, backup=False):
        pass  # a damaged file gets its message before anything changes
    count = encrypt_data(data_dir, new_passphrase())
    print(f"encrypted the data and its backups ({count} files); the passphrase is asked at every start — "
          "without it the data cannot be read")
    # Said once, plainly: the plain copies were removed as files, but the
    # disk may keep their old blocks, which only disk encryption covers.
    print("note: the disk may still hold old blocks of the unencrypted files; "
          "turn on disk encryption for full protection")
    return 0
