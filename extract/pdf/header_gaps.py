"""Cells glued in a body row, parted where the header band above them leaves the page open.

A spreadsheet printed to PDF sets a cell's text about 1 pt inside its borders, so two cells each
as wide as its text meet without a column gap (観光入込客数 ４１８．８（R02末）, 1ふるさと納税寄附額):
the reader notes a joint there (glyphs stepping off their solid spacing, pdfplumber_adapter) and
parts a segment at a joint only on a column edge its rows repeat (extract.pdf.edges) or in a gap
the columns leave (cells.split_at_joints). A table of one body row repeats nothing, and one whose
rows are all glued there leaves no gap. Its header band shows the border instead: the header
cells over two columns stand apart where the columns meet, so a joint that no word of a header
row covers, with header words on both sides of it, is the border between two cells.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from extract.interpret.structure import is_data_value
from extract.pdf.edges import is_figure
from extract.pdf.glyphs import closes_bracket, opens_bracket, word_spans
from extract.pdf.grid import ALIGN_TOL_PT, Interval, Segment, SegLine
from extract.pdf.pieces import bracket_close, opens_with_digit, text_bracket_depth
from normalize.text import nfkc_safe
from normalize.vocab import SCALE_WORDS
from normalize.years import year_runs_over

HEADER_ROW_WORDS = 2  # a header line of at least this many words is a row of header cells, whose words no border crosses


def split_at_header_gaps(lines: Sequence[SegLine]) -> list[SegLine]:
    """The lines with each segment of a body line of two or more segments parted at its joints
    that lie in a gap of the header band above (_in_band_gap): the lines before the first line
    with a figure for a segment (edges.is_figure; a header's words may hold a number: (令和 6 年度)),
    on its page. Over one row of figures, the header band's segments are parted too, where the row
    breaks (_header_cuts)."""
    first = next((k for k, ln in enumerate(lines) if _holds_figure_cell(ln)), len(lines))
    band = lines[:first]
    if not band or first == len(lines):
        return list(lines)
    band = _parted_at_column_starts(band, lines[first:])
    band_words = [(b.page, _line_words(b)) for b in band]
    body = [_parted_at(ln, lambda s: _joint_cuts(s, *_band_of(band_words, ln.page))) if ln.is_multi else ln
            for ln in lines[first:]]
    body = [_parted_at(ln, lambda s: _start_cuts(s, *_band_of(band_words, ln.page), _cell_starts(body, ln), _carried_below(body, ln, s)))
            if ln.is_multi else ln for ln in body]
    rows_of_figures = [ln for ln in body if _holds_figure_cell(ln)]
    if len(rows_of_figures) != 1:
        return [*band, *body]
    row = rows_of_figures[0]
    parted = _parted_at(row, lambda s: _space_cuts(s, *_band_of(band_words, row.page)))
    parted = _labelled(parted, band, *_band_of(band_words, row.page))
    parted = _parted_at(parted, lambda s: _unheaded_cuts(s, _band_of(band_words, row.page)[0]) if s is parted.segments[0] else [])
    body = [parted if ln is row else ln for ln in body]
    breaks = _row_breaks(parted)
    return [*(_parted_line(ln, breaks) for ln in band), *body]


def _parted_at_column_starts(band: Sequence[SegLine], body: Sequence[SegLine]) -> list[SegLine]:
    """The band's lines with each segment parted at a word space before a word starting where a cell
    of the body starts past its rows' first (within ALIGN_TOL_PT), no body cell covering the space:
    two header cells a spreadsheet glued a word space apart, the second set flush left in its column
    as the cells under it (目標とする値（最終年度）（令和 2 目標とする値（最終年度）（令 over 131,565t-CO2 |
    141,819t-CO2, 141,819t-CO2 and the second header both at 330.0 pt, corpus seed 579
    kpi_baseline_target in calc_borderless, dev8 wordings). Each part leaves a bracket open that the
    segments of the band's next line under it close (_closed_below: 年度） under the first header,
    和 5 年度） under the second): each header wraps its year on. Words a space apart that close
    their brackets (a year matrix's 2020 年度 over Typst's centred figures) may start anywhere."""
    on_page = [ln for ln in body if ln.page == band[0].page] if band else []
    starts = [s.bbox[0] for ln in on_page for s in ln.segments[1:]]
    covered = [(s.bbox[0], s.bbox[2]) for ln in on_page for s in ln.segments]
    out = list(band)
    for k, ln in enumerate(band):
        below = band[k + 1] if k + 1 < len(band) and band[k + 1].page == ln.page else None
        out[k] = _parted_at(ln, lambda s: _column_start_cuts(s, starts, covered, below))
    return out


def _column_start_cuts(seg: Segment, starts: Sequence[float], covered: Sequence[Interval], below: SegLine | None) -> list[Cut]:
    """seg's word spaces before a word starting at a body cell's start (starts), in a gap the body's
    cells leave open (covered), where each part's open brackets close under it on the band's next
    line (_closed_below). Lines set one over another (Segment.is_stacked) place no word by its glyphs."""
    if seg.is_stacked:
        return []
    cuts = [(i, end, start) for i, end, start in _word_spaces(seg) if any(abs(start - x) <= ALIGN_TOL_PT for x in starts)
            and not any(a < start - ALIGN_TOL_PT and end < b for a, b in covered)]
    bounds = [(0, seg.bbox[0]), *((i, b) for i, _, b in cuts), (len(seg.text), seg.bbox[2])]
    parts = [(seg.text[i:j], a, b) for (i, a), (j, b) in zip(bounds, bounds[1:])]
    if not cuts or not all(text_bracket_depth(text) > 0 and _closed_below(text, a, b, below) for text, a, b in parts) or \
            any(opens_bracket(text.strip()) or closes_bracket(text.strip()[:1]) for text, _, _ in parts[1:]):
        return []
    return cuts


def _closed_below(text: str, left: float, right: float, below: SegLine | None) -> bool:
    """True when text closes every bracket it opens, or the segments of the line below lying within
    left .. right close them."""
    under = "".join(s.text for s in below.segments if left - ALIGN_TOL_PT <= s.bbox[0] and s.bbox[2] <= right + ALIGN_TOL_PT) if below else ""
    return text_bracket_depth(text) == 0 or text_bracket_depth(text + under) == 0


def _labelled(row: SegLine, band: Sequence[SegLine], words: Sequence[Interval], rows: Sequence[Interval]) -> SegLine:
    """The one row of figures with its first segment parted at its first joint in a gap of the band
    that only the reading of a figure and its unit keeps whole (_may_part), where the row names
    nothing (every segment a figure) and a line of the band shows one cell more than the row holds,
    parted where the row breaks or counted by its words (a header row's words are cells: a border
    crosses none): a row states what it measures, so its first figure is a row number glued to the
    name (1 | 世帯数 under No | 評価指標（名称）, 世帯数 a counting unit too, corpus seeds 959 and 967
    kpi_baseline_target in calc_borderless), not a value and its unit."""
    if not all(is_figure(s.text) for s in row.segments):
        return row
    cells = max(max(len(_parted_line(ln, _row_breaks(row)).segments), len(_line_words(ln))) for ln in band)
    first = row.segments[0]
    bounds = [0, *(i for i, _ in first.joints), len(first.text)]
    cuts = [(i, x, x) for k, (i, x) in enumerate(first.joints, start=1)
            if _in_band_gap(x, words, rows) and _may_part(first.text, i, first.text[bounds[k - 1]:i], first.text[i:bounds[k + 1]], unit_waived=True)]
    if cells != len(row.segments) + 1 or not cuts:
        return row
    return _parted_at(row, lambda s: cuts[:1] if s is first else [])


def _unheaded_cuts(seg: Segment, words: Sequence[Interval]) -> list[Cut]:
    """Where the one row's first segment parts at a word space before which its words stand left of
    every word of the band, where the band's leftmost word over the words after the space is centred
    nearer on them than on the whole segment: a label in a column the header leaves blank, set a
    word space before the name its first header heads (安全・安心なまちづくり スポーツ施設利用者数 under
    評価指標, centred on スポーツ施設利用者数, corpus seed 724 kpi_baseline_target in calc_borderless). A
    name's first word standing left of a header centred on the whole name (ごみ 排出量) is no label."""
    if seg.is_stacked or not words:
        return []
    band_left = min(a for a, _ in words)
    whole = (seg.bbox[0] + seg.bbox[2]) / 2
    for i, end, start in _word_spaces(seg):
        if end >= band_left:
            break
        rest = (start, seg.bbox[2])
        over = sorted((w for w in words if w[0] < rest[1] and rest[0] < w[1]), key=lambda w: w[0])
        if not over or not _may_part(seg.text, i, seg.text[:i], seg.text[i:]) or \
                is_figure(seg.text[:i].strip()) or is_figure(seg.text[i:].strip()):
            continue
        head = sum(over[0]) / 2
        if abs(head - sum(rest) / 2) < abs(head - whole):
            return [(i, end, start)]
    return []


