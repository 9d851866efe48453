"""Cell values: one number with its unit, scale, year annotation and qualifiers.

``parse_quantity`` never guesses: a cell with no number, several quantities
(3世帯9人), several numbers (2,590 2,600), a range or only a reference value
gives ``value=None`` and a ``missing_reason`` from ``MissingReason``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from typing import Final

from normalize.annotations import (
    Annotation,
    Split,
    qualifiers_in,
    read_annotation,
    split_annotations,
)
from normalize.missing import missing_marker, missing_word, states_no_value
from normalize.numbers import NumberMatch, find_numbers, has_digit
from normalize.quantity_parts import (
    is_embedded,
    is_label_unit,
    kanji_quantity,
    strip_footnotes,
    prefix_qualifiers,
    read_unit,
    strip_marked_years,
    trailing_qualifiers,
)
from normalize.text import clean_text, formula_operation
from normalize.units import hint_to_unit, is_known_unit, is_unit_list, normalize_unit, parse_unit, split_scale
from normalize.vocab import (
    UNIT_LABEL_WORDS,
    CLOSE_BRACKETS,
    COLUMN_UNITS,
    CONNECTOR_DASH_CHARS,
    DIFFERENCE_OPERATION,
    DASH_CHARS,
    ERA_LESS_YEAR_UNITS,
    KANJI_DIGITS,
    LEVEL_WORDS,
    MINUS_CHARS,
    MONTH_WORDS,
    OPEN_BRACKETS,
    PERIOD_TOTAL_PREFIX,
    UNIT_ONLY_PATTERN,
    PREFIX_QUALIFIERS,
    RANGE_CHARS,
    SCALE_WORDS,
    STRAY_AFTER_CHARS,
    SUFFIX_QUALIFIERS,
    MissingReason,
    Qualifier,
)
from normalize.years import MAX_MONTH, Year, cut_era_year, find_year

# The common shapes, read without the general machinery: "▲1,498千円 (R1)".
_SIMPLE: Final = re.compile(
    r"(?P<sign>[▲△▼▽\-−‐+]?)(?P<num>(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?)"
    r" ?(?P<scale>" + "|".join(sorted(SCALE_WORDS, key=len, reverse=True)) + r")?"
    r" ?(?P<unit>(?:[A-Za-z]+[0-9]*|[%/\u30a0-\u30ff\u4e00-\u9fff])*)"
    r"(?: ?\((?P<note>[^()]{1,16})\))?"
)
_RANGE_BETWEEN: Final = re.compile(rf"^ ?[{RANGE_CHARS}\-–—] ?$")
_LOOSE_DIGIT: Final = re.compile(r"(?<![A-Za-z0-9])[0-9]")
_SUFFIX_WORDS: Final = tuple(SUFFIX_QUALIFIERS)
_YEARISH: Final = re.compile(r"(?:19|20)[0-9]{2}")
_NOT_SCALE_AFTER: Final = ("対", "分の")
_STRAY_AFTER: Final = frozenset(STRAY_AFTER_CHARS)
_LEADING_ZERO: Final = re.compile(r"0[0-9]+")
_DATE_LIKE_UNITS: Final = MONTH_WORDS | ERA_LESS_YEAR_UNITS
CACHE_SIZE: Final = 1 << 17


@dataclass(frozen=True, slots=True)
class Quantity:
    """A cell read as a number; ``value`` is in base units with every scale applied."""

    value: float | None
    unit: str | None          # normalized base unit ("円", "人/年", "%", "m3"), no scale prefix
    scale: int                # factor applied to the written number; 1 when none
    year: Year | None         # from an annotation in the cell ("(R1)", "(2019年実績)")
    qualifiers: tuple[str, ...]   # Qualifier values, in reading order
    missing_reason: str | None    # MissingReason value when value is None
    raw: str                  # the text as given


@dataclass(frozen=True, slots=True)
class _Context:
    """What the annotations and the hint say about a cell's body."""

    raw: str
    hint_unit: str | None
    hint_scale: int
    year: Year | None
    qualifiers: tuple[str, ...]


