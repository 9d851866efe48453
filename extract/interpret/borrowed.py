"""Whether a table with no header of its own is read under the header of the table before it.

A body set on its own (a table continued on the next page, a group of rows a layout set apart
under a heading) takes the header above; read under another table's header its values take
that table's years, a wrong value where a missing one was due. So the header is borrowed only
where nothing says it is not the body's: the table before is on this page or the one before,
no line between them states a header of its own (目標年度値(2022年度): the body's own
header, set apart from it by a reader, under a header of 到達目標(2023年度)), and the body
does not open with a header of its own glued to a row that the header above contradicts
(指標の名称 | 種別 | 平成27年度80.70 under 令和6年度, where 項目納税者… | 現状値2,590千円 (R1)
under 項目 | 現状値 agrees); a body set
on columns of its own holds one figure per cell (94.8 96.7 in one: two of its columns merged, the
header's columns over them not known).
"""

from __future__ import annotations

import re

from extract.interpret.facets import glued_kinds, read_facets
from extract.interpret.header_rows import is_data_value, is_header_word
from extract.interpret.structure import Rows, column_paths
from extract.model import Cell, Table
from extract.vocab import KPI_KINDS
from normalize.missing import missing_marker
from normalize.years import parse_year

TWO_NUMBERS_RE = re.compile(r"[0-9][0-9,.]*\s+[0-9]")  # 94.8 96.7: two figures a space apart in one cell
MAX_PAGE_GAP = 1  # pages: a table runs on onto the next page at most, never past a page of its own
STRADDLE_PT = 3.0  # a cell reaching this far into each of two header columns lies across them


def may_borrow_header(table: Table, header: Rows, before: Table | None, caption: str, era: str | None) -> bool:
    """True when the table (without a header of its own) may be read under header, the header
    of the table before it; caption: the lines between them."""
    if before is not None and table.prov.page is not None and before.prov.page is not None and \
            table.prov.page - before.prov.page > MAX_PAGE_GAP:
        return False
    if header and len(header[0]) != table.n_cols and any(holds_two_figures(c.text) for row in table.rows for c in row):
        return False  # built on columns of its own, two figures in a cell: columns merged, none certain
    if header and len(header[0]) != table.n_cols and straddles_columns(table, header):
        return False  # built on columns of its own, across the header's: another grid
    glued = has_unread_header(table) and contradicts_header(table.rows[0], header, era)
    return not states_other_header(caption, header, era) and not states_own_header(caption) and not glued


def straddles_columns(table: Table, header: Rows) -> bool:
    """True when a cell of the table starting past the header's first column lies across two of
    its columns (STRADDLE_PT into each; the columns as column_spans gives them): a body's cells
    keep inside its header's columns, so the lines under a table with a grid of their own
    (報告定点数 over the wards 中央 and 兵庫, kobe_kansensho p1) are not its rows. A cell starting
    in the first column may run on (a total's label over the label columns, 一般会計合計; a grid
    of the first column's own, 内訳 | 1 | 事業名: nobeoka p1, p8)."""
    spans = column_spans(header)
    if len(spans) < 2:
        return False
    past_first = spans[0][1] - STRADDLE_PT
    return any(sum(min(b, c.prov.bbox[2]) - max(a, c.prov.bbox[0]) >= STRADDLE_PT for a, b in spans) >= 2
               for row in table.rows for c in row if c.text.strip() and c.prov.bbox and c.prov.bbox[0] >= past_first)


def column_spans(header: Rows) -> list[tuple[float, float]]:
    """Each header column's x-range where it was drawn: its narrowest cell over the header rows
    (a group cell, 本年度予算額の財源内訳 over four columns, spans them; its sub-headers give each)."""
    spans: dict[int, tuple[float, float]] = {}
    for row in header:
        for j, c in enumerate(row):
            if c.prov.bbox and (j not in spans or c.prov.bbox[2] - c.prov.bbox[0] < spans[j][1] - spans[j][0]):
                spans[j] = (c.prov.bbox[0], c.prov.bbox[2])
    return [spans[j] for j in sorted(spans)]


def states_own_header(caption: str) -> bool:
    """True when caption lines, each on its own, state two different KPI kinds, one of them with a
    year (計画値(目標)(令和5(2023)年度) over 最近の実績値(令…: the cells of a header row a reader set apart
    from its body, corpus seed 716 kpi_progress in pdf_rules, dev4 wordings): the body's own
    header, not read, under which another table's header would misdate its values."""
    lines = [line for line in caption.splitlines() if line.strip()]
    facets = [f for line in lines if (f := read_facets(line)).kind in KPI_KINDS]
    two_kinds_dated = len({f.kind for f in facets}) >= 2 and any(f.year is not None for f in facets)
    return two_kinds_dated or any(map(is_glued_header, lines))


def is_glued_header(line: str) -> bool:
    """True when one caption line runs together headers of two different KPI kinds with a year
    (指標名計画策定時実績(R3年度(2021))目標とする水準(R6年度(2024))…: a header row set edge to edge,
    read as one line above its body, corpus seed 993 kpi_baseline_target in pdf_rules, dev4
    wordings): the body's own header, glued, not the table before's."""
    return glued_kinds(line) and parse_year(line) is not None


def holds_two_figures(text: str) -> bool:
    """True when a cell holds two figures a space apart (94.8 96.7; -2,260 - where a column of
    dashes was set a word space after the figures beside it, corpus seed 57
    budget_main_projects in pdf_borderless): two columns merged in one."""
    words = text.split()
    return bool(TWO_NUMBERS_RE.search(text)) or len(words) > 1 and any(is_data_value(w) for w in words) and all(
        is_data_value(w) or missing_marker(w) is not None for w in words)


def contradicts_header(row: tuple[Cell, ...], header: Rows, era: str | None) -> bool:
    """True when a cell of the row states a kind or a year its column's header states otherwise
    (平成27年度80.70 under 令和6年度); 現状値2,590千円 (R1) under 現状値 agrees."""
    columns, _ = column_paths(header, max(len(r) for r in header), era) if header else ((), ())
    for cell, col in zip(row, columns):
        own = read_facets(cell.text)
        if (own.kind and col.kind and own.kind != col.kind) or (
                own.year and col.year and own.year.start != col.year.start):
            return True
    return False


def has_unread_header(table: Table) -> bool:
    """True when the table's first row is a header the reader could not take for one: it opens
    with a cell naming a column (指標の名称, KPI, 項目) and dates another (its years glued to
    the first values below them, 平成27年度80.70: corpus seed 9 kpi_year_matrix in
    pdf_borderless). Such a table borrows no header its cells contradict, and without one it
    gives KPI values only where a cell dates them and no header word glued to the row's name
    gives them a kind (beside 数値目標農業産出額, none)."""
    first = table.rows[0] if table.rows else ()
    return bool(first) and is_header_word(first[0].text) and any(read_facets(c.text).year for c in first[1:])


def states_other_header(caption: str, header: Rows, era: str | None) -> bool:
    """True when a caption line states a kind with a year (目標値(2025年度)) where the header dates
    that kind in other years only: a header cell's words, of another header than this one. A
    header giving the kind no year (本年度予算額) is not contradicted by a caption's year."""
    if not header:
        return False
    columns, _ = column_paths(header, max(len(row) for row in header), era)
    dated: dict[str, set[int]] = {}
    for f in columns:
        if f.kind is not None and f.year is not None:
            dated.setdefault(f.kind, set()).add(f.year.start)
    lines = [read_facets(line) for line in caption.splitlines() if line.strip()]
    return any(f.kind in dated and f.year is not None and f.year.start not in dated[f.kind] for f in lines)
