"""Column edges a table shows by alignment repeated down its lines, where no gap parts its cells.

A spreadsheet printed to PDF (LibreOffice Calc, as Excel) sets a cell's text about 1 pt inside
its borders, so in columns fitted to their text two cells' texts stand some 0.2 em apart: less
than a column gap, often less than a word space, and one segment holds both (178,267 268,202
△89,935 over R7 | R6 | 増減額; 1財政課 over 番号 | 課名). A reader parts them by the edges the
lines share: figures right-aligned to one x down the rows. A
segment is parted at a break between its words (a space, or a joint: glyphs stepping off their
solid spacing) that lies on such an edge; the columns are then found from the gaps as before
(extract.pdf.colgaps).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from extract.interpret.structure import LETTER_RE, is_data_value
from extract.pdf.glyphs import spells_on, word_spans
from extract.pdf.grid import ALIGN_TOL_PT, Interval, is_value, Segment, SegLine
from extract.pdf.pieces import advance, text_bracket_depth
from extract.text_items import is_item_number
from normalize.missing import missing_marker
from normalize.numbers import continues_below_scale
from normalize.brackets import bracket_depth
from normalize.vocab import CLOSE_BRACKETS, OPEN_BRACKETS
from normalize.text import clean_text, nfkc_safe

HEIGHT_TOL = 0.1  # lines (segments) whose heights differ by more than this share are set in different sizes
MIN_EDGE_LINES = 2  # figures ending (cells starting) at one x on this many lines of a table make a column edge


@dataclass(frozen=True, slots=True)
class Part:
    """A run of a segment between two breaks: its text, x-range, where it starts in the segment's
    text, and whether the break after it is a joint (glyphs set off their solid spacing, a squeezed
    bracket pair aside: is_squeezed) or the segment's end rather than a word space."""

    text: str
    x0: float
    x1: float
    start: int
    hard_end: bool


def segment_parts(seg: Segment) -> list[Part]:
    """A segment's words (glyphs.word_spans), each further parted at the segment's joints."""
    joints = dict(seg.joints)
    out: list[Part] = []
    at = 0
    for word, x0, x1 in word_spans(seg):
        start = seg.text.index(word, at)
        cuts = [i - start for i in sorted(joints) if start < i < start + len(word)]
        bounds = [0, *cuts, len(word)]
        for a, b in zip(bounds, bounds[1:]):
            left = x0 if a == 0 else joints[start + a]
            right = x1 if b == len(word) else joints[start + b]
            out.append(Part(word[a:b], left, right, start + a, b < len(word) and not is_squeezed(word[b - 1], word[b])))
        at = start + len(word)
    if out:
        out[-1] = Part(out[-1].text, out[-1].x0, out[-1].x1, out[-1].start, True)
    return out


def is_squeezed(left: str, right: str) -> bool:
    """True for a closing bracket before an opening one: typesetters squeeze the pair (約物の詰め, JIS X
    4051: Typst sets 日）（2018 a quarter em closer than solid), so the joint there is the page's
    punctuation, as soft as a word space, and proves no cell's end (12人（延べ322日） over 21人（延べ536日）,
    two figures of one width each before its year in brackets, left-aligned in one card column: corpus
    seed 749 kpi_cards in typst_borderless)."""
    return nfkc_safe(left)[-1:] in CLOSE_BRACKETS and nfkc_safe(right)[:1] in OPEN_BRACKETS


def is_figure(text: str) -> bool:
    """True for a figure a column may be right-aligned on: a number (with its unit) or a dash
    standing for one; not a year (2020年度 in a title centred over the table ends anywhere)."""
    return is_data_value(text) or (is_value(text) and not any(ch.isdigit() for ch in text))


Edges = tuple[float, ...]  # the x where a table's figures end, right-aligned down its rows


def ends_column(edges: Edges, x: float) -> bool:
    """True when x lies on one of the edges, within ALIGN_TOL_PT."""
    return any(abs(x - e) <= ALIGN_TOL_PT for e in edges)


