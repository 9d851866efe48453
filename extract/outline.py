"""The numbered outline of a document's headings: 2 over (1) over ① ②, each numbering style
a level in the order the document first uses it. A heading stating the date its figures
stand at ((1) 職員の平均給与月額の状況（令和6年4月1日現在）) dates the tables of every section
under it (② 技能労務職, ③ 教育職 on the next page) that state no year of their own."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.vocab import AS_OF_WORDS
from normalize import parse_year

# Numbering styles, the bracketed before the bare (（1） is no 1.); a heading of none is no level.
NUMBERING_STYLES = (
    ("chapter", re.compile(r"^第[0-9０-９一二三四五六七八九十]+")),
    ("bracketed", re.compile(r"^[(（][0-9０-９]+[)）]")),
    ("circled", re.compile(r"^[①-⑳]")),
    ("kana", re.compile(r"^[(（]?[ア-ン][)）.．、\s]")),
    ("number", re.compile(r"^[0-9０-９]{1,2}(?:[\s.．、]|(?=[^0-9０-９,.%年月日人件回歳]))")),
)


def numbering_style(text: str) -> str | None:
    """The numbering style a heading opens with, or None."""
    return next((name for name, pattern in NUMBERING_STYLES if pattern.match(text.strip())), None)


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
