"""A row opening on figures that open a note they leave open (23人（延べ over 690日）), in a table whose rows
are set at their top without padding (LibreOffice Writer: corpus seed 894 kpi_progress in writer_borderless).
Read line by line, the row stood on no row of figures and went into the row above (地域活動参加率地域おこし協力
隊員数, 44.323 …). Such figures open a row only where the table's own rows show them set at their top
(top_rows.rows_show_top): centred, as Chromium and WeasyPrint set ruled tables, they do not (session 25's merge).

Pieces in PDF points (top-left origin) as Writer set them: 10.5 pt lines, 12.2 pt apart within a cell and
from row to row alike.
"""

from __future__ import annotations

from extract.pdf.figure_levels import figure_tops
from extract.pdf.pieces import Piece
from extract.pdf.rows import _rows_at_leading, _spanning_lines, pieces_to_rows, wrap_gap_limit
from extract.pdf.top_rows import rows_show_top

# columns 基本的方向 | KPI | 当初値（R2） | 目標値（R7） of that table, as Writer set them
WRITER_TABLE = [
    Piece('基本的方向', (60.7, 102.2, 113.2, 112.7), 0),
    Piece('KPI', (157.3, 102.2, 173.6, 112.7), 1),
    Piece('当初値（R2）', (262.9, 102.2, 319.4, 112.7), 3),
    Piece('目標値（R7）', (336.1, 102.2, 392.6, 112.7), 4),
    Piece('健康寿命の', (56.8, 114.5, 109.0, 125.0), 0),
    Piece('ふるさと納税寄', (127.8, 114.5, 195.2, 125.0), 1),
    Piece('807,382', (259.9, 114.5, 302.3, 125.0), 3),
    Piece('887,902', (333.1, 114.5, 375.5, 125.0), 4),
    Piece('延伸', (56.8, 126.6, 77.8, 137.1), 0),
    Piece('附額', (127.8, 126.6, 148.8, 137.1), 1),
    Piece('学校給食地場産', (127.8, 138.9, 201.3, 149.4), 1),
    Piece('62.9', (259.9, 138.9, 282.5, 149.4), 3),
    Piece('未公表', (333.1, 138.9, 364.6, 149.4), 4),
    Piece('物使用率', (127.8, 150.9, 169.8, 161.4), 1),
    Piece('子育て支援', (56.8, 163.2, 107.9, 173.7), 0),
    Piece('温室効果ガス排', (127.8, 163.2, 199.5, 173.7), 1),
    Piece('627,234', (259.9, 163.2, 302.3, 173.7), 3),
    Piece('625,510', (333.1, 163.2, 375.5, 173.7), 4),
    Piece('の充実', (56.8, 175.3, 88.0, 185.8), 0),
    Piece('出量', (127.8, 175.3, 148.8, 185.8), 1),
    Piece('ごみ排出量（1', (127.8, 187.6, 190.9, 198.1), 1),
    Piece('804', (259.9, 187.6, 279.7, 198.1), 3),
    Piece('1,031', (333.1, 187.6, 362.3, 198.1), 4),
    Piece('人1日当たり）', (127.8, 199.6, 193.9, 210.1), 1),
    Piece('観光交流の', (56.8, 211.9, 109.0, 222.4), 0),
    Piece('地域活動参加率', (127.8, 211.9, 201.3, 222.4), 1),
    Piece('44.3', (259.9, 211.9, 282.5, 222.4), 3),
    Piece('34.2', (333.1, 211.9, 355.7, 222.4), 4),
    Piece('推進', (56.8, 224.0, 77.8, 234.5), 0),
    Piece('地域おこし協力', (127.8, 224.2, 195.9, 234.7), 1),
    Piece('23人（延べ', (259.9, 224.2, 312.3, 234.7), 3),
    Piece('17人（延べ', (333.1, 224.2, 385.6, 234.7), 4),
    Piece('隊員数', (127.8, 236.3, 159.3, 246.8), 1),
    Piece('690日）', (259.9, 236.3, 298.1, 246.8), 3),
    Piece('340日）', (333.1, 236.3, 371.4, 246.8), 4),
]


def centred(pieces: list[Piece]) -> list[Piece]:
    """The table with each one-line figure moved half a line down, centred on the two-line names beside it."""
    two_line = {114.5, 138.9, 163.2, 187.6}
    return [Piece(q.text, (q.bbox[0], q.bbox[1] + 6.1, q.bbox[2], q.bbox[3] + 6.1), q.col)
            if q.col > 1 and q.bbox[1] in two_line else q for q in pieces]


def cells(rows: list[list[list[Piece]]]) -> list[list[str]]:
    return [["".join(q.text for q in block) for block in row] for row in rows]


def test_a_row_opening_on_noted_figures_stands_apart_in_a_table_set_at_the_top() -> None:
    # the group's name 観光交流の / 推進 is read line by line with the rows beside it, as any row's that opens at once
    assert cells(pieces_to_rows(WRITER_TABLE))[-2:] == [["観光交流の", "地域活動参加率", "44.3", "34.2"],
                                                        ["推進", "地域おこし協力隊員数", "23人（延べ690日）", "17人（延べ340日）"]]


def test_noted_figures_stand_a_row_of_figures_only_where_the_rows_show_the_top() -> None:
    top_set = WRITER_TABLE
    assert rows_show_top(_rows_at_leading(top_set, frozenset(_spanning_lines(top_set)), wrap_gap_limit(top_set)))
    assert (0, 224.2) in figure_tops(top_set, top_set=lambda: True)
    assert (0, 224.2) not in figure_tops(top_set)
    middle = centred(WRITER_TABLE)
    assert not rows_show_top(_rows_at_leading(middle, frozenset(_spanning_lines(middle)), wrap_gap_limit(middle)))
