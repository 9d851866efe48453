"""Targets listed as marked items in the cells of a column headed as targets of a year.

    基本目標(数値指標、2019年度)     具体的な施策      重要業績評価指標(KPI)     ← header
    1．村の振興の要となる高校の機能強化
    ◇高校の入学者数 年 40人           ①高校の仕組みの強化  ・中学校訪問実施回数
    ◇卒業生の新規就業者数
      5年間で6人                                                   (sogosenryaku p10)

An item opens at a mark (◇, ・ …) and runs on, down the column's cells, until it states its
value; its name is the words before the value. The kind and year come only from the column's
header — the table's own header rows, or a line right above a headerless table that parts
into one heading per column — and must say 目標 and a year: nothing is guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from extract.context import Context
from extract.interpret.facets import Facets, read_facets
from extract.interpret.structure import count_header_rows
from extract.model import Cell, Table
from extract.morph import is_noun_phrase
from extract.records import Extraction, IndicatorName, KpiValue
from extract.text_items import indicator_name
from extract.vocab import ITEM_MARKS
from normalize import Quantity, clean_text, parse_quantity
from normalize.text import nfkc_safe

NAME = "target_items"
ITEM_MAX_LINES = 3  # an item states its value within this many lines of its mark, or it has none
NAME_MAX_CHARS = 40
HEADING_RE = re.compile(r"^\s*([0-9０-９]+[.．、]|[①-⑳]|\(?[0-9０-９]+\))")  # 2．卒業生の…: a goal, no item


@dataclass(frozen=True, slots=True)
class Item:
    """One marked item's lines and the cell its value was read in."""

    lines: tuple[str, ...]
    cell: Cell


def recognize(table: Table, ctx: Context) -> Extraction | None:
    """Given a table, return the targets its target columns list as marked items."""
    values: list[KpiValue] = []
    names: list[IndicatorName] = []
    for col, facets in target_columns(table, ctx.caption).items():
        for item in column_items(table, col):
            stated = split_stated_value(" ".join(item.lines))
            if stated is None:
                continue
            name, q = stated
            values.append(KpiValue.from_quantity(item.cell.prov, name, "target", q, facets.year,
                                                 "\n".join(item.lines), ctx.heading, NAME, year_source="header"))
            names.append(IndicatorName(item.cell.prov, name, q.unit, ctx.heading, NAME))
    if not values:
        return None
    return Extraction(kpi_values=tuple(values), indicators=tuple(names), table_kinds=((table.index, NAME),))


def header_rows(table: Table) -> int:
    """Leading rows without data values, up to the first that opens a heading or an item."""
    n = count_header_rows(table)
    return next((r for r, row in enumerate(table.rows[:n]) if any(_opens(c.raw) for c in row)), n)


def _opens(raw: str) -> bool:
    return any(ln.strip()[0] in ITEM_MARKS or HEADING_RE.match(ln)
               for ln in nfkc_safe(raw).splitlines() if ln.strip())


def column_headers(table: Table, caption: str) -> tuple[str, ...]:
    """Each column's header: the table's header rows, or else the caption's last line when it
    parts (at spaces) into exactly one heading per column."""
    n = header_rows(table)
    if n:
        return tuple(" ".join(row[c].text for row in table.rows[:n] if c < len(row)).strip()
                     for c in range(table.n_cols))
    lines = [ln for ln in caption.splitlines() if ln.strip()]
    parts = tuple(lines[-1].split()) if lines else ()
    return parts if len(parts) == table.n_cols else ()


def target_columns(table: Table, caption: str) -> dict[int, Facets]:
    """Columns whose header states targets and one year (基本目標(数値指標、2019年度))."""
    out = {}
    for col, header in enumerate(column_headers(table, caption)):
        facets = read_facets(header)
        if facets.kind == "target" and facets.year is not None and facets.year.start == facets.year.end:
            out[col] = facets
    return out


def column_items(table: Table, col: int) -> Iterator[Item]:
    """The marked items of a column, read down its cells line by line: an item ends at its
    value, at the next mark or heading, or after ITEM_MAX_LINES lines."""
    open_lines: list[str] = []
    for row in table.rows[header_rows(table):]:
        cell = row[col] if col < len(row) else None
        if cell is None or cell.col != col:
            continue
        for line in (ln.strip() for ln in nfkc_safe(cell.raw).splitlines() if ln.strip()):
            if line[0] in ITEM_MARKS:
                open_lines = [line[1:].strip()]
            elif HEADING_RE.match(line) or not open_lines:
                open_lines = []
                continue
            else:
                open_lines.append(line)
            if split_stated_value(" ".join(open_lines)) is not None:
                yield Item(tuple(open_lines), cell)
                open_lines = []
            elif len(open_lines) >= ITEM_MAX_LINES:
                open_lines = []


def split_stated_value(text: str) -> tuple[str, Quantity] | None:
    """Given 'name value' parted by a space (高校の入学者数 年 40人, 卒業生の新規就業者数 5年間で6人),
    the name and the value; None when no tail after a space reads as one value under a name."""
    tokens = text.split()
    for k in range(1, len(tokens)):
        q = parse_quantity(clean_text(" ".join(tokens[k:])))
        if q.value is None:
            continue
        name = indicator_name(clean_text(" ".join(tokens[:k])))
        if name and len(name) <= NAME_MAX_CHARS and not any(ch.isdigit() for ch in tokens[k - 1][-1:]) \
                and is_noun_phrase(name):
            return name, q
        return None
    return None
