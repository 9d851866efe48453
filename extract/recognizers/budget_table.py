"""Budget tables: rows of 款・項・事業 with amount columns (予算額, 補正額, 決算額 …).

    （単位：千円）
    区分       | 現計予算額  | 補正額  | 計         | 構成比
    2 扶助費   | 19,239,565 |        | 19,239,565 | 27.5

Amounts need a stated unit (a header such as 予算額(千円), a （単位：千円） caption, or 円 in
the cell); a table without one is left generic rather than guessed. Shares, growth rates
and differences (構成比, 伸率, 比較) are not amounts.
"""

from __future__ import annotations

from extract.model import Cell, Table
from extract.recognizers.columns import header_texts, is_code
from extract.context import Context
from extract.text_items import basis_of, strip_enumerator
from extract.records import BudgetValue, Extraction
from extract.vocab import AMOUNT_COLUMN_WORDS, NOT_AMOUNT_WORDS, ROW_MARK_WORDS, VALUE_KIND_WORDS
from normalize import Year, parse_quantity, parse_year, unit_from_header

NAME = "budget_table"
MAX_HEADER_ROWS = 3
MAX_WRAPPED_LABEL_LINES = 2  # a longer label over one-line amounts is several rows merged
KPI_WORDS = tuple(w for _, words in VALUE_KIND_WORDS for w in words)


def is_amount_header(text: str) -> bool:
    compact = text.replace(" ", "")
    return any(w in compact for w in AMOUNT_COLUMN_WORDS) and not any(w in compact for w in NOT_AMOUNT_WORDS)


def recognize(table: Table, ctx: Context) -> Extraction | None:
    """Given a table of amounts per row, return one budget value per amount cell, or None."""
    n = _header_rows(table)
    if not n:
        return None
    headers = header_texts(table.rows[:n], table.n_cols)
    if any(w in h for h in headers for w in KPI_WORDS):
        return None  # a KPI table that also shows costs
    amount_cols = [c for c, h in enumerate(headers) if is_amount_header(h)]
    table_unit = next((u for h in headers if (u := unit_from_header(h))), None) or ctx.caption_unit
    values = []
    for row in table.rows[n:]:
        label = _label(row, amount_cols)
        if label is None:
            continue
        for col in amount_cols:
            value = _value(row, col, headers[col], label, table_unit, ctx)
            if value is not None:
                values.append(value)
    if not values:
        return None
    return Extraction(budget_values=tuple(values), table_kinds=((table.index, NAME),))


def _header_rows(table: Table) -> int:
    """Leading rows naming at least one amount column and holding no amounts themselves."""
    n = 0
    for row in table.rows[:MAX_HEADER_ROWS]:
        texts = [c.text for c in row if c.text.strip()]
        if not texts or any(parse_quantity(t).value is not None and not parse_year(t) for t in texts):
            break
        n += 1
    named = any(is_amount_header(c.text) for row in table.rows[:n] for c in row)
    return n if named else 0


def _label(row: tuple[Cell, ...], amount_cols: list[int]) -> str | None:
    """The row's name: the first non-numeric text left of the amounts; None when the label
    spans several lines over single-line amounts (rows merged by a table without row rules)."""
    first_amount = min(amount_cols, default=0)
    for cell in row[:first_amount]:
        text = cell.text.strip()
        if not strip_enumerator(text):
            continue  # ②: a number for the row, its name stands in another cell
        if text not in ROW_MARK_WORDS and not is_code(text) and parse_quantity(text).value is None:
            return None if _looks_merged(cell, row, amount_cols) else text
    return None


def _looks_merged(label: Cell, row: tuple[Cell, ...], amount_cols: list[int]) -> bool:
    label_lines = len([ln for ln in label.raw.splitlines() if ln.strip()])
    amount_lines = max((len(row[c].raw.splitlines()) for c in amount_cols if c < len(row)), default=1)
    return label_lines > MAX_WRAPPED_LABEL_LINES and amount_lines < label_lines


def _value(row: tuple[Cell, ...], col: int, header: str, label: str, table_unit: str | None,
           ctx: Context) -> BudgetValue | None:
    if col >= len(row) or not row[col].text.strip():
        return None
    cell = row[col]
    q = parse_quantity(cell.text, unit_hint=unit_from_header(header) or table_unit)
    if q.value is None or q.unit != "円":
        return None  # no stated unit, or not an amount: never guess the scale
    year: Year | None = q.year or parse_year(header)
    return BudgetValue.from_quantity(cell.prov, label, header or None, q, year, cell.raw,
                                     basis_of(header), ctx.heading, NAME)
