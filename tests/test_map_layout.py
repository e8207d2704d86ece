"""The map's pure geometry: no overlapping names, loops in reports-to end."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relapp.domain.map_layout import (
    Node,
    Rect,
    box_size,
    break_cycles,
    grid_layout,
    org_layout,
    order_by_ties,
    overlapping,
    quadrant,
    teams_layout,
)


def brute_overlaps(boxes: dict[str, Rect]) -> list[tuple[str, str]]:
    keys = sorted(boxes)
    return [(a, b) for i, a in enumerate(keys) for b in keys[i + 1:] if boxes[a].intersects(boxes[b])]


def people(n: int, seed: int = 0, parent_of=None) -> list[Node]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        w, h = box_size([f"Person {'x' * rng.randint(0, 30)}", "Title"], lambda s: 7.0 * len(s))
        parent = parent_of(i, rng) if parent_of else None
        out.append(Node(f"s:{i}", w, h, None if parent is None else f"s:{parent}",
                        rng.randint(1, 5), rng.randint(1, 5)))
    return out


def test_overlap_checker_sees_overlaps():
    boxes = {"a": Rect(0, 0, 10, 10), "b": Rect(5, 5, 10, 10), "c": Rect(10, 0, 5, 6), "d": Rect(15, 0, 5, 5)}
    assert brute_overlaps(boxes) == [("a", "b"), ("b", "c")]
    assert sorted(overlapping(boxes)) == [("a", "b"), ("b", "c")]


def test_box_size_grows_with_text_and_has_bounds():
    short = box_size(["Al"], lambda s: 7.0 * len(s))
    long = box_size(["Alexandra Montgomery-Smythe"], lambda s: 7.0 * len(s))
    assert short[0] < long[0]
    assert box_size(["x" * 500], lambda s: 7.0 * len(s))[0] == 260.0
    assert box_size(["a", "b", "c"], len)[1] > box_size(["a"], len)[1]


@pytest.mark.parametrize("n", [1, 2, 50, 200])
def test_org_layout_places_everyone_without_overlap(n):
    nodes = people(n, seed=n, parent_of=lambda i, rng: rng.randrange(i) if i and rng.random() < 0.9 else None)
    boxes = org_layout(nodes)
    assert set(boxes) == {node.key for node in nodes}
    assert brute_overlaps(boxes) == []


def test_org_layout_puts_bosses_above_their_reports():
    nodes = people(30, parent_of=lambda i, rng: (i - 1) // 3 if i else None)
    boxes = org_layout(nodes)
    for node in nodes:
        if node.parent:
            assert boxes[node.parent].bottom < boxes[node.key].y


@pytest.mark.parametrize("n", [1, 2, 50, 200])
def test_grid_layout_places_everyone_in_their_cell_without_overlap(n):
    nodes = people(n, seed=n)
    grid = grid_layout(nodes)
    assert brute_overlaps(grid.boxes) == []
    for node in nodes:
        box = grid.boxes[node.key]
        cell = grid.cell_rect(node.influence, node.interest)
        assert cell.x <= box.x and box.right <= cell.right and cell.y <= box.y and box.bottom <= cell.bottom
        assert grid.cell_at(box.x + box.w / 2, box.y + box.h / 2) == (node.influence, node.interest)


def test_two_hundred_in_one_cell_do_not_overlap():
    nodes = [Node(f"s:{i}", 100 + i % 7 * 20, 47, None, 3, 3) for i in range(200)]
    assert brute_overlaps(grid_layout(nodes).boxes) == []


def test_grid_cell_at_clamps_and_quadrants():
    grid = grid_layout(people(5))
    assert grid.cell_at(-50, -50) == (5, 1)
    w, h = grid.size
    assert grid.cell_at(w + 10, h + 10) == (1, 5)
    assert quadrant(5, 5) == "manage closely"
    assert quadrant(5, 1) == "keep satisfied"
    assert quadrant(1, 5) == "keep informed"
    assert quadrant(3, 3) == "monitor"


@pytest.mark.parametrize("n", [1, 2, 50, 200])
def test_teams_layout_without_overlap(n):
    theirs = people(n, seed=n)
    ours = [Node(f"m:{i}", 120, 47) for i in range(max(1, n // 10))]
    rng = random.Random(n)
    ties = [(o.key, t.key, rng.randint(1, 5)) for o in ours for t in theirs if rng.random() < 0.3]
    boxes = teams_layout(ours, theirs, ties)
    assert set(boxes) == {x.key for x in (*ours, *theirs)}
    assert brute_overlaps(boxes) == []
    # Nobody of theirs stands in our column, where the lines to the other side would run over them.
    ours_left, ours_right = min(boxes[o.key].x for o in ours), max(boxes[o.key].right for o in ours)
    assert all(boxes[t.key].right < ours_left or boxes[t.key].x > ours_right for t in theirs)
    if n <= 2:  # a few people: ours on the left of everybody of theirs
        assert ours_right < min(boxes[t.key].x for t in theirs)


def crossings(boxes: dict[str, Rect], ties: list[tuple[str, str, float]], keys: set[str]) -> int:
    """Pairs of tie lines to ``keys`` (one side of ours) that cross."""
    def mid(key: str) -> float:
        return boxes[key].y + boxes[key].h / 2

    drawn = [(mid(a), mid(b)) for a, b, _w in ties if b in keys]
    return sum(1 for i, (a1, b1) in enumerate(drawn) for a2, b2 in drawn[i + 1:] if (a1 - a2) * (b1 - b2) < 0)


def test_a_crowded_team_on_team_takes_both_sides_of_ours_and_crosses_no_more():
    """Forty of theirs tied to four of ours were one column about three times
    taller than the map was wide: fitted to a window, nobody's name could be
    read. Now they take both sides of ours, half as tall, and lines that
    could be drawn without crossing still do not cross."""
    rng = random.Random(5)
    ours = [Node(f"m:{i}", 120, 47) for i in range(4)]
    theirs = people(40, seed=4)
    rng.shuffle(theirs)
    ties = [(f"m:{int(t.key[2:]) % 4}", t.key, 3.0) for t in theirs]  # each of theirs tied to one of ours
    boxes = teams_layout(ours, theirs, ties)
    assert brute_overlaps(boxes) == []
    ours_left = min(boxes[o.key].x for o in ours)
    left = {t.key for t in theirs if boxes[t.key].right < ours_left}
    right = {t.key for t in theirs} - left
    assert abs(len(left) - len(right)) <= 1
    one_column = sum(t.h + 14 for t in theirs) - 14
    height = max(b.bottom for b in boxes.values()) - min(b.y for b in boxes.values())
    width = max(b.right for b in boxes.values()) - min(b.x for b in boxes.values())
    assert height < one_column * 0.55
    assert height < 1.5 * width
    assert crossings(boxes, ties, left) == 0 and crossings(boxes, ties, right) == 0
    # The left side's boxes line up on their right edges, where the lines arrive.
    assert len({boxes[k].right for k in left}) == 1


def test_a_short_team_on_team_keeps_everybody_of_theirs_on_the_right():
    ours = [Node("m:0", 120, 47), Node("m:1", 120, 47)]
    theirs = people(12, seed=2)
    ties = [(f"m:{i % 2}", t.key, 2.0) for i, t in enumerate(theirs[:10])]
    boxes = teams_layout(ours, theirs, ties)
    ours_right = max(boxes[o.key].right for o in ours)
    assert all(boxes[t.key].x > ours_right for t in theirs)
    untied = [boxes[t.key] for t in theirs[10:]]
    assert min(b.x for b in untied) > max(boxes[t.key].right for t in theirs[:10])


def test_their_people_without_a_tie_stand_in_columns_with_one_left_edge():
    """Centred in slots as wide as the widest box, the grid's edges zigzagged
    down each column ("No tie with us yet" on the exported map)."""
    ours = [Node("m:0", 120, 47)]
    theirs = [Node("s:t", 150, 47)] + [Node(f"s:{i}", 120 + 37 * (i % 4), 47) for i in range(14)]
    boxes = teams_layout(ours, theirs, [("m:0", "s:t", 3.0)])
    untied = [boxes[f"s:{i}"] for i in range(14)]
    columns = sorted({b.x for b in untied})
    assert 1 < len(columns) < 14  # a grid, not one column or one row
    for left, right in zip(columns, columns[1:]):
        # Each column as wide as its widest box, the next one a gap further.
        assert right - max(b.right for b in untied if b.x == left) > 0
    assert not brute_overlaps(boxes)


def test_barycentre_order_removes_crossings():
    # a–y and b–x cross when both columns keep the given order.
    ours, theirs = order_by_ties(["m:a", "m:b"], ["s:x", "s:y"], [("m:a", "s:y", 3), ("m:b", "s:x", 3)])
    assert theirs.index("s:y") < theirs.index("s:x") or ours.index("m:b") < ours.index("m:a")
    pos_o = {k: i for i, k in enumerate(ours)}
    pos_t = {k: i for i, k in enumerate(theirs)}
    assert (pos_o["m:a"] - pos_o["m:b"]) * (pos_t["s:y"] - pos_t["s:x"]) > 0


def test_break_cycles_is_deterministic_and_leaves_a_forest():
    parents = {"c": "a", "a": "b", "b": "c", "d": "d", "e": "missing", "f": "a"}
    fixed = break_cycles(parents)
    assert fixed["a"] is None  # the smallest key of the loop a→b→c→a loses its boss
    assert fixed["b"] == "c" and fixed["c"] == "a" and fixed["f"] == "a"
    assert fixed["d"] is None and fixed["e"] is None
    assert break_cycles(dict(reversed(list(parents.items())))) == fixed


def test_a_loop_through_two_hundred_people_terminates():
    nodes = [Node(f"s:{i:03d}", 100, 40, f"s:{(i + 1) % 200:03d}") for i in range(200)]
    boxes = org_layout(nodes)
    assert len(boxes) == 200
    assert brute_overlaps(boxes) == []


node_lists = st.lists(
    st.tuples(st.floats(60, 300), st.floats(20, 80), st.integers(-1, 60), st.integers(1, 5), st.integers(1, 5)),
    min_size=1, max_size=60)


@settings(max_examples=60, deadline=None)
@given(node_lists)
def test_org_layout_never_overlaps_even_with_loops(spec):
    n = len(spec)
    nodes = [Node(f"s:{i}", w, h, None if p < 0 else f"s:{p % n}", inf, inter)
             for i, (w, h, p, inf, inter) in enumerate(spec)]
    boxes = org_layout(nodes)
    assert len(boxes) == n
    assert brute_overlaps(boxes) == []


@settings(max_examples=60, deadline=None)
@given(node_lists)
def test_grid_layout_never_overlaps(spec):
    nodes = [Node(f"s:{i}", w, h, None, inf, inter) for i, (w, h, _, inf, inter) in enumerate(spec)]
    assert brute_overlaps(grid_layout(nodes).boxes) == []


@settings(max_examples=60, deadline=None)
@given(node_lists, st.integers(0, 6), st.randoms(use_true_random=False))
def test_teams_layout_never_overlaps(spec, n_ours, rng):
    theirs = [Node(f"s:{i}", w, h) for i, (w, h, *_rest) in enumerate(spec)]
    ours = [Node(f"m:{i}", 80 + 10 * i, 30 + 5 * i) for i in range(n_ours)]
    ties = [(o.key, t.key, rng.randint(1, 5)) for o in ours for t in theirs if rng.random() < 0.4]
    boxes = teams_layout(ours, theirs, ties)
    assert len(boxes) == len(theirs) + len(ours)
    assert brute_overlaps(boxes) == []