def find_edges(lines: Sequence[SegLine], size: float) -> Edges:
    """The right edges figures are set to on MIN_EDGE_LINES lines or more, one at least ending
    its segment or at a joint (figures inside a paragraph, 交付金額6億8,119万円 over 延べ26事業
    681,185千円, end where they may), proved right-aligned: their starts differ (a column of row
    numbers 1 … 9 each a word space before its name, all as wide, is one cell's text), or a
    joint or the segment's end follows each (no word space).
    Only segments of the type size given count (_same_size): a title set larger over the table
    lines up with its columns by chance. Texts starting at one x prove no edge: a word space in
    names (石川 加津子) and row numbers before names (1 休日・夜間診療体制) line up down a column as
    well as cells do."""
    figures = _figures(lines, size)
    return tuple(sorted({x for x, _, _ in figures if _proves_right(_near(figures, x))}))


def find_right_edges(lines: Sequence[SegLine], size: float) -> Edges:
    """The edges of find_edges whose figures start at different x (by more than ALIGN_TOL_PT):
    right-aligned, where texts of one width set from one x (指標1 … 指標9) end at one x too."""
    figures = _figures(lines, size)
    return tuple(e for e in find_edges(lines, size) if _starts_differ(_near(figures, e)))


def right_aligned_spans(lines: Sequence[SegLine]) -> list[Interval]:
    """The x-ranges of the columns whose figures end right-aligned on one edge (find_right_edges,
    per page and type size): from the leftmost start of a figure ending there to the edge. Such
    figures are one column whatever their widths (0万円 and 1億1,362万円 under 町債, the short ones
    starting far right of the long ones); a figure reaching over another edge of its page spans
    two cells and widens neither."""
    out: list[Interval] = []
    for page, size in _page_sizes(lines):
        on_page = [ln for ln in lines if ln.page == page]
        figures = _figures(on_page, size)
        edges = find_right_edges(on_page, size)
        for e in edges:
            starts = [p.x0 for _, _, p in _near(figures, e)
                      if not any(p.x0 + ALIGN_TOL_PT < other < e - ALIGN_TOL_PT for other in edges)]
            out += [(min(starts), e)] if starts else []
    return out


def _page_sizes(lines: Sequence[SegLine]) -> list[tuple[int, float]]:
    """The (page, type size) of the lines' segments, one per size within HEIGHT_TOL."""
    sizes: list[tuple[int, float]] = []
    for ln in lines:
        for s in ln.segments:
            if not any(page == ln.page and _same_size(s, size) for page, size in sizes):
                sizes.append((ln.page, s.bbox[3] - s.bbox[1]))
    return sizes


def _figures(lines: Sequence[SegLine], size: float) -> list[tuple[float, int, Part]]:
    """The figures of the lines' segments of the type size given: (right end, line index, part), by right end."""
    parts = [(k, p) for k, ln in enumerate(lines) for s in ln.segments if _same_size(s, size) for p in segment_parts(s)]
    return sorted(((p.x1, k, p) for k, p in parts if is_figure(p.text)), key=lambda t: t[0])


def _starts_differ(at: Sequence[tuple[float, int, Part]]) -> bool:
    return max(p.x0 for _, _, p in at) - min(p.x0 for _, _, p in at) > ALIGN_TOL_PT


def _near(items: Sequence[tuple[float, int, Part]], x: float) -> Sequence[tuple[float, int, Part]]:
    """The items (sorted by their first field, an x) within ALIGN_TOL_PT of x."""
    keys = [t[0] for t in items]
    return items[bisect_left(keys, x - ALIGN_TOL_PT):bisect_right(keys, x + ALIGN_TOL_PT)]


def _proves_right(at: Sequence[tuple[float, int, Part]]) -> bool:
    hard = len({k for _, k, p in at if p.hard_end})
    if len({k for _, k, _ in at}) < MIN_EDGE_LINES or not hard:
        return False
    return hard >= MIN_EDGE_LINES or _starts_differ(at)


