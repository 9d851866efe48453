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

from extract.interpret.structure import LETTER_RE, is_data_value
from extract.pdf.centred_heads import parted_at_word
from extract.pdf.edges import Edges, cell_starts, ends_column, is_figure
from extract.pdf.glyphs import word_spans
from extract.pdf.grid import Segment, SegLine, is_value
from normalize.missing import missing_marker
from normalize.text import clean_text
from normalize.years import year_runs_over


def split_at_value_starts(lines: Sequence[SegLine]) -> list[SegLine]:
    """The lines with each segment of a line of two or more segments parted before a word that
    opens with a figure (grid.is_value) and starts on a left edge the lines' cells of its type
    size start from (edges.cell_starts), after a word of letters with which it reads as no year
    (平成 30: Typst spaces an ideograph from a digit, corpus seed 997 kpi_progress in
    typst_borderless; a sign before a figure is its own), unless it goes on a figure begun before
    it (_goes_on_figure); and before a figure after a word standing for a missing value
    (_missing_before_figure)."""
    starts = _cell_starts(lines)
    out = []
    for ln in lines:
        segs = tuple(p for s in ln.segments for p in _parted(s, starts.get((ln.page, _size(s)), ()))) if ln.is_multi else ln.segments
        out.append(ln if len(segs) == len(ln.segments) else SegLine(segs, ln.bbox, ln.page, ln.text))
    return out


def _cell_starts(lines: Sequence[SegLine]) -> dict[tuple[int, float], Edges]:
    """The cells' left edges (edges.cell_starts) of each page and type size a segment that may part
    is set in (one of a line of several, holding a word space), read once for all its segments.
    A line's own segments count: a word of it never starts where one of its segments does."""
    keys = {(ln.page, _size(s)) for ln in lines if ln.is_multi for s in ln.segments if " " in s.text and _size(s) > 0}
    return {(page, size): cell_starts([ln for ln in lines if ln.page == page], size) for page, size in keys}


def _size(seg: Segment) -> float:
    return seg.bbox[3] - seg.bbox[1]


def _parted(seg: Segment, starts: Sequence[float]) -> list[Segment]:
    spans = word_spans(seg)
    at = next((k for k in range(1, len(spans)) if (is_value(spans[k][0]) and ends_column(tuple(starts), spans[k][1])
               and LETTER_RE.search(spans[k - 1][0]) and not _in_year(spans[k - 1][0], spans[k][0])
               and not _goes_on_figure([w for w, _, _ in spans[:k + 1]])) or _missing_before_figure(spans[k - 1][0], spans[k][0])), None)
    if at is None:
        return [seg]
    head, tail = parted_at_word(seg, at)
    return [head, *_parted(tail, starts)]


def _in_year(before: str, word: str) -> bool:
    return year_runs_over(f"{before} {word}", len(before) + 1)


def _missing_before_figure(before: str, word: str) -> bool:
    """True for a word standing for a missing value (調査なし, 未公表: letters, not a dash, which may be
    a figure's sign) a word space before a figure: two cells, for a cell holds one value (調査なし
    1,521人 under R2 | R3, the figure right-aligned filling its column, corpus seed 814
    kpi_year_matrix in calc_borderless)."""
    return bool(LETTER_RE.search(before)) and missing_marker(clean_text(before)) is not None and is_figure(word)


def _goes_on_figure(words: Sequence[str]) -> bool:
    """True when the last of a segment's words goes on a figure begun before it: the words from the
    first, a figure, read together as one value (4 億 2,502万円: Typst spaces an amount's parts,
    corpus seed 990 budget_main_projects in typst_borderless), not a value and its unit before the
    next cell's (639,432 t-CO2 626,056 t-CO2, left-aligned figures starting together down the rows,
    corpus seed 801 kpi_year_matrix in calc_borderless)."""
    return is_value(words[0]) and is_data_value("".join(words))
