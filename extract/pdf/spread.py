"""Labels set letter-spaced to fill their cell (均等割付: 市 民 税, 平 成 ７ 年, 東 灘 区).

A typesetter spreading a label over its cell puts the same space after every glyph, so its glyphs
stand as far apart as columns do and the line's segmentation parts them: one label becomes three
cells and the label column three columns. Two signs tell a spread label from a row of one-glyph
cells (男 | 女 | 計 over three value columns): its gaps are equal to a fraction of an em and at most
a few ems wide, figures stand on its line or just below it (a heading spread over the page is no
cell), and the glyphs do not each head a column of figures. A label of two glyphs has one gap,
which proves nothing; it is spread when it lies within a proven spread label's span near it and
meets one of its edges (灘　　区 under 東 灘 区), or spans a label of three letters set solid
(全　国 under 神戸市): labels of one column are spread to one width. Glyphs each with a word
of their own set right on top or right under them end words wrapped down narrow columns (ま/ち/づ/く
beside 商/店/街/活), read downwards: glyphs of neighbouring narrow columns stand at an even pitch too,
and are no spread label.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace

from extract.pdf.grid import EDGE_TOL_PT, SegLine, Segment
from normalize.vocab import MINUS_CHARS

SPREAD_GAP_TOL_EM = 0.15  # the gaps of one spread label differ by less than this share of its size
SPREAD_MAX_GAP_EM = 3.0  # ... and none is wider than this many sizes (a wider pitch parts columns)
MIN_SPREAD_GLYPHS = 3  # pieces whose even gaps prove a spread (two pieces have one gap: no evidence)
MAX_PIECE_CHARS = 3  # a piece of letters joined by a middle dot (次・区) is at most this long
NUMBERS_REACH_LINES = 2  # a spread label holds numbers on its line or heads them this many lines below
HEAD_COVER_SHARE = 0.5  # one-glyph heads stand over at least this share of the numbers below them
SPREAD_REACH_LINES = 6  # a two-piece label is read against proven spreads this many line heights away
MAX_DIGITS = 2  # a piece of digits is a year's or a number's within a label (２６), not a figure
STACK_GAP_EM = 0.25  # a line at most this many sizes above or below a glyph continues its column
MIDDLE_DOTS = "・･"
_SIGN = f"[{re.escape(MINUS_CHARS)}+]?"
_NUMBER_RE = re.compile(rf"^{_SIGN}[0-9０-９][0-9０-９,，.．]*[%％]?$")
_FIGURE_RE = re.compile(rf"^{_SIGN}[0-9０-９][0-9０-９,，]*([.．][0-9０-９]+)?(?![.．0-9０-９])")


def join_spread_labels(lines: Sequence[SegLine]) -> list[SegLine]:
    """The lines with each spread label's pieces joined into one segment."""
    out = [_join_proven(lines, k) for k in range(len(lines))]
    proven = [(k, s) for k, ln in enumerate(out) for s in ln.segments if s not in lines[k].segments]
    solid = [(k, s) for k, ln in enumerate(out) for s in ln.segments if is_solid_label(s)]
    return [_join_pairs(ln, k, proven, solid, lines) if proven or solid else ln for k, ln in enumerate(out)]


def is_stacked(run: Sequence[Segment], lines: Sequence[SegLine]) -> bool:
    """True when every segment of run has words set right over or under it, at most STACK_GAP_EM of
    the run's size away, each over none of the run's other segments: the last glyphs of words wrapped
    down narrow columns side by side (ま/ち/づ/く beside 商/店/街/活; 国・/県 beside 地方/債), read
    downwards. A label spanning the run (神戸市 over 全　国) or figures under it stack nothing. A run
    of MIN_SPREAD_GLYPHS or more may hold one glyph at its end that stacks nothing: a one-glyph cell
    of the next column (新 marking a new project in the No column, beside 育 / 学 wrapped down the
    name and section columns); a spread label set over another leaves out its middle glyphs (北　区
    under 東 灘 区), never one end alone."""
    tol = STACK_GAP_EM * _size(run)

    def stacks(seg: Segment, other: Segment) -> bool:
        gap = max(other.bbox[1] - seg.bbox[3], seg.bbox[1] - other.bbox[3])
        return (abs(gap) <= tol and _has_letter(other) and _overlaps(seg, other)
                and not any(_overlaps(p, other) for p in run if p is not seg))

    stacked = [any(stacks(seg, other) for ln in lines for other in ln.segments) for seg in run]
    if len(run) < MIN_SPREAD_GLYPHS:
        return all(stacked)
    return all(stacked[1:-1]) and (stacked[0] or stacked[-1])