def split_at_edges(lines: Sequence[SegLine]) -> list[SegLine]:
    """The lines with each segment parted at the breaks that lie on a column edge (find_edges) of
    its page and type size: after a figure ending on an edge, and before one when a figure or a
    joint comes before it (a sign or a word set a space before a figure is its own: △ 46,841)."""
    sizes = _page_sizes(lines)
    edges = {(page, size): find_edges([ln for ln in lines if ln.page == page], size) for page, size in sizes}
    cells = {(page, size): cell_spans([ln for ln in lines if ln.page == page and _holds_figure_cell(ln)], size) for page, size in sizes}
    glued = {(page, size): glued_value_starts([ln for ln in lines if ln.page == page], size) for page, size in sizes}
    if not any(edges.values()) and not any(cells.values()) and not any(glued.values()):
        return list(lines)
    out = []
    for k, ln in enumerate(lines):
        if not ln.is_multi:  # a line of one segment is a heading or prose set across the columns, or a header row
            out.append(_part_header_row(lines, k, sizes) or ln)  # its glued label and value: value_starts
            continue
        heads = not any(is_figure(p.text) for s in ln.segments for p in segment_parts(s))
        segs = []
        for s in ln.segments:
            size = next(size for page, size in sizes if page == ln.page and _same_size(s, size))
            own = find_right_edges([b for b in rows_under(lines, k) if b.page == ln.page], size) if heads else edges[(ln.page, size)]
            segs.extend(_split(s, own, heads, () if heads else cells[(ln.page, size)], () if heads else glued[(ln.page, size)]))
        out.append(ln if len(segs) == len(ln.segments) else SegLine(tuple(segs), ln.bbox, ln.page, ln.text))
    return out


def _part_header_row(lines: Sequence[SegLine], k: int, sizes: Sequence[tuple[int, float]]) -> SegLine | None:
    """Line k, one segment, parted as a header row where it stands in a header band (_in_header_band)
    at the edges of the rows under it (header_edges), each part past the first clear of the figures
    before it (_clear_of_edges); else None. A spreadsheet's narrow gap sets a row of header cells as
    one segment (H30年度 2018 R元年度 2019 … under 現況値（基準） | 年度実績値 …, corpus seed 867
    kpi_year_matrix in calc_borderless, dev9 wordings): whole, it heads no column, and its words,
    placed by their middles, fall in the gaps to the columns before (R元年度 under H30年度's column)."""
    line = lines[k]
    if not _in_header_band(lines, k):
        return None
    seg = line.segments[0]
    size = next(size for page, size in sizes if page == line.page and _same_size(seg, size))
    edges = header_edges([b for b in rows_under(lines, k) if b.page == line.page], size)
    parts = _split(seg, edges, True)
    return SegLine(tuple(parts), line.bbox, line.page, line.text) if len(parts) > 1 and _clear_of_edges(parts, edges) else None


def _in_header_band(lines: Sequence[SegLine], k: int) -> bool:
    """True when line k holds no figure and stands under a header line (two or more segments, no figure) of its page."""
    above = lines[k - 1] if k else None
    return above is not None and above.page == lines[k].page and above.is_multi and not holds_figure(above) \
        and not holds_figure(lines[k])


def header_edges(rows: Sequence[SegLine], size: float) -> Edges:
    """The edges a header row over rows parts at: every edge of the rows' figures (find_edges) where
    one of them at least is proved right-aligned (find_right_edges: figures of several widths ending
    there), a table setting its figures one way; none where none is (figures of one width, as they
    would end left-aligned too). Two rows of three-digit figures end at one x whichever way they are
    set; a column of 1,053 over 148 beside them shows the table's figures right-aligned (corpus seed
    867 kpi_year_matrix in calc_borderless, dev9 wordings)."""
    return find_edges(rows, size) if find_right_edges(rows, size) else ()


def _clear_of_edges(parts: Sequence[Segment], edges: Edges) -> bool:
    """True when each part after the first starts more than a column gap (colgaps.MIN_GAP_PT) past
    the edge before it: a header cell as wide as its cell, reaching within a column gap of the
    figures before it, would close that gap and join two columns (令和2年度/2020年度 1.7 pt after
    813's edge, corpus seed 867 kpi_year_matrix in calc_borderless, dev4 wordings); left whole, it is
    parted at the columns by its words' middles (cells.split_at_columns)."""
    from extract.pdf.colgaps import MIN_GAP_PT  # colgaps reads its edges from this module

    def clear(part: Segment) -> bool:
        before = [e for e in edges if e <= part.bbox[0]]
        return not before or part.bbox[0] - max(before) > MIN_GAP_PT

    return all(clear(p) for p in parts[1:])


