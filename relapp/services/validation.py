"""Checks that turn bad input into an error naming the field and the fix."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from contextlib import contextmanager
from typing import Any

from relapp.domain.bad_input import BadInput
from relapp.store.binding import atomic, bound_database

MAX_NAME = 200
MAX_TEXT = 100_000  # 100 KB: a long note, never a pasted file


class ValidationError(ValueError):
    """Bad input.  ``field`` names the field; ``str()`` is the user's message
    in English.  ``message`` is an English template whose ``{name}`` places
    are filled from ``values``: the template is the message's id, which the
    window translates before filling in the same values
    (``relapp/gui/refusal_texts.py``, where every template is listed)."""

    def __init__(self, field: str, message: str, **values: object):
        self.template = message
        self.values = values
        self.message = message.format(**values) if values else message
        super().__init__(f"{field.replace('_', ' ')}: {self.message}")
        self.field = field

    @classmethod
    def refusing(cls, field: str, refusal: ValueError) -> ValidationError:
        """The domain's refusal (a ``BadInput``, else its English text) as bad input in ``field``."""
        if isinstance(refusal, BadInput):
            return cls(field, refusal.template, **refusal.values)
        return cls(field, str(refusal))


class NotFoundError(LookupError):
    """Something the user named does not exist; ``str()`` says what."""


@contextmanager
def transaction():
    """One short transaction for one user edit: all of it or nothing.

    It takes the write lock at once (BEGIN IMMEDIATE): when another process
    is writing, SQLite then waits for it (the busy timeout) instead of
    failing half-way when a read turns into a write.

    On a full disk or an I/O error SQLite rolls the whole transaction back
    by itself; Peewee's own rollback then fails ("no transaction is
    active") and would hide the real cause.  Here the real cause is what
    the caller sees, so the user is told the disk is full."""
    block = atomic("IMMEDIATE")
    helper = block.__enter__()
    try:
        yield helper
    except BaseException as exc:
        try:
            block.__exit__(type(exc), exc, exc.__traceback__)
        except Exception:
            if _in_transaction():
                raise  # a rollback that really failed
        raise
    else:
        try:
            block.__exit__(None, None, None)
        except Exception as exc:
            # A full disk at COMMIT: SQLite rolled back; Peewee's rollback
            # then failed, and its wrapper buried the commit's error a few
            # links down the chain.
            cause = failure_behind_rollback(exc)
            if cause is not exc and not _in_transaction():
                raise cause from None
            raise


def failure_behind_rollback(error: BaseException) -> BaseException:
    """The first error in ``error``'s chain that is not a rollback failing
    for want of a transaction (SQLite had already rolled back), else
    ``error`` itself."""
    seen: set[int] = set()
    link: BaseException | None = error
    while link is not None and id(link) not in seen:
        seen.add(id(link))
        if "no transaction is active" not in str(link):
            return link
        link = link.__context__
    return error


def _in_transaction() -> bool:
    connection = bound_database().connection()
    if hasattr(connection, "in_transaction"):  # sqlite3
        return connection.in_transaction
    return connection.info.transaction_status != 0  # psycopg: 0 is idle


def text(field: str, value: Any, *, required: bool = False, max_len: int = MAX_TEXT) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(field, "must be text")
    if "\x00" in value:
        raise ValidationError(field, "contains a NUL character")
    value = value.strip()
    if required and not value:
        raise ValidationError(field, "must not be empty")
    if len(value) > max_len:
        raise ValidationError(field, "is too long ({length} characters, at most {most})", length=len(value), most=max_len)
    return value


def name(field: str, value: Any) -> str:
    value = text(field, value, required=True, max_len=MAX_NAME)
    if any(ord(ch) < 32 for ch in value):
        raise ValidationError(field, "must be on one line")
    return value


def integer(field: str, value: Any, low: int, high: int) -> int:
    if isinstance(value, bool):
        raise ValidationError(field, "must be a whole number from {low} to {high}", low=low, high=high)
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError):  # OverflowError: infinity
        raise ValidationError(field, "must be a whole number from {low} to {high}", low=low, high=high) from None
    if isinstance(value, float) and value != number:
        raise ValidationError(field, "must be a whole number from {low} to {high}", low=low, high=high)
    if not low <= number <= high:
        raise ValidationError(field, "must be from {low} to {high}, not {number}", low=low, high=high, number=number)
    return number


def optional_integer(field: str, value: Any, low: int, high: int) -> int | None:
    if value is None or value == "":
        return None
    return integer(field, value, low, high)


def choice(field: str, value: Any, allowed: Mapping | tuple | list, *, optional: bool = False) -> Any:
    if optional and (value is None or value == ""):
        return None
    try:
        known = value in allowed
    except TypeError:  # a list or dict: unhashable, so not one of the choices
        known = False
    if not known:
        options = ", ".join(str(k) for k in allowed)
        raise ValidationError(field, "must be one of: {options}", options=options)
    return value


def day(field: str, value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValidationError(field, "must be a date written YYYY-MM-DD")


def email(field: str, value: Any) -> str:
    value = text(field, value, max_len=MAX_NAME)
    if value and ("@" not in value or " " in value or value.startswith("@") or value.endswith("@")):
        raise ValidationError(field, "{value} is not an email address", value=repr(value))
    return value


MAX_ID = 2**63 - 1


def record_id(value: Any) -> int | None:
    """The id a caller passed (a record or its id), or None when the value
    cannot be one (then nothing can match it)."""
    value = getattr(value, "id", value)
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        return None
    try:
        number = int(value)
    except ValueError:
        return None
    return number if 1 <= number <= MAX_ID else None


def reference(field: str, value: Any) -> int:
    """A reference to another record given in a form: a record or its id."""
    number = record_id(value)
    if number is None:
        raise ValidationError(field, "must be one of the records offered")
    return number


def references(field: str, values: Any) -> list[int]:
    if isinstance(values, (str, bytes)) or not hasattr(values, "__iter__"):
        raise ValidationError(field, "must be a list of records")
    return sorted({reference(field, x) for x in values})


def lookup_name(value: Any) -> str:
    """A name typed to look something up."""
    if not isinstance(value, str) or "\x00" in value:
        raise NotFoundError(f"{value!r} is not a name")
    return value


def unknown_fields(fields: Mapping, allowed: set[str]) -> None:
    extra = set(fields) - allowed
    if extra:
        raise ValidationError(sorted(extra)[0], "is not a field that can be set here")
