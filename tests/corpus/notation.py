"""How the corpus writes years and numbers: 和暦 and western years, commas, ▲ negatives,
full-width digits, 億/万円 amounts. Pure functions of their arguments (no randomness)."""

from __future__ import annotations

import re
from dataclasses import dataclass

REIWA_FIRST = 2019  # 令和元年度
HEISEI_FIRST = 1989  # 平成元年度
FULLWIDTH = str.maketrans("0123456789,.%-()RHr", "０１２３４５６７８９，．％－（）ＲＨｒ")
YEAR_STYLES = (
    "wareki_nendo",  # 令和3年度 / 平成27年度 / 令和元年度
    "letter_nendo",  # R3年度 / H27年度
    "letter",  # R3 / H27
    "letter_fw",  # Ｒ３ / Ｈ２７
    "western_nendo",  # 2022年度
    "western",  # 2022
    "western_nen",  # 2022年
    "paired",  # 2022年度（令和4年度）; 平成31年度/令和元年度 for 2019
)
HEADER_YEAR_STYLES = tuple(s for s in YEAR_STYLES if s != "western")  # a bare 2022 reads as a number
# Other ways a document may write a style's years, drawn per document (generator.Ctx.yr):
# 令和3年 / R3年 (calendar wording), 令和３年度 (full-width digits in the era year).
YEAR_STYLE_VARIANTS = {"wareki_nendo": ("wareki_nen", "wareki_fw"), "letter_nendo": ("letter_nen",)}
FULLWIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


@dataclass(frozen=True, slots=True)
class NumberStyle:
    """How one document writes numbers."""

    comma: bool = True  # 12,345
    fullwidth: bool = False  # １２，３４５
    negative: str = "▲"  # ▲ | △ | - | －


def era_of(year: int, heisei_2019: bool = False) -> tuple[str, str, int]:
    """Given a western fiscal year, return (era name, era letter, year of era)."""
    if year >= REIWA_FIRST and not (year == REIWA_FIRST and heisei_2019):
        return "令和", "R", year - REIWA_FIRST + 1
    return "平成", "H", year - HEISEI_FIRST + 1


def year_text(year: int, style: str, heisei_2019: bool = False) -> str:
    """Given a western fiscal (start) year and a style from YEAR_STYLES, return how it is written."""
    era, letter, n = era_of(year, heisei_2019)
    if style == "wareki_nendo":
        return f"{era}{'元' if n == 1 else n}年度"
    if style == "letter_nendo":
        return f"{letter}{n}年度"
    if style == "wareki_nen":
        return f"{era}{'元' if n == 1 else n}年"
    if style == "letter_nen":
        return f"{letter}{n}年"
    if style == "wareki_fw":
        return f"{era}{'元' if n == 1 else str(n).translate(FULLWIDTH_DIGITS)}年度"
    if style == "letter":
        return f"{letter}{n}"
    if style == "letter_fw":
        return f"{letter}{n}".translate(FULLWIDTH)
    if style == "western_nendo":
        return f"{year}年度"
    if style == "western":
        return str(year)
    if style == "western_nen":
        return f"{year}年"
    if style == "paired":
        if year == REIWA_FIRST:
            return "平成31年度/令和元年度"
        return f"{year}年度（{era}{'元' if n == 1 else n}年度）"
    raise ValueError(f"unknown year style {style}")


def year_format(year: int, fmt: str) -> str:
    """A year written by a format of the wording batches ({era}{n}({w})年度 → 令和5(2023)年度; {nn} the
    era's year in two digits, R06; {fn} in full-width digits, 令和６年度)."""
    era, letter, n = era_of(year)
    return fmt.format(era=era, letter=letter, n="元" if n == 1 else n, w=year, nn=f"{n:02d}",
                      fn="元" if n == 1 else str(n).translate(FULLWIDTH_DIGITS))


ERA_YEAR_RE = re.compile(r"^(令和|平成|R|H)((?:元|[0-9０-９]+)(?:年度|年))$")


def without_repeated_era(texts: list[str]) -> list[str]:
    """Year texts in the order they are read with the era dropped where the one before states the
    same era (平成27年度 / 28年度 / 29年度 / 令和元年度 / 2年度), as many tables write them."""
    out, era = [], None
    for text in texts:
        m = ERA_YEAR_RE.match(text)
        out.append(m.group(2) if m and m.group(1) == era else text)
        era = m.group(1) if m else None
    return out


def group_digits(digits: str) -> str:
    """Given a run of ASCII digits, return it with a comma every three digits."""
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)]
    return ",".join(parts)


def number_text(units: int, decimals: int, style: NumberStyle) -> str:
    """Given a value in units of its last decimal (12345, 1 → 1,234.5), return its text."""
    digits = str(abs(units)).rjust(decimals + 1, "0")
    whole, frac = (digits[:-decimals], digits[-decimals:]) if decimals else (digits, "")
    text = group_digits(whole) if style.comma else whole
    if frac:
        text += "." + frac
    if style.fullwidth:
        text = text.translate(FULLWIDTH)
    return (style.negative + text) if units < 0 else text


def oku_man_text(yen: int, style: NumberStyle) -> str:
    """Given whole yen (a multiple of 10,000), return it as 11億7,547万円."""
    if yen % 10000:
        raise ValueError("億/万円 notation needs a multiple of 10,000 yen")
    oku, man = divmod(abs(yen) // 10000, 10000)
    text = (f"{oku}億" if oku else "") + (group_digits(str(man)) + "万" if man or not oku else "") + "円"
    if style.fullwidth:
        text = text.translate(FULLWIDTH)
    return (style.negative + text) if yen < 0 else text


def with_unit(text: str, unit: str) -> str:
    """A number with its unit written in the same cell (3,194万人, 52.3%)."""
    if unit == "%" and "％" in text.translate(FULLWIDTH):
        return text
    return text + unit


def scaled_value(units: int, decimals: int, factor: int) -> float:
    """The true value in base units of a number written as units / 10**decimals × factor."""
    return units * factor / 10 ** decimals
