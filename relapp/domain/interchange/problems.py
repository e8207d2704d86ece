"""What can stop an import before anything is written."""

from __future__ import annotations

MAX_FILE_BYTES = 50 * 1024 * 1024  # 50 MB: ten times the largest real address book
# A full Relapp dump of a large data set is bigger than any address book; it
# is the way everything goes out and back in, so it has its own ceiling.  A
# file over 50 MB is read only when parsing shows it is a dump.  The large
# demo (1,000 accounts, 500,000 entries) dumps to 90 MB; importing it took
# at most 1.2 GB of memory (README, "Import and export").
MAX_DUMP_BYTES = 128 * 1024 * 1024
MAX_FIELD_CHARS = 100_000  # 100 KB: a long note, never a pasted file


class RefusedFile(ValueError):
    """The whole file is refused; ``str()`` is one line for the user."""


class ImportCancelled(Exception):
    """The user cancelled while the file was read or written."""


def check_field(where: str, value: str) -> str:
    if len(value) > MAX_FIELD_CHARS:
        raise RefusedFile(f"{where} holds a field of {len(value):,} characters; "
                          f"fields may be at most {MAX_FIELD_CHARS:,} characters")
    return value



def shown(value, limit: int = 40) -> str:
    """``value`` as a refusal quotes it: ``repr`` (so line breaks and odd
    characters stay visible and the message one line), cut short, since a
    file can hold a megabyte where a name was expected."""
    text = repr(value)
    return text if len(text) <= limit else text[:limit - 3] + "..."
