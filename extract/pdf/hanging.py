"""Part a segment where a hanging glyph, or a gap narrower than a column gap, glued a cell's
line to the next column's text.

A typesetter may hang a glyph that may not open a line (行頭禁則: ）、。) past a cell's right
edge rather than carry it over (ぶら下げ). Its box then reaches the next column and the engine
sees no gap between it and the next cell's text: 通行量（休日）計画 for 通行量（休日） | 計画.
Where other lines of the table start a segment at the x the glued tail starts, that x is a
column start; where no other table line's segment in the head's column reaches past it, the
column ends there, and the segment is two. Two cells of kanji and kana set closer than a column
gap (both wrapped: シティプロモー | まちづくり推) show the gap only in the run's width: their
glyphs are an em wide each (_glued_at).
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.pdf.glyphs import closes_bracket, is_em_wide
from extract.pdf.grid import ALIGN_TOL_PT, Segment, SegLine
from extract.pdf.pieces import advance, bracket_depth
from extract.vocab import HANGING_GLYPHS, KINSOKU_CLASSES
from normalize.text import nfkc_safe

# The split below asks the tail after a hanging glyph (HANGING_GLYPHS) to start at a witnessed
# column start, whatever the glyph.
MIN_WITNESSES = 2  # segments of other lines starting at an x make it a column start
GLUE_GAP_EM = 0.1  # a run of kanji / kana this much (share of its em) wider than its glyphs hides a gap between two cells
TAIL_TOL_GLYPHS = 0.5  # a glued tail's estimated start lies this share of a wide glyph from that column start
WRAP_REACH_EM = 1.0  # a cell's next line starts at most this many of its ems below its line's foot
# A full-width closing bracket, comma or full stop is half a glyph and half a space (JIS X 4051's
# half-em glyphs in an em box): its ink ends INK_SHARE of its box from its start.
LEFT_INK_GLYPHS = frozenset("".join(KINSOKU_CLASSES[name] for name in ("closing brackets", "full stops", "commas")))
INK_SHARE = 0.5  # share of such a glyph's box its ink fills, from the left
FULL_WIDTH_SHARE = 0.9  # a glyph whose box is this share of its size or wider is set full-width


def split_hung_glyphs(lines: Sequence[SegLine]) -> list[SegLine]:
    """Given a table's lines, return them with each segment glued after a hanging glyph parted
    at the column start its tail begins at (see module docstring)."""
    spans = [(k, s.bbox[0], measure_end(s)) for k, ln in enumerate(lines) for s in ln.segments]
    out = []
    for k, ln in enumerate(lines):
        if not any(_may_part(s) for s in ln.segments):
            out.append(ln)
            continue
        others = [(a, b, lines[j].is_multi) for j, a, b in spans if j != k and lines[j].page == ln.page]
        segs = tuple(part for s in ln.segments for part in split_segment(s, others, closes_below(s, lines[k + 1:], ln.page), not ln.is_multi))
        out.append(ln if len(segs) == len(ln.segments) else SegLine(segs, ln.bbox, ln.page, ln.text))
    return out


def closes_below(seg: Segment, below: Sequence[SegLine], page: int) -> bool:
    """True when the segment's next line in its column (a segment of a line below on its page
    starting where it starts, within ALIGN_TOL_PT, at most WRAP_REACH_EM of its ems below its
    foot) closes more brackets than it opens: the segment's text runs on into it."""
    x0, _, _, bottom = seg.bbox
    reach = WRAP_REACH_EM * (bottom - seg.bbox[1])
    for ln in below:
        if ln.page != page or ln.bbox[1] - bottom > reach:
            return False
        nxt = next((s for s in ln.segments if abs(s.bbox[0] - x0) <= ALIGN_TOL_PT), None)
        if nxt is not None:
            return bracket_depth(nfkc_safe(nxt.text)) < 0
    return False


