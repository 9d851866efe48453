"""Stitch tables that continue from the bottom of one page to the top of the next.

A continuation has the same column count and column rules (within COL_TOL_PT); only page
furniture (page numbers, running heads in the top/bottom MARGIN_SHARE of the page) may sit
between the two parts. A repeated header row on the continuation is dropped; every cell
keeps its own page and bbox.

A row the page break cut in two (its name runs on at the top of the next page) is joined
when the continuation shows it cannot stand alone (`SplitVerdict`); each join, and each
doubtful case kept as two rows, is returned as a `RowJoin` for documents.issues.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import Enum

from extract.furniture import repeated_ends
from extract.interpret.structure import PLACEHOLDER_REASONS, is_data_value
from extract.pdf.borderless import LIFT_GAP_EM, build_table
from extract.model import BBox
from extract.pdf.pieces import advance
from extract.pdf.grid import MARGIN_SHARE, PageContent, RawCell, RawLine, RawTable, Segment, SegLine, parted_at, union_bbox
from extract.pdf.recut import recut_pages
from extract.pdf.running_heads import without_running_heads
from extract.pdf.stitched_names import fold_stitched_names
from extract.pdf.stitched_rows import cell_stacks_figures, parted_rows
from extract.pdf.textjoin import cell_text, is_numeric_line, raw_cell_text
from extract.vocab import FOOTNOTE_MARKS, HANGING_GLYPHS
from normalize import parse_quantity

Item = RawTable | RawLine

COL_TOL_PT = 3.0
STACK_GAP_EM = 1.0  # a table read in two parts: the lower starts within this many first-row heights below the upper
MIN_KEY_ROWS = 2  # a column filled in every one of at least this many other rows is the table's key
HEAD_GAP_EM = 1.0  # a running head stands more than this many of its line heights above the body
CROSS_EM = 0.25  # a figure reaching this share of its line height (or more) into each of two columns crosses their gap
# Text that cannot open a cell of its own: a particle glued to a kanji or katakana word
# ("の割合", "に関する"), or a full-width glyph Japanese never starts a line with (HANGING_GLYPHS).
CONTINUATION_PARTICLES = "のをがにはへでとやも"
_PARTICLE_START_RE = re.compile(f"^[{CONTINUATION_PARTICLES}][\u3400-\u9fff\u30a0-\u30ff]")
# A bracketed annotation alone ("(KPI)", "（累計）") annotates the text before it; an
# enumerator ("(1)", "(ア)", "(a)") starts an item of its own.
_ANNOTATION_RE = re.compile(r"^[(（][^()（）]+[)）]$")
_ENUMERATOR_RE = re.compile(r"^[(（](?:[0-9０-９]+|[A-Za-zＡ-Ｚａ-ｚ]|[ぁ-んァ-ン]|[ivxIVX]+|[一二三四五六七八九十]+)[)）]$")


class SplitVerdict(Enum):
    """Whether the first row on a page continues the row the page break cut."""

    APART = "apart"  # a row of its own
    JOINED = "joined"  # the rest of the cut row: joined to it
    DOUBTFUL = "doubtful"  # could be either: kept apart, reported


@dataclass(frozen=True, slots=True)
class RowJoin:
    """A row cut by a page break: where its second part sits, for documents.issues."""

    row: int  # 0-based row of the stitched table holding the cut row's first part
    page: int  # 1-based page of the first part
    next_page: int  # 1-based page of the continuation
    parts: tuple[tuple[int, BBox], ...]  # (col, bbox) of each continuation cell, top-left origin
    verdict: SplitVerdict


@dataclass(frozen=True, slots=True)
class Stitched:
    """The items of a document in reading order, and the page-break row joins per table item."""

    items: list[RawTable | RawLine]
    joins: dict[int, tuple[RowJoin, ...]]  # index in items → joins in that table


def page_items(page: PageContent) -> list[Item]:
    """Return a page's tables and lines in reading order: the lines in the order the adapter
    read them (top-down; 縦書き columns right to left; turned text in its own frame, last),
    each table placed before the first line below its top."""
    tables = sorted(page.tables, key=_position)
    items: list[Item] = []
    for line in page.lines:
        while tables and _position(tables[0]) <= _position(line):
            items.append(tables.pop(0))
        items.append(line)
    return items + tables


def _position(item: Item) -> tuple[float, float]:
    return (round(item.bbox[1], 1), item.bbox[0])


def _is_margin(item: Item, height: float, folios: frozenset[str] = frozenset()) -> bool:
    """True for a line in the page's top or bottom MARGIN_SHARE, or one of the document's folios
    wherever it stands (- 1 - set right under a short page's table, mid-page: corpus seed 598
    budget_main_projects in chromium_borderless)."""
    if isinstance(item, RawTable):
        return False
    return item.bbox[3] <= height * MARGIN_SHARE or item.bbox[1] >= height * (1 - MARGIN_SHARE) or item.raw.strip() in folios


def page_folios(pages: Sequence[PageContent]) -> frozenset[str]:
    """The page furniture (extract.furniture.repeated_ends) that holds no letter: page numbers
    (- 1 -, －２－). A title opening several pages (主要事業等内訳) is furniture too, but one that
    sets a table apart from the page's other tables."""
    return frozenset(t for t in page_heads(pages) if not any(unicodedata.category(ch)[0] == "L" for ch in t))