def parse_quantity(text: str | None, unit_hint: str | None = None) -> Quantity:
    """Given a cell's text and the unit stated outside it, return the Quantity it holds."""
    return _parse(text or "", unit_hint or None)


_PERIOD_TOTAL = re.compile(PERIOD_TOTAL_PREFIX)
_UNIT_ONLY = re.compile(UNIT_ONLY_PATTERN)


@lru_cache(maxsize=CACHE_SIZE)
def _parse(raw: str, hint: str | None) -> Quantity:
    """Given a cell's text and hint, return its Quantity (cached: tables repeat cells)."""
    if formula_operation(raw) == DIFFERENCE_OPERATION:
        return Quantity(None, None, 1, None, (), MissingReason.QUALITATIVE.value, raw)  # (A)-(B) heads a column: no dash
    if _UNIT_ONLY.fullmatch(raw.strip()):
        unit, scale = parse_unit(raw)
        return Quantity(None, unit, scale, None, (), MissingReason.UNIT_ONLY.value, raw)
    period = _PERIOD_TOTAL.match(raw)
    if period is not None and period.end() < len(raw):
        inner = _parse(raw[period.end():], hint)
        total = Qualifier.TOTAL_OVER_PERIOD.value
        return replace(inner, raw=raw, qualifiers=inner.qualifiers + (total,) * (total not in inner.qualifiers))
    quantity = _parse_cell(raw, hint)
    if quantity.value is None and quantity.missing_reason != MissingReason.DASH.value and is_stacked_dash(raw):
        return replace(quantity, unit=None, scale=1, missing_reason=MissingReason.DASH.value)
    if quantity.year is not None and any(w in raw for w in LEVEL_WORDS):
        return replace(quantity, year=None, qualifiers=quantity.qualifiers + (Qualifier.LEVEL_OF_YEAR.value,))
    return quantity


STACKED_GLYPH_MAX_CHARS = 1  # a word on or over a dash's line in one cell that is no known unit is at most one glyph (月)
# the dashes that say none beside a unit: not those that write 一, lead dots or join a range, nor ー ending a word
_PLACEHOLDER_DASHES: Final = "".join(ch for ch in DASH_CHARS if ch not in CONNECTOR_DASH_CHARS + "ー")
_DASH_RE: Final = re.compile(f"[{re.escape(_PLACEHOLDER_DASHES)}]+")
_FRAMES: Final = dict.fromkeys(map(ord, OPEN_BRACKETS + CLOSE_BRACKETS + " "))


def is_stacked_dash(raw: str) -> bool:
    """True when a cell states no value on any of its lines: each a dash, or a unit (or a glyph)
    beside or over one (円 over －, － 円 over ( －%), otoineppu_kyuyo p2's form setting its units
    above its figures, read as one line too: 円－): a placeholder, as a lone dash is."""
    lines = [clean_text(line).translate(_FRAMES) for line in raw.splitlines() if line.strip()]
    if not lines or any(map(has_digit, lines)):
        return False
    words = [w for line in lines for w in _DASH_RE.split(line) if w]
    return any(_DASH_RE.search(line) for line in lines) and all(map(_is_unit_word, words))


def _is_unit_word(word: str) -> bool:
    unit = normalize_unit(word)
    return len(word) <= STACKED_GLYPH_MAX_CHARS or unit is not None and is_known_unit(unit)


def states_apart(raw: str) -> bool:
    """True when a cell's lines state a value and, on a line of its own, that there is none
    (調査なし / 2,777): two readings a layout set in one cell."""
    lines = [clean_text(line) for line in raw.splitlines() if line.strip()]
    return any(map(states_no_value, lines)) and any(map(has_digit, lines))


_CONNECTORS: Final = frozenset(CONNECTOR_DASH_CHARS)
_HYPHEN_MINUS: Final = frozenset(MINUS_CHARS) & frozenset(DASH_CHARS)  # "-", "−": a sign, or a dash saying none


def _states_none_apart(word: str) -> bool:
    return states_no_value(word) and not set(word) <= _CONNECTORS


