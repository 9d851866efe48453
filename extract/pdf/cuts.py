"""Text a layout engine cut inside one table cell, made whole again.

An engine wraps a cell's text at its column's width: CJK text anywhere, and in a narrow
column even a number (2,60 over 0). The pieces are joined only when they provably belong
together: the first line was full (the next line's first glyph would not have fitted after
it) and the joined text has the digit-group shape a piece alone lacks. A break that cannot
be proved either way is joined with a space, which the normalizer reports as an ambiguous
value; lines that were broken on purpose (696 over 696) stay separate lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.model import BBox
from extract.pdf.grid import union_bbox
from extract.pdf.pieces import VALUE_START_RE, Piece, is_full
from normalize.numbers import GROUPED_NUMBER_RE, WHOLE_NUMBER_RE
from normalize.text import nfkc_safe

NUMBER_HEAD_RE = re.compile(r"^[\d,.]+")
DIGIT_END_RE = re.compile(r"[\d,.]$")
DIGIT_START_RE = re.compile(r"^[\d,.]")


def cell_lines(block: Sequence[Piece], col_width: float) -> list[tuple[str, BBox]]:
    """Given a cell's lines and its column's width, return its lines with numbers cut by a wrap
    rejoined (a run of cut pieces is judged as a whole: 2 / , / 0 / 1 / 8 is 2,018) and CJK text
    wrapped by the engine one line again.

    col_width is the width of the column's widest line (the box text can fill).
    """
    out: list[tuple[str, BBox]] = []
    run: list[Piece] = []  # pieces of one number cut by wraps, not yet joined
    for piece in block:
        if run and is_cut_number(run[-1].text, run[-1].bbox, piece, col_width):
            run.append(piece)
            continue
        if run:
            out.append((join_cut_number([p.text for p in run]), union_bbox(p.bbox for p in run)))
            run = []
        if out and is_cut_word(out[-1][0], out[-1][1], piece, col_width):
            text, box = out[-1]
            out[-1] = (text + piece.text, union_bbox([box, piece.bbox]))
        elif DIGIT_END_RE.search(nfkc_safe(piece.text)):
            run = [piece]
        else:
            out.append((piece.text, piece.bbox))
    if run:
        out.append((join_cut_number([p.text for p in run]), union_bbox(p.bbox for p in run)))
    return out


def is_cut_number(text: str, box: BBox, nxt: Piece, col_width: float) -> bool:
    """True when a line ending in a digit was broken by the engine before a line starting with one.

    The break was the engine's (not the author's) when the next line's first glyph would not
    have fitted after the line: the line was full.
    """
    return bool(DIGIT_END_RE.search(nfkc_safe(text)) and DIGIT_START_RE.match(nfkc_safe(nxt.text))) and is_full(box, nxt, col_width)


def join_cut_number(pieces: Sequence[str]) -> str:
    """Join the pieces of a number cut by wraps: without spaces when their shape proves it — the
    digit groups (2,60 + 0 = 2,600; 2 + , + 0 + 1 + 8 = 2,018), or a piece ending in its
    separator (84. + 3) — for no whole number ends in a separator or a short group; else
    with spaces, which the normalizer reports as an ambiguous value (12 + 345)."""
    folded = [nfkc_safe(p) for p in pieces]
    joined = "".join(pieces)
    if len(pieces) == 1:
        return joined
    pieces_whole = all(WHOLE_NUMBER_RE.match(p) or (k == len(pieces) - 1 and _whole_head(p))
                       for k, p in enumerate(folded))
    if GROUPED_NUMBER_RE.match("".join(folded)) and not pieces_whole:
        return joined
    if any(p[-1] in ".," for p in folded[:-1]) and _whole_head("".join(folded).lstrip("△▲+-−")):
        return joined  # 84. + 3: a number never ends in its separator
    return " ".join(pieces)


def _whole_head(text: str) -> bool:
    head = NUMBER_HEAD_RE.match(text)
    return bool(head and WHOLE_NUMBER_RE.match(head.group()))


def is_cut_word(text: str, box: BBox, nxt: Piece, col_width: float) -> bool:
    """True when the engine broke a full line of text inside a run of CJK or before closing
    punctuation (現状値(R1 / ) ; 単 / 位), where no space was lost: the pieces are one line.

    A break between two Latin letters or digits may have eaten a space, and a value line stays
    a line of its own (the interpreter reads stacked values line by line)."""
    if not text or not nxt.text or VALUE_START_RE.match(nfkc_safe(nxt.text)) or VALUE_START_RE.match(nfkc_safe(text)):
        return False
    if text[-1].isascii() and text[-1].isalnum() and nxt.text[0].isascii() and nxt.text[0].isalnum():
        return False
    return is_full(box, nxt, col_width)