def stack_neighbours(run: Sequence[Segment], lines: Sequence[SegLine], k: int) -> list[SegLine]:
    """The lines of line k's page whose words may stack with run's (is_stacked): those reaching to
    at most STACK_GAP_EM of the run's size above or below line k. A stitched rebuild holds two
    pages' lines, and a word of another page is never set over a glyph of this one."""
    tol, line = STACK_GAP_EM * _size(run), lines[k]
    return [ln for ln in lines if ln.page == line.page
            and ln.bbox[1] - line.bbox[3] <= tol and line.bbox[1] - ln.bbox[3] <= tol]


def is_solid_label(seg: Segment) -> bool:
    """A label of MIN_SPREAD_GLYPHS or more letters set solid (神戸市): a two-glyph label spread to
    its width (全　国) is spread to fill the same cell."""
    return len(seg.text) >= MIN_SPREAD_GLYPHS and all(unicodedata.category(ch)[0] == "L" for ch in seg.text)


def is_piece(seg: Segment) -> bool:
    """True for a segment that may be one piece of a spread label: one em-wide letter (a kanji),
    letters joined by a middle dot (次・区, up to MAX_PIECE_CHARS) or a number's digits (the ７ of
    平 成 ７ 年, the 26 of 平 成 26 年); no sign (△, ○), no word set solid (う補修: the wrapped text of
    a narrow column) and no token mixing letters and digits (R4年, 3年度: a column's year head)."""
    text = seg.text.replace(" ", "").replace("\u3000", "")
    if not text or len(text) > MAX_PIECE_CHARS:
        return False
    if text.isdigit():
        return len(text) <= MAX_DIGITS
    letters = [ch for ch in text if ch not in MIDDLE_DOTS]
    dotted = len(letters) < len(text) or len(letters) == 1
    return dotted and bool(letters) and all(map(_is_wide_letter, letters))


def _is_wide_letter(ch: str) -> bool:
    return unicodedata.category(ch)[0] == "L" and unicodedata.east_asian_width(ch) in "WF"


def _has_letter(seg: Segment) -> bool:
    return any(unicodedata.category(ch)[0] == "L" for ch in seg.text)


def opens_with_figure(text: str) -> bool:
    """A figure, maybe with its unit (45件, 8.22, △5): no numbering (1. 総括, 2.)."""
    return bool(_FIGURE_RE.match(text.strip()))


def is_number(text: str) -> bool:
    """A figure and nothing else (1,234, △5, 9.30, 12%)."""
    return bool(_NUMBER_RE.match(text.replace(" ", "")))


def even_gaps(segs: Sequence[Segment]) -> bool:
    """True when the gaps between consecutive segments are equal within SPREAD_GAP_TOL_EM of the
    size and none is wider than SPREAD_MAX_GAP_EM sizes."""
    size = _size(segs)
    gaps = [b.bbox[0] - a.bbox[2] for a, b in zip(segs, segs[1:])]
    return bool(gaps) and max(gaps) - min(gaps) < SPREAD_GAP_TOL_EM * size and max(gaps) <= SPREAD_MAX_GAP_EM * size


def _size(segs: Sequence[Segment]) -> float:
    return max(1.0, max(s.bbox[3] - s.bbox[1] for s in segs))


def _joined(segs: Sequence[Segment]) -> Segment:
    text = "".join(s.text.replace(" ", "").replace("\u3000", "") for s in segs)
    return Segment(text, (segs[0].bbox[0], min(s.bbox[1] for s in segs), segs[-1].bbox[2], max(s.bbox[3] for s in segs)))


