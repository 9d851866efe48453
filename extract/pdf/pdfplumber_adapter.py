"""pdfplumber adapter: the only module that knows pdfplumber/pdfminer objects.

Reads one page at a time into engine-independent `PageContent` (top-left origin, points).
"""

from __future__ import annotations

import math
import re
import unicodedata
import weakref
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from functools import lru_cache, partial
from operator import itemgetter
from typing import Any

import numpy as np
import pdfplumber
from pdfplumber.page import Page
from pdfplumber.pdf import PDF
from pdfplumber.table import Table, TableFinder, TableSettings, cells_to_tables, edges_to_intersections
from pdfplumber.utils.text import LIGATURES, extract_text

from extract.errors import BrokenPdfError, PasswordRequiredError, UnreadableFileError
from extract.model import BBox, Issue
from extract.interpret.structure import LETTER_RE, is_data_value
from extract.vocab import HANGING_GLYPHS
from extract.pdf.borderless import find_borderless
from extract.pdf.centred_stacks import centred_cells
from extract.pdf.dotted import dotted_rules
from extract.pdf.drawn_glyphs import without_glyph_drawings
from extract.pdf.glyphs import is_em_wide, is_wide_letter, opens_bracket
from extract.pdf.hanging import ink_end
from extract.pdf.pieces import VALUE_START_RE, side_line_first
from extract.pdf.grid import MIN_COLS, is_value, PageContent, RawCell, RawLine, RawTable, Segment, SegLine, table_score, union_bbox
from extract.pdf.charts import Chart, chart_grids, with_chart_text
from extract.pdf.autospace import is_autospaced, page_autospace
from extract.pdf.layout import GridSpec, cells_to_grids
from extract.pdf.spread import join_spread_labels
from extract.pdf.stack_heads import HeadedStack, headed_cells
from extract.pdf.band_rows import joined_line_rows
from extract.pdf.bands import Band, band_and_body, find_bands, span_open_heads
from extract.pdf.rows import MIN_VALUE_ROWS, Piece, cell_lines, has_value_column, is_labelled, pieces_to_rows
from extract.pdf.textlines import TEXT_TOL_PT, text_lines
from extract.pdf.vertical import column_lines, vertical_chars
from normalize.missing import MissingReason, missing_marker
from normalize.text import nfkc_safe
from normalize.years import year_runs_over

Char = dict[str, Any]
Word = tuple[str, float, float]  # a word's text, x0 and x1

# Fake bold draws a glyph again a little off itself (Word: 0.02 em, realdocs otoineppu); the
# narrowest real letters (i, l, .) advance 0.2 em or more, so a repeated letter stays.
DEDUPE_EM = 0.15  # same glyph, font and size closer than this share of the size is one glyph
BUCKET_BITS = 20  # bits of a dedupe bucket's x and y index in overprint_suspects' codes (farther buckets share an edge one)
COL_GAP_EM = 0.5  # a gap this share of the font size (or wider) may separate columns
SPACE_TOL_PT = 0.5
SPACE_LINE_SHARE = 0.5  # a drawn space is on a line when the line's band covers more than this share of the lower of the two heights
CELLS_APART_EM = 0.22  # em-wide letters this share of the size apart in a solid run sit in two cells (_is_cell_gap)
SOLID_EM = 0.05  # glyphs closer than this share of the size are set solid (no letter spacing)
BASELINE_TOL_EM = 0.2  # chars whose bottoms lie this share of the size apart or nearer sit on one line (fonts' descents differ less)
SAME_SIZE_TOL = 0.1  # glyphs whose sizes differ by this share of the larger or less are set in one size (a sub- or superscript is smaller)
JOINT_EM = 0.1  # em-wide glyphs of a solid run set this share of the size nearer or farther than solid may join two texts (_is_joint)
SHADE_MIN_PT = 2.0  # a filled rect thinner than this is a drawn rule, not shading
ROTATED_SHARE = 0.5  # a cell or table reads turned when at least this share of its glyphs is turned one way
VERTICAL_CELL_SHARE = 0.5  # a cell reads as vertical writing when at least this share of its glyphs is set down
MIN_SPLIT_ROWS = 2  # a band without row rules is split when its lines form this many filled rows
RULE_MIN_PT = 6.0  # a vertical edge shorter than this is a glyph-sized mark, not a column rule
TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}
_CID_RE = re.compile(r"^\(cid:\d+\)$")
CID_OPEN = "(cid:"  # how an unmapped glyph's text (_CID_RE) opens
_X0, _TOP, _X1, _BOTTOM = (itemgetter(k) for k in ("x0", "top", "x1", "bottom"))
_TOP_X0 = itemgetter("top", "x0")


@contextmanager
def open_pdf(path: str, password: str | None) -> Iterator[PDF]:
    """Open a PDF, mapping pdfminer's failures onto our error tree."""
    try:
        pdf = pdfplumber.open(path, password=password or "")
        _ = pdf.pages  # forces the page tree: broken files fail here, not later
    except FileNotFoundError as e:
        raise UnreadableFileError(path, f"file not found ({e.strerror})") from e
    except OSError as e:
        raise UnreadableFileError(path, f"cannot read file ({e})") from e
    except Exception as e:  # pdfminer raises many unrelated types; classify by name
        raise _classify(path, e) from e
    try:
        yield pdf
    finally:
        pdf.close()


def _classify(path: str, exc: BaseException) -> Exception:
    """Turn a pdfminer/pdfplumber exception into our error with a clear reason."""
    chain = [exc, exc.__cause__, exc.__context__, *getattr(exc, "args", ())]
    names = " ".join(type(e).__name__ + " " + str(e) for e in chain if e is not None)
    if "Password" in names or "password" in names:
        return PasswordRequiredError(path, "encrypted PDF: a user password is required (pass password=)")
    return BrokenPdfError(path, f"the PDF parser gave up ({type(exc).__name__}: {exc})")


def page_count(pdf: PDF) -> int:
    """Number of pages in the document."""
    return len(pdf.pages)


def _is_cid(ch: Char) -> bool:
    text = ch.get("text", "")
    return text[:5] == CID_OPEN and bool(_CID_RE.match(text))


def with_objects(page: Page, **kinds: list[Char]) -> Page:
    """What page.filter gives for a test that keeps every object but some of the given kinds:
    the page with those kinds' lists replaced (the others kept as they are), without a call per object."""
    derived = filtered(page, _keep_all)
    derived._objects = {**page.objects, **kinds}
    return derived


def _keep_all(obj: Char) -> bool:
    return True


def filtered(page: Page, keep: Callable[[Char], bool]) -> Page:
    """page.filter(keep), freed as soon as it is dropped: pdfplumber's page caches its text map
    in a wrapper of its own bound method (a reference cycle), which only the garbage collector
    frees, and with it the page's object lists, after their char dicts have been walked by its
    passes (a tenth of a run's collecting); here the cache holds the page weakly."""
    derived = page.filter(keep)
    derived.get_textmap = lru_cache()(partial(Page._get_textmap, weakref.proxy(derived)))
    return derived


def _grid_table(grid: GridSpec, chars: Sequence[Char], page_no: int, page_bbox: BBox,
                mids: tuple[Any, Any] | None = None) -> RawTable:
    """Fill a grid with the chars whose midpoints (mids: as _midpoints gives them) fall in its
    cells; a band of rows drawn without row rules (column rules only) is split into its rows (_split_band)."""
    buckets: dict[tuple[int, int], list[Char]] = {}
    for ch, anchor in zip(chars, _anchors(grid, chars, mids)):
        if anchor is not None:
            buckets.setdefault(anchor, []).append(ch)
    rows: list[tuple[RawCell, ...]] = []
    pieces: dict[tuple[int, int], list[Piece]] = {}  # each cell's lines, read once
    splits = {r: split for r in range(grid.n_rows) if (split := _split_band(grid, r, buckets, page_no, pieces))}
    for r in range(grid.n_rows):
        cells = [_grid_cell(grid, r, c, buckets, page_no, page_bbox, pieces, splits) for c in range(grid.n_cols)]
        if r not in splits:
            rows.append(tuple(cells))
            continue
        for k, (sub, (_, top, _, bottom)) in enumerate(splits[r]):  # a cell spanning the band opens its first row
            rows.append(tuple(cell if cell is not None else cells[c] if k == 0 else
                              RawCell("", (grid.xs[c], top, grid.xs[c + 1], bottom), page_no)
                              for c, cell in enumerate(sub)))
    table = RawTable(page_no, grid.bbox, tuple(rows), "pdfplumber", None, grid.xs)
    return _with_score(table)


def _grid_cell(grid: GridSpec, r: int, c: int, buckets: dict[tuple[int, int], list[Char]], page_no: int,
               page_bbox: BBox, pieces: dict[tuple[int, int], list[Piece]],
               splits: dict[int, list[SplitRow]]) -> RawCell:
    """Slot (r, c) of the grid: its anchor's cell, spanning the rows its bands were split into, or
    a blank slot it covers."""
    rs, cs = grid.spans.get((r, c), (1, 1))
    slot = grid.slot_bbox(r, c, rs, cs) if (r, c) in grid.spans else grid.slot_bbox(r, c)
    own = buckets.get((r, c), []) if (r, c) in grid.spans else []
    bbox = _clip(union_bbox([slot, _chars_bbox(own)] if own else [slot]), page_bbox)
    lines = side_line_first(_cell_pieces(pieces, buckets, r, c, page_no)) if own else []
    span = sum(len(splits.get(i, ((),))) for i in range(r, r + rs)) if own or (r, c) in grid.spans else 1
    return RawCell("\n".join(p.text for p in lines), bbox, page_no, span, cs, line_bboxes=tuple(p.bbox for p in lines))


def _anchors(grid: GridSpec, chars: Sequence[Char], mids: tuple[Any, Any] | None = None) -> list[tuple[int, int] | None]:
    """grid.locate of every char's midpoint (mids: as _midpoints gives them), the bands found for all at once."""
    if not chars:
        return []
    x, y = _midpoints(chars) if mids is None else mids
    xs, ys = np.array(grid.xs), np.array(grid.ys)
    inside = (x >= xs[0]) & (x < xs[-1]) & (y >= ys[0]) & (y < ys[-1])  # band_of: None outside the edges
    cols, rows = np.searchsorted(xs, x, side="right") - 1, np.searchsorted(ys, y, side="right") - 1  # bisect_right
    return [grid.owner.get((r, c)) if within else None
            for r, c, within in zip(rows.tolist(), cols.tolist(), inside.tolist())]


