"""First sizes of windows and dialogs, kept within the screen they open on,
frame included: a size chosen for a large monitor put a dialog's buttons
below the edge of a small laptop's screen, and a window sized to the whole
free area had its title bar (the window manager's frame, outside the
widget's own geometry) above the top of the screen, where it cannot be
grabbed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QStyle, QWidget


def frame_margins(window: QWidget) -> QMargins:
    """The room the window manager's frame takes around ``window``.

    Measured once the window has its frame (shown); before that, that of
    the window it opens over (dialogs get the same decoration), else Qt's
    own guess when it restores a geometry: a title bar's height on top."""
    for candidate in (window, window.parentWidget().window() if window.parentWidget() else None):
        if candidate is not None and candidate.isVisible():
            margins = _measured(candidate)
            if not margins.isNull():
                return margins
    style = window.style() or QApplication.style()
    return QMargins(0, style.pixelMetric(QStyle.PM_TitleBarHeight, None, window), 0, 0)


def _measured(window: QWidget) -> QMargins:
    frame, inner = window.frameGeometry(), window.geometry()
    return QMargins(inner.left() - frame.left(), inner.top() - frame.top(),
                    frame.right() - inner.right(), frame.bottom() - inner.bottom())


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """``window.resize(width, height)``, no larger than the screen's free
    area (the screen of its parent, else the primary one) less its frame;
    once shown (and when restored from maximised or full screen), its frame
    is brought back inside that area (``keep_frame_on_screen``)."""
    anchor = window.parentWidget() or window
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        margins = frame_margins(window)
        width = min(width, room.width() - margins.left() - margins.right())
        height = min(height, room.height() - margins.top() - margins.bottom())
    window.resize(width, height)
    keep_frame_on_screen(window)


def fit_frame_on_screen(window: QWidget) -> None:
    """Shrink and move a shown window so its frame, title bar included, lies
    within its screen's free area (no smaller than the window's minimum
    size: then its top left corner, where the title bar starts, stays on
    screen).  A maximised or full-screen window is the window manager's."""
    if not window.isVisible() or window.isMaximized() or window.isFullScreen() or window.isMinimized():
        return
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    room = screen.availableGeometry()
    margins = _measured(window)
    extra_w, extra_h = margins.left() + margins.right(), margins.top() + margins.bottom()
    inner = window.geometry()
    minimum = window.minimumSize()
    width = max(min(inner.width(), room.width() - extra_w), minimum.width())
    height = max(min(inner.height(), room.height() - extra_h), minimum.height())
    if (width, height) != (inner.width(), inner.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    # Right and bottom edges first, then left and top: when it cannot fit,
    # the title bar is what stays on screen.
    x = max(room.left(), min(frame.left(), room.left() + room.width() - frame.width()))
    y = max(room.top(), min(frame.top(), room.top() + room.height() - frame.height()))
    if (x, y) != (frame.left(), frame.top()):
        window.move(x, y)  # a window's position is its frame's


KEEPER = "frameKeeper"


class _FrameKeeper(QObject):
    """Fits the window's frame on screen after it is shown or restored: the
    frame is only known then."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Show, QEvent.WindowStateChange):
            # After the event: the frame and the new state are set by then.
            QTimer.singleShot(0, watched, lambda: fit_frame_on_screen(watched))
        return False


def keep_frame_on_screen(window: QWidget) -> None:
    """From now on, whenever ``window`` is shown or restored, fit its frame on screen."""
    if window.findChild(QObject, KEEPER, Qt.FindDirectChildrenOnly) is None:
        keeper = _FrameKeeper(window)
        keeper.setObjectName(KEEPER)
        window.installEventFilter(keeper)
