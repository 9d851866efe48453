"""Tables of one or two rows read from their own lines (LibreOffice Calc prints, no rules).

Lines are built by hand in PDF points (top-left origin), shaped like the corpus documents they came
from (calc_borderless kpi_baseline_target): a label merged down two rows and centred between them,
a wrapped name and a wrapped value glued a word space apart, two rows of figures beside a row
number and a name, figures glued at a joint under a section row.
"""

from __future__ import annotations

import pytest

from extract.pdf.borderless import build_table, find_borderless
from extract.pdf.colgaps import MIN_GAP_PT, columns, labels_rows_beside
from extract.pdf.grid import ALIGN_TOL_PT, Segment, SegLine
from extract.pdf.header_gaps import split_at_header_gaps
from extract.pdf.rows import Piece, pieces_to_rows

LINE_PT = 9.0


def line(top: float, *segs: tuple[float, float, str], page: int = 1,
         joints: dict[str, tuple[tuple[int, float], ...]] | None = None,
         words: dict[str, tuple[tuple[float, float], ...]] | None = None) -> SegLine:
    segments = tuple(Segment(text, (x0, top, x1, top + LINE_PT), (joints or {}).get(text, ()), (words or {}).get(text, ()))
                     for x0, x1, text in segs)
    box = (min(s.bbox[0] for s in segments), top, max(s.bbox[2] for s in segments), top + LINE_PT)
    return SegLine(segments, box, page, " ".join(t for _, _, t in segs))


def texts(rows: object) -> list[list[str]]:
    return [[c.raw for c in row] for row in rows]  # type: ignore[attr-defined]


def _two_rows_beside_a_label(label_end: float, label_top: float) -> list[SegLine]:
    # 関係人口の拡大 merged down two rows, centred between them, no header word over its column
    # (corpus seed 985 kpi_baseline_target in calc_borderless: the table's page-2 rows set the column)
    lines = [line(0.0, (180.0, 200.0, "指標"), (260.0, 275.0, "単位"), (320.0, 380.0, "目標値（R4）"), (430.0, 460.0, "基準値")),
             line(12.0, (142.0, 228.0, "ボランティア派遣日数"), (230.0, 240.0, "日"), (365.0, 380.0, "95"), (445.0, 460.0, "56")),
             line(26.0, (142.0, 220.0, "六次産業化事業者数"), (230.0, 245.0, "事業者"), (365.0, 380.0, "47"), (445.0, 460.0, "73"))]
    label = line(label_top, (55.0, label_end, "関係人口の拡大"))
    return sorted([*lines, label], key=lambda ln: ln.bbox[1])


@pytest.mark.parametrize(("label_end", "label_top", "own_column"), [
    (103.0, 19.0, True), (142.0 - MIN_GAP_PT, 19.0, True), (142.0 - MIN_GAP_PT / 2, 19.0, False),  # a column gap from the names
    (103.0, 40.0, False)])  # under the last row: a note or a heading, no cell
def test_a_label_between_two_rows_left_of_every_line_is_a_column_of_its_own(label_end: float, label_top: float,
                                                                         own_column: bool) -> None:
    lines = _two_rows_beside_a_label(label_end, label_top)
    assert any(a <= 60.0 <= b for a, b in columns(lines)) is own_column
    table, used = build_table(lines)
    assert table is not None and used == 4
    if own_column:
        assert texts(table.rows) == [["", "指標", "単位", "目標値（R4）", "基準値"],
                                     ["関係人口の拡大", "ボランティア派遣日数", "日", "95", "56"],
                                     ["", "六次産業化事業者数", "事業者", "47", "73"]]
    else:
        assert "関係人口の拡大" in "".join(c.raw for row in table.rows for c in row[:1])


