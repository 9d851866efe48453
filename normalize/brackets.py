"""Bracketed groups of a text, outermost first, over every bracket pair (normalize.vocab.ALL_BRACKET_PAIRS).

    826人（2019（R元））  → one group 2019（R元）: a nested bracket belongs to the group it stands in
    事業費（千円）〈参考〉 → two groups, 千円 and 参考

Every pair frames a unit, a year or a note the same way, so each reader of brackets (annotations,
header units, a name's bracketed tail) asks here rather than spelling its own set of brackets.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from normalize.vocab import ALL_BRACKET_PAIRS, CLOSE_BRACKETS, OPEN_BRACKETS

GROUPS_CACHE_SIZE = 4096  # texts whose groups are kept: a table's cells are read several times


@dataclass(frozen=True, slots=True)
class Group:
    """One outermost bracketed group: its span in the text (brackets included) and what it holds."""

    start: int
    end: int
    content: str


@lru_cache(maxsize=GROUPS_CACHE_SIZE)
def bracket_groups(text: str, pairs: tuple[str, ...] = ALL_BRACKET_PAIRS) -> tuple[Group, ...]:
    """The outermost balanced groups of a text in order, framed by any of the bracket pairs; an opener
    never closed, or a closer never opened, frames nothing (a cell cut mid-value: "(2", "5.7%)")."""
    closer_of = {pair[0]: pair[1] for pair in pairs}
    groups: list[Group] = []
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        if ch in closer_of:
            stack.append((closer_of[ch], i))
        elif any(closer == ch for closer, _ in stack):
            while stack[-1][0] != ch:
                stack.pop()  # an opener left open inside: the outer pair still closes
            _, start = stack.pop()
            if not stack:
                groups.append(Group(start, i + 1, text[start + 1:i]))
    return tuple(groups)


def without_bracket_groups(text: str, blank: str = " ", pairs: tuple[str, ...] = ALL_BRACKET_PAIRS) -> str:
    """The text with every outermost bracketed group replaced by blank."""
    out, pos = [], 0
    for group in bracket_groups(text, pairs):
        out.append(text[pos:group.start] + blank)
        pos = group.end
    return "".join(out) + text[pos:]


def trailing_group(text: str) -> Group | None:
    """The bracketed group the text ends with (trailing spaces aside), or None."""
    groups = bracket_groups(text)
    return groups[-1] if groups and not text[groups[-1].end:].strip() else None


def is_bracketed(text: str) -> bool:
    """The whole text is one bracketed group ((R2), 〈参考〉)."""
    stripped = text.strip()
    groups = bracket_groups(stripped)
    return len(groups) == 1 and groups[0].start == 0 and groups[0].end == len(stripped)


def bracket_depth(text: str) -> int:
    """How many more brackets text (NFKC-folded) opens than it closes: above 0, the next line
    continues its phrase (2024年度（ over 令和6年度）)."""
    return sum(text.count(ch) for ch in OPEN_BRACKETS) - sum(text.count(ch) for ch in CLOSE_BRACKETS)