def _join_proven(lines: Sequence[SegLine], k: int) -> SegLine:
    """Line k with each run of MIN_SPREAD_GLYPHS or more pieces set at even gaps joined, when
    numbers stand on the line or NUMBERS_REACH_LINES below, unless every piece stands over one
    (one-glyph headers of value columns)."""
    segs = list(lines[k].segments)
    if not any(opens_with_figure(s.text) for ln in lines[k:k + 1 + NUMBERS_REACH_LINES] for s in ln.segments):
        return lines[k]  # a heading spread over a page (歳 入 歳 出 予 算), no label of a row of values
    out: list[Segment] = []
    i = 0
    while i < len(segs):
        j = i + 1
        while j < len(segs) and is_piece(segs[j - 1]) and is_piece(segs[j]) and even_gaps(segs[i:j + 1]):
            j += 1
        run = segs[i:j]
        if (len(run) >= MIN_SPREAD_GLYPHS and _has_letter(run[0]) and _has_letter(run[-1])
                and not _heads_numbers(run, lines[k + 1:]) and not is_stacked(run, stack_neighbours(run, lines, k))):
            out.append(_joined(run))
            i = j
        else:
            out.append(segs[i])
            i += 1
    return lines[k] if len(out) == len(segs) else replace(lines[k], segments=tuple(out))


def _heads_numbers(run: Sequence[Segment], below: Sequence[SegLine]) -> bool:
    """True when each piece of run stands over a number of the first line of numbers among the
    next NUMBERS_REACH_LINES lines, and the pieces stand over HEAD_COVER_SHARE of its numbers: one-
    glyph heads of the value columns (男 | 女 | 計), not a label spread over a few of many columns
    (出 生 率 centred over 21 year columns)."""
    numbers = next((nums for ln in below[:NUMBERS_REACH_LINES]
                    if (nums := [s for s in ln.segments if opens_with_figure(s.text)])), [])
    over = [n for n in numbers if any(_overlaps(n, p) for p in run)]
    return (bool(numbers) and all(any(_overlaps(n, p) for n in numbers) for p in run)
            and len(over) >= HEAD_COVER_SHARE * len(numbers))


def _overlaps(a: Segment, b: Segment) -> bool:
    return a.bbox[0] < b.bbox[2] and b.bbox[0] < a.bbox[2]


def _join_pairs(line: SegLine, k: int, proven: Sequence[tuple[int, Segment]],
                solid: Sequence[tuple[int, Segment]], lines: Sequence[SegLine]) -> SegLine:
    """The line with two neighbouring pieces joined where they lie within the span of a proven
    spread label (meeting one of its edges) or span a solid label (both edges), on another line at
    most SPREAD_REACH_LINES line heights away."""
    segs = list(line.segments)
    height = max(1.0, line.bbox[3] - line.bbox[1])

    def near(found: Sequence[tuple[int, Segment]]) -> list[tuple[float, float, float, float]]:
        return [s.bbox for m, s in found if m != k and abs(s.bbox[1] - line.bbox[1]) <= SPREAD_REACH_LINES * height]

    spreads, labels = near(proven), near(solid)
    out: list[Segment] = []
    i = 0
    while i < len(segs):
        pair = segs[i:i + 2]
        if (len(pair) == 2 and all(map(is_piece, pair)) and all(map(_has_letter, pair))
                and (any(_fills(pair, b) for b in spreads) or any(_spans(pair, b) for b in labels))
                and not is_stacked(pair, stack_neighbours(pair, lines, k))):
            out.append(_joined(pair))
            i += 2
        else:
            out.append(segs[i])
            i += 1
    return line if len(out) == len(segs) else replace(line, segments=tuple(out))


def _spans(pair: Sequence[Segment], span: tuple[float, float, float, float]) -> bool:
    """True when the pair starts and ends where the span does."""
    return abs(pair[0].bbox[0] - span[0]) <= EDGE_TOL_PT and abs(pair[1].bbox[2] - span[2]) <= EDGE_TOL_PT


def _fills(pair: Sequence[Segment], span: tuple[float, float, float, float]) -> bool:
    """True when the pair lies within the span and starts or ends where it does."""
    x0, x1 = pair[0].bbox[0], pair[1].bbox[2]
    inside = span[0] - EDGE_TOL_PT <= x0 and x1 <= span[2] + EDGE_TOL_PT
    return inside and (abs(x0 - span[0]) <= EDGE_TOL_PT or abs(x1 - span[2]) <= EDGE_TOL_PT)
