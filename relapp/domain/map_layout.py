"""Where each person goes on the stakeholder map: pure geometry, no Qt.

Three layouts:

* **org** — top-down by reports-to.  Every subtree is laid out as a block
  (its root centred above its children's blocks, placed side by side), and
  bosses with many direct reports who have no reports of their own get those
  reports packed in a small grid.  Blocks of siblings never share x, and a
  root never shares y with its block's children, so no two boxes overlap.
* **grid** — influence (rows, high at the top) × interest (columns, high on
  the right), 5 × 5 cells; the people in one cell sit in equal slots.
* **teams** — our people in a column on the left, theirs on the right
  (on both sides when they are many), ordered by the barycentre of their
  ties so fewer lines cross.

Box sizes come from the caller (``box_size`` helps, given a function that
measures text), so the geometry never depends on a font.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import NamedTuple

GAP_X = 24.0
GAP_Y = 56.0
LEAF_GRID_MIN = 4  # a boss with this many leaf reports gets them packed in a grid
LEVELS = 5
HIGH_FROM = 4  # influence / interest 4–5 count as "high" for the quadrants
# Team on team: a column of their people this many times taller than the map
# is wide is split to both sides of ours (at 1.5, about twenty boxes).
SPLIT_TALLER_THAN = 1.5

QUADRANTS = {
    (True, True): "manage closely",
    (True, False): "keep satisfied",
    (False, True): "keep informed",
    (False, False): "monitor",
}


class Rect(NamedTuple):
    """A box's place (named tuples, not frozen dataclasses: every layout of
    a crowded map makes one per person, and a frozen dataclass sets each
    field through ``object.__setattr__``, three times the cost)."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def intersects(self, other: Rect) -> bool:
        return (self.x < other.right and other.x < self.right
                and self.y < other.bottom and other.y < self.bottom)

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x < self.right and self.y <= y < self.bottom


class Node(NamedTuple):
    """A box to place: its size, its boss (organisation) and grid cell."""

    key: str
    w: float
    h: float
    parent: str | None = None
    influence: int = 3
    interest: int = 3


def box_size(lines: Iterable[str], text_width: Callable[[str], float], *,
             line_height: float = 16.0, padding: float = 10.0, extra_w: float = 0.0,
             min_w: float = 90.0, max_w: float = 260.0) -> tuple[float, float]:
    """Width and height of a box showing ``lines``, measured by ``text_width``."""
    lines = [line for line in lines if line]
    widest = max((text_width(line) for line in lines), default=0.0)
    w = min(max_w, max(min_w, widest + 2 * padding + extra_w))
    h = max(1, len(lines)) * line_height + 2 * padding
    return w, h


def overlapping(boxes: dict[str, Rect]) -> list[tuple[str, str]]:
    """Pairs of keys whose boxes overlap (sweep over x, fine for hundreds)."""
    items = sorted(boxes.items(), key=lambda kv: kv[1].x)
    found = []
    for i, (ka, a) in enumerate(items):
        for kb, b in items[i + 1:]:
            if b.x >= a.right:
                break
            if a.intersects(b):
                found.append((ka, kb))
    return found


# Organisation --------------------------------------------------------------


def break_cycles(parents: dict[str, str | None]) -> dict[str, str | None]:
    """Reports-to links without loops or dangling bosses.

    In each loop the person with the smallest key loses their boss, so the
    same bad data always gives the same tree.  Linear time: every key is
    walked once.
    """
    fixed = {k: (p if p in parents and p != k else None) for k, p in parents.items()}
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    for start in sorted(fixed):
        path = []
        node: str | None = start
        while node is not None and state.get(node) is None:
            state[node] = 1
            path.append(node)
            node = fixed[node]
        if node is not None and state.get(node) == 1:
            cycle = path[path.index(node):]
            fixed[min(cycle)] = None
        for k in path:
            state[k] = 2
    return fixed


@dataclass
class _Block:
    w: float
    h: float
    places: dict[str, tuple[float, float]]  # key -> top-left relative to block


