"""Turning the bytes of an imported file into text.

Address books come out of UTF-8 tools (with or without a byte-order mark),
Outlook's "Unicode" CSV (UTF-16) and older Windows programs (an 8-bit code
page).  Bytes that fit none of these, or that look like a binary file, are
refused with a message that says so.
"""

from __future__ import annotations

import codecs
import re

from relapp.domain.interchange.problems import RefusedFile

LEGACY_ENCODING = "cp1252"  # what Windows tools write; a superset of Latin-1's printable range
# Control characters never found in text files (tab, newlines and form feed are fine).
_BINARY = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")


def decode(data: bytes) -> tuple[str, str]:
    """The text and the name of the encoding it was read with."""
    if data.startswith(codecs.BOM_UTF8):
        return _checked(_strict(data[3:], "utf-8", "UTF-8"), "UTF-8")
    for bom, codec, label in ((codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
                              (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
                              (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
                              (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16")):
        if data.startswith(bom):
            return _checked(_strict(data[len(bom):], codec, label), label)
    guessed = _utf16_without_bom(data)
    if guessed:
        return _checked(_strict(data, guessed, "UTF-16"), "UTF-16")
    if b"\x00" in data:
        raise RefusedFile("the file contains NUL bytes: it is a binary file, not a contact list")
    try:
        return _checked(data.decode("utf-8"), "UTF-8")
    except UnicodeDecodeError as exc:
        if _UTF8_MULTIBYTE.search(data):
            # Real UTF-8 characters next to bytes that are not: a damaged
            # file, not an old code page; guessing would garble names.
            raise RefusedFile(f"the file is not valid UTF-8 (byte {exc.start + 1} cannot be read) "
                              "although it uses UTF-8 elsewhere; save it again as UTF-8") from None
    try:
        return _checked(data.decode(LEGACY_ENCODING), "Windows-1252")
    except UnicodeDecodeError as exc:
        _checked(data.decode("latin-1"), "")  # a binary file says so rather than "unknown encoding"
        raise RefusedFile(f"the file's text encoding is not recognised (byte {exc.start + 1} fits neither "
                          "UTF-8, UTF-16 nor Windows-1252); save it as UTF-8 and try again") from None


def _strict(data: bytes, codec: str, label: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise RefusedFile(f"the file says it is {label} but byte {exc.start + 1} is not valid {label}") from None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 of mostly Latin text has a NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def _checked(text: str, label: str) -> tuple[str, str]:
    found = _BINARY.search(text)
    if found:
        line = text.count("\n", 0, found.start()) + 1
        what = "NUL bytes" if found.group() == "\x00" else "control characters"
        raise RefusedFile(f"the file contains {what} (line {line}): it is a binary file, not a contact list")
    return text, label
