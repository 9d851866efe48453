"""A header writing its era once (平成6 | 7 | 8 | … | 26, realdocs kobe_jinko_no_ugoki_h26 p7):
extract.interpret.cells.counted_years and with_written_eras."""

from __future__ import annotations

import pytest

from extract.interpret.cells import counted_years


@pytest.mark.parametrize(("texts", "eras"), [
    (["年次", "平成6", "7", "8", "9"], [None, None, "平成", "平成", "平成"]),
    (["平成6年", "7", "8", "9", "10"], [None, "平成", "平成", "平成", "平成"]),
    (["令和3年度", "4", "5", "6", "合計"], [None, "令和", "令和", "令和", None]),
    # MAX_YEAR_STEP (5): census years every five count on (halved, 2.5, they would not) ...
    (["平成2", "7", "12", "17"], [None, "平成", "平成", "平成"]),
    # ... every six do not (doubled, 10, they would)
    (["平成2", "8", "14", "20"], [None, None, None, None]),
    # MIN_BARE_YEARS (3): two bare numbers are too few (halved, 1.5, they would do) ...
    (["平成6", "7", "8"], [None, None, None]),
    # values after a year label count on from nothing, or not by one step
    (["平成6年度", "3", "5", "9"], [None, None, None, None]),
    (["平成6年度", "5", "4", "3"], [None, None, None, None]),
    (["2020年度", "21", "22", "23"], [None, None, None, None]),  # a western year has no era to lend
])
def test_bare_numbers_counting_on_from_an_era_year_take_its_era(texts: list[str], eras: list[str | None]) -> None:
    assert counted_years(texts) == eras


def test_three_bare_numbers_are_enough() -> None:
    # MIN_BARE_YEARS (3): doubled (6), three would not do
    assert counted_years(["平成6", "7", "8", "9"]) == [None, "平成", "平成", "平成"]
