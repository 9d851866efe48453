"""camelot adapter: a second opinion on doubtful tables; the only module that knows camelot.

camelot reports boxes in PDF user space with a bottom-left origin; `bbox_from_bottom_left`
converts them, once, to the model's top-left origin.
"""

from __future__ import annotations

import warnings
from typing import Any

from extract.model import BBox
from extract.pdf.grid import RawCell, RawTable, table_score

LATTICE = "lattice"
STREAM = "stream"


def bbox_from_bottom_left(x1: float, y1: float, x2: float, y2: float, page_height: float) -> BBox:
    """Convert a camelot box (x1, y1 bottom, x2, y2 top; origin bottom-left) to top-left."""
    lo, hi = min(y1, y2), max(y1, y2)
    return (min(x1, x2), page_height - hi, max(x1, x2), page_height - lo)


def area_to_bottom_left(bbox: BBox, page_height: float) -> str:
    """Format a top-left bbox as camelot's table_areas string "x_left,y_top,x_right,y_bottom"."""
    x0, top, x1, bottom = bbox
    return f"{x0:.2f},{page_height - top:.2f},{x1:.2f},{page_height - bottom:.2f}"


def _to_raw(table: Any, page_no: int, page_height: float, flavor: str) -> RawTable:
    """Convert one camelot Table into a RawTable."""
    df = table.df
    rows: list[tuple[RawCell, ...]] = []
    for r, cell_row in enumerate(table.cells):
        row = []
        for c, cell in enumerate(cell_row):
            bbox = bbox_from_bottom_left(cell.x1, cell.y1, cell.x2, cell.y2, page_height)
            text = str(df.iat[r, c]) if r < df.shape[0] and c < df.shape[1] else ""
            row.append(RawCell(text, bbox, page_no))
        rows.append(tuple(row))
    x1, y1, x2, y2 = table._bbox
    bbox = bbox_from_bottom_left(x1, y1, x2, y2, page_height)
    edges = tuple(float(c[0]) for c in table.cols) + ((float(table.cols[-1][1]),) if table.cols else ())
    raw = RawTable(page_no, bbox, tuple(rows), f"camelot-{flavor}", None, edges)
    return RawTable(raw.page, raw.bbox, raw.rows, raw.engine, table_score(raw), raw.col_edges)


def read_tables(
    path: str, page_no: int, page_height: float, flavor: str, area: BBox | None = None, password: str | None = None
) -> list[RawTable]:
    """Run camelot on one page (optionally one area); return its tables, top-left coordinates."""
    import camelot  # imported lazily: slow to import and only needed for doubtful pages

    kwargs: dict[str, Any] = {"pages": str(page_no), "flavor": flavor}
    if password:
        kwargs["password"] = password
    if area is not None:
        kwargs["table_areas"] = [area_to_bottom_left(area, page_height)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            found = camelot.read_pdf(path, **kwargs)  # type: ignore[attr-defined]
        except Exception:  # camelot failing is "no second opinion", never fatal
            return []
    return [_to_raw(t, page_no, page_height, flavor) for t in found]
