"""Issue 7, session 8's unseen real pages (tests/hand_checked/realdocs_pages.csv: kobe jinko p2,
nousyuu p7, setagaya p29, kyuyo p4): the general rules behind them, each on a small made-up case."""

from __future__ import annotations

import pytest

from extract.context import unit_cells_above
from extract.interpret.cells import with_written_eras
from extract.interpret.facets import Facets
from extract.interpret.header_rows import count_header_rows, is_class_label
from extract.interpret.signs import with_signs_rejoined
from extract.interpret.structure import is_name, read_layout, stacked_tables
from extract.interpret.values import TableContext, table_values
from extract.model import BBox, Cell, Provenance, Table
from extract.outline import Outline, dated_caption, numbering_style
from extract.pdf import drawn_glyphs
from normalize import clean_text, parse_quantity, parse_year


def _table(rows: list[list[str]], boxes: dict[tuple[int, int], BBox] | None = None, top: float = 0.0) -> Table:
    cells = tuple(tuple(Cell(clean_text(t), t, Provenance("t.pdf", "d", 1, None, 0, r, j, (boxes or {}).get((r, j))))
                        for j, t in enumerate(row)) for r, row in enumerate(rows))
    return Table(0, cells, Provenance("t.pdf", "d", 1, None, 0, bbox=(0.0, top, 500.0, top + 100.0)))


def _values(table: Table, ctx: TableContext = TableContext()) -> list[tuple[tuple[str, ...], int | None, float | None]]:
    layout = read_layout(table, None, None)
    assert layout is not None
    return [(v.row_path, v.fiscal_year, v.value) for v in table_values(table, layout, ctx)]


# kobe jinko p2: 平成７年 set wider than the right-aligned 8年 … 26年 under it, parted into two columns
YEARS_IN_TWO_COLUMNS = [["年", "次", "全市"], ["震災前平均", "", "10,446"], ["平成7年", "", "△46,841"],
                        ["", "8年", "△1,115"], ["", "26年", "△3,005"]]


def test_an_era_less_year_takes_the_era_of_the_year_beside_it_above() -> None:
    table = with_written_eras(_table(YEARS_IN_TWO_COLUMNS))
    assert [r[1].text for r in table.rows[3:]] == ["平成8年", "平成26年"]
    # no year stating its era beside the run: the years stay as written
    alone = with_written_eras(_table([["年", "次", "全市"], ["合計", "", "1"], ["", "8年", "2"]]))
    assert alone.rows[2][1].text == "8年"


def test_a_row_with_a_year_of_its_own_drops_the_year_filled_down() -> None:
    found = _values(with_written_eras(_table(YEARS_IN_TWO_COLUMNS)))
    assert found == [(("震災前平均",), None, 10446.0), (("平成7年",), 1995, -46841.0),
                     (("平成8年",), 1996, -1115.0), (("平成26年",), 2014, -3005.0)]
    # a group label that is no year still labels the rows under it (款 over 項)
    groups = _values(_table([["款", "項", "金額(千円)"], ["総務費", "総務管理費", "100"], ["", "徴税費", "50"]]))
    assert [path for path, _, _ in groups] == [("総務費", "総務管理費"), ("総務費", "徴税費")]


def test_a_minus_sign_at_the_end_of_the_figure_before_is_the_next_figures() -> None:
    parted = with_signs_rejoined(_table([["区分", "北区", "長田区", "須磨区"], ["平成7年", "7,174 △", "14,361", "△ 6,730"]]))
    assert [c.text for c in parted.rows[1]] == ["平成7年", "7,174", "△14,361", "△6,730"]
    assert [v for _, _, v in _values(parted)] == [7174.0, -14361.0, -6730.0]
    # a mark after words grades the row, and a figure signed already keeps its sign
    kept = _table([["区分", "評価", "件数", "増減"], ["事業A", "良好 △", "12", "3 △"], ["事業B", "可", "5 △", "△2"]])
    assert with_signs_rejoined(kept) is kept


@pytest.mark.parametrize(("text", "name"), [("該当数値なし", False), ("未公表", False), ("調査中", False),
                                             ("不明", True), ("普及率", True)])