def _holds_figure_cell(line: SegLine) -> bool:
    """True when a segment of the line is a figure, or a piece of one between its joints is: two
    figures a spreadsheet glued (734,692 | 722,591（R4年度） under 計画目標値 | 基準値（策定時）, one
    row under a two-line header, corpus seed 788 kpi_baseline_target in calc_borderless) read as
    no figure together, yet the row holds figures and the lines above it are its header band; so do
    figures a word space apart (４８６，０８１ ４６２，０７９ under 目標値（最終年度） | 国の基準, corpus seed
    904 kpi_baseline_target in calc_borderless), while a header's year spaced as words holds words
    that are no figures ((令和 6 年度))."""
    return any(is_figure(s.text) or any(is_figure(piece) for piece in joint_pieces(s)) or _spaced_figures(s)
               for s in line.segments)


def _spaced_figures(seg: Segment) -> bool:
    """True when every word of the segment is a figure."""
    words = seg.text.split()
    return bool(words) and all(is_figure(w) for w in words)


def joint_pieces(seg: Segment) -> list[str]:
    """A segment's text parted at its joints (none: the whole text), each piece stripped."""
    bounds = [0, *(i for i, _ in seg.joints), len(seg.text)]
    return [seg.text[a:b].strip() for a, b in zip(bounds, bounds[1:])]


