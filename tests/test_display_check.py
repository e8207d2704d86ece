"""Without a screen, or without the libraries Qt's X11 plugin needs, the
window says so in one line instead of Qt aborting."""

import os
import subprocess
import sys

from relapp.gui.display_check import XCB_LIBRARIES, display_problem


def test_no_display_at_all_is_one_clear_line():
    problem = display_problem({}, platform="linux")
    assert "no display" in problem and "relapp --help" in problem


def test_missing_xcb_libraries_are_named_with_the_packages_for_debian_and_fedora():
    missing = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    problem = display_problem({"DISPLAY": ":0"}, platform="linux", loadable=lambda name: name not in missing)
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in problem
    assert "apt install libxcb-icccm4 libxcb-keysyms1;" in problem
    assert "dnf install xcb-util-wm xcb-util-keysyms)" in problem
    assert "cursor" not in problem  # Qt's own message blames xcb-cursor0 here


def test_nothing_is_said_when_qt_can_start_or_was_told_what_to_use():
    assert display_problem({"DISPLAY": ":0"}, platform="linux", loadable=lambda name: True) is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, platform="linux") is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, platform="linux") is None
    assert display_problem({}, platform="darwin") is None
    assert display_problem({}, platform="win32") is None


def test_every_library_has_a_package_on_both_families():
    assert all(soname.endswith(tuple(".so." + d for d in "0134")) and debian and fedora
               for soname, debian, fedora in XCB_LIBRARIES)


def test_relapp_without_a_display_prints_one_line_and_no_qt_abort(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "relapp", "--data-dir", str(tmp_path / "data")],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("relapp: error: no display")
