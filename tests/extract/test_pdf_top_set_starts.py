"""Rows set at their top, where their cells open (extract.pdf.top_set_starts): a name cut over a row of
its own read into the next row's name (corpus seed 939 kpi_progress in writer_borderless, own wordings,
イベントへの / 参加者数 over 観光消費額), figures stacked beside a name that opens on their line (seed 951,
64.9 | 64.2 under 108 | 138 beside 学校給食地 / 場産物使用 / 率).

Pieces in PDF points (top-left origin): 7 pt text, every line 8.2 pt below the one above, no padding.
"""

from __future__ import annotations

from extract.pdf import top_set_starts
from extract.pdf.bracket_notes import opens_noted_figure
from extract.pdf.pieces import WRAP_GAP_MAX_EM, Block, Piece, advance
from extract.pdf.top_rows import column_widths, fold_top_set_rows, split_stacked_rows
from extract.pdf.top_set_starts import OPENING_TOL_EM, fold_name_lines, join_level_rows, part_above_openings, row_opening

H = 7.0
PITCH = 8.2


def piece(col: int, line: float, text: str) -> Piece:
    top = 100.0 + line * PITCH
    return Piece(text, (60.0 * col, top, 60.0 * col + 3.5 * sum(advance(ch) for ch in text), top + H), col)


def block(col: int, line: float, *texts: str) -> Block:
    return [piece(col, line + k, t) for k, t in enumerate(texts)]


def texts(rows: list[list[Block]]) -> list[list[str]]:
    return [["/".join(p.text for p in b) for b in sorted(r, key=lambda b: b[0].col)] for r in rows]


def cut_name_table(offset: float = 0.0) -> list[list[Block]]:
    """A row of figures whose target wraps over three lines, a name cut over a row of its own (two lines
    under it), then the next row: the cut name's lines read as one cell with the next row's name."""
    return [[block(0, 0, "健康寿命", "の延伸"), block(1, 0, "地域の魅力", "を発信する"), block(2, 0, "2,097"),
             block(3, 0, "2,951人/年", "（5年間累計", "14,755人）")],
            [block(1, 3, "イベントへの", "参加者数", "観光消費額"), block(0, 5 + offset, "関係人口", "の拡大"),
             block(2, 5 + offset, "69.3"), block(3, 5 + offset, "51.1")]]


def test_a_cell_opening_above_its_rows_opening_line_is_parted_there() -> None:
    rows = part_above_openings(cut_name_table())
    assert texts(rows) == [["健康寿命/の延伸", "地域の魅力/を発信する", "2,097", "2,951人/年/（5年間累計/14,755人）"],
                           ["イベントへの/参加者数"], ["関係人口/の拡大", "観光消費額", "69.3", "51.1"]]


def test_the_opening_line_is_read_within_the_tolerance() -> None:
    # the next row's cells open 0.5 em off the name's third line: no line of it stands on their opening
    assert texts(part_above_openings(cut_name_table(0.5 * H / PITCH)))[1][1] == "イベントへの/参加者数/観光消費額"
    assert texts(part_above_openings(cut_name_table(0.2 * H / PITCH)))[1] == ["イベントへの/参加者数"]
    assert OPENING_TOL_EM == 0.3


def test_halving_or_doubling_the_tolerance_changes_the_reading(monkeypatch) -> None:
    off = 0.2 * H / PITCH  # within 0.3 em, not within 0.15 em
    monkeypatch.setattr(top_set_starts, "OPENING_TOL_EM", OPENING_TOL_EM / 2)
    assert texts(part_above_openings(cut_name_table(off)))[1][1] == "イベントへの/参加者数/観光消費額"
    off = 0.5 * H / PITCH  # within 0.6 em
    monkeypatch.setattr(top_set_starts, "OPENING_TOL_EM", OPENING_TOL_EM * 2)
    assert texts(part_above_openings(cut_name_table(off)))[1] == ["イベントへの/参加者数"]


def test_a_row_with_no_line_most_cells_open_on_is_left_whole() -> None:
    row = [block(0, 0, "施策"), block(1, 1, "名前", "の続き"), block(2, 2, "12")]
    assert row_opening(row) is None
    assert part_above_openings([row]) == [row]


def test_a_cell_left_open_in_a_bracket_is_not_parted() -> None:
    rows = [[block(1, 3, "年39人（5年間", "で195人）"), block(0, 4, "移住"), block(2, 4, "44")]]
    assert texts(part_above_openings(rows)) == texts(rows)