FRAMED_MIN_CELLS = 3  # a line of at least this many gap-parted cells is a table's row
FRAMED_MIN_ROWS = 3  # ... and at least this many such lines inside one ruled box make a table of their own
FRAMED_TEXT_SHARE = 0.5  # ... holding at least this share of the grid's glyphs


def frames_a_table(grid: GridSpec, chars: Sequence[Char], mids: tuple[Any, Any]) -> bool:
    """True when a cell spanning every column of the grid holds a table set without rules:
    FRAMED_MIN_ROWS or more lines of FRAMED_MIN_CELLS or more cells parted by column gaps, most
    of the grid's text (jinko p29: a box around 18 rows of ten rates, its header and row labels
    set outside it). The box's rules part none of its cells: its text is read as the borderless
    table it is, with the header and labels around it."""
    wide = {a for a, (rs, cs) in grid.spans.items() if rs == 1 and cs == grid.n_cols and grid.n_cols >= FRAMED_MIN_CELLS}
    if not wide:
        return False
    anchors = _anchors(grid, chars, mids)
    for anchor in wide:
        held = [ch for ch, a in zip(chars, anchors) if a == anchor]
        if len(held) < FRAMED_TEXT_SHARE * len(chars):
            continue
        rows = sum(1 for line in _char_lines(held) if len(_segments(line)) >= FRAMED_MIN_CELLS)
        if rows >= FRAMED_MIN_ROWS:
            return True
    return False


def _char_lines(chars: Sequence[Char]) -> list[list[Char]]:
    """Group upright chars (a cell's) into visual lines, top to bottom: a char joins the line its
    middle falls in (between the line's first top and its lowest bottom so far); each line left to right."""
    lines: list[list[Char]] = []
    top = bottom = 0.0
    for ch in sorted(chars, key=_TOP_X0):
        low = ch["bottom"]
        mid = (ch["top"] + low) / 2
        if lines and top <= mid <= bottom:
            lines[-1].append(ch)
            bottom = max(bottom, low)
        else:
            lines.append([ch])
            top, bottom = ch["top"], low
    return _scripts_set_on_lines([sorted(ln, key=_X0) for ln in lines])


SCRIPT_MAX_GLYPHS = 2  # a raised or lowered run of at most this many glyphs (m³, km², *1) ...
SCRIPT_SIZE_RATIO = 0.85  # ... each at most this share of the size of the line's glyphs beside it


def _scripts_set_on_lines(lines: list[list[Char]]) -> list[list[Char]]:
    """Lines with each superscript or subscript run (is_script_of) set on the line it overlaps,
    at its place by x, with the line's top and bottom: 20ｍ³当たり is one line 20ｍ3当たり, not a
    line 3 over a line 20ｍ当たり (nousyuu p7's 1か月20m³当たり家庭料金, 面積(km²))."""
    out: list[list[Char]] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        if k + 1 < len(lines) and is_script_of(line, lines[k + 1]):
            lines[k + 1] = _set_on(line, lines[k + 1])
        elif out and is_script_of(line, out[-1]):
            out[-1] = _set_on(line, out[-1])
        else:
            out.append(line)
        k += 1
    return out


def is_script_of(run: Sequence[Char], line: Sequence[Char]) -> bool:
    """True when run is a superscript or subscript of line: at most SCRIPT_MAX_GLYPHS glyphs, each
    at most SCRIPT_SIZE_RATIO of the line's largest size, overlapping the line's box in height and
    starting within its width (or one size past its end: a script closes its word)."""
    if not run or not line or len(run) > SCRIPT_MAX_GLYPHS or len(line) <= len(run):
        return False
    size = max(float(c["size"]) for c in line)
    top, bottom = min(map(_TOP, line)), max(map(_BOTTOM, line))
    x0, x1 = min(map(_X0, line)), max(map(_X1, line))
    return all(float(c["size"]) <= SCRIPT_SIZE_RATIO * size and c["top"] < bottom and c["bottom"] > top
               and x0 <= c["x0"] <= x1 + size for c in run)


def _set_on(run: Sequence[Char], line: Sequence[Char]) -> list[Char]:
    """The line with the run's glyphs placed on it (the line's top and bottom), left to right."""
    top, bottom = line[0]["top"], line[0]["bottom"]
    return sorted([*line, *({**c, "top": top, "bottom": bottom} for c in run)], key=_X0)


def chars_to_text(chars: Sequence[Char]) -> str:
    """pdfplumber's extract_text(chars), computed directly for one line of upright chars (tops
    within TEXT_TOL_PT; its words then split at blanks and gaps wider than TEXT_TOL_PT, joined by
    one space); other chars go to pdfplumber. Cells and segments are mostly one line: this skips
    its word maps and clustering."""
    words = text_words(chars)
    return " ".join(w for w, _, _ in words) if words is not None else extract_text(list(chars))


def text_words(chars: Sequence[Char]) -> list[tuple[str, float, float]] | None:
    """The words chars_to_text joins (text, x0, x1), or None for chars it leaves to pdfplumber
    (several lines, turned glyphs)."""
    if not chars:
        return []
    if max(map(_TOP, chars)) > min(map(_TOP, chars)) + TEXT_TOL_PT or not all(c["upright"] is True and c["text"] for c in chars):
        return None
    words: list[tuple[str, float, float]] = []
    word: list[Char] = []
    for ch in sorted(chars, key=_X0):
        prev = word[-1] if word else None
        if ch["text"].isspace() or prev is not None and (ch["x0"] < prev["x0"] or ch["x0"] > prev["x1"] + TEXT_TOL_PT
                                                         or abs(ch["top"] - prev["top"]) > TEXT_TOL_PT):
            if word:
                words.append(_word(word))
            word = []
        if not ch["text"].isspace():
            word.append(ch)
    if word:
        words.append(_word(word))
    return words


def _word(chars: Sequence[Char]) -> tuple[str, float, float]:
    return "".join(LIGATURES.get(c["text"]) or c["text"] for c in chars), float(chars[0]["x0"]), float(max(map(_X1, chars)))


def _line_pieces(chars: Sequence[Char], col: int, page_no: int) -> list[Piece]:
    """The visual lines of a cell's chars as pieces of column col (blank lines dropped)."""
    out = []
    for ln in _char_lines(chars):
        text = " ".join(chars_to_text(ln).split())
        if text:
            out.append(Piece(text, _chars_bbox(ln), col, page_no))
    return out


def _cell_pieces(pieces: dict[tuple[int, int], list[Piece]], buckets: dict[tuple[int, int], list[Char]],
                 r: int, c: int, page_no: int) -> list[Piece]:
    """The lines of cell (r, c) as pieces of column c, read from its chars once (pieces caches them)."""
    if (r, c) not in pieces:
        pieces[(r, c)] = _line_pieces(buckets.get((r, c), []), c, page_no)
    return pieces[(r, c)]


SplitRow = tuple[tuple[RawCell | None, ...], BBox]  # a row a band was split into (None: a cell spanning it), its band


def _split_band(grid: GridSpec, r: int, buckets: dict[tuple[int, int], list[Char]],
                page_no: int, cache: dict[tuple[int, int], list[Piece]] | None = None,
                ) -> list[SplitRow] | None:
    """Split grid row r into the rows its text lines form (extract.pdf.rows), each with its band,
    or None.

    Only a band whose own cells' lines make at least two rows of MIN_COLS filled cells, with a
    column of one value per row or a label opening every row, is split: the kobe 予算比較
    tables rule their columns, not their 科目 rows. Cells spanning the band's rows and more (a
    部門 group label down the left, kyuyo p10) stay whole: None in the rows.
    """
    cells = [c for c in range(grid.n_cols) if grid.owner.get((r, c)) == (r, c) and grid.spans[(r, c)][0] == 1]
    cache = {} if cache is None else cache
    columns = [_cell_pieces(cache, buckets, r, c, page_no) for c in cells]
    if len(cells) < MIN_COLS or not may_split([len(col) for col in columns]):
        return None
    if all(is_glyph_stack(col) for col in columns if col):
        return None  # labels written a glyph per line (０ / 歳 / 児, 合 / 計), not rows
    pieces = [p for col in columns for p in col]
    rows = joined_line_rows(pieces_to_rows(pieces))
    if sum(1 for row in rows if len({b[0].col for b in row}) >= MIN_COLS) < MIN_SPLIT_ROWS:
        return None
    if not (has_value_column(rows) or is_labelled(rows, cells[0])):
        return None  # paragraphs of one ruled cell (sample 004's ○ headings under No. 3), not rows
    width = {c: max((p.bbox[2] - p.bbox[0] for p in pieces if p.col == c), default=0.0) for c in cells}
    extents = [(min(p.bbox[1] for b in row for p in b), max(p.bbox[3] for b in row for p in b)) for row in rows]
    cuts = [grid.ys[r]] + [(a[1] + b[0]) / 2 for a, b in zip(extents, extents[1:])] + [grid.ys[r + 1]]
    out: list[SplitRow] = []
    for k, row in enumerate(rows):
        band = (grid.xs[0], cuts[k], grid.xs[-1], cuts[k + 1])
        line: list[RawCell | None] = []
        for c in range(grid.n_cols):
            anchor = grid.owner.get((r, c), (r, c))
            if anchor[1] not in width:  # spans the band's rows: stays whole
                line.append(None)
            elif anchor[1] != c:  # covered by a cell spanning columns
                line.append(RawCell("", (grid.xs[c], band[1], grid.xs[c + 1], band[3]), page_no))
            else:
                cs = grid.spans[anchor][1]
                lines = cell_lines([p for b in row if b[0].col == c for p in b], width[c])
                line.append(RawCell("\n".join(t for t, _ in lines), (grid.xs[c], band[1], grid.xs[c + cs], band[3]),
                                    page_no, col_span=cs, line_bboxes=tuple(b for _, b in lines),
                                    numbers_rejoined=True))
        out.append((tuple(line), band))
    return out


def is_glyph_stack(lines: Sequence[Piece]) -> bool:
    """True for a cell written a glyph per line, top to bottom, in a column one glyph wide (０ / 歳 /
    児): its lines are one label read downwards, never a row each. Records stacked in one band
    (names, amounts) put more than a glyph on some line of some cell."""
    return len(lines) >= MIN_SPLIT_ROWS and all(len(p.text) == 1 for p in lines)


