"""The DEV12 wording batch's findings: a label column under a note word (計画期間, whose 期間 heads notes on a span of
years such as R2～R6) that holds one year to a row is the rows' years, the axis of a transposed table.

Tables are text exports read by the real text reader.
"""

from __future__ import annotations

import pytest

from extract.interpret.structure import is_one_year_cell, label_role
from tests.extract.text_docs import read_text_document as _read


def test_a_period_header_over_one_year_a_row_dates_the_rows_of_a_transposed_table() -> None:
    # corpus dev12 seed 500 kpi_transposed: 計画期間 over 平成22年度末時点 … read as notes, the values undated (wrong)
    text = "計画期間\t実績値\t\n\t図書館貸出冊数（冊）\t創業件数（件）\n令和3年度\t134,661\t58\n令和4年度\t99,750\t53\n令和5年度\t123,349\t54\n"
    found = {(v.indicator, v.fiscal_year, v.value) for v in _read(text).kpi_values}
    assert {("図書館貸出冊数", 2021, 134661), ("創業件数", 2023, 54)} <= found
    assert all(v.fiscal_year is not None for v in _read(text).kpi_values)


@pytest.mark.parametrize("texts", [["R2～R6", "R3～R7"], ["R2～R6", "R5", "R3～R7"], ["令和3年度～令和7年度", "単年度"]])
def test_a_period_column_of_spans_stays_notes(texts: list[str]) -> None:
    assert label_role("事業期間", texts) == "note"


def test_a_period_column_right_of_the_rows_names_stays_notes() -> None:
    # beside the names a year column is the projects' period, not the table's axis
    assert label_role("事業期間", ["令和5年度", "令和6年度"], after_label=True) == "note"


def test_a_period_column_needs_most_of_its_rows_to_state_one_year() -> None:
    # YEAR_ROWS_SHARE (0.8): four years in five rows are the axis, three are not
    years = ["令和3年度", "令和4年度", "令和5年度", "令和6年度"]
    assert label_role("計画期間", [*years, "参考"]) == "year"
    assert label_role("計画期間", [*years[:3], "参考", "備考"]) == "note"


def test_a_cards_dated_labels_under_a_note_word_stay_notes() -> None:
    # corpus unknown seed 505 kpi_cards: 取組内容 over ＡＡ（R3） / ＣＣ（R9）, labels dated, no column of years
    assert label_role("取組内容", ["ＡＡ（R3）", "ＢＢ（R4）", "ＣＣ（R9）"]) == "note"


@pytest.mark.parametrize(("text", "one"), [("令和5年度", True), ("2023年度（R5年度末）", True), ("平成22年度末時点", True),
                                           ("R2～R6", False), ("事業費", False), ("ＡＡ（R3）", False), ("令和2年度（実績）", False)])
def test_one_year_cell(text: str, one: bool) -> None:
    assert is_one_year_cell(text) is one
