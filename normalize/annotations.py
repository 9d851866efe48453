"""Bracketed annotations in a cell: "(R1)", "(5年間の合計)", "(参考※令和4年度 35.5%)".

A cell's annotation says when the number was taken, what kind of number it is,
or carries a second number (a reference value, a breakdown).  ``split_annotations``
takes them out of the cell so the body can be read on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from normalize.brackets import bracket_groups, without_bracket_groups
from normalize.vocab import (
    ANNOTATION_BRACKET_PAIRS,
    PERIOD_AVERAGE_PATTERN,
    PERIOD_TOTAL_PATTERN,
    QUALIFIER_PHRASES,
    Qualifier,
)
from normalize.years import Year, find_year

_PHRASES: Final = dict(QUALIFIER_PHRASES)
_QUALIFIER_RE: Final = re.compile(
    rf"(?P<total>{PERIOD_TOTAL_PATTERN})|(?P<average>{PERIOD_AVERAGE_PATTERN})|"
    + "|".join(re.escape(p) for p in sorted(_PHRASES, key=len, reverse=True))
)


@dataclass(frozen=True, slots=True)
class Annotation:
    """One bracketed group of a cell, read."""

    content: str                      # text inside the brackets
    year: Year | None
    qualifiers: tuple[str, ...]
    rest: str                         # content without its year and qualifier phrases


@dataclass(frozen=True, slots=True)
class Split:
    """A cell cut into its body and its annotations."""

    body: str
    annotations: tuple[Annotation, ...]


def qualifiers_in(text: str) -> tuple[tuple[str, ...], str]:
    """Given annotation text, return (qualifiers found, text with them removed)."""
    if not text:
        return (), text
    found = [_qualifier_of(m) for m in _QUALIFIER_RE.finditer(text)]
    if not found:
        return (), text
    return tuple(dict.fromkeys(found)), _QUALIFIER_RE.sub(" ", text)


def _qualifier_of(m: re.Match[str]) -> str:
    if m.group("total"):
        return Qualifier.TOTAL_OVER_PERIOD.value
    if m.group("average"):
        return Qualifier.AVERAGE.value
    return _PHRASES[m.group()].value


@lru_cache(maxsize=4096)
def read_annotation(content: str) -> Annotation:
    """Given the text inside one pair of brackets, return what it says."""
    year = None
    rest = content
    found = find_year(content)
    if found is not None:
        year, start, end = found
        rest = content[:start] + " " + content[end:]
    qualifiers, rest = qualifiers_in(rest)
    return Annotation(content, year, qualifiers, rest.strip())


def split_annotations(cleaned: str) -> Split:
    """Given cleaned cell text, return its body and its bracketed annotations."""
    groups = bracket_groups(cleaned, ANNOTATION_BRACKET_PAIRS)
    if not groups:
        return Split(cleaned, ())
    return Split(without_bracket_groups(cleaned, " ", ANNOTATION_BRACKET_PAIRS).strip(), tuple(read_annotation(g.content) for g in groups))
