"""The stakeholder map as a QGraphicsScene: people, our team, lines, grid.

Used both by the interactive view and by the PNG/SVG export, so what is
exported is exactly what the user sees.  Items paint themselves with plain
QPainter calls (no effects, no per-frame work) so 200 people stay smooth.
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush, QColor, QFont, QFontMetricsF, QPainterPath, QPen, QStaticText, QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsItem, QGraphicsLineItem, QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView,
    QToolTip,
)

from relapp.domain import contact_model
from relapp.domain import map_layout as ml
from relapp.domain.coverage import Acquaintance
from relapp.domain.introductions import Introduction
from relapp.domain.vocabulary import DECISION_ROLES, STANCES, TIE_STRENGTHS
from relapp.gui.gap_texts import gap_lines, gap_summaries, suggestion_words
from relapp.gui.map.box_layer import GAP_BRUSH, NO_PEN, SELECTED_PEN, WHITE, BoxLayer
from relapp.gui.map.lines import (
    CONFLICT_COLOUR, GAP_COLOUR, INFLUENCE_COLOUR, REPORTS_PEN, TIE_COLOUR, MapLine, MapLines,
)
from relapp.gui.overdue_look import OVERDUE_RED
from relapp.gui.phrase_texts import phrase_text
from relapp.gui.text_widths import text_widths
from relapp.gui.vocabulary_labels import label as vocabulary_label
from relapp.services.stakeholder_map import MapData, MapMember, MapPerson

# The scene is drawn by plain functions as well as items (no QObject
# context), so its words go under the fixed context "MapScene".
translate = QCoreApplication.translate

# Okabe–Ito colours: told apart by people with the common forms of colour blindness.
STANCE_COLOURS = {
    "champion": QColor("#009E73"),
    "supporter": QColor("#56B4E9"),
    "neutral": QColor("#999999"),
    "sceptic": QColor("#E69F00"),
    "blocker": QColor("#D55E00"),
}
OVERDUE_COLOUR = QColor(OVERDUE_RED)
OUR_COLOUR = QColor("#1F3A5F")
TEXT_COLOUR = QColor("#1A1A1A")
RING_SPACE = 34.0  # room on the right of a box for the influence ring
LEFT_MIDDLE = Qt.AlignLeft | Qt.AlignVCenter  # once: combining Qt's flags in Python is slow
# Read once too (as NO_PEN, from the box layer): each ``Qt.NoPen`` in a paint() was a
# look-up through shiboken's type attributes (py-spy: a tenth of a crowded map's box paints).
NO_BRUSH, CENTRED = Qt.NoBrush, Qt.AlignCenter
HOVER_REACH = 4  # pixels on screen around the pointer in which a line shows its tooltip
NODE_FLAGS = QGraphicsItem.ItemIsMovable | QGraphicsItem.ItemIsSelectable | QGraphicsItem.ItemIsFocusable
# A person's box is painted by the map's BoxLayer; its flags are set in one call (each
# setFlag from Python converts the flags again: 4 us a box, a crowded map has hundreds).
PERSON_FLAGS = NODE_FLAGS | QGraphicsItem.ItemHasNoContents


def map_fonts() -> tuple[QFont, QFont]:
    name = QFont()
    name.setPointSizeF(10)
    name.setBold(True)
    small = QFont()
    small.setPointSizeF(8.5)
    return name, small


@dataclass
class Filters:
    stance: str | None = None
    role: str | None = None
    member_id: int | None = None  # only people tied to this one of ours
    by_department: bool = False  # organisation layout: one frame per department
    folded: frozenset = frozenset()  # departments shown as one counted group
    tagged: frozenset[int] | None = None  # only these people (those with the chosen tag)

    def keeps(self, person: MapPerson, tied_to: dict[int, set[int]]) -> bool:
        if self.tagged is not None and person.id not in self.tagged:
            return False
        if self.stance and person.stance != self.stance:
            return False
        if self.role and person.role != self.role:
            return False
        if self.member_id is not None and self.member_id not in tied_to.get(person.id, set()):
            return False
        return True


def role_label(role: str | None) -> str:
    return vocabulary_label(DECISION_ROLES.get(role, "")) if role else ""


def overdue_label(count: int) -> str:
    """How many promises to a person are overdue, in words ("" for none)."""
    return translate("MapScene", "%d overdue promise(s) to them") % count if count else ""


def known_label(strength: int, known: tuple[Acquaintance, ...] = ()) -> str:
    """How well our side knows them, and through whom (the coverage rule)."""
    if strength not in TIE_STRENGTHS:
        return translate("MapScene", "Nobody on our side knows them")
    words = vocabulary_label(TIE_STRENGTHS[strength])
    if known:
        best = known[0]
        how = (translate("MapScene", "%s, from the journal") % best.member if best.source == "journal"
               else best.member)
        words += f" ({how})"
    return words


def path_label(intro: Introduction) -> str:
    """The way to a person in a coverage gap, in words and as a chain of names."""
    return (translate("MapScene", "Way in: %s") % " → ".join(intro.path) + "\n"
            + translate("MapScene", "Ask %s, whom %s knows well, for an introduction to %s")
            % (intro.via, intro.member, intro.target))


def journal_label(known: Acquaintance, person: str) -> str:
    """The tooltip of a line the journal shows: a tie worth recording."""
    if known.recent_contacts:
        return suggestion_words(known, person)
    return translate("MapScene", "%s met %s in the last year; no tie recorded") % (known.member, person)


class NodeItem(QGraphicsRectItem):
    """A box on the map; its position is the box's top-left corner.

    A rectangle item only so that Qt answers its bounds itself, without a
    call into Python (the view asks several times per item and paint): the
    rectangle is the room the box paints in, 6 px around the box for a gap's
    ring and the overdue badge. ``paint()`` draws the box; the rectangle as
    such is never drawn."""

    _shape: QPainterPath | None = None  # made when first asked for

    def __init__(self, key: str, w: float, h: float, flags=NODE_FLAGS):
        super().__init__(-6, -6, w + 12, h + 12)
        self.key = key
        self.w, self.h = w, h
        self.edges: list[MapLine] = []
        self.setFlags(flags)
        self.setZValue(2)

    def shape(self) -> QPainterPath:
        # The box itself: what clicks, hovering and rubber bands find.
        if self._shape is None:
            self._shape = QPainterPath()
            self._shape.addRect(QRectF(0, 0, self.w, self.h))
        return self._shape

    def centre(self) -> QPointF:
        return self.pos() + QPointF(self.w / 2, self.h / 2)

    def follow(self) -> None:
        """Bring the lines to this box after it moved."""
        for edge in self.edges:
            edge.adjust()
        if self.edges and self.edges[0].layer is not None:
            self.edges[0].layer.moved()  # one layer holds all of a map's lines
        scene = self.scene()
        if isinstance(scene, MapScene) and scene.box_layer is not None:
            scene.box_layer.moved()  # and one paints all people's boxes

    def mouseDoubleClickEvent(self, event):
        scene = self.scene()
        if isinstance(scene, MapScene):
            scene.activated.emit(self.key)
        event.accept()


class PersonItem(NodeItem):
    """``name_width``: the name's width in the name font, when the map
    measured it already; ``shapes``: the rectangles and gap rings the boxes
    of one map share, by size. The map's BoxLayer paints it (it says it has
    no contents of its own); ``paint()`` draws it alone, for a picture of one box."""

    def __init__(self, person: MapPerson, w: float, h: float, fonts: tuple[QFont, QFont], gap: str | None,
                 *, name_width: float | None = None, shapes: dict | None = None, shared_surname: bool = False):
        super().__init__(person.key, w, h, PERSON_FLAGS)
        self.person = person
        self.fonts = fonts
        self.gap = gap
        self.name_width = name_width
        self.shared_surname = shared_surname  # someone else on the map has it too
        self.look = _person_look(person, w, h, bool(gap), {} if shapes is None else shapes)
        self._texts: dict[str, object] = {}  # elided texts per level of detail, worked out when first drawn

    def toolTip(self) -> str:
        # Worked out when the pointer rests on the box (MapScene.helpEvent),
        # not for each of hundreds of boxes when the map is drawn.
        person, gap = self.person, self.gap
        stance = vocabulary_label(STANCES.get(person.stance, person.stance))
        figures = translate("MapScene", "influence %d/5, interest %d/5") % (person.influence, person.interest)
        overdue = overdue_label(person.overdue_promises)
        known = known_label(person.strongest_tie, person.known)
        return (f"{person.name}\n{person.title}\n{stance}, {figures}\n{known}"
                + ("\n" + translate("MapScene", "Gap: %s") % gap if gap else "")
                + ("\n" + overdue if overdue else ""))

    def paint(self, painter, option, widget=None):
        self.paint_shape(painter)
        self.paint_marks(painter, _zoom(option, painter))

    def paint_shape(self, painter) -> None:
        """Gap ring, box, stance bar and influence ring."""
        # Every pen, brush and rectangle was made once (``_person_look``):
        # a crowded map paints hundreds of boxes, each call from Python.
        look = self.look
        if look.gap_ring is not None:
            painter.fillPath(look.gap_ring, GAP_BRUSH)
        painter.setPen(SELECTED_PEN if self.isSelected() else look.border)
        painter.setBrush(look.fill)
        painter.drawRoundedRect(look.rect, 6, 6)
        painter.setPen(NO_PEN)
        painter.setBrush(look.colour)
        painter.drawRect(look.bar)
        painter.setPen(look.ring_pen)
        painter.setBrush(WHITE)
        painter.drawEllipse(look.ring_c, look.radius, look.radius)

    def shows_marks(self, lod: float, details: dict | None = None) -> bool:
        """Whether ``paint_marks`` draws anything at zoom ``lod``: zoomed
        far out, most boxes show no text and no badge. ``details``: where
        boxes asked about the same zoom keep how much of their fonts reads
        (boxes of a map share their fonts: asked once, not per box)."""
        if self.person.overdue_promises:
            return True
        details = {} if details is None else details
        detail = details.get(id(self.fonts))
        if detail is None:
            detail = details[id(self.fonts)] = readable_detail(lod, *self.fonts)
        if detail == "initials":
            return enlarged_font(lod)[2] <= self.look.text_rect.height() * 1.1
        return detail != "none"

    def paint_marks(self, painter, lod: float) -> None:
        """The texts that read at zoom ``lod``, and the overdue badge."""
        look = self.look
        p = self.person
        name_font, small_font = self.fonts
        detail = readable_detail(lod, name_font, small_font)
        if detail != "full":
            # Zoomed out: show less rather than text nobody can read. The name
            # goes last: it is what the user scans the map for.
            text_rect = look.text_rect
            if detail == "name":
                painter.setFont(name_font)
                painter.setPen(TEXT_COLOUR)
                _draw_left_middle(painter, text_rect, self._elided_name(text_rect.width()), name_font, "name")
            elif detail == "initials":
                self._draw_initials(painter, text_rect, lod)
            if p.overdue_promises:
                _overdue_badge(painter, QPointF(self.w - 2, 2), p.overdue_promises, small_font)
            return
        places = self._places()
        painter.setFont(small_font)
        painter.setPen(TEXT_COLOUR)
        painter.drawText(places.ring_rect, CENTRED, places.influence)
        painter.setFont(name_font)
        texts = self._full_texts()
        painter.drawText(places.name_rect, LEFT_MIDDLE, texts[0])
        painter.setFont(small_font)
        for i, (rect, text) in enumerate(zip(places.line_rects, texts[1:])):
            painter.setPen(TEXT_COLOUR if i == 0 and p.title else SECOND_LINE_COLOUR)
            painter.drawText(rect, LEFT_MIDDLE, text)
        if p.overdue_promises:
            _overdue_badge(painter, QPointF(self.w - 2, 2), p.overdue_promises, small_font)

    def _places(self) -> TextPlaces:
        places = self._texts.get("places")
        if places is None:
            places = self._texts["places"] = _text_places(self.look, self.person.influence)
        return places

    def _draw_initials(self, painter, rect: QRectF, lod: float) -> None:
        """The person's name, or their initials when the name does not fit, at a
        size that reads as at least READABLE_PT on screen."""
        font, metrics, height, font_key = enlarged_font(lod)
        if height > rect.height() * 1.1:
            return  # too far out even for initials: the box alone says where they are
        shown = self._texts.get("initials")
        if shown is None or shown[0] != lod:
            # Chosen once per name, font and room, for every layout and
            # opening of the map (choosing measures the name's shorter forms).
            key = (self.person.name, font_key, rect.width(), self.name_width, self.shared_surname)
            text = _SHORT_NAMES.get(key)
            if text is None:
                if len(_SHORT_NAMES) > 20000:
                    _SHORT_NAMES.clear()
                estimate = (None if self.name_width is None
                            else self.name_width * font.pointSizeF() / self.fonts[0].pointSizeF())
                text = _SHORT_NAMES[key] = short_name(self.person.name, metrics, rect.width(), estimate,
                                                      shared_surname=self.shared_surname)
            shown = self._texts["initials"] = (lod, text)
        painter.setFont(font)
        painter.setPen(TEXT_COLOUR)
        _draw_left_middle(painter, rect, shown[1], font, lod)

    def _elided_name(self, width: float) -> str:
        text = self._texts.get("name")
        if text is None:
            text = self._texts["name"] = QFontMetricsF(self.fonts[0]).elidedText(self.person.name, Qt.ElideRight,
                                                                                 width)
        return text

    def lines(self) -> list[str]:
        """The lines under the name: title and role in decisions, those there are
        (worked out when the box is first drawn that close, not for every box of a map)."""
        return [line for line in (self.person.title, role_label(self.person.role)) if line]

    def _full_texts(self) -> list[str]:
        texts = self._texts.get("full")
        if texts is None:
            name_font, small_font = self.fonts
            width = self._places().name_rect.width()
            small = QFontMetricsF(small_font)
            texts = self._texts["full"] = [QFontMetricsF(name_font).elidedText(self.person.name, Qt.ElideRight,
                                                                               width)] + \
                [small.elidedText(line, Qt.ElideRight, width) for line in self.lines()]
        return texts


SECOND_LINE_COLOUR = QColor("#444444")


class PersonLook(NamedTuple):
    """What every zoom draws a person's box with, made once per box (a
    named tuple: a crowded map makes hundreds, and a frozen dataclass sets
    each field through ``object.__setattr__``)."""

    colour: QColor
    fill: QBrush
    border: QPen
    gap_ring: QPainterPath | None
    rect: QRectF
    bar: QRectF
    ring_pen: QPen
    ring_c: QPointF
    radius: float
    text_rect: QRectF


class TextPlaces(NamedTuple):
    """Where the full detail puts its texts: made when a box is first drawn
    that close, which a crowded map fitted to the window never is."""

    ring_rect: QRectF
    influence: str
    name_rect: QRectF
    line_rects: tuple[QRectF, ...]


def _person_look(p: MapPerson, w: float, h: float, gap: bool, shapes: dict) -> PersonLook:
    colour, fill, border, ring_pen = _shared_look(p.stance, p.strongest_tie, p.influence)
    # The rectangles of a box of this size: boxes of one size share them (a
    # crowded map's titles make many boxes equally wide), as they share a gap ring.
    places = shapes.get((w, h))
    if places is None:
        places = shapes[(w, h)] = (QRectF(0, 0, w, h), QRectF(1.5, 1.5, 6, h - 3),
                                   QPointF(w - RING_SPACE / 2 - 2, h / 2), QRectF(10, 0, w - 12 - RING_SPACE, h))
    rect, bar, ring_c, text_rect = places
    ring = None
    if gap:
        ring = shapes.get(("gap", w, h))
        if ring is None:
            ring = shapes[("gap", w, h)] = _gap_ring(w, h)
    # Influence: a ring whose size and number both say it.
    return PersonLook(colour, fill, border, ring, rect, bar, ring_pen, ring_c, 6 + p.influence * 1.8, text_rect)


def _gap_ring(w: float, h: float) -> QPainterPath:
    """The ring around a box in a coverage gap, 2 to 6 px outside it, as a
    shape to fill: the outline of a rounded rectangle drawn with a 4 px pen
    (as it was) goes through Qt's stroker whenever the pen is wider than a
    pixel on screen, which costs several fills."""
    ring = QPainterPath()
    ring.setFillRule(Qt.OddEvenFill)
    ring.addRoundedRect(QRectF(-6, -6, w + 12, h + 12), 10, 10)
    ring.addRoundedRect(QRectF(-2, -2, w + 4, h + 4), 6, 6)
    return ring


def _text_places(look: PersonLook, influence: int) -> TextPlaces:
    w = look.rect.width()
    text_w = w - 16 - RING_SPACE
    c, radius = look.ring_c, look.radius
    return TextPlaces(QRectF(c.x() - radius, c.y() - radius, 2 * radius, 2 * radius), str(influence),
                      QRectF(12, 7, text_w, 18), (QRectF(12, 25.0, text_w, 15), QRectF(12, 40.0, text_w, 15)))


@functools.lru_cache(maxsize=None)
def _shared_look(stance: str, strength: int, influence: int) -> tuple[QColor, QBrush, QPen, QPen]:
    """Colour, fill, border and ring pen of a box: the same for every box
    of that stance, tie strength and influence."""
    colour = STANCE_COLOURS.get(stance, STANCE_COLOURS["neutral"])
    # How well our side knows them: border weight, dashed when nobody does.
    border = QPen(TEXT_COLOUR, 1.2 if strength <= 2 else 1.0 + strength * 0.6)
    if strength == 0:
        border.setStyle(Qt.DashLine)
    return colour, QBrush(_tint(colour)), border, QPen(INFLUENCE_COLOUR, 1 + influence * 0.5)


# Text on the map is never drawn smaller than this on screen or paper.
READABLE_PT = 8.0
# The most a heading on the map reads in the window, fitted: a little over
# the names' 10 pt.
HEADING_PT = 11.0


def _zoom(option, painter) -> float:
    """How big the item is drawn (1 = 100 %); 1 when painted without a style option."""
    return option.levelOfDetailFromTransform(painter.worldTransform()) if option is not None else 1.0


def readable_detail(lod: float, name_font: QFont, small_font: QFont) -> str:
    """How much of a box to draw at a zoom of ``lod`` (1 = 100 %): "full"
    while its smallest text stays readable, else "name" (the name alone,
    while its larger font stays readable), else "initials" (enlarged until
    readable), else "none" (just the coloured box)."""
    if lod * small_font.pointSizeF() >= READABLE_PT - 1e-6:
        return "full"
    if lod * name_font.pointSizeF() >= READABLE_PT - 1e-6:
        return "name"
    return "initials" if lod >= 0.12 else "none"


def initials(name: str) -> str:
    parts = [w for w in name.replace("-", " ").split() if w[:1].isalpha()]
    return "".join(w[0].upper() for w in parts[:3]) or name[:2]


def short_name(name: str, metrics: QFontMetricsF, width: float, estimate: float | None = None, *,
               shared_surname: bool = False) -> str:
    """The longest of "Valentina Wojcik", "V. Wojcik", "Wojcik", "VW" that fits
    ``width`` (a surname alone says more than two letters: the demo's
    "Ulla Kowalczyk" showed as "UK" where "Kowalczyk" fitted).
    ``shared_surname``: someone else on the map has the same surname, so
    the surname alone would name either of them; "V. Wojc…" keeps the
    initial that tells them apart, as long as three letters of the
    surname show. ``estimate``: the name's width scaled from another size
    of the font, which decides without measuring when it is clear by far
    (widths scale with the size to within 5 %; measuring a text shapes it again)."""
    if estimate is not None and estimate * 1.12 < width:
        return name
    words = name.split()
    candidates = [] if estimate is not None and estimate > width * 1.12 else [name]
    if len(words) > 1:
        initial_and_surname = f"{words[0][0]}. {words[-1]}"
        candidates.append(initial_and_surname)
        if shared_surname:
            cut = metrics.elidedText(initial_and_surname, Qt.ElideRight, width)
            if len(cut) >= len(words[0][0]) + 2 + SHARED_SURNAME_LETTERS + 1:  # "V. Woj…" at least
                candidates.append(cut)
        if words[-1][:1].isalpha():  # a surname, not a number or a mark after the name
            candidates.append(words[-1])
    for text in candidates:
        if metrics.horizontalAdvance(text) <= width:
            return text
    return initials(name)


def surname(name: str) -> str:
    """The last word of a name, as the map shortens it ("" for a single word)."""
    words = name.split()
    return words[-1].casefold() if len(words) > 1 else ""


# Cut short on a map where someone else has the same surname, a name keeps
# its initial and at least this many letters of the surname.
SHARED_SURNAME_LETTERS = 3


def enlarged_font(lod: float) -> tuple[QFont, QFontMetricsF, float, str]:
    """The bold font that reads as READABLE_PT (and a little more) at a zoom
    of ``lod``, with its metrics, line height and key: made once per zoom for
    every box, not per box and paint."""
    found = _ENLARGED.get(lod)
    if found is None:
        if len(_ENLARGED) > 64:  # zoomed through many steps
            _ENLARGED.clear()
        font = QFont()
        font.setBold(True)
        font.setPointSizeF(READABLE_PT / max(lod, 0.01) * 1.1)
        metrics = QFontMetricsF(font)
        found = _ENLARGED[lod] = (font, metrics, metrics.height(), font.key())
    return found


_ENLARGED: dict[float, tuple[QFont, QFontMetricsF, float, str]] = {}
# What short_name() chose, by (name, font key, room, the name's width in the map's name font).
_SHORT_NAMES: dict[tuple[str, str, float, float | None], str] = {}


def _draw_left_middle(painter, rect: QRectF, text: str, font: QFont, size_key) -> None:
    """Draw ``text`` (which fits ``rect``'s width) at its left, centred
    top to bottom, in ``font``, the painter's font: laid out once for every
    box that shows it (``size_key`` names the font), where drawText lays it
    out again each time (a crowded map shows the same few initials; CPU
    time, A/B: painting a 200-person grid went from about 7.5 to 6.6 ms)."""
    key = (text, size_key)
    static = _LAID_OUT.get(key)
    if static is None:
        if len(_LAID_OUT) > 4096:  # zoomed through many steps
            _LAID_OUT.clear()
        static = QStaticText(text)
        static.setTextFormat(Qt.PlainText)
        static.prepare(QTransform(), font)
        _LAID_OUT[key] = static = (static, static.size().height())
    painter.drawStaticText(QPointF(rect.x(), rect.y() + (rect.height() - static[1]) / 2), static[0])


# Texts laid out for the boxes, by (text, font): the map's fonts, and each
# zoom's enlarged font (by its zoom), are made again for each map drawn.
_LAID_OUT: dict[tuple[str, object], tuple[QStaticText, float]] = {}


def _overdue_badge(painter, centre: QPointF, count: int, font: QFont) -> None:
    """A red disc with the number of overdue promises, on the box's corner
    (inside the item's bounding rectangle, which leaves 6 px around the box)."""
    radius = 7.5
    painter.setPen(QPen(QColor("white"), 1.5))
    painter.setBrush(OVERDUE_COLOUR)
    painter.drawEllipse(centre, radius, radius)
    painter.setPen(QColor("white"))
    painter.setFont(font)
    painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius), Qt.AlignCenter,
                     str(count) if count < 10 else "9+")


