"""Interactive figures of the real main window on a data directory, each
beside a bare baseline measured in the same process, in rounds that alternate
figure and baseline (A B A B) so drift on a shared machine hits both.  Prints
one JSON object as the last line: each key the median over the rounds, and
``runs`` with every round's value.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/window_bench.py DATA_DIR [ROUNDS] [--alone] [--database URL]

With ``--alone`` the window does the same work without the baselines beside
it: run.py takes the window's peak memory from such a run, so the bare
widgets and documents built in this process do not count in it.

The data directory is changed: an account with 5,000 entries (the chart
figure) and one with 200 people (the map figure) are added first, untimed.
Run it on a copy (run.py builds its data in a temporary directory).

With ``--database`` the window works on that team database (the two
accounts are added there; the folder keeps only what stays local), as a
person does who opened it with ``relapp --database URL``: the same
figures, measured the same way, through the server.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

SEARCH_WORDS = ["st", "sta", "stat", "status", "wo", "wor", "work", "worksh", "workshop", "inv", "invoice",
                "de", "del", "deliv", "delivered", "mi", "mis", "missed", "bo", "boa", "board"]


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def raw_search_ms(db_file: Path, words: list[str]) -> list[float]:
    """The journal's search as a bare full-text query in raw ``sqlite3``, word by word."""
    import sqlite3

    con = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    times = []
    for word in words:
        query = f'"{word}"*'
        start = time.perf_counter()
        con.execute("SELECT e.id, e.day, e.title FROM entry e WHERE e.id IN "
                    "(SELECT rowid FROM entry_fts WHERE entry_fts MATCH ?) ORDER BY e.day DESC, e.id DESC "
                    "LIMIT 200", (query,)).fetchall()
        times.append((time.perf_counter() - start) * 1000)
    con.close()
    return times


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def range_step(app, change, plot) -> float:
    """One range change, the window's or the bare plot's alike: ``change()``
    sets the range, then ``plot`` is repainted, with the events the change
    leaves processed before and after.  Both the chart and the bare plot
    paint again after their own repaint (2-3 ms of pending paints each,
    median); taken back to back, each change's leftovers were timed in the
    next change of the same side, and alternating with the baseline they
    would have been timed in the other side's.  The events processed at the
    end paint whatever else the change left to paint (the range buttons
    checked and unchecked, the plan's stage line under the chart when
    shown).  The window's step used to repaint the whole chart widget, its
    row of controls too, which no range change repaints: 10-15 % of its CPU
    time (median of 90 changes, two runs each way)."""
    return timed(lambda: (change(), app.processEvents(), plot.repaint(), app.processEvents()))


def drag_frame(table, frame: int, frames: int) -> float:
    """One frame of dragging ``table``'s thumb from top to bottom in ``frames``."""
    bar = table.verticalScrollBar()
    return timed(lambda: (bar.setValue(int(frame * bar.maximum() / frames)), table.viewport().repaint()))


