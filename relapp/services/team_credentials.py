"""Where the window keeps the way into a team database.

The address (``postgresql://USER@HOST[:PORT]/DB``, never with a password)
goes in the window's settings like any preference; the password goes in
the desktop's keyring (GNOME Keyring, KWallet, macOS Keychain, Windows
Credential Locker) through the ``keyring`` library, never in a file of
ours.  ``with_password`` joins them for the one connection that needs it.
"""

from __future__ import annotations

from urllib.parse import quote, urlsplit, urlunsplit

from relapp.services import validation as v
from relapp.store.postgres import display_url, is_database_url

KEYRING_SERVICE = "Relapp team database"


def shown_address(url: str) -> str:
    """``url`` without its password, for showing."""
    return display_url(url)


def check_address(text: str) -> str:
    """The address as typed, checked: a postgresql:// URL with a login and a database, no password."""
    address = (text or "").strip()
    if not is_database_url(address):
        raise v.ValidationError("address", "give the address as postgresql://LOGIN@HOST[:PORT]/DATABASE")
    parts = urlsplit(address)
    if parts.password is not None:
        raise v.ValidationError("address", "leave the password out of the address: type it in the password field "
                                           "(it is kept in the desktop's keyring)")
    if not parts.username:
        raise v.ValidationError("address", "the address needs your login: postgresql://LOGIN@HOST/DATABASE")
    if not parts.path.strip("/"):
        raise v.ValidationError("address", "the address needs the database: postgresql://LOGIN@HOST/DATABASE")
    return address


def with_password(address: str, password: str) -> str:
    """The address with ``password`` in it, for connecting only (never stored or shown)."""
    if not password:
        return address
    parts = urlsplit(address)
    host = parts.netloc.rpartition("@")[2]
    netloc = f"{quote(parts.username or '', safe='')}:{quote(password, safe='')}@{host}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def saved_password(address: str) -> str | None:
    """The password kept for ``address``; None when there is none, or no keyring."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, display_url(address))
    except KeyringError:
        return None


def save_password(address: str, password: str) -> None:
    """Keep ``password`` in the desktop's keyring; raises ``v.ValidationError``
    when there is no keyring to keep it in (nothing is written elsewhere)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, display_url(address), password)
    except KeyringError as exc:
        raise v.ValidationError("password", "the desktop's keyring cannot keep it ({problem}); untick "
                                            "“Remember” to type it each time", problem=exc) from None


def forget_password(address: str) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(KEYRING_SERVICE, display_url(address))
    except (PasswordDeleteError, KeyringError):
        pass


def reach(url: str) -> None:
    """Connect once to ``url`` and let go; raises ``ServerUnavailableError``
    (one line) when the server cannot be reached or refuses the login."""
    from relapp.store.postgres import TeamDatabase

    db = TeamDatabase(url)
    try:
        db.connect()
    finally:
        if not db.is_closed():
            db.close()
