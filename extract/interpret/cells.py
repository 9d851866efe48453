"""Cell shapes every table reader agrees on: a bare year, a row code."""

from __future__ import annotations

import re

from normalize import clean_text, parse_year

YEAR_CELL_MAX_CHARS = 24
CODE_RE = re.compile(r"^[0-9A-Za-z\-‐.．\s]+$")  # 1-1-1, 2-3, No. codes


EXPLICIT_YEAR_RE = re.compile(r"(令和|平成|昭和|[RHS])\s*[0-9元]+|[0-9元]+\s*(年度|年)")


def is_year_cell(text: str) -> bool:
    """A short cell that states only a year: R3, 2020年度, 令和2年度（実績）, 2015年 (H27年度)."""
    text = text.strip()
    if not 0 < len(text) <= YEAR_CELL_MAX_CHARS:
        return False
    year = parse_year(text)
    if year is None:
        return False
    rest = clean_text(text).replace(year.text, "")
    if year.text.isdigit() and EXPLICIT_YEAR_RE.search(rest):
        return False  # 1902人（2018年度）: a bare number beside a year the cell writes out is a value
    return not _has_number_value(rest)


def _has_number_value(text: str) -> bool:
    """Digits left once the years are taken out (40,335冊 beside its year)."""
    stripped = re.sub(r"(令和|平成|昭和|R|H|S)?\s*[0-9元]+\s*(年度|年)", "", text)
    stripped = re.sub(r"(令和|平成|昭和|R|H|S)\s*[0-9元]+", "", stripped)
    return bool(re.search(r"[0-9]", stripped))


def is_code(text: str) -> bool:
    """Row codes such as 1-1-1 or 2-3 that number a 施策, not name it."""
    return bool(CODE_RE.match(text.strip())) and any(ch.isdigit() for ch in text)
