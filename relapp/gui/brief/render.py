"""Briefs and summaries as files: PDF through Qt's own document engine
(QTextDocument printed on a QPdfWriter: no browser, no network), HTML that
stands alone (pictures inlined as data: URIs) and Markdown.

The pictures (balance chart, stakeholder map) are drawn with widgets, so
``brief_images`` must run on the GUI thread; everything after it
(``render_brief`` with the images given) touches no widget and may run on a
worker thread.
"""

from __future__ import annotations

import base64

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextBlock, QTextCursor, QTextDocument,
    QTextFormat,
)

from relapp.services.brief import Brief
from relapp.services.brief_documents import FORMATS, render_html, render_markdown

CHART_SIZE = (760, 280)  # drawn 17.6 cm wide on paper: axis labels stay readable
MAP_WIDTH = 1500
# Names under which Qt's document finds the pictures (never fetched: added as resources).
RESOURCE = {"chart": "relapp-image://chart.png", "map": "relapp-image://map.png"}
PAGE_MARGINS_MM = QMarginsF(17, 15, 17, 12)
PAPER, INK = "#ffffff", "#1d2733"  # the page and its body text (the templates' body colour)
FOOTER_POINTS = 22


# How each file format takes the map: paper its vectors (labels stay sharp
# however small it is drawn), a web page a picture.
MAP_FORMATS = {"pdf": ("svg",), "html": ("png",)}
MAP_KEYS = {"png": "map", "svg": "map.svg"}


def brief_images(brief: Brief, *, chart: bool = True, stakeholder_map: bool = True,
                 map_formats: tuple[str, ...] = ("png", "svg")) -> dict[str, bytes]:
    """The balance chart as PNG ("chart") and the stakeholder map as PNG
    ("map") and SVG ("map.svg"), or only the ``map_formats`` one file needs.
    Widgets draw them: GUI thread only."""
    from relapp.gui.chart.render import render_chart
    from relapp.gui.headless import ensure_app
    from relapp.gui.map.render import render_data, render_paper
    from relapp.services.stakeholder_map import load_map

    ensure_app()
    images: dict[str, bytes] = {}
    if chart and brief.has_entries:
        images["chart"] = render_chart(brief.account_id, None, None, "png", width=CHART_SIZE[0],
                                       height=CHART_SIZE[1], today=brief.today)
    # The map shows stances and coverage gaps: never in the client's handout.
    if stakeholder_map and (brief.people or brief.others) and brief.audience != "client":
        data = load_map(brief.account_id, brief.today)  # read once for every format
        for fmt in map_formats:
            images[MAP_KEYS[fmt]] = (render_paper(data, "teams", map_room()) if fmt == "svg"
                                     else render_data(data, "teams", fmt, MAP_WIDTH))
    return images


def _svg_image(svg: bytes, width: int, height: int) -> QImage:
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(width, height, QImage.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    painter.setRenderHint(QPainter.TextAntialiasing)
    QSvgRenderer(QByteArray(svg)).render(painter)
    painter.end()
    return image


def _picture(images: dict[str, bytes], name: str, oversample: int = 3) -> QImage:
    """The picture for paper: the SVG drawn sharp at ``oversample`` times its size."""
    if f"{name}.svg" in images:
        from PySide6.QtSvg import QSvgRenderer

        size = QSvgRenderer(QByteArray(images[f"{name}.svg"])).defaultSize()
        return _svg_image(images[f"{name}.svg"], size.width() * oversample, size.height() * oversample)
    return QImage.fromData(images[name], "PNG")


def data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def standalone_html(brief: Brief, images: dict[str, bytes]) -> str:
    return render_html(brief, {name: data_uri(png) for name, png in images.items() if name in RESOURCE})


def text_document(brief: Brief, images: dict[str, bytes], *, layout_device=None,
                  image_width: float = 640) -> QTextDocument:
    """The brief as a Qt document (PDF, printing and the preview).  The map
    is left out: on paper it gets a landscape page of its own."""
    document = _paper_document(layout_device)
    shown = [name for name in ("chart", "map") if name in images]
    for name in shown:
        document.addResource(QTextDocument.ImageResource, QUrl(RESOURCE[name]), _picture(images, name))
    document.setHtml(render_html(brief, {name: RESOURCE[name] for name in shown}, for_print=True,
                                 image_width=image_width))
    document.setMetaInformation(QTextDocument.DocumentTitle, brief.title)
    return document


def _paper_document(layout_device=None) -> QTextDocument:
    """An empty Qt document set up for paper: design metrics, no margin
    (the page layout has them), the documents' font."""
    document = QTextDocument()
    document.setUseDesignMetrics(True)
    if layout_device is not None:
        document.documentLayout().setPaintDevice(layout_device)
    document.setDocumentMargin(0)
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.SansSerif)
    font.setPointSizeF(9.5)
    document.setDefaultFont(font)
    return document


