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
from functools import lru_cache

from extract.interpret.budget import YEN
from extract.interpret.facets import bare_unit
from extract.interpret.structure import DIGIT_RE, is_data_value
from extract.model import BBox, Cell
from extract.pdf.grid import union_bbox
from extract.vocab import CALCULATION_OPERATORS, PHRASE_LINKS, SENTENCE_END
from normalize.brackets import is_bracketed
from normalize import MissingReason, clean_text, parse_quantity
from normalize.quantity import states_apart
from normalize.numbers import groups_prove_cut, join_spaced_number
from normalize.units import completes_unit
from normalize.text import join_spaced_digits, nfkc_safe
from normalize.vocab import MINUS_CHARS
from normalize.years import find_year

UNIT_LINE_CACHE_SIZE = 4096  # line texts whose is_unit_line answer is kept: stacked cells ask for most several times
NUMBER_PATTERN = r"[0-9][0-9,]*(?:\.[0-9]+)?"  # 1,664, 119.8: digits with group commas and a decimal part
LABELLED_AMOUNT_RE = re.compile(rf"^(?P<label>.*?)\s*(?P<number>[△▲]?\s*-?{NUMBER_PATTERN})$")  # 119.8: one number
# in a column itemising amounts (説明), the amount may carry its yen unit (人件費の増 59,579千円,
# 1億2,529万円); a 概要 column's prose names caps and rates that way (上限 700,000円)
LABELLED_YEN_RE = re.compile(
    r"^(?P<label>.*?)\s*(?P<number>[△▲]?\s*-?(?:[0-9][0-9,]*億(?:[0-9][0-9,]*万)?円|[0-9][0-9,]*万円"
    rf"|{NUMBER_PATTERN}\s*(?:千円|百万円|円)))$")
LABEL_FIGURE_END_RE = re.compile(r"[0-9][0-9,.]*\s*$")  # a label ending in a figure: the amount after it goes on from it
LABEL_YEN_FIGURE_RE = re.compile(rf"{NUMBER_PATTERN}\s*(?:億|万円|千円|百万円|円)")  # a money figure inside a label
CALCULATION_TERM_RE = re.compile(rf"[0-9]\s*[{re.escape(CALCULATION_OPERATORS)}]\s*$")  # 104,842×10／: a term follows
LABEL_LETTER_RE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fffA-Za-z]")
CODE_PREFIX_RE = re.compile(r"^\s*[0-9]{2,4}\s+")  # 002 防犯用街路灯事業費: the 事業 number
MIN_LABEL_LETTERS = 2  # a label of fewer letters (年 4) is a count's wording, not a name
STACK_MAX_LINES = 12  # more lines than this in one cell is a merged block, not a stack
STACK_ALIGN_TOL_PT = 1.0  # stacked values' right edges agree within this (PDF points)
NUMBER_PIECE_RE = re.compile(r"^[△▲+\-−]?[\d,.]+$")  # a number or a piece of one (2,60)
ALIGN_SHARE = 0.5  # line centres closer than this share of a line's height sit side by side


@dataclass(frozen=True, slots=True)
class Piece:
    """One value's text within a cell, with the cell narrowed to it."""

    text: str
    cell: Cell
    label: str | None = None  # the label line beside it, when the row's name cell stacks too
    note: str | None = None  # words above it inside its own cell ((債) over 10,800)


def _lines(cell: Cell) -> list[tuple[str, BBox | None]]:
    """The cell's lines with their boxes, a unit a wrap cut (t-CO over 2) whole on its value's line."""
    lines = [ln.strip() for ln in cell.raw.splitlines() if ln.strip()]
    boxes: list[BBox | None] = list(cell.line_bboxes) if len(cell.line_bboxes) == len(lines) else [None] * len(lines)
    out: list[tuple[str, BBox | None]] = []
    for text, box in zip(lines, boxes):
        if out and completes_unit(out[-1][0], text):
            above, above_box = out.pop()
            text, box = above + text, union_bbox([above_box, box]) if above_box and box else None
        out.append((text, box))
    return out


