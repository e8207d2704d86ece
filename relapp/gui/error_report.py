"""Unhandled exceptions in the window: logged, and shown in a dialog with a
report free of personal data (type and stack frames only); the window keeps
running — every edit was already committed, so nothing is lost."""

from __future__ import annotations

import logging
import platform
import sys

from PySide6.QtCore import QCoreApplication, QSysInfo, QThread
from PySide6.QtWidgets import QApplication, QMessageBox

from relapp import __version__
from relapp.services.logs import safe_report
from relapp.services.storage_errors import storage_message

# lupdate reads translate("Context", "text") calls; the context is fixed
# because these are plain functions, not methods of a QObject.
translate = QCoreApplication.translate

log = logging.getLogger(__name__)


def report_text(error: BaseException) -> str:
    return (f"Relapp {__version__}, Python {platform.python_version()}, {QSysInfo.prettyProductName()}\n"
            + safe_report(error))


class ErrorReporter:
    """Installed as ``sys.excepthook`` (PySide6 routes exceptions raised in
    slots there and carries on)."""

    def __init__(self):
        self.showing = False
        self.last_report: str | None = None
        self._previous = None

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self._previous

    def __call__(self, kind, error, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        if error.__traceback__ is None:
            error = error.with_traceback(tb)
        log.error("unhandled exception", exc_info=(kind, error, tb))
        self.last_report = report_text(error)
        if self.showing or QApplication.instance() is None:
            return  # one dialog at a time; the log has the rest
        if QThread.currentThread() is not QApplication.instance().thread():
            # A worker's error: widgets belong to the GUI thread alone (a
            # dialog from a worker hung the window on exit); the log has it.
            return
        self.showing = True
        try:
            storage = storage_message(error)
            if storage is not None:
                # Not a bug: the disk.  Say what to fix, no report needed.
                QMessageBox.warning(QApplication.activeWindow(), translate("ErrorReport", "Not saved"),
                                    translate("ErrorReport", "Not saved: %s.") % storage)
                return
            box = QMessageBox(QMessageBox.Warning, translate("ErrorReport", "Something went wrong"),
                              translate("ErrorReport", "Relapp hit an error it did not expect. Your data is safe: "
                                        "every edit was saved when you made it, and the window keeps running."),
                              QMessageBox.Ok, QApplication.activeWindow())
            box.setObjectName("ErrorReportBox")
            box.setInformativeText(translate("ErrorReport", "The details below hold no names or notes; you can copy "
                                      "them into a bug report."))
            box.setDetailedText(self.last_report)
            box.exec()
        finally:
            self.showing = False
