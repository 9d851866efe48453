"""Thresholds of extract.pdf.borderless, each read on both sides of its value: halving or doubling the
constant makes a test here fail (benchmarks/pins.py). Lines are built by hand in PDF points (top-left
origin) with the helpers of test_pdf_borderless, nothing tied to one engine's pitch or font."""

from __future__ import annotations

import pytest

from extract.pdf.borderless import build_table
from tests.extract.test_pdf_borderless import ROW_GAP_PT, line, texts


def _names_beside_values(has_value: list[bool]) -> list:
    # a header, then one name per row, a value beside those marked: every line one row apart
    out = [line(0, (50, 90, "項目"), (200, 230, "現状値"))]
    for k, has in enumerate(has_value, start=1):
        out.append(line(k * ROW_GAP_PT, (50, 90, f"名前{k}"), *([(205, 228, f"{k}2.5")] if has else [])))
    return out


@pytest.mark.parametrize(("has_value", "a_table"), [
    # 5 of 9 rows (the header's with them) fill two columns: 0.56, under FILL_RATIO: lines of text
    # beside a few figures, not a table (halved: a table)
    ([True, False, True, False, False, True, False, True], False),
    # 5 of 7: 0.71, a table whose rows leave some values blank (doubled: no table at all)
    ([True, False, True, False, True, True], True),
])
def test_fill_ratio_is_the_share_of_rows_filling_two_columns(has_value: list[bool], a_table: bool) -> None:
    table, _ = build_table(_names_beside_values(has_value))
    assert (table is not None) is a_table
    if table is not None:
        assert texts(table)[1] == ["名前1", "12.5"]
