"""What a recognizer knows about a table's surroundings: headings, caption units, the
header of the table before it (for continuations that do not repeat their header)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from extract.furniture import repeated_ends
from extract.model import BBox, Block, Cell, Document, Table, TextLine
from extract.outline import Outline, dated_caption, numbering_style
from extract.vocab import FISCAL_DOCUMENT_WORDS, FOOTNOTE_MARKS, GOAL_WORDS, SENTENCE_END, SOURCE_LABELS, SURVEY_WORDS, UNIT_WORDS
from normalize import MissingReason, Year, clean_text, parse_quantity, parse_year, unit_from_header
from normalize.brackets import is_bracketed
from normalize.units import (
    amount_unit_of_list, bracketed_unit, colon_statement_unit, is_known_unit, list_members, listed_statement_units, money_unit_of_members,
    statement_unit,
)
from normalize.vocab import AS_OF_WORDS, BRACKET_CLOSERS, RATIO_UNITS, SUBJECT_TOPIC_MARKS, UNIT_STATEMENT_TAIL_OPENERS
from normalize.years import era_of, find_year

if TYPE_CHECKING:
    from extract.interpret.structure import Layout
    from extract.records import TableValue

HEADING_MAX_CHARS = 60
HEADING_MIN_FILL = 0.25  # a heading's glyphs, an em each, fill at least this share of its line's width
# A heading opens with a mark or a section word, or with a numbering (outline.numbering_style).
HEADING_RE = re.compile(r"^(【|■|◆|◇|〈|<|＜|基本目標|基本的方向|施策|政策|分野|プロジェクト)")
GOAL_HEADING_MAX_CHARS = 120
# Rank 0 opens a goal or project (基本目標, プロジェクト); rank 1 a numbered section; rank 2
# is a label (■ 成果指標). A table's context is its goal and its section, labels only if
# nothing better stands above it.
GOAL_RE = re.compile("|".join(GOAL_WORDS))
LABEL_RE = re.compile(r"^[■◆◇〈<＜]")
CAPTION_LOOKBACK = 3
ENUMERATION_RE = re.compile(r"[、,]\s*(\(?[0-9]+\)|[①-⑳])")  # "(1)A、(2)B": a list, not a heading

HeaderRows = tuple[tuple[Cell, ...], ...]
Reading = tuple[tuple["TableValue", ...], "Layout | None"]


@dataclass(frozen=True, slots=True)
class Context:
    """The surroundings of one table."""

    heading: str | None  # the goal and section headings above the table
    caption_unit: str | None  # a unit stated just above it: （単位：千円）
    previous_header: HeaderRows | None  # header rows of the table before, if as wide
    caption: str = ""  # the lines just above the table, one per line
    title_year: Year | None = None  # the document's own year, from its first lines
    era: str | None = None  # the era the document writes its years in (for 29年度)
    previous_grid_header: HeaderRows | None = None  # the interpreter's header of the table before
    footnotes: tuple[str, ...] = ()  # ※ lines just below the table
    reading: Reading | None = None  # the interpreter's reading of the table, made once per table
    beside: tuple[Table, "Layout"] | None = None  # the table before and its layout (its row labels)
    section_year: Year | None = None  # the one fiscal year the text of the table's section states
    caption_carried: bool = False  # the caption is the table before's: this one has none of its own
    source_year: Year | None = None  # the year of the survey the line right under the table names as its source


def is_heading(line: TextLine) -> bool:
    """A short line that opens a section (【基本目標1】, (1) 医療, ■ 成果指標 …), set as one run (is_set_apart)."""
    return is_heading_text(line.text) and not is_set_apart(line)


def is_set_apart(line: TextLine) -> bool:
    """True when the line's glyphs, an em each, fill less than HEADING_MIN_FILL of its width: pieces set far apart
    that the reader joined into one line (a chart's axis tick 4 and its legend 構成比 on one baseline), no heading
    set as one run, however a letter-spaced one (１ 総 括) spreads its glyphs."""
    x0, top, x1, bottom = line.prov.bbox or (0.0, 0.0, 0.0, 0.0)
    glyphs = len(line.text.replace(" ", ""))
    return x1 - x0 > 0 and glyphs * (bottom - top) < HEADING_MIN_FILL * (x1 - x0)


def opens_section(caption: str) -> bool:
    """The caption's last line (the one right above a table) is a heading: the table under it
    starts a section of its own, it continues no table before it."""
    lines = [ln for ln in caption.splitlines() if ln.strip()]
    return bool(lines) and is_heading_text(lines[-1])


def is_heading_text(text: str) -> bool:
    text = text.strip()
    if text.startswith("【") and GOAL_RE.search(text) and len(text) <= GOAL_HEADING_MAX_CHARS:
        return True  # 【基本目標1】 地域の稼ぐ力を高め…目指します。
    return (0 < len(text) <= HEADING_MAX_CHARS and not text.endswith(SENTENCE_END)
            and bool(HEADING_RE.match(text) or numbering_style(text)) and not ENUMERATION_RE.search(text))


def heading_rank(text: str) -> int:
    """0 for a goal or project, 1 for a numbered section, 2 for a label."""
    if GOAL_RE.search(text):
        return 0
    return 2 if LABEL_RE.match(text) else 1


class HeadingTrail:
    """The goal, section and label headings above the current point of a document."""

    def __init__(self) -> None:
        self.levels: list[str | None] = [None, None, None]

    def add(self, text: str) -> None:
        rank = heading_rank(text)
        self.levels[rank] = text
        for lower in range(rank + 1, len(self.levels)):
            self.levels[lower] = None

    @property
    def context(self) -> str | None:
        goal, section, label = self.levels
        parts = [p for p in (goal, section) if p] or [p for p in (label,) if p]
        return " / ".join(parts) or None


# A table with its heading, caption unit, caption lines and section year (walk_tables)
WalkedTable = tuple[Table, str | None, str | None, str, Year | None]


def walk_tables(document: Document, heads: frozenset[str]) -> Iterator[WalkedTable]:
    """_walk_tables, each half of a spread stating no unit given the unit stated over its facing
    half (with_facing_units)."""
    return iter(with_facing_units(list(_walk_tables(document, heads))))


FACING_EDGE_TOL_PT = 2.0  # the halves of a spread: their tops and bottoms this close (PDF points)


def with_facing_units(walked: Sequence[WalkedTable]) -> list[WalkedTable]:
    """The tables, each stating no unit that faces a half stating one (faces) taking it: a budget
    book prints its （単位 千円） once over a spread (fuji_r6 p16/p17's 補正予算整理表, the unit over
    the right half only)."""
    out = list(walked)
    for k, (table, heading, unit, caption, section) in enumerate(out):
        if unit is not None:
            continue
        facing = [w for w in out[max(0, k - 1):k + 2] if w[0] is not table and w[2] is not None and faces(table, w[0])]
        if facing:
            out[k] = (table, heading, facing[0][2], caption, section)
    return out


def faces(a: Table, b: Table) -> bool:
    """True when a and b are the halves of one table set over two facing pages: on consecutive
    pages, their tops and bottoms within FACING_EDGE_TOL_PT, with as many rows or their rows level
    (rows_level: one half's header a row deeper, fuji_r6 p602/p603)."""
    x, y = a.prov.bbox, b.prov.bbox
    if x is None or y is None or a.prov.page is None or b.prov.page is None or abs(a.prov.page - b.prov.page) != 1:
        return False
    return ((len(a.rows) == len(b.rows) or rows_level(a, b)) and abs(x[1] - y[1]) <= FACING_EDGE_TOL_PT
            and abs(x[3] - y[3]) <= FACING_EDGE_TOL_PT)


def rows_level(a: Table, b: Table) -> bool:
    """True when the rows of the table with fewer rows end on two lines or more (its rows drawn apart) and each
    ends level (within FACING_EDGE_TOL_PT) with a row of the other: the halves of a spread share their row rules,
    whatever rows one half's header adds."""
    fewer, more = sorted((_row_bottoms(a), _row_bottoms(b)), key=len)
    apart = bool(fewer) and max(fewer) - min(fewer) > FACING_EDGE_TOL_PT
    return apart and all(any(abs(f - m) <= FACING_EDGE_TOL_PT for m in more) for f in fewer)


def _row_bottoms(table: Table) -> list[float]:
    """Where each row of the table ends: the lowest bottom of its cells' boxes (rows without boxes left out)."""
    return [max(c.prov.bbox[3] for c in row if c.prov.bbox) for row in table.rows if any(c.prov.bbox for c in row)]


def _walk_tables(document: Document, heads: frozenset[str]) -> Iterator[WalkedTable]:
    """Yield each table with its nearest heading, a caption unit stated above it, the caption
    lines themselves (heads, the document's running_heads, none of them) and the year its
    section's text states (section_year). A table set
    beside the one before (a facing page of a spread) with no lines of its own between them
    shares that table's caption; a single row of words is a caption line set in pieces; a
    table drawn inside another's cell takes its caption from that cell's lines (frame_caption)."""
    trail, outline = HeadingTrail(), Outline()
    recent: list[TextLine] = []
    section: list[str] = []
    units: list[TextLine] = []  # the 単位 lines since the last table, however many lines of title follow them
    before: tuple[Table, list[TextLine], list[TextLine]] | None = None
    frames: list[Table] = []  # the tables of the page so far: a later one may lie inside one's cell
    for block in document.blocks:
        lines = caption_lines(block)
        if lines is not None:
            for line in lines:
                if is_heading(line):
                    trail.add(line.text.strip())
                    outline.add(line.text)
                    section = []
                section.append(line.text)
            recent = (recent + [ln for ln in lines if ln.text.strip() not in heads])[-CAPTION_LOOKBACK:]
            units += [ln for ln in lines if any(w in ln.text for w in UNIT_WORDS)]
            continue
        assert isinstance(block, Table)
        if not recent:
            recent = frame_caption(frames, block)
        if not recent and before is not None and sits_beside(before[0], block):
            recent, units = before[1], before[2]
        frames = [t for t in frames if t.prov.page == block.prov.page] + [block]
        section += running_text(block)
        texts = dated_caption([line.text for line in recent if is_caption_of(line, block)
                               and not dates_a_named_subject(line.text)], outline)
        stated = ([ln for ln in units if ln.prov.page == block.prov.page and ln not in recent]
                  + unit_cells_above(frames[:-1], block) + recent + unit_rows_atop(block))
        yield block, trail.context, caption_unit(stated, block), "\n".join(texts), section_year(section)
        before, recent, units = (block, recent, units), [], []


def dates_a_named_subject(text: str) -> bool:
    """A line stating the as-of date of a subject it names first ((児童の年齢については平成30年4月1日時点) over a
    table of capacities and applications): the date is that subject's, so the line captions none of the
    table's figures with it, as a careful reader takes it (kobe_hoikusho p1: its 利用定員 were dated by it)."""
    year = parse_year(text)
    if year is None or not any(w in year.text for w in AS_OF_WORDS):
        return False
    at = text.find(year.text)
    return at > 0 and any(m in text[:at] for m in SUBJECT_TOPIC_MARKS)


def is_caption_of(line: TextLine, table: Table) -> bool:
    """A line captions the table below it on its page; at the foot of a page before, only a
    heading does (a section opened there, its table on the next page): other lines there end
    the page's table (a row's last line a layout left below it, a note), captioning none."""
    return line.prov.page == table.prov.page or is_heading(line)


def running_heads(document: Document) -> frozenset[str]:
    """The texts that open or close several pages alike, digits aside (資料2, 別紙, - 3 -): page
    furniture (extract.furniture), no caption of the table under them (a table continued on the
    next page below its running head has no caption of its own). A 単位 line atop each page is a
    caption."""
    pages: dict[int, list[str]] = {}
    for block in document.blocks:
        if block.prov.page is not None:
            text = block.text.strip() if isinstance(block, TextLine) else ""
            pages.setdefault(block.prov.page, []).append("" if _stated_unit(text) is not None else text)
    return repeated_ends(pages.values())


def caption_lines(block: TextLine | Table) -> list[TextLine] | None:
    """The text lines a block gives the caption: a text line itself, or the cells of a table
    that is a single row of words (a caption line whose pieces the layout set apart:
    (款) 01 特別区税 …… (単位：千円)); None for a table."""
    if isinstance(block, TextLine):
        return [block]
    if len(block.rows) != 1 or any(parse_quantity(c.text).value is not None for c in block.rows[0]):
        return None
    return [TextLine(c.text, c.raw, c.prov) for c in block.rows[0] if c.text.strip()]


FRAME_TOL_PT = 2.0  # a table's edge this far outside a cell's box still lies inside it (PDF points)
HALF_WIDTH_GLYPH = 0.5  # a half-width glyph's advance, in full-width glyphs (placing a line's pieces)
WORD_RE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fffA-Za-z]")


@dataclass(frozen=True, slots=True)
class LinePiece:
    """A run of a line without spaces, with its place along the line estimated."""

    text: str
    x0: float
    x1: float


def frame_caption(frames: Sequence[Table], table: Table) -> list[TextLine]:
    """The caption of a table drawn inside another table's cell (a ruled box around charts, each
    with its small data table under it, read as one cell: 経営比較分析表): the nearest line of
    that cell above the table whose pieces over the table's columns are words, not values or
    years (①収益的収支比率(%) of ①収益的収支比率(%) ②累積欠損金比率(%) … set across the charts)."""
    box = table.prov.bbox
    if box is None:
        return []
    for cell in (c for frame in reversed(frames) for row in frame.rows for c in row):
        if not cell.line_bboxes or cell.prov.bbox is None or not _contains(cell.prov.bbox, box):
            continue
        above = sorted(((text, b) for text, b in zip(cell.raw.splitlines(), cell.line_bboxes)
                        if b[3] <= box[1] + FRAME_TOL_PT), key=lambda tb: -tb[1][3])
        for text, b in above:
            words = [p for p in line_pieces(text, b) if box[0] <= (p.x0 + p.x1) / 2 <= box[2] and is_caption_word(p.text)]
            if words:
                bbox = (words[0].x0, b[1], words[-1].x1, b[3])
                joined = " ".join(p.text for p in words)
                return [TextLine(joined, joined, replace(cell.prov, row=None, col=None, bbox=bbox))]
    return []


def unit_cells_above(frames: Sequence[Table], table: Table) -> list[TextLine]:
    """The 単位 cells, set above the table, of the page's tables that hold no value: text a
    layout set in columns (a title, its （単位：百万円）, the facing page's paragraphs read as one
    grid) states no unit of its own, so its unit line is the caption of the table under it."""
    box = table.prov.bbox
    if box is None:
        return []
    return [TextLine(c.text, c.raw, c.prov) for frame in frames if not _holds_values(frame)
            for row in frame.rows for c in row
            if c.prov.bbox is not None and c.prov.bbox[3] <= box[1] + FRAME_TOL_PT
            and _stated_unit(c.text) is not None and is_unit_statement(c.text)]


def unit_rows_atop(table: Table) -> list[TextLine]:
    """The unit statements of the table's leading caption rows (is_unit_caption_row): a caption set
    inside its frame over one column ((単位:百万円) over the last, right-aligned where no rule parts the
    columns: corpus seed 58 kpi_year_matrix in html_borderless) states the unit of every column."""
    out: list[TextLine] = []
    for row in table.rows:
        if not is_unit_caption_row([c.text for c in row]):
            break
        statement = next(c for c in row if c.text.strip())
        out.append(TextLine(statement.text, statement.raw, statement.prov))
    return out


def is_unit_caption_row(texts: Sequence[str]) -> bool:
    """True when a row's cells (texts, in reading order) are a unit caption line: a statement stating
    a unit, then nothing but what may end its line, each cell opening with the minus mark's legend or a
    note's mark (UNIT_STATEMENT_TAIL_OPENERS): a caption the columns of a table without rules parted
    (単位：万人 | △印は減, right-aligned over the table: corpus seed 855 kpi_baseline_target in
    chromium_borderless). A header word beside it (（単位：千円） | 予算額) makes it a header row."""
    filled = [clean_text(t) for t in texts if t.strip()]
    return bool(filled) and is_unit_statement(filled[0]) and _stated_unit(filled[0]) is not None \
        and all(t.startswith(tuple(UNIT_STATEMENT_TAIL_OPENERS)) for t in filled[1:])


def _holds_values(table: Table) -> bool:
    return any(parse_quantity(c.text).value is not None for row in table.rows for c in row)


def _contains(outer: BBox, inner: BBox) -> bool:
    return (outer[0] - FRAME_TOL_PT <= inner[0] and inner[2] <= outer[2] + FRAME_TOL_PT
            and outer[1] - FRAME_TOL_PT <= inner[1] and inner[3] <= outer[3] + FRAME_TOL_PT)


def line_pieces(text: str, bbox: BBox) -> list[LinePiece]:
    """The space-parted runs of a line, each placed along the line's box in proportion to the
    glyph widths before it (full-width 1, half-width HALF_WIDTH_GLYPH, a space a half-width)."""
    runs = text.split()
    widths = [sum(_glyph_width(ch) for ch in run) for run in runs]
    total = sum(widths) + HALF_WIDTH_GLYPH * max(len(runs) - 1, 0)
    if total <= 0:
        return []
    scale = (bbox[2] - bbox[0]) / total
    out, x = [], bbox[0]
    for run, width in zip(runs, widths):
        out.append(LinePiece(run, x, x + width * scale))
        x += (width + HALF_WIDTH_GLYPH) * scale
    return out


def _glyph_width(ch: str) -> float:
    return HALF_WIDTH_GLYPH if ch.isascii() or "\uff61" <= ch <= "\uff9f" else 1.0


def is_caption_word(text: str) -> bool:
    """A piece of a line that names something: words, not a value, a marker or a year."""
    q = parse_quantity(text)
    return bool(WORD_RE.search(text)) and q.value is None and q.year is None and q.missing_reason in (None, MissingReason.QUALITATIVE)


BESIDE_OVERLAP_SHARE = 0.5  # tables side by side overlap over at least this share of the shorter one's height


def sits_beside(left: Table, right: Table) -> bool:
    """True when `right` is set beside `left` on the same page: their columns apart, their rows
    overlapping over most of the shorter table's height (the facing pages of a budget book)."""
    a, b = left.prov.bbox, right.prov.bbox
    if a is None or b is None or left.prov.page != right.prov.page or b[0] < a[2]:
        return False
    overlap = min(a[3], b[3]) - max(a[1], b[1])
    return overlap >= BESIDE_OVERLAP_SHARE * min(a[3] - a[1], b[3] - b[1])


RUNNING_TEXT_CELL_CHARS = 20  # a cell this long, with a 、 or 。, is running text set beside the table's cells


def running_text(table: Table) -> list[str]:
    """The cells of a table that are running text (a paragraph beside a table drawn without
    rules reads as one of its columns): part of its section's text."""
    return [c.text for row in table.rows for c in row
            if len(c.text) >= RUNNING_TEXT_CELL_CHARS and any(mark in c.text for mark in "、。")]


def section_year(lines: Sequence[str]) -> Year | None:
    """The fiscal year a section's text opens with (令和3年度の一般会計歳入予算総額は19億5,400万円
    …, above or beside the 歳入 tables; a year named later, 平成29年度に借入れした…, is about
    something else): the year of the section's tables whose caption, headers and title give none."""
    return next((y for line in lines if (y := fiscal_year_of_line(line)) is not None), None)


def fiscal_year_of_line(text: str, max_chars: int | None = None, ranges: bool = False) -> Year | None:
    """The one fiscal year a title or section line is about: one stated as 年度, or, in a line
    naming a budget or settlement (FISCAL_DOCUMENT_WORDS), one stated as a bare year or 年
    (令和2年 水道事業会計予算), never a date (令和2年3月, when the book was printed), nor two
    forms that disagree. With max_chars, only in a line that short (a heading, not a sentence
    naming a year in passing); with ranges, a span of years too (平成28～令和元年度決算額)."""
    if max_chars is not None and len(text) > max_chars:
        return None
    year = parse_year(text)
    if year is None or year.conflict or (year.start != year.end and not ranges):
        return None
    if year.basis == "fiscal":
        return year
    plain = year.basis is None or (year.basis == "calendar" and year.text.endswith("年"))
    return replace(year, basis="fiscal") if plain and any(w in text for w in FISCAL_DOCUMENT_WORDS) else None


UNIT_LIST_RE = re.compile("(?:" + "|".join(map(re.escape, UNIT_WORDS)) + r")\s*[^\w\s]?\s*([^" + re.escape(BRACKET_CLOSERS) + "]+)")


def is_unit_statement(text: str) -> bool:
    """A line stating a unit: by a unit word (（単位：千円）, 単位・人), as nothing but one bracketed unit (〈千円〉) or
    as what is counted and its unit (金額：千円)."""
    return any(w in text for w in UNIT_WORDS) or bracketed_unit(text) is not None or colon_statement_unit(text) is not None \
        or listed_statement_units(text) is not None


def caption_unit(lines: Sequence[TextLine], table: Table) -> str | None:
    """The unit the caption's 単位 lines state for the table: the one set over the table's
    columns where lines state several (a spread: (単位：千円) over each page's table), else
    the last one."""
    stated = [line for line in lines if is_unit_statement(line.text)]
    over = [line for line in stated if _spans_over(line, table)]
    return _stated_unit(over[-1].text) if over else (_stated_unit(stated[-1].text) if stated else None)


def _spans_over(line: TextLine, table: Table) -> bool:
    a, b = line.prov.bbox, table.prov.bbox
    return a is not None and b is not None and a[0] < b[2] and b[0] < a[2]


def _stated_unit(text: str) -> str | None:
    """The unit a 単位 line states; of a list (単位:千円,%, 千円／％) the one no ratio, which the amounts use
    (a ratio column reads its own %), none where it lists several (千円、人: which column is which, unsaid)."""
    unit = unit_from_header(text) or colon_statement_unit(text)
    if unit is None and (statements := listed_statement_units(text)) is not None:
        return amount_unit_of_list(statements)  # 金額：千円、率：％: the amounts' unit, a ratio column reads its own
    listed = UNIT_LIST_RE.search(text)
    if unit is None and listed and (members := statement_unit(listed.group(1))):
        known = (u for m in list_members(members) if (u := unit_from_header(f"（{m}）")) and is_known_unit(u))
        unit = amount_unit_of_list(",".join(known))  # not a note listed after it (円、単位未満四捨五入)
    return unit


def lists_ratio_unit(caption: str) -> bool:
    """True when a 単位 line of the caption lists a ratio unit beside another (（単位：人、％）, 単位：千円／％): its other
    unit is no ratio row's (受診率 under it is in %)."""
    for line in caption.splitlines():
        members = listed_units(line)
        if len(members) > 1 and any(m in RATIO_UNITS for m in members):
            return True
    return False


def listed_money_unit(caption: str) -> str | None:
    """The one yen unit the caption's 単位 line nearest the table lists among other units (（単位：百万円、人、％）: 百万円), the
    unit of the table's money columns; the list's other units are other columns', which it leaves unsaid. None where no
    line lists several units, or the nearest lists no yen unit or several."""
    members = next((m for line in reversed(caption.splitlines()) if len(m := listed_units(line)) > 1), ())
    return money_unit_of_members(members) if members else None


def listed_units(line: str) -> tuple[str, ...]:
    """The units a 単位 line lists (（単位：人、％） → 人, %; 金額：千円、率：％ → 千円, %), or its one unit, or ()."""
    listed = UNIT_LIST_RE.search(line) if is_unit_statement(line) else None
    members = list_members(stated) if listed and (stated := statement_unit(listed.group(1))) else ()
    return members or list_members(listed_statement_units(line) or "")


TITLE_LINES = 8  # the document's year is read from its first lines (title page)


def title_year(document: Document) -> Year | None:
    """The fiscal year a document is about, stated in its first lines (令和7年度 一般会計予算書): that of
    a line naming a budget or settlement (FISCAL_DOCUMENT_WORDS) before any other's (令和7年度 第3回
    推進会議資料 atop R2（2020年度） 一般会計予算: the meeting's year is not the budget's)."""
    lines = [b for b in document.blocks if isinstance(b, TextLine)][:TITLE_LINES]
    dated = [(y, line.text) for line in lines if (y := fiscal_year_of_line(line.text)) is not None]
    named = (y for y, text in dated if any(w in text for w in FISCAL_DOCUMENT_WORDS))
    return next(named, dated[0][0] if dated else None)


def document_era(document: Document) -> str | None:
    """The era (令和, 平成 …) of the first era-dated year in the document's text lines, else in
    its tables' cells (a statistics sheet whose only text is its tables: 目標値（平成37年度） in one)."""
    texts = [b.text for b in document.blocks if isinstance(b, TextLine)]
    cells = [c.text for t in document.tables for row in t.rows for c in row]
    for text in (*texts, *cells):
        if (year := parse_year(text)) is not None and (era := era_of(year)):
            return era
    return None


FOOTNOTE_LOOKAHEAD = 3  # ※ lines read below a table
NOTE_WRAP_GAP_EM = 0.4  # a line this share of a note line's height (or less) below it continues the note (wraps_note)


def footnotes_after(document: Document, furniture: frozenset[str]) -> dict[int, tuple[str, ...]]:
    """The ※ / 注 lines at each table's foot: rows of its own holding nothing but a note (a
    layout took the notes into the table), then the lines right below it (before any other
    text or table, page furniture passed over: the document's running_heads)."""
    blocks = document.blocks
    return {block.index: foot_rows(block) + notes_below(blocks, i, furniture)
            for i, block in enumerate(blocks) if isinstance(block, Table)}


def foot_rows(table: Table) -> tuple[str, ...]:
    """The notes a table's last rows hold, each alone in its row (※現況値はH31時点の値)."""
    notes: list[str] = []
    for row in reversed(table.rows):
        texts = [c.text.strip() for c in row if c.text.strip()]
        if len(texts) != 1 or not texts[0].startswith(FOOTNOTE_MARKS):
            break
        notes.insert(0, texts[0])
    return tuple(notes)


def notes_below(blocks: Sequence[Block], i: int, furniture: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The ※ / 注 lines right below block i (before any other text or table), at most
    FOOTNOTE_LOOKAHEAD; page furniture between (furniture: running_heads, a folio - 1 -) is passed
    over, so the notes of a table ending its page open the next (※策定時はR3時点の値 atop page 2,
    corpus seed 544 kpi_baseline_target in pdf_rules)."""
    notes: list[str] = []
    last: TextLine | None = None
    for following in blocks[i + 1:]:
        text = following.text.strip() if isinstance(following, TextLine) else ""
        if text in furniture and text:
            continue
        if notes and last is not None and isinstance(following, TextLine) and wraps_note(last, following):
            notes[-1], last = notes[-1] + text, following
            continue
        if len(notes) == FOOTNOTE_LOOKAHEAD or not text.startswith(FOOTNOTE_MARKS):
            break
        notes.append(text)
        last = following if isinstance(following, TextLine) else None
    return tuple(notes)


def wraps_note(note: TextLine, line: TextLine) -> bool:
    """True when line is the rest of the note line above it, wrapped: on its page, opening with
    no note mark, its top at most NOTE_WRAP_GAP_EM of the note's height below the note's foot,
    nearer than the notes below a table stand to each other (※ 「－」は該当 / なし, a note wrapped
    in a narrow cell, before ※ 基準年度値は2020の実績: corpus seed 888 kpi_baseline_target in
    pdf_rules)."""
    if note.prov.bbox is None or line.prov.bbox is None or note.prov.page != line.prov.page:
        return False
    _, top, _, bottom = note.prov.bbox
    reach = NOTE_WRAP_GAP_EM * (bottom - top)
    return not line.text.strip().startswith(FOOTNOTE_MARKS) and -reach < line.prov.bbox[1] - bottom <= reach


def source_years_after(document: Document, furniture: frozenset[str]) -> dict[int, Year]:
    """The year of the survey each table's figures come from, where the line right under it (on its
    page, page furniture passed over) states their source: source_year."""
    blocks = document.blocks
    out: dict[int, Year] = {}
    for i, block in enumerate(blocks):
        if not isinstance(block, Table):
            continue
        below = next((b for b in blocks[i + 1:] if not (isinstance(b, TextLine) and b.text.strip() in furniture)), None)
        if isinstance(below, TextLine) and below.prov.page == block.prov.page and (year := source_year(below.text)):
            out[block.index] = year
    return out


def source_year(text: str) -> Year | None:
    """The one year a source line names its survey by ((平成22年,国勢調査), 資料：平成27年国勢調査 → 2015): a line
    that is nothing but a source — one bracketed group, or opened by a source label (SOURCE_LABELS) — naming a
    survey or a statistic (SURVEY_WORDS). A census states the point its figures stand at, as 現在 does."""
    line = clean_text(text)
    if not (is_bracketed(line) or line.startswith(SOURCE_LABELS)) or not any(w in line for w in SURVEY_WORDS):
        return None
    found = find_year(line)
    if found is None or find_year(line, found[2]) is not None:
        return None  # none, or two surveys' years (平成22年・平成27年国勢調査): which one is the figures' is not said
    year = found[0]
    return year if not year.conflict and year.start == year.end else None
