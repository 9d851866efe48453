"""A name wrapped down the sub-rows it spans, set at the top of its merged cell
(extract.pdf.subrow_names): 子育て支援セン / ター利用者数 over 実績値 / 計画 (corpus seed 530
kpi_year_matrix in writer_borderless, IPA PGothic at 10.5 pt, rows at the leading, no padding)."""

from __future__ import annotations

import pytest

from extract.pdf.pieces import Block, Piece
from extract.pdf.subrow_names import fold_subrow_names

EM = 10.5
PITCH = 12.1  # Writer's line pitch at 1.15 spacing


def piece(text: str, col: int, line: int, x0: float, width: float | None = None) -> Piece:
    top = 100.0 + line * PITCH
    return Piece(text, (x0, top, x0 + (width if width is not None else EM * len(text)), top + EM), col)


def row(line: int, name: str | None, kind: str, figure: str) -> list[Block]:
    cells = [[piece(kind, 1, line, 140.0)], [piece(figure, 2, line, 220.0, 30.0)]]
    return ([[piece(name, 0, line, 56.8)]] if name else []) + cells


def matrix(second: str | None, gap_lines: int = 1) -> list[list[Block]]:
    return [row(0, "子育て支援セン", "実績値", "4,073人"), row(gap_lines, second, "計画", "3,287人"),
            row(2, "企業誘致件数", "実績値", "17件"), row(3, None, "計画", "18件")]


def names(rows: list[list[Block]]) -> list[str]:
    return ["".join(p.text for p in r[0]) if r[0][0].col == 0 else "" for r in rows]


def test_a_full_name_runs_on_into_a_sub_row_the_table_leaves_unnamed() -> None:
    assert names(fold_subrow_names(matrix("ター利用者数"))) == ["子育て支援センター利用者数", "", "企業誘致件数", ""]


def test_a_sub_row_named_elsewhere_keeps_its_name() -> None:
    rows = matrix("ター利用者数")
    rows[3] = row(3, "移住相談件数", "計画", "18件")  # every 計画 row named: each row names itself
    assert names(fold_subrow_names(rows)) == ["子育て支援セン", "ター利用者数", "企業誘致件数", "移住相談件数"]


def test_a_name_short_of_the_column_does_not_run_on() -> None:
    rows = matrix("ター利用者数")
    rows[0][0] = [piece("子育て支", 0, 0, 56.8)]  # ター (ー never opens a line) would have fitted after it
    assert names(fold_subrow_names(rows))[:2] == ["子育て支", "ター利用者数"]


@pytest.mark.parametrize(("x0", "joined"), [(56.8 + 1.4, True), (56.8 + 1.6, False)])
def test_the_next_line_starts_flush_with_the_name(x0: float, joined: bool) -> None:
    # ALIGN_TOL_PT 1.5
    rows = matrix("ター利用者数")
    rows[1][0] = [piece("ター利用者数", 0, 1, x0)]
    assert (names(fold_subrow_names(rows))[1] == "") is joined


@pytest.mark.parametrize(("gap_em", "joined"), [(0.7, True), (0.8, False)])
def test_the_next_line_stands_at_the_leading(gap_em: float, joined: bool) -> None:
    # WRAP_GAP_MAX_EM 0.75: farther below, the line opens a row of its own
    rows = matrix("ター利用者数")
    top = 100.0 + EM + gap_em * EM
    rows[1][0] = [Piece("ター利用者数", (56.8, top, 56.8 + 6 * EM, top + EM), 0)]
    assert (names(fold_subrow_names(rows))[1] == "") is joined
