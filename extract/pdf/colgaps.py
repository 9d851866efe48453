"""Columns of a table drawn without rules: the x-ranges its text covers, parted at gaps.

Columns are the union of the lines' segment extents; what stays uncovered is a column gap (as
camelot's stream flavor finds them). A few lines may bridge a gap, a valley in the coverage
is one, a rule running down the table is one, and a gap no line witnesses is none.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from extract.interpret.structure import is_data_value
from extract.pdf.edges import find_right_edges, first_body_line, right_aligned_spans, rows_under, type_size
from extract.pdf.glyphs import word_spans
from extract.pdf.grid import ALIGN_TOL_PT, Interval, is_value, MAX_HEADER_ROWS, Segment, SegLine
from extract.pdf.header_spans import SPAN_CENTRE_TOL
from extract.pdf.pieces import advance
from extract.vocab import HANGING_GLYPHS

Rule = tuple[float, float, float]  # a vertical rule: x, top, bottom (pt, top-left origin)

MIN_GAP_PT = 2.0  # an uncovered x-range narrower than this does not separate columns
BRIDGE_SHARE = 0.1  # share of a table's rows that may bridge a column gap
RULE_COVER_SHARE = 0.5  # a vertical rule running down this share of a table's height separates columns
CROWDED_SHARE = 0.5  # a column is two when at least this share of its lines hold two segments in it
VALLEY_SHARE = 0.25  # coverage this share of both neighbouring peaks is a gap a few lines bridge
NOTE_EDGE_TOL_EM = 0.5  # a value ending this close (share of its height) to a value parted from its note ends the same column
JOINT_JITTER_PT = 0.01  # a line ending this near a gap parted at a joint ends at it (float noise of glyph positions)
HANG_SHARE = 0.5  # a line's last glyph hangs when its column's other lines end at least this share of its advance before the line does


def merge_spans(spans: Sequence[Interval], min_gap: float = MIN_GAP_PT) -> list[Interval]:
    """Given x-intervals, return their sorted union, closing gaps narrower than min_gap."""
    out: list[Interval] = []
    for x0, x1 in sorted(spans):
        if out and x0 - out[-1][1] < min_gap:
            out[-1] = (out[-1][0], max(out[-1][1], x1))
        else:
            out.append((x0, x1))
    return out


def _column_spans(lines: Sequence[SegLine]) -> list[list[Interval]]:
    """Each line's segment spans, but for segments straddling two neighbouring segments of one
    of the next MAX_HEADER_ROWS lines of their page: such a segment is a header spanning the
    columns below it (実績 centred over 2022 | 2021) and does not close the gap between them;
    nor does a segment of several words straddling two segments of any line of the table
    (50.1 59.7 under 2023年度計画目標値 | 2019年度実績値, set a word space apart): its words are
    parted at the columns (split_at_columns). Such a segment opening with a value covers what its
    words cover (glyphs.word_spans): a right-aligned number and the left-aligned note beside it,
    closer than a column gap (339件 順調 under 実績 | 達成状況), witness the gap between them; so
    does a value and note that straddle nothing when the value ends where a value of such a
    segment, but its last, ends (a right-aligned column's edge, within NOTE_EDGE_TOL_EM: 29億2,495万円
    － under 9億8,526万円 国庫…; ― 64,198,274 under 109,180,112 17,053,693 17,516,846, its dash
    ending where 17,053,693 does, corpus seed 827 budget_main_projects in calc_borderless)."""
    body = first_body_line(lines)
    gaps = np.array([(a.bbox[2], b.bbox[0], k, ln.page) for k, ln in enumerate(lines)
                     for a, b in zip(ln.segments, ln.segments[1:])], dtype=float).reshape(-1, 4)
    spaced = np.concatenate([gaps, _cross_gaps(lines)])
    below = np.concatenate([gaps, _word_gaps(lines)])
    runs = _group_runs(lines)

    def straddles(seg: Segment, k: int) -> bool:
        x0, x1 = seg.bbox[0], seg.bbox[2]
        if _is_group_header(seg, lines[k], runs.get(k, ())) or (k < body and _crosses_edge(seg, lines, k)):
            return True
        if " " in seg.text.strip():
            return bool(np.any((spaced[:, 0] > x0) & (spaced[:, 1] < x1) & (spaced[:, 2] != k) & (spaced[:, 3] == lines[k].page)))
        near = (below[:, 2] > k) & (below[:, 2] <= k + MAX_HEADER_ROWS)
        return bool(np.any((below[:, 0] > x0) & (below[:, 1] < x1) & near & (below[:, 3] == lines[k].page)))

    noted = [(k, s, words) for k, ln in enumerate(lines) for s in ln.segments for words in [_value_and_note(s)] if words]
    apart = {id(s): words for k, s, words in noted if straddles(s, k)}
    edges = [w[2] for words in apart.values() for w in words[:-1]]
    for k, s, words in noted:
        edge = min(edges, key=lambda e: abs(words[0][2] - e), default=None)
        if id(s) not in apart and edge is not None and abs(words[0][2] - edge) <= NOTE_EDGE_TOL_EM * (s.bbox[3] - s.bbox[1]):
            apart[id(s)] = [(words[0][0], words[0][1], edge), *words[1:]]  # the value ends where the column's values end

    def clipped(seg: Segment, k: int) -> Interval:
        """A header segment whose two ends each lie in a gap of the next lines (達成値 centred
        over 2020 | 2021 | 2022, wider than 2021's figures by 0.1 em a side) covers only what
        lies between those gaps: its overhang would close a gap the lines below witness."""
        x0, x1 = seg.bbox[0], unhung_end(seg, k, lines)
        if k >= body or " " in seg.text.strip():
            return x0, x1
        near = below[(below[:, 2] > k) & (below[:, 2] <= k + MAX_HEADER_ROWS) & (below[:, 3] == lines[k].page)]
        left = near[(near[:, 0] < x0) & (x0 < near[:, 1])]
        right = near[(near[:, 0] < x1) & (x1 < near[:, 1])]
        if not len(left) or not len(right) or float(left[:, 1].max()) >= float(right[:, 0].min()):
            return x0, x1  # not across a column: a header set in one gap (目指す値 left of its figures)
        return float(left[:, 1].max()), float(right[:, 0].min())

    def spans(seg: Segment, k: int) -> list[Interval]:
        if id(seg) in apart:
            return [(a, b) for _, a, b in apart[id(seg)]]
        return [] if straddles(seg, k) else [clipped(seg, k)]

    return [[sp for s in ln.segments for sp in spans(s, k)] for k, ln in enumerate(lines)]


def _crosses_edge(seg: Segment, lines: Sequence[SegLine], k: int) -> bool:
    """True when a header segment runs over an edge where figures of its page and size end
    right-aligned (extract.pdf.edges.find_right_edges), by more than ALIGN_TOL_PT on each side. Such
    figures fill their cell to its right border: a header of that cell ends there, one of the
    next starts past it, so a header over it spans both cells (実績（確定値） centred over three
    columns wider than their sub-headers, corpus seed 501 kpi_transposed in calc_borderless) and
    closes no gap between them. Only the figures under it count: the body rows after it up to
    the next line of headers (a table of other columns set below, read with this one, corpus
    seed 502 kpi_baseline_target in html_borderless, proves no edge of this one's cells)."""
    size = type_size(seg)
    edges = find_right_edges([ln for ln in rows_under(lines, k) if ln.page == lines[k].page], size)
    return any(seg.bbox[0] < e - ALIGN_TOL_PT and e + ALIGN_TOL_PT < seg.bbox[2] for e in edges)


def _group_runs(lines: Sequence[SegLine]) -> dict[int, list[tuple[float, float, float]]]:
    """For each header line (above _first_body_line), the runs of two or more neighbouring segments of
    a header line below it on its page (x0, x1, the narrowest one's width): the sub-headers a
    group header may be centred over."""
    body = first_body_line(lines)
    out: dict[int, list[tuple[float, float, float]]] = {}
    for k in range(body):
        out[k] = [(segs[i].bbox[0], segs[j].bbox[2], min(s.bbox[2] - s.bbox[0] for s in segs[i:j + 1]))
                  for ln in lines[k + 1:body] if ln.page == lines[k].page for segs in [ln.segments]
                  for i in range(len(segs)) for j in range(i + 1, len(segs))]
    return out


def _is_group_header(seg: Segment, line: SegLine, runs: Sequence[tuple[float, float, float]]) -> bool:
    """True when a header segment lies within a run of sub-headers below it and is centred over it
    (within SPAN_CENTRE_TOL of the narrowest one's width), no other segment of its line over the
    run: 特定財源等 over 市債 | その他特定財源, set narrower than them over the gap their columns
    leave (corpus seed 29 budget_main_projects pdf_rules). It spans their columns and closes no
    gap between them. A header beside others over the run (2020年 beside 2019年, centred by chance
    over 款 … 差引 below) heads a column of its own."""
    centre = (seg.bbox[0] + seg.bbox[2]) / 2
    others = [s for s in line.segments if s is not seg]
    return any(x0 - ALIGN_TOL_PT <= seg.bbox[0] and seg.bbox[2] <= x1 + ALIGN_TOL_PT and
               abs((x0 + x1) / 2 - centre) <= SPAN_CENTRE_TOL * narrowest and
               not any(s.bbox[0] < x1 and x0 < s.bbox[2] for s in others) for x0, x1, narrowest in runs)


def _word_gaps(lines: Sequence[SegLine]) -> np.ndarray:
    """The spaces between the words of each segment of several words (glyphs.word_spans; x0, x1,
    line index, page): sub-headers set a word space apart in one segment (2024年度（令和6年度）
    2025年度（令和7年度） …, corpus seed 10 budget_plan_years in pdf_rules) part under a group
    header (事業費(千円)) as their columns do. Only the header's lines count, those above the
    first holding a figure: a body cell's words are one cell's text (災害復旧費の追加
    -７５，９７０，７５８円 under 備考, corpus seed 17 budget_supplementary; 全国・県の出現率のうち低い値を
    over 下回る %, sample 004 in the html_borderless rendition)."""
    out = [(a[2], b[1], k, ln.page) for k, ln in enumerate(lines[:first_body_line(lines)]) for s in ln.segments if " " in s.text.strip()
           for words in [word_spans(s)] for a, b in zip(words, words[1:]) if a[2] < b[1]]
    return np.array(out, dtype=float).reshape(-1, 4)


def _cross_gaps(lines: Sequence[SegLine]) -> np.ndarray:
    """The gaps between neighbouring segments of two consecutive lines that overlap vertically
    (x0, x1, the lower line's index, page): headers of one header band set half a line apart
    (年度 centred on both header rows beside Uターン就職者数（人） on the second) leave a column
    gap between them that neither line shows alone."""
    out = []
    for k in range(1, len(lines)):
        a, b = lines[k - 1], lines[k]
        if a.page != b.page or min(a.bbox[3], b.bbox[3]) <= max(a.bbox[1], b.bbox[1]):
            continue
        segs = sorted([(s.bbox[0], s.bbox[2], 0) for s in a.segments] + [(s.bbox[0], s.bbox[2], 1) for s in b.segments])
        out += [(l[1], r[0], k, b.page) for l, r in zip(segs, segs[1:]) if l[2] != r[2] and l[1] < r[0]
                and not any(t[0] < r[0] and t[1] > l[1] for t in segs)]
    return np.array(out, dtype=float).reshape(-1, 4)


def _value_and_note(seg: Segment) -> list[tuple[str, float, float]]:
    """A segment's words (glyphs.word_spans) when it holds several and opens with values
    (_is_cell_value: not 基本目標2, a heading's number), one of them a figure, else []; the words
    from the first that is no value on are one note (執行残の減額 41.5 beside 2,950.9: a 備考 stating
    its amount, corpus seed 21 budget_supplementary pdf_borderless), whose own word spaces part no
    columns. A dash stands for a value (― 64,198,274 under 国県 | 町債, corpus seed 827
    budget_main_projects in calc_borderless)."""
    words = word_spans(seg) if " " in seg.text.strip() else []
    k = next((k for k, w in enumerate(words) if not _is_cell_value(w[0])), len(words))
    if len(words) < 2 or not any(is_data_value(w[0]) for w in words[:k]):
        return []
    note = words[k:]
    return words[:k] + ([(" ".join(w[0] for w in note), note[0][1], note[-1][2])] if note else [])


def _is_cell_value(word: str) -> bool:
    """A figure (not a year), or a dash standing for one (―, －): what a value cell holds."""
    return is_value(word) and (is_data_value(word) or not any(ch.isdigit() for ch in word))


def last_glyph_width(seg: Segment) -> float:
    """The width of a segment's last glyph: its share of the segment's width by advance."""
    text = seg.text.rstrip()
    return (seg.bbox[2] - seg.bbox[0]) * advance(text[-1]) / max(1, sum(advance(ch) for ch in text)) if text else 0.0


def unhung_end(seg: Segment, k: int, lines: Sequence[SegLine]) -> float:
    """Where segment seg of line k ends, leaving out a last glyph a typesetter hangs
    (HANGING_GLYPHS) past the right end of its column (a typesetter's kinsoku:
    。 ー っ set one glyph past the measure), when a segment of another line starts within that
    glyph: the hanging glyph would close the gap where that column starts (目標値 beside 373人
    under 構築を進める。, sample 001). The column's other lines are those starting where seg
    starts; they end at least HANG_SHARE of the glyph's advance before seg does."""
    x0, x1 = seg.bbox[0], seg.bbox[2]
    text = seg.text.rstrip()
    if not text or text[-1] not in HANGING_GLYPHS:
        return x1
    glyph = last_glyph_width(seg)
    others = [s.bbox[2] for j, ln in enumerate(lines) if j != k for s in ln.segments
              if abs(s.bbox[0] - x0) <= ALIGN_TOL_PT and s.bbox[2] < x1]
    starts = any(x1 - glyph < s.bbox[0] <= x1 for j, ln in enumerate(lines) if j != k for s in ln.segments)
    hangs = bool(others) and max(others) <= x1 - HANG_SHARE * glyph
    return x1 - glyph if hangs and starts else x1


def columns(lines: Sequence[SegLine]) -> list[Interval]:
    """Column intervals: x-ranges covered by more than BRIDGE_SHARE of the rows, merged,
    split again at valleys of the coverage; a line of one segment set from the table's edge (a
    heading) covers only what lines of several segments cover too.

    A few lines may bridge a gap (a cell overflowing into the next column, sample 000's
    名簿 in a proportional font; a ・ or ィ hanging past its cell's edge) without closing
    it. The share counts multi-segment lines, which open rows: the wrapped continuation
    lines of a long cell must not make the numbers of a short table too rare to be a column.
    """
    allowed = int(BRIDGE_SHARE * sum(1 for ln in lines if ln.is_multi))
    per_line = _column_spans(lines)
    spans = [s for line_spans in per_line for s in line_spans]
    bounds = sorted({x for s in spans for x in s})
    intervals = list(zip(bounds, bounds[1:]))
    counts = _coverage(lines, per_line, intervals)
    aligned = right_aligned_spans(lines)
    in_aligned = [any(x0 <= (a + b) / 2 <= x1 for x0, x1 in aligned) for a, b in intervals]
    keep = [c > allowed or held for c, held in zip(counts, in_aligned)]
    keep = _open_valleys(keep, counts, [b - a < MIN_GAP_PT for a, b in intervals], in_aligned)
    covered = [interval for interval, ok in zip(intervals, keep) if ok]
    cols = open_witnessed_gaps(merge_spans(covered), lines, per_line, allowed)
    return close_unwitnessed_gaps(cols, per_line) if cols else merge_spans(spans)


def _coverage(lines: Sequence[SegLine], per_line: Sequence[Sequence[Interval]], intervals: Sequence[Interval]) -> list[int]:
    """For each interval (between two edges of the lines' spans, per_line), how many lines cover its middle. A
    heading (a line alone on its line, set from the table's left or right edge) reaching into a value column (（1）子育て環境の充実
    over 若者定住奨励金 | 26) counts only where lines of several segments cover it too: it closes no gap the lines
    of two or more cells leave open."""
    multi = merge_spans([s for ln, line_spans in zip(lines, per_line) if ln.is_multi for s in line_spans])
    edge = min((ln.bbox[0] for ln in lines if ln.is_multi), default=0.0)
    right_edge = max((ln.bbox[2] for ln in lines if ln.is_multi), default=0.0)

    def covers(line_spans: Sequence[Interval], x: float) -> bool:
        return any(x0 <= x <= x1 for x0, x1 in line_spans)

    def heading(ln: SegLine) -> bool:  # a line alone on its line, set from the table's left edge or to its right one
        flush = ln.bbox[0] <= edge + ALIGN_TOL_PT or ln.bbox[2] >= right_edge - ALIGN_TOL_PT
        return not ln.is_multi and flush and not labels_rows_beside(ln, lines)

    return [sum(1 for ln, line_spans in zip(lines, per_line)
                if covers(line_spans, (a + b) / 2) and not (heading(ln) and not covers(multi, (a + b) / 2)))
            for a, b in intervals]


def _open_valleys(keep: Sequence[bool], counts: Sequence[int], narrow: Sequence[bool],
                  in_aligned: Sequence[bool]) -> list[bool]:
    """keep (the intervals covered), with a gap opened at each valley of a run of covered intervals (through gaps
    too narrow to part them: narrow, a gap merge_spans closes): an interval inside no right-aligned column
    (in_aligned) covered by at most VALLEY_SHARE of the lower of the highest counts on its either side."""
    out = list(keep)
    i = 0
    while i < len(out):
        j = i
        while j < len(out) and (out[j] or (narrow[j] and j > i)):
            j += 1
        for k in range(i + 1, j - 1):
            if not in_aligned[k] and counts[k] <= VALLEY_SHARE * min(max(counts[i:k]), max(counts[k + 1:j])):
                out[k] = False
        i = j + 1
    return out


def labels_rows_beside(line: SegLine, lines: Sequence[SegLine]) -> bool:
    """True for a line alone on its line, set between two lines of several segments on its page, with
    no segment of the table's other lines (but the lines alone starting where it starts: the column's
    other labels) reaching into its x-range or the column gap (MIN_GAP_PT) after it: the label of a
    column merged down the rows beside it, centred between them (関係人口の拡大 between the two rows
    it heads, no header word over it, corpus seed 985 kpi_baseline_target in calc_borderless), a cell
    of a column of its own. A heading starts where the table's rows or header cells start."""
    if line.is_multi:
        return False
    multi = [ln.bbox[1] for ln in lines if ln.is_multi and ln.page == line.page]
    if not any(t < line.bbox[1] for t in multi) or not any(t > line.bbox[1] for t in multi):
        return False
    others = [s for ln in lines if ln is not line and (ln.is_multi or abs(ln.bbox[0] - line.bbox[0]) > ALIGN_TOL_PT)
              for s in ln.segments]
    return all(s.bbox[0] >= line.bbox[2] + MIN_GAP_PT or s.bbox[2] <= line.bbox[0] for s in others)


def open_witnessed_gaps(cols: Sequence[Interval], lines: Sequence[SegLine], per_line: Sequence[Sequence[Interval]],
                        allowed: int) -> list[Interval]:
    """Part columns at a gap narrower than MIN_GAP_PT that a line shows between two of its own
    segments and no more than allowed lines cover whole (a joint inside it parts a line there): the texts of two cells a spreadsheet sets
    some 1.5 pt apart, parted at an edge their columns repeat down the rows (extract.pdf.edges),
    where merge_spans would close it as the jitter of one column's ends. A line ending within
    JOINT_JITTER_PT of the gap ends at it (lines parted at a joint between the same two columns
    place it a few thousandths of a point apart: 1 建設課 over (5) 教育総務課, corpus seed 707
    budget_main_projects in calc_borderless); a line parted within ALIGN_TOL_PT of it is parted
    at it (_parted_near), and a gap that near one opened is that one."""
    gaps = _narrow_gaps(lines, [sp for spans in per_line for sp in spans])
    out = list(cols)
    opened: list[float] = []
    for g0, g1 in gaps:
        if any(abs(g0 - x) <= ALIGN_TOL_PT for x in opened):
            continue  # the same gap, a line's joint placed off it by its own glyphs (_parted_near)
        k = next((k for k, (a, b) in enumerate(out) if a < g0 - JOINT_JITTER_PT and g1 + JOINT_JITTER_PT < b), None)
        if k is None or sum(1 for ln, spans in zip(lines, per_line) if _covers(ln, spans, g0, g1)) > allowed:
            continue
        out[k:k + 1] = [(out[k][0], g0), (g1, out[k][1])]
        opened.append(g0)
    return out


def _narrow_gaps(lines: Sequence[SegLine], spans: Sequence[Interval]) -> list[Interval]:
    """The gaps narrower than MIN_GAP_PT a line shows between two of its own segments: their own
    gap, or the one x-range inside a wider gap of theirs no span of the table covers, opening
    where figures end right-aligned (headers 計画目標値（令和3年度） | 最新値（平成29年度） set 2.6 pt
    apart over figures each ending 0.8 pt past its header, which leave 1.8 pt between the
    columns, corpus seed 704 kpi_progress in calc_borderless; a header ending 0.5 pt before the
    figures of its own column start, wider than it, shows no gap of the table)."""
    out: set[Interval] = set()
    for ln in lines:
        for a, b in zip(ln.segments, ln.segments[1:]):
            g0, g1 = a.bbox[2], b.bbox[0]
            if g1 - g0 >= MIN_GAP_PT:
                open_parts = [(x0, x1) for x0, x1 in _uncovered(spans, g0, g1) if x1 - x0 < MIN_GAP_PT]
                out |= set(open_parts) if len(open_parts) == 1 and _at_figure_edge(lines, open_parts[0][0]) else set()
            elif g1 >= g0:
                out.add((g0, g1))
    return sorted(out)


def _at_figure_edge(lines: Sequence[SegLine], x: float) -> bool:
    """True when figures of the lines end right-aligned at x, within ALIGN_TOL_PT
    (extract.pdf.edges.find_right_edges, in the size of the segments ending there)."""
    sizes = {s.bbox[3] - s.bbox[1] for ln in lines for s in ln.segments if abs(s.bbox[2] - x) <= ALIGN_TOL_PT}
    return any(abs(e - x) <= ALIGN_TOL_PT for size in sizes for e in find_right_edges(lines, size))


def _uncovered(spans: Sequence[Interval], g0: float, g1: float) -> list[Interval]:
    """The x-ranges inside g0 .. g1 no span covers."""
    out: list[Interval] = []
    reach = g0
    for x0, x1 in sorted(sp for sp in spans if sp[1] > g0 and sp[0] < g1):
        if x0 > reach:
            out.append((reach, x0))
        reach = max(reach, x1)
    return out + ([(reach, g1)] if reach < g1 else [])


def _covers(line: SegLine, spans: Sequence[Interval], g0: float, g1: float) -> bool:
    """True when a line's spans cover the gap g0 .. g1 whole, past JOINT_JITTER_PT on each side,
    and it is not parted near it (_parted_near)."""
    return any(x0 < g0 - JOINT_JITTER_PT and g1 + JOINT_JITTER_PT < x1 for x0, x1 in spans) and not _parted_near(line, spans, g0)


def _parted_near(line: SegLine, spans: Sequence[Interval], x: float) -> bool:
    """True when a line's spans part, or a joint of its segments lies, within ALIGN_TOL_PT of x:
    it is parted at the gap there, its joint placed off it by the widths of its own glyphs (人 | B
    and 円 | ○ where figures of several units end right-aligned before a mark set flush left,
    corpus seed 700 kpi_progress in calc_borderless, a few hundredths of a point apart)."""
    return _spans_part_near(spans, x) or any(abs(at - x) <= ALIGN_TOL_PT for s in line.segments for _, at in s.joints)


def _spans_part_near(spans: Sequence[Interval], x: float) -> bool:
    """True when two neighbouring spans of a line meet (closer than MIN_GAP_PT) within ALIGN_TOL_PT of x."""
    return any(abs(a[1] - x) <= ALIGN_TOL_PT and b[0] - a[1] < MIN_GAP_PT for a, b in zip(spans, spans[1:]))


def close_unwitnessed_gaps(cols: Sequence[Interval], per_line: Sequence[Sequence[Interval]]) -> list[Interval]:
    """Merge two neighbouring columns whose gap some line bridges while no line holds text in
    both apart: the gap is only where a short left-aligned text (目標値 over 年度)) ends and
    right-aligned numbers (2025 over 48,221) begin in one column. A cell overflowing into the
    next column keeps the gap: other lines fill both columns side by side. A line ending within
    JOINT_JITTER_PT of the gap, or parted within ALIGN_TOL_PT of it, bridges it no more than
    open_witnessed_gaps counts it covering it."""
    out = list(cols)
    k = 0
    while k + 1 < len(out):
        (a0, a1), (b0, b1) = out[k], out[k + 1]
        bridged = any(x0 < a1 - JOINT_JITTER_PT and x1 > b0 + JOINT_JITTER_PT and not _spans_part_near(spans, a1)
                      for spans in per_line for x0, x1 in spans)
        witnessed = any(any(x0 < a1 and x1 > a0 and x1 <= b0 for x0, x1 in spans) and
                        any(x1 > b0 and x0 < b1 and x0 >= a1 for x0, x1 in spans) for spans in per_line)
        if bridged and not witnessed:
            out[k:k + 2] = [(a0, b1)]
        else:
            k += 1
    return out


def split_crowded(cols: Sequence[Interval], lines: Sequence[SegLine]) -> list[Interval]:
    """Part a column most of whose lines hold two or more segments in it (a label and a value
    a glyph's width apart, its gap closed by MIN_GAP_PT) where no segment of any line covers
    the x between them: two columns, whatever the width of the gap (CROWDED_SHARE)."""
    out: list[Interval] = []
    for a, b in cols:
        inside = [[s for s in ln.segments if a <= (s.bbox[0] + s.bbox[2]) / 2 <= b] for ln in lines]
        inside = [segs for segs in inside if segs]
        crowded = sum(1 for segs in inside if len(segs) >= 2)
        gap = _open_gap([s for segs in inside for s in segs], a, b) if crowded >= CROWDED_SHARE * len(inside) else None
        out += [(a, gap[0]), (gap[1], b)] if gap else [(a, b)]
    return out


def _open_gap(segs: Sequence[Segment], a: float, b: float) -> Interval | None:
    """The widest x-range inside (a, b) that no segment covers, or None."""
    best: Interval | None = None
    reach = a
    for seg in sorted(segs, key=lambda s: s.bbox[0]):
        if seg.bbox[0] > reach and (best is None or seg.bbox[0] - reach > best[1] - best[0]):
            best = (reach, seg.bbox[0])
        reach = max(reach, seg.bbox[2])
    return best if best is not None and a < best[0] and best[1] < b else None


def split_at_rules(cols: Sequence[Interval], lines: Sequence[SegLine], rules: Sequence[Rule]) -> list[Interval]:
    """Split each column where a vertical rule runs down at least RULE_COVER_SHARE of the table
    between its segments: a rule is a column boundary text alignment alone may miss (a narrow
    No. column beside a wrapped 数値目標, a table continued from the page before)."""
    if not rules or not lines:
        return list(cols)
    page = lines[0].page
    top, bottom = lines[0].bbox[1], max(ln.bbox[3] for ln in lines if ln.page == page)
    xs = sorted(x for x, t, b in rules if min(b, bottom) - max(t, top) >= RULE_COVER_SHARE * (bottom - top))
    segs = [s.bbox for ln in lines if ln.page == page for s in ln.segments]
    out: list[Interval] = []
    for a, b in cols:
        bounds = [a, *(x for x in xs if a + MIN_GAP_PT < x < b - MIN_GAP_PT), b]
        if len(bounds) == 2:
            out.append((a, b))
            continue
        for lo, hi in zip(bounds, bounds[1:]):
            inside = [s for s in segs if lo <= (s[0] + s[2]) / 2 < hi and a <= (s[0] + s[2]) / 2 <= b]
            if inside:
                out.append((max(lo, min(s[0] for s in inside)), min(hi, max(s[2] for s in inside))))
    return out
