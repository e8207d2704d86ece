"""Quit means quit: the process ends, the data folder is unlocked, and no shortcut is given twice."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut

from gui_helpers import open_window
from relapp.gui.main_window import VIEWS
from relapp.gui.shortcuts import key_bindings
from relapp.gui.single_instance import LOCK_FILE

HERE = Path(__file__).resolve().parent


def test_quit_after_the_board_brief_ends_the_process_and_frees_the_data(tmp_path):
    data = tmp_path / "data"
    env = {**os.environ, "RELAPP_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "share")}
    subprocess.run([sys.executable, "-m", "relapp", "--data-dir", str(data), "demo", "--no-open"], env=env,
                   check=True, capture_output=True)
    try:
        done = subprocess.run([sys.executable, str(HERE / "quit_driver.py"), str(data)], env=env,
                              capture_output=True, text=True, timeout=90)
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"the process was still running after Quit: {exc.stdout}")
    lines = done.stdout.splitlines()
    assert lines[:3] == ["opened BriefDialog", "brief closed", "pressing Ctrl+Q"], done.stderr[-2000:]
    assert lines[-1] == "window closed with 0" and done.returncode == 0, done.stderr[-2000:]
    lock = QLockFile(str(data / LOCK_FILE))
    lock.setStaleLockTime(0)
    assert lock.tryLock(0), "the data folder is still locked"
    lock.unlock()


def test_a_standard_key_and_its_fallback_make_one_shortcut(qapp):
    undo = [s.toString() for s in QKeySequence.keyBindings(QKeySequence.Undo)]
    keys = [s.toString() for s in key_bindings(QKeySequence.Undo, "Ctrl+Z", "Ctrl+Shift+U", "Ctrl+Z")]
    assert keys == undo + ["Ctrl+Shift+U"]
    assert keys.count("Ctrl+Z") == 1


def _bindings(window) -> list[tuple[str, object]]:
    found = []
    for action in window.findChildren(QAction):
        texts = [s.toString() for s in action.shortcuts()]
        assert len(texts) == len(set(texts)), f"{action.text()!r} has a shortcut twice: {texts}"
        found += [(text, action) for text in texts]
    for shortcut in window.findChildren(QShortcut):
        found += [(s.toString(), shortcut) for s in shortcut.keys()]
    return found


def _overlap(a, b) -> bool:
    """Whether two shortcuts can fire from the same focused widget."""
    def scope(item):
        if isinstance(item, QShortcut) and item.context() in (Qt.WidgetShortcut, Qt.WidgetWithChildrenShortcut):
            return item.parent()
        return None  # window-wide

    one, two = scope(a), scope(b)
    if one is None or two is None:
        return True
    return one is two or one.isAncestorOf(two) or two.isAncestorOf(one)


def test_no_key_is_bound_twice_in_the_window_and_its_views(qtbot, demo_db, data_dir, tmp_path):
    window = open_window(qtbot, data_dir, tmp_path)
    for key in VIEWS:
        window.view(key)
    bindings = _bindings(window)
    assert ("Ctrl+Q", window.findChild(QAction, "quit")) in bindings
    clashes = [(text, a, b) for i, (text, a) in enumerate(bindings) for other, b in bindings[i + 1:]
               if text == other and _overlap(a, b)]
    assert not clashes, [(text, getattr(a, "text", lambda: a)(), getattr(b, "text", lambda: b)())
                         for text, a, b in clashes]
