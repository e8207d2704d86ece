"""Fusion with the edges of check boxes, radio buttons, text fields (of one
line or several), spin boxes (dates too), combo boxes and push buttons drawn
in a colour that stands off the window.  Fusion outlines them in a shade darker than
the window: on the dark palette (and barely on the light one) a check box's
square and a field's edge all but vanished (1.1:1), and a date field's, a
number field's or a notes field's too (1.1:1 dark, 2:1 light), and a push
button's face and outline (2:1 light)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle

# 4.5:1 against the dark window (#202124) and 3.1:1 against Fusion's light
# one (#efefef): a control's edge needs 3:1 (WCAG 1.4.11) on either.
EDGE = "#80868b"
RINGED = (QStyle.PE_IndicatorCheckBox, QStyle.PE_IndicatorRadioButton, QStyle.PE_PanelLineEdit,
          QStyle.PE_PanelButtonCommand)
# Fields drawn whole as one complex control: a spin box (and a date edit)
# and a combo box (one types into or only chooses from: its face alone was
# 2:1 against the window, like a button's, and it sat among fields).
RINGED_FIELDS = (QStyle.CC_SpinBox, QStyle.CC_ComboBox)
# Looked up once: every drawPrimitive of the window comes through Python
# (two per table cell on each paint), and each QStyle.X look-up went through
# shiboken's type attributes.
PE_FRAME = QStyle.PE_Frame
PE_PANEL_LINE_EDIT = QStyle.PE_PanelLineEdit
PE_PANEL_BUTTON_COMMAND = QStyle.PE_PanelButtonCommand
SHAPES = {QStyle.PE_IndicatorRadioButton: "ellipse", QStyle.PE_PanelLineEdit: "rounded",
          QStyle.PE_PanelButtonCommand: "rounded"}


class RingedControls(QProxyStyle):
    def __init__(self, base: str = "Fusion"):
        super().__init__(base)

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802 (Qt's name)
        super().drawPrimitive(element, option, painter, widget)
        if element is PE_FRAME:
            if _typed_into(widget) and not option.rect.isEmpty():
                _ring(option, painter, "rect")  # a notes field: a text field of several lines
            return
        if element not in RINGED or option.rect.isEmpty():
            return
        if element is PE_PANEL_LINE_EDIT and not self._framed(option, widget):
            return
        if element is PE_PANEL_BUTTON_COMMAND and _flat(option):
            return
        _ring(option, painter, SHAPES.get(element, "rect"))

    def drawComplexControl(self, control, option, painter, widget=None) -> None:  # noqa: N802 (Qt's name)
        super().drawComplexControl(control, option, painter, widget)
        if control not in RINGED_FIELDS or option.rect.isEmpty() or not getattr(option, "frame", True):
            return
        _ring(option, painter, "rounded")

    @staticmethod
    def _framed(option, widget) -> bool:
        """A field with a frame of its own (not the editor inside a table cell or a spin box)."""
        line_width = getattr(option, "lineWidth", 1)
        if line_width <= 0:
            return False
        parent = widget.parentWidget() if widget is not None else None
        from PySide6.QtWidgets import QAbstractSpinBox, QComboBox

        return not isinstance(parent, (QAbstractSpinBox, QComboBox))


def _flat(option) -> bool:
    """A flat push button: no face, so no edge either."""
    from PySide6.QtWidgets import QStyleOptionButton

    return isinstance(option, QStyleOptionButton) and bool(option.features & QStyleOptionButton.Flat)


def _typed_into(widget) -> bool:
    """A text field of several lines the user writes in (not a read-only view)."""
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

    return isinstance(widget, (QPlainTextEdit, QTextEdit)) and not widget.isReadOnly()


def _ring(option, painter, shape: str) -> None:
    """The edge: EDGE, or the highlight while the control has the focus."""
    focused = option.state & QStyle.State_HasFocus
    painter.save()
    painter.setRenderHint(QPainter.Antialiasing, True)
    colour = option.palette.color(QPalette.Highlight) if focused else QColor(EDGE)
    painter.setPen(QPen(colour, 1))
    painter.setBrush(Qt.NoBrush)
    rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
    if shape == "ellipse":
        painter.drawEllipse(rect)
    elif shape == "rounded":
        painter.drawRoundedRect(rect, 2, 2)
    else:
        painter.drawRect(rect)
    painter.restore()
