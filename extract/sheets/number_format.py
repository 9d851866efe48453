"""A spreadsheet number as its cell shows it: the cell's number format applied to the stored value.

A workbook stores 4151 and shows 4,151億円 (#,##0"億円"), stores -182 and shows ▲182
(#,##0;"▲"#,##0), stores 0.234 and shows 23.4% (0.0%), stores 12.345 and shows 12.3 (0.0), stores
681185000 and shows 681,185 (#,##0, — each trailing comma divides by a thousand). A reader reads
what is shown, so the units and scale a format adds are part of the value. Formats this module
does not follow (dates, scientific, conditions, digits split by literals) give None: the caller
writes the plain value.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

DIGIT_PLACEHOLDERS = frozenset("0#?")
THOUSAND = 1000  # a comma after the last digit placeholder divides the shown number by this
DATE_CODES = frozenset("yYmMdDhHsSegGbB")  # year, month, day, hour, second, era codes: a date format
PERCENT = 100  # an unquoted % multiplies the shown number by this
GENERAL_FORMATS = frozenset({"", "general", "@"})


@dataclass(frozen=True, slots=True)
class Section:
    """One section of a number format (positive;negative;zero): its literal text around the digits."""

    prefix: str
    suffix: str
    decimals: int  # digit placeholders after the decimal point
    grouped: bool  # a comma between digit placeholders: thousands separators
    thousands: int  # commas right after the last digit placeholder (the number ÷ 1000 each)
    percent: bool
    has_digits: bool  # a section of literals only (a zero shown as "-") has none


def split_sections(fmt: str) -> list[str]:
    """The format's sections, split at semicolons outside quotes, brackets and escapes."""
    sections, current, i = [], "", 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == '"':
            end = fmt.find('"', i + 1)
            end = len(fmt) - 1 if end < 0 else end
            current, i = current + fmt[i:end + 1], end + 1
            continue
        if ch in "\\_*" and i + 1 < len(fmt):
            current, i = current + fmt[i:i + 2], i + 2
            continue
        if ch == "[":
            end = fmt.find("]", i)
            end = len(fmt) - 1 if end < 0 else end
            current, i = current + fmt[i:end + 1], end + 1
            continue
        if ch == ";":
            sections.append(current)
            current = ""
        else:
            current += ch
        i += 1
    return sections + [current]


def parse_section(section: str) -> Section | None:
    """A section's parts, or None when it is not a plain number with literals around it."""
    prefix, suffix, decimals = "", "", 0
    grouped = percent = False
    thousands, state = 0, "before"  # before | int | frac | after
    i = 0
    while i < len(section):
        ch = section[i]
        literal, step = None, 1
        if ch == '"':
            end = section.find('"', i + 1)
            end = len(section) if end < 0 else end
            literal, step = section[i + 1:end], end + 1 - i
        elif ch == "\\" and i + 1 < len(section):
            literal, step = section[i + 1], 2
        elif ch in "_*" and i + 1 < len(section):
            literal, step = ("" if ch == "*" else " "), 2
        elif ch == "[":
            end = section.find("]", i)
            if end < 0 or section[i + 1:i + 2] in ("<", ">", "="):
                return None  # a condition: not followed
            literal, step = "", end + 1 - i
        elif ch in DIGIT_PLACEHOLDERS:
            if state == "after":
                return None  # digits split by a literal (000-0000)
            if state == "before":
                state = "int"
            if thousands:  # a comma between placeholders separates thousands
                grouped, thousands = True, 0
            decimals += state == "frac"
        elif ch == "." and state in ("before", "int"):
            state = "frac"
        elif ch == "," and state == "int":
            thousands += 1
        elif ch == "%":
            percent, literal = True, "%"
        elif ch in DATE_CODES or ch in "Ee@":
            return None
        else:
            literal = ch
        if literal is not None:
            if state in ("int", "frac"):
                state = "after"
            if state == "before":
                prefix += literal
            else:
                suffix += literal
        i += step
    return Section(prefix, suffix, decimals, grouped, thousands, percent, state != "before")


def format_number(value: float, fmt: str) -> str | None:
    """The number as a cell with this format shows it, or None for a format not followed."""
    if fmt.strip().lower() in GENERAL_FORMATS:
        return None
    texts = split_sections(fmt)
    parsed = [parse_section(t) for t in texts]
    if any(p is None for p in parsed):
        return None
    sections = [p for p in parsed if p is not None]
    if value == 0 and len(sections) >= 3:
        section, sign = sections[2], ""
    elif value < 0 and len(sections) >= 2:
        section, sign = sections[1], ""
    else:
        section, sign = sections[0], "-" if value < 0 else ""
    if not section.has_digits:
        return section.prefix + section.suffix
    return sign + section.prefix + _digits(abs(value), section) + section.suffix


def _digits(number: float, section: Section) -> str:
    scaled = Decimal(repr(number)) * (PERCENT if section.percent else 1) / (Decimal(THOUSAND) ** section.thousands)
    shown = scaled.quantize(Decimal(1).scaleb(-section.decimals), rounding=ROUND_HALF_UP)
    whole, _, frac = f"{shown:f}".partition(".")
    if section.grouped:
        whole = f"{int(whole):,}"
    return whole + ("." + frac if frac else "")