def rss_mib() -> float:
    """Peak resident memory of this process so far.  On Linux VmHWM, not
    ru_maxrss: the latter survives exec, so a child started by a big
    parent (run.py holds the demo's rows) would report the parent's peak."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# Longer than any work the window defers by a timer: the journal counts its
# entries per day 400 ms after a filter is applied, a search waits 120 ms
# after the last key, the cycle collector ticks every 500 ms.
SETTLE_MS = 600


def settle(app, window=None) -> None:
    """Let the work earlier steps left pending run, untimed, before a
    figure starts: timers still due (the journal's day count, started when
    the journal was built or filtered, fired inside the first account
    switches), paints asked for but not yet made (a bare plot's new range
    asks for another paint, and that one for a third), and work on worker
    threads.  Called before each figure and before each baseline alike, so
    both start from a quiet window.  An event loop waits, rather than a loop
    of processEvents, so the wait itself takes no core from the machine."""
    from PySide6.QtCore import QEventLoop, QThreadPool, QTimer

    loop = QEventLoop()
    QTimer.singleShot(SETTLE_MS, loop.quit)
    loop.exec()
    QThreadPool.globalInstance().waitForDone()
    for view in getattr(window, "_views", {}).values():  # views with worker pools of their own
        if hasattr(view, "pool"):
            view.pool.waitForDone()
    app.processEvents()


# Untimed set-up --------------------------------------------------------------------------

def add_chart_account(entries: int = 5000) -> int:
    """An account with `entries` entries spread over ten years."""
    from relapp.services.accounts import create_account
    from relapp.store.binding import atomic
    from relapp.store.models import Account, Entry

    if existing := Account.get_or_none(Account.name == "Benchmark Chart Co"):
        return existing.id  # a second run on the same data
    account = create_account(name="Benchmark Chart Co")
    rng = random.Random(5)
    first = dt.date.today() - dt.timedelta(days=3650)
    rows = [{"account": account.id, "day": first + dt.timedelta(days=rng.randrange(3650)), "kind": "meeting",
             "value": rng.choice([-3, -1, 1, 1, 2, 3]), "title": f"Benchmark entry {i}", "notes": "",
             "trust": 0} for i in range(entries)]
    with atomic():
        for start in range(0, len(rows), 500):
            Entry.insert_many(rows[start:start + 500]).execute()
    return account.id


def add_map_account(count: int = 200) -> int:
    from relapp.services.demo import add_crowded_account
    from relapp.store.models import Account

    if existing := Account.get_or_none(Account.name == "Benchmark Map Co"):
        return existing.id  # a second run on the same data
    return add_crowded_account("Benchmark Map Co", count)


def rows_on_screen(table) -> int:
    """How many rows a table shows at the top of its list (part rows count)."""
    viewport = table.viewport()
    last = table.rowAt(viewport.height() - 1)
    return (last if last >= 0 else table.model().rowCount() - 1) - table.rowAt(0) + 1


# Baselines: the same drawing work in bare Qt/pyqtgraph, no Relapp code ------------------------

class Baselines:
    def __init__(self, app):
        import pyqtgraph as pg
        from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
        from PySide6.QtWidgets import QTableView

        self.app = app
        self.plot = pg.PlotWidget()
        self.plot.resize(900, 300)
        self.plot.show()

        class Rows(QAbstractTableModel):
            def __init__(self, count, columns=7):
                super().__init__()
                self.count = count
                self.columns = columns

            def rowCount(self, parent=QModelIndex()):
                return 0 if parent.isValid() else self.count

            def columnCount(self, parent=QModelIndex()):
                return 0 if parent.isValid() else self.columns

            def data(self, index, role=Qt.DisplayRole):
                return f"cell {index.row()}:{index.column()}" if role == Qt.DisplayRole else None

        self.Rows = Rows
        self.table = QTableView()
        self.table.resize(1200, 700)
        self.table.show()
        self.second_table = QTableView()  # an account's entries beside its people
        self.second_table.resize(1200, 300)
        self.second_table.show()
        self.list = None  # the account list's bare twin, made in the list's shape (shape_list)

    def chart_series(self, xs: list[float], ys: list[float]) -> None:
        """The series the window's chart shows, plotted bare, clipped to
        the view and downsampled as the chart's curve is, and painted."""
        self.plot.clear()
        curve = self.plot.plot(xs, ys)
        curve.setClipToView(True)
        curve.setDownsampling(auto=True)
        settle(self.app)  # the new curve painted, as the window's chart is before its figure

    def chart_range(self, low: float, high: float) -> float:
        """One range change of the bare plot (after chart_series)."""
        return range_step(self.app, lambda: self.plot.setXRange(low, high, padding=0), self.plot)

    def shape_list(self, like) -> None:
        """A bare list in the shape of the window's account list ``like``:
        as many rows, the same columns shown at the same widths, the same
        row height, size and look, its cells held by a QStandardItemModel
        (as the window's are), so choosing a row and scrolling to it paints
        as many cells as the window's list does."""
        from PySide6.QtGui import QStandardItem, QStandardItemModel
        from PySide6.QtWidgets import QAbstractItemView, QTableView

        model = like.model()
        shown = [c for c in range(model.columnCount()) if not like.isColumnHidden(c)]
        rows = QStandardItemModel(model.rowCount(), len(shown))
        for row in range(model.rowCount()):
            for number, column in enumerate(shown):
                rows.setItem(row, number, QStandardItem(str(model.index(row, column).data() or "")))
        self.list = QTableView()
        self.list.setModel(rows)
        self.list.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SingleSelection)
        self.list.setAlternatingRowColors(like.alternatingRowColors())
        self.list.setWordWrap(like.wordWrap())
        self.list.verticalHeader().setVisible(like.verticalHeader().isVisible())
        self.list.verticalHeader().setDefaultSectionSize(like.verticalHeader().defaultSectionSize())
        for number, column in enumerate(shown):
            self.list.setColumnWidth(number, like.columnWidth(column))
        self.list.resize(like.size())
        self.list.show()
        settle(self.app)
        self.list.resize(self.list.size() + like.viewport().size() - self.list.viewport().size())
        settle(self.app)

    def account_switch(self, shape: "SwitchShape") -> tuple[float, float]:
        """What an account switch shows, bare: the account's balance series
        plotted, and tables with as many rows and columns as its people and
        entries, swapped in and painted; and, as the window's list does, a
        bare list of as many rows choosing the account's row and scrolling
        to it.  Returns the swap's time and the list's."""
        from PySide6.QtCore import QItemSelectionModel

        people, entries = self.Rows(shape.people_rows, shape.people_columns), \
            self.Rows(shape.entry_rows, shape.entry_columns)
        swap = timed(lambda: (self.plot.clear(), self.plot.plot(shape.xs, shape.ys), self.table.setModel(people),
                              self.second_table.setModel(entries), self.plot.repaint(),
                              self.table.viewport().repaint(), self.second_table.viewport().repaint()))
        chosen = self.list.model().index(shape.list_row, 0)
        flags = QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows
        choose = timed(lambda: (self.list.selectionModel().setCurrentIndex(chosen, flags),
                                self.list.scrollTo(chosen), self.list.viewport().repaint()))
        return swap, choose

    def settle(self) -> None:
        """Handle, untimed, the paints the bare plot asked for after its
        timed one (its new range asks for another paint, and that one for a
        third).  Left pending, they were painted inside the real window's
        next timed switch: about 4 ms of the bare plot's work counted in
        Relapp's figure (an event filter timing each widget's paint showed
        it).  Called after account_switch() has returned, as before the
        bare tables' models are gone by then: the baseline's own time is
        the same (an A/B on the large demo, 80 swaps each)."""
        self.app.processEvents()
        self.app.processEvents()

    def shape_table(self, rows: int, like=None) -> None:
        """A bare table of ``rows`` rows to drag the thumb of (``drag_frame``).
        ``like``: the table being compared, whose shape the bare one takes
        (viewport size, row height, columns and their widths, headers shown),
        so that both paint as many cells a frame; a bare table of its own
        default shape showed 22 rows of 30 px where the journal shows 31 of 24."""
        columns = like.model().columnCount() if like is not None else 7
        self.table.setModel(self.Rows(rows, columns))
        if like is not None:
            rows_header, like_rows = self.table.verticalHeader(), like.verticalHeader()
            rows_header.setVisible(like_rows.isVisible())
            rows_header.setMinimumSectionSize(min(rows_header.minimumSectionSize(), like_rows.defaultSectionSize()))
            rows_header.setDefaultSectionSize(like_rows.defaultSectionSize())
            self.table.horizontalHeader().setVisible(like.horizontalHeader().isVisible())
            for column in range(columns):
                self.table.setColumnWidth(column, like.columnWidth(column))
            self.table.resize(self.table.size() + like.viewport().size() - self.table.viewport().size())
        settle(self.app)
        self.rows_on_screen = rows_on_screen(self.table)

    def map_scene(self, counts: dict[str, int], size: tuple[int, int]) -> float:
        """A bare QGraphicsScene with as many boxes, texts and lines as the
        map drew, built and rendered once in a view of the map's size."""
        from PySide6.QtCore import QRectF
        from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

        rng = random.Random(7)
        view = QGraphicsView()
        view.resize(*size)
        view.show()

        def build_and_paint() -> None:
            scene = QGraphicsScene()
            for _ in range(counts["boxes"]):
                scene.addRect(QRectF(rng.uniform(0, 3000), rng.uniform(0, 2000), 150, 48))
            for i in range(counts["texts"]):
                scene.addSimpleText(f"Person {i} Name").setPos(rng.uniform(0, 3000), rng.uniform(0, 2000))
            for _ in range(counts["lines"]):
                scene.addLine(rng.uniform(0, 3000), rng.uniform(0, 2000), rng.uniform(0, 3000),
                              rng.uniform(0, 2000))
            view.setScene(scene)
            view.fitInView(scene.itemsBoundingRect())
            view.viewport().repaint()
            self._scene = scene  # kept until the next build, as the map keeps its own

        elapsed = timed(build_and_paint)
        view.close()
        return elapsed

    def brief_print(self, html: str, path: Path) -> float:
        """The brief's HTML printed to PDF by a bare QTextDocument."""
        from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

        def print_it() -> None:
            writer = QPdfWriter(str(path))
            writer.setPageSize(QPageSize(QPageSize.A4))
            document = QTextDocument()
            document.setHtml(html)
            document.print_(writer)

        return timed(print_it)