def _band_of(band_words: Sequence[tuple[int, list[Interval]]], page: int) -> tuple[list[Interval], list[Interval]]:
    """The band's words on a page, and those of its header rows (lines of HEADER_ROW_WORDS words or
    more); on a page the band does not reach, those of its first page: a table read across a page
    break goes on under the header it set on its first page (corpus seed 835 kpi_baseline_target in
    calc_borderless: 3新規就農者数 人 alone at the top of page 3)."""
    on_page = [(on, ws) for on, ws in band_words if on == page] or [(on, ws) for on, ws in band_words if on == band_words[0][0]]
    return [w for _, ws in on_page for w in ws], [w for _, ws in on_page if len(ws) >= HEADER_ROW_WORDS for w in ws]


def _cell_starts(body: Sequence[SegLine], line: SegLine) -> list[float]:
    """Where the cells past the first of the body's other lines start."""
    return [s.bbox[0] for ln in body if ln is not line for s in ln.segments[1:]]


def _carried_below(body: Sequence[SegLine], line: SegLine, seg: Segment) -> str:
    """The text a cell's next line carries: the segment starting where seg starts (within
    ALIGN_TOL_PT) on the first body line below the line on its page, or ""."""
    below = next((ln for ln in body if ln.page == line.page and ln.bbox[1] > line.bbox[1]), None)
    return next((s.text for s in below.segments if abs(s.bbox[0] - seg.bbox[0]) <= ALIGN_TOL_PT), "") if below else ""


