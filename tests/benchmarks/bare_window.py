"""Baseline: a bare PySide6 window with a pyqtgraph plot.  Prints READY
once the first frame has been painted, then exits.

Paints are watched application-wide, as cold_start.py does for Relapp, so
both figures end at the same moment: the first paint inside the window.

With ``--quit`` it prints ``QUIT`` and closes its window instead, the bare
counterpart of choosing File → Quit (run.py times from that line to the
process's exit); with ``--rss`` it prints ``RSS <MiB>``, its peak memory.
"""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

import pyqtgraph as pg


def peak_rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def finish() -> None:
    print("READY", flush=True)
    if "--rss" in sys.argv:
        print(f"RSS {peak_rss_mib():.1f}", flush=True)
    if "--quit" in sys.argv:
        print("QUIT", flush=True)
        window.close()  # the last window closes: the application quits
    else:
        app.quit()


class FirstPaint(QObject):
    done = False

    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Paint and hasattr(obj, "window") \
                and isinstance(obj.window(), QMainWindow):
            self.done = True
            QTimer.singleShot(0, finish)
        return False


app = QApplication(sys.argv[:1])
watcher = FirstPaint()
app.installEventFilter(watcher)
window = QMainWindow()
plot = pg.PlotWidget()
plot.plot([1, 3, 2, 4])
window.setCentralWidget(plot)
window.resize(1200, 800)
window.show()
sys.exit(app.exec())
