"""A workbook number read as its cell shows it (extract/sheets/number_format.py)."""

from __future__ import annotations

import pytest

from extract.sheets.number_format import format_number, split_sections
from extract.sheets.xlsx import format_value


@pytest.mark.parametrize(("value", "fmt", "shown"), [
    (4151, '#,##0"億円"', "4,151億円"),
    (3947, '#,##0"万円"', "3,947万円"),
    (37, '0"人"', "37人"),
    (-182, '#,##0;"▲"#,##0', "▲182"),
    (-5.2, '0.0;"△"0.0', "△5.2"),
    (-1234, "#,##0", "-1,234"),
    (-1234, "#,##0_ ;[Red]-#,##0 ", "-1,234 "),  # _ leaves a space; the cell text is cleaned after
    (0.234, "0.0%", "23.4%"),
    (23.4, '0.0"%"', "23.4%"),  # a quoted % is a literal: no × 100
    (12.345, "0.0", "12.3"),
    (12.35, "0.0", "12.4"),  # rounded half away from zero, as the sheet shows it
    (15, "0.0", "15.0"),
    (681185000, "#,##0,", "681,185"),  # a trailing comma shows thousands
    (681185000, "#,##0,,", "681"),
    (0, '#,##0;"▲"#,##0;"-"', "-"),  # the zero section: a dash
    (1234, "[DBNum3][$-411]#,##0", "1,234"),
    (1234, "¥#,##0", "¥1,234"),
    (1234, '#,##0"千円"', "1,234千円"),
    (1234, "0円", "1234円"),  # an unquoted literal
])
def test_a_number_is_read_as_its_format_shows_it(value: float, fmt: str, shown: str) -> None:
    assert format_number(value, fmt) == shown


@pytest.mark.parametrize("fmt", ["General", "", "@", "yyyy/m/d", "0.00E+00", "[>=100]0;0.0", "000-0000"])
def test_formats_not_followed_give_none(fmt: str) -> None:
    assert format_number(1234, fmt) is None


def test_sections_split_outside_quotes_brackets_and_escapes() -> None:
    assert split_sections('#,##0;"▲;"#,##0;\\;') == ["#,##0", '"▲;"#,##0', "\\;"]
    assert split_sections("[Red];0") == ["[Red]", "0"]


@pytest.mark.parametrize(("value", "fmt", "shown"), [
    (4151, '#,##0"億円"', "4,151億円"), (0.5, "0%", "50%"), (1234.0, "General", "1234"), (0.1 + 0.2, "General", "0.3"),
])
def test_format_value_shows_the_cell(value: float, fmt: str, shown: str) -> None:
    assert format_value(value, fmt) == shown
