"""Where a grid table's headers, labels and values are.

Header rows are the leading rows that hold no data value (header_rows.py); a headerless
table as wide as the one before continues it. Body columns are value columns when most of their cells read as numbers (or missing markers), label columns otherwise;
each label column gets a role from its header or its content: name, code, department,
note or unit. A table whose first label column holds years down the rows is transposed:
its rows, not its columns, carry the years.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from extract.interpret.compared import with_compared_years, with_summed_amounts
from extract.interpret.levels import NamedRows, complements_levels
from extract.interpret.facets import (
    EMPTY, Facets, actuals_between, bare_unit, is_unresolved_year, kind_of, kind_over_class, latest_as_baseline, level_reading,
    merge_path, read_facets, states_as_latest, table_class,
)
from extract.model import Cell, Table
from extract.text_items import strip_enumerator
from extract.interpret.cells import is_bare_year_cell, is_code, is_year_cell
from extract.vocab import (
    CODE_HEADER_WORDS, DEPARTMENT_HEADER_WORDS, DEPARTMENT_SUFFIXES, GROWTH_RATE_WORDS, KPI_KINDS, NOTE_HEADER_WORDS, ROW_MARK_WORDS,
    ROW_NAME_HEADS, STRONG_INDICATOR_WORDS, UNIT_WORDS, WORD_JOINERS,
)
from extract.interpret.header_rows import (  # the header rows' rules; re-exported for the readers that use them
    DIGIT_RE, EDGE_TOL_PT, LETTER_RE, PLACEHOLDERS, caption_rows, count_header_rows, ends_cut_number, is_class_label,
    is_data_value, is_header_word, is_name_header,
)
from normalize import MissingReason, Year, clean_text, parse_quantity, parse_unit, unit_from_header
from normalize.brackets import bracket_depth, without_bracket_groups
from normalize.vocab import COLUMN_UNITS
from normalize.units import UNIT_LABEL_PATTERN
from normalize.years import parse_year, parse_year_in_era, without_years

KIND_LABEL_MAX_CHARS = 8  # a longer row label names its row rather than stating a kind
KIND_PHRASE_MAX_CHARS = 16  # beside the rows' names a kind is stated in a phrase (最終年度に目指す目標値), never a sentence
VALUE_SHARE = 0.5  # share of a column's filled body cells that must read as values
YEAR_ROWS_SHARE = 0.8  # share of a label column's filled cells that are years in a transposed table
NOTE_CELL_CHARS = 40  # a label column averaging longer cells holds prose notes
NUMBER_CELL_CACHE_SIZE = 4096  # cell texts judged once: every candidate layout asks is_value_column of the same cells
UNIT_STATEMENT_RE = re.compile(UNIT_LABEL_PATTERN + r"[^\s\]）)］/]+")  # 単位：千円, 【単位】千円; a bare 単位 heads a unit column

Rows = tuple[tuple[Cell, ...], ...]
HEADER_PATH_SEPARATOR = " / "  # between the levels of a column's header path (財源内訳 / 国・県)


@dataclass(frozen=True, slots=True)
class Layout:
    """The reading of one table's structure."""

    header: Rows  # the column header rows (the table's own, or carried from the table before)
    start: int  # first body row
    value_cols: tuple[int, ...]
    label_roles: tuple[tuple[int, str], ...]  # (col, name | code | department | note | unit | year)
    col_facets: tuple[Facets, ...]  # merged header path of every column
    col_headers: tuple[str, ...]  # the header path's text of every column
    transposed: bool
    era: str | None = None  # the era the document writes its years in, for a row label's 28年度

    def role_of(self, col: int) -> str | None:
        return dict(self.label_roles).get(col)


def _has_data(rows: Rows) -> bool:
    return any(is_data_value(c.text) for row in rows for c in row if c.text.strip())


def is_inner_header(row: tuple[Cell, ...], width: int) -> bool:
    """A body row that is a header: every column under a cell of words, none a number, one
    naming the rows (手当の名称 | 主な支給対象職員 | 支給実績（令和5年度決算）)."""
    return is_words_row(row, width) and any(is_name_header(c.text) for c in row if c.text.strip())


def stacked_tables(table: Table) -> tuple[Table, ...]:
    """Given a table, the tables drawn in its frame: a box of values (支給実績 | 774千円) over
    a table with a header row of its own is two, split at that header row; so is a grid of
    keys over values whose next keys head the values under them (人口(人) | 面積(km2) over 800 |
    275.63, then 処理区域内人口(人) | 処理区域面積(km2) over 624 | 0.61); else the table."""
    n = count_header_rows(table)
    for r in range(n + 1, table.n_rows - 1):
        inner = is_inner_header(table.rows[r], table.n_cols) or (
            is_words_row(table.rows[r], table.n_cols) and _values_only(table.rows[n:r]) and _values_only(table.rows[r + 1:r + 2]))
        if inner and _has_data(table.rows[n:r]) and _has_data(table.rows[r + 1:]):
            return replace(table, rows=table.rows[:r]), replace(table, rows=table.rows[r:])
    return (table,)


