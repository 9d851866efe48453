"""A table's header read apart from its body (extract.pdf.header_groups): sub-headers under a group
header open their cells; a header showing a leading of its own over a table showing none is read alone.

Pieces are the lines the row builder was given on real renders (PDF points, top-left origin): Typst's
6 pt year matrices (corpus seeds 801, 828 kpi_year_matrix in typst_borderless, dev4 wordings), a 6 pt
header wrapped inside its brackets (seed 870, own wordings) and a ruled header whose lines are its cells'
boxes (the real document otoineppu_kyuyo_teiin_r7 p1).
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.pdf.header_groups import group_openers, head_leading, head_lines, heads_a_group
from extract.pdf.figure_levels import figure_tops, labelled_tops
from extract.pdf.pieces import Piece
from extract.pdf.rows import pieces_to_rows, wrap_gap_limit
from tests.extract.test_pdf_top_rows import texts

Line = tuple[int, float, float, float, float, str]  # column, x0, top, x1, bottom, text


def pieces(lines: list[Line]) -> list[Piece]:
    return [Piece(text, (x0, top, x1, bottom), col) for col, x0, top, x1, bottom, text in lines]


def moved(table: Sequence[Piece], which: Sequence[str], x0: float = 0.0, top: float = 0.0, x1: float = 0.0,
          bottom: float = 0.0) -> list[Piece]:
    """The table with the lines reading which moved by so many points at each edge of their boxes."""
    return [Piece(p.text, (p.bbox[0] + x0, p.bbox[1] + top, p.bbox[2] + x1, p.bbox[3] + bottom), p.col)
            if p.text in which else p for p in table]


def tops(table: Sequence[Piece]) -> list[tuple[int, float]]:
    """The table's rows of figures as the row builder reads them (labelled_tops over figure_tops)."""
    return labelled_tops(table, figure_tops(table))


def reads_head_alone(table: Sequence[Piece]) -> bool:
    return head_leading(table, tops(table), wrap_gap_limit) is not None


def openers(table: Sequence[Piece]) -> set[str]:
    found = group_openers(table, figure_tops(table))
    return {p.text for p in table if id(p) in found}


GROUPED: list[Line] = [  # seed 828: 目指すべき値 over R05 末 | R04 末, 最近の実績値 over R02 末 | R01 末 | H30 末, 1 pt under
    (0, 64.4, 130.36, 106.4, 140.86, '進捗管理'), (2, 186.1, 130.36, 246.1, 140.86, '目指すべき値'),
    (6, 357.3, 130.36, 419.9, 140.86, '最近の実績値'), (8, 468.7, 130.36, 531.9, 140.86, '現状（策定時）'),
    (1, 123.0, 141.87, 156.4, 152.37, 'R06 末'), (2, 173.9, 141.87, 207.3, 152.37, 'R05 末'),
    (3, 224.9, 141.87, 258.3, 152.37, 'R04 末'), (4, 275.8, 141.87, 309.2, 152.37, 'R03 末'),
    (5, 326.8, 141.87, 360.2, 152.37, 'R02 末'), (6, 374.8, 141.87, 408.2, 152.37, 'R01 末'),
    (7, 419.3, 141.87, 454.0, 152.37, 'H30 末'), (8, 481.6, 141.87, 516.3, 152.37, 'H27 末'),
    (0, 74.9, 144.69, 95.9, 155.19, '指標'),
    (0, 61.7, 156.20, 103.7, 166.70, '移住者数'), (1, 140.7, 156.20, 160.1, 166.70, '293'),
    (2, 191.6, 156.20, 211.1, 166.70, '376'), (3, 242.6, 156.20, 262.0, 166.70, '227'),
    (4, 293.5, 156.20, 313.0, 166.70, '363'), (5, 344.5, 156.20, 363.9, 166.70, '373'),
    (6, 389.6, 156.20, 409.1, 166.70, '361'), (7, 434.8, 156.20, 454.3, 166.70, '351'),
    (8, 514.1, 156.20, 533.6, 166.70, '357'),
    (0, 59.0, 170.53, 80.2, 181.03, '（人）'),
    (0, 61.7, 182.03, 103.5, 192.53, 'ＳＮＳ フォ'), (1, 125.2, 182.03, 160.1, 192.53, '12,036'),
    (2, 176.1, 182.03, 211.1, 192.53, '13,595'), (3, 227.1, 182.03, 262.0, 192.53, '12,615'),
    (4, 278.0, 182.03, 313.0, 192.53, '11,337'), (5, 329.0, 182.03, 363.9, 192.53, '10,277'),
    (6, 380.6, 182.03, 409.1, 192.53, '8,910'), (7, 425.8, 182.03, 454.3, 192.53, '9,247'),
    (8, 498.6, 182.03, 533.6, 192.53, '15,520'),
    (0, 61.7, 196.36, 99.1, 206.86, 'ロワー数'),
]