def page_layout(orientation=QPageLayout.Portrait) -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.A4), orientation, PAGE_MARGINS_MM, QPageLayout.Millimeter)


class PaperMeasure:
    """A QPdfWriter at 72 dots per inch used only to measure: the document
    is laid out in points, so 9.5 pt text is 9.5 pt on any printer."""

    def __init__(self):
        self.data = QByteArray()
        self.buffer = QBuffer(self.data)
        self.buffer.open(QIODevice.WriteOnly)
        self.writer = QPdfWriter(self.buffer)
        self.writer.setResolution(72)
        self.writer.setPageLayout(page_layout())


def _pdf(title: str, paint) -> bytes:
    """A PDF of ``title`` whose pages ``paint(writer)`` draws."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(page_layout())
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("Relapp")
    paint(writer)
    buffer.close()
    return bytes(data)


def pdf_bytes(brief: Brief, images: dict[str, bytes]) -> bytes:
    return _pdf(brief.title, lambda writer: paint_brief(brief, images, writer))


def html_pdf_bytes(html: str, title: str) -> bytes:
    """A document without pictures (the account plan) as PDF pages with the footer."""
    def paint(writer) -> None:
        measure = PaperMeasure()
        document = _paper_document(measure.writer)
        document.setHtml(html)
        _paint_pages(document, writer, title, 0)

    return _pdf(title, paint)


def paint_brief(brief: Brief, images: dict[str, bytes], device) -> int:
    """Paint the brief page by page on ``device`` (a QPdfWriter or a
    QPrinter whose page layout is already set); returns the page count."""
    measure = PaperMeasure()
    document = paper_document(brief, images, measure)
    extra = 1 if "map" in images or "map.svg" in images else 0
    return _paint_pages(document, device, brief.title, extra,
                        (lambda painter, total: _map_page(painter, device, brief, images, total)) if extra else None)


def paper_document(brief: Brief, images: dict[str, bytes], measure: PaperMeasure) -> QTextDocument:
    """The brief's text as it goes on paper, laid out in points on
    ``measure`` (which must outlive it) and cut into pages
    (``paper_pages`` says which to print); the map has a page of its own."""
    content = page_layout().paintRectPoints()
    # Qt sizes pictures in CSS pixels (1/96 in) whatever the layout device.
    document = text_document(brief, {k: v for k, v in images.items() if not k.startswith("map")},
                             layout_device=measure.writer, image_width=content.width() * 96 / 72)
    _set_page_size(document)
    return document


def _set_page_size(document: QTextDocument) -> None:
    content = page_layout().paintRectPoints()
    document.setPageSize(QSizeF(content.width(), content.height() - FOOTER_POINTS))


def _paint_pages(document: QTextDocument, device, title: str, extra_pages: int, after=None) -> int:
    """Paint ``document`` page by page with the footer; ``after(painter,
    total)`` adds the ``extra_pages`` at the end.  Returns the page count."""
    content = page_layout().paintRectPoints()
    _set_page_size(document)
    pages = paper_pages(document)
    total = len(pages) + extra_pages
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot draw on the output device")
    try:
        scale = device.logicalDpiX() / 72
        page_height = document.pageSize().height()
        for number, page in enumerate(pages):
            if number:
                device.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.translate(0, -page * page_height)
            document.drawContents(painter, QRectF(0, page * page_height, content.width(), page_height))
            painter.restore()
            _footer(painter, scale, content.width(), content.height(), title, number + 1, total)
        if after is not None:
            after(painter, total)
    finally:
        painter.end()
    return total


def paper_pages(document: QTextDocument) -> list[int]:
    """The pages of ``document`` (its page size set) to print, in order:
    no heading ends one and no table row is cut by one
    (``keep_on_one_page``), and none is blank.

    A page can come out blank when a heading after a table that ends at the
    foot of a page is moved: Qt's layout already counts the space after the
    table on the next page, so the page break goes one page further.  Such
    a page has nothing on it and is left out."""
    keep_on_one_page(document)
    # The pages are read on a whole layout, as keep_on_one_page reads them:
    # nothing to do after its last round, which laid the document out, but
    # needed when its rounds ran out with a move just made.
    document.pageCount()
    layout, height = document.documentLayout(), document.pageSize().height()
    used: set[int] = set()
    block = document.begin()
    while block.isValid():
        used.update(_page_at(top, height) for top in _line_tops(layout, block))
        block = block.next()
    return [page for page in range(document.pageCount()) if page in used]


def _page_at(y: float, height: float) -> int:
    """The page (from 0) a point ``y`` of the laid-out document is on; half
    a pixel of rounding counts with the page below."""
    return int((y + 0.5) // height)


def _line_tops(layout, block: QTextBlock) -> list[float]:
    """Where each line of ``block`` starts on the document: a block that did
    not fit keeps its place and moves its lines to the next page."""
    top = layout.blockBoundingRect(block).top()
    lines = block.layout()
    return [top + lines.lineAt(i).y() for i in range(lines.lineCount())] or [top]


# Enough rounds for every heading and row of a long brief; each round moves one.
_KEEP_ROUNDS = 200


def keep_on_one_page(document: QTextDocument) -> list[str]:
    """Move every heading that would end a page, and every table row a
    page's end would cut in two, to the next page, with what follows it;
    returns the texts of the headings and rows' first cells moved.

    Qt's document has no keep-with-next (and ignores page-break-inside): a
    heading whose line fits at the foot of a page stays there and its table
    or list starts the next page; right after a table it may even be cut in
    two by the page's end; and a table row of a few lines (an objective
    with its latest progress) is split between two pages.  So the laid-out
    pages are read back: a heading whose follower (its first line of text;
    for a table with a header row, the first row of data, since the header
    row is repeated on the next page anyway) starts on a later page, or a
    row that starts on one page and ends on the next, gets a page break
    before it, and the pages are laid out again, one at a time, the first
    in the document first (moving one moves everything after it).  A
    heading with nothing before it on its own page stays: moving it would
    only leave an empty page; so does a row taller than a page."""
    moved: list[str] = []
    for _ in range(_KEEP_ROUNDS):
        # The whole document laid out before its pages are read: read
        # block by block right after a change (a new page size, a moved
        # heading), Qt's layout left blocks further on without lines, which
        # were then never drawn (a brief printed without its attendees'
        # names, the headings under them and their questions).
        document.pageCount()
        heading = _heading_ending_a_page(document)
        row = _row_cut_by_a_page(document)
        if row is not None and (heading is None or row[0].position() < heading.position()):
            starts = row
        elif heading is not None:
            starts = [heading]
        else:
            break
        for block in starts:
            block_format = block.blockFormat()
            block_format.setPageBreakPolicy(block_format.pageBreakPolicy() | QTextFormat.PageBreak_AlwaysBefore)
            QTextCursor(block).setBlockFormat(block_format)
        moved.append(starts[0].text())
    return moved


def _heading_ending_a_page(document: QTextDocument) -> QTextBlock | None:
    """The first heading whose follower starts on a later page, unless
    nothing comes before the heading on its own page."""
    layout, height = document.documentLayout(), document.pageSize().height()

    def page(block: QTextBlock) -> int:
        return _page_at(_line_tops(layout, block)[0], height)

    last_text_page = -1  # the page of the latest block with text so far
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() and QTextCursor(block).currentTable() is None:
            follower = _follower(block)
            on = page(block)
            if follower is not None and last_text_page == on and page(follower) > on:
                return block
        if block.text().strip():
            last_text_page = page(block)
        block = block.next()
    return None


def _row_cut_by_a_page(document: QTextDocument) -> list[QTextBlock] | None:
    """The first blocks of the cells of the first table row (below its
    header rows) that starts on one page and ends on the next, when the
    row is no taller than a page and was not moved already (a moved row
    still cut would be found again in every round, to no end: measured cut,
    a row is taller than whole, by the header row repeated in it, so it
    should not happen); None when no row is cut."""
    layout, height = document.documentLayout(), document.pageSize().height()
    looked: set[tuple[int, int]] = set()
    block = document.begin()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is not None:
            row = table.cellAt(block.position()).row()
            if (table.firstPosition(), row) not in looked and row >= table.format().headerRowCount():
                looked.add((table.firstPosition(), row))
                cells = {table.cellAt(row, column).firstPosition(): table.cellAt(row, column)
                         for column in range(table.columns())}
                moved = table.cellAt(row, 0).firstCursorPosition().block().blockFormat().pageBreakPolicy() \
                    & QTextFormat.PageBreak_AlwaysBefore
                top, bottom = _cells_extent(layout, cells.values())
                # The last line's bottom is on the page its last pixel is on.
                if not moved and bottom - top <= height and _page_at(top, height) != _page_at(bottom - 1, height):
                    return [cell.firstCursorPosition().block() for _, cell in sorted(cells.items())]
        block = block.next()
    return None


def _cells_extent(layout, cells) -> tuple[float, float]:
    """The top of the first line and the bottom of the last line of ``cells``."""
    top, bottom = float("inf"), float("-inf")
    for cell in cells:
        block, last = cell.firstCursorPosition().block(), cell.lastCursorPosition().block()
        while block.isValid():
            lines, block_top = block.layout(), layout.blockBoundingRect(block).top()
            for i in range(lines.lineCount()):
                line = lines.lineAt(i)
                top = min(top, block_top + line.y())
                bottom = max(bottom, block_top + line.y() + line.height())
            if block == last:
                break
            block = block.next()
    return top, bottom


def _follower(heading: QTextBlock) -> QTextBlock | None:
    """What must share the heading's page: the first block after it with
    text, or a table's first row of data."""
    block = heading.next()
    while block.isValid() and not block.text().strip() and QTextCursor(block).currentTable() is None:
        block = block.next()
    if not block.isValid():
        return None
    table = QTextCursor(block).currentTable()
    if table is not None:
        header = table.format().headerRowCount()
        if 0 < header < table.rows():
            return table.cellAt(header, 0).firstCursorPosition().block()
    return block


