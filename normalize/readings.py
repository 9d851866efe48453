"""Cells that state two readings of one indicator: 年3人（5年間で15人）, 9人（延べ243日）.

The primary reading is the cell's value (parse_quantity); a bracketed second reading is
kept when it has a unit of its own, so a bare (1.27) beside 491 — another measure — is not
taken for one. Pure: strings in, Quantities out.
"""

from __future__ import annotations

import re

from normalize.brackets import bracket_groups
from normalize.quantity import Quantity, parse_quantity
from normalize.text import clean_text
from normalize.vocab import ANNOTATION_BRACKET_PAIRS, Qualifier

DIGIT_RE = re.compile(r"[0-9]")


def parse_readings(text: str, unit_hint: str | None = None) -> tuple[Quantity, ...]:
    """Given a cell, return its primary reading and, where it states one, its second."""
    primary = parse_quantity(text, unit_hint=unit_hint)
    if Qualifier.SECONDARY_VALUE.value not in primary.qualifiers or primary.value is None:
        return (primary,)
    # the last bracket stating a number with a unit: a year's bracket after it (（平成27年）) is none
    groups = bracket_groups(clean_text(text), ANNOTATION_BRACKET_PAIRS)
    seconds = [q for g in reversed(groups) if DIGIT_RE.search(g.content)
               and (q := parse_quantity(g.content)).value is not None and q.unit is not None]
    return (primary, seconds[0]) if seconds else (primary,)
