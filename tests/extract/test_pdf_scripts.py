"""The three Latin readings of one glyph (extract.pdf.scripts), told apart on the glyphs where they differ."""

from __future__ import annotations

import pytest

from extract.pdf.pieces import is_digits, opens_with_digit
from extract.pdf.scripts import is_ascii_letter, is_latin_alnum_any_width, is_narrow_latin_alnum


@pytest.mark.parametrize(("ch", "ascii_letter", "narrow_alnum", "any_width_alnum"), [
    ("a", True, True, True),
    ("Z", True, True, True),
    ("2", False, True, True),  # a digit: no letter a band spaces, Latin to the autospace and the script space
    ("Ｓ", False, False, True),  # full-width: set as Japanese text by the engines, Latin once folded
    ("２", False, False, True),
    ("ő", False, True, False),  # a narrow Latin letter outside ASCII (é is of ambiguous width: none)
    ("ｱ", False, False, False),  # half-width kana
    ("字", False, False, False),
    ("", False, False, False),
])
def test_three_latin_readings(ch: str, ascii_letter: bool, narrow_alnum: bool, any_width_alnum: bool) -> None:
    assert (is_ascii_letter(ch), is_narrow_latin_alnum(ch), is_latin_alnum_any_width(ch)) == \
        (ascii_letter, narrow_alnum, any_width_alnum)


@pytest.mark.parametrize(("text", "digits", "opens"), [
    ("2 5", True, True),  # spaces aside
    ("２５", True, True),  # full-width, folded
    ("5%", False, True),
    ("H25", False, False),
    ("", False, False),
])
def test_a_line_of_digits_and_one_opening_with_one(text: str, digits: bool, opens: bool) -> None:
    assert (is_digits(text), opens_with_digit(text)) == (digits, opens)
