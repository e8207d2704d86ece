"""Baseline: a bare PySide6 window with a pyqtgraph plot.  Prints READY
once the first frame has been painted, then exits."""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

import pyqtgraph as pg


class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Paint and isinstance(obj, QMainWindow):
            QTimer.singleShot(0, lambda: (print("READY", flush=True), app.quit()))
            obj.removeEventFilter(self)
        return False


app = QApplication(sys.argv[:1])
window = QMainWindow()
plot = pg.PlotWidget()
plot.plot([1, 3, 2, 4])
window.setCentralWidget(plot)
watcher = FirstPaint()
window.installEventFilter(watcher)
window.resize(1200, 800)
window.show()
sys.exit(app.exec())
