"""A page's running head told from the header of the table under it (extract.pdf.running_heads)."""

from __future__ import annotations

import pytest

from extract.pdf.borderless import build_table
from extract.pdf.grid import PageContent, RawLine, RawTable, Segment, SegLine, union_bbox
from extract.pdf.running_heads import is_running_head, without_running_heads

LINE_PT = 11.0  # each line's height
HEAD_TOP = 55.5
HEAD = (("令和7年度", 385.5, 438.3), ("第1回", 441.1, 472.9), ("推進会議資料", 475.7, 538.7))
ROWS = [
    (("項目", 77.7, 98.7), ("現況値", 240.0, 271.5), ("目標値", 420.0, 451.5)),
    (("新規就農者数", 56.8, 119.8), ("37", 250.0, 263.2), ("31", 430.0, 443.2)),
    (("図書館貸出冊数", 56.8, 130.3), ("206,015", 234.0, 276.4), ("236,405", 414.0, 456.4)),
    (("高齢化率", 56.8, 98.8), ("32.6", 246.0, 268.6), ("30.5", 426.0, 448.6)),
]


def _line(words: tuple[tuple[str, float, float], ...], top: float, page: int) -> SegLine:
    segs = tuple(Segment(text, (x0, top, x1, top + LINE_PT)) for text, x0, x1 in words)
    return SegLine(segs, union_bbox(s.bbox for s in segs), page, " ".join(s.text for s in segs))


def _table_page(page: int) -> tuple[PageContent, RawTable]:
    lines = [_line(HEAD, HEAD_TOP, page)] + [_line(row, HEAD_TOP + 14.0 + 12.3 * k, page) for k, row in enumerate(ROWS)]
    table, used = build_table(lines)
    assert table is not None and used == len(lines)  # the page's reader took the head into the table
    return PageContent(page, 595.3, 841.9, (table,), ()), table


def _head_page(page: int, top: float = HEAD_TOP, text: str = "令和 7 年度 第 1 回 推進会議資料") -> PageContent:
    head = RawLine(text, (385.5, top, 538.7, top + LINE_PT), page)
    body = RawLine("第2期まち・ひと・しごと創生総合戦略", (182.1, 69.0, 413.4, 83.5), page)
    return PageContent(page, 595.3, 841.9, (), (head, body))


def test_a_head_opening_another_page_as_a_line_leaves_the_table() -> None:
    page, table = _table_page(2)
    assert [c.raw for c in table.rows[0] if c.raw.strip()][:1] != ["項目"]
    out = without_running_heads([_head_page(1), page])
    again = out[1].tables[0]
    assert [c.raw for c in again.rows[0] if c.raw.strip()] == ["項目", "現況値", "目標値"]
    assert [ln.raw for ln in out[1].lines] == ["令和7年度 第1回 推進会議資料"]
    assert out[0] == _head_page(1)


@pytest.mark.parametrize(("top", "text"), [
    (HEAD_TOP + 8.0, "令和 7 年度 第 1 回 推進会議資料"),  # 0.73 of a line lower: another place on its page
    (HEAD_TOP, "令和 7 年度 第 2 回 幹事会資料"),  # other words
])
def test_a_line_elsewhere_or_of_other_words_is_no_running_head(top: float, text: str) -> None:
    page, table = _table_page(2)
    out = without_running_heads([_head_page(1, top, text), page])
    assert out[1].tables[0] is table and out[1].lines == ()


def test_a_table_alone_heads_nothing_away() -> None:
    page, table = _table_page(2)
    assert without_running_heads([page, _table_page(3)[0]])[0].tables[0] is table  # no page shows the head as a line


@pytest.mark.parametrize(("offset", "same"), [(4.0, True), (8.0, False)])
def test_a_running_head_stands_at_one_top(offset: float, same: bool) -> None:
    # 4 pt is 0.36 of the line's height (within HEAD_TOP_TOL_EM: 0.5), 8 pt 0.73 (past it)
    line = _line(HEAD, HEAD_TOP, 2)
    assert is_running_head(line, RawLine("令和 8 年度 第 1 回 推進会議資料", (385.5, HEAD_TOP + offset, 538.7, 70.0), 1)) is same