def stacked_rows() -> list[list[Block]]:
    """宿泊者数's row with the next row's figures stacked under its own (one cell each at the rows'
    pitch), the next row's group label and name a row of their own."""
    return [[block(1, 0, "宿泊者数"), block(2, 0, "千人", "%"), block(3, 0, "108", "64.9"), block(4, 0, "138", "64.2"),
             block(5, 0, "C", "遅れ")],
            [block(0, 1, "関係人口", "の拡大"), block(1, 1, "学校給食地", "場産物使用", "率")],
            [block(1, 4, "世帯数"), block(2, 4, "世帯"), block(3, 4, "33,048"), block(4, 4, "31,868"), block(5, 4, "達成")]]


def test_rows_opening_on_one_line_with_no_column_shared_are_one_row() -> None:
    upper = [block(2, 1, "%"), block(3, 1, "64.9")]
    lower = [block(0, 1, "関係人口", "の拡大"), block(1, 1, "学校給食地", "場産物使用", "率")]
    assert texts(join_level_rows([upper, lower])) == [["関係人口/の拡大", "学校給食地/場産物使用/率", "%", "64.9"]]
    assert len(join_level_rows([upper, [block(3, 2, "70.0")]])) == 2  # one column shared
    assert len(join_level_rows([upper, [block(0, 1.5, "関係人口")]])) == 2  # a line apart


def test_the_stacked_figures_go_with_the_name_opening_on_their_line() -> None:
    header = [[block(1, -3, "評価指標"), block(2, -3, "単位"), block(3, -3, "現状値"), block(4, -3, "目標"),
               block(5, -3, "進捗")]]
    first = [[block(0, -2, "総所得の", "向上"), block(1, -2, "特定健診受", "診率"), block(2, -2, "%"),
              block(3, -2, "54.7"), block(4, -2, "62.9"), block(5, -2, "達成")]]
    rows = texts(fold_top_set_rows(header + first + stacked_rows()))
    assert ["宿泊者数", "千人", "108", "138", "C"] in rows
    assert ["関係人口/の拡大", "学校給食地/場産物使用/率", "%", "64.9", "64.2", "遅れ"] in rows


def broken_name_rows(gap_em: float) -> list[list[Block]]:
    """The last row of figures, its name broken by its author after 取り組む, the rest on lines of their own
    gap_em line heights under it (in rows set at the top, the next line stands 1.2 pt, 0.17 em, under)."""
    name = block(1, 0, "六次産業", "化に取り組", "む")
    rest_top = name[-1].bbox[3] + gap_em * H
    rest = [Piece("事業者数", (60.0, rest_top, 88.0, rest_top + H), 1)]
    return [[block(0, 0, "総所得の", "向上"), name, block(2, 0, "事業者"), block(3, 0, "54")], [rest]]


def test_lines_under_a_name_in_the_name_columns_are_its_next_lines() -> None:
    rows = fold_name_lines(broken_name_rows(0.17), frozenset({3}), [True, False])
    assert len(rows) == 1
    assert "/".join(p.text for b in rows[0] if b[0].col == 1 for p in b) == "六次産業/化に取り組/む/事業者数"


def test_a_row_that_is_closed_or_outside_the_name_columns_stays_apart() -> None:
    assert len(fold_name_lines(broken_name_rows(0.17), frozenset({3}), [True, True])) == 2  # a heading, a note
    assert len(fold_name_lines(broken_name_rows(0.17), frozenset({1, 3}), [True, False])) == 2  # a figure column
    assert len(fold_name_lines(broken_name_rows(0.17), frozenset(), [True, False])) == 2  # no figure anywhere


def test_the_name_lines_lie_within_a_wrap_gap_of_the_name() -> None:
    assert WRAP_GAP_MAX_EM == 0.75
    assert len(fold_name_lines(broken_name_rows(0.7), frozenset({3}), [True, False])) == 1
    assert len(fold_name_lines(broken_name_rows(0.8), frozenset({3}), [True, False])) == 2


def test_a_figure_opening_a_note_it_leaves_open_stacks_under_a_figure() -> None:
    assert opens_noted_figure("1,801人（延べ")
    assert not opens_noted_figure("（5年間累計")  # a note alone
    assert not opens_noted_figure("1,801人（延べ21,612日）")  # closed: the cell's two readings on one line
    assert not opens_noted_figure("ボランティア（延べ")  # words before the bracket


def test_a_noted_figure_under_a_figure_in_several_columns_opens_the_next_row() -> None:
    """宿泊者数's figures over ボランティア登録者数's, each opening its note (corpus seed 798 kpi_progress in
    writer_borderless): read as one row by the leading, parted where the figures stack."""
    row = [block(1, 0, "宿泊者数", "ボランティア登録者", "数"), block(2, 0, "千人", "人"),
           block(3, 0, "421", "1,801人（延べ", "21,612日）"), block(4, 0, "489", "2,518人（延べ", "22,662日）")]
    widths = column_widths([row])
    assert texts(split_stacked_rows([row], widths)) == [["宿泊者数", "千人", "421", "489"],
                                                        ["ボランティア登録者/数", "人", "1,801人（延べ/21,612日）", "2,518人（延べ/22,662日）"]]


