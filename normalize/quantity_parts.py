"""Pieces of a cell around its number: the unit after it, words before it, 漢数字.

Split from ``quantity`` to keep each module small; these are the string-level
readers, ``quantity`` decides what the pieces mean together.
"""

from __future__ import annotations

import re
from typing import Final

from normalize.annotations import qualifiers_in
from normalize.numbers import kanji_prefix, parse_kanji_number
from normalize.units import cut_at_prose, is_known_unit, normalize_unit
from normalize.vocab import (
    KANJI_NUMBER_COUNTERS,
    LABEL_PREFIXES,
    NOTE_MARK_CHARS,
    NOTE_MARK_PATTERN,
    NOTE_WORD,
    ORDINAL_UNITS,
    PREFIX_QUALIFIERS,
    SUFFIX_QUALIFIERS,
    TRAILING_WORDS,
    UNIT_STOP_CHARS,
)
from normalize.years import Year, find_year

_UNIT_RUN: Final = re.compile(
    "[^" + re.escape(UNIT_STOP_CHARS) + r"0-9.\-‐][^" + re.escape(UNIT_STOP_CHARS) + "]*"
)
_FOOTNOTE: Final = re.compile(NOTE_MARK_PATTERN + r"[0-9]+(?![0-9]|[,.][0-9])")
_LABEL_BEFORE: Final = re.compile(
    r"(?:第|(?:^|[\s(:：、,])(?:" + "|".join(re.escape(w) for w in LABEL_PREFIXES) + r")"
    r"|[・…‥]{2,}|\.{3,}) ?$"   # "第2期", "表 8"; "概要 ・・・・ 2": a contents page number
)
_WORDY: Final = re.compile(r"[A-Za-z\u3041-\u30ff\u3400-\u9fff]")
# Unknown words longer than this after a number are labels: "1 市税", "2 手数料",
# "20,000 転出数", "９ 改" (realdocs fuji_r7_yosansho_gaiyo, kobe_jinko_no_ugoki_h26,
# otoineppu_kouhou_2021-03); a unit must be in KNOWN_UNITS.
MAX_FREE_UNIT_CHARS: Final = 0
_PREFIXES: Final = tuple(sorted(PREFIX_QUALIFIERS, key=len, reverse=True))
_SUFFIXES: Final = tuple(sorted(SUFFIX_QUALIFIERS, key=len, reverse=True))
_BARE_YEAR: Final = re.compile(r"[0-9~〜∼\-–—]+")


def _strip_suffixes(unit: str) -> tuple[str, tuple[str, ...]]:
    """Given a unit run, return (unit without trailing 以上/累計..., their qualifiers)."""
    return _peel_qualifier_words(unit, from_end=True)


def read_unit(body: str, pos: int, limit: int) -> tuple[str, tuple[str, ...], int]:
    """Given where a number ends, return (unit text, suffix qualifiers, end of unit)."""
    start = pos + 1 if body.startswith(" ", pos) else pos
    m = _UNIT_RUN.match(body, start, limit)
    if m is None:
        return "", (), pos
    unit = "%" if m.group().startswith("%") else cut_at_prose(m.group())
    end = start + len(unit)
    unit, quals = _strip_suffixes(unit)
    return unit, quals, end


def strip_footnotes(body: str) -> str:
    """Given a body, remove footnote marks ("※3", "注1") so their digits are not read."""
    return _FOOTNOTE.sub(" ", body) if any(c in body for c in NOTE_MARK_CHARS + NOTE_WORD) else body


def is_label_unit(unit: str) -> bool:
    """Given the word after a number, say whether it is a label, not a unit.

    "20 地元学事業", "2月定例会", "1 市税": unknown words longer than
    MAX_FREE_UNIT_CHARS and ordinals ("1級") are labels; per-units
    ("件/人口千対") and known units are always units.
    """
    u = normalize_unit(unit) or ""
    if u in ORDINAL_UNITS:
        return True
    return len(u) > MAX_FREE_UNIT_CHARS and "/" not in u and not is_known_unit(u)


