"""KPI tables laid out in columns.

Covers year matrices (項目 | 単位 | H27 | 現状値 | R3 … R7), KPI lists (現状値(R1) |
R3年度目標値 …), baseline/target pairs (現状値（R1年度） | 目標値（R7年度）), progress
tables (基準値 | 目標値 | 実績 | 状況; 項目 | 基準値 | 2020年度 | 目標値), year columns whose
kind each row states (区分: 目標 / 実績), several blocks side by side (blocks.py) and indicator
lists without values. Roles come from the headers (columns.py), never from positions alone.
"""

from __future__ import annotations

from dataclasses import replace

from extract.interpret.cells import is_code
from extract.model import Cell, Table
from extract.morph import is_noun_phrase
from extract.recognizers.columns import (
    BY_ROW, MEASURED_KINDS, ColumnRole, column_roles, header_or_carried, header_texts, names_row_figures,
    is_header_row, is_unit_cell, row_kind_column, row_kind_of, stands_in_for_values, units_by_content,
)
from extract.recognizers.blocks import has_data, indicator_columns, realign_values
from extract.context import Context
from extract.interpret.facets import header_qualifiers, runs_years
from extract.interpret import table_context
from extract.interpret.groups import cycled_texts
from extract.interpret.plan_period import PLAN_PERIOD_SOURCE, plan_end_year
from extract.interpret.readings import indicator_readings
from extract.interpret.values import PERCENT, continues_group_name, continues_name, is_ratio_row_under_a_list
from extract.text_items import indicator_name, is_cut_name, is_figure, is_missing_name, split_bullets
from extract.records import YEARS_RUN, Extraction, IndicatorName, KpiValue
from extract.vocab import STRONG_INDICATOR_WORDS
from normalize import MissingReason, Year, parse_quantity, unit_from_header
from normalize.readings import parse_readings
from normalize.units import unit_cut_in_two

NAME = "kpi_table"
CUMULATIVE_WORDS = ("累計",)
SECOND_READING = "second_reading"  # the bracketed reading of a cell that states two
CONTEXT_MAX_CHARS = 40  # longer cells left of the indicator are descriptions, not a 施策 name


def recognize(table: Table, ctx: Context) -> Extraction | None:
    """Given a column-oriented table, return its KPI values and names, or None."""
    header_rows, start = header_or_carried(table, ctx.previous_header)
    if not header_rows:
        return None
    roles = units_by_content(table, realign_values(table, column_roles(header_texts(header_rows, table.n_cols)), start), start)
    if not any(r.kind == "indicator" for r in roles):
        return None
    kind_col = row_kind_column(table, roles, start)
    if kind_col is not None:
        roles = [replace(r, kind=BY_ROW) if r.kind == "year" else r for r in roles]
    mapping = indicator_columns(table, roles, start)
    if any(_states_kinds(table, col, start) for col in set(mapping.values())):
        return None  # the "indicator" column says 目標 / 実績: the interpreter reads this layout
    if not mapping:
        return _name_list(table, roles, start, ctx)
    rows = _body_rows(table, start)
    names: tuple[IndicatorName, ...] = ()
    values: tuple[KpiValue, ...] = ()
    for indicator_col in sorted(set(mapping.values())):
        value_roles = [roles[v] for v, i in mapping.items() if i == indicator_col]
        names += _indicator_names(rows, roles, indicator_col, ctx)
        values += _values(rows, roles, value_roles, indicator_col, kind_col, ctx)
    return Extraction(kpi_values=values, indicators=names, table_kinds=((table.index, NAME),))


def _body_rows(table: Table, start: int) -> list[tuple[Cell, ...]]:
    """The rows from start that are no header rows (a name over figures, a mark standing in for a value)."""
    return [r for r in table.rows[start:] if not is_header_row(r) or names_row_figures(r) or stands_in_for_values(r)]


def _states_kinds(table: Table, col: int, start: int) -> bool:
    texts = [r[col].text for r in table.rows[start:] if col < len(r) and r[col].text.strip()]
    return bool(texts) and all(row_kind_of(t) for t in texts)


def _name_list(table: Table, roles: list[ColumnRole], start: int, ctx: Context) -> Extraction | None:
    """A table of KPI names without values (⑧重要業績評価指標(KPI) listing ・names)."""
    if not _names_kpis(roles):
        return None
    filled = [r.col for r in roles if r.kind == "indicator" and has_data(table, r.col, start)]
    if not filled:
        return None
    rows = _body_rows(table, start)
    # without values to vouch for them, only noun phrases are names (not SDG goal sentences)
    names = tuple(n for n in _indicator_names(rows, roles, max(filled), ctx) if is_noun_phrase(n.indicator))
    return Extraction(indicators=names, table_kinds=((table.index, NAME),))