def test_a_name_centred_on_its_figures_line_is_not_parted() -> None:
    """デマ / ンド / 交通 / 運行 / 事業 centred on its figures (Chromium, corpus seed 509 budget_main_projects in
    chromium_borderless): it opens two lines above them and reaches two lines below."""
    row = [block(0, 2, "1"), block(1, 0, "デマ", "ンド", "交通", "運行", "事業"), block(4, 2, "123,173,318円"),
           block(5, 2, "2,755,402円")]
    assert part_above_openings([row]) == [row]
    off = [block(0, 2, "1"), block(1, 0, "デマ", "ンド", "交通"), block(4, 2, "123,173,318円"), block(5, 2, "2,755,402円")]
    assert len(part_above_openings([off])) == 2  # its last line on the figures' line: set at the top, parted


def test_a_figure_whose_unit_the_line_below_completes_stacks_under_a_figure() -> None:
    """創業件数's counts over 世帯数's, each unit cut (6,901 世 / 帯, corpus seed 941 kpi_progress in
    writer_borderless, dev13 wordings), and 28.3% over 683,205t- / CO2 (seed 868): read on, figures."""
    row = [block(1, 0, "創業件数", "世帯数"), block(3, 0, "45 件", "6,901 世", "帯"), block(4, 0, "41 件", "4,485 世", "帯")]
    assert texts(split_stacked_rows([row], column_widths([row]))) == [["創業件数", "45 件", "41 件"],
                                                                      ["世帯数", "6,901 世/帯", "4,485 世/帯"]]
    words = [block(1, 0, "創業件数", "世帯数"), block(3, 0, "45 件", "地域", "帯"), block(4, 0, "41 件", "地域", "帯")]
    assert len(split_stacked_rows([words], column_widths([words]))) == 1  # no number opens the lines below


def test_a_header_band_set_at_the_top_lets_a_name_broken_by_its_author_go_on() -> None:
    """六次産業化に取り組む / 事業者数（累計）, its author's break after 取り組む (no full line: no wrap), under the
    table's last figures (corpus seed 798 kpi_progress in writer_borderless): the header band shows the
    table set at the top, so the lines are the name's; centred, they would open no row of their own either."""
    from tests.extract.test_pdf_top_set_band import band, piece as band_piece, row as band_row
    body = [band_row(band_piece(0, 3, "総所得"), band_piece(1, 3, "移住・定住促進に関する事業数"), band_piece(2, 3, "12件")),
            band_row(band_piece(1, 4, "の推進")),  # wrapped: a line below the figures, as no row set at its bottom has
            band_row(band_piece(0, 5, "雇用"), band_piece(1, 5, "六次産業化に取り組む"), band_piece(2, 5, "28事業者")),
            band_row(band_piece(1, 6, "事業者数（累計）"))]
    rows = fold_top_set_rows([*band((0, 0, 0)), *body])
    assert ["六次産業化に取り組む", "事業者数（累計）"] in [[p.text for b in r if b[0].col == 1 for p in b] for r in rows]
    centred = fold_top_set_rows([*band((1, 0, 1)), *body])
    assert ["六次産業化に取り組む", "事業者数（累計）"] not in [[p.text for b in r if b[0].col == 1 for p in b] for r in centred]


def test_a_section_line_over_a_name_beside_a_taller_cell_is_parted() -> None:
    # corpus seed 543 kpi_year_matrix in writer_borderless, dev8 wordings: （1）防災・減災の推進 over 待機児童数 /
    # （人）, set at the top, the name's middle line level with the row's opening, the row's 区分 cell three lines
    # tall: the name block is centred on the opening line, not on the cells opening there
    row = [block(0, 0, "（1）防災・減災の推進", "待機児童数", "（人）"), block(1, 1, "最終目標値", "（計画最終", "年度）"),
           block(2, 1, "13"), block(3, 1, "10")]
    assert texts(part_above_openings([row])) == [["（1）防災・減災の推進"], ["待機児童数/（人）", "最終目標値/（計画最終/年度）", "13", "10"]]


def test_a_name_centred_on_its_one_line_figures_is_left_whole() -> None:
    # Chromium centres a name of three lines on its row's figures: its middle line level with them
    row = [block(0, 0, "地域の魅力", "を発信する", "イベント"), block(2, 1, "13"), block(3, 1, "10")]
    assert part_above_openings([row]) == [row]
