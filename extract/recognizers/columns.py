"""Header rows and column roles of column-oriented tables.

A column's role comes from its header text (vertically joined over the header rows):
indicator, unit, baseline / actual / target (with a year when the header states one),
a bare year (resolved by position), status, or other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from extract.interpret.compound import VALUE, heads_a_value
from extract.interpret.structure import bracket_joined
from extract.interpret.header_rows import leading_header_rows, names_figures
from extract.interpret.cells import HYPHEN_CODE_RE, is_bare_year_cell, is_year_cell
from extract.interpret.facets import (
    actuals_between, bare_unit, folded, glued_kinds, kind_of, latest_as_baseline, names_indicators, names_unit, read_facets, refined_kind,
    runs_years, settled_kinds, states_as_latest, kind_over_class, table_class,
    whole_cell_kinds,
)
from extract.model import Cell, Table
from extract.vocab import FISCAL_YEAR_NOUN, INDICATOR_WORDS, KPI_KINDS, STATUS_WORDS, UNIT_WORDS, VALUE_KIND_WORDS
from normalize import MissingReason, Year, clean_text, parse_quantity, parse_year, unit_from_header
from normalize.brackets import without_bracket_groups
from normalize.years import without_years

VALUE_KINDS = frozenset({"baseline", "actual", "target"})
BY_ROW = "by_row"  # a year column whose kind each row states (区分: 目標 / 実績)
MEASURED_KINDS = VALUE_KINDS | {BY_ROW}
ROW_KIND_MAX_CHARS = 8
UNIT_CELL_MAX_CHARS = 16
MAX_HEADER_ROWS = 3
PROSE_CELL_CHARS = 40  # a column whose cells average more than this holds prose, not values
ROLE_CACHE_SIZE = 4096  # (column, header) pairs whose role is kept: header rows are classified again for every candidate count
VALUE_LIKE_MISSING = frozenset({
    MissingReason.DASH, MissingReason.NOT_SURVEYED, MissingReason.UNPUBLISHED,
    MissingReason.IN_PROGRESS, MissingReason.OMITTED, MissingReason.COMPOUND,
})


@dataclass(frozen=True, slots=True)
class ColumnRole:
    """What a column holds, read from its header."""

    col: int
    kind: str  # indicator | unit | baseline | actual | target | year | status | other
    header: str
    year: Year | None = None


NOT_INDICATOR_VALUE_KINDS = frozenset({"ratio", "difference"})


@lru_cache(maxsize=ROLE_CACHE_SIZE)
def classify_header(col: int, header: str) -> ColumnRole:
    """Given a column's header text, return its role."""
    text = clean_text(header).replace(" ", "")  # ＫＰＩ is KPI
    if not text:
        return ColumnRole(col, "other", header)
    without_indicator = text
    for word in INDICATOR_WORDS:
        without_indicator = without_indicator.replace(word, "")
    written, without_indicator = without_indicator, folded(without_indicator)
    # (2027年度)(2030年度): two headers' years run together, neither is sure
    year = parse_year(text) if re.search(r"[0-9元]", text) and not runs_years(text) else None
    if names_indicators(text) and not dated_kind(text, year):
        return ColumnRole(col, "indicator", header)  # 目標となる指標: the head names the indicators, 目標 only modifies it
    if kind_of(without_indicator) in NOT_INDICATOR_VALUE_KINDS:
        return ColumnRole(col, "other", header, year)  # 目標達成率 is a ratio, 前年度比較 a difference: no KPI value
    kinds = settled_kinds(written, [kind for kind, words in VALUE_KIND_WORDS
                                    if any(w in without_indicator for w in words)])
    if any(k in NOT_INDICATOR_VALUE_KINDS for k in kinds):
        return ColumnRole(col, "other", header, year)  # 策定時からの伸び: a difference, whatever kind word it holds
    kinds = [k for k in kinds if k in VALUE_KINDS]
    if len(kinds) > 1 or glued_kinds(written):
        return ColumnRole(col, "other", header, year)  # 当初値 (2014年) 実績: two headers run together, neither is sure
    if kinds:
        return ColumnRole(col, _refined_value_kind(kinds[0], without_indicator), header, year)
    whole = whole_cell_kinds(without_indicator)  # 現状 (2014年)
    if whole:
        return ColumnRole(col, whole[0], header, year)
    if names_unit(text):
        return ColumnRole(col, "unit", header)  # 指標の単位: its head says the unit, whatever 指標 before it names
    if written != text and (valued := valued_kind(text)):
        return ColumnRole(col, valued, header, year)  # 成果目標値: its head says values, the indicator word only modifies it
    if written != text and (dated := dated_kind(text, year)):
        return ColumnRole(col, dated, header, year)  # 数値目標（最終年度）: the targets of a year, no list of names
    if written != text:  # an indicator word was taken out (the fold of 現時点の値 to 現時点値 takes out none)
        return ColumnRole(col, "indicator", header)
    if any(w in text for w in UNIT_WORDS):
        return ColumnRole(col, "unit", header)
    if year is not None and is_bare_year_cell(header):
        return ColumnRole(col, "year", header, year)
    if header.split() and all(map(is_bare_year_cell, header.split())):
        return ColumnRole(col, "year", header)  # R5 R6: two year columns run together, values of no one year
    if any(w in text for w in STATUS_WORDS):
        return ColumnRole(col, "status", header)
    return ColumnRole(col, "other", header)