def test_a_section_row_the_header_or_a_row_reaches_into_is_no_label_beside_the_rows() -> None:
    # 評価指標名称 | 2026（令和8年度）目標値 … over （百万円） | （百万円）, then （1）子育て環境の充実 set from
    # the table's edge over 農業産出額 | 4,128 | 未公表 (corpus seed 881 kpi_baseline_target in
    # calc_borderless, dev4 wordings): the header's first cell and the row's name stand where it stands
    header = line(0.0, (56.4, 114.6, "評価指標名称"), (119.4, 297.5, "2026（令和8年度）目標値（計画最終年度）"), (362.6, 430.5, "計画策定時実績"))
    units = line(9.7, (188.5, 228.3, "（百万円）"), (376.7, 416.4, "（百万円）"))
    section = line(27.3, (54.9, 143.3, "（1）子育て環境の充実"))
    row = line(43.3, (54.9, 104.9, "農業産出額"), (271.9, 297.5, "4,128"), (390.0, 420.0, "未公表"))
    assert not labels_rows_beside(section, [header, units, section, row])
    right = line(0.0, (150.0, 200.0, "評価指標名称"), (362.6, 430.5, "計画策定時実績"))
    assert labels_rows_beside(section, [right, units, section, line(43.3, (150.0, 200.0, "農業産出額"), (271.9, 297.5, "4,128"))])


def _wrapped_row(carried: str) -> list[SegLine]:
    # 1 | 六次産業化に取り組む事業者数（累 ６９（2018年度（平成30年度 | ５０ | ６２※ over 計） | ）） under
    # No. | 評価指標 | 基準年度値 | 計画目標値 | 目標: the name's first line fills its column up to the value's,
    # set flush left a word space after it, each wrapped with its bracket open (corpus seed 578
    # kpi_baseline_target in calc_borderless, a one-row table of three values)
    header = line(0.0, (83.2, 96.2, "No."), (171.9, 203.9, "評価指標"), (280.5, 320.5, "基準年度値"), (377.9, 417.9, "計画目標値"),
                  (484.7, 500.7, "目標"))
    glued = "六次産業化に取り組む事業者数（累 ６９（2018年度（平成30年度"
    row = line(20.0, (119.5, 124.5, "1"), (126.1, 348.9, glued), (433.8, 444.5, "５０"), (520.7, 539.3, "６２※"),
               words={glued: ((126.1, 247.9), (251.3, 348.9))})
    below = line(28.0, (126.1, 138.5, carried), (251.3, 260.1, "））"))
    return [header, row, below]


@pytest.mark.parametrize(("carried", "parted"), [("計）", True), ("計", False)])
def test_a_bracket_the_cells_next_line_closes_runs_across_no_word_space(carried: str, parted: bool) -> None:
    row = split_at_header_gaps(_wrapped_row(carried))[1]
    assert ([s.text for s in row.segments][1:3] == ["六次産業化に取り組む事業者数（累", "６９（2018年度（平成30年度"]) is parted


def _piece(col: int, text: str, x0: float, x1: float, top: float) -> Piece:
    return Piece(text, (x0, top, x1, top + 10.0), col)


@pytest.mark.parametrize(("second_name", "two_rows"), [("創業件数", True), ("創業件数（累", False)])
def test_two_rows_of_figures_beside_a_number_and_a_name_are_two_rows(second_name: str, two_rows: bool) -> None:
    # 3 | 移住相談件数 | 558 | 715 over 4 | 創業件数 | 40 | 57, a table's two rows continued on page 2 with
    # no header (corpus seed 593 kpi_baseline_target in calc_borderless): every column but the names'
    # holds a whole figure at both tops; a second column of words proves nothing
    ps = [_piece(0, "3", 76.7, 82.3, 74.0), _piece(1, "移住相談件数", 85.0, 145.0, 74.0), _piece(2, "558", 255.1, 272.0, 74.0),
          _piece(3, "715", 343.7, 360.6, 74.0),
          _piece(0, "4", 76.7, 82.3, 90.5), _piece(1, "創業件数", 85.0, 125.0, 90.5), _piece(2, "40", 261.4, 272.0, 90.5),
          _piece(3, "57", 350.0, 360.6, 90.5)]
    if not two_rows:
        ps[0] = _piece(0, "計", 76.7, 86.7, 74.0)
        ps[4] = _piece(0, "画", 76.7, 86.7, 90.5)
    assert (len(pieces_to_rows(ps)) == 2) is two_rows


def _under_a_section_row(row: SegLine) -> list[SegLine]:
    return [line(0.0, (81.3, 101.3, "指標"), (131.2, 234.3, "目標値（最終年度） (R7)"), (256.4, 286.4, "当初値")),
            line(16.5, (55.0, 147.1, "（1）移住・定住の促進")), row]


