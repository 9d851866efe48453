"""One line stating an indicator's figures: its name, then each figure with its year and kind.

    ・移住相談件数　基準値（R2）：120件　→　目標値（R7）：150件
    ・観光入込客数　現状値 3,194万人（2019年）／目標値 3,500万人（2025年）
    ・認定農業者数　R元年度 45人 ⇒ R6年度 60人（実績 R4年度 52人）
    KPI：特定健診受診率　48.2％（H30）→ 60％（R5）
    ・移住相談件数                        (a name alone: the figures on the lines below it are its)
      基準値（R2）：120人
      目標値（R7）：150人

A line's figures are its dated tail (interpret/statements.py: the longest tail made of nothing but statements —
one figure, its year and its kind word, in any order and bracketing —) and its name is the text before them. A statement's kind is its kind word; two without one are a baseline and a target only
when a direction arrow points from the earlier year to the later. Any other word among the figures, a figure
without a year or a kind, and the line gives nothing: no value is guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.interpret.statements import Figure, stated_figures, states_dated_figure
from extract.text_items import INDICATOR_LABEL_RE, indicator_name, strip_enumerator
from extract.vocab import EXPLANATION_MARKS, ITEM_MARKS, SENTENCE_END, STATEMENT_GAPS
from normalize import unit_from_header
from normalize.vocab import BRACKET_CLOSERS, BRACKET_OPENERS

NAME_MAX_CHARS = 60
CIRCLED_RE = re.compile(r"^[①-⑳㉑-㉟]")


@dataclass(frozen=True, slots=True)
class LineReading:
    """A line read wholly: the name before its figures (maybe empty), its unit note, whether it opens an item."""

    name: str
    unit: str | None
    marked: bool
    figures: tuple[Figure, ...]


def read_line(text: str) -> LineReading | None:
    """Given a cleaned line, its name and figures when the line reads wholly as an indicator's; else None."""
    stated = stated_figures(text)
    return _with_name(text[:stated[0]], stated[1]) if stated is not None else None


def _with_name(before: str, figures: tuple[Figure, ...]) -> LineReading | None:
    """The reading with the name written before the figures; None where it states a dated figure (47.5%(H30) before
    a tail read from a later year on: a dated figure is never part of a name)."""
    if states_dated_figure(before):
        return None
    named = item_label(before)
    return LineReading(named.name, named.unit, named.marked, figures) if named else None


@dataclass(frozen=True, slots=True)
class ItemLabel:
    """What a line writes before an item's figures: its name, the unit its note states, whether a mark opens it."""

    name: str
    unit: str | None
    marked: bool


def item_label(text: str) -> ItemLabel | None:
    """The name written before figures (or alone on a line): list marks and a KPI label off, its unit note apart;
    None for text that is no name (a sentence, an explanation, a long run of words)."""
    text = text.strip().rstrip("".join(STATEMENT_GAPS)).strip()
    marked = bool(text) and (text[0] in ITEM_MARKS or bool(CIRCLED_RE.match(text)) or strip_enumerator(text) != text)
    text = strip_enumerator(text)
    labelled = INDICATOR_LABEL_RE.match(text)
    text = text[labelled.end():] if labelled else text
    unit, text = _unit_note(text)
    name = indicator_name(text) if text else ""
    if any(m in name for m in (*EXPLANATION_MARKS, SENTENCE_END)) or len(name) > NAME_MAX_CHARS:
        return None
    return ItemLabel(name, unit, marked or bool(labelled))


def _unit_note(text: str) -> tuple[str | None, str]:
    """A unit the name's last bracket states ((件), （単位：件）) and the name without it."""
    if not text or text[-1] not in BRACKET_CLOSERS:
        return None, text
    opener = max(text.rfind(o) for o in BRACKET_OPENERS)
    unit = unit_from_header(text[opener:]) if opener > 0 else None
    return (unit, text[:opener].strip()) if unit else (None, text)
