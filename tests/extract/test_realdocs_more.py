"""Real pages without gold, checked by hand against their page images, and the general rules
their reading needs: small data tables under charts inside a ruled frame (経営比較分析表),
title lines inside a table's frame, a page opening mid-entry, labelled amounts listed on one
line, and one year rule for 比較 and 財源内訳 columns."""

from __future__ import annotations

from functools import cache

import pytest

from extract.context import frame_caption, line_pieces
from extract.interpret.facets import read_facets, runs_years
from extract.interpret.stacks import amount_segments, labelled_lines
from normalize.years import completes_date
from extract.interpret.structure import caption_rows, header_grid
from extract.model import BBox, Cell, Provenance, Table, TextLine
from extract.recognize import recognize_document
from extract.records import Extraction
from normalize import parse_quantity
from tests.extract.test_pdf_realdocs import _read


def _cell(text: str, row: int, col: int, bbox: BBox | None = None, lines: tuple[BBox, ...] = (),
          col_span: int = 1) -> Cell:
    return Cell(text, text, Provenance("t.pdf", "d", 1, None, 0, row, col, bbox), col_span=col_span,
                line_bboxes=lines)


def _table(index: int, bbox: BBox, rows: list[list[Cell]]) -> Table:
    return Table(index, tuple(tuple(r) for r in rows), Provenance("t.pdf", "d", 1, None, index, None, None, bbox))


# --- a frame's lines caption the tables drawn inside it -------------------------------------

def test_line_pieces_are_placed_by_glyph_width() -> None:
    # "AB 漢字" over 0-350 pt: AB two half-width glyphs (1.0), a space (0.5), 漢字 (2.0) → 100 pt a
    # glyph. A half-width glyph halved (0.25) or doubled (1.0) moves every edge.
    pieces = line_pieces("AB 漢字", (0.0, 0.0, 350.0, 10.0))
    assert [(p.text, round(p.x0), round(p.x1)) for p in pieces] == [("AB", 0, 100), ("漢字", 150, 350)]


TITLES = "①収益的収支比率(％) ②累積欠損金比率(％)"


def _frame(inner_box: BBox) -> tuple[Table, Table]:
    lines = ((50.0, 100.0, 600.0, 110.0), (60.0, 150.0, 300.0, 160.0), (60.0, 300.0, 600.0, 310.0))
    frame = _table(0, (40.0, 90.0, 620.0, 400.0), [[_cell(
        f"{TITLES}\n110.00 1.00\nH22 H23 H22 H23", 0, 0, (40.0, 90.0, 620.0, 400.0), lines)]])
    inner = _table(1, inner_box, [[_cell("", 0, 0), _cell("H22", 0, 1)], [_cell("当該値", 1, 0), _cell("95.25", 1, 1)]])
    return frame, inner


@pytest.mark.parametrize(("box", "caption"), [
    ((50.0, 300.0, 320.0, 340.0), "①収益的収支比率(％)"),  # under the left title (axis ticks, years skipped)
    ((330.0, 300.0, 600.0, 340.0), "②累積欠損金比率(％)"),
    ((38.5, 300.0, 320.0, 340.0), "①収益的収支比率(％)"),  # 1.5 pt past the frame: within FRAME_TOL_PT (2)
    ((37.0, 300.0, 320.0, 340.0), None),  # 3 pt past it: outside
])
def test_a_table_inside_a_frame_takes_the_frame_line_over_it(box: BBox, caption: str | None) -> None:
    frame, inner = _frame(box)
    got = frame_caption([frame], inner)
    assert (got[0].text if got else None) == caption


# --- years, kinds, placeholders --------------------------------------------------------------

@pytest.mark.parametrize(("text", "year"), [
    ("H22 H23", 2010),  # two years: a pair or a range of a header, kept
    ("H22 H23 H24", None),  # YEAR_RUN_MIN (3): a row of year headers run together
    ("④企業債残高対事業規模比率(%)【992.47】1,400.00 H22 H23 H24 H25 H26", None),
    ("2024年度（令和6年度）", 2024),
    # FISCAL_RUN_MIN (2): two header cells run together (corpus seed 2 kpi_year_matrix pdf_rules)
    ("2020年度(令和2年度)2021年度(令和3年度)", None),
    ("令和5年度末(令和6年3月31日現在)", 2023),  # a date is no second fiscal year
])
def test_a_cell_naming_many_years_has_no_year(text: str, year: int | None) -> None:
    facets = read_facets(text)
    assert (facets.year.start if facets.year else None) == year
    assert runs_years(text) is (year is None)


