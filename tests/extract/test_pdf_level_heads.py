"""A group header over sub-headers set level below it, read into one header row: two rows again.
Geometry of corpus seed 970 budget_plan_years in typst_borderless (PDF points, top-left origin):
事業費見込額 / （円） over R4 … R8, R6 read as the header cell's last line."""

from __future__ import annotations

import pytest

from extract.pdf.grid import RawCell
from extract.pdf.level_heads import split_level_sub_headers

LINE = 9.0
SUB_TOP = 121.3


def cell(text: str, boxes: list[tuple[float, float, float, float]]) -> RawCell:
    return RawCell(text, (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes)),
                   1, line_bboxes=tuple(boxes))


def sub(text: str, x0: float, top: float = SUB_TOP) -> RawCell:
    return cell(text, [(x0, top, x0 + 12.0, top + LINE)])


def header(n_subs: int, off_level: float = 0.0) -> tuple[RawCell, ...]:
    heading = cell("事業費見込額（円）\nR6", [(272.1, 98.6, 326.1, 119.9), (293.1, SUB_TOP, 305.0, SUB_TOP + LINE)])
    left = [sub("R4", 158.4), sub("R5", 225.8, SUB_TOP + off_level)]
    right = [sub("R7", 363.0), sub("R8", 430.4)]
    keep = {1: (left[1:], []), 2: (left[1:], right[:1]), 4: (left, right)}[n_subs]  # one sub-header each side first
    first = cell("主な事業", [(75.6, 98.6, 110.5, 107.6)])
    return (first, *keep[0], heading, *keep[1])


def test_sub_headers_level_under_a_group_header_are_a_row_of_their_own() -> None:
    rows = split_level_sub_headers([header(4)], 1)
    assert [c.raw for c in rows[0]] == ["主な事業", "", "", "事業費見込額（円）", "", ""]
    assert [c.raw for c in rows[1]] == ["", "R4", "R5", "R6", "R7", "R8"]
    assert rows[1][3].bbox[1] == pytest.approx(SUB_TOP)


def test_a_wrapped_cell_beside_labels_on_one_side_only_stays_one_row() -> None:
    # 予算額 / 単位：千円 beside No. | 担当課 centred down the row, level with its second line
    labels = [sub("No.", 40.0), sub("担当課", 90.0)]
    wrapped = cell("予算額\n単位：千円", [(272.1, 98.6, 326.1, 107.6), (272.1, SUB_TOP, 326.1, SUB_TOP + LINE)])
    assert len(split_level_sub_headers([(*labels, wrapped, cell("財源", [(400.0, 98.6, 420.0, 107.6)]))], 1)) == 1


def test_a_cell_reaching_below_the_sub_headers_stays_one_row() -> None:
    # its second line wrapped again, ending a line below the labels level with its top
    row = list(header(4))
    row[3] = cell("2024年度\n予算計上額（千円）", [(272.1, 98.6, 326.1, 107.6), (272.1, SUB_TOP, 326.1, SUB_TOP + 2 * LINE)])
    assert len(split_level_sub_headers([tuple(row)], 1)) == 1


@pytest.mark.parametrize("n_subs, split", [(1, False), (2, True)])
def test_sub_headers_on_both_sides_of_the_group_headers_line_make_a_row(n_subs: int, split: bool) -> None:
    # R6 under the header and, beside it, one sub-header on one side, or one on each side, set level with it
    assert (len(split_level_sub_headers([header(n_subs)], 1)) == 2) == split


@pytest.mark.parametrize("off_em, split", [(0.07, True), (0.15, False)])
def test_sub_headers_must_stand_level(off_em: float, split: bool) -> None:
    # a fourteenth of a line off stands level, a seventh does not: EDGE_ALIGN_EM 0.1 lies between, its half and double not
    assert (len(split_level_sub_headers([header(4, off_em * LINE)], 1)) == 2) == split


def test_rows_past_the_header_are_left_alone() -> None:
    assert len(split_level_sub_headers([header(4)], 0)) == 1


def _matrix_rows(year_shift: float = 0.0, right: bool = True) -> list[tuple[RawCell, ...]]:
    # 計画目標値 / 2024 read as one cell over 2025 | (blank) | 2023, 2024 level with them
    # (corpus seed 970 kpi_year_matrix in typst_borderless)
    upper = (cell("指標の名", [(62.6, 140.1, 94.3, 148.1)]), RawCell("", (118.0, 140.1, 150.0, 148.1), 1),
             cell("計画目標値\n2024", [(189.8, 140.1, 229.8, 148.1), (172.5, 149.8 + year_shift, 192.3, 149.8 + LINE + year_shift)]),
             RawCell("", (227.0, 140.1, 260.0, 148.1), 1))
    lower = (RawCell("", (62.0, 149.8, 94.0, 157.8), 1), sub("2025", 117.7, 149.8), RawCell("", (172.0, 149.8, 205.0, 157.8), 1),
             sub("2023", 227.3, 149.8) if right else RawCell("", (227.0, 149.8, 260.0, 157.8), 1))
    return [upper, lower]


@pytest.mark.parametrize("shift_em, right, lowered", [(0.0, True, True), (0.07, True, True),
                                                      (0.15, True, False), (0.0, False, False)])
def test_a_header_cells_line_level_with_the_sub_headers_under_it_goes_down_to_them(shift_em: float, right: bool,
                                                                                  lowered: bool) -> None:
    rows = split_level_sub_headers(_matrix_rows(shift_em * LINE, right), 2)
    assert (rows[1][2].raw == "2024" and rows[0][2].raw == "計画目標値") == lowered
