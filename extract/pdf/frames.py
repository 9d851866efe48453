"""Lines a borderless table's horizontal rules frame: a table drawn with rules across it only
(no column rules) closes its top and its foot with a rule as wide as the table, set at a cell's
padding from the text. A line inside that frame, next to the table's lines, is one of its rows
however far below the row above it sits: the rest of a name wrapped under the last row on a page
(地域の魅力を発信する | 569 | 607 over イベントへの参加者数（人）, corpus seed 585
kpi_baseline_target in pdf_rules), or a group heading opening a table's continuation on the next
page ((2)健康づくりの推進 over its rows, seed 581). Text outside the rules is not the table's."""

from __future__ import annotations

from collections.abc import Sequence

from extract.model import BBox
from extract.pdf.grid import SegLine
from extract.vocab import FOOTNOTE_MARKS

HRule = tuple[float, float, float]  # a horizontal rule: y, x0, x1 in pt, top-left origin
FRAME_PAD_EM = 0.75  # a rule closing a table sits within this many of its nearest line's heights of it
SPAN_TOL_PT = 3.0  # a rule spans a line when it reaches this close to the line's ends, or further


def spans(rule: HRule, box: BBox) -> bool:
    """True when the rule runs under (or over) the whole width of box."""
    return rule[1] <= box[0] + SPAN_TOL_PT and box[2] - SPAN_TOL_PT <= rule[2]


def _pad(line: SegLine) -> float:
    return FRAME_PAD_EM * (line.bbox[3] - line.bbox[1])


def _rule_above(table: Sequence[SegLine], rules: Sequence[HRule]) -> HRule | None:
    """The nearest rule above the table's first line spanning all its lines, or None."""
    top = table[0].bbox[1]
    over = [r for r in rules if r[0] <= top and all(spans(r, ln.bbox) for ln in table)]
    return max(over, default=None)


def _rule_below(table: Sequence[SegLine], rules: Sequence[HRule]) -> HRule | None:
    """The nearest rule below the table's last line spanning all its lines, or None."""
    foot = table[-1].bbox[3]
    under = [r for r in rules if r[0] >= foot and all(spans(r, ln.bbox) for ln in table)]
    return min(under, default=None)


def _is_framed(line: SegLine, rule: HRule, top: float, bottom: float) -> bool:
    """True when a line lies between top and bottom, inside the rule's width, and opens with no
    note mark (a note under a table is read as its note, extract.context)."""
    return top <= line.bbox[1] and line.bbox[3] <= bottom and spans(rule, line.bbox) and \
        not line.text.strip().startswith(FOOTNOTE_MARKS)


def framed_end(lines: Sequence[SegLine], start: int, end: int, rules: Sequence[HRule]) -> int:
    """The end (exclusive) of the table lines[start:end] taking the lines after it inside the rule
    that closes its foot: the rule must lie within FRAME_PAD_EM of the last line taken."""
    rule = _rule_below(lines[start:end], rules)
    if rule is None:
        return end
    k = end
    while k < len(lines) and lines[k].page == lines[start].page and _is_framed(lines[k], rule, lines[end - 1].bbox[3], rule[0]):
        k += 1
    return k if k > end and rule[0] - lines[k - 1].bbox[3] <= _pad(lines[k - 1]) else end


def is_closed(table: Sequence[SegLine], rules: Sequence[HRule]) -> bool:
    """True when a rule spanning the table's lines runs under its last line within FRAME_PAD_EM:
    the rule closing the table, so its last lines are rows of it, whatever they hold."""
    rule = _rule_below(table, rules) if table else None
    return rule is not None and rule[0] - table[-1].bbox[3] <= _pad(table[-1])


def framed_start(lines: Sequence[SegLine], start: int, end: int, floor: int, rules: Sequence[HRule]) -> int:
    """The start of the table lines[start:end] taking the lines before it (from floor on) inside
    the rule that opens it: the rule must lie within FRAME_PAD_EM above the first line taken. A
    line reaching below the first line's top counts while it ends above its foot: the second line
    of stacked headers set half a line off the others (令和 7 年 / 度 beside 予算額（A）, corpus seed
    515 budget_main_projects in pdf_rules, wordings dev8)."""
    rule = _rule_above(lines[start:end], rules)
    if rule is None:
        return start
    k = start
    while k > floor and lines[k - 1].page == lines[start].page and _is_framed(lines[k - 1], rule, rule[0], lines[start].bbox[3]):
        k -= 1
    return k if k < start and lines[k].bbox[1] - rule[0] <= _pad(lines[k]) else start

