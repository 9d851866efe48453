"""Units: normalized spelling, scale prefixes, units stated in headers.

Conventions (one spelling per unit, ASCII where NFKC already gives it):
- ``%`` for percent (％, パーセント); ``pt`` for percentage points (P, ポイント).
- Powers are plain digits: ``m3`` (m³, ㎥, "m ³"), ``m2`` (㎡), ``km2``.
- ``tCO2`` for t-CO2 / t-CO₂; ``箇所`` for ヶ所/か所/カ所; ``か月`` for ヶ月.
- No spaces; per-units keep their slash: ``人/年``, ``件/人口千対``, ``g/日``.
- A scale prefix at the start of the unit becomes a factor: 千円 → (円, 1000),
  万人回/年 → (人回/年, 10000), 百万円 → (円, 10**6).  Scale words elsewhere
  belong to the unit (件/人口千対 stays as it is).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Final

from normalize.text import clean_text
from normalize.years import find_year
from normalize.vocab import (
    BRACKET_CLOSERS, BRACKET_OPENERS, KNOWN_UNITS, SCALE_WORDS, STATEMENT_CLOSERS, UNIT_ALIASES, UNIT_STATEMENT_TAIL_OPENERS,
    UNIT_HIRAGANA_OK, UNIT_LABEL_WORDS, RATIO_UNITS, UNIT_TOPIC_PARTICLE,
)

MONEY_BASE_UNIT: Final = "円"  # the base unit of a money amount, whatever its scale (千円, 百万円)
_SCALE_PREFIX: Final = re.compile("|".join(sorted(SCALE_WORDS, key=len, reverse=True)))
# The label of a unit statement and what parts it from the unit after it: whatever marks (not a word, not a
# bracket, not % the unit itself: 単位：千円, 単位…千円, 単位／千円, 単位：％) or the bracket framing the label (【単位】千円, (単位)千円).
_BRACKETS: Final = re.escape(BRACKET_OPENERS + BRACKET_CLOSERS)
_UNIT_WORD: Final = "(?:" + "|".join(map(re.escape, UNIT_LABEL_WORDS)) + ")"  # the label word of a unit statement
UNIT_LABEL_PATTERN: Final = _UNIT_WORD + r"\s?(?:" + UNIT_TOPIC_PARTICLE + r"\s?)?(?:[" + re.escape(BRACKET_CLOSERS) + r"]\s?)?[^\w\s%" + _BRACKETS + r"]{0,3}\s?"
# 単位：千円 up to the bracket closing the statement, whichever kind (（単位：千円）, 〈単位：千円〉, 《単位：千円》), or
# to a note after the unit, bracketed or marked (単位：千円（端数処理により…）, 単位：千円 ※端数調整), or to the legend
# of the minus mark (単位：千円　△印は減)
_UNIT_LABEL: Final = re.compile(UNIT_LABEL_PATTERN + r"(?P<u>[^" + re.escape(STATEMENT_CLOSERS + BRACKET_OPENERS + UNIT_STATEMENT_TAIL_OPENERS)
                                + r"]+)")
_BRACKETED: Final = re.compile("[" + re.escape(BRACKET_OPENERS) + r"]\s?(?P<u>[^" + _BRACKETS + r"]{1,12})\s?["
                               + re.escape(BRACKET_CLOSERS) + "]")
# A unit written before the word 単位 (（千円単位）, 百万円単位, 補正額 千円単位 on a header's line): the whole statement,
# a bracketed one or a word after a header's, no figure before it (1,000円単位, 1,000 円単位 round amounts, they state no unit)
_UNIT_BEFORE_LABEL: Final = re.compile(r"(?:^|[" + re.escape(BRACKET_OPENERS) + r"]|(?<![\d,.，．\s])\s)\s?(?P<u>[^\d\s,、" + _BRACKETS
                                       + r"]+?)\s?" + _UNIT_WORD + r"\s?(?:[" + re.escape(BRACKET_CLOSERS) + r"]|$)")
_EDGE_PUNCT: Final = " " + BRACKET_OPENERS + BRACKET_CLOSERS + ":：、,/"
_NOT_SCALE_AFTER: Final = ("対", "分の")   # 千対 (per thousand), 千分の1
_UNIT_TAIL: Final = re.compile(r"\d(?P<u>[^\d\s]+)$")  # what a value line states after its last digit
_LIST_SEPARATORS: Final = (",", "、", ";")   # "(単位：千円，％)" (realdocs otoineppu_nousyuu_keiei_senryaku), 千円；％
_LIST_SPLIT: Final = re.compile("[" + "".join(_LIST_SEPARATORS) + "]")
_HIRAGANA: Final = re.compile(r"[\u3041-\u3096]")
_COMPOUND_JOINS: Final = re.compile("[/・]")  # 人/km2, 人・日: what joins a compound unit's parts
_STATEMENT_COLON: Final = re.compile("[:：]")  # parts the words naming what is counted from its unit (金額：千円)
_NOTE_JOINS: Final = re.compile("[・" + "".join(_LIST_SEPARATORS) + "]")  # joins a unit to a note on it in one bracket (千円・税込)


@lru_cache(maxsize=4096)
def normalize_unit(unit: str | None) -> str | None:
    """Given a unit string, return its normalized spelling, or None if empty."""
    if unit is None:
        return None
    u = clean_text(unit).replace(" ", "").strip(_EDGE_PUNCT)
    if not u:
        return None
    if u in UNIT_ALIASES:
        return UNIT_ALIASES[u]
    if "/" in u:
        return "/".join(UNIT_ALIASES.get(part, part) for part in u.split("/"))
    return u


@lru_cache(maxsize=4096)
def split_scale(unit: str) -> tuple[str | None, int]:
    """Given a normalized unit, return (unit without scale prefix, factor)."""
    m = _SCALE_PREFIX.match(unit)
    if m is None:
        return unit, 1
    rest = unit[m.end():]
    if rest.startswith(_NOT_SCALE_AFTER):
        return unit, 1
    return (rest or None), SCALE_WORDS[m.group()]


@lru_cache(maxsize=4096)
def parse_unit(text: str | None) -> tuple[str | None, int]:
    """Given a unit cell or label ("千円", "（単位：千円）", "m ³ /年"), return (base unit, scale).

    Returns (None, 1) for an empty or dash-only text.
    """
    if not text:
        return None, 1
    cleaned = clean_text(text)
    label = _UNIT_LABEL.search(cleaned)
    unit = statement_unit(label.group("u")) if label else normalize_unit(cleaned)
    if unit is None or all(ch in "-‐―—ー－" for ch in unit) or is_unit_list(unit):
        return None, 1
    base, scale = split_scale(unit)
    return normalize_unit(base), scale


def cut_at_prose(unit: str) -> str:
    """Given a unit run, return it cut before prose ("人を目指す" → "人", "千円で表示" → "千円"): a unit holds no
    hiragana but that of a few counters (vocab.UNIT_HIRAGANA_OK: か所, か月)."""
    pos = 0
    while True:
        m = _HIRAGANA.search(unit, pos)
        if m is None:
            return unit
        if unit.startswith(UNIT_HIRAGANA_OK, m.start()):
            pos = m.end()
            continue
        return unit[:m.start()]


def statement_unit(stated: str) -> str | None:
    """Given what a 単位 statement writes after its label, the unit, normalized: all of it where that is a unit
    (m ³ /年, 万人 回); else words set apart by spaces list units where a later one is a unit too (千円　％ as
    千円,%), or end in a note after the one unit (千円 端数調整あり). Prose after a known unit is none of it
    (単位は千円で表示), and prose alone states none (金額は千円単位で表示: the unit stood before the label);
    an unknown unit keeps its hiragana (人口千人あたり is no 人口千人)."""
    before_prose = cut_at_prose(stated).strip()
    if not before_prose:
        return None
    unit_before_prose = normalize_unit(before_prose)
    if unit_before_prose is not None and is_known_unit(unit_before_prose):
        stated = before_prose
    if (noted := unit_before_notes(stated)) is not None:
        return noted  # 単位：千円、税込: a note joined to the unit by a list mark
    words, whole = stated.split(), normalize_unit(stated)
    if len(words) < 2 or whole is None or is_known_unit(whole):
        return whole
    if any(_is_unit_word(w) for w in words[1:]):
        return normalize_unit(",".join(words))
    first = normalize_unit(words[0])
    return first if first is not None and is_known_unit(first) else whole


def _is_unit_word(word: str) -> bool:
    unit = normalize_unit(word)
    return unit is not None and (unit in RATIO_UNITS or is_known_unit(unit))


def is_unit_list(unit: str) -> bool:
    """Given a normalized unit, say whether it lists several ("千円,%", 千円/%, 千円・%): no one unit applies."""
    return len(list_members(unit)) > 1


def amount_unit_of_list(unit: str) -> str | None:
    """Given a normalized unit list (千円,%), the one unit of its members that is no ratio: that of every
    column not of ratios (a ratio column reads its own %); None where the list names several (千円,人)."""
    members = list_members(unit)
    # a member going on from one before it says something of that unit (万人回/年、万人回/年未満四捨五入)
    others = {m for i, m in enumerate(members) if m not in RATIO_UNITS and not any(m.startswith(b) for b in members[:i])}
    return others.pop() if len(others) == 1 else None


def money_unit_of_list(unit: str) -> str | None:
    """Given a normalized unit list (百万円,人,%), the one yen unit among its members: that of the money columns (the
    list's other units are other columns', which it leaves unsaid); None where it names no yen unit or several."""
    return money_unit_of_members(list_members(unit))


def money_unit_of_members(members: Iterable[str]) -> str | None:
    """Given the units a list names (百万円, 人, %), the one yen unit among them; None where it names no yen unit or
    several."""
    yen = {m for m in members if parse_unit(m)[0] == MONEY_BASE_UNIT}
    return yen.pop() if len(yen) == 1 else None


def list_members(unit: str) -> tuple[str, ...]:
    """Given a normalized unit, the units it lists: parted by a list mark (千円,%) or by a compound's join
    where a ratio stands beside it (千円/%, 千円・%: no unit is per percent); 人/km2, グラム/人・日 are one."""
    return tuple(m for member in _LIST_SPLIT.split(unit) for m in _ratio_parted(member) if m)


def _ratio_parted(unit: str) -> list[str]:
    """Given one member of a list, the units it joins: a join before a ratio (千円/%, 万人回/年/%: nothing is per
    percent) or a ・ after one (%・千円) parts two; every other join stays inside a compound (万人回/年, %/年, 人・日)."""
    parts, joins = _COMPOUND_JOINS.split(unit), _COMPOUND_JOINS.findall(unit)
    members = [parts[0]]
    for join, part in zip(joins, parts[1:]):
        if UNIT_ALIASES.get(part, part) in RATIO_UNITS or (join == "・" and UNIT_ALIASES.get(members[-1], members[-1]) in RATIO_UNITS):
            members.append(part)
        else:
            members[-1] += join + part
    return [UNIT_ALIASES.get(m, m) for m in members]


def is_known_unit(unit: str) -> bool:
    """Given a normalized unit, say whether it is a unit word we recognise."""
    base, _ = split_scale(unit)
    if base is None:
        return True
    numerator = base.split("/")[0]
    return base in KNOWN_UNITS or numerator in KNOWN_UNITS


def unit_cut_in_two(upper: str, lower: str) -> str | None:
    """Given two 単位 cells one over the other, the unit they spell when the upper is a scale word
    alone and the lower its unit word (百万 over 円: 百万円, a narrow column's wrap), else None."""
    head, tail = clean_text(upper).strip(), clean_text(lower).strip()
    whole = normalize_unit(head + tail) if head in SCALE_WORDS and tail else None
    return head + tail if whole is not None and is_known_unit(whole) else None


def completes_unit(line: str, after: str) -> bool:
    """Given a value line and the line below it, say whether the lower is the rest of a unit a wrap
    cut (254,739t-CO over 2, 254,739t- over CO2): the upper ends in no known unit, and with the
    lower, all of it, in one."""
    if _UNIT_TAIL.search(line) is None:
        return False  # most lines: no unit after a figure, nothing to clean
    tail, rest = _UNIT_TAIL.search(clean_text(line)), clean_text(after)
    if tail is None or not rest or " " in rest:
        return False
    cut, whole = normalize_unit(tail.group("u")), normalize_unit(tail.group("u") + rest)
    return cut is not None and whole is not None and not is_known_unit(cut) and is_known_unit(whole)


@lru_cache(maxsize=4096)
def unit_from_header(text: str | None) -> str | None:
    """Given a header ("事業費(千円)", "（単位：人）", "増減率(%)"), return its unit as written.

    The unit keeps its scale prefix ("千円"); pass it to ``parse_unit`` to split
    it.  Brackets that hold a year, a note or an unknown word give None.
    """
    if not text:
        return None
    cleaned = clean_text(text)
    if cleaned.strip(_EDGE_PUNCT) in UNIT_LABEL_WORDS:
        return None  # （単位）, 単位 alone: the header of a column of units, or a label whose unit stands elsewhere
    label = _UNIT_LABEL.search(cleaned)
    unit = statement_unit(label.group("u")) if label else None
    if unit is not None:
        return None if is_unit_list(unit) else without_note_divisor(unit)
    bracketed = [u for m in _BRACKETED.finditer(cleaned) if (u := bracket_unit(m.group("u"))) is not None]
    stated = {*bracketed, *filter(None, [unit_before_label(cleaned)])}
    if len(stated) > 1:
        return None  # 財源内訳（千円）（百万円単位）: two units for one column, which one holds is unsaid
    return bracketed[-1] if bracketed else next(iter(stated), None)


def without_note_divisor(unit: str) -> str:
    """The unit without a divisor that is no unit, opens with none and holds no figure (円/税込 → 円: a note on the
    amounts set after the unit, no unit they are counted per); 人/km2, 件/10万人 and 万人回/年未満四捨五入 (per year, and
    a note on rounding) keep theirs."""
    head, slash, divisor = unit.partition("/")
    if not slash or "/" in divisor or any(ch.isdigit() for ch in divisor) \
            or any(_is_unit_word(divisor[:end]) for end in range(1, len(divisor) + 1)):
        return unit
    return head if is_known_unit(head) else unit


def bracket_unit(content: str) -> str | None:
    """The known unit a bracket's content states: all of it (千円), what follows a colon after the words naming
    what is counted (金額：千円), or its first member where every other is a note, no unit and no figure
    (千円・税込); None for a list of units (千円・%), a compound (人・日) or anything else (R5：見込)."""
    if listed_statement_units(content) is not None:
        return None  # 金額：千円、率：％: each column's unit is one of them, which one is the column's to say
    stated = _STATEMENT_COLON.split(content)[-1]
    unit = normalize_unit(stated)
    if unit is not None and is_known_unit(unit):
        return without_note_divisor(unit)
    return unit_before_notes(stated)


def unit_before_notes(stated: str) -> str | None:
    """The known unit a statement's first member is where every other member a list mark joins to it is a note, no unit
    and no figure (千円・税込, 千円、税込), else None (千円、% lists two units; 千円、率は% states another's)."""
    first, *notes = [normalize_unit(part) for part in _NOTE_JOINS.split(stated)]
    if first is None or not is_known_unit(first) or not notes:
        return None
    return first if all(n is not None and not any(_is_unit_word(n[i:]) for i in range(len(n))) and not any(ch.isdigit() for ch in n)
                        for n in notes) else None


def colon_statement_unit(text: str) -> str | None:
    """The known unit a line states as nothing but the words naming what is counted, a colon and the unit
    (金額：千円, 人口：人), or None: a line naming two (金額：千円、率：％), a year or a figure before the colon
    (R5：見込), a list of units (金額：千円／％) or anything but a known unit after it states none; a statement by
    the word 単位 (単位：千円) is unit_from_header's."""
    cleaned = clean_text(text).strip()
    parts = _STATEMENT_COLON.split(cleaned)
    if _UNIT_LABEL.search(cleaned) or len(parts) != 2 or not parts[0].strip() or any(ch.isdigit() for ch in parts[0]):
        return None
    unit = normalize_unit(parts[1].strip())
    return unit if unit is not None and is_known_unit(unit) and not is_unit_list(unit) else None


def listed_statement_units(text: str) -> str | None:
    """The units a line lists as statements of what is counted, a colon and its unit, each apart (金額：千円、率：％,
    （人口：人，率：%）), as a normalized list (千円,%); None for anything else (one statement, a member no known unit)."""
    content = clean_text(text).strip().strip(BRACKET_OPENERS + BRACKET_CLOSERS + " ")
    statements = [_STATEMENT_COLON.split(part) for part in _LIST_SPLIT.split(content)]
    if len(statements) < 2 or any(len(parts) != 2 or not parts[0].strip() for parts in statements):
        return None
    units = [normalize_unit(parts[1].strip()) for parts in statements]
    known = [u for u in units if u is not None and is_known_unit(u) and not is_unit_list(u)]
    return ",".join(known) if len(known) == len(units) else None


def unit_before_label(text: str) -> str | None:
    """The known unit a statement writes before the word 単位 (（千円単位）, 百万円単位), or None; a header's
    words run into it (計千円単位: 計 over its unit line 千円単位) leave the longest known unit ending the run."""
    m = _UNIT_BEFORE_LABEL.search(text)
    run = m.group("u") if m else ""
    units = (u for i in range(len(run)) if (u := normalize_unit(run[i:])) is not None and is_known_unit(u))
    return next(units, None)


def bracketed_unit(text: str | None) -> str | None:
    """Given a line, the unit it states when it is nothing but one bracketed unit (〈千円〉, 【人】, （%）)."""
    m = _BRACKETED.fullmatch(clean_text(text or ""))
    unit = normalize_unit(m.group("u")) if m else None
    return unit if unit is not None and is_known_unit(unit) else None


@lru_cache(maxsize=4096)
def hint_to_unit(hint: str | None) -> tuple[str | None, int]:
    """Given a unit hint (a 単位 cell or a header), return (base unit, scale).

    A header with a bracketed unit gives that unit; any other hint is taken as
    the unit itself, the way a 単位 column states it ("件/人口千対").
    """
    if not hint:
        return None, 1
    from_header = unit_from_header(hint)
    if from_header is not None:
        return parse_unit(from_header)
    cleaned = clean_text(hint)
    if _BRACKETED.search(cleaned) and find_year(cleaned) is not None:
        return None, 1   # "目標値 (R2)": a header that states a year, not a unit
    return parse_unit(hint)
