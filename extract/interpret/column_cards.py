"""Tables read down their columns: a subject atop each column, a label over each value.

    音威子府村                          | 北海道                            | 国
    1人当たり平均支給額(令和5年度)     | 1人当たり平均支給額(令和5年度)   | －
    1,377 千円                          | 1,682 千円                        |
    (令和5年度支給割合) 期末手当 …     | …                                 | …     (kyuyo p7)

Only for a table no column of which reads as a value column (read_layout finds no layout):
a cell holding one value, right under a cell of words, is that label's value for the subject
the column's top cell names.
"""

from __future__ import annotations

from collections.abc import Iterator

from extract.interpret.facets import EMPTY, read_facets
from extract.interpret.structure import is_data_value, is_name
from extract.interpret.values import TableContext, resolve_year
from extract.model import Cell, Table
from extract.records import YEAR_CONFLICT, TableValue
from normalize import parse_quantity


def column_card_values(table: Table, ctx: TableContext) -> Iterator[TableValue]:
    """Every lone value under a label in a column topped by its subject."""
    for r in range(2, table.n_rows):
        for value in table.rows[r]:
            label, subject = _above(table, r - 1, value), _above(table, 0, value)
            if label is None or subject is None or not _is_lone_value(value.text):
                continue
            if is_data_value(label.text) or is_data_value(subject.text) or not is_name(label.text.strip()) \
                    or not is_name(subject.text.strip()):
                continue  # (20.6 over (18.9%): pieces of a chart's data labels, no words
            yield _value(value, label, subject, ctx)


def _above(table: Table, row: int, cell: Cell) -> Cell | None:
    """The cell of a row over the given one, when it covers exactly its columns and has text."""
    above = next((c for c in table.rows[row] if c.col == cell.col and c.col_span == cell.col_span), None)
    return above if above is not None and above.text.strip() else None


def _is_lone_value(text: str) -> bool:
    return is_data_value(text) and parse_quantity(text).value is not None


def _value(cell: Cell, label: Cell, subject: Cell, ctx: TableContext) -> TableValue:
    facets = read_facets(label.text)
    q = parse_quantity(cell.text, unit_hint=ctx.caption.unit)
    year, source = resolve_year(facets, EMPTY, q, ctx, label.text)
    extra: tuple[str, ...] = ()
    if year is not None and year.conflict:
        year, source, extra = None, None, (YEAR_CONFLICT,)
    return TableValue(
        prov=cell.prov, row_label=subject.text.strip(), row_path=(subject.text.strip(),),
        column_header=label.text.strip(), kind=facets.kind, measure=facets.label or None,
        fiscal_year=year.start if year else None, fiscal_year_end=year.end if year else None,
        year_basis=year.basis if year else None, year_source=source,
        value=q.value, unit=q.unit, scale=float(q.scale), value_text=cell.raw,
        qualifiers=q.qualifiers + extra, missing_reason=q.missing_reason, stack_index=None, stack_size=None,
    )
