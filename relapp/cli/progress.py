"""A one-line progress report for long commands, on a terminal only.

Piped or redirected output stays exactly as documented; a person watching a
terminal sees the step and the percentage change in place, at most a few
times a second, and the line is cleared when the step ends.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO


class TerminalProgress:
    """``progress(done, total)`` for the services' long operations."""

    def __init__(self, label: str, stream: TextIO | None = None, force: bool = False,
                 interval_s: float = 0.2):
        self.label = label
        self.stream = stream or sys.stderr
        self.enabled = force or (hasattr(self.stream, "isatty") and self.stream.isatty())
        self.interval_s = interval_s
        # None, not 0.0: time.monotonic() counts from boot, so on a machine
        # up for less than ``interval_s`` a 0.0 start would swallow the first report.
        self._last: float | None = None
        self._shown = False

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if self._last is not None and now - self._last < self.interval_s and done < total:
            return
        self._last = now
        percent = 100 * done // total if total else 100
        self.stream.write(f"\r{self.label}: {done:,} of {total:,} ({percent}%)")
        self.stream.flush()
        self._shown = True

    def done(self) -> None:
        """Clear the line so what the command prints next starts clean."""
        if self._shown:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self._shown = False