def page_heads(pages: Sequence[PageContent]) -> frozenset[str]:
    """The page furniture (extract.furniture.repeated_ends), words included: a running head opening
    every page (資料2) however close the engine sets it over a table heads no table of its own."""
    return repeated_ends([it.raw if isinstance(it, RawLine) else "" for it in page_items(page)] for page in pages)


def _same_columns(a: RawTable, b: RawTable) -> bool:
    if a.lines and b.lines:
        return _rebuilt(a, b) is not None or _matches_in_order(a, b)
    if bool(a.lines) != bool(b.lines):
        return regrid(b, a) is not None  # one part read from its rules, one from its text
    if a.n_cols != b.n_cols or a.n_cols == 0:
        return False
    if len(a.col_edges) != len(b.col_edges):
        return True  # engines without edges: column count must do
    return all(abs(x - y) <= COL_TOL_PT for x, y in zip(a.col_edges, b.col_edges))


def stacked(upper: RawTable, lower: RawTable) -> bool:
    """True when two tables of one page are one table read in parts, one from its rules and one
    from its text (a ruled first row over rows drawn with column rules only): the lower starts
    within STACK_GAP_EM of its first row's height below the upper, and each of its cells sits
    in one of the upper's columns, no two in one (regrid). An upper fragment (too small to stand
    but where a neighbouring page continues it) stacks on nothing: a title and a heading set with
    gaps over a ruled card (総合戦略 | 重要業績評価指標一覧 over 基本目標1 | 結婚・出産・ | …, corpus
    seed 509 kpi_cards in chromium_ruled) are no first rows of it."""
    if upper.page != lower.page or not upper.rows or not lower.rows or upper.fragment:
        return False
    if bool(upper.lines) == bool(lower.lines):
        return False  # two ruled grids (or two text tables) apart are two tables: one engine parted them
    first_height = max(c.bbox[3] - c.bbox[1] for c in lower.rows[0])
    if not 0 <= lower.bbox[1] - upper.bbox[3] <= STACK_GAP_EM * first_height:
        return False
    text_part, ruled_part = (lower, upper) if lower.lines else (upper, lower)
    return within_columns(text_part, ruled_part) and regrid(lower, upper) is not None


def within_columns(table: RawTable, frame: RawTable) -> bool:
    """True when each of table's cells lies inside one of frame's columns (give or take
    COL_TOL_PT): rows drawn between a grid's column rules keep inside them; a caption block
    under a ruled table (報告定点数 31 ヶ所 / (内訳)東灘4,灘2,… across four narrow columns,
    kobe_kansensho p1) is no part of it."""
    bands = _bands(frame)
    return all(any(a - COL_TOL_PT <= c.bbox[0] and c.bbox[2] <= b + COL_TOL_PT for a, b in bands)
               for row in table.rows for c in row if c.raw.strip())


def _stack(upper: RawTable, lower: RawTable) -> RawTable:
    lower = regrid(lower, upper) or lower
    bbox = (min(upper.bbox[0], lower.bbox[0]), upper.bbox[1], max(upper.bbox[2], lower.bbox[2]), lower.bbox[3])
    return replace(upper, bbox=bbox, rows=upper.rows + lower.rows, lines=(), fragment=False)


def _bands(table: RawTable) -> list[tuple[float, float]]:
    """The x-range of each column: between its edges, or spanned by its cells."""
    if len(table.col_edges) == table.n_cols + 1:
        return list(zip(table.col_edges, table.col_edges[1:]))
    return [(min(r[j].bbox[0] for r in table.rows if j < len(r)), max(r[j].bbox[2] for r in table.rows if j < len(r)))
            for j in range(table.n_cols)]


def regrid(table: RawTable, frame: RawTable) -> RawTable | None:
    """table's rows laid on frame's columns (each cell in the column whose band holds its
    middle, give or take COL_TOL_PT), or None when a cell falls in no column or two cells of a
    row in one: the columns of the two parts do not hold."""
    bands = _bands(frame)
    rows = []
    for row in table.rows:
        out: list[RawCell | None] = [None] * len(bands)
        for cell in (c for c in row if c.raw.strip()):
            mid = (cell.bbox[0] + cell.bbox[2]) / 2
            k = next((j for j, (a, b) in enumerate(bands) if a - COL_TOL_PT <= mid <= b + COL_TOL_PT), None)
            if k is None or out[k] is not None:
                return None
            out[k] = cell
        top, bottom = min(c.bbox[1] for c in row), max(c.bbox[3] for c in row)
        rows.append(tuple(c if c is not None else RawCell("", (a, top, b, bottom), row[0].page)
                          for c, (a, b) in zip(out, bands)))
    return replace(table, rows=tuple(rows), col_edges=frame.col_edges)


