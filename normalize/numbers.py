"""Numbers in cleaned cell text: signs, commas, decimals, scale words, 漢数字.

``find_numbers`` reads every numeric expression in a cleaned string, so the
caller can tell one number from several.  Scale words are applied here:
"11億7,547万" is one expression worth 1,175,470,000 with scale 10**4 (the
smallest scale word used: the value is a count of that unit).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Final

from normalize.vocab import (
    KANJI_DIGITS,
    KANJI_GROUP_SCALES,
    KANJI_MULTIPLIERS,
    KNOWN_UNITS,
    MINUS_CHARS,
    PLUS_CHARS,
    SCALE_WORDS,
)

# Shapes of a number written on its own, shared by the readers that rejoin a number a layout
# cut over lines (2,60 / 0 is 2,600; 1.4 / 3 is no proof).
GROUPED_NUMBER_RE: Final = re.compile(r"^[△▲+\-−]?\d{1,3}(,\d{3})+(\.\d+)?(?![\d,.])")  # 2,600 / 1,234,567.5千円
WHOLE_NUMBER_RE: Final = re.compile(r"^[△▲+\-−]?(\d{1,3}(,\d{3})*|\d+)(\.\d+)?$")  # complete by itself
ZERO_GROUP_HEAD_RE: Final = re.compile(r"^0,\d{3}")  # a zero group opening digit groups (0,041): the tail of a cut number

_SPACED_DIGITS: Final = re.compile(r"[0-9][0-9,]*(?:\s+[0-9,]+)+")


def join_spaced_number(text: str) -> str:
    """The text, a number the layout broke with spaces (６ ２，３７１，６ ２９円, ７５ ，９７０) written
    whole: joined only where its digit groups prove it — the whole is one grouped number and
    some piece is no number by itself (2,371,6 or 18,); 2 1,000 stays two numbers."""
    def mend(m: re.Match[str]) -> str:
        pieces = m.group(0).split()
        return "".join(pieces) if groups_prove_cut(pieces) else m.group(0)
    return _SPACED_DIGITS.sub(mend, text)


def groups_prove_cut(pieces: Sequence[str], last_runs_on: bool = False) -> bool:
    """True when pieces written apart are one number a layout cut: joined, they are one grouped
    number (2,371,629), and some piece is no number by itself (2,371,6 or 18,; a piece after the
    first opening with a zero group, △6 over 0,041: no grouped number opens so), so 2 1,000 stays
    two. With last_runs_on, the last piece may carry more after the digits (2,60 over 0円)."""
    joined = "".join(pieces)
    grouped = GROUPED_NUMBER_RE.match(joined)
    if grouped is None or not last_runs_on and grouped.end() != len(joined):
        return False
    checked = pieces[:-1] if last_runs_on else pieces
    return not all(WHOLE_NUMBER_RE.match(p) or GROUPED_NUMBER_RE.match(p) for p in checked) or \
        any(ZERO_GROUP_HEAD_RE.match(p) for p in pieces[1:])


_NUM: Final = re.compile(
    r"(?<![A-Za-z0-9.,])(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?(?![0-9]|,[0-9]|\.[0-9])"
    r"|(?<![A-Za-z0-9.,])\.[0-9]+(?![0-9])"
)
_SCALE: Final = re.compile(r" ?(" + "|".join(sorted(SCALE_WORDS, key=len, reverse=True)) + ")")
_SIGN: Final = re.compile(rf"([{re.escape(MINUS_CHARS + PLUS_CHARS)}]|マイナス) ?$")
_SIGN_CONTEXT: Final = re.compile(r"(?:^|[\s(:：、,/\u3040-\u30ff\u4e00-\u9fff])$")
_DIGIT: Final = re.compile(r"[0-9]")
_KANJI_NUMBER: Final = re.compile(
    "[" + "".join(KANJI_DIGITS) + "".join(KANJI_MULTIPLIERS) + "".join(KANJI_GROUP_SCALES) + "]+"
)
_NOT_SCALE_AFTER: Final = ("対", "分の")


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """One numeric expression found in a cleaned string."""

    value: Decimal   # exact, sign and scale words applied
    scale: int       # smallest scale word applied; 1 when none
    start: int       # span in the cleaned text, sign included
    end: int         # just after the last digit or scale word
    has_scale: bool  # a scale word (千, 万, 億 ...) was written


def _decimal(number: str) -> Decimal:
    return Decimal(number.replace(",", ""))


def _sign_start(text: str, start: int) -> tuple[int, int]:
    """Given where digits start, return (start including any sign, +1 or -1)."""
    m = _SIGN.search(text, 0, start)
    if m is None or not _SIGN_CONTEXT.search(text, 0, m.start()):
        return start, 1
    if m.group(1) in PLUS_CHARS:
        return m.start(), 1
    return m.start(), -1


def _scale_at(text: str, pos: int) -> tuple[int, int] | None:
    """Given a position after digits, return (scale, end) of a scale word there."""
    m = _SCALE.match(text, pos)
    if m is None or text.startswith(_NOT_SCALE_AFTER, m.end()):
        return None
    return SCALE_WORDS[m.group(1)], m.end()


def _read_groups(text: str, first: re.Match[str]) -> tuple[Decimal, int, int, bool]:
    """Given the first digits, read "11億7,547万" groups: (value, scale, end, scaled)."""
    total, end = _decimal(first.group()), first.end()
    found = _scale_at(text, end)
    if found is None:
        return total, 1, end, False
    scale, end = found
    total *= scale
    while True:
        nxt = _NUM.match(text, end)
        if nxt is None:
            return total, scale, end, True
        after = _scale_at(text, nxt.end())
        if after is None:
            if "." in nxt.group():
                return total, scale, end, True
            return total + _decimal(nxt.group()), 1, nxt.end(), True
        if after[0] >= scale:
            return total, scale, end, True
        total += _decimal(nxt.group()) * after[0]
        scale, end = after


def find_numbers(text: str) -> list[NumberMatch]:
    """Given cleaned text, return every numeric expression in reading order."""
    found: list[NumberMatch] = []
    pos = 0
    while True:
        m = _NUM.search(text, pos)
        if m is None:
            return found
        start, sign = _sign_start(text, m.start())
        value, scale, end, scaled = _read_groups(text, m)
        found.append(NumberMatch(value * sign, scale, start, end, scaled))
        pos = end


def continues_below_scale(head: str, tail: str) -> bool:
    """True when cleaned tail's digits go on with the number cleaned head ends with at a scale word,
    as its next lower groups (10億 then 4,854万: one amount, 10億4,854万, however far apart a layout
    sets them): run together they read as one number reaching into tail, where 10億 | 5億 read as
    two and 12 | 345 end no scale word."""
    numbers = find_numbers(head)
    if not numbers or not numbers[-1].has_scale or numbers[-1].end != len(head):
        return False
    joined = find_numbers(head + tail)
    return len(joined) == len(numbers) and joined[-1].end > len(head)


MAX_UNIT_CHARS: Final = 3  # a value is followed by at most this many unit characters (万円, 千円, 人/年)
VALUE_RUN_CACHE_SIZE: Final = 4096  # texts whose value_run is kept: row readers ask for most several times


@lru_cache(maxsize=VALUE_RUN_CACHE_SIZE)
def value_run(text: str) -> int:
    """How many values the text holds side by side and nothing else: 1,042 is one; 9億952万円13億4,022万円
    ▲4億3,070万円 is three, 2022 2021 two; a text with words between its numbers
    (年3人（5年間で15人）, R3年度 予算) is 0. Text is cleaned (NFKC)."""
    compact = "|".join(text.split())  # a space parts two numbers and is no unit
    numbers = find_numbers(compact)
    if not numbers or numbers[0].start != 0:
        return 0
    ends = [n.end for n in numbers]
    starts = [n.start for n in numbers[1:]] + [len(compact)]
    if not all(_is_unit(compact[a:b]) for a, b in zip(ends, starts)):
        return 0
    return len(numbers)


def _is_unit(text: str) -> bool:
    """True for what may follow a value before the next: a unit of letters, % and / (円, 千円, %,
    件/年) up to MAX_UNIT_CHARS, spaces (|) and the next value's sign; no digit, no bracket
    (3件 (5年間の合計) reads on); a known unit spelled with a digit (t-CO2, m2, km2) is one whatever its length:
    35839t-CO2 over 38408t-CO2 are two values, two rows of a card (corpus seed 786 kpi_cards in typst_borderless)."""
    unit = "".join(ch for ch in text if ch != "|" and ch not in MINUS_CHARS and ch not in PLUS_CHARS)
    if unit in KNOWN_UNITS and any(ch.isdigit() for ch in unit):
        return True
    return len(unit) <= MAX_UNIT_CHARS and all(ch in "%/" or unicodedata.category(ch).startswith("L") for ch in unit)


def has_digit(text: str) -> bool:
    return _DIGIT.search(text) is not None


def _kanji_group(run: str) -> int | None:
    """Given a kanji run below 一万 ("三千五百"), return its value."""
    total, digit = 0, None
    for ch in run:
        if ch in KANJI_DIGITS:
            if digit is not None:
                return None  # "二三" is not a number
            digit = KANJI_DIGITS[ch]
        else:
            total += (1 if digit is None else digit) * KANJI_MULTIPLIERS[ch]
            digit = None
    return total + (digit or 0)


def parse_kanji_number(run: str) -> tuple[int, int] | None:
    """Given a 漢数字 run ("三千五百万"), return (value, smallest scale word), or None."""
    if not run or _KANJI_NUMBER.fullmatch(run) is None:
        return None
    total, scale, group = 0, 1, ""
    for ch in run:
        if ch in KANJI_GROUP_SCALES:
            value = _kanji_group(group) if group else None
            if value is None:
                return None
            total += value * KANJI_GROUP_SCALES[ch]
            scale, group = KANJI_GROUP_SCALES[ch], ""
        else:
            group += ch
    if group:
        rest = _kanji_group(group)
        if rest is None:
            return None
        total, scale = total + rest, 1
    return total, scale


def kanji_prefix(text: str) -> str:
    """Given text, return the leading run of 漢数字 characters."""
    m = _KANJI_NUMBER.match(text)
    return m.group() if m else ""
