"""Round trips: numbers and years written in many notations parse back to themselves."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from normalize import clean_text, parse_quantity, parse_year

FULLWIDTH = str.maketrans("0123456789,.%", "０１２３４５６７８９，．％")
MINUS_SIGNS = ("▲", "△", "▲ ", "△ ", "-", "−", "－")
ERAS = (("令和", 2018, 2019), ("平成", 1988, 1989), ("昭和", 1925, 1926))
ABBREVIATIONS = {"令和": "R", "平成": "H", "昭和": "S"}


def with_commas(n: int) -> str:
    return f"{n:,}"


def widen(text: str, wide: bool) -> str:
    return text.translate(FULLWIDTH) if wide else text


@given(n=st.integers(0, 10**12), commas=st.booleans(), wide=st.booleans())
def test_integer_round_trip(n: int, commas: bool, wide: bool) -> None:
    text = widen(with_commas(n) if commas else str(n), wide)
    assert parse_quantity(text).value == float(n)


@given(n=st.integers(1, 10**9), sign=st.sampled_from(MINUS_SIGNS), unit=st.sampled_from(["", "人", "%", "件"]))
def test_negative_round_trip(n: int, sign: str, unit: str) -> None:
    q = parse_quantity(f"{sign}{n:,}{unit}")
    assert q.value == -float(n)
    assert q.unit == (unit or None)


@given(cents=st.integers(0, 10**8), places=st.integers(1, 3), wide=st.booleans())
def test_decimal_round_trip(cents: int, places: int, wide: bool) -> None:
    value = Decimal(cents).scaleb(-places)
    text = widen(f"{value:,.{places}f}%", wide)
    q = parse_quantity(text)
    assert q.value == pytest.approx(float(value))
    assert q.unit == "%"


SCALES = {"千": 10**3, "万": 10**4, "百万": 10**6, "億": 10**8}


@given(n=st.integers(1, 99_999), scale=st.sampled_from(sorted(SCALES)), spaced=st.booleans(),
       unit=st.sampled_from(["円", "人", "人回/年"]))
def test_scale_word_round_trip(n: int, scale: str, spaced: bool, unit: str) -> None:
    gap = " " if spaced else ""
    q = parse_quantity(f"{n:,}{gap}{scale}{unit}")
    assert q.value == float(n * SCALES[scale])
    assert (q.unit, q.scale) == (unit, SCALES[scale])


@given(oku=st.integers(1, 9999), man=st.integers(1, 9999), spaced=st.booleans())
def test_mixed_scale_round_trip(oku: int, man: int, spaced: bool) -> None:
    gap = " " if spaced else ""
    q = parse_quantity(f"{oku:,}{gap}億{gap}{man:,}{gap}万円")
    assert q.value == float(oku * 10**8 + man * 10**4)
    assert (q.unit, q.scale) == ("円", 10**4)


@given(n=st.integers(0, 10**7), hint=st.sampled_from(sorted(SCALES)))
def test_hint_scale_round_trip(n: int, hint: str) -> None:
    q = parse_quantity(f"{n:,}", f"{hint}円")
    assert q.value == float(n * SCALES[hint])
    assert (q.unit, q.scale) == ("円", SCALES[hint])


KANJI = "〇一二三四五六七八九"


def to_kanji(n: int) -> str:
    """Write 1 <= n < 10**8 in 漢数字 (三千五百万, 百二十)."""
    parts = []
    for scale, word in ((10**4, "万"), (1, "")):
        group, n = divmod(n, scale)
        if group:
            parts.append(_kanji_group(group) + word)
    return "".join(parts)


def _kanji_group(n: int) -> str:
    out = ""
    for value, word in ((1000, "千"), (100, "百"), (10, "十")):
        digit, n = divmod(n, value)
        if digit:
            out += ("" if digit == 1 else KANJI[digit]) + word
    return out + (KANJI[n] if n else "")


@given(n=st.integers(1, 10**8 - 1), unit=st.sampled_from(["人", "円", "件"]))
def test_kanji_round_trip(n: int, unit: str) -> None:
    written = to_kanji(n)
    if written in ("千", "万", "百万", "億"):
        written = "一" + written  # a bare 千円 is a column's unit (unit_only), so write 一千円
    assert parse_quantity(written + unit).value == float(n)


def era_of(year: int) -> tuple[str, int]:
    for era, offset, first in ERAS:
        if year >= first:
            return era, year - offset
    raise ValueError(year)


@st.composite
def written_years(draw: st.DrawFn) -> tuple[str, int, str | None]:
    year = draw(st.integers(1926, 2070))
    era, n = era_of(year)
    if era == "令和" and draw(st.booleans()) and year <= 2030:
        era, n = "平成", year - 1988   # plans written before 2019 count on in 平成
    suffix = draw(st.sampled_from(["", "年", "年度"]))
    style = draw(st.sampled_from(["era", "abbr", "western", "spaced", "wide"]))
    number = "元" if n == 1 and style == "era" and suffix else str(n)
    if style == "western":
        text = f"{year}{suffix}"
    elif style == "abbr":
        text = f"{ABBREVIATIONS[era]}{n}{suffix}"
    elif style == "spaced":
        text = f"{ABBREVIATIONS[era]} {n} {suffix}".rstrip()
    elif style == "wide":
        text = f"{ABBREVIATIONS[era]}{n}{suffix}".translate(str.maketrans("0123456789RHS", "０１２３４５６７８９ＲＨＳ"))
    else:
        text = f"{era}{number}{suffix or '年'}"
        suffix = suffix or "年"
    basis = {"": None, "年": "calendar", "年度": "fiscal"}[suffix]
    return text, year, basis


@given(written_years())
def test_year_round_trip(case: tuple[str, int, str | None]) -> None:
    text, year, basis = case
    parsed = parse_year(text)
    assert parsed is not None, text
    assert (parsed.start, parsed.end, parsed.basis) == (year, year, basis)


@given(start=st.integers(2019, 2040), length=st.integers(1, 10), sep=st.sampled_from(["~", "～", "〜", "-"]))
def test_year_range_round_trip(start: int, length: int, sep: str) -> None:
    end = start + length
    for text in (f"令和{start - 2018}年度{sep}令和{end - 2018}年度", f"R{start - 2018}{sep}{end - 2018}年度",
                 f"{start}{sep}{end}"):
        parsed = parse_year(text)
        assert parsed is not None and (parsed.start, parsed.end) == (start, end), text


@given(year=st.integers(2019, 2060), agree=st.booleans())
def test_year_pair_round_trip(year: int, agree: bool) -> None:
    other = year if agree else year + 1
    parsed = parse_year(f"{year}年度（令和{other - 2018}年度）")
    assert parsed is not None and parsed.start == year
    assert (parsed.conflict is None) == agree


@given(n=st.integers(0, 10**6), era=st.integers(1, 30))
def test_annotated_value_round_trip(n: int, era: int) -> None:
    q = parse_quantity(f"{n:,}人 (R{era})")
    assert q.value == float(n) and q.unit == "人"
    assert q.year is not None and q.year.start == 2018 + era


@settings(max_examples=300)
@given(st.text(max_size=30))
def test_never_raises_and_reason_iff_no_value(text: str) -> None:
    q = parse_quantity(text)
    assert (q.value is None) == (q.missing_reason is not None)
    assert q.raw == text
    parse_year(text)
    clean_text(text)