def _matches_in_order(head: RawTable, tail: RawTable) -> bool:
    return in_order(head, tail) is not None


def in_order(head: RawTable, tail: RawTable) -> RawTable | None:
    """tail, set on columns of its own (a table laid out again on the next page, its column widths
    fitted to its own rows: corpus seed 5 kpi_progress, one row at the top of page 2), as head's
    columns taken in order, or None when they do not correspond: as many (a cell holding two
    figures a word space apart parted where head has two figure columns, _parted_figures), and
    below the header it may repeat (_repeats), a figure (_is_figure) in some column where head's
    body rows hold figures, and no cell a figure where they hold text only or text where they hold
    figures only; a row's number in brackets ((5) under 1 … 4, corpus seed 594 budget_main_projects
    in html_borderless) is either. A table of its own, its header text over head's figures, is not."""
    if not head.rows:
        return None
    kinds = [_column_kind(head.rows[_header_rows(head.rows):], j) for j in range(head.n_cols)]
    if tail.n_cols < head.n_cols:
        tail = _parted_figures(tail, kinds) or _parted_at_head_edges(tail, head) or tail
    if tail.n_cols != head.n_cols:
        return None
    rows = [row for row in tail.rows[_repeats(tail.rows, head.rows):] if not _is_heading_row(row)]
    cells = [(kinds[j], _holds_value(c.raw)) for row in rows for j, c in enumerate(row)
             if c.raw.strip() and not _ENUMERATOR_RE.match(cell_text(c.raw))]
    fits = any(kind and figure for kind, figure in cells) and all(kind is None or kind == figure for kind, figure in cells)
    return tail if fits else None


def _is_heading_row(row: Sequence[RawCell]) -> bool:
    """True for a row holding text in its first cell only: a group heading over the rows below
    ((2)健康づくりの推進 set over the No. and name columns, opening a table's continuation on the
    next page: corpus seed 581 kpi_baseline_target in pdf_rules), which tells no column's kind."""
    return bool(row) and bool(row[0].raw.strip()) and not _holds_value(row[0].raw) and \
        not any(c.raw.strip() for c in row[1:])


def _parted_figures(tail: RawTable, kinds: Sequence[bool | None]) -> RawTable | None:
    """tail with its columns whose every filled cell holds two figures on one line a word space
    apart (２億９，１９６万円 - : an amount and a dash set one space from it on a page whose columns
    were fitted to two rows, corpus seed 312 budget_main_projects in pdf_borderless) parted in
    two, when that gives head's column count and each such column stands where head has two
    figure columns (kinds), or None."""
    parts = [j for j in range(tail.n_cols) if _two_figures_down(tail.rows, j)]
    if not parts or tail.n_cols + len(parts) != len(kinds):
        return None
    if any(not (kinds[j + k] and kinds[j + k + 1]) for k, j in enumerate(parts)):
        return None
    rows = tuple(tuple(piece for j, c in enumerate(row) for piece in (_halves(c) if j in parts else (c,))) for row in tail.rows)
    return replace(tail, rows=rows)


def _parted_at_head_edges(tail: RawTable, head: RawTable) -> RawTable | None:
    """tail with each cell parted at the joints of its text (Segment.joints: two texts set edge to
    edge) that lie on one of head's inner column edges, within COL_TOL_PT, when that gives every row
    head's column count, or None. A continuation of one row shows no edge of its own (an edge needs
    figures on MIN_EDGE_LINES lines), so a row number glued to its name (3移住相談件数 under 1 | 地域活動参加率
    on the page before, corpus seed 506 kpi_baseline_target in calc_borderless) stays one cell; the
    page before shows where its columns meet."""
    inner = head.col_edges[1:-1]
    segments = [s for ln in tail.lines for s in ln.segments]

    def parts(cell: RawCell) -> tuple[RawCell, ...]:
        seg = next((s for s in segments if s.text == cell.raw and s.bbox == cell.bbox), None)
        cuts = [(i, x) for i, x in (seg.joints if seg else ()) if any(abs(x - e) <= COL_TOL_PT for e in inner)]
        if seg is None or not cuts:
            return (cell,)
        return tuple(replace(cell, raw=p.text, bbox=p.bbox, line_bboxes=()) for p in parted_at(seg, cuts))

    rows = tuple(tuple(p for c in row for p in parts(c)) for row in tail.rows)
    return replace(tail, rows=rows) if rows != tail.rows and all(len(r) == head.n_cols for r in rows) else None


def _two_figures_down(rows: Sequence[Sequence[RawCell]], col: int) -> bool:
    cells = [row[col] for row in rows if col < len(row) and row[col].raw.strip()]
    return bool(cells) and all(_halves(c) != (c,) for c in cells)