@lru_cache(maxsize=UNIT_LINE_CACHE_SIZE)
def is_unit_line(text: str) -> bool:
    """A line that is only a unit: 千円, or a plain one (円, %, 人) printed above its number."""
    return parse_quantity(text).missing_reason == MissingReason.UNIT_ONLY or bare_unit(text) is not None


def unit_line(cell: Cell) -> str | None:
    """A unit printed in the cell on a line of its own (千円 above the amount)."""
    lines = _lines(cell)
    return next((text for text, _ in lines if is_unit_line(text)), None) if len(lines) > 1 else None


def cell_pieces(cell: Cell, name_cell: Cell | None = None, spaced: bool = False) -> list[Piece]:
    """The values of a cell: one piece, or one per stacked number line with its box, the
    label beside it in the name cell, and the words above it in the cell itself ((債) over
    10,800). Lines of words without digits around a single number (text running over from
    a neighbouring cell) leave that number alone. spaced: the column spaces its digits (６ １ is 61)."""
    lines = [(t, b) for t, b in _lines(cell) if not is_unit_line(t)]
    if len(lines) <= 1:
        return [Piece(lines[0][0] if lines else cell.text, cell)]
    lines = [(spaced_joined(t), b) for t, b in lines] if spaced else lines
    if all(NUMBER_PIECE_RE.match(t) for t, _ in lines) and (not is_stack([b for _, b in lines]) or _glyph_per_line(lines)):
        return [_cut_number([t for t, _ in lines], cell)]
    if proviso_follows(lines):
        return [Piece(lines[0][0], _narrowed(cell, lines[0][1]))]
    numbers = [i for i, (t, _) in enumerate(lines) if is_data_value(t)]
    words_only = all(not DIGIT_RE.search(t) for i, (t, _) in enumerate(lines) if i not in numbers)
    if len(lines) > STACK_MAX_LINES or not numbers or not words_only or states_apart(cell.raw):
        return [Piece("\n".join(t for t, _ in lines), cell)]  # lines apart: never glued
    if len(numbers) == 1:
        text, box = lines[numbers[0]]
        return [Piece(text, _narrowed(cell, box))]
    boxes = [lines[i][1] for i in numbers]
    if not is_stack(boxes) and not any(is_bracketed(lines[i][0]) for i in numbers[1:]):
        return [_cut_number([lines[i][0] for i in numbers], cell)]
    labels = aligned_labels(name_cell, boxes) if name_cell else [None] * len(numbers)
    notes = [_words_above(lines, i, numbers) for i in numbers]
    return [Piece(lines[i][0], _narrowed(cell, lines[i][1]), label, note)
            for i, label, note in zip(numbers, labels, notes)]


def proviso_follows(lines: list[tuple[str, BBox | None]]) -> bool:
    """True for a cell opening with its figure alone on a line, the lines under it a sentence (５，２００ over
    ただし、７年度から21年度までの15か年間に 5.0％の利息を限度に元利償還金相当額を補給する。, a 債務負担行為's 限度額,
    fuji_r6 p10): the figure is the cell's value, the sentence a proviso on it whatever figures it names."""
    rest = clean_text("".join(t for t, _ in lines[1:]))
    return len(lines) > 1 and is_data_value(lines[0][0]) and rest.endswith(SENTENCE_END)


def spaced_joined(line: str) -> str:
    """A line of digits spaced glyph by glyph as one number, framed by a bracket too ([６ ９ ] is
    [69]: 職員数 61 over its 条例定数 [69], otoineppu_kyuyo p10); any other line as it is."""
    clean = clean_text(line)
    framed = is_bracketed(clean)
    joined = join_spaced_digits(clean[1:-1].strip() if framed else clean)
    return line if joined is None else f"{clean[0]}{joined}{clean[-1]}" if framed else joined