def may_split(lines: Sequence[int]) -> bool:
    """False when a band whose columns hold these many lines cannot pass _split_band's tests,
    whatever rows its lines make: each of MIN_SPLIT_ROWS rows of MIN_COLS filled cells takes a
    line of each of its columns, so a column fills at most as many rows as it has lines; a value
    column takes MIN_VALUE_ROWS lines of one column, and a label opening every row but the
    first a line of the first column. Most bands of a ruled grid are one row (a line per cell,
    or wrapped prose beside one label), and are known so without rebuilding rows."""
    fillable = sum(min(n, MIN_SPLIT_ROWS) for n in lines) >= MIN_SPLIT_ROWS * MIN_COLS
    return fillable and (max(lines) >= MIN_VALUE_ROWS or lines[0] > 0)


def _with_score(table: RawTable) -> RawTable:
    """The table with its quality score (a builder that scored it itself keeps its score)."""
    return table if table.score is not None else replace(table, score=table_score(table))


def _chars_bbox(chars: Sequence[Char]) -> BBox:
    """union_bbox of the chars' _bbox (at least one char), without a tuple per char."""
    return (float(min(map(_X0, chars))), float(min(map(_TOP, chars))),
            float(max(map(_X1, chars))), float(max(map(_BOTTOM, chars))))


def _bbox(obj: Char) -> BBox:
    return (float(obj["x0"]), float(obj["top"]), float(obj["x1"]), float(obj["bottom"]))


def _clip(b: BBox, page: BBox) -> BBox:
    return (max(b[0], page[0]), max(b[1], page[1]), min(b[2], page[2]), min(b[3], page[3]))


def _segments(chars: Sequence[Char], spaces: Sequence[Char] = (), autospace: float = 0.0) -> tuple[Segment, ...]:
    """Split a line's chars (left to right) into segments at column-wide gaps (_char_groups); the
    lines of a cell set one over another in it are one segment of their own (_stacks). autospace:
    the page's gap between Japanese and Latin letters (extract.pdf.autospace), no joint."""
    visible = [ch for ch in sorted(chars, key=_X0) if ch["text"].strip()]
    stacks = _stacks(visible, spaces, autospace)
    if not stacks:
        return tuple(_segment(g, spaces, j) for g, j in _char_groups(visible, spaces, autospace))
    stacked = {id(ch) for stack in stacks for ch in stack}
    rest = _char_groups([ch for ch in visible if id(ch) not in stacked], spaces, autospace)
    cells = [seg for stack in stacks for cell in _stack_cells(stack, spaces) for seg in _stack_segments(cell, spaces)]
    return tuple(sorted([*(_segment(g, spaces, j) for g, j in rest), *cells], key=lambda s: s.bbox[0]))


def _stack_cells(stack: Sequence[Char], spaces: Sequence[Char]) -> list[list[Char]]:
    """A stack's chars as the cells set side by side in it, each wrapped and centred on the same
    lines (extract.pdf.centred_stacks), else as one cell."""
    lines = [[group for group, _ in _char_groups(line, spaces)] for line in _baselines(stack)]
    return centred_cells(lines) or [list(stack)]


def _stack_segments(cell: Sequence[Char], spaces: Sequence[Char]) -> list[Segment]:
    """A stack's cell read down the lines its glyphs sit on (_baselines), not by pdfplumber's
    chained line tolerance. A group header over sub-headers side by side
    (extract.pdf.stack_heads.headed_cells) is parted over them (_headed_segments). One line, or a
    line whose words cannot be read by themselves, reads as any segment does (_segment)."""
    lines = _baselines(cell)
    words = [_line_words(line, spaces) for line in lines]
    if len(lines) < 2 or not all(words):
        return [_segment(cell, spaces)]
    headed = headed_cells([[g for g, _ in _char_groups(line, spaces)] for line in lines])
    if headed is not None:
        return _headed_segments(headed, spaces)
    text = "\n".join(" ".join(w for w, _, _ in line_words or ()) for line_words in words)
    return [Segment(text, _chars_bbox(cell), (), tuple((a, b) for _, a, b in _heading_over_words(words) or ()))]


def _headed_segments(headed: HeadedStack, spaces: Sequence[Char]) -> list[Segment]:
    """A group header over its sub-headers as segments, each sub-header down its own lines in its
    own box, the header standing where the sub-header under its middle does (as a group header
    set on a line of its own is spread over its columns from there, extract.pdf.header_spans;
    across the others, it would join them in one column): over that sub-header's lines when it
    is one line (_glued_down), else as a segment of its own: a segment's lines are dealt evenly
    over its box (cells.line_pieces), and a sub-header wrapped in two lines set solid beside one
    set between them would lose its second line to a row of its own."""
    x0, _, x1, _ = _chars_bbox([ch for ln in headed.heading for ch in ln])
    home = min(range(len(headed.cells)), key=lambda k: abs(_middle(headed.cells[k]) - (x0 + x1) / 2))
    if len(headed.cells[home]) > 1:
        return [_lines_segment(headed.heading, spaces, headed.heading), *(_lines_segment(sub, spaces, sub) for sub in headed.cells)]
    return [_lines_segment([*headed.heading, *sub] if k == home else sub, spaces, sub) for k, sub in enumerate(headed.cells)]


def _lines_segment(lines: Sequence[Sequence[Char]], spaces: Sequence[Char], under: Sequence[Sequence[Char]]) -> Segment:
    """Lines set one over another as one segment, its words glued down them (_glued_down), its box
    theirs across the width of the lines under (the sub-header they end in or stand over): words
    standing over no line of that width stand across it."""
    words = _glued_down([_line_words(line, spaces) or [] for line in lines])
    x0, _, x1, _ = _chars_bbox([ch for ln in under for ch in ln])
    _, top, _, bottom = _chars_bbox([ch for ln in lines for ch in ln])
    spans = [(a, b) if x0 <= a and b <= x1 else (x0, x1) for _, a, b in words]
    return Segment(" ".join(w for w, _, _ in words), (x0, top, x1, bottom), (), tuple(spans))


def _middle(lines: Sequence[Sequence[Char]]) -> float:
    """The middle of lines' chars along the line."""
    x0, _, x1, _ = _chars_bbox([ch for ln in lines for ch in ln])
    return (x0 + x1) / 2


def _line_words(line: Sequence[Char], spaces: Sequence[Char]) -> list[Word] | None:
    """The words of one line of a stack (text_words), with the spaces drawn on that line between
    its glyphs; None when they are no one line (text_words)."""
    x0, x1, bottom = float(line[0]["x0"]), float(line[-1]["x1"]), float(line[0]["bottom"])
    tol = BASELINE_TOL_EM * max(1.0, float(line[0].get("size") or 0))
    inner = [s for s in spaces if x0 <= s["x0"] and s["x1"] <= x1 and abs(float(s["bottom"]) - bottom) <= tol]
    return text_words(sorted([*line, *inner], key=_X0) if inner else line)


def _parted_after_figures(group: list[Char], joints: Sequence[int], spaces: Sequence[Char]) -> list[list[Char]]:
    """A group of one line's chars parted at its joints (_is_joint) that follow a figure (a data
    value ends the text before): a right-aligned amount glued to the next cell's flush-left text,
    the middle line of a note wrapped in three beside it (31,041,077円 135,795,317円び住宅取得費の
    一部を補助 between 移住希望者への相談対応及 and する, corpus seed 828 budget_main_projects in
    calc_borderless) stacks with that note only, not the figures. So does a joint before a figure
    after a word of letters that reads with it as no year: a name wrapped in two lines, its first
    line filling its column up to the next cell's value set flush left (地域の魅力を発信するイベン
    2,974人（R4年度（2022年 over トへの参加者数 | 度末））, corpus seed 800 kpi_baseline_target in
    calc_borderless, --vocab dev13), stacks with its second line only, not the value's."""
    def words(chars: Sequence[Char]) -> list[str]:
        x0, x1 = chars[0]["x0"], chars[-1]["x1"]
        inner = [s for s in spaces if x0 <= s["x0"] and s["x1"] <= x1]  # the word spaces drawn between them
        return chars_to_text(sorted([*chars, *inner], key=_X0)).split()

    def ends_figure(k: int) -> bool:  # a figure ends before the joint, and the text after is no unit of it (△131 万円)
        before, after = words(group[:k]), words(group[k:])
        return bool(before and after) and is_data_value(before[-1]) and not is_data_value(before[-1] + after[0])
    def opens_figure(k: int) -> bool:  # a name's word ends before the joint, a figure opens after it (not 令和|2年度)
        before, after = words(group[:k]), words(group[k:])
        return bool(before and after) and bool(LETTER_RE.search(before[-1][-1])) and bool(VALUE_START_RE.match(nfkc_safe(after[0]))) \
            and not year_runs_over(f"{before[-1]}{after[0]}", len(before[-1]))
    cuts = [k for k in joints if ends_figure(k) or opens_figure(k)]
    return [group[a:b] for a, b in zip([0, *cuts], [*cuts, len(group)])]


def _baselines(chars: Sequence[Char]) -> list[list[Char]]:
    """A line's chars (left to right) by the line they sit on: bottoms within BASELINE_TOL_EM of
    the size of the one before, each left to right."""
    out: list[list[Char]] = []
    for ch in sorted(chars, key=_BOTTOM):
        if out and float(ch["bottom"]) - float(out[-1][-1]["bottom"]) <= BASELINE_TOL_EM * _pair_size(out[-1][-1], ch):
            out[-1].append(ch)
        else:
            out.append([ch])
    return [sorted(line, key=_X0) for line in out]


def _stacks(visible: Sequence[Char], spaces: Sequence[Char], autospace: float = 0.0) -> list[list[Char]]:
    """The chars (left to right) of each run of a line's segments set on different lines of it and
    overlapping along it by their ink (hanging.ink_end: a closing bracket's blank half overlaps no
    text) (_baselines, _char_groups): a cell wrapped in two lines beside one line of
    its neighbours' (まちづくり… / …交付金事業 beside No. 2, 住み続けたいと思う中学生の / 割合 beside
    its unit %, corpus seeds 507 budget_main_projects and 702 kpi_progress in calc_borderless).
    Read as one line, their glyphs interleave: the wrapped name's first glyph would join the
    number before it, its unit the name."""
    lines = _baselines(visible)
    if len(lines) < 2:
        return []
    runs: list[list[list[Char]]] = []
    groups = (part for line in lines for g, joints in _char_groups(line, spaces, autospace)
              for part in _parted_after_figures(g, joints, spaces))
    for chars in sorted(groups, key=lambda g: float(g[0]["x0"])):
        if runs and float(chars[0]["x0"]) < max(_ink_end(c) for g in runs[-1] for c in g):
            runs[-1].append(chars)
        else:
            runs.append([chars])
    return [sorted((ch for g in run for ch in g), key=_X0) for run in runs if len(run) > 1]


