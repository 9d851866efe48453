"""Typst year matrices in 6 pt type: a cell's lines and the table's rows on one grid.

Pieces are the lines pdfplumber reads from corpus seed 801 kpi_year_matrix (typst_borderless, dev4
wordings), in PDF points, top-left origin: 6 pt type, a cell's next line 8.19 pt (top to top) under
its first (単 / 位, R11 年度 / （2029）, 千 / 人), a row's first line 8.29 pt under the row above. No gap
tells a cell's lines from the rows.
"""

from __future__ import annotations

from extract.pdf import rows
from extract.pdf.figure_rows import LEVEL_TOL_EM, LevelIndex, figure_tops, labelled_tops, stands_on
from extract.pdf.pieces import Piece
from extract.pdf.rows import pieces_to_rows
from tests.extract.test_pdf_top_rows import texts

H = 6.0
LINES = [  # (column, top, x0, x1, text)
    (0, 108.25, 70.8, 106.8, "進捗管理指標"), (0, 124.73, 61.7, 109.7, "公共交通利用者数"),
    (0, 141.31, 61.7, 97.7, "保育所入所率"), (0, 157.89, 61.7, 115.8, "関係人口（登録者数）"),
    (1, 108.25, 124.2, 130.2, "単"), (1, 116.44, 124.2, 130.2, "位"), (1, 124.73, 125.8, 131.8, "千"),
    (1, 132.92, 125.8, 131.8, "人"), (1, 141.31, 125.8, 130.5, "%"), (1, 157.89, 125.8, 131.8, "人"),
    (2, 108.25, 156.5, 168.5, "区分"), (2, 124.73, 138.7, 173.0, "目指すべき値"), (2, 133.02, 138.7, 186.8, "実績値（直近年度）"),
    (2, 141.31, 138.7, 173.0, "目指すべき値"), (2, 149.60, 138.7, 186.8, "実績値（直近年度）"),
    (2, 157.89, 138.7, 173.0, "目指すべき値"), (2, 166.18, 138.7, 186.8, "実績値（直近年度）"),
    (3, 108.25, 203.6, 228.7, "R11 年度"), (3, 116.44, 205.7, 226.6, "（2029）"), (3, 124.73, 215.1, 236.0, "1130※"),
    (3, 141.31, 223.4, 236.0, "80.5"), (3, 157.89, 221.1, 236.0, "3222"),
    (4, 108.25, 253.2, 278.3, "R10 年度"), (4, 116.44, 255.3, 276.2, "（2028）"), (4, 124.73, 270.7, 285.6, "1771"),
    (4, 141.31, 273.0, 285.6, "77.5"), (4, 157.89, 270.7, 285.6, "4090"),
    (5, 108.25, 304.7, 326.1, "R9 年度"), (5, 116.44, 304.9, 325.8, "（2027）"), (5, 124.73, 314.3, 335.2, "1067※"),
    (5, 141.31, 322.6, 335.2, "82.7"), (5, 157.89, 320.3, 335.2, "4172"),
    (6, 108.25, 354.3, 375.7, "R8 年度"), (6, 116.44, 354.5, 375.4, "（2026）"), (6, 124.73, 369.9, 384.8, "1825"),
    (6, 141.31, 378.8, 384.8, "…"), (6, 157.89, 369.9, 384.8, "3529"),
    (7, 108.25, 403.9, 425.3, "R7 年度"), (7, 116.44, 404.1, 425.0, "（2025）"), (7, 124.73, 429.0, 434.4, "―"),
    (7, 133.02, 419.5, 434.4, "1685"), (7, 141.31, 428.4, 434.4, "…"), (7, 149.60, 421.8, 434.4, "95.5"),
    (7, 157.89, 419.5, 434.4, "3783"), (7, 166.18, 419.5, 434.4, "4409"),
    (8, 108.25, 453.5, 474.9, "R6 年度"), (8, 116.44, 453.7, 474.6, "（2024）"), (8, 124.73, 469.1, 484.0, "1612"),
    (8, 133.02, 469.1, 484.0, "1839"), (8, 141.31, 471.4, 484.0, "86.4"), (8, 149.60, 465.4, 484.0, "82.3※"),
    (8, 157.89, 469.1, 484.0, "4358"), (8, 166.18, 469.1, 484.0, "4465"),
    (9, 108.25, 500.9, 526.7, "H27 年度"), (9, 116.44, 503.3, 524.2, "（2015）"), (9, 133.02, 518.7, 533.6, "1554"),
    (9, 149.60, 521.0, 533.6, "87.6"), (9, 166.18, 518.7, 533.6, "4530")]


def matrix(lines: list[tuple[int, float, float, float, str]] = LINES) -> list[Piece]:
    return [Piece(text, (x0, top, x1, top + H), col, 1) for col, top, x0, x1, text in lines]


def test_a_group_header_over_two_columns_keeps_the_header_in_rows() -> None:
    # 最新の値 over R6 年度 | R7 年度 (a header line over lines of two columns under it) heads a group:
    # the header is two rows, not cells of two lines
    ps = [p for p in matrix() if p.col not in (7, 8) or p.bbox[1] > 110]
    ps.append(Piece("最新の値", (420.0, 108.25, 460.0, 108.25 + H), 7, 1))
    assert rows._heads_a_group([p for p in ps if p.bbox[1] < 120])
    assert not rows._heads_a_group([p for p in matrix() if p.bbox[1] < 120])


def test_the_level_index_finds_the_lines_standing_on_a_top_as_a_scan_does() -> None:
    ps = matrix()
    index = LevelIndex.of(ps)
    for top in {p.bbox[1] for p in ps} | {124.73 + LEVEL_TOL_EM * H, 124.73 - LEVEL_TOL_EM * H - 0.01, 0.0}:
        assert index.level_with(1, top) == sorted((p for p in ps if stands_on(p, top)), key=lambda p: p.bbox[1])
    assert labelled_tops(ps, figure_tops(ps)) == sorted(labelled_tops(ps, figure_tops(ps)))


def test_the_lines_under_a_group_header_open_their_cells() -> None:
    # 目指すべき値 over R05 末 | R04 末, 1 pt apart, beside 進捗管理 / 指標 3.8 pt apart (corpus seed 828
    # kpi_year_matrix in typst_borderless, dev4): the group header is a row of its own, not a cell's first line
    h = 10.5
    ps = [Piece("進捗管理", (64.4, 130.36, 106.4, 130.36 + h), 0), Piece("指標", (74.9, 144.69, 95.9, 144.69 + h), 0),
          Piece("目指すべき値", (186.1, 130.36, 246.1, 130.36 + h), 2),
          Piece("R05 末", (173.9, 141.87, 207.3, 141.87 + h), 2), Piece("R04 末", (224.9, 141.87, 258.3, 141.87 + h), 3),
          Piece("移住者数", (61.7, 156.2, 103.7, 156.2 + h), 0), Piece("376", (191.6, 156.2, 211.1, 156.2 + h), 2),
          Piece("227", (242.6, 156.2, 262.0, 156.2 + h), 3)]
    assert rows.group_openers(ps) == {id(ps[3]), id(ps[4])}
    assert rows.group_openers([p for p in ps if p.text != "R04 末"]) == frozenset()  # over one column: may be its cell
    cells = [cell for row in texts(pieces_to_rows(ps)) for cell in row]
    assert "目指すべき値" in cells and "R05 末" in cells
