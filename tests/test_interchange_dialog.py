"""The import and export dialogs driven as a user would, headless."""

from __future__ import annotations

import os
import stat

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox

from gui_helpers import context_now, isolate_settings, open_window
from interchange_helpers import FIXTURES, account_names, database_state, import_from_window, people


@pytest.fixture
def dialog(qtbot, db, tmp_path):
    from relapp.gui.interchange.import_dialog import ImportDialog

    isolate_settings(tmp_path)
    dlg = ImportDialog(context=context_now())
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def wait_idle(qtbot, dlg):
    qtbot.waitUntil(lambda: not dlg.is_busy(), timeout=10_000)


def test_before_a_file_is_read_the_dialog_says_how_to_fill_the_preview(dialog):
    assert dialog.tabs.count() == 0  # no preview yet
    assert dialog.status.isVisible() and dialog.status.text().startswith("Choose a file")


def test_preview_shows_counts_and_refused_rows_before_writing(qtbot, dialog):
    before = database_state()
    dialog.path_edit.setText(str(FIXTURES / "linkedin_connections.csv"))
    dialog.path_edit.setFocus()
    qtbot.keyClick(dialog.path_edit, Qt.Key_Return)
    wait_idle(qtbot, dialog)
    assert "LinkedIn CSV (UTF-8): 3 to add, 0 to merge, 0 to skip, 1 refused; 2 new account(s)." \
        == dialog.status.text()
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["To add (3)", "Refused (1)",
                                                                          "Accounts (2)"]
    refused = dialog.tabs.widget(1)
    assert refused.item(0, 1).text() == "Lukas Weber"
    assert "no organisation" in refused.item(0, 2).text()
    assert database_state() == before  # a preview writes nothing
    # One account for everyone: the refused row is taken too.
    dialog.account_combo.setEditText("My network")
    dialog.account_combo.lineEdit().editingFinished.emit()
    wait_idle(qtbot, dialog)
    assert dialog.status.text().startswith("LinkedIn CSV (UTF-8): 4 to add")
    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=10_000)
    assert account_names() == ["My network"]
    assert len(people()) == 4


def test_near_match_is_asked_and_merged_only_when_ticked(qtbot, db, tmp_path):
    from relapp.gui.interchange.import_dialog import ImportDialog
    from relapp.services.accounts import create_account

    isolate_settings(tmp_path)
    create_account(name="Northwind Trading")
    dlg = ImportDialog(context=context_now())
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.set_file(FIXTURES / "apple_contacts.vcf")
    wait_idle(qtbot, dlg)
    assert dlg.near_box.isVisible()
    box = dlg.near_box.findChild(QCheckBox)
    assert box.text() == "“Northwind Traders Inc.” in the file is the existing account “Northwind Trading”"
    assert not box.isChecked()
    assert "1 new account(s)" in dlg.status.text()
    qtbot.mouseClick(box, Qt.LeftButton)
    wait_idle(qtbot, dlg)
    assert "0 new account(s)" in dlg.status.text()
    qtbot.mouseClick(dlg.import_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dlg.result() == dlg.DialogCode.Accepted, timeout=10_000)
    assert account_names() == ["Northwind Trading"]
    assert people()["Chidi Okafor"]["account"] == "Northwind Trading"


def test_a_refused_file_says_why_and_cannot_be_imported(qtbot, dialog, tmp_path):
    junk = tmp_path / "photo.vcf"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    dialog.set_file(junk)
    wait_idle(qtbot, dialog)
    assert dialog.status.text().startswith("Not imported: the file contains NUL bytes")
    assert not dialog.import_button.isEnabled()


def test_cancel_while_reading_writes_nothing_and_keeps_the_dialog(qtbot, dialog, tmp_path):
    big = tmp_path / "big.vcf"
    big.write_text("".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\nORG:Acme\r\nEND:VCARD\r\n"
                           for i in range(20_000)), encoding="utf-8")
    before = database_state()
    dialog.set_file(big)
    assert dialog.is_busy()
    qtbot.mouseClick(dialog.cancel_button, Qt.LeftButton)
    wait_idle(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.status.text() == "Cancelled; nothing was written."
    assert database_state() == before


def test_file_import_menu_opens_the_dialog_and_refreshes(qtbot, db, data_dir, tmp_path):
    window = open_window(qtbot, data_dir, tmp_path)
    import_from_window(qtbot, window, FIXTURES / "thunderbird.vcf")
    assert people()["Aiko Nakamura"]["account"] == "Fabrikam K.K."


def test_export_dialog_writes_a_private_vcard(qtbot, demo_db, tmp_path):
    from relapp.gui.interchange.export_dialog import ExportDialog

    isolate_settings(tmp_path)
    dlg = ExportDialog(context=context_now())
    qtbot.addWidget(dlg)
    dlg.show()
    target = tmp_path / "out" / "contacts.vcf"
    dlg.path_edit.setText(str(target))
    qtbot.mouseClick(dlg.export_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dlg.result() == dlg.DialogCode.Accepted, timeout=10_000)
    assert target.read_text(encoding="utf-8").count("BEGIN:VCARD") == 120
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600


def test_a_known_person_at_a_new_organisation_is_offered_as_a_move(qtbot, dialog, tmp_path):
    from relapp.services.accounts import create_account
    from relapp.services.people import create_stakeholder
    from relapp.services.people_changes import former_people
    from relapp.store.models import Stakeholder

    acme = create_account(name="Acme Ltd")
    create_stakeholder(account=acme.id, name="Ann Example", email="ann@acme.example")
    csv = tmp_path / "moved.csv"
    csv.write_text("Name,Organization,Title,E-mail Address\nAnn Example,Globex,CFO,ann@acme.example\n",
                   encoding="utf-8")
    dialog.set_file(csv)
    wait_idle(qtbot, dialog)
    assert dialog.moves_box.isVisible()
    box = dialog.moves_box.findChild(QCheckBox)
    assert box.text() == "Record that Ann Example moved from Acme Ltd to Globex" and box.isChecked()
    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=10_000)
    assert [f.name for f in former_people(acme.id)] == ["Ann Example"]
    assert Stakeholder.select().where(Stakeholder.name == "Ann Example").count() == 2  # the old one keeps history


def test_export_dialog_is_as_tall_as_its_fields_and_grows_for_what_it_says(qtbot, demo_db, tmp_path):
    """A fixed 200 pixels left an empty band between the file's field and the
    buttons; a message (here: no file chosen yet) still shows whole."""
    from relapp.gui.interchange.export_dialog import ExportDialog

    isolate_settings(tmp_path)
    dlg = ExportDialog(context=context_now())
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    band = dlg.export_button.mapTo(dlg, dlg.export_button.rect().topLeft()).y() \
        - dlg.path_edit.mapTo(dlg, dlg.path_edit.rect().bottomLeft()).y()
    assert band <= 3 * dlg.layout().spacing() + 12, band
    qtbot.mouseClick(dlg.export_button, Qt.LeftButton)
    assert dlg.status.text()
    qtbot.waitUntil(lambda: dlg.status.height() >= dlg.status.heightForWidth(dlg.status.width()) > 0, timeout=2000)
    status_bottom = dlg.status.mapTo(dlg, dlg.status.rect().bottomLeft()).y()
    assert status_bottom < dlg.export_button.mapTo(dlg, dlg.export_button.rect().topLeft()).y()