@pytest.mark.parametrize(("text", "kind"), [
    ("平均値", "comparison"), ("類似団体平均値", "comparison"), ("全国平均", "comparison"),
    ("当該値", "actual"), ("現状値（H26〜H30平均値）", "baseline"),  # an average as the indicator's own value
])
def test_comparison_figures_are_a_kind_of_their_own(text: str, kind: str) -> None:
    assert read_facets(text).kind == kind


def test_no_applicable_value_is_a_placeholder() -> None:
    assert parse_quantity("該当数値なし").missing_reason == "not_applicable"


# --- title lines inside a table's frame; a page opening mid-entry -------------------------------

def _titled(run_past: float, span: int = 1) -> Table:
    box = (35.0, 74.0, 188.0, 178.0)
    title = _cell("歳入歳出予算事項別明細書 1.総括 (歳入)", 0, 0, box, ((35.0, 95.0, 188.0 + run_past, 107.0),), span)
    return _table(0, (35.0, 74.0, 528.0, 300.0), [
        [title, _cell("", 0, 1), _cell("", 0, 2)],
        [_cell("款", 1, 0), _cell("本年度予算額", 1, 1), _cell("比較", 1, 2)],
        [_cell("21国民健康保険料", 2, 0), _cell("26,829,993", 2, 1), _cell("865,344", 2, 2)],
    ])


@pytest.mark.parametrize(("run_past", "span", "rows"), [
    (1.5, 1, 1),  # its line runs 1.5 pt past its column: set across the table (EDGE_TOL_PT 1.0)
    (0.7, 1, 0),  # within the tolerance: the cell's own words (a 款 header spanning two rows)
    (0.0, 3, 1),  # a cell spanning every column
])
def test_a_title_line_inside_the_frame_is_no_header(run_past: float, span: int, rows: int) -> None:
    assert caption_rows(_titled(run_past, span)) == rows


def test_a_page_opening_mid_entry_is_body() -> None:
    from extract.interpret.structure import count_header_rows
    table = _table(0, (655.0, 75.0, 1156.0, 761.0), [
        [_cell("節", 0, 0), _cell("", 0, 1), _cell("説明", 0, 2)],
        [_cell("区分", 1, 0), _cell("金額", 1, 1), _cell("", 1, 2)],
        [_cell("", 2, 0), _cell("", 2, 1), _cell("その他 15,691\n14 専門的人材の確保 15,463", 2, 2)],
        [_cell("07報償費", 3, 0), _cell("10,136", 3, 1), _cell("1 措置費 192,756", 3, 2)],
    ])
    assert count_header_rows(table) == 2


def test_a_spanning_group_header_stops_where_its_span_does() -> None:
    header = ((_cell("性質別内訳", 0, 0, col_span=2), _cell("", 0, 1), _cell("", 0, 2)),
              (_cell("人件費", 1, 0), _cell("投資的経費", 1, 1), _cell("一般財源", 1, 2)))
    assert header_grid(header, 3)[0] == ["性質別内訳", "性質別内訳", ""]
    unspanned = ((_cell("財源内訳", 0, 0), _cell("", 0, 1)), (_cell("国・県", 1, 0), _cell("地方債", 1, 1)))
    assert header_grid(unspanned, 2)[0] == ["財源内訳", "財源内訳"]  # no span stated: the group reaches on


@pytest.mark.parametrize(("line", "segments"), [
    ("特財：都支出金 228、その他 6,262", ["特財：都支出金 228", "特財：その他 6,262"]),
    ("都支出金 5,886、その他 171", ["都支出金 5,886", "その他 171"]),
    ("高齢者福祉、介護の推進 1,200", ["高齢者福祉、介護の推進 1,200"]),  # a 、 between words parts nothing
    ("(内訳)東灘6,灘3,中央3", ["(内訳)東灘6", "灘3", "中央3"]),  # a comma before words: a list
    ("人件費の増 1,234,567", ["人件費の増 1,234,567"]),  # a comma before digits groups thousands
])
def test_labelled_amounts_listed_on_one_line(line: str, segments: list[str]) -> None:
    assert amount_segments(line) == segments


