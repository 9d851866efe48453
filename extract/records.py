"""The records the recognizers emit: each one carries the provenance of its cell."""

from __future__ import annotations

from dataclasses import dataclass, field

from extract.model import Provenance
from normalize import Quantity, Year

NOT_AN_AMOUNT = "not_an_amount"  # a number in a cost cell that is not in yen
NO_UNIT = "no_unit"  # an amount whose unit the document never states: no yen figure is guessed
MISREAD_LABEL = "misread_label"  # a label holding a glyph the text layer maps wrong (償遯): it names nothing
NO_HEADER = "no_header"  # an amount in a column no header stands over, in a table whose others have one
YEAR_CONFLICT = "year_conflict"  # 2024年度（令和5年度）: the two halves disagree, no year is given
YEARS_RUN = "years_run"  # the table's header runs fiscal years together: a column stating none may be any of them
CUT_YEAR = "cut_year"  # the column's header states an era year cut by a wrap (平成２ / ９年度): of neither reading
# Where a value's year was read (the year_source column): its column's or row's header, its own
# cell, the caption, section or title above the table, a footnote below it, or the running text
# that states the value (prose).
YEAR_SOURCES = ("header", "row", "cell", "caption", "section", "title", "footnote", "text")
UNREAD_HEADER = "unread_header"  # the column's header says what its numbers are in words the reader does not know


@dataclass(frozen=True, slots=True)
class KpiValue:
    """One baseline, actual or target value of one indicator."""

    prov: Provenance
    indicator: str
    kind: str  # "baseline" | "actual" | "target"
    fiscal_year: int | None  # start year; None when the document does not say
    fiscal_year_end: int | None  # equals fiscal_year unless a range (H26～H30 平均)
    year_basis: str | None  # "fiscal" | "calendar" | None
    value: float | None  # in base units (千円 → 円); None when not readable
    unit: str | None
    scale: float  # the factor applied to the written number (千円 → 1000)
    value_text: str  # the raw cell text
    qualifiers: tuple[str, ...]
    missing_reason: str | None
    context: str | None  # 基本目標 / 施策 the indicator belongs to
    recognizer: str
    year_source: str | None = None  # one of YEAR_SOURCES: where the year was read

    @classmethod
    def from_quantity(cls, prov: Provenance, indicator: str, kind: str, quantity: Quantity,
                      year: Year | None, value_text: str, context: str | None, recognizer: str,
                      qualifiers: tuple[str, ...] = (), *, year_source: str | None) -> KpiValue:
        """Given a parsed cell, the year that applies to it and where that year was read (one
        of YEAR_SOURCES), return the value record."""
        extra = tuple(q for q in qualifiers if q not in quantity.qualifiers)
        if year is not None and year.conflict:
            year, extra = None, extra + (YEAR_CONFLICT,)
        return cls(
            prov=prov, indicator=indicator, kind=kind,
            fiscal_year=year.start if year else None, fiscal_year_end=year.end if year else None,
            year_basis=year.basis if year else None, value=quantity.value, unit=quantity.unit,
            scale=float(quantity.scale), value_text=value_text, qualifiers=quantity.qualifiers + extra,
            missing_reason=quantity.missing_reason, context=context, recognizer=recognizer,
            year_source=year_source if year else None,
        )


@dataclass(frozen=True, slots=True)
class BudgetValue:
    """One 事業費 / budget / settlement amount."""

    prov: Provenance
    project: str | None
    measure: str | None  # the label the amount stood under: 事業費, 交付金額, 予算額 …
    fiscal_year: int | None
    fiscal_year_end: int | None
    amount_yen: int | None
    amount_text: str
    basis: str | None  # "budget" | "plan" | "settlement" | None when not stated
    missing_reason: str | None
    context: str | None
    recognizer: str
    year_source: str | None = None  # one of YEAR_SOURCES: where the year was read
    qualifiers: tuple[str, ...] = ()  # year_conflict, stack k/n …

    @classmethod
    def from_quantity(cls, prov: Provenance, project: str | None, measure: str | None,
                      quantity: Quantity, year: Year | None, amount_text: str, basis: str | None,
                      context: str | None, recognizer: str, *, year_source: str | None) -> BudgetValue:
        """Given a parsed amount, the year that applies to it and where that year was read (one
        of YEAR_SOURCES), return the record: whole yen, or no amount and why."""
        amount = round(quantity.value) if quantity.value is not None and quantity.unit == "円" else None
        reason = None if amount is not None else (
            quantity.missing_reason or (NO_UNIT if quantity.unit is None else NOT_AN_AMOUNT))
        conflict = year is not None and year.conflict is not None
        if conflict:
            year = None
        return cls(
            prov=prov, project=project, measure=measure,
            fiscal_year=year.start if year else None, fiscal_year_end=year.end if year else None,
            amount_yen=amount, amount_text=amount_text, basis=basis, missing_reason=reason,
            context=context, recognizer=recognizer, qualifiers=(YEAR_CONFLICT,) if conflict else (),
            year_source=year_source if year else None,
        )


@dataclass(frozen=True, slots=True)
class TableValue:
    """One number of one grid table in long form, with the facets its headers give it."""

    prov: Provenance  # the cell (for a stacked cell, the line's box)
    row_label: str | None  # the row's name (innermost label: 項 under 款)
    row_path: tuple[str, ...]  # every label of the row, outermost first (款, 項)
    column_header: str  # the column's header path, "財源内訳 / 国県支出金"
    kind: str | None  # HEADER_KINDS key: baseline, actual, target, budget, difference, ratio …
    measure: str | None  # the header's words without year and unit
    fiscal_year: int | None
    fiscal_year_end: int | None
    year_basis: str | None
    year_source: str | None  # one of YEAR_SOURCES: where the year was read
    value: float | None  # base units (千円 → 円)
    unit: str | None
    scale: float
    value_text: str  # the raw text of the cell (or of its line)
    qualifiers: tuple[str, ...]
    missing_reason: str | None
    stack_index: int | None  # 1-based line among the cell's stacked values
    stack_size: int | None


@dataclass(frozen=True, slots=True)
class IndicatorName:
    """A KPI name, wherever it was stated (table, card or prose)."""

    prov: Provenance
    indicator: str
    unit: str | None
    context: str | None
    recognizer: str


@dataclass(frozen=True, slots=True)
class ProjectEntry:
    """One row of a project schedule (事業名, 担当課, 新規, ● per year)."""

    prov: Provenance
    project: str
    department: str | None
    is_new: bool
    fiscal_years: tuple[int, ...]
    summary: str | None
    context: str | None
    recognizer: str


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything recognized in one table or one document."""

    kpi_values: tuple[KpiValue, ...] = field(default=())
    budget_values: tuple[BudgetValue, ...] = field(default=())
    indicators: tuple[IndicatorName, ...] = field(default=())
    projects: tuple[ProjectEntry, ...] = field(default=())
    table_values: tuple[TableValue, ...] = field(default=())
    table_kinds: tuple[tuple[int, str], ...] = field(default=())  # (table_index, recognizer)

    def __add__(self, other: Extraction) -> Extraction:
        return Extraction(
            self.kpi_values + other.kpi_values,
            self.budget_values + other.budget_values,
            self.indicators + other.indicators,
            self.projects + other.projects,
            self.table_values + other.table_values,
            self.table_kinds + other.table_kinds,
        )

    @property
    def is_empty(self) -> bool:
        return not (self.kpi_values or self.budget_values or self.indicators or self.projects)
