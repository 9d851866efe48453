"""KPI stated in lines, not tables: indicators listed under a heading, each line read by indicator_line.

    ・移住相談件数　基準値（R2）：120件　→　目標値（R7）：150件
    ・結婚・子育ての希望がかなう              (a name begun above the line that ends it and states its figures)
    　と感じる市民の割合　48.2％（H30）→ 60％（R5）
    ・移住相談件数                           (a name alone: the figures below it are its)
      基準値（R2）：120人
      目標値（R7）：150人

A line with figures but no name takes the name set level with it to its left (a layout that parted one line in
two), or the name right above it, or the item of the line of figures before it (set in under a line naming the
item, or not set out of a card's figures); a line whose name may have begun on the line above (no mark opens it,
none opened that one, it is not set in under it) gives nothing, and so does a line stating dated figures whose
kinds cannot be told (no name for the lines below); where such a line opens with its figure's year inside an item (set
in under its name, or carrying on from its figures: 2019年ＡＡ 1,467人 between 2020年実績 and 2023年目標), it gives
nothing and the item goes on.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from extract.context import Context, is_heading_text
from extract.model import BBox, Cell, Document, Table, TextLine
from extract.morph import is_noun_phrase
from extract.records import Extraction, IndicatorName, KpiValue
from extract.interpret.statements import states_dated_figure, tokens_of
from extract.recognizers.indicator_line import ItemLabel, LineReading, item_label, read_line
from extract.text_items import INDICATOR_LABEL_RE, strip_enumerator
from extract.vocab import EXPLANATION_MARKS, FOOTNOTE_MARKS, PROSE_KPI_HEADINGS, SENTENCE_END
from normalize import parse_quantity
from normalize.brackets import bracket_groups
from normalize.vocab import BRACKET_OPENERS, NOTE_WORD, QUALIFIER_PHRASES, Qualifier

NAME = "listed_kpi"
INDENT_MIN_EM = 0.5  # a line set this far right of the one above (in its line heights) continues that line's item
HALF_EM = 0.5  # a full-width bracket's ink fills this share of its em (its line's height)
WIDE_WIDTHS = ("W", "F")  # East Asian widths of a full-width glyph
LEVEL_MIN_SHARE = 0.5  # two lines overlapping by this share of the lower one's height are set level
# a bracket opening a line with one of these inside labels the line a note ((参考)…, (注)…)
NOTE_LABELS = frozenset({NOTE_WORD, *(w for w, q in QUALIFIER_PHRASES if q is Qualifier.REFERENCE)})


@dataclass(frozen=True, slots=True)
class NamePart:
    """A line without figures that may name the item below it (or begin its name)."""

    line: TextLine
    label: ItemLabel


def name_part(line: TextLine) -> NamePart | None:
    """The line as a name or a name's first part, or None: a heading, a sentence, a note, an explanation."""
    text = line.text.strip()
    if not text or text.endswith(SENTENCE_END) or text.startswith((*FOOTNOTE_MARKS, *EXPLANATION_MARKS)) \
            or opens_with_note_label(text) or states_dated_figure(text):  # figures whose kinds cannot be told: no name
        return None
    label = item_label(text)
    if label is None or not label.name:
        return None
    labelled = bool(INDICATOR_LABEL_RE.match(strip_enumerator(text)))  # KPI：耕作放棄地面積 names one; 【KPI】 heads a list
    if not labelled and (any(w in text for w in PROSE_KPI_HEADINGS) or (is_heading_text(text) and not label.marked)):
        return None
    return NamePart(line, label)


def opens_with_note_label(text: str) -> bool:
    """Whether a bracket labelling a note opens the line (（参考）前計画期間の実績を踏まえて設定, under an item's
    figures: a note on it, no name of the item below)."""
    groups = bracket_groups(text)
    return bool(groups) and groups[0].start == 0 and groups[0].content.strip() in NOTE_LABELS


def is_indented(line: TextLine, under: TextLine) -> bool:
    """Whether a line starts right of the line above it: by its leading spaces (a text export) or its box, right of
    where the line above starts however its opening bracket is set (ink_left: a layout may hang a full-width
    bracket's blank half into the margin, （参考）… over 住み続けたいと思う… in Typst, corpus seed 875 kpi_listed in
    typst_ruled, or set it whole)."""
    spaces = len(line.raw) - len(line.raw.lstrip())
    if spaces > len(under.raw) - len(under.raw.lstrip()):
        return True
    a, b = line.prov.bbox, under.prov.bbox
    return a is not None and b is not None and a[0] - ink_left(under, b) >= INDENT_MIN_EM * (b[3] - b[1])