def is_embedded(body: str, start: int, unit: str, end: int) -> bool:
    """Given a number's place in a body, say whether it is part of a label or prose.

    "第2期", "1人当たりの所得", "10 インバウンド推進事業": the number belongs to
    words, so the cell holds no value.
    """
    if _LABEL_BEFORE.search(body, 0, start):
        return True
    if is_label_unit(unit):
        return True
    trailing = trailing_qualifiers(body[end:])[1]
    return _WORDY.search(trailing) is not None


def trailing_qualifiers(text: str) -> tuple[tuple[str, ...], str]:
    """Given the text after a unit ("増", "以上達成"), return (qualifiers, what is left)."""
    rest = text.strip()
    for word in TRAILING_WORDS:
        rest = rest.replace(word, "")
    rest, quals = _strip_prefix_words(rest.strip())
    more, rest = qualifiers_in(rest)
    return quals + more, rest.strip()


def _strip_prefix_words(text: str) -> tuple[str, tuple[str, ...]]:
    """Given text, remove SUFFIX_QUALIFIERS words from its start; return (rest, qualifiers)."""
    return _peel_qualifier_words(text, from_end=False)


def _peel_qualifier_words(text: str, from_end: bool) -> tuple[str, tuple[str, ...]]:
    """Remove SUFFIX_QUALIFIERS words one by one from the end (or start) of the text;
    return the rest and the qualifiers in reading order."""
    found: list[str] = []
    changed = True
    while changed and text:
        changed = False
        for word in _SUFFIXES:
            if from_end and text.endswith(word):
                found.insert(0, SUFFIX_QUALIFIERS[word].value)
                text, changed = text[: -len(word)], True
                break
            if not from_end and text.startswith(word):
                found.append(SUFFIX_QUALIFIERS[word].value)
                text, changed = text[len(word):].lstrip(), True
                break
    return text, tuple(found)


def prefix_qualifiers(prefix: str) -> tuple[str, ...]:
    """Given the text before a number ("年", "約", "累計"), return its qualifiers."""
    p = prefix.rstrip()
    for word in _PREFIXES:
        if p.endswith(word):
            return (PREFIX_QUALIFIERS[word].value,)
    return ()


def strip_marked_years(body: str) -> tuple[str, Year | None, bool]:
    """Given a body, remove era/年-marked years; return (body, first year, several differ).

    "H25 H26\n360" (a merged chart label) names two years, so the value's year
    is not known (realdocs kobe_jinko_no_ugoki_h26).
    """
    first: Year | None = None
    differ = False
    pos = 0
    while True:
        found = find_year(body, pos)
        if found is None:
            return body.strip(), first, differ
        year, start, end = found
        if _BARE_YEAR.fullmatch(year.text):
            pos = end
            continue
        if first is not None and (year.start, year.end) != (first.start, first.end):
            differ = True
        first = first or year
        body = body[:start] + " " + body[end:]
        pos = start + 1


def kanji_quantity(body: str) -> tuple[int, int, str, tuple[str, ...]] | None:
    """Given a digit-free body ("百二十人", "年二回"), return (value, scale, unit, qualifiers)."""
    text = body.strip()
    quals: tuple[str, ...] = ()
    for word in _PREFIXES:
        if text.startswith(word) and kanji_prefix(text[len(word):]):
            quals, text = (PREFIX_QUALIFIERS[word].value,), text[len(word):]
            break
    run = kanji_prefix(text)
    unit, suffix_quals = _strip_suffixes(text[len(run):].strip())
    if not run or unit not in KANJI_NUMBER_COUNTERS:
        return None
    parsed = parse_kanji_number(run)
    if parsed is None:
        return None
    return parsed[0], parsed[1], unit, quals + suffix_quals
