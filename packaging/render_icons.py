"""Render packaging/icons/relapp.svg to the PNG sizes installers need.

    python packaging/render_icons.py

Writes packaging/icons/hicolor/<N>x<N>/apps/io.relapp.Relapp.png (the freedesktop
icon theme layout, ready to copy under ~/.local/share/icons/) writes relapp.ico and relapp.icns for the
Windows and macOS executables, and refreshes the window-icon copy in resources/icons/.  The PNGs are committed: the
metainfo, the bundle and installers use them without running Qt.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

APP_ID = "io.relapp.Relapp"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
HERE = Path(__file__).resolve().parent
SVG = HERE / "icons" / "relapp.svg"


def render(svg: Path, size: int, out: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out), "PNG"):
        raise SystemExit(f"could not write {out}")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 — QImage text/fonts need it
    for size in SIZES:
        out = HERE / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        render(SVG, size, out)
        print(out.relative_to(HERE.parent))
    # Windows and macOS executables want .ico / .icns; Qt writes both.
    from PySide6.QtGui import QImage

    big = HERE / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png"
    huge = HERE / "icons" / "hicolor" / "512x512" / "apps" / f"{APP_ID}.png"
    for source, target in ((big, HERE / "icons" / "relapp.ico"), (huge, HERE / "icons" / "relapp.icns")):
        if not QImage(str(source)).save(str(target)):
            raise SystemExit(f"could not write {target}")
        print(target.relative_to(HERE.parent))
    window_icons = HERE.parent / "resources" / "icons"
    window_icons.mkdir(exist_ok=True)
    shutil.copyfile(SVG, window_icons / "relapp.svg")
    print((window_icons / "relapp.svg").relative_to(HERE.parent))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
