"""File → Export…: contacts (vCard or CSV), the journal (CSV) or
everything (JSON), for all accounts or one; written in the background,
atomically and readable only by the user."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
    QProgressBar, QPushButton, QVBoxLayout,
)

from relapp.gui.background import Task, run_in_background
from relapp.services.accounts import account_choices

# key: (label, suffix, file filter, takes an account)
KINDS = {
    "contacts-vcf": (QT_TRANSLATE_NOOP("ExportDialog", "Contacts as vCard 4.0"), ".vcf", "vCard (*.vcf)", True),
    "contacts-csv": (QT_TRANSLATE_NOOP("ExportDialog", "Contacts as CSV"), ".csv", "CSV (*.csv)", True),
    "journal-csv": (QT_TRANSLATE_NOOP("ExportDialog", "Journal as CSV"), ".csv", "CSV (*.csv)", True),
    "all-json": (QT_TRANSLATE_NOOP("ExportDialog", "Everything as a JSON dump"), ".json", "JSON (*.json)", False),
}


def export_bytes(kind: str, account_id: int | None) -> bytes:
    from relapp.services.interchange.contact_export import contacts_csv, contacts_vcard
    from relapp.services.interchange.full_dump import dump_json
    from relapp.services.interchange.journal_export import journal_csv

    if kind == "contacts-vcf":
        return contacts_vcard(account_id).encode("utf-8")
    if kind == "contacts-csv":
        return contacts_csv(account_id).encode("utf-8")
    if kind == "journal-csv":
        return journal_csv(account_id).encode("utf-8")
    return dump_json()


class ExportDialog(QDialog):
    def __init__(self, parent=None, account_id: int | None = None, context=None):
        super().__init__(parent)
        self.context = context  # the DataContext the export runs in
        self.setWindowTitle(self.tr("Export"))
        self.resize(560, 1)  # as tall as its fields: a fixed 200 pixels left an empty band above the buttons
        self.job: Task | None = None
        self._replace_confirmed: Path | None = None
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("What to export"))
        for key, (label, *_rest) in KINDS.items():
            self.kind_combo.addItem(QCoreApplication.translate("ExportDialog", label), key)
        self.account_combo = QComboBox(self)
        self.account_combo.setAccessibleName(self.tr("Account"))
        self.account_combo.addItem(self.tr("All accounts"), None)
        for acc_id, name in account_choices():
            self.account_combo.addItem(name, acc_id)
        if account_id is not None:
            self.account_combo.setCurrentIndex(max(0, self.account_combo.findData(account_id)))
        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName(self.tr("File to write"))
        choose = QPushButton(self.tr("&Choose…"), self)
        choose.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("&Export:"), self.kind_combo)
        form.addRow(self.tr("&Account:"), self.account_combo)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path_edit)  # a layout cannot be a buddy; the path field is
        form.addRow(file_label, file_row)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Export status"))
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(self.tr("E&xport"), QDialogButtonBox.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.Cancel).clicked.connect(self.reject)
        self.export_button.clicked.connect(self.write)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._kind_changed()

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def _kind_changed(self) -> None:
        _label, suffix, _filter, per_account = KINDS[self.kind()]
        self.account_combo.setEnabled(per_account)
        text = self.path_edit.text().strip()
        if text:
            self.path_edit.setText(str(Path(text).with_suffix(suffix)))

    def choose_file(self) -> None:
        _label, suffix, file_filter, _per_account = KINDS[self.kind()]
        settings = QSettings()
        start_dir = Path(settings.value("export/last_dir", str(Path.home())))
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Export"), str(start_dir / f"relapp{suffix}"),
                                               file_filter)
        if path:
            settings.setValue("export/last_dir", str(Path(path).parent))
            self.path_edit.setText(path)
            self._replace_confirmed = Path(path)  # the file dialog asked before replacing it

    def write(self) -> None:
        from relapp.services.files import TargetExistsError, UnsafeTargetError, check_target, write_export

        text = self.path_edit.text().strip()
        if not text:
            self.status.setText(self.tr("Choose the file to write first."))
            return
        path = Path(text).expanduser()
        # Never over the data it is made from: the context's folder (None for a team database).
        folder = self.context.data_dir
        try:
            check_target(path, folder, replace=path == self._replace_confirmed)
        except TargetExistsError:
            answer = QMessageBox.question(self, self.tr("Export"),
                                          self.tr("%1 already exists. Replace it?").replace("%1", path.name),
                                          QMessageBox.Yes | QMessageBox.Cancel, QMessageBox.Cancel)
            if answer != QMessageBox.Yes:
                return
        except UnsafeTargetError as exc:
            self.status.setText(self.tr("Not exported: %1").replace("%1", str(exc)))
            return
        kind = self.kind()
        account_id = self.account_combo.currentData() if KINDS[kind][3] else None

        def work(_progress, _cancelled):
            # Checked again when writing: the user may have waited at the question.
            return write_export(path, export_bytes(kind, account_id), replace=True, data_folder=folder)

        self.progress.setVisible(True)
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Writing %1…").replace("%1", path.name))
        self.job = run_in_background(work, parent=self, context=self.context, done=lambda _path: self._finished(None),
                                     failed=self._finished, cancelled=lambda: self._finished(None))

    def _finished(self, error) -> None:
        self.job = None
        self.progress.setVisible(False)
        self.export_button.setEnabled(True)
        if error is None:
            self.accept()
        else:
            message = getattr(error, "strerror", None) or str(error)
            self.status.setText(self.tr("Not exported: %1").replace("%1", message))

    def reject(self) -> None:
        if self.job is None:
            super().reject()
