"""Which leading rows of a grid table are its column header.

Header rows are the leading rows that hold no data value (up to MAX_HEADER_ROWS). Blank rows
and title lines drawn inside the table's frame above them are captions, not header; a row of
classes (1歳 | 2歳 … 80歳~) opened by a cell naming the rows is a header though it holds
numbers; a row with a line ending in an amount (a page opening mid-entry) is body.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache

from extract.interpret.cells import is_year_cell, without_restated_year
from extract.interpret.compound import heads_a_value
from normalize.brackets import bracket_depth, bracket_groups, trailing_group, without_bracket_groups
from extract.model import Cell, Table
from extract.text_items import strip_enumerator
from extract.vocab import BUDGET_LEVEL_WORDS, BUDGET_SIDE_WORDS, CLASS_UNITS, CLASSING_SUFFIX, INDICATOR_WORDS, NAME_HEADER_SUFFIXES, NAME_HEADER_WORDS, ROW_NAME_HEADS
from normalize import MissingReason, clean_text, parse_quantity, parse_year
from normalize.vocab import CLOSE_BRACKETS, OPEN_BRACKETS

MAX_HEADER_ROWS = 4
VALUE_MAX_LETTERS = 6  # letters outside brackets a value cell may hold (年3人, 繰入金119,562)
DIGIT_RE = re.compile(r"[0-9０-９]")
LETTER_RE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fffA-Za-z]")
VALUE_CACHE_SIZE = 4096  # cell texts whose reading is kept: a table asks of each cell many times (header rows, value columns)
EDGE_TOL_PT = 1.0  # a cell's edge this near a header column's edge lies on it (PDF points)
PLACEHOLDERS = frozenset({
    MissingReason.DASH, MissingReason.NOT_SURVEYED, MissingReason.UNPUBLISHED,
    MissingReason.IN_PROGRESS, MissingReason.OMITTED, MissingReason.UNIT_ONLY,
})
NO_VALUE_PLACEHOLDERS = PLACEHOLDERS - {MissingReason.UNIT_ONLY}  # what a cell writes for a value not there


@lru_cache(maxsize=VALUE_CACHE_SIZE)
def is_data_value(text: str) -> bool:
    """A body-like cell: a number that is not just a year, a list marker (①数値目標) or a
    name that happens to hold a digit (給付事業1【総務課】)."""
    text = strip_enumerator(text)
    if not text or is_year_cell(text) or len(LETTER_RE.findall(without_bracket_groups(text, ""))) > VALUE_MAX_LETTERS:
        return False
    return parse_quantity(text).value is not None and not only_years(text)


def only_years(text: str) -> bool:
    """True for words whose only figures are a year and that year written again in the western calendar
    (目標値 R7年度2025 (ha): a header's words, its year twice, no value)."""
    cleaned = clean_text(text)
    year = parse_year(cleaned)
    if year is None or year.text.isdigit():
        return False
    return not DIGIT_RE.search(without_restated_year(cleaned.replace(year.text, ""), year))


CLASS_LABEL_RE = re.compile(r"^[~～〜]?[0-9]+(?:" + "|".join(CLASS_UNITS) + r")(?:以上|未満|以下)?[~～〜]?$")


# A class named in words before its number: 経験年数10年, 勤続20年以上 (a bare 10年 may be a year).
WORDED_CLASS_RE = re.compile(r"^[^0-9~～〜]*[^\W0-9_][0-9]+(?:" + "|".join((*CLASS_UNITS, "年")) + r")(?:以上|未満|以下)?$")


def is_class_label(text: str) -> bool:
    """A class a table counts by, written as a number and its unit: 2歳, ~19歳, 80歳~, ~5ヶ月,
    経験年数10年."""
    compact = text.replace(" ", "")
    return bool(CLASS_LABEL_RE.match(compact) or (WORDED_CLASS_RE.match(compact) and not is_year_cell(compact)))


def is_body_value(text: str, row: Sequence[Cell]) -> bool:
    """A data value of a row, unless the row is a header of classes: opened by a cell naming
    the rows (疾病名称), its numbers all written as classes (東灘 | … | 1歳 | 2歳 | 80歳~)."""
    if not is_data_value(text):
        return False
    numbers = [c.text for c in row if is_data_value(c.text)]
    return not (is_header_word(row[0].text) and all(is_class_label(t) for t in numbers))


def is_header_word(text: str) -> bool:
    """A cell naming a column (重要業績評価指標(KPI), 項目, 区分), not a row."""
    compact = text.replace(" ", "")
    return (any(w in compact for w in INDICATOR_WORDS) or is_name_header(compact)) and not is_year_cell(compact)


def is_name_header(header: str) -> bool:
    """A header naming the rows: 事業名, 科目, 区分 … or a classification level alone (款, 項・目, 款別), whatever
    a bracket after it says of the level (項（歳出）: which side of the budget the level is of); not one whose head names
    a value, whatever name word stands before it (目標指標値: the indicator's target values)."""
    compact = with_bracketed_head("".join(header.split()))
    sideless = without_side_brackets(compact)  # 款名（歳出）: the 款's names, of the expenditure side
    levels = [part.removesuffix(CLASSING_SUFFIX) for part in re.split(r"[・/、]", sideless) if part]
    return (any(w in compact for w in NAME_HEADER_WORDS) and not heads_a_value(compact) or sideless.endswith(NAME_HEADER_SUFFIXES)
            or bool(levels) and all(p in BUDGET_LEVEL_WORDS for p in levels))


def without_side_brackets(compact: str) -> str:
    """The header without the brackets naming the budget's side or account it is of (項（歳出）: 項)."""
    for group in reversed(bracket_groups(compact)):
        if any(w in group.content for w in BUDGET_SIDE_WORDS):
            compact = compact[:group.start] + compact[group.end:]
    return compact


def with_bracketed_head(compact: str) -> str:
    """The header with a bracket holding nothing but a name's head set after the words it follows, as the head
    stands after its modifier (項（名） as 項名, 款（名称） as 款名称): what is named is said by the words before."""
    group = trailing_group(compact)
    if group is None or group.content not in ROW_NAME_HEADS or not compact[:group.start]:
        return compact
    return compact[:group.start] + group.content


def holds_placeholders_only(cells: Sequence[Cell]) -> bool:
    """True for cells that are all dashes or other stand-ins for a missing value (2024年度 | - | －,
    the first year of a transposed table, not yet filled): a body row, for no header says -. A
    unit (（千円）) is no stand-in there: a row of units under the header's words is header."""
    return bool(cells) and all(parse_quantity(c.text).missing_reason in NO_VALUE_PLACEHOLDERS for c in cells)


def stands_in_over_values(cells: Sequence[Cell], below: Sequence[Sequence[Cell]]) -> bool:
    """True for cells of a row one of which stands in for a missing value (未公表, －, …) right over a
    value of the row below (移住相談件数 | 実績値 | 未公表 over | 目標値 | 425件: an indicator whose
    actuals are not out yet): a body row, for no header says a value is missing."""
    under = {c.col: c.text for row in below[:1] for c in row if c.text.strip()}
    return any(c.col in under and parse_quantity(c.text).missing_reason in NO_VALUE_PLACEHOLDERS
               and is_data_value(under[c.col]) for c in cells)


BARE_FIGURE_RE = re.compile(r"^[0-9０-９]{4}$")  # 2020: a year in a header, a figure in the body


def names_figures(cells: Sequence[Cell]) -> bool:
    """True for a row under a header row that opens with a name (転入者数, not a header word or a
    year) and holds a bare four-digit figure (2020, no 年, no era): the figure is that row's value (2,020
    people written without the comma), for a header's second row names no row."""
    first = cells[0]
    return (first.col == 0 and not is_header_word(first.text) and not is_year_cell(first.text)
            and bool(LETTER_RE.search(first.text)) and any(BARE_FIGURE_RE.match(c.text.strip()) for c in cells[1:]))


def count_header_rows(table: Table) -> int:
    """The grid's header depth: its leading rows without data values (_ends_grid_header); a row that fills
    only its first cell is a group label or a section of the body (令和5年度 over its row of values,
    (2)地域産業の振興 opening a continued table's page), not a header, after the first header row or over a
    body row. Blank rows above the header (a chart's plot area read with its data table) go with it."""
    blank = caption_rows(table)
    n = leading_header_rows(table.rows[blank:], lambda filled, k: _ends_grid_header(table, blank, k, filled), MAX_HEADER_ROWS)
    return blank + n if n and blank + n < table.n_rows else 0


def leading_header_rows(rows: Sequence[Sequence[Cell]], ends_header: Callable[[Sequence[Cell], int], bool], most: int) -> int:
    """How many leading rows (at most `most`) are header: each row up to the first that ends it
    (ends_header(its filled cells, its index)), a row closing the header's open brackets
    (goes_on_open_heads) going on with it whatever it holds. The one loop behind both header
    counts: the grid's (count_header_rows) and the layout recognizers' (recognizers.columns)."""
    n = 0
    for k, row in enumerate(rows[:most]):
        filled = [c for c in row if c.text.strip()]
        if not (k and goes_on_open_heads(filled, rows[:k])) and ends_header(filled, k):
            break
        n += 1
    return n


def _ends_grid_header(table: Table, blank: int, k: int, filled: Sequence[Cell]) -> bool:
    """True when the k-th row under the caption rows (blank of them; its filled cells) is no row of the
    grid's header: blank, holding a data value, a stand-in over a value, a name over figures or a word its
    column repeats below (past the first header row), or a section row spanning the table under the header."""
    r, later = blank + k, k > 0
    below = table.rows[r + 1:r + 2]
    if (not filled or any(is_body_value(c.text, filled) or ends_in_amount(c) or ends_cut_number(c.text) for c in filled)
            or holds_placeholders_only(filled[1:]) or stands_in_over_values(filled[1:], below)
            or later and (names_figures(filled) or recurs_in_body(table, r) or closed_above(table, blank, k))):
        return True
    return (len(filled) == 1 and filled[0].col == 0 and not is_header_word(filled[0].text)
            and not is_year_row(below) and (later or _is_body_row(below)))


def closed_above(table: Table, blank: int, k: int) -> bool:
    """True when a cell of the header's first row spans every header row so far and ends right above row k, and no
    header cell reaches into row k: the header's cells all end on one line, so its band ends there, and a row under
    it opening with text alone (the rest of an item the page before ended on, 充当事業：…・P423 under 説明,
    setagaya_r8_tousho_yosan p81) is body. A cell of a later header row reaching past that line (一般財源 spanning
    the two rows under 左の財源内訳 while 6年度以降の支出予定額 spans the two above 期間 | 金額, fuji_r6 p603) keeps
    the band open."""
    header = table.rows[blank:blank + k]
    return (k > 1 and any(c.text.strip() and c.row_span == k for c in header[0])
            and not any(c.text.strip() and i + c.row_span > k for i, row in enumerate(header) for c in row))


def goes_on_open_heads(filled: Sequence[Cell], header: Sequence[Sequence[Cell]]) -> bool:
    """True for a row each of whose cells stands under a header text left with a bracket open in its
    column (the header rows so far, joined), one of them closing it: the header's wrapped lines that a
    layout set in rows of their own (現状値(策定 / 時)(2017年度 / (平成29年度)), 到達目標(平成 / 31年度/令和 /
    元年度): corpus seed 768 kpi_baseline_target in typst_borderless), whatever figures they hold, for
    a body row closes no bracket its header opened."""
    above = {col: "".join(row_texts) for col, row_texts in _column_texts(header).items()}
    open_above = all(bracket_depth(unicodedata.normalize("NFKC", above.get(c.col, ""))) > 0 for c in filled)
    return bool(filled) and open_above and any(_closes(c.text) for c in filled)


def _column_texts(rows: Sequence[Sequence[Cell]]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for row in rows:
        for c in row:
            if c.text.strip():
                out.setdefault(c.col, []).append(c.text.strip())
    return out


def _closes(text: str) -> bool:
    """True when the text closes a bracket opened before it (時)(2017年度: its ） comes before any （ of its own)."""
    depth = 0
    for ch in unicodedata.normalize("NFKC", text):
        depth += (ch in OPEN_BRACKETS) - (ch in CLOSE_BRACKETS)
        if depth < 0:
            return True
    return False


def recurs_in_body(table: Table, r: int) -> bool:
    """True for a row, not set again whole below, one of whose words recurs in its column under
    the first row of values: a header names its column once, a row label names a row each time
    (１.市税 | 補正 over | 現計 | 48,352,400, then ２.地方譲与税 | 補正 …: fuji_r7 p15's 補正予算整理表)."""
    first = next((k for k in range(r + 1, table.n_rows) if _is_body_row(table.rows[k:k + 1])), table.n_rows)
    texts = filled_texts_by_col(table.rows[r])
    below = [filled_texts_by_col(row) for row in table.rows[first + 1:]]
    return bool(texts) and texts not in below and any(
        row.get(col) == text for row in below for col, text in texts.items())


def filled_texts_by_col(row: Sequence[Cell]) -> dict[int, str]:
    return {c.col: c.text.strip() for c in row if c.text.strip()}


def _is_body_row(rows: Sequence[Sequence[Cell]]) -> bool:
    """True for a row (the one rows holds) with a data value in it."""
    filled = [c for row in rows[:1] for c in row if c.text.strip()]
    return any(is_body_value(c.text, filled) for c in filled)


def is_year_row(rows: Sequence[Sequence[Cell]]) -> bool:
    """True for a row (the one rows holds) of two or more cells that each state only a year: the
    header's years, under the label that heads the rows beside them (事業 set across two header
    rows, its lines on the first: corpus seed 9 budget_plan_years in pdf_rules, where the first
    row's 単位:千円 alone was taken for the header and the years for the body, the amounts then
    dated by the document)."""
    filled = [c for row in rows[:1] for c in row if c.text.strip()]
    return len(filled) >= 2 and all(is_year_cell(c.text) for c in filled)


CUT_GROUP_RE = re.compile(r"[0-9],[0-9]{1,2}$")  # 35,23: a digit group cut short, the number goes on below


def ends_cut_number(text: str) -> bool:
    """True when the text ends in a number cut inside its last digit group (35,23 of 35,234世帯): a
    body row a layout cut in two, no header (a header names its column, it cuts no figure)."""
    return bool(CUT_GROUP_RE.search(text.strip()))


AMOUNT_END_RE = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+\s*$")  # a line ending in 15,691


def ends_in_amount(cell: Cell) -> bool:
    """A cell with a line ending in a grouped amount (その他 15,691: the last lines of an entry
    begun on the page before): body, for a header names its columns and states no amount."""
    return any(AMOUNT_END_RE.search(line) for line in cell.raw.splitlines())


def caption_rows(table: Table) -> int:
    """Leading rows that are no column header: blank rows (a chart's plot area read with its
    data table under it) and title lines drawn inside the table's frame (歳入歳出予算事項別明細書
    / 1. 総括 / (歳入) over 款 | 本年度予算額 …), as long as a header row of several cells follows."""
    n = 0
    for row in table.rows:
        filled = [c for c in row if c.text.strip()]
        if filled and not (len(filled) == 1 and is_title_cell(filled[0], len(row))):
            break
        n += 1
    if n >= table.n_rows or sum(1 for c in table.rows[n] if c.text.strip()) < 2:
        return 0
    return n


def is_title_cell(cell: Cell, width: int) -> bool:
    """The lone words of a row set across the table's columns: a cell spanning them all, or one
    whose lines run past its own column's box (the title drawn where no rule parts the columns)."""
    if is_data_value(cell.text) or width < 2:
        return False
    box = cell.prov.bbox
    runs_past = box is not None and any(line[2] > box[2] + EDGE_TOL_PT for line in cell.line_bboxes)
    return cell.col_span >= width or runs_past