class MemberItem(NodeItem):
    def __init__(self, member: MapMember, w: float, h: float, fonts: tuple[QFont, QFont]):
        super().__init__(member.key, w, h)
        self.member = member
        self.fonts = fonts
        self.setToolTip(translate("MapScene", "%s (our side)\nShift-drag to one of theirs to add a tie") % member.name)

    def paint(self, painter, option, widget=None):
        rect = QRectF(0, 0, self.w, self.h)
        painter.setPen(QPen(QColor("#0050A0"), 3) if self.isSelected() else QPen(OUR_COLOUR.darker(130), 1))
        painter.setBrush(OUR_COLOUR)
        painter.drawRoundedRect(rect, 6, 6)
        name_font, small_font = self.fonts
        lod = _zoom(option, painter)
        if lod * name_font.pointSizeF() < READABLE_PT - 1e-6:
            painter.setPen(QColor("white"))
            if lod >= 0.12:
                font = QFont(name_font)
                font.setPointSizeF(READABLE_PT / lod * 1.1)
                if QFontMetricsF(font).height() <= self.h * 1.1:
                    painter.setFont(font)
                    painter.drawText(rect.adjusted(8, 0, -4, 0), LEFT_MIDDLE,
                                     initials(self.member.name))
            return
        painter.setPen(QColor("white"))
        painter.setFont(name_font)
        painter.drawText(QRectF(10, 7, self.w - 20, 18), LEFT_MIDDLE,
                         QFontMetricsF(name_font).elidedText(self.member.name, Qt.ElideRight, self.w - 20))
        if self.member.role:
            painter.setFont(small_font)
            painter.drawText(QRectF(10, 25, self.w - 20, 15), LEFT_MIDDLE,
                             QFontMetricsF(small_font).elidedText(self.member.role, Qt.ElideRight, self.w - 20))