class _CountingPainter:
    """A painter that passes every call on and counts the texts drawn."""

    def __init__(self, painter):
        self._painter = painter
        self.texts = 0

    def drawText(self, *args):  # noqa: N802 (QPainter's name)
        self.texts += 1
        return self._painter.drawText(*args)

    def drawStaticText(self, *args):  # noqa: N802
        self.texts += 1
        return self._painter.drawStaticText(*args)

    def __getattr__(self, name):
        return getattr(self._painter, name)


def scene_counts(view) -> dict[str, int]:
    """Boxes, texts and lines the map drew in ``view``, at the zoom it
    shows.  A box the map paints itself (a person, one of ours, a folded
    group, a department's frame) counts as one box, whatever marks it
    carries (stance bar, influence ring, gap ring), and as many texts as
    its paint() draws at that zoom: zoomed out to fit a crowded map, a
    person's box shows their initials or nothing at all, where counting
    two texts per box had the bare scene draw hundreds of names the map
    never drew."""
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import (
        QGraphicsLineItem, QGraphicsPathItem, QGraphicsSimpleTextItem, QGraphicsTextItem,
        QStyleOptionGraphicsItem,
    )

    counts = {"boxes": 0, "texts": 0, "lines": 0}
    canvas = QImage(4, 4, QImage.Format_ARGB32_Premultiplied)
    painter = QPainter(canvas)
    try:
        for item in view.scene().items():
            if not item.isVisible():
                continue
            name = type(item).__name__
            if name in ("PersonItem", "MemberItem", "GroupItem", "DepartmentFrame"):
                counts["boxes"] += 1
                painter.setWorldTransform(item.sceneTransform() * view.viewportTransform())
                counting = _CountingPainter(painter)
                item.paint(counting, QStyleOptionGraphicsItem(), None)
                counts["texts"] += counting.texts
            elif name == "MapLines":  # one item paints all of the map's lines
                counts["lines"] += len(item.lines)
            elif name == "BoxLayer":  # paints the people's boxes, counted above one by one
                continue
            elif name == "EdgeItem" or isinstance(item, (QGraphicsLineItem, QGraphicsPathItem)):
                counts["lines"] += 1
            elif isinstance(item, (QGraphicsSimpleTextItem, QGraphicsTextItem)):
                counts["texts"] += 1
            else:
                counts["boxes"] += 1
    finally:
        painter.end()
    return counts


