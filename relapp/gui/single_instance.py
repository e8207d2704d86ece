"""One window per data directory.

A lock file in the data directory says a window has the data open (Qt
treats the lock as stale once its process is gone, so a crash never locks
the user out).  A second start asks the first, over a local socket named
after the directory, to come forward, then leaves.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from relapp.services.data_folder import LOCK_FILENAME, make_private, read_only_reason, tighten_data_dir

LOCK_FILE = LOCK_FILENAME
SHOW = b"show\n"
QUICK_ENTRY = b"quick-entry\n"  # come forward and open quick entry (a desktop shortcut)


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(Path(data_dir).resolve()).encode("utf-8")).hexdigest()[:20]
    return f"relapp-{digest}"


class SingleInstance(QObject):
    asked_to_show = Signal()
    asked_for_quick_entry = Signal()

    def __init__(self, data_dir: Path, parent=None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.lock = QLockFile(str(self.data_dir / LOCK_FILE))
        # Only a dead owner makes the lock stale, never its age: a window
        # may stay open for weeks.
        self.lock.setStaleLockTime(0)
        self.server: QLocalServer | None = None
        self._window = None

    def acquire(self) -> bool:
        if read_only_reason(self.data_dir):
            # No lock file can be made, and no window can change this data:
            # a second one may read it too.
            return True
        tighten_data_dir(self.data_dir)
        locked = self.lock.tryLock(0)
        if locked:
            make_private(self.data_dir / LOCK_FILE)  # it names this computer
        return locked

    def listen(self, window) -> None:
        """Bring ``window`` forward whenever a second start asks."""
        self._window = window
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.UserAccessOption)
        QLocalServer.removeServer(server_name(self.data_dir))  # left over by a crash
        self.server.listen(server_name(self.data_dir))
        self.server.newConnection.connect(self._on_connection)

    def _on_connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            # The request is a few bytes sent at once; reading it here keeps
            # no socket alive past this call.
            request = b""
            if socket.waitForReadyRead(1000):
                request = bytes(socket.readAll().data())
            socket.abort()
            socket.deleteLater()
            if request.startswith(SHOW.strip()):
                self._bring_forward()
            elif request.startswith(QUICK_ENTRY.strip()):
                self._bring_forward()
                self.asked_for_quick_entry.emit()

    def _bring_forward(self) -> None:
        window = self._window
        if window is not None:
            window.setWindowState((window.windowState() & ~Qt.WindowMinimized) | Qt.WindowActive)
            window.show()
            window.raise_()
            window.activateWindow()
        self.asked_to_show.emit()

    def ask_running_to_show(self, timeout_ms: int = 2000, request: bytes = SHOW) -> bool:
        """Ask the window that holds the lock to come forward (and, with
        ``QUICK_ENTRY``, to open its quick entry)."""
        socket = QLocalSocket()
        socket.connectToServer(server_name(self.data_dir))
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(request)
        ok = socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return ok

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self._window = None
        self.lock.unlock()
