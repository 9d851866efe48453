"""The rests of numbers an engine cut over two lines in a column too narrow for them (47607584 over 3).

A number written without separators is one run of digits no line break rule parts; in a column too
narrow for it an engine breaks it anywhere (LibreOffice Writer's emergency break) and sets the rest on
the cell's next line. In rows set at their top without padding the rest stands where the next row's
figure would, and where rests stand in several columns at once they read as a row of figures. A rest
is told from a figure by the cut: the line above it in its column is a number that fills the column
(its widest line, the header's included) and that digits may continue (pieces.continuable), the rest
is narrower than that number, and every line standing level with it is such a rest or goes on a
line its engine wrapped (full: 地域おこし協 over 力隊事業): a row opening there would open a name of its
own beside its figures. A column whose cells show MIN_CUT_CELLS such cuts shows its engine cutting
numbers at the column's width: their lines are joined whole (column_cuts_numbers).

Coordinates are PDF points, top-left origin.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from extract.pdf.pieces import WRAP_GAP_MAX_EM, Piece, by_column, continuable, is_digits, is_full

MIN_CUT_CELLS = 2  # cells of a column holding a number and its narrower rest that prove the engine cuts numbers


def cut_number_rests(pieces: Sequence[Piece], level: Callable[[Piece, float], bool]) -> frozenset[int]:
    """The lines (by id) that are the rests of numbers cut over two lines (the module's docstring);
    level(p, top) tells a line standing on a top."""
    cut: dict[int, Piece] = {}
    wrapped: set[int] = set()
    for col in by_column(pieces).values():
        width = max(p.bbox[2] - p.bbox[0] for p in col)
        cut.update({id(b): b for a, b in zip(col, col[1:]) if _goes_on_cut(a, b, width)})
        wrapped.update(id(b) for a, b in zip(col, col[1:]) if _below(a, b) and is_full(a.bbox, b, width))
    return frozenset(key for key, rest in cut.items()
                     if all(id(q) in cut or id(q) in wrapped and not is_digits(q.text)
                            for q in pieces if q.page == rest.page and level(q, rest.bbox[1])))


def column_cuts_numbers(cells: Sequence[Sequence[Piece]], col_width: float) -> bool:
    """True when MIN_CUT_CELLS or more of a column's cells (their lines) hold two lines, a number of
    digits filling the column (col_width) and the narrower digits it goes on with (47607584 over 3, a
    budget column of Writer's, corpus seed 925 budget_main_projects in writer_borderless): the engine
    cuts numbers there, and such lines are one number."""
    return sum(1 for cell in cells if len(cell) == 2 and _goes_on_cut(cell[0], cell[1], col_width)) >= MIN_CUT_CELLS


def _goes_on_cut(above: Piece, line: Piece, width: float) -> bool:
    """True when line is digits alone, narrower than the number of digits right above it in its
    column, which fills the column (width) and digits may continue."""
    return _below(above, line) and is_digits(line.text) and is_digits(above.text) and continuable(above.text) \
        and line.bbox[2] - line.bbox[0] < above.bbox[2] - above.bbox[0] and is_full(above.bbox, line, width)


def _below(above: Piece, line: Piece) -> bool:
    """True when line stands right under above, within WRAP_GAP_MAX_EM of a line, on one page."""
    return above.page == line.page and 0 <= line.bbox[1] - above.bbox[3] <= WRAP_GAP_MAX_EM * line.height