class SwitchShape(NamedTuple):
    """What the window showed for one account: its balance series and the
    size of its people and entries tables, so the bare swap does as much."""
    xs: list[float]
    ys: list[float]
    people_rows: int
    people_columns: int
    entry_rows: int
    entry_columns: int
    list_row: int  # the account's row in the window's account list


def switch_shape(view, account_id: int) -> SwitchShape:
    """The entries table counts as many rows as the account's "Latest
    entries" tab holds, read from the journal: the pane fills that tab only
    when it is opened, and the bare swap keeps painting it all the same."""
    from relapp.gui.chart.balance_chart import to_seconds
    from relapp.gui.views.accounts_view import LATEST_ENTRIES
    from relapp.services import balance, journal
    from relapp.services.journal import JournalFilter

    points = balance.account_series(account_id)
    entries = min(journal.count_entries(JournalFilter(account_id=account_id)), LATEST_ENTRIES)
    return SwitchShape([to_seconds(p.day) for p in points], [float(p.balance) for p in points],
                       view.people_model.rowCount(), view.people_model.columnCount(),
                       entries, view.entries_model.columnCount(), view.table.currentIndex().row())


# Measurements on the real window, each round beside its bare baseline (A B A B) ----------------

def measure(data_dir: Path, rounds: int = 5, baselines: bool = True, database: str | None = None) -> dict:
    """The figures and their baselines; with ``baselines`` False the same
    work on the window alone, for its peak memory (the bare widgets and
    documents would count in this process's).  ``database``: a team
    database's URL, worked on instead of the folder's data."""
    from relapp.gui.application import create_application
    from relapp.gui.main_window import MainWindow
    from relapp.services import balance
    from relapp.services.session import open_data_dir, open_team_database, owned_data
    from relapp.store import fts
    from relapp.store.binding import bound_database
    from relapp.store.database import close_db
    from relapp.store.models import Account

    app = create_application(sys.argv[:1])
    from relapp.gui.idle_collector import install

    install(app)  # as relapp.gui.launch does for the window
    folder = open_data_dir(data_dir)
    if database is not None:
        close_db(folder)
        open_team_database(database)
    chart_account = add_chart_account()
    map_account = add_map_account()
    # Those rows went in by plain inserts, which the search triggers only
    # note: brought into the index now, as the app's next search (or closing
    # the data) would, so the first timed search does not index 5,000 rows.
    fts.search_ready(bound_database())
    base = Baselines(app) if baselines else None
    app.processEvents()

    if database is not None:
        close_db()
        folder = open_data_dir(data_dir)  # as relapp.gui.launch: the window opens on the folder, then the team database
    window = MainWindow(data_dir, owned_data(folder))
    window.resize(1400, 900)
    window.show()
    if database is not None and not window.open_team_database(database):
        raise SystemExit(f"the team database {database} cannot be opened")
    app.processEvents()
    # Steady state: the work started with the window (Home's list, the
    # start checks) runs in the background; let it finish first.
    settle(app, window)
    runs: dict[str, list[float]] = {}

    def record(key: str, value: float) -> None:
        runs.setdefault(key, []).append(value)

    window.show_view("accounts")
    view = window.view("accounts")
    app.processEvents()
    rng = random.Random(3)
    ids = [a.id for a in Account.select(Account.id).where(~Account.archived)]
    from relapp.gui.chart.balance_chart import to_seconds

    series = balance.account_series(chart_account)
    sx = [to_seconds(p.day) for p in series]
    sy = [float(p.balance) for p in series]
    windows = [(sx[-1] - days * 86400, sx[-1]) for days in (91, 365, 3650)] * 10
    journal = window.view("journal")
    map_view = window.view("map")
    brief_html = brief_html_for(ids[0]) if baselines else ""
    # Removed when the measuring ends, however it ends (each run used to leave its PDFs behind).
    scratch = tempfile.TemporaryDirectory(prefix="relapp-bench-brief-")
    tmp = Path(scratch.name)

    for _round in range(rounds):
        # Account switch: select, then everything the detail shows is painted.
        window.show_view("accounts")
        settle(app, window)
        # Each switch is followed by its bare counterpart of the same size.
        switch, bare_switch, bare_swap = [], [], []
        if base is not None and base.list is None:
            base.shape_list(view.table)
        for account_id in rng.sample(ids, min(40, len(ids))):
            switch.append(timed(lambda: (view.select_account(account_id), app.processEvents())))
            if base is not None:
                swap, choose = base.account_switch(switch_shape(view, account_id))
                bare_switch.append(swap + choose)
                bare_swap.append(swap)
                base.settle()
        record("account_switch_p95_ms", p95(switch))
        if base is not None:
            # The figure's baseline: the swap and the list, as the window's
            # switch chooses its row in the list and scrolls to it.  The
            # swap alone, the baseline before, beside it.
            record("account_switch_bare_p95_ms", p95(bare_switch))
            record("account_switch_bare_swap_p95_ms", p95(bare_swap))

        # Chart range changes on the 5,000-entry account.
        view.select_account(chart_account)
        settle(app, window)
        chart = view.chart
        # Each change is followed by the bare plot's same change (A B A B):
        # taken as two blocks of 30, a burst of load on the machine fell on
        # one block, and a round's ratio ranged from 0.44 to 1.32 in one run.
        # A step ends with the events it left (range_step): alternating, one
        # side's would otherwise be run inside the other's step.
        if base is not None:
            base.chart_series(sx, sy)
            settle(app, window)
        redraw, bare_redraw = [], []
        for preset, (low, high) in zip(["3m", "1y", "all"] * 10, windows):
            redraw.append(range_step(app, lambda: chart.set_range(preset), chart.plot))
            if base is not None:
                bare_redraw.append(base.chart_range(low, high))
        record("chart_redraw_p95_ms", p95(redraw))
        if base is not None:
            record("chart_redraw_bare_p95_ms", p95(bare_redraw))

        # Search as you type: the work done when the typing pause ends.
        window.show_view("journal")
        settle(app, window)
        search = []
        for word in SEARCH_WORDS:
            journal.search.setText(word)
            search.append(timed(lambda: (journal.apply_filter(), journal.table.viewport().repaint())))
        journal.search.setText("")
        journal.apply_filter()
        record("search_p95_ms", p95(search))
        if base is not None and database is None:
            # Its baseline right after it, on the same data (the two added
            # accounts' entries too): taken apart from the window, before
            # it, the raw query's time moved by half between two runs.
            settle(app, window)
            record("search_raw_p95_ms", p95(raw_search_ms(data_dir / "relapp.sqlite3", SEARCH_WORDS)))

        # Find anything (Ctrl+K): the same words, every kind searched and
        # the grouped list painted.
        window.find_anything()
        settle(app, window)  # the box shown and painted, the journal's day count done
        box = window.find_box
        find = []
        for word in SEARCH_WORDS:
            box.edit.setText(word)
            find.append(timed(lambda: (box.search_now(), box.list.viewport().repaint())))
        box.hide()
        record("find_p95_ms", p95(find))

        # Scrolling the unfiltered journal by dragging the thumb through the
        # whole list (once the journal has counted its entries per day, as
        # it does when the user pauses).
        # Each frame is followed by the same frame of the bare table (A B A B),
        # as the chart's range changes are: the figure is the worst frame, and
        # a burst of load during one side's 300 frames decided the ratio.
        table = journal.table
        frames = 300
        if base is not None:
            base.shape_table(journal.model.rowCount(), like=table)
        settle(app, window)
        drag, bare_drag = [], []
        for i in range(frames + 1):
            drag.append(drag_frame(table, i, frames))
            if base is not None:
                bare_drag.append(drag_frame(base.table, i, frames))
        table.verticalScrollBar().setValue(0)
        app.processEvents()
        record("journal_scroll_max_frame_ms", max(drag))
        if base is not None:
            record("journal_scroll_bare_max_frame_ms", max(bare_drag))
        # Rows a frame paints, here and in the bare table (the same when the shapes match).
        shown = {"journal_rows_on_screen": rows_on_screen(table),
                 "journal_bare_rows_on_screen": base.rows_on_screen if base is not None else None}

        # A 200-person map: lay out and draw, the slowest of the layouts.
        window.show_view("accounts")
        view.select_account(map_account)
        window.show_view("map")
        settle(app, window)
        # The figure is the slowest layout's opening; its baseline a bare
        # scene with as many boxes, texts and lines as that layout drew.
        per_layout = {}
        for layout in ("org", "grid", "teams"):
            map_view.set_account(None)
            app.processEvents()
            elapsed = timed(lambda: (map_view.set_layout(layout), map_view.set_account(map_account),
                                     map_view.view.viewport().repaint()))
            per_layout[layout] = (elapsed, scene_counts(map_view.view))
        slowest = max(per_layout, key=lambda name: per_layout[name][0])
        map_render, counts = per_layout[slowest]
        drawn = {name: found for name, (_elapsed, found) in per_layout.items()}
        record("map_render_ms", map_render)
        size = map_view.view.viewport().size()
        if base is not None:
            settle(app, window)
            record("map_render_bare_ms", base.map_scene(counts, (size.width(), size.height())))

        settle(app, window)
        record("brief_pdf_ms", brief_pdf_ms(ids[0], tmp / "brief.pdf"))
        if base is not None:
            settle(app, window)
            record("brief_pdf_bare_ms", base.brief_print(brief_html, tmp / "bare.pdf"))

    out: dict = {"runs": runs}
    for key, values in runs.items():
        out[key] = statistics.median(values)
    out["peak_rss_mib"] = rss_mib()
    out["journal_rows"] = journal.model.rowCount()
    out.update(shown)
    out["chart_points"] = len(series)
    out["map_items"] = counts  # what the slowest layout drew, in the last round
    out["map_items_by_layout"] = drawn
    window.close()
    return out


