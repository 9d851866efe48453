"""A line no row's cell stands beside, set lower than a row of its own would stand: its cell's rest.

A row one line tall starts the rows' padding below the row above, whatever the engine's vertical
alignment: its one line stands at its top, and the row above ends where its tallest cell's last line
ends, each cell padded alike. A line holding one cell alone, set further below the row above than
that, is no row of its own: it goes on from the cell above it in its column, a name its author broke
set at a leading wider than the rows' padding (Typst: an inset of 2 pt, a leading of 0.65 em), that no
wrap in the table shows. The padding is the one the table shows (lockstep.row_padding).

Coordinates are PDF points, top-left origin.
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.pdf.grid import ALIGN_TOL_PT
from extract.pdf.lockstep import PADDED_LESS_TOLS
from extract.pdf.pieces import WRAP_GAP_MAX_EM, Block
from extract.pdf.top_rows import Row, holds_figure, opens_own_row, states_figure


def fold_lone_rests(rows: Sequence[Row], padding: float | None, tol: float, spanning: frozenset[int]) -> list[Row]:
    """The rows, each row of one cell alone that is the rest of the cell above it (is_lone_rest)
    taken into that cell. padding: the rows' padding the table shows (pt), or None; tol: how close
    two gaps are to count as one (pt)."""
    out: list[Row] = []
    for row in rows:
        upper = _cell_above(out[-1], row) if out and padding is not None else None
        if upper is not None and padding is not None and is_lone_rest(out[-1], upper, row, padding, tol, spanning):
            out[-1] = [b + list(row[0]) if b is upper else b for b in out[-1]]
        else:
            out.append(list(row))
    return out


def _cell_above(above: Row, row: Row) -> Block | None:
    """The cell of the row above in the column of row's one cell, when row holds one cell alone."""
    if len(row) != 1:
        return None
    return next((b for b in above if b[0].col == row[0][0].col), None)


def is_lone_rest(above: Row, upper: Block, row: Row, padding: float, tol: float, spanning: frozenset[int]) -> bool:
    """True when row's one cell holds no figure and no line opening a row of its own (opens_own_row),
    its first line starts at the left edge of upper's last line (within ALIGN_TOL_PT), at most
    WRAP_GAP_MAX_EM of a line's height below it, and stands further below the lowest line of the row
    above than the rows' padding by more than PADDED_LESS_TOLS times tol: no row of its own stands so
    (地域の魅力を発信する / イベントへの参加者数（人）, 3.8 pt apart, the rows 1 pt: corpus seed 873
    kpi_baseline_target in typst_borderless; 子ども医療費 / 助成事業（18 歳まで）, seed 826
    budget_supplementary). A heading set out of the column (基本目標 2 …, 5 pt left of the names
    above, seed 825 kpi_year_matrix) or under the table (※ …) opens a row."""
    cell, last = row[0], upper[-1]
    line = cell[0]
    if line.page != last.page or any(states_figure(p.text) or opens_own_row(p, spanning) for p in cell):
        return False
    bottom = max(b[-1].bbox[3] for b in above if b[-1].page == line.page)
    return abs(line.bbox[0] - last.bbox[0]) <= ALIGN_TOL_PT and 0 <= line.bbox[1] - last.bbox[3] <= WRAP_GAP_MAX_EM * last.height \
        and line.bbox[1] - bottom > padding + PADDED_LESS_TOLS * tol


def leaves_rests(rows: Sequence[Row], padding: float | None, tol: float, spanning: frozenset[int]) -> bool:
    """True when a body row (rows: the table's from its first row of figures on) of no figure and no
    line opening a row of its own stands under a row of
    figures further below its lowest line than the rows' padding (pt, within PADDED_LESS_TOLS times
    tol), at most WRAP_GAP_MAX_EM of a line below it: no row stands so, its cells are the rests of
    the cells above, however many columns hold one side by side (通行量（休日） beside と感じる市民の割合
    under ①中心市街地の / 歩行者 and ④結婚・子育ての希望が / かなう, 3.8 pt, the rows 1 pt apart: corpus
    seed 736 kpi_baseline_target in typst_borderless), which fold_lone_rests leaves where it cannot
    tell which cell each goes on. Further below, no cell goes on (a folio, a heading under the table)."""
    if padding is None:
        return False
    return any(any(holds_figure(b) for b in above) and not any(holds_figure(b) for b in row)
               and not any(opens_own_row(p, spanning) for b in row for p in b)
               and padding + PADDED_LESS_TOLS * tol < _top(row) - _bottom(above, _page(row)) <= WRAP_GAP_MAX_EM * _height(row)
               for above, row in zip(rows, rows[1:]) if _page(row) in {b[-1].page for b in above})


def _height(row: Row) -> float:
    return min(b[0].height for b in row)


def _page(row: Row) -> int:
    return min(b[0].page for b in row)


def _top(row: Row) -> float:
    return min(b[0].bbox[1] for b in row)


def _bottom(row: Row, page: int) -> float:
    return max(b[-1].bbox[3] for b in row if b[-1].page == page)
