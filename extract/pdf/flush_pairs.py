"""One column set flush left on some rows and flush right on others: a spreadsheet's cell column.

A spreadsheet prints a cell's text flush left and its number flush right unless told otherwise:
a No column holding (1) on some rows and 2 on others shows two x-ranges, one per alignment, that
no row fills together (corpus budget_main_projects in LibreOffice Calc). Read as two columns, the
column under No has no header and the table's columns no longer line up with its header's.
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.interpret.structure import is_data_value
from extract.pdf.cells import column_of, filled, split_at_columns
from extract.pdf.grid import ALIGN_TOL_PT, Interval, Segment, SegLine

MIN_ENTRIES = 2  # entries each column of a pair holds, at least: one shows no alignment


def merge_flush_pairs(rows: Sequence[Sequence[SegLine]], cols: Sequence[Interval],
                      header: Sequence[SegLine]) -> list[Interval]:
    """Merge two neighbouring columns into one when no line fills both, the header fills at most
    one of them, the body lines filling either fill the same other columns, the left one's text
    starts at one x and the right one's ends at one x."""
    lines = [ln for r in rows for ln in r]
    head = {id(ln) for ln in header}
    out = list(cols)
    k = 0
    while k + 1 < len(out):
        if _flush_pair(lines, head, out, k):
            out[k:k + 2] = [(out[k][0], out[k + 1][1])]
        k += 1
    return out


def _flush_pair(lines: Sequence[SegLine], head: set[int], cols: Sequence[Interval], k: int) -> bool:
    fills = [filled(ln, cols) for ln in lines]
    if any({k, k + 1} <= f for f in fills):
        return False
    if {k, k + 1} <= set().union(*(f for ln, f in zip(lines, fills) if id(ln) in head)):
        return False
    body = [ln for ln, f in zip(lines, fills) if id(ln) not in head]
    left, right = _in_column(body, cols, k), _in_column(body, cols, k + 1)
    if not left or not right or _beside(lines, fills, head, k) != _beside(lines, fills, head, k + 1):
        return False
    aligned = left  # a header centred over the column (№ over (2) (3) (4)) sets no edge of its body
    if min(len(left), len(right)) < MIN_ENTRIES:
        left = _in_column(lines, cols, k)  # a header's lines in the column are its texts too
        if not _figure_beside_texts(left, right):
            return False  # one entry sets no edge: 総計 over a 款 column beside two 項 names is no pair
    starts, ends = [s.bbox[0] for s in (aligned if len(aligned) >= MIN_ENTRIES else left)], [s.bbox[2] for s in right]
    return max(starts) - min(starts) <= ALIGN_TOL_PT and max(ends) - min(ends) <= ALIGN_TOL_PT


def _figure_beside_texts(left: Sequence[Segment], right: Sequence[Segment]) -> bool:
    """True when the right column holds one figure and the left (its header's lines counted)
    MIN_ENTRIES entries or more, one of them no figure: a cell column's texts set flush left
    (their edge shown by their number) and a number set flush right as a spreadsheet sets numbers
    (57 beside 57※ under 新規雇用者数 / 商工観光課 / 人 in a card, corpus seed 502 kpi_cards in
    calc_borderless); one entry of text on either side (総計 beside 項 names) sets no edge and
    shows no spreadsheet's alignment."""
    return (len(right) == 1 and is_data_value(right[0].text) and len(left) >= MIN_ENTRIES
            and not all(is_data_value(s.text) for s in left))


def _beside(lines: Sequence[SegLine], fills: Sequence[set[int]], head: set[int], k: int) -> set[int]:
    """The other columns the body lines filling column k fill: one column's rows fill the same
    others as the other's (1 | 公園長寿命化事業 | 141,081,019 and (2) | 防災行政無線更新事業 | …),
    where a card's text beside its label and its years beside theirs are rows of two kinds."""
    return set().union(*(f - {k} for ln, f in zip(lines, fills) if id(ln) not in head and k in f))


def _in_column(lines: Sequence[SegLine], cols: Sequence[Interval], k: int) -> list[Segment]:
    """The segments (parted at the columns) the lines hold in column k."""
    return [part for ln in lines for s in ln.segments for part in split_at_columns(s, cols)
            if column_of(cols, part) == k]