def is_stack(boxes: list[BBox | None]) -> bool:
    """Numbers one per line are a stack when they share their right edge (values set flush
    right) or both edges; lines flush left only and of different widths may be one number
    the layout wrapped (1.4 over 3). Without boxes (text exports) lines are a stack."""
    if any(b is None for b in boxes):
        return True
    rights = [b[2] for b in boxes if b is not None]
    return max(rights) - min(rights) <= STACK_ALIGN_TOL_PT


def _glyph_per_line(lines: list[tuple[str, BBox | None]]) -> bool:
    """True when a layout set each line one glyph (boxes known): their edges agreeing proves no
    stack, for a column one glyph wide wraps any number a glyph per line (６ / １ / ４ under H30,
    corpus seed 850 kpi_year_matrix in chromium_borderless), and lines of one digit each may be
    one number or several."""
    return all(box is not None and len(nfkc_safe(t)) == 1 for t, box in lines)


def _cut_number(pieces: list[str], cell: Cell) -> Piece:
    """A number wrapped over lines: joined where its digit groups prove it (2,60 over 0),
    else kept apart, which the normalizer reads as ambiguous (1.4 over 3)."""
    return Piece("".join(pieces) if groups_prove_cut(pieces, last_runs_on=True) else "\n".join(pieces), cell)


def _narrowed(cell: Cell, box: BBox | None) -> Cell:
    return replace(cell, prov=replace(cell.prov, bbox=box or cell.prov.bbox))


def _words_above(lines: list[tuple[str, BBox | None]], index: int, numbers: list[int]) -> str | None:
    """The word lines between this number and the one before it."""
    previous = max((i for i in numbers if i < index), default=-1)
    words = [t for t, _ in lines[previous + 1:index]]
    return clean_text("".join(words)) if words else None


def _beside(a: BBox, b: BBox) -> bool:
    height = max(a[3] - a[1], b[3] - b[1], 1e-6)
    return abs((a[1] + a[3]) / 2 - (b[1] + b[3]) / 2) < ALIGN_SHARE * height


def is_annotation(text: str) -> bool:
    """A label wholly in brackets annotates the label above it."""
    return is_bracketed(text)


def aligned_labels(name_cell: Cell, value_boxes: list[BBox | None]) -> list[str | None]:
    """For each stacked value, the label beside it; a label line with no value beside it, or
    one wholly in brackets (一般会計 / （議案第5号）), continues the label above (自動車損害保 /
    険料); a value beside such a line has no label of its own."""
    segments: list[tuple[BBox, list[str]]] = []
    for text, box in _lines(name_cell):
        if box is None:
            return [None] * len(value_boxes)
        if not segments or (not is_annotation(text) and any(v is not None and _beside(box, v) for v in value_boxes)):
            segments.append((box, [text]))
        else:
            segments[-1][1].append(text)
    out: list[str | None] = []
    for v in value_boxes:
        match = next((parts for box, parts in segments if v is not None and _beside(box, v)), None)
        out.append(clean_text("".join(match)) if match else None)
    return out


REFERENCE_MARK_RE = re.compile(r"(?:[A-Za-z]|No\.?|№|第)$")  # P325, No.12, 第3: a number that names a place


def is_reference(match: re.Match[str]) -> bool:
    """True when a line's closing number is written onto a reference mark (P325, No.12), not
    set apart from the words as an amount is."""
    glued = match.end("label") == match.start("number")
    return glued and bool(REFERENCE_MARK_RE.search(match["label"]))


