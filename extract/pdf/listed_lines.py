"""A list of lines is no table: indicators listed in lines that a borderless table was built from.

    ・ | 婚姻件数                                   a list mark parted from its name by the mark's own blank
       | 346件(2020年度) ⇒ | 295件(2026年度)        figures parted where an arrow or a space left a gap
    KPI:転入者数(人) | 令和元年477⇒令和5年:424       a name parted from its figures by a space

Gaps inside a line (a list mark's side bearings, a space before the figures, a glyph drawn from another font) part
it into segments as a table's columns would, and lines set one under the other then line up as rows; the reader's
rows then merge lines of different items into one cell. A table needs columns its rows share; a list's lines
each read wholly on their own. Where the table's lines state kinded, dated figures (interpret.statements.
stated_figures: 基準値（R2）：120件, 48.2%（H30）→ 60%（R5）) or open an item after a list mark or a label, all
but fewer than a table's rows of them (a heading or a folio set in pieces), and no column is shared by them
(shares_columns: a card's values start at one x after labels of different widths), the lines are given back as
lines, each whole, for the line reader.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from extract.interpret.statements import stated_figures
from extract.pdf.borderless import MIN_ROWS
from extract.pdf.grid import ALIGN_TOL_PT, MIN_COLS, PageContent, RawLine, RawTable, Segment, SegLine
from extract.text_items import INDICATOR_LABEL_RE, strip_enumerator
from extract.vocab import ITEM_MARKS
from normalize import clean_text

MIN_FIGURE_LINES = 2  # a list of lines states figures on this many of its lines at least


def untable_lists(pages: Sequence[PageContent]) -> list[PageContent]:
    """The pages with each borderless 'table' that is a list of lines (is_list_of_lines) read as lines again."""
    return [_untable_lists(page) for page in pages]


def is_list_of_lines(table: RawTable) -> bool:
    """True when a table found without rules was built from a list's lines: MIN_FIGURE_LINES of its lines state
    dated figures each with its kind, the lines parting into segments that neither state figures so nor open an
    item (a label, KPI：, or a list mark before a name) are too few to be a table's rows by themselves (a heading or
    a folio set in pieces), and no column is shared by its lines (shares_columns)."""
    if not table.lines:
        return False  # ruled: its columns are drawn
    texts = [_line_text(ln) for ln in table.lines]
    figures = {t for t in texts if stated_figures(t) is not None}
    others = [t for t, ln in zip(texts, table.lines) if ln.is_multi and t not in figures and not opens_item(t)]
    return len(figures) >= MIN_FIGURE_LINES and len(others) < MIN_ROWS and not shares_columns(table.lines)


def shares_columns(lines: Sequence[SegLine]) -> bool:
    """True when the lines parted into segments share a column (a list mark standing alone before its name no
    segment): their second segments start at one x (within ALIGN_TOL_PT) though their first ones end apart — the gap
    before the column takes up the labels' widths (a card's 成果指標 | 新規雇用者数 over 当初値 | 22人（R2））—, or their
    last ones end at one x though they start apart (values set flush right). A list's figures start where each
    name ends: names of one width line them up, their ends with them, and prove no column."""
    parted = [segs for segs in (_past_mark(ln) for ln in lines) if len(segs) >= MIN_COLS]
    if len(parted) < MIN_ROWS:
        return False
    starts, label_ends = [segs[1].bbox[0] for segs in parted], [segs[0].bbox[2] for segs in parted]
    ends, value_starts = [segs[-1].bbox[2] for segs in parted], [segs[-1].bbox[0] for segs in parted]
    return (_aligned(starts) and not _aligned(label_ends)) or (_aligned(ends) and not _aligned(value_starts))


def _aligned(xs: Sequence[float]) -> bool:
    return max(xs) - min(xs) <= ALIGN_TOL_PT


def _past_mark(line: SegLine) -> tuple[Segment, ...]:
    """The line's segments, a list mark set apart before the name (・ | 婚姻件数) left out."""
    first = line.segments[0].text.strip()
    return line.segments[1:] if first and all(ch in ITEM_MARKS for ch in first) else line.segments


def opens_item(text: str) -> bool:
    """A line opening a list's item: a list mark (・, ■), an enumerator (①, (1)) or a label (KPI：) before its name."""
    marked = bool(text) and (text[0] in ITEM_MARKS or strip_enumerator(text) != text or bool(INDICATOR_LABEL_RE.match(text)))
    return marked and any(ch.isalpha() for ch in INDICATOR_LABEL_RE.sub("", strip_enumerator(text.lstrip(ITEM_MARKS))))


def _line_text(line: SegLine) -> str:
    return clean_text(" ".join(seg.text for seg in line.segments))


def _untable_lists(page: PageContent) -> PageContent:
    """The page with its lists of lines among its lines, where each table stood."""
    listed = [t for t in page.tables if is_list_of_lines(t)]
    if not listed:
        return page
    lines = list(page.lines)
    for table in listed:
        at = next((i for i, ln in enumerate(lines) if ln.bbox[1] > table.bbox[1]), len(lines))
        lines[at:at] = [RawLine(" ".join(seg.text for seg in ln.segments), ln.bbox, ln.page) for ln in table.lines]
    return replace(page, tables=tuple(t for t in page.tables if not any(t is p for p in listed)), lines=tuple(lines))