def test_a_list_of_labelled_figures_is_read_whole_or_not_at_all() -> None:
    """realdocs kobe_kansensho p1: (内訳)東灘6,灘3,…,西8 gave 8 as the line's amount; one ward of
    one letter (灘, 西) is no label the reader takes, so no figure of the list is read."""
    assert labelled_lines(_cell("(内訳)東灘6,灘3,中央3,兵庫3,北8,長田3,須磨6,垂水8,西8", 0, 0)) == []
    read = labelled_lines(_cell("都支出金 5,886、その他 171", 0, 0))
    assert [(p.label, p.text) for p in read] == [("都支出金", "5,886"), ("その他", "171")]


@pytest.mark.parametrize(("before", "text", "date"), [
    ("2017年2月", "6日", True), ("2月", "31日", True), ("12月", "1日", True),
    ("2月", "32日", False), ("13月", "6日", False), ("報告定点数", "6日", False), ("2017年", "6日", False),
])
def test_a_day_after_a_month_is_a_date_spread_over_cells(before: str, text: str, date: bool) -> None:
    """realdocs kobe_kansensho p1: 2017年2月 | 6日 | ～ | 2017年2月 | 12日, the report's week; the
    days were read as counts of days. MAX_DAY_OF_MONTH 31 and MAX_MONTH 12 pinned by the bounds."""
    assert completes_date(before, text) is date


# --- real pages, read by hand off their images ----------------------------------------------------

@cache
def _nousyuu() -> Extraction:
    return recognize_document(_read("otoineppu_nousyuu_keiei_senryaku.pdf", [7]))


# p7 経営比較分析表, the 当該値 row of each small table under its chart, H22…H26
NOUSYUU_P7 = {
    "収益的収支比率": [95.25, 106.05, 103.05, 107.17, 102.29],
    "経費回収率": [91.64, 109.08, 94.50, 59.24, 63.74],
    "汚水処理原価": [208.64, 178.96, 197.91, 344.02, 301.95],
    "施設利用率": [84.21, 62.63, 63.68, 68.42, 67.11],
    "水洗化率": [93.15, 93.43, 94.89, 94.05, 94.23],
}
NOUSYUU_P7_AVERAGES = {"経費回収率": [43.24, 42.13, 42.48, 41.04, 41.08], "水洗化率": [73.60, 73.78, 72.99, 71.97, 70.59]}


@pytest.mark.parametrize("indicator", sorted(NOUSYUU_P7))
def test_nousyuu_p7_charts_small_tables_are_their_titles_indicators(indicator: str) -> None:
    got = sorted((v.fiscal_year, v.value) for v in _nousyuu().kpi_values if v.indicator == indicator)
    assert got == list(zip(range(2010, 2015), NOUSYUU_P7[indicator]))
    assert all(v.kind == "actual" for v in _nousyuu().kpi_values if v.indicator == indicator)


def test_nousyuu_p7_averages_are_comparisons_not_kpi_values() -> None:
    found = _nousyuu()
    assert not any("平均" in v.indicator or "当該値" in v.indicator for v in found.kpi_values)
    kpis = {v.value for v in found.kpi_values}
    for averages in NOUSYUU_P7_AVERAGES.values():
        comparisons = [v for v in found.table_values if v.value in averages and v.kind == "comparison"]
        assert sorted(v.value for v in comparisons) == sorted(averages)
        assert not kpis & set(averages)
    assert all(v.fiscal_year is None for v in found.table_values if "H22 H23 H24" in v.column_header)


@cache
def _setagaya() -> Extraction:
    return recognize_document(_read("setagaya_r8_tousho_yosan.pdf", [1, 36, 185, 284, 303]))


def _budget(page: int) -> dict[tuple[str | None, str | None, int], tuple[int | None, int | None]]:
    return {(v.project, v.measure, v.prov.col or 0): (v.amount_yen, v.fiscal_year)
            for v in _setagaya().budget_values if v.prov.page == page}


def test_setagaya_p284_title_lines_are_no_header_and_differences_take_one_year() -> None:
    got = _budget(284)
    assert not any("明細書" in (m or "") or "歳出" in (m or "") for _, m, _ in got)
    assert got[("21総務費", "本年度予算額", 1)] == (1_160_268_000, 2026)
    assert got[("21総務費", "比較", 3)] == (169_503_000, 2026)  # right page
    assert got[("29諸収入", "比較", 3)] == (-2_936_000, 2026)  # left page: the same rule
    assert got[("21総務費", "本年度予算額の財源内訳 / 特定財源 / 都支出金", 5)] == (152_334_000, 2026)


