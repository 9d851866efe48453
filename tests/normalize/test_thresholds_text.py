"""Thresholds of normalize.text and normalize.years, each decided on both sides by a text built for it
(benchmarks/pins.py: halving or doubling one makes a test here fail)."""

from __future__ import annotations

import pytest

from normalize import clean_text, parse_year


@pytest.mark.parametrize(("raw", "clean"), [
    ("令和 元年", "令和元年"),  # two-glyph fragments a PDF set apart are one word (SHORT_TOKEN_LEN: halved, apart)
    ("市民活動 参加者数", "市民活動 参加者数"),  # two words of four stay apart (doubled, joined)
    ("PDCA サイクル", "PDCAサイクル"),  # a short Latin abbreviation goes with the Japanese after it (SHORT_LATIN_LEN)
    ("Google マップ", "Google マップ"),  # a Latin word stays apart (doubled, joined)
    ("７ ７ ４ 千 円", "774千円"),  # digits and two CJK glyphs spaced one by one: one word (LETTER_SPACED_MIN_CJK)
    ("3 5 人", "3 5人"),  # one CJK glyph: maybe two cells, 3 and 5人 (halved, 35人)
])
def test_spaces_inside_a_word_are_dropped(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


@pytest.mark.parametrize(("text", "year"), [
    ("2025年度", 2025),
    ("1950年", 1950),  # a census year of the last century (WESTERN_YEAR_MIN: doubled, no year)
    ("2150年", None),  # past the years a plan states (WESTERN_YEAR_MAX: doubled, a year)
    ("1800年", None),  # (halved WESTERN_YEAR_MIN, a year)
])
def test_a_western_year_lies_in_the_years_documents_state(text: str, year: int | None) -> None:
    parsed = parse_year(text)
    assert (parsed.start if parsed else None) == year
