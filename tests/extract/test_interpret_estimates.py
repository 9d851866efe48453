"""Header words read by their head, estimates flagged, placeholders and bare figures in the body
(the DEV3 wording batch's findings and the leftovers of session 10).

Tables are text exports read by the real text reader.
"""

from __future__ import annotations

import pytest

from extract.context import title_year
from extract.interpret.cards import _kind as card_kind
from extract.interpret.facets import kind_of, read_facets
from extract.interpret.kpi import UNIT_TAIL_MAX_CHARS, unit_tail
from extract.recognizers.amounts import NOTE_MAX_CHARS, _note_after
from extract.recognizers.columns import classify_header, row_kind_of
from extract.recognizers.kpi_card import label_kind
from extract.text_reader import read_text
from tests.extract.text_docs import read_text_document as _read


def _kpis(text: str) -> list[tuple[str, str, int | None, float | None, tuple[str, ...]]]:
    return [(v.indicator, v.kind, v.fiscal_year, v.value, v.qualifiers) for v in _read(text).kpi_values]


@pytest.mark.parametrize("text", [
    "指標名\t現状値（R2）\tR6実績見込\t目標値（R7）\n転入者数（人）\t200\t205\t210\n",  # a column
    "指標\t区分\tR5\tR6\n転入者数（人）\t実績見込\t200\t205\n\t目標\t210\t220\n",  # a row of a year matrix
    "施策名\t移住の促進\n成果指標\t転入者数（人）\n現状値（R2）\t200人\n実績見込（R6）\t205人\n目標値（R7）\t210人\n",  # a card
])
def test_an_expected_actual_is_flagged_never_a_plain_actual(text: str) -> None:
    actuals = [v for v in _kpis(text) if v[1] == "actual"]
    assert actuals and all("estimated" in v[4] for v in actuals)
    assert all("estimated" not in v[4] for v in _kpis(text) if v[1] != "actual")


def test_header_qualifiers_are_flags_of_values_not_of_plain_words() -> None:
    assert read_facets("R6実績見込").qualifiers == ("estimated",)
    assert read_facets("実績値（最新）").qualifiers == ()


@pytest.mark.parametrize(("header", "kind"), [
    ("進捗度", "ratio"), ("進捗度（%）", "ratio"), ("達成度（%）", "ratio"), ("目標達成度", "ratio"),
    ("目標値との差", "difference"), ("現状値との差", "difference"), ("基準値との比較", "difference"),
    ("予算額の構成比", "ratio"), ("目標値に対する進捗率", "ratio"),
])
def test_a_kind_word_before_the_head_names_no_kind(header: str, kind: str) -> None:
    assert kind_of(header) == kind
    # everywhere a header is read: a column of the KPI table reader, a row's kind label, a card's label
    assert (classify_header(0, header).kind, row_kind_of(header), card_kind(header)) == ("other", None, None)


@pytest.mark.parametrize(("label", "kind"), [
    ("目標値との差", None), ("基準値比", None), ("目標値（R7）", "target"), ("基準値", "baseline"),
])
def test_a_card_label_is_read_by_its_head(label: str, kind: str | None) -> None:
    assert label_kind(label) == kind


def test_a_row_missing_its_values_over_a_row_of_values_is_body() -> None:
    text = ("数値指標\t区分\t2026（R8）\t2025（R7）\t2024（R6）\n移住相談件数\t実績値\t\t\t未公表\n"
            "\t目標値\t277件\t481件\t425件\n転入者数\t実績値\t\t\t3,112人\n\tめざす目標\t3,307人\t3,339人\t2,486人\n")
    found = {(name, kind, year, value) for name, kind, year, value, _ in _kpis(text)}
    assert ("移住相談件数", "target", 2026, 277.0) in found and ("転入者数", "actual", 2024, 3112.0) in found


@pytest.mark.parametrize("text", [
    "指標名\t現状値（R2）\t目標値（R7）\n転入者数（人）\t2020\t2100\n移住者数（人）\t120\t150\n",
    "指標名\t現状値（R2）\t目標値（R7）\n転入者数（人）\t2020\t2030\n移住者数（人）\t1998\t2024\n",
])
def test_a_bare_four_digit_figure_under_a_header_is_a_value_not_a_year(text: str) -> None:
    found = {(name, kind, year, value) for name, kind, year, value, _ in _kpis(text)}
    assert ("転入者数(人)", "baseline", 2020, 2020.0) in found and len(found) == 4


def test_a_unit_tail_is_short() -> None:
    assert UNIT_TAIL_MAX_CHARS == 8
    assert unit_tail("婚姻件数（" + "人" * 8 + "）") is not None
    assert unit_tail("婚姻件数（" + "人" * 9 + "）") is None
    assert unit_tail("婚姻件数（" + "人" * 5 + "）") is not None


def test_a_note_after_an_amount_is_short() -> None:
    assert NOTE_MAX_CHARS == 40
    assert _note_after(" （" + "決" * 40 + "）") == "決" * 40
    assert _note_after(" （" + "決" * 41 + "）") == ""
    assert _note_after(" （" + "決" * 25 + "）") == "決" * 25
    assert _note_after("と（令和2年度決算額）") == ""  # words between: no note of the amount


@pytest.mark.parametrize(("text", "year"), [
    ("令和7年度 第3回 推進会議資料\n\nR2（2020年度） 一般会計予算\n", 2020),  # a meeting's running head atop the budget's title
    ("令和7年度 一般会計予算書\n\n令和6年度 第3回 推進会議資料\n", 2025),
    ("令和7年度 第3回 推進会議資料\n\n総合戦略 重要業績評価指標一覧\n", 2025),  # no budget named: the first year stated
])
def test_the_document_year_is_the_budgets_its_title_names(text: str, year: int) -> None:
    found = title_year(read_text(text.encode("utf-8"), "doc.txt", "id"))
    assert found is not None and found.start == year


@pytest.mark.parametrize(("header", "unit", "label"), [
    ("本年度当初千円", "千円", "本年度当初"),  # a header's unit line joined to its words by a layout
    ("前年度決算額百万円", "百万円", "前年度決算額"),
    ("補正前予算額／百万円", "百万円", "補正前予算額／"),  # the scale word whole, never its tail 万円
    ("事業費 千円", "千円", "事業費"),
    ("1,000千円", None, "1,000千円"),  # an amount, no header's unit
    ("補助金円", None, "補助金円"),  # a bare 円 ends words too
])
def test_a_money_unit_glued_to_the_header_words(header: str, unit: str | None, label: str) -> None:
    facets = read_facets(header)
    assert (facets.unit, facets.label) == (unit, label)
