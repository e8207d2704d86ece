"""Encryption at rest through SQLCipher (the optional ``encryption`` extra,
``sqlcipher3``).

A data directory is encrypted when its marker file exists and its database
does not start with SQLite's plain header.  The marker tells an encrypted
file from a damaged one (both look like noise); the header check makes an
encryption or decryption interrupted half-way harmless — a plain file is
always opened as plain.

The passphrase lives only in this process's memory, per data directory,
and every connection the store opens (the models', backups, checks) uses
it through ``connect``.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from relapp.store.read_only import read_only_uri

MARKER = "relapp.encrypted"
SQLITE_HEADER = b"SQLite format 3\x00"
_passphrases: dict[Path, str] = {}


def available() -> bool:
    try:
        import sqlcipher3  # noqa: F401
    except ImportError:
        return False
    return True


def _cipher():
    from sqlcipher3 import dbapi2

    return dbapi2


def database_errors() -> tuple[type[BaseException], ...]:
    """The exception classes a damaged or locked file raises, whichever
    driver opened it.  A flipped bit in the schema can leave bytes that are
    not UTF-8 in a name SQLite quotes in its error message; decoding that
    message then fails, so a decoding error is damage too."""
    if available():
        return (sqlite3.DatabaseError, UnicodeDecodeError, _cipher().DatabaseError)
    return (sqlite3.DatabaseError, UnicodeDecodeError)


def has_plain_header(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def is_encrypted(data_dir: Path) -> bool:
    """Whether the database in ``data_dir`` is encrypted (needs a passphrase)."""
    db = data_dir / "relapp.sqlite3"
    return ((data_dir / MARKER).exists() and db.exists() and db.stat().st_size > 0
            and not has_plain_header(db))


def _owner_dir(path: Path) -> Path:
    """The data directory a file belongs to (the database, or a backup or
    set-aside file one folder further down)."""
    path = Path(path).resolve()
    parent = path.parent
    if (parent / MARKER).exists() or parent in _passphrases:
        return parent
    return parent.parent


def set_passphrase(data_dir: Path, passphrase: str | None) -> None:
    key = Path(data_dir).resolve()
    if passphrase is None:
        _passphrases.pop(key, None)
    else:
        _passphrases[key] = passphrase


def passphrase_for(path: Path) -> str | None:
    """The passphrase for a file, when its data directory is encrypted and
    the file is not plain (an old plain backup stays readable as it is)."""
    owner = _owner_dir(path)
    passphrase = _passphrases.get(owner)
    if passphrase is None or not (owner / MARKER).exists():
        return None
    if Path(path).exists() and Path(path).stat().st_size > 0 and has_plain_header(Path(path)):
        return None
    return passphrase


def _apply_key(con, passphrase: str) -> None:
    con.execute("PRAGMA key = '%s'" % passphrase.replace("'", "''"))


def connect(path: Path, readonly: bool = False, passphrase: str | None = None):
    """A DB-API connection to ``path`` with the right driver and key."""
    passphrase = passphrase if passphrase is not None else passphrase_for(path)
    if passphrase is None:
        if readonly:
            return sqlite3.connect(read_only_uri(path), uri=True)
        return sqlite3.connect(path)
    driver = _cipher()
    con = driver.connect(read_only_uri(path), uri=True) if readonly else driver.connect(str(path))
    _apply_key(con, passphrase)
    return con


def passphrase_opens(path: Path, passphrase: str) -> bool:
    """Whether ``passphrase`` decrypts ``path`` (SQLCipher cannot tell a
    wrong key from a damaged file: both read as "not a database")."""
    try:
        con = connect(path, readonly=True, passphrase=passphrase)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
    except database_errors():
        return False
    return True


def _export(source, dest: Path, key_sql: str) -> None:
    """Copy the open ``source`` connection into a new file with
    SQLCipher's export (the way to change between plain and encrypted)."""
    escaped = str(dest).replace("'", "''")
    source.execute(f"ATTACH DATABASE '{escaped}' AS target KEY {key_sql}")
    try:
        source.execute("SELECT sqlcipher_export('target')")
        version = source.execute("PRAGMA main.user_version").fetchone()[0]
        source.execute(f"PRAGMA target.user_version = {int(version)}")
    finally:
        source.execute("DETACH DATABASE target")


def _quoted(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


def encrypt_file(source: Path, dest: Path, passphrase: str) -> None:
    con = _cipher().connect(str(source))
    try:
        _export(con, dest, _quoted(passphrase))
    finally:
        con.close()
    _private(dest)


def decrypt_file(source: Path, dest: Path, passphrase: str) -> None:
    con = _cipher().connect(str(source))
    try:
        _apply_key(con, passphrase)
        _export(con, dest, "''")
    finally:
        con.close()
    _private(dest)


def _private(path: Path) -> None:
    if os.name == "posix" and path.exists():
        os.chmod(path, 0o600)