def valued_kind(text: str) -> str | None:
    """The KPI kind of a header holding an indicator word whose head names values (成果目標値, 数値目標の数値): the kind
    its words name, the indicator word a modifier; None for a head naming no value (数値目標: the list of names)."""
    kind = kind_of(text)
    return kind if kind in VALUE_KINDS and heads_a_value(without_bracket_groups(without_years(text), "")) else None


def dated_kind(text: str, year: Year | None) -> str | None:
    """The KPI kind of a header holding an indicator word whose words are dated, by a year or a year of the
    plan (数値目標（最終年度）, 数値目標 R9年度): names of indicators are of no year, values are, so the
    header names the values its words read as (数値目標: the target); None for a header stating no date."""
    if year is None and FISCAL_YEAR_NOUN not in text:
        return None
    kind = kind_of(text)
    return kind if kind in VALUE_KINDS else None


def is_header_row(row: Sequence[Cell]) -> bool:
    """A row of labels: some vocabulary or year headers, and no plain data values."""
    texts = [c.text for c in row if c.text.strip()]
    if not texts:
        return False
    roles = [classify_header(i, t) for i, t in enumerate(texts)]
    labelled = sum(r.kind not in ("other",) for r in roles)
    if labelled == 0:
        return False
    return not any(_is_data_value(t) for t in texts)


def _is_data_value(text: str) -> bool:
    if is_year_cell(text) or HYPHEN_CODE_RE.match(text):
        return False
    q = parse_quantity(text)
    return q.value is not None and len(text) < PROSE_CELL_CHARS


def stands_in_for_values(row: tuple[Cell, ...]) -> bool:
    """A row of the body holding a mark standing in for a value (転入者数 | 人 | 実績値 | － : an indicator whose
    value is not out): a body row, for no header says a value is missing, however many labels it holds."""
    return any(parse_quantity(c.text).missing_reason in VALUE_LIKE_MISSING for c in row if c.text.strip())


def names_row_figures(row: Sequence[Cell]) -> bool:
    """A row opening with a name over bare four-digit figures (転入者数 | 2020 | 2100): body, not a
    row of year headers (header_rows.names_figures)."""
    return names_figures([c for c in row if c.text.strip()])


def count_header_rows(table: Table) -> int:
    """How many leading rows label the columns in words the layout recognizers read (is_header_row: a role
    for some cell, no data value; a row of units under them), at most MAX_HEADER_ROWS: the question the
    recognizers' column roles ask. The grid's header (header_rows.count_header_rows) is the rows holding no
    data value, whatever their words: deeper where a row names no role, shallower where a stand-in (未公表)
    ends it. Both count with one loop (header_rows.leading_header_rows)."""
    return leading_header_rows(table.rows, _ends_labelled_header, MAX_HEADER_ROWS)


