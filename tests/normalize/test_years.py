"""parse_year: 和暦, abbreviations, western years, ranges, pairs, implausible numbers."""

from __future__ import annotations

import pytest

from normalize import Year, parse_year
from normalize.years import cut_era_year

# (text, start, end, basis)
YEARS = [
    # era names, 元年, full-width, spaces
    ("令和3年度", 2021, 2021, "fiscal"),
    ("令和3年", 2021, 2021, "calendar"),
    ("令和元年度", 2019, 2019, "fiscal"),
    ("令和元年12月", 2019, 2019, "calendar"),
    ("令和 3 年度", 2021, 2021, "fiscal"),
    ("令和３年度", 2021, 2021, "fiscal"),
    ("平成27年度", 2015, 2015, "fiscal"),
    ("平成30年", 2018, 2018, "calendar"),
    ("平成31年度", 2019, 2019, "fiscal"),
    ("平成32年度", 2020, 2020, "fiscal"),   # written before the era change
    ("平成42年", 2030, 2030, "calendar"),
    ("平成元年", 1989, 1989, "calendar"),
    ("昭和64年", 1989, 1989, "calendar"),
    ("昭和55年度", 1980, 1980, "fiscal"),
    ("大正15年", 1926, 1926, "calendar"),
    ("明治45年", 1912, 1912, "calendar"),
    # abbreviations
    ("R3", 2021, 2021, None),
    ("R1", 2019, 2019, None),
    ("(R1)", 2019, 2019, None),
    ("（R1）", 2019, 2019, None),
    ("H27", 2015, 2015, None),
    ("H30", 2018, 2018, None),
    ("S60", 1985, 1985, None),
    ("R3年度", 2021, 2021, "fiscal"),
    ("R.3", 2021, 2021, None),
    ("R.元", 2019, 2019, None),  # a letter's dot before the era's first year as before its digits
    ("R.元年度", 2019, 2019, "fiscal"),
    ("令和5年度 2023年度", 2023, 2023, "fiscal"),  # a year's two forms apart by a space: one year
    ("平成29年度2017年度", 2017, 2017, "fiscal"),
    ("R5 2023", 2023, 2023, None),
    ("R 7 年度", 2025, 2025, "fiscal"),
    ("Ｒ７年度", 2025, 2025, "fiscal"),
    ("Ｈ２７年度", 2015, 2015, "fiscal"),
    ("R元年度", 2019, 2019, "fiscal"),
    ("R7 年度", 2025, 2025, "fiscal"),
    ("R3年度目標値", 2021, 2021, "fiscal"),
    ("R3 年度 目標値", 2021, 2021, "fiscal"),
    ("現状値(R1)", 2019, 2019, None),
    ("現状値 (R1)", 2019, 2019, None),
    ("現状値（R1年度）", 2019, 2019, "fiscal"),
    ("目標値（R7年度）", 2025, 2025, "fiscal"),
    ("目標値 (R2)", 2020, 2020, None),
    ("増減率(%) R2比", 2020, 2020, None),
    ("人口比率 R22", 2040, 2040, None),
    ("R6.3に提言", 2024, 2024, None),
    # western
    ("2022年度", 2022, 2022, "fiscal"),
    ("2024年", 2024, 2024, "calendar"),
    ("2024", 2024, 2024, None),
    ("２０２４年度", 2024, 2024, "fiscal"),
    ("2019 年実績", 2019, 2019, "calendar"),
    ("現状値 (2022年度)", 2022, 2022, "fiscal"),
    ("目標値 (2028年度)", 2028, 2028, "fiscal"),
    ("2010年", 2010, 2010, "calendar"),
    # paired forms that agree
    ("2024年度（令和6年度）", 2024, 2024, "fiscal"),
    ("令和6年度(2024年度)", 2024, 2024, "fiscal"),
    ("2025年 (R7年度)", 2025, 2025, "calendar"),
    ("2020年 (R2年)", 2020, 2020, "calendar"),
    ("2015年 (H27年度)", 2015, 2015, "calendar"),
    ("2019年度（平成31年度）", 2019, 2019, "fiscal"),
    ("2020年度（令和2年度）", 2020, 2020, "fiscal"),
    # paired forms side by side, joined by a slash (DEV3 wording {w}/{era}{n})
    ("2022/令和4", 2022, 2022, None),
    ("2019／令和元", 2019, 2019, None),
    ("平成31年度/令和元年度", 2019, 2019, "fiscal"),
    ("2023 / R5年度末", 2023, 2023, "fiscal"),
    ("2023・R5", 2023, 2023, None),  # or by a middle dot
    ("2019・令和元年度", 2019, 2019, "fiscal"),
    # ranges
    ("令和8年度~令和11年度", 2026, 2029, "fiscal"),
    ("令和8年度～令和11年度", 2026, 2029, "fiscal"),
    ("R3～7年度", 2021, 2025, "fiscal"),
    ("R3～R7", 2021, 2025, None),
    ("H26～H30 平均", 2014, 2018, None),
    ("2021～2025", 2021, 2025, None),
    ("2021-2025", 2021, 2025, None),
    ("2015～ 2019平均", 2015, 2019, None),
    ("平成27年度～令和元年度", 2015, 2019, "fiscal"),
    ("平成28～令和元年度決算額", 2016, 2019, "fiscal"),
    ("第2期総合戦略（令和2年度～令和6年度）", 2020, 2024, "fiscal"),
    ("アクションプラン(2021～2025)", 2021, 2025, None),
    ("(任期:令和5年3月20日～令和7年3月19日)", 2023, 2025, "calendar"),
    ("2024年4月~2025年3月", 2024, 2025, "calendar"),
    # dates
    ("令和3年1月20日（水）10：00～11：30", 2021, 2021, "calendar"),
    ("令和6年3月21日（木）", 2024, 2024, "calendar"),
    ("平成26年12月", 2014, 2014, "calendar"),
]


