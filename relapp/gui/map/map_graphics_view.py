"""The zoomable, pannable view of the map scene."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsView

MIN_SCALE, MAX_SCALE = 0.1, 4.0
MIN_FIT_PIXELS = 120  # smaller than this, the view has not been laid out yet
MARGIN = 20.0  # scene units of paper around the map


class MapGraphicsView(QGraphicsView):
    """Wheel zooms around the cursor, dragging empty space pans (with the
    middle button or Space held), rubber-band selects with the left button."""

    def __init__(self, scene, parent=None):
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing)
        self.setDragMode(QGraphicsView.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.DontSavePainterState, True)
        self._panning = None
        # A fit asked for before the view is on screen (the window builds
        # the map while switching to it) waits for the real size: fitted to
        # a hidden widget's default size the map came up a few pixels big.
        self._fit_pending = False
        # Fitted and not zoomed or panned since: a new size (the window
        # resized, the legend below taking another row) fits it again, so
        # the whole map stays in sight without scroll bars.
        self._fitted = False

    def zoom(self, factor: float) -> None:
        current = self.transform().m11()
        factor = max(MIN_SCALE / current, min(MAX_SCALE / current, factor))
        self._fitted = False
        self.scale(factor, factor)

    def frame(self) -> None:
        """Make the scene's rectangle the map and a margin around it: what
        fit() shows whole, so a fitted map has no scroll bars (painting a
        tall scroll bar was a tenth of opening a crowded map; Qt's raster
        engine hands every fill that tall to its thread pool and waits).
        Zoomed in, the scroll bars reach the whole map."""
        scene = self.scene()
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))

    def reach(self) -> None:
        """After boxes were dragged: the scroll bars reach them wherever
        they were dropped (the scene's rectangle only grows here, so the
        view does not jump under the pointer)."""
        scene = self.scene()
        scene.setSceneRect(scene.sceneRect().united(
            scene.itemsBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)))

    def fit(self) -> None:
        if not self.isVisible() or min(self.viewport().width(), self.viewport().height()) < MIN_FIT_PIXELS:
            self._fit_pending = True
            return
        self._fit_pending = False
        rect = self.sceneRect()
        if rect.isEmpty():
            return
        self.fitInView(rect, Qt.KeepAspectRatio)
        if self.transform().m11() > 1.2:  # small maps: no giant boxes
            self.resetTransform()
            self.scale(1.2, 1.2)
            self.centerOn(rect.center())
        self._fitted = True
        fit_headings = getattr(self.scene(), "fit_headings", None)
        if fit_headings is not None:
            fit_headings(self.transform().m11())

    def showEvent(self, event):
        super().showEvent(event)
        if self._fit_pending:
            self.fit()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if self._fit_pending or self._fitted:
            self.fit()

    def wheelEvent(self, event):
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(1.15 ** steps)
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event):
        if event.button() == Qt.MiddleButton:
            self._panning = event.position()
            self.viewport().setCursor(Qt.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event):
        if self._panning is not None:
            delta = event.position() - self._panning
            self._panning = event.position()
            self._fitted = False
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event):
        if self._panning is not None and event.button() == Qt.MiddleButton:
            self._panning = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)