def _tint(colour: QColor, share: float = 0.28) -> QColor:
    """The stance colour thinned with white, so dark text stays readable on it."""
    return QColor(int(255 - (255 - colour.red()) * share), int(255 - (255 - colour.green()) * share),
                  int(255 - (255 - colour.blue()) * share))


@dataclass
class BuiltMap:
    nodes: dict[str, NodeItem] = field(default_factory=dict)
    grid: ml.GridLayout | None = None
    visible_people: list[MapPerson] = field(default_factory=list)
    visible_team: list[MapMember] = field(default_factory=list)
    frames: dict[str, ml.Rect] = field(default_factory=dict)  # department frames (organisation, grouped)


def department_of(person: MapPerson) -> str:
    return person.department.strip() or translate("MapScene", "No department")


GROUP_KEY = "g:"  # node key of a folded department: "g:<department>"


def _department_boxes(people: list[MapPerson], nodes: list[ml.Node], folded, name_m: QFontMetricsF):
    """The organisation, one frame per department (largest first); a folded
    department is one counted group box instead of its people."""
    by_key = {n.key: n for n in nodes}
    groups: dict[str, list[ml.Node]] = {}
    for p in people:
        groups.setdefault(department_of(p), []).append(by_key[p.key])
    ordered = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0].lower()))
    shown = []
    for name, members in ordered:
        if name in folded:
            label = group_label(name, len(members))
            shown.append((name, [ml.Node(GROUP_KEY + name, max(160.0, name_m.horizontalAdvance(label) + 28), 47)]))
        else:
            shown.append((name, members))
    return ml.department_layout(shown)