def _grid_block(nodes: list[Node], cols: int, *, left_aligned: bool = False) -> _Block:
    """``nodes`` row by row in ``cols`` columns: each centred in a slot as
    wide as the widest box, or, ``left_aligned``, on the left edge of a
    column as wide as its own widest box (a grid beside a column of boxes,
    which the eye reads down: centred, its boxes' edges zigzagged)."""
    slot_h = max(n.h for n in nodes) + GAP_X / 2
    rows = math.ceil(len(nodes) / cols)
    if left_aligned:
        widths = [max(n.w for n in nodes[c::cols]) for c in range(cols)]
        lefts = [sum(widths[:c]) + GAP_X * c for c in range(cols)]
        places = {n.key: (lefts[i % cols], (i // cols) * slot_h) for i, n in enumerate(nodes)}
        return _Block(lefts[-1] + widths[-1], rows * slot_h - GAP_X / 2, places)
    slot_w = max(n.w for n in nodes) + GAP_X
    places = {}
    for i, n in enumerate(nodes):
        r, c = divmod(i, cols)
        places[n.key] = (c * slot_w + (slot_w - GAP_X - n.w) / 2, r * slot_h)
    return _Block(cols * slot_w - GAP_X, rows * slot_h - GAP_X / 2, places)


def _row_of_blocks(blocks: list[_Block], max_w: float = math.inf) -> _Block:
    """Blocks side by side; wrapped onto further rows past ``max_w`` so a
    flat organisation does not become one endless strip."""
    rows: list[list[_Block]] = [[]]
    width = 0.0
    for b in blocks:
        if rows[-1] and width + GAP_X + b.w > max_w:
            rows.append([])
            width = 0.0
        width += (GAP_X if rows[-1] else 0.0) + b.w
        rows[-1].append(b)
    row_widths = [sum(b.w for b in row) + GAP_X * (len(row) - 1) for row in rows]
    total_w = max(row_widths, default=0.0)
    places, y = {}, 0.0
    for row, row_w in zip(rows, row_widths):
        x = (total_w - row_w) / 2
        for b in row:
            for k, (px, py) in b.places.items():
                places[k] = (x + px, y + py)
            x += b.w + GAP_X
        y += max((b.h for b in row), default=0.0) + GAP_Y
    return _Block(max(0.0, total_w), max(0.0, y - GAP_Y), places)


def org_layout(nodes: list[Node]) -> dict[str, Rect]:
    """Top-down tree by ``Node.parent``; forests side by side, loops broken."""
    if not nodes:
        return {}
    by_key = {n.key: n for n in nodes}
    parents = break_cycles({n.key: n.parent for n in nodes})
    children: dict[str, list[str]] = {k: [] for k in by_key}
    for k, p in parents.items():
        if p is not None:
            children[p].append(k)
    order = {n.key: i for i, n in enumerate(nodes)}
    for kids in children.values():
        kids.sort(key=order.__getitem__)

    # Rows wider than about a screen-ful of boxes wrap: the chart stays roughly square.
    max_w = max(1800.0, 1.6 * math.sqrt(sum(n.w * n.h * 3 for n in nodes)))
    blocks: dict[str, _Block] = {}
    # Post-order without recursion: a chain of 200 bosses must not hit the stack limit.
    roots = [n.key for n in nodes if parents[n.key] is None]
    stack = [(r, False) for r in reversed(roots)]
    while stack:
        key, expanded = stack.pop()
        if not expanded:
            stack.append((key, True))
            stack.extend((c, False) for c in reversed(children[key]))
            continue
        blocks[key] = _subtree_block(by_key[key], children, blocks, by_key, max_w)

    forest = _group([by_key[r] for r in roots], blocks, children, max_w)
    return {k: Rect(x, y, by_key[k].w, by_key[k].h) for k, (x, y) in forest.places.items()}


def _group(members: list[Node], blocks: dict[str, _Block], children: dict[str, list[str]],
           max_w: float = math.inf) -> _Block:
    """Side by side; people without reports of their own, when many, in a grid."""
    leaves = [n for n in members if not children[n.key]]
    inner = [blocks[n.key] for n in members if children[n.key]]
    parts = list(inner)
    if len(leaves) >= LEAF_GRID_MIN:
        parts.append(_grid_block(leaves, max(2, math.ceil(math.sqrt(len(leaves) / 2)))))
    else:
        parts.extend(blocks[n.key] for n in leaves)
    return _row_of_blocks(parts, max_w)


def _subtree_block(node: Node, children: dict[str, list[str]], blocks: dict[str, _Block],
                   by_key: dict[str, Node], max_w: float = math.inf) -> _Block:
    kids = children[node.key]
    if not kids:
        return _Block(node.w, node.h, {node.key: (0.0, 0.0)})
    below = _group([by_key[k] for k in kids], blocks, children, max_w)
    w = max(node.w, below.w)
    top = node.h + GAP_Y
    places = {node.key: ((w - node.w) / 2, 0.0)}
    shift = (w - below.w) / 2
    for k, (px, py) in below.places.items():
        places[k] = (px + shift, py + top)
    return _Block(w, top + below.h, places)


# Power and interest ----------------------------------------------------------


def quadrant(influence: int, interest: int) -> str:
    return QUADRANTS[(influence >= HIGH_FROM, interest >= HIGH_FROM)]


@dataclass(frozen=True)
class GridLayout:
    """Cells sized per column and per row: a crowded cell widens its column
    and deepens its row, the other cells stay as small as their own people
    need, so one full cell no longer blows the whole grid up."""

    boxes: dict[str, Rect]
    col_w: tuple[float, ...]  # width of each interest column, 1..5 left to right
    row_h: tuple[float, ...]  # height of each influence row, 5..1 top to bottom
    header: float  # room at the top of each cell

    def col_x(self, interest: int) -> float:
        return sum(self.col_w[:interest - 1])

    def row_y(self, influence: int) -> float:
        return sum(self.row_h[:LEVELS - influence])

    def cell_rect(self, influence: int, interest: int) -> Rect:
        return Rect(self.col_x(interest), self.row_y(influence), self.col_w[interest - 1],
                    self.row_h[LEVELS - influence])

    def cell_at(self, x: float, y: float) -> tuple[int, int]:
        """(influence, interest) of the cell under a point, clamped to the grid."""
        interest = 1
        while interest < LEVELS and x >= self.col_x(interest + 1):
            interest += 1
        influence = LEVELS
        while influence > 1 and y >= self.row_y(influence - 1):
            influence -= 1
        return influence, interest

    @property
    def size(self) -> tuple[float, float]:
        return sum(self.col_w), sum(self.row_h)


def _cell_shape(count: int) -> tuple[int, int]:
    """(columns, rows) of slots for ``count`` people; boxes are wide and
    short, so a cell stacks people more deep than wide."""
    cols = max(1, round(math.sqrt(max(count, 1) / 3)))
    return cols, math.ceil(max(count, 1) / cols)


def grid_layout(nodes: list[Node], *, min_cell: float = 150.0, header: float = 8.0) -> GridLayout:
    """Each cell big enough for its own people, each person in an equal slot."""
    cells: dict[tuple[int, int], list[Node]] = {}
    for n in nodes:
        cells.setdefault((_level(n.influence), _level(n.interest)), []).append(n)
    slot_w = max((n.w for n in nodes), default=90.0) + GAP_X / 2
    slot_h = max((n.h for n in nodes), default=40.0) + GAP_X / 2
    shapes = {cell: _cell_shape(len(members)) for cell, members in cells.items()}
    col_w = tuple(max([min_cell] + [shapes[(i, j)][0] * slot_w + GAP_X / 2
                                    for i in range(1, LEVELS + 1) if (i, j) in shapes])
                  for j in range(1, LEVELS + 1))
    row_h = tuple(max([min_cell * 0.6] + [shapes[(i, j)][1] * slot_h + GAP_X / 2 + header
                                          for j in range(1, LEVELS + 1) if (i, j) in shapes])
                  for i in range(LEVELS, 0, -1))
    layout = GridLayout({}, col_w, row_h, header)
    boxes = {}
    for (influence, interest), members in cells.items():
        cell = layout.cell_rect(influence, interest)
        cols = shapes[(influence, interest)][0]
        used_cols = min(cols, len(members))
        left = cell.x + (cell.w - used_cols * slot_w) / 2
        for i, n in enumerate(members):
            r, c = divmod(i, cols)
            boxes[n.key] = Rect(left + c * slot_w + (slot_w - n.w) / 2,
                                cell.y + header + GAP_X / 4 + r * slot_h + (slot_h - n.h) / 2, n.w, n.h)
    return GridLayout(boxes, col_w, row_h, header)


def _level(value: int) -> int:
    return min(LEVELS, max(1, int(value)))


# Team on team ----------------------------------------------------------------


def order_by_ties(ours: list[str], theirs: list[str], ties: list[tuple[str, str, float]],
                  rounds: int = 4) -> tuple[list[str], list[str]]:
    """Both columns ordered by the weighted barycentre of their ties (a few
    rounds of the classic heuristic), so lines between them cross less.
    Untied people keep their given order at the end of their column."""
    ours, theirs = list(ours), list(theirs)
    for _ in range(rounds):
        theirs = _by_barycentre(theirs, ours, [(b, a, w) for a, b, w in ties])
        ours = _by_barycentre(ours, theirs, ties)
    return ours, theirs


def _by_barycentre(column: list[str], other: list[str], ties: list[tuple[str, str, float]]) -> list[str]:
    pos = {k: i for i, k in enumerate(other)}
    total: dict[str, float] = {}
    weight: dict[str, float] = {}
    members = set(column)
    for a, b, w in ties:
        if b in pos and a in members:
            total[a] = total.get(a, 0.0) + pos[b] * max(w, 0.1)
            weight[a] = weight.get(a, 0.0) + max(w, 0.1)
    current = {k: i for i, k in enumerate(column)}
    tied = sorted((k for k in column if k in weight), key=lambda k: (total[k] / weight[k], current[k]))
    return tied + [k for k in column if k not in weight]


def teams_layout(ours: list[Node], theirs: list[Node], ties: list[tuple[str, str, float]],
                 *, column_gap: float = 320.0, gap: float = 14.0) -> dict[str, Rect]:
    """Ours in a column, theirs with a tie beside it; ``ties`` are (our key,
    their key, weight).  Their people nobody of ours is tied to have no lines,
    so they wait in a compact grid further right instead of lengthening the
    column.

    Theirs with a tie sit on the right of ours; when that column would be
    far taller than the map is wide (``SPLIT_TALLER_THAN``), they take both
    sides of ours, every other one of the order to the left, so the map is
    half as tall: fitted to a window, one column of forty boxes drew the
    names too small to read."""
    tied_keys = {b for _, b, w in ties if w > 0}
    tied = [n for n in theirs if n.key in tied_keys]
    untied = [n for n in theirs if n.key not in tied_keys]
    order_ours, order_theirs = order_by_ties([n.key for n in ours], [n.key for n in tied], ties)
    by_key = {n.key: n for n in (*ours, *theirs)}
    left_w = max((n.w for n in ours), default=0.0)

    def column(keys: list[str]) -> tuple[list[tuple[str, float]], float]:
        y, out = 0.0, []
        for k in keys:
            out.append((k, y))
            y += by_key[k].h + gap
        return out, max(0.0, y - gap)

    def widest(keys: list[str]) -> float:
        return max((by_key[k].w for k in keys), default=0.0)

    far_left: list[str] = []
    right, right_h = column(order_theirs)
    if ours and len(order_theirs) > 1 and right_h > SPLIT_TALLER_THAN * (left_w + column_gap + widest(order_theirs)):
        # Every other one keeps the barycentre order on each side, so lines cross as little as before.
        far_left, order_theirs = order_theirs[1::2], order_theirs[0::2]
        right, right_h = column(order_theirs)
    far, far_h = column(far_left)
    far_w = widest(far_left)
    left, left_h = column(order_ours)
    block = None
    if untied:
        by_height = math.floor((max(left_h, right_h, far_h) + gap) / (max(n.h for n in untied) + GAP_X / 2))
        rows = max(by_height, math.ceil(math.sqrt(len(untied) * 1.5)))
        block = _grid_block(untied, max(1, math.ceil(len(untied) / rows)), left_aligned=True)
    tallest = max(left_h, right_h, far_h, block.h if block else 0.0)
    boxes = {}
    for k, y in far:  # right-aligned, towards ours
        n = by_key[k]
        boxes[k] = Rect(far_w - n.w, y + (tallest - far_h) / 2, n.w, n.h)
    ours_right = left_w + (far_w + column_gap if far_left else 0.0)
    for k, y in left:
        n = by_key[k]
        boxes[k] = Rect(ours_right - n.w, y + (tallest - left_h) / 2, n.w, n.h)
    right_x = ours_right + column_gap if ours else 0.0
    for k, y in right:
        n = by_key[k]
        boxes[k] = Rect(right_x, y + (tallest - right_h) / 2, n.w, n.h)
    if block is not None:
        right_w = widest([k for k, _ in right])
        grid_x = right_x + right_w + (GAP_X * 3 if right else 0.0)
        top = (tallest - block.h) / 2
        for k, (px, py) in block.places.items():
            boxes[k] = Rect(grid_x + px, top + py, by_key[k].w, by_key[k].h)
    return boxes


# Organisation by department --------------------------------------------------

DEPARTMENT_PAD = 16.0
DEPARTMENT_HEADER = 30.0
DEPARTMENT_GAP = 48.0


def department_layout(groups: list[tuple[str, list[Node]]]) -> tuple[dict[str, Rect], dict[str, Rect]]:
    """Each department its own reports-to tree inside a frame, frames side by
    side and wrapped into rows (the whole stays roughly as wide as it is
    high).  Returns the boxes and each department's frame.  A boss in
    another department does not pull a person out of their own frame."""
    placed: list[tuple[str, dict[str, Rect], float, float]] = []
    for name, nodes in groups:
        keys = {n.key for n in nodes}
        local = [Node(n.key, n.w, n.h, n.parent if n.parent in keys else None, n.influence, n.interest)
                 for n in nodes]
        boxes = org_layout(local)
        if not boxes:
            continue
        left = min(b.x for b in boxes.values())
        top = min(b.y for b in boxes.values())
        w = max(b.right for b in boxes.values()) - left
        h = max(b.bottom for b in boxes.values()) - top
        shifted = {k: Rect(b.x - left, b.y - top, b.w, b.h) for k, b in boxes.items()}
        placed.append((name, shifted, w + 2 * DEPARTMENT_PAD, h + 2 * DEPARTMENT_PAD + DEPARTMENT_HEADER))
    area = sum(w * h for _, _, w, h in placed)
    max_row = max([1800.0, 1.4 * math.sqrt(area)] + [w for _, _, w, _ in placed])
    out: dict[str, Rect] = {}
    frames: dict[str, Rect] = {}
    x = y = row_h = 0.0
    for name, boxes, w, h in placed:
        if x > 0 and x + w > max_row:
            x, y, row_h = 0.0, y + row_h + DEPARTMENT_GAP, 0.0
        frames[name] = Rect(x, y, w, h)
        for k, b in boxes.items():
            out[k] = Rect(x + DEPARTMENT_PAD + b.x, y + DEPARTMENT_HEADER + DEPARTMENT_PAD + b.y, b.w, b.h)
        x += w + DEPARTMENT_GAP
        row_h = max(row_h, h)
    return out, frames
