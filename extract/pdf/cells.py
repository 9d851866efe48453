"""A borderless table's lines turned into its cells.

Each line is cut at the table's columns (a segment whose words lie in two columns is parted
where its words fall), its pieces grouped into rows the way the engine set them
(extract.pdf.rows), the header's lines apart from the body's, and each cell's lines joined
where the engine cut them (extract.pdf.cuts).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from extract.interpret.structure import is_data_value
from extract.pdf.colgaps import MIN_GAP_PT, columns
from extract.pdf.cuts import CutEvidence, cell_lines, cut_evidence, cuts_years, is_cut_number
from extract.pdf.cut_rests import column_cuts_numbers
from extract.pdf.glyphs import opens_bracket, spells_on, word_spans
from extract.pdf.grid import ALIGN_TOL_PT, Interval, RawCell, Segment, SegLine, parted_at, union_bbox
from extract.pdf.hanging import WRAP_REACH_EM
from extract.pdf.pieces import Block, Piece, advance, bracket_close, bracket_depth, text_bracket_depth
from normalize.text import clean_text
from normalize.units import is_known_unit, normalize_unit
from normalize.vocab import CLOSE_BRACKETS, OPEN_BRACKETS, UNIT_LABEL_WORDS
from normalize.years import find_year, parse_year
from extract.pdf.rows import pieces_to_rows
from extract.text_items import opens_numbered_item

CELL_GAP_EM = 0.25  # a cell's next line sits at most this share of its height below the line it continues
CENTRED_EM = 0.3  # a cell's middle this share of a line height from its label's is centred on it
# a joint is placed between two glyphs; where they overlap (a cell's text run over its edge into
# the next cell's, 市民満足度（%） over 36.6's column by a quarter em, corpus seed 878
# kpi_baseline_target in pdf_rules) the cell edge lies anywhere under the overlap: within this
# share of the line's height of the joint
JOINT_PLACE_EM = 0.5


def column_of(cols: Sequence[Interval], seg: Segment) -> int:
    """The column holding the segment's middle, else the one nearest to it; the first column for
    a segment starting at its left edge (within ALIGN_TOL_PT), whatever its width: text set from
    the table's edge over later columns (a section heading, （1）健康づくりの推進, beside a narrow
    label column) opens a row there."""
    if seg.bbox[0] <= cols[0][0] + ALIGN_TOL_PT:
        return 0
    mid = (seg.bbox[0] + seg.bbox[2]) / 2
    return min(range(len(cols)), key=lambda k: 0 if cols[k][0] <= mid <= cols[k][1] else min(
        abs(mid - cols[k][0]), abs(mid - cols[k][1])))


def filled(line: SegLine, cols: Sequence[Interval]) -> set[int]:
    """The columns a line holds text in, a segment's words parted at the columns (split_at_columns)."""
    return {column_of(cols, part) for s in line.segments for part in split_at_columns(s, cols)}