def group_label(department: str, count: int) -> str:
    return translate("MapScene", "%s: %d people") % (department, count)


class DepartmentFrame(QGraphicsItem):
    """A department's frame with its name; double-click folds or unfolds it."""

    def __init__(self, name: str, count: int, rect: ml.Rect, font: QFont, folded: bool):
        super().__init__()
        self.name, self.count, self.font, self.folded = name, count, font, folded
        self.rect = QRectF(rect.x, rect.y, rect.w, rect.h)
        self.setZValue(-3)
        self.setToolTip(translate("MapScene", "Double-click to fold or unfold %s") % name)

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-2, -2, 2, 2)

    def paint(self, painter, option, widget=None):
        painter.setPen(QPen(QColor("#9AA5B1"), 1.2))
        painter.setBrush(QColor("#F5F7FA"))
        painter.drawRoundedRect(self.rect, 8, 8)
        lod = _zoom(option, painter)
        if lod * self.font.pointSizeF() < READABLE_PT - 1e-6:
            return  # the frame alone: its name would be too small to read
        painter.setFont(self.font)
        painter.setPen(TEXT_COLOUR)
        mark = "▸" if self.folded else "▾"
        painter.drawText(self.rect.adjusted(10, 4, -10, 0), Qt.AlignLeft | Qt.AlignTop,
                         f"{mark} {self.name} ({self.count})")

    def mouseDoubleClickEvent(self, event):
        scene = self.scene()
        if isinstance(scene, MapScene):
            scene.activated.emit(GROUP_KEY + self.name)
        event.accept()