def test_sub_headers_under_a_group_header_open_their_cells() -> None:
    rows = texts(pieces_to_rows(pieces(GROUPED)))
    assert rows[0] == ["進捗管理", "目指すべき値", "最近の実績値", "現状（策定時）H27 末"]
    assert rows[1] == ["指標", "R06 末", "R05 末", "R04 末", "R03 末", "R02 末", "R01 末", "H30 末"]
    assert rows[2][1:] == ["293", "376", "227", "363", "373", "361", "351", "357"]


FRAMED: list[Line] = [  # otoineppu_kyuyo_teiin_r7 p1: each line its cell's box, 給与費 over four columns
    (0, 56.6, 274.1, 116.4, 322.2, '区分'), (1, 116.4, 274.1, 161.3, 322.2, '職員数A'),
    (3, 161.3, 274.1, 363.1, 290.4, '給与費'),
    (2, 161.3, 290.4, 212.7, 322.2, '給料'), (3, 212.7, 290.4, 262.2, 322.2, '職員手当'),
    (4, 262.2, 290.4, 312.7, 322.2, '期末・勤勉手当'), (5, 312.7, 290.4, 363.1, 322.2, '計B'),
    (0, 56.6, 322.2, 116.4, 354.6, '令和5年度'), (1, 116.4, 322.2, 161.3, 354.6, '人57'),
    (2, 161.3, 322.2, 212.7, 354.6, '千円215,644'), (3, 212.7, 322.2, 262.2, 354.6, '千円42,786'),
    (4, 262.2, 322.2, 312.7, 354.6, '千円87,954'), (5, 312.7, 322.2, 363.1, 354.6, '千円346,384'),
]


def test_boxes_sharing_their_edges_are_a_frames_cells_no_sub_headers() -> None:
    # read as sub-headers, 給料 | 職員手当 … parted from 給与費 and took the values under them into a row of
    # their own, away from 区分 / 令和5年度: the real document lost its 令和5年度 budget values
    framed = pieces(FRAMED)
    assert openers(framed) == set()
    sub = ("給料", "職員手当", "期末・勤勉手当", "計B")
    apart = moved(framed, sub, x0=0.5, x1=-0.5)  # the same lines a point apart across: lines of text under a group header
    assert openers(apart) == set(sub)
    assert len(pieces_to_rows(framed)) == 1


BRACKET_OPEN: list[Line] = [  # seed 870: 2014 年度（平 goes on in 成 | 26 年度）, cut at a word space into two columns
    (0, 68.4, 111.13, 80.4, 117.13, '項目'), (3, 204.2, 111.13, 228.2, 117.13, '到達目標'),
    (7, 408.6, 111.13, 420.6, 117.13, '実績'), (10, 504.8, 111.13, 522.8, 117.13, '現況値'),
    (1, 98.3, 119.42, 135.7, 125.42, '2027 年度（令'), (2, 147.9, 119.42, 185.3, 125.42, '2026 年度（令'),
    (10, 495.1, 119.42, 532.5, 125.42, '2014 年度（平'),
    (1, 103.9, 127.61, 131.6, 133.61, '和 9 年度）'), (2, 153.5, 127.61, 181.2, 133.61, '和 8 年度）'),
    (9, 498.8, 127.61, 504.8, 133.61, '成'), (10, 506.3, 127.61, 530.3, 133.61, '26 年度）'),
    (0, 61.7, 135.90, 85.7, 141.90, '中心市街'), (1, 109.3, 135.90, 136.8, 141.90, '23,357 人'),
    (2, 158.9, 135.90, 186.4, 141.90, '19,557 人'), (10, 506.1, 135.90, 533.6, 141.90, '20,939 人'),
    (0, 61.7, 144.09, 85.5, 150.09, '地の歩行'),
    (0, 61.7, 177.05, 85.7, 183.05, '地域活動'), (1, 119.5, 177.05, 136.8, 183.05, '26.1%'),
    (2, 169.1, 177.05, 186.4, 183.05, '19.0%'), (10, 516.3, 177.05, 533.6, 183.05, '27.7%'),
]