def split_at_repeated_header(table: Table) -> tuple[Table, ...]:
    """Given a table, its parts under each copy of its header rows set again inside it (a
    header repeated every few rows, or two tables of one header set with no gap between them),
    each part opening with its copy; else the table."""
    n = count_header_rows(table)
    header = [filled_texts(row) for row in table.rows[:n]]
    cuts = [0]
    for r in range(n + 1, table.n_rows - n):
        if n and r >= cuts[-1] + n + 1 and [filled_texts(row) for row in table.rows[r:r + n]] == header:
            cuts.append(r)
    bounds = [*cuts, table.n_rows]
    return tuple(replace(table, rows=table.rows[a:b]) for a, b in zip(bounds, bounds[1:]))


def filled_texts(row: Sequence[Cell]) -> list[str]:
    """The texts of a row's filled cells, left to right (a header row compared with its copy)."""
    return [c.text for c in row if c.text.strip()]


def is_words_row(row: tuple[Cell, ...], width: int) -> bool:
    """Every column under a cell of words, none a number."""
    filled = [c for c in row if c.text.strip()]
    covered = {col for c in filled for col in range(c.col, c.col + c.col_span)}
    return len(filled) > 1 and covered >= set(range(width)) and not any(is_data_value(c.text) for c in filled)


def _values_only(rows: Rows) -> bool:
    """Rows whose every filled cell is a value or a placeholder: no label names them."""
    cells = [c for row in rows for c in row if c.text.strip()]
    return bool(cells) and all(is_data_value(c.text) or parse_quantity(c.text).missing_reason in PLACEHOLDERS
                               for c in cells)


def header_text(cell: Cell) -> str:
    """A header cell's text, a last line that is nothing but a unit (本年度予算額 / 千円) written as
    the bracketed unit it is (本年度予算額（千円）): where a header states its unit is its writer's choice."""
    text = cell.text.strip()
    lines = [ln for ln in cell.raw.splitlines() if ln.strip()]
    lines = lines if len(lines) > 1 else cell.raw.split()  # a text export writes a cell's lines with spaces
    if len(lines) < 2 or unit_from_header(text) or not (unit := bare_unit(lines[-1].replace(" ", ""))):
        return text
    if parse_unit(unit)[0] not in COLUMN_UNITS or lines[-2].rstrip().endswith(tuple(WORD_JOINERS)):
        return text  # 国・ / 県: a wrapped word, 県 no unit a column is counted in
    if is_name_header(text):
        return text  # 課 / 名, 施設 / 名: a name header wrapped before its 名, not a count of persons
    words = " ".join(lines[:-1]).split()
    if is_data_value(" ".join(words)) or (len(words) > 1 and all(len(w) == 1 for w in words)):
        return text  # 166,600 円: a value; 事 業 名: letters set apart, 名 no unit of a header
    rest = text.removesuffix(clean_text(lines[-1])).strip()
    return f"{rest}（{unit}）" if rest else text


def header_grid(header: Rows, width: int) -> list[list[str]]:
    """Header texts per level and column, each spanning cell repeated over its columns; in
    rows without spans an empty cell takes its left neighbour's text when that neighbour
    groups the cells below it (財源内訳 over 国・県 | 地方債 | その他)."""
    grid = [[header_text(r[c]) if c < len(r) else "" for c in range(width)] for r in header]
    for level, row in enumerate(header):
        for cell in row:
            for col in range(cell.col + 1, min(cell.col + cell.col_span, width)):
                grid[level][col] = grid[level][col] or grid[level][cell.col]
    for level in range(len(grid) - 1):
        if any(c.col_span > 1 for c in header[level]):
            continue  # the row states its spans (計画目標値 over three columns): an empty cell beside one is no part of it
        for col in range(1, width):
            below, left_below = grid[level + 1][col], grid[level + 1][col - 1]
            if not grid[level][col] and below and left_below and grid[level][col - 1]:
                grid[level][col] = grid[level][col - 1]
    return grid


def read_header_facets(text: str, era: str | None) -> Facets:
    """A header cell's facets; a year written without its era (29年度) in the document's era."""
    facets = read_facets(text)
    if facets.year is None and era and (year := parse_year_in_era(text, era)):
        return replace(facets, year=year, label=facets.label.replace(year.text.removeprefix(era), "").strip())
    return facets


def _open_bracket(text: str) -> bool:
    """True when the text opens a bracket it does not close (当初予算額（千)."""
    return bracket_depth(unicodedata.normalize("NFKC", text)) > 0