def _holds_figure_cell(line: SegLine) -> bool:
    """True when a segment of the line is a figure (is_figure): a row, not a header whose words
    hold a number (令和 3 年度 beside 項の名称, corpus seed 822 budget_kan_kou in pdf_rules, dev8)."""
    return any(is_figure(s.text) for s in line.segments)


def rows_under(lines: Sequence[SegLine], k: int) -> Sequence[SegLine]:
    """The body lines under header line k: from the first line after it holding a figure up to
    the next line of two or more segments holding none (another header)."""
    start = k + 1 + first_body_line(lines[k + 1:])
    end = next((j for j in range(start, len(lines)) if lines[j].is_multi and not holds_figure(lines[j])), len(lines))
    return lines[start:end]


def holds_figure(line: SegLine) -> bool:
    """True when a word of the line is a data value (a figure, not a year or a label)."""
    return any(is_data_value(w) for s in line.segments for w in s.text.split())


def first_body_line(lines: Sequence[SegLine]) -> int:
    """The index of the first line holding a figure (the header's lines are those above it)."""
    return next((k for k, ln in enumerate(lines) if holds_figure(ln)), len(lines))


def type_size(seg: Segment) -> float:
    """A segment's type size: its height, or for lines set one over another (Segment.is_stacked)
    its width over its widest line's advance in em, a full-width glyph being one em wide (財源の内訳
    over （円）, two lines high over figures set one line high)."""
    if not seg.is_stacked:
        return seg.bbox[3] - seg.bbox[1]
    ems = max(sum(advance(ch) for ch in line.strip()) for line in seg.text.split("\n")) / 2
    return (seg.bbox[2] - seg.bbox[0]) / ems if ems else seg.bbox[3] - seg.bbox[1]


def _same_size(seg: Segment, size: float) -> bool:
    """True when a segment is set in the type size given, within HEIGHT_TOL of it."""
    return abs((seg.bbox[3] - seg.bbox[1]) - size) <= HEIGHT_TOL * size


def _split(seg: Segment, edges: Edges, heads: bool, cells: Sequence[tuple[float, float]] = (), glued: Edges = ()) -> list[Segment]:
    """A segment parted at the breaks _parts_at finds, and on both sides of a word, no figure, standing
    where a cell of another line stands (_is_cell_word; figures part at their edges, and a sign a
    space before one, △ 1,411 over 4,447 as wide, is its own), and before a value glued to the text
    before it on a left edge (glued_value_starts); heads: its line holds no figure.
    The segment's first word proves no cell by its own place: it starts where its segment, its
    column's cell, starts, as the cells of a column set flush left all do, and a name ending where
    another name of its column ends is chance (ごみ排出量（1 | 人 over 製造品出荷額 as wide, both from
    the names' left edge, corpus seed 803 kpi_year_matrix in typst_borderless). Nor does a figure's
    unit (_unit_of)."""
    parts = segment_parts(seg)
    own = [k for k, p in enumerate(parts) if k and not is_figure(p.text) and not _unit_of(parts[k - 1], p) and _is_cell_word(p, cells)]
    cuts = sorted({k for k, (a, b) in enumerate(zip(parts, parts[1:]), start=1)
                   if _parts_at(a, b, edges, heads) or (_glued_value(a, b) and ends_column(glued, b.x0))}
                  | {c for k in own for c in (k, k + 1) if 0 < c < len(parts)})
    return cut_parts(seg, parts, [k for k in cuts if not _in_closed_bracket(seg.text, parts[k].start) and not _spelled_on(parts, k)])


def _unit_of(figure: Part, word: Part) -> bool:
    """True when a word set after a figure makes one value with it (4,892 | 万 of 16 億 4,892 万 / 円,
    a cell wrapped in its column, 円 alone under 万 as wide, corpus seed 855 budget_supplementary in
    typst_borderless): the figure's unit, no cell of a column of its own, wherever another line's
    word stands."""
    return is_figure(figure.text) and is_data_value(figure.text + word.text)


def _unit_before_note(figure: Part, word: Part) -> bool:
    """True when a word after a figure opens with the figure's unit and then a bracket it leaves open,
    a note on the value running on past it (10 | 人（延べ of 10 人（延べ 273 日）, a card's value as wide
    on every line, corpus seed 993 kpi_cards in typst_borderless): one value with the figure, whatever
    edge its digits end on."""
    text = clean_text(word.text)
    head = next((text[:k] for k, ch in enumerate(text) if ch in OPEN_BRACKETS), "")
    return bool(head.strip()) and bracket_depth(text) > 0 and is_data_value(clean_text(figure.text) + head)


