"""A figure's note in brackets, set on lines of its own under the figure in rows set at their top.

A cell stating two readings (年間28,372件 over （4年間で / 113,488件）, 2,714人 over （延べ46,138日）) sets its
note on the lines under its figure. In a table whose rows are set at their top without padding
(Word's defaults, printed by LibreOffice Writer) those lines stand as far below the figure as the
next row does, and read line by line each seems a row of its own holding a figure. The note's
brackets tell it: a figure inside a bracket a line above opened, or a note in brackets that opens
with words, qualifies the figure above it and heads no row; a bracketed number alone ((123), a
negative amount in an accountant's hand) stays a figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.interpret.facets import bare_unit
from extract.interpret.structure import is_data_value

from extract.pdf.pieces import WRAP_GAP_MAX_EM, Piece, by_column
from normalize import clean_text
from normalize.brackets import bracket_depth, bracket_groups
from normalize.vocab import OPEN_BRACKETS

NUMBER_RE = re.compile(r"[+\-−△▲]?\d[\d,.]*")  # the numbers a note states (NFKC)


def _folded(lines: Sequence[Piece]) -> str:
    return clean_text("".join(p.text for p in lines)).replace(" ", "")


def opened_above(block: Sequence[Piece], k: int) -> bool:
    """True when a line above line k of a cell's block leaves a bracket open: line k is inside
    the note (件（5年間で over 198,315 over 件）)."""
    return bracket_depth(_folded(block[:k])) > 0


def _note(block: Sequence[Piece]) -> str | None:
    """What a cell's lines, run together, hold in brackets when they are one group in brackets
    and nothing else, else None."""
    folded = _folded(block)
    groups = bracket_groups(folded)
    whole = len(groups) == 1 and groups[0].start == 0 and groups[0].end == len(folded)
    return groups[0].content if whole else None


def opens_noted_figure(text: str) -> bool:
    """True for a line stating a figure before a note in brackets it leaves open (1,801人（延べ over
    21,612日）): the cell's figure, its note going on below."""
    folded = clean_text(text).replace(" ", "")
    head = next((k for k, ch in enumerate(folded) if ch in OPEN_BRACKETS), None)
    return head is not None and head > 0 and bracket_depth(folded) > 0 and is_data_value(folded[:head])


def is_note_block(block: Sequence[Piece]) -> bool:
    """True for a cell's lines that, run together, are one group in brackets: （4年間で over
    113,488件）."""
    return _note(block) is not None


def is_worded_note(block: Sequence[Piece]) -> bool:
    """True for a note block (is_note_block) holding words beside its numbers, not a number
    alone or with its unit: （延べ46,138日）, （4年間で113,488件）, never (123) or (500千円)."""
    note = _note(block)
    if not note:
        return False
    words = NUMBER_RE.sub("", note)
    return bool(words) and bare_unit(words) is None


def inside_open_brackets(pieces: Sequence[Piece]) -> frozenset[int]:
    """The lines (by id) inside a bracket a line above them in their column left open, the lines
    running on within WRAP_GAP_MAX_EM of a line of one another on one page (べ33,110 under 946人（延):
    the note of the figure above, never a figure opening a row)."""
    inside: set[int] = set()
    for col in by_column(pieces).values():
        run: list[Piece] = []
        for a, b in zip([None, *col], col):
            goes_on = a is not None and a.page == b.page and 0 <= b.bbox[1] - a.bbox[3] <= WRAP_GAP_MAX_EM * b.height
            run = [*run, b] if goes_on else [b]
            if len(run) > 1 and opened_above(run, len(run) - 1):
                inside.add(id(b))
    return frozenset(inside)
