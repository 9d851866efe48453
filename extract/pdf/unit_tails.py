"""A figure's unit wrapped onto a line of its own (17.4百万 over 円, 218001千 over 円, 84,973 over t-CO2).

A bare unit heads no row and fills no cell by itself: under a figure whose unit it completes (the
figure's own unit after its digits, a scale word or none, and the line below read together as
one known unit), it is the rest of that figure's cell, whatever alignment the rows have.
"""

from __future__ import annotations

import re

from extract.interpret.facets import bare_unit
from extract.pdf.pieces import NOTE_MARK_END_RE
from normalize import clean_text
from normalize.units import is_known_unit, normalize_unit

FIGURE_TAIL_RE = re.compile(r"\d(?P<unit>[^\d\s]*)$")  # what a figure's line states after its last digit (NFKC, blanks out)
LATIN_RE = re.compile(r"[A-Za-z]")  # a unit of Latin letters may hold a digit (t-CO2, m2); a digit alone is none


def ends_figure_unit(line: str, below: str) -> bool:
    """True when below is a bare unit completing the unit of the figure line ends with (国庫補助金の
    確定 17.4百万 over 円: 百万円; 191,620 over 円), a note's mark after it or not (233,351 over 冊※). A
    unit of Latin letters holding a digit goes down whole (84,973 over t-CO2) or broken at its hyphen,
    an engine's autospace set before it (639,432 t- over CO2: corpus seeds 894 and 801 kpi_year_matrix
    in writer_borderless)."""
    rest = NOTE_MARK_END_RE.sub("", clean_text(below).replace(" ", ""))
    tail = FIGURE_TAIL_RE.search(clean_text(line).replace(" ", ""))
    if tail is None or not _may_end_unit(rest):
        return False
    unit = normalize_unit(tail.group("unit") + rest)
    return unit is not None and is_known_unit(unit)


def _may_end_unit(rest: str) -> bool:
    """True when a line may be the rest of a unit: a bare unit (facets.bare_unit: 円, 冊), or Latin
    letters with or without digits (CO2, t-CO2), which a known unit must then close."""
    return bare_unit(rest) is not None or bool(LATIN_RE.search(rest)) and not any(ch.isspace() for ch in rest)