def _halves(cell: RawCell) -> tuple[RawCell, ...]:
    """A one-line cell holding two figures a word space apart as two cells, each with its share of
    the box by glyph advance; else the cell alone."""
    words = cell.raw.split()
    if "\n" in cell.raw.strip() or len(words) != 2 or not all(_is_figure(w) for w in words):
        return (cell,)
    x0, top, x1, bottom = cell.bbox
    left, right = sum(map(advance, words[0])), sum(map(advance, words[1]))
    cut = x0 + (x1 - x0) * left / (left + right + 1)
    return (replace(cell, raw=words[0], bbox=(x0, top, cut, bottom), line_bboxes=()),
            replace(cell, raw=words[1], bbox=(x1 - (x1 - x0) * right / (left + right + 1), top, x1, bottom), line_bboxes=()))


def _column_kind(rows: Sequence[Sequence[RawCell]], col: int) -> bool | None:
    """Whether a column's filled cells in rows are figures (True) or text (False); None when they
    are neither all one nor all the other (1, 2, (3) down a numbering column), or it is empty."""
    kinds = {_holds_value(row[col].raw) for row in rows if col < len(row) and row[col].raw.strip()}
    return kinds.pop() if len(kinds) == 1 else None


def _holds_value(raw: str) -> bool:
    """A figure, or a word standing for one (調査なし, 未公表, 算定中): what a value column holds."""
    return _is_figure(raw) or parse_quantity(cell_text(raw)).missing_reason in PLACEHOLDER_REASONS


def _row_key(row: Sequence[RawCell]) -> tuple[str, ...]:
    return tuple(raw_cell_text(c) for c in row)


def _rebuilt(head: RawTable, tail: RawTable) -> RawTable | None:
    """A borderless table read again from both parts' lines, when its columns hold across the break."""
    lines = head.lines + _parted_at_head_gaps(head, tail.lines)
    table, used = build_table(lines, small_ok=True, cuts_numbers=head.cuts_numbers or tail.cuts_numbers)
    if table is None or used != len(lines) or _n_filled(table) < _n_filled(head) + _n_filled(tail):
        return None  # columns that do not hold across the break would merge cells
    if _crosses_columns(head, tail) or _regrouped(table, head, tail) or _recut(table, head, tail) \
            or _figures_apart(table, head) or _adds_columns(table, head, tail):
        return None  # each part set with columns of its own: read together, a cell lands in another's column
    return replace(table, rows=tuple(tuple(row) for row in _without_repeated_header(table.rows)), fragment=False)


def _adds_columns(table: RawTable, head: RawTable, tail: RawTable) -> bool:
    """True when the table read again from both parts' lines has more columns than either part:
    a cell of one part stands in a gap between the other's columns (件 set flush left in its
    column on the later page, the units above set flush right, corpus seed 506
    kpi_baseline_target in calc_borderless), a column of its own that takes the header from the
    cells under it, where each part read alone holds every cell under its own header."""
    return table.n_cols > max(head.n_cols, tail.n_cols)


def _without_repeated_header(rows: Sequence[Sequence[RawCell]]) -> list[Sequence[RawCell]]:
    """The rows without the header a later page repeats (_repeats)."""
    out: list[Sequence[RawCell]] = []
    skip = 0
    for i, row in enumerate(rows):
        if i and row[0].page != rows[i - 1][0].page:
            skip = _repeats(rows[i:], rows[:i])
        if skip:
            skip -= 1
        else:
            out.append(row)
    return out


def _repeats(rows: Sequence[Sequence[RawCell]], first: Sequence[Sequence[RawCell]]) -> int:
    """How many of rows, from the top, repeat the table's first rows in order: the header a later
    page repeats (a header of two rows repeats both), row by row or set again with its own breaks
    (_repeats_rebroken)."""
    n = 0
    while n < min(len(rows), len(first)) and _row_key(rows[n]) == _row_key(first[n]):
        n += 1
    return n or _repeats_rebroken(rows, first)


def _repeats_rebroken(rows: Sequence[Sequence[RawCell]], first: Sequence[Sequence[RawCell]]) -> int:
    """The rows opening rows before their first figure (_header_rows) when they hold the glyphs of a
    leading run of first's rows before its first figure, else 0: the header set again with its own
    breaks (2024年度（ over 令和6年度）予算計上額). The first page's rows before its first figure may go on
    past the header with a section's row the later page does not repeat: (1)移住・定住の促進 (corpus
    seed 948 kpi_progress in writer_borderless, --vocab dev8); （1）健康づくりの推進 under 計画策定時 /
    （2024年度）, whose two lines the later page reads as one row (seed 988 kpi_baseline_target in
    calc_borderless)."""
    k = _header_rows(rows)
    return k if k and any(_glyphs(rows[:k]) == _glyphs(first[:m]) for m in range(1, _header_rows(first) + 1)) else 0


def _header_rows(rows: Sequence[Sequence[RawCell]]) -> int:
    """How many rows open the table before its first row holding a figure (_is_figure)."""
    return next((k for k, row in enumerate(rows) if any(_is_figure(c.raw) for c in row)), 0)


def _glyphs(rows: Sequence[Sequence[RawCell]]) -> list[str]:
    """The rows' glyphs, sorted, blanks left out: their text whatever its breaks and order."""
    return sorted(ch for row in rows for c in row for ch in c.raw if not ch.isspace())


