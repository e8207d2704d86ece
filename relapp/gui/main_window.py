"""The main window: a sidebar of four views, menus, status bar.

The views are built when first shown (the map only then imports its
module), so the window paints quickly even on ten years of data.
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox, QStackedWidget,
    QVBoxLayout, QWidget,
)

from relapp import __version__
from relapp.gui.data_context import DataContext
from relapp.gui.editing import Editor
from relapp.gui.operations import Changes, Operations
from relapp.gui.text_colours import css
from relapp.gui.outside_changes import OutsideChanges
from relapp.gui.shortcuts import key_bindings
from relapp.gui.team_session import TeamSession
from relapp.services.session import OpenData
from relapp.gui.themed_styles import themed
from relapp.gui.screen_fit import resize_within_screen

VIEWS = ("home", "accounts", "map", "journal", "people")
SIDEBAR_STYLE = "QListWidget { font-size: 11pt; } QListWidget::item { padding: 10px 14px; }"
READ_ONLY_STYLE = "QLabel { background: #fff4ce; color: #3b2f00; padding: 8px 14px; }"


# After the first screen has its data (Home reads it in the background),
# before a user is likely to open Accounts.
PRELOAD_DELAY_MS = 1200


class MainWindow(QMainWindow):
    closed = Signal()  # the window has closed: the application ends (see relapp.gui.launch)
    # The first frame with the user's data is on screen (the view shown has
    # painted its content; Home reads its list first): work it did not need
    # (start checks, automatic backup, modules to import ahead) may begin.
    # Emitted once, after that paint.
    first_frame = Signal()

    def __init__(self, data_dir: Path, data: OpenData, parent=None, instance=None):
        """The window on ``data``, opened by the caller (``open_with_recovery``)
        from ``data_dir``, the folder it stays on (a team database opened
        later comes back to it)."""
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.context = DataContext(data)  # the open data; background work is bound to it
        # The lock that says this window has the folder open (``SingleInstance``; the launcher's),
        # handed over to the next folder's when the user opens another.
        self.instance = instance
        self.setObjectName("MainWindow")
        self.operations = Operations(self, self.context)
        self.operations.changed.connect(self._data_changed)
        self.operations.failed.connect(self._step_failed)
        self.operations.stack.indexChanged.connect(self._update_undo_status)
        self._undo_index = 0
        self.editor = Editor(self.operations, self)
        self.team = TeamSession(self.operations, self)  # the team database, when one is open
        self._views: dict[str, QWidget] = {}
        self.find_box = None  # built on first Ctrl+K
        self._cards: list[QWidget] = []
        self._first_frame_seen = False
        # The account the window opens on, until the Accounts view is built
        # and keeps its own: the map shown first needs one too.
        self._start_account: int | None = None
        self.backup_problem: str | None = None
        if self._saved_view() == "home":
            # Built before the rest of the window: Home starts reading its
            # list at once, beside the building of the window.
            self._views["home"] = self._make_home()

        self.sidebar = QListWidget(self)
        self.sidebar.setAccessibleName(self.tr("Views"))
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(150)
        self.sidebar.setFrameShape(QListWidget.NoFrame)
        for key, label in zip(VIEWS, (self.tr("Home"), self.tr("Accounts"), self.tr("Map"), self.tr("Journal"),
                                      self.tr("People"))):
            item = QListWidgetItem(label)
            item.setData(Qt.UserRole, key)
            item.setSizeHint(item.sizeHint().expandedTo(self.sidebar.sizeHint().boundedTo(item.sizeHint())))
            self.sidebar.addItem(item)
        themed(self.sidebar, lambda: SIDEBAR_STYLE)  # set again on a theme switch: it keeps the old look
        self.stack = QStackedWidget(self)
        for key in VIEWS:
            self.stack.addWidget(self._views.get(key) or QWidget(self))  # placeholders until first shown
        self.sidebar.currentRowChanged.connect(self._switch)
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.read_only_banner = QLabel(self)
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet(READ_ONLY_STYLE)
        outer.addWidget(self.read_only_banner)
        layout = QHBoxLayout()
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self.data_label = QLabel(self)
        self.backup_warning = QLabel(self)
        themed(self.backup_warning, lambda: css("negative") + " font-weight: bold;")
        self.backup_warning.hide()
        self.statusBar().addPermanentWidget(self.backup_warning)
        self.statusBar().addPermanentWidget(self.data_label)
        self._update_data_label()
        self._update_title()
        resize_within_screen(self, 1400, 900)
        self._restore_settings()
        self._preloaded = False
        # Another program (``relapp add``) wrote: refresh like after an edit.
        self.outside_changes = OutsideChanges(lambda: self.context.database, self)
        self.outside_changes.changed.connect(lambda: self.operations.announce(Changes.everything()))
        self.outside_changes.start()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._first_frame_seen:
            self._first_frame_seen = True
            view = self._views.get(self.current_view())
            if view is not None and hasattr(view, "waiting_for_content") and view.waiting_for_content():
                # Started beside Home's reading, the page check and the backup
                # took a core and the disk from it (a third of the start).
                view.content_shown.connect(self._first_content_painted, Qt.SingleShotConnection)
            else:
                QTimer.singleShot(0, self._first_content_painted)  # after the rest of this frame has painted

    def _first_content_painted(self) -> None:
        self.first_frame.emit()
        if not self._preloaded:
            self._preloaded = True
            # The chart library takes half a second to import; do it once
            # the first screen is up, not when the user first opens Accounts.
            QTimer.singleShot(PRELOAD_DELAY_MS, self._preload)

    def _preload(self) -> None:
        import_module("relapp.gui.chart.balance_chart")

    # Views -------------------------------------------------------------------------
    def view(self, key: str) -> QWidget:
        """The view for ``key``, built on first use."""
        if key not in self._views:
            widget = getattr(self, f"_make_{key}")()
            index = VIEWS.index(key)
            old = self.stack.widget(index)
            self.stack.insertWidget(index, widget)
            self.stack.removeWidget(old)
            old.deleteLater()
            self._views[key] = widget
            if key in self.SIZED_COLUMNS:
                self._restore_columns(key, widget)
        return self._views[key]

    def _make_home(self) -> QWidget:
        from relapp.gui.home.home_view import HomeView

        home = HomeView(self.editor, self, context=self.context)
        home.set_backup_problem(self.backup_problem)
        home.open_account.connect(self.show_account)
        home.open_account_plan.connect(self.show_account_plan)
        home.open_stakeholder.connect(self.open_contact_card)
        home.open_promise.connect(self.open_promise)
        home.create_account.connect(self.new_account)
        home.open_demo.connect(self.open_demo)
        return home

    def _make_accounts(self) -> QWidget:
        from relapp.gui.views.accounts_view import AccountsView

        view = AccountsView(self.editor, self)
        view.open_stakeholder.connect(self.open_contact_card)
        if hasattr(view, "account_chosen"):
            view.account_chosen.connect(lambda account_id: self.view("accounts").select_account(account_id))
        view.account_selected.connect(self._account_selected)
        # Both of the pane's splitters come back as the user left them: the
        # chart's share against the tabs' too, which a small screen's user
        # drags to see more of the account plan.
        states = [QSettings().value(key) for key in ("window/accountsSplitter", "window/accountsDetailSplitter")]
        view.restore_layout(*(state if isinstance(state, QByteArray) else None for state in states))
        if self._start_account is not None:
            view.select_account(self._start_account)  # else it shows its first account
        return view

    def _make_map(self) -> QWidget:
        try:
            from relapp.gui.map.map_view import MapView
        except ImportError:
            placeholder = QLabel(self.tr("The stakeholder map is not available in this build."), self)
            placeholder.setAlignment(Qt.AlignCenter)
            return placeholder
        view = MapView(self.operations, self)  # the window's operations carry its data context
        view.open_stakeholder.connect(self.open_contact_card)
        if hasattr(view, "account_chosen"):
            view.account_chosen.connect(lambda account_id: self.view("accounts").select_account(account_id))
        if hasattr(view, "write_entry"):
            view.write_entry.connect(lambda account, person: self.editor.quick_entry(account, person))
        view.set_account(self.current_account_id())
        return view

    def _make_journal(self) -> QWidget:
        from relapp.gui.views.journal_view import JournalView

        view = JournalView(self.editor, self)
        view.open_account.connect(self.show_account)
        view.new_entry.connect(self.quick_entry)
        return view

    def _make_people(self) -> QWidget:
        from relapp.gui.people.people_view import PeopleView

        view = PeopleView(self.operations, self)
        view.open_stakeholder.connect(self.open_contact_card)
        view.open_member.connect(self.open_team)
        return view

    # The views whose column widths come back as the user left them.
    SIZED_COLUMNS = ("people", "journal")

    @staticmethod
    def _restore_columns(key: str, view) -> None:
        widths = QSettings().value(f"window/{key}Columns")
        if widths:
            view.columns.restore_widths(widths if isinstance(widths, list) else [widths])

    def _switch(self, row: int) -> None:
        if 0 <= row < len(VIEWS):
            widget = self.view(VIEWS[row])
            self.stack.setCurrentWidget(widget)
            if VIEWS[row] == "map":
                self._sync_map()

    def show_view(self, key: str) -> None:
        self.sidebar.setCurrentRow(VIEWS.index(key))

    def go_to_view(self, key: str) -> None:
        """Ctrl+1…4: show the view and put the keyboard in it, so its own keys
        (the map's Alt+1…3, Ctrl+0, zoom) work without a click first."""
        self.show_view(key)
        view = self.view(key)
        focused = QApplication.focusWidget()
        if focused is None or not view.isAncestorOf(focused):
            view.setFocus(Qt.ShortcutFocusReason)

    def current_view(self) -> str:
        return VIEWS[max(self.sidebar.currentRow(), 0)]

    def current_account_id(self) -> int | None:
        accounts_view = self._views.get("accounts")
        return accounts_view.account_id if accounts_view is not None else self._start_account

    def show_account(self, account_id: int) -> None:
        self.show_view("accounts")
        self.view("accounts").select_account(account_id)

    def show_account_plan(self, account_id: int) -> None:
        self.show_account(account_id)
        self.view("accounts").show_plan()

    def _account_selected(self, account_id: int) -> None:
        # A hidden map is brought up to date when it is shown (see _switch):
        # laying it out on every account switch would slow browsing down.
        if self.current_view() == "map":
            self._sync_map()

    def _sync_map(self) -> None:
        if "map" in self._views and hasattr(self._views["map"], "set_account"):
            if self.current_account_id() is None:
                # Opened before any account was chosen: the first, not a blank
                # map (looked up here, not at start, where Home needs none).
                self._start_account = self._last_account(None)
            self._views["map"].set_account(self.current_account_id())

    def open_contact_card(self, stakeholder_id: int):
        from relapp.gui.views.contact_card import ContactCard

        card = ContactCard(stakeholder_id, self.editor, self)
        card.setAttribute(Qt.WA_DeleteOnClose)
        card.destroyed.connect(lambda _obj=None, c=card: self._cards.remove(c) if c in self._cards else None)
        self._cards.append(card)
        card.show()
        return card

    def open_promise(self, stakeholder_id: int, commitment_id: int) -> None:
        self.open_contact_card(stakeholder_id).show_promise(commitment_id)

    # Menus ---------------------------------------------------------------------------
    def _action(self, menu, text: str, slot, shortcut=None, name: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts(key_bindings(*keys))
        action.triggered.connect(slot)
        if name:
            action.setObjectName(name)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_entry_action = self._action(file_menu, self.tr("New &entry…"), self.quick_entry, "Ctrl+N",
                                             "newEntry")
        self.new_entry_action.setShortcutContext(Qt.ApplicationShortcut)
        self._action(file_menu, self.tr("New &account…"), self.new_account, "Ctrl+Shift+A", "newAccount")
        self._action(file_menu, self.tr("New &stakeholder…"), self.new_stakeholder, "Ctrl+Shift+S",
                     "newStakeholder")
        self._action(file_menu, self.tr("Our &team…"), lambda: self.open_team(), "Ctrl+Shift+T", "team")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Open Data Folder…"), lambda: self.open_data_folder(),
                     [QKeySequence.Open, "Ctrl+O"], "openDataFolder")
        self._action(file_menu, self.tr("&Import…"), self.open_import, "Ctrl+I", "import")
        self._action(file_menu, self.tr("E&xport…"), self.open_export, "Ctrl+Shift+E", "export")
        self._action(file_menu, self.tr("&Backups…"), self.open_backups, None, "backups")
        self._action(file_menu, self.tr("Connect to a team &database…"), self.connect_team_database, None,
                     "connectTeam")
        file_menu.addSeparator()
        quit_action = self._action(file_menu, self.tr("&Quit"), self.close, [QKeySequence.Quit, "Ctrl+Q"], "quit")
        quit_action.setMenuRole(QAction.QuitRole)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.operations.stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcuts(QKeySequence.Undo)
        redo = self.operations.stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts(QKeySequence.Redo)
        undo.setObjectName("undo")
        redo.setObjectName("redo")
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        self._action(edit_menu, self.tr("&Find in journal"), self.find, QKeySequence.Find, "find")
        find_anything = self._action(edit_menu, self.tr("Find &anything…"), self.find_anything, "Ctrl+K",
                                     "findAnything")
        find_anything.setShortcutContext(Qt.ApplicationShortcut)  # from contact cards and dialogs too
        self._action(edit_menu, self.tr("&Tags…"), self.open_tags, None, "tags")
        edit_menu.addSeparator()
        prefs = self._action(edit_menu, self.tr("&Preferences…"), self.open_preferences,
                             [QKeySequence.Preferences, "Ctrl+,"], "preferences")
        prefs.setMenuRole(QAction.PreferencesRole)

        view_menu = bar.addMenu(self.tr("&View"))
        for number, (key, label) in enumerate(zip(VIEWS, (self.tr("&Home"), self.tr("&Accounts"), self.tr("&Map"),
                                                          self.tr("&Journal"), self.tr("&People"))), start=1):
            self._action(view_menu, label, lambda _c=False, k=key: self.go_to_view(k), f"Ctrl+{number}",
                         f"view_{key}")

        account_menu = bar.addMenu(self.tr("&Account"))
        self._action(account_menu, self.tr("&Edit account…"), self.edit_account, "Ctrl+E", "editAccount")
        self._action(account_menu, self.tr("&Archive or restore"), self.toggle_archive, None, "archive")
        self._action(account_menu, self.tr("&Delete account…"), self.delete_account, None, "deleteAccount")
        account_menu.addSeparator()
        self._action(account_menu, self.tr("&Board brief…"), self.open_brief, "Ctrl+B", "brief")
        self._action(account_menu, self.tr("&Check-up…"), self.open_checkup, None, "checkup")
        self._action(account_menu, self.tr("&Tags…"), self.edit_account_tags, "Ctrl+Shift+G", "accountTags")

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Keyboard shortcuts"), self.show_shortcuts, QKeySequence.HelpContents,
                     "shortcuts")
        self._action(help_menu, self.tr("The &ideas behind Relapp"), self.show_ideas, None, "ideas")
        help_menu.addSeparator()
        about = self._action(help_menu, self.tr("&About Relapp"), self.about, None, "about")
        about.setMenuRole(QAction.AboutRole)

    # Actions ---------------------------------------------------------------------------
    def quick_entry(self) -> None:
        stakeholder = None
        if self.current_view() == "accounts":
            stakeholder = self.view("accounts").current_stakeholder_id()
        if self.editor.quick_entry(self.current_account_id(), stakeholder) is not None:
            self.statusBar().showMessage(self.tr("Entry saved"), 3000)

    def new_account(self) -> None:
        new_id = self.editor.new_account()
        if new_id is not None:
            self.show_account(new_id)

    def new_stakeholder(self) -> None:
        if (account_id := self._require_account()) is not None:
            self.editor.new_stakeholder(account_id)

    def edit_account(self) -> None:
        if (account_id := self._require_account()) is not None:
            self.editor.edit_account(account_id)

    def edit_account_tags(self) -> None:
        from relapp.services.accounts import get_account

        if (account_id := self._require_account()) is not None:
            self.editor.edit_tags("account", account_id, get_account(account_id).name)

    def toggle_archive(self) -> None:
        from relapp.services.accounts import get_account

        if (account_id := self._require_account()) is not None:
            self.editor.set_archived(account_id, not get_account(account_id).archived)

    def delete_account(self) -> None:
        if (account_id := self._require_account()) is not None:
            self.editor.delete_account(account_id)

    def _require_account(self) -> int | None:
        account_id = self.current_account_id()
        if account_id is None:
            self.show_view("accounts")
            account_id = self.current_account_id()
        if account_id is None:
            self.statusBar().showMessage(self.tr("Select an account first"), 4000)
        return account_id

    def find(self) -> None:
        self.show_view("journal")
        self.view("journal").focus_search()

    def find_anything(self) -> None:
        if self.find_box is None:
            from relapp.gui.find.find_box import FindBox

            self.find_box = FindBox(self)
            self.find_box.chosen.connect(self.open_found)
        self.find_box.open()

    def open_found(self, found) -> None:
        """Open the place a find result lives: the account, the contact
        card, our team, the entry in the journal, the account's promises."""
        self.raise_()
        self.activateWindow()
        if found.kind == "stakeholder":
            self.open_contact_card(found.id)
        elif found.kind == "member":
            self.open_team(found.id)
        elif found.kind == "entry":
            self.show_view("journal")
            self.view("journal").reveal_entry(found.id, found.account_id)
        elif found.account_id is not None:  # account, promise, meeting
            self.show_account(found.account_id)
            if found.kind == "promise":
                self.view("accounts").show_promises()

    def open_team(self, member_id: int | None = None) -> None:
        from relapp.gui.views.team_dialog import TeamDialog

        dialog = TeamDialog(self.editor, self)
        if member_id is not None:
            dialog.select_member(member_id)
        dialog.exec()

    def open_tags(self) -> None:
        from relapp.gui.forms.tag_manager import TagManagerDialog

        TagManagerDialog(self.editor, self).exec()

    def open_preferences(self) -> None:
        from relapp.gui.preferences_dialog import PreferencesDialog

        if PreferencesDialog(self.data_dir, self).exec():
            # How far ahead Home looks for key dates, or after how long new people count as not met,
            # may have changed.
            self.operations.announce(Changes.of("settings", "dates"))

    def open_import(self) -> None:
        from relapp.gui.interchange.import_dialog import ImportDialog, import_step

        dialog = ImportDialog(self, context=self.context)
        if not dialog.exec():
            return
        if dialog.receipt is None:  # a Relapp dump restored: a restore is no step (it is its own safety net)
            self.operations.announce(Changes.everything())
        elif not dialog.receipt.is_empty():
            self.operations.run(import_step(dialog.receipt, Path(dialog.path_edit.text()).name), origin=self)

    def open_export(self) -> None:
        from relapp.gui.interchange.export_dialog import ExportDialog

        if ExportDialog(self, self.current_account_id(), context=self.context).exec():
            self.statusBar().showMessage(self.tr("Exported"), 3000)

    def open_backups(self) -> None:
        from relapp.gui.backups.backups_dialog import BackupsDialog

        BackupsDialog(self, context=self.context).exec()

    def open_brief(self) -> None:
        from relapp.gui.brief.brief_dialog import BriefDialog

        if (account_id := self._require_account()) is not None:
            BriefDialog(account_id, self, context=self.context, editor=self.editor).exec()

    def open_checkup(self) -> None:
        from relapp.gui.health.checkup_dialog import CheckupDialog

        if (account_id := self._require_account()) is not None:
            CheckupDialog(account_id, self).exec()

    def open_demo(self) -> None:
        from relapp.services.data_folder import demo_data_dir
        from relapp.services.demo import build_demo
        from relapp.services.session import has_data

        demo_dir = demo_data_dir()
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            self.close_data()
            context = DataContext.open(demo_dir)
            if not has_data(demo_dir):
                build_demo("small")
        finally:
            QApplication.restoreOverrideCursor()
        self.data_switched(demo_dir, context)
        self.show_view("accounts")

    def choose_data_folder(self) -> Path | None:
        """The folder the user picks in the system's folder dialog (None: cancelled)."""
        from PySide6.QtWidgets import QFileDialog

        chosen = QFileDialog.getExistingDirectory(self, self.tr("Open Data Folder"), str(self.data_dir.parent))
        return Path(chosen) if chosen else None

    def open_data_folder(self, folder: Path | None = None) -> bool:
        """Work on the data in another folder (File → Open Data Folder…):
        asked first when it holds no Relapp data yet; refused, staying on the
        data open now, when another Relapp window has it open.  The work on
        the old data is drained and its connections closed, the new data
        opened, every view shown afresh with nothing to undo, and the folder
        remembered for the next start.  True when the folder is open."""
        from relapp.gui.backups.recovery import open_with_recovery
        from relapp.gui.backups.start_checks import StartChecks
        from relapp.gui.single_instance import SingleInstance
        from relapp.services.data_errors import StoreError
        from relapp.services.data_folder import holds_data, remember_data_dir

        folder = folder if folder is not None else self.choose_data_folder()
        if folder is None:
            return False
        folder = Path(folder)
        if folder.resolve() == self.data_dir.resolve() and self.team.url is None:
            self.statusBar().showMessage(self.tr("That data folder is open already"), 4000)
            return True
        if not holds_data(folder) and QMessageBox.question(
                self, self.tr("Start new data here?"),
                self.tr("%s holds no Relapp data. Start new, empty data in it?") % folder,
                QMessageBox.Yes | QMessageBox.Cancel, QMessageBox.Cancel) != QMessageBox.Yes:
            return False
        instance = SingleInstance(folder)
        try:
            locked = instance.acquire()
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Cannot open this folder"), str(exc))
            return False
        if not locked:
            QMessageBox.information(self, self.tr("Open in another window"),
                                    self.tr("Another Relapp has %s open. Close it there first; you stay on "
                                            "the data open now.") % folder)
            return False
        previous, previous_team = self.data_dir, self.team.url
        self.close_data()
        try:
            # The page-by-page check and the daily backup run beside the work, as at start.
            opened = open_with_recovery(folder, self, check=False,
                                        give_up=self.tr("Stay on the data open now"))
        except StoreError as exc:  # busy (a restore there), or the disk refused
            QMessageBox.warning(self, self.tr("Cannot open this folder"), str(exc))
            opened = None
        if opened is None:  # back to the data open before, as it was
            instance.release()
            team = self.team.open(previous_team, self) if previous_team is not None else None
            if team is not None:
                self.data_switched(previous, DataContext(team), reset=False, keep_team=True)
            else:
                self.data_switched(previous, DataContext.open(previous, backup=False), reset=False)
            return False
        if self.instance is not None:
            self.instance.release()
        self.instance = instance
        instance.listen(self)
        self.data_switched(folder, DataContext(opened))  # undo steps belong to the old data: they go
        StartChecks(folder, self).start()
        try:
            remember_data_dir(folder)
        except OSError as exc:  # the next start opens the usual folder; this one is open all the same
            self.statusBar().showMessage(self.tr("Could not remember the folder for the next start: %s") % exc,
                                         8000)
        return True

    def reopen_data(self) -> None:
        """The same data opened anew after its file was replaced in place
        (encryption); undo steps still apply to it."""
        if not self.context.closed:
            self.close_data()
        self.data_switched(self.data_dir, DataContext.open(self.data_dir, backup=False), reset=False)

    def show_shortcuts(self) -> None:
        from relapp.gui.help_dialog import HelpDialog, shortcuts_page

        in_views = [
            ("Alt+1 / Alt+2 / Alt+3", self.tr("Map: organisation, power and interest, team on team")),
            ("Ctrl+0", self.tr("Map: fit in the window")),
            ("Ctrl++ / Ctrl+-", self.tr("Map: zoom in and out")),
            ("Ctrl+Shift+R", self.tr("Map: forget manual placements")),
            ("Ctrl+Shift+F", self.tr("Map: find a person")),
            ("Alt+D", self.tr("Map: one frame per department")),
            (self.tr("Shift-drag"), self.tr("Map, team on team: from one of ours to one of theirs records a tie")),
            (self.tr("Enter / Escape"), self.tr("Quick entry and forms: save / cancel")),
            (self.tr("Delete"), self.tr("Home: dismiss the item")),
            (self.tr("F2 / Delete"), self.tr("Journal: change / delete the selected entry")),
            (QKeySequence(QKeySequence.Save).toString(QKeySequence.NativeText) + " / "
             + QKeySequence(QKeySequence.Print).toString(QKeySequence.NativeText),
             self.tr("Board brief: export / print")),
        ]
        HelpDialog(self.tr("Keyboard shortcuts"), shortcuts_page(self, in_views), self).exec()

    def show_ideas(self) -> None:
        from relapp.gui.help_dialog import HelpDialog, ideas_page

        HelpDialog(self.tr("The ideas behind Relapp"), ideas_page(), self).exec()

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About Relapp"),
                          self.tr("<b>Relapp %s</b><p>A ledger for your client relationships: deposits and "
                                  "withdrawals, who matters, and the brief for the next board meeting.</p>"
                                  "<p>Your data: %s</p>") % (__version__, self.data_dir))

    # Keeping views in step ------------------------------------------------------------
    def close_data(self) -> None:
        """Before other data is opened: the work under way on this data is
        cancelled and waited for, then every connection to it is closed."""
        self.context.close()

    def connect_team_database(self) -> None:
        from relapp.gui.connect_dialog import ConnectDialog

        dialog = ConnectDialog(self)
        if dialog.exec() and dialog.url:
            self.open_team_database(dialog.url)

    def open_team_database(self, url: str) -> bool:
        """Work on the team database at ``url`` instead of the data folder;
        when it cannot be opened (and the user gives up on Retry) the data
        open before stays open."""
        previous = self.team.url
        self.close_data()
        team = self.team.open(url, self)
        if team is None:
            again = self.team.open(previous, self) if previous is not None else None
            if again is None:
                self.data_switched(self.data_dir, DataContext.open(self.data_dir), reset=False)
            else:
                self.data_switched(self.data_dir, DataContext(again), reset=False, keep_team=True)
            return False
        self.data_switched(self.data_dir, DataContext(team), keep_team=True)
        return True

    def data_switched(self, data_dir: Path, context: DataContext, reset: bool = True,
                      keep_team: bool = False) -> None:
        """Data is open again after ``close_data`` (``context``, made from the
        ``OpenData`` its opening returned): other data (demo, restore), where
        nothing is left to undo and every view shows it afresh, or (``reset``
        False) the same data as before, a restore having failed.  A team
        database stays open only with ``keep_team``."""
        if not keep_team:
            self.team.stop()
        self.data_dir = Path(data_dir)
        self.context = context
        self.operations.context = context
        for view in self._views.values():
            if hasattr(view, "context"):
                view.context = self.context
        self._update_data_label()
        self._update_title()
        if reset:
            self.operations.reset()

    def _data_changed(self, changes: Changes, _origin) -> None:
        # Each view refreshes itself from the same announcement; the map
        # follows the account on screen, which may have gone.
        if self.current_view() == "map" and changes.touches("accounts"):
            self._sync_map()

    def _step_failed(self, step: str, message: str) -> None:
        QMessageBox.warning(self, self.tr("Could not undo or redo"),
                            self.tr("“%s” could not be undone or redone: %s\nIt has left the undo list.")
                            % (step, message))

    def show_backup_problem(self, text: str) -> None:
        """The automatic backup failed: the status bar and Home say so until
        the window closes (the log alone reaches nobody)."""
        self.backup_problem = text
        self.backup_warning.setText(self.tr("Automatic backup failed"))
        self.backup_warning.setToolTip(text)
        self.backup_warning.show()
        if "home" in self._views:
            self._views["home"].set_backup_problem(text)

    def _update_title(self) -> None:
        """The title names the data: the folder (home as ~), or the team database."""
        if self.team.url:
            where = self.team.address
        else:
            where = str(self.data_dir)
            home = str(Path.home())
            if where == home or where.startswith(home + "/"):
                where = "~" + where[len(home):]
        self.setWindowTitle(self.tr("%s — Relapp") % where)

    def _update_data_label(self) -> None:
        reason = self.context.read_only
        if self.team.url:
            self.data_label.setText(self.tr("Team database: %s") % self.team.address)
            return
        self.data_label.setText((self.tr("Data (read-only): %s") if reason else self.tr("Data: %s")) % self.data_dir)
        self.read_only_banner.setVisible(bool(reason))
        if reason:
            self.read_only_banner.setText(
                self.tr("This data is read-only: %1. You can look, search, export and back up to another place; "
                        "changes cannot be saved.").replace("%1", reason))

    def _update_undo_status(self, index: int) -> None:
        """The status bar names the step just done, undone or redone."""
        previous, self._undo_index = self._undo_index, index
        stack = self.operations.stack
        # The stack empties itself (index 0, nothing in it) while the window
        # is torn down, when it may no longer be touched.
        if index < previous and index < stack.count():
            self.statusBar().showMessage(self.tr("Undone “%s” · Ctrl+Shift+Z does it again") % stack.text(index),
                                         5000)
        elif index > 0 and stack.canUndo():
            self.statusBar().showMessage(self.tr("Saved · Ctrl+Z undoes “%s”") % stack.undoText(), 5000)

    # Settings ----------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        view = self._saved_view()
        # The map and the account pane come back on the last account; from any
        # other view the map, once shown, starts on the first (see _sync_map).
        if view in ("accounts", "map"):
            self._start_account = self._last_account(settings.value("window/account"))
        self.show_view(view)

    @staticmethod
    def _saved_view() -> str:
        """The view the window was showing when it last closed (Home at first)."""
        view = QSettings().value("window/view", "home")
        return view if view in VIEWS else "home"

    @staticmethod
    def _last_account(saved) -> int | None:
        """The account last shown if it is still there, else the first one."""
        from relapp.services.accounts import account_choices

        ids = [account_id for account_id, _name in account_choices()]
        try:
            saved = int(saved)
        except (TypeError, ValueError):
            saved = None
        return saved if saved in ids else (ids[0] if ids else None)

    def save_settings(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/view", self.current_view())
        if (account_id := self.current_account_id()) is not None:
            settings.setValue("window/account", account_id)
        if "accounts" in self._views:
            settings.setValue("window/accountsSplitter", self._views["accounts"].splitter.saveState())
            settings.setValue("window/accountsDetailSplitter", self._views["accounts"].detail_split.saveState())
        for key in self.SIZED_COLUMNS:
            if key in self._views and (widths := self._views[key].columns.user_widths()) is not None:
                settings.setValue(f"window/{key}Columns", widths)
        settings.sync()

    def closeEvent(self, event) -> None:
        self.outside_changes.stop()
        self.team.stop()
        self.save_settings()
        for card in list(self._cards):
            card.close()
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()
