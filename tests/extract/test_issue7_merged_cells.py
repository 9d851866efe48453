"""Issue 7, fresh corpus seeds: cells and headers a layout ran together, rows it cut in two, and
captions it left on the page before. Where the reader cannot tell what a figure is it gives none;
where the pieces prove how they go together it reads them whole."""

from __future__ import annotations

from dataclasses import replace

import pytest

from extract.interpret.cells import with_spaced_years
from extract.interpret.continuations import join_cut_names
from extract.interpret.structure import label_role
from extract.pdf.grid import ALIGN_TOL_PT, RawCell
from extract.pdf.header_spans import rehomed_flush_headers
from extract.text_reader import read_text
from tests.extract.text_docs import read_text_document as _recognize


def _kpis(text: str) -> list[tuple[str, str, int | None, float | None]]:
    return [(v.indicator, v.kind, v.fiscal_year, v.value) for v in _recognize(text).kpi_values if v.value is not None]


@pytest.mark.parametrize(("header", "read"), [("(2014年) 当初値", True), ("当初値 (2014年) 実績", False)])
def test_a_header_naming_two_kinds_gives_its_column_none(header: str, read: bool) -> None:
    # corpus seed 24 kpi_progress pdf_rules: 当初値 (2014年) 実績, two headers run together, read as actual 2014
    found = _kpis(f"KPI\t{header}\t(2017年) 達成値\t到達目標 (2020年)\n合計特殊出生率\t1.90\t1.76\t1.60\n")
    assert (("合計特殊出生率", "baseline", 2014, 1.9) in found) is read
    assert not [v for v in found if v[3] == 1.9 and v[1] != "baseline"]


@pytest.mark.parametrize("beside", ["", "進捗率"])
def test_cells_of_a_value_column_merged_with_words_name_no_indicator(beside: str) -> None:
    # corpus seed 25 kpi_progress pdf_borderless: 達成値 (R4) 評価 over 42.4% 遅れ (two columns run
    # together) named the ratios of the column beside it
    found = _kpis(f"KPI項目\t策定年 (R1)\t達成値 (R4) 評価\t{beside}\n①転出者数\t3,639人\t3,587人 遅れ\t104.7\n")
    assert found and all(name == "転出者数" for name, *_ in found)


def test_a_column_headed_as_the_indicators_names_them_whatever_number_opens_them() -> None:
    # corpus seed 25 kpi_baseline_target pdf_borderless: No | 項目 run together (No項目 over 1世帯数); the
    # 施策 column's 健康寿命の延伸 named the values
    found = _kpis("施策\tNo項目\t策定時\t目指す値\n\t\t2016年度\t2021年度\n健康寿命の延伸\t1世帯数\t23,269\t26,864\n")
    assert {name for name, *_ in found} == {"1世帯数"}
    assert label_role("No項目", ["1世帯数"]) == "name" and label_role("No", ["1", "2"]) == "code"


def test_an_unheaded_column_of_units_is_the_unit_column() -> None:
    # corpus seed 36 kpi_baseline_target pdf_rules: 単位 set over the next column, 歳 | g | 人 named the rows
    found = _kpis("施策\t番号\t項目\t\t単位 現況値(2024年度)\t目標値(2029年度)\n"
                  "\t1\t健康寿命(男性)\t歳\t79.34\t80.92\n\t2\tごみ排出量\tg\t1,021\t1,046\n")
    assert {name for name, *_ in found} == {"健康寿命(男性)", "ごみ排出量"}


def test_a_header_running_two_years_together_dates_no_column_that_states_none() -> None:
    # corpus seed 36 kpi_baseline_target pdf_rules: (2027年度)(2030年度) over 到達目標, 目標 beside it dateless
    found = _kpis("施策\t指標\t単位\t基準年度値\t到達目標\t目標\n\t\t\t(2025年度)\t(2027年度)(2030年度)\t\n"
                  "\t汚水処理人口普及率\t%\t71.5\t82.7\t89.0\n")
    assert found == [("汚水処理人口普及率", "baseline", 2025, 71.5)]


