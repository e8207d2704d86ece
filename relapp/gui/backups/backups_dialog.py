"""File → Backups: the backups with their dates and sizes; back up now;
restore one (after a confirmation), keeping the current data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
    QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from relapp.domain.file_sizes import human_size
from relapp.gui.background import Task, run_in_background
from relapp.gui.data_context import DataContext
from relapp.services.backups import backup_now, list_backups, restore_backup
from relapp.services.data_folder import backups_dir, resolve_data_dir

PATH_ROLE = Qt.UserRole


class BackupsDialog(QDialog):
    restored = Signal()  # the data was replaced: every view must reload

    def __init__(self, parent=None, context=None):
        super().__init__(parent)
        self.data_dir = Path(getattr(parent, "data_dir", None) or resolve_data_dir())
        self.context = context  # the DataContext a backup made now is bound to
        self.setWindowTitle(self.tr("Backups"))
        self.resize(720, 420)
        self._job: Task | None = None

        intro = QLabel(self.tr("Relapp backs up your data once a day when it starts and before every upgrade, "
                               "and keeps one backup for each of the last 7 days, 4 weeks and 12 months."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the buttons
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.backup_button = QPushButton(self.tr("&Back up now"), self)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(self.tr("Restore from &file…"), self)
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.folder_button = QPushButton(self.tr("Show &folder"), self)
        self.folder_button.clicked.connect(self._show_folder)
        row = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.restore_file_button, self.folder_button):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.Close, self)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.refresh()

    # The list -----------------------------------------------------------------------
    def kind_label(self, kind: str) -> str:
        if kind.startswith("before-schema-"):
            return self.tr("Before the upgrade to schema %s") % kind.rsplit("-", 1)[1]
        return {"auto": self.tr("Automatic"), "manual": self.tr("Made by hand"),
                "before-restore": self.tr("Your data before a restore"),
                "interrupted-restore": self.tr("Chosen for a restore that was interrupted")}.get(kind, kind)

    def refresh(self) -> None:
        backups = list_backups(self.data_dir)
        self.table.setRowCount(len(backups))
        for row, backup in enumerate(backups):
            taken = QTableWidgetItem(backup.taken.strftime("%Y-%m-%d %H:%M"))
            taken.setData(PATH_ROLE, str(backup.path))
            taken.setToolTip(str(backup.path))
            size = QTableWidgetItem(human_size(backup.size))
            size.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            for column, item in enumerate((taken, QTableWidgetItem(self.kind_label(backup.kind)), size)):
                self.table.setItem(row, column, item)
        if backups:
            self.table.selectRow(0)
        else:
            self.status.setText(self.tr("No backups yet."))
        self._update_buttons()

    def selected_path(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return Path(self.table.item(rows[0].row(), 0).data(PATH_ROLE))

    def _update_buttons(self) -> None:
        busy = self._job is not None
        self.backup_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and self.selected_path() is not None)
        self.restore_file_button.setEnabled(not busy)

    # Backing up ---------------------------------------------------------------------------
    def back_up_now(self) -> None:
        # SQLite's backup API on connections of its own: it never shares the window's.
        data_dir = self.data_dir
        self._job = run_in_background(lambda _progress, _cancelled: backup_now(data_dir), parent=self,
                                      context=self.context, done=self._backed_up, failed=self._backup_failed,
                                      cancelled=lambda: self._backup_failed(None))
        self.status.setText(self.tr("Backing up and verifying…"))
        self._update_buttons()

    def _backed_up(self, path) -> None:
        self._job = None
        self.refresh()
        self.status.setText(self.tr("Backed up and verified: %s") % path)

    def _backup_failed(self, error: BaseException | None) -> None:
        self._job = None
        self._update_buttons()
        message = (str(error) or type(error).__name__) if error is not None else self.tr("stopped")
        self.status.setText(self.tr("The backup failed: %s") % message)

    def busy(self) -> bool:
        return self._job is not None

    # Restoring ----------------------------------------------------------------------------
    def restore_selected(self) -> None:
        path = self.selected_path()
        if path is not None:
            self.restore(path)

    def restore_from_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Restore from file"), str(Path.home()),
                                                    self.tr("Relapp data (*.sqlite3 *.db);;All files (*)"))
        if name:
            self.restore(Path(name))

    def restore(self, path: Path) -> bool:
        """Ask, then put ``path`` in place of the data.  True when restored."""
        answer = QMessageBox.question(
            self, self.tr("Restore this backup?"),
            self.tr("Replace your data with %s?\n\nYour current data is kept as a backup first, "
                    "so you can go back to it from this list.") % path.name,
            QMessageBox.Yes | QMessageBox.Cancel, QMessageBox.Cancel)
        if answer != QMessageBox.Yes:
            return False
        window = self.parent() if hasattr(self.parent(), "close_data") else None
        QApplication.setOverrideCursor(Qt.WaitCursor)
        replaced = False
        try:
            if window is not None:
                window.close_data()  # its background work stops and its connections close first
            try:
                result = restore_backup(self.data_dir, path)
                replaced = True
            finally:
                context = DataContext.open(self.data_dir, backup=False)  # the restored data, or as it was
                if window is not None:
                    # Undo steps refer to records of the data that was replaced.
                    window.data_switched(self.data_dir, context, reset=replaced)
        except Exception as exc:  # noqa: BLE001 - shown to the user; nothing was replaced
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Restore failed"), str(exc))
            return False
        QApplication.restoreOverrideCursor()
        self.restored.emit()
        self.refresh()
        kept = result.kept
        self.status.setText(self.tr("Restored %s. Your previous data is kept at %s.") % (path.name, kept)
                            if kept else self.tr("Restored %s.") % path.name)
        return True

    def _show_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(backups_dir(self.data_dir))))

    def reject(self) -> None:
        if self._job is not None:
            self._job.wait(30)  # a backup cannot stop half-way; it is verified before the dialog goes
        super().reject()
