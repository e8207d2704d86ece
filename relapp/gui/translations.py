"""Load the translation for the system language, when Relapp ships one.

Catalogues are ``resources/translations/relapp_<lang>.qm``, compiled from the
``.ts`` sources by ``packaging/update_translations.py --release`` (the bundle
build does it; a checkout without ``.qm`` files simply runs in English).
"""

from __future__ import annotations

from importlib.abc import Traversable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from relapp.assets import resource

# QTranslator.load(bytes) reads from the caller's buffer for as long as the
# translator lives, so catalogues loaded from memory are kept here.
_loaded_buffers: list[bytes] = []


def find_catalogue(locale: QLocale, folder: Traversable | None = None) -> Traversable | None:
    """The compiled catalogue in ``folder`` (default: the shipped one) that
    best fits ``locale`` (de-AT falls back to de), or None."""
    folder = folder if folder is not None else resource("translations")
    if not folder.is_dir():
        return None
    for name in locale.uiLanguages():  # most preferred first, e.g. "de-AT", "de"
        for candidate in (name.replace("-", "_"), name.split("-")[0]):
            qm = folder / f"relapp_{candidate}.qm"
            if qm.is_file():
                return qm
    return None


def install_translator(app: QCoreApplication, locale: QLocale | None = None,
                       folder: Traversable | None = None) -> QTranslator | None:
    """Install Relapp's catalogue for ``locale`` (default: the system's) on
    ``app``, and Qt's own one for the standard buttons and dialogs.
    Translators are parented to ``app`` so they live as long as the app."""
    locale = locale or QLocale.system()
    qm = find_catalogue(locale, folder)
    if qm is None:
        return None
    translator = QTranslator(app)
    if isinstance(qm, Path):
        ok = translator.load(str(qm))
    else:  # inside a zip: load from memory
        data = qm.read_bytes()
        _loaded_buffers.append(data)
        ok = translator.load(data)
    if not ok:
        translator.deleteLater()
        return None
    _install_qt_catalogue(app, locale)
    app.installTranslator(translator)  # installed last: asked first
    return translator


def _install_qt_catalogue(app: QCoreApplication, locale: QLocale) -> None:
    """Qt's translation of "Cancel", "Open", ... so a translated Relapp has no
    English buttons left (only when Relapp itself speaks the language)."""
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    else:
        qt.deleteLater()
