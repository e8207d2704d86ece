"""People as they really are, in the window: the account's "contact that
counts" choice, suggested ties, leavers."""

from PySide6.QtCore import Qt

from relapp.services import accounts


def test_account_dialog_unticks_contact_that_counts(qtbot, db):
    from relapp.gui.forms.record_dialogs import AccountDialog

    account = accounts.create_account(name="Checking In Ltd")
    assert account.valued_contact_only is True
    dialog = AccountDialog(account)
    qtbot.addWidget(dialog)
    box = dialog.field("valued_contact_only")
    assert box.isChecked()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key_Space)
    assert not box.isChecked()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert accounts.get_account(account.id).valued_contact_only is False
    assert dialog.before == {"valued_contact_only": True} and dialog.after == {"valued_contact_only": False}