def _crosses_columns(head: RawTable, tail: RawTable) -> bool:
    """True when a figure of tail (a number or a dash: it neither wraps nor overflows its cell)
    reaches into two of head's columns, each by more than CROSS_EM of its line height, where
    head's cells leave a gap between them: the parts were set on columns of their own (a table
    set again on each page, its columns fitted to that page's rows: 計 | 4,551,322 under
    1民生費 | 1社会福祉費, corpus seed 7 budget_kan_kou in pdf_borderless), and read as one their
    cells would land in each other's columns."""
    gaps = _column_gaps(head.rows, head.n_cols)
    for cell in (c for row in tail.rows for c in row if c.raw.strip() and _is_figure(c.raw)):
        x0, top, x1, bottom = cell.bbox
        tol = CROSS_EM * min((b[3] - b[1] for b in cell.line_bboxes), default=bottom - top)
        if any(x0 < left - tol and x1 > right + tol for left, right in gaps):
            return True
    return False


def _column_gaps(rows: Sequence[Sequence[RawCell]], n_cols: int) -> list[tuple[float, float]]:
    """The x-ranges (left, right) between each two neighbouring columns that the rows' cells leave
    empty: from the right end of one column's cells to the left end of the next one's."""
    extents = [(min(b[0] for b in boxes), max(b[2] for b in boxes))
               for j in range(n_cols)
               for boxes in [[r[j].bbox for r in rows if j < len(r) and r[j].raw.strip() and r[j].col_span == 1]]
               if boxes]
    return [(a[1], b[0]) for a, b in zip(extents, extents[1:]) if a[1] < b[0]]


def _parted_at_head_gaps(head: RawTable, lines: Sequence[SegLine]) -> tuple[SegLine, ...]:
    """The continuation's lines with each segment parted at its joints (Segment.joints: two texts
    set without a gap, each as wide as its cell) that lie in a gap head's body rows leave between
    two columns (_column_gaps): one row on the next page has no other row to show its columns,
    where a spreadsheet sets a right-aligned amount solid against the next cell's dash
    (253,435,311－, 14,157,967― under 計上予算額 | 国県支出金 and 市債 | その他財源, corpus seed 709
    budget_main_projects in calc_borderless)."""
    gaps = _column_gaps(head.rows[_header_rows(head.rows):], head.n_cols)
    out = []
    for ln in lines:
        segs = tuple(part for s in ln.segments for part in _parted_at(s, [j for j in s.joints if any(a < j[1] < b for a, b in gaps)]))
        out.append(ln if len(segs) == len(ln.segments) else replace(ln, segments=segs))
    return tuple(out)


def _parted_at(seg: Segment, joints: Sequence[tuple[int, float]]) -> list[Segment]:
    """A segment parted at the joints given (offset into its text, x), or itself where they part nothing."""
    out = parted_at(seg, joints)
    return out if len(out) > 1 else [seg]


def _regrouped(table: RawTable, head: RawTable, tail: RawTable) -> bool:
    """True when the table rebuilt from both parts' lines has more rows on a page than the part
    of that page read alone: columns that do not hold across the break part the lines of one row
    (a name column wrapped at five glyphs over one wrapped at eight, corpus seed 12
    budget_main_projects in pdf_rules: six rows read as fifty)."""
    return any(sum(1 for row in table.rows if row[0].page == page) > sum(1 for row in part.rows if row[0].page == page)
               for part in (head, tail) for page in {row[0].page for row in part.rows})


def _recut(table: RawTable, head: RawTable, tail: RawTable) -> bool:
    """True when some cell of the parts read alone is no cell of the table rebuilt from both
    parts' lines: a part set on columns of its own (corpus seed 585 budget_main_projects in
    chromium_borderless: page 2's 0.0 | 52.1 read together as one cell), where the same cells
    merely put on the table's columns read alike. A part's cell the table parts into neighbouring
    cells, one of them at least a figure (_parted_runs), is no recut: a one-row continuation read
    alone has no other row to show its column gaps, and a spreadsheet sets a right-aligned number
    solid against the next cell's flush-left text (6地域振興課, 536,616,146円― under page 1's
    No. | 所管課 and 当初予算 | 国庫・県支出金, corpus seed 507 budget_main_projects in
    calc_borderless). The header the later part repeats (_repeats) is dropped from the table
    whichever way it is cut: its cells count for nothing."""
    def cells(rows: Sequence[Sequence[RawCell]]) -> Counter[str]:
        return Counter(t for row in rows for c in row if (t := "".join(c.raw.split())))
    lost = cells(head.rows + tail.rows[_repeats(tail.rows, head.rows):]) - cells(table.rows)
    return bool(lost) and (not set(lost) <= _parted_runs(table) or any(_is_figure(t) for t in lost))


def _parted_runs(table: RawTable) -> set[str]:
    """The texts (blanks left out) of every run of two or more neighbouring filled cells of a row,
    one of them at least a figure (_is_figure), read as one."""
    runs: set[str] = set()
    for row in table.rows:
        texts = ["".join(c.raw.split()) for c in row]
        for i in range(len(texts)):
            for j in range(i + 1, len(texts)):
                if not texts[j] or not texts[i]:
                    break
                if any(_is_figure(c.raw) for c in row[i:j + 1]):
                    runs.add("".join(texts[i:j + 1]))
    return runs