def _ink_end(ch: Char) -> float:
    return ink_end(ch["text"], float(ch["x0"]), float(ch["x1"]), float(ch.get("size") or 0))


def _char_groups(visible: Sequence[Char], spaces: Sequence[Char], autospace: float = 0.0) -> list[tuple[list[Char], list[int]]]:
    """Visible chars (left to right) parted at column-wide gaps, each group with its joints.

    A gap is column-wide when it is at least COL_GAP_EM of the font size and not bridged by
    a single drawn space (one space is a word break; a run of spaces aligns columns). Where a
    group's glyphs break off from solid spacing (_is_joint) it notes a joint; a Japanese letter
    and a Latin one the page's autospace apart are set solid (extract.pdf.autospace).
    """
    groups: list[list[Char]] = []
    joints: list[list[int]] = []
    for k, ch in enumerate(visible):
        if groups and _is_solid(groups[-1][-1], ch):
            groups[-1].append(ch)
        elif groups and not _is_column_gap(groups[-1][-1], ch, spaces) and not _is_cell_gap(visible, k, spaces) \
                and not _on_other_baselines(groups[-1][-1], ch):
            if _is_joint(visible, k, spaces) and not is_autospaced(visible[k - 1], ch, autospace):
                joints[-1].append(len(groups[-1]))
            groups[-1].append(ch)
        else:
            groups.append([ch])
            joints.append([])
    return list(zip(groups, joints))


def _is_solid(left: Char, right: Char) -> bool:
    """True when two glyphs are set closer (or overlap by less) than a joint (_is_joint, JOINT_EM),
    a cell gap (CELLS_APART_EM) or a column gap (COL_GAP_EM) can be: most pairs, tested at once."""
    return abs(right["x0"] - left["x1"]) < min(JOINT_EM, CELLS_APART_EM, COL_GAP_EM) * _pair_size(left, right)


def _on_other_baselines(left: Char, right: Char) -> bool:
    """True when two glyphs of one size, set JOINT_EM of the size apart or more, sit on lines whose bottoms lie more
    than BASELINE_TOL_EM of the size apart (_baselines): the texts of two cells set at different
    heights of one row, a number centred on it beside a name wrapped in two lines (1 before
    住宅用太陽光発電設備設置 / 補助, 0.19 em apart, corpus seed 829 budget_main_projects in
    calc_borderless), not one text."""
    size = _pair_size(left, right)
    same_size = abs(float(left.get("size") or 0) - float(right.get("size") or 0)) <= SAME_SIZE_TOL * size
    apart = abs(right["x0"] - left["x1"]) >= JOINT_EM * size  # nearer, the pair is set solid: one text
    return apart and same_size and abs(float(right["bottom"]) - float(left["bottom"])) > BASELINE_TOL_EM * size


def _is_cell_gap(line: Sequence[Char], k: int, spaces: Sequence[Char]) -> bool:
    """True when line[k - 1] and line[k] are em-wide letters (kanji, kana) set CELLS_APART_EM of the
    size or more apart, no space drawn between, in a run set solid: each neighbouring gap is under
    SOLID_EM. Such a run holds no gap of its own, so this one is the padding between two cells
    (a header wrapped in its cell up to the next one's text: 計画策定時点（令 | 目標値). Prose
    justified by the engine spaces its letters up to 0.2 em (the realdocs); a letter-spaced run
    spaces them all. A run of digits or Latin letters beside an em-wide letter may be spaced
    from the letters on both sides (an engine's space between Japanese and alphanumerics); set
    solid on its other side, the gap on this one is a cell's padding (令和2 | 目標値)."""
    if k == 0:
        return False
    left, right = line[k - 1], line[k]
    size = max(1.0, float(left.get("size") or 0), float(right.get("size") or 0))
    if right["x0"] - left["x1"] < CELLS_APART_EM * size:
        return False
    if any(s["x0"] >= left["x1"] - SPACE_TOL_PT and s["x1"] <= right["x0"] + SPACE_TOL_PT for s in spaces):
        return False

    def solid(j: int) -> bool:  # line[j] and line[j + 1] set solid (or no line[j + 1])
        return j + 1 >= len(line) or abs(line[j + 1]["x0"] - line[j]["x1"]) < SOLID_EM * size

    if is_wide_letter(left["text"]) and is_wide_letter(right["text"]):
        near = [j for j in (k - 2, k) if 0 <= j and j + 1 < len(line)]
        return bool(near) and all(solid(j) for j in near)
    if _is_narrow_alnum(left["text"]) and is_wide_letter(right["text"]):
        j = k - 1
        while j > 0 and _is_narrow_alnum(line[j - 1]["text"]):
            j -= 1
        return j > 0 and is_wide_letter(line[j - 1]["text"]) and solid(j - 1) and solid(k)
    if is_wide_letter(left["text"]) and _is_narrow_alnum(right["text"]):
        m = k
        while m + 1 < len(line) and _is_narrow_alnum(line[m + 1]["text"]):
            m += 1
        return m + 1 < len(line) and is_wide_letter(line[m + 1]["text"]) and solid(m) and (k < 2 or solid(k - 2))
    return False


def _is_narrow_alnum(text: str) -> bool:
    return len(text) == 1 and not is_em_wide(text) and unicodedata.category(text)[0] in "LN"


def _is_joint(line: Sequence[Char], k: int, spaces: Sequence[Char]) -> bool:
    """True when line[k - 1] and line[k], one of them an em-wide glyph (kanji, kana, full-width
    signs; two Latin letters or digits may be kerned), are set JOINT_EM of the size or more
    nearer or farther than solid, no space drawn between, in a run set solid (_in_solid_run):
    two texts each as wide as its cell meet there (基準年度値（2021年） overlapping
    計画目標値（2027年） by a fifth of an em). Punctuation compressed by the typesetter (、「 set
    half an em closer) departs as much, so a joint parts a segment only at a column gap
    (cells.split_at_joints)."""
    if k == 0:
        return False
    left, right = line[k - 1], line[k]
    size = _pair_size(left, right)
    wide = any(len(c["text"]) == 1 and unicodedata.east_asian_width(c["text"]) in "WF" for c in (left, right))
    gap = right["x0"] - left["x1"]
    apart = abs(gap) >= JOINT_EM * size if wide else gap >= JOINT_EM * size  # Latin may be kerned closer, never apart
    return apart and right["x0"] > left["x0"] and not _space_between(left, right, spaces) and (
        _in_solid_run(line, k, size, spaces) or _opens_with_dash(line, k, size) or _closes_with_dash(line, k, size) or
        _number_opens_segment(line, k, size) or _glyph_alone_before_figure(line, k, size))


def _number_opens_segment(line: Sequence[Char], k: int, size: float) -> bool:
    """True when line[k - 1] ends a run of digits set solid that opens its segment (the line's first
    glyph, or a column gap before it) and line[k] is an em-wide letter set solid with the glyph
    after it: a row's number (No.) right-aligned in its cell, glued to the name beside it by a
    spreadsheet's narrow gap (5 | ふるさと納税寄附額, 0.2 em apart, corpus seed 896
    kpi_baseline_target in calc_borderless). At the line's start _in_solid_run proves the joint;
    past a column gap it sees that gap, which tells nothing of the run's spacing. The joint parts
    them only on a column edge (extract.pdf.edges: the numbers of several rows ending at one x).
    So does a figure opening the next cell's text: a one-digit figure right-aligned in its cell shows
    no solid run before the break, yet glued to the next cell's flush-left figure it is a cell of its
    own (7 | 7（Ｒ４） under 目標（Ｒ９） | 策定時 as 108.6 | 73.5（Ｒ４）, corpus seed 787
    kpi_baseline_target in calc_borderless); digits letter-spaced have no solid glyph after the break."""
    j = k - 1
    while j > 0 and line[j - 1]["text"][-1:].isdigit() and line[j]["x0"] - line[j - 1]["x1"] < SOLID_EM * size:
        j -= 1
    opens = j == 0 or line[j]["x0"] - line[j - 1]["x1"] >= COL_GAP_EM * size
    solid_after = k + 1 >= len(line) or abs(line[k + 1]["x0"] - line[k]["x1"]) < SOLID_EM * size
    glued = _opens_name(line[k]["text"]) or line[k]["text"][:1].isdigit()
    return opens and line[k - 1]["text"][-1:].isdigit() and glued and solid_after


def _glyph_alone_before_figure(line: Sequence[Char], k: int, size: float) -> bool:
    """True when line[k - 1] is one em-wide letter standing alone (the line's first glyph, or a column gap
    before it) and line[k] a digit opening a figure set solid: a one-glyph unit in a column of its own, glued to
    the next cell's flush-left figure (千 | 2,445（2014年度） under 単位 | 現況値, the unit's column fitted to one
    glyph and its 千人 wrapped, corpus seed 853 kpi_baseline_target in typst_borderless). A glyph opening its
    segment shows no solid run before the break, so _in_solid_run proves nothing; the joint parts them only in a
    gap the column's other rows show (cells.split_at_joints)."""
    opens = k == 1 or line[k - 1]["x0"] - line[k - 2]["x1"] >= COL_GAP_EM * size
    solid_after = k + 1 < len(line) and abs(line[k + 1]["x0"] - line[k]["x1"]) < SOLID_EM * size
    opens_value = line[k]["text"][:1].isdigit() or opens_bracket(line[k]["text"])
    return opens and is_wide_letter(line[k - 1]["text"]) and opens_value and solid_after


def _opens_name(text: str) -> bool:
    """True for a glyph a name opens with after its row's number: an em-wide letter, a full-width
    Latin letter (6 | ＳＮＳフォロワー数, the numbers right-aligned, corpus seed 573 kpi_baseline_target
    in calc_borderless), or an enumerator glyph (①, ⑴: a number sign of no digit) heading the name
    (5 | ⑤要介護認定率, corpus seed 909 kpi_baseline_target in calc_borderless at 4.5 pt)."""
    return is_wide_letter(text) or (len(text) == 1 and unicodedata.category(text)[0] == "L" and unicodedata.east_asian_width(text) == "F") \
        or (len(text) == 1 and unicodedata.category(text) == "No" and unicodedata.east_asian_width(text) in "WFA")