def words_apart(raw: str) -> bool:
    """True when a line of the cell holds, set apart by a space, a word stating that there is no
    value (―, 調査なし) beside a number, or a hyphen before the number's digits (- 19,371千円): a
    neighbour's "no value" the layout set in this cell, or a sign spaced off its digits; which
    it is the text does not show (△ 5.2 is a sign whatever its spacing)."""
    for line in raw.splitlines():
        words = [w for w in map(clean_text, line.split()) if w]  # clean_text drops a space beside letters
        if len(words) > 1 and any(map(has_digit, words)) and any(map(_states_none_apart, words)):
            return True
        if any(set(a) <= _HYPHEN_MINUS and b[:1].isdigit() for a, b in zip(words, words[1:])):
            return True
    return False


def _parse_cell(raw: str, hint: str | None) -> Quantity:
    """Given a cell's text and hint, read it: fast paths first, then the general reader."""
    s = clean_text(raw)
    hint_unit, hint_scale = hint_to_unit(hint) if hint is not None else (None, 1)
    simple = _SIMPLE.fullmatch(s)   # plain numbers included: "1,234", "▲5"
    if simple is not None:
        quantity = _read_simple(simple, raw, hint_unit, hint_scale)
        if quantity is not None:
            return quantity
    reason = missing_marker(s)
    if reason is not None:
        return Quantity(None, hint_unit, hint_scale, None, (), reason, raw)
    marked = _marker_with_unit(s)
    if marked is not None:   # "－ 円", "x円": no value, in the unit the column's figures are written in
        reason, unit, scale = marked
        return Quantity(None, unit, scale, None, (), reason, raw)
    if ("\n" in raw and states_apart(raw)) or words_apart(raw):   # 調査なし over 2,777, ― 193: whose is which?
        return Quantity(None, hint_unit, hint_scale, None, (), MissingReason.AMBIGUOUS.value, raw)
    if cut_era_year(s):   # "63.3% (H3 0)": its year is neither H3 nor H30, nor the header's
        return Quantity(None, hint_unit, hint_scale, None, (), MissingReason.AMBIGUOUS.value, raw)
    split = split_annotations(s)
    for note in split.annotations:
        if hint is None and any(w in note.content for w in UNIT_LABEL_WORDS):   # "(単位:千円) 3,000"
            if is_unit_list(normalize_unit(note.content) or ""):
                return Quantity(None, None, 1, None, (), MissingReason.AMBIGUOUS.value, raw)
            hint = note.content
            hint_unit, hint_scale = hint_to_unit(hint)
    return _read_split(split, _context(raw, split, hint_unit, hint_scale), hint)


_MARKER_UNIT: Final = re.compile(r"(?P<marker>[^\s0-9]+?) ?(?P<unit>[^\s0-9]{1,3})")


def _marker_with_unit(s: str) -> tuple[str, str | None, int] | None:
    """Given cleaned text, the (reason, unit, scale) of a missing-value marker written with the
    unit the figures beside it carry (－ 円, x円, －千円); None for anything else. A numeral is no
    marker: 一人 is one person."""
    m = _MARKER_UNIT.fullmatch(s)
    if m is None or find_numbers(m["marker"]) or any(ch in KANJI_DIGITS for ch in m["marker"]):
        return None
    reason = missing_marker(m["marker"])
    unit = _simple_unit(m["unit"])
    if reason is None or unit is None or unit[0] is None:
        return None
    return reason, unit[0], unit[1]


def _read_simple(m: re.Match[str], raw: str, hint_unit: str | None,
                 hint_scale: int) -> Quantity | None:
    """Given a _SIMPLE match, return its Quantity, or None to take the general path."""
    sign, digits, scale_word, unit_text, note_text = m.groups()
    if unit_text:
        parts = _simple_unit(unit_text)
        if parts is None:
            return None
        if unit_text.startswith("年") and _YEARISH.fullmatch(digits):
            return None   # "2010年", "2020年度": a year, read by the general path
        base, unit_scale = parts
        if scale_word and unit_scale != 1:
            return None   # "3億万円": two scales, refused by the general path
        scale = (SCALE_WORDS[scale_word] if scale_word else 1) * unit_scale
    elif scale_word:
        base, scale = hint_unit, SCALE_WORDS[scale_word]
    else:
        base, scale = hint_unit, hint_scale
    if not note_text:
        return Quantity(_exact_float(sign, digits, scale), base, scale, None, (), None, raw)
    note = read_annotation(note_text)
    if note.rest:
        return None
    return Quantity(_exact_float(sign, digits, scale), base, scale, note.year,
                    note.qualifiers, None, raw)


