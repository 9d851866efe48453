"""A name wrapped down the sub-rows it spans, set at the top of its cell.

A year matrix names each indicator once over its sub-rows (実績値 over 計画): Word and LibreOffice
Writer set the merged cell at its top, so a name wrapped in two lines (子育て支援セン / ター利用者数)
runs from the first sub-row's line into the second's, at the leading of rows set without padding:
read line by line, its second line names the second sub-row. The table shows where names stand:
a sub-row like that one (計画 beside figures) goes unnamed where the name above is short
(企業誘致件数 over a blank), and the line above is full (pieces.is_full: the next line's first
glyph would not have fitted after it), so the text runs on.
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.interpret.structure import LETTER_RE, is_data_value
from extract.pdf.grid import ALIGN_TOL_PT
from extract.pdf.pieces import WRAP_GAP_MAX_EM, Block, is_full

Row = list[Block]
Kind = tuple[tuple[int, str], ...]  # a row's cells past the first holding no figure: (column, text)


def fold_subrow_names(rows: Sequence[Row]) -> list[Row]:
    """The rows, each name (first column) whose last line is full taking the name of the row
    below into it when that row is a sub-row the table leaves unnamed elsewhere (_unnamed_kinds)
    and the line below runs on from it (_runs_on); else as given."""
    unnamed = _unnamed_kinds(rows)
    if not unnamed:
        return [list(row) for row in rows]
    width = max((p.bbox[2] - p.bbox[0] for row in rows for b in row if b[0].col == 0 for p in b), default=0.0)
    out: list[Row] = []
    for row in rows:
        above, name = (_name(out[-1]) if out else None), _name(row)
        if above is not None and name is not None and _kind(row) in unnamed and _runs_on(above, name, width):
            out[-1] = [above + name if b is above else b for b in out[-1]]
            row = [b for b in row if b is not name]
        out.append(list(row))
    return out


def _unnamed_kinds(rows: Sequence[Row]) -> set[Kind]:
    """The kinds (_kind, not empty) of the rows of figures with no name."""
    return {_kind(row) for row in rows if _name(row) is None and _holds_figure(row) and _kind(row)}


def _runs_on(above: Block, below: Block, width: float) -> bool:
    """True when below's first line continues above's last: on its page, flush with it (within
    ALIGN_TOL_PT), at most WRAP_GAP_MAX_EM of a line's height under it, and above's last line
    full in a column width wide."""
    last, first = above[-1], below[0]
    return (last.page == first.page and abs(last.bbox[0] - first.bbox[0]) <= ALIGN_TOL_PT
            and 0 <= first.bbox[1] - last.bbox[3] <= WRAP_GAP_MAX_EM * last.height and is_full(last.bbox, first, width))


def _name(row: Row) -> Block | None:
    return next((b for b in row if b[0].col == 0), None)


def _kind(row: Row) -> Kind:
    """The row's cells past the first holding words and no figure (a mark, ※, is a figure's note)."""
    return tuple(sorted((b[0].col, " ".join(p.text for p in b)) for b in row
                        if b[0].col > 0 and not _holds_value(b) and any(LETTER_RE.search(p.text) for p in b)))


def _holds_value(block: Block) -> bool:
    return any(is_data_value(p.text) for p in block)


def _holds_figure(row: Row) -> bool:
    return any(_holds_value(b) for b in row if b[0].col > 0)