def test_one_row_of_figures_glued_at_a_joint_under_a_section_row_is_a_table() -> None:
    # 指標 | 目標値（最終年度） (R7) | 当初値 over （1）移住・定住の促進 over ①世帯数 | 41,603|32,007（R1）
    # (corpus seed 713 kpi_baseline_target in calc_borderless): the glued figures read as no value
    # together, but their pieces between the joint are body words, so the section row opens the rows
    glued = "41,60332,007（R1）"
    tables, used = find_borderless(_under_a_section_row(
        line(33.0, (55.0, 95.0, "①世帯数"), (201.7, 295.7, glued), joints={glued: ((6, 236.8),)})), 1, 842.0)
    assert used == [0, 1, 2]
    assert texts(tables[0].rows)[-1] == ["①世帯数", "41,603", "32,007（R1）"]


@pytest.mark.parametrize(("name_and_value", "table"), [("ごみ排出量 704（R2）", True), ("ごみ排出量 （1人当たり）", False)])
def test_a_value_a_word_space_after_its_name_is_a_body_word(name_and_value: str, table: bool) -> None:
    # ごみ排出量（1人1日当たり） 704（2020（令和2年度）） | ― under a section row (corpus seed 969
    # kpi_baseline_target in calc_borderless, dev4 wordings): the value set a word space after the name
    tables, used = find_borderless(_under_a_section_row(line(33.0, (55.0, 144.2, name_and_value), (248.5, 252.1, "―"))), 1, 842.0)
    assert (used == [0, 1, 2]) is table


def _numbered_row(first: str, joint: tuple[tuple[int, float], ...]) -> list[SegLine]:
    # No | 評価指標（名称） | 基準年度の実績値 | 目標 | 目標 警戒ライン (glued at a joint) over 1世帯数 | 11430 |
    # 19408 | 17965 | 14181 (corpus seed 959 kpi_baseline_target in calc_borderless): the row's number
    # right-aligned in its cell, glued to the name set flush left in the next
    last = "目標（2022(R4)年度)警戒ライン"
    header = line(0.0, (85.7, 93.4, "No"), (152.8, 193.3, "評価指標（名称）"), (224.6, 314.8, "基準年度の実績値"),
                  (320.1, 414.7, "目標（2019(R元)年度)"), (417.6, 538.4, last), joints={last: ((16, 511.5),)})
    row = line(20.0, (121.0, 142.9, first), (300.1, 318.1, "11430"), (397.6, 415.6, "19408"), (492.9, 510.9, "17965"),
               (521.3, 539.3, "14181"), joints={first: joint})
    return [header, row]


@pytest.mark.parametrize(("first", "joint", "parted"), [
    ("1世帯数", ((1, 125.2),), ["1", "世帯数"]),
    ("1世帯数", ((1, 160.0),), ["1世帯数"]),  # a header word stands over the joint: no border
    ("2,252万円", (), ["2,252万円"])])  # no joint: one value
def test_a_row_naming_nothing_parts_its_first_figure_from_the_name_glued_to_it(first: str, joint: tuple[tuple[int, float], ...],
                                                                            parted: list[str]) -> None:
    out = split_at_header_gaps(_numbered_row(first, joint))
    assert [s.text for s in out[1].segments][:len(parted)] == parted
    assert [s.text for s in out[1].segments][len(parted):] == ["11430", "19408", "17965", "14181"]


def test_a_row_with_a_name_keeps_a_figure_and_its_unit_glued() -> None:
    # the row names what it measures: 2,252|万円 at a joint (Typst, LibreOffice Writer) stays one value
    header = line(0.0, (60.0, 100.0, "事業名"), (150.0, 190.0, "予算額"), (250.0, 290.0, "前年度"), (330.0, 370.0, "比較"))
    row = line(20.0, (60.0, 110.0, "道路維持費"), (150.0, 200.0, "2,252万円"), (250.0, 300.0, "2,000万円"),
               joints={"2,252万円": ((5, 222.0),)})
    out = split_at_header_gaps([header, row])
    assert [s.text for s in out[1].segments] == ["道路維持費", "2,252万円", "2,000万円"]
