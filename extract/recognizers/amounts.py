"""事業費 and other yen amounts written in sentences or free-text cells.

    ○総合戦略関連事業 事業費 32億4,046万円 （平成28～令和元年度決算額）
    地方創生関連交付金事業 交付金額 2億7,406万円 （令和2年度決算額）
    延べ 26事業 681,185千円

Only amounts right after a budget label (事業費, 予算額, 交付金額, N事業) are taken, and the
款 / 項 heading lines of a budget book (2款 総務費 9,013,376千円), dated by the book's year;
tables that another recognizer claimed are left alone (their amounts are KPI values or card
costs).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extract.model import Document, Provenance, Table, TextLine
from extract.context import HEADING_MAX_CHARS, fiscal_year_of_line, is_heading, notes_below, title_year
from extract.text_items import basis_of
from extract.records import BudgetValue, Extraction
from extract.recognizers.indicator_line import read_line
from extract.vocab import AMOUNT_MEASURES
from normalize import Year, parse_quantity, parse_year
from normalize.brackets import bracket_groups

NAME = "amounts"
SCALE = r"(?:兆|億|百万|万|千)"
AMOUNT_RE = re.compile(rf"[0-9][0-9,.]*(?:\s*{SCALE}\s*[0-9][0-9,.]*)*\s*{SCALE}?\s*円")
NOTE_MAX_CHARS = 40  # a bracket noting an amount's year and basis ((令和2年度決算額)) is short; a longer one is prose
# The amount must stand right after its label ("事業費 11億…", "26事業 681,185千円"); in a
# sentence such as "事業費が0円となっている" it is not a statement of an amount.
LABEL_BEFORE_AMOUNT_RE = re.compile("(" + "|".join(AMOUNT_MEASURES) + r"|[0-9]+\s*事業)\s*[:：]?\s*$")
SEGMENT_BREAK_RE = re.compile(r"[。○●◆■・]")
COUNT_RE = re.compile(r"(延べ|計|合計)?\s*[0-9]+\s*事業")
TOTAL_RE = re.compile(r"(延べ|計|合計)\s*[0-9]*\s*事業?\s*$")
# 款 and 項 heading lines of a budget book's 事項別明細書: "2款 総務費 9,013,376千円"
CLASS_LINE_RE = re.compile(r"^[0-9０-９]{1,2}\s*(?P<level>款|項)\s*(?P<name>[^\d\sぁ-ん目][^\d、。はがを]{0,30}?)\s*"
                           r"(?P<amount>[0-9][0-9,]*\s*(?:百万|千)?円)$")
YEAR_LOOKBACK_LINES = 4  # a year stated this close above a sentence amount applies to it
# A text item: its text, provenance, column header, heading, and what a ※ note below restates of it.
Item = tuple[str, Provenance, str | None, str | None, str | None]


def recognize(document: Document, claimed_tables: frozenset[int]) -> Extraction:
    """Given a document, return the yen amounts stated in its running text and free cells."""
    values: list[BudgetValue] = []
    recent: list[Year | None] = []
    book_year = title_year(document)
    for text, prov, header, heading, footnote in _texts(document, claimed_tables):
        nearby_year = next((y for y in reversed(recent) if y is not None), None)
        if header is None and (line := CLASS_LINE_RE.match(text.strip())):
            values.append(_class_value(line, prov, book_year, heading))
            continue
        for match in AMOUNT_RE.finditer(text):
            if LABEL_BEFORE_AMOUNT_RE.search(text[:match.start()]):
                values.append(_value(text, match, prov, header, footnote, nearby_year, heading))
        if header is None:
            recent = (recent + [fiscal_year_of_line(text, HEADING_MAX_CHARS, ranges=True)])[-YEAR_LOOKBACK_LINES:]
    return Extraction(budget_values=tuple(values))


def _class_value(line: re.Match[str], prov: Provenance, year: Year | None, heading: str | None) -> BudgetValue:
    """A budget book's 款 / 項 heading line with the section's amount (2款 総務費 9,013,376千円),
    dated by the book's own year."""
    q = parse_quantity(line["amount"])
    return BudgetValue.from_quantity(prov, line["name"].strip(), line["level"], q, year, line["amount"].strip(),
                                     "budget", heading, NAME, year_source="title")