def bracket_joined(path: Sequence[str]) -> list[str]:
    """A column's header texts, top to bottom, a text whose bracket is left open joined to the
    text below that goes on with it: a header wrapped inside its unit (当初予算額（千 / 円）) whose
    lines a layout set in two header rows."""
    out: list[str] = []
    for text in path:
        if out and _open_bracket(out[-1]):
            out[-1] += text
        else:
            out.append(text)
    return out


def column_paths(header: Rows, width: int, era: str | None) -> tuple[tuple[Facets, ...], tuple[str, ...]]:
    """Each column's facets, merged down its header path, and the path's texts joined by " / "."""
    grid = header_grid(header, width)
    facets, texts = [], []
    for col in range(width):
        path = bracket_joined(list(dict.fromkeys(level[col] for level in grid if level[col])))
        facets.append(merge_path([read_header_facets(t, era) for t in path]) if path else EMPTY)
        texts.append(HEADER_PATH_SEPARATOR.join(path))
    return tuple(facets), tuple(texts)


def anchor_relative_years(facets: Sequence[Facets]) -> tuple[Facets, ...]:
    """前々年度 | 前年度 | 本年度 | 29年度 | 30年度: relative columns next to a run of
    consecutive years take their years from it, when every column agrees and the run's columns
    stand side by side: a 本年度 heading a funding column after 前年度 | 本年度 amounts and a 比較
    column between (財源内訳(本年度) over one of its sub-columns) is the year of the amounts, not
    the next one (corpus seed 701 budget_main_projects in calc_borderless)."""
    cols = [i for i, f in enumerate(facets) if f.year is not None or f.relative_year is not None]
    if cols and cols[-1] - cols[0] != len(cols) - 1:
        return tuple(facets)
    dated = [(pos, year.start) for pos, i in enumerate(cols) if (year := facets[i].year) is not None]
    relative = [(pos, facets[i].relative_year) for pos, i in enumerate(cols)
                if facets[i].year is None and facets[i].relative_year is not None]
    if not dated or not relative:
        return tuple(facets)
    base = {year - pos for pos, year in dated}  # the year at position 0, if consecutive
    anchors = {pos - offset for pos, offset in relative if offset is not None}  # position of 本年度
    if len(base) != 1 or len(anchors) != 1:
        return tuple(facets)
    this_year = base.pop() + anchors.pop()
    out = list(facets)
    for pos, offset in relative:
        start = this_year + (offset or 0)
        out[cols[pos]] = replace(facets[cols[pos]], year=Year(start, start, "fiscal", facets[cols[pos]].label))
    return tuple(out)


def fill_blank_header(header: Rows, previous: Rows) -> Rows:
    """A header that repeats the table before's (same width, same words where it has words)
    but leaves some cells blank takes those cells from it (nousyuu: 29年度 … left blank)."""
    width = len(previous[0])
    own, before = header_grid(header, width), header_grid(previous, width)
    if len(own) != len(before) or own == before:
        return header
    if any(a and a != b for row_a, row_b in zip(own, before) for a, b in zip(row_a, row_b)):
        return header
    return previous


def _column_span(table: Table, col: int, start: int) -> tuple[float, float] | None:
    boxes = [box for r in table.rows[start:]
             if col < len(r) and r[col].text.strip() and r[col].col_span == 1 and (box := r[col].prov.bbox)]
    return (min(b[0] for b in boxes), max(b[2] for b in boxes)) if boxes else None


def aligned_header(table: Table, previous: Rows) -> Rows | None:
    """The header of the table above, laid over a headerless continuation drawn on another
    column grid: each column takes the header column it overlaps most (by x, in points). None
    when two of its columns of figures would take one header column: the continuation was set
    on columns of its own, and which header stands over which column is not shown (corpus seed
    10 budget_main_projects in pdf_rules: eleven columns on the next page under a header read as
    ten). Label columns may share one (内訳 | 1 | 物価高騰対策事業 under 会計名, nobeoka p1)."""
    width = len(previous[0])
    grid = header_grid(previous, width)
    spans = {c: b for c in range(width) if (b := _header_span(previous, c)) is not None}
    bests = [_aligned_column(grid, spans, _column_span(table, col, 0)) for col in range(table.n_cols)]
    taken = [b for col, b in enumerate(bests) if b is not None and
             any(col < len(r) and is_data_value(r[col].text) for r in table.rows)]
    if len(taken) != len(set(taken)):
        return None
    rows = [list(row) for row in previous]
    out: list[list[Cell]] = [[] for _ in previous]
    for col in range(table.n_cols):
        best = bests[col]
        for level, row in enumerate(rows):
            source = row[best] if best is not None and best < len(row) else None
            text = grid[level][best] if best is not None else ""
            prov = replace(source.prov, col=col) if source is not None else table.prov
            out[level].append(Cell(text, text, prov))
    return tuple(tuple(level) for level in out)


