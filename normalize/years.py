"""和暦 and western years: single years, ranges and paired forms.

Reads 令和/平成/昭和/大正/明治 (元年 included; 令和三年度, 平成二十七年度 in 漢数字), R/H/S
abbreviations (R3, R.3, Ｒ３) and one-kanji ones (令3), western years with or without 年/年度
(二〇二二年度 in 漢数字 digits), ranges (令和8年度~令和11年度, R3～7年度, H26～H30, 2021～2025)
and paired forms (2024年度（令和6年度）, R4（2022）) whose halves must agree, each with the
point of the year it may name (令和5年度末, R5時点).  Years past an era's end in older plans
are kept (平成32年度 = 2020).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Final

from normalize.numbers import parse_kanji_number
from normalize.text import clean_text
from normalize.vocab import (
    COUNT_COUNTERS,
    DECADE_MARK,
    DATE_POINT_SUFFIXES,
    DAY_WORD,
    ERA_ABBREVIATIONS,
    ERA_KANJI_ABBREVIATIONS,
    ERA_MAX_YEAR,
    ERA_OFFSETS,
    KANJI_DIGITS,
    KANJI_MULTIPLIERS,
    MONTH_WORD,
    RANGE_CHARS,
    WESTERN_YEAR_MAX,
    WESTERN_YEAR_MIN,
    YEAR_PAIR_BRACKETS,
    YEAR_PAIR_SEPARATORS,
    YEAR_POINT_SUFFIXES,
    YEAR_TERM_POINTS,
    YEAR_START_SUFFIXES,
    YEAR_RANGE_END_WORDS,
    YEAR_RANGE_WORDS,
    YEAR_SUFFIX_BASIS,
)


@dataclass(frozen=True, slots=True)
class Year:
    """A year or span of years, western; ``end == start`` for a single year."""

    start: int
    end: int
    basis: str | None      # "fiscal" (年度), "calendar" (年 or a date), None: not said
    text: str              # the cleaned substring that was read
    conflict: str | None = None  # set when paired forms disagree; start/end from the first


_ERAS: Final = "|".join(ERA_OFFSETS)
_ABBR: Final = "".join(ERA_ABBREVIATIONS)
_KANJI_ABBR: Final = "".join(ERA_KANJI_ABBREVIATIONS)
ERA_PATTERN: Final = rf"(?:{_ERAS}|[{_ABBR}])"  # an era by name or letter: 令和, R
_IDEOGRAPH: Final = "\u3400-\u9fff々〆"
_SUFFIX: Final = r"(?:\s?(?P<{name}>年度|年)(?!間))?"
# An era by name, by letter (R3, R.3, R.元: the dot only before the year) or by one kanji (令3: no
# ideograph before it, none but 年 after its year).
_ERA_MARK: Final = (rf"(?:(?P<era>{_ERAS})|(?<![A-Za-z])(?P<abbr>[{_ABBR}])(?:\.(?=\d|元))?(?=\s?(?:\d|元))"
                    rf"|(?<![{_IDEOGRAPH}])(?P<kabbr>[{_KANJI_ABBR}])(?=\d|元))")
_KABBR_END: Final = rf"(?(kabbr)(?=\s?年|[^{_IDEOGRAPH}]|$))"
_ONES: Final = "".join(k for k, v in KANJI_DIGITS.items() if 1 <= v <= 9)
_TENS: Final = "".join(k for k, v in KANJI_DIGITS.items() if 2 <= v <= 9)   # 二十 … 九十; 十 alone is ten
_TEN: Final = next(k for k, v in KANJI_MULTIPLIERS.items() if v == 10)
# An era year in 漢数字 (三, 十, 二十七): tens by 十, never digit by digit (二七 is no reading we trust).
_KANJI_ERA_YEAR: Final = rf"(?:[{_TENS}]?{_TEN}[{_ONES}]?|[{_ONES}])"
_KANJI_DIGIT: Final = "".join(KANJI_DIGITS)
_ATOM: Final = re.compile(
    _ERA_MARK + rf"\s?(?P<en>\d{{1,2}}|元)(?![\d,])" + _KABBR_END + _SUFFIX.format(name="es")
    # an era year in 漢数字, always with its 年: 令和三年度
    + rf"|(?P<kera>{_ERAS})\s?(?P<kn>{_KANJI_ERA_YEAR})(?=\s?年)" + _SUFFIX.format(name="ks")
    # a western year, not a decimal ("2024.5") unless a full date follows ("2024.4.1")
    + rf"|(?<![\d,.])(?P<w>\d{{4}})(?![\d]|,\d|\.\d(?!\d?\.\d{{1,2}}(?![\d.])))"
    + _SUFFIX.format(name="ws")
    # a western year in 漢数字 digits, always with its 年: 二〇二二年度
    + rf"|(?<![{_KANJI_DIGIT}{''.join(KANJI_MULTIPLIERS)}])(?P<kw>[{_KANJI_DIGIT}]{{4}})(?=\s?年)"
    + _SUFFIX.format(name="kws")
)
_RANGE_WORD: Final = "|".join(YEAR_RANGE_WORDS)
_RANGE_TAIL: Final = re.compile(
    rf"\s?(?:[{RANGE_CHARS}\-–—]|{_RANGE_WORD})\s?"
    rf"(?:(?P<era>{_ERAS})|(?P<abbr>[{_ABBR}])\.?|(?P<kabbr>[{_KANJI_ABBR}](?=\d)))?\s?"
    rf"(?:(?P<n>\d{{4}}|\d{{1,2}}|元)(?![\d,])|(?P<kn>{_KANJI_ERA_YEAR})(?=\s?年)|(?P<kw>[{_KANJI_DIGIT}]{{4}})(?=\s?年))"
    + _SUFFIX.format(name="s")
    + "(?:" + "|".join(YEAR_RANGE_END_WORDS) + ")?"   # "令和8年度から令和12年度まで"
)
_POINT: Final = "(?:" + "|".join(YEAR_POINT_SUFFIXES) + "|(?:" + "|".join(YEAR_START_SUFFIXES) + r")(?![^\W\d_]))"
_POINTS: Final = "(?:(?:" + "|".join(YEAR_TERM_POINTS) + f"){_POINT}*|{_POINT}+)"  # 年度期首, 年度期末, 年度末現在
_DATE_POINTS: Final = "(?:" + "|".join(DATE_POINT_SUFFIXES) + ")"
_DATE_REST: Final = re.compile(
    r"(?:\s?\d{1,2}\s?月(?:\s?\d{1,2}\s?日)?(?:\s?\([月火水木金土日祝・]+\))?"
    rf"|(?:\.\d{{1,2}}){{1,2}}(?![\d,])){_DATE_POINTS}*|{_POINTS}"
)
# An era year followed by a bare digit group (one closed by a year word, a bracket, a range sign
# or the end): two pieces of a cut token ("H2 7", "(H3 0)"), a year of neither reading.
_CUT_TAIL: Final = re.compile(rf"\s+(?P<rest>\d{{1,2}})(?=\s?(?:年|[)）{RANGE_CHARS}\-–—]|$))")
_DATE_BASIS: Final = YEAR_SUFFIX_BASIS["年"]
_PAIR_OPEN: Final = re.compile(r"\s?([" + re.escape("".join(YEAR_PAIR_BRACKETS)) + "])")
_PAIR_JOIN: Final = re.compile(r"\s?[" + re.escape(YEAR_PAIR_SEPARATORS) + r"]\s?")
_PAIR_SPACE: Final = re.compile(r"\s*")  # 令和5年度 2023年度: a year's two forms apart by a space alone (cleaning may drop it)
_PAIR_SUFFIX: Final = re.compile(r"\s?(年度|年)(?!間)")
# a counter after a bare four-digit number, no ideograph after it: a count (2075件), no year
_COUNT_AFTER: Final = re.compile(r"(?:" + "|".join(sorted(map(re.escape, COUNT_COUNTERS), key=len, reverse=True))
                                 + r")(?![\u3400-\u9fff])")
_POINT_AFTER: Final = re.compile(_POINTS)


@dataclass(frozen=True, slots=True)
class _Atom:
    year: int
    basis: str | None
    era: str | None      # the era used, for "R3～7年度" style tails
    start: int           # span in the cleaned text
    end: int


def _era_year(era: str, number: str) -> int | None:
    """Given an era name and its year ("3" or "元"), return the western year."""
    n = 1 if number == "元" else int(number)
    if n < 1 or n > ERA_MAX_YEAR[era]:
        return None
    return ERA_OFFSETS[era] + n


def _basis(suffix: str | None) -> str | None:
    """Given a year's suffix (年度, 年 or None), return the basis it states."""
    return None if suffix is None else YEAR_SUFFIX_BASIS[suffix]


