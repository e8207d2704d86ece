"""The main window (foundation version: the list of accounts)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow, QTableView

from relapp.gui.models.account_table import AccountTableModel


class MainWindow(QMainWindow):
    def __init__(self, data_dir: Path, parent=None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.setWindowTitle(self.tr("Relapp"))
        self.accounts_model = AccountTableModel(self)
        self.accounts_view = QTableView(self)
        self.accounts_view.setModel(self.accounts_model)
        self.accounts_view.setAccessibleName(self.tr("Accounts"))
        self.setCentralWidget(self.accounts_view)
        self.accounts_model.reload()
        self.accounts_view.resizeColumnsToContents()
        self.statusBar().showMessage(self.tr("Data in %s") % data_dir)
        self.resize(1100, 700)