def _aligned_column(grid: list[list[str]], spans: dict[int, tuple[float, float]],
                    span: tuple[float, float] | None) -> int | None:
    """The header column a continuation's column lies under: the one it overlaps most, or,
    when it spans several whole header columns one of which names the rows (一般会計合計
    across No | 款・項・目 | 事業名 | 概要), that one: a label across the name column."""
    if span is None or not spans:
        return None
    covered = [c for c, (x0, x1) in sorted(spans.items())
               if span[0] - EDGE_TOL_PT <= x0 and x1 <= span[1] + EDGE_TOL_PT]
    named = [c for c in covered if any(is_name_header(level[c]) for level in grid)]
    if len(covered) > 1 and named:
        return named[0]
    best = max(spans, key=lambda c: _overlap(spans[c], span))
    return best if _overlap(spans[best], span) > 0 else None


def _header_span(header: Rows, col: int) -> tuple[float, float] | None:
    """x-range of a header column: its lowest own cell's box."""
    for row in reversed(header):
        cell = row[col] if col < len(row) else None
        if cell is not None and cell.prov.bbox and cell.col_span == 1 and cell.text.strip():
            return cell.prov.bbox[0], cell.prov.bbox[2]
    return None


def _overlap(a: tuple[float, float], b: tuple[float, float] | None) -> float:
    return min(a[1], b[1]) - max(a[0], b[0]) if b else 0.0


def lowest_header(header: Rows, col: int) -> str:
    """The innermost header text over a column (区分 / 令和5年度 → 令和5年度)."""
    texts = [r[col].text.strip() for r in header if col < len(r) and r[col].text.strip()]
    return texts[-1] if texts else ""


def date_differences(facets: Sequence[Facets]) -> tuple[Facets, ...]:
    """A difference column (差額, 増減, 比較) or a growth rate (増減率, 伸率) without a year of
    its own is dated to the newest year of the table's columns (R6予算額 − R5決算額 belongs to R6)."""
    years = [f.year for f in facets if f.year is not None and f.kind != "difference"]
    if not years:
        return tuple(facets)
    newest = max(years, key=lambda y: y.start)
    return tuple(replace(f, year=newest) if is_change(f) and f.year is None and f.relative_year is None
                 else f for f in facets)


def is_change(facets: Facets) -> bool:
    """A column of changes from the year before: differences and growth rates (not shares)."""
    return facets.kind == "difference" or (facets.kind == "ratio" and any(w in facets.label for w in GROWTH_RATE_WORDS))


def _filled(table: Table, col: int, start: int) -> list[Cell]:
    return [r[col] for r in table.rows[start:] if col < len(r) and r[col].text.strip()]


def is_number_cell(cell: Cell) -> bool:
    """A number, or numbers one per line (696 over 696), possibly with as many lines of
    words between them ((債) over 10,800); a name with a digit on a line of its own
    (給付事業 / 1 / 【総務課】) is not one."""
    return is_number_text(cell.raw, cell.text)


@lru_cache(maxsize=NUMBER_CELL_CACHE_SIZE)
def is_number_text(raw: str, text: str) -> bool:
    """is_number_cell of a cell's raw text (its lines) and its text."""
    lines = [ln for ln in raw.splitlines() if ln.strip()] or [text]
    if is_data_value(text):
        return True
    if parse_quantity(text).missing_reason == MissingReason.UNIT_ONLY:
        return False  # 千 over 人: a unit wrapped in a narrow 単位 column, its scale word no figure
    numbers = [ln for phrase in bracket_phrases(lines) for ln in phrase
               if is_data_value(ln) and (len(phrase) == 1 or is_data_value("".join(phrase)))]
    words = [ln for ln in lines if ln not in numbers]
    return bool(numbers) and len(numbers) >= len(words) and not any(DIGIT_RE.search(ln) for ln in words)


def bracket_phrases(lines: Sequence[str]) -> list[list[str]]:
    """The lines in phrases, a line leaving a bracket open grouped with the lines after it up to the
    one closing it: one phrase the engine wrapped inside its brackets. A line that reads as a
    figure only cut there (2010（平成 22 over 年度）, a year down the rows of a transposed table,
    corpus seed 929 kpi_transposed in typst_borderless, --vocab dev4) is no figure over a line of
    words (is_number_text)."""
    out: list[list[str]] = []
    for line in lines:
        if out and bracket_depth(clean_text("".join(out[-1]))) > 0:
            out[-1].append(line)
        else:
            out.append([line])
    return out


def is_value_column(cells: Sequence[Cell]) -> bool:
    numbers = sum(is_number_cell(c) for c in cells)
    placeholders = sum(parse_quantity(c.text).missing_reason in PLACEHOLDERS for c in cells)
    return numbers > 0 and numbers + placeholders >= VALUE_SHARE * len(cells)


