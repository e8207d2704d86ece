"""Desktop integration files, icons, translations and app identity."""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
CATALOGUE_DE = ROOT / "resources" / "translations" / "relapp_de.ts"
APP_ID = "io.relapp.Relapp"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR", f"{path} is not a PNG"
    return struct.unpack(">II", head[16:24])


def test_desktop_file_validates():
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate is not installed")
    desktop = PACKAGING / "linux" / f"{APP_ID}.desktop"
    proc = subprocess.run([validator, str(desktop)], capture_output=True, text=True)
    assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout + proc.stderr


def test_desktop_file_names_the_installed_program_and_icon():
    text = (PACKAGING / "linux" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert "\nExec=relapp-gui\n" in text
    assert f"\nIcon={APP_ID}\n" in text


def test_metainfo_validates():
    validator = shutil.which("appstreamcli")
    if validator is None:
        pytest.skip("appstreamcli is not installed")
    metainfo = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
    proc = subprocess.run([validator, "validate", "--no-net", str(metainfo)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "E:" not in proc.stdout and "W:" not in proc.stdout, proc.stdout


def test_metainfo_matches_the_app():
    import xml.etree.ElementTree as ET

    from relapp import __version__

    root = ET.parse(PACKAGING / "linux" / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    assert __version__ in [r.get("version") for r in root.iter("release")]
    shots = [img.text for img in root.iter("image")]
    assert shots and all("/packaging/screenshots/" in url and url.endswith(".png") for url in shots)


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_png_has_its_size(size):
    png = PACKAGING / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert _png_size(png) == (size, size)


def test_icon_svg_renders_and_window_icon_is_the_same_drawing(qapp):
    from PySide6.QtSvg import QSvgRenderer

    svg = PACKAGING / "icons" / "relapp.svg"
    assert QSvgRenderer(str(svg)).isValid()
    assert (ROOT / "resources" / "icons" / "relapp.svg").read_bytes() == svg.read_bytes(), \
        "run packaging/render_icons.py to refresh resources/icons/relapp.svg"


def test_apply_identity_sets_icon_and_desktop_name(qapp):
    from relapp.gui.identity import apply_identity, app_icon

    icon = app_icon()
    assert not icon.isNull()
    assert icon.pixmap(48, 48).width() == 48
    apply_identity(qapp)
    assert qapp.desktopFileName() == APP_ID
    assert not qapp.windowIcon().isNull()


@pytest.fixture(scope="module")
def compiled_catalogues(tmp_path_factory) -> Path:
    sys.path.insert(0, str(PACKAGING))
    try:
        import update_translations
    finally:
        sys.path.remove(str(PACKAGING))
    try:
        update_translations._tool("pyside6-lrelease")
    except SystemExit:
        pytest.skip("pyside6-lrelease is not installed")
    out = tmp_path_factory.mktemp("qm")
    assert [qm.name for qm in update_translations.release(out)] == ["relapp_de.qm"]
    return out


def test_german_catalogue_translates_the_main_window(qapp, compiled_catalogues):
    from PySide6.QtCore import QCoreApplication, QLocale, Qt

    from relapp.gui.translations import install_translator

    assert QCoreApplication.translate("MainWindow", "Accounts") == "Accounts"
    translator = install_translator(qapp, QLocale(QLocale.Language.German, QLocale.Country.Austria),
                                    folder=compiled_catalogues)
    assert translator is not None, "de_AT falls back to the de catalogue"
    try:
        assert QCoreApplication.translate("MainWindow", "Accounts") == "Konten"
        assert QCoreApplication.translate("AccountDialog", "New account") == "Neues Konto"
        # Untranslated text stays as written.
        assert QCoreApplication.translate("MainWindow", "No such text") == "No such text"
        # The domain's words and the column titles are shown through fixed contexts.
        from relapp.domain.vocabulary import STANCES
        from relapp.gui.models.account_table import AccountTableModel
        from relapp.gui.vocabulary_labels import label

        assert label(STANCES["champion"]) == "Fürsprecher"
        assert AccountTableModel().headerData(4, Qt.Horizontal) == "Saldo"
    finally:
        for child in qapp.findChildren(type(translator)):
            qapp.removeTranslator(child)
            child.deleteLater()
    assert QCoreApplication.translate("MainWindow", "Accounts") == "Accounts"


def test_no_catalogue_means_english_without_error(qapp, compiled_catalogues, tmp_path):
    from PySide6.QtCore import QLocale

    from relapp.gui.translations import install_translator

    assert install_translator(qapp, QLocale(QLocale.Language.French), folder=compiled_catalogues) is None
    assert install_translator(qapp, QLocale(QLocale.Language.German), folder=tmp_path / "missing") is None


def test_translated_strings_exist_in_the_code():
    """The German entries the test relies on are real source strings, not leftovers."""
    import xml.etree.ElementTree as ET

    root = ET.parse(ROOT / "resources" / "translations" / "relapp_de.ts").getroot()
    live = {(ctx.findtext("name"), msg.findtext("source")) for ctx in root.iter("context")
            for msg in ctx.iter("message") if msg.find("translation").get("type") not in {"obsolete", "vanished"}}
    assert ("MainWindow", "Accounts") in live
    assert ("AccountDialog", "New account") in live


def _catalogue_entries(ts: Path) -> set[tuple[str, str]]:
    import xml.etree.ElementTree as ET

    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name"), msg.findtext("source")) for ctx in root.iter("context")
            for msg in ctx.iter("message") if msg.find("translation").get("type") not in {"obsolete", "vanished"}}


def test_catalogue_is_up_to_date_with_the_code(tmp_path):
    """Every string the window can translate is in relapp_de.ts: someone who
    adds a tr() and forgets ``packaging/update_translations.py`` hears it here."""
    lupdate = shutil.which("pyside6-lupdate") or shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    sys.path.insert(0, str(PACKAGING))
    try:
        import update_translations
    finally:
        sys.path.remove(str(PACKAGING))
    fresh = tmp_path / "fresh.ts"
    files = [str(p.relative_to(ROOT)) for p in update_translations.sources()]
    subprocess.run([lupdate, "-silent", *files, "-ts", str(fresh)], cwd=ROOT, check=True, capture_output=True)
    missing = _catalogue_entries(fresh) - _catalogue_entries(ROOT / "resources" / "translations" / "relapp_de.ts")
    assert not missing, f"run python packaging/update_translations.py: {sorted(missing)[:10]}"


def _catalogue_messages(ts: Path):
    """(context, source, translation element, numerus) of every message in the catalogue."""
    import xml.etree.ElementTree as ET

    root = ET.parse(ts).getroot()
    return [(ctx.findtext("name"), msg.findtext("source"), msg.find("translation"), msg.get("numerus") == "yes")
            for ctx in root.iter("context") for msg in ctx.iter("message")]


def _translations(element, numerus: bool) -> list[str]:
    return [form.text or "" for form in element.findall("numerusform")] if numerus else [element.text or ""]


def test_every_text_of_the_catalogue_has_its_german_translation():
    """A text in the catalogue but untranslated (or only guessed by lupdate,
    which lrelease -nounfinished leaves out) shows in English in the German
    window; a text the code dropped lingers as an obsolete entry."""
    untranslated, leftover = [], []
    for context, source, translation, numerus in _catalogue_messages(CATALOGUE_DE):
        kind = translation.get("type")
        if kind in {"obsolete", "vanished"}:
            leftover.append((context, source))
        elif kind == "unfinished" or not all(text.strip() for text in _translations(translation, numerus)):
            untranslated.append((context, source))
    assert not untranslated, f"{len(untranslated)} without a German translation, e.g. {untranslated[:5]}"
    assert not leftover, f"run python packaging/update_translations.py: {leftover[:5]}"


def test_translations_keep_the_placeholders_and_markup_of_their_text():
    """A translation without the source's %s fails when the text is filled in
    (or shows the wrong value with %1 and %2 swapped for a missing one)."""
    import re

    def marks(text: str) -> tuple[list[str], list[str]]:
        return sorted(re.findall(r"%(?:\d|[sdn])", text)), sorted(re.findall(r"</?\w+>", text))

    wrong = [(context, source, text) for context, source, translation, numerus in _catalogue_messages(CATALOGUE_DE)
             for text in _translations(translation, numerus) if text and marks(text) != marks(source)]
    assert wrong == []


def test_no_translated_text_hides_inside_an_f_string():
    """pyside6-lupdate does not look inside f-strings: a tr("…") written in
    one works in English but never reaches the catalogue."""
    import ast

    hidden = []
    for path in sorted((ROOT / "relapp").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for call in ast.walk(node):
                    name = getattr(getattr(call, "func", None), "attr", getattr(getattr(call, "func", None), "id", ""))
                    if isinstance(call, ast.Call) and name in ("tr", "translate"):
                        hidden.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    assert hidden == []


def test_every_vocabulary_label_is_marked_for_translation():
    """The domain keeps English labels (pure Python); each one must also be
    in the GUI's list of markers, or it would stay English in German."""
    from relapp.domain import vocabulary as v
    from relapp.domain import account_plan as plan
    from relapp.domain.attention import KINDS
    from relapp.gui.vocabulary_labels import MARKED

    labels = [*v.PURPOSES.values(), *v.STANCES.values(), *v.DECISION_ROLES.values(), *v.ENTRY_KINDS.values(),
              *v.TIE_STRENGTHS.values(), *v.COMMITMENT_STATUSES.values(), *v.MEMBER_KINDS.values(),
              *(name for _, name, _ in v.TRUST_TAGS.values()), *KINDS.values(),
              *(text for pair in plan.STAGES.values() for text in pair), *plan.INTENT_LEVELS.values(),
              *plan.OBJECTIVE_STATUSES.values(), *plan.OPPORTUNITY_STATUSES.values(), *plan.DROPPED_BY.values(),
              *plan.SIDES.values(), *v.CONTACT_MODELS]
    assert sorted(set(labels) - set(MARKED)) == []


def test_gui_script_entry_point_is_installed():
    try:
        dist = metadata.distribution("relapp")
    except metadata.PackageNotFoundError:
        pytest.skip("relapp is not installed (pip install .)")
    gui = {ep.name: ep for ep in dist.entry_points if ep.group == "gui_scripts"}
    assert gui["relapp-gui"].value == "relapp.gui.launch:main"
    assert callable(gui["relapp-gui"].load())


def test_bundle_keeps_every_qt_module_the_app_imports():
    # A Qt module left out of the bundle fails only when the window starts
    # (QtNetwork did, for the one-window lock): catch it here instead.
    import re

    spec = (ROOT / "packaging" / "relapp.spec").read_text(encoding="utf-8")
    excluded = set(re.findall(r'"(PySide6\.Qt\w+)"', spec[spec.index("excludes = ["):]))
    used = set()
    for path in (ROOT / "relapp").rglob("*.py"):
        used |= {f"PySide6.{m}" for m in re.findall(r"^\s*(?:from|import) PySide6\.(Qt\w+)", path.read_text(
            encoding="utf-8"), flags=re.M)}
    assert "PySide6.QtWidgets" in used
    assert not used & excluded, f"imported by relapp but left out of the bundle: {sorted(used & excluded)}"
