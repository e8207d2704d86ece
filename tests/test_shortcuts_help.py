"""Help > Keyboard shortcuts lists the keys that live in views and dialogs
too: the map's find and department frames, the journal's F2 and Delete,
the brief's save and print."""

from gui_helpers import on_next_dialog, open_window


def test_the_shortcuts_help_lists_the_keys_of_views_and_dialogs(qtbot, db, data_dir, tmp_path):
    window = open_window(qtbot, data_dir, tmp_path)
    shown = []

    def read_and_close(dialog):
        shown.append(dialog.browser.toPlainText())
        dialog.accept()

    on_next_dialog(read_and_close)
    window.show_shortcuts()
    qtbot.waitUntil(lambda: bool(shown))
    text = shown[0]
    for keys in ("Ctrl+Shift+F", "Alt+D", "Ctrl+Shift+R", "Ctrl+0", "F2 / Delete", "Ctrl+S / Ctrl+P"):
        assert keys in text, keys
