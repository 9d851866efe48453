"""Cells that hold several lines: stacked values, a unit line, labels beside each value.

    消耗品費      | 千円
    印刷製本費    | 422
    光熱水費      | 109       four values, each named by the label line beside it,
    修繕料        | 764       in 千円 from the cell's own unit line
                  | 300

A cell whose lines (apart from a unit-only line) are all numbers stacks one value per line,
each keeping its line's box; a cell holding several numbers any other way is read whole,
lines apart, so the normalizer calls it ambiguous rather than gluing 422109.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from extract.interpret.structure import is_data_value
from extract.model import BBox, Cell
from normalize import MissingReason, clean_text, parse_quantity

LABELLED_AMOUNT_RE = re.compile(r"^(?P<label>.*\D)\s+(?P<number>[△▲-]?[0-9][0-9,]*)$")
LABEL_LETTER_RE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fffA-Za-z]")
CODE_PREFIX_RE = re.compile(r"^\s*[0-9]{2,4}\s+")  # 002 防犯用街路灯事業費: the 事業 number
MIN_LABEL_LETTERS = 2  # a label of fewer letters (年 4) is a count's wording, not a name
STACK_MAX_LINES = 12  # more lines than this in one cell is a merged block, not a stack
ALIGN_SHARE = 0.5  # line centres closer than this share of a line's height sit side by side


@dataclass(frozen=True, slots=True)
class Piece:
    """One value's text within a cell, with the cell narrowed to it."""

    text: str
    cell: Cell
    label: str | None = None  # the label line beside it, when the row's name cell stacks too


def _lines(cell: Cell) -> list[tuple[str, BBox | None]]:
    lines = [ln.strip() for ln in cell.raw.splitlines() if ln.strip()]
    boxes: list[BBox | None] = list(cell.line_bboxes) if len(cell.line_bboxes) == len(lines) else [None] * len(lines)
    return list(zip(lines, boxes))


def is_unit_line(text: str) -> bool:
    return parse_quantity(text).missing_reason == MissingReason.UNIT_ONLY


def unit_line(cell: Cell) -> str | None:
    """A unit printed in the cell on a line of its own (千円 above the amount)."""
    lines = _lines(cell)
    return next((text for text, _ in lines if is_unit_line(text)), None) if len(lines) > 1 else None


def cell_pieces(cell: Cell, name_cell: Cell | None = None) -> list[Piece]:
    """The values of a cell: one piece, or one per stacked line with its box and label."""
    lines = [(t, b) for t, b in _lines(cell) if not is_unit_line(t)]
    if len(lines) <= 1:
        return [Piece(lines[0][0] if lines else cell.text, cell)]
    if len(lines) > STACK_MAX_LINES or not all(is_data_value(t) for t, _ in lines):
        return [Piece("\n".join(t for t, _ in lines), cell)]  # lines apart: never glued
    labels = aligned_labels(name_cell, [b for _, b in lines]) if name_cell else [None] * len(lines)
    return [Piece(t, replace(cell, prov=replace(cell.prov, bbox=b or cell.prov.bbox)), label)
            for (t, b), label in zip(lines, labels)]


def _beside(a: BBox, b: BBox) -> bool:
    height = max(a[3] - a[1], b[3] - b[1], 1e-6)
    return abs((a[1] + a[3]) / 2 - (b[1] + b[3]) / 2) < ALIGN_SHARE * height


def aligned_labels(name_cell: Cell, value_boxes: list[BBox | None]) -> list[str | None]:
    """For each stacked value, the label beside it; a label line with no value beside it
    continues the label above (自動車損害保 / 険料)."""
    segments: list[tuple[BBox, list[str]]] = []
    for text, box in _lines(name_cell):
        if box is None:
            return [None] * len(value_boxes)
        if not segments or any(v is not None and _beside(box, v) for v in value_boxes):
            segments.append((box, [text]))
        else:
            segments[-1][1].append(text)
    out: list[str | None] = []
    for v in value_boxes:
        match = next((parts for box, parts in segments if v is not None and _beside(box, v)), None)
        out.append(clean_text("".join(match)) if match else None)
    return out


def labelled_lines(cell: Cell) -> list[Piece]:
    """Lines of a note cell that name an amount at their end (暴力追放推進事業費補助金 400,
    002 防犯用街路灯事業費 36,205): one piece per such line, labelled by its words."""
    pieces = []
    for text, box in _lines(cell):
        m = LABELLED_AMOUNT_RE.match(text)
        if m is None or len(LABEL_LETTER_RE.findall(m["label"])) < MIN_LABEL_LETTERS:
            continue
        label = clean_text(CODE_PREFIX_RE.sub("", m["label"]))
        pieces.append(Piece(m["number"], replace(cell, prov=replace(cell.prov, bbox=box or cell.prov.bbox)), label))
    return pieces
