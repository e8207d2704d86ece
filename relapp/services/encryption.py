"""Turning encryption at rest on and off for a data directory: the database
and every backup are rewritten, each new file verified before it replaces
the old one.

What this does not do: erase the old plain files' blocks from the disk
(file systems and SSDs keep copies the app cannot reach); a user who needs
that must also encrypt the disk.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from relapp.services.files import write_private
from relapp.store.backup import integrity_problem, list_backup_files
from relapp.store.data_lock import writing_alone
from relapp.store.binding import refuse_while_open
from relapp.store.encryption import (
    MARKER, available, decrypt_file, encrypt_file, has_plain_header, is_encrypted, passphrase_opens,
    set_passphrase,
)
from relapp.store.errors import StoreError, WrongPassphraseError
from relapp.store.location import backups_dir, db_path

log = logging.getLogger(__name__)
MIN_PASSPHRASE = 8


class EncryptionUnavailableError(StoreError):
    def __init__(self):
        super().__init__("encryption needs the optional SQLCipher support: pip install 'relapp[encryption]'")


def check_new_passphrase(passphrase: str) -> None:
    from relapp.services.validation import ValidationError

    if not isinstance(passphrase, str) or len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError("passphrase", "must be at least {least} characters long", least=MIN_PASSPHRASE)
    if "\x00" in passphrase:
        raise ValidationError("passphrase", "contains a NUL character")


def _files(data_dir: Path) -> list[Path]:
    """The database and its backups (not set-aside files: they may be
    damaged and are kept exactly as they were)."""
    files = [db_path(data_dir)] if db_path(data_dir).exists() else []
    return files + [b.path for b in list_backup_files(backups_dir(data_dir))]


def _rewrite(path: Path, convert, passphrase: str, verify_with: str | None) -> None:
    staged = path.with_name(path.name + ".converting")
    staged.unlink(missing_ok=True)
    convert(path, staged, passphrase)
    problem = integrity_problem(staged, quick=False, passphrase=verify_with)
    if problem:
        staged.unlink(missing_ok=True)
        raise StoreError(f"the converted copy of {path.name} failed its check ({problem}); nothing was changed")
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    os.replace(staged, path)


def encrypt_data(data_dir: Path, passphrase: str) -> int:
    """Encrypt the database and its backups; returns how many files."""
    if not available():
        raise EncryptionUnavailableError()
    check_new_passphrase(passphrase)
    if is_encrypted(data_dir):
        raise StoreError("this data is already encrypted")
    refuse_while_open(str(data_dir), "encrypted")  # its owner closes it first: its files are replaced
    with writing_alone(data_dir, "the encryption"):
        # The marker first: if this stops half-way, plain files are still
        # read as plain (by their header) and encrypted ones with the
        # passphrase.
        write_private(data_dir / MARKER, "This Relapp data is encrypted with SQLCipher.\n")
        count = 0
        for path in _files(data_dir):
            if has_plain_header(path):
                _rewrite(path, encrypt_file, passphrase, passphrase)
                count += 1
    set_passphrase(data_dir, passphrase)
    log.info("data encrypted (%d files)", count)
    return count


def decrypt_data(data_dir: Path, passphrase: str) -> int:
    """Back to plain files; the passphrase must be the current one."""
    if not available():
        raise EncryptionUnavailableError()
    if not is_encrypted(data_dir):
        raise StoreError("this data is not encrypted")
    if not passphrase_opens(db_path(data_dir), passphrase):
        raise WrongPassphraseError("wrong passphrase: nothing was changed")
    refuse_while_open(str(data_dir), "decrypted")  # its owner closes it first: its files are replaced
    with writing_alone(data_dir, "the decryption"):
        count = 0
        for path in _files(data_dir):
            if not has_plain_header(path):
                _rewrite(path, decrypt_file, passphrase, None)
                count += 1
        # The marker last: until every file is plain, it says some are not.
        (data_dir / MARKER).unlink(missing_ok=True)
    set_passphrase(data_dir, None)
    log.info("data decrypted (%d files)", count)
    return count


def unlock(data_dir: Path, passphrase: str) -> None:
    """Remember ``passphrase`` for this process if it opens the data."""
    if not passphrase_opens(db_path(data_dir), passphrase):
        raise WrongPassphraseError("wrong passphrase: the data could not be unlocked (nothing was changed)")
    set_passphrase(data_dir, passphrase)
