"""A long word-wrapped list shows its first screen exactly at once and lays out the rest right after."""

from PySide6.QtWidgets import QListWidget, QListWidgetItem

from relapp.gui.wrapped_row_sizes import WrappedRows

TEXTS = [f"Person {i:03d} (unknown to us): influence 5/5 and nobody on our side knows them or met them lately"
         + (f"\nWay in: Colleague {i % 7} → Person {i + 1:03d} → Person {i:03d}" if i % 3 else "")
         for i in range(200)]


def shown_list(qtbot) -> QListWidget:
    view = QListWidget()
    qtbot.addWidget(view)
    view.setWordWrap(True)
    view.resize(320, 240)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_first_screen_is_laid_out_by_qt_and_the_rest_once_the_event_loop_is_free(qtbot):
    view, plain = shown_list(qtbot), shown_list(qtbot)  # plain: filled as Qt would, for comparison
    plain.addItems(TEXTS)
    rows = WrappedRows(view)
    rows.add([QListWidgetItem(text) for text in TEXTS])
    assert [view.item(i).text() for i in range(view.count())] == TEXTS
    assert rows.pending()
    # Whatever the first frame can show has no size of ours: Qt lays it out.
    on_screen = view.viewport().height() // view.fontMetrics().lineSpacing() + 1
    assert all(not view.item(i).sizeHint().isValid() for i in range(on_screen))
    assert all(view.item(i).sizeHint().isValid() for i in range(on_screen, view.count()))
    view.viewport().repaint()
    plain.viewport().repaint()
    # The first frame: the rows on screen exactly where and as tall as Qt puts them.
    assert [view.visualItemRect(view.item(i)) for i in range(on_screen)] == \
        [plain.visualItemRect(plain.item(i)) for i in range(on_screen)]
    assert view.viewport().grab().toImage() == plain.viewport().grab().toImage()
    qtbot.waitUntil(lambda: not rows.pending())
    assert all(not view.item(i).sizeHint().isValid() for i in range(view.count()))
    assert [view.visualItemRect(view.item(i)) for i in range(view.count())] == \
        [plain.visualItemRect(plain.item(i)) for i in range(plain.count())]
    assert view.verticalScrollBar().maximum() == plain.verticalScrollBar().maximum()


def test_a_list_not_on_screen_is_laid_out_whole(qtbot):
    view = QListWidget()
    qtbot.addWidget(view)
    view.setWordWrap(True)
    rows = WrappedRows(view)
    rows.add([QListWidgetItem(text) for text in TEXTS[:50]])
    assert not rows.pending() and all(not view.item(i).sizeHint().isValid() for i in range(50))
