"""The stakeholder map of one account: the map, its list, gaps and contact pattern."""

from __future__ import annotations

import datetime as dt
import math
from collections import OrderedDict
from functools import partial
from pathlib import Path

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QSizePolicy,
    QToolBar,
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QCompleter,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QHBoxLayout,
    QMenu,
    QMessageBox,
    QSplitter,
    QStyle,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from relapp.domain.vocabulary import DECISION_ROLES, STANCES, TIE_STRENGTHS
from relapp.gui.editing import tie_edit
from relapp.gui.map.legend_bar import LegendBar
from relapp.gui.map.map_graphics_view import MapGraphicsView
from relapp.domain.coverage import suggested_ties
from relapp.gui.map.people_model import KEY_ROLE, MapPeopleModel
from relapp.gui.map.render import render_scene
from relapp.gui.map.scene import (
    GROUP_KEY, LAYOUT_TITLES, Filters, MapScene, NodeItem, PersonItem, build, department_of, layout_title,
    model_summary, path_label,
)
from relapp.gui.combo_choices import refill_tags
from relapp.gui.elided_label import ElidedLabel
from relapp.gui.line_edit_width import line_edit_width_for
from relapp.gui.text_widths import text_widths
from relapp.gui.operations import Changes, Operation, Operations
from relapp.gui.vocabulary_labels import label as vocabulary_label
from relapp.gui.wrapped_row_sizes import WrappedRows
from relapp.services import accounts
from relapp.services.tags import owners_tagged
from relapp.services import stakeholder_map as smap
from relapp.services import validation as v
from relapp.services.files import UnsafeTargetError, write_export
from relapp.gui.gap_texts import gap_lines, gap_summaries, suggestion_words
from relapp.gui.refusal_texts import refusal_text

# A tie drawn by dragging says "these two know each other"; how well is set
# afterwards from the context menu.
DRAWN_TIE_STRENGTH = 2
# Everything the map is drawn from.
SHOWN_KINDS = ("accounts", "people", "team", "entries", "ties", "links", "positions", "promises", "tags")


# Maps of this many accounts are kept as read (the last ones shown): a
# layout, a filter or a return to one of them redraws without reading the
# account again.  Every change announced for an account drops its map.
KEPT_MAPS = 4

# The account chooser is as wide as this many letters, whatever the names.
ACCOUNT_CHOICE_LETTERS = 16

SUGGESTION_ROLE = KEY_ROLE + 1  # (member id, stakeholder id, strength) of a suggested tie
PATH_ROLE = KEY_ROLE + 2  # the node key of the colleague on a gap's way in