def _opens_with_dash(line: Sequence[Char], k: int, size: float) -> bool:
    """True when line[k - 1] is a dash standing for a value (grid.is_value: －, ―, -; … as
    normalize.missing reads it: …７ under 策定時 | 目標値, corpus seed 905 kpi_baseline_target in
    calc_borderless) that opens its segment (the line's first glyph, or a column gap before it): a cell of its own, glued to
    the next cell's text by a spreadsheet's narrow gap (－ 132,850千円 under 市債 | その他財源,
    0.5 em apart, corpus seed 709 budget_main_projects in calc_borderless), where read as one
    word it would make the figure negative. The joint parts them only on a column edge
    (extract.pdf.edges)."""
    left = line[k - 1]["text"]
    opens = k == 1 or line[k - 1]["x0"] - line[k - 2]["x1"] >= COL_GAP_EM * size
    dash = is_value(left) or missing_marker(left) == MissingReason.DASH.value
    return opens and dash and not any(ch.isdigit() for ch in left)


def _closes_with_dash(line: Sequence[Char], k: int, size: float) -> bool:
    """True when line[k] is a dash standing for a value (grid.is_value: －, ―, -) that closes its
    segment (the line's last glyph, or a column gap after it) after a digit: the next cell's
    flush-left mark glued to a right-aligned figure too short to show a solid run (0- under 市債 |
    その他, corpus seed 835 budget_main_projects in calc_borderless). The joint parts them only in
    a column gap (cells.split_at_joints): a minus set after its figure stays with it."""
    right = line[k]["text"]
    closes = k == len(line) - 1 or line[k + 1]["x0"] - line[k]["x1"] >= COL_GAP_EM * size
    return closes and line[k - 1]["text"][-1:].isdigit() and is_value(right) and not any(ch.isdigit() for ch in right)


def _pair_size(left: Char, right: Char) -> float:
    return max(1.0, float(left.get("size") or 0), float(right.get("size") or 0))


def _space_between(left: Char, right: Char, spaces: Sequence[Char]) -> bool:
    return any(s["x0"] >= left["x1"] - SPACE_TOL_PT and s["x1"] <= right["x0"] + SPACE_TOL_PT for s in spaces)


def _in_solid_run(line: Sequence[Char], k: int, size: float, spaces: Sequence[Char] = ()) -> bool:
    """True when the gaps beside the one before line[k] (before line[k - 1], after line[k]) are
    each under SOLID_EM of the size: the run is set solid, not letter-spaced. A gap after line[k]
    as wide as a column gap (COL_GAP_EM) ends the run there and tells nothing of its spacing: a
    figure and the mark glued to it at the end of their segment (3,249◎ before the next column's
    87.2, corpus seed 508 kpi_progress in calc_borderless) meet at a joint as two glued texts
    inside a run do. Nor does a word space drawn before line[k - 1] (spaces): a unit set a space
    after its figure, glued to the next cell's name (62.6 % | ⑥高齢化率, the run after the break
    solid, corpus seed 883 kpi_baseline_target in calc_borderless). Before the break the run must
    otherwise show itself solid: a glyph opening its segment (a sign set apart from its digits,
    △ 87万円 in realdocs kouhou) proves no joint after it."""
    near = [line[j + 1]["x0"] - line[j]["x1"] for j in (k - 2, k) if 0 <= j and j + 1 < len(line)
            and (j < k or line[j + 1]["x0"] - line[j]["x1"] < COL_GAP_EM * size)
            and not (j < k and _space_between(line[j], line[j + 1], spaces))]
    return bool(near) and all(abs(g) < SOLID_EM * size for g in near)


def _segment(group: Sequence[Char], spaces: Sequence[Char], joints: Sequence[int] = ()) -> Segment:
    """A segment of visible chars, with the spaces drawn between them put back for its text, and
    its joints (before group[k] for k in joints) as offsets into that text."""
    x0, x1 = group[0]["x0"], group[-1]["x1"]
    inner = [s for s in spaces if x0 <= s["x0"] and s["x1"] <= x1]
    chars = sorted([*group, *inner], key=lambda c: c["x0"]) if inner else group
    words = text_words(chars)
    text = " ".join(w for w, _, _ in words) if words is not None else extract_text(list(chars))
    words = words if words is not None else _stacked_words(chars, text)
    marks = []
    for k in joints:
        head = chars_to_text([c for c in chars if c["x0"] < group[k]["x0"]])
        if text.startswith(head):
            marks.append((len(head), (group[k - 1]["x1"] + group[k]["x0"]) / 2))
    return Segment(text, _chars_bbox(group), tuple(marks), tuple((a, b) for _, a, b in words or ()))


def _stacked_words(chars: Sequence[Char], text: str) -> list[Word] | None:
    """The words of a segment of lines set one over another (text: theirs, a line break between),
    each measured on its own line (_heading_over_words); None when the lines' words do not make
    the text (turned glyphs, lines the text reads otherwise)."""
    out = _heading_over_words([text_words(line) for line in _char_lines(chars)])
    return out if out is not None and " ".join(w for w, _, _ in out) == text else None


def _heading_over_words(lines: Sequence[Sequence[Word] | None]) -> list[Word] | None:
    """The words of lines set one over another (top to bottom, each its words), glued down them
    (_glued_down); a group header over its sub-headers (財源の内訳 over 市債 その他財源, corpus seed
    707 budget_main_projects in calc_borderless) parts at the columns where the sub-headers
    stand, not where their glyphs would stand on one line. None unless each line but the last is
    one word (a heading over the words below it; two lines of words, ⑺ 諸収入 over ⑻ 各種交付金
    chained in one page line, realdocs kouhou p4, are no header and part nowhere)."""
    last = len(lines) - 1
    if any(not words or (len(words) > 1 and k < last and not _is_one_heading(words)) for k, words in enumerate(lines)):
        return None
    return _glued_down([words or [] for words in lines])


def _glued_down(lines: Sequence[Sequence[Word]]) -> list[Word]:
    """The words of lines set one over another (top to bottom, each its words, none empty): a
    line's last word and the next one's first, glued by the break, are one word standing where
    the latter does, as do the other words of the line above (one heading over the words below)."""
    out: list[Word] = []
    above = 0  # how many words the line above holds
    for words in lines:
        if above:
            first, c, d = words[0]
            out[-above:] = [(w, c, d) for w, _, _ in out[-above:]]
            out[-1] = (out[-1][0] + "\n" + first, c, d)
        out += words[1:] if above else words
        above = len(words)
    return out


def _is_one_heading(words: Sequence[tuple[str, float, float]]) -> bool:
    """True when a line's words read as one heading: set letter-spaced (_is_letter_spaced), or a
    word qualified by words in brackets after it (財源構成 〔千円〕)."""
    return _is_letter_spaced(words) or (not opens_bracket(words[0][0]) and all(opens_bracket(w) for w, _, _ in words[1:]))


def _is_letter_spaced(words: Sequence[tuple[str, float, float]]) -> bool:
    """True when a line's words are one word set letter-spaced (財 源 内 訳〔単位：千円〕, 差 引):
    each but the last one em-wide letter, the last opening with one, and the last one letter too
    unless three or more stand before it (⑺ 諸収入, a mark and a word, is two words)."""
    if not all(is_wide_letter(w) for w, _, _ in words[:-1]) or not is_wide_letter(words[-1][0][:1]):
        return False
    return len(words) >= 3 or len(words[-1][0]) == 1


def _is_column_gap(left: Char, right: Char, spaces: Sequence[Char]) -> bool:
    """True when the gap between two glyphs separates columns: at least COL_GAP_EM of the size,
    and not bridged by a single drawn space. One space bridges only what it fills, give or take
    less than a column gap: one space set in a gap wider than that (a column gap holding the
    engine's word space) still leaves a column gap beside it. A gap of CELLS_APART_EM or more, no
    space drawn in it, after a full-width closing bracket counts the bracket's blank half
    (hanging.ink_end): 2015（平成27年度） and 2020（令和2年度） set 1.9 pt apart, 6.2 pt of paper
    between their inks (corpus seed 553 kpi_year_matrix in pdf_rules, dev4 wordings), are two
    cells, as two figures that far apart are."""
    gap = right["x0"] - left["x1"]
    size = max(1.0, float(left.get("size") or 0), float(right.get("size") or 0))
    inside = [s for s in spaces if s["x0"] >= left["x1"] - SPACE_TOL_PT and s["x1"] <= right["x0"] + SPACE_TOL_PT]
    if not inside and gap >= CELLS_APART_EM * size:
        gap = right["x0"] - _ink_end(left)
    if gap < COL_GAP_EM * size:
        return False
    return len(inside) != 1 or gap - (inside[0]["x1"] - inside[0]["x0"]) >= COL_GAP_EM * size


def _line_spaces(line: dict[str, Any], spaces: Sequence[Char], tops: Sequence[float]) -> list[Char]:
    """The drawn space chars on a text line (pdfplumber's lines leave them out).

    spaces are sorted by top and tops are their tops, for bisecting.
    """
    lo = bisect_left(tops, line["top"] - (line["bottom"] - line["top"]))
    hi = bisect_right(tops, line["bottom"])
    return [s for s in spaces[lo:hi] if line["x0"] <= s["x0"] <= line["x1"] and on_line(s, line["top"], line["bottom"])]


def on_line(space: Char, top: float, bottom: float) -> bool:
    """True when a space glyph is on the line spanning top..bottom: the two overlap by more than
    SPACE_LINE_SHARE of the lower height. A space of the next line set half a line off (an HTML
    engine centring a cell vertically) touches this line's middle yet belongs to neither; taken as
    a word break it would glue two cells across a column gap."""
    overlap = min(bottom, float(space["bottom"])) - max(top, float(space["top"]))
    return overlap > SPACE_LINE_SHARE * min(bottom - top, float(space["bottom"]) - float(space["top"]))


def _seglines(page: Page, lines: Sequence[dict[str, Any]], page_no: int) -> list[SegLine]:
    spaces = sorted((ch for ch in page.chars if not ch["text"].strip()), key=lambda c: c["top"])
    tops = [s["top"] for s in spaces]
    autospace = page_autospace(_baselines([ch for ch in page.chars if ch.get("upright", True)]))
    return [SegLine(_segments(ln["chars"], _line_spaces(ln, spaces, tops), autospace), _bbox(ln), page_no, ln["text"])
            for ln in lines]


