"""A cell's line level with the first lines of a row's other cells, set off the cell's leading,
opens that row (rows.split_at_row_lines): a name centred on its row took the next row's
one-line name (corpus seed 700 kpi_baseline_target in pdf_borderless)."""

from __future__ import annotations

import pytest

from extract.pdf.pieces import Piece
from extract.pdf.rows import split_at_row_lines

LINE_PT = 10.0


def _piece(text: str, col: int, top: float) -> Piece:
    return Piece(text, (col * 100.0, top, col * 100.0 + 90, top + LINE_PT), col, 1)


def _split(gap_em: float, mates: int) -> list[list[str]]:
    # 中心市街地の歩行者 / 通行量（休日） centred on row 1 (leading 12 pt), then the next row's name
    top = 24.0 + gap_em * LINE_PT  # the cell's leading (12 pt) below its second line, plus gap_em of a line
    name = [_piece("中心市街地の歩行者", 1, 0.0), _piece("通行量（休日）", 1, 12.0), _piece("ごみ排出量", 1, top)]
    row1 = [[_piece("1", 0, 6.0)], [_piece("25,947", 2, 6.0)]]
    row2 = [[_piece(str(k), 2 + k, top)] for k in range(mates)]
    return [[p.text for p in b] for b in split_at_row_lines([name, *row1, *row2])][:2]


@pytest.mark.parametrize(("gap_em", "mates", "parted"), [
    (0.4, 2, True),  # ROW_MATES = 2 other cells level with it, off the leading by more than LEADING_TOL_EM = 0.25
    (0.15, 2, False),  # at the cell's leading, give or take: the cell's own line
    (0.4, 1, False),  # one cell level with it proves no row
])
def test_a_line_opening_a_row_off_the_cell_s_leading_leaves_the_cell(gap_em: float, mates: int, parted: bool) -> None:
    blocks = _split(gap_em, mates)
    assert (blocks[0] == ["中心市街地の歩行者", "通行量（休日）"]) is parted


def test_a_cell_of_two_lines_is_never_parted() -> None:
    name = [_piece("安全・安心な", 1, 0.0), _piece("まちづくり", 1, 20.0)]
    mates = [[_piece("1", 0, 20.0)], [_piece("25", 2, 20.0)], [_piece("30", 3, 20.0)]]
    assert [[p.text for p in b] for b in split_at_row_lines([name, *mates])][0] == ["安全・安心な", "まちづくり"]
