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
from normalize.missing import missing_marker, missing_word
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
from normalize.text import clean_text
from normalize.units import hint_to_unit, normalize_unit, split_scale
from normalize.vocab import (
    LEVEL_WORDS,
    PERIOD_TOTAL_PREFIX,
    RANGE_CHARS,
    SCALE_WORDS,
    SUFFIX_QUALIFIERS,
    MissingReason,
    Qualifier,
)
from normalize.years import Year, find_year

_PLAIN: Final = re.compile(
    r"([▲△▼▽\-−‐+]?)((?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?)"
)
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
    raw = text or ""
    period = _PERIOD_TOTAL.match(raw)
    if period is not None and period.end() < len(raw):
        inner = parse_quantity(raw[period.end():], unit_hint)
        total = Qualifier.TOTAL_OVER_PERIOD.value
        return replace(inner, raw=raw, qualifiers=inner.qualifiers + (total,) * (total not in inner.qualifiers))
    quantity = _parse(raw, unit_hint or None)
    if quantity.year is not None and any(w in quantity.raw for w in LEVEL_WORDS):
        return replace(quantity, year=None, qualifiers=quantity.qualifiers + (Qualifier.LEVEL_OF_YEAR.value,))
    return quantity


_PERIOD_TOTAL = re.compile(PERIOD_TOTAL_PREFIX)


@lru_cache(maxsize=CACHE_SIZE)
def _parse(raw: str, hint: str | None) -> Quantity:
    s = clean_text(raw)
    hint_unit, hint_scale = hint_to_unit(hint)
    plain = _PLAIN.fullmatch(s)
    if plain is not None:
        value = Decimal(plain.group(2).replace(",", "")) * hint_scale
        negative = plain.group(1) not in ("", "+")
        return Quantity(_to_float(-value if negative else value), hint_unit,
                        hint_scale, None, (), None, raw)
    simple = _SIMPLE.fullmatch(s)
    if simple is not None:
        quantity = _read_simple(simple, raw, hint_unit, hint_scale)
        if quantity is not None:
            return quantity
    reason = missing_marker(s)
    if reason is not None:
        return Quantity(None, hint_unit, hint_scale, None, (), reason, raw)
    split = split_annotations(s)
    for note in split.annotations:
        if hint is None and "単位" in note.content:   # "(単位:千円) 3,000"
            hint = note.content
            hint_unit, hint_scale = hint_to_unit(hint)
    return _read_split(split, _context(raw, split, hint_unit, hint_scale), hint)


def _read_simple(m: re.Match[str], raw: str, hint_unit: str | None,
                 hint_scale: int) -> Quantity | None:
    """Given a _SIMPLE match, return its Quantity, or None to take the general path."""
    sign, digits, scale_word, unit_text, note_text = m.groups()
    if unit_text and (unit_text.endswith(_SUFFIX_WORDS) or unit_text[1:].startswith("%")
                      or (unit_text[0] == "%" and unit_text != "%") or unit_text.startswith(_NOT_SCALE_AFTER)
                      or is_label_unit(unit_text)):
        return None
    if unit_text.startswith("年") and _YEARISH.fullmatch(digits):
        return None   # "2010年", "2020年度": a year, read by the general path
    note = read_annotation(note_text) if note_text else None
    if note is not None and note.rest:
        return None
    number = Decimal(digits.replace(",", "") if "," in digits else digits)
    if sign and sign != "+":
        number = -number
    if unit_text:
        base, unit_scale = _unit_parts(unit_text)
        scale = (SCALE_WORDS[scale_word] if scale_word else 1) * unit_scale
    elif scale_word:
        base, scale = hint_unit, SCALE_WORDS[scale_word]
    else:
        base, scale = hint_unit, hint_scale
    return Quantity(_to_float(number * scale), base, scale, note.year if note else None,
                    note.qualifiers if note else (), None, raw)


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
    body, body_year = strip_marked_years(strip_footnotes(split.body))
    if body_year is not None:
        whole = find_year(clean_text(ctx.raw))   # a pair "2015年 (H27年度)" spans both
        ctx = replace(ctx, year=whole[0] if whole else body_year)
    numbers = find_numbers(body)
    if not numbers:
        return _no_number(body, split, ctx, hint)
    if len(numbers) > 1:
        return _several(body, numbers, ctx)
    return _one(body, numbers[0], split, ctx)


def _one(body: str, num: NumberMatch, split: Split, ctx: _Context) -> Quantity:
    """Given a body with exactly one number, return its Quantity."""
    unit_text, suffix_quals, end = read_unit(body, num.end, len(body))
    if _LOOSE_DIGIT.search(body[:num.start] + " " + body[end:]):
        return _missing(ctx, MissingReason.AMBIGUOUS.value)   # "1 ,000": digits left over
    if is_embedded(body, num.start, unit_text, end):
        return _missing(ctx, MissingReason.QUALITATIVE.value)
    quals = ctx.qualifiers + prefix_qualifiers(body[:num.start]) + suffix_quals
    quals += qualifiers_in(body[:num.start])[0] + trailing_qualifiers(body[end:])[0]
    if _has_secondary(split.annotations):
        quals += (Qualifier.SECONDARY_VALUE.value,)
    unit, scale, value = _apply_unit(unit_text, num, ctx)
    return Quantity(_to_float(value), unit, scale, ctx.year,
                    tuple(dict.fromkeys(quals)), None, ctx.raw)


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
    if len(valued) == 1 and not has_digit(body) and missing_marker(body) is not None:
        return _bracketed_value(valued[0], ctx, hint)
    return _missing(ctx, _reason_without_number(body, split, clean_text(ctx.raw)), _percent_unit(body))


def _bracketed_value(annotation: Annotation, ctx: _Context, hint: str | None) -> Quantity:
    """Given the one bracket holding a number ("(79.12歳)", "(参考※R4 35.5%)"), read it."""
    inner = _parse(annotation.content, hint)
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
