"""Thresholds of extract.recognizers, each decided on both sides by a cell or a column built for it
(benchmarks/pins.py: halving or doubling one makes a test here fail)."""

from __future__ import annotations

import pytest

from extract.context import Context
from extract.model import Cell, Provenance, Table, TextLine
from extract.recognizers import amounts, kpi_table, prose_kpi
from extract.recognizers.kpi_card import label_kind, parallel_parts, recognize
from extract.recognizers.listed_kpi import is_indented, is_level
from extract.recognizers.target_items import split_stated_value
from extract.text_reader import read_text
from extract.recognizers.columns import count_header_rows, is_prose_column, is_unit_cell, row_kind_of


def _table(rows: list[list[str]]) -> Table:
    cells = tuple(tuple(Cell(t, t, Provenance("t.txt", "d", None, None, 0, r, j, None)) for j, t in enumerate(row))
                  for r, row in enumerate(rows))
    return Table(0, cells, Provenance("t.txt", "d", None, None, 0, None, None, None))


@pytest.mark.parametrize(("label", "kind"), [
    ("目標値（R7）", "target"),  # a kind with its year: a row of targets (ROW_KIND_MAX_CHARS: halved, no kind)
    ("最終年度の目標値", "target"),
    ("目標管理型研修の受講者数", None),  # a name holding a kind word names its row (doubled, a row of targets)
    ("実績のある事業者の数", None),
])
def test_a_row_states_its_kind_in_a_short_label(label: str, kind: str | None) -> None:
    assert row_kind_of(label) == kind


@pytest.mark.parametrize(("text", "unit"), [
    ("千人（年間延べ人数）", True),  # a unit and what it counts (UNIT_CELL_MAX_CHARS: halved, no unit)
    ("ｔ-ＣＯ２（二酸化炭素換算）", True),
    ("市内の事業所における女性管理職の割合", False),  # a name's line slipped into the unit column (doubled, a unit)
    ("人（市内在住の20歳以上の市民のうち）", False),
])
def test_a_unit_cell_is_short(text: str, unit: bool) -> None:
    assert is_unit_cell(text) is unit


NAMES = ["市内の事業所における女性管理職の割合（正規雇用者）", "地域おこし協力隊の任期終了後の市内定住者数（累計）",
         "観光案内所における外国人観光客の案内件数（年間）"]
NOTES = ["市内の事業所に対する雇用実態調査により、管理職に占める女性の割合を把握し、毎年度の推移を確認する。",
         "任期を終えた地域おこし協力隊員のうち、引き続き市内に住所を置いて活動する者の数を、毎年度末に集計する。",
         "市内三か所の観光案内所で受け付けた外国人観光客からの案内依頼の件数を、窓口の記録から集計する。"]


@pytest.mark.parametrize(("texts", "prose"), [
    (NAMES, False),  # names of some twenty-five letters (PROSE_CELL_CHARS: halved, prose)
    (NOTES, True),  # a note of fifty letters a row (doubled, no prose)
])
def test_a_column_of_long_cells_holds_prose(texts: list[str], prose: bool) -> None:
    table = _table([["指標", "説明"], *[[f"指標{k}", t] for k, t in enumerate(texts)]])
    assert is_prose_column(table, 1, 1) is prose


@pytest.mark.parametrize(("text", "kind"), [
    ("重要業績評価指標（ＫＰＩ）", "indicator"),  # a card's label with its abbreviation (LABEL_MAX_CHARS: halved, none)
    ("事業内容の見直しにより、市民サービスの向上と行政運営の効率化を図る", None),  # a sentence opening with a label's word
])
def test_a_card_label_is_short(text: str, kind: str | None) -> None:
    assert label_kind(text) == kind


@pytest.mark.parametrize(("rows", "kpis"), [
    ([["成果指標", "移住相談件数"], ["目標値（R7）", "120件"]], 1),  # two labels make a card (MIN_LABEL_ROWS: doubled, none)
    ([["成果指標", "移住相談件数"], ["", ""]], None),  # one label alone is no card (halved, a card of a name)
])
def test_a_card_has_two_labels(rows: list[list[str]], kpis: int | None) -> None:
    found = recognize(_table(rows), Context(None, None, None))
    assert (found and len(found.kpi_values)) == kpis


@pytest.mark.parametrize(("names", "values", "parts"), [
    ("ＳＮＳフォロワー数 観光ホームページ閲覧数", "1,200人 35,000件", 2),  # two names over two values (doubled: one)
    ("市民活動 参加者数", "120人 30人", None),  # one name written with a space (PARALLEL_NAME_MIN_CHARS: halved, two)
])
def test_two_names_share_a_card_cell_only_when_each_is_a_name(names: str, values: str, parts: int | None) -> None:
    found = parallel_parts(names, values)
    assert (found and len(found)) == parts


@pytest.mark.parametrize(("lines_between", "year"), [
    (3, 2020),  # the year stated three lines above the amount dates it (YEAR_LOOKBACK_LINES: halved, none)
    (5, None),  # five lines of text further up it is another paragraph's (doubled, it would date it)
])
def test_a_year_dates_a_sentence_amount_a_few_lines_below_it(lines_between: int, year: int | None) -> None:
    text = "令和2年度の取組\n" + "".join(f"本文の行{k}\n" for k in range(lines_between)) + "○総合戦略関連事業 9事業 2億5,033万円\n"
    found = amounts.recognize(read_text(text.encode(), "d.txt", "i"), frozenset())
    assert [(v.amount_yen, v.fiscal_year) for v in found.budget_values] == [(250_330_000, year)]


