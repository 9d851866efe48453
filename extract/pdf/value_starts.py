"""A value glued a word space after the text before it, parted where the column's cells start.

A spreadsheet clips no text short of the next cell: a unit or a name as wide as its column ends a
word space before the next column's value set flush left (万人回/年 88.5（Ｈ２８） beside 件 | 774（Ｈ２９）
on the rows below, corpus seed 835 kpi_baseline_target in calc_borderless), and the reader sees one
segment of two words. The rows below set their values from one x (edges.cell_starts, MIN_EDGE_LINES
rows or more): a value word starting there is that column's cell. edges parts a line of one
segment so (_part_glued_value); this parts the segments of a row of several.
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.interpret.structure import LETTER_RE
from extract.pdf.centred_heads import parted_at_word
from extract.pdf.edges import cell_starts, ends_column
from extract.pdf.glyphs import word_spans
from extract.pdf.grid import Segment, SegLine, is_value
from normalize.years import year_runs_over


def split_at_value_starts(lines: Sequence[SegLine]) -> list[SegLine]:
    """The lines with each segment of a line of two or more segments parted before a word that
    opens with a figure (grid.is_value) and starts on a left edge the lines' cells of its type
    size start from (edges.cell_starts), after a word of letters with which it reads as no year (平成 30: Typst spaces an ideograph from a
    digit, corpus seed 997 kpi_progress in typst_borderless; a sign before a figure is its own), in a segment not opening with a figure: the word goes on a figure begun before it (4 億
    2,502万円: Typst spaces an amount's parts, figures of one width starting together down the rows,
    corpus seed 990 budget_main_projects in typst_borderless)."""
    out = []
    for ln in lines:
        if not ln.is_multi:
            out.append(ln)
            continue
        segs = tuple(p for s in ln.segments for p in _parted(s, _starts(lines, ln, s)))
        out.append(ln if len(segs) == len(ln.segments) else SegLine(segs, ln.bbox, ln.page, ln.text))
    return out


def _starts(lines: Sequence[SegLine], line: SegLine, seg: Segment) -> tuple[float, ...]:
    size = seg.bbox[3] - seg.bbox[1]
    same = [ln for ln in lines if ln.page == line.page and ln is not line]
    return cell_starts(same, size) if " " in seg.text and size > 0 else ()


def _parted(seg: Segment, starts: Sequence[float]) -> list[Segment]:
    spans = word_spans(seg)
    at = next((k for k in range(1, len(spans)) if is_value(spans[k][0]) and ends_column(tuple(starts), spans[k][1])
               and LETTER_RE.search(spans[k - 1][0]) and not _in_year(spans[k - 1][0], spans[k][0])
               and not is_value(spans[0][0])), None)
    if at is None:
        return [seg]
    head, tail = parted_at_word(seg, at)
    return [head, *_parted(tail, starts)]


def _in_year(before: str, word: str) -> bool:
    return year_runs_over(f"{before} {word}", len(before) + 1)
