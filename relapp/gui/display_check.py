"""Before Qt starts: is there a screen, and can Qt's X11 plugin load?

Without either, Qt aborts with a message about one library (often the wrong
one: "xcb-cursor0 is needed" when icccm4 and keysyms1 were missing).  This
says it in one line, naming every missing library and the packages to install
on Debian/Ubuntu and Fedora.  It never imports Qt.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

# The libraries Qt's xcb platform plugin loads beyond X11 itself:
# (shared object, Debian/Ubuntu package, Fedora package).
XCB_LIBRARIES = (
    ("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor"),
    ("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm"),
    ("libxcb-image.so.0", "libxcb-image0", "xcb-util-image"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms"),
    ("libxcb-randr.so.0", "libxcb-randr0", "libxcb"),
    ("libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil"),
    ("libxcb-shape.so.0", "libxcb-shape0", "libxcb"),
    ("libxcb-xfixes.so.0", "libxcb-xfixes0", "libxcb"),
    ("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11"),
    ("libEGL.so.1", "libegl1", "mesa-libEGL"),
    ("libGL.so.1", "libgl1", "mesa-libGL"),
    ("libfontconfig.so.1", "libfontconfig1", "fontconfig"),
    ("libdbus-1.so.3", "libdbus-1-3", "dbus-libs"),
)


def _library_dirs(environ: Mapping[str, str]) -> list[Path]:
    """Where the dynamic loader looks on Linux: LD_LIBRARY_PATH, then the
    usual system folders with their multiarch subfolders (x86_64-linux-gnu…)."""
    dirs = [Path(p) for p in environ.get("LD_LIBRARY_PATH", "").split(os.pathsep) if p]
    for base in ("/lib", "/lib64", "/usr/lib", "/usr/lib64", "/usr/local/lib"):
        root = Path(base)
        dirs.append(root)
        dirs.extend(sorted(root.glob("*-linux-gnu*")))
    return dirs


def _loadable(name: str) -> bool:
    # Looked up on disk, not loaded: nothing foreign enters the process
    # before Qt (Relapp loads no C library of its own at all).
    return any((folder / name).exists() for folder in _library_dirs(os.environ))


def display_problem(environ: Mapping[str, str], platform: str = sys.platform,
                    loadable: Callable[[str], bool] = _loadable) -> str | None:
    """One line saying why the window cannot open here, or None when Qt should try."""
    if not platform.startswith("linux"):
        return None
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen and not chosen.startswith("xcb"):
        return None  # offscreen, wayland, vnc…: a choice made on purpose, left to Qt
    if not chosen and environ.get("WAYLAND_DISPLAY"):
        return None
    if not environ.get("DISPLAY"):
        return ("no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); "
                "every command works without one: see relapp --help")
    missing = [lib for lib in XCB_LIBRARIES if not loadable(lib[0])]
    if not missing:
        return None
    debian = " ".join(dict.fromkeys(lib[1] for lib in missing))
    fedora = " ".join(dict.fromkeys(lib[2] for lib in missing))
    return (f"the window needs system libraries that are missing: {', '.join(lib[0] for lib in missing)} "
            f"(Debian/Ubuntu: sudo apt install {debian}; Fedora: sudo dnf install {fedora})")