def _figures_apart(table: RawTable, head: RawTable) -> bool:
    """True when, in the table rebuilt from both parts' lines, the columns holding figures on head's
    pages and those holding figures on the later page are neither one within the other: each part
    was set on columns of its own
    (a continued table whose columns were fitted to its few rows, corpus seed 715
    budget_kan_kou in pdf_borderless: page 2's amounts read into empty columns left of page 1's)."""
    pages = {row[0].page for row in head.rows}
    def figure_columns(on_head: bool) -> set[int]:
        return {j for row in table.rows if (row[0].page in pages) == on_head
                for j, c in enumerate(row) if c.raw.strip() and _is_figure(c.raw)}
    upper, lower = figure_columns(True), figure_columns(False)
    return bool(upper and lower) and not (upper <= lower or lower <= upper)


def _is_figure(raw: str) -> bool:
    """A number or a placeholder dash: what a value column holds."""
    text = cell_text(raw)
    return is_data_value(text) or is_numeric_line(text)


def _n_filled(table: RawTable) -> int:
    return sum(1 for row in table.rows for c in row if c.raw.strip())


def merge_tables(head: RawTable, tail: RawTable) -> RawTable:
    """Append tail's rows to head, dropping the rows opening tail that repeat head's header (_repeats)."""
    return merge_with_join(head, tail)[0]


def merge_with_join(head: RawTable, tail: RawTable) -> tuple[RawTable, RowJoin | None]:
    """merge_tables, and the RowJoin when head's last row may run on into tail's first."""
    if head.lines and tail.lines and (rebuilt := _rebuilt(head, tail)) is not None:
        return _joined_at_break(rebuilt)
    if bool(head.lines) != bool(tail.lines):
        tail = regrid(tail, head) or tail  # one part read from its rules, one from its text: head's columns
    elif tail.n_cols != head.n_cols:
        tail = in_order(head, tail) or tail  # set on columns of its own: head's, in order
    tail = _parted_continuation(head, tail)
    rows = tail.rows[_repeats(tail.rows, head.rows):]
    body, join = head.rows, None
    if rows and body:
        verdict = split_verdict(body[-1], rows[0], body[:-1])
        if verdict is not SplitVerdict.APART:
            join = _row_join(len(body) - 1, body[-1], rows[0], verdict)
        if verdict is SplitVerdict.JOINED:
            body = body[:-1] + (_join_rows(body[-1], rows[0]),)
            rows = rows[1:]
    return RawTable(head.page, head.bbox, body + rows, head.engine, head.score, head.col_edges), join


def _parted_continuation(head: RawTable, tail: RawTable) -> RawTable:
    """tail with the rows its page read as one parted where head's body shows a figure per cell in
    its columns of figures (extract.pdf.stitched_rows)."""
    if tail.n_cols != head.n_cols:
        return tail
    body = head.rows[_header_rows(head.rows):]
    figures = {j for j in range(head.n_cols) if _column_kind(body, j)}
    return parted_rows(tail, figures, {j for j in figures if any(j < len(row) and cell_stacks_figures(row[j]) for row in body)})


def _joined_at_break(table: RawTable) -> tuple[RawTable, RowJoin | None]:
    """A table rebuilt across a page break, with the row the break cut joined to its rest (the
    first row on the later page), and the RowJoin, when split_verdict says so."""
    rows = table.rows
    k = next((k for k in range(1, len(rows)) if rows[k][0].page != rows[k - 1][0].page), None)
    if k is None:
        return table, None
    verdict = split_verdict(rows[k - 1], rows[k], rows[:k - 1])
    if verdict is SplitVerdict.APART:
        return table, None
    join = _row_join(k - 1, rows[k - 1], rows[k], verdict)
    if verdict is SplitVerdict.JOINED:
        rows = rows[:k - 1] + (_join_rows(rows[k - 1], rows[k]),) + rows[k + 1:]
    return replace(table, rows=rows), join


def _row_join(row: int, last: Sequence[RawCell], first: Sequence[RawCell], verdict: SplitVerdict) -> RowJoin:
    parts = tuple((j, c.bbox) for j, c in enumerate(first) if c.raw.strip())
    return RowJoin(row, last[0].page, first[0].page, parts, verdict)


def _filled(row: Sequence[RawCell]) -> set[int]:
    return {j for j, c in enumerate(row) if c.raw.strip()}


