"""The numbered outline of a document's headings: 2 over (1) over ① ②, each numbering style
a level in the order the document first uses it. A heading stating the date its figures
stand at ((1) 職員の平均給与月額の状況（令和6年4月1日現在）) dates the tables of every section
under it (② 技能労務職, ③ 教育職 on the next page) that state no year of their own."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.morph import morphemes
from normalize import clean_text, normalize_unit, parse_year
from normalize.units import is_known_unit, split_scale
from normalize.vocab import AS_OF_WORDS, MONTH_WORDS, RANGE_CHARS

THOUSANDS_SEPARATOR = ","  # after digits, a number running on (1,234), no heading's number

# Numbering styles a section opens with, the bracketed before the bare (（1） is no 1.): each
# a level of the outline. A bare number is one also before a word (3地域づくり: bare_number_word).
NUMBERING_STYLES = (
    ("chapter", r"第[0-9０-９一二三四五六七八九十]+"),
    ("bracketed", r"[(（][0-9０-９]+[)）]"),
    ("circled", r"[①-⑳]"),
    ("kana", r"[(（]?[ア-ン][)）.．、\s]"),
    ("roman", r"[IVX]+[.．\s]"),
    ("number", r"[0-9０-９]{1,2}[\s.．、)）]"),
)
NUMBERING_RE = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in NUMBERING_STYLES))
BARE_NUMBER_RE = re.compile(r"[0-9０-９]{1,2}(?P<next>[^\s0-9０-９])")


def numbering_style(text: str) -> str | None:
    """The numbering style a heading opens with, or None."""
    text = text.strip()
    m = NUMBERING_RE.match(text)
    if m is not None:
        return m.lastgroup
    return "number" if bare_number_word(text) else None


def bare_number_word(text: str) -> bool:
    """A number of one or two digits written straight before a word (3地域づくり, 9市民が創る): a
    heading's number, unless a unit or a month follows it as a word of its own (3人の, 5校, 4月,
    10%, 3万人), or the number runs on (1,234) or to another (24~27歳: opens_range)."""
    m = BARE_NUMBER_RE.match(text)
    if m is None or clean_text(m["next"]) == THOUSANDS_SEPARATOR or opens_range(text[m.start("next"):]):
        return False
    return not _counts_with_unit(text[m.start("next"):])


def opens_range(text: str) -> bool:
    """The text after a number joins it to another number (~27歳 of 24~27歳, a class of ages a chart labels): a
    range, no heading's number."""
    rest = clean_text(text)
    return len(rest) >= 2 and rest[0] in RANGE_CHARS and rest[1].isdigit()


def _counts_with_unit(text: str) -> bool:
    """The text after a number opens with its unit: a symbol (%), a scale word (万), a month, a
    counter of one glyph the analyser reads as a word of its own (3人の, 5校; 市民 of 9市民 is no
    counter 市), or a unit word that is all the rest (3地域, but 3地域をつくる is a heading)."""
    first = clean_text(text[0])
    if not first.isalnum():
        return is_known_unit(normalize_unit(first) or first)   # 10%, not 5「北上 × はたらく」
    words = morphemes(text)
    if not words:
        return False
    word = words[0].surface
    if word in MONTH_WORDS or split_scale(word)[1] != 1:
        return True
    counter = len(word) == 1 or len(words) == 1
    return counter and is_known_unit(normalize_unit(word) or word)


def states_as_of(text: str) -> bool:
    """A line stating the date its figures stand at (令和6年4月1日現在)."""
    year = parse_year(text)
    return year is not None and any(w in year.text for w in AS_OF_WORDS)


class Outline:
    """The numbered headings above the current point of a document, outermost first."""

    def __init__(self) -> None:
        self.levels: list[tuple[str, str]] = []  # (numbering style, heading)

    def add(self, heading: str) -> None:
        """A heading of a style already open closes that level and every one under it."""
        style = numbering_style(heading)
        if style is None:
            return
        styles = [s for s, _ in self.levels]
        if style in styles:
            self.levels = self.levels[:styles.index(style)]
        self.levels.append((style, heading.strip()))

    def as_of(self) -> str | None:
        """The nearest open heading that states the date its figures stand at."""
        return next((h for _, h in reversed(self.levels) if states_as_of(h)), None)


def dated_caption(texts: Sequence[str], outline: Outline) -> list[str]:
    """A caption stating no year of its own, under a heading that states the date its figures
    stand at, opens with that heading (the caption's nearest line still names the table)."""
    heading = outline.as_of()
    if not texts or heading is None or heading in texts or any(parse_year(t) for t in texts):
        return list(texts)
    return [heading, *texts]
