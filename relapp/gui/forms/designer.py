"""Loading a Qt Designer form from ``ui/`` and the dialog that hosts it.

The form is loaded at run time with QUiLoader (nothing generated is
committed).  Field widgets are named after the service fields, so a
``ValidationError`` can point at the widget that holds the mistake.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QLabel, QLineEdit, QPlainTextEdit, QSpinBox,
    QVBoxLayout, QWidget,
)

from relapp.assets import ui_form
from relapp.services.storage_errors import storage_message
from relapp.services.validation import NotFoundError, ValidationError
from relapp.gui.text_colours import css
from relapp.gui.themed_styles import themed
from relapp.gui.refusal_texts import label_text, refusal_text


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    data = QByteArray(ui_form(name).read_bytes())
    buffer = QBuffer(data)
    buffer.open(QIODevice.ReadOnly)
    widget = QUiLoader().load(buffer, parent)
    buffer.close()
    if widget is None:
        raise RuntimeError(f"the form ui/{name}.ui could not be loaded")
    return widget


def fill_combo(combo: QComboBox, options: dict, empty: str | None = None) -> None:
    """Items show the label and carry the stored key as their data."""
    combo.clear()
    if empty is not None:
        combo.addItem(empty, None)
    for key, label in options.items():
        combo.addItem(label, key)


def select_data(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def read_widget(widget: QWidget):
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QDateEdit):
        return widget.date().toPython()
    raise TypeError(widget)


def write_widget(widget: QWidget, value) -> None:
    if isinstance(widget, QLineEdit):
        widget.setText(value or "")
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value or "")
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(value or 0))
    elif isinstance(widget, QComboBox):
        select_data(widget, value)
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QDateEdit):
        widget.setDate(QDate(value))


class FormDialog(QDialog):
    """A dialog around a Designer form whose OK runs ``save()``.

    ``save()`` calls a service; a ValidationError keeps the dialog open,
    shows the message under the form and puts the cursor in the field.
    """

    form_name = ""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.form = load_form(self.form_name, self)
        self.setWindowTitle(self.form.windowTitle())
        self.error_label: QLabel = self.form.findChild(QLabel, "errorLabel")
        # Red, not the selection blue: a message that looks like a link reads as one.
        themed(self.error_label, lambda: css("negative") + " font-weight: 600;")
        self.error_label.hide()
        for label in self.form.findChildren(QLabel):
            if label.buddy() is not None:
                # Qt measures a label a few pixels narrower than some fonts
                # draw it; without room the last letter is cut off.
                label.setMinimumWidth(label.sizeHint().width() + 6)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.result_object = None

    def field(self, name: str) -> QWidget:
        widget = self.form.findChild(QWidget, name)
        if widget is None:
            raise KeyError(name)
        return widget

    def field_label(self, name: str | None) -> str | None:
        """The text of the label the form puts beside field ``name``, if any."""
        for label in self.form.findChildren(QLabel):
            buddy = label.buddy()
            if name and buddy is not None and buddy.objectName() == name:
                return label_text(label.text())
        return None

    def values(self, names) -> dict:
        return {name: read_widget(self.field(name)) for name in names}

    def show_error(self, message: str, field: str | None = None) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        if field:
            widget = self.form.findChild(QWidget, field)
            if widget is not None:
                widget.setFocus()
                if isinstance(widget, QLineEdit):
                    widget.selectAll()

    def _try_accept(self) -> None:
        try:
            self.result_object = self.save()
        except ValidationError as exc:
            self.show_error(refusal_text(exc, self.field_label(exc.field)), exc.field)
            return
        except NotFoundError as exc:
            self.show_error(str(exc))
            return
        except Exception as exc:
            # A full or read-only disk: say so and keep what was typed, so
            # OK works once there is space again.
            message = storage_message(exc)
            if message is None:
                raise
            self.show_error(self.tr("Not saved: %s.") % message)
            return
        self.accept()

    def save(self):  # pragma: no cover - every subclass defines it
        raise NotImplementedError
