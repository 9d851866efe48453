"""A table's header read apart from its body where the header's own lines show how it is set.

The lines above a table's first row of figures (figure_levels.figure_tops) are its header. The row
builder (extract.pdf.rows) reads a table at the leading its wrapped cells show; two readings here
tell it where the header's lines prove a reading of their own:

- A group header stands over its sub-headers, one line over lines of two columns (目指すべき値 over
  R05末 | R04末): the group header is a row of its own, so each sub-header opens a cell however close
  under it (group_openers).
- A table showing no leading (its rows as close as a cell's lines: 6 pt type) whose header shows one
  (単 / 位 and R11年度 / （2029） beside 進捗管理指標) reads its header alone at the header's own leading
  and its body at the table's (head_leading).

Nothing here reads an engine's pitch, padding or type size: only the lines' order, overlap and the
gaps the header's own lines stand at.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from extract.pdf.figure_levels import stands_on
from extract.pdf.figure_rows import gap_tol
from extract.pdf.pieces import WRAP_GAP_MAX_EM, Piece, by_column, text_bracket_depth


def head_lines(pieces: Sequence[Piece], tops: Sequence[tuple[int, float]]) -> list[Piece]:
    """The lines above the first row of figures (tops: (page, top), top to bottom), none standing on it."""
    if not tops:
        return []
    return [p for p in pieces if (p.page, p.bbox[1]) < tops[0] and not stands_on(p, tops[0][1])]


def group_openers(pieces: Sequence[Piece], tops: Sequence[tuple[int, float]]) -> frozenset[int]:
    """The header lines (by id) under a group header (_sub_headers): each opens a cell, for the group
    header is a row of its own, however close the sub-headers stand (目指すべき値 over R05末 | R04末, 1 pt
    apart, corpus seed 828 kpi_year_matrix in typst_borderless, dev4 wordings). tops: the rows of figures
    (figure_levels.figure_tops); lines with none under them (a header read apart from its body) are all header."""
    head = head_lines(pieces, tops) if tops else pieces
    return frozenset(id(q) for p in head for q in _sub_headers(p, head))


def _sub_headers(p: Piece, head: Sequence[Piece]) -> list[Piece]:
    """The lines under p that make it a group header, or none: lines of two columns or more on the
    header's next line (_lines_under), standing apart across (_stand_apart), p closing every bracket
    it opens. A cell's next line stands under its own column only; a line leaving a bracket open goes
    on below, its next line cut at a word space into two columns by their edges (2014 年度（平 over
    成 | 26 年度）, corpus seed 870 kpi_year_matrix in typst_borderless)."""
    under = _lines_under(p, head)
    if len({q.col for q in under}) < 2 or not _stand_apart(under) or text_bracket_depth(p.text) > 0:
        return []
    return under


def heads_a_group(head: Sequence[Piece]) -> bool:
    """True when some header line is a group header (_sub_headers): the header is rows of its own."""
    return any(_sub_headers(p, head) for p in head)


def _lines_under(p: Piece, lines: Sequence[Piece]) -> list[Piece]:
    """The lines on the line after p: at most a line's height under it, overlapping it across."""
    return [q for q in lines if q.page == p.page and 0 <= q.bbox[1] - p.bbox[3] <= p.height
            and q.bbox[0] < p.bbox[2] and q.bbox[2] > p.bbox[0]]


def _stand_apart(lines: Sequence[Piece]) -> bool:
    """True when no two of lines touch or overlap across: lines of text in columns stand a gap apart,
    where boxes sharing their edges are a frame's cells, each filling its cell (a ruled header read as
    lines, 給与費 over 給料 | 職員手当 | 期末・勤勉手当 | 計B: the real document otoineppu_kyuyo_teiin_r7 p1)."""
    ordered = sorted(lines, key=lambda q: q.bbox[0])
    return all(b.bbox[0] > a.bbox[2] for a, b in zip(ordered, ordered[1:]))


def head_leading(pieces: Sequence[Piece], tops: Sequence[tuple[int, float]],
                 leading: Callable[[Sequence[Piece]], float | None]) -> float | None:
    """The leading a table's header (head_lines) is read at alone, for a table showing no leading, where
    the header shows one of its own (leading: rows.wrap_gap_limit, not None on the header alone) as one
    row of cells set at its top, some wrapped (_cells_of_unlike_heights), at one gap (_one_gap), and no
    group header (heads_a_group); else None, the header read with the body.
    Where a table sets its rows as close as a cell's lines (6 pt type: 単 / 位 and R11年度 / （2029）
    over rows 0.1 pt further apart, corpus seed 801 kpi_year_matrix in typst_borderless, dev4 wordings),
    the body's rows keep the leading from showing, and the header, read with the body, parts its cells
    line by line; read alone, it is read at its own leading."""
    head = head_lines(pieces, tops)
    if not head or not _cells_of_unlike_heights(head) or heads_a_group(head) \
            or not _one_gap(head, gap_tol(pieces, [top for _, top in tops])):
        return None
    return leading(head)


def _cells_of_unlike_heights(head: Sequence[Piece]) -> bool:
    """True when every header column starts level with the header's first line, holds one cell (no two
    of its lines further apart than a cell's lines stand: WRAP_GAP_MAX_EM of a line) and the columns hold
    unlike numbers of lines (進捗管理指標 beside 単 / 位): one row of cells set at its top, some wrapped. A
    header whose every column holds as many lines may be rows (a card's keys and values, 指標名 |
    企業誘致件数 over 単位 | 件: corpus seed 500 kpi_cards); a column whose header starts below the first
    line stands under a group header (2022年度 beside 概算事業費（千円） over 2021年度: corpus seed 710
    budget_plan_years in html_borderless); a line standing apart under a header cell is a row of its own
    (a section heading under the header, （1）子育て環境の充実 under 進捗管理指標, Writer's top-set rows:
    corpus seed 537 kpi_progress in writer_borderless, dev4 wordings, read alone with it 23 -> 15 of 27)."""
    columns = list(by_column(head).values())
    first = min((col[0].page, col[0].bbox[1]) for col in columns)
    return len({len(col) for col in columns}) > 1 and all(
        col[0].page == first[0] and stands_on(col[0], first[1]) and _one_cell(col) for col in columns)


def _one_cell(col: Sequence[Piece]) -> bool:
    """True when no two lines of a column stand further apart than a cell's lines (WRAP_GAP_MAX_EM of a line)."""
    return all(a.page == b.page and b.bbox[1] - a.bbox[3] <= WRAP_GAP_MAX_EM * b.height for a, b in zip(col, col[1:]))


def _one_gap(head: Sequence[Piece], tol: float) -> bool:
    """True when the lines of each header column standing as close as a cell's lines may (WRAP_GAP_MAX_EM
    of a line) stand one gap apart (within tol, how precisely the table sets its lines level:
    figure_rows.gap_tol): a header showing two (its rows' padding and a cell's leading, 策定時現況値 over
    平成２６（2014） 2.0 pt apart, 平成２６（2014） over 年度 2.55) is rows and cells."""
    gaps = [b.bbox[1] - a.bbox[3] for col in by_column(head).values() for a, b in zip(col, col[1:])
            if a.page == b.page and b.bbox[1] - a.bbox[3] <= WRAP_GAP_MAX_EM * b.height]
    return not gaps or max(gaps) - min(gaps) <= tol