def _ends_labelled_header(filled: Sequence[Cell], k: int) -> bool:
    """True when the k-th row (its filled cells) labels no column: no cell with a role, or a data value
    (past the first row a row of units, states_units_only, goes on), or past the first row a name over
    bare figures (names_row_figures)."""
    return not (is_header_row(filled) or k and states_units_only(filled)) or bool(k) and names_row_figures(filled)


def states_units_only(row: Sequence[Cell]) -> bool:
    """A row whose every filled cell is a bracketed unit （百万円）: the header's last line, the
    unit of the column above it."""
    filled = [c.text.strip() for c in row if c.text.strip()]
    return bool(filled) and all(unit_from_header(t) and not without_bracket_groups(t).strip() for t in filled)


def header_or_carried(table: Table, carried: tuple[tuple[Cell, ...], ...] | None
                      ) -> tuple[tuple[tuple[Cell, ...], ...], int]:
    """The table's own header rows and where its data starts; a headerless table as wide as
    the one before continues it (a page break without a repeated header)."""
    n = count_header_rows(table)
    if n:
        return table.rows[:n], n
    if carried and len(carried[0]) == table.n_cols:
        return carried, 0
    return (), 0


def header_texts(header_rows: tuple[tuple[Cell, ...], ...], width: int) -> list[str]:
    """Join each column's header cells top to bottom, a merged upper cell (目標値 over
    R3 … R7) counting for every column it spans."""
    grid = [[r[c].text.strip() if c < len(r) else "" for c in range(width)] for r in header_rows]
    for level, row in enumerate(header_rows[:-1]):
        for cell in row:
            span = _span_of(cell, grid, level)
            for col in range(cell.col + 1, min(cell.col + span, width)):
                grid[level][col] = grid[level][cell.col]
    texts = []
    for col in range(width):
        parts = [grid[level][col] for level in range(len(grid)) if grid[level][col]]
        texts.append(" ".join(bracket_joined(list(dict.fromkeys(parts)))))  # 策定 / 時): one word wrapped in its bracket
    return texts


def _span_of(cell: Cell, grid: list[list[str]], level: int) -> int:
    """Columns a header cell covers: its col_span, or, in text exports, the empty cells to
    its right that stand over year headers in the rows below."""
    if cell.col_span > 1 or not grid[level][cell.col]:
        return cell.col_span
    span = 1
    for col in range(cell.col + 1, len(grid[level])):
        below = [grid[lower][col] for lower in range(level + 1, len(grid))]
        if grid[level][col] or not any(is_year_cell(t) for t in below):
            break
        span += 1
    return span


def column_roles(headers: list[str]) -> list[ColumnRole]:
    """Classify every column, then give bare-year columns a kind by their position."""
    roles = resolve_year_columns([classify_header(i, h) for i, h in enumerate(headers)])
    columns = [_series_column(r) for r in roles]
    actual = actuals_between(columns)
    roles = _with_kinds_by_table(roles)
    return _with_states_as_latest(_with_latest_as_baseline([replace(r, kind="actual", year=columns[i][1]) if i in actual else r
                                                            for i, r in enumerate(roles)]))


def _with_kinds_by_table(roles: list[ColumnRole]) -> list[ColumnRole]:
    """The columns naming no kind read with the kind their words name over values where the others name KPI kinds
    (facets.kind_over_class: 年度末実績 beside 目標値, the actual), as the grid interpreter reads them."""
    if table_class([r.kind for r in roles if r.kind in VALUE_KINDS]) is None:
        return roles
    return [replace(r, kind=kind, year=r.year or read_facets(r.header).year)
            if r.kind == "other" and (kind := kind_over_class(r.header, VALUE)) in VALUE_KINDS else r for r in roles]