def opens_with_unit(cells: Sequence[Cell]) -> bool:
    """True when the column's first filled cell opens with a line that is nothing but a unit
    (千円 over the 説明 of an entry): the column states the unit of the amounts it lists."""
    lines = [ln for ln in cells[0].raw.splitlines() if ln.strip()] if cells else []
    return len(lines) > 1 and bare_unit(clean_text(lines[0])) is not None


ITEMISED_LINE_RE = re.compile(r"[^\s0-9,.]\s+[△▲]?[0-9][0-9,]*$")  # 14 商業支援（経済産業部） 12,727: words, then a figure apart
MIN_ITEMISED_LINES = 2  # lines naming an amount each: a list of items, not a sentence with a figure at its end


def itemises_amounts(cells: Sequence[Cell]) -> bool:
    """True when the column's lines name amounts, each at its end set apart from its words (14 商業支援（経済産業部）
    12,727 / 15 …): a 説明 column itemising the amounts of a 目 whose row is on a page before (setagaya p210), under a
    caption stating their unit rather than a 千円 atop the column."""
    lines = [ln for c in cells for ln in unicodedata.normalize("NFKC", c.raw).splitlines()]
    return sum(bool(ITEMISED_LINE_RE.search(ln.strip())) for ln in lines) >= MIN_ITEMISED_LINES


def is_note_header(header: str) -> bool:
    """説明, 備考, 補正内容: a column of notes, whose words-and-amount cells (人件費の増 59,579) are
    labelled amounts of their own, not the row's values with words about them (read_layout: unless the
    header states a KPI kind, 目標値（計画期間最終年度）, whose 期間 is the plan's). The column's own words
    say so: a group header over it (財源内容 over 国及び県支出金 | 市債) names the columns it spans."""
    compact = UNIT_STATEMENT_RE.sub("", own_header(header).replace(" ", ""))
    return any(w in compact for w in NOTE_HEADER_WORDS)


def own_header(header: str) -> str:
    """The lowest level of a column's header path that holds words, not only a unit or a year (説明 over
    （千円）): the column's own header; the levels above group it with its neighbours."""
    levels = header.split(HEADER_PATH_SEPARATOR)
    return next((level for level in reversed(levels) if read_facets(level).label), levels[-1])


def names_rows(header: str) -> bool:
    """A column headed as the rows' names by its own header, the lowest of its path: a group header over
    it (財源区分 over 国庫支出金 | 地方債) names the columns it spans, no rows."""
    return is_name_header(header.split(HEADER_PATH_SEPARATOR)[-1])


def is_bare_number(text: str) -> bool:
    """A number with no words about it (1,234, △5.2%)."""
    return is_data_value(text) and not LETTER_RE.search(text)


def is_row_numbering(cells: Sequence[Cell]) -> bool:
    """1, 2, 3 … down a column: the rows' numbers, not values."""
    texts = [c.text.strip() for c in cells]
    return len(texts) >= 2 and texts == [str(i) for i in range(1, len(texts) + 1)]


AXIS_MIN_TICKS = 4  # a chart's value axis: at least this many evenly stepped numbers down to 0


def is_axis(table: Table, col: int, start: int) -> bool:
    """20,000 / 15,000 / 10,000 / 5,000 / 0 down a column (words beside them, a source note
    under them): the tick labels of a chart's value axis read with the chart's other text, not
    values. A run of targets stepping evenly does not end on 0, or its rows name their years
    (15 / 10 / 5 / 0 待機児童数 down the years of a transposed table)."""
    ticks = [(row, v) for row in table.rows[start:]
             if col < len(row) and (v := parse_quantity(row[col].text).value) is not None]
    values = [v for _, v in ticks]
    if len(values) < AXIS_MIN_TICKS or 0 not in (values[0], values[-1]):
        return False
    steps = {round(b - a, 6) for a, b in zip(values, values[1:])}
    dated = any(is_year_cell(c.text) for row, _ in ticks for c in row)
    return len(steps) == 1 and steps != {0} and not dated


def is_code_header(header: str) -> bool:
    """番号, No.: a column numbering the rows, whatever its cells hold."""
    return any(w in header.replace(" ", "") for w in CODE_HEADER_WORDS)