def _names_kpis(roles: list[ColumnRole]) -> bool:
    return any(r.kind == "indicator" and any(w in r.header for w in STRONG_INDICATOR_WORDS) for r in roles)


def _unit_col(roles: list[ColumnRole], indicator_col: int) -> int | None:
    """The 単位 column of the indicator column's block: the nearest one, on its right first
    (No. | 数値目標 | 単位 | … | No. | 数値目標 | 単位 | …, two blocks side by side)."""
    units = [r.col for r in roles if r.kind == "unit"]
    return min(units, key=lambda col: (col < indicator_col, abs(col - indicator_col)), default=None)


def _context_of(row: tuple[Cell, ...], roles: list[ColumnRole], indicator_col: int,
                carried: dict[int, str], ctx: Context) -> str | None:
    """The nearest named column left of the indicator (filled down), else the heading."""
    for col in range(indicator_col - 1, -1, -1):
        if roles[col].kind in MEASURED_KINDS or roles[col].kind == "unit" or row_kind_of(row[col].text if col < len(row) else ""):
            continue
        text = row[col].text.strip() if col < len(row) else ""
        if text:
            carried[col] = text
        text = carried.get(col, "")
        if text and not is_code(text) and len(text) <= CONTEXT_MAX_CHARS and not text.startswith("・"):
            return text
    return ctx.heading


def _indicator_names(rows: list[tuple[Cell, ...]], roles: list[ColumnRole], indicator_col: int,
                     ctx: Context) -> tuple[IndicatorName, ...]:
    unit_col = _unit_col(roles, indicator_col)
    names: list[IndicatorName] = []
    carried: dict[int, str] = {}
    for row in rows:
        context = _context_of(row, roles, indicator_col, carried, ctx)
        unit = row[unit_col].text.strip() or None if unit_col is not None else None
        for col in sorted({r.col for r in roles if r.kind == "indicator"} | {indicator_col}):
            if col >= len(row):
                continue
            cell = row[col]
            items = split_bullets(cell.text)
            if col != indicator_col and not cell.text.lstrip().startswith("・"):
                continue  # other indicator columns count only where they list names
            for item in items:
                name = indicator_name(item)
                if name and not is_missing_name(name) and not is_code(name):
                    own_unit = unit if col == indicator_col else None
                    names.append(IndicatorName(cell.prov, name, own_unit, context, NAME))
    return tuple(names)


def _values(rows: list[tuple[Cell, ...]], roles: list[ColumnRole], value_roles: list[ColumnRole],
            indicator_col: int, kind_col: int | None, ctx: Context) -> tuple[KpiValue, ...]:
    unit_col = _unit_col(roles, indicator_col)
    header_unit = unit_from_header(roles[indicator_col].header)
    years_run = any(runs_years(r.header) for r in roles)
    tctx = table_context(ctx)
    period, caption_lists_ratio = tctx.plan_period, tctx.caption_lists_ratio  # read once for both readers of the table
    values: list[KpiValue] = []
    carried: dict[int, str] = {}
    last_indicator, last_unit = "", ""
    cycled = _cycle_labels(rows, kind_col, indicator_col, unit_col)
    for k, (row, below) in enumerate(zip(rows, [*rows[1:], None])):
        context = _context_of(row, roles, indicator_col, carried, ctx)
        name = indicator_name(cycled.get((k, indicator_col), row[indicator_col].text))
        has_values = _has_values(row, value_roles)
        if name and has_values and below is not None and not _has_values(below, value_roles):
            more = below[indicator_col].text.strip() if indicator_col < len(below) else ""
            if more and not row_kind_of(more) and _only_cell(below, indicator_col) and continues_name(name, more):
                name += indicator_name(more)  # 中心市街地の歩行者 / 通行量（休日）: the name's second line on a row of its own
        merged = not name and has_values
        if merged:
            name = last_indicator  # a merged indicator cell spanning several rows
        if not name or is_missing_name(name) or is_cut_name(name) or is_figure(name) or not has_values:
            continue  # a cut name (放課後児童クラブの) names no indicator: its values stay unread
        last_indicator = name
        row_unit = row[unit_col].text.strip() if unit_col is not None and unit_col < len(row) else ""
        row_unit = cycled.get((k, unit_col), row_unit) if unit_col is not None else row_unit
        if merged and not row_unit:
            row_unit = last_unit  # the 単位 cell merged down with the name (億円 beside 目標 / 実績)
        goes_on = k > 0 and not (row[indicator_col].text.strip() if indicator_col < len(row) else "")
        above = rows[k - 1][unit_col].text if goes_on and unit_col is not None and unit_col < len(rows[k - 1]) else ""
        row_unit = _unit_cut_over_rows(row_unit, above, below, indicator_col, unit_col)
        last_unit = row_unit
        if parse_quantity(row_unit).missing_reason == MissingReason.DASH:
            row_unit = ""  # 合計特殊出生率 | － : no unit
        if row_unit and not is_unit_cell(row_unit):
            continue  # a garbled 単位 cell: the row's values cannot be scaled safely
        name_unit = unit_from_header(name)  # 観光客数（人）
        kind_text = row[kind_col].text if kind_col is not None and kind_col < len(row) else ""
        row_kind = row_kind_of(kind_text) if kind_text else None
        for role in value_roles:
            flags = header_qualifiers(role.header)
            if role.kind == BY_ROW:
                if row_kind is None:
                    continue
                role, flags = replace(role, kind=row_kind), header_qualifiers(kind_text)
            if role.col < len(row) and row[role.col].text.strip():
                hint = row_unit or unit_from_header(role.header) or name_unit or header_unit or (
                    PERCENT if is_ratio_row_under_a_list(name, caption_lists_ratio) else ctx.caption_unit)
                values.extend(_values_of(row[role.col], role, name, hint, context, years_run, flags, period))
    return tuple(values)