def _with_states_as_latest(roles: list[ColumnRole]) -> list[ColumnRole]:
    """The baseline columns named by the state alone beside a baseline stated by its point read as the latest actual, as the
    grid interpreter reads them (facets.states_as_latest: 策定時 | 現状 | 目標)."""
    values = [r for r in roles if r.kind in VALUE_KINDS]
    latest = states_as_latest([(r.kind, r.year, read_facets(r.header).label) for r in values])
    chosen = {id(values[i]) for i in latest}
    return [replace(r, kind="actual") if id(r) in chosen else r for r in roles]


def _with_latest_as_baseline(roles: list[ColumnRole]) -> list[ColumnRole]:
    """The first actual column named only by the latest point (直近の現状, 最新の状況) beside a target and no baseline
    read as the baseline, as the grid interpreter and the cards read it (facets.latest_as_baseline): the value columns
    in order, a column dated in words the reader does not know (_series_column) standing as one of unknown kind."""
    series = [(r, _series_column(r)) for r in roles]
    values = [(r, kind, year, read_facets(r.header).label) for r, (kind, year, unknown) in series
              if kind is not None or unknown is not None]
    at = latest_as_baseline([(kind, year, label) for _, kind, year, label in values])
    return roles if at is None else [replace(r, kind="baseline") if r is values[at][0] else r for r in roles]


def _series_column(role: ColumnRole) -> tuple[str | None, Year | None, str | None]:
    """(kind, year, unknown word) of a column for actuals_between: an "other" column dated in words
    the reader does not know (ＢＢ（H30）) gives its words."""
    if role.kind != "other":
        return (role.kind if role.kind in VALUE_KINDS else None), role.year, None
    facets = read_facets(role.header)
    unknown = facets.unread and facets.kind is None and facets.relative_year is None and facets.year is not None
    return None, facets.year, without_years(facets.label) if unknown else None


def resolve_year_columns(roles: list[ColumnRole]) -> list[ColumnRole]:
    """Bare years before the baseline are past values (baseline); after it they are
    targets, unless the table has its own 目標値 column, in which case they are actuals."""
    kinds = [r.kind for r in roles]
    first_baseline = kinds.index("baseline") if "baseline" in kinds else None
    has_target = "target" in kinds
    resolved = []
    for role in roles:
        if role.kind != "year":
            resolved.append(role)
        elif first_baseline is not None and role.col < first_baseline:
            resolved.append(replace(role, kind="baseline"))
        elif has_target:
            resolved.append(replace(role, kind="actual"))
        elif first_baseline is not None:
            resolved.append(replace(role, kind="target"))
        else:
            resolved.append(role)
    return resolved


def units_by_content(table: Table, roles: list[ColumnRole], start_row: int) -> list[ColumnRole]:
    """An unheaded column whose cells are units (歳 | g | 人, a dash for none) is the 単位 column, its
    header set over the next column (単位(2024年度) over the baselines): no column of names."""
    return [replace(r, kind="unit") if r.kind == "other" and not r.header.strip() and holds_units(table, r.col, start_row)
            else r for r in roles]


def holds_units(table: Table, col: int, start_row: int) -> bool:
    texts = [r[col].text.strip() for r in table.rows[start_row:] if col < len(r) and r[col].text.strip()]
    units = [t for t in texts if bare_unit(t)]
    return bool(units) and all(t in units or parse_quantity(t).missing_reason == MissingReason.DASH for t in texts)


def is_prose_column(table: Table, col: int, start_row: int) -> bool:
    """True when a column's data cells are mostly long prose."""
    texts = [r[col].text for r in table.rows[start_row:] if col < len(r) and r[col].text.strip()]
    if not texts:
        return False
    return sum(len(t) for t in texts) / len(texts) > PROSE_CELL_CHARS


def is_value_column(table: Table, col: int, start_row: int) -> bool:
    """True when a column holds numbers: at least one, and at least half its non-empty data
    cells read as values or as missing markers (a column of names and dashes holds none)."""
    texts = [r[col].text for r in table.rows[start_row:] if col < len(r) and r[col].text.strip()]
    quantities = [parse_quantity(t) for t in texts if len(t) <= PROSE_CELL_CHARS]
    numbers = sum(1 for q in quantities if q.value is not None)
    missing = sum(1 for q in quantities if q.missing_reason in VALUE_LIKE_MISSING)
    return numbers > 0 and (numbers + missing) * 2 >= len(texts)