def split_verdict(last: Sequence[RawCell], first: Sequence[RawCell], above: Sequence[Sequence[RawCell]]) -> SplitVerdict:
    """Say whether `first` (top of a page) holds the rest of `last`, the row the break cut.

    It may only when all its text sits in columns the cut row filled (or, the cut row holding
    only its key, in the others: _complements) and none of it is a bare number (a data row). It does when it cannot stand alone: it leaves the key column
    empty (LibreOffice/Word overflow, sample 000 p5-6; the leftmost column filled in every
    row above, sample 000 p4-5), or a cell opens mid-phrase ("の割合") or with a bare
    annotation ("(KPI)", sample 001 p24-25); a cut header (sample 001 p10-11) is overflow.
    Without such a sign, a continuation with no key of its own is doubtful. A cut row leaving
    the table's key empty is completed by a continuation holding the key and nothing in its
    columns: an engine centring a tall label set the row's one-line values on the page before
    it (事業費(千円) on the next page below 566,651, sample 001 in the html_narrow rendition).
    """
    a, b = _filled(last), _filled(first)
    if a and not a & b and 0 in b and _leaves_key_empty(above, last):
        return SplitVerdict.JOINED  # the cut row's key set on the next page, below its values
    if not b or not (b <= a or _complements(a, b)) or any(is_numeric_line(ln) for j in b for ln in first[j].raw.split("\n")):
        return SplitVerdict.APART
    if _is_overflow(a, b, not above) or _leaves_key_empty(above, first) or any(_opens_mid_phrase(first[j].raw) for j in b):
        return SplitVerdict.JOINED
    return SplitVerdict.DOUBTFUL if 0 not in b else SplitVerdict.APART  # a row with its own key stands


def _complements(a: set[int], b: set[int]) -> bool:
    """True when the cut row holds only its key (first column) and the continuation only
    other columns: a label left on the page before its value (a card's 事業効果, sample 001)."""
    return a == {0} and 0 not in b


def _is_overflow(a: set[int], b: set[int], only_header: bool) -> bool:
    """The continuation repeats no key (first column empty) and fills at most half the cut row's
    columns (any fewer when the cut row is a header, the table's only row above the break)."""
    return 0 in a and 0 not in b and (len(b) < len(a) if only_header else len(b) * 2 <= len(a))


def _leaves_key_empty(above: Sequence[Sequence[RawCell]], first: Sequence[RawCell]) -> bool:
    """True when first leaves empty the table's key: the leftmost column every row above fills
    (at least MIN_KEY_ROWS of them). Value columns right of it may be empty in a row of its own."""
    if len(above) < MIN_KEY_ROWS:
        return False
    keys = set.intersection(*(_filled(row) for row in above))
    return bool(keys) and min(keys) not in _filled(first)


def _opens_mid_phrase(raw: str) -> bool:
    """True when a cell's text starts where no phrase starts: a particle, kinsoku, a bare annotation."""
    text = cell_text(raw)
    if not text:
        return False
    if text[0] in HANGING_GLYPHS or _PARTICLE_START_RE.match(text):
        return True
    first_line = cell_text(raw.strip().split("\n")[0])
    return bool(_ANNOTATION_RE.match(first_line)) and not _ENUMERATOR_RE.match(first_line)


def _join_rows(last: Sequence[RawCell], first: Sequence[RawCell]) -> tuple[RawCell, ...]:
    """Append the overflow text to the cut row's cells (bbox stays the first part's; line boxes,
    one per line on the cell's own page, are unknown once lines of the next page join); a cell
    empty before the break is the continuation's cell, as read there."""
    return tuple(
        (replace(a, raw=f"{a.raw}\n{b.raw}", continued=True, line_bboxes=()) if a.raw.strip() else b) if b.raw.strip() else a
        for a, b in zip(last, first)
    ) + tuple(last[len(first):])


def _last_table(items: Sequence[Item], height: float, folios: frozenset[str] = frozenset()) -> int | None:
    """Index of the table that ends the page body, if the page body ends with a table."""
    body = [i for i, it in enumerate(items) if not _is_margin(it, height, folios)]
    if body and isinstance(items[body[-1]], RawTable):
        return body[-1]
    return None


def _first_table(items: Sequence[Item], height: float, folios: frozenset[str] = frozenset(),
                 heads: frozenset[str] = frozenset()) -> int | None:
    """Index of the table that opens the page body, if the page body opens with a table: lines in
    the top margin band set on the body at its leading (a heading and its sentence over a table on
    a page with a narrow top margin, corpus seed 710 kpi_baseline_target in html_borderless) are
    the body's, so the table does not continue the last page's; a running head opening the pages
    alike (heads: page_heads, 資料2 set 3 pt over a table continued from the page before, corpus seed
    555 kpi_progress in writer_borderless) stays furniture."""
    margin = [_is_margin(it, height, folios) for it in items]
    for i in range(len(items) - 2, -1, -1):
        if margin[i] and not margin[i + 1] and _sets_on(items[i], items[i + 1]) and \
                items[i].bbox[3] <= height * MARGIN_SHARE and items[i].raw.strip() not in folios | heads:  # type: ignore[union-attr]
            margin[i] = False
    body = [i for i, it in enumerate(items) if not margin[i]]
    if body and isinstance(items[body[0]], RawTable):
        return body[0]
    return None


def _sets_on(line: Item, below: Item) -> bool:
    """True when below starts within HEAD_GAP_EM of line's height under it: set at the body's leading."""
    return below.bbox[1] - line.bbox[3] <= HEAD_GAP_EM * (line.bbox[3] - line.bbox[1])


