"""Small text helpers shared by recognizers: enumerators, bullets, footnote marks."""

from __future__ import annotations

import re

from extract.vocab import BASIS_WORDS, BULLET_CHARS, NAME_CUT_ENDINGS, STRONG_INDICATOR_WORDS
from normalize import clean_text, parse_quantity
from normalize.vocab import NOTE_MARK_CHARS, NOTE_WORD

ENUMERATOR_RE = re.compile(
    r"^\s*(?:[①-⑳㉑-㉟]|\(\s*[0-9]{1,2}\s*\)|[0-9]{1,2}[.．、]\s+|[" + re.escape(BULLET_CHARS) + r"])\s*"
)
# A label naming the indicator after it (KPI：特定健診受診率): opens an item as a list mark does
INDICATOR_LABEL_RE = re.compile("^(?:" + "|".join(map(re.escape, STRONG_INDICATOR_WORDS)) + r")\s*[:：]\s*")
NUMBERED_RE = re.compile(r"^\s*(?:[①-⑳㉑-㉟]|\(\s*[0-9]{1,2}\s*\))")  # an item's number: ①, (1)
# A note mark ending a name ((※19), ※3, ※, 注1, （注）); 注 only before its number or bracket (受注 is a word).
FOOTNOTE_RE = re.compile(rf"\s*[(（]?(?:[{NOTE_MARK_CHARS}]|{NOTE_WORD}(?=\s*[0-9]|[)）]))\s*[0-9]*[)）]?\s*$")
# A bullet opens the cell or follows a space; 食品・日用品 keeps its middle dot.
BULLET_SPLIT_RE = re.compile(r"(?:^|\s+)[・•●○◯]\s*")
BRACKET_SPACE_RE = re.compile(r"\s+(?=[(（)）])|(?<=[(（])\s+")  # "数 (うち学生)" = "数(うち学生)"
EXPLANATION_TAIL_RE = re.compile(r"\s*[⇒→➔]\s*.*$")
MISSING_NAMES = frozenset({"", "-", "—", "－", "―", "‐", "ー", "–"})


def strip_enumerator(text: str) -> str:
    """Drop list markers in front of a name: ①, (1), 1. , ・, - ."""
    previous = None
    text = text.strip()
    while previous != text:
        previous = text
        text = ENUMERATOR_RE.sub("", text, count=1).strip()
    return text


def is_item_number(text: str) -> bool:
    """True for an item's number standing alone: ①, (4), （4） (a list's row number, no name after it)."""
    return opens_numbered_item(text) and not strip_enumerator(text)


def opens_numbered_item(text: str) -> bool:
    """True for a line opening with an item's number (①, （1）): the first line of an item."""
    return bool(NUMBERED_RE.match(clean_text(text)))


def strip_footnote(text: str) -> str:
    """Drop a trailing footnote mark such as (※19) or ※3."""
    return FOOTNOTE_RE.sub("", text).strip()


def indicator_name(text: str) -> str:
    """Given an indicator cell, return the name without list markers or footnote marks."""
    name = strip_footnote(EXPLANATION_TAIL_RE.sub("", strip_enumerator(text)))
    return BRACKET_SPACE_RE.sub("", name)


def split_bullets(text: str) -> list[str]:
    """Split a cell that lists several names with ・ bullets; one name stays whole."""
    if not re.match(r"^\s*[・•●○◯]", text):
        return [text.strip()] if text.strip() else []
    return [p.strip() for p in BULLET_SPLIT_RE.split(text) if p.strip()]


def is_missing_name(text: str) -> bool:
    return text.strip() in MISSING_NAMES


GROUPED_IN_NAME_RE = re.compile(r"[0-9],[0-9]{3}")  # 1,048 inside 関係人口(登録者1,048人数)


def is_cut_name(text: str) -> bool:
    """A name cut or broken by its layout: ending in a word that links it to more (放課後児童
    クラブの: its rest cut off), or holding a grouped number (関係人口(登録者1,048人数),
    温室効果ガス205,311排出量: a value cell the layout set inside the name's)."""
    return text.rstrip().endswith(NAME_CUT_ENDINGS) or bool(GROUPED_IN_NAME_RE.search(text))


FIGURE_NUMBER_RE = re.compile(r"[0-9]\.[0-9]|[0-9],[0-9]{3}")  # 79.28, 1,234: a measured figure's digits


def is_figure(text: str) -> bool:
    """A value cell's figure with its unit (79.28歳, 627千人, 1,234件) that a layout set where a name
    belongs: it names no indicator. A whole number run into a word (1世帯数: item 1) may be a name."""
    quantity = parse_quantity(text)
    return (quantity.value is not None and quantity.unit is not None
            and (quantity.scale != 1 or bool(FIGURE_NUMBER_RE.search(clean_text(text)))))


def basis_of(text: str) -> str | None:
    """budget / plan / settlement when the text states it (当初予算額, 決算額 …)."""
    for basis, words in BASIS_WORDS:
        if any(w in text for w in words):
            return basis
    return None