def label_role(header: str, texts: Sequence[str], after_label: bool = False) -> str:
    """What a label column holds, from its header words, else its content; after_label: a label
    column stands left of it (its names or years name the rows)."""
    # ［単位：千円］ atop the column states the table's unit; only a bare 単位 heads a unit column
    compact = UNIT_STATEMENT_RE.sub("", header.replace(" ", ""))
    # 指標の内容 names the indicators, whatever note word it holds
    for role, words in (("code", CODE_HEADER_WORDS), ("department", DEPARTMENT_HEADER_WORDS),
                        ("unit", UNIT_WORDS), ("name", STRONG_INDICATOR_WORDS), ("note", NOTE_HEADER_WORDS)):
        if any(w in compact for w in words):
            if role == "code" and is_name_header(compact) and not all(map(is_code, texts)):
                break  # No項目 over 1世帯数: the code and name columns run together, names with their numbers
            if role == "note" and not after_label and are_years(texts, is_one_year_cell):
                return "year"  # 計画期間 over 令和5年度 / 令和6年度 …: the rows' years, not notes on spans (R2～R6)
            return role
    if are_years(texts):
        return "year"
    if texts and all(is_code(t) for t in texts):
        return "code"
    longest = max((len(kind_phrase(t)) for t in texts), default=0)
    if texts and all(kind_of(t) for t in texts) and longest <= (KIND_PHRASE_MAX_CHARS if after_label else KIND_LABEL_MAX_CHARS):
        # 目標 / 実績 down the rows: what each row's values are; beside the column naming the rows
        # (婚姻件数 | 最新の実績, 最終年度に目指す目標値) a kind stated in a phrase
        return "kind"
    if after_label and kinds_in_one_unknown_word(texts):
        return "kind"
    if texts and sum(len(t) for t in texts) / len(texts) > NOTE_CELL_CHARS:
        return "note"
    return "name"


def kind_phrase(text: str) -> str:
    """A label's words stating its kind: those outside its brackets where they state one (目標値（計画期間の最終年度末時点）:
    目標値, the bracket qualifying it, as long as it runs), else all of it (市民満足度（目標値）: a name, the kind in its bracket)."""
    bare = without_bracket_groups(text, "").strip()
    return bare if bare and kind_of(bare) else text


def are_years(texts: Sequence[str], is_year: Callable[[str], bool] = is_year_cell) -> bool:
    """A label column's cells that state years, one to a row (enough of them: a row may hold a note)."""
    return bool(texts) and sum(map(is_year, texts)) >= YEAR_ROWS_SHARE * len(texts)


def is_one_year_cell(text: str) -> bool:
    """令和5年度, 平成22年度末時点: one year and nothing else (not R2～R6, a span: a period's note; not ＡＡ（R3）, a card's
    label dated)."""
    year = parse_year(text)
    return is_bare_year_cell(text) and year is not None and year.start == year.end


def kinds_in_one_unknown_word(texts: Sequence[str]) -> bool:
    """True for a column beside the rows' names of short kind words (計画 / 目標) where one word the
    reader does not know stands on several rows in their place (ＢＢ | 計画 | ＢＢ | 計画): a kind
    column stating some rows' kind in that word, which gives those rows none."""
    unknown = [t for t in texts if not kind_of(t)]
    return (len(unknown) < len(texts) and len(set(unknown)) == 1 and len(unknown) > 1
            and all(0 < len(t) <= KIND_LABEL_MAX_CHARS and not DIGIT_RE.search(t) for t in texts))


DEPARTMENT_MAX_CHARS = 16  # 健康福祉部子育て支援課 (11): a longer cell is a name that happens to end so


def is_department(text: str) -> bool:
    compact = text.replace(" ", "")
    return 0 < len(compact) <= DEPARTMENT_MAX_CHARS and compact.endswith(DEPARTMENT_SUFFIXES)


def departments_by_content(roles: list[tuple[int, str]], texts: Callable[[int], list[str]]) -> list[tuple[int, str]]:
    """A name column holding departments only (企画課 | 財政課 …) beside another name column is the
    departments' column (a header row the layout merged into the first body row left it
    unheaded); a table whose only names are departments keeps them as its rows' names."""
    names = {col: texts(col) for col, role in roles if role == "name"}
    departments = {col for col, cells in names.items() if cells and all(map(is_department, cells))}
    if not departments or not set(names) - departments:
        return roles
    return [(col, "department" if col in departments else role) for col, role in roles]


# Words standing in a value's place (該当数値なし, 未公表, 調査中, なし): a value column's cell, never a row's name.
PLACEHOLDER_REASONS = frozenset({MissingReason.NOT_APPLICABLE, MissingReason.NOT_SURVEYED, MissingReason.UNPUBLISHED,
                                 MissingReason.IN_PROGRESS, MissingReason.NONE,
                                 MissingReason.DASH})  # 円 over －: a unit printed over a dash (is_stacked_dash)


def is_name(text: str) -> bool:
    """A row name, not a mark (新, 拡充, ●), a bare enumerator (②), a piece of a number
    without a word (.8%), (26.5%: a chart's data labels read as a table) or the words standing
    in a missing value's place (該当数値なし)."""
    return (bool(text) and text not in ROW_MARK_WORDS and bool(strip_enumerator(text))
            and bool(LETTER_RE.search(text)) and parse_quantity(text).missing_reason not in PLACEHOLDER_REASONS)