def test_a_column_headed_by_years_it_cannot_read_names_no_rows() -> None:
    # corpus seed 42 kpi_year_matrix pdf_rules: R5 R6 over 20.0 26.9 (two columns run together) named R7's values
    found = _kpis("指標名\t基準値\t到達目標\t\t\n\tH30\tR4\tR5 R6\tR7\n地域活動参加率(%)\t23.3\t20.0\t20.0 26.9\t34.0\n")
    assert {name for name, *_ in found} == {"地域活動参加率(%)"}


@pytest.mark.parametrize(("header", "read"), [
    ("重要業績評価指標(KPI)", True),
    ("重要業績 当初値（2014年評価指標 度）（KPI）", False),  # a value column's header interleaved with it
])
def test_a_name_column_headed_as_values_too_gives_no_kpi(header: str, read: bool) -> None:
    # corpus seed 24 kpi_year_matrix pdf_rules: the 当初値 column merged into the names (ごみ排出量(1人1 826日当たり))
    found = _kpis(f"{header}\t実績(2019年度)\t目標(2022年度)\nごみ排出量(1人1日当たり)(g)\t759\t828\n")
    assert bool(found) is read


def test_a_row_cut_inside_its_numbers_is_read_whole() -> None:
    # corpus seed 37 kpi_progress html_borderless: 35,23 over 4世帯 read as 4世帯
    found = _kpis("指標\t当初値(H28)\t目標値(R3)\n\t35,23\t36,5\n世帯数\t4世帯\t94世帯\n")
    assert found == [("世帯数", "baseline", 2016, 35234.0), ("世帯数", "target", 2021, 36594.0)]


def test_a_row_cut_before_its_units_is_read_whole() -> None:
    # corpus seed 39 kpi_year_matrix pdf_rules: 844,886 over 千円 and ふるさと納税寄 over 附額
    found = _kpis("成果指標\t策定時\t目指す値\n\tH27\tR2\nふるさと納税寄\t844,886\t796,575\n附額\t千円\t千円\n")
    assert found == [("ふるさと納税寄附額", "baseline", 2015, 844886000.0), ("ふるさと納税寄附額", "target", 2020, 796575000.0)]


def test_a_cell_spanning_columns_is_continued_by_no_line_below() -> None:
    # corpus seed 38 budget_book pdf_grid: 本年度 (two columns) over 単位：千円 joined as a name, the row left
    # empty ended the header, and 金額 | 割合 became a body row: the shares read as amounts
    table = read_text("事業名\t本年度\t\n\t単位：千円\t\n\t金額\t割合\n".encode(), "d.txt", "i").tables[0]
    spanned = replace(table, rows=(tuple(replace(c, col_span=2) if c.col == 1 else c for c in table.rows[0]),
                                   *table.rows[1:]))
    assert join_cut_names(spanned).rows[1][1].text == "単位:千円"
    assert join_cut_names(table).rows[1][1].text == ""


def test_a_row_of_units_under_the_header_is_header() -> None:
    # the same table read: 割合 is a share, no amount
    found = _recognize("令和6年度 予算\n事業名\t本年度\t\n\t(千円)\t\n\t金額\t割合\n脱炭素推進事業\t815,996\t10.0\n")
    assert [(v.project, v.amount_yen) for v in found.budget_values if v.amount_yen] == [("脱炭素推進事業", 815996000)]


@pytest.mark.parametrize(("tail", "year"), [("", (2022, "caption")), ("補助する\n", (2022, "caption")),
                                           ("(2)次の事業\n", (2022, "title"))])
def test_a_continued_table_keeps_its_caption_past_lines_left_at_the_foot_of_the_page(
        tail: str, year: tuple[int, str]) -> None:
    # corpus seed 23 budget_main_projects pdf_rules: a row's last line (補助する) left below the table at the
    # foot of page 1 was the caption of its part on page 2, which lost R4 and gave its amounts no year
    page1 = "R4の主な事業(当初予算)\n（単位：千円）\n事業名\t予算計上額\n防災事業\t1,000\n" + tail
    found = _recognize(page1 + "\f事業名\t予算計上額\n観光事業\t2,000\n")
    # past a new heading the caption is not carried; the document's title (its first line) still dates the book
    assert [(v.fiscal_year, v.year_source) for v in found.budget_values if v.project == "観光事業"] == [year]


