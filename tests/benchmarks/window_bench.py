"""Interactive figures of the real main window on a data directory, each
beside a bare baseline measured in the same process.  Prints one JSON object
as the last line.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/window_bench.py DATA_DIR

The data directory is changed: an account with 5,000 entries (the chart
figure) and one with 200 people (the map figure) are added first, untimed.
Run it on a copy (run.py builds its data in a temporary directory).
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

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

SEARCH_WORDS = ["st", "sta", "stat", "status", "wo", "wor", "work", "worksh", "workshop", "inv", "invoice",
                "de", "del", "deliv", "delivered", "mi", "mis", "missed", "bo", "boa", "board"]


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


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


def summary(values: list[float]) -> str:
    return f"median {statistics.median(values):.1f}, p95 {p95(values):.1f}"


# Untimed set-up --------------------------------------------------------------------------

def add_chart_account(entries: int = 5000) -> int:
    """An account with `entries` entries spread over ten years."""
    from relapp.services.accounts import create_account
    from relapp.store.models import Account, Entry, database_proxy

    if existing := Account.get_or_none(Account.name == "Benchmark Chart Co"):
        return existing.id  # a second run on the same data
    account = create_account(name="Benchmark Chart Co")
    rng = random.Random(5)
    first = dt.date.today() - dt.timedelta(days=3650)
    rows = [{"account": account.id, "day": first + dt.timedelta(days=rng.randrange(3650)), "kind": "meeting",
             "value": rng.choice([-3, -1, 1, 1, 2, 3]), "title": f"Benchmark entry {i}", "notes": "",
             "trust": 0} for i in range(entries)]
    with database_proxy.atomic():
        for start in range(0, len(rows), 500):
            Entry.insert_many(rows[start:start + 500]).execute()
    return account.id


def add_map_account(count: int = 200) -> int:
    from relapp.services.demo import add_crowded_account
    from relapp.store.models import Account

    if existing := Account.get_or_none(Account.name == "Benchmark Map Co"):
        return existing.id  # a second run on the same data
    return add_crowded_account("Benchmark Map Co", count)


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
            def __init__(self, count):
                super().__init__()
                self.count = count

            def rowCount(self, parent=QModelIndex()):
                return 0 if parent.isValid() else self.count

            def columnCount(self, parent=QModelIndex()):
                return 0 if parent.isValid() else 7

            def data(self, index, role=Qt.DisplayRole):
                return f"cell {index.row()}:{index.column()}" if role == Qt.DisplayRole else None

        self.Rows = Rows
        self.table = QTableView()
        self.table.resize(1200, 700)
        self.table.show()

    def chart_range(self, xs: list[float], ys: list[float], windows: list[tuple[float, float]]) -> list[float]:
        self.plot.clear()
        curve = self.plot.plot(xs, ys)
        curve.setClipToView(True)
        curve.setDownsampling(auto=True)
        times = []
        for low, high in windows:
            times.append(timed(lambda: (self.plot.setXRange(low, high, padding=0), self.app.processEvents(),
                                        self.plot.repaint())))
        return times

    def account_switch(self, xs, ys, rows: int) -> float:
        model = self.Rows(rows)
        return timed(lambda: (self.plot.clear(), self.plot.plot(xs, ys), self.table.setModel(model),
                              self.plot.repaint(), self.table.viewport().repaint()))

    def scroll(self, rows: int, frames: int) -> list[float]:
        self.table.setModel(self.Rows(rows))
        bar = self.table.verticalScrollBar()
        self.app.processEvents()
        return [timed(lambda: (bar.setValue(int(i * bar.maximum() / frames)), self.table.viewport().repaint()))
                for i in range(frames + 1)]


# Measurements on the real window --------------------------------------------------------------

def measure(data_dir: Path) -> dict:
    from relapp.gui.application import create_application
    from relapp.gui.main_window import MainWindow
    from relapp.services import balance
    from relapp.services.session import open_data_dir
    from relapp.store.models import Account

    app = create_application(sys.argv[:1])
    from relapp.gui.idle_collector import install

    install(app)  # as relapp.gui.launch does for the window
    open_data_dir(data_dir)
    chart_account = add_chart_account()
    map_account = add_map_account()
    base = Baselines(app)
    app.processEvents()
    baseline_rss = rss_mib()

    window = MainWindow(data_dir)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    # Steady state: the work started with the window (Home's list, the
    # start checks) runs in the background; let it finish first.
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()
    if "home" in window._views:  # Home reads its list in a pool of its own
        window.view("home").pool.waitForDone()
    app.processEvents()
    out: dict = {}

    # Account switch: select, then everything the detail shows is painted.
    window.show_view("accounts")
    view = window.view("accounts")
    app.processEvents()
    rng = random.Random(3)
    ids = [a.id for a in Account.select(Account.id).where(~Account.archived)]
    switch = []
    # A hundred switches: a p95 of a few dozen samples is mostly noise.
    for account_id in rng.sample(ids, min(100, len(ids))):
        # Selecting queues the repaints; processing events paints them.
        switch.append(timed(lambda: (view.select_account(account_id), app.processEvents())))
    points = balance.account_series(ids[0])
    xs = [float(i) for i in range(len(points))]
    ys = [float(p.balance) for p in points]
    bare_switch = [base.account_switch(xs, ys, 20) for _ in range(20)]
    out["account_switch_p95_ms"] = p95(switch)
    out["account_switch_p95_baseline"] = f"bare plot + table swap {summary(bare_switch)}"
    out["account_switch_detail"] = summary(switch)

    # Chart range changes on the 5,000-entry account.
    view.select_account(chart_account)
    app.processEvents()
    chart = view.chart
    presets = ["3m", "1y", "all"] * 10
    redraw = [timed(lambda: (chart.set_range(preset), app.processEvents(), chart.repaint())) for preset in presets]
    series = balance.account_series(chart_account)
    from relapp.gui.chart.balance_chart import to_seconds

    sx = [to_seconds(p.day) for p in series]
    sy = [float(p.balance) for p in series]
    windows = [(sx[-1] - days * 86400, sx[-1]) for days in (91, 365, 3650)] * 10
    bare_redraw = base.chart_range(sx, sy, windows)
    out["chart_redraw_p95_ms"] = p95(redraw)
    out["chart_redraw_p95_baseline"] = f"bare pyqtgraph {summary(bare_redraw)}"
    out["chart_points"] = len(series)

    # Search as you type: the work done when the typing pause ends.
    window.show_view("journal")
    journal = window.view("journal")
    app.processEvents()
    search = []
    for word in SEARCH_WORDS:
        journal.search.setText(word)
        search.append(timed(lambda: (journal.apply_filter(), journal.table.viewport().repaint())))
    journal.search.setText("")
    journal.apply_filter()
    out["search_p95_ms"] = p95(search)
    out["search_detail"] = summary(search)

    # Find anything (Ctrl+K): the same words, every kind searched and the
    # grouped list shown.
    window.find_anything()
    box = window.find_box
    find = []
    for word in SEARCH_WORDS:
        box.edit.setText(word)
        find.append(timed(lambda: (box.search_now(), box.list.viewport().repaint())))
    box.hide()
    out["find_p95_ms"] = p95(find)
    out["find_detail"] = summary(find)

    # Scrolling the unfiltered journal from top to bottom: dragging the
    # thumb through the whole list, then paging down from the top.  The
    # journal counts its entries per day when the user pauses (the search
    # above ended with one); half a second of looking lets that happen.
    table = journal.table
    bar = table.verticalScrollBar()
    pause_until = time.perf_counter() + 0.5
    while time.perf_counter() < pause_until:
        app.processEvents()
    frames = 300
    drag = [timed(lambda: (bar.setValue(int(i * bar.maximum() / frames)), table.viewport().repaint()))
            for i in range(frames + 1)]
    bar.setValue(0)
    app.processEvents()
    page = [timed(lambda: (bar.triggerAction(bar.SliderAction.SliderPageStepAdd), table.viewport().repaint()))
            for _ in range(frames)]
    bare_scroll = base.scroll(journal.model.rowCount(), frames)
    out["journal_scroll_max_frame_ms"] = max(drag + page)
    out["journal_scroll_max_frame_baseline"] = f"bare table worst {max(bare_scroll):.1f}"
    out["journal_rows"] = journal.model.rowCount()

    # A 200-person map: lay out and draw, each layout, median of three.
    window.show_view("accounts")
    view.select_account(map_account)
    window.show_view("map")
    map_view = window.view("map")
    app.processEvents()
    per_layout = {}
    for layout in ("org", "grid", "teams"):
        runs = []
        for _ in range(3):
            map_view.set_account(None)
            app.processEvents()
            runs.append(timed(lambda: (map_view.set_layout(layout), map_view.set_account(map_account),
                                       map_view.view.viewport().repaint())))
        per_layout[layout] = statistics.median(runs)
    out["map_render_ms"] = max(per_layout.values())
    out["map_render_baseline"] = ", ".join(f"{k} {v:.0f}" for k, v in per_layout.items())

    out["brief_pdf_ms"] = brief_pdf_ms(ids[0])

    out["peak_rss_mib"] = rss_mib()
    out["peak_rss_baseline"] = f"bare plot + table before the window {baseline_rss:.0f}"
    window.close()
    return out


def brief_pdf_ms(account_id: int) -> float:
    """Export a board brief PDF for five attendees, as `relapp export brief`
    does: gather, draw chart and map, lay out, write the file."""
    from relapp.gui.brief.render import render_brief
    from relapp.services.brief import build_brief
    from relapp.services.files import write_private
    from relapp.store.models import Stakeholder

    attendees = [s.id for s in Stakeholder.select(Stakeholder.id).where(Stakeholder.account == account_id)
                 .order_by(Stakeholder.influence.desc()).limit(5)]

    def export(path: Path) -> None:
        write_private(path, render_brief(build_brief(account_id, attendees), "pdf"))

    with tempfile.TemporaryDirectory() as tmp:
        runs = [timed(lambda: export(Path(tmp) / "brief.pdf")) for _ in range(3)]
    return statistics.median(runs)


if __name__ == "__main__":
    print(json.dumps(measure(Path(sys.argv[1]))), flush=True)
    # Skip interpreter teardown: Qt objects collected in arbitrary order at
    # exit can crash, and nothing is left to save.
    os._exit(0)