def name_columns(roles: list[tuple[int, str]], headers: Sequence[str], first_value: int,
                 has_names: Callable[[int], bool], names_each_row: Callable[[int], bool] = lambda col: False,
                 kpi: bool = False, named_rows: Callable[[int], NamedRows] = lambda col: ()) -> list[tuple[int, str]]:
    """Row names stand left of the values; when some label columns are headed as names
    (事業名, 科目, 区分 …) and hold names, those and the unheaded ones (項 under a 款
    header spanning both) name the rows, the other text columns are notes. A column under
    words the reader does not know naming each row (names_each_row) right of headed name
    columns that group rows (施策の方向 over two indicators, not headed as the rows' names: 手当の名称
    spanning its sub-rows names them) names the rows inside them; where the
    headed columns name every row too, in a table of KPI values (kpi), neither is sure to name the
    indicator and none names the rows."""
    headed = {c for c, role in roles
              if role == "name" and is_name_header(headers[c]) and has_names(c)}
    # 款名 | ＹＹ, ＸＸ | 科目（項名称）: a level of the outline under words the reader does not know names its rows too
    headed |= {c for c, role in roles if role == "name" and headed and c < first_value and c not in headed
               and complements_levels(named_rows(c), [named_rows(h) for h in sorted(headed)])}
    unknown = {c for c, role in roles if role == "name" and headed and max(headed) < c < first_value
               and headers[c] and names_each_row(c)}
    # 手当の名称 spanning its sub-rows still names them (its 業務 beside are notes); 施策の方向 groups
    grouped = not any(names_each_row(h) or headers[h].replace(" ", "").endswith(ROW_NAME_HEADS) for h in headed)
    out = []
    for col, role in roles:
        if role == "name" and (col > first_value or headed and col not in headed | unknown and headers[col]):
            role = "note"
        elif role == "name" and unknown and not grouped and kpi and col in headed | unknown:
            role = "note"  # 施策の方向 | ＤＤ, a name on every row of both: which names the indicator is not said
        elif role == "name" and col in unknown and not grouped:
            role = "note"
        out.append((col, role))
    return out


def names_each_row(table: Table, col: int, start: int, value_cols: Sequence[int]) -> bool:
    """True when the column holds a name on every body row holding a value (its rows' own
    names), False when it leaves one blank (a group's label spanning rows)."""
    named = named_value_rows(table, col, start, value_cols)
    return bool(named) and all(named)


def named_value_rows(table: Table, col: int, start: int, value_cols: Sequence[int]) -> NamedRows:
    """Per body row holding a value, whether the column holds a name on it."""
    rows = [r for r in table.rows[start:] if any(c < len(r) and r[c].text.strip() for c in value_cols)]
    return tuple(col < len(r) and is_name(r[col].text.strip()) for r in rows)


def with_actuals_between(facets: tuple[Facets, ...], value_cols: Sequence[int]) -> tuple[Facets, ...]:
    """The table's value columns with the series under one unknown word between its baseline and
    its target read as its actuals (actuals_between)."""
    columns = [(facets[c].kind, facets[c].year, without_years(facets[c].label) if is_unknown_dated(facets[c]) else None)
               for c in value_cols]
    actual = {value_cols[i] for i in actuals_between(columns)}
    return tuple(replace(f, kind="actual", unread=False) if c in actual else f for c, f in enumerate(facets))


def with_kinds_by_table(facets: tuple[Facets, ...], texts: tuple[str, ...], value_cols: Sequence[int],
                        roles: Sequence[tuple[int, str]]) -> tuple[Facets, ...]:
    """The table's value columns naming no kind with the kind their header's words name over the class of number the other
    columns show (facets.kind_over_class: 年度末実績 beside 目標値, the actual); not where years run down the rows: there a
    column's words may name its indicator (目標値 | 評価年度の実績 under a caption naming it: the name is the caption's)."""
    cls = table_class([facets[c].kind for c in value_cols])
    if cls is None or any(role == "year" for _, role in roles):
        return facets
    out = list(facets)
    for c in value_cols:
        worded = [t for t in texts[c].split(HEADER_PATH_SEPARATOR) if level_reading(read_facets(t)) != "generic"]
        # one worded level: a second names what the column counts (年度末実績 over an indicator's name, years down the rows)
        kind = kind_over_class(worded[0], cls) if facets[c].kind is None and len(worded) == 1 else None
        if kind is not None:
            out[c] = replace(facets[c], kind=kind, unread=is_unresolved_year(facets[c]))
    return tuple(out)


def with_states_as_latest(facets: tuple[Facets, ...], value_cols: Sequence[int],
                          roles: Sequence[tuple[int, str]]) -> tuple[Facets, ...]:
    """The table's value columns with the state named alone beside a baseline stated by its point read as the latest actual
    (states_as_latest: 策定時 | 現状 | 目標); not where years run down the rows (a series under each column)."""
    if any(role == "year" for _, role in roles):
        return facets
    latest = {value_cols[i] for i in states_as_latest([(facets[c].kind, facets[c].year, facets[c].label) for c in value_cols])}
    return tuple(replace(f, kind="actual") if c in latest else f for c, f in enumerate(facets))


