"""Part a segment where a hanging glyph glued a cell's last line to the next column's text.

A typesetter may hang a glyph that may not open a line (行頭禁則: ）、。) past a cell's right
edge rather than carry it over (ぶら下げ). Its box then reaches the next column and the engine
sees no gap between it and the next cell's text: 通行量（休日）計画 for 通行量（休日） | 計画.
Where other lines of the table start a segment at the x the glued tail starts, that x is a
column start; where no other table line's segment in the head's column reaches past it, the
column ends there, and the segment is two.
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.pdf.grid import ALIGN_TOL_PT, Segment, SegLine
from extract.pdf.pieces import advance

# The glyphs a typesetter hangs (ぶら下げ, JIS X 4051): closing brackets and punctuation, not
# the small kana or ー that also may not open a line (those are carried over, never hung).
HANGING_GLYPHS = "、。，．）〕］｝〉》」』】)]}"
MIN_WITNESSES = 2  # segments of other lines starting at an x make it a column start
TAIL_TOL_GLYPHS = 0.5  # a glued tail's estimated start lies this share of a wide glyph from that column start


def split_hung_glyphs(lines: Sequence[SegLine]) -> list[SegLine]:
    """Given a table's lines, return them with each segment glued after a hanging glyph parted
    at the column start its tail begins at (see module docstring)."""
    spans = [(k, s.bbox[0], s.bbox[2]) for k, ln in enumerate(lines) for s in ln.segments]
    out = []
    for k, ln in enumerate(lines):
        if not any(ch in HANGING_GLYPHS for s in ln.segments for ch in s.text[:-1]):
            out.append(ln)
            continue
        others = [(a, b, lines[j].is_multi) for j, a, b in spans if j != k and lines[j].page == ln.page]
        segs = tuple(part for s in ln.segments for part in split_segment(s, others))
        out.append(ln if len(segs) == len(ln.segments) else SegLine(segs, ln.bbox, ln.page, ln.text))
    return out


def split_segment(seg: Segment, others: Sequence[tuple[float, float, bool]]) -> list[Segment]:
    """A segment as two when a HANGING_GLYPHS glyph inside it (not a separator between digits:
    １，０２０) is followed by text whose
    estimated start (its advance back from the segment's right end) lies within TAIL_TOL_GLYPHS
    of a wide glyph from an x where at least MIN_WITNESSES segments of other lines start, and
    which no segment of another table line (others: x0, x1, on a line of two or more segments)
    starting where this one starts reaches past: the end of the head's column."""
    text = seg.text
    x0, top, x1, bottom = seg.bbox
    scale = (x1 - x0) / max(1, sum(advance(ch) for ch in text))  # pt per half-width
    for i in range(len(text) - 2, -1, -1):
        tail = text[i + 1:]
        if text[i] not in HANGING_GLYPHS or not tail.strip() or tail[0] == " " or text[i - 1:i].isdigit() and tail[0].isdigit():
            continue
        estimate = x1 - sum(advance(ch) for ch in tail) * scale
        column = _witnessed([a for a, _, _ in others], estimate, TAIL_TOL_GLYPHS * advance("\u3000") * scale)
        if column is None or not x0 < column < x1 or not _column_ends(others, x0, column):
            continue
        head_end = min(column, x0 + sum(advance(ch) for ch in text[:i + 1]) * scale)
        return [Segment(text[:i + 1], (x0, top, head_end, bottom)), *split_segment(Segment(tail, (column, top, x1, bottom)), others)]
    return [seg]


def _column_ends(others: Sequence[tuple[float, float, bool]], x0: float, column: float) -> bool:
    """True when some table line holds a segment starting at x0 and none of them reaches past column."""
    mates = [b for a, b, multi in others if multi and abs(a - x0) <= ALIGN_TOL_PT]
    return bool(mates) and max(mates) <= column


def _witnessed(starts: Sequence[float], x: float, tol: float) -> float | None:
    """The x near x (within tol) where at least MIN_WITNESSES of starts lie (within ALIGN_TOL_PT), or None."""
    near = [s for s in starts if abs(s - x) <= tol and sum(1 for t in starts if abs(t - s) <= ALIGN_TOL_PT) >= MIN_WITNESSES]
    return min(near, key=lambda s: abs(s - x), default=None)
