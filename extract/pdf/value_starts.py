"""A value glued a word space after the text before it, parted where the column's cells start.

A spreadsheet clips no text short of the next cell: a unit or a name as wide as its column ends a
word space before the next column's value set flush left (万人回/年 88.5（Ｈ２８） beside 件 | 774（Ｈ２９）
on the rows below, corpus seed 835 kpi_baseline_target in calc_borderless), and the reader sees one
segment of two words. The rows below set their values from one x (edges.cell_starts, MIN_EDGE_LINES
rows or more): a value word starting there is that column's cell. A line of one segment (a card's label
and its value, 基準年度値（2023年度） 35.5万人回/年, corpus seed 507 kpi_cards in calc_borderless) is parted at
the same starts, read once per page and type size for every line.
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.interpret.structure import LETTER_RE, is_data_value
from extract.pdf.centred_heads import parted_at_word
from extract.pdf.edges import Edges, cell_starts, cut_parts, ends_column, is_figure, segment_parts
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
    (_missing_before_figure). A line of one segment is parted as a label and its value (_label_parted)."""
    starts = _cell_starts(lines)
    out = []
    for ln in lines:
        segs = tuple(p for s in ln.segments for p in (_parted if ln.is_multi else _label_parted)(s, starts.get((ln.page, _size(s)), ())))
        out.append(ln if len(segs) == len(ln.segments) else SegLine(segs, ln.bbox, ln.page, ln.text))
    return out


def _cell_starts(lines: Sequence[SegLine]) -> dict[tuple[int, float], Edges]:
    """The cells' left edges (edges.cell_starts) of each page and type size a segment that may part
    is set in (one of a line of several, holding a word space; a line's one segment, holding a word space
    or a joint), read once for all its segments. A line's own segments count: a word of it never starts
    where one of its segments does."""
    keys = {(ln.page, _size(s)) for ln in lines for s in ln.segments
            if (" " in s.text if ln.is_multi else " " in s.text or bool(s.joints)) and _size(s) > 0}
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


def _label_parted(seg: Segment, starts: Sequence[float]) -> list[Segment]:
    """A line's one segment parted before each figure that starts on a cell start, a break (a word space
    or a joint, edges.segment_parts) after a word of letters: a label and its value glued by a
    spreadsheet's narrow gap, the table's other lines' cells starting there (基準年度値（2023年度） 35.5万人回/年
    under 事業概要 | 創業に要する…, a card read alone, corpus seed 507 kpi_cards in calc_borderless). Only after a
    word of letters (a label): a sign before a figure is the figure's."""
    parts = segment_parts(seg)
    return cut_parts(seg, parts, [k for k, (a, b) in enumerate(zip(parts, parts[1:]), start=1)
                                  if is_figure(b.text) and ends_column(tuple(starts), b.x0) and LETTER_RE.search(a.text)])


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
