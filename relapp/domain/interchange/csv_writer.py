"""Writing tables as CSV that spreadsheets open safely."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from relapp.domain.interchange.spreadsheet_safety import neutralise


def csv_text(header: list[str], rows: Iterable[Iterable[object]]) -> str:
    """UTF-8 CSV with a byte-order mark (so spreadsheets pick the right
    encoding), CRLF line ends, and formula-like cells neutralised."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([neutralise("" if cell is None else str(cell)) for cell in row])
    return "\ufeff" + out.getvalue()