class GroupItem(NodeItem):
    """A folded department: one box with its count; double-click opens it."""

    def __init__(self, name: str, count: int, w: float, h: float, fonts: tuple[QFont, QFont]):
        super().__init__(GROUP_KEY + name, w, h)
        self.name, self.count, self.fonts = name, count, fonts
        self.setToolTip(translate("MapScene", "%s: double-click to show them") % group_label(name, count))

    def paint(self, painter, option, widget=None):
        rect = QRectF(0, 0, self.w, self.h)
        painter.setPen(QPen(QColor("#0050A0"), 3) if self.isSelected() else QPen(QColor("#6B7785"), 1.2))
        painter.setBrush(QColor("#E4E9F0"))
        painter.drawRoundedRect(rect, 6, 6)
        name_font = self.fonts[0]
        if _zoom(option, painter) * name_font.pointSizeF() < READABLE_PT - 1e-6:
            return
        painter.setFont(name_font)
        painter.setPen(TEXT_COLOUR)
        painter.drawText(rect.adjusted(12, 0, -8, 0), LEFT_MIDDLE,
                         group_label(self.name, self.count))


class MapScene(QGraphicsScene):
    """The scene, with the signals the view reacts to."""

    activated = Signal(str)  # node key double-clicked
    nodes_moved = Signal(dict)  # {node key: (x, y)} after a drag
    tie_requested = Signal(int, int)  # member id, stakeholder id
    context_requested = Signal(str, object)  # node key, global QPoint

    def __init__(self, parent=None):
        super().__init__(parent)
        # No index: the map is built afresh at each opening, and a BSP tree
        # over its few hundred items was built again before the first paint
        # (about 1.5 ms of opening the 200-person map). Unindexed, finding
        # the items at a point or in view is a pass over them in C++.
        self.setItemIndexMethod(QGraphicsScene.NoIndex)
        self._press_positions: dict[str, QPointF] = {}
        self._link_from: MemberItem | None = None
        self._link_line: QGraphicsLineItem | None = None
        self.allow_tie_drag = False
        self.map_lines: MapLines | None = None  # the lines of the map built in it (build() sets it)
        self.box_layer: BoxLayer | None = None  # what paints its people's boxes (build() sets it)
        # The boxes do not paint themselves, so Qt does not repaint one whose
        # selection changed: the layer that paints them does.
        self.selectionChanged.connect(self._boxes_changed)
        # Headings drawn large enough to read on the smallest screen, each with
        # its font's size: on a larger screen the view shows them smaller (fit_headings).
        self.headings: list[tuple[QGraphicsSimpleTextItem, float, float]] = []  # item, points, most shown

    def _boxes_changed(self) -> None:
        if self.box_layer is not None:
            self.box_layer.update()

    def clear(self) -> None:
        self.map_lines = self.box_layer = None  # deleted with the other items
        self.headings = []
        super().clear()

    def fit_headings(self, zoom: float) -> None:
        """Show the headings at no more than HEADING_PT at ``zoom`` (the view's
        scale once fitted; the grid's numbers and axes a little less): sized
        for a small laptop's screen, the team-on-team column titles and the
        grid's labels came out at 16 pt or more on a large one.  Each shrinks
        towards the point it is placed by (a column's corner, the middle of
        its side next to the grid), so it stays there."""
        for item, points, cap in self.headings:
            item.setScale(min(1.0, cap / max(points * zoom, 0.01)))

    def node_items(self) -> list[NodeItem]:
        return [i for i in self.items() if isinstance(i, NodeItem)]

    def helpEvent(self, event):
        """The tooltip of the topmost item under the pointer that has one.
        Boxes and lines answer ``toolTip()`` themselves, worked out when
        asked, so Qt's own look-up (which reads only tooltips set on the
        items) is replaced here."""
        view = event.widget().parentWidget() if event.widget() is not None else None
        transform = view.viewportTransform() if isinstance(view, QGraphicsView) else QTransform()
        # A few pixels around the pointer, so a thin line is found without aiming at it to the pixel.
        reach = HOVER_REACH / max(transform.m11(), 0.01)
        pos = event.scenePos()
        around = QRectF(pos.x() - reach, pos.y() - reach, 2 * reach, 2 * reach)
        # The lines have no shape of their own (one item paints them all):
        # they are asked in their turn, between what is drawn over them and what under.
        lines = self.map_lines
        for item in self.items(around, Qt.IntersectsItemShape, Qt.DescendingOrder, transform):
            if lines is not None and item.zValue() < lines.zValue():
                if self._show_tip(event, lines.line_at(pos.x(), pos.y(), reach)):
                    return
                lines = None
            if self._show_tip(event, item):
                return
        if lines is not None and self._show_tip(event, lines.line_at(pos.x(), pos.y(), reach)):
            return
        QToolTip.hideText()
        event.setAccepted(False)

    @staticmethod
    def _show_tip(event, item) -> bool:
        text = item.toolTip() if item is not None else ""
        if text:
            QToolTip.showText(event.screenPos(), text, event.widget())
            event.setAccepted(True)
        return bool(text)

    def _node_at(self, pos: QPointF) -> NodeItem | None:
        for item in self.items(pos):
            if isinstance(item, NodeItem):
                return item
        return None

    def mousePressEvent(self, event):
        item = self._node_at(event.scenePos())
        if (self.allow_tie_drag and event.button() == Qt.LeftButton and event.modifiers() & Qt.ShiftModifier
                and isinstance(item, MemberItem)):
            self._link_from = item
            self._link_line = self.addLine(QLineF(_facing_side(item, event.scenePos()), event.scenePos()),
                                           QPen(TIE_COLOUR, 2, Qt.DashLine))
            self._link_line.setZValue(5)
            event.accept()
            return
        super().mousePressEvent(event)
        self._press_positions = {n.key: n.pos() for n in self.selectedItems() if isinstance(n, NodeItem)}

    def mouseMoveEvent(self, event):
        if self._link_line is not None:
            self._link_line.setLine(QLineF(_facing_side(self._link_from, event.scenePos()), event.scenePos()))
            event.accept()
            return
        super().mouseMoveEvent(event)
        # Lines follow the dragged boxes here rather than in itemChange, which
        # would run for every change of every item (and trips PySide on teardown).
        if event.buttons() & Qt.LeftButton:
            for item in self.selectedItems():
                if isinstance(item, NodeItem):
                    item.follow()

    def mouseReleaseEvent(self, event):
        if self._link_line is not None:
            target = self._node_at(event.scenePos())
            self.removeItem(self._link_line)
            self._link_line = None
            source, self._link_from = self._link_from, None
            if isinstance(target, PersonItem) and source is not None:
                self.tie_requested.emit(source.member.id, target.person.id)
            event.accept()
            return
        super().mouseReleaseEvent(event)
        moved = {}
        for key, before in self._press_positions.items():
            item = next((n for n in self.selectedItems() if isinstance(n, NodeItem) and n.key == key), None)
            if item is not None and (item.pos() - before).manhattanLength() > 2:
                moved[key] = (item.pos().x(), item.pos().y())
        self._press_positions = {}
        if moved:
            self.nodes_moved.emit(moved)

    def contextMenuEvent(self, event):
        item = self._node_at(event.scenePos())
        if item is not None:
            if not item.isSelected():
                self.clearSelection()
                item.setSelected(True)
            self.context_requested.emit(item.key, event.screenPos())
            event.accept()
            return
        super().contextMenuEvent(event)