def test_setagaya_p36_funding_parts_across_the_spread() -> None:
    got = _budget(36)
    assert got[("01議会費", "一般財源", 7)] == (769_408_000, 2026)  # not 性質別内訳's
    assert got[("01議会費", "国庫支出金", 1)] == (763_000, 2026)
    assert got[("01議会費", "都支出金", 2)] == (382_000, 2026)
    assert got[("01議会費", "前年度 / 予算額", 5)] == (783_842_000, 2025)
    assert got[("01議会費", "差引増△ 減額", 8)] == (-13_289_000, 2026)


def test_setagaya_p185_a_page_opening_mid_entry() -> None:
    values = [(v.project, v.amount_yen) for v in _setagaya().budget_values
              if v.prov.page == 185 and v.measure == "説明"]
    assert ("その他", 15_691_000) in values
    assert ("専門的人材の確保・養成事業(障害福祉部)", 15_463_000) in values
    assert ("特財:都支出金", 228_000) in values and ("特財:その他", 6_262_000) in values
    assert ("特財:都支出金", 5_886_000) in values and ("特財:その他", 171_000) in values
    assert not any("、" in (p or "") for p, _ in values)


def test_setagaya_p303_stacked_piece_labelled_by_its_own_row() -> None:
    got = {(v.prov.row, v.project, v.amount_text) for v in _setagaya().budget_values
           if v.prov.page == 303 and v.prov.table_index is not None and v.measure == "財源内訳"}
    assert {project for _, project, _ in got} == {"03出産育児費", "02出産育児一時金", "03支払手数料"}


# --- more realdocs: class headers, signs set apart, footnote marks, glued names -------------------

@pytest.mark.parametrize(("text", "is_class"), [
    ("2歳", True), ("~19歳", True), ("80歳~", True), ("~5ヶ月", True), ("20歳以上", True),
    ("128", False), ("1,166", False), ("2人", False),
])
def test_class_labels(text: str, is_class: bool) -> None:
    from extract.interpret.structure import is_class_label
    assert is_class_label(text) is is_class


def test_a_header_of_age_classes_is_a_header() -> None:
    from extract.interpret.structure import count_header_rows
    header = ["疾病名称", "東灘", "計", "~5ヶ月", "1歳", "2歳", "80歳~"]
    body = ["インフルエンザ", "128", "1,166", "1", "40", "50", "10"]
    table = _table(0, (0.0, 0.0, 100.0, 100.0), [[_cell(t, 0, j) for j, t in enumerate(header)],
                                                 [_cell(t, 1, j) for j, t in enumerate(body)]])
    assert count_header_rows(table) == 1
    numbers = _table(0, (0.0, 0.0, 100.0, 100.0), [[_cell(t, 0, j) for j, t in enumerate(["疾病名称", "2歳", "128"])],
                                                   [_cell(t, 1, j) for j, t in enumerate(["インフルエンザ", "50", "3"])]])
    assert count_header_rows(numbers) == 0  # a bare number among the classes: a body row


@pytest.mark.parametrize(("text", "unit"), [("a)", None), ("a)人口(10月1日現在)", None), ("人口(人)", "人"), ("1)", None)])
def test_a_footnote_mark_is_no_unit(text: str, unit: str | None) -> None:
    assert read_facets(text).unit == unit


@pytest.mark.parametrize(("name", "unit"), [
    ("宿泊者数（千人）", "千人"),
    ("家庭系ごみ排出量(資源物除く)(トン)1人1日あたりごみ排出量(グラム/人・日)人口(住基人口)(人)", None),
    ("人口(住基人口)(人)", "人"),
])
def test_a_name_stating_several_units_states_none(name: str, unit: str | None) -> None:
    from extract.interpret.values import name_unit_of
    assert name_unit_of(name) == unit


@pytest.mark.parametrize(("text", "name"), [("インフルエンザ", True), (".8%)", False), ("(26.5%)", False), ("新", False)])
def test_a_piece_of_a_number_names_no_row(text: str, name: bool) -> None:
    from extract.interpret.structure import is_name
    assert is_name(text) is name


@cache
def _kansensho() -> Extraction:
    return recognize_document(_read("kobe_kansensho_shuho_h29w06.pdf", [1]))


