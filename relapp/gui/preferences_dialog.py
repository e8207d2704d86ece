"""Preferences: the look, where the data lives, and encryption at rest."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QApplication, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QInputDialog, QLabel, QLineEdit,
    QMessageBox, QSpinBox,
)

from relapp.gui.application import apply_theme, chosen_theme
from relapp.services.attention import MAX_GRACE_DAYS
from relapp.services.data_folder import encryption_available, is_encrypted
from relapp.services.encryption import decrypt_data, encrypt_data
from relapp.services.session import OpenData, open_data_context
from relapp.gui.refusal_texts import refusal_text


class PreferencesDialog(QDialog):
    def __init__(self, data_dir, parent=None, data: OpenData | None = None):
        """On the data of ``parent`` when it is the window, else on ``data``
        (opened by the caller, who is handed back what encrypting opens anew
        as ``self.data``)."""
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        # The window whose data this is: encrypting closes its data context and opens a new one.
        self.owner = parent if hasattr(parent, "reopen_data") else None
        self.data = data
        self.setWindowTitle(self.tr("Preferences"))
        self.theme = QComboBox(self)
        self.theme.setAccessibleName(self.tr("Appearance"))
        for key, label in (("system", self.tr("Follow the system")), ("light", self.tr("Light")),
                           ("dark", self.tr("Dark"))):
            self.theme.addItem(label, key)
        self.theme.setCurrentIndex(self.theme.findData(chosen_theme()))
        location = QLabel(str(data_dir), self)
        location.setWordWrap(True)
        self.encrypt = QCheckBox(self.tr("Encrypt my data and its backups with a passphrase"), self)
        self.encrypt.setChecked(is_encrypted(self.data_dir))
        if not encryption_available():
            self.encrypt.setEnabled(False)
            self.encrypt.setToolTip(self.tr("Needs the optional SQLCipher support: pip install 'relapp[encryption]'"))
        else:
            self.encrypt.setToolTip(self.tr("The unencrypted files are removed, but the disk may keep old blocks of "
                                            "them: turn on disk encryption as well for full protection."))
        self.key_date_days = QSpinBox(self)
        self.key_date_days.setAccessibleName(self.tr("Key dates on Home, days ahead"))
        self.key_date_days.setRange(0, 366)
        self.key_date_days.setSuffix(self.tr(" days ahead"))
        self.key_date_days.setValue(self._settings().key_date_days())
        self.grace = QSpinBox(self)
        self.grace.setRange(0, MAX_GRACE_DAYS)
        self.grace.setSuffix(self.tr(" days"))
        self.grace.setValue(self._settings().new_person_grace_days())
        self.grace.setAccessibleName(self.tr("Days before new people count as not met"))
        self.grace.setToolTip(self.tr("Home mentions new people nobody on our side has met only after this "
                                      "many days, so an import is not a list of things to do today."))
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Appearance"), self.theme)
        form.addRow(self.tr("Data folder"), location)
        form.addRow(self.tr("Privacy"), self.encrypt)
        form.addRow(self.tr("&Key dates on Home"), self.key_date_days)
        form.addRow(self.tr("New people count as &not met after"), self.grace)
        form.addRow(buttons)

    def _settings(self):
        """The settings of the data open now (encrypting opens it anew)."""
        return self.owner.context.settings if self.owner is not None else self.data.settings

    def _close(self) -> None:
        """The data closed before its files are replaced: the window's (its background work ends
        first), or the data this dialog was handed."""
        if self.owner is not None:
            self.owner.close_data()
        else:
            self.data.close()

    def _reopen(self) -> None:
        if self.owner is not None:
            self.owner.reopen_data()
        elif self.data.database.is_closed():  # closed for the encryption (an error may come before that)
            self.data = open_data_context(self.data_dir, backup=False)

    def _ask(self, label: str) -> str | None:
        text, ok = QInputDialog.getText(self, self.tr("Passphrase"), label, QLineEdit.Password)
        return text if ok else None

    def _change_encryption(self) -> bool:
        """Encrypt or decrypt as the box now says; False to stay open."""
        want = self.encrypt.isChecked()
        if want == is_encrypted(self.data_dir):
            return True
        try:
            if want:
                first = self._ask(self.tr("New passphrase (at least 8 characters). Without it your data cannot "
                                          "be read — keep it somewhere safe:"))
                if first is None:
                    return False
                if self._ask(self.tr("The same passphrase again:")) != first:
                    QMessageBox.warning(self, self.tr("Passphrase"), self.tr("The two passphrases differ."))
                    return False
                QApplication.setOverrideCursor(Qt.WaitCursor)
                try:
                    self._close()
                    encrypt_data(self.data_dir, first)
                finally:
                    QApplication.restoreOverrideCursor()
            else:
                current = self._ask(self.tr("Current passphrase:"))
                if current is None:
                    return False
                self._close()
                decrypt_data(self.data_dir, current)
        except Exception as exc:  # noqa: BLE001 - told to the user; the files are unchanged
            QMessageBox.warning(self, self.tr("Encryption"), refusal_text(exc))
            self._reopen()
            return False
        self._reopen()
        return True

    def accept(self) -> None:
        if not self._change_encryption():
            return
        settings = self._settings()
        if self.key_date_days.value() != settings.key_date_days():
            settings.set_key_date_days(self.key_date_days.value())  # a setting of the data: the same everywhere
        QSettings().setValue("appearance/theme", self.theme.currentData())
        self.grace_changed = self.grace.value() != settings.new_person_grace_days()
        if self.grace_changed:
            settings.set_new_person_grace_days(self.grace.value())
        apply_theme(QApplication.instance(), self.theme.currentData())
        super().accept()
