"""Key-value project cards: label cells in the first column with values to their right.

    施策名       | 休日・夜間診療体制確保事業
    成果指標 (KPI) | 休日及び夜間等に対して診療を実施した割合
    現状値 (2022年度) | 84% | 目標値 (2028年度) | 84% | 関係市町 | …
    実施年度      | 2024 | 2025 | …
    事業費(千円)   | 48,221 | 48,221 | …
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from extract.model import Cell, Table
from extract.recognizers.columns import is_header_row
from extract.context import Context
from extract.text_items import basis_of, indicator_name, is_missing_name
from extract.records import BudgetValue, Extraction, IndicatorName, KpiValue
from extract.interpret.facets import DERIVED_KINDS, header_qualifiers, kind_of
from extract.vocab import CARD_LABELS, KPI_KINDS
from normalize import Year, parse_quantity, parse_year, unit_from_header

NAME = "kpi_card"
MIN_LABEL_ROWS = 2
LABEL_MAX_CHARS = 24
PARALLEL_NAME_MIN_CHARS = 6
VALUE_START_RE = re.compile(r"^[▲△\-−+]?[0-9０-９]")


@dataclass
class _CardState:
    """What has been read so far while walking one card's rows."""

    project: str | None = None
    indicator: str | None = None
    years: dict[int, Year] = field(default_factory=dict)  # col → year of a 実施年度 row
    kpis: list[KpiValue] = field(default_factory=list)
    budgets: list[BudgetValue] = field(default_factory=list)
    names: list[IndicatorName] = field(default_factory=list)


def label_kind(text: str) -> str | None:
    """Given a cell, return the card label it is (project, indicator, …) or None."""
    compact = text.replace(" ", "")
    if not compact or len(compact) > LABEL_MAX_CHARS:
        return None
    for kind, words in CARD_LABELS:
        if any(compact.startswith(w) for w in words):
            # read by its head: 目標値との差, 基準値比 open with a kind word and are a difference, a ratio
            return None if kind in KPI_KINDS and kind_of(compact) in DERIVED_KINDS else kind
    return None


def recognize(table: Table, ctx: Context) -> Extraction | None:
    """Given a card-shaped table, return its KPI, 事業費 and names, or None."""
    labelled = {label_kind(row[0].text) for row in table.rows if row}
    labelled.discard(None)
    if len(labelled) < MIN_LABEL_ROWS or not labelled & {"indicator", "cost", "baseline", "target"}:
        return None
    if table.rows and is_header_row(table.rows[0]) and sum(bool(c.text.strip()) for c in table.rows[0]) > 2:
        return None  # labels across the first row: a column table, not a card
    state = _CardState()
    for row in table.rows:
        _read_row(row, state, ctx)
    if not (state.kpis or state.budgets or state.names):
        return None
    return Extraction(
        kpi_values=tuple(state.kpis), budget_values=tuple(state.budgets),
        indicators=tuple(state.names), table_kinds=((table.index, NAME),),
    )


def _read_row(row: tuple[Cell, ...], state: _CardState, ctx: Context) -> None:
    kind = label_kind(row[0].text)
    if kind == "years":
        state.years = {c.col: y for c in row[1:] if (y := parse_year(c.text)) is not None}
    elif kind == "cost":
        _read_costs(row, state, ctx)
    else:
        _read_pairs(row, state, ctx)


def _read_pairs(row: tuple[Cell, ...], state: _CardState, ctx: Context) -> None:
    """Labels and values alternate along the row: 現状値 (2022年度) | 84% | 目標値 … | 84%."""
    i = 0
    while i < len(row) - 1:
        label, value = row[i], row[i + 1]
        kind = label_kind(label.text)
        if kind is None or label_kind(value.text) is not None:
            i += 1  # not a label, or a label with no value after it (cells shifted)
            continue
        if kind == "project" and value.text.strip():
            state.project = value.text.strip()
            state.indicator = None
        elif kind == "indicator" and value.text.strip():
            state.indicator = indicator_name(value.text)
            state.names.append(IndicatorName(value.prov, state.indicator, None, _context(state, ctx), NAME))
        elif kind in ("baseline", "target", "actual") and state.indicator and value.text.strip():
            state.kpis.extend(_kpis(label, value, kind, state, ctx))
        i += 2


def _context(state: _CardState, ctx: Context) -> str | None:
    return state.project or ctx.heading


def parallel_parts(indicator: str, value_text: str) -> list[tuple[str, str]] | None:
    """Two KPIs sharing one card cell: "名A 名B" over "28,108人/年 10%" → [(名A, 28,108人/年), …].

    Only when the value splits into as many readable values as the name into names."""
    names, values = indicator.split(), _value_chunks(value_text)
    if not 2 <= len(values) == len(names) or any(len(n) < PARALLEL_NAME_MIN_CHARS for n in names):
        return None
    if any(parse_quantity(v).value is None for v in values):
        return None
    return list(zip(names, values))


def _value_chunks(text: str) -> list[str]:
    """Whitespace-separated values, a chunk that does not open with a number joining the one
    before it ("29,000人\n/年 15%" → ["29,000人/年", "15%"])."""
    chunks: list[str] = []
    for token in text.split():
        if chunks and not VALUE_START_RE.match(token):
            chunks[-1] += token
        else:
            chunks.append(token)
    return chunks


def _kpis(label: Cell, value: Cell, kind: str, state: _CardState, ctx: Context) -> list[KpiValue]:
    indicator = state.indicator or ""
    parts = parallel_parts(indicator, value.raw) or [(indicator, value.text)]
    if len(parts) > 1 and state.names and state.names[-1].indicator == indicator:
        whole = state.names.pop()  # the card names two KPIs in one cell: list them apart
        state.names.extend(replace(whole, indicator=name) for name, _ in parts)
    return [_kpi(label, value, kind, name, text, state, ctx) for name, text in parts]


def _kpi(label: Cell, value: Cell, kind: str, indicator: str, text: str,
         state: _CardState, ctx: Context) -> KpiValue:
    q = parse_quantity(text, unit_hint=unit_from_header(label.text))
    year = q.year or parse_year(label.text)
    text_shown = value.raw if text == value.text else text
    return KpiValue.from_quantity(value.prov, indicator, kind, q, year, text_shown, _context(state, ctx), NAME,
                                  header_qualifiers(label.text), year_source="cell" if q.year else "header")


def _read_costs(row: tuple[Cell, ...], state: _CardState, ctx: Context) -> None:
    label = row[0]
    unit = unit_from_header(label.text) or ctx.caption_unit  # none stated: no amount, never a guess
    measure = label.text.split("(")[0].split("（")[0].strip() or None
    for cell in row[1:]:
        if not cell.text.strip() or is_missing_name(cell.text) and cell.col not in state.years:
            continue
        q = parse_quantity(cell.text, unit_hint=unit)
        year = q.year or state.years.get(cell.col)
        state.budgets.append(BudgetValue.from_quantity(
            cell.prov, state.project, measure, q, year, cell.raw, basis_of(label.text), ctx.heading, NAME,
            year_source="cell" if q.year else "header",
        ))
