"""A line of text inside one column of a table (Piece), and whether a line was full.

Shared by the row builder (extract.pdf.rows) and the joining of text a layout engine cut
inside a cell (extract.pdf.cuts). Coordinates are PDF points, top-left origin.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from extract.model import BBox
from extract.vocab import KINSOKU_GLYPHS
from normalize import clean_text
from normalize.brackets import bracket_depth as bracket_depth
from normalize.text import nfkc_safe
from normalize.vocab import NOTE_MARK_CHARS

WRAP_GAP_MAX_EM = 0.75  # a gap between the lines of one cell is at most this share of the line height
FIT_TOL_PT = 1.0  # a glyph fits on a line when it overshoots the column by less than this
LATIN_WORD_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.,]*")  # a run of Latin letters and digits no engine breaks inside
VALUE_START_RE = re.compile(r"^([△▲+\-−]?\d[\d,]*(\.\d+)?(?![\d年度月日])|[-−―—]+$)")  # 1,664件/年, ▲4.3, -
SEPARATORS = frozenset(".,")  # a number never ends in one
NOTE_MARK_END_RE = re.compile(f"[{NOTE_MARK_CHARS}][0-9]*$")  # 80.36※, 人※2: a note's mark closing a line, after its figure or unit


@dataclass(frozen=True, slots=True)
class Piece:
    """One line of text inside one column: its text, box (top-left origin), column and page."""

    text: str
    bbox: BBox
    col: int
    page: int = 0

    @property
    def height(self) -> float:
        return self.bbox[3] - self.bbox[1]


Block = list[Piece]  # the lines of one cell, top to bottom


def by_column(pieces: Iterable[Piece]) -> dict[int, list[Piece]]:
    """The pieces per column, each column's top to bottom (page by page), columns in the order
    their topmost piece comes."""
    cols: dict[int, list[Piece]] = {}
    for p in sorted(pieces, key=lambda p: (p.page, p.bbox[1])):
        cols.setdefault(p.col, []).append(p)
    return cols


def advance(ch: str) -> int:
    """A glyph's advance in half-widths: 2 for a wide (CJK, full-width) character, 1 for the rest."""
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def is_full(box: BBox, nxt: Piece, col_width: float) -> bool:
    """True when the next line's first glyph would not have fitted after the line in box (with
    the glyph after it when that one may not open a line: 行頭禁則, JIS X 4051). The glyph's
    width is its share of the next line's width by advance (a digit half a kanji)."""
    text = nxt.text.replace(" ", "")
    first = text[:2] if len(text) > 1 and text[1] in KINSOKU_GLYPHS else text[:1]  # 2% moves as one: % never opens a line
    units = sum(advance(ch) for ch in text)
    glyph = (nxt.bbox[2] - nxt.bbox[0]) * sum(advance(ch) for ch in first) / max(1, units)
    return (box[2] - box[0]) + glyph > col_width + FIT_TOL_PT


def is_full_for_word(box: BBox, nxt: Piece, col_width: float) -> bool:
    """True when the next line's first word would not have fitted after the line in box in a column
    col_width wide: a number or a run of Latin letters goes down whole (UAX #14 breaks inside neither),
    so its whole width counts (its share of the next line's width by advance); else its first glyph
    (is_full)."""
    text = folded(nxt.text)
    word = VALUE_START_RE.match(text) or LATIN_WORD_RE.match(text)
    if word is None or not word.group():
        return is_full(box, nxt, col_width)
    units = sum(advance(ch) for ch in text)
    share = (nxt.bbox[2] - nxt.bbox[0]) * sum(advance(ch) for ch in word.group()) / max(1, units)
    return (box[2] - box[0]) + share > col_width + FIT_TOL_PT


def folded(text: str) -> str:
    """A line's text as its figures read: NFKC (circled numbers kept), word spaces taken out."""
    return nfkc_safe(text).replace(" ", "")


def is_digits(text: str) -> bool:
    """True when a line (folded) is digits only: the rest of a number a wrap cut."""
    return folded(text).isdigit()


def opens_with_digit(text: str) -> bool:
    """True when a line's first glyph (folded) is a digit: the only way a number's rest opens."""
    return folded(text)[:1].isdigit()


def ends_in_separator(text: str) -> bool:
    """Digits ending in a decimal point or a thousands comma (3. over 8%, a narrow ruled cell's 53.8%):
    a number cut, whatever the width, for a number never ends in one."""
    text = folded(text)
    return text[-1:] in SEPARATORS and text[:-1].replace(",", "").isdigit()


def continuable(text: str) -> bool:
    """True when digits on the next line could continue this number (4278 + 5, 15. + 8): it ends
    in a digit or a separator and has no thousands group before, which a continuation would break."""
    text = folded(text)
    return (text[-1:].isdigit() or text[-1:] in SEPARATORS) and "," not in text[:-1]


def text_bracket_depth(raw: str) -> int:
    """bracket_depth of a segment's text as the page gives it (folded first: （ is (, ⼈ is 人)."""
    return bracket_depth(clean_text(raw))


def bracket_close(texts: Sequence[str], start: int) -> int | None:
    """The index of the text that closes the bracket texts[start] leaves open (the texts from start
    on, run together, back to depth 0 or below there first), or None where texts[start] leaves none
    open or no later text closes it."""
    if text_bracket_depth(texts[start]) <= 0:
        return None
    return next((j for j in range(start + 1, len(texts)) if text_bracket_depth("".join(texts[start:j + 1])) <= 0), None)


def side_line_first(lines: Sequence[Piece]) -> list[Piece]:
    """A cell's lines in reading order: a line set wholly left of two or more others and within their height (a
    款 number centred beside its name's two lines, 32 | 国民健康保険 / 事業費納付金, setagaya_r8_tousho_yosan p284)
    opens the cell; the others keep their order top to bottom."""
    if len(lines) < 3:
        return list(lines)
    for k, line in enumerate(lines):
        rest = [ln for i, ln in enumerate(lines) if i != k]
        if (line.bbox[2] < min(ln.bbox[0] for ln in rest) and min(ln.bbox[1] for ln in rest) <= line.bbox[1]
                and line.bbox[3] <= max(ln.bbox[3] for ln in rest)):
            return [line, *rest]
    return list(lines)