def _unit_cut_over_rows(unit: str, above: str, below: tuple[Cell, ...] | None, indicator_col: int, unit_col: int | None) -> str:
    """A row's 単位 cell read whole where a narrow column cut it over this row and the next of its
    indicator (百万 beside 実績値 over 円 beside 目標, the row below naming no indicator: 百万円 for
    both, normalize.units.unit_cut_in_two); above: the 単位 cell of the row above when this row goes
    on its indicator."""
    if above and (whole := unit_cut_in_two(above, unit)):
        return whole
    if below is None or unit_col is None or unit_col >= len(below) or (indicator_col < len(below) and below[indicator_col].text.strip()):
        return unit
    return unit_cut_in_two(unit, below[unit_col].text) or unit


def _cycle_labels(rows: list[tuple[Cell, ...]], kind_col: int | None, indicator_col: int,
                  unit_col: int | None) -> dict[tuple[int, int], str]:
    """(row position, column) → the name and unit of the row's cycle of kinds (目標 / 実績値 …
    repeating down the kind column), where each cycle holds one name (one text, or lines going on the
    name before them: groups.one_name): a name cell centred over its sub-rows stands level with any of
    them, not the first (groups.cycled_texts)."""
    if kind_col is None:
        return {}
    def text(k: int, col: int) -> str:
        return rows[k][col].text.strip() if col < len(rows[k]) else ""
    cols = [c for c in (indicator_col, unit_col) if c is not None]
    return cycled_texts(text, range(len(rows)), kind_col, row_kind_of, [indicator_col], cols, continues_group_name)


def _has_values(row: tuple[Cell, ...], value_roles: list[ColumnRole]) -> bool:
    return any(row[r.col].text.strip() for r in value_roles if r.col < len(row))


def _only_cell(row: tuple[Cell, ...], col: int) -> bool:
    """The row holds text in the given column only."""
    return all(not c.text.strip() for k, c in enumerate(row) if k != col)


def _values_of(cell: Cell, role: ColumnRole, indicator: str, unit_hint: str | None,
               context: str | None, years_run: bool = False, flags: tuple[str, ...] = (),
               period: Year | None = None) -> list[KpiValue]:
    """The cell's value, and its second reading where it states one (年3人（5年間で15人）). Where a
    header cell runs two headers' years together ((2027年度)(2030年度)), a column stating no year
    of its own may be of either: its values are not given (years_run). flags: what the header says of
    every value under it (実績見込: estimated); period: the plan's years the document states, the last
    of which a target under 目標値（最終年度） is of."""
    cumulative = ("cumulative",) if any(w in indicator for w in CUMULATIVE_WORDS) else ()
    plan_end = plan_end_year(period, role.kind, role.header) if role.year is None else None
    out = []
    for i, q in enumerate(indicator_readings(parse_readings(cell.text, unit_hint=unit_hint), unit_hint, indicator)):
        year = q.year or role.year or plan_end
        if year is None and years_run and q.value is not None:
            q = replace(q, value=None, missing_reason=YEARS_RUN)
        extra = cumulative + flags + ((SECOND_READING,) if i else ())
        source = "cell" if q.year else "header" if role.year or plan_end is None else PLAN_PERIOD_SOURCE
        out.append(KpiValue.from_quantity(cell.prov, indicator, role.kind, q, year, cell.raw, context, NAME,
                                          qualifiers=extra, year_source=source))
    return out