def _footer(painter: QPainter, scale: float, width: float, height: float, title: str, page: int,
            total: int) -> None:
    painter.save()
    painter.scale(scale, scale)
    painter.setFont(_font(7.5, scale))
    painter.setPen(QColor("#5a6775"))  # footer: 5.8:1 on the white page
    line = QRectF(0, height - FOOTER_POINTS + 6, width, FOOTER_POINTS - 6)
    painter.drawText(line, Qt.AlignLeft | Qt.AlignBottom, title)
    painter.drawText(line, Qt.AlignRight | Qt.AlignBottom, f"{page} / {total}")
    painter.restore()


def _font(points: float, scale: float, bold: bool = False) -> QFont:
    """A font of ``points`` on paper for a painter already scaled by ``scale``
    (fonts are sized in the device's own dots, before the painter's scale)."""
    font = QFont("DejaVu Sans")
    font.setPointSizeF(points / scale)
    if bold:
        font.setWeight(QFont.DemiBold)
    return font


MAP_TOP = 26  # points from the landscape page's top to the map, below its title


def map_room() -> tuple[float, float]:
    """Width and height (points) the map has on its landscape page."""
    area = page_layout(QPageLayout.Landscape).paintRectPoints()
    return area.width(), area.height() - MAP_TOP - FOOTER_POINTS


