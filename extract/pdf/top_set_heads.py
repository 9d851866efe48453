"""A table's header set at the top of its cells: a group header's lines run on to the row under it.

Word's tables (printed by LibreOffice Writer) set each header cell at its top, with no padding
between rows: a group header centred over the columns it spans (計画事業費 / 単位：円 over 令和7年度 …
令和11年度) stands over the middle one, and the sub-header under it (令和9年度) follows at the very
leading of the group header's own lines, level with its siblings' one-line headers. Read at the
leading, the middle column's header is one cell of three lines, and the group header reaches one
column only. The siblings show the row: cells set at their top start level with the row's top, so
a line of a column's header that stands level with the first lines of HEADER_ROW_MATES or more other
columns' headers, ending level with them, under lines centred over them (GROUP_CENTRE_TOL_EM), while
the column's first line stands level with another column's first line (the row above), opens a
cell of the lower row. A header centred on its row
(Calc, Chromium) stands a short header level with a middle line of a taller one, not ending with
it: no row there.

Coordinates are PDF points, top-left origin.
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.pdf.figure_levels import LEVEL_TOL_EM
from extract.pdf.pieces import Piece, by_column

HEADER_ROW_MATES = 2  # other columns' headers starting and ending level with a line, showing it opens a lower row
GROUP_CENTRE_TOL_EM = 1.0  # a group header's middle lies within this share of a line's height of its sub-headers'


def lower_header_openers(pieces: Sequence[Piece], tops: Sequence[tuple[int, float]]) -> frozenset[int]:
    """The header lines (above the first line of figures, tops: figure_levels.figure_tops; every line of a header read apart from
    its body, which holds none) by id that open a cell of a lower header row (the module's
    docstring); none on a table over several pages."""
    if len({p.page for p in pieces}) > 1:
        return frozenset()
    end = tops[0][1] if tops else float("inf")
    columns = list(by_column(p for p in pieces if p.bbox[1] < end - LEVEL_TOL_EM * p.height).values())
    out: set[int] = set()
    for col in (c for c in columns if len(c) > 1):
        others = [c for c in columns if c is not col]
        if any(_level(c[0], col[0]) for c in others):
            out |= {id(col[k]) for k in range(1, len(col)) if _opens_lower_row(col[:k], col[k:], others)}
    return frozenset(out)


def _opens_lower_row(upper: Sequence[Piece], lower: Sequence[Piece], others: Sequence[Sequence[Piece]]) -> bool:
    """True when HEADER_ROW_MATES or more other columns' headers start level with lower's first line
    and end level with a line of lower that fewer lines follow than upper holds (_ends_top_set), and
    upper's lines stand centred over lower's first line and theirs (their middles within
    GROUP_CENTRE_TOL_EM of its height), holding none of them within its width: a group header set
    in one column, not a header of its own column wrapped beside them (当初予算額（本 / 年度） left of
    国費・県費 | 起債額), nor one already spanning them (a ruled table's cell 給与費 over 給料 | 職員手当)."""
    line = lower[0]
    mates = [c[0] for c in others if _level(c[0], line) and _ends_top_set(c[-1], upper, lower)]
    if len(mates) < HEADER_ROW_MATES or any(u.bbox[0] <= m.bbox[0] and m.bbox[2] <= u.bbox[2] for u in upper for m in mates):
        return False
    row = [line, *mates]
    return abs(_middle(upper) - _middle(row)) <= GROUP_CENTRE_TOL_EM * line.height


def _ends_top_set(end: Piece, upper: Sequence[Piece], lower: Sequence[Piece]) -> bool:
    """True when end, a sibling's last line (its first level with lower's first), stands level with
    lower's last line, or with one of lower's that fewer lines follow than upper holds (特定財源等 /
    単位：千円 over その他特定財 / 源 beside 国県 | 市債 | 一般財源 of one line, corpus seed 925
    budget_main_projects in writer_borderless). A cell centred on its row (Calc, Chromium) stands a
    shorter sibling as many lines under its top as over its bottom: level with a middle line of
    the taller cell, as many of its lines following the sibling's end as stand before its start."""
    return any(_level(end, p) for p in lower[max(0, len(lower) - len(upper)):])


def _middle(lines: Sequence[Piece]) -> float:
    return (min(p.bbox[0] for p in lines) + max(p.bbox[2] for p in lines)) / 2


def _level(a: Piece, b: Piece) -> bool:
    return abs(a.bbox[1] - b.bbox[1]) <= LEVEL_TOL_EM * min(a.height, b.height)
