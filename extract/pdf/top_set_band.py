"""A header band whose cells of different heights all start on its first line: a table set at the top.

Word's tables (printed by LibreOffice Writer) set every cell at its top: a header cell of one line
(指標の名前, 評価) stands on the band's first line beside a header of four (現況値（策定 / 時） /
(2015(H27)年 / 度)). Engines that centre a row's cells (Chromium, Calc's defaults at the bottom)
stand the short header at the band's middle or on its last line. The band is the table's own
evidence of its alignment where the body's rows show none (each row's cells of one line, names
broken over lines holding no figure: 六次産業化に取 / り組む / 事業者数（累計）, whose figures stand
on its first line but could as well be centred on a parting of the figureless lines between rows).

Coordinates are PDF points, top-left origin.
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.pdf.pieces import Block, Piece

MIN_BAND_COLUMNS = 3  # header columns a band needs before its first line shows the table's alignment
FIRST_LINE_TOL_EM = 0.1  # a header line whose top lies within this share of its height from the band's top stands on its first line

Row = list[Block]


def band_shows_top(band: Sequence[Row]) -> bool:
    """True when the header rows (above the body's first row of figures) hold MIN_BAND_COLUMNS
    columns or more, each with a line on the band's first line, and some column's header runs on
    below that line while another's ends on it: cells of different heights starting level."""
    lines = [p for row in band for b in row for p in b]
    if not lines:
        return False
    top = min(p.bbox[1] for p in lines)
    cols = {p.col for p in lines}
    first = {p.col for p in lines if _on(p, top)}
    taller = {p.col for p in lines if not _on(p, top)}
    return len(cols) >= MIN_BAND_COLUMNS and first == cols and bool(taller) and taller != cols


def _on(p: Piece, top: float) -> bool:
    return abs(p.bbox[1] - top) <= FIRST_LINE_TOL_EM * p.height
