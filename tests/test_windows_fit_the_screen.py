"""Windows and dialogs open no larger than the screen's free area (beyond
what their minimum size needs): the offscreen screen is 800×800, smaller
than the sizes the large dialogs were made for."""

import pytest

from gui_helpers import open_window
from test_accessibility import DIALOGS, _demo_ids


@pytest.fixture
def window(qtbot, demo_db, data_dir, tmp_path):
    return open_window(qtbot, data_dir, tmp_path)


def too_big(widget) -> str | None:
    room = widget.screen().availableGeometry()
    minimum = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    width, height = max(room.width(), minimum.width()), max(room.height(), minimum.height())
    if widget.width() > width or widget.height() > height:
        return f"{widget.width()}×{widget.height()} on a {room.width()}×{room.height()} screen"
    return None


def test_the_window_and_every_dialog_open_within_the_screen(qtbot, window):
    assert too_big(window) is None
    found = {}
    ids = _demo_ids()
    for name, make in DIALOGS.items():
        dialog = make(window, ids)
        qtbot.addWidget(dialog)
        dialog.show()
        if (problem := too_big(dialog)) is not None:
            found[name] = problem
        dialog.close()
    assert not found
