"""Keeping in touch with a person, said in one line of rich text."""

from __future__ import annotations

import html

from relapp.services.keep_in_touch import ContactStatus


def touch_line(widget, status: ContactStatus) -> str:
    """One line on keeping in touch; red when the next contact is late."""
    last = (widget.tr("last contact %s") % status.last_contact.isoformat() if status.last_contact
            else widget.tr("no entry with them yet"))
    rhythm = (widget.tr("Keep in touch every %d days") % status.cadence_days if status.cadence_days
              else widget.tr("No keep-in-touch rhythm set"))
    if status.expected_by is None:
        return html.escape(f"{rhythm} · {last}")
    if status.days_late:
        late = widget.tr("next contact %d days late") % status.days_late
        return (f"{html.escape(rhythm)} · {html.escape(last)} · "
                f"<span style='color:#c62828; font-weight:600'>{html.escape(late)}</span>")
    return html.escape(f"{rhythm} · {last} · " + widget.tr("next contact by %s") % status.expected_by.isoformat())