def line_pieces(lines: Sequence[SegLine], cols: Sequence[Interval]) -> list[Piece]:
    """One piece per line and column: the segments of a line in one column joined by a space."""
    pieces: list[Piece] = []
    heights = sorted(s.bbox[3] - s.bbox[1] for ln in lines for s in ln.segments if "\n" not in s.text)
    em = heights[len(heights) // 2] if heights else 0.0
    for line in lines:
        by_col: dict[int, list[Segment]] = {}
        for seg in (part for s in line.segments for part in split_at_columns(s, cols)):
            by_col.setdefault(column_of(cols, seg), []).append(seg)
        for j, segs in sorted(by_col.items()):
            pieces += [p for run in _joinable(segs) for p in
                       _split_lines(Piece(" ".join(s.text for s in run), union_bbox(s.bbox for s in run), j, line.page), em)]
    return pieces


def _joinable(segs: Sequence[Segment]) -> list[Sequence[Segment]]:
    """The segments of a line in one column, joined into one piece, unless one holds several
    visual lines: its lines and another's are not each other's (a group header of two lines,
    財源の内訳 / （円）, set over the boundary of the column of 市債 in the same merged header line,
    an HTML engine centring the header cells on their rows: joined, 財源の内訳 took 市債's place
    as one line), or one stands wholly above another (_one_over_another), so each segment is a
    piece of its own."""
    return [segs] if len(segs) < 2 or not any("\n" in s.text for s in segs) and not _one_over_another(segs) \
        else [[s] for s in segs]


def _one_over_another(segs: Sequence[Segment]) -> bool:
    """True when a segment stands wholly above another (a group header over the sub-header under it,
    both in one page line, extract.pdf.stack_heads): no text beside it on one line."""
    return any(a.bbox[3] <= b.bbox[1] for a in segs for b in segs)


def split_at_columns(seg: Segment, cols: Sequence[Interval]) -> list[Segment]:
    """A segment whose words lie in two or more columns (headers set a word space apart:
    計画策定時(2019年) 実績(2021年), or 50.1 59.7 in columns 0.5 em apart) as one segment per
    column. Each word's place is estimated from its glyphs (glyphs.word_spans); a segment within
    one column, without spaces, or with a word running over a column gap stays whole. A word in
    brackets stays with the word before it (header_phrases)."""
    if " " not in seg.text or sum(1 for a, b in cols if a < seg.bbox[2] and seg.bbox[0] < b) < 2:
        return [seg]
    x0, top, x1, bottom = seg.bbox
    scale = (x1 - x0) / max(1, sum(advance(ch) for ch in seg.text))
    parts: list[tuple[int, str, float, float]] = []  # column, text, x0, x1
    for word, left, right in header_phrases(word_spans(seg)):
        col = column_of(cols, Segment(word, (left, top, right, bottom)))
        if parts and parts[-1][0] == col:
            parts[-1] = (col, parts[-1][1] + " " + word, parts[-1][2], right)
        else:
            parts.append((col, word, left, right))
    slack = MIN_GAP_PT + advance("\u3000") * scale  # a word's place is known to within one wide glyph (the gap drawn may be wider than its space)
    if len(parts) < 2 or not all(_in_column_gap(cols, a[0], (a[3] + b[2]) / 2, b[0], slack) for a, b in zip(parts, parts[1:])):
        return [seg]
    return [Segment(text, (left, top, right, bottom)) for _, text, left, right in parts if text]


def header_phrases(spans: Sequence[tuple[str, float, float]]) -> list[tuple[str, float, float]]:
    """The words of a segment (text, x0, x1) with each word opening with a bracket joined to the
    word before it: a bracket qualifies what precedes it (中間目標値 (令和元年度末)), so the phrase
    heads one column, placed by its middle, where the word alone may lie nearer another across a
    column gap (corpus seed 534 kpi_baseline_target in pdf_rules, dev wordings); the words of a bracket
    closed within the segment are one (_bracket_runs: (単位 百万円) stays whole under 財源内訳, corpus seed
    820 budget_main_projects in chromium_borderless, dev wordings), and a unit after the word 単位 is
    what it names (単位 円 under 財源内訳（当初予算）, corpus seed 843 budget_main_projects in
    chromium_borderless, dev7 wordings). A bracket after a phrase that is itself a bracket qualifies
    nothing: (2021年度) (2023年度) head two columns. Letters set a space apart spell one word (glyphs.spells_on)."""
    out: list[tuple[str, float, float]] = []
    for word, left, right in _bracket_runs(spans):
        if out and (opens_bracket(word) and not opens_bracket(out[-1][0]) or spells_on(out[-1], (word, left, right))
                    or _names_unit(out[-1][0], word) or splits_stated_year(out[-1][0], word)):
            out[-1] = (out[-1][0] + " " + word, out[-1][1], right)
        else:
            out.append((word, left, right))
    return out


def _names_unit(phrase: str, word: str) -> bool:
    """True when a phrase ends with a word labelling a unit (単位) and the next word is a known unit (円)."""
    unit = normalize_unit(clean_text(word))
    return clean_text(phrase).endswith(UNIT_LABEL_WORDS) and unit is not None and is_known_unit(unit)


def _bracket_runs(spans: Sequence[tuple[str, float, float]]) -> list[tuple[str, float, float]]:
    """The words of a segment (text, x0, x1) with the words from one opening a bracket up to the
    one closing it joined: a bracket's words are one phrase, whatever spaces a typesetter sets in
    it (実績値（確定） (令和 5 年度): 5 年度) alone lay nearer the next column, corpus seed 503
    kpi_progress in pdf_rules, wordings dev8). A bracket left open to the segment's end joins
    nothing: (令和6 beside 2025年度（令和7, each header's bracket closed on the line below, heads a
    column of its own."""
    out: list[tuple[str, float, float]] = []
    words = [w for w, _, _ in spans]
    i = 0
    while i < len(spans):
        close = bracket_close(words, i)
        if close is None:
            out.append(spans[i])
            i += 1
            continue
        out.append((" ".join(w for w, _, _ in spans[i:close + 1]), spans[i][1], spans[close][2]))
        i = close + 1
    return out


def splits_stated_year(before: str, word: str) -> bool:
    """True when a space between two words falls inside a year written out (令和 | 4 | 年度目標値,
    2024 | 年度: an era year set with spaces, as a header in calc_borderless, corpus seed 828
    kpi_baseline_target, dev8 wordings): the year is one word, which no column gap parts. Two
    years side by side (2021年度 | 2023年度) each end within their word."""
    head = clean_text(before)
    joined = clean_text(before + " " + word)
    if not joined.startswith(head):
        return False
    pos = 0
    while (found := find_year(joined, pos)) is not None:
        _, start, end = found
        if start < len(head) < end:
            return True
        pos = end
    return False


def stated_year_words(text: str) -> list[str]:
    """The words of a text, the words of a year written out with spaces read as one (令和 | 7 | 年度,
    策定時(令和 | 5: splits_stated_year)."""
    words: list[str] = []
    for word in text.split():
        if words and splits_stated_year(words[-1], word):
            words[-1] += " " + word
        else:
            words.append(word)
    return words


def split_lines_at_joints(lines: Sequence[SegLine], cols: Sequence[Interval]) -> list[SegLine]:
    """The lines with each segment parted at its joints in a column gap (split_at_joints), done
    once with the columns the text leaves open, before a header widens them over the gap; a line
    of no figures (a header) also at its bracket_joints and its word spaces (split_at_columns) in
    the gaps of the columns the rows of figures fill (婚姻件数（件） 企業誘致件数（件） under 実績,
    which reaches over the gap between their figures, corpus seed 706 kpi_transposed in
    calc_borderless), a segment parted at its joints too where it holds a word space (H26年度…
    R元年度（2019年度）R2年度（2020年度） R3年度（2021年度）, its first headers overlapping, corpus
    seed 505 kpi_year_matrix in pdf_rules, dev5 wordings)."""
    rows = [ln for ln in lines if ln.is_multi and any(is_data_value(s.text) for s in ln.segments[1:])]
    of_rows = {id(ln) for ln in rows}
    glued = any(" " in s.text or not s.joints and bracket_joints(s) for ln in lines if id(ln) not in of_rows for s in ln.segments)
    figures = columns(rows) if glued and rows else []
    out = []
    for k, ln in enumerate(lines):
        closers = _closers_below(ln, lines[k + 1:])
        segs = tuple(part for s in ln.segments
                     for part in _rejoin_run_on(split_at_joints(s, cols, [] if id(ln) in of_rows else figures), closers))
        if id(ln) not in of_rows and figures and not any(is_data_value(w) for s in segs for w in s.text.split()):
            segs = tuple(piece for part in segs for piece in _header_words_at_columns(part, figures))
        out.append(ln if len(segs) == len(ln.segments) else SegLine(segs, ln.bbox, ln.page, ln.text))
    return out


def _closers_below(line: SegLine, below: Sequence[SegLine]) -> list[Segment]:
    """The segments of the next line below (same page, within WRAP_REACH_EM of the line's height)
    that close more brackets than they open: the last lines of cells whose brackets this line opened."""
    nxt = next((ln for ln in below if ln.page == line.page), None)
    if nxt is None or nxt.bbox[1] - line.bbox[3] > WRAP_REACH_EM * (line.bbox[3] - line.bbox[1]):
        return []
    return [s for s in nxt.segments if text_bracket_depth(s.text) < 0]


def _rejoin_run_on(parts: list[Segment], closers: Sequence[Segment]) -> list[Segment]:
    """The parts of a segment, two neighbours joined again where the right one leaves a bracket open
    and the line below closes brackets under the left one only (目標値（目標年度）(R6（2024） over
    年度) centred under the whole cell, corpus seed 577 kpi_baseline_target in pdf_rules, dev5
    wordings: one header's first line, its bracket closed on its next; two headers each leaving
    one open have a closing line under each, seed 578)."""
    out = list(parts[:1])
    for part in parts[1:]:
        left = out[-1]
        if text_bracket_depth(part.text) > 0 and _closed_under(left, closers) and not _closed_under(part, closers):
            out[-1] = Segment(left.text + part.text, (left.bbox[0], left.bbox[1], part.bbox[2], part.bbox[3]))
        else:
            out.append(part)
    return out


def _closed_under(part: Segment, closers: Sequence[Segment]) -> bool:
    """True when a closing segment's middle lies under the part."""
    return any(part.bbox[0] <= (c.bbox[0] + c.bbox[2]) / 2 <= part.bbox[2] for c in closers)


def _header_words_at_columns(seg: Segment, figures: Sequence[Interval]) -> list[Segment]:
    """A header segment parted at its word spaces in the figures' column gaps (split_at_columns),
    when no part leaves a bracket open: （単位 千円） under two columns is one note. A part set
    solid is then parted at its bracket_joints in those gaps (split_at_joints), as a segment
    without spaces is: R元年度（2019年度）R2年度（2020年度） R3年度（2021年度） over three columns of
    figures, its first two headers 0.09 em apart (corpus seed 505 kpi_year_matrix in pdf_rules,
    dev5 wordings)."""
    parts = split_at_columns(seg, figures)
    if not all(text_bracket_depth(p.text) == 0 for p in parts):
        return [seg]
    return parts if len(parts) < 2 else [piece for part in parts for piece in _parted_at_every_joint(part, figures)]


def _parted_at_every_joint(seg: Segment, figures: Sequence[Interval]) -> list[Segment]:
    """A segment parted at its bracket_joints in the figures' column gaps (split_at_joints), when
    every one of them lies in such a gap: a joint inside a column (目標値（計画期間末） before
    （2023（令和5））目標値（計画期間末）（2025（令和7））, over two columns: its headers are a kind
    and a year each, whose joints fall both inside the headers and between them, corpus seed 936
    kpi_baseline_target in pdf_rules, dev7 wordings) shows the joints are not where the cells meet.
    A segment of lines set one over another (財源内訳（当初予算） over 単位, corpus seed 514
    budget_main_projects in pdf_rules, dev7 wordings) has no one glyph advance to place them by."""
    if seg.is_stacked:
        return [seg]
    pieces = split_at_joints(seg, figures, figures)
    return pieces if len(pieces) == len(bracket_joints(seg)) + 1 else [seg]


def split_at_joints(seg: Segment, cols: Sequence[Interval], figures: Sequence[Interval] = ()) -> list[Segment]:
    """A segment parted at each of its joints (Segment.joints: two texts set without a gap, each
    as wide as its cell) that lies in the gap between two neighbouring columns it crosses, give
    or take MIN_GAP_PT: 基準年度値（2021年）計画目標値（2027年） over two columns of values. Without
    joints, given the columns the rows of figures fill (figures: a header over them, widening one,
    closes no gap between them), at its bracket_joints in their gaps, when no part is a figure;
    so too each part of a segment parted at its joints, in the gaps of cols. Figures are never
    parted so: glued (14人（延べ418日）18人（…）), they stand beside a name the same
    layout may have glued too (a unit 日 set 0.47 em after it, corpus seed 310 kpi_progress in
    pdf_rules), and read apart they would be that name's."""
    x0, top, x1, bottom = seg.bbox
    estimated = not seg.joints and bool(figures)
    if estimated:
        cols = figures
    slack = MIN_GAP_PT if estimated else max(MIN_GAP_PT, JOINT_PLACE_EM * (bottom - top))
    cuts = [(i, x) for i, x in (bracket_joints(seg) if estimated else seg.joints) if 0 < i < len(seg.text) and any(
        x0 < cols[k][1] and cols[k + 1][0] < x1 and _in_column_gap(cols, k, x, k + 1, slack) for k in range(len(cols) - 1))]
    if estimated and any(is_data_value(seg.text[i:j]) for i, j in zip([0] + [i for i, _ in cuts], [i for i, _ in cuts] + [len(seg.text)])):
        return [seg]  # figures glued: header text only is parted so
    if not cuts:
        return [seg]
    out = parted_at(seg, cuts)
    if estimated:
        return out if all(_over_a_column(part, cols) for part in out) else [seg]
    # cells proven glued edge to edge: a part may still end a cell at a closing bracket in a
    # column gap whose glyph filled its pitch there (目標値（2029年）達成度, its ） widened to 1 em);
    # the gaps are the rows' figures' where known: a header's own next line (（ha） centred under
    # 最終目標値（計画最終年度）(R03（2021）), corpus seed 591 kpi_baseline_target in calc_borderless,
    # dev8 wordings) shows no column of the table
    return [piece for part in out for piece in split_at_joints(part, cols, figures or cols)]


def bracket_joints(seg: Segment) -> tuple[tuple[int, float], ...]:
    """Where a segment without spaces set solid may end one cell and start the next: after a
    closing bracket that closes every bracket opened before it, when words stand before its
    opening one (2021年度（令和3年度）2022年度（令和4年度）…, year headers each as wide as its column
    set edge to edge, corpus seed 314 budget_plan_years in pdf_rules), the place estimated by
    glyph advance. Inside a bracket, after one that leaves another open, or after an enumerator
    ((1)子育て環境の充実, a heading) no cell ends. A closing bracket none opened before it closes
    one the line above opened (度（R2））度（R5））… under （2020年 | （2023年 | …, corpus seed 538
    kpi_baseline_target in pdf_rules, dev wordings): it ends a cell as one closing them all does.
    A bracket of words closed before another opens ends a cell without words before it too
    (_worded_inside). In a line closing brackets the line above opened, each cell ends at such a
    bracket: a bracket opened and closed in the line is inside a cell (成29(2017)年度）成30(2018)年度）
    under 最新の数値（平 | 最新の数値（平, corpus seed 501 kpi_progress in pdf_rules, dev wordings)."""
    if _spaced_outside_brackets(seg.text) or len(seg.text) < 2:
        return ()
    x0, _, x1, _ = seg.bbox
    scale = (x1 - x0) / max(1, sum(advance(ch) for ch in seg.text))
    out: list[tuple[int, float]] = []
    closing_above: list[tuple[int, float]] = []
    depth, at, worded, opened = 0, x0, False, 0
    for i, ch in enumerate(seg.text[:-1]):
        folded = unicodedata.normalize("NFKC", ch)
        worded = worded or (depth == 0 and folded not in OPEN_BRACKETS)
        opened = i if depth == 0 and folded in OPEN_BRACKETS else opened
        unmatched = depth == 0 and folded in CLOSE_BRACKETS
        depth = max(0, depth + bracket_depth(folded))  # a bracket closed with none open closes the line above's
        at += advance(ch) * scale
        after = unicodedata.normalize("NFKC", seg.text[i + 1])
        if depth == 0 and folded in CLOSE_BRACKETS and after not in CLOSE_BRACKETS:
            if worded or (after in OPEN_BRACKETS and _worded_inside(seg.text[opened + 1:i])):
                out.append((i + 1, at))
                closing_above += [(i + 1, at)] if unmatched else []
            worded = False
    return tuple(sorted({*(closing_above or out), *_left_open_joints(seg.text, x0, scale)}))


def _spaced_outside_brackets(text: str) -> bool:
    """True when a space stands outside every bracket: words set a space apart, no run set solid. A
    space inside a bracket is the writer's ((令和6年度 (2024))(令和9年度 (2027)), two year headers set
    edge to edge, corpus seed 532 kpi_baseline_target in pdf_rules, dev6 wordings)."""
    depth = 0
    for ch in text:
        folded = unicodedata.normalize("NFKC", ch)
        if folded == " " and depth == 0:
            return True
        depth = max(0, depth + bracket_depth(folded))
    return False


def _over_a_column(part: Segment, cols: Sequence[Interval]) -> bool:
    """True when a part of a header reaches over a column of figures by more than MIN_GAP_PT: a part
    set in a gap heads none (基準値（策定時）(令和元年度) set wider than its figures, its first words
    over the gap before them, touching the names' column: one header, its joint no cell edge)."""
    return any(min(b, part.bbox[2]) - max(a, part.bbox[0]) > MIN_GAP_PT for a, b in cols)


def _left_open_joints(text: str, x0: float, scale: float) -> list[tuple[int, float]]:
    """Where cells whose brackets each wrap to the next line meet: before each opening bracket the
    segment leaves open after the first it leaves open, when a word or a closed bracket stands
    before it (（令和6年（2024年）（令和元年（2019年） over ） | ）, two year headers set edge to edge,
    each closed on its next line, corpus seed 578 kpi_baseline_target in pdf_rules, dev2
    wordings; （2017年度〔平成29年度〕（2020年度〔令和2年度〕…, seed 734, dev4), x by glyph advance.
    The segment must open with the first bracket it leaves open: headers each one bracket, alike.
    One opening with words (中間目標値(2024年度(R6)中間目標値(2026年度(R8)), seed 565, dev) may part
    before its second header's words, not its bracket: no cut is known."""
    stack: list[int] = []
    for i, ch in enumerate(text):
        folded = unicodedata.normalize("NFKC", ch)
        if folded in OPEN_BRACKETS:
            stack.append(i)
        elif folded in CLOSE_BRACKETS and stack:
            stack.pop()
    if not stack or stack[0] != 0:
        return []  # a word opens the segment: where the next header's words start is not shown (中間目標値(2024年度(R6)中間目標値(2026…)
    cuts = [i for i in stack[1:] if unicodedata.normalize("NFKC", text[i - 1]) not in OPEN_BRACKETS]
    return [(i, x0 + sum(advance(ch) for ch in text[:i]) * scale) for i in cuts]


def _worded_inside(text: str) -> bool:
    """True for a bracket's text holding more than digits: a header of its own ((2024年度末(R6))
    before (2027年度末(R9)), three such set edge to edge, corpus seed 532 kpi_baseline_target in
    pdf_rules, dev4 wordings), not an enumerator ((1)(2))."""
    return any(not unicodedata.normalize("NFKC", ch).isdigit() for ch in text)


def _in_column_gap(cols: Sequence[Interval], left: int, x: float, right: int, slack: float = MIN_GAP_PT) -> bool:
    """True when x (a word space) lies in the gap between column left and column right, give or
    take slack, and between the two columns' middles: a space inside a column (an indented
    １項 総務管理費 reaching the next column) does not part it."""
    middles = sum(cols[left]) / 2 < x < sum(cols[right]) / 2
    return middles and cols[left][1] - slack <= x <= cols[right][0] + slack


def _split_lines(piece: Piece, em: float) -> list[Piece]:
    """A piece holding several visual lines (a page line chained over two lines of a column by
    text set between them, a chart's labels) as one piece per line: lines em high, the first at
    the top of its box, the last at the bottom, the others evenly between."""
    texts = [t for t in piece.text.split("\n") if t.strip()]
    x0, top, x1, bottom = piece.bbox
    if len(texts) < 2 or not 0 < em < bottom - top:
        return [piece]
    pitch = (bottom - top - em) / (len(texts) - 1)
    return [Piece(t, (x0, top + k * pitch, x1, top + k * pitch + em), piece.col, piece.page) for k, t in enumerate(texts)]


def table_rows(lines: Sequence[SegLine], cols: Sequence[Interval],
                cuts_numbers: bool = False) -> tuple[list[tuple[RawCell, ...]], CutEvidence]:
    """The table's rows, each one cell per column, from the cells the layout groups (rows.py),
    not from the page's text lines: a line of the page may cross two rows (a cell centred
    over two rows beside the second line of a name). The header's lines and the body's are
    grouped apart (_body_start). A cell's lines are joined where the engine cut them
    (extract.pdf.cuts), numbers too when the table shows it cuts numbers or cuts_numbers says
    the document does; with what the cells show of such cuts."""
    rows = _grouped_rows(lines, cols)
    grid = [[sorted((p for block in row if block[0].col == k for p in block), key=lambda p: p.bbox[1])
             for k in range(len(cols))] for row in rows]
    widths = [b - a for a, b in cols]
    evidence = cut_evidence((pieces, w) for per_col in grid for pieces, w in zip(per_col, widths))
    columns_cut = any(column_cuts_numbers([per_col[k] for per_col in grid], widths[k]) for k in range(len(cols)))
    evidence = CutEvidence(evidence.proved or columns_cut, evidence.doubted)  # a column's cut rests prove it too
    years_cut = [cuts_years([per_col[k] for per_col in grid], widths[k]) for k in range(len(cols))]
    out = []
    for row, per_col in zip(rows, grid):
        page = row[0][0].page
        top, bottom = min(b[0].bbox[1] for b in row), max(b[-1].bbox[3] for b in row)
        cells = []
        for (a, b), pieces, cut in zip(cols, per_col, years_cut):
            cell = cell_lines(pieces, b - a, cuts_numbers or evidence.proved or cut)
            bbox = union_bbox(box for _, box in cell) if cell else (a, top, b, bottom)
            cells.append(RawCell("\n".join(t for t, _ in cell), bbox, page, line_bboxes=tuple(box for _, box in cell),
                                 numbers_rejoined=True))
        out.append(tuple(cells))
    return out, evidence


def _grouped_rows(lines: Sequence[SegLine], cols: Sequence[Interval]) -> list[list[Block]]:
    """The rows pieces_to_rows groups, the header's lines apart from the body's when a cell
    would stack header text over a body value: a header cell wrapped to two lines may be set as far from the body's
    first row as its own lines are apart (目標 / （2023年度） over 3,470, a table of one row);
    no pitch tells them apart, the value does (_body_start)."""
    k = _body_start(lines, cols)
    head, body = line_pieces(lines[:k], cols), line_pieces(lines[k:], cols)
    rows = pieces_to_rows([*head, *body])
    above = {id(p) for p in head}
    if not any(any(id(p) in above for p in block) and any(id(p) not in above and is_data_value(p.text) for p in block)
               for row in rows for block in row) and not any(_stacks_heading_under_head(row, above) for row in rows):
        return rows
    return [*pieces_to_rows(head), *pieces_to_rows(body)]


def _stacks_heading_under_head(row: Sequence[Block], above: set[int]) -> bool:
    """True when a cell of the row (its pieces in one column) would stack header text (ids in above)
    over a section heading the body opens with (_heading_over_row), a header line and the heading
    grouped as one cell's lines though a row apart ((1)健康づくりの推進 under 策定時（2018年度（平成30年度））
    over a table's one row, corpus seed 855 kpi_baseline_target in calc_borderless)."""
    cells: dict[int, list[Piece]] = {}
    for p in (p for block in row for p in block):
        cells.setdefault(p.col, []).append(p)
    return any(any(id(p) in above for p in cell) and any(id(p) not in above and opens_numbered_item(p.text) for p in cell)
               for cell in cells.values())


def _body_start(lines: Sequence[SegLine], cols: Sequence[Interval]) -> int:
    """The index of the first line that opens a row in the first column and holds a data value
    past it (not a year: 2023年度 heads a column, nor 5 of 策定時(令和 5, stated_year_words; nor the
    digits of a header word the engine cut, R over 3: _continues_word), the line above holding
    nothing in the first column (no label wrapped above its values) or being a header line over it
    (_heads_line), or 0."""
    for k, line in enumerate(lines):
        if line.is_multi and any(is_data_value(w) for s in line.segments[1:]
                                 if not _continues_word(lines[k - 1] if k else None, line, s, cols)
                                 and not _ends_year(lines[k - 1] if k else None, line, s, cols)
                                 for w in stated_year_words(s.text)):
            opens = min(filled(line, cols)) == 0  # a row number a word space before its name (1 観光入込客数) opens it too
            above = lines[k - 1] if k > 0 else None
            if not opens or above is None or (0 in filled(above, cols) and not _heads_line(above, line, cols)):
                return 0
            return k - _rising_lines(lines, k, cols) - _heading_over_row(lines, k)
    return 0


def _heading_over_row(lines: Sequence[SegLine], k: int) -> int:
    """1 when the line above the first body row (k) is a section heading set flush right over it: one
    segment opening with an item's number, ending where the row ends (within ALIGN_TOL_PT), under a
    header line; else 0. A spreadsheet sets a heading cell merged over its row flush right when the
    first column is formatted for numbers (（1）健康づくりの推進 under 策定時（2018年度（平成30年度））,
    corpus seed 855 kpi_baseline_target in calc_borderless): the body's, not the header cell's next line."""
    if k < 2:
        return 0
    above = lines[k - 1]
    return int(not above.is_multi and opens_numbered_item(above.text) and abs(above.bbox[2] - lines[k].bbox[2]) <= ALIGN_TOL_PT)


def _heads_line(above: SegLine, line: SegLine, cols: Sequence[Interval]) -> bool:
    """True when the line above a row of values is a header over it: it holds no data value and
    text in every column the row fills (No. | 担当課 | … | 事業内容 set at the rows' very pitch above
    1 | 総務課 | … , no padding between them, corpus seed 10 budget_main_projects), where the
    first line of a label wrapped above its values leaves its value columns blank. A year written out
    with spaces is one word (stated_year_words: 令和 5 年度目標（計画最終年度）, corpus seed 964
    kpi_baseline_target in calc_borderless, dev8 wordings), no value."""
    return not any(is_data_value(w) for s in above.segments for w in stated_year_words(s.text)) and \
        filled(line, cols) <= filled(above, cols)


def _rising_lines(lines: Sequence[SegLine], k: int, cols: Sequence[Interval]) -> int:
    """How many lines right above line k are the first lines of a cell of line k taller than
    its label and centred on it: lines set at a cell's leading (CELL_GAP_EM) above that cell's
    line in line k, in its column, with which the cell's middle lies within CENTRED_EM of a line
    height of the label's (年間１１１，１ over ９７人（4年間で over ４４４，７８８ over 人） beside ①人口,
    corpus seed 16 kpi_progress in pdf_rules). They are the body's first row: a header's last
    line at that leading above a cell (目標 / （2023年度） over 3,470) leaves it off centre."""
    label = lines[k].segments[0]
    height = label.bbox[3] - label.bbox[1]
    n = 0
    while k - n - 1 >= 0 and _chains_up(lines[k - n - 1], lines[k - n], lines[k].segments[1:], cols):
        n += 1
    if n == 0:
        return 0
    lifted = {column_of(cols, s) for ln in lines[k - n:k] for s in ln.segments}
    top = lines[k - n].bbox[1]
    bottom = max(_chain_down(lines[k + 1:], s, cols) for s in lines[k].segments[1:] if column_of(cols, s) in lifted)
    middle, label_middle = (top + bottom) / 2, (label.bbox[1] + label.bbox[3]) / 2
    centred = abs(middle - label_middle) <= CENTRED_EM * height
    return n if centred and not _hangs_from_row(lines, k, lifted, cols) else 0


def _hangs_from_row(lines: Sequence[SegLine], k: int, lifted: set[int], cols: Sequence[Interval]) -> bool:
    """True when a cell of line k in a column no line above lifts goes on below it (its lines at a
    cell's leading, _chain_down): the row's cells are set from its top, the label level with their
    first lines (a word processor's table, cells at the top: 中心市街地にぎ / わい / 創出事業（拡充）
    beside 1, the header's last line 予算額 right above 6億7,349万 / 円, corpus seed 515
    budget_main_projects in writer_borderless), not centred on it."""
    return any(_chain_down(lines[k + 1:], s, cols) > s.bbox[3] for s in lines[k].segments[1:] if column_of(cols, s) not in lifted)


def _chains_up(upper: SegLine, lower: SegLine, cells: Sequence[Segment], cols: Sequence[Interval]) -> bool:
    """True when every segment of upper sits in the column of one of cells (line k's), at a
    cell's leading above the line below's segment in that column."""
    def below(seg: Segment) -> Segment | None:
        return next((t for t in lower.segments if column_of(cols, t) == column_of(cols, seg)), None)
    return upper.page == lower.page and all(
        any(column_of(cols, s) == column_of(cols, c) for c in cells) and (t := below(s)) is not None
        and 0 <= t.bbox[1] - s.bbox[3] <= CELL_GAP_EM * (s.bbox[3] - s.bbox[1]) for s in upper.segments)


def _ends_year(prev: SegLine | None, line: SegLine, seg: Segment, cols: Sequence[Interval]) -> bool:
    """True when seg ends a year the line above begins in its column, set at a cell's leading
    (_year_reach): an era name over its number (平成 over 26年, a header cell set solid, corpus seed
    509 kpi_progress in chromium_borderless; 2022 年度（令和 over 4 年度）, corpus seed 995
    budget_plan_years in typst_borderless), a header's year and no value, though the number alone
    (26年) reads as one."""
    if prev is None or prev.page != line.page or parse_year(seg.text) is not None:
        return False
    k = column_of(cols, seg)
    return any(column_of(cols, t) == k and 0 <= seg.bbox[1] - t.bbox[3] <= _year_reach(t, seg)
               and _is_whole_year(_last_phrase(t.text) + _closing_trimmed(seg.text)) for t in prev.segments if t.text.split())


def _year_reach(upper: Segment, lower: Segment) -> float:
    """How far below a line its year's rest may stand: CELL_GAP_EM of its height, or WRAP_REACH_EM
    where the line leaves a bracket open that the rest closes: one phrase, whatever the leading (a
    header's may be wider than the rows' padding)."""
    bracketed = text_bracket_depth(upper.text) > 0 and text_bracket_depth(lower.text) < 0
    return (WRAP_REACH_EM if bracketed else CELL_GAP_EM) * (lower.bbox[3] - lower.bbox[1])


def _last_phrase(text: str) -> str:
    """The text after its last space or opening bracket: the words a wrap carries on (令和 of 2022 年度（令和)."""
    folded = unicodedata.normalize("NFKC", text)
    return folded[max(folded.rfind(ch) for ch in " " + OPEN_BRACKETS) + 1:]


def _closing_trimmed(text: str) -> str:
    """The text without the closing brackets it ends in (4 年度） closes the bracket the line above opened)."""
    return unicodedata.normalize("NFKC", text).rstrip(CLOSE_BRACKETS)


def _is_whole_year(text: str) -> bool:
    """True when the text is one year and nothing else (平成26年, not 令和3,470)."""
    cleaned = clean_text(text)
    found = find_year(cleaned)
    return found is not None and found[1:] == (0, len(cleaned))


def _chain_down(after: Sequence[SegLine], seg: Segment, cols: Sequence[Interval]) -> float:
    """The bottom of the cell seg opens: its lines below at a cell's leading in its column."""
    col, bottom = column_of(cols, seg), seg.bbox[3]
    for line in after:
        nxt = next((t for t in line.segments if column_of(cols, t) == col), None)
        if nxt is None or not 0 <= nxt.bbox[1] - bottom <= CELL_GAP_EM * (nxt.bbox[3] - nxt.bbox[1]):
            break
        bottom = nxt.bbox[3]
    return bottom


def _continues_word(prev: SegLine | None, line: SegLine, seg: Segment, cols: Sequence[Interval]) -> bool:
    """True when seg continues a Latin word or number the engine cut at its column's width on the
    line right above (a full line, set at a cell's leading: R over 3, H2 over 7)."""
    if prev is None or prev.page != line.page or line.bbox[1] - prev.bbox[3] > CELL_GAP_EM * (line.bbox[3] - line.bbox[1]):
        return False
    k = column_of(cols, seg)
    width = cols[k][1] - cols[k][0]
    return any(column_of(cols, t) == k and is_cut_number(t.text, t.bbox, Piece(seg.text, seg.bbox, k), width, True)
               for t in prev.segments)
