"""The kpi_table recognizer reads a column named only by the latest point as the grid interpreter does
(facets.latest_as_baseline): beside a target and no baseline it is the baseline the plan set its target from."""

from __future__ import annotations

import pytest

from extract.recognizers.columns import column_roles


def _kinds(headers: list[str]) -> list[tuple[str, int | None]]:
    return [(r.kind, r.year.start if r.year else None) for r in column_roles(headers)]


@pytest.mark.parametrize(("headers", "kinds"), [
    # the latest point before a series of actuals under other words and the target: the baseline
    (["指標名", "単位", "直近の現状（H27）", "今回実績（H30）", "今回実績（R1）", "目標値（R7）"],
     [("indicator", None), ("unit", None), ("baseline", 2015), ("actual", 2018), ("actual", 2019), ("target", 2025)]),
    (["指標名", "最新の状況（R5）", "目標値（R9）"], [("indicator", None), ("baseline", 2023), ("target", 2027)]),
    # beside a baseline it stays the actual
    (["指標名", "基準値（H27）", "最新の状況（R5）", "目標値（R9）"],
     [("indicator", None), ("baseline", 2015), ("actual", 2023), ("target", 2027)]),
    # one of a series under the same words: the actuals
    (["指標名", "最新の状況（R5）", "最新の状況（R6）", "目標値（R9）"],
     [("indicator", None), ("actual", 2023), ("actual", 2024), ("target", 2027)]),
])
def test_a_latest_column_is_read_by_the_table(headers: list[str], kinds: list[tuple[str, int | None]]) -> None:
    assert _kinds(headers) == kinds


def test_a_column_of_unknown_words_after_it_keeps_it_the_actual() -> None:
    # years running backwards (目標値 | 最新の状況 | 現行値): the column the reader does not know may be the baseline,
    # wherever it stands (corpus seed 503 kpi_year_matrix, --vocab dev16, text)
    roles = column_roles(["指標名", "単位", "目標値（R9）", "最新の状況（R7）", "現行値（H27）"])
    assert [r.kind for r in roles][2:4] == ["target", "actual"]
