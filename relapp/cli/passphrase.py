"""Getting the passphrase of encrypted data on the command line: from
``RELAPP_PASSPHRASE`` (scripts) or typed at a terminal prompt."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from relapp.cli.main import CliError
from relapp.services.data_errors import WrongPassphraseError
from relapp.services.encryption import unlock

ENV_VAR = "RELAPP_PASSPHRASE"
TRIES = 3


def unlock_data(data_dir: Path) -> str:
    """Unlock ``data_dir`` for this process; returns the passphrase."""
    given = os.environ.get(ENV_VAR)
    if given is not None:
        try:
            unlock(data_dir, given)
        except WrongPassphraseError as exc:
            raise CliError(f"{exc} (from {ENV_VAR})") from None
        return given
    if not sys.stdin.isatty():
        raise CliError(f"this data is encrypted: give its passphrase in {ENV_VAR} or run in a terminal")
    for attempt in range(TRIES):
        typed = getpass.getpass("Passphrase for your Relapp data: ")
        try:
            unlock(data_dir, typed)
            return typed
        except WrongPassphraseError:
            if attempt < TRIES - 1:
                print("Wrong passphrase, try again.", file=sys.stderr)
    raise CliError("wrong passphrase: the data stays locked (nothing was changed)")


def new_passphrase() -> str:
    given = os.environ.get(ENV_VAR)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise CliError(f"give the new passphrase in {ENV_VAR} or run in a terminal")
    first = getpass.getpass("New passphrase (at least 8 characters): ")
    if getpass.getpass("The same again: ") != first:
        raise CliError("the two passphrases differ; nothing was changed")
    return first
