"""Why a database cannot be opened, each with a message for the user."""


class StoreError(Exception):
    """Base class: ``str(error)`` is one line a user can act on (SQLite's
    reports of damage span lines; they are joined here, once for all)."""

    def __str__(self) -> str:
        return one_line(super().__str__())


def one_line(text: str) -> str:
    return " ".join(text.split())


def damage_detail(error: BaseException) -> str:
    """What SQLite (or decoding its answer) reported about a damaged file,
    in one line."""
    if isinstance(error, UnicodeDecodeError):
        return "its structure holds bytes that are not text"
    return one_line(str(error))


class NewerSchemaError(StoreError):
    def __init__(self, found: int, supported: int):
        super().__init__(
            f"this data was written by a newer Relapp (schema {found}, this version knows up to {supported}); "
            "nothing was changed — update Relapp to open it"
        )
        self.found = found
        self.supported = supported


class DiskUnavailableError(StoreError):
    """The disk, not the file, failed a read (full, read-only, failing):
    never a reason to offer a backup or move the file aside."""


# SQLite's own names for a disk that failed rather than a file that is
# damaged: opening a WAL database needs to write its shared-memory file.
_DISK_FAILURES = ("SQLITE_IOERR", "SQLITE_FULL", "SQLITE_CANTOPEN", "SQLITE_READONLY", "SQLITE_BUSY",
                  "SQLITE_LOCKED", "SQLITE_PERM")


def is_disk_failure(error: BaseException) -> bool:
    return str(getattr(error, "sqlite_errorname", "")).startswith(_DISK_FAILURES)


class NotRelappDatabaseError(StoreError):
    pass


class CorruptDatabaseError(StoreError):
    pass


class PassphraseNeededError(StoreError):
    """The data is encrypted and no passphrase was given: ask for it."""


class WrongPassphraseError(StoreError):
    """The passphrase does not unlock the data: ask again (never treated as
    damage)."""


class ReadOnlyDataError(StoreError):
    """Read-only data that cannot be used without writing (it is missing,
    or from an older Relapp and needs an upgrade); nothing was changed."""
