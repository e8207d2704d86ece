"""How long a map of many people takes to lay out, draw and drag.

    xvfb-run -a -s '-screen 0 1600x1000x24' python packaging/measure_map.py [PEOPLE]

Creates an account with PEOPLE stakeholders (default 200) in a temporary
directory, then times each layout in the real view and a drag of a box.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    from relapp.gui.headless import ensure_app
    from relapp.gui.map.map_view import MapView
    from relapp.gui.map.scene import PersonItem
    from relapp.services.demo import add_crowded_account
    from relapp.services.session import open_data_dir

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    app = ensure_app()
    with tempfile.TemporaryDirectory() as tmp:
        open_data_dir(Path(tmp) / "data")
        account_id = add_crowded_account("Big Co", count)
        view = MapView()
        view.resize(1500, 900)
        view.show()
        app.processEvents()
        for layout in ("org", "grid", "teams"):
            start = time.perf_counter()
            view.set_layout(layout)
            view.set_account(account_id)
            view.view.viewport().repaint()
            app.processEvents()
            if len(sys.argv) > 2:
                view.grab().save(f"{sys.argv[2]}-{layout}.png")
            print(f"{layout:6s} load + lay out + draw: {1000 * (time.perf_counter() - start):6.0f} ms")
        # Drag one box across the view in 60 steps, repainting after each.
        view.view.resetTransform()
        item = next(i for i in view.built.nodes.values() if isinstance(i, PersonItem))
        view.view.centerOn(item)
        vp = view.view.viewport()
        pos = view.view.mapFromScene(item.pos() + QPointF(10, 10))

        def send(kind, p, buttons):
            button = Qt.LeftButton if kind != QEvent.MouseMove else Qt.NoButton
            QApplication.sendEvent(vp, QMouseEvent(kind, QPointF(p), QPointF(vp.mapToGlobal(p)), button, buttons,
                                                   Qt.NoModifier))

        send(QEvent.MouseButtonPress, pos, Qt.LeftButton)
        start = time.perf_counter()
        for step in range(60):
            send(QEvent.MouseMove, pos + QPointF(step * 4, step * 2).toPoint(), Qt.LeftButton)
            vp.repaint()
        per_frame = (time.perf_counter() - start) / 60
        send(QEvent.MouseButtonRelease, pos + QPointF(240, 120).toPoint(), Qt.NoButton)
        print(f"drag: {1000 * per_frame:.1f} ms per frame (teams layout, {count} people)")
        view.close()
        view.scene.clear()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
