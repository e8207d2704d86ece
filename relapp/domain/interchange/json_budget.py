"""How much memory reading a JSON document could take, known before it is
parsed.

Python's JSON parser builds every value as an object of its own: a 3-byte
``{},`` becomes a 72-byte dictionary, so 100 MB of junk took 2.7 GB.  The
bound below counts the characters that open values (brackets, quotes,
commas) and charges each the most one such value costs in CPython (an
empty dictionary with its pointer: 72 bytes; a short string: 59; a number:
40), plus the text itself.  It errs high: a real Relapp dump uses about
two thirds of it.
"""

from __future__ import annotations

CONTAINER_BYTES = 80  # [] or {} and the pointer to it
STRING_BYTES = 60  # a short str object and its pointer (the characters are counted with the text)
VALUE_BYTES = 40  # a number or any other value after a comma
MAX_JSON_MEMORY = 1536 * 1024 * 1024  # what a JSON import may take: 1.5 GB


def json_memory_bound(data: bytes, text_size: int) -> int:
    """An upper bound of the bytes held while ``data`` (decoded into a str
    of ``text_size`` bytes) is parsed: the bytes, the text, the characters
    of every string (twice: the parser joins them from pieces) and the
    objects."""
    containers = data.count(b"{") + data.count(b"[")
    strings = data.count(b'"') // 2
    values = data.count(b",")
    return (len(data) + 3 * text_size + CONTAINER_BYTES * containers + STRING_BYTES * strings
            + VALUE_BYTES * values)