def is_short_value_column(table: Table, col: int, start_row: int) -> bool:
    """True when no data cell is prose and at least one reads as a value."""
    texts = [r[col].text for r in table.rows[start_row:] if col < len(r) and r[col].text.strip()]
    return (bool(texts) and all(len(t) <= PROSE_CELL_CHARS for t in texts)
            and any(parse_quantity(t).value is not None for t in texts))


def only_missing_markers(table: Table, col: int, start_row: int) -> bool:
    """True when every non-empty data cell of a column is a missing marker (—, 調査なし …)."""
    texts = [r[col].text for r in table.rows[start_row:] if col < len(r) and r[col].text.strip()]
    return bool(texts) and all(parse_quantity(t).missing_reason in VALUE_LIKE_MISSING for t in texts)


def _refined_value_kind(kind: str, compact: str) -> str:
    """A KPI kind a second word refines to another KPI kind (最新の現況値: the actual); refinements to an
    amount's kind (実績（決算）) leave a KPI column its kind."""
    refined = refined_kind(kind, compact)
    return refined if refined in VALUE_KINDS else kind


def row_kind_of(text: str) -> str | None:
    """The kind a short row label states (目標, 実績値, 基準値 …), or None."""
    compact = text.replace(" ", "")
    if not compact or len(compact) > ROW_KIND_MAX_CHARS:
        return None
    written, compact = compact, folded(compact)
    if kind_of(compact) in NOT_INDICATOR_VALUE_KINDS:
        return None  # 目標達成度: a ratio of the target, no row of targets
    kinds = _label_kinds(written, compact)
    if len(KPI_KINDS.intersection(kinds)) > 1:
        return None  # 実績めざす値: two labels run together (a wrapped label drawn into the row above), neither is sure
    kind = _refined_value_kind(kinds[0], compact) if kinds else None
    if kind in NOT_INDICATOR_VALUE_KINDS:
        return None  # 対目標比, 策定時との差: a ratio or a difference of the kind, no row of it
    return kind if kind in VALUE_KINDS else next(iter(whole_cell_kinds(compact)), None)


def _label_kinds(written: str, compact: str) -> list[str]:
    """The kinds a row label's kind words name, settled by reading it as a compound (settled_kinds)."""
    return settled_kinds(written, [kind for kind, words in VALUE_KIND_WORDS if any(w in compact for w in words)])


def runs_kinds_together(text: str) -> bool:
    """True for a row label naming two KPI kinds run together (実績めざす値: a label wrapped into the row above):
    still a kind column's label, though it states no kind of its own (row_kind_of gives None)."""
    written = text.replace(" ", "")
    return len(KPI_KINDS.intersection(_label_kinds(written, folded(written)))) > 1


def row_kind_column(table: Table, roles: list[ColumnRole], start_row: int) -> int | None:
    """A column of row labels that say what each row's values are (目標 / 実績)."""
    for role in roles:
        if role.kind in VALUE_KINDS or role.kind == "unit":
            continue
        texts = [r[role.col].text for r in table.rows[start_row:] if role.col < len(r) and r[role.col].text.strip()]
        if len(texts) >= 2 and all(row_kind_of(t) or runs_kinds_together(t) for t in texts) \
                and any(row_kind_of(t) for t in texts):
            return role.col
    return None


def is_unit_cell(text: str) -> bool:
    """A plausible entry of a 単位 column: short, no header words, no stray dash or number
    (a wrapped header line or a neighbour's "-" that slipped into the cell is not a unit)."""
    compact = text.replace(" ", "")
    if not compact or len(compact) > UNIT_CELL_MAX_CHARS or compact[-1] in "-‐–—―":
        return False
    if any(w in compact for w in INDICATOR_WORDS) or any(w in compact for _, ws in VALUE_KIND_WORDS for w in ws):
        return False
    return not compact[0].isdigit()
