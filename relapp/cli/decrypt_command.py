"""``relapp decrypt``: back to plain files (asks the current passphrase)."""

from __future__ import annotations

from relapp.cli.window_lock import refuse_if_window_open
from relapp.services.data_folder import resolve_data_dir
from relapp.services.encryption import decrypt_data
from relapp.cli.data import folder_only


def register(sub) -> None:
    p = sub.add_parser("decrypt", help="turn encryption off: the data and its backups become plain files again")
    p.set_defaults(handler=run)


def run(args) -> int:
    folder_only(args, "decrypt")
    data_dir = resolve_data_dir(args.data_dir)
    refuse_if_window_open(data_dir, "decrypt the data")
    count = decrypt_data(data_dir, args.passphrase)
    print(f"decrypted the data and its backups ({count} files)")
    return 0