def _facing_side(item: NodeItem, towards: QPointF) -> QPointF:
    """The middle of ``item``'s side that faces ``towards``: a tie being drawn
    to one of theirs on the left of ours (a crowded map has both sides)
    leaves our box on the left, as the tie will."""
    left = towards.x() < item.x() + item.w / 2
    return item.pos() + QPointF(0.0 if left else item.w, item.h / 2)


def build(scene: MapScene, data: MapData, layout: str, filters: Filters | None = None,
          *, legend: bool = True, title: bool = False, gaps: dict[int, str] | None = None) -> BuiltMap:
    """Fill ``scene`` with the map of ``data`` in ``layout``. ``gaps``: each
    gap's words by the person's id (``gap_summaries``), when the caller has them."""
    scene.clear()
    _ENLARGED.clear()  # made from the application's font, which may have changed
    _LAID_OUT.clear()
    filters = filters or Filters()
    fonts = map_fonts()
    name_m = QFontMetricsF(fonts[0])
    if gaps is None:
        gaps = gap_summaries(gap_lines(data.coverage.gaps if data.coverage else []))
    tied_to: dict[int, set[int]] = {}
    for tie in data.ties:
        tied_to.setdefault(tie.stakeholder_id, set()).add(tie.member_id)
    people = [p for p in data.people if filters.keeps(p, tied_to)]
    built = BuiltMap(visible_people=people)

    # Names and titles measured once per font, for every layout and opening.
    in_name_font, in_small_font = text_widths(fonts[0]), text_widths(fonts[1])
    name_widths: dict[str, float] = {}  # kept for the boxes: zoomed out, they scale it instead of measuring

    def person_size(p: MapPerson) -> tuple[float, float]:
        name_w = name_widths[p.key] = in_name_font[p.name]
        w = max(name_w, in_small_font[p.title], in_small_font[role_label(p.role)])
        lines = 1 + bool(p.title) + bool(p.role)
        return min(340.0, max(120.0, w + 22 + RING_SPACE)), 14 + 18 + 15 * (lines - 1)

    sizes = {p.key: person_size(p) for p in people}
    nodes = [ml.Node(p.key, *sizes[p.key], f"s:{p.reports_to}" if p.reports_to else None, p.influence, p.interest)
             for p in people]
    team: list[MapMember] = []
    if layout == "teams":
        team = [m for m in data.team if filters.member_id is None or m.id == filters.member_id]
        member_nodes = [ml.Node(m.key, min(230.0, max(120.0, max(in_name_font[m.name], in_small_font[m.role]) + 22)),
                                47 if m.role else 32) for m in team]
        ties = [(f"m:{t.member_id}", f"s:{t.stakeholder_id}", float(t.strength)) for t in data.ties]
        # Contact the journal shows places them beside ours too (coverage rule), drawn dashed.
        ties += [(f"m:{a.member_id}", p.key, float(a.strength)) for p in people for a in p.known
                 if a.source == "journal"]
        # Their people without ties come last, most influential first (data is ordered so).
        boxes = ml.teams_layout(member_nodes, nodes, ties)
    elif layout == "grid":
        grid = ml.grid_layout(nodes)
        built.grid = grid
        boxes = grid.boxes
    elif filters.by_department:
        boxes, frames = _department_boxes(people, nodes, filters.folded, name_m)
        built.frames = frames
    else:
        boxes = ml.org_layout(nodes)
    built.visible_team = team
    if built.frames:
        # People of a folded department are inside its group box, not on the map one by one.
        shown = set(boxes)
        people = [p for p in people if p.key in shown]

    # Placements belong to the free layouts; department frames arrange themselves.
    saved = {} if built.frames else data.positions.get(layout, {})
    for name, frame in built.frames.items():
        count = sum(1 for p in built.visible_people if department_of(p) == name)
        scene.addItem(DepartmentFrame(name, count, frame, fonts[0], name in filters.folded))
        if name in filters.folded:
            group = GroupItem(name, count, boxes[f"g:{name}"].w, boxes[f"g:{name}"].h, fonts)
            built.nodes[group.key] = group
    if layout == "grid":
        _draw_grid(scene, built.grid, fonts)
    shapes: dict = {}
    # Surnames more than one person on the map has: shortened, those names keep their initial.
    last_names = {p.key: surname(p.name) for p in people}
    counts = Counter(last_names.values())
    for p in people:
        key = p.key
        last = last_names[key]
        built.nodes[key] = PersonItem(p, *sizes[key], fonts, gaps.get(p.id), name_width=name_widths[key],
                                      shapes=shapes, shared_surname=bool(last) and counts[last] > 1)
    for m, n in zip(team, member_nodes if layout == "teams" else []):
        built.nodes[m.key] = MemberItem(m, n.w, n.h, fonts)
    for key, item in built.nodes.items():
        box = boxes[key]
        x, y = box.x, box.y
        if key in saved:
            sx, sy = saved[key]
            if layout != "grid" or _in_own_cell(built.grid, item, sx, sy):
                x, y = sx, sy
        item.setPos(x, y)
        if built.frames:
            item.setFlag(QGraphicsItem.ItemIsMovable, False)
        scene.addItem(item)

    by_key = built.nodes
    lines = MapLines()
    if layout == "org":
        reports = translate("MapScene", "%s reports to %s")  # once, not per line
        for p in people:
            boss = by_key.get(f"s:{p.reports_to}") if p.reports_to else None
            if boss is not None:
                lines.add(MapLine("reports", boss, by_key[p.key], label=reports % (p.name, boss.person.name)))
    if layout == "teams":
        for t in data.ties:
            a, b = by_key.get(f"m:{t.member_id}"), by_key.get(f"s:{t.stakeholder_id}")
            if a is not None and b is not None:
                strength = vocabulary_label(TIE_STRENGTHS[t.strength])
                lines.add(MapLine("tie", a, b, t.strength, f"{a.member.name} – {b.person.name}: {strength}"))
        for p in people:
            for known in p.known:
                a, b = by_key.get(f"m:{known.member_id}"), by_key.get(p.key)
                if known.source == "journal" and a is not None and b is not None:
                    lines.add(MapLine("journal", a, b, known.strength, journal_label(known, p.name)))
    else:
        influences = translate("MapScene", "%s influences %s")
        in_conflict = translate("MapScene", "%s is in conflict with %s")
        for link in data.links:
            a, b = by_key.get(f"s:{link.source}"), by_key.get(f"s:{link.target}")
            if a is not None and b is not None:
                words = influences if link.kind == "influences" else in_conflict
                lines.add(MapLine(link.kind, a, b, label=words % (a.person.name, b.person.name)))
    if layout != "teams" and data.coverage is not None:
        # A way to each gap: a dotted line from the colleague we know well to them.
        for sid, intro in data.coverage.paths.items():
            a, b = by_key.get(f"s:{intro.via_id}"), by_key.get(f"s:{sid}")
            if a is not None and b is not None:
                lines.add(MapLine("path", a, b, label=path_label(intro)))
    scene.addItem(lines)
    scene.map_lines = lines
    boxes_of_people = BoxLayer([item for item in by_key.values() if isinstance(item, PersonItem)])
    scene.addItem(boxes_of_people)
    scene.box_layer = boxes_of_people
    if layout == "teams":
        _column_titles(scene, built, fonts)
    if not (title or legend):
        return built
    content = scene.itemsBoundingRect()
    if title:
        # As large as the map's own headings: at 10 pt over a crowded map a
        # picture's title came out smaller than the grid's quadrant names.
        add_heading(scene, data, layout, QPointF(content.left(), content.top()),
                    label_scale(content.width(), content.height()))
    if legend:
        _legend(scene, fonts, QPointF(content.left(), content.bottom() + 24), layout)
    return built