def test_kobe_kansensho_p1_age_classes_head_their_columns() -> None:
    # read off p1: インフルエンザ 東灘 128, 計 1,166, 1歳 40, 2歳 50, ~19歳 72, 80歳~ 10
    got = {(v.row_label, v.column_header): v.value for v in _kansensho().table_values if v.prov.table_index == 1}
    assert got[("インフルエンザ", "東灘")] == 128
    assert got[("インフルエンザ", "計")] == 1166
    assert got[("インフルエンザ", "1歳")] == 40
    assert got[("インフルエンザ", "2歳")] == 50
    assert got[("インフルエンザ", "~19歳")] == 72
    assert got[("インフルエンザ", "80歳~")] == 10
    assert not any(v.unit == "歳" for v in _kansensho().table_values)  # no header cell read as a value


@cache
def _hoikusho() -> Extraction:
    return recognize_document(_read("kobe_hoikusho_aki_chuoku_h30.pdf", [1]))


def test_kobe_hoikusho_p1_ages_written_a_glyph_per_line_head_their_columns() -> None:
    # read off p1: 申込児童数 of 幼保連携型みのり認定こども園 0 / 8 / 3 / 3 / 0 / 0, 合計 14; 聖ミカエル… 2 / 11 / 0 / 5
    # / 0 / 0, 合計 18. The headers ０ / 歳 / 児 and 合 / 計 stand a glyph per line in one ruled band.
    got = {(v.row_label, v.column_header.split(" / ")[-1]): v.value for v in _hoikusho().table_values
           if v.column_header and "申込児童数" in v.column_header}
    minori, michael = "幼保連携型みのり認定こども園", "聖ミカエル幼保連携型認定こども園"
    assert [got[(minori, f"{age}歳児")] for age in range(6)] + [got[(minori, "合計")]] == [0, 8, 3, 3, 0, 0, 14]
    assert [got[(michael, f"{age}歳児")] for age in range(6)] + [got[(michael, "合計")]] == [2, 11, 0, 5, 0, 0, 18]
    assert not any(v.unit == "歳" or v.row_label is None for v in _hoikusho().table_values)  # no age read as a value


@cache
def _jinko9() -> Extraction:
    return recognize_document(_read("kobe_jinko_no_ugoki_h26.pdf", [9]))


def test_kobe_jinko_p9_a_sign_set_apart_keeps_its_number_negative() -> None:
    # 表7 平成8年: 社会増減数 △3,807, 社会増減率 △2.65; 平成24年 △373, △0.24; 人口 (a) is a note mark)
    values = {v.value for v in _jinko9().table_values}
    assert {-3807, -2.65, -373, -0.24} <= values
    assert not {3807, 373, 0.24} & values  # (2.65 is 平成9年 社会増減率 too, positive)
    assert not any(v.unit == "a" for v in _jinko9().table_values)


@cache
def _gomi() -> Extraction:
    return recognize_document(_read("kobe_kateikei_gomi_h28-10.pdf", [1]))


def test_kobe_gomi_p1_three_rows_read_as_one_give_no_unit() -> None:
    # 家庭系ごみ排出量 22,993 (トン), 1人1日あたり 496 (グラム/人・日), 人口 1,544,671 (人): the three rows
    # come as one (how their cells read depends on the PDF builder); their name's units are none of theirs
    glued = [v for v in _gomi().table_values if "(トン)" in (v.row_label or "") and "(人)" in (v.row_label or "")]
    assert all(v.unit is None for v in glued)


def test_a_minus_sign_in_a_column_of_its_own_signs_the_number_beside_it() -> None:
    from tests.extract.test_interpret import _read as read_text
    found = read_text("区\t\t社会増減数\t人口\n東灘区\t\t279\t213,358\n北区\t△\t1,311\t222,695\n")
    assert [(v.row_label, v.value) for v in found.table_values] == [
        ("東灘区", 279), ("東灘区", 213_358), ("北区", -1_311), ("北区", 222_695)]


