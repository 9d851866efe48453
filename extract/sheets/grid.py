"""Rows of cells from a sheet, a CSV file or an HTML table, grouped into text lines and tables.

The rule is the text reader's, stated for cells instead of tabs: a row with two or more
filled cells belongs to a table; a row with one filled cell is a line of text (a title,
a note), unless it sits between table rows (a section row such as 基本目標1) or right under
a ruled table's row with its cells boxed as the table's are; blank rows inside a table are
skipped. Columns keep their place in the sheet (col_index 0 = column A),
so a cell's address is its column and its `line` (the sheet row).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from extract.errors import UnreadableFileError
from extract.model import Block, Cell, Provenance, Table, TextLine
from normalize import clean_text

MIN_TABLE_CELLS = 2  # filled cells that make a row a table row
SNIFF_BYTES = 4096  # the start of a file checked for NUL bytes
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


@dataclass(frozen=True, slots=True)
class SourceCell:
    """A cell as read: its text (lines joined by newlines) and the span of a merged cell."""

    raw: str
    row_span: int = 1
    col_span: int = 1


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One row of a sheet: its 1-based row (or line) number, its cells from column A, and the
    columns whose cells are drawn boxed (a border on each side: a cell of a ruled table)."""

    number: int
    cells: tuple[SourceCell, ...]
    boxed: frozenset[int] = frozenset()

    @property
    def filled(self) -> int:
        return sum(1 for c in self.cells if c.raw.strip())


@dataclass(frozen=True, slots=True)
class Place:
    """Where the rows come from: the document, and the page (sheet number) if any."""

    source_path: str
    doc_id: str
    page: int | None = None


def check_not_binary(data: bytes, source_path: str, kind: str) -> None:
    """Raise UnreadableFileError for a binary file given as a text format (NUL bytes, no UTF-16 mark)."""
    if b"\x00" in data[:SNIFF_BYTES] and not data.startswith(UTF16_BOMS):
        raise UnreadableFileError(source_path, f"binary file (NUL bytes), not {kind}")


def _is_table_row(row: SourceRow) -> bool:
    return row.filled >= MIN_TABLE_CELLS


def _next_filled_is_table_row(rows: Sequence[SourceRow], start: int) -> bool:
    for row in rows[start + 1:]:
        if row.filled:
            return _is_table_row(row)
    return False


def _continues_ruled_table(run: Sequence[SourceRow], row: SourceRow) -> bool:
    """True when a row right under a table's last row has its cells boxed across the table's
    width, as the table's rows do: a ruled table's row holding one cell (a name's second line
    set in a row of its own, 住み続けたいと思う | 中学生の割合), not a line of text below it."""
    if not run or not row.filled or row.number != run[-1].number + 1:
        return False
    width = set(range(max(_used_width(r) for r in run)))
    return width <= run[-1].boxed and width <= row.boxed


def rows_to_blocks(rows: Sequence[SourceRow], place: Place, first_table: int = 0) -> list[Block]:
    """Group rows into text lines and tables; tables are numbered from first_table."""
    blocks: list[Block] = []
    run: list[SourceRow] = []
    n_tables = first_table
    for i, row in enumerate(rows):
        if _is_table_row(row) or (run and _next_filled_is_table_row(rows, i)) or _continues_ruled_table(run, row):
            if row.filled:
                run.append(row)
            continue
        if run:
            blocks.append(rows_to_table(run, place, n_tables))
            n_tables += 1
            run = []
        if row.filled:
            blocks.append(row_to_line(row, place))
    if run:
        blocks.append(rows_to_table(run, place, n_tables))
    return blocks


def row_to_line(row: SourceRow, place: Place) -> TextLine:
    raw = " ".join(c.raw.strip() for c in row.cells if c.raw.strip())
    return TextLine(clean_text(raw), raw, Provenance(place.source_path, place.doc_id, place.page, row.number))


def rows_to_table(rows: Sequence[SourceRow], place: Place, index: int) -> Table:
    """A table from consecutive rows, padded to the widest row, every cell stamped."""
    width = max(_used_width(r) for r in rows)
    grid = tuple(
        tuple(_cell(row, r, col, width, place, index) for col in range(width))
        for r, row in enumerate(rows)
    )
    prov = Provenance(place.source_path, place.doc_id, place.page, rows[0].number, index)
    return Table(index, grid, prov, engine="sheet")


def _used_width(row: SourceRow) -> int:
    """Columns up to the last filled cell (or the end of its merged range): sheets pad every row."""
    return max((col + c.col_span for col, c in enumerate(row.cells) if c.raw.strip()), default=1)


def _cell(row: SourceRow, r: int, col: int, width: int, place: Place, index: int) -> Cell:
    source = row.cells[col] if col < len(row.cells) else SourceCell("")
    prov = Provenance(place.source_path, place.doc_id, place.page, row.number, index, r, col)
    return Cell(clean_text(source.raw), source.raw, prov, source.row_span, source.col_span)


def place_spans(rows: Sequence[Sequence[tuple[str, int, int]]]) -> list[list[SourceCell]]:
    """Lay out cells given row by row with (text, rowspan, colspan), as HTML does, into a grid.

    A spanning cell keeps its text and spans at its top-left place; the places it covers
    are empty cells, as in a merged Excel range.
    """
    grid: dict[tuple[int, int], SourceCell] = {}
    for r, cells in enumerate(rows):
        col = 0
        for text, row_span, col_span in cells:
            while (r, col) in grid:
                col += 1
            for dr in range(row_span):
                for dc in range(col_span):
                    grid[(r + dr, col + dc)] = SourceCell("")
            grid[(r, col)] = SourceCell(text, row_span, col_span)
            col += col_span
    n_rows = max((r for r, _ in grid), default=-1) + 1
    width = max((c for _, c in grid), default=-1) + 1
    return [[grid.get((r, c), SourceCell("")) for c in range(width)] for r in range(n_rows)]