def test_a_line_leaving_a_bracket_open_heads_no_group() -> None:
    head = [p for p in pieces(BRACKET_OPEN) if p.bbox[1] < 135.0]
    assert not heads_a_group(head)
    closed = [Piece("2014 年度", p.bbox, p.col) if p.text == "2014 年度（平" else p for p in head]
    assert heads_a_group(closed)


SIX_PT: list[Line] = [  # seed 801: 6 pt, 単 / 位 and R11 年度 / （2029） 2.19 pt apart over rows 2.29 apart
    (0, 70.8, 108.25, 106.8, 114.25, '進捗管理指標'), (1, 124.2, 108.25, 130.2, 114.25, '単'),
    (2, 156.5, 108.25, 168.5, 114.25, '区分'), (3, 203.6, 108.25, 228.7, 114.25, 'R11 年度'),
    (4, 253.2, 108.25, 278.3, 114.25, 'R10 年度'), (5, 304.7, 108.25, 326.1, 114.25, 'R9 年度'),
    (6, 354.3, 108.25, 375.7, 114.25, 'R8 年度'), (7, 403.9, 108.25, 425.3, 114.25, 'R7 年度'),
    (8, 453.5, 108.25, 474.9, 114.25, 'R6 年度'), (9, 500.9, 108.25, 526.7, 114.25, 'H27 年度'),
    (1, 124.2, 116.44, 130.2, 122.44, '位'), (3, 205.7, 116.44, 226.6, 122.44, '（2029）'),
    (4, 255.3, 116.44, 276.2, 122.44, '（2028）'), (5, 304.9, 116.44, 325.8, 122.44, '（2027）'),
    (6, 354.5, 116.44, 375.4, 122.44, '（2026）'), (7, 404.1, 116.44, 425.0, 122.44, '（2025）'),
    (8, 453.7, 116.44, 474.6, 122.44, '（2024）'), (9, 503.3, 116.44, 524.2, 122.44, '（2015）'),
    (0, 61.7, 124.73, 109.7, 130.73, '公共交通利用者数'), (1, 125.8, 124.73, 131.8, 130.73, '千'),
    (2, 138.7, 124.73, 173.0, 130.73, '目指すべき値'), (3, 215.1, 124.73, 236.0, 130.73, '1130※'),
    (4, 270.7, 124.73, 285.6, 130.73, '1771'), (5, 314.3, 124.73, 335.2, 130.73, '1067※'),
    (6, 369.9, 124.73, 384.8, 130.73, '1825'), (7, 429.0, 124.73, 434.4, 130.73, '―'),
    (8, 469.1, 124.73, 484.0, 130.73, '1612'),
    (1, 125.8, 132.92, 131.8, 138.92, '人'), (2, 138.7, 133.02, 186.8, 139.02, '実績値（直近年度）'),
    (7, 419.5, 133.02, 434.4, 139.02, '1685'), (8, 469.1, 133.02, 484.0, 139.02, '1839'),
    (9, 518.7, 133.02, 533.6, 139.02, '1554'),
    (0, 61.7, 141.31, 97.7, 147.31, '保育所入所率'), (1, 125.8, 141.31, 130.5, 147.31, '%'),
    (2, 138.7, 141.31, 173.0, 147.31, '目指すべき値'), (3, 223.4, 141.31, 236.0, 147.31, '80.5'),
    (4, 273.0, 141.31, 285.6, 147.31, '77.5'), (5, 322.6, 141.31, 335.2, 147.31, '82.7'),
    (6, 378.8, 141.31, 384.8, 147.31, '…'), (7, 428.4, 141.31, 434.4, 147.31, '…'),
    (8, 471.4, 141.31, 484.0, 147.31, '86.4'),
    (2, 138.7, 149.60, 186.8, 155.60, '実績値（直近年度）'), (7, 421.8, 149.60, 434.4, 155.60, '95.5'),
    (8, 465.4, 149.60, 484.0, 155.60, '82.3※'), (9, 521.0, 149.60, 533.6, 155.60, '87.6'),
]


def test_a_header_showing_its_own_leading_over_rows_showing_none_is_read_alone() -> None:
    table = pieces(SIX_PT)
    assert wrap_gap_limit(table) is None  # the rows stand as close as the header's wrapped lines
    rows = texts(pieces_to_rows(table))
    assert rows[0] == ["進捗管理指標", "単位", "区分", "R11 年度（2029）", "R10 年度（2028）", "R9 年度（2027）",
                       "R8 年度（2026）", "R7 年度（2025）", "R6 年度（2024）", "H27 年度（2015）"]
    assert rows[1] == ["公共交通利用者数", "千", "目指すべき値", "1130※", "1771", "1067※", "1825", "―", "1612"]