def _spelled_on(parts: Sequence[Part], k: int) -> bool:
    """True when parts[k] spells on the letter set letter-spaced before it (glyphs.spells_on): one
    word's letters are one cell's, whatever edge lies between them (本 年 度 centred over 金額 |
    構成比（％）, 金額's figures ending between 本 and 年, corpus seed 986 budget_book in pdf_rules,
    dev7 wordings)."""
    a, b = parts[k - 1], parts[k]
    return spells_on((a.text, a.x0, a.x1), (b.text, b.x0, b.x1))


def _in_closed_bracket(text: str, at: int) -> bool:
    """True when text[:at] leaves a bracket open that text closes later: a bracket's words are one
    cell's, whatever edge lies between them (〔単位 百万円〕 centred over 2025(R7)年度 | 2026(R8)年度,
    the first column's figures ending in its word space, corpus seed 515 budget_plan_years in
    pdf_rules, wordings dev8)."""
    depth = text_bracket_depth(text[:at])
    return depth > 0 and any(text_bracket_depth(text[:j]) < depth for j in range(at + 1, len(text) + 1))


def cut_parts(seg: Segment, parts: Sequence[Part], cuts: Sequence[int]) -> list[Segment]:
    """A segment parted before each of its parts whose index is in cuts (sorted)."""
    if not cuts:
        return [seg]
    x0, top, x1, bottom = seg.bbox
    out = []
    for a, b in zip([0, *cuts], [*cuts, len(parts)]):
        run = parts[a:b]
        text = seg.text[run[0].start:run[-1].start + len(run[-1].text)].strip()
        words = _run_words(seg.text, run)
        joints = tuple((i - run[0].start, x) for i, x in seg.joints if run[0].start < i < run[-1].start + len(run[-1].text))
        out.append(Segment(text, (run[0].x0, top, run[-1].x1, bottom), joints, words))
    return out


def cell_starts(lines: Sequence[SegLine], size: float) -> Edges:
    """The x where cells past the first of MIN_EDGE_LINES lines or more of two or more segments
    start, within ALIGN_TOL_PT, of the type size given: a column's left edge, its cells set from it."""
    xs = [(s.bbox[0], k) for k, ln in enumerate(lines) if ln.is_multi for s in ln.segments[1:] if _same_size(s, size)]
    return tuple(sorted({x for x, _ in xs if len({k for y, k in xs if abs(y - x) <= ALIGN_TOL_PT}) >= MIN_EDGE_LINES}))


def glued_value_starts(lines: Sequence[SegLine], size: float) -> Edges:
    """The x where a value glued to the text before it (_glued_value) starts on MIN_EDGE_LINES
    lines or more, within ALIGN_TOL_PT, the values there not all one text: a column's left edge,
    its cells set flush left from it beside the right-aligned figures (or words) of the column
    before, a spreadsheet's narrow gap apart (93.8－ and 調査なし… under 令和5年度 | 令和6年度, corpus
    seed 830 kpi_year_matrix in calc_borderless). One mark at one x on every line is each figure's
    own (a minus set after figures right-aligned)."""
    found = [(b.x0, k, b.text) for k, ln in enumerate(lines) for s in ln.segments if _same_size(s, size)
             for a, b in zip(segment_parts(s), segment_parts(s)[1:]) if _glued_value(a, b)]
    return tuple(sorted({x for x, _, _ in found if len({k for y, k, _ in found if abs(y - x) <= ALIGN_TOL_PT}) >= MIN_EDGE_LINES
                         and len({t for y, _, t in found if abs(y - x) <= ALIGN_TOL_PT}) > 1}))


def _glued_value(a: Part, b: Part) -> bool:
    """True when part b, a value (a figure, a dash, a word standing for a missing one: …), follows
    a joint (no word space) after a figure or a word of letters (a sign before a figure is its own)."""
    return a.hard_end and (is_figure(a.text) or bool(LETTER_RE.search(a.text))) and (
        is_figure(b.text) or missing_marker(clean_text(b.text)) is not None)