def test_a_lone_sign_in_a_value_column_signs_the_figure_beside_it_but_a_grade_does_not() -> None:
    from tests.extract.test_interpret import _read as read_text
    shifted = read_text("区\t全市\t兵庫区\t北区\n1月中\t△696\t△81\t△147\n年合計\t△3,005\t△\t1,832\n")
    assert ("年合計", -1_832) in [(v.row_label, v.value) for v in shifted.table_values]  # kobe_jinko p4
    graded = read_text("指標\t評価\t実績\n参加者数\t○\t120\n満足度\t△\t85\n")
    assert ("満足度", 85) in [(v.row_label, v.value) for v in graded.table_values]
    # a row stating a span elsewhere (計画目標値 over three columns) states them all: the empty
    # cell right of 直近値 is no part of it (corpus seed 5 kpi_year_matrix pdf_rules)
    stated = ((_cell("直近値", 0, 0), _cell("", 0, 1), _cell("計画目標値", 0, 2, col_span=2), _cell("", 0, 3)),
              (_cell("R2", 1, 0), _cell("R3", 1, 1), _cell("R4", 1, 2), _cell("R5", 1, 3)))
    assert header_grid(stated, 4)[0] == ["直近値", "", "計画目標値", "計画目標値"]


def test_takamatsu_bar_charts_drawn_across_give_their_labels_as_lines() -> None:
    """Stacked bars with 0% … 100% under them (p4; p5 and p7 by category, blank rows parting the
    gridlines into grids stacked edge to edge): the gridlines closed cells around the data labels,
    cutting 51.0% into 5 | 1.0% and giving each label as a value named by nothing."""
    document = _read("takamatsu_shimin_manzokudo_r2_bessatsu.pdf", [4, 5, 7])
    lines = [b.text for b in document.blocks if isinstance(b, TextLine) and b.prov.page == 4]
    assert "3.9% 21.8% (25.7%) 51.0% <23.3%> 15.5% 7.8%" in lines
    values = recognize_document(document).table_values
    assert not [v for v in values if v.value in (3.9, 21.8, 5.0, 15.5, 7.8) or (v.value, v.unit) == (1.0, "%")]
    assert not [v for v in values if v.prov.page in (5, 7)]


@pytest.mark.parametrize(("head", "rows", "dated"), [
    # kobe_jinko p5 / p9: 年次・区, the years, then the wards of the last year
    ("年次・区", "平成25年\t2,586\n平成26年\t2,863\n東灘区\t113\n西区\t19\n", [2013, 2014, 2014, 2014]),
    ("年度・地区", "令和4年度\t10\n令和5年度\t12\n北部\t5\n南部\t7\n", [2022, 2023, 2023, 2023]),
    ("年次", "平成25年\t2,586\n平成26年\t2,863\n平均\t2,724\n", [2013, 2014, None]),  # no parts listed
    ("地区・年次", "北部\t5\n南部\t7\n", [None, None]),  # parts first: no year to break down
])
def test_rows_under_the_last_year_of_a_years_then_parts_column_are_of_that_year(head: str, rows: str,
                                                                               dated: list[int | None]) -> None:
    from tests.extract.test_interpret import _read as read_text
    found = read_text(f"{head}\t自然増減数\n{rows}")
    assert [v.fiscal_year for v in found.table_values] == dated


def _rows(texts: list[list[str]]) -> "Table":
    return _table(0, (0.0, 0.0, 100.0, 100.0), [[_cell(t, r, j) for j, t in enumerate(row)] for r, row in enumerate(texts)])


def test_a_row_whose_label_recurs_in_the_body_is_a_body_row() -> None:
    # fuji_r7 p15 (補正予算整理表): １.市税 | 補正 over | 現計 | 48,352,400, then ２.地方譲与税 | 補正 …; a header
    # names its column once, a row label each row
    from extract.interpret.structure import count_header_rows
    body = [["1.市税", "補正", ""], ["", "現計", "48,352,400"], ["2.地方譲与税", "補正", ""], ["", "現計", "680,000"]]
    assert count_header_rows(_rows([["款別", "当初予算", ""], ["", "令和7.3", ""], *body])) == 2
    assert count_header_rows(_rows([["款別", "当初予算", ""], ["", "令和7.3", ""], ["1.市税", "補正前", ""],
                                    *body[1:2], ["2.地方譲与税", "補正", ""], *body[3:]])) == 3  # 補正前 recurs nowhere
    # a header set again whole inside the table is still a header (split_at_repeated_header reads it)
    header = [["区分", "R5", "R6"], ["", "予算", "予算"]]
    assert count_header_rows(_rows([*header, ["市税", "10", "12"], *header, ["国庫", "3", "4"]])) == 2
    # the first row is a header whatever recurs below it
    assert count_header_rows(_rows([["区分", "金額", ""], ["市税", "10", ""], ["区分", "合計", ""], ["計", "10", ""]])) == 1