def dedupe_chars(chars: Sequence[Char]) -> list[Char]:
    """Given a page's chars, return them without overprints (fake bold, 4x overprint), in order.

    Two chars are one when text, font, size and orientation agree and both x0 and top are
    within DEDUPE_EM of the font size: a tolerance that scales, so a 3.6 pt "ll" survives.
    Most chars have no copy anywhere near: only those with a char of the same glyph in their
    bucket or a neighbouring one (overprint_suspects) go through the exact pass, in order.
    """
    suspects = overprint_suspects(chars)
    if not suspects:
        return list(chars)
    kept = {id(ch) for ch in dedupe_exact([chars[i] for i in suspects])}
    drop = {id(chars[i]) for i in suspects} - kept
    return [ch for ch in chars if id(ch) not in drop] if drop else list(chars)


def overprint_suspects(chars: Sequence[Char]) -> list[int]:
    """Indices of the chars that may have a copy (dedupe_exact): another char of the same glyph
    in the same bucket (two tolerances wide, as dedupe_exact files them) or a neighbouring one.

    A glyph's copies share its size: only the chars with a char of their size in such a bucket
    (most have none: glyphs sit an advance apart, a bucket is 0.3 em) have their glyphs compared."""
    if len(chars) < 2:
        return []
    # max(1.0, size), a missing size (None: nan, which fmax passes over) counting as 0, as dedupe_exact counts it
    sizes = np.array([ch.get("size") for ch in chars], dtype=np.float64)
    cell = 2 * DEDUPE_EM * np.fmax(1.0, sizes)
    span = 1 << BUCKET_BITS
    gx, gy = (np.clip(np.floor(v / cell), 1 - span, span - 2).astype(np.int64) + span for v in _columns(chars, ("x0", "top")))
    placed = np.flatnonzero(_near_counts(np.unique(sizes, return_inverse=True)[1], gx, gy) > 1)
    if not placed.size:
        return []
    glyphs: dict[tuple[Any, ...], int] = {}
    file = glyphs.setdefault
    key = [file(glyph, len(glyphs)) for glyph in _glyph_keys([chars[i] for i in placed.tolist()])]
    if len(glyphs) == len(key):
        return []  # no glyph drawn twice
    return placed[_near_counts(np.array(key, dtype=np.int64), gx[placed], gy[placed]) > 1].tolist()  # itself and another


def _near_counts(kind: Any, gx: Any, gy: Any) -> Any:
    """For each item, how many items of its kind lie in its bucket (gx, gy) or a neighbouring one."""
    code = (kind.astype(np.int64) << (2 * BUCKET_BITS + 2)) + (gx << (BUCKET_BITS + 1)) + gy
    order = np.argsort(code)
    code = code[order]  # sorted probes: each search starts where the one before ended
    filed, counts = np.unique(code, return_counts=True)
    near = np.zeros(len(code), dtype=np.int64)
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            probe = code + (dx << (BUCKET_BITS + 1)) + dy
            at = np.minimum(np.searchsorted(filed, probe), len(filed) - 1)
            near += np.where(filed[at] == probe, counts[at], 0)
    out = np.empty_like(near)
    out[order] = near
    return out


_GLYPH = itemgetter("text", "fontname", "size", "upright")


def _glyph_keys(chars: Sequence[Char]) -> list[tuple[Any, ...]]:
    """Each char's (text, fontname, size, upright): what makes two chars the same glyph."""
    try:
        return list(map(_GLYPH, chars))
    except KeyError:  # a char without a font, size or orientation (made by hand): None for it
        return [(ch["text"], ch.get("fontname"), ch.get("size"), ch.get("upright")) for ch in chars]


def dedupe_exact(chars: Sequence[Char]) -> list[Char]:
    """dedupe_chars char by char: O(n) with a bucket grid (pdfplumber's dedupe_chars sorts the
    page and takes a fixed tolerance): cells two tolerances wide, so a char's copies lie in at
    most 2 x 2 cells."""
    kept: list[Char] = []
    glyphs: dict[tuple[Any, ...], dict[tuple[int, int], list[Char]]] = {}  # by glyph, then grid cell
    for ch in chars:
        tol = DEDUPE_EM * max(1.0, float(ch.get("size") or 0))
        cell = 2 * tol
        x0, top = ch["x0"], ch["top"]
        key = (ch["text"], ch.get("fontname"), ch.get("size"), ch.get("upright"))
        buckets = glyphs.get(key)
        if buckets is None:
            buckets = glyphs[key] = {}
        elif _near_copy(buckets, x0, top, tol, cell):
            continue
        buckets.setdefault((math.floor(x0 / cell), math.floor(top / cell)), []).append(ch)
        kept.append(ch)
    return kept


def _near_copy(buckets: dict[tuple[int, int], list[Char]], x0: float, top: float, tol: float, cell: float) -> bool:
    """True when a char filed in buckets (cells `cell` wide) sits within tol of (x0, top)."""
    for gx in range(math.floor((x0 - tol) / cell), math.floor((x0 + tol) / cell) + 1):
        for gy in range(math.floor((top - tol) / cell), math.floor((top + tol) / cell) + 1):
            for c in buckets.get((gx, gy), ()):
                if abs(c["x0"] - x0) <= tol and abs(c["top"] - top) <= tol:
                    return True
    return False


def _deduped(page: Page) -> Page:
    """The page without overprinted chars (the page itself when it has none)."""
    chars = dedupe_chars(page.chars)
    if len(chars) == len(page.chars):
        return page
    return with_objects(page, char=chars)


def _columns(chars: Sequence[Char], keys: Sequence[str]) -> list[Any]:
    """The chars' values of each key, as float arrays in char order."""
    return [np.fromiter(map(itemgetter(k), chars), np.float64, len(chars)) for k in keys]


def _text_lines(page: Page) -> tuple[list[dict[str, Any]], bool, list[dict[str, Any]]]:
    """Return the page's upright text lines (with chars) in reading order, whether any of them is
    set in vertical writing (those carry "vertical": True), and the lines of turned text (rotated
    90/180/270°), each read in its own orientation.

    Turned glyphs are set apart first: stacked along the page, they look like vertical writing.
    Horizontal lines come top-down; each block of vertical columns (extract.pdf.vertical) comes
    before the first horizontal line below its top.
    """
    turned = [ch for ch in page.chars if char_rotation(ch)]
    if turned:
        ids = {id(ch) for ch in turned}
        page = with_objects(page, char=[ch for ch in page.chars if id(ch) not in ids])
    size = (float(page.width), float(page.height))
    turned_lines = [ln for a in sorted({char_rotation(c) for c in turned})
                    for ln in turned_text_lines([c for c in turned if char_rotation(c) == a], a, size)]
    down = vertical_chars(page.chars)
    if not any(down):
        return text_lines(page.chars), False, turned_lines
    across = text_lines([ch for ch, v in zip(page.chars, down) if not v])
    blocks = column_lines([ch for ch, v in zip(page.chars, down) if v])
    return _merged(across, blocks), True, turned_lines


def _merged(across: list[dict[str, Any]], blocks: list[list[list[Char]]]) -> list[dict[str, Any]]:
    """Horizontal lines (top-down) and blocks of vertical lines in one reading order: each block
    before the first horizontal line whose top lies below the block's."""
    out: list[dict[str, Any]] = []
    rest = list(across)
    for block in blocks:
        top = min(ch["top"] for line in block for ch in line)
        while rest and rest[0]["top"] <= top:
            out.append(rest.pop(0))
        out += [{**_line_dict(line), "vertical": True} for line in block]
    return out + rest


def char_rotation(ch: Char) -> int:
    """Given a char, return the angle its text runs at, counter-clockwise from its matrix:
    0, 90 (read bottom to top), 180 (upside down) or 270 (read top to bottom).

    Vertical writing (縦書き) keeps its glyphs upright (0); pdfminer's `upright` flag also calls
    180° text upright, so the matrix is the signal.
    """
    a, b = ch["matrix"][:2]
    if b == 0 and a > 0:
        return 0  # most text: no angle to measure
    return int(round(math.degrees(math.atan2(float(b), float(a))) / 90)) % 4 * 90


def to_frame(box: BBox, angle: int, size: tuple[float, float]) -> BBox:
    """Given a page box (top-left origin) and a text angle, return the box in the frame where
    that text reads upright, left to right (the page turned back by angle)."""
    x0, top, x1, bottom = box
    w, h = size
    if angle == 90:
        return (h - bottom, x0, h - top, x1)
    if angle == 270:
        return (top, w - x1, bottom, w - x0)
    if angle == 180:
        return (w - x1, h - bottom, w - x0, h - top)
    return box


def from_frame(box: BBox, angle: int, size: tuple[float, float]) -> BBox:
    """Inverse of to_frame: a box in the turned text's frame, back on the page."""
    x0, top, x1, bottom = box
    w, h = size
    if angle == 90:
        return (top, h - x1, bottom, h - x0)
    if angle == 270:
        return (w - bottom, x0, w - top, x1)
    if angle == 180:
        return (w - x1, h - bottom, w - x0, h - top)
    return box


def _frame_char(ch: Char, angle: int, size: tuple[float, float]) -> Char:
    x0, top, x1, bottom = to_frame(_bbox(ch), angle, size)
    return {**ch, "x0": x0, "top": top, "x1": x1, "bottom": bottom, "doctop": top, "upright": True,
            "width": x1 - x0, "height": bottom - top, "matrix": (1, 0, 0, 1, x0, top), "page_char": ch}


def turned_text_lines(chars: Sequence[Char], angle: int, size: tuple[float, float]) -> list[dict[str, Any]]:
    """Given chars turned by angle, return their lines read in their own orientation, as
    line dicts with page boxes (top-left origin) and the page's chars."""
    frame = [_frame_char(ch, angle, size) for ch in chars if ch["text"].strip()]
    out: list[dict[str, Any]] = []
    for line in _char_lines(frame):
        x0, top, x1, bottom = from_frame(_chars_bbox(line), angle, size)
        out.append({"text": chars_to_text(line), "x0": x0, "top": top, "x1": x1, "bottom": bottom,
                    "chars": [c["page_char"] for c in line]})
    return out


def dominant_rotation(chars: Sequence[Char]) -> int:
    """The angle at least ROTATED_SHARE of the visible chars run at, else 0."""
    seen = Counter(char_rotation(ch) for ch in chars if ch["text"].strip())
    if not seen:
        return 0
    angle, n = seen.most_common(1)[0]
    return angle if n >= ROTATED_SHARE * sum(seen.values()) else 0


