"""Start Relapp exactly as `relapp --data-dir D` does and print READY once
the main window has painted with real content (a list of the user's data
showing rows, or the map with people on it), then exit.

The QApplication is created here first only so an application-wide event
filter can watch the paints; Relapp's own start-up code reuses it.

With ``--quit`` it prints ``QUIT`` and then triggers the window's own Quit
action, as a user choosing File → Quit would; run.py times from that line
to the process's exit.
"""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QGraphicsView, QMainWindow


def has_content(window: QMainWindow) -> bool:
    """The user's data on screen, whichever view the window opened on: a
    list showing rows (the sidebar's views do not count) or a drawing with
    items in it (the map)."""
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if view.objectName() != "sidebar" and view.isVisible() and model is not None and model.rowCount() > 0:
            return True
    for view in window.findChildren(QGraphicsView):
        if any(c.__module__.startswith("pyqtgraph") for c in type(view).__mro__):
            continue  # a chart has its axes in its scene before it has data
        scene = view.scene()
        if view.isVisible() and scene is not None and scene.items():
            return True
    return False


def quit_action(window: QMainWindow):
    from PySide6.QtGui import QAction

    # By its text first: where the platform has no standard Quit key
    # (offscreen), QKeySequence.Quit is empty and "matches" every action
    # without a shortcut, so the first such action was triggered instead.
    actions = window.findChildren(QAction)
    for action in actions:
        if action.text().replace("&", "").lower() == "quit":
            return action
    standard = QKeySequence(QKeySequence.Quit)
    for action in actions:
        if not standard.isEmpty() and action.shortcut().matches(standard) == QKeySequence.ExactMatch:
            return action
    raise SystemExit("no Quit action in the main window")


def finish(window: QMainWindow) -> None:
    print("READY", flush=True)
    if "--quit" in sys.argv:
        action = quit_action(window)
        print("QUIT", flush=True)
        action.trigger()
    else:
        QApplication.quit()


class FirstContentPaint(QObject):
    done = False

    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Paint and hasattr(obj, "window"):
            window = obj.window()
            if isinstance(window, QMainWindow) and has_content(window):
                self.done = True
                # Let the rest of this frame finish painting first.
                QTimer.singleShot(0, lambda: finish(window))
        return False


app = QApplication(sys.argv[:1])
watcher = FirstContentPaint()
app.installEventFilter(watcher)

from relapp.cli.main import main  # noqa: E402

sys.exit(main(["--data-dir", sys.argv[1]]))