@pytest.mark.parametrize(("text", "start", "end", "basis"), YEARS)
def test_year(text: str, start: int, end: int, basis: str | None) -> None:
    year = parse_year(text)
    assert year is not None
    assert (year.start, year.end, year.basis) == (start, end, basis)
    assert year.conflict is None


NOT_YEARS = [
    "", "2,590", "2590", "1500", "12345", "2,024", "1.27", "644", "10～30代", "0～14歳",
    "第3回", "5年間の合計", "12/29~1/3", "令和", "R", "R123", "令和100年", "大正16年",
    "明治46年", "2101年", "1899年", "現状値", "PR3", "CO2", "1-1-1", "R0",
    "昭和50年代", "1990年代", "昭和40年代後半から50年代前半",  # decades, no year
]


@pytest.mark.parametrize("text", NOT_YEARS)
def test_not_a_year(text: str) -> None:
    assert parse_year(text) is None


CONFLICTS = [
    ("2024年度（令和5年度）", 2024),
    ("令和5年度(2024年度)", 2023),
    ("2020年 (H31年)", 2020),
    ("2021～2025（R3～R6）", 2021),
]


@pytest.mark.parametrize(("text", "start"), CONFLICTS)
def test_pair_disagreement_is_reported(text: str, start: int) -> None:
    year = parse_year(text)
    assert year is not None
    assert year.conflict is not None
    assert year.start == start   # the first form, with the conflict beside it


def test_year_text_is_the_part_read() -> None:
    year = parse_year("目標値 (2028年度)")
    assert year is not None and year.text == "2028年度"
    pair = parse_year("2024年度（令和6年度）の値")
    assert pair is not None and pair.text == "2024年度(令和6年度)"


@pytest.mark.parametrize(("text", "read"), [
    ("2022/令和4", "2022/令和4"),
    ("2019/2020", "2019"),  # two years side by side, no pair: the first alone
    ("R3/R4", "R3"),
    ("2022/令和5", "2022"),  # halves naming different years are no pair
    ("2023・R5", "2023・R5"),
    ("2023・2024", "2023"),
    ("R4・R5", "R4"),
])
def test_a_slash_or_a_middle_dot_joins_only_two_forms_of_one_year(text: str, read: str) -> None:
    year = parse_year(text)
    assert year is not None and year.text == read and year.conflict is None


@pytest.mark.parametrize(("text", "read"), [
    ("令和5年度 2023年度", "令和5年度2023年度"),  # cleaned: the space between the forms dropped
    ("R5 2023", "R5 2023"),
    ("2023年度 令和5年度", "2023年度 令和5年度"),
    ("令和5年度 2024年度", "令和5年度"),  # two years, no pair
    ("令和5年度 令和5年度", "令和5年度"),  # one notation twice: two cells' years, no pair
    ("2023 2023", "2023"),
])
def test_a_space_joins_only_an_era_form_and_a_western_form_of_one_year(text: str, read: str) -> None:
    year = parse_year(text)
    assert year is not None and year.text == read and year.conflict is None


def test_year_is_frozen() -> None:
    year = Year(2021, 2021, "fiscal", "R3年度")
    with pytest.raises(AttributeError):
        year.start = 2022  # type: ignore[misc]


@pytest.mark.parametrize("text", ["H2 7", "(H3 0)", "H2 7年度", "令和2 7年度", "R1 0～R5"])
def test_an_era_year_cut_in_two_pieces_is_no_year(text: str) -> None:
    # a builder joined the two pieces of a cut token with a space: 平成2 and 平成27 are both guesses
    assert parse_year(text) is None
    assert cut_era_year(text) is not None


@pytest.mark.parametrize("text, start", [("R3 5件", 2021), ("R1 77.1%", 2019), ("R3 12月", 2021),
                                         ("H27 28 29", 2015), ("R3 ～ 7年度", 2021)])
def test_an_era_year_before_other_digits_is_still_read(text: str, start: int) -> None:
    year = parse_year(text)
    assert year is not None and year.start == start
    assert cut_era_year(text) is None


@pytest.mark.parametrize(("text", "year"), [
    ("年415件(5年間で2075件)", None), ("1950人", None), ("2030世帯", None),  # a count by its counter
    ("2020人口ビジョン", 2020),  # a word going on after the counter's glyph: no count
    ("2030件数", 2030), ("目標(2030)", 2030), ("2025年", 2025),
])
def test_a_four_digit_count_by_its_counter_is_no_year(text: str, year: int | None) -> None:
    found = parse_year(text)
    assert (None if found is None else found.start) == year


@pytest.mark.parametrize(("text", "year_text"), [("2023年度当初", "2023年度当初"), ("(R5年度当初)", "R5年度当初"),
                                                 ("2023年度期首", "2023年度期首"), ("2023年度期首実績", "2023年度期首"),
                                                 ("令和5年度当初予算", "令和5年度"), ("2022年度末期首の値", "2022年度末")])
def test_a_years_start_is_a_point_of_it(text: str, year_text: str) -> None:
    # corpus dev15: 2018年度当初 / 2021年度期首 read as a year beside unknown words (no year for the column, a list's figures
    # unread); 当初 before more words opens them (当初予算), 期首 after another point opens the next words (末期首の値)
    year = parse_year(text)
    assert year is not None and year.text == year_text and year.start == year.end