def with_latest_as_baseline(facets: tuple[Facets, ...], value_cols: Sequence[int],
                            roles: Sequence[tuple[int, str]]) -> tuple[Facets, ...]:
    """The table's value columns with the one naming the latest point beside a target and no baseline read as the
    baseline (latest_as_baseline); not where years run down the rows: under them a column is a series, the actuals."""
    if any(role == "year" for _, role in roles):
        return facets
    at = latest_as_baseline([(facets[c].kind, facets[c].year, facets[c].label) for c in value_cols])
    return facets if at is None else tuple(replace(f, kind="baseline") if c == value_cols[at] else f for c, f in enumerate(facets))


def is_unknown_dated(facets: Facets) -> bool:
    """A column dated in words the reader does not know (ＢＢ（H30）): no kind, no relative year."""
    return facets.unread and facets.kind is None and facets.relative_year is None and facets.year is not None


def shift_stray_headers(table: Table, n: int, facets: tuple[Facets, ...], texts: tuple[str, ...],
                        roles: list[tuple[int, str]], value_cols: list[int],
                        ) -> tuple[tuple[Facets, ...], tuple[str, ...], list[tuple[int, str]]]:
    """A kind header (目標値) over an empty column beside a value column that states none
    belongs to that column: headers drawn one column off their data."""
    facets_out, texts_out = list(facets), list(texts)
    stray = set()
    for col, _ in roles:
        if facets[col].kind is None or _filled(table, col, n):
            continue
        for neighbour in (col + 1, col - 1):
            if neighbour in value_cols and facets_out[neighbour].kind is None:
                facets_out[neighbour] = merge_path([facets[col], facets_out[neighbour]])
                texts_out[neighbour] = " / ".join(t for t in (texts[col], texts[neighbour]) if t)
                stray.add(col)
                break
    return tuple(facets_out), tuple(texts_out), [(c, r) for c, r in roles if c not in stray]


def read_layout(table: Table, previous_header: Rows | None = None, era: str | None = None) -> Layout | None:
    """Given a grid table (and the header of the table before it), return its layout, or
    None when it holds no numbers."""
    n = count_header_rows(table)
    header: Rows = table.rows[caption_rows(table) if n else 0:n]
    if previous_header and len(previous_header[0]) == table.n_cols:
        header = previous_header if not n else fill_blank_header(header, previous_header)
    elif previous_header and not n:
        header = aligned_header(table, previous_header) or header
    facets, texts = column_paths(header, table.n_cols, era)
    facets = date_differences(anchor_relative_years(facets))
    value_cols: list[int] = []
    roles: list[tuple[int, str]] = []
    for col in range(table.n_cols):
        filled = _filled(table, col, n)
        if (filled and is_value_column(filled) and not is_code_header(texts[col]) and not is_row_numbering(filled)
                and not is_axis(table, col, n)
                and not ((names_rows(texts[col]) or is_note_header(texts[col]) and facets[col].kind not in KPI_KINDS)
                         and not all(is_bare_number(c.text) for c in filled))):
            value_cols.append(col)
        elif filled or texts[col]:
            year_header = not filled and is_year_cell(lowest_header(header, col))
            role = label_role(texts[col], [c.text.strip() for c in filled], any(r in ("name", "year") for _, r in roles))
            roles.append((col, "year" if year_header else role))
    if not value_cols and not any(role == "note" and is_note_header(texts[c])
                                  and (opens_with_unit(_filled(table, c, n)) or itemises_amounts(_filled(table, c, n)))
                                  for c, role in roles):
        return None  # a 説明 column stating its unit (千円 atop) or listing amounts gives them on a page of its own
    facets, texts, roles = shift_stray_headers(table, n, facets, texts, roles, value_cols)
    facets = with_kinds_by_table(facets, texts, value_cols, roles)
    facets = with_latest_as_baseline(with_actuals_between(facets, value_cols), value_cols, roles)
    facets = with_states_as_latest(facets, value_cols, roles)
    facets = with_summed_amounts(table, n, with_compared_years(table, n, facets, value_cols), value_cols)
    roles = name_columns(roles, texts, value_cols[0] if value_cols else table.n_cols,
                         lambda col: any(is_name(c.text.strip()) for c in _filled(table, col, n)),
                         lambda col: names_each_row(table, col, n, value_cols),
                         any(facets[c].kind in KPI_KINDS for c in value_cols),
                         lambda col: named_value_rows(table, col, n, value_cols))
    roles = departments_by_content(roles, lambda col: [c.text.strip() for c in _filled(table, col, n)])
    transposed = any(role == "year" for _, role in roles[:1])
    return Layout(header, n, tuple(value_cols), tuple(roles), facets, texts, transposed, era)