def add_heading(scene: QGraphicsScene, data: MapData, layout: str, above: QPointF, scale: float = 1.0) -> None:
    """The account's name and the layout's, ``scale`` times the size of the
    names in the boxes, with the contact pattern in words on the
    team-on-team map (the size of the legend's words), ending just above
    the point ``above``."""
    fonts = map_fonts()
    name_font = QFont(fonts[0])
    name_font.setPointSizeF(name_font.pointSizeF() * scale)
    heading = scene.addSimpleText(f"{data.account_name} — {layout_title(layout)}", name_font)
    top = above.y() - 14 - heading.boundingRect().height()
    if layout == "teams":
        caption = scene.addSimpleText(model_summary(data), fonts[1])
        caption_h = caption.boundingRect().height()
        caption.setPos(above.x(), above.y() - 14 - caption_h)
        top -= caption_h + 8
    heading.setPos(above.x(), top)


def add_legend(scene: QGraphicsScene, layout: str, origin: QPointF) -> None:
    """The legend of ``layout``'s marks, from ``origin`` down and right."""
    _legend(scene, map_fonts(), origin, layout)


def model_summary(data: MapData, untied_max: int = 5) -> str:
    """The contact pattern in words: what it is, why, the target, what would help."""
    cov = data.coverage
    model = cov.model if cov else None
    lines = []
    if model is None:
        lines.append(translate("MapScene", "Contact pattern: too few ties to tell"))
    else:
        lines.append(translate("MapScene", "Contact pattern: %s — %s")
                     % (vocabulary_label(model.model), phrase_text(model.words or model.reason)))
    if data.target_model:
        reached = model is not None and model.model == data.target_model
        target = vocabulary_label(data.target_model)
        lines.append(translate("MapScene", "Target: %s (reached)") % target if reached
                     else translate("MapScene", "Target: %s") % target)
        hint = contact_model.advice_phrase(model.model if model else None, data.target_model,
                                           list(cov.untied) if cov else [], model.top_pair if model else None,
                                           shown=untied_max)
        if hint:
            lines.append(phrase_text(hint))
    return "\n".join(lines)


LAYOUT_TITLES = {"org": QT_TRANSLATE_NOOP("MapScene", "Organisation"),
                 "grid": QT_TRANSLATE_NOOP("MapScene", "Power and interest"),
                 "teams": QT_TRANSLATE_NOOP("MapScene", "Team on team")}


def layout_title(layout: str) -> str:
    return translate("MapScene", LAYOUT_TITLES[layout])


def _in_own_cell(grid: ml.GridLayout | None, item: NodeItem, x: float, y: float) -> bool:
    if grid is None or not isinstance(item, PersonItem):
        return False
    cx, cy = x + item.w / 2, y + item.h / 2
    return grid.cell_at(cx, cy) == (item.person.influence, item.person.interest)


def _draw_grid(scene: QGraphicsScene, grid: ml.GridLayout, fonts) -> None:
    tints = {"manage closely": QColor("#FBE3D6"), "keep satisfied": QColor("#FFF3D1"),
             "keep informed": QColor("#DCEEFB"), "monitor": QColor("#F2F2F2")}
    for influence in range(1, ml.LEVELS + 1):
        for interest in range(1, ml.LEVELS + 1):
            r = grid.cell_rect(influence, interest)
            cell = scene.addRect(QRectF(r.x, r.y, r.w, r.h), QPen(QColor("#C8C8C8"), 1),
                                 QBrush(tints[ml.quadrant(influence, interest)]))
            cell.setZValue(-3)
    width, height = grid.size
    split_x = grid.col_x(ml.HIGH_FROM)
    split_y = grid.row_y(ml.HIGH_FROM - 1)
    for line in (QLineF(split_x, 0, split_x, height), QLineF(0, split_y, width, split_y)):
        scene.addLine(line, QPen(QColor("#555555"), 2.5)).setZValue(-2)
    k = label_scale(width, height)
    name_font, small_font = (QFont(font) for font in fonts)
    name_font.setPointSizeF(name_font.pointSizeF() * k)
    small_font.setPointSizeF(small_font.pointSizeF() * k)
    name_h, small_h = QFontMetricsF(name_font).height(), QFontMetricsF(small_font).height()
    gap = 6 * k
    labels = [(translate("MapScene", "Keep satisfied"), split_x / 2, -name_h - gap),
              (translate("MapScene", "Manage closely"), (split_x + width) / 2, -name_h - gap),
              (translate("MapScene", "Monitor"), split_x / 2, height + gap),
              (translate("MapScene", "Keep informed"), (split_x + width) / 2, height + gap)]
    # Every text is shrunk by the view, when the map is fitted on a large
    # screen, towards the grid: from the middle of its side next to it.
    small_cap = HEADING_PT * small_font.pointSizeF() / name_font.pointSizeF()
    for text, cx, y in labels:
        item = scene.addSimpleText(text, name_font)
        size = item.boundingRect()
        item.setPos(cx - size.width() / 2, y)
        _heading(scene, item, QPointF(size.width() / 2, size.height() if y < 0 else 0.0), name_font.pointSizeF())
    numbers_y = height + gap + name_h + gap / 2
    for level in range(1, ml.LEVELS + 1):
        r = grid.cell_rect(level, 1)
        label = scene.addSimpleText(str(level), small_font)
        size = label.boundingRect()
        label.setPos(-size.width() - gap, r.y + r.h / 2 - small_h / 2)
        _heading(scene, label, QPointF(size.width(), size.height() / 2), small_font.pointSizeF(), small_cap)
        c = grid.cell_rect(1, level)
        label = scene.addSimpleText(str(level), small_font)
        label.setPos(c.x + c.w / 2 - size.width() / 2, numbers_y)
        _heading(scene, label, QPointF(size.width() / 2, 0.0), small_font.pointSizeF(), small_cap)
    axis = scene.addSimpleText(translate("MapScene", "Influence ↑"), small_font)
    size = axis.boundingRect()
    origin = QPointF(size.width() / 2, size.height())  # the middle of its side towards the grid, once turned
    _heading(scene, axis, origin, small_font.pointSizeF(), small_cap)
    axis.setRotation(-90)
    # Where it stood turned about its top left corner, now turned about ``origin``.
    x, y = -3 * gap - small_h - size.height(), height / 2 + size.width() / 2
    axis.setPos(x + origin.y() - origin.x(), y - origin.x() - origin.y())
    axis = scene.addSimpleText(translate("MapScene", "Interest →"), small_font)
    size = axis.boundingRect()
    axis.setPos(width / 2 - size.width() / 2, numbers_y + small_h + gap / 2)
    _heading(scene, axis, QPointF(size.width() / 2, 0.0), small_font.pointSizeF(), small_cap)


