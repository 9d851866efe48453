"""Group headers centred over cells whose content leans right: spans read from the columns' cells
mirrored about their centred sub-headers. Geometry of corpus seed 961 kpi_year_matrix in
typst_borderless (PDF points, top-left origin): sub-headers centred in their cells, figures
right-aligned 5 pt inside them."""

from __future__ import annotations

import pytest

from extract.pdf.grid import ALIGN_TOL_PT, RawCell
from extract.pdf.mirrored_cells import mirrored_extents, mirrored_span, widened_by_mirrored_cells


def cell(text: str, x0: float, x1: float, top: float = 129.0) -> RawCell:
    return RawCell(text, (x0, top, x1, top + 8.0), 1)


def blank(x0: float, x1: float) -> RawCell:
    return RawCell("", (x0, 129.0, x1, 137.0), 1)


# 成果指標 | 基準値 over H26 | 直近値 over R2 R3 | 目標 over R4 … R8
EXTENTS = [(62.0, 94.0), (119.0, 150.0), (177.0, 205.0), (232.0, 260.0), (287.0, 314.0), (342.0, 369.0),
           (396.0, 424.0), (451.0, 479.0), (506.0, 534.0)]
SUBS = [blank(62.0, 94.0), cell("H26", 119.0, 136.0), cell("R2", 177.0, 188.0), cell("R3", 232.0, 242.0),
        cell("R4", 287.0, 297.0), cell("R5", 342.0, 352.0), cell("R6", 396.0, 407.0), cell("R7", 451.0, 462.0),
        cell("R8", 506.0, 516.0)]


def heads(recent_x0: float = 198.0) -> list[RawCell]:
    row = [blank(a, b) for a, b in EXTENTS]
    row[0], row[1] = cell("成果指標", 62.0, 94.0), cell("基準値", 116.0, 140.0)
    row[2], row[6] = cell("直近値", recent_x0, recent_x0 + 24.0), cell("目標", 394.0, 410.0)
    return row


def test_a_cell_is_mirrored_about_its_centred_sub_header() -> None:
    # R2 centred on 182.5, its figures reaching 205: the cell runs from 160
    assert mirrored_extents(SUBS, EXTENTS)[2] == pytest.approx((160.0, 205.0))
    assert mirrored_extents(SUBS, EXTENTS)[0] == EXTENTS[0]  # no sub-header: as found


@pytest.mark.parametrize("shift_pt, span", [(0.0, (2, 3)), (ALIGN_TOL_PT * 0.9, (2, 3)), (ALIGN_TOL_PT * 1.2, (2, 2))])
def test_a_header_centred_on_mirrored_cells_to_the_point_spans_them(shift_pt: float, span: tuple[int, int]) -> None:
    # 直近値 centred on 210, the middle of R2's and R3's mirrored cells (160 … 260); by the content
    # (177 … 260) the middle is 218.5, a third of a column off
    row = heads(198.0 + shift_pt)
    assert mirrored_span(row, SUBS, 2, mirrored_extents(SUBS, EXTENTS)) == span


def test_headers_left_over_their_own_column_take_the_runs_their_mirrored_cells_centre_them_on() -> None:
    row = heads()
    spans = widened_by_mirrored_cells(row, SUBS, {1: (1, 1), 2: (2, 2), 6: (6, 6)}, EXTENTS)
    assert spans == {1: (1, 1), 2: (2, 3), 6: (4, 8)}


def test_a_mirrored_run_overlapping_another_headers_span_is_not_taken() -> None:
    row = heads()
    spans = widened_by_mirrored_cells(row, SUBS, {1: (1, 1), 2: (2, 4), 6: (6, 6)}, EXTENTS)
    assert spans[6] == (6, 6)  # R4 is 直近値's already: 目標 may not take R4 … R8


# 増減 | 財源内訳（千円） over 国県 | 市債 | その他 | 一般財源 (corpus seed 922 budget_main_projects in
# writer_borderless): the figures right-aligned in their cells, the sub-headers centred
FUND_EXTENTS = [(384.0, 428.0), (459.0, 498.0), (534.0, 577.0), (605.0, 648.0), (674.0, 727.0)]
FUND_SUBS = [blank(384.0, 428.0), cell("国県", 459.0, 477.0), cell("市債", 534.0, 552.0), cell("その他", 605.0, 631.0),
             cell("一般財源", 674.0, 710.0)]


@pytest.mark.parametrize(("shift_pt", "span"), [(0.0, (1, 4)), (ALIGN_TOL_PT * 0.9, (1, 4)), (ALIGN_TOL_PT * 1.2, (2, 3))])
def test_a_header_read_over_a_run_its_mirrored_cells_centre_it_off_takes_the_wider_run_they_centre_it_on(
        shift_pt: float, span: tuple[int, int]) -> None:
    # 財源内訳 centred on 582.5, the middle of 国県's … 一般財源's mirrored cells (438 … 727); by the content
    # it lies within a quarter of a column of 市債 | その他's middle (591), 4 pt off their mirrored cells' (578.5)
    row = [cell("増減", 382.0, 400.0), blank(459.0, 498.0), cell("財源内訳（千円）", 564.5 + shift_pt, 600.5 + shift_pt),
           blank(605.0, 648.0), blank(674.0, 727.0)]
    assert widened_by_mirrored_cells(row, FUND_SUBS, {0: (0, 0), 2: (2, 3)}, FUND_EXTENTS)[2] == span


def test_a_header_its_mirrored_cells_centre_on_its_run_keeps_it() -> None:
    row = [cell("増減", 382.0, 400.0), blank(459.0, 498.0), cell("財源内訳", 560.5, 596.5), blank(605.0, 648.0),
           blank(674.0, 727.0)]
    assert widened_by_mirrored_cells(row, FUND_SUBS, {0: (0, 0), 2: (2, 3)}, FUND_EXTENTS)[2] == (2, 3)