class MapView(QWidget):
    """``set_account(id)`` shows an account's map; the signals ask the main
    window to open a contact card or to write an entry.  Every edit made on
    the map is a step on ``operations`` (the window's; a view of its own
    without one)."""

    open_stakeholder = Signal(int)
    account_chosen = Signal(int)  # the user chose another account on the map itself
    write_entry = Signal(int, int)  # account id, stakeholder id

    def __init__(self, operations: Operations | None = None, parent=None, today: dt.date | None = None,
                 context=None):
        super().__init__(parent)
        self.operations = operations or Operations(self)
        if context is not None:
            self.context = context
        self.operations.changed.connect(self._data_changed)
        self._stale = False
        self._choices_stale = True  # the account choice is filled on first use
        self._tags_stale = True  # so is the tag filter, again only when tags change
        self._today = today
        self.account_id: int | None = None
        self.layout_name = "teams"
        self.filters = Filters()
        self.data: smap.MapData | None = None
        self._kept: OrderedDict[int, smap.MapData] = OrderedDict()
        self._kept_day: dt.date | None = None
        self.built = None
        self._side_of: smap.MapData | None = None  # the map the lists beside it were filled from
        self._gaps_of: smap.MapData | None = None  # the map the gaps' words below were worked out for
        self._gap_lines: dict[int, tuple[str, str]] = {}  # kind and reason, by the person's id
        self._gap_summaries: dict[int, str] = {}  # "kind: reason", by the person's id
        self._syncing = False
        self._lists_due = False  # the lists beside the map wait for the map's first frame

        self.scene = MapScene(self)
        self.view = MapGraphicsView(self.scene, self)
        self.setFocusProxy(self.view)  # focusing the map view (Ctrl+3) puts the keyboard on the map
        self.view.setAccessibleName(self.tr("Stakeholder map"))
        # The map is drawn in fixed light colours, so it keeps a light paper under a dark theme too.
        self.view.setBackgroundBrush(QColor("white"))
        self.people_model = MapPeopleModel(self)

        self._build_toolbar()
        self._build_side_panel()
        self.legend = LegendBar(self)
        canvas = QWidget(self)
        canvas_layout = QVBoxLayout(canvas)
        canvas_layout.setContentsMargins(0, 0, 0, 0)
        canvas_layout.addWidget(self.view, 1)
        canvas_layout.addWidget(self.legend)
        splitter = QSplitter(Qt.Horizontal, self)
        splitter.addWidget(canvas)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 360])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.addWidget(self.toolbar)
        # The header shares its row with the filters: one row of tools alone
        # did not fit a 1600-pixel window, and squeezed the find box and the
        # account's name to a few letters.
        self.header = ElidedLabel(self)
        self.header.setAccessibleName(self.tr("Map of"))
        header_font = self.header.font()
        header_font.setPointSizeF(header_font.pointSizeF() * 1.3)
        header_font.setBold(True)
        self.header.setFont(header_font)
        header_row = QHBoxLayout()
        header_row.setContentsMargins(0, 0, 0, 0)
        header_row.addWidget(self.header, 1)
        header_row.addWidget(self.filter_bar)
        outer.addLayout(header_row)
        outer.addWidget(splitter, 1)
        self._build_shortcuts()

        self.scene.activated.connect(self._activated_key)
        self.scene.nodes_moved.connect(self._nodes_moved)
        self.scene.tie_requested.connect(self._tie_requested)
        self.scene.context_requested.connect(self._context_menu)
        self.scene.selectionChanged.connect(self._scene_selection_changed)
        self.list.selectionModel().selectionChanged.connect(self._list_selection_changed)
        self.list.activated.connect(self._list_activated)
        self.gap_list.itemActivated.connect(self._gap_activated)
        self.gap_list.currentItemChanged.connect(lambda item, _old: self._gap_activated(item))
        # Tab goes as the widgets were made: the map (built first, so Ctrl+3
        # lands there), its tools and filters, then the side panel top to bottom
        # (its list of people was made before the suggestions shown above it).
        QWidget.setTabOrder(self.suggest_list, self.list)
        self._set_enabled(False)

    # Building ---------------------------------------------------------------

    def _tool(self, text: str, tip: str, slot, checkable: bool = False) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", ""))
        button.setCheckable(checkable)
        button.setToolButtonStyle(Qt.ToolButtonTextOnly)
        if slot is not None:
            button.clicked.connect(slot)
        return button

    def _build_toolbar(self) -> None:
        # A tool bar rather than a row layout: on a narrow window what does
        # not fit folds into its overflow button instead of widening the window.
        self.toolbar = QToolBar(self.tr("Map tools"), self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self.account_choice = QComboBox(self)
        self.account_choice.setAccessibleName(self.tr("Account on the map"))
        self.account_choice.setToolTip(self.tr("Choose the account the map shows"))
        # A steady width: sized to its contents, the box resized itself a moment
        # after each refill, behind the tool bar's back, over the layout buttons.
        # A longer name is cut in the box and shown whole in the list.
        self.account_choice.setMinimumContentsLength(ACCOUNT_CHOICE_LETTERS)
        self.account_choice.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.account_choice.setPlaceholderText(self.tr("No account yet"))
        self.account_choice.activated.connect(self._account_chosen)
        self.toolbar.addWidget(self.account_choice)
        self.toolbar.addSeparator()
        self.layout_group = QButtonGroup(self)
        self.layout_group.setExclusive(True)
        self.layout_buttons = {}
        for index, (name, label) in enumerate((("org", self.tr("Organisation")),
                                               ("grid", self.tr("Power and interest")),
                                               ("teams", self.tr("Team on team"))), start=1):
            button = self._tool(label, self.tr("Show the %s layout (Alt+%d)") % (label.lower(), index),
                                partial(self.set_layout, name), checkable=True)
            self.layout_group.addButton(button)
            self.layout_buttons[name] = button
            self.toolbar.addWidget(button)
        self.layout_buttons[self.layout_name].setChecked(True)
        self.department_button = self._tool(
            self.tr("By department"), self.tr("Organisation: one frame per department; double-click a frame "
                                              "to fold it into a counted group (Alt+D)"),
            self._toggle_departments, checkable=True)
        self.toolbar.addWidget(self.department_button)
        self.toolbar.addSeparator()
        self.find_box = QLineEdit(self)
        self.find_box.setPlaceholderText(self.tr("Find on the map (Ctrl+Shift+F)"))
        self.find_box.setAccessibleName(self.tr("Find on the map"))
        self.find_box.setClearButtonEnabled(True)
        # Wide enough for its whole placeholder: the tool bar squeezes a line
        # edit to its small minimum before it folds anything away.
        self.find_box.setFixedWidth(line_edit_width_for(self.find_box, self.find_box.placeholderText()))
        self.find_completer = QCompleter([], self.find_box)
        self.find_completer.setCaseSensitivity(Qt.CaseInsensitive)
        self.find_completer.setFilterMode(Qt.MatchContains)
        self.find_box.setCompleter(self.find_completer)
        self.find_completer.activated[str].connect(self.find)
        self.find_box.returnPressed.connect(lambda: self.find(self.find_box.text()))
        self.toolbar.addWidget(self.find_box)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        self.toolbar.addWidget(spacer)
        self.arrange_button = self._tool(self.tr("Auto-arrange"), self.tr("Forget placements on this layout "
                                                                          "(Ctrl+Shift+R)"), self.auto_arrange)
        self.fit_button = self._tool(self.tr("Fit"), self.tr("Fit the map in the window (Ctrl+0)"), self.fit)
        self.png_button = self._tool(self.tr("PNG…"), self.tr("Export this map as a PNG picture"),
                                     partial(self.export, "png"))
        self.svg_button = self._tool(self.tr("SVG…"), self.tr("Export this map as an SVG drawing"),
                                     partial(self.export, "svg"))
        for button in (self.arrange_button, self.fit_button, self.png_button, self.svg_button):
            self.toolbar.addWidget(button)

        # The filters: a bar of their own beside the header, folding too.
        self.filter_bar = QToolBar(self.tr("Map filters"), self)
        self.stance_filter = self._combo(self.tr("Stance filter"), self.tr("All stances"), STANCES.items())
        self.role_filter = self._combo(self.tr("Role filter"), self.tr("All roles"), DECISION_ROLES.items())
        self.member_filter = self._combo(self.tr("Team member filter"), self.tr("Everyone of ours"), [])
        self.tag_filter = self._combo(self.tr("Tag filter"), self.tr("Any tag"), [])
        refill_tags(self.tag_filter)
        for combo in (self.stance_filter, self.role_filter, self.member_filter, self.tag_filter):
            combo.currentIndexChanged.connect(self._filters_changed)
            self.filter_bar.addWidget(combo)

    def _combo(self, name: str, everything: str, choices) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.addItem(everything, None)
        for key, label in choices:
            combo.addItem(vocabulary_label(label), key)
        # Sized to a short label rather than the longest choice, so the map
        # still fits a small laptop screen beside the sidebar.
        combo.setMinimumContentsLength(12)
        combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        return combo

    def _build_side_panel(self) -> None:
        self.side = QWidget(self)
        layout = QVBoxLayout(self.side)
        layout.setContentsMargins(4, 0, 0, 0)
        self.model_label = QLabel(self.side)
        self.model_label.setWordWrap(True)
        self.model_label.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        self.model_label.setAccessibleName(self.tr("Contact pattern"))
        gaps_title = QLabel(self.tr("&Coverage gaps"), self.side)
        self.gap_list = QListWidget(self.side)
        self.gap_list.setAccessibleName(self.tr("Coverage gaps"))
        self.gap_list.setWordWrap(True)
        self.gap_rows = WrappedRows(self.gap_list)  # a crowded account's gaps laid out after the first frame
        gaps_title.setBuddy(self.gap_list)
        list_title = QLabel(self.tr("&On the map"), self.side)
        self.list = QTreeView(self.side)
        self.list.setModel(self.people_model)
        self.list.setAccessibleName(self.tr("People on the map"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.list.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.list.setSortingEnabled(False)
        # The same menu as on the map, from the keyboard (Menu key, Shift+F10).
        self.list.setContextMenuPolicy(Qt.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._list_context_menu)
        list_title.setBuddy(self.list)
        self.hint_label = QLabel(self.side)
        self.hint_label.setWordWrap(True)
        hint_font = self.hint_label.font()
        hint_font.setItalic(True)
        self.hint_label.setFont(hint_font)
        layout.addWidget(self.hint_label)
        layout.addWidget(QLabel(self.tr("<b>Contact pattern</b>"), self.side))
        layout.addWidget(self.model_label)
        layout.addWidget(gaps_title)
        layout.addWidget(self.gap_list, 1)
        suggest_title = QLabel(self.tr("Suggested &ties (Enter records one)"), self.side)
        self.suggest_list = QListWidget(self.side)
        self.suggest_list.setAccessibleName(self.tr("Suggested ties"))
        self.suggest_list.setWordWrap(True)
        self.suggest_list.itemActivated.connect(self._suggestion_activated)
        suggest_title.setBuddy(self.suggest_list)
        layout.addWidget(suggest_title)
        layout.addWidget(self.suggest_list, 1)
        layout.addWidget(list_title)
        layout.addWidget(self.list, 2)
        former_title = self.former_title = QLabel(self.tr("&Former (left the company)"), self.side)
        self.former_list = QListWidget(self.side)
        self.former_list.setAccessibleName(self.tr("Former people"))
        self.former_list.setToolTip(self.tr("Off the map and out of coverage; open the card for "
                                            "\u201cBack at the company\u2026\u201d"))
        self.former_list.itemActivated.connect(
            lambda item: self.open_stakeholder.emit(item.data(KEY_ROLE))
            if item.data(KEY_ROLE) and self._lists_current() else None)
        former_title.setBuddy(self.former_list)
        layout.addWidget(former_title)
        layout.addWidget(self.former_list)

    def _build_shortcuts(self) -> None:
        def shortcut(keys, slot):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)
            return sc

        self.shortcuts = [
            shortcut("Alt+1", partial(self.set_layout, "org")),
            shortcut("Alt+2", partial(self.set_layout, "grid")),
            shortcut("Alt+3", partial(self.set_layout, "teams")),
            shortcut("Ctrl+0", self.fit),
            shortcut(QKeySequence.ZoomIn, partial(self.view.zoom, 1.25)),
            shortcut("Ctrl+=", partial(self.view.zoom, 1.25)),
            shortcut(QKeySequence.ZoomOut, partial(self.view.zoom, 0.8)),
            shortcut("Ctrl+Shift+R", self.auto_arrange),
            shortcut("Ctrl+Shift+F", self._focus_find),
            shortcut("Alt+D", self.department_button.click),
        ]

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (*self.layout_buttons.values(), self.stance_filter, self.role_filter, self.member_filter,
                       self.arrange_button, self.fit_button, self.png_button, self.svg_button,
                       self.department_button, self.find_box):
            widget.setEnabled(enabled)

    # Public -----------------------------------------------------------------

    def set_account(self, account_id: int | None) -> None:
        changed = account_id != self.account_id
        self.account_id = account_id
        if changed:
            self.member_filter.blockSignals(True)
            self.member_filter.setCurrentIndex(0)
            self.member_filter.blockSignals(False)
            self.filters.member_id = None
        self._redraw(fit=changed)

    def set_layout(self, layout: str) -> None:
        v.choice("layout", layout, smap.LAYOUTS)
        self.layout_buttons[layout].setChecked(True)
        if layout != self.layout_name:
            self.layout_name = layout
            if self.account_id is not None:  # an empty map stays as it is
                self._redraw(fit=True)

    def refresh(self, fit: bool = False) -> None:
        """Reload the account from the data and redraw, keeping zoom unless ``fit``."""
        self._kept.pop(self.account_id, None)
        self._redraw(fit)

    def _account_data(self, account_id: int) -> smap.MapData:
        """The account's map as last read, read now when not kept."""
        today = self._today or dt.date.today()
        if today != self._kept_day:  # gaps and the journal's window move with the day
            self._kept.clear()
            self._kept_day = today
        data = self._kept.get(account_id)
        if data is None:
            data = self._kept[account_id] = smap.load_map(account_id, self._today)
            while len(self._kept) > KEPT_MAPS:
                self._kept.popitem(last=False)
        self._kept.move_to_end(account_id)
        return data

    def _redraw(self, fit: bool = False) -> None:
        """Draw the account from its map as kept, keeping zoom unless ``fit``."""
        self._stale = False
        self._set_enabled(self.account_id is not None)
        if self.account_id is None:
            self.data = self._side_of = None
            self._lists_due = False
            self.scene.clear()
            self.people_model.fill([], [], {})
            self.gap_list.clear()
            self.model_label.clear()
            self.former_title.hide()
            self.former_list.hide()
            # Say why the map is blank and what makes it fill.
            note = self.scene.addSimpleText(self.tr(
                "No account to map yet.\nCreate one in Accounts (Ctrl+Shift+A), or explore the demo data "
                "from Home."))
            note.setBrush(QColor("#555555"))
            self.view.frame()
            self.view.centerOn(note)
            return
        selected = {i.key for i in self.scene.selectedItems() if isinstance(i, NodeItem)}
        self.data = self._account_data(self.account_id)
        self._fill_member_filter()
        if self._tags_stale:
            self._tags_stale = False
            refill_tags(self.tag_filter)
        if self.tag_filter.currentData() is None:
            self.filters.tagged = None  # the chosen tag is gone
        self.scene.allow_tie_drag = self.layout_name == "teams"
        self.hint_label.setText({
            "org": self.tr("Drag to place people; double-click opens the contact card; right-click for more."),
            "grid": self.tr("Drag a person to another cell to change their influence and interest."),
            "teams": self.tr("Shift-drag from one of ours to one of theirs to add a tie; right-click a person "
                             "to set how strong it is."),
        }[self.layout_name])
        if not self.data.team:
            self.hint_label.setText(self.tr("Nobody of ours is on this account yet: add yourself and your colleagues "
                                            "with Ctrl+Shift+T, then record who knows whom."))
        self._syncing = True
        try:
            if self._gaps_of is not self.data:  # their words, once per reading of the map
                self._gaps_of, self._gap_lines = self.data, gap_lines(self.data.coverage.gaps)
                self._gap_summaries = gap_summaries(self._gap_lines)
            gaps = self._gap_summaries
            self.built = build(self.scene, self.data, self.layout_name, self.filters, legend=False, gaps=gaps)
            self.legend.set_layout(self.layout_name)
            self.view.frame()
            for key in selected:
                if key in self.built.nodes:
                    self.built.nodes[key].setSelected(True)
        finally:
            self._syncing = False
        self._fill_lists_later()
        # Narrow, the header keeps the account's name whole and drops the layout's
        # (its button is pressed in the tools above).
        self.header.setText(self.tr("%s — %s") % (self.data.account_name, layout_title(self.layout_name)),
                            short=self.data.account_name)
        self._share_header_row()
        self._fill_account_choice()
        if fit:
            self.fit()

    def fit(self) -> None:
        self.view.fit()

    def _fill_lists_later(self) -> None:
        """Fill the lists beside the map on the next turn of the event loop,
        once the map itself is on screen. Filling and painting them in the
        same frame as the map was about 20 of the 55 ms it took a crowded
        account's map to appear; a frame later, nobody sees the difference
        but the map comes first. Several redraws in one turn fill them once."""
        if not self._lists_due:
            self._lists_due = True
            QTimer.singleShot(0, self, self.fill_lists)

    def _lists_current(self) -> bool:
        """Whether the lists show the map as drawn. When they were still to
        be filled, they are filled now and the answer is no: a key or click
        that reached a list first meant the rows it showed then (another
        account's, or another filter's), and is dropped rather than acted on
        (a suggested tie recorded on the wrong account)."""
        if self._lists_due:
            self.fill_lists()
            return False
        return True

    @property
    def lists_pending(self) -> bool:
        """Whether the lists beside the map still wait for the redraw's map to show."""
        return self._lists_due

    def fill_lists(self) -> None:
        """The people list, and the lists that follow the map as read (gaps,
        suggested ties, contact pattern, the former), from the map as drawn.
        Runs by itself after a redraw; call it to have them at once."""
        if not self._lists_due:
            return
        self._lists_due = False
        if self.built is None or self.data is None:
            return
        self._syncing = True
        try:
            self.people_model.fill(self.built.visible_people, self.built.visible_team, self._gap_summaries)
        finally:
            self._syncing = False
        self._scene_selection_changed()
        self._fit_columns()
        if self._side_of is not self.data:
            self._side_of = self.data
            self._fill_side()

    def _fill_side(self) -> None:
        """The lists beside the map that follow the account's map as read
        (gaps, suggested ties, contact pattern, the former), not the layout
        or the filters: filled again only when it was read again, so a
        change of layout or filter does not rebuild a crowded account's
        gap list (about 4 of 26 ms of a layout switch, CPU time)."""
        self._fill_gaps()
        self._fill_suggestions()
        self.model_label.setText(model_summary(self.data, untied_max=8))
        self.find_completer.model().setStringList([p.name for p in self.data.people])
        self.former_list.clear()
        for p in self.data.former:
            item = QListWidgetItem(f"{p.name}" + (f" ({p.title})" if p.title else ""))
            item.setData(KEY_ROLE, p.id)
            self.former_list.addItem(item)
        # Most accounts have nobody who left: an empty pane would only take
        # the room the lists above need.
        self.former_title.setVisible(bool(self.data.former))
        self.former_list.setVisible(bool(self.data.former))

    def _fit_columns(self) -> None:
        """Each column of the list as wide as its widest text and its title.
        Measured from a few of the model's texts: Qt's own fitting asked the
        model, the delegate and the style about every cell on every redraw.
        The widths come from the memory of text widths per font the map's
        boxes use: names, titles, roles and stances come back on every
        layout and opening (measuring them again was about 1.5 ms of an
        opening of the 200-person map)."""
        widths = text_widths(self.list.font())
        # What Qt's item delegate adds around a cell's text (and a pixel for
        # its rounding of the text's width).
        padding = 2 * (self.list.style().pixelMetric(QStyle.PM_FocusFrameHMargin, None, self.list) + 1) + 1
        header = self.list.header()
        for column in range(self.people_model.columnCount()):
            widest = max((widths[text] for text in self.people_model.widest_candidates(column)), default=0)
            self.list.setColumnWidth(column, max(math.ceil(widest) + padding, header.sectionSizeHint(column)))

    def auto_arrange(self) -> None:
        if self.account_id is None or self.data is None:
            return
        account_id, layout = self.account_id, self.layout_name
        placed = dict(self.data.positions.get(layout, {}))
        self._step(Operation(self.tr("Arrange the map again"), Changes.of("positions", account=account_id),
                             partial(smap.clear_positions, account_id, layout),
                             partial(smap.save_positions, account_id, layout, placed)))
        self.refresh(fit=True)

    @property
    def context(self):
        """The DataContext shown: its operations' (the window hands on the next one); exports
        are checked against its folder."""
        return self.operations.context

    @context.setter
    def context(self, context) -> None:
        self.operations.context = context

    def export(self, fmt: str, path: str | None = None) -> Path | None:
        """Save what the map shows as PNG or SVG; asks for a file when ``path`` is None."""
        if self.data is None:
            return None
        if path is None:
            default = f"{self.data.account_name} {LAYOUT_TITLES[self.layout_name].lower()}.{fmt}"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the map"), default,
                                                  self.tr("PNG picture (*.png)") if fmt == "png"
                                                  else self.tr("SVG drawing (*.svg)"))
            if not path:
                return None
        scene = MapScene()
        try:
            build(scene, self.data, self.layout_name, self.filters, legend=True, title=True)
            # Keep the user's placements exactly as on screen.
            for key, item in self.built.nodes.items():
                twin = next((n for n in scene.node_items() if n.key == key), None)
                if twin is not None:
                    twin.setPos(item.pos())
                    twin.follow()
            payload = render_scene(scene, fmt, 1600)
        finally:
            scene.clear()
        try:
            # The file dialog asked before replacing a file.
            return write_export(Path(path), payload, replace=True,
                                data_folder=self.context.data_dir)  # never over the data it shows
        except (OSError, UnsafeTargetError) as exc:
            QMessageBox.warning(self, self.tr("Export the map"), self.tr("Could not write %s: %s") % (path, exc))
            return None

    # Reactions --------------------------------------------------------------

    def _step(self, op: Operation | None) -> bool:
        """Run one edit made on the map; say what is wrong when it is refused."""
        if op is None:
            return False
        try:
            self.operations.run(op, origin=self)
            return True
        except (v.ValidationError, v.NotFoundError) as exc:
            QMessageBox.warning(self, self.tr("Stakeholder map"), refusal_text(exc))
            return False

    def _data_changed(self, changes: Changes, origin) -> None:
        if changes.touches(*SHOWN_KINDS):
            for account_id in [a for a in self._kept if changes.concerns(a)]:
                del self._kept[account_id]
        if changes.touches("accounts"):
            self._choices_stale = True  # any account's name may be new, changed or gone
        if changes.touches("tags"):
            self._tags_stale = True
        if self.account_id is None or not changes.touches(*SHOWN_KINDS) or not changes.concerns(self.account_id):
            return
        if origin is self and changes.kinds == {"positions"}:
            return  # people already stand where they were dropped
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # brought up to date when shown

    # The most of the header's row the account's name may take from the filters.
    HEADER_SHARE = 0.45

    def _share_header_row(self) -> None:
        """The filters beside the header fold (into their » menu) before the
        account's name is cut: at 1024 pixels they left it 270 pixels,
        'Orrin Logistics Group — Or…'.  A maximum width, not a minimum for
        the header, so the window can still be made as narrow as before."""
        row = self.width() - 8  # the view's margins
        name = self.data.account_name if self.data is not None else ""
        wanted = min(self.header.fontMetrics().horizontalAdvance(name) + 12, int(row * self.HEADER_SHARE))
        self.filter_bar.setMaximumWidth(max(self.filter_bar.minimumSizeHint().width(), row - wanted))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._share_header_row()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _fill_member_filter(self) -> None:
        current = self.member_filter.currentData()
        self.member_filter.blockSignals(True)
        self.member_filter.clear()
        self.member_filter.addItem(self.tr("Everyone of ours"), None)
        for m in self.data.team:
            self.member_filter.addItem(self.tr("Tied to %s") % m.name, m.id)
        index = self.member_filter.findData(current)
        self.member_filter.setCurrentIndex(max(0, index))
        self.member_filter.blockSignals(False)
        self.filters.member_id = self.member_filter.currentData()

    def _fill_gaps(self) -> None:
        self.gap_list.blockSignals(True)
        self.gap_list.clear()
        # Each word translated once per fill, not once per row (a crowded
        # account has a couple of hundred gaps), and a row without a way in
        # has no PATH_ROLE at all (its data() answers None all the same).
        way_in = self.tr("Way in: %s")
        paths = self.data.coverage.paths
        items, texts = [], []
        for gap in self.data.coverage.gaps:
            kind, reason = self._gap_lines[gap.stakeholder_id]
            intro = paths.get(gap.stakeholder_id)
            text = f"{gap.name} ({kind}): {reason}"
            if intro:
                text += "\n" + way_in % " → ".join(intro.path)
            item = QListWidgetItem(text)
            item.setData(KEY_ROLE, f"s:{gap.stakeholder_id}")
            if intro:
                item.setData(PATH_ROLE, f"s:{intro.via_id}")
            item.setToolTip(path_label(intro) if intro else reason)
            items.append(item)
            texts.append(text)
        self.gap_rows.add(items, texts)
        untied = sum(1 for p in self.data.people if not p.strongest_tie)
        if not self.data.coverage.gaps and untied:
            self.gap_list.addItem(self.tr("No powerful person is left unknown; %n of their people have no tie "
                                          "with us yet.", "", untied))
        elif not self.data.coverage.gaps:
            self.gap_list.addItem(self.tr("No gaps: everyone who matters is known and met."))
        self.gap_list.blockSignals(False)

    def _fill_suggestions(self) -> None:
        """Contact the journal shows in the last 60 days with no tie recorded."""
        self.suggest_list.clear()
        for person in self.data.people:
            for known in suggested_ties(list(person.known)):
                item = QListWidgetItem(suggestion_words(known, person.name))
                item.setData(SUGGESTION_ROLE, (known.member_id, person.id, known.strength))
                item.setData(KEY_ROLE, person.key)
                self.suggest_list.addItem(item)
        if not self.suggest_list.count():
            self.suggest_list.addItem(self.tr("None: every recent contact has its tie."))

    def _suggestion_activated(self, item) -> None:
        if not self._lists_current():
            return
        offer = item.data(SUGGESTION_ROLE) if item is not None else None
        if offer:
            self.accept_suggestion(*offer)

    def accept_suggestion(self, member_id: int, stakeholder_id: int, strength: int) -> None:
        """Record the suggested tie at the strength the journal shows: one step on the undo stack."""
        self._step(tie_edit(self.tr("Record tie"), member_id, stakeholder_id, strength))

    def _fill_account_choice(self) -> None:
        # Read again only when accounts changed: with a thousand of them,
        # refilling took longer than drawing the map.
        self.account_choice.blockSignals(True)
        index = self.account_choice.findData(self.account_id)
        # An account the list does not know yet was made elsewhere (another
        # window, the command line): the list is stale too.
        if self._choices_stale or index < 0:
            self._choices_stale = False
            self.account_choice.clear()
            choices = accounts.account_choices()
            for acc_id, name in choices:
                self.account_choice.addItem(name, acc_id)
            # The box cuts a long name; its list shows every name whole.
            metrics = self.account_choice.fontMetrics()
            widest = max((metrics.horizontalAdvance(name) for _id, name in choices), default=0)
            self.account_choice.view().setMinimumWidth(widest + 4 * metrics.averageCharWidth())
            index = self.account_choice.findData(self.account_id)
        self.account_choice.setCurrentIndex(index)
        self.account_choice.blockSignals(False)

    def _account_chosen(self, index: int) -> None:
        account_id = self.account_choice.itemData(index)
        if account_id is not None and account_id != self.account_id:
            self.set_account(account_id)
            self.account_chosen.emit(account_id)

    def _focus_find(self) -> None:
        self.find_box.setFocus()
        self.find_box.selectAll()

    def find(self, text: str) -> bool:
        """Centre the map on the person whose name matches ``text`` (whole
        name first, then a part of it) and select them."""
        wanted = text.strip().lower()
        if not wanted or self.built is None:
            return False
        people = [n for n in self.built.nodes.values() if isinstance(n, PersonItem)]
        match = (next((n for n in people if n.person.name.lower() == wanted), None)
                 or next((n for n in people if wanted in n.person.name.lower()), None))
        if match is None and self.filters.folded:
            # In a folded department: open it, then look again.
            person = next((p for p in self.built.visible_people if wanted in p.name.lower()), None)
            if person is not None and department_of(person) in self.filters.folded:
                self.toggle_department(department_of(person))
                return self.find(text)
        if match is None:
            self.find_box.setToolTip(self.tr("Nobody on the map is called %s") % text.strip())
            return False
        self.scene.clearSelection()
        match.setSelected(True)
        self.view.centerOn(match)
        return True

    def _filters_changed(self) -> None:
        tag_id = self.tag_filter.currentData()
        self.filters = Filters(self.stance_filter.currentData(), self.role_filter.currentData(),
                               self.member_filter.currentData(), self.filters.by_department, self.filters.folded,
                               frozenset(owners_tagged("stakeholder", tag_id)) if tag_id is not None else None)
        self._redraw(fit=True)

    def _toggle_departments(self) -> None:
        self.filters.by_department = self.department_button.isChecked()
        if self.filters.by_department and self.layout_name != "org":
            self.set_layout("org")
            return
        self._redraw(fit=True)

    def toggle_department(self, name: str) -> None:
        """Fold a department into one counted group, or open it again."""
        folded = set(self.filters.folded)
        folded.symmetric_difference_update({name})
        self.filters.folded = frozenset(folded)
        self._redraw()

    def _activated_key(self, key: str) -> None:
        if key.startswith(GROUP_KEY):
            self.toggle_department(key[len(GROUP_KEY):])
            return
        if key.startswith("s:"):
            self.open_stakeholder.emit(int(key[2:]))

    def _list_activated(self, index) -> None:
        if not self._lists_current():
            return
        key = index.data(KEY_ROLE)
        if key:
            self._activated_key(key)

    def _gap_activated(self, item) -> None:
        if not self._lists_current():
            return
        key = item.data(KEY_ROLE) if item is not None else None
        if key and self.built and key in self.built.nodes:
            self.scene.clearSelection()
            node = self.built.nodes[key]
            node.setSelected(True)
            via = self.built.nodes.get(item.data(PATH_ROLE) or "")
            if via is not None:  # the way in: the colleague we know well, selected with them
                via.setSelected(True)
            self.view.ensureVisible(node, 40, 40)

    def _scene_selection_changed(self) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            keys = {i.key for i in self.scene.selectedItems() if isinstance(i, NodeItem)}
            selection = QItemSelection()
            for row in range(self.people_model.rowCount()):
                if self.people_model.key_at(row) in keys:
                    selection.select(self.people_model.index(row, 0),
                                     self.people_model.index(row, self.people_model.columnCount() - 1))
            self.list.selectionModel().select(selection, QItemSelectionModel.ClearAndSelect)
            if len(keys) == 1:
                row = self.people_model.row_of(next(iter(keys)))
                self.list.scrollTo(self.people_model.index(row, 0))
        finally:
            self._syncing = False

    def _list_selection_changed(self, *_args) -> None:
        if self._syncing or self.built is None:
            return
        self._syncing = True
        try:
            keys = {i.data(KEY_ROLE) for i in self.list.selectionModel().selectedRows()}
            self.scene.clearSelection()
            last = None
            for key in keys:
                node = self.built.nodes.get(key)
                if node is not None:
                    node.setSelected(True)
                    last = node
            if last is not None:
                self.view.ensureVisible(last, 40, 40)
        finally:
            self._syncing = False

    def _nodes_moved(self, moved: dict) -> None:
        """One step for a drag: the places, and on the grid the influence and interest of who changed cell."""
        if self.account_id is None or self.data is None:
            return
        account_id, layout = self.account_id, self.layout_name
        placed = self.data.positions.get(layout, {})
        before = {key: placed.get(key) for key in moved}
        cells_before, cells_after = {}, {}
        if layout == "grid" and self.built and self.built.grid is not None:
            for key, (x, y) in moved.items():
                item = self.built.nodes.get(key)
                if not isinstance(item, PersonItem):
                    continue
                cell = self.built.grid.cell_at(x + item.w / 2, y + item.h / 2)
                if cell != (item.person.influence, item.person.interest):
                    cells_before[item.person.id] = (item.person.influence, item.person.interest)
                    cells_after[item.person.id] = cell

        def place(places: dict, cells: dict) -> None:
            for person_id, (influence, interest) in cells.items():
                smap.set_grid_place(person_id, influence, interest)
            smap.save_positions(account_id, layout, places)

        text = self.tr("Move %s") % self._name_of(next(iter(moved))) if len(moved) == 1 \
            else self.tr("Move people on the map")
        kinds = ("positions", "people") if cells_after else ("positions",)
        if not self._step(Operation(text, Changes.of(*kinds, account=account_id),
                                    partial(place, dict(moved), cells_after), partial(place, before, cells_before),
                                    record=[("Stakeholder", person_id) for person_id in cells_after])):
            self.refresh()  # put them back where the data says
        else:
            self.view.reach()

    def _tie_requested(self, member_id: int, stakeholder_id: int) -> None:
        existing = next((t for t in self.data.ties if t.member_id == member_id
                         and t.stakeholder_id == stakeholder_id), None)
        if existing is None:
            self._step(tie_edit(self.tr("Add tie"), member_id, stakeholder_id, DRAWN_TIE_STRENGTH))

    def _name_of(self, key: str) -> str:
        kind, _, raw = key.partition(":")
        everyone = self.data.people if kind == "s" else self.data.team
        return next((p.name for p in everyone if str(p.id) == raw), key)

    def _person_step(self, text: str, setter, person_id: int, old, new) -> None:
        """Stance or role of one person: ``setter(person_id, value)``."""
        self._step(Operation(text, Changes.of("people", account=self.account_id),
                             partial(setter, person_id, new), partial(setter, person_id, old),
                             record=("Stakeholder", person_id)))

    def _link_step(self, text: str, source: int, target: int, kind: str, link_id: int | None = None) -> None:
        """Add a link (``link_id`` None) or remove one; undo does the other. A link added back gets a new id.
        Each is refused when a colleague added or removed the same link since."""
        current = [link_id]

        def add() -> None:
            current[0] = smap.add_link(source, target, kind)

        def remove() -> None:
            smap.remove_link(current[0])

        adding = link_id is None
        self._step(Operation(text, Changes.of("links", account=self.account_id),
                             add if adding else remove, remove if adding else add,
                             unchanged=("link", partial(smap.link_exists, source, target, kind),
                                        not adding, adding)))

    # Context menu -----------------------------------------------------------

    def _list_context_menu(self, point) -> None:
        index = self.list.indexAt(point)
        if not index.isValid():
            index = self.list.currentIndex()
        key = index.data(KEY_ROLE) if index.isValid() else None
        if key:
            self._context_menu(key, self.list.viewport().mapToGlobal(point))

    def _context_menu(self, key: str, screen_pos) -> None:
        menu = self.context_menu_for(key)
        if menu is not None:
            menu.exec(screen_pos)

    def context_menu_for(self, key: str) -> QMenu | None:
        """The menu for one person (public so tests can drive it)."""
        if self.data is None or not key.startswith("s:"):
            return None
        person = self.data.person(int(key[2:]))
        if person is None:
            return None
        menu = QMenu(self)
        menu.addAction(self.tr("Open contact card"), partial(self.open_stakeholder.emit, person.id))
        menu.addAction(self.tr("Write an entry…"), partial(self.write_entry.emit, self.data.account_id, person.id))
        menu.addSeparator()
        stance = menu.addMenu(self.tr("Stance"))
        stance_text = self.tr("Stance of %s") % person.name
        for value, label in STANCES.items():
            self._choice(stance, vocabulary_label(label), value == person.stance,
                         partial(self._person_step, stance_text, smap.set_stance, person.id, person.stance, value))
        role = menu.addMenu(self.tr("Role in decisions"))
        role_text = self.tr("Role of %s") % person.name
        self._choice(role, self.tr("No role"), person.role is None,
                     partial(self._person_step, role_text, smap.set_role, person.id, person.role, None))
        for value, label in DECISION_ROLES.items():
            self._choice(role, vocabulary_label(label), value == person.role,
                         partial(self._person_step, role_text, smap.set_role, person.id, person.role, value))
        ties = menu.addMenu(self.tr("Ties with our team"))
        strengths = {t.member_id: t.strength for t in self.data.ties if t.stakeholder_id == person.id}
        for member in self.data.team:
            known = strengths.get(member.id)
            how_well = vocabulary_label(TIE_STRENGTHS[known]) if known in TIE_STRENGTHS else self.tr("no tie")
            sub = ties.addMenu(f"{member.name} ({how_well})")
            tie_text = self.tr("Tie between %s and %s") % (member.name, person.name)
            self._choice(sub, self.tr("No tie"), member.id not in strengths,
                         lambda _c=False, m=member.id: self._step(tie_edit(tie_text, m, person.id, None)))
            for value, label in TIE_STRENGTHS.items():
                self._choice(sub, f"{value} – {vocabulary_label(label)}", strengths.get(member.id) == value,
                             lambda _c=False, m=member.id, s=value: self._step(tie_edit(tie_text, m, person.id, s)))
        if not self.data.team:
            ties.addAction(self.tr("Nobody of ours works on this account yet")).setEnabled(False)
        others = [p for p in self.data.people if p.id != person.id]
        for kind, label in ((("influences", self.tr("Influences"))), ("conflict", self.tr("In conflict with"))):
            sub = menu.addMenu(label)
            for other in others:
                sub.addAction(other.name, partial(self._link_step, self.tr("Link %s and %s") % (person.name, other.name),
                                                  person.id, other.id, kind))
        own_links = [link for link in self.data.links if person.id in (link.source, link.target)]
        if own_links:
            remove = menu.addMenu(self.tr("Remove link"))
            names = {p.id: p.name for p in self.data.people}
            for link in own_links:
                words = self.tr("influences") if link.kind == "influences" else self.tr("in conflict with")
                text = f"{names.get(link.source)} {words} {names.get(link.target)}"
                remove.addAction(text, partial(self._link_step, self.tr("Remove link: %s") % text, link.source,
                                               link.target, link.kind, link.id))
        return menu

    @staticmethod
    def _choice(menu: QMenu, text: str, checked: bool, slot) -> QAction:
        action = menu.addAction(text, slot)
        action.setCheckable(True)
        action.setChecked(checked)
        return action

    def closeEvent(self, event):
        self.scene.clearSelection()
        super().closeEvent(event)

