"""An install from PyPI or a checkout carries the German catalogue as its
source (.ts) alone: a German user still gets a German window."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

SHIPPED = Path(__file__).resolve().parent.parent / "resources" / "translations" / "relapp_de.ts"


def test_a_catalogue_shipped_as_its_source_alone_is_compiled_once_and_used(qapp, tmp_path, monkeypatch):
    from PySide6.QtCore import QCoreApplication, QLocale

    from relapp.gui.translations import find_catalogue, install_translator, lrelease

    if lrelease() is None:
        pytest.skip("pyside6-lrelease is not installed")
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    shutil.copy(SHIPPED, shipped)
    cache = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))

    assert QCoreApplication.translate("MainWindow", "Accounts") == "Accounts"
    translator = install_translator(qapp, QLocale(QLocale.Language.German, QLocale.Country.Austria), folder=shipped)
    assert translator is not None
    try:
        assert QCoreApplication.translate("MainWindow", "Accounts") == "Konten"
    finally:
        for child in qapp.findChildren(type(translator)):
            qapp.removeTranslator(child)
            child.deleteLater()
    assert QCoreApplication.translate("MainWindow", "Accounts") == "Accounts"
    compiled = sorted(cache.rglob("*.qm"))
    assert len(compiled) == 1 and not list(shipped.glob("*.qm")), "compiled into the cache, not next to the source"
    # The next start takes the compiled catalogue as it is.
    before = compiled[0].stat().st_mtime_ns
    assert find_catalogue(QLocale(QLocale.Language.German), shipped) == compiled[0]
    assert compiled[0].stat().st_mtime_ns == before
    # A French user has no catalogue, compiled or not.
    assert find_catalogue(QLocale(QLocale.Language.French), shipped) is None
