"""Rows set at their top: every cell of a row opens on the row's first line.

Word's tables (printed by LibreOffice Writer) set each cell at its row's top, with no padding
between rows: the next line of a cell stands as far below it as the next row's first line stands
below a row's last, so the leading joins lines of two rows into one cell. Once the table shows its
rows set at the top (extract.pdf.top_rows), where its cells open tells the rows apart:
- a cell opening above the line most of its row's cells open on holds the lines of a row above
  (a name the author cut over a row of its own, 地域の魅力を発信する | … over イベントへの / 参加者数,
  read as one cell with the next row's name 観光消費額): it is parted at that line;
- two rows opening on one line, sharing no column, are one row (figures stacked in the cells of the
  row above, parted from it by top_rows.split_stacked_rows, beside the name and group label that open
  on their line: 64.9 | 64.2 | … beside 関係人口の拡大 | 学校給食地場産物使用率);
- lines holding no figure, set in the name columns (left of every column holding a figure) right under
  a name, are that name's next lines, whether the engine wrapped them or the author broke the name
  (六次産業化に取り組む / 事業者数（累計）): a row set at the top opens on its first line, so no row of
  figures below can own them, and a row of a name with no figure at all states nothing.

Coordinates are PDF points, top-left origin.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from extract.pdf.pieces import WRAP_GAP_MAX_EM, Block, bracket_depth
from normalize.text import nfkc_safe

OPENING_TOL_EM = 0.3  # two cells open on one line when their first lines' tops lie within this share of a line height

Row = list[Block]


def row_height(row: Sequence[Block]) -> float:
    """The height of the row's shortest line: its type size, the em its tolerances are read in."""
    return min(p.height for b in row for p in b)


def _level(a: float, b: float, em: float) -> bool:
    return abs(a - b) <= OPENING_TOL_EM * em


def row_opening(row: Sequence[Block]) -> float | None:
    """The top of the line more than half the row's cells open on, or None when no line is."""
    em = row_height(row)
    tops = [b[0].bbox[1] for b in row]
    counts = Counter(next(t for t in tops if _level(t, top, em)) for top in tops)
    top, n = counts.most_common(1)[0]
    return top if 2 * n > len(tops) else None


def opening_middle(row: Sequence[Block], top: float, em: float) -> float:
    """The middle of the cells opening on the row's opening line (top), from that line to the lowest
    of their last lines: where a cell centred on the row stands its middle."""
    return (top + max(b[-1].bbox[3] for b in row if _level(b[0].bbox[1], top, em))) / 2


def _opening_line(block: Block, top: float, middle: float, em: float) -> int | None:
    """The index of the block's line past its first that stands on the row's opening line (top), when
    the block opens above that line, is not centred on the cells opening there (middle, within
    OPENING_TOL_EM: a name centred on its figures' line, as Chromium sets it, reaches as far above it
    as below; a section line over a name of two lines, beside a cell of three opening on the name's
    first, is not) and leaves no bracket open before it."""
    if block[0].bbox[1] >= top - OPENING_TOL_EM * em or \
            abs((block[0].bbox[1] + block[-1].bbox[3]) / 2 - middle) <= OPENING_TOL_EM * em:
        return None
    k = next((k for k in range(1, len(block)) if _level(block[k].bbox[1], top, em)), None)
    if k is None or bracket_depth(nfkc_safe("".join(p.text for p in block[:k]))) > 0:
        return None
    return k


def part_above_openings(rows: Sequence[Row]) -> list[Row]:
    """The rows, each cell opening above the line its row opens on (row_opening) parted there: its
    lines above make a row of their own before it."""
    out: list[Row] = []
    for row in rows:
        top = row_opening(row)
        em = row_height(row)
        middle = opening_middle(row, top, em) if top is not None else 0.0
        cuts = {id(b): k for b in row if top is not None and (k := _opening_line(b, top, middle, em)) is not None}
        if cuts:
            out.append([b[:cuts[id(b)]] for b in row if id(b) in cuts])
        out.append([b[cuts[id(b)]:] if id(b) in cuts else list(b) for b in row])
    return out


def _opens_level(row: Sequence[Block]) -> float | None:
    """The top every cell of the row opens on, or None when they open on different lines."""
    em = row_height(row)
    top = row[0][0].bbox[1]
    return top if all(_level(b[0].bbox[1], top, em) for b in row) else None


def join_level_rows(rows: Sequence[Row]) -> list[Row]:
    """The rows, two running rows whose cells all open on one line and share no column joined."""
    out: list[Row] = []
    for row in rows:
        if out and row and out[-1] and _one_opening(out[-1], row):
            out[-1] = [*out[-1], *row]
        else:
            out.append(list(row))
    return out


def _one_opening(upper: Row, lower: Row) -> bool:
    a, b = _opens_level(upper), _opens_level(lower)
    same_page = upper[0][0].page == lower[0][0].page
    shared = {blk[0].col for blk in upper} & {blk[0].col for blk in lower}
    return a is not None and b is not None and same_page and not shared and _level(a, b, min(row_height(upper), row_height(lower)))


def fold_name_lines(rows: Sequence[Row], figure_columns: frozenset[int], closed: Sequence[bool]) -> list[Row]:
    """The rows, each row that is not closed (closed[k]: it holds a figure, or opens a heading or a
    note) and whose cells all stand in name columns (left of every column in figure_columns) right
    under a cell of the row above (within WRAP_GAP_MAX_EM of a line), taken into that row."""
    first_figure = min(figure_columns, default=None)
    out: list[Row] = []
    for row, shut in zip(rows, closed):
        if out and not shut and first_figure is not None and row and _under_names(row, out[-1], first_figure):
            out[-1] = [*out[-1], *row]
        else:
            out.append(list(row))
    return out


def _under_names(row: Row, above: Row, first_figure: int) -> bool:
    def goes_on(b: Block) -> bool:
        cell = [p for a in above if a[0].col == b[0].col for p in a]
        return b[0].col < first_figure and bool(cell) and cell[-1].page == b[0].page and \
            0 <= b[0].bbox[1] - cell[-1].bbox[3] <= WRAP_GAP_MAX_EM * b[0].height
    return all(goes_on(b) for b in row)