# 都支出金 228、その他 6,262 or 東灘6,灘3: a list of labelled amounts (a comma before a digit groups thousands);
# 本年度債務負担額 8,523,809 特財：繰入金 5,754,363: an amount, then a list its heading (特財：) opens after a space
LIST_AFTER_AMOUNT_RE = re.compile(r"(?<=[0-9])\s*(?:、|,(?![0-9]))\s*|(?<=[0-9])\s+(?=[^\s0-9:：]{1,8}[:：])")
LABEL_PREFIX_RE = re.compile(r"^[^:：]{1,8}[:：]\s*")  # 特財： heads every item of its list


def amount_segments(line: str) -> list[str]:
    """A line listing several labelled amounts (特財：都支出金 228、その他 6,262) split into one
    segment each, a list's heading (特財：) carried to the items after it that state none."""
    parts = [p for p in LIST_AFTER_AMOUNT_RE.split(line) if p.strip()]
    out, heading = [], ""
    for k, part in enumerate(parts):
        own = LABEL_PREFIX_RE.match(part) if len(parts) > 1 else None
        heading = own.group(0) if own else heading
        out.append(part if own or not k else heading + part)
    return out or [line]


# A line ending in a number or its sign, then a line holding only the rest of an amount: the
# cell's width cut the amount (人件費の増 ６２， / ３７１，６２９円; 国庫補助金の確定 １ /
# ３１，２５８，８３３円); a line opening with a number and words is an item of its own (002 防犯用…)
CUT_NUMBER_END_RE = re.compile(rf"(?:[0-9,]|(?:^|\s)[{re.escape(MINUS_CHARS)}])$")
LEADING_NUMBER_RE = re.compile(r"^[0-9,.]+")


def _amount_only(text: str) -> bool:
    """True when the line is a number, or a piece of one, and at most its unit (３円, ６８，１１３)."""
    m = LEADING_NUMBER_RE.match(text)
    rest = text[m.end():].strip() if m else ""
    return m is not None and (not rest or is_unit_line(rest))


def _continues(above: str, text: str) -> bool:
    """True when text continues the amount the line above ends with: a unit alone (千円 under
    1億5,257) or the rest of its digits (371,629円 under 62,). Lines are NFKC-folded."""
    if is_unit_line(text):
        return above[-1:].isdigit()
    return bool(CUT_NUMBER_END_RE.search(above)) and _amount_only(text)


def _names(above: str, text: str) -> bool:
    """True when a line holding only an amount stands under a line of words only: the label the
    amount belongs to (災害復旧費の追加 / １８，０６８，１１３円)."""
    return _amount_only(text) and not DIGIT_RE.search(above)


def _rejoined(lines: list[tuple[str, BBox | None]]) -> list[tuple[str, BBox | None]]:
    """The cell's lines, a line that continues the amount ending the line above joined to it:
    the cell wrapped an amount at its unit (人件費の増 １億５，２５７ / 万円, corpus seed 12
    budget_supplementary in pdf_grid) or inside its digits (人件費の増 ６２， / ３７１，６２９円),
    which read apart give 5,257万円 to 人件費の増 １億, or 629 to 人件費の増62,371,."""
    out: list[tuple[str, BBox | None]] = []
    for text, box in lines:
        above, above_box = out[-1] if out else ("", None)
        glue = "" if out and _continues(above, text) else " " if out and _names(above, text) else None
        if glue is not None:
            out[-1] = (above + glue + text, union_bbox([above_box, box]) if above_box and box else None)
        else:
            out.append((text, box))
    return out


def labelled_lines(cell: Cell, itemised: bool = False) -> list[Piece]:
    """Lines of a note cell that name an amount at their end (暴力追放推進事業費補助金 400,
    002 防犯用街路灯事業費 36,205): one piece per such line, labelled by its words; in a column
    itemising amounts (itemised), also an amount with its yen unit (人件費の増 59,579千円)."""
    pieces = []
    folded = [(nfkc_safe(line), box) for line, box in _lines(cell)]
    for line, box in _rejoined(folded):
        segments = amount_segments(join_spaced_number(line))
        read = [piece for text in segments if (piece := _labelled_amount(text, cell, box, itemised))]
        if len(segments) == 1 or len(read) == len(segments):
            pieces += read  # a list (東灘6,灘3,…) is read whole or not at all: its last item is no amount of the line
    return pieces


