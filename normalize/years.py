"""和暦 and western years: single years, ranges and paired forms.

Reads 令和/平成/昭和/大正/明治 (元年 included), R/H/S abbreviations, western
years with or without 年/年度, ranges (令和8年度~令和11年度, R3～7年度,
H26～H30, 2021～2025) and paired forms (2024年度（令和6年度）) whose halves
must agree.  Years past an era's end in older plans are kept (平成32年度 = 2020).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Final

from normalize.text import clean_text
from normalize.vocab import (
    ERA_ABBREVIATIONS,
    ERA_MAX_YEAR,
    ERA_OFFSETS,
    RANGE_CHARS,
    WESTERN_YEAR_MAX,
    WESTERN_YEAR_MIN,
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
ERA_PATTERN: Final = rf"(?:{_ERAS}|[{_ABBR}])"  # an era by name or letter: 令和, R
_SUFFIX: Final = r"(?:\s?(?P<{name}>年度|年)(?!間))?"
_ATOM: Final = re.compile(
    rf"(?:(?P<era>{_ERAS})|(?<![A-Za-z])(?P<abbr>[{_ABBR}])(?=\s?(?:\d|元)))"
    rf"\s?(?P<en>\d{{1,2}}|元)(?![\d,])" + _SUFFIX.format(name="es")
    # a western year, not a decimal ("2024.5") unless a full date follows ("2024.4.1")
    + rf"|(?<![\d,.])(?P<w>\d{{4}})(?![\d]|,\d|\.\d(?!\d?\.\d{{1,2}}(?![\d.])))"
    + _SUFFIX.format(name="ws")
)
_RANGE_WORD: Final = "|".join(YEAR_RANGE_WORDS)
_RANGE_TAIL: Final = re.compile(
    rf"\s?(?:[{RANGE_CHARS}\-–—]|{_RANGE_WORD})\s?(?:(?P<era>{_ERAS})|(?P<abbr>[{_ABBR}]))?\s?"
    rf"(?P<n>\d{{4}}|\d{{1,2}}|元)(?![\d,])" + _SUFFIX.format(name="s")
    + "(?:" + "|".join(YEAR_RANGE_END_WORDS) + ")?"   # "令和8年度から令和12年度まで"
)
_DATE_REST: Final = re.compile(
    r"(?:\s?\d{1,2}\s?月(?:\s?\d{1,2}\s?日)?(?:\s?\([月火水木金土日祝・]+\))?"
    r"|(?:\.\d{1,2}){1,2}(?![\d,]))(?:末|初め|初|時点|現在)*"
)
# An era year followed by a bare digit group (one closed by a year word, a bracket, a range sign
# or the end): two pieces of a cut token ("H2 7", "(H3 0)"), a year of neither reading.
_CUT_TAIL: Final = re.compile(rf"\s+(?P<rest>\d{{1,2}})(?=\s?(?:年|[)）{RANGE_CHARS}\-–—]|$))")
_DATE_BASIS: Final = YEAR_SUFFIX_BASIS["年"]
_PAIR_OPEN: Final = re.compile(r"\s?\(")
_PAIR_CLOSE: Final = re.compile(r"\s?\)")
_PAIR_SUFFIX: Final = re.compile(r"\s?(年度|年)(?!間)")


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


def _atom_from_match(m: re.Match[str]) -> _Atom | None:
    """Given an _ATOM match, return the year it denotes, or None if implausible."""
    if m.group("w"):
        year = int(m.group("w"))
        if not WESTERN_YEAR_MIN <= year <= WESTERN_YEAR_MAX:
            return None
        return _Atom(year, _basis(m.group("ws")), None, m.start(), m.end())
    era = m.group("era") or ERA_ABBREVIATIONS[m.group("abbr")]
    year_or_none = _era_year(era, m.group("en"))
    if year_or_none is None:
        return None
    return _Atom(year_or_none, _basis(m.group("es")), era, m.start(), m.end())


def _next_atom(text: str, pos: int) -> _Atom | None:
    """Given cleaned text, return the first plausible year atom at or after pos; None from a cut
    era year on (a later year would be read in its place)."""
    for m in _ATOM.finditer(text, pos):
        if m.group("en") and _CUT_TAIL.match(text, m.end("en")):
            return None
        atom = _atom_from_match(m)
        if atom is not None:
            return atom
    return None


def _tail_year(first: _Atom, m: re.Match[str]) -> int | None:
    """Given a range's first atom and its tail match, return the tail's year."""
    number = m.group("n")
    era = m.group("era") or (ERA_ABBREVIATIONS[m.group("abbr")] if m.group("abbr") else None)
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
    """Given a year read at ``start``, check a "(second form)" right after it."""
    end = start + len(first.text)
    opened = _PAIR_OPEN.match(text, end)
    if opened is None:
        return first
    second = _read_year(text, opened.end())
    if second is None or not text.startswith(second.text, opened.end()):
        return first
    closed = _PAIR_CLOSE.match(text, opened.end() + len(second.text))
    if closed is None:
        return first
    # 令和7(2025)年度: a suffix after the bracket is both forms' (neither states its own)
    suffix = _PAIR_SUFFIX.match(text, closed.end()) if first.basis is None and second.basis is None else None
    full = text[start:(suffix or closed).end()]
    basis = first.basis or second.basis or (_basis(suffix.group(1)) if suffix else None)
    if (first.start, first.end) == (second.start, second.end):
        return replace(first, basis=basis, text=full)
    conflict = f"{first.text} ({_span(first)}) != {second.text} ({_span(second)})"
    return replace(first, basis=basis, text=full, conflict=conflict)


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


def cut_era_year(text: str | None) -> str | None:
    """Why a text's era year is refused as a cut token ("H2 7": neither 平成2 nor 平成27), or None."""
    cleaned = clean_text(text or "")
    for m in _ATOM.finditer(cleaned):
        if m.group("en") and (tail := _CUT_TAIL.match(cleaned, m.end("en"))):
            return (f"{cleaned[m.start():m.end('en')]} is followed by a bare digit group {tail.group('rest')}: "
                    "a cut token, no year of that era")
    return None


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
