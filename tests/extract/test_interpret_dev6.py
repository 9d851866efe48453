"""The DEV6 wording batch's findings: a value column under words naming no kind is no column of names
(現時点の値 folded to 現時点値 is still no indicator word); the prefix 現 (the present) over a value names
the actual; a column's own header, not the group header over it, says whether it holds notes (財源内容 over
国及び県支出金 | 市債 groups amounts).

Tables are text exports read by the real text reader.
"""

from __future__ import annotations

import pytest

from extract.interpret.facets import read_facets
from extract.interpret.structure import is_note_header
from extract.model import Cell, Provenance
from extract.recognizers.columns import classify_header, stands_in_for_values
from tests.extract.text_docs import read_text_document as _read


@pytest.mark.parametrize("header", ["ＸＸの値", "ＸＸの数値", "ＸＸの値2019/R元"])
def test_a_header_folded_to_a_value_names_no_indicator(header: str) -> None:
    assert classify_header(3, header).kind == "other"


@pytest.mark.parametrize("header", ["指標の名称", "KPI項目名", "評価指標の名称"])
def test_a_header_of_indicator_words_still_names_the_indicators(header: str) -> None:
    assert classify_header(0, header).kind == "indicator"


def test_figures_of_a_column_under_unknown_words_never_name_an_indicator() -> None:
    # corpus dev6 seed 501 kpi_year_matrix: 現時点の値 (before 現 was read) was taken for the names, and the
    # baseline column beside it was named 44, 66.3
    text = ("評価指標の名称\t目標値（R3）\tＸＸの値（R元）\t基準値（H30）\n"
            "創業件数（件）\t58\t44\t45\nスポーツ施設利用者数（人）\t653\t663\t803\n")
    names = {v.indicator for v in _read(text).kpi_values}
    assert names == {"創業件数(件)", "スポーツ施設利用者数(人)"}


@pytest.mark.parametrize("header", ["現時点の値", "現時点の数値", "現時点の値（R6）", "現年度の値"])
def test_the_present_over_a_value_is_the_actual(header: str) -> None:
    assert read_facets(header).kind == "actual"


@pytest.mark.parametrize(("header", "kind"), [("現計予算", "budget"), ("現状値", "baseline"), ("現況値", "baseline"),
                                              ("現時点の額", None)])
def test_the_present_names_no_actual_over_an_amount_nor_inside_other_words(header: str, kind: str | None) -> None:
    assert read_facets(header).kind == kind


def test_the_present_values_are_read_as_actuals_of_their_year() -> None:
    text = "指標名\t基準値（R元）\t現時点の値（R5）\t目標値（R7）\n転入者数（人）\t300\t320\t350\n"
    found = {(v.kind, v.fiscal_year, v.value) for v in _read(text).kpi_values}
    assert found == {("baseline", 2019, 300.0), ("actual", 2023, 320.0), ("target", 2025, 350.0)}


@pytest.mark.parametrize(("header", "note"), [
    ("財源内容 / 国及び県支出金", False), ("財源内容 / 市債", False), ("財源の内容", True), ("説明 / （千円）", True),
    ("説明", True), ("財源内訳 / 一般財源", False),
])
def test_a_columns_own_header_says_it_holds_notes(header: str, note: bool) -> None:
    assert is_note_header(header) is note


def test_amounts_under_a_group_header_of_note_words_are_amounts() -> None:
    # corpus dev6 seed 507 budget_main_projects: 財源内容 over the funding parts left them unread
    text = ("事業名\t令和6年度予算額\t財源内容\t\t\n\t\t国及び県支出金\t市債\t一般財源\n"
            "観光振興事業\t1,000千円\t400千円\t－\t600千円\n子育て支援事業\t2,000千円\t500千円\t0千円\t1,500千円\n")
    amounts = {(b.project, b.measure, b.amount_yen) for b in _read(text).budget_values}
    assert {("観光振興事業", "財源内容 / 国及び県支出金", 400_000), ("子育て支援事業", "財源内容 / 一般財源", 1_500_000)} <= amounts