def _heading(scene: QGraphicsScene, item: QGraphicsSimpleTextItem, origin: QPointF, points: float,
             cap: float = HEADING_PT) -> None:
    """A text sized to read on a small laptop's screen, which the view shows
    at no more than ``cap`` points on a larger one, shrunk towards ``origin``
    (in the item's coordinates: the point it is placed by)."""
    item.setTransformOriginPoint(origin)
    if isinstance(scene, MapScene):
        scene.headings.append((item, points, cap))


# The room a fitted map has on the smallest screen Relapp fits (the map's
# share of a 1024×640 window, a little less for safety).  Crowded maps
# scaled their headings for 850×650 and showed them at 7 pt there (5 pt
# for a column title squeezed by its neighbour).
FIT_ROOM = (580.0, 430.0)


def label_scale(width: float, height: float) -> float:
    """How much larger than normal a map's labels are drawn: a crowded map
    is shown smaller to fit the window, and its labels grow with it so
    that they still read at about their normal size when it fits, on a
    small laptop's screen too."""
    return max(1.0, (width + 120) / FIT_ROOM[0], (height + 150) / FIT_ROOM[1])


def _column_titles(scene: QGraphicsScene, built: BuiltMap, fonts) -> None:
    """A title above each column of the team-on-team map, as large as the
    map needs to read it when fitted.  A title wider than the room before
    the next column ends at its column's right edge when nothing is to the
    left of it (our team), else sits higher than the titles after it and
    reaches over them (it was shrunk to fit instead: 5 pt on a fitted
    200-person map)."""
    ours = [n for n in built.nodes.values() if isinstance(n, MemberItem)]
    theirs = [n for n in built.nodes.values() if isinstance(n, PersonItem)]
    tied = {e.b.key for n in ours for e in n.edges}
    untied = [i for i in theirs if i.key not in tied]
    theirs = [i for i in theirs if i.key in tied]
    # A crowded map has their people on both sides of ours: each side its title.
    ours_left = min((i.x() for i in ours), default=0.0)
    their_people = translate("MapScene", "Their people")
    columns: list[tuple[QRectF, str]] = []
    for items, text in (([i for i in theirs if i.x() < ours_left], their_people),
                        (ours, translate("MapScene", "Our team")),
                        ([i for i in theirs if i.x() >= ours_left], their_people),
                        (untied, translate("MapScene", "No tie with us yet"))):
        if items:
            area = QRectF()
            for i in items:
                area |= QRectF(i.x(), i.y(), i.w, i.h)
            columns.append((area, text))
    if not columns:
        return
    whole = QRectF()
    for area, _ in columns:
        whole |= area
    k = label_scale(whole.width(), whole.height())
    font = QFont(fonts[0])
    font.setPointSizeF(fonts[0].pointSizeF() * k)
    gap = 6 * k
    ceiling = math.inf  # the top of the titles placed so far, right to left
    for n in range(len(columns) - 1, -1, -1):
        area, text = columns[n]
        label = scene.addSimpleText(text, font)
        size = label.boundingRect()
        left, bottom = area.left(), area.top() - gap
        # The room up to the next column (the last one has the rest of the map).
        if n + 1 < len(columns) and size.width() > columns[n + 1][0].left() - area.left() - 24:
            if n == 0:
                left = area.right() - size.width()
            else:
                bottom = min(bottom, ceiling - gap)
        label.setPos(left, bottom - size.height())
        # Shrunk by the view towards its bottom corner: the end it is placed by.
        _heading(scene, label, QPointF(size.width() if left != area.left() else 0.0, size.height()),
                 font.pointSizeF())
        ceiling = min(ceiling, bottom - size.height())


def legend_marks(layout: str) -> list[tuple[str, object]]:
    """The legend's second row for ``layout``: (words, mark), the mark being
    None for the influence ring, "badge" for the overdue badge, else the pen
    of a line. The exported map and the window's legend bar both read it."""
    marks: list[tuple[str, object]] = [(translate("MapScene", "Ring: influence 1–5"), None),
                                       (translate("MapScene", "Red badge: overdue promises"), "badge")]
    if layout == "teams":
        marks.append((translate("MapScene", "Line width: tie strength"), QPen(TIE_COLOUR, 3)))
    else:
        marks += [(translate("MapScene", "Influences (arrow)"), QPen(INFLUENCE_COLOUR, 2)),
                  (translate("MapScene", "In conflict"), QPen(CONFLICT_COLOUR, 2.2, Qt.DashLine))]
        if layout == "org":
            marks.append((translate("MapScene", "Reports to"), QPen(QColor("#777777"), 1.4)))
    return marks


def _legend(scene: QGraphicsScene, fonts, origin: QPointF, layout: str) -> None:
    _, small_font = fonts
    x, y = origin.x(), origin.y()
    for key, label in STANCES.items():
        scene.addRect(QRectF(x, y + 2, 12, 12), QPen(TEXT_COLOUR, 0.5), QBrush(STANCE_COLOURS[key]))
        text = scene.addSimpleText(vocabulary_label(label), small_font)
        text.setPos(x + 16, y)
        x += 22 + text.boundingRect().width()
    x += 14
    scene.addRect(QRectF(x, y + 1, 24, 14), QPen(GAP_COLOUR, 3), QBrush(Qt.NoBrush))
    text = scene.addSimpleText(translate("MapScene", "Coverage gap"), small_font)
    text.setPos(x + 30, y)
    x += 44 + text.boundingRect().width()
    dashed = QPen(TEXT_COLOUR, 1.2, Qt.DashLine)
    scene.addRect(QRectF(x, y + 1, 24, 14), dashed, QBrush(Qt.NoBrush))
    text = scene.addSimpleText(translate("MapScene", "Nobody of ours knows them (thicker border: better known)"),
                               small_font)
    text.setPos(x + 30, y)
    y2 = y + 22
    x = origin.x()
    items = legend_marks(layout)
    for label, pen in items:
        # Each label 6 px after its mark, whatever the mark's width: placed
        # as after a line's 24 px, the ring's and the badge's labels stood
        # apart from their 14-px marks.
        mark = 14.0
        if pen is None:
            scene.addEllipse(QRectF(x, y2 + 1, 14, 14), QPen(INFLUENCE_COLOUR, 2.5), QBrush(QColor("white")))
        elif pen == "badge":
            scene.addEllipse(QRectF(x, y2 + 1, 14, 14), QPen(Qt.NoPen), QBrush(OVERDUE_COLOUR))
        else:
            mark = 24.0
            scene.addLine(QLineF(x, y2 + 8, x + mark, y2 + 8), pen)
        text = scene.addSimpleText(label, small_font)
        text.setPos(x + mark + 6, y2)
        x += mark + 22 + text.boundingRect().width()