def test_a_kpi_s_context_is_a_short_cell_left_of_its_name() -> None:
    # a 施策 of thirty letters names the KPI's context (CONTEXT_MAX_CHARS: halved, the heading does);
    # a description of fifty letters is none (doubled, it would be)
    policy = "（1）地域産業の振興と若者・女性の雇用の場の創出による定住促進"
    described = "市内の中小企業が行う新製品の開発や販路の開拓を支援し、地域経済の活性化と雇用の創出を図ります。"
    table = _table([["施策", "重要業績評価指標", "基準値（R2）", "目標値（R7）"],
                    [policy, "新規創業件数", "10件", "20件"], [described, "移住者数", "30人", "60人"]])
    found = kpi_table.recognize(table, Context("見出し", None, None))
    assert found is not None
    assert {(v.indicator, v.context) for v in found.kpi_values} == {("新規創業件数", policy), ("移住者数", "見出し")}


LINE_PT = 10.0  # the lines' height: their type size


def _text_line(text: str, x0: float, top: float = 100.0) -> TextLine:
    return TextLine(text, text, Provenance("t.pdf", "d", 1, bbox=(x0, top, x0 + 200.0, top + LINE_PT)))


@pytest.mark.parametrize(("offset_em", "indented"), [
    (0.7, True),  # set in past a half-width mark and its space: the item goes on (INDENT_MIN_EM: doubled, no)
    (0.3, False),  # a glyph's side bearing off: the next item (halved, it would go on)
])
def test_a_line_set_in_under_an_item_goes_on_with_it(offset_em: float, indented: bool) -> None:
    above = _text_line("・移住相談件数", 50.0)
    assert is_indented(_text_line("（年間）", 50.0 + offset_em * LINE_PT, 112.0), above) is indented


@pytest.mark.parametrize(("x0", "indented"), [
    (54.0, False),  # under a full-width bracket hung half an em into the margin (box 45, ink 50): 0.4 em in, no
    (56.0, True),  # 0.6 em right of its ink: set in (HALF_EM: halved, 54 is set in; doubled, 56 is not)
])
def test_a_bracket_s_ink_starts_half_an_em_into_its_box(x0: float, indented: bool) -> None:
    above = _text_line("（参考）住み続けたいと思う市民の割合", 45.0)
    assert is_indented(_text_line("（年間）", x0, 112.0), above) is indented


@pytest.mark.parametrize(("top", "level"), [
    (103.0, True),  # a figure set 3 pt lower than its name (another font's box): one line (LEVEL_MIN_SHARE: doubled, two)
    (106.0, False),  # lines set 6 pt apart, solid: two lines (halved, one)
])
def test_boxes_overlapping_by_half_their_height_share_a_line(top: float, level: bool) -> None:
    assert is_level((50.0, 100.0, 150.0, 110.0), (160.0, top, 220.0, top + LINE_PT)) is level


def test_a_column_table_s_header_is_three_rows_at_most() -> None:
    # kinds, their years, their units: three header rows; the row under them labels an indicator whose
    # figures are not out yet (no value in it), a body row (MAX_HEADER_ROWS: doubled, a fourth header row;
    # halved, one)
    table = _table([["指標名", "基準値", "目標値"], ["", "（R2年度）", "（R7年度）"], ["", "（人）", "（人）"],
                    ["転入者数（実績）", "調査中", "未定"], ["転出者数", "120", "100"]])
    assert count_header_rows(table) == 3


@pytest.mark.parametrize(("text", "heading"), [
    ("■重要業績評価指標（ＫＰＩ）の設定について", True),  # a heading over the KPI list (prose_kpi.HEADING_MAX_CHARS: halved, none)
    ("本計画では各施策の進捗を重要業績評価指標（ＫＰＩ）により毎年度検証し見直しを行います", False),  # a sentence (doubled, a heading)
])
def test_a_kpi_list_s_heading_is_short(text: str, heading: bool) -> None:
    assert prose_kpi.is_kpi_heading(TextLine(text, text, Provenance("d.txt", "d", None, 1))) is heading


@pytest.mark.parametrize(("bullet", "named"), [
    # a name of some forty-five letters with its scope (prose_kpi.NAME_MAX_CHARS: halved, none)
    ("・市内の事業所における仕事と家庭の両立支援制度を導入している事業所の割合（従業員三十人以上）", True),
    # a run-on phrase of sixty-five letters is a description, no indicator's name (doubled, a name)
    ("・市内の事業所における従業員の仕事と家庭の両立支援に関する制度の導入率及び当該制度を利用した従業員の割合の推移と男女別の内訳の比較", False),
])
def test_a_listed_kpi_name_is_no_longer_than_a_name(bullet: str, named: bool) -> None:
    assert (prose_kpi._name(bullet) is not None) is named


@pytest.mark.parametrize(("item", "read"), [
    # a name of thirty letters and its target (target_items.NAME_MAX_CHARS: halved, no item)
    ("市内の事業所における仕事と家庭の両立支援制度の導入事業所数 年 40件", True),
    # fifty letters before a figure: a description running into a figure, no name (doubled, an item)
    ("市内の事業所における従業員の仕事と家庭の両立支援に関する制度を導入している事業所の割合及び利用者数 50%", False),
])
def test_a_marked_item_states_a_name_and_its_value(item: str, read: bool) -> None:
    assert (split_stated_value(item) is not None) is read
