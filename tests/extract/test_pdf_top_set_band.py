"""A header band whose cells of different heights start on its first line shows a table set at the top
(extract.pdf.top_set_band), read where the body's rows show nothing: corpus seed 918 kpi_progress in
writer_borderless (dev8 wordings), 六次産業化に取 / り組む / 事業者数（累計） beside figures on its first line.

Pieces in PDF points (top-left origin): 9 pt text, every line 10.2 pt below the one above, no padding.
"""

from __future__ import annotations

import pytest

from extract.pdf import top_set_band
from extract.pdf.pieces import Block, Piece, advance
from extract.pdf.top_rows import fold_top_set_rows
from extract.pdf.top_set_band import MIN_BAND_COLUMNS, band_shows_top

H = 9.0
PITCH = 10.2
NAME_W = 63.0  # the name column's widest line: seven kanji


def piece(col: int, line: float, text: str) -> Piece:
    top = line * PITCH
    return Piece(text, (100.0 * col, top, 100.0 * col + 4.5 * sum(advance(ch) for ch in text), top + H), col)


def row(*pieces: Piece) -> list[Block]:
    return [[p] for p in pieces]


def band(offsets: tuple[float, float, float]) -> list[list[Block]]:
    """指標の名前 | 現況値（策定 / 時） over (2015年度) | 評価, the short cells offset by these lines."""
    name, tall, mark = offsets
    return [row(piece(0, name, "指標の名前"), piece(1, tall, "現況値（策定"), piece(2, mark, "評価")),
            row(piece(1, tall + 1, "時）")), row(piece(1, tall + 2, "(2015年度)"))]


def body(start: float) -> list[list[Block]]:
    """Rows at the leading: names filling their column (the engine wrapped them), their next lines holding
    no figure. Centred, 数 / 六次産業化に取 / り組む and 事業者数（累計） / 汚水処理人口普 / 及率 would each stand
    on its figures' middle line: the body alone proves no alignment."""
    return [row(piece(0, start, "Uターン就職者"), piece(1, start, "82人"), piece(2, start, "○")), row(piece(0, start + 1, "数")),
            row(piece(0, start + 2, "六次産業化に取"), piece(1, start + 2, "28事業者"), piece(2, start + 2, "○")),
            row(piece(0, start + 3, "り組む")), row(piece(0, start + 4, "事業者数（累計）")),
            row(piece(0, start + 5, "汚水処理人口普"), piece(1, start + 5, "77.9%"), piece(2, start + 5, "達成")),
            row(piece(0, start + 6, "及率"))]


def names(rows: list[list[Block]]) -> list[str]:
    return ["".join(p.text for b in r if b[0].col == 0 for p in b) for r in rows if any(b[0].col == 1 for b in r)]


def test_short_header_cells_on_the_first_line_show_the_band_set_at_the_top() -> None:
    assert band_shows_top(band((0, 0, 0)))
    assert not band_shows_top(band((1, 0, 1)))  # centred on the band: 指標の名前 level with its middle line
    assert not band_shows_top(band((2, 0, 2)))  # set at the bottom
    assert not band_shows_top([row(piece(0, 0, "指標"), piece(1, 0, "実績"), piece(2, 0, "評価"))])  # all one line


def test_the_band_shows_the_body_set_at_the_top_where_its_rows_show_nothing() -> None:
    # centred, 数 could open the next row and 事業者数（累計） the one after: the body alone proves neither
    rows = fold_top_set_rows([*band((0, 0, 0)), *body(3)])
    assert names(rows)[-3:] == ["Uターン就職者数", "六次産業化に取り組む事業者数（累計）", "汚水処理人口普及率"]
    centred = fold_top_set_rows([*band((1, 0, 1)), *body(3)])
    assert "六次産業化に取り組む事業者数（累計）" not in names(centred)


@pytest.mark.parametrize(("columns", "reads_both"), [(MIN_BAND_COLUMNS, True), (MIN_BAND_COLUMNS // 2, False),
                                                     (MIN_BAND_COLUMNS * 2, False)])
def test_min_band_columns_is_pinned(monkeypatch: pytest.MonkeyPatch, columns: int, reads_both: bool) -> None:
    # three header columns show the alignment; a band of two (a name and one figure's header) does not
    monkeypatch.setattr(top_set_band, "MIN_BAND_COLUMNS", columns)
    two = [row(piece(0, 0, "指標"), piece(1, 0, "現況値（策定")), row(piece(1, 1, "時）"))]
    assert (band_shows_top(band((0, 0, 0))) and not band_shows_top(two)) == reads_both


@pytest.mark.parametrize(("tol", "reads_both"), [(top_set_band.FIRST_LINE_TOL_EM, True),
                                                 (top_set_band.FIRST_LINE_TOL_EM / 2, False),
                                                 (top_set_band.FIRST_LINE_TOL_EM * 2, False)])
def test_first_line_tol_em_is_pinned(monkeypatch: pytest.MonkeyPatch, tol: float, reads_both: bool) -> None:
    # a header line 0.6 pt (a fifteenth of its height) off the band's top stands on it; 1.35 pt off does not
    monkeypatch.setattr(top_set_band, "FIRST_LINE_TOL_EM", tol)
    near, far = band((0.06, 0, 0)), band((0.13, 0, 0))
    assert (band_shows_top(near) and not band_shows_top(far)) == reads_both
