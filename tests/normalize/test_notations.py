"""Year and amount notations real documents use, held as a table of writers: every notation,
drawn over its years or amounts, must read back to what it writes (hypothesis), and a notation
that could mean two things must give no value (wrong is worse than missing)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from normalize import parse_quantity, parse_year
from normalize.years import without_years

UNTIMED = settings(deadline=None)  # properties, not timings: a loaded machine may pass hypothesis' 200 ms
KANJI = "〇一二三四五六七八九"
WIDE = str.maketrans("0123456789,.RHS%-", "０１２３４５６７８９，．ＲＨＳ％－")
REIWA, HEISEI, SHOWA = ("令和", "R", "令", 2018), ("平成", "H", "平", 1988), ("昭和", "S", "昭", 1925)
Era = tuple[str, str, str, int]


def kanji_count(n: int) -> str:
    """1-99 as 漢数字 with 十 (三, 十, 二十七, 三十一)."""
    tens, ones = divmod(n, 10)
    return ("" if tens == 0 else ("十" if tens == 1 else KANJI[tens] + "十")) + (KANJI[ones] if ones else "")


def kanji_digits(n: int) -> str:
    """A western year digit by digit (二〇二二)."""
    return "".join(KANJI[int(d)] for d in str(n))


def era_number(n: int) -> str:
    return "元" if n == 1 else str(n)


# (name, writer of one year of an era: (era, n) -> text, basis read)
EraWriter = Callable[[Era, int], str]
ERA_NOTATIONS: list[tuple[str, EraWriter, str | None]] = [
    ("era nendo", lambda e, n: f"{e[0]}{era_number(n)}年度", "fiscal"),
    ("era nen", lambda e, n: f"{e[0]}{era_number(n)}年", "calendar"),
    ("era wide", lambda e, n: f"{e[0]}{n}年度".translate(WIDE), "fiscal"),
    ("era kanji nendo", lambda e, n: f"{e[0]}{'元' if n == 1 else kanji_count(n)}年度", "fiscal"),
    ("era kanji nen", lambda e, n: f"{e[0]}{'元' if n == 1 else kanji_count(n)}年", "calendar"),
    ("letter", lambda e, n: f"{e[1]}{n}", None),
    ("letter wide", lambda e, n: f"{e[1]}{n}".translate(WIDE), None),
    ("letter dot", lambda e, n: f"{e[1]}.{n}", None),
    ("letter dot nendo", lambda e, n: f"{e[1]}.{n}年度", "fiscal"),
    ("letter month", lambda e, n: f"{e[1]}{n}.4", None),
    ("letter date", lambda e, n: f"{e[1]}{n}.4.1", "calendar"),
    ("kanji letter", lambda e, n: f"{e[2]}{n}", None),
    ("kanji letter nendo", lambda e, n: f"{e[2]}{n}年度", "fiscal"),
    ("nendo end", lambda e, n: f"{e[0]}{n}年度末", "fiscal"),
    ("as of", lambda e, n: f"{e[1]}{n}時点", None),
    ("estimate", lambda e, n: f"{e[0]}{n}年度見込", "fiscal"),
]


@st.composite
def era_years(draw: st.DrawFn) -> tuple[Era, int]:
    era = draw(st.sampled_from([REIWA, HEISEI, SHOWA]))
    return era, draw(st.integers(1, 30 if era is REIWA else 64))


@pytest.mark.parametrize("name,write,basis", ERA_NOTATIONS, ids=[n for n, _, _ in ERA_NOTATIONS])
@UNTIMED
@given(case=era_years())
def test_era_notation_reads_its_year(name: str, write: EraWriter, basis: str | None, case: tuple[Era, int]) -> None:
    era, n = case
    text = write(era, n)
    year = parse_year(text)
    assert year is not None, text
    assert (year.start, year.end, year.basis, year.conflict) == (era[3] + n, era[3] + n, basis, None), text


WesternWriter = Callable[[int], str]
WESTERN_NOTATIONS: list[tuple[str, WesternWriter, str | None]] = [
    ("nendo", lambda y: f"{y}年度", "fiscal"),
    ("wide", lambda y: f"{y}年度".translate(WIDE), "fiscal"),
    ("kanji digits nendo", lambda y: f"{kanji_digits(y)}年度", "fiscal"),
    ("kanji digits nen", lambda y: f"{kanji_digits(y)}年", "calendar"),
    ("with era after", lambda y: f"{y}（R{y - 2018}）年度", "fiscal"),
    ("with era before", lambda y: f"R{y - 2018}（{y}）", None),
    ("era name with western", lambda y: f"令和{y - 2018}({y})年度末", "fiscal"),
    ("paired", lambda y: f"{y}年度（令和{y - 2018}年度）", "fiscal"),
    ("paired in angle brackets", lambda y: f"令和{y - 2018}年度〈{y}年度〉", "fiscal"),
    ("nendo end as of", lambda y: f"{y}年度末時点", "fiscal"),
]


@pytest.mark.parametrize("name,write,basis", WESTERN_NOTATIONS, ids=[n for n, _, _ in WESTERN_NOTATIONS])
@UNTIMED
@given(year=st.integers(2020, 2060))
def test_western_notation_reads_its_year(name: str, write: WesternWriter, basis: str | None, year: int) -> None:
    text = write(year)
    parsed = parse_year(text)
    assert parsed is not None, text
    assert (parsed.start, parsed.end, parsed.basis, parsed.conflict) == (year, year, basis, None), text


RangeWriter = Callable[[int, int], str]
RANGE_NOTATIONS: list[tuple[str, RangeWriter]] = [
    ("letters", lambda a, b: f"R{a - 2018}～R{b - 2018}"),
    ("letters dot", lambda a, b: f"R.{a - 2018}～R.{b - 2018}"),
    ("era wide tail", lambda a, b: f"令和{a - 2018}年度～{b - 2018}年度".translate(WIDE)),
    ("era both", lambda a, b: f"令和{a - 2018}年度〜令和{b - 2018}年度"),
    ("era kanji", lambda a, b: f"令和{kanji_count(a - 2018)}年度から令和{kanji_count(b - 2018)}年度まで"),
    ("western", lambda a, b: f"{a}-{b}年度"),
    ("western short tail", lambda a, b: f"{a}～{b % 100:02d}年度"),
    ("kanji letters", lambda a, b: f"令{a - 2018}～令{b - 2018}"),
    ("nendo ends", lambda a, b: f"R{a - 2018}年度末～R{b - 2018}年度末"),
    ("kanji digits", lambda a, b: f"{kanji_digits(a)}年〜{kanji_digits(b)}年"),
]


@pytest.mark.parametrize("name,write", RANGE_NOTATIONS, ids=[n for n, _ in RANGE_NOTATIONS])
@UNTIMED
@given(start=st.integers(2020, 2040), length=st.integers(1, 9))
def test_range_notation_reads_its_span(name: str, write: RangeWriter, start: int, length: int) -> None:
    text = write(start, start + length)
    parsed = parse_year(text)
    assert parsed is not None, text
    assert (parsed.start, parsed.end) == (start, start + length), text


# Notations that are no year (a number of a law, a word), or could be two years: no year.
NOT_A_YEAR = [
    "施行令3条",       # 令 of a law's name, not 令和
    "政令3号",
    "令3件",           # a count after the letter
    "平均3年",         # 平 opens a word
    "平成二七年度",      # era years digit by digit: not written so, no guess
    "二〇二年度",        # three kanji digits: no western year
    "令和三",           # a kanji numeral after an era with no 年: a word may follow
    "H2 7年度",         # a cut token
    "R.",
    "2024年度（令和7年度）末",  # paired forms that disagree: read with a conflict, below
]


@pytest.mark.parametrize("text", NOT_A_YEAR[:-1])
def test_no_year_where_a_notation_is_none(text: str) -> None:
    assert parse_year(text) is None, text


@pytest.mark.parametrize("text", [NOT_A_YEAR[-1], "令和6年度〈2023年度〉", "R6【2023】"])
def test_disagreeing_pair_reads_a_conflict(text: str) -> None:
    year = parse_year(text)
    assert year is not None and year.conflict is not None


@pytest.mark.parametrize("text,rest", [
    ("現状値（令和5年度末）", "現状値( )"),
    ("目標値（令和十二年度）", "目標値( )"),
    ("実績（R.5時点）", "実績( )"),
])
def test_without_years_blanks_the_whole_notation(text: str, rest: str) -> None:
    assert without_years(text) == rest


# ---- amounts ----------------------------------------------------------------------------------

SIGNS = ("▲", "△", "－", "-", "−", "▲ ", "△　")


@UNTIMED
@given(oku=st.integers(1, 9999), man=st.integers(0, 9999), sign=st.sampled_from(("",) + SIGNS),
       wide=st.booleans())
def test_oku_man_amount(oku: int, man: int, sign: str, wide: bool) -> None:
    text = f"{oku:,}億" + (f"{man:,}万" if man else "") + "円"
    q = parse_quantity(sign + (text.translate(WIDE) if wide else text))
    expected = (oku * 10**8 + man * 10**4) * (-1 if sign else 1)
    assert (q.value, q.unit) == (float(expected), "円")


@UNTIMED
@given(whole=st.integers(1, 999), tenths=st.integers(0, 9), scale=st.sampled_from([("億", 10**8), ("万", 10**4)]))
def test_decimal_scale_amount(whole: int, tenths: int, scale: tuple[str, int]) -> None:
    q = parse_quantity(f"{whole}.{tenths}{scale[0]}円")
    assert q.value == pytest.approx((whole + tenths / 10) * scale[1]) and q.unit == "円"


@UNTIMED
@given(n=st.integers(0, 10**9), sign=st.sampled_from(["¥", "￥"]))
def test_yen_sign_amount(n: int, sign: str) -> None:
    q = parse_quantity(f"{sign}{n:,}")
    assert (q.value, q.unit) == (float(n), "円")


@UNTIMED
@given(digit=st.integers(1, 9), word=st.sampled_from([("千万", 10**7), ("百万", 10**6), ("千", 10**3)]))
def test_scaled_word_amount(digit: int, word: tuple[str, int]) -> None:
    q = parse_quantity(f"{digit}{word[0]}円")
    assert (q.value, q.unit) == (float(digit * word[1]), "円")


@UNTIMED
@given(n=st.integers(0, 10**9), header=st.sampled_from([("千円", 10**3), ("百万円", 10**6), ("（単位：千円）", 10**3),
                                                        ("(単位:百万円)", 10**6), ("金額(千円)", 10**3)]),
       sign=st.sampled_from(("",) + SIGNS), wide=st.booleans())
def test_amount_under_a_unit_header(n: int, header: tuple[str, int], sign: str, wide: bool) -> None:
    text = f"{n:,}"
    q = parse_quantity(sign + (text.translate(WIDE) if wide else text), header[0])
    assert q.value == float(n * header[1] * (-1 if sign and n else 1))
    assert (q.unit, q.scale) == ("円", header[1])


GLUES = (" ", "　", "\n", "、", "・", "/", " / ", "　　")


@UNTIMED
@given(a=st.integers(0, 10**7), b=st.integers(0, 10**7), glue=st.sampled_from(GLUES), unit=st.sampled_from(["", "円", "千円", "人"]))
def test_two_numbers_never_read_as_one(a: int, b: int, glue: str, unit: str) -> None:
    q = parse_quantity(f"{a:,}{unit}{glue}{b:,}{unit}")
    assert q.value is None, (a, b, glue, q)


@pytest.mark.parametrize("text", [
    "1,2345",          # a comma group of four: two numbers run together, or a typo
    "12,34",
    "1,234,5678",
    "1.234.567",       # a dotted thousands separator, or a date
    "2,590 2,600",
    "▲1,234▲567",
    "1億2千万3億円",     # two scale runs
    "3億万円",          # two scales
])
def test_a_notation_of_two_readings_gives_no_value(text: str) -> None:
    q = parse_quantity(text)
    assert q.value is None and q.missing_reason is not None, (text, q)