def is_level(a: BBox, b: BBox) -> bool:
    """Whether two boxes share a line: they overlap by LEVEL_MIN_SHARE of the shorter one's height."""
    overlap = min(a[3], b[3]) - max(a[1], b[1])
    return overlap >= LEVEL_MIN_SHARE * min(a[3] - a[1], b[3] - b[1])


def name_for(line: TextLine, parts: list[NamePart], on_page: list[NamePart]) -> NamePart | None:
    """The name a line's figures may go with: one of the page's names set level with the line to its left (a layout
    read the line's two parts apart, whatever it read between them), else the last of parts when the line lies below
    it (or where no box tells)."""
    box = line.prov.bbox
    if box is not None:
        level = [p for p in on_page if p.line.prov.bbox and p.line.prov.page == line.prov.page
                 and is_level(p.line.prov.bbox, box) and p.line.prov.bbox[2] <= box[0]]
        if level:
            return level[-1]
    if not parts:
        return None
    last, above_box = parts[-1], parts[-1].line.prov.bbox
    if box is None or above_box is None or (last.line.prov.page or 0) < (line.prov.page or 0):
        return last
    return last if box[1] > above_box[1] and not is_level(box, above_box) else None


def item_name(reading: LineReading, line: TextLine, above: NamePart | None, carried: ItemLabel | None) -> ItemLabel | None:
    """The indicator a read line states figures of: its own name; or the name above it, whole or begun there (a
    name wrapped onto the figures' line); or, with no name, the item carried from the line before (carries_on). None
    when unsure."""
    own = ItemLabel(reading.name, reading.unit, reading.marked)
    if not reading.name:
        label = above.label if above is not None else carried
    elif above is None or reading.marked:
        label = own
    elif above.label.marked or is_indented(line, above.line):
        label = ItemLabel(above.label.name + reading.name, reading.unit or above.label.unit, True)
    else:
        return None  # an unmarked line under a line that may begin its name: the name may be cut
    return label if label is not None and label.name and is_noun_phrase(label.name) else None


def is_unread_figure_of_item(line: TextLine, parts: list[NamePart], on_page: list[NamePart],
                             before: tuple[TextLine, bool] | None) -> bool:
    """Whether a line stating a dated figure whose kind cannot be told is one line of the item above it: it opens with
    the figure's year (no name before it) and has a name its figures may go with (name_for) or carries on from the
    item's figures."""
    tokens = tokens_of(line.text.strip())
    if not tokens or tokens[0].role != "year" or not states_dated_figure(line.text):
        return False
    return name_for(line, parts, on_page) is not None or before is not None and carries_on(line, *before)


def carries_on(line: TextLine, before: TextLine, named: bool) -> bool:
    """Whether a line of figures without a name states more of the item of the line of figures before it: set in
    under it where that line named the item, else not set out of it (a card's figures, one line each, under its
    name). A line level with the item's own, or set out of its figures, may be another item whose name the reader
    glued to its kind word (■転出者数現在値, the space between them lost)."""
    if named:
        return is_indented(line, before)
    a, b = before.prov.bbox, line.prov.bbox
    return a is None or b is None or a[0] - ink_left(line, b) < INDENT_MIN_EM * (b[3] - b[1])


def ink_left(line: TextLine, box: BBox) -> float:
    """Where a line's ink starts: its box's left, or half an em right of it where a full-width opening bracket opens
    it (its ink fills the right half of its em, JIS X 4051; Chromium trims the blank before it, not the glyph)."""
    raw = line.raw.lstrip()
    opens = bool(raw) and raw[0] in BRACKET_OPENERS and unicodedata.east_asian_width(raw[0]) in WIDE_WIDTHS
    return box[0] + (HALF_EM * (box[3] - box[1]) if opens else 0.0)


