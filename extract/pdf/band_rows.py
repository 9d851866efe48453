"""Lines of one ruled row that are no row of their own, when a band is split into rows.

A ruled row whose cells' lines line up across the columns may be a band of unruled rows
(pdfplumber_adapter._split_band). Two kinds of line never are: one whose every cell is a unit
alone (人 over each figure: a form printing its units above its figures, otoineppu_kyuyo p11),
which states the units of the line under it, and one whose every cell is a range mark alone
(20歳 / ～ / 23歳: a head wrapped at its range mark), which joins the lines on either side; nor
is the line after one whose cells leave a range open (20歳～ over 23歳): no cell ends on a range mark.
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.pdf.pieces import Block
from normalize import MissingReason, parse_quantity
from normalize.units import is_known_unit, normalize_unit
from normalize.vocab import RANGE_CHARS

UNIT_WORD_MAX_CHARS = 2  # a unit printed alone over a figure is a short word (人, ヶ所; 千円 is a unit statement), not 世帯数


def is_unit_line(text: str) -> bool:
    """A line that is a unit alone: 千円, or a plain one (人, 円, %)."""
    compact = "".join(text.split())
    if parse_quantity(compact).missing_reason == MissingReason.UNIT_ONLY:
        return True
    unit = normalize_unit(compact) if len(compact) <= UNIT_WORD_MAX_CHARS and not any(ch.isdigit() for ch in compact) else None
    return unit is not None and is_known_unit(unit)



def is_range_mark(text: str) -> bool:
    """A line that is a range mark alone (～)."""
    compact = "".join(text.split())
    return bool(compact) and all(ch in RANGE_CHARS for ch in compact)


def _texts(row: Sequence[Block]) -> list[str]:
    return [p.text for block in row for p in block if p.text.strip()]


def leaves_range_open(row: Sequence[Block]) -> bool:
    """True when a cell of the row ends on a range mark (20歳～): its range goes on below."""
    return any(block and block[-1].text.strip()[-1:] in RANGE_CHARS for block in row)


def joined_line_rows(rows: list[list[Block]]) -> list[list[Block]]:
    """The rows, a row of units alone put into the row under it, a row of range marks alone
    joined with the rows on either side and a row under one leaving a range open joined to it."""
    out: list[list[Block]] = []
    units: list[Block] = []
    join_next = False
    for row in rows:
        texts = _texts(row)
        if out and texts and all(map(is_range_mark, texts)):
            out[-1] = out[-1] + units + row
            units, join_next = [], True
        elif join_next or out and not units and leaves_range_open(out[-1]):
            out[-1] = out[-1] + row
            join_next = False
        elif texts and all(map(is_unit_line, texts)):
            units += row
        else:
            out.append(units + row)
            units = []
    if units:
        out.append(units)  # units under every row: a row of their own, as read
    return out
