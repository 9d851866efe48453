"""Where a section heading set in a table's first column ends (extract.pdf.heading_ends): before a
line level with figures (corpus seed 526 kpi_year_matrix in writer_borderless: （1）防災・減災の推進
over 六次産業化に取り組む / 事業者数（累計） beside 最新値 | 50 | 41, all at the rows' pitch)."""

from __future__ import annotations

from extract.pdf.figure_levels import figure_tops
from extract.pdf.heading_ends import lines_after_headings
from extract.pdf.pieces import Piece

EM = 7.0
PITCH = 8.2


def piece(text: str, col: int, line: float, x0: float, top_shift: float = 0.0) -> Piece:
    top = 100.0 + line * PITCH + top_shift
    return Piece(text, (x0, top, x0 + EM * len(text), top + EM), col)


def table(heading: str, beside: bool = False, shift: float = 0.0, padding: float = 0.0) -> list[Piece]:
    """The heading, the name under it beside a row of figures, a row of figures padding lower."""
    lines = [piece(heading, 0, 0, 56.8), piece("六次産業化に取り組む", 0, 1, 56.8, shift),
             piece("最新値", 1, 1, 200.0), piece("50", 2, 1, 260.0), piece("41", 3, 1, 300.0),
             piece("計画", 1, 2, 200.0, padding), piece("37", 2, 2, 260.0, padding), piece("34", 3, 2, 300.0, padding)]
    return lines + ([piece("事業者", 1, 0, 200.0)] if beside else [])


def texts(pieces: list[Piece]) -> list[str]:
    found = lines_after_headings(pieces, figure_tops(pieces))
    return [p.text for p in pieces if id(p) in found]


def test_a_line_level_with_figures_under_a_heading_opens_a_cell() -> None:
    assert texts(table("（1）防災・減災の推進")) == ["六次産業化に取り組む"]


def test_a_name_opening_an_item_s_number_beside_text_is_no_heading() -> None:
    assert texts(table("①六次産業化", beside=True)) == []


def test_a_line_under_a_plain_name_opens_nothing() -> None:
    assert texts(table("防災・減災の推進")) == []


def test_a_line_off_the_figures_level_is_the_heading_s_next_line() -> None:
    # LEVEL_TOL_EM 0.1 (figure_rows): 0.15 em below the figures' line stands level with none
    assert texts(table("（1）防災・減災の推進", shift=0.15 * EM)) == []
    assert texts(table("（1）防災・減災の推進", shift=0.05 * EM)) == ["六次産業化に取り組む"]


def test_rows_padded_apart_show_the_heading_s_leading_for_a_cell_s() -> None:
    # ⑤地域の魅力を発信す / る beside figures centred on the name (corpus seed 506 kpi_progress in
    # chromium_borderless): rows stand further apart than the name's lines (line_tol: 0.1 em here)
    assert texts(table("（1）防災・減災の推進", padding=0.2 * EM)) == []
    assert texts(table("（1）防災・減災の推進", padding=0.05 * EM)) == ["六次産業化に取り組む"]


def test_with_one_row_of_figures_the_gap_above_the_heading_is_the_rows() -> None:
    # corpus seed 824 kpi_baseline_target in typst_borderless (dev4 wordings): （1）地域産業の振興 1 pt under
    # the header's last line and 1 pt over ふるさと納税寄附額 | 調査なし | ５９７，５１２, the table's one row
    def one_row(gap_above: float, gap_below: float) -> list[Piece]:
        heading = Piece("（1）地域産業の振興", (59.0, 318.7, 149.3, 329.2), 0)
        head = Piece("（千円）", (477.8, 318.7 - gap_above - 10.5, 509.5, 318.7 - gap_above), 2)
        top = heading.bbox[3] + gap_below
        return [head, heading, Piece("ふるさと納税寄附額", (61.7, top, 149.8, top + 10.5), 0),
                Piece("調査なし", (296.9, top, 335.5, top + 10.5), 1), Piece("５９７，５１２", (494.8, top, 533.5, top + 10.5), 2)]
    assert texts(one_row(1.0, 1.0)) == ["ふるさと納税寄附額"]
    # set further below the header than over the name (by more than line_tol, 1.05 pt): the name's leading
    assert texts(one_row(4.0, 1.0)) == []
    assert texts(one_row(4.0, 1.0)[1:]) == []  # nothing above the heading: no gap to read the rows' by
