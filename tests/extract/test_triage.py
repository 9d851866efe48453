"""Page triage (issue 9): which paths count as rules, how many gap lines make columns, and the
real documents' pages read the same with and without it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.pdf import pdfium_adapter as pa
from extract.pdf import triage

REALDOCS = sorted((Path(__file__).parents[2] / ".." / "shared" / "realdocs" / "pdf").glob("*.pdf"))
REALDOC_PAGES = 40  # the first pages of each real document held equal with and without triage
HEIGHT_PT = 800.0  # the page height of the made-up pages below


def test_triage_thresholds_pinned() -> None:
    assert triage.MIN_GAP_LINES == 2


def _char(x0: float, top: float, size: float = 10.0) -> dict[str, object]:
    return {"text": "字", "x0": x0, "x1": x0 + size, "top": top, "bottom": top + size, "size": size, "upright": True}


def _line(top: float, gap_at: float | None = None) -> list[dict[str, object]]:
    """A line of ten 10 pt chars from x 0, or with a 1 em gap after the char at gap_at."""
    xs = [10.0 * k for k in range(10)]
    if gap_at is not None:
        xs = [x + (10.0 if x > gap_at else 0.0) for x in xs]
    return [_char(x, top) for x in xs]


def _page(*lines: list[dict[str, object]], **paths: list[dict[str, object]]) -> dict[str, list[dict[str, object]]]:
    return {"char": [ch for ln in lines for ch in ln], **paths}


BODY_TOP = HEIGHT_PT * 0.2  # a line well inside the body, between the margin bands


@pytest.mark.parametrize("objects, expected", [
    (_page(_line(BODY_TOP - 20), _line(BODY_TOP, 40), _line(BODY_TOP + 20)), False),  # one gap line in prose: a heading
    (_page(_line(BODY_TOP - 20), _line(BODY_TOP, 40), _line(BODY_TOP + 20, 40), _line(BODY_TOP + 40)), True),  # two: columns
    (_page(_line(BODY_TOP, 40), _line(BODY_TOP + 20)), True),                  # nothing above: a table's tail from the last page
    (_page(_line(BODY_TOP - 20), _line(BODY_TOP, 40)), True),                  # nothing below: a table's head
    (_page(_line(BODY_TOP - 20), _line(BODY_TOP, 40), _line(HEIGHT_PT * 0.95)), True),  # below it only the page number
])
def test_gap_lines(objects: dict[str, list[dict[str, object]]], expected: bool) -> None:
    assert triage.can_hold_table(objects, HEIGHT_PT) is expected


def test_one_gap_line_counts_when_the_height_is_unknown() -> None:
    assert triage.can_hold_table(_page(_line(BODY_TOP - 20), _line(BODY_TOP, 40), _line(BODY_TOP + 20)))


def test_gap_lines_share_a_line_by_the_middle() -> None:
    chars = [_char(0, 100), _char(50, 104), _char(100, 100), _char(0, 120), _char(50, 120)]
    assert triage.column_gap_lines(chars, 3) == [(100, 110), (120, 130)]
    assert triage.column_gap_lines(chars, 1) == [(100, 110)]


@pytest.mark.parametrize("kind, obj, expected", [
    ("line", {"top": 50.0, "bottom": 50.0}, False),                             # an underline
    ("line", {"top": 50.0, "bottom": 80.0}, True),                              # a column rule
    ("line", {"x0": 0}, True),                                                  # no geometry: counts
    ("rect", {"width": 100.0, "height": 40.0, "stroke": True, "fill": False}, True),   # a box: its sides
    ("rect", {"width": 100.0, "height": 40.0, "stroke": False, "fill": True}, False),  # a shaded band
    ("rect", {"width": 100.0, "height": 1.0, "stroke": False, "fill": True}, True),    # a filled rule
    ("curve", {"pts": [(0.0, 0.0), (5.0, 3.0), (10.0, 0.0)]}, False),           # a swash
    ("curve", {"pts": [(0.0, 0.0), (10.0, 0.0), (10.0, 8.0)]}, True),           # a corner
])
def test_side_rules(kind: str, obj: dict[str, object], expected: bool) -> None:
    assert triage.is_side_rule(kind, obj) is expected


def test_a_level_rule_leaves_prose_prose() -> None:
    assert not triage.can_hold_table(_page(_line(BODY_TOP), line=[{"top": 50.0, "bottom": 50.0}]), HEIGHT_PT)


@pytest.mark.skipif(not REALDOCS, reason="../shared/realdocs not present")
@pytest.mark.parametrize("path", REALDOCS, ids=lambda p: p.stem)
def test_triage_changes_no_realdoc_page(path: Path) -> None:
    with pa.open_pdf(str(path), None) as pdf:
        for i in range(min(REALDOC_PAGES, pa.page_count(pdf))):
            fast = pa.read_page(pdf, i)
            if not fast.tables:  # a page with a table was read by the builders either way
                assert fast == pa.read_page(replace(pdf, triage=False), i), f"page {i + 1}"


def _gap_lines_by_definition(chars: list[dict[str, Any]], limit: int) -> list[tuple[float, float]]:
    """column_gap_lines as its docstring says it, every char against every other."""
    lines: list[tuple[float, float]] = []
    for k, ch in enumerate(chars):
        if any(t <= (ch["top"] + ch["bottom"]) / 2 <= b for t, b in lines):
            continue
        right = [o["x0"] for j, o in enumerate(chars) if j != k and o["x0"] >= ch["x0"] and o["x1"] > ch["x1"]
                 and ch["top"] <= (o["top"] + o["bottom"]) / 2 <= ch["bottom"]]
        if right and min(right) - ch["x1"] >= triage.COL_GAP_EM * max(1.0, float(ch["size"] or 0)):
            lines.append((ch["top"], ch["bottom"]))
            if len(lines) >= limit:
                break
    return lines


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 80), st.floats(0, 12), st.floats(0, 30), st.sampled_from([6.0, 10.0])), max_size=25),
       st.sampled_from([1, 2, 100]))
def test_column_gap_lines_searches_only_line_ends_and_finds_what_every_char_would(
        spec: list[tuple[float, float, float, float]], limit: int) -> None:
    chars = [{"text": "字", "x0": x, "x1": x + w, "top": top, "bottom": top + size, "size": size}
             for x, w, top, size in spec]
    assert triage.column_gap_lines(chars, limit) == _gap_lines_by_definition(chars, limit)