def split_segment(seg: Segment, others: Sequence[tuple[float, float, bool]], runs_on: bool = False,
                  alone: bool = False) -> list[Segment]:
    """A segment as two when a HANGING_GLYPHS glyph inside it (not a separator between digits:
    １，０２０) is followed by text (not a closing bracket: the ） of （2025年度（令和7年度））
    right-aligned over figures, corpus seed 59 kpi_baseline_target in html_borderless; nor one
    opening a bracket it leaves open when runs_on, the segment's next line closing it under the
    head (目標値（最終年度）（2023 over 年度）, a header wrapped inside its bracket, corpus seed 526
    kpi_baseline_target in html_borderless: its own cell's line would close it under the tail)) whose
    estimated start (its advance back from the segment's right end) lies within TAIL_TOL_GLYPHS
    of a wide glyph from an x where at least MIN_WITNESSES segments of other lines start, and
    which no segment of another table line (others: x0, x1, on a line of two or more segments)
    starting where this one starts reaches past: the end of the head's column; the tail's first
    cell must end by the next column start (_tail_fits). A segment alone on its line (alone) is
    parted only where its tail's start is shown exactly (_tail_start)."""
    text = seg.text
    x0, top, x1, bottom = seg.bbox
    if seg.is_stacked:
        return [seg]  # lines set one over another: no one glyph advance places a tail (a stacked segment, read whole)
    scale = (x1 - x0) / max(1, sum(advance(ch) for ch in text))  # pt per half-width
    for i in range(len(text) - 2, -1, -1):
        tail = text[i + 1:]
        if text[i] not in HANGING_GLYPHS or not tail.strip() or tail[0] == " " or closes_bracket(tail[0]) or \
                text[i - 1:i].isdigit() and tail[0].isdigit() or runs_on and _left_open(tail):
            continue
        estimate, tol = _tail_start(tail, x1, scale, bottom - top, alone)
        column = _witnessed([a for a, _, _ in others], estimate, tol)
        if column is None or not x0 < column < x1 or not _column_ends(others, x0, column):
            continue
        rest = split_segment(_piece(seg, i + 1, len(text), column, x1), others)
        if not _tail_fits(others, column, rest[0]):
            continue
        head_end = min(column, x0 + sum(advance(ch) for ch in text[:i + 1]) * scale)
        return [_piece(seg, 0, i + 1, x0, head_end), *rest]
    glued = _glued_at(seg, others, runs_on)
    if glued is None:
        return [seg]
    cut, column = glued
    rest = split_segment(_piece(seg, cut, len(text), column, x1), others)
    if not _tail_fits(others, column, rest[0]):
        return [seg]
    return [_piece(seg, 0, cut, x0, x0 + cut * (bottom - top)), *rest]


def _tail_start(tail: str, x1: float, scale: float, em: float, alone: bool) -> tuple[float, float]:
    """Where a tail ending at x1 starts, and how near a column start that must lie: placed by glyph
    advance (scale: pt per half-width), within TAIL_TOL_GLYPHS of a wide glyph; but a tail of
    em-wide glyphs (kanji, kana) in a segment alone on its line starts its length in ems before x1,
    within ALIGN_TOL_PT. No cell of another column on its line shows its row: a section heading
    set solid across the table (（2）移住・定住の促進, whose 定住の促進 starts 3.3 pt before the 区分
    column, corpus seed 509 kpi_year_matrix in pdf_rules, dev7 wordings) is no cell glued after a hung ・."""
    if alone and all(is_em_wide(ch) for ch in tail):
        return x1 - len(tail) * em, ALIGN_TOL_PT
    return x1 - sum(advance(ch) for ch in tail) * scale, TAIL_TOL_GLYPHS * advance("\u3000") * scale


def _piece(seg: Segment, start: int, end: int, x0: float, x1: float) -> Segment:
    """The part of a segment's text from start to end, set from x0 to x1, with the joints inside it:
    a tail parted after a hung glyph keeps the joints where its own glued cells meet (26人（延べ260日）
    24人（延べ240日）… before 未達成, corpus seed 764 kpi_progress in pdf_rules)."""
    joints = tuple((i - start, x) for i, x in seg.joints if start < i < end)
    return Segment(seg.text[start:end], (x0, seg.bbox[1], x1, seg.bbox[3]), joints)