def cell_spans(lines: Sequence[SegLine], size: float) -> list[tuple[float, float]]:
    """The x-ranges of the one-word segments, no figure, of lines of two or more segments, of the
    type size given: texts a column gap parts from their neighbours, each one cell of words.
    split_at_edges passes the lines with a figure for a segment only (the rows). A header centred
    over its column lines up with a name set from the column's inner edge by chance (項の名称 over
    1 総務管理費 | 2 小学校費, both four glyphs wide, corpus seed 500 budget_kan_kou in pdf_rules,
    wordings dev8), and a figure with a header's word (年度 of 平成 27 年度 over 67.9, seed 500
    kpi_year_matrix): neither is a cell of words the word stands in."""
    return [(s.bbox[0], s.bbox[2]) for ln in lines if ln.is_multi for s in ln.segments
            if _same_size(s, size) and " " not in s.text.strip() and not is_figure(s.text)]


def _is_cell_word(part: Part, cells: Sequence[tuple[float, float]]) -> bool:
    """True when a word of a segment of several starts and ends where a one-word segment of another line does (within ALIGN_TOL_PT): that
    column's cell, glued to its neighbour by a spreadsheet's narrow gap (ＳＮＳフォロワー数 人 over
    人口 | 人, the unit column right-aligned, corpus seed 509 kpi_progress in calc_borderless)."""
    return any(abs(part.x0 - x0) <= ALIGN_TOL_PT and abs(part.x1 - x1) <= ALIGN_TOL_PT for x0, x1 in cells)


def _run_words(text: str, run: Sequence[Part]) -> tuple[tuple[float, float], ...]:
    """The x-ranges of the words of a run of parts: parts a space apart are two words."""
    out: list[tuple[float, float]] = []
    for k, p in enumerate(run):
        if k and text[p.start - 1:p.start] != " ":
            out[-1] = (out[-1][0], p.x1)
        else:
            out.append((p.x0, p.x1))
    return tuple(out)


def _parts_at(a: Part, b: Part, edges: Edges, heads: bool = False) -> bool:
    """True when a column edge lies at the break between neighbouring parts a and b; not between
    a figure and its unit set a word space after it (41.4 %（H30年）: read together, one value).
    On a line of headers (heads: no figure on it; edges: those the rows under it prove right-aligned,
    find_right_edges, not another table's on the page, nor left-aligned figures of one width ending
    together), where the break spans an edge (_spans_edge):
    a row's labels are no headers (a name and the letter-spaced summary beside it, まちづくり推進課
    健 康 づ くり…, corpus seed 507 budget_main_projects in calc_borderless, may have a space on an
    edge of figures set in another size).
    A row's number in brackets ((5) 教育総務課 under 1 建設課, the numbers right-aligned, corpus seed
    707 budget_main_projects in calc_borderless) ends its cell on the edge as a figure does; it
    proves no edge of its own (find_edges: names opening with one line up as well)."""
    if is_figure(a.text) and not b.text[:1].isdigit() and (is_data_value(a.text + b.text) or _unit_before_note(a, b)):
        return False
    if continues_below_scale(clean_text(a.text), clean_text(b.text)):
        return False  # 10億 | 4,854万 of one amount, as wide on every row: its groups end on one x by chance
    if (is_figure(a.text) or is_item_number(a.text)) and ends_column(edges, a.x1):
        return True
    if heads:
        return _spans_edge(a, b, edges)
    return is_figure(b.text) and ends_column(edges, b.x1) and (is_figure(a.text) or a.hard_end)


def _spans_edge(a: Part, b: Part, edges: Edges) -> bool:
    """True when a column edge lies in the break between words a and b (a may reach it, within
    ALIGN_TOL_PT). Figures right-aligned to an edge fill their cell up to its right border, so a
    cell's text never runs past the edge and the word after it is the next cell's: headers centred
    in cells wider than they are (実績値 (令和２年度) 目指す値 (令和３年度) over right-aligned figures,
    set 0.2 em apart by a spreadsheet, corpus seed 508 kpi_year_matrix in calc_borderless) part
    there, each cell's words kept together, where the columns' gaps alone would hand a centred
    header's first word (実績値, left of its figures) to the column before."""
    return any(a.x1 <= e + ALIGN_TOL_PT and e < b.x0 for e in edges)
