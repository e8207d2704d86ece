"""File → Import…: choose a file, see what would happen, then write it.

The file is read and parsed off the GUI thread with progress and cancel;
the preview shows the counts, the people to add, the rows refused with the
reason for each, and asks about organisations whose names are close to an
existing account's.  Nothing is written until Import is pressed, and then
in one transaction.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QProgressBar, QPushButton, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from relapp.gui.background import Task, run_in_background
from relapp.gui.operations import Changes, Operation
from relapp.services.interchange.import_receipt import ImportReceipt, redo_import, undo_import


def import_step(receipt: ImportReceipt, file_name: str) -> Operation:
    """An import as one step of the window's undo stack (written already):
    undo takes back all it added and changed, redo writes it again."""
    return Operation(QCoreApplication.translate("ImportDialog", "Import of %s") % file_name,
                     Changes.of("accounts", "people", "tags", "dates"),
                     do=partial(redo_import, receipt), undo=partial(undo_import, receipt), done=True)


def _table(headers: list[str], rows: list[tuple], parent: QWidget, name: str) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QTableWidget.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab moves on to the next control
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(str(value)))
    table.resizeColumnsToContents()
    return table


class ImportDialog(QDialog):
    PREVIEW_ROWS = 500  # enough to check a file; the counts cover the rest

    def __init__(self, parent=None, context=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import contacts"))
        self.resize(760, 560)
        self.source = None
        self.plan = None
        self.receipt = None
        self.job: Task | None = None
        self.context = context  # the DataContext reading and writing run in
        self._merge_boxes: dict[str, QCheckBox] = {}
        self._replan_pending = False
        self._planning = False

        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName(self.tr("File to import"))
        self.path_edit.setPlaceholderText(self.tr("vCard (.vcf), CSV from LinkedIn, Google or Outlook, or a Relapp dump"))
        self.path_edit.returnPressed.connect(lambda: self.set_file(self.path_edit.text()))
        choose = QPushButton(self.tr("&Choose…"), self)
        choose.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(choose)

        self.account_combo = QComboBox(self)
        self.account_combo.setEditable(True)
        self.account_combo.setAccessibleName(self.tr("Account"))
        self.account_combo.setToolTip(self.tr("Leave as it is to put each person in their organisation's account, "
                                              "or pick or type one account for everyone"))
        self._fill_accounts()
        self.account_combo.activated.connect(lambda _i: self._replan())
        self.account_combo.lineEdit().editingFinished.connect(self._replan)

        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path_edit)  # a layout cannot be a buddy; the path field is
        form.addRow(file_label, file_row)
        form.addRow(self.tr("&Account:"), self.account_combo)

        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Import status"))
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        # Until a file is read, the preview below is empty: say what fills it.
        self.status.setText(self.tr("Choose a file (or type its path and press Enter): what it would add, merge "
                                    "and refuse shows here before anything is written."))

        self.near_box = QGroupBox(self.tr("Similar account names"), self)
        self.near_layout = QVBoxLayout(self.near_box)
        self.near_box.setVisible(False)
        # Known people the file shows at another organisation: a move to record, not a duplicate.
        self.moves_box = QGroupBox(self.tr("Known people at a new organisation"), self)
        self.moves_layout = QVBoxLayout(self.moves_box)
        self.moves_box.setVisible(False)
        self._move_boxes: dict[int, QCheckBox] = {}

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Preview"))

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.AcceptRole)
        self.import_button.setEnabled(False)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.Cancel)
        self.import_button.clicked.connect(self.write)
        self.cancel_button.clicked.connect(self.cancel)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.near_box)
        layout.addWidget(self.moves_box)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

    # Choosing and reading --------------------------------------------------------------
    def _fill_accounts(self) -> None:
        from relapp.services.accounts import account_names

        self.account_combo.clear()
        self.account_combo.addItem(self.tr("Each person's organisation"), None)
        for name in account_names():
            self.account_combo.addItem(name, name)

    def choose_file(self) -> None:
        settings = QSettings()
        start_dir = settings.value("import/last_dir", str(Path.home()))
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Import contacts"), start_dir,
                                              self.tr("Contacts (*.vcf *.vcard *.csv *.json);;All files (*)"))
        if path:
            settings.setValue("import/last_dir", str(Path(path).parent))
            self.set_file(path)

    def set_file(self, path: str | Path) -> None:
        """Read ``path`` and plan its import in the background, then show
        the preview."""
        from relapp.services.interchange.importing import plan_source
        from relapp.services.interchange.source_files import read_source

        path = Path(path).expanduser()
        self.path_edit.setText(str(path))
        self.source = self.plan = None
        for box in self._merge_boxes.values():
            box.deleteLater()
        self._merge_boxes.clear()
        self._show_plan()
        account = self.chosen_account()

        def work(progress, cancelled):
            source = read_source(path, progress, cancelled)
            return source, plan_source(source, account, {}, cancelled)

        self._run(work, self._planned, self.tr("Reading %1…").replace("%1", path.name))

    # Planning -------------------------------------------------------------------------
    def chosen_account(self) -> str | None:
        text = self.account_combo.currentText().strip()
        if self.account_combo.currentIndex() == 0 and text == self.account_combo.itemText(0):
            return None
        return text or None

    def _merge_choices(self) -> dict[str, str]:
        return {key: box.property("existing") for key, box in self._merge_boxes.items() if box.isChecked()}

    def _replan(self) -> None:
        """Plan again after the account or a near-match answer changed."""
        if self.source is None:
            return
        if self.job is not None:
            self._replan_pending = True
            return
        from relapp.services.interchange.importing import plan_source

        source, account, merges = self.source, self.chosen_account(), self._merge_choices()
        self._run(lambda _progress, cancelled: (source, plan_source(source, account, merges, cancelled)),
                  self._planned, self.tr("Checking against your accounts…"))

    def _planned(self, result) -> None:
        self.source, self.plan = result
        self._show_plan()

    def _show_plan(self) -> None:
        self.tabs.clear()
        plan = self.plan
        self.import_button.setEnabled(bool(plan and (plan.added or plan.updated or plan.moves
                                                     or plan.dump is not None)))
        self._show_near_matches()
        self._show_moves()
        if plan is None:
            self.status.clear()
            return
        if plan.dump is not None:
            self.status.setText(self.tr("Relapp dump: everything in it (%n stakeholder(s)) will be restored into "
                                        "this empty data directory.", "", len(plan.added)))
            return
        self.status.setText(self.tr("%1 (%2): %3 to add, %4 to merge, %5 to skip, %6 refused; %7 new account(s).")
                            .replace("%1", plan.kind).replace("%2", plan.encoding)
                            .replace("%3", str(len(plan.added))).replace("%4", str(plan.merged))
                            .replace("%5", str(plan.skipped)).replace("%6", str(len(plan.refused)))
                            .replace("%7", str(len(plan.new_accounts))))
        added = [(p.name, p.account.existing_name or p.account.name if p.account else "", p.title, p.email)
                 for p in plan.added[:self.PREVIEW_ROWS]]
        self.tabs.addTab(_table([self.tr("Name"), self.tr("Account"), self.tr("Title"), self.tr("Email")], added,
                                self, self.tr("People to add")),
                         self.tr("To add (%1)").replace("%1", str(len(plan.added))))
        refused = [(r.source, r.name, r.reason) for r in plan.refused[:self.PREVIEW_ROWS]]
        refused_table = _table([self.tr("Where"), self.tr("Name"), self.tr("Reason")], refused, self,
                               self.tr("Refused rows"))
        self.tabs.addTab(refused_table, self.tr("Refused (%1)").replace("%1", str(len(plan.refused))))
        accounts = [(a.name, self.tr("new") if a.is_new else self.tr("existing: %1").replace("%1", a.existing_name),
                     a.people) for a in plan.accounts if a.people or not a.is_new]
        self.tabs.addTab(_table([self.tr("Organisation"), self.tr("Account"), self.tr("New people")], accounts, self,
                                self.tr("Accounts")),
                         self.tr("Accounts (%1)").replace("%1", str(len(accounts))))
        if plan.refused and not plan.added and not plan.updated:
            self.tabs.setCurrentWidget(refused_table)

    def _show_near_matches(self) -> None:
        """One question per organisation whose name is close to an existing
        account: unticked, the people go to a new account."""
        targets = [] if self.plan is None else [t for t in self.plan.accounts
                                                 if t.people and (t.near or t.key in self._merge_boxes)]
        keep = {t.key for t in targets}
        for key in list(self._merge_boxes):
            if key not in keep:
                self._merge_boxes.pop(key).deleteLater()
        for target in targets:
            if target.key in self._merge_boxes or not target.near:
                continue
            existing = target.near[0]
            box = QCheckBox(self.tr("“%1” in the file is the existing account “%2”")
                            .replace("%1", target.name).replace("%2", existing), self.near_box)
            box.setProperty("existing", existing)
            box.toggled.connect(lambda _checked: self._replan())
            self._merge_boxes[target.key] = box
            self.near_layout.addWidget(box)
        self.near_box.setVisible(bool(self._merge_boxes))

    def _show_moves(self) -> None:
        """One tick per known person at a new organisation: ticked (the
        default), they left their old account and join the new one, their
        history kept; unticked, they are left out of this import."""
        for box in self._move_boxes.values():
            box.deleteLater()
        self._move_boxes = {}
        for offer in [] if self.plan is None else self.plan.moves:
            box = QCheckBox(self.tr("Record that %1 moved from %2 to %3")
                            .replace("%1", offer.name).replace("%2", offer.from_account)
                            .replace("%3", offer.to.existing_name or offer.to.name), self.moves_box)
            box.setChecked(True)
            self._move_boxes[offer.stakeholder_id] = box
            self.moves_layout.addWidget(box)
        self.moves_box.setVisible(bool(self._move_boxes))

    # Writing ---------------------------------------------------------------------------
    def write(self) -> None:
        if self.plan is None or self.job is not None:
            return
        for offer in self.plan.moves:
            box = self._move_boxes.get(offer.stakeholder_id)
            offer.choice = "move" if box is not None and box.isChecked() else "skip"
        from relapp.services.interchange.import_plan import apply_plan

        plan = self.plan
        self._run(lambda progress, cancelled: apply_plan(plan, progress, cancelled), self._write_done,
                  self.tr("Writing…"), planning=False)

    def _write_done(self, receipt) -> None:
        self.receipt = receipt  # what was written, for the window's undo (None: a Relapp dump was restored)
        self.accept()

    # Background work -------------------------------------------------------------------
    def _run(self, work, on_done, message: str, planning: bool = True) -> None:
        self._planning = planning
        self.status.setText(message)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.import_button.setEnabled(False)
        self.job = run_in_background(work, parent=self, context=self.context, progress=self._progress,
                                     done=lambda result: self._finish(on_done, result),
                                     failed=lambda exc: self._finish(None, exc),
                                     cancelled=lambda: self._finish(None, None))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finish(self, on_done, result) -> None:
        self.job = None
        self.progress.setVisible(False)
        if on_done is not None:
            on_done(result)
            if self._replan_pending:
                self._replan_pending = False
                self._replan()
            return
        if self._planning:  # a preview that did not finish is no preview
            self.plan = None
            self._show_plan()
        if result is None:
            self.status.setText(self.tr("Cancelled; nothing was written."))
            self._show_plan_buttons()
        else:
            self._show_error(str(result) if _is_user_error(result) else
                             f"{type(result).__name__}: {result}")

    def _show_plan_buttons(self) -> None:
        self.import_button.setEnabled(bool(self.plan and (self.plan.added or self.plan.updated
                                                          or self.plan.dump is not None)))

    def _show_error(self, message: str) -> None:
        self.status.setText(self.tr("Not imported: %1").replace("%1", message))
        self._show_plan_buttons()

    def is_busy(self) -> bool:
        return self.job is not None

    def cancel(self) -> None:
        """While reading or writing, stop (nothing is written); otherwise close."""
        if self.job is not None:
            self.job.cancel()
        else:
            self.reject()

    def reject(self) -> None:
        if self.job is not None:  # Escape while busy cancels the work first
            self.job.cancel()
            return
        super().reject()


def _is_user_error(exc) -> bool:
    from relapp.domain.interchange.problems import RefusedFile
    from relapp.services.validation import NotFoundError, ValidationError

    return isinstance(exc, (RefusedFile, ValidationError, NotFoundError, OSError))
