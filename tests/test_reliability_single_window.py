"""One window per data directory: a second start brings the first forward;
a crashed window never locks the data."""

import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtWidgets import QMainWindow

from relapp.gui.single_instance import SingleInstance


def test_a_second_start_is_refused_and_brings_the_first_forward(qtbot, data_dir):
    first = SingleInstance(data_dir)
    assert first.acquire()
    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMinimized()
    first.listen(window)
    try:
        second = SingleInstance(data_dir)
        assert not second.acquire()
        with qtbot.waitSignal(first.asked_to_show, timeout=5000):
            assert second.ask_running_to_show()
        assert not window.isMinimized()
        other_dir = SingleInstance(data_dir.parent / "other-data")
        assert other_dir.acquire(), "another data directory is another window"
        other_dir.release()
    finally:
        first.release()
    third = SingleInstance(data_dir)
    assert third.acquire(), "free again once the first window closed"
    third.release()


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_crashed_window_leaves_no_lock_behind(data_dir):
    holder = textwrap.dedent(f"""
        import os, signal
        from PySide6.QtCore import QCoreApplication
        from relapp.gui.single_instance import SingleInstance
        app = QCoreApplication([])
        instance = SingleInstance({str(data_dir)!r})
        assert instance.acquire()
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    result = subprocess.run([sys.executable, "-c", holder], capture_output=True, timeout=60)
    assert result.returncode == -9, result.stderr
    assert (data_dir / "relapp.lock").exists()
    instance = SingleInstance(data_dir)
    assert instance.acquire()
    instance.release()


def test_restore_on_the_command_line_waits_for_the_window_to_close(data_dir, capsys):
    from relapp.cli.main import main
    from relapp.services.backups import backup_now
    from relapp.services.session import open_data_dir
    from relapp.store.database import close_db

    open_data_dir(data_dir)
    backup = backup_now(data_dir)
    close_db()
    before = (data_dir / "relapp.sqlite3").read_bytes()
    window = SingleInstance(data_dir)
    assert window.acquire()
    try:
        assert main(["--data-dir", str(data_dir), "restore", str(backup)]) == 1
        err = capsys.readouterr().err
        assert "window has this data open" in err and len(err.strip().splitlines()) == 1
        assert (data_dir / "relapp.sqlite3").read_bytes() == before
    finally:
        window.release()
    assert main(["--data-dir", str(data_dir), "restore", str(backup)]) == 0
    close_db()