@lru_cache(maxsize=4096)
def _simple_unit(unit_text: str) -> tuple[str | None, int] | None:
    """Given the unit of a _SIMPLE match, return (base unit, prefix scale), or None when
    the general path must read it (qualifier words, labels, months, era-less years)."""
    if (unit_text.endswith(_SUFFIX_WORDS) or unit_text[1:].startswith("%")
            or (unit_text[0] == "%" and unit_text != "%") or unit_text.startswith(_NOT_SCALE_AFTER)
            or is_label_unit(unit_text) or unit_text in _DATE_LIKE_UNITS):
        return None
    return _unit_parts(unit_text)


_EXPONENTS: Final = {10**k: f"e{k}" for k in range(19)}


def _exact_float(sign: str, digits: str, scale: int) -> float:
    """Given a sign, written digits ("1,234.5") and a power-of-ten scale, return the value.

    float() of the decimal string is correctly rounded, so "1.1" with scale 1000 is
    exactly 1100.0 (1.1 * 1000 in floats is 1100.0000000000002); same result as Decimal.
    """
    text = digits.replace(",", "") if "," in digits else digits
    exponent = _EXPONENTS.get(scale)
    value = float(text + exponent) if exponent is not None else float(Decimal(text) * scale)
    if value == 0:
        return 0.0
    return -value if sign and sign != "+" else value


@lru_cache(maxsize=4096)
def _unit_parts(unit_text: str) -> tuple[str | None, int]:
    """Given a unit written in a cell, return (normalized base unit, prefix scale)."""
    unit = normalize_unit(unit_text)
    if unit is None:
        return None, 1
    base, scale = split_scale(unit)
    return normalize_unit(base), scale


def _to_float(value: Decimal) -> float:
    return 0.0 if value == 0 else float(value)


def _context(raw: str, split: Split, unit: str | None, scale: int) -> _Context:
    years = [a.year for a in split.annotations if a.year is not None]
    quals = [q for a in split.annotations for q in a.qualifiers]
    return _Context(raw, unit, scale, years[0] if years else None, tuple(quals))


def _missing(ctx: _Context, reason: str, unit: str | None = None,
             extra: tuple[str, ...] = ()) -> Quantity:
    quals = tuple(dict.fromkeys(ctx.qualifiers + extra))
    return Quantity(None, unit or ctx.hint_unit, ctx.hint_scale, ctx.year, quals, reason, ctx.raw)


def _read_split(split: Split, ctx: _Context, hint: str | None) -> Quantity:
    """Given a cell cut into body and annotations, read the body's number."""
    body, body_year, years_differ = strip_marked_years(strip_footnotes(split.body))
    if body_year is not None:
        whole = find_year(clean_text(ctx.raw))   # a pair "2015年 (H27年度)" spans both
        # …that holds the year the body marks: not a bare value before it (1902人（平成30(2018)年度）)
        ctx = replace(ctx, year=whole[0] if whole and body_year.text in whole[0].text else body_year)
    numbers = find_numbers(body)
    if not numbers:
        return _no_number(body, split, ctx, hint)
    if years_differ:
        return _missing(ctx, MissingReason.AMBIGUOUS.value)   # "H25 H26 360": whose year?
    if len(numbers) > 1:
        return _several(body, numbers, ctx)
    return _one(body, numbers[0], split, ctx)