def orient_table(table: RawTable, chars: Sequence[Char], size: tuple[float, float],
                 mids: tuple[Any, Any] | None = None) -> RawTable:
    """Given a ruled table and its page's chars, read turned cells (a header written bottom to top)
    in their own orientation and cells set in vertical writing as columns, right to left; a table
    turned as a whole is re-gridded to read as its writer meant.
    mids: the chars' _midpoints, when the caller has them."""
    if mids is None:
        inside = [ch for ch in chars if _inside(ch, table.bbox) and ch["text"].strip()]
    else:  # _inside of every char at once
        x0, top, x1, bottom = table.bbox
        x, y = mids
        within = ((x0 <= x) & (x <= x1) & (top <= y) & (y <= bottom)).tolist()
        inside = [ch for ch, w in zip(chars, within) if w and ch["text"].strip()]
    down = vertical_chars(inside, in_cell=True)
    if not any(char_rotation(ch) for ch in inside) and not any(down):
        return table
    set_down = {id(ch) for ch, v in zip(inside, down) if v}
    rows = tuple(tuple(_orient_cell(c, inside, size, set_down) for c in row) for row in table.rows)
    angle = dominant_rotation(inside)
    return _turn_grid(replace(table, rows=rows), angle) if angle else replace(table, rows=rows)


def _orient_cell(cell: RawCell, chars: Sequence[Char], size: tuple[float, float], set_down: set[int]) -> RawCell:
    own = [ch for ch in chars if _inside(ch, cell.bbox)] if cell.raw.strip() else []
    angle = dominant_rotation(own)
    if angle:
        lines = turned_text_lines(own, angle, size)
    elif own and sum(id(ch) in set_down for ch in own) >= VERTICAL_CELL_SHARE * len(own):
        lines = [_line_dict(line) for block in column_lines(own) for line in block]
    else:
        return cell
    return replace(cell, raw="\n".join(ln["text"] for ln in lines), line_bboxes=tuple(_bbox(ln) for ln in lines))


def _turn_grid(table: RawTable, angle: int) -> RawTable:
    """Re-grid a table whose text is turned by angle: rows as its reader sees them, top to bottom.

    Every cell keeps its page bbox; a span's text moves to the slot that is its top-left once turned.
    """
    n_r, n_c = len(table.rows), table.n_cols
    def turn(r: int, c: int) -> tuple[int, int]:
        return {90: (c, n_r - 1 - r), 270: (n_c - 1 - c, r)}.get(angle, (n_r - 1 - r, n_c - 1 - c))
    grid: dict[tuple[int, int], RawCell] = {turn(r, c): cell for r, row in enumerate(table.rows) for c, cell in enumerate(row)}
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row):
            if cell.row_span > 1 or cell.col_span > 1:
                slots = [turn(r + i, c + j) for i in range(cell.row_span) for j in range(cell.col_span)]
                spans = (cell.col_span, cell.row_span) if angle in (90, 270) else (cell.row_span, cell.col_span)
                home = min(slots)
                grid[turn(r, c)], grid[home] = grid[home], replace(cell, row_span=spans[0], col_span=spans[1])
    shape = (n_c, n_r) if angle in (90, 270) else (n_r, n_c)
    rows = tuple(tuple(grid[(r, c)] for c in range(shape[1])) for r in range(shape[0]))
    return replace(table, rows=rows, col_edges=())


def _line_dict(chars: Sequence[Char]) -> dict[str, Any]:
    x0, top, x1, bottom = _chars_bbox(chars)
    text = "".join(c["text"] for c in chars)
    return {"text": text, "x0": x0, "top": top, "x1": x1, "bottom": bottom, "chars": list(chars)}


def _outside(page: Page, tables: Sequence[RawTable], mids: tuple[Any, Any] | None = None,
             kept: Collection[int] = frozenset()) -> Page:
    """The page without the chars whose midpoint lies in one of the tables (its boxes inclusive),
    but for those kept (by id: the chars no cell of their table holds). mids: the chars'
    _midpoints, when the caller has them."""
    if not tables:
        return page
    x, y = _midpoints(page.chars) if mids is None else mids
    inside = np.zeros(len(x), dtype=bool)
    for b in (t.bbox for t in tables):
        inside |= (b[0] <= x) & (x <= b[2]) & (b[1] <= y) & (y <= b[3])
    return with_objects(page, char=[ch for ch, within in zip(page.chars, inside.tolist())
                                    if not within or id(ch) in kept])


def _ruled_tables(page: Page, page_no: int) -> list[RawTable]:
    """Tables drawn with rules (lines or rect edges), split where stacked tables touch."""
    return _ruled_tables_and_mids(page, page_no)[0]


def _ruled_tables_and_mids(page: Page, page_no: int) -> tuple[list[RawTable], tuple[Any, Any] | None, set[int]]:
    """_ruled_tables, the chars' _midpoints where it took them (None where no grid was found), and
    the ids of the chars inside a table's box that lie in none of its cells (cell_less_chars)."""
    page_bbox = (0.0, 0.0, float(page.width), float(page.height))
    size = (float(page.width), float(page.height))
    tables: list[RawTable] = []
    mids: tuple[Any, Any] | None = None
    hangers: list[int] = []
    cell_less: set[int] = set()
    chars = page.chars  # a property reading the page's objects: once, not once per char
    for found in _find_tables(_unshaded(page)):
        for grid in cells_to_grids([(float(c[0]), float(c[1]), float(c[2]), float(c[3])) for c in found.cells]):
            if mids is None:
                mids, hangers = _midpoints(chars), _hangers(chars)
            x, y = _hung_left(grid.xs, chars, hangers, mids[0]), mids[1]
            x0, top, x1, bottom = grid.bbox
            within = np.flatnonzero((x0 <= x) & (x <= x1) & (top <= y) & (y <= bottom))  # _inside, each midpoint once
            inner = [chars[i] for i in within.tolist()]
            if not inner:
                continue  # a frame or chart grid with no text is decoration
            if frames_a_table(grid, inner, (x[within], y[within])):
                continue  # its text is read without its rules, with the lines around it
            table = _grid_table(grid, inner, page_no, page_bbox, (x[within], y[within]))
            tables.append(orient_table(table, inner, size, (mids[0][within], mids[1][within])))
            cell_less |= {id(ch) for ch in cell_less_chars(grid, inner, (x[within], y[within]))}
    return tables, mids, cell_less


def cell_less_chars(grid: GridSpec, chars: Sequence[Char], mids: tuple[Any, Any]) -> list[Char]:
    """The chars inside the grid's box that no cell holds: text in a part its rules close on no
    side (a head spanning columns out to an edge left undrawn, kobe_jinko p12's 平 成 26 年 over
    the wards, 西区's side open). No cell reads it, so it stays the page's text, not lost."""
    return [ch for ch, anchor in zip(chars, _anchors(grid, chars, mids)) if anchor is None]


def _lines_within(page: Page, bbox: BBox, page_no: int) -> list[RawLine]:
    """The upright text lines whose glyphs' middles lie inside a box, read from the glyphs alone."""
    x0, top, x1, bottom = bbox
    inside = [ch for ch in page.chars if ch.get("upright", True) and x0 <= (ch["x0"] + ch["x1"]) / 2 <= x1
              and top <= (ch["top"] + ch["bottom"]) / 2 <= bottom]
    return [RawLine(ln["text"], _bbox(ln), page_no) for ln in text_lines(inside)]


class _CellFinder(TableFinder):
    """pdfplumber's TableFinder with its cell search (intersections_to_cells) done by smallest_cells."""

    def __init__(self, page: Page, settings: dict[str, Any]) -> None:  # TableFinder.__init__'s steps
        self.page = page
        self.settings = TableSettings.resolve(settings)
        self.edges = self.get_edges()
        self.intersections = edges_to_intersections(
            self.edges, self.settings.intersection_x_tolerance, self.settings.intersection_y_tolerance)
        self.cells = smallest_cells(self.intersections)
        self.tables = [Table(self.page, group) for group in cells_to_tables(self.cells)]


def _find_tables(page: Page) -> list[Table]:
    """page.find_tables(TABLE_SETTINGS), the same tables and cells in the same order."""
    return _CellFinder(page, TABLE_SETTINGS).tables


def smallest_cells(intersections: dict[tuple[Any, Any], dict[str, list[Char]]]) -> list[tuple[Any, Any, Any, Any]]:
    """pdfplumber's intersections_to_cells, the same cells in the same order: from each point, in
    sorted order, the first cell (below, then right, nearest first) whose four corners the edges
    join. Each point's edges are boxed once, and a point's points below and right are looked up
    by its x and y, not searched for among all later points."""
    points = sorted(intersections)
    v = {p: {_bbox_key(e) for e in intersections[p]["v"]} for p in points}
    h = {p: {_bbox_key(e) for e in intersections[p]["h"]} for p in points}
    same_x: dict[Any, list[tuple[Any, Any]]] = {}
    same_y: dict[Any, list[tuple[Any, Any]]] = {}
    for p in points:  # each list sorted as points are
        same_x.setdefault(p[0], []).append(p)
        same_y.setdefault(p[1], []).append(p)
    at_x = {p: i for col in same_x.values() for i, p in enumerate(col)}
    at_y = {p: i for row in same_y.values() for i, p in enumerate(row)}
    cells = []
    for pt in points:
        right = [q for q in same_y[pt[1]][at_y[pt] + 1:] if not h[pt].isdisjoint(h[q])]
        cell = next(((pt[0], pt[1], q[0], below[1]) for below in same_x[pt[0]][at_x[pt] + 1:]
                     if not v[pt].isdisjoint(v[below]) for q in right
                     if (q[0], below[1]) in intersections and not v[(q[0], below[1])].isdisjoint(v[q])
                     and not h[(q[0], below[1])].isdisjoint(h[below])), None)
        if cell is not None:
            cells.append(cell)
    return cells


def _bbox_key(edge: Char) -> tuple[Any, Any, Any, Any]:
    """pdfplumber's obj_to_bbox: an edge's box, as intersections_to_cells compares edges."""
    return (edge["x0"], edge["top"], edge["x1"], edge["bottom"])


def _hangers(chars: Sequence[Char]) -> list[int]:
    """Indices of the glyphs a typesetter may hang past a cell's right rule (HANGING_GLYPHS)."""
    return [i for i, ch in enumerate(chars) if ch["text"] and ch["text"] in HANGING_GLYPHS]