def ink_end(text: str, x0: float, x1: float, size: float) -> float:
    """Where a glyph set from x0 to x1 in a font of size draws its last ink: a full-width closing
    bracket, comma or full stop (LEFT_INK_GLYPHS) leaves the second half of its box blank, and a
    text set on another line of the row may start there (要介護認定率（%） reaching 2.6 pt past
    the start of 末）, the wrapped end of the next column's 目標（最終年度 set 2.5 pt higher, corpus
    seed 504 kpi_year_matrix in pdf_rules, dev7 wordings)."""
    if text in LEFT_INK_GLYPHS and x1 - x0 >= FULL_WIDTH_SHARE * size:
        return x0 + INK_SHARE * (x1 - x0)
    return x1


def measure_end(seg: Segment) -> float:
    """Where a segment's line ends before a HANGING_GLYPHS glyph it ends in (hung past its cell's
    edge, as （平成26年） reaching 0.5 pt into the next column beside 年30,342), else its right end."""
    text, (x0, _, x1, _) = seg.text, seg.bbox
    if len(text) < 2 or text[-1] not in HANGING_GLYPHS:
        return x1
    return x1 - advance(text[-1]) * (x1 - x0) / max(1, sum(advance(ch) for ch in text))


def _may_part(seg: Segment) -> bool:
    return any(ch in HANGING_GLYPHS for ch in seg.text[:-1]) or _hides_gap(seg)


def _hides_gap(seg: Segment) -> bool:
    """True for a run of two or more kanji and kana wider than its glyphs by GLUE_GAP_EM of an em."""
    text, (x0, top, x1, bottom) = seg.text, seg.bbox
    em = bottom - top
    return len(text) >= 2 and all(is_em_wide(ch) for ch in text) and (x1 - x0) - len(text) * em >= GLUE_GAP_EM * em


def _left_open(tail: str) -> bool:
    return bracket_depth(nfkc_safe(tail)) > 0


def _glued_at(seg: Segment, others: Sequence[tuple[float, float, bool]], runs_on: bool = False) -> tuple[int, float] | None:
    """Where a run of kanji and kana glues two cells closer than a column gap (シティプロモー
    beside まちづくり推, both wrapped): every glyph is an em wide, so a run wider than its glyphs
    by GLUE_GAP_EM of an em hides a gap; it is where a tail's start, counted back from the
    right end in ems, falls on a column start (within ALIGN_TOL_PT) and the head's column ends."""
    text = seg.text
    x0, top, x1, bottom = seg.bbox
    em = bottom - top
    if not _hides_gap(seg):
        return None
    starts = [a for a, _, _ in others]
    for cut in range(1, len(text)):
        if runs_on and _left_open(text[cut:]):
            continue
        column = _witnessed(starts, x1 - (len(text) - cut) * em, ALIGN_TOL_PT)
        if column is not None and x0 < column < x1 and _column_ends(others, x0, column):
            return cut, column
    return None


def _column_ends(others: Sequence[tuple[float, float, bool]], x0: float, column: float) -> bool:
    """True when some table line holds a segment starting at x0 and none of them reaches past column."""
    mates = [b for a, b, multi in others if multi and abs(a - x0) <= ALIGN_TOL_PT]
    return bool(mates) and max(mates) <= column


def _tail_fits(others: Sequence[tuple[float, float, bool]], column: float, tail: Segment) -> bool:
    """True when a parted tail's first cell, starting at column, ends before the next column start
    right of it (within ALIGN_TOL_PT): a section heading across the table (（2）移住・定住の促進)
    whose text after its ・ happens to start near the unit column's start runs on over the columns
    beyond it, which no cell of the unit column does (corpus seed 711 kpi_year_matrix, html_borderless)."""
    starts = [a for a, _, _ in others]
    beyond = [s for s in starts if s > column + ALIGN_TOL_PT and _witnessed(starts, s, 0.0) is not None]
    return not beyond or measure_end(tail) <= min(beyond) + ALIGN_TOL_PT


def _witnessed(starts: Sequence[float], x: float, tol: float) -> float | None:
    """The x near x (within tol) where at least MIN_WITNESSES of starts lie (within ALIGN_TOL_PT), or None."""
    near = [s for s in starts if abs(s - x) <= tol and sum(1 for t in starts if abs(t - s) <= ALIGN_TOL_PT) >= MIN_WITNESSES]
    return min(near, key=lambda s: abs(s - x), default=None)