def _era_named(m: re.Match[str]) -> str | None:
    """Given a match with era / abbr / kabbr groups, return the era it names, or None."""
    if m.group("era"):
        return m.group("era")
    if m.group("abbr"):
        return ERA_ABBREVIATIONS[m.group("abbr")]
    return ERA_KANJI_ABBREVIATIONS[m.group("kabbr")] if m.group("kabbr") else None


def _kanji_era_number(kanji: str) -> str:
    """Given an era year in 漢数字 (二十七), return it in digits ("27")."""
    parsed = parse_kanji_number(kanji)
    assert parsed is not None, kanji   # _KANJI_ERA_YEAR admits only readable forms
    return str(parsed[0])


def _kanji_digits(kanji: str) -> str:
    """Given a year written digit by digit in 漢数字 (二〇二二), return it in digits."""
    return "".join(str(KANJI_DIGITS[ch]) for ch in kanji)


def _western_atom(digits: str, suffix: str | None, m: re.Match[str]) -> _Atom | None:
    year = int(digits)
    if not WESTERN_YEAR_MIN <= year <= WESTERN_YEAR_MAX:
        return None
    return _Atom(year, _basis(suffix), None, m.start(), m.end())


def _atom_from_match(m: re.Match[str]) -> _Atom | None:
    """Given an _ATOM match, return the year it denotes, or None if implausible."""
    if m.group("w"):
        if not m.group("ws") and _COUNT_AFTER.match(m.string, m.end()):
            return None
        return _western_atom(m.group("w"), m.group("ws"), m)
    if m.group("kw"):
        return _western_atom(_kanji_digits(m.group("kw")), m.group("kws"), m)
    if m.group("kn"):
        era, number, suffix = m.group("kera"), _kanji_era_number(m.group("kn")), m.group("ks")
    else:
        era, number, suffix = _era_named(m) or "", m.group("en"), m.group("es")
    year_or_none = _era_year(era, number)
    if year_or_none is None:
        return None
    return _Atom(year_or_none, _basis(suffix), era, m.start(), m.end())