def _hung_left(xs: Sequence[float], chars: Sequence[Char], hangers: Sequence[int], x: Any) -> Any:
    """Midpoints x with each hanger (_hangers) that crosses an inner column rule of xs placed left
    of that rule: a typesetter hangs it past its cell's right rule (ぶら下げ), and a full-width
    glyph inks only part of its box (the left of ）, the middle of ー), so its box's midpoint may
    lie in the next cell while its ink and its text belong left."""
    out = x
    for i in hangers:
        rule = next((r for r in xs[1:-1] if chars[i]["x0"] < r < x[i]), None)
        if rule is not None:
            out = x.copy() if out is x else out
            out[i] = (chars[i]["x0"] + rule) / 2
    return out


def _midpoints(chars: Sequence[Char]) -> tuple[Any, Any]:
    """The midpoints of the chars, x and y, as arrays in char order (_inside's arithmetic)."""
    x0, x1, top, bottom = _columns(chars, ("x0", "x1", "top", "bottom"))
    return (x0 + x1) / 2, (top + bottom) / 2


def _unshaded(page: Page) -> Page:
    """page.filter(_is_not_shading): the page without its shaded bands (only rects are tested),
    nor the curves and rects drawn within its glyphs' boxes (extract.pdf.drawn_glyphs); a rule
    drawn dotted is one line (extract.pdf.dotted)."""
    rects = without_glyph_drawings([r for r in page.rects if _is_not_shading(r)], page.chars)
    curves = without_glyph_drawings(page.curves, page.chars)
    dotted = dotted_rules([*rects, *page.lines, *curves])
    return with_objects(page, rect=rects, curve=curves, line=[*page.lines, *dotted] if dotted else page.lines)


def _column_rules(page: Page) -> list[tuple[float, float, float]]:
    """The page's vertical rules (x, top, bottom), drawn lines and rect edges, at least a line tall."""
    return [(float(e["x0"]), float(e["top"]), float(e["bottom"])) for e in filtered(page, _is_not_shading).edges
            if e.get("orientation") == "v" and float(e["bottom"]) - float(e["top"]) >= RULE_MIN_PT]


def _row_rules(page: Page) -> list[tuple[float, float, float]]:
    """The page's horizontal rules (y, x0, x1), drawn lines and rect edges, at least RULE_MIN_PT wide."""
    return [(float(e["top"]), float(e["x0"]), float(e["x1"])) for e in filtered(page, _is_not_shading).edges
            if e.get("orientation") == "h" and float(e["x1"]) - float(e["x0"]) >= RULE_MIN_PT]


def _split_at_rules(seglines: Sequence[SegLine], lines: Sequence[dict[str, Any]],
                    rules: Sequence[tuple[float, float, float]]) -> list[SegLine]:
    """Split a segment a vertical rule crosses into the text on either side of it (two cells
    whose padding is narrower than a column gap, 1,322件/ beside 上で in a column-ruled table)."""
    out = []
    for sl, ln in zip(seglines, lines):
        mid = (sl.bbox[1] + sl.bbox[3]) / 2
        xs = [x for x, t, b in rules if t <= mid <= b and sl.bbox[0] < x < sl.bbox[2]]
        if not xs:
            out.append(sl)
            continue
        segs: list[Segment] = []
        for seg in sl.segments:
            cuts = [x for x in xs if seg.bbox[0] + SPACE_TOL_PT < x < seg.bbox[2] - SPACE_TOL_PT]
            if not cuts:
                segs.append(seg)
                continue
            chars = [c for c in ln["chars"] if seg.bbox[0] - SPACE_TOL_PT <= c["x0"] and c["x1"] <= seg.bbox[2] + SPACE_TOL_PT]
            for lo, hi in zip([seg.bbox[0] - 1.0, *cuts], [*cuts, seg.bbox[2] + 1.0]):
                part = [c for c in chars if lo <= (c["x0"] + c["x1"]) / 2 < hi and c["text"].strip()]
                if part:
                    segs.append(Segment(chars_to_text(part), _chars_bbox(part)))
        out.append(replace(sl, segments=tuple(segs)))
    return out


def _is_not_shading(obj: Char) -> bool:
    """False for a filled, unstroked rect wider and taller than a rule: a shaded band, no ruling.

    (A shaded header row of a table ruled only above and below, booktabs style, is not a cell.)
    """
    if obj.get("object_type") != "rect" or obj.get("stroke") or not obj.get("fill"):
        return True
    return min(float(obj["width"]), float(obj["height"])) <= SHADE_MIN_PT


def _inside(ch: Char, b: BBox) -> bool:
    x, y = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
    return bool(b[0] <= x <= b[2] and b[1] <= y <= b[3])


def _without_cid(page: Page) -> tuple[Page, int]:
    """The page without its (cid:N) glyphs, and how many it had. A page whose text holds no
    "(cid:" anywhere has none: its glyphs are not tested one by one."""
    chars = page.chars
    if CID_OPEN not in "".join(ch.get("text", "") for ch in chars):
        return page, 0
    kept = [ch for ch in chars if not _is_cid(ch)]
    n_cid = len(chars) - len(kept)
    return (with_objects(page, char=kept) if n_cid else page), n_cid


def _page_issues(page: Page, page_no: int, n_cid: int, vertical: bool) -> list[Issue]:
    issues: list[Issue] = []
    if n_cid:
        issues.append(Issue("cid_garbage", f"{n_cid} glyphs without a Unicode mapping ((cid:N)) dropped", page_no))
    if vertical:
        issues.append(Issue("vertical_text", "vertical writing: lines read top-to-bottom, right-to-left", page_no))
    if not page.chars and page.images:
        issues.append(Issue("needs_ocr", "page has images but no text layer", page_no))
    return issues


def _borderless_under_bands(tables: list[RawTable], seglines: Sequence[SegLine], page_no: int, height: float,
                            rules: Sequence[tuple[float, float, float]],
                            row_rules: Sequence[tuple[float, float, float]] = (),
                            charts: Sequence[Chart] = ()) -> tuple[list[RawTable], list[RawTable], list[int]]:
    """find_borderless over the lines, each ruled header band over an unruled body (extract.pdf.bands)
    read with its body alone: the ruled tables left, the borderless tables, the indices of the lines used.
    A chart whose value axis stands left of it parts no run (its category labels run under it,
    otoineppu_kyuyo p5); one whose axis stands under it does (the axis is its own, read with it as
    lines, never a row of the lines above: takamatsu_shimin_manzokudo p6)."""
    extra: list[RawTable] = []
    used: list[int] = []
    read: list[Band] = []
    for band in find_bands(tables, seglines):
        lines = band_and_body(band, seglines)
        found, rows = find_borderless(lines, page_no, height, [*rules, *band.rules])
        if any(i < len(band.rows) for i in rows):
            read.append(band)
            extra += [span_open_heads(t, band.open_heads) for t in found]
            used += [*band.beside, *band.body]
    taken = {k for band in read for k in band.taken}
    rest = [k for k in range(len(seglines)) if k not in taken]
    kept = [t for t in tables if all(t is not b.table for b in read)]
    beside = [c.grid for c in charts if not c.axis_below]
    boxes = [t.bbox for t in kept if t not in beside]
    for run in runs_apart(rest, seglines, boxes):
        found, rows = find_borderless([seglines[k] for k in run], page_no, height, rules, row_rules, boxes)
        extra += found
        used += [run[i] for i in rows]
    return kept, extra, used


def runs_apart(indices: Sequence[int], seglines: Sequence[SegLine], boxes: Sequence[BBox]) -> list[list[int]]:
    """The lines (indices into seglines, top to bottom) in runs that no ruled table's box parts (a
    line opens a run when a box lies between it and a line of the run, both over the box in x): a
    borderless table never runs across a ruled one (kobe_kansensho p1: the caption lines over one
    ruled table and those under it are two blocks, not one table's rows)."""
    runs: list[list[int]] = []
    over: set[int] = set()  # the boxes (by index) some line of the current run stands over
    for k in indices:
        line = seglines[k].bbox
        if not runs or any(boxes[b][3] <= line[1] and _x_overlap(boxes[b], line) for b in over):
            runs.append([])
            over = set()
        runs[-1].append(k)
        over |= {b for b, box in enumerate(boxes) if line[3] <= box[1] and _x_overlap(box, line)}
    return runs


def _x_overlap(a: BBox, b: BBox) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0])


def read_page(pdf: PDF, index: int) -> PageContent:
    """Read page `index` (0-based) into tables and text lines; closes the page afterwards."""
    raw_page = pdf.pages[index]
    page_no = index + 1
    try:
        deduped = _deduped(raw_page)
        page, n_cid = _without_cid(deduped)
        size = (float(page.width), float(page.height))
        tables, mids, cell_less = _ruled_tables_and_mids(page, page_no)
        lines, vertical, turned = _text_lines(_outside(page, tables, mids, cell_less))
        rules = _column_rules(page)
        across = [ln for ln in lines if not ln.get("vertical")]  # borderless tables are read from these
        seglines = _split_at_rules(join_spread_labels(_seglines(page, across, page_no)), across, rules)
        # a value axis is looked for among the lines' segments: a dual axis's ticks share a line across the chart
        segments = [RawLine(seg.text, seg.bbox, line.page) for line in seglines for seg in line.segments]
        charts = chart_grids(tables, segments, seglines)  # each table judged once: the ruled ones here,
        tables, extra, used = _borderless_under_bands(tables, seglines, page_no, float(page.height), rules,
                                                      _row_rules(page), charts)
        charts += chart_grids(extra, segments, seglines)  # ... the borderless ones (a chart's data labels) here
        grids = [c.grid for c in charts]
        tables = [t for t in tables if t not in grids] + [_with_score(t) for t in extra if t not in grids]
        skip = {id(across[i]) for i in used}
        raw_lines = [RawLine(ln["text"], _bbox(ln), page_no) for ln in [*lines, *turned] if id(ln) not in skip]
        for grid in grids:
            raw_lines = with_chart_text(raw_lines, grid, _lines_within(page, grid.bbox, page_no))
        issues = _page_issues(page, page_no, n_cid, vertical)
        return PageContent(page_no, float(page.width), float(page.height), tuple(tables), tuple(raw_lines), tuple(issues), int(raw_page.rotation or 0))
    finally:
        raw_page.close()

