"""Where a section heading set in a table's first column ends: before a line level with figures.

A heading opening an item's number ((1)防災・減災の推進) sets a row of its own, nothing beside it;
rows set without padding (Word's defaults, printed by LibreOffice Writer) stand the next row's name
at the heading's leading under it, and read at the leading the two are one cell (（1）防災・減災の
推進 / 六次産業化に取り組む / 事業者数（累計）): the heading names the indicator. A heading row holds
no figure, so none of its lines stands level with figures of other columns: a line under the
heading that does, as far below it as the rows stand apart, opens the row those figures make
(extract.pdf.figure_levels.figure_tops).

Coordinates are PDF points, top-left origin.
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.pdf.figure_levels import stands_on
from extract.pdf.lockstep import line_tol
from extract.pdf.pieces import Piece, by_column
from extract.text_items import opens_numbered_item


def lines_after_headings(pieces: Sequence[Piece], tops: Sequence[tuple[int, float]]) -> frozenset[int]:
    """The lines (by id) of the first column right under a heading (_is_heading), as far below it
    as the rows of figures stand apart (within line_tol), that stand level (figure_levels.stands_on)
    with a line of figures (tops: figure_levels.figure_tops; with one line of figures, as far as the heading
    stands below the line above it: _gap_above): each opens a cell. Rows padded apart show the heading's
    leading for a cell's (⑤地域の魅力を発信す / る beside figures centred on the name, Chromium)."""
    first = min((p.col for p in pieces), default=0)
    lines = _figure_lines(pieces, tops)
    gaps = [b.bbox[1] - a.bbox[3] for a, b in zip(lines, lines[1:]) if a.page == b.page]
    column, tol = by_column(pieces).get(first, []), line_tol(pieces)
    return frozenset(id(b) for a, b in zip(column, column[1:]) if a.page == b.page and _is_heading(a, pieces)
                     and (gaps or _gap_above(a, pieces) is not None)
                     and b.bbox[1] - a.bbox[3] >= min(gaps or [_gap_above(a, pieces) or 0.0]) - tol
                     and any(page == b.page and stands_on(b, top) for page, top in tops))


def _gap_above(heading: Piece, pieces: Sequence[Piece]) -> float | None:
    """The gap (pt) between a heading and the lowest line above it on its page, or None: a heading is a
    row of its own, so with one row of figures (no gap between two to read the rows' by) the gap above
    it is the rows' (（1）地域産業の振興 1 pt under the header's last line and 1 pt over ふるさと納税寄附額,
    where the header's wrapped cells stand 3.9 pt apart, corpus seed 824 kpi_baseline_target in
    typst_borderless, dev4 wordings)."""
    above = [p.bbox[3] for p in pieces if p.page == heading.page and p.bbox[3] <= heading.bbox[1]]
    return heading.bbox[1] - max(above) if above else None


def _figure_lines(pieces: Sequence[Piece], tops: Sequence[tuple[int, float]]) -> list[Piece]:
    """For each line of figures, its tallest line standing on it, top to bottom."""
    return [max((p for p in pieces if p.page == page and stands_on(p, top)),
                key=lambda p: p.height) for page, top in tops]


def _is_heading(line: Piece, pieces: Sequence[Piece]) -> bool:
    """True for a line opening an item's number with no line of another column beside it (its
    text and theirs sharing no height)."""
    return opens_numbered_item(line.text) and not any(
        p.col != line.col and p.page == line.page and p.bbox[1] < line.bbox[3] and p.bbox[3] > line.bbox[1]
        for p in pieces)