def _map_page(painter: QPainter, device, brief: Brief, images: dict[str, bytes], total: int) -> None:
    """The map on a landscape page: it is wide, and its labels must stay legible."""
    device.setPageLayout(page_layout(QPageLayout.Landscape))
    device.newPage()
    area = page_layout(QPageLayout.Landscape).paintRectPoints()
    scale = device.logicalDpiX() / 72
    painter.save()
    painter.scale(scale, scale)
    painter.setFont(_font(12.5, scale, bold=True))
    painter.setPen(QColor("#12324f"))
    painter.drawText(QRectF(0, 0, area.width(), 20), Qt.AlignLeft | Qt.AlignTop, brief.say("The stakeholder map"))
    room = QRectF(QPointF(0, MAP_TOP), QSizeF(*map_room()))
    if "map.svg" in images:
        from PySide6.QtSvg import QSvgRenderer

        # Vectors, drawn for this room a point a unit (render_paper): drawn
        # at their own size, their texts are as large as they were made.
        renderer = QSvgRenderer(QByteArray(images["map.svg"]))
        size = QSizeF(renderer.defaultSize())
        if size.width() > room.width() or size.height() > room.height():
            size = size.scaled(room.size(), Qt.KeepAspectRatio)
        renderer.render(painter, QRectF(room.topLeft(), size))
    else:
        image = QImage.fromData(images["map"], "PNG")
        size = QSizeF(image.size()).scaled(room.size(), Qt.KeepAspectRatio)
        painter.setRenderHint(QPainter.SmoothPixmapTransform)
        painter.drawImage(QRectF(room.topLeft(), size), image)
    painter.restore()
    _footer(painter, scale, area.width(), area.height(), brief.title, total, total)


def render_brief(brief: Brief, fmt: str, images: dict[str, bytes] | None = None) -> bytes:
    """The file's bytes in ``fmt`` (pdf, html, md).  Without ``images`` they
    are drawn here, which needs the GUI thread."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    if fmt == "md":
        return render_markdown(brief).encode("utf-8")
    if images is None:
        images = brief_images(brief, map_formats=MAP_FORMATS[fmt])
    if fmt == "html":
        return standalone_html(brief, images).encode("utf-8")
    return pdf_bytes(brief, images)