def _attendees(account_id: int) -> list[int]:
    from relapp.store.models import Stakeholder

    return [s.id for s in Stakeholder.select(Stakeholder.id).where(Stakeholder.account == account_id)
            .order_by(Stakeholder.influence.desc()).limit(5)]


def brief_pdf_ms(account_id: int, path: Path) -> float:
    """Export a board brief PDF for five attendees, as `relapp export brief`
    does: gather, draw chart and map, lay out, write the file."""
    from relapp.gui.brief.render import render_brief
    from relapp.services.brief import build_brief
    from relapp.services.files import write_private

    return timed(lambda: write_private(path, render_brief(build_brief(account_id, _attendees(account_id)), "pdf")))


def brief_html_for(account_id: int) -> str:
    """The same brief as standalone HTML (its chart and map inline): what the
    bare QTextDocument prints."""
    from relapp.gui.brief.render import render_brief
    from relapp.services.brief import build_brief

    return render_brief(build_brief(account_id, _attendees(account_id)), "html").decode("utf-8")


if __name__ == "__main__":
    args = sys.argv[1:]
    database = args[args.index("--database") + 1] if "--database" in args else None
    rounds = int(args[1]) if len(args) > 1 and args[1].isdigit() else 5
    print(json.dumps(measure(Path(args[0]), rounds, baselines="--alone" not in args, database=database)),
          flush=True)
    # Skip interpreter teardown: Qt objects collected in arbitrary order at
    # exit can crash, and nothing is left to save.
    os._exit(0)
