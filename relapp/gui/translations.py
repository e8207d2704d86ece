"""Load the translation for the system language, when Relapp ships one.

Catalogues are ``resources/translations/relapp_<lang>.qm``, compiled from the
``.ts`` sources by ``packaging/update_translations.py --release`` (the bundle
build does it); an install or a checkout without them compiles the ``.ts``
it carries into the user's cache on first use.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from importlib.abc import Traversable
from pathlib import Path

import platformdirs

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from relapp.assets import resource

# QTranslator.load(bytes) reads from the caller's buffer for as long as the
# translator lives, so catalogues loaded from memory are kept here.
_loaded_buffers: list[bytes] = []


def find_catalogue(locale: QLocale, folder: Traversable | None = None) -> Traversable | None:
    """The compiled catalogue in ``folder`` (default: the shipped one) that
    best fits ``locale`` (de-AT falls back to de), or None.  Where ``folder``
    has only the catalogue's source (.ts), it is compiled once into the
    user's cache."""
    folder = folder if folder is not None else resource("translations")
    if not folder.is_dir():
        return None
    for name in locale.uiLanguages():  # most preferred first, e.g. "de-AT", "de"
        for candidate in (name.replace("-", "_"), name.split("-")[0]):
            qm = folder / f"relapp_{candidate}.qm"
            if qm.is_file():
                return qm
            source = folder / f"relapp_{candidate}.ts"
            if source.is_file():
                compiled = _compiled(source)
                if compiled is not None:
                    return compiled
    return None


def lrelease() -> str | None:
    """The catalogue compiler that comes with PySide6 (on the PATH, or beside
    this Python when its bin folder is not on it, as in a venv not activated)."""
    return shutil.which("pyside6-lrelease") or shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))


def _compiled(source: Traversable) -> Path | None:
    """``source`` (a .ts) compiled by the lrelease that comes with PySide6,
    into the user's cache under a name that follows its content (an update
    compiles again); None when that cannot be done.  Only the bundle build
    compiles the catalogues: installed with pip, or run from a checkout,
    Relapp carried the German catalogue as its source alone and showed a
    German user an English window."""
    tool = lrelease()
    if tool is None:
        return None
    text = source.read_bytes()
    folder = platformdirs.user_cache_path("Relapp", appauthor=False) / "translations"
    qm = folder / f"{Path(source.name).stem}-{hashlib.sha256(text).hexdigest()[:16]}.qm"
    if qm.is_file():
        return qm
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=folder) as work:
            ts, out = Path(work) / source.name, Path(work) / "catalogue.qm"
            ts.write_bytes(text)  # the source may sit inside a zip
            done = subprocess.run([tool, "-silent", "-nounfinished", str(ts), "-qm", str(out)],
                                  capture_output=True, timeout=60)
            if done.returncode != 0 or not out.is_file():
                return None
            os.replace(out, qm)  # whole or not at all, should two starts compile at once
    except (OSError, subprocess.SubprocessError):
        return None
    return qm


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