def _line_words(line: SegLine) -> list[Interval]:
    return [(a, b) for s in line.segments for _, a, b in word_spans(s)]


def _in_band_gap(x: float, words: Sequence[Interval], rows: Sequence[Interval]) -> bool:
    """True when no word of a header row (rows) covers x and words of the band stand left and right of it."""
    return not any(a < x < b for a, b in rows) and any(b <= x for _, b in words) and any(a >= x for a, _ in words)


Cut = tuple[int, float, float]  # an offset into a segment's text, where the part before it ends and the part from it starts


def _joint_cuts(seg: Segment, words: Sequence[Interval], rows: Sequence[Interval]) -> list[Cut]:
    """seg's joints in a gap of the header band (_in_band_gap) where it may part (_may_part)."""
    bounds = [0, *(i for i, _ in seg.joints), len(seg.text)]
    return [(i, x, x) for k, (i, x) in enumerate(seg.joints, start=1)
            if _in_band_gap(x, words, rows) and _may_part(seg.text, i, seg.text[bounds[k - 1]:i], seg.text[i:bounds[k + 1]])]


def _row_breaks(row: SegLine) -> list[float]:
    """Where a row of figures breaks between two cells: a figure's right end (figures are set flush
    right), and the x where two of its segments meet (a joint it was parted at)."""
    ends = [s.bbox[2] for s in row.segments if is_figure(s.text)]
    return ends + [a.bbox[2] for a, b in zip(row.segments, row.segments[1:]) if a.bbox[2] == b.bbox[0]]


def _parted_line(line: SegLine, breaks: Sequence[float]) -> SegLine:
    return _parted_at(line, lambda s: _header_cuts(s, breaks))


def _parted_at(line: SegLine, cuts: Callable[[Segment], list[Cut]]) -> SegLine:
    segs = tuple(p for s in line.segments for p in _cut(s, cuts(s)))
    return line if len(segs) == len(line.segments) else SegLine(segs, line.bbox, line.page, line.text)


def _band_spaces(seg: Segment, words: Sequence[Interval], rows: Sequence[Interval],
                 wholly: bool = True, carried: str = "") -> list[tuple[Cut, str, str]]:
    """The segment's word spaces lying wholly in a gap of the band (_in_band_gap at both their ends;
    not wholly: at one end or the middle) where it may part (_may_part; a bracket open before the
    space that the text its cell's next line carries (carried) closes is no bracket running across
    it), each as a cut with the word before it and the word after it, read on to the word closing a
    bracket it leaves open (_bracketed_word)."""
    texts = [w for w in seg.text.split(" ") if w]
    return [(cut, texts[k - 1], _bracketed_word(texts, k)) for k, cut in enumerate(_word_spaces(seg), start=1)
            if _in_gap(cut[1], cut[2], words, rows, wholly) and _may_part(seg.text, cut[0], seg.text[:cut[0]], seg.text[cut[0]:], carried)]


def _word_spaces(seg: Segment) -> list[Cut]:
    """seg's word spaces (the single spaces between its words, glyphs.word_spans), each as a cut: the offset of
    the word after it, where the word before it ends and where the word after it starts (pt)."""
    spans = word_spans(seg)
    starts = [m.start() for m in re.finditer(r"[^ ]+", seg.text)]
    return [(starts[k], spans[k - 1][2], spans[k][1]) for k in range(1, len(spans))]


def _in_gap(left: float, right: float, words: Sequence[Interval], rows: Sequence[Interval], wholly: bool) -> bool:
    """True when a space from left to right lies in a gap of the band: wholly (both its ends), or in part
    (an end or its middle)."""
    ends = [_in_band_gap(x, words, rows) for x in (left, (left + right) / 2, right)]
    return ends[0] and ends[2] if wholly else any(ends)


