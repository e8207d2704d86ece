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
    # Where entries worth 0 leave the clock alone (the account's choice), the
    # line names the contact that counts, not an entry the journal shows later.
    counts_apart = status.last_entry is not None and status.last_entry != status.last_contact
    if status.last_contact is None:
        last = (translate("TouchLine", "no contact that counts yet") if counts_apart
                else translate("TouchLine", "no entry with them yet"))
    elif counts_apart:
        last = translate("TouchLine", "last contact that counts %s") % status.last_contact.isoformat()
    else:
        last = translate("TouchLine", "last contact %s") % status.last_contact.isoformat()
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