def _next_atom(text: str, pos: int) -> _Atom | None:
    """Given cleaned text, return the first plausible year atom at or after pos; None from a cut
    era year or a decade (昭和50年代) on (a later year would be read in its place)."""
    for m in _ATOM.finditer(text, pos):
        if m.group("en") and _CUT_TAIL.match(text, m.end("en")):
            return None
        if text.startswith(DECADE_MARK, m.end()):
            return None  # 昭和50年代: a decade, and a year after it may be its range's end
        atom = _atom_from_match(m)
        if atom is not None:
            return atom
    return None


def _tail_year(first: _Atom, m: re.Match[str]) -> int | None:
    """Given a range's first atom and its tail match, return the tail's year."""
    number = m.group("n") or (_kanji_era_number(m.group("kn")) if m.group("kn") else _kanji_digits(m.group("kw")))
    era = _era_named(m)
    if m.group("kn") and era is None and first.era is None:
        return None   # 2021～二十五年: a kanji era year needs its era
    if len(number) == 4:
        return int(number) if era is None else None
    if era is None and first.era is None:
        return (first.year // 100) * 100 + int(number) if number != "元" else None
    return _era_year(era or first.era or "", number) if (era or first.era) else None


def _is_full_date(date: re.Match[str] | None) -> bool:
    """Given a _DATE_REST match, say whether it is a whole dotted date ("R3.4.1": calendar)."""
    return date is not None and date.group().count(".") == 2


def _extend_range(text: str, first: _Atom) -> Year:
    """Given the first atom, read an optional "~ second" tail into a Year."""
    date = _DATE_REST.match(text, first.end)
    m = _RANGE_TAIL.match(text, date.end() if date else first.end)
    end_year = _tail_year(first, m) if m else None
    if m is None or end_year is None or end_year < first.year:
        stop = date.end() if date else first.end
        basis = first.basis or (_DATE_BASIS if _is_full_date(date) else None)
        return Year(first.year, first.year, basis, text[first.start:stop])
    basis = _basis(m.group("s")) or first.basis
    tail_date = _DATE_REST.match(text, m.end())
    return Year(first.year, end_year, basis, text[first.start:(tail_date or m).end()])


def _read_year(text: str, pos: int) -> Year | None:
    """Given cleaned text, return the first year or range starting at or after pos."""
    atom = _next_atom(text, pos)
    return None if atom is None else _extend_range(text, atom)


def _with_pair(text: str, first: Year, start: int) -> Year:
    """Given a year read at ``start``, check a "(second form)" right after it (〈〉, 【】 … alike)."""
    end = start + len(first.text)
    opened = _PAIR_OPEN.match(text, end)
    if opened is None:
        return _with_joined_pair(text, first, start)
    second = _read_year(text, opened.end())
    if second is None or not text.startswith(second.text, opened.end()):
        return first
    closed = re.compile(r"\s?" + re.escape(YEAR_PAIR_BRACKETS[opened.group(1)])).match(text, opened.end() + len(second.text))
    if closed is None:
        return first
    # 令和7(2025)年度: a suffix after the bracket is both forms' (neither states its own)
    suffix = _PAIR_SUFFIX.match(text, closed.end()) if first.basis is None and second.basis is None else None
    point = _POINT_AFTER.match(text, (suffix or closed).end())   # 令和4(2022)年度末
    full = text[start:(point or suffix or closed).end()]
    basis = first.basis or second.basis or (_basis(suffix.group(1)) if suffix else None)
    if (first.start, first.end) == (second.start, second.end):
        return replace(first, basis=basis, text=full)
    conflict = f"{first.text} ({_span(first)}) != {second.text} ({_span(second)})"
    return replace(first, basis=basis, text=full, conflict=conflict)


def _with_joined_pair(text: str, first: Year, start: int) -> Year:
    """Given a year read at ``start``, take in a second form of the same year joined to it by a
    separator (2022/令和4) or, written in the other notation, by a space alone (令和5年度 2023年度); a
    different year after it is another year, no part of this one, and so is the same notation again
    after a space (2023 2023: two cells' years)."""
    end = start + len(first.text)
    joined = _PAIR_JOIN.match(text, end)
    by_space = joined is None
    joined = joined or _PAIR_SPACE.match(text, end)
    second = _read_year(text, joined.end()) if joined else None
    if joined is None or second is None or not text.startswith(second.text, joined.end()):
        return first
    if (first.start, first.end) != (second.start, second.end):
        return first
    if by_space and _is_western(first) == _is_western(second):
        return first
    return replace(first, basis=first.basis or second.basis, text=text[start:joined.end() + len(second.text)])


def _is_western(year: Year) -> bool:
    """True for a year written as a western year (2023年度), not in an era (令和5年度, R5)."""
    return year.text[:1].isdigit()


def _span(year: Year) -> str:
    return str(year.start) if year.start == year.end else f"{year.start}-{year.end}"


def find_year(cleaned: str, pos: int = 0) -> tuple[Year, int, int] | None:
    """Given cleaned text, return the first Year with its (start, end) span."""
    atom = _next_atom(cleaned, pos)
    if atom is None:
        return None
    first = _extend_range(cleaned, atom)
    year = _with_pair(cleaned, first, atom.start)
    return year, atom.start, atom.start + len(year.text)


@lru_cache(maxsize=1 << 14)
def parse_year(text: str | None) -> Year | None:
    """Given a header or annotation, return the first year or range in it, or None.

    Bare numbers are years only as four digits in 1900-2100 ("2024", not
    "2,590"); era forms need an era name or an R/H/S letter ("R3", "令和元年").
    """
    if not text:
        return None
    found = find_year(clean_text(text))
    return None if found is None else found[0]


def without_years(text: str) -> str:
    """Given a header's text, return its cleaned text with every year written in it blanked out
    (現状（2014年） → 現状（ ）)."""
    rest, pos = clean_text(text), 0
    while (found := find_year(rest, pos)) is not None:
        _, start, end = found
        rest, pos = rest[:start] + " " + rest[end:], start + 1
    return rest


def year_runs_over(text: str, at: int) -> bool:
    """True when a year's notation in text runs over text[at] (2014|年, 平成 | 30: a cell's parts a
    layout engine set apart are one year, never two cells)."""
    cleaned, cut = clean_text(text), len(clean_text(text[:at]))
    pos = 0
    while (found := find_year(cleaned, pos)) is not None:
        _, start, end = found
        if start < cut < end:
            return True
        pos = max(end, start + 1)
    return False


def cut_era_year(text: str | None) -> str | None:
    """Why a text's era year is refused as a cut token ("H2 7": neither 平成2 nor 平成27), or None."""
    cleaned = clean_text(text or "")
    for m in _ATOM.finditer(cleaned):
        if m.group("en") and (tail := _CUT_TAIL.match(cleaned, m.end("en"))):
            return (f"{cleaned[m.start():m.end('en')]} is followed by a bare digit group {tail.group('rest')}: "
                    "a cut token, no year of that era")
    return None


CUT_ERA_TAIL_RE: Final = re.compile(rf"{ERA_PATTERN}\.?\s?\d{{0,2}}$")  # a line ending in an era year whose digits may go on below


def completes_cut_era_year(before: str, text: str) -> bool:
    """True when text goes on the era year before ends with, cut inside its digits, to a year its
    western form in brackets confirms (H2 over 9（2017）: H29（2017）; R0 over 3（2021）): an engine's
    emergency break inside one run of letters and digits. Read apart, the tail dates the cell to
    another year (H2: 1990) and text reads as a figure of its own (9, dated 2017)."""
    tail = CUT_ERA_TAIL_RE.search(clean_text(before))
    rest = clean_text(text).strip()
    if tail is None or not rest[:1].isdigit():
        return False
    joined = tail.group() + rest
    year, alone = parse_year(joined), parse_year(tail.group())
    return year is not None and year.conflict is None and year.text == joined.replace(" ", "") and \
        (alone is None or alone.start != year.start) and _PAIR_OPEN.search(joined) is not None


ERA_LESS_RE = re.compile(r"^\s*([0-9]{1,2}|元)\s*年")


def parse_year_in_era(text: str, era: str) -> Year | None:
    """Read a year written without its era (29年度, 8年度から12年度まで) in the given era
    (令和, 平成 …), as the document around it writes its years."""
    if era not in ERA_OFFSETS or not ERA_LESS_RE.match(text):
        return None
    return parse_year(era + text.strip())


def era_of(year: Year) -> str | None:
    """The era (令和, 平成 …) a year is written in, from its name or letter; None for a western year."""
    return next((name for abbr, name in ERA_ABBREVIATIONS.items()
                 if year.text.startswith(abbr) or year.text.startswith(name)), None)


MAX_MONTH: Final = 12
MAX_DAY_OF_MONTH: Final = 31
MONTH_END_RE: Final = re.compile(rf"(?<![0-9])([0-9]{{1,2}})\s*{MONTH_WORD}$")
DAY_ONLY_RE: Final = re.compile(rf"^([0-9]{{1,2}})\s*{DAY_WORD}$")


def completes_date(before: str, text: str) -> bool:
    """True when text is a day alone (6日) and before, the text written just ahead of it, ends in
    a month (2017年2月, 2月): a date spread over two cells, whose day is no count of days."""
    day, month = DAY_ONLY_RE.match(clean_text(text)), MONTH_END_RE.search(clean_text(before))
    return (day is not None and month is not None and 1 <= int(day.group(1)) <= MAX_DAY_OF_MONTH
            and 1 <= int(month.group(1)) <= MAX_MONTH)
