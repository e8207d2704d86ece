"""What can go wrong with the data itself, as the window and the command
line catch it: the store's errors under the services' name."""

from __future__ import annotations

from relapp.store.errors import (
    CorruptDatabaseError, DiskUnavailableError, NewerSchemaError, NotRelappDatabaseError, PassphraseNeededError,
    ReadOnlyDataError, StoreError, WrongPassphraseError,
)

__all__ = ["CorruptDatabaseError", "DiskUnavailableError", "NewerSchemaError", "NotRelappDatabaseError",
           "PassphraseNeededError", "ReadOnlyDataError", "StoreError", "WrongPassphraseError"]