def recognize(document: Document, claimed_tables: frozenset[int]) -> Extraction:
    """Given a document, return the KPI values its lines state as an indicator's figures."""
    values: list[KpiValue] = []
    names: list[IndicatorName] = []
    parts: list[NamePart] = []  # lines naming items, since the last line of anything else
    on_page: list[NamePart] = []  # lines naming items, on the page of the last line
    carried: ItemLabel | None = None  # the indicator the line before gave figures of
    before: tuple[TextLine, bool] | None = None  # the line before, and whether it named its indicator itself
    heading: str | None = None
    for block in document.blocks:
        reading = read_line(block.text) if isinstance(block, TextLine) else None
        on_page = [p for p in on_page if p.line.prov.page == block.prov.page]
        if isinstance(block, TextLine) and reading is None and is_unread_figure_of_item(block, parts, on_page, before):
            continue  # a figure of the item whose kind cannot be told: nothing from it, the item's other lines stand
        if not isinstance(block, TextLine) or reading is None:
            part = name_part(block) if isinstance(block, TextLine) else None
            parts, carried, on_page, before = (parts + [part] if part else []), None, on_page + ([part] if part else []), None
            heading = block.text if isinstance(block, TextLine) and not part and is_heading_text(block.text) else heading
            continue
        above = name_for(block, parts, on_page)
        label = item_name(reading, block, above, carried if before is not None and carries_on(block, *before) else None)
        if label is not None and label != carried:
            names.append(IndicatorName(block.prov, label.name, label.unit, heading, NAME))
        parts, carried = (parts[parts.index(above) + 1:] if above in parts else parts), label  # those before it name nothing
        before = (block, bool(reading.name))
        for f in reading.figures if label is not None else ():
            q = parse_quantity(f.figure, reading.unit or label.unit)  # type: ignore[union-attr]
            values.append(KpiValue.from_quantity(block.prov, label.name, f.kind, q, f.year, f.figure, heading, NAME,  # type: ignore[union-attr]
                                                 year_source="text"))
    return Extraction(kpi_values=tuple(values), indicators=tuple(names))


def recognize_rows(table: Table, ctx: Context) -> Extraction | None:
    """Given a table that is a list a layout reader set as rows (○保育所入所率 | 98.8%（目標・R7）), the figures of
    each row read as one line under its own marked name, or without a name under a marked name alone on the row
    above (③地域おこし協力隊員数 over 基準値（R5） | 21人), when every other row reads as such a line too (one
    with no marked name of its own or above gives nothing: its name may have begun above the table) or is a line
    with nothing beside it (a heading, a note); else None (a grid)."""
    readings = [(row, _row_reading(row)) for row in table.rows if any(c.text.strip() for c in row)]
    if not all(r is not None or _is_line_alone(row) for row, r in readings):
        return None
    listed: list[tuple[tuple[Cell, ...], ItemLabel, LineReading]] = []
    item: ItemLabel | None = None  # a marked name alone on a row, over the rows of its figures
    for row, r in readings:
        if r is None:
            alone = item_label(row[0].text.strip())
            item = alone if alone is not None and alone.name and alone.marked and is_noun_phrase(alone.name) else None
        elif r.name:
            item = None
            if r.marked and is_noun_phrase(r.name):
                listed.append((row, ItemLabel(r.name, r.unit, True), r))
        elif item is not None:
            listed.append((row, item, r))
    if not listed:
        return None
    values = [KpiValue.from_quantity(_figure_cell(row, f.figure).prov, label.name, f.kind,
                                     parse_quantity(f.figure, r.unit or label.unit), f.year, f.figure, ctx.heading, NAME,
                                     year_source="text") for row, label, r in listed for f in r.figures]
    first = {label: row for row, label, _ in reversed(listed)}  # an item named once, on its first row
    names = tuple(IndicatorName(row[0].prov, label.name, label.unit, ctx.heading, NAME) for label, row in reversed(first.items()))
    return Extraction(kpi_values=tuple(values), indicators=names, table_kinds=((table.index, NAME),))


def _row_reading(row: tuple[Cell, ...]) -> LineReading | None:
    return read_line(" ".join(c.text.strip() for c in row if c.text.strip()))


def _is_line_alone(row: tuple[Cell, ...]) -> bool:
    """A row of one line in its first cell and nothing beside it."""
    return bool(row[0].text.strip()) and not any(c.text.strip() for c in row[1:])


def _figure_cell(row: tuple[Cell, ...], figure: str) -> Cell:
    return next((c for c in row if figure in c.text), row[0])
