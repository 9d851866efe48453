"""Row labels read across from the table beside: a table of values only, drawn next to (or
into the empty columns of) the table that names its rows.

Municipal newsletters and reports draw amounts as a box of their own laid over a labels'
table (項目 | 予算額 | 割合 with 予算額 left blank), or put a (参考) table to the right of
the table whose row it continues. A careful reader reads each value row with the label on
its line. Here a table whose rows have no name takes, row by row, the labels of the table
before it on the same page when:

- that table's label cells end left of this table (within BESIDE_X_TOL_PT),
- that table has no filled body cell inside this table's box (else this is a second
  reading of the same values, not their missing column),
- each value row overlaps the label row it overlaps most by at least BESIDE_OVERLAP_SHARE
  of the shorter of the two, no two value rows take the same label row, and at least
  BESIDE_ROW_SHARE of the value rows find their label.

Anything less and the rows stay unnamed: no value is labelled by a guess.

A budget book's spread does the same over two facing pages: the left half names the rows (款 | 本年度 | 前年度 |
比較), the right half holds their 財源内訳 only (fuji_r6 p22/p23). The halves share their frame's top and bottom
(FACING_EDGE_TOL_PT), so their rows share their lines; the right half takes the left half's labels row by row as a
table beside does, its places along the line being its own page's.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from extract.context import FACING_EDGE_TOL_PT
from extract.interpret.facets import EMPTY
from extract.interpret.structure import DIGIT_RE, Layout, is_number_cell
from extract.interpret.values import RowLabels, row_labels
from extract.model import BBox, Cell, Table

BESIDE_X_TOL_PT = 3.0  # a label may reach this far (pt) into the values' table
BESIDE_OVERLAP_SHARE = 0.5  # vertical overlap of a value row and its label row, of the shorter
BESIDE_ROW_SHARE = 0.5  # share of the value rows that must find a label row

Band = tuple[float, float]


def _band(cells: Sequence[Cell]) -> Band | None:
    boxes = [c.prov.bbox for c in cells if c.text.strip() and c.prov.bbox]
    return (min(b[1] for b in boxes), max(b[3] for b in boxes)) if boxes else None


def _overlap(a: Band, b: Band) -> float:
    """Vertical overlap of two bands as a share of the shorter one."""
    shorter = min(a[1] - a[0], b[1] - b[0])
    return max(0.0, min(a[1], b[1]) - max(a[0], b[0])) / shorter if shorter > 0 else 0.0


def _inside(box: BBox, frame: BBox) -> bool:
    """The box's middle lies inside the frame."""
    x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return frame[0] <= x <= frame[2] and frame[1] <= y <= frame[3]


def _value_bands(table: Table, layout: Layout) -> list[Band | None]:
    """Each body row's vertical band over its number cells (None: a row without numbers); in a table of note
    columns only (a 事業説明 listing each row's amounts), over its note cells."""
    notes = [c for c, role in layout.label_roles if role == "note"] if not layout.value_cols else []
    out = []
    for row in table.rows[layout.start:]:
        cells = [row[c] for c in layout.value_cols if c < len(row) and is_number_cell(row[c])]
        cells += [row[c] for c in notes if c < len(row) and DIGIT_RE.search(row[c].text)]
        out.append(_band(cells))
    return out


def _frame(table: Table, layout: Layout) -> BBox | None:
    boxes = [c.prov.bbox for row in table.rows[layout.start:] for c in row if c.text.strip() and c.prov.bbox]
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _label_rows(table: Table, layout: Layout, left_of: float) -> list[tuple[Band, RowLabels]] | None:
    """The named rows of the table beside, each with its label cells' band; None when a label
    cell reaches into the values' table."""
    label_cols = [c for c, role in layout.label_roles if role in ("name", "year", "code")]
    out = []
    for labels, row in zip(row_labels(table, layout), table.rows[layout.start:]):
        cells = [row[c] for c in label_cols if c < len(row) and row[c].text.strip()]
        band = _band(cells)
        if not labels.name or band is None:
            continue
        if any(c.prov.bbox and c.prov.bbox[2] > left_of + BESIDE_X_TOL_PT for c in cells):
            return None
        out.append((band, labels))
    return out


def borrowed_labels(table: Table, layout: Layout, beside: Table, beside_layout: Layout,
                    ) -> list[RowLabels] | None:
    """Given a table without row names and the table before it, the row labels it reads
    across from that table (one per body row, unmatched rows unnamed), or None."""
    frame = _frame(table, layout)
    facing = right_half_of_spread(table, beside)
    if frame is None or (beside.prov.page != table.prov.page and not facing):
        return None
    if not facing and any(c.text.strip() and c.prov.bbox and _inside(c.prov.bbox, frame)
                          for row in beside.rows[beside_layout.start:] for c in row):
        return None  # the table beside already holds values here: a second reading, not a column
    rows = _label_rows(beside, beside_layout, math.inf if facing else frame[0])
    if not rows:
        return None
    bands = _value_bands(table, layout)
    matches = [_best(band, rows) if band else None for band in bands]
    taken = [m for m in matches if m is not None]
    if len(taken) != len(set(taken)) or len(taken) < BESIDE_ROW_SHARE * sum(b is not None for b in bands):
        return None
    empty = RowLabels(None, (), None, EMPTY)
    return [rows[m][1] if m is not None else empty for m in matches]


def right_half_of_spread(table: Table, left: Table) -> bool:
    """True when the table is the right half of a spread whose left half is the table before: on the next page,
    their frames' tops and bottoms within FACING_EDGE_TOL_PT (their header rows may differ in number)."""
    a, b = table.prov.bbox, left.prov.bbox
    if a is None or b is None or table.prov.page is None or left.prov.page is None:
        return False
    return (table.prov.page == left.prov.page + 1 and abs(a[1] - b[1]) <= FACING_EDGE_TOL_PT
            and abs(a[3] - b[3]) <= FACING_EDGE_TOL_PT)


def _best(band: Band, rows: list[tuple[Band, RowLabels]]) -> int | None:
    """The label row a value row overlaps most, when it overlaps enough."""
    share, index = max((_overlap(band, b), i) for i, (b, _) in enumerate(rows))
    return index if share >= BESIDE_OVERLAP_SHARE else None