def _one(body: str, num: NumberMatch, split: Split, ctx: _Context) -> Quantity:
    """Given a body with exactly one number, return its Quantity."""
    unit_text, suffix_quals, end = read_unit(body, num.end, len(body))
    if _LOOSE_DIGIT.search(body[:num.start] + " " + body[end:]):
        return _missing(ctx, MissingReason.AMBIGUOUS.value)   # "1 ,000": digits left over
    if _is_date_label(num, unit_text):
        return _missing(ctx, MissingReason.NO_VALUE.value)   # "29年度" (era not written), "4月"
    if is_embedded(body, num.start, unit_text, end):
        return _missing(ctx, MissingReason.QUALITATIVE.value)
    refused = _refusal(body, num, unit_text, end)
    if refused is not None:
        return _missing(ctx, refused)
    if not unit_text:
        leading = _leading_unit(body[:num.start])
        if leading is None:
            return _missing(ctx, MissingReason.AMBIGUOUS.value)   # "千\n1": a cut unit
        unit_text = leading
    quals = ctx.qualifiers + prefix_qualifiers(body[:num.start]) + suffix_quals
    quals += qualifiers_in(body[:num.start])[0] + trailing_qualifiers(body[end:])[0]
    if _has_secondary(split.annotations):
        quals += (Qualifier.SECONDARY_VALUE.value,)
    unit, scale, value = _apply_unit(unit_text, num, ctx)
    return Quantity(_to_float(value), unit, scale, ctx.year,
                    tuple(dict.fromkeys(quals)), None, ctx.raw)


def _is_date_label(num: NumberMatch, unit_text: str) -> bool:
    """Given a number and its unit, say whether they name a month or an era-less year."""
    if unit_text not in _DATE_LIKE_UNITS or num.has_scale or num.value != num.value.to_integral_value():
        return False
    return unit_text in ERA_LESS_YEAR_UNITS or 1 <= num.value <= MAX_MONTH


def _refusal(body: str, num: NumberMatch, unit_text: str, end: int) -> str | None:
    """Given a body's one number and its unit, return why it is not a value, or None."""
    if unit_text and num.has_scale and _unit_parts(unit_text)[1] != 1:
        return MissingReason.AMBIGUOUS.value   # "3億万円": two scales
    rest = trailing_qualifiers(body[end:])[1]
    if any(ch in _STRAY_AFTER for ch in rest):
        return MissingReason.AMBIGUOUS.value   # "379 △", "- 2 -", "12,"
    before, after = body[:num.start].rstrip()[-1:], body[end:].lstrip()[:1]
    if (before != "" and before in OPEN_BRACKETS) != (after != "" and after in CLOSE_BRACKETS):
        return MissingReason.AMBIGUOUS.value   # "(2", "5.7%)": halves of a cut "(25.7%)"
    if _LEADING_ZERO.fullmatch(body, num.start, num.end):
        return MissingReason.QUALITATIVE.value   # "明細書09", "01": a code
    return None


def _leading_unit(prefix: str) -> str | None:
    """Given the text before a unit-less number, return a unit stated there ("" if none).

    "千円\n48,352,400", "%\n24.6": a column's unit cell merged with its first value
    (realdocs fuji_r7_yosansho_gaiyo, otoineppu_kyuyo_teiin_r7).  None for a bare
    scale word ("千\n1"), whose unit was cut off.
    """
    word = prefix.strip()
    if not word or word in PREFIX_QUALIFIERS:
        return ""
    base, _ = split_scale(normalize_unit(word) or "")
    if base is None:
        return None
    return word if normalize_unit(base) in COLUMN_UNITS else ""


def _apply_unit(unit_text: str, num: NumberMatch, ctx: _Context) -> tuple[str | None, int, Decimal]:
    """Given the unit written after a number, return (base unit, scale, value)."""
    if unit_text:
        base, unit_scale = _unit_parts(unit_text)
        if base is not None or unit_scale != 1:
            return base, num.scale * unit_scale, num.value * unit_scale
    if num.has_scale:
        return ctx.hint_unit, num.scale, num.value
    return ctx.hint_unit, ctx.hint_scale, num.value * ctx.hint_scale


def _has_secondary(annotations: tuple[Annotation, ...]) -> bool:
    """Given a cell's annotations, say whether one holds a number beyond a year."""
    return any(has_digit(a.rest) and missing_marker(a.rest) is None for a in annotations)