def test_a_header_at_two_gaps_is_rows_and_cells_not_one_row_read_alone() -> None:
    # 単 / 位 2.19 pt apart; moved to stand 1 pt under 単, 位 shows a second gap beside the years' 2.19
    table = pieces(SIX_PT)
    assert reads_head_alone(table)
    assert not reads_head_alone(moved(table, ("位",), top=-1.19, bottom=-1.19))
    assert [p.text for p in head_lines(table, tops(table))][:3] == ["進捗管理指標", "単", "区分"]


SECTION_UNDER_HEAD: list[Line] = [  # seed 537 kpi_progress in writer_borderless, dev4: a section heading under the header
    (0, 68.3, 96.70, 122.3, 105.70, '進捗管理指標'), (1, 147.2, 96.70, 201.2, 105.70, '策定時現況値'),
    (2, 215.0, 96.70, 273.7, 105.70, '目標とする水準'), (3, 289.4, 96.70, 339.8, 105.70, '実績結果 (令'),
    (4, 355.1, 96.70, 414.5, 105.70, '実績結果 (令和'), (5, 428.0, 96.70, 455.0, 105.70, '達成度'),
    (6, 475.7, 96.70, 520.7, 105.70, '目標達成度'),
    (1, 157.7, 107.00, 190.7, 116.00, '(平成２８'), (2, 230.8, 107.00, 257.9, 116.00, '(令和４'),
    (3, 289.3, 107.00, 339.8, 116.00, '和元（2019）'), (4, 361.1, 107.00, 408.5, 116.00, '２（2020）年'),
    (6, 489.4, 107.00, 506.9, 116.00, '（%）'),
    (1, 147.5, 117.40, 201.0, 126.40, '（2016）年度)'), (2, 217.6, 117.40, 271.2, 126.40, '（2022）年度)'),
    (3, 304.1, 117.40, 325.1, 126.40, '年度)'), (4, 378.8, 117.40, 390.8, 126.40, '度)'),
    (0, 56.8, 127.90, 142.9, 136.90, '（1）子育て環境の充実'),
    (0, 56.8, 138.50, 131.8, 147.50, '結婚・子育ての希望'), (1, 184.6, 138.50, 203.9, 147.50, '49.9'),
    (2, 254.7, 138.50, 274.0, 147.50, '43.6'), (3, 324.9, 138.50, 344.2, 147.50, '51.5'),
    (4, 395.2, 138.50, 414.5, 147.50, '54.4'), (5, 425.3, 138.50, 434.3, 147.50, '○'),
    (6, 494.1, 138.50, 528.0, 147.50, '124.8％'),
    (0, 56.8, 148.80, 89.8, 157.80, 'がかなう'), (0, 56.8, 159.40, 132.4, 168.40, 'と感じる市民の割合'),
    (0, 56.8, 169.70, 74.3, 178.70, '（%）'),
    (0, 56.8, 180.30, 120.6, 189.30, '宿泊者数（千人）'), (1, 187.0, 180.30, 203.9, 189.30, '320'),
    (2, 257.1, 180.30, 274.0, 189.30, '381'), (3, 327.3, 180.30, 344.2, 189.30, '304'),
    (4, 397.6, 180.30, 414.5, 189.30, '276'), (5, 425.3, 180.30, 431.8, 189.30, 'C'),
    (6, 508.6, 180.30, 527.9, 189.30, '72.4'),
    (0, 56.8, 190.80, 131.1, 199.80, '森林整備面積（ha）'), (1, 184.6, 190.80, 203.9, 199.80, '62.2'),
    (2, 254.7, 190.80, 274.0, 199.80, '85.4'), (3, 324.9, 190.80, 344.2, 199.80, '87.3'),
    (4, 386.2, 190.80, 414.6, 199.80, '80.3※'), (5, 425.3, 190.80, 443.1, 199.80, '遅れ'),
    (6, 499.8, 190.80, 528.0, 199.80, '94.0％'),
]


def test_a_line_standing_apart_under_a_header_cell_keeps_the_header_with_the_table() -> None:
    # read alone with the section row under it, the header was parted from the table's body and the first
    # table lost its header (23 -> 15 of 27); its column 0 holds two cells, so the header is no one row
    table = pieces(SECTION_UNDER_HEAD)
    assert wrap_gap_limit(table) is None and "（1）子育て環境の充実" in [p.text for p in head_lines(table, tops(table))]
    assert not reads_head_alone(table)
    without = [p for p in table if p.text != "（1）子育て環境の充実"]
    assert reads_head_alone(without)
