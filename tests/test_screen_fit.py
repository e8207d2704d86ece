"""Windows sized to the screen keep their frame on it: the title bar (the
window manager's, outside the widget's own geometry) is where a window is
grabbed and moved, so it must never end up above the screen's top edge.
The offscreen screen is 800×800 and frames its windows with 2 px."""

from PySide6.QtWidgets import QDialog, QMainWindow

from relapp.gui.screen_fit import frame_margins, resize_within_screen


def _room(widget):
    return widget.screen().availableGeometry()


def _shown_window(qtbot, width, height):
    """A main window sized by ``resize_within_screen`` and shown."""
    window = QMainWindow()
    qtbot.addWidget(window)
    resize_within_screen(window, width, height)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_window_sized_beyond_the_screen_fits_with_its_frame(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    resize_within_screen(window, 5000, 5000)
    # Before it is shown its frame is not known: room is kept for a title bar.
    assert window.height() + frame_margins(window).top() <= _room(window).height()
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: _room(window).contains(window.frameGeometry()))
    frame, inner = window.frameGeometry(), window.geometry()
    assert frame.top() < inner.top()  # there is a frame, and it is on screen too
    assert frame.top() >= _room(window).top()


def test_a_window_restored_with_its_title_bar_above_the_screen_comes_back(qtbot):
    window = _shown_window(qtbot, 500, 400)
    window.move(40, -120)  # its normal place, as a saved geometry or another screen left it
    qtbot.waitUntil(lambda: window.frameGeometry().top() < 0)
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    window.showNormal()
    qtbot.waitUntil(lambda: not window.isMaximized() and window.frameGeometry().top() >= _room(window).top())
    assert _room(window).contains(window.frameGeometry())
    assert (window.width(), window.height()) == (500, 400)  # it fitted, so only its place changed


def test_a_dialog_over_a_window_takes_the_window_s_frame_into_account(qtbot):
    window = _shown_window(qtbot, 600, 500)
    dialog = QDialog(window)
    resize_within_screen(dialog, 5000, 5000)
    margins = frame_margins(window)
    assert frame_margins(dialog) == margins  # not yet shown: the window's frame is the best guess
    assert dialog.height() == _room(window).height() - margins.top() - margins.bottom()
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: _room(dialog).contains(dialog.frameGeometry()))
