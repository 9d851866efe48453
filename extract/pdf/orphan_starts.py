"""A cell whose first line starts level with no line of any other column: a name its author broke with an empty line.

An author who breaks a name with an empty line inside it (子ども医療費 / (empty) / 助成事業（18歳まで）) sets its
last part a line lower than any row starts, in a table set at its top with no padding between rows (Word's
defaults, printed by LibreOffice Writer): that part follows the empty line at the leading, and the names of
the next rows follow it at the leading too, one cell to a reader of the leading alone. Its first line
stands level with no text of another column, and further down its lines stand level with the first lines
of the cells of ORPHAN_ROW_STARTS rows of figures or more, each opened by figures in ROW_MATES columns or
more: the rows beside it start there, so each of those lines opens a cell. A name centred on its row (a
long name beside figures on its third line) spans the start of one row only and stays whole; a header cell
centred on its band (2023年度 / 予算計上額 / 単位：千円 beside 財源内訳 over 国庫・県支出金 | 地方債) stands beside
no row of figures.

Other engines centre a row's cells on it (Chromium, Calc): a name of three lines beside one line of
figures stands level with nothing at its first line too, and its middle line beside the figures is no
row's start. The parting is therefore made only in a table whose rows show themselves set at the top
(top_rows.is_top_set, read from the rows without the parting).

Coordinates are PDF points, top-left origin.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from extract.pdf.pieces import Block, Piece
from extract.pdf.top_rows import Row, is_top_set, states_figure

ORPHAN_ROW_STARTS = 2  # rows starting beside a cell's lines past its first, showing the cell holds several rows' lines

Tops = dict[tuple[int, int], list[float]]  # (page, column) -> tops of lines


def part_top_set_orphans(blocks: Sequence[Block], rows_of: Callable[[Sequence[Block]], list[Row]],
                         spanning: frozenset[int], start_tol_em: float, row_mates: int) -> list[Block]:
    """The cells parted at their orphan starts (split_at_orphan_starts) when the rows the cells make
    unparted (rows_of) show the table set at the top; else as given. spanning: the pieces (by id) set
    across columns from the table's edge."""
    parted = split_at_orphan_starts(blocks, start_tol_em, row_mates)
    if len(parted) == len(blocks) or not is_top_set(rows_of(blocks), spanning):
        return list(blocks)
    return parted


def split_at_orphan_starts(blocks: Sequence[Block], start_tol_em: float, row_mates: int) -> list[Block]:
    """The cells, each that starts level with no line of another column parted before each of
    its lines that opens a row of figures (the module's docstring), when ORPHAN_ROW_STARTS or more
    do. start_tol_em: lines whose tops lie this share of a line's height apart are level; row_mates:
    the cells of other columns opening with a figure, level with a line, that show it opens a row."""
    firsts: Tops = {}  # of the cells opening with a figure
    lines: Tops = {}
    for block in blocks:
        if states_figure(block[0].text):
            firsts.setdefault((block[0].page, block[0].col), []).append(block[0].bbox[1])
        for p in block:
            lines.setdefault((p.page, p.col), []).append(p.bbox[1])
    out: list[Block] = []
    for block in blocks:
        starts = _row_starts(block, firsts, start_tol_em, row_mates) if not _beside_any(block[0], lines, start_tol_em) else []
        bounds = [0, *starts, len(block)] if len(starts) >= ORPHAN_ROW_STARTS else [0, len(block)]
        out.extend(block[i:j] for i, j in zip(bounds, bounds[1:]))
    return out


def _level(p: Piece, tops: Sequence[float], tol_em: float) -> bool:
    return any(abs(top - p.bbox[1]) <= tol_em * p.height for top in tops)


def _beside_any(line: Piece, lines: Tops, tol_em: float) -> bool:
    """True when a line of another column on its page stands level with line."""
    return any(_level(line, tops, tol_em) for (page, col), tops in lines.items() if page == line.page and col != line.col)


def _row_starts(block: Block, firsts: Tops, tol_em: float, row_mates: int) -> list[int]:
    """The indices of block's lines past its first that stand level with the first lines of cells
    (opening with a figure) of row_mates or more other columns; rows of one line may start on every line of it."""
    others = [tops for (page, col), tops in firsts.items() if page == block[0].page and col != block[0].col]
    return [k for k in range(1, len(block)) if sum(_level(block[k], tops, tol_em) for tops in others) >= row_mates]
