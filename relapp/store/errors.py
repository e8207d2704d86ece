"""Why a database cannot be opened, each with a message for the user."""


class StoreError(Exception):
    """Base class: ``str(error)`` is one line a user can act on."""


class NewerSchemaError(StoreError):
    def __init__(self, found: int, supported: int):
        super().__init__(
            f"this data was written by a newer Relapp (schema {found}, this version knows up to {supported}); "
            "nothing was changed — update Relapp to open it"
        )
        self.found = found
        self.supported = supported


class NotRelappDatabaseError(StoreError):
    pass


class CorruptDatabaseError(StoreError):
    pass


class PassphraseNeededError(StoreError):
    """The data is encrypted and no passphrase was given: ask for it."""


class WrongPassphraseError(StoreError):
    """The passphrase does not unlock the data: ask again (never treated as
    damage)."""
