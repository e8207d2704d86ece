"""The promises of an account or of one person, with the buttons to add
one and to mark the selected one kept or broken.  Overdue promises head
the panel in a red line so they cannot be missed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from relapp.gui.commitments import actions
from relapp.gui.commitments.commitment_model import CommitmentTableModel
from relapp.gui.overdue_look import overdue_style
from relapp.gui.views.tables import make_table
from relapp.gui.themed_styles import themed
from relapp.gui.tab_chain import chain_tab_order



class CommitmentsPanel(QWidget):
    changed = Signal()

    def __init__(self, editor, parent=None, today=None):
        super().__init__(parent)
        self.editor = editor
        self.account_id: int | None = None
        self.stakeholder_id: int | None = None
        self.model = CommitmentTableModel(self, today)
        self.table = make_table(self.model, self)
        self.table.setAccessibleName(self.tr("Promises"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.alert = QLabel(self)
        themed(self.alert, overdue_style)
        self.alert.setAccessibleName(self.tr("Overdue promises"))
        self.alert.hide()
        self.new_button = QPushButton(self.tr("New promise…"), self)
        self.new_button.clicked.connect(self.new_promise)
        self.kept_button = QPushButton(self.tr("Kept…"), self)
        self.kept_button.clicked.connect(lambda: self.resolve_current(True))
        self.broken_button = QPushButton(self.tr("Broken…"), self)
        self.broken_button.clicked.connect(lambda: self.resolve_current(False))
        self.change_button = QPushButton(self.tr("Change…"), self)
        self.change_button.clicked.connect(self.change_current)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self.delete_current)
        self.resolved_box = QCheckBox(self.tr("Show kept and broken"), self)
        self.resolved_box.toggled.connect(self._show_resolved)
        buttons = QHBoxLayout()
        for widget in (self.new_button, self.kept_button, self.broken_button, self.change_button,
                       self.delete_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        # The view's choice above the list it changes, not beside the buttons:
        # one row of both asked the account pane for more width than a small
        # laptop's window has.
        top = QHBoxLayout()
        top.addWidget(self.alert, 1)
        top.addStretch(0)
        top.addWidget(self.resolved_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        chain_tab_order(self.resolved_box, self.table, self.new_button, self.kept_button, self.broken_button,
                        self.change_button, self.delete_button)
        self._update_buttons()

    def set_account(self, account_id: int | None) -> None:
        self.account_id, self.stakeholder_id = account_id, None
        self.model.set_scope(account_id=account_id)
        self._after_reload()

    def set_stakeholder(self, account_id: int, stakeholder_id: int) -> None:
        self.account_id, self.stakeholder_id = account_id, stakeholder_id
        self.model.set_scope(stakeholder_id=stakeholder_id)
        self._after_reload()

    def reload(self) -> None:
        self.model.reload()
        self._after_reload()

    def _show_resolved(self, on: bool) -> None:
        self.model.set_show_resolved(on)
        self._after_reload()

    def _after_reload(self) -> None:
        overdue = self.model.overdue_count()
        self.alert.setText(self.tr("1 promise overdue") if overdue == 1 else self.tr("%d promises overdue") % overdue)
        self.alert.setVisible(overdue > 0)
        self.new_button.setEnabled(self.account_id is not None)
        self._update_buttons()

    def current_id(self) -> int | None:
        row = self.model.row(self.table.currentIndex().row()) if self.table.currentIndex().isValid() else None
        return row.id if row is not None and row.status == "open" else None

    def select_promise(self, commitment_id: int) -> bool:
        """Select a promise and put the keyboard on it, so Kept… and Broken… act on it at once."""
        for row in range(self.model.rowCount()):
            if self.model.row(row).id == commitment_id:
                self.table.selectRow(row)
                self.table.setFocus()
                self._update_buttons()
                return True
        return False

    def _update_buttons(self) -> None:
        open_selected = self.current_id() is not None
        for button in (self.kept_button, self.broken_button, self.change_button):
            button.setEnabled(open_selected)
        self.delete_button.setEnabled(self.table.currentIndex().isValid())

    def new_promise(self) -> None:
        if self.account_id is not None and actions.new_commitment(
                self.editor, self.account_id, self.stakeholder_id, self.window()) is not None:
            self.reload()
            self.changed.emit()

    def resolve_current(self, kept: bool) -> None:
        if (commitment_id := self.current_id()) is not None and actions.resolve(
                self.editor, commitment_id, kept, self.window()):
            self.reload()
            self.changed.emit()

    def change_current(self) -> None:
        if (commitment_id := self.current_id()) is not None and actions.change(
                self.editor, commitment_id, self.window()):
            self.reload()
            self.changed.emit()

    def delete_current(self) -> None:
        index = self.table.currentIndex()
        row = self.model.row(index.row()) if index.isValid() else None
        if row is not None and actions.delete(self.editor, row.id):
            self.reload()
            self.changed.emit()
