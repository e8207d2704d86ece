"""The log: a small rotating file in the platform's log directory that
helps find a fault without holding anything about the user's clients.

What keeps personal data out, by construction rather than by hope:
- Relapp's own log calls pass ids, counts and type names, never text the
  user typed (tests write a canary into every field and search the logs);
- exceptions are logged as their type and stack frames (file, line,
  function) — never their message, which may quote a value, nor locals;
- other libraries are heard only from warnings up, with their arguments
  blanked (Peewee logs SQL parameters at debug level).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import traceback
from pathlib import Path

import platformdirs

from relapp.store.location import APP_DIR_NAME, ensure_private_dir

LOG_FILE = "relapp.log"
ENV_VAR = "RELAPP_LOG_DIR"
MAX_BYTES = 512 * 1024
KEEP = 3
_MARK = "_relapp_private_log"


def log_dir() -> Path:
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return platformdirs.user_log_path(APP_DIR_NAME, appauthor=False)


def safe_report(error: BaseException) -> str:
    """An exception as type and stack frames only, causes included."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        lines.append(f"{type(current).__module__}.{type(current).__qualname__}")
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append(f"  {_short(frame.filename)}:{frame.lineno} in {frame.name}")
        current = current.__cause__ or current.__context__
        if current is not None:
            lines.append("caused by")
    return "\n".join(lines)


def _short(filename: str) -> str:
    """The path from the package on (a full path can name the user)."""
    parts = Path(filename).parts
    for anchor in ("relapp", "site-packages", "lib"):
        if anchor in parts:
            return "/".join(parts[len(parts) - parts[::-1].index(anchor) - 1:])
    return Path(filename).name


class PrivateFormatter(logging.Formatter):
    """Formats a copy of each record: the exception as ``safe_report`` (never
    a text another handler cached with the message in it), and other
    libraries' messages without their arguments."""

    def format(self, record: logging.LogRecord) -> str:
        record = logging.makeLogRecord(record.__dict__)
        record.exc_text = None
        record.stack_info = None
        if not record.name.startswith("relapp"):
            if record.args or not isinstance(record.msg, str) or len(record.msg) > 200:
                record.msg = f"{record.msg if isinstance(record.msg, str) else ''} (details withheld)"[:200]
                record.args = None
        return super().format(record)

    def formatException(self, ei) -> str:
        return safe_report(ei[1]) if ei and ei[1] is not None else ""


def setup_logging(directory: Path | None = None) -> Path:
    """Send log records to the private rotating file (once per process and
    directory); returns the file's path."""
    directory = ensure_private_dir(Path(directory) if directory else log_dir())
    path = directory / LOG_FILE
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _MARK, None) is not None:
            if handler.baseFilename == str(path):
                return path
            root.removeHandler(handler)
            handler.close()
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    handler = _PrivateRotatingHandler(path, maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8")
    setattr(handler, _MARK, True)
    handler.setFormatter(PrivateFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.WARNING)
    logging.getLogger("relapp").setLevel(logging.INFO)
    logging.getLogger("peewee").setLevel(logging.WARNING)
    return path


class _PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    """Rotated files stay 0600 like the first."""

    def _open(self):
        stream = super()._open()
        if os.name == "posix":
            os.chmod(self.baseFilename, 0o600)
        return stream
