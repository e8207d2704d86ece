"""Long commands show progress on a terminal and nowhere else."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys

import pytest

from relapp.cli.progress import TerminalProgress


def test_progress_is_one_line_updated_in_place_then_cleared():
    out = io.StringIO()
    progress = TerminalProgress("writing", out, force=True, interval_s=0)
    for done in (0, 500, 1000):
        progress(done, 1000)
    progress.done()
    text = out.getvalue()
    assert "\n" not in text, "the line is rewritten in place, never scrolled"
    assert text.split("\r")[1:4] == ["writing: 0 of 1,000 (0%)", "writing: 500 of 1,000 (50%)",
                                     "writing: 1,000 of 1,000 (100%)"]
    assert text.endswith("\r\033[K")


def test_progress_is_throttled_but_always_shows_the_end():
    out = io.StringIO()
    progress = TerminalProgress("reading", out, force=True, interval_s=3600)
    for done in range(1, 101):
        progress(done, 100)
    shown = [part for part in out.getvalue().split("\r") if part]
    assert shown == ["reading: 1 of 100 (1%)", "reading: 100 of 100 (100%)"]


def test_nothing_is_written_when_output_is_not_a_terminal():
    out = io.StringIO()
    progress = TerminalProgress("reading", out)
    progress(5, 10)
    progress.done()
    assert out.getvalue() == ""


def vcards(count: int) -> str:
    return "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\nORG:Acme Ltd\r\n"
                   f"EMAIL:p{i}@acme.example\r\nEND:VCARD\r\n" for i in range(count))


def test_import_on_a_terminal_reports_progress_and_still_prints_the_summary(tmp_path):
    source = tmp_path / "people.vcf"
    source.write_text(vcards(300), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RELAPP_DATA_DIR": str(tmp_path / "data")}
    try:
        main, child = pty.openpty()  # the command's stderr and stdout are a terminal
    except OSError:
        pytest.skip("no pseudo-terminal on this machine")
    proc = subprocess.Popen([sys.executable, "-m", "relapp", "import", str(source)], stdout=child, stderr=child,
                            env=env)
    os.close(child)
    chunks = []
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:  # the terminal closes when the command ends
            break
        if not chunk:
            break
        chunks.append(chunk)
    assert proc.wait(timeout=60) == 0
    os.close(main)
    text = b"".join(chunks).decode()
    assert "reading: 300 of 300 (100%)" in text
    assert "writing:" in text
    assert "added 300" in text.split("\033[K")[-1], "the summary comes after the cleared progress line"


def test_import_into_a_pipe_prints_only_the_summary(tmp_path):
    source = tmp_path / "people.vcf"
    source.write_text(vcards(30), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RELAPP_DATA_DIR": str(tmp_path / "data")}
    proc = subprocess.run([sys.executable, "-m", "relapp", "import", str(source)], capture_output=True, text=True,
                          env=env, timeout=60)
    assert proc.returncode == 0
    assert proc.stdout.startswith("added 30")
    assert "reading" not in proc.stderr and "\r" not in proc.stdout