def stitch(pages: Sequence[PageContent]) -> list[Item]:
    """Return all items of the pages in reading order, continuation tables merged."""
    return stitch_pages(pages).items


def stitch_pages(pages: Sequence[PageContent]) -> Stitched:
    """Return all items of the pages in reading order, continuation tables merged, with their row
    joins; numbers cut over lines read whole where the document's engine is seen to cut them, a
    running head read into a table's first row a line again (extract.pdf.running_heads)."""
    pages = recut_pages(without_running_heads(pages))
    out: list[Item] = []
    joins: dict[int, list[RowJoin]] = {}
    carry: int | None = None  # index in `out` of the table that ended the previous page
    carry_page = -1
    folios, heads = page_folios(pages), page_heads(pages)
    for page in pages:
        items = page_items(page)
        if carry is not None and carry_page == page.page - 1:
            out[carry], items = _key_from_next_page(out[carry], items, page.height)  # type: ignore[arg-type]
        first, last = _first_table(items, page.height, folios, heads), _last_table(items, page.height, folios)
        placed: dict[int, int] = {}
        for i, it in enumerate(items):
            if i > 0 and isinstance(it, RawTable) and isinstance(items[i - 1], RawTable) and \
                    stacked(out[placed[i - 1]], it):  # type: ignore[arg-type]
                out[placed[i - 1]] = _stack(out[placed[i - 1]], it)  # type: ignore[arg-type]
                placed[i] = placed[i - 1]
                continue
            head = out[carry] if carry is not None and carry_page == page.page - 1 else None
            if i == first and isinstance(head, RawTable) and isinstance(it, RawTable) and continues(head, it):
                merged, join = merge_with_join(head, it)
                out[carry] = fold_stitched_names(merged)  # type: ignore[index]
                joins.setdefault(carry, []).extend([join] if join else [])  # type: ignore[arg-type]
                placed[i] = carry  # type: ignore[assignment]
                continue
            out.append(it)
            placed[i] = len(out) - 1
        carry = placed[last] if last is not None else None
        carry_page = page.page
    return _unfragmented(out, joins)


def _key_from_next_page(head: RawTable, items: Sequence[Item], height: float) -> tuple[RawTable, list[Item]]:
    """The table that ended the page before, its last row's key taken from the lines opening this
    page, and the page's items without them: an engine centring a tall label set the cut row's
    one-line values on the page before and its label on the next (事業費(千円) at the top of the
    page, its 51,196 … on the page before; sample 001 in the html_landscape rendition). The cut
    row leaves empty the key every row above fills (_leaves_key_empty); the lines come before
    anything else of the page body, inside the key column, set at a cell's leading (LIFT_GAP_EM);
    a note (※ 達成率＝実績値÷目標値 under a row whose name spans its sub-rows, corpus seed 57
    kpi_year_matrix in pdf_landscape) names no row."""
    rows = head.rows
    if len(head.col_edges) < 3 or not rows or not _leaves_key_empty(rows[:-1], rows[-1]):
        return head, list(items)
    lo, hi = head.col_edges[0] - COL_TOL_PT, head.col_edges[1] + COL_TOL_PT
    taken: list[RawLine] = []
    for it in items:
        if _is_margin(it, height):
            continue
        if not isinstance(it, RawLine) or it.bbox[0] < lo or it.bbox[2] > hi or it.raw.strip().startswith(FOOTNOTE_MARKS) or \
                taken and it.bbox[1] - taken[-1].bbox[3] > LIFT_GAP_EM * (it.bbox[3] - it.bbox[1]):
            break
        taken.append(it)
    if not taken:
        return head, list(items)
    key = RawCell("\n".join(ln.raw for ln in taken), union_bbox(ln.bbox for ln in taken), taken[0].page,
                  line_bboxes=tuple(ln.bbox for ln in taken))
    last = (key, *rows[-1][1:])
    return replace(head, rows=rows[:-1] + (last,)), [it for it in items if not any(it is ln for ln in taken)]


def continues(head: RawTable, tail: RawTable) -> bool:
    """True when the table opening a page continues the one that ended the page before: same
    columns, and one of them a table in its own right; two lone lines (a page's folio line and
    the next page's heading line, each set in two pieces) are no table however they align."""
    return not (head.fragment and tail.fragment) and _same_columns(head, tail)


def _unfragmented(out: Sequence[Item], joins: dict[int, list[RowJoin]]) -> Stitched:
    items: list[Item] = []
    where: dict[int, tuple[RowJoin, ...]] = {}
    for i, it in enumerate(out):
        if joins.get(i):
            where[len(items)] = tuple(joins[i])
        items += _unfragment(it)
    return Stitched(items, where)


def _unfragment(item: Item) -> list[Item]:
    """A fragment no neighbouring page continued is text again: its lines, as read."""
    if not isinstance(item, RawTable) or not item.fragment:
        return [item]
    return [RawLine(ln.text, ln.bbox, ln.page) for ln in item.lines]