@pytest.mark.parametrize("header", ["予定額", "予定事業費", "所要事業費", "事業費見積額", "事業費（見積）", "事業費（予定）"])
def test_a_plan_word_before_a_cost_or_in_a_bracket_after_it_names_the_plan(header: str) -> None:
    assert read_facets(header).kind == "plan"


@pytest.mark.parametrize("header", ["事業費", "総事業費", "人件費", "事業費（千円）", "予定値", "ＸＸ（予定）", "ＡＡ（R6）"])
def test_a_cost_or_a_bracket_naming_no_kind_gives_none(header: str) -> None:
    assert read_facets(header).kind is None


@pytest.mark.parametrize("header", ["差", "差（B－A）", "差（A－B）", "差額"])
def test_a_change_named_by_its_head_alone_is_a_difference(header: str) -> None:
    assert read_facets(header).kind == "difference"


@pytest.mark.parametrize("header", ["観光客数の伸び", "人口の変化", "伸び", "現状値からの伸び"])
def test_a_change_of_a_named_quantity_or_a_growth_that_may_be_a_rate_gives_no_kind(header: str) -> None:
    # 伸び alone may be the growth as a rate or as an amount; 観光客数の伸び names an indicator
    assert read_facets(header).kind is None


@pytest.mark.parametrize(("header", "kind"), [("出生率", None), ("合計特殊出生率", None), ("伸び率", "ratio"), ("伸び率（%）", "ratio")])
def test_a_rate_named_by_its_head_alone_stays_an_indicator(header: str, kind: str | None) -> None:
    assert read_facets(header).kind == kind


@pytest.mark.parametrize("header", ["目標指標の名称", "目標指標名", "数値目標（指標名）", "成果指標項目", "KPI項目名", "目標項目"])
def test_a_header_naming_the_labels_states_no_kind(header: str) -> None:
    assert read_facets(header).kind is None


@pytest.mark.parametrize(("header", "kind"), [("目標値", "target"), ("数値目標", "target"), ("目標値（名目）", "target"),
                                              ("実績値（R5）", "actual")])
def test_a_kind_word_not_ending_in_a_label_word_keeps_its_kind(header: str, kind: str) -> None:
    assert read_facets(header).kind == kind


def test_an_indicator_column_headed_with_a_kind_word_names_the_indicators() -> None:
    text = "目標指標の名称\t基準値（R元）\t目標値（R7）\n転入者数（人）\t300\t350\n"
    found = {(v.indicator, v.kind, v.fiscal_year, v.value) for v in _read(text).kpi_values}
    assert found == {("転入者数(人)", "baseline", 2019, 300.0), ("転入者数(人)", "target", 2025, 350.0)}


def test_a_named_row_holding_only_a_dash_keeps_its_name_for_the_row_under_it() -> None:
    # corpus dev6 seed 744 kpi_year_matrix: 転入者数 | 人 | 実績値 | － was taken for a header row, and its
    # targets below were named after the indicator above
    text = ("指標名\t単位\t区分\tR5\tR4\nテレワーク施設利用者数\t人\t実績値\t\t2,996\n\t\t目標値\t3,805\t3,274\n"
            "転入者数\t人\t実績値\t\t－\n\t\t目標値\t342\t447\n")
    found = {(v.indicator, v.kind, v.value) for v in _read(text).kpi_values if v.value is not None}
    assert ("転入者数", "target", 342.0) in found and ("テレワーク施設利用者数", "target", 342.0) not in found


@pytest.mark.parametrize(("row", "stands_in"), [(("転入者数", "人", "実績値", "－"), True), (("転入者数", "人", "実績値", "調査なし"), True),
                                                 (("指標名", "単位", "区分", "R5"), False), (("転入者数", "人", "実績値", "342"), False)])
def test_a_row_standing_in_for_a_value_is_a_body_row(row: tuple[str, ...], stands_in: bool) -> None:
    cells = tuple(Cell(text, text, Provenance("doc.txt", "id", None, 1, 0, 1, col, None)) for col, text in enumerate(row))
    assert stands_in_for_values(cells) is stands_in
