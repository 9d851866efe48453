"""Names wrapped down their sub-rows, read again once a table is stitched over pages
(extract.pdf.stitched_names): corpus seed 524 kpi_year_matrix in writer_borderless, its first page
holding one indicator (①子育て支援セン / ター利用者数（人） over 直近値 / 目標水準), the next page's
目標水準 row unnamed, its name column wider (each page's part laid out on its own)."""

from __future__ import annotations

from extract.pdf.grid import RawCell, RawTable
from extract.pdf.stitched_names import fold_stitched_names

EM = 10.5


def cell(text: str, x0: float, top: float, page: int, width: float | None = None) -> RawCell:
    box = (x0, top, x0 + (width if width is not None else EM * len(text)), top + EM)
    return RawCell(text, box, page, line_bboxes=(box,) if text else ())


def row(name: str, kind: str, figure: str, top: float, page: int, name_width: float | None = None) -> tuple[RawCell, ...]:
    return cell(name, 56.8, top, page, name_width), cell(kind, 161.8, top, page), cell(figure, 250.0, top, page, 30.0)


def table(pages: int = 2) -> RawTable:
    rows = [row("項目", "", "H27年", 363.8, 1), row("①子育て支援セン", "直近値", "14,350", 376.1, 1),
            row("ター利用者数（人）", "目標水準", "13,355", 388.1, 1)]
    if pages == 2:
        rows += [row("②耕作放棄地面積（ha）", "直近値", "13.1", 55.5, 2, 12 * EM), row("", "目標水準", "12.0", 67.8, 2)]
    return RawTable(1, (56.8, 55.5, 300.0, 400.0), tuple(rows), "pdfplumber")


def names(t: RawTable) -> list[str]:
    return [r[0].raw for r in t.rows]


def test_a_later_page_shows_the_first_page_s_name_wrapped() -> None:
    assert names(fold_stitched_names(table())) == ["項目", "①子育て支援セン\nター利用者数（人）", "", "②耕作放棄地面積（ha）", ""]


def test_a_table_on_one_page_is_kept() -> None:
    t = table(pages=1)
    assert fold_stitched_names(t) is t
