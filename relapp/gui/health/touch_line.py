"""Keeping in touch with a person, said in one line of rich text."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from relapp.services.keep_in_touch import ContactStatus
from relapp.gui.text_colours import css

# lupdate reads translate("Context", "text") calls; the context is fixed
# because these are plain functions, not methods of a QObject.
translate = QCoreApplication.translate


def touch_line(widget, status: ContactStatus) -> str:
    """One line on keeping in touch; red when the next contact is late."""
    last = (translate("TouchLine", "last contact %s") % status.last_contact.isoformat() if status.last_contact
            else translate("TouchLine", "no entry with them yet"))
    rhythm = (translate("TouchLine", "Keep in touch every %d days") % status.cadence_days if status.cadence_days
              else translate("TouchLine", "No keep-in-touch rhythm set"))
    if status.expected_by is None:
        return html.escape(f"{rhythm} · {last}")
    if status.days_late:
        late = translate("TouchLine", "next contact %d days late") % status.days_late
        return (f"{html.escape(rhythm)} · {html.escape(last)} · "
                f"<span style='{css('negative')} font-weight:600'>{html.escape(late)}</span>")
    expected = translate("TouchLine", "next contact by %s") % status.expected_by.isoformat()
    return html.escape(f"{rhythm} · {last} · {expected}")