def test_words_standing_in_a_values_place_name_no_row(text: str, name: bool) -> None:
    assert is_name(text) is name


def test_a_growth_rate_is_of_the_newest_year_a_share_of_none() -> None:
    table = _table([["会計", "R7年度", "R8年度", "増減額", "増減率", "構成比"],
                    ["一般会計", "399,617", "431,353", "31,736", "7.9%", "69.5%"]])
    assert [y for _, y, _ in _values(table)] == [2025, 2026, 2026, 2026, None]


def test_rows_named_by_their_kind_alone_keep_it_as_their_label() -> None:
    # nousyuu p7: 当該値 / 平均値 under H22 … H26, the indicator named by the chart's title
    table = _table([["", "H22", "H23"], ["当該値", "95.25", "106.05"], ["平均値", "43.24", "42.13"]])
    layout = read_layout(table, None, None)
    assert layout is not None
    found = [(v.row_label, v.row_path, v.kind) for v in table_values(table, layout, TableContext())]
    assert found[0] == (None, ("当該値",), "actual") and found[2] == (None, ("平均値",), "comparison")


def test_the_unit_cell_of_a_table_without_values_above_captions_the_table_under_it() -> None:
    # setagaya p29: a title, its （単位：百万円） and the facing page's text read as one grid
    words = _table([["II.", "令和8年度当初予算規模"], ["", "(単位:百万円)"]], {(1, 1): (300.0, 140.0, 380.0, 150.0)})
    data = _table([["会計区分", "7年度"], ["一般会計", "399,617"]], top=158.0)
    assert [ln.text for ln in unit_cells_above([words], data)] == ["(単位:百万円)"]
    numbers = _table([["人口", "800"], ["", "(単位:百万円)"]], {(1, 1): (300.0, 140.0, 380.0, 150.0)})
    assert unit_cells_above([numbers], data) == []  # a table of values states its own unit
    below = _table([["", "(単位:百万円)"]], {(0, 1): (300.0, 170.0, 380.0, 180.0)})
    assert unit_cells_above([below], data) == []


@pytest.mark.parametrize(("text", "value", "unit", "scale", "reason"), [
    ("－ 円", None, "円", 1, "dash"),
    ("x円", None, "円", 1, "confidential"),
    ("－千円", None, "円", 1000, "dash"),
    ("一人", 1.0, "人", 1, None),  # a numeral, no marker
    ("新規人", None, None, 1, "qualitative"),
])
def test_a_missing_value_marker_may_carry_the_unit_of_its_column(text: str, value: float | None, unit: str | None,
                                                                  scale: int, reason: str | None) -> None:
    q = parse_quantity(text)
    assert (q.value, q.unit, q.scale, q.missing_reason) == (value, unit, scale, reason)


@pytest.mark.parametrize(("text", "label"), [("経験年数10年", True), ("勤続20年以上", True), ("2歳", True),
                                              ("10年", False), ("R3年", False), ("令和3年", False)])
def test_a_class_may_be_named_in_words_before_its_number(text: str, label: bool) -> None:
    assert is_class_label(text) is label


def test_a_header_of_classes_named_in_words_is_a_header() -> None:
    # kyuyo p4 (3): 区分 | | 経験年数10年 | 経験年数20年 over 251,500円 | - 円
    table = _table([["区分", "", "経験年数10年", "経験年数20年"], ["一般行政職", "大学卒", "251,500円", "- 円"]])
    assert count_header_rows(table) == 1


@pytest.mark.parametrize(("text", "style"), [("(1) 人件費の状況", "bracketed"), ("（２）職員数", "bracketed"),
                                              ("②技能労務職", "circled"), ("2 職員の平均給与月額", "number"),
                                              ("第3章 計画", "chapter"), ("ア 目標", "kana"), ("■ 成果指標", None),
                                              ("2022年度の実績", None)])
def test_a_heading_opens_with_its_numbering_style(text: str, style: str | None) -> None:
    assert numbering_style(text) == style