def _texts(document: Document, claimed: frozenset[int]) -> Iterator[Item]:
    """Running text lines and the cells of unclaimed tables, with the column header and heading."""
    heading: str | None = None
    blocks = document.blocks
    for i, block in enumerate(blocks):
        if isinstance(block, TextLine):
            if is_heading(block):
                heading = block.text.strip()
            if read_line(block.text) is not None:
                continue  # an indicator's figures (観光消費額 現状値（R2）：120億円): KPI values, no amounts
            footnote = _restated(notes_below(blocks, i)) if "円" in block.text else None
            yield block.text, block.prov, None, heading, footnote
        elif block.index not in claimed:
            yield from _cell_texts(block, heading)


def _restated(notes: tuple[str, ...]) -> str | None:
    """The bracket of a ※ note that restates the fiscal year and basis of the amount above it
    (※事業数は他の目標との重複あり (令和2年度決算額)); a note naming a year for another purpose
    (※H27を基準とする) restates nothing."""
    for note in notes:
        for bracketed in (g.content for g in bracket_groups(note) if 0 < len(g.content) <= NOTE_MAX_CHARS):
            if basis_of(bracketed) and fiscal_year_of_line(bracketed, HEADING_MAX_CHARS, ranges=True) is not None:
                return str(bracketed)
    return None


def _cell_texts(table: Table, heading: str | None) -> Iterator[Item]:
    header_row = table.rows[0] if table.rows else ()
    for row in table.rows[1:]:
        for cell in row:
            if "円" in cell.text:
                header = header_row[cell.col].text if cell.col < len(header_row) else None
                yield cell.text, cell.prov, header, heading, None


def _value(text: str, match: re.Match[str], prov: Provenance, header: str | None, footnote: str | None,
           nearby_year: Year | None, heading: str | None) -> BudgetValue:
    """The amount with the year and basis its own bracket, its column header, a ※ note below it
    or a line above it states, in that order."""
    q = parse_quantity(match.group(0))
    note = _note_after(text[match.end():])
    statements = [(t, source) for t, source in ((note, "cell"), (header, "header"), (footnote, "footnote")) if t]
    year, year_source = next(((y, source) for t, source in statements if (y := parse_year(t)) is not None),
                             (nearby_year, "section"))
    before = text[:match.start()]
    measure, project = _label(before)
    basis = next((b for t, _ in statements if (b := basis_of(t)) is not None), None)
    return BudgetValue.from_quantity(prov, project, measure, q, year, match.group(0).strip(), basis,
                                     heading, NAME, year_source=year_source)


def _note_after(rest: str) -> str:
    """What the bracket right after an amount holds (681,185千円（令和2年度決算額）), or nothing."""
    first = next(iter(bracket_groups(rest)), None)
    if first is None or rest[:first.start].strip() or not 0 < len(first.content) <= NOTE_MAX_CHARS:
        return ""
    return first.content


def _label(before: str) -> tuple[str | None, str | None]:
    """The measure word just before the amount and the project named before that."""
    segment = SEGMENT_BREAK_RE.split(before)[-1]
    measure = None
    for word in AMOUNT_MEASURES:
        pos = segment.rfind(word)
        if pos >= 0 and pos + len(word) >= len(segment.rstrip()) - 2:
            measure, segment = word, segment[:pos]
            break
    if TOTAL_RE.search(segment.strip()):
        return measure or "計", None  # a total over several projects, not the last one listed
    project = COUNT_RE.sub("", segment).strip(" 　:：") or None
    return measure, project