def _start_cuts(seg: Segment, words: Sequence[Interval], rows: Sequence[Interval], starts: Sequence[float],
                carried: str = "") -> list[Cut]:
    """Where a body segment parts at a word space in a gap of the band (_band_spaces) before a word
    starting where a cell of another body line starts (starts, within ALIGN_TOL_PT), after a name's
    word (_is_name): a spreadsheet sets a unit flush left in its column a word space after a name as
    wide as its own column (2農業産出額 百万円 under 1婚姻件数 | 件, the header KPI | 単位 leaving the space open, corpus seed
    760 kpi_baseline_target in calc_borderless). The band's gap and a column's start both prove the
    border where a table of few rows shows no column edge (extract.pdf.edges wants MIN_EDGE_LINES).
    The space need lie in the gap only in part: a header centred over a name as wide as its column
    reaches past the name's end into the space (主な成果指標 0.9 pt past 企業誘致件数 before 件, corpus
    seed 835 kpi_baseline_target in calc_borderless, dev4 wordings), the cell's start proving the rest."""
    return [cut for cut, before, _ in _band_spaces(seg, words, rows, wholly=False, carried=carried)
            if _is_name(before) and any(abs(cut[2] - x) <= ALIGN_TOL_PT for x in starts)]


def _space_cuts(seg: Segment, words: Sequence[Interval], rows: Sequence[Interval]) -> list[Cut]:
    """Where the one row of figures under a header band parts at a word space: a space lying
    wholly in a gap of the band (_in_band_gap at both its ends) before a figure, after a name or
    another figure (_opens_cell). A spreadsheet sets two cells a word space apart as it glues them
    at a joint (ごみ排出量（1人1日当たり） 914（H29） under 評価指標 | 基準年度値, 320,996 245,535
    under 目標（R7） | 目標（R10）, corpus seeds 792 and 738 kpi_baseline_target in calc_borderless),
    and one row proves no column edge (extract.pdf.edges wants MIN_EDGE_LINES). A figure after a figure
    parts at a space only in part in a gap: a figure right-aligned in its column may reach left of the
    header centred over it (81,934 119,510 under 目標値（最終年度） | 目標水準, 119,510 1.3 pt left of
    目標水準, corpus seed 589 kpi_baseline_target in calc_borderless)."""
    return [cut for cut, before, after in _band_spaces(seg, words, rows, wholly=False)
            if _opens_cell(before, after) and (_in_gap(cut[1], cut[2], words, rows, True) or is_figure(before))]


def _bracketed_word(texts: Sequence[str], k: int) -> str:
    """texts[k] with the words after it up to the one closing the bracket it leaves open: a figure's
    note spaced as words (５７６，４２４（令和 元 年度）, corpus seed 802 kpi_baseline_target in
    calc_borderless, dev8 wordings) is read with its figure."""
    end = bracket_close(texts, k)
    return " ".join(texts[k:(k if end is None else end) + 1])


def _opens_cell(before: str, after: str) -> bool:
    """True when a word set a space after another starts a cell of its own: a figure after a figure,
    or after a name (no figure, a word of letters that ends in no scale word: 4 億 2,502万円 is one
    value, △ 1,234 one figure)."""
    return is_figure(after) and (is_figure(before) or _is_name(before))


def _is_name(word: str) -> bool:
    """True for a word of a name: letters, no figure, ending in no scale word (1 億 1,264 万円 is one
    value, its 億 no name's: Typst spaces an amount's parts, corpus seed 990 budget_book in
    typst_borderless)."""
    return any(ch.isalpha() for ch in word) and not is_figure(word) and not word.endswith(tuple(SCALE_WORDS))


