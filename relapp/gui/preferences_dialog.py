"""Preferences: the look, and where the data lives."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel

from relapp.gui.application import apply_theme, chosen_theme


class PreferencesDialog(QDialog):
    def __init__(self, data_dir, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.theme = QComboBox(self)
        self.theme.setAccessibleName(self.tr("Appearance"))
        for key, label in (("system", self.tr("Follow the system")), ("light", self.tr("Light")),
                           ("dark", self.tr("Dark"))):
            self.theme.addItem(label, key)
        self.theme.setCurrentIndex(self.theme.findData(chosen_theme()))
        location = QLabel(str(data_dir), self)
        location.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Appearance"), self.theme)
        form.addRow(self.tr("Data folder"), location)
        form.addRow(buttons)

    def accept(self) -> None:
        QSettings().setValue("appearance/theme", self.theme.currentData())
        apply_theme(QApplication.instance(), self.theme.currentData())
        super().accept()