def test_a_heading_stating_its_date_dates_the_sections_under_it() -> None:
    outline = Outline()
    dated = "(1) 職員の平均年齢の状況（令和6年4月1日現在）"
    for heading in ("2 職員の平均給与月額、初任給等の状況", dated, "①一般行政職", "②技能労務職"):
        outline.add(heading)
    assert outline.as_of() == dated
    assert dated_caption(["②技能労務職"], outline) == [dated, "②技能労務職"]
    assert dated_caption(["(2) 初任給（令和5年4月1日現在）"], outline) == ["(2) 初任給（令和5年4月1日現在）"]
    assert dated_caption([], outline) == []  # a continuation keeps the caption of its table
    outline.add("(2) 職員の初任給の状況")  # the next section of that level closes it
    assert outline.as_of() is None
    outline.add(dated)
    outline.add("3 職員の手当の状況")  # so does a heading of a level above it
    assert outline.as_of() is None


def test_a_column_the_reader_does_not_know_takes_the_date_its_caption_states() -> None:
    # kyuyo p4 (2) 職員の初任給の状況（令和6年4月1日現在）: 音威子府村 | 北海道 over yen figures
    table = _table([["区分", "音威子府村", "北海道"], ["大学卒", "196,200円", "196,200円"]])
    as_of = TableContext(Facets(year=parse_year("令和6年4月1日現在")), caption_as_of=True)
    assert [y for _, y, _ in _values(table, as_of)] == [2024, 2024]
    budget = TableContext(Facets(year=parse_year("令和6年度")))
    assert [y for _, y, _ in _values(table, budget)] == [None, None]  # which year's amounts, nothing says


def test_a_growth_rate_beside_last_years_plan_is_of_the_documents_year() -> None:
    # setagaya p32 第1表 令和8年度当初財政計画: 当初計上予定額 | 前年度財政計画 | 増減率
    table = _table([["区分", "当初計上予定額(百万円)", "前年度財政計画(百万円)", "増減率"],
                    ["特別区民税", "154,565", "139,505", "10.8"]])
    caption = TableContext(Facets(year=parse_year("令和8年度")))
    assert [y for _, y, _ in _values(table, caption)] == [2026, 2025, 2026]


def _box(x0: float, top: float, x1: float, bottom: float, size: float = 10.0) -> dict[str, float]:
    return {"x0": x0, "top": top, "x1": x1, "bottom": bottom, "size": size}


def test_a_drawing_within_a_glyphs_box_is_that_glyph_not_a_rule() -> None:
    # fuji_r8: 千, 円 and the digits drawn as paths over the text layer, their edges beside the column rule
    glyph = _box(100.0, 50.0, 110.0, 60.0)
    stroke = _box(109.0, 58.0, 110.0 + 0.75, 60.0)  # reaches 0.075 em past the glyph's box
    apart = _box(109.0, 58.0, 110.0 + 1.5, 60.0)  # 0.15 em past it: something else
    rule = _box(110.5, 20.0, 110.5, 300.0)  # a column rule beside the glyph, taller than any glyph
    assert drawn_glyphs.without_glyph_drawings([stroke, apart, rule], [glyph]) == [apart, rule]
    assert drawn_glyphs.without_glyph_drawings([stroke], []) == [stroke]


def test_keys_over_values_then_more_keys_over_their_values_are_two_tables() -> None:
    # nousyuu p7: 人口(人) | 面積(km2) over 800 | 275.63, then 処理区域内人口(人) | 処理区域面積(km2) over 624 | 0.61
    grid = _table([["人口(人)", "面積(km2)"], ["800", "275.63"], ["処理区域内人口(人)", "処理区域面積(km2)"], ["624", "0.61"]])
    parts = stacked_tables(grid)
    assert [len(p.rows) for p in parts] == [2, 2]
    assert [(v.column_header, v.value) for p in parts for v in table_values(p, read_layout(p, None, None), TableContext())
            ] == [("人口(人)", 800.0), ("面積(km2)", 275.63), ("処理区域内人口(人)", 624.0), ("処理区域面積(km2)", 0.61)]
    # rows named by a label column keep a words row as a row of their table (a section, no header)
    named = _table([["区分", "人口(人)"], ["本区", "800"], ["北区", "ニュータウン"], ["西区", "624"]])
    assert stacked_tables(named) == (named,)
