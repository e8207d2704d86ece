"""Baseline: a bare PySide6 window with a pyqtgraph plot.  Prints READY
once the first frame has been painted, then exits.

Paints are watched application-wide, as cold_start.py does for Relapp, so
both figures end at the same moment: the first paint inside the window.
"""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

import pyqtgraph as pg


class FirstPaint(QObject):
    done = False

    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Paint and hasattr(obj, "window") \
                and isinstance(obj.window(), QMainWindow):
            self.done = True
            QTimer.singleShot(0, lambda: (print("READY", flush=True), app.quit()))
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