def _several(body: str, numbers: list[NumberMatch], ctx: _Context) -> Quantity:
    """Given a body with several numbers, return why there is no single value."""
    if len(numbers) == 2 and _RANGE_BETWEEN.match(body[numbers[0].end:numbers[1].start]):
        return _missing(ctx, MissingReason.AMBIGUOUS.value)
    bounds = [n.start for n in numbers[1:]] + [len(body)]
    units = [read_unit(body, n.end, nxt)[0] for n, nxt in zip(numbers, bounds)]
    named = {normalize_unit(u) for u in units if u}
    if len([u for u in units if u]) >= 2 and len(named) >= 2:
        return _missing(ctx, MissingReason.COMPOUND.value)
    common = named.pop() if len(named) == 1 else None
    if common in ERA_LESS_YEAR_UNITS:
        return _missing(ctx, MissingReason.NO_VALUE.value)   # "8年度から12年度まで"
    if common is not None and is_label_unit(common):
        common = None   # "1 入湯税 ... 9,404": a label, not a unit
    return _missing(ctx, MissingReason.AMBIGUOUS.value, split_scale(common)[0] if common else None)


def _no_number(body: str, split: Split, ctx: _Context, hint: str | None) -> Quantity:
    """Given a body without digits, read 漢数字, a bracketed value or a marker."""
    kanji = kanji_quantity(body)
    if kanji is not None:
        value, scale, unit_text, quals = kanji
        num = NumberMatch(Decimal(value), scale, 0, 0, scale > 1)
        unit, scale_out, val = _apply_unit(unit_text, num, ctx)
        return Quantity(_to_float(val), unit, scale_out, ctx.year,
                        tuple(dict.fromkeys(ctx.qualifiers + quals)), None, ctx.raw)
    if _LOOSE_DIGIT.search(body):
        return _missing(ctx, MissingReason.AMBIGUOUS.value)   # "12,34": digits we cannot read
    valued = [a for a in split.annotations if has_digit(a.rest)]
    # only a blank body lets the bracket be the value: "－( 0.0％)" is a dash with a
    # side note (realdocs otoineppu_kyuyo_teiin_r7), "(79.12歳)" is the value itself
    if len(valued) == 1 and missing_marker(body) == MissingReason.EMPTY.value:
        return _bracketed_value(valued[0], ctx, hint)
    return _missing(ctx, _reason_without_number(body, split, clean_text(ctx.raw)), _percent_unit(body))


def _bracketed_value(annotation: Annotation, ctx: _Context, hint: str | None) -> Quantity:
    """Given the one bracket holding a number ("(79.12歳)", "(参考※R4 35.5%)"), read it."""
    inner = _parse_cell(annotation.content, hint)
    year = ctx.year or inner.year
    if Qualifier.REFERENCE.value in inner.qualifiers + ctx.qualifiers:
        quals = tuple(dict.fromkeys(ctx.qualifiers + inner.qualifiers))
        return Quantity(None, inner.unit, inner.scale, year, quals,
                        MissingReason.REFERENCE.value, ctx.raw)
    if inner.value is None:
        return replace(inner, raw=ctx.raw, year=year)
    quals = tuple(dict.fromkeys(ctx.qualifiers + inner.qualifiers
                                + (Qualifier.PARENTHESIZED.value,)))
    return replace(inner, raw=ctx.raw, year=year, qualifiers=quals)


def _reason_without_number(body: str, split: Split, raw: str) -> str:
    """Given a body without a number, return the most specific missing reason."""
    for annotation in split.annotations:
        inner = missing_marker(annotation.content) or missing_word(annotation.content)
        if inner is not None and inner != MissingReason.EMPTY.value:
            return inner
    marker = missing_marker(body)
    if marker == MissingReason.EMPTY.value and (split.annotations or has_digit(raw)):
        return MissingReason.NO_VALUE.value
    return marker or missing_word(body) or MissingReason.QUALITATIVE.value


def _percent_unit(body: str) -> str | None:
    """Given a qualitative body ("... を下回る %"), return "%" if it names the unit."""
    return "%" if body.rstrip().endswith("%") else None
