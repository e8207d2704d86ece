"""The window fits a small laptop's screen (1024×640) on every view: no
view asks for more room than that, on the demo data."""

import pytest

from gui_helpers import open_window

SMALL = (1024, 640)
VIEWS = ("home", "accounts", "map", "journal", "people")


@pytest.fixture
def window(qtbot, demo_db, data_dir, tmp_path):
    return open_window(qtbot, data_dir, tmp_path)


def test_every_view_fits_a_1024_by_640_window(qtbot, window):
    too_big = []
    for key in VIEWS:
        window.show_view(key)
        window.resize(*SMALL)
        qtbot.waitUntil(lambda: window.view(key).isVisible())
        minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
        if minimum.width() > SMALL[0] or minimum.height() > SMALL[1]:
            too_big.append(f"{key}: the window needs at least {minimum.width()}×{minimum.height()}")
    assert not too_big