def _header_cuts(seg: Segment, breaks: Sequence[float]) -> list[Cut]:
    """Where a header segment over one row of figures parts: at a word space holding a break of the
    row (within ALIGN_TOL_PT of its words' ends), or a joint on one. A header cell as wide as its
    text fills its column up to the border the row's figures end on (主な成果指標 計画策定時の基準値
    over 観光入込客数 | ４１８．８（R02末）, corpus seed 856; 基準値（策定時）（2020年度） 到達目標
    （2022年度） … over 79.34 | 79.68 | -, seed 808, kpi_baseline_target in calc_borderless); one
    row proves no column edge by itself (extract.pdf.edges wants MIN_EDGE_LINES), but a header
    break on the row's break does."""
    spaces = _word_spaces(seg)
    cuts = [(i, a, b) for i, a, b in spaces if any(a <= x + ALIGN_TOL_PT and x < b for x in breaks)]
    cuts += [(i, x, x) for i, x in seg.joints if any(abs(x - e) <= ALIGN_TOL_PT for e in breaks)
             and " " not in seg.text[i - 1:i + 1]]  # a joint at a word space is that space's cut
    return sorted((i, a, b) for i, a, b in cuts if _may_part(seg.text, i, seg.text[:i], seg.text[i:]))


def _cut(seg: Segment, cuts: Sequence[Cut]) -> list[Segment]:
    """seg parted at the cuts (sorted), the rest of its joints and its measured words (Segment.words,
    a word cut at a joint ending or starting there) kept in the parts: a unit set a word space after
    a name (結婚・子育ての希望がかなう %) is still found as the unit column's cell
    (edges._is_cell_word; corpus seed 870 kpi_baseline_target in calc_borderless, dev9 wordings)."""
    if not cuts:
        return [seg]
    x0, top, x1, bottom = seg.bbox
    words = [m.span() for m in re.finditer(r"[^ ]+", seg.text)]
    measured = list(zip(words, seg.words)) if len(words) == len(seg.words) else []
    out = []
    for (i, _, left), (j, right, _) in zip([(0, x0, x0), *cuts], [*cuts, (len(seg.text), x1, x1)]):
        joints = tuple((k - i, x) for k, x in seg.joints if i < k < j)
        spans = tuple((a if ws >= i else left, b if we <= j else right) for (ws, we), (a, b) in measured if ws < j and we > i)
        text = seg.text[i:j]
        lead = len(text) - len(text.lstrip())
        out.append(Segment(text.strip(), (left, top, right, bottom), tuple((k - lead, x) for k, x in joints), spans))
    return out


def _may_part(text: str, at: int, before: str, after: str, carried: str = "", unit_waived: bool = False) -> bool:
    """True when text may end one cell before text[at]: no bracket open before it, the rest opening
    with neither a bracket (a qualifier of the text before) nor a closing one, and the pieces
    before and after the joint (before, after) no figure and its unit, read together as one value
    (2,252万円: Typst sets the unit a joint after the digits, corpus seed 501 budget_plan_years in
    typst_borderless). A figure after the joint is no unit: digits glued to digits at a joint are
    two figures (364919 | 214697（H30末）, corpus seed 815 kpi_baseline_target in calc_borderless,
    --vocab dev4), whatever year their digits read as together (１９ | ２３（Ｈ２９）, no year 1923: seed 962).
    A dash standing for a missing value is no figure a unit follows: what comes after
    it is the next cell (－ | 年726人（4年間で2,904人）, corpus seed 813 kpi_baseline_target in
    calc_borderless, --vocab dev13)."""
    rest = text[at:]
    unit = not unit_waived and _is_number(before) and is_data_value((before + after).strip()) and not opens_with_digit(after)
    return text_bracket_depth(text[:at] + carried) == 0 and not opens_bracket(rest) and not closes_bracket(rest[:1]) and not unit \
        and not (year_runs_over(text, at) and not _between_digits(text, at))  # 2014|年: Writer sets 年 a joint after the digits (seed 500 kpi_transposed)


def _between_digits(text: str, at: int) -> bool:
    """True when text[at] is a digit and so is the glyph before it."""
    return at > 0 and nfkc_safe(text[at - 1]).isdigit() and nfkc_safe(text[at:at + 1]).isdigit()


def _is_number(text: str) -> bool:
    """True for a figure holding digits (2,252), not a dash standing for a missing value (－)."""
    return is_figure(text.strip()) and any(ch.isdigit() for ch in nfkc_safe(text))
