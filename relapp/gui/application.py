"""The QApplication with the app's identity, so settings land in the right place."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from relapp import APP_NAME, ORG_DOMAIN, ORG_NAME, __version__


def create_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setOrganizationDomain(ORG_DOMAIN)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("relapp")
    return app