def test_a_header_repeated_in_other_rows_is_repeated() -> None:
    # corpus seed 23 budget_main_projects html_borderless: No set level with 予算計上額 on one page, above it on the next
    page1 = "R4の主な事業(当初予算)\n（単位：千円）\nNo\t事業名\t予算計上額\n\t\t当初\n1\t防災事業\t1,000\n"
    found = _recognize(page1 + "\f\t事業名\t\nNo\t\t予算計上額\n\t\t当初\n2\t観光事業\t2,000\n")
    assert [v.fiscal_year for v in found.budget_values if v.project == "観光事業"] == [2022]


def test_a_table_with_years_down_its_rows_counting_in_different_units_holds_no_budget() -> None:
    # corpus seed 39 kpi_transposed pdf_rules: ふるさと納税寄附額(千円) beside 件 columns, read as budget amounts of 2014 …
    found = _recognize("年度\t割合(%)\tふるさと納税寄附額(千円)\t移住相談件数(件)\t宿泊者数(千人)\n"
                       "2014\t48.2\t464,306\t433\t312\n2015\t63.4\t544,588\t373\t339\n")
    assert not [v for v in found.budget_values if v.amount_yen is not None]
    # otoineppu_kyuyo p1: 人口 beside three amounts, most columns money: a money table
    money = _recognize("区分\t人口(人)\t歳出額(千円)\t実質収支(千円)\t人件費(千円)\n令和5年度\t636\t2,050,134\t79,947\t503,607\n")
    assert len([v for v in money.budget_values if v.amount_yen is not None]) == 3


def _raw(text: str, x0: float, x1: float) -> RawCell:
    return RawCell(text, (x0, 192.0, x1, 201.0), 1)


@pytest.mark.parametrize(("x0", "home"), [(272.0, 1), (272.0 + 2 * ALIGN_TOL_PT, 2), (272.0 + ALIGN_TOL_PT / 2, 1)])
def test_a_header_starting_at_a_blank_columns_content_is_set_over_it(x0: float, home: int) -> None:
    # corpus seed 22 kpi_year_matrix html_borderless: 目標値(最終年度) starting at R8's figures, wider than
    # R8, put over R9 by its centre; R8 took 実績 from the left
    extents = [(160.0, 182.0), (272.0, 295.0), (307.0, 329.0)]
    row = [_raw("実績", 160.0, 178.0), _raw("", 272.0, 295.0), _raw("目標値(最終年度)", x0, 353.0)]
    below = [_raw("R7", 160.0, 178.0), _raw("R8", 272.0, 290.0), _raw("R9", 307.0, 325.0)]
    out = rehomed_flush_headers(row, below, extents)
    assert [c.raw for c in out].index("目標値(最終年度)") == home


@pytest.mark.parametrize(("years", "read"), [
    (("H2 2", "H2 3", "H2 4"), True),
    (("H2 2", "H23", "H24"), False),  # one spaced: MIN_SPACED_YEARS proves no spacing
    (("H2 2", "H2 2", "H2 3"), False),  # a year twice: no column of years
])
def test_years_whose_digits_a_writer_spaced_are_read_whole(years: tuple[str, ...], read: bool) -> None:
    # corpus seed 25 kpi_transposed html_borderless: H2 2 … H2 8 down the rows gave no year, no value
    rows = "".join(f"{y}\t{v}\n" for y, v in zip(years, (872, 854, 831)))
    table = with_spaced_years(read_text(f"年度\t①ごみ排出量(g)\n{rows}".encode(), "d.txt", "i").tables[0])
    assert ([r[0].text for r in table.rows[1:]] == [y.replace(" ", "") for y in years]) is read
