"""Find anything (Ctrl+K): type, move with the arrow keys, Enter opens.

A small window over the main one.  Results come from the same service as
``relapp search`` a moment after the last key (fast enough to run in the
GUI thread: every query goes through an index).  The box only says what
was chosen; the window decides where that opens.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QHBoxLayout, QLabel, QLineEdit, QListView, QVBoxLayout,
)

from relapp.gui.find.results_model import FindResultsModel
from relapp.services.find import Found, search
from relapp.gui.combo_choices import refill_tags

# Short enough to feel immediate, long enough not to search every letter
# of a fast typist.
TYPING_PAUSE_MS = 120


class FindBox(QDialog):
    chosen = Signal(object)  # the Found the user opened

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("findBox")
        self.setWindowTitle(self.tr("Find anything"))
        self.setModal(False)
        self.resize(640, 420)
        labels = {"account": self.tr("Accounts"), "stakeholder": self.tr("Their people"),
                  "member": self.tr("Our team"), "entry": self.tr("Journal"), "promise": self.tr("Promises"),
                  "meeting": self.tr("Board meetings")}
        self.edit = QLineEdit(self)
        self.edit.setObjectName("findText")
        self.edit.setPlaceholderText(self.tr("Find accounts, people, entries, promises, meetings…"))
        self.edit.setAccessibleName(self.tr("Find"))
        self.edit.setClearButtonEnabled(True)
        self.tag_box = QComboBox(self)
        self.tag_box.setObjectName("findTag")
        self.tag_box.setAccessibleName(self.tr("Only with this tag"))
        self.tag_box.addItem(self.tr("Any tag"), None)
        self.tag_box.currentIndexChanged.connect(lambda _i: self.search_now())
        self.model = FindResultsModel(labels, self)
        self.list = QListView(self)
        self.list.setObjectName("findResults")
        self.list.setAccessibleName(self.tr("Results"))
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SingleSelection)
        self.list.setUniformItemSizes(True)
        self.list.activated.connect(lambda index: self._open_row(index.row()))
        self.status = QLabel(self)
        self.status.setObjectName("findStatus")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.edit, 1)
        top.addWidget(self.tag_box)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.search_now)
        self.edit.textChanged.connect(lambda _text: self._timer.start())
        self.edit.installEventFilter(self)
        self.list.installEventFilter(self)
        self._show_hint()

    def open(self) -> None:  # noqa: A003 — QDialog.open: show without blocking
        """Show the box, ready to type, over its window."""
        refill_tags(self.tag_box)
        parent = self.parentWidget()
        if parent is not None:
            top = parent.mapToGlobal(parent.rect().topLeft())
            self.move(top.x() + (parent.width() - self.width()) // 2, top.y() + 80)
        self.show()
        self.raise_()
        self.activateWindow()
        self.edit.setFocus()
        self.edit.selectAll()

    def search_now(self) -> None:
        self._timer.stop()
        text = self.edit.text()
        tag_id = self.tag_box.currentData()
        found = search(text, tag_id=tag_id) if text.strip() or tag_id is not None else []
        self.model.set_results(found)
        if found:
            self._select(self._next_result(-1, 1))
            self.status.setText(self.tr("%n found · ↑↓ to choose · Enter opens · Esc closes", "", len(found)))
        elif text.strip() or tag_id is not None:
            self.status.setText(self.tr("Nothing found for “%s”") % text.strip())
        else:
            self._show_hint()

    def _show_hint(self) -> None:
        self.status.setText(self.tr("Names, titles, emails, organisations, words from the journal"))

    # Keys ------------------------------------------------------------------
    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.KeyPress and obj in (self.edit, self.list):
            key = event.key()
            if key in (Qt.Key_Down, Qt.Key_Up, Qt.Key_PageDown, Qt.Key_PageUp):
                step = 1 if key in (Qt.Key_Down, Qt.Key_PageDown) else -1
                repeat = 5 if key in (Qt.Key_PageDown, Qt.Key_PageUp) else 1
                row = self.list.currentIndex().row()
                for _ in range(repeat):
                    row = self._next_result(row, step)
                self._select(row)
                return True
            if key in (Qt.Key_Return, Qt.Key_Enter):
                if self._timer.isActive():
                    self.search_now()  # Enter right after typing: the results for what was typed
                self._open_row(self.list.currentIndex().row())
                return True
        return super().eventFilter(obj, event)

    def _next_result(self, row: int, step: int) -> int:
        """The next chosen-able row from ``row`` in direction ``step``
        (headings skipped); ``row`` itself when there is none."""
        candidate = row + step
        while 0 <= candidate < self.model.rowCount():
            if self.model.found(candidate) is not None:
                return candidate
            candidate += step
        return row

    def _select(self, row: int) -> None:
        if self.model.found(row) is not None:
            self.list.setCurrentIndex(self.model.index(row))
            self.list.scrollTo(self.model.index(row))

    def current(self) -> Found | None:
        return self.model.found(self.list.currentIndex().row())

    def _open_row(self, row: int) -> None:
        found = self.model.found(row)
        if found is None:
            return
        self.hide()
        self.chosen.emit(found)