def _labelled_amount(text: str, cell: Cell, box: BBox | None, itemised: bool) -> Piece | None:
    """The amount a segment of a note line names at its end, labelled by its words."""
    m = LABELLED_AMOUNT_RE.match(text) or (LABELLED_YEN_RE.match(text) if itemised else None)
    if m is None or len(LABEL_LETTER_RE.findall(m["label"])) < MIN_LABEL_LETTERS:
        return None
    if m["label"].rstrip().endswith(PHRASE_LINKS):
        return None  # 月額の100分の 8: the number ends the phrase, it is no amount the words name
    if CALCULATION_TERM_RE.search(m["label"]):
        return None  # 学校給食費物価高騰対策事業 104,842×10／10: the last term of a calculation, no amount
    if is_reference(m):
        return None  # 充当事業：区税徴収・P325: a page (or item) the words refer to, no amount
    if LABEL_FIGURE_END_RE.search(m["label"]):
        return None  # 事業費の追加 19 2,266,047: a number a wrap cut, unproved (192,266,047), or two side by side
    if LABEL_YEN_FIGURE_RE.search(m["label"]):
        return None  # 賠償限度 対人1人 1億円 1事故 10億円: amounts side by side, each with its own words, none the line's
    label = clean_text(CODE_PREFIX_RE.sub("", m["label"]))
    return Piece(m["number"], _narrowed(cell, box), label)


# a line of a 説明 cell stating a count set apart from its words (対象者 118人, 国保連審査支払件数 2,700件／月)
LABELLED_COUNT_RE = re.compile(rf"^(?P<label>.*?\S)\s+(?P<number>{NUMBER_PATTERN}\s*\S+)$")


def labelled_counts(cell: Cell) -> list[Piece]:
    """Lines of a note cell that state a count in a unit other than money at their end, or before the amount
    ending them, set apart from the words naming it (対象者 118人 under 重症心身障害者等介護手当費 7,080;
    審査会委員 10人 1,620): one piece per line, labelled."""
    pieces = []
    for line, box in _lines(cell):
        text = nfkc_safe(line).strip()
        amount = LABELLED_AMOUNT_RE.match(text)
        if amount is not None:
            text = amount["label"].strip()  # 障害支援区分認定等審査会委員 １０人 1,620: the count the amount is for
        m = LABELLED_COUNT_RE.match(text)
        words = CODE_PREFIX_RE.sub("", m["label"]) if m else ""
        if m is None or len(LABEL_LETTER_RE.findall(words)) < MIN_LABEL_LETTERS or DIGIT_RE.search(words) \
                or ends_in_year(text):
            continue
        q = parse_quantity(m["number"])
        if q.value is not None and q.unit and not q.unit.startswith(YEN) and q.year is None and not q.qualifiers:
            label = clean_text(words)
            pieces.append(Piece(m["number"], _narrowed(cell, box), label))
    return pieces


COUNT_END_RE = re.compile(rf"\s*{NUMBER_PATTERN}\s*[^\s0-9,.]+$")  # 委員10人: a count ending a label


def without_count(label: str) -> str:
    """A label without the count at its end (審査会委員 10人, folded 審査会委員10人 → 審査会委員)."""
    m = COUNT_END_RE.search(label)
    q = parse_quantity(m.group()) if m else None
    counted = m and q and q.unit and q.year is None and label[:m.start()].strip() and not ends_in_year(label)
    return label[:m.start()] if m and counted else label


def ends_in_year(text: str) -> bool:
    """True when the text ends in a year (工期 令和 6年): its last figure is the year's, no count."""
    found = find_year(text)
    return found is not None and not text[found[2]:].strip()
