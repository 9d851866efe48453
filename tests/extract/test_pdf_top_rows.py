"""Rows set at the top of their cells without padding (extract.pdf.top_rows).

Pieces are built by hand in PDF points (top-left origin): 9 pt text, every line 10.2 pt below
the one above, within a cell and from row to row alike, as Word's table defaults set them.
"""

from __future__ import annotations

import pytest

from extract.pdf import top_rows
from extract.pdf.pieces import Block, Piece, advance
from extract.pdf.rows import pieces_to_rows
from extract.pdf.top_rows import fold_top_set_rows, states_figure

H = 9.0  # glyph height
PITCH = 10.2  # one line below the next, no padding between rows
LABEL_W = 90.0  # the label column's width: its widest line


def piece(col: int, line: float, text: str, width: float | None = None) -> Piece:
    top = line * PITCH
    w = width if width is not None else 4.5 * sum(advance(ch) for ch in text)  # a digit half a kanji
    return Piece(text, (100.0 * col, top, 100.0 * col + w, top + H), col)


def row(*pieces: Piece) -> list[Block]:
    return [[p] for p in pieces]


def texts(rows: list[list[Block]]) -> list[list[str]]:
    cols: list[list[str]] = []
    for r in rows:
        per_col: dict[int, list[str]] = {}
        for p in sorted((p for b in r for p in b), key=lambda p: (p.col, p.bbox[1])):
            per_col.setdefault(p.col, []).append(p.text)
        cols.append(["".join(per_col[c]) for c in sorted(per_col)])
    return cols


def word_table() -> list[list[Block]]:
    # 結婚・子育ての希望 fills its column (the engine wrapped it), its figure on its first line,
    # the name's next two lines hold no figure; then a one-line row.
    return [row(piece(0, 0, "結婚・子育ての希望", LABEL_W), piece(1, 0, "43.4")),
            row(piece(0, 1, "がかなう")),
            row(piece(0, 2, "と感じる市民の割合", LABEL_W - 9.0)),
            row(piece(0, 3, "高齢化率"), piece(1, 3, "34.2"))]


def test_a_name_wrapped_below_its_figures_joins_their_row() -> None:
    assert texts(fold_top_set_rows(word_table())) == [["結婚・子育ての希望がかなうと感じる市民の割合", "43.4"],
                                                      ["高齢化率", "34.2"]]


def test_the_row_builder_takes_the_lines_of_a_name_set_at_the_rows_pitch_into_its_row() -> None:
    ps = [p for r in word_table() for b in r for p in b]
    assert texts(pieces_to_rows(ps)) == [["結婚・子育ての希望がかなうと感じる市民の割合", "43.4"], ["高齢化率", "34.2"]]


def test_names_centred_on_their_figures_are_left_as_they_read() -> None:
    # each figure on the middle line of a three-line name (slightly off the middle: 1.8 pt, a
    # fifth of a line): a line without a figure may open the next row's name
    off = 1.8 / PITCH
    rows = [row(piece(0, 0, "地域の魅力を")),
            row(piece(0, 1, "発信するイベン", LABEL_W), piece(1, 1 + off, "1,814")),
            row(piece(0, 2, "トの参加者数")),
            row(piece(0, 3, "温室効果ガス")),
            row(piece(0, 4, "の排出量", LABEL_W), piece(1, 4 + off, "603")),
            row(piece(0, 5, "（t-CO2）"))]
    assert len(fold_top_set_rows(rows)) == len(rows)


def test_the_centring_tolerance_is_a_share_of_a_line() -> None:
    # a two-line name beside a figure on its first line is half a line off centre: set at the top
    assert top_rows.CENTRE_TOL_EM * H < PITCH / 2 < 2 * top_rows.CENTRE_TOL_EM * H
    assert top_rows.CENTRE_TOL_EM / 2 * H < 1.8 < top_rows.CENTRE_TOL_EM * H


def test_names_set_at_the_bottom_are_left_as_they_read() -> None:
    rows = [row(piece(0, 0, "地域の魅力を")), row(piece(0, 1, "発信する"), piece(1, 1, "1,814")),
            row(piece(0, 2, "温室効果ガス")), row(piece(0, 3, "排出量"), piece(1, 3, "603"))]
    assert len(fold_top_set_rows(rows)) == len(rows)


def test_a_numbered_heading_below_a_row_stays_a_row() -> None:
    rows = [*word_table(), row(piece(0, 4, "（2）地域産業の振興")), row(piece(0, 5, "市民満足度"), piece(1, 5, "57.7"))]
    assert texts(fold_top_set_rows(rows))[2:] == [["（2）地域産業の振興"], ["市民満足度", "57.7"]]


def test_a_note_under_the_last_row_stays_a_row() -> None:
    # ※ 再掲の事業を含む under the last name, set at the rows' pitch: a note of the table, no line of the name
    rows = [*word_table(), row(piece(0, 4, "※ 再掲の事業を含む"))]
    assert texts(fold_top_set_rows(rows))[-2:] == [["高齢化率", "34.2"], ["※ 再掲の事業を含む"]]
    assert top_rows.opens_own_row(piece(0, 4, "注）数値は年度末"), frozenset())
    assert not top_rows.opens_own_row(piece(0, 4, "事業者数（累計）※"), frozenset())


def test_text_under_a_cell_that_ends_on_its_line_opens_a_row() -> None:
    # 担当部局 | 環境課 under 現状値 | 394人: the figure's cell does not run on into 環境課
    rows = [*word_table(), row(piece(0, 4, "担当部局"), piece(1, 4, "環境課"))]
    assert texts(fold_top_set_rows(rows))[2:] == [["担当部局", "環境課"]]


def test_a_cell_run_on_below_its_figure_joins_its_row() -> None:
    # 年1,814人（5年間で over 9,070人）: the bracket left open runs the cell on
    rows = [*word_table(), row(piece(0, 4, "地域の魅力を", LABEL_W), piece(1, 4, "1,814人（5年間で"), piece(2, 4, "1,747")),
            row(piece(0, 5, "発信する"), piece(1, 5, "9,070人）"))]
    assert texts(fold_top_set_rows(rows))[2:] == [["地域の魅力を発信する", "1,814人（5年間で9,070人）", "1,747"]]


def test_a_bare_unit_under_a_figure_ends_its_cell() -> None:
    rows = [*word_table(), row(piece(0, 4, "自主防災組織育成事", LABEL_W), piece(1, 4, "218001千")),
            row(piece(0, 5, "業"), piece(1, 5, "円"))]
    assert texts(fold_top_set_rows(rows))[2:] == [["自主防災組織育成事業", "218001千円"]]


def test_a_note_mark_under_a_figure_ends_its_cell() -> None:
    rows = [*word_table(), row(piece(0, 4, "公共交通"), piece(1, 4, "166")), row(piece(0, 5, "利用者数"), piece(1, 5, "※"))]
    assert texts(fold_top_set_rows(rows))[2:] == [["公共交通利用者数", "166※"]]


def test_a_line_further_below_than_a_cells_lines_stays_apart() -> None:
    # a folio under the table, three lines below its last row
    rows = [*word_table(), row(piece(0, 6, "- 1 -"))]
    assert texts(fold_top_set_rows(rows))[2:] == [["- 1 -"]]


def test_lines_above_the_first_row_of_figures_are_left_to_the_header() -> None:
    rows = [row(piece(0, -2, "KPI項目"), piece(1, -2, "基準年度")), row(piece(1, -1, "値")), *word_table()]
    assert texts(fold_top_set_rows(rows))[:2] == [["KPI項目", "基準年度"], ["値"]]


def test_a_figure_is_a_value_or_a_marker_standing_for_one() -> None:
    assert states_figure("43.4") and states_figure("調査なし") and states_figure("―")
    assert not states_figure("がかなう") and not states_figure("円")


def test_a_note_in_brackets_under_a_figure_ends_its_cell() -> None:
    rows = [*word_table(), row(piece(0, 4, "派遣日数"), piece(1, 4, "14人（延べ370日）")),
            row(piece(0, 5, "（延べ）"), piece(1, 5, "（H30）"))]
    assert texts(fold_top_set_rows(rows))[2:] == [["派遣日数（延べ）", "14人（延べ370日）（H30）"]]


def test_a_numbered_item_or_two_bracket_groups_are_no_note() -> None:
    rows = [*word_table(), row(piece(0, 4, "派遣日数"), piece(1, 4, "14人")), row(piece(0, 5, "協力隊"), piece(1, 5, "（1）"))]
    assert texts(fold_top_set_rows(rows))[3:] == [["協力隊", "（1）"]]
    rows[-1] = row(piece(0, 5, "協力隊"), piece(1, 5, "（R1）（R2）"))
    assert texts(fold_top_set_rows(rows))[3:] == [["協力隊", "（R1）（R2）"]]


def block(col: int, *lines: tuple[float, str]) -> Block:
    return [piece(col, line, text) for line, text in lines]


def glued_table(stacked_cols: int) -> list[list[Block]]:
    # row 1: a name wrapped below its figures (cells set at the top); row 2: two rows read as one
    # (Word's rows no further apart than a cell's lines): 76.8 over 2,640 in each figure column
    first = [[piece(0, 0, "自主防災組", LABEL_W), piece(0, 1, "織率")], block(1, (0, "58.8")), block(2, (0, "51.7"))]
    second = [block(0, (2, "市民満足度"), (3, "テレワーク施"), (4, "設利用者数"))]
    second += [block(c, (2, f"7{c}.8"), (3, f"2,64{c}")) for c in range(1, 1 + stacked_cols)]
    second += [block(c, (2, f"7{c}.8")) for c in range(1 + stacked_cols, 3)]
    header = [block(0, (-1, "KPI項目")), block(1, (-1, "策定時（2020")), block(2, (-1, "目指す値（2026"))]  # as wide as its columns
    return [header, first, second]


def test_figures_stacked_in_several_columns_part_rows_set_at_their_top() -> None:
    assert texts(fold_top_set_rows(glued_table(2)))[1:] == [["自主防災組織率", "58.8", "51.7"], ["市民満足度", "71.8", "72.8"],
                                                           ["テレワーク施設利用者数", "2,641", "2,642"]]


def test_figures_stacked_in_one_column_are_one_cell() -> None:
    assert len(fold_top_set_rows(glued_table(1))) == 3


def test_rows_show_their_alignment_by_cells_of_different_heights() -> None:
    top = [block(0, (0, "自主防災組"), (1, "織率")), block(1, (0, "58.8"))]
    middle = [block(0, (0, "自主防災組"), (1, "織率")), block(1, (0.5, "58.8"))]
    one_line = [block(0, (0, "高齢化率")), block(1, (0, "58.8"))]
    assert top_rows.shows_alignment(top, "top") and not top_rows.shows_alignment(top, "middle")
    assert top_rows.shows_alignment(middle, "middle") and not top_rows.shows_alignment(middle, "top")
    assert not any(top_rows.shows_alignment(one_line, side) for side in ("top", "middle", "bottom"))


def test_stacked_figures_stay_when_a_row_is_centred() -> None:
    rows = glued_table(2)
    rows.insert(1, [block(0, (-3, "人口"), (-2, "総数")), block(1, (-2.5, "1,234")), block(2, (-2.5, "1,235"))])
    assert len(fold_top_set_rows(rows)) == 4


def test_a_taller_cell_not_shown_wrapped_shows_no_alignment() -> None:
    # 自主防災組 does not fill its column: its lines may be two rows' (a name set a glyph a line)
    rows = glued_table(2)
    rows[1][0] = block(0, (0, "自主防災組"), (1, "織率"))
    assert len(fold_top_set_rows(rows)) == 3


def test_lines_alone_part_no_stacked_figures() -> None:
    # the lines without figures show the rows set at the top (がかなう under 結婚・子育ての希望),
    # but no row's own cells do: figures stacked in a cell stay one cell
    rows = [*word_table(), [block(0, (4, "市民満足度")), block(1, (4, "71.8"), (5, "2,641")), block(2, (4, "72.8"), (5, "2,642"))]]
    assert texts(fold_top_set_rows(rows))[2:] == [["市民満足度", "71.82,641", "72.82,642"]]


def test_a_number_the_engine_may_have_cut_over_two_lines_parts_no_rows() -> None:
    # 46 over 6 in a column two digits wide: one number cut at the column's edge
    rows = glued_table(2)
    rows[0] = [block(0, (-1, "KPI項目"))]
    rows[1][1:3] = [block(c, (0, "58")) for c in (1, 2)]
    rows[2][1:3] = [block(c, (2, "46"), (3, "6")) for c in (1, 2)]
    assert len(fold_top_set_rows(rows)) == 3


def test_a_note_mark_alone_in_a_later_column_refers_to_a_note_and_opens_no_row() -> None:
    """125日 / ※ beside a name's second line (corpus seed 741 kpi_year_matrix in typst_borderless): the mark is
    the figure cell's tail; read as a note it parted the name 相談員の活動日数(延べ / 日数) into two rows. In the
    first column a mark alone opens the note its words, set apart, go on (corpus seed 508 kpi_baseline_target)."""
    assert not top_rows.opens_own_row(piece(5, 4, "※"), frozenset())
    assert not top_rows.opens_own_row(piece(5, 4, "※ ＊"), frozenset())
    assert top_rows.opens_own_row(piece(5, 4, "※ 1人1日当たりの量に換算"), frozenset())
    assert top_rows.opens_own_row(piece(0, 4, "※"), frozenset())


@pytest.mark.parametrize(("line", "below", "goes_on"), [
    ("年間19,840", "人（4年間で", True), ("12.5", "%（R2）", True), ("120", "人", False), ("120", "人口（人）", False),
    ("目標", "人（延べ）", False), ("年間3,508人", "（4年間で", False),
])
def test_a_figure_goes_on_with_the_unit_and_note_under_it(line: str, below: str, goes_on: bool) -> None:
    # 年間19,840 / 人（4年間で / 79,360人） in a column set at the top (corpus seed 915 kpi_progress in
    # writer_borderless, dev8 wordings): the engine broke between the digits and their unit
    assert top_rows.unit_goes_on(line, below) is goes_on


def test_a_note_in_brackets_over_two_lines_under_a_figure_ends_its_cell() -> None:
    # 年間28,372件 over （4年間で / 113,488件）: the lines run together are one note (corpus seed 735
    # kpi_progress in writer_borderless)
    rows = [*word_table(), row(piece(0, 4, "ふるさと納税"), piece(1, 4, "年間28,372件"), piece(2, 4, "88.4％")),
            [[piece(0, 5, "寄附件数")], [piece(1, 5, "（4年間で"), piece(1, 6, "113,488件）")]]]
    assert texts(fold_top_set_rows(rows))[2:] == [["ふるさと納税寄附件数", "年間28,372件（4年間で113,488件）", "88.4％"]]


def test_a_figure_inside_a_bracket_a_line_above_opened_heads_no_row() -> None:
    # 年39,663 over 件（5年間で / 198,315 / 件）: 198,315 is the note's (corpus seed 736 kpi_progress)
    rows = [*word_table(), row(piece(0, 4, "ふるさと納", LABEL_W), piece(1, 4, "年39,663"), piece(2, 4, "72.8％")),
            [[piece(0, 5, "税寄附件数")], [piece(1, 5, "件（5年間で"), piece(1, 6, "198,315"), piece(1, 7, "件）")]]]
    assert texts(fold_top_set_rows(rows))[2:] == [["ふるさと納税寄附件数", "年39,663件（5年間で198,315件）", "72.8％"]]


def test_a_worded_note_in_brackets_under_figures_heads_no_row() -> None:
    # 2,714人 over （延べ46,138日） in every column: the figures' notes, no row of their own (corpus seed
    # 741 kpi_progress); a bracketed number alone, (123), stays a row of figures
    notes = [*word_table(), row(piece(0, 4, "ボランティア"), piece(1, 4, "2,714人"), piece(2, 4, "1,636人")),
             row(piece(0, 5, "登録者数"), piece(1, 5, "（延べ46,138日）"), piece(2, 5, "（延べ40,900日）"))]
    assert texts(fold_top_set_rows(notes))[2:] == [["ボランティア登録者数", "2,714人（延べ46,138日）", "1,636人（延べ40,900日）"]]
    amounts = [*notes[:-1], row(piece(0, 5, "うち国費"), piece(1, 5, "(123)"), piece(2, 5, "(456)"))]
    assert texts(fold_top_set_rows(amounts))[2:] == [["ボランティア", "2,714人", "1,636人"], ["うち国費", "(123)", "(456)"]]


def test_a_line_the_engine_wrapped_from_a_name_is_that_names_not_the_next_rows() -> None:
    # corpus seed 770 budget_supplementary in writer_borderless: 補助 / まち・ひと・しごと創生 / 推進交付金事業
    # reads as one name centred on its figures, but 補助 goes on from the full line above it
    rows = [row(piece(0, 0, "住宅用太陽光発電設", LABEL_W), piece(1, 0, "2,593")), row(piece(0, 1, "補助")),
            row(piece(0, 2, "まち・ひと"), piece(1, 2, "628")), row(piece(0, 3, "推進交付金事業")),
            row(piece(0, 4, "道の駅"), piece(1, 4, "2,669"))]
    assert texts(fold_top_set_rows(rows)) == [["住宅用太陽光発電設補助", "2,593"], ["まち・ひと推進交付金事業", "628"],
                                              ["道の駅", "2,669"]]


def test_a_name_its_author_broke_before_the_columns_width_goes_on_in_the_row_below() -> None:
    # corpus seed 817 kpi_progress in typst_borderless (dev4 wordings): 住み続けたいと思う over 中学生の割合, no
    # full line; the first line is no noun phrase, both together one
    upper = [Piece("住み続けたいと思う", (105.1, 177.0, 154.4, 183.0), 1)]
    assert top_rows._goes_on_name(upper, [Piece("中学生の割合", (105.1, 185.2, 140.9, 191.2), 1)])
    assert not top_rows._goes_on_name([Piece("図書館貸出冊数", (105.1, 177.0, 154.4, 183.0), 1)],
                                      [Piece("中学生の割合", (105.1, 185.2, 140.9, 191.2), 1)])
    assert not top_rows._goes_on_name([Piece("34.2", (201.3, 177.0, 213.8, 183.0), 3)],
                                      [Piece("中学生の割合", (201.3, 185.2, 240.9, 191.2), 3)])


def test_a_word_wrapped_onto_a_line_of_its_own_shows_no_column_width() -> None:
    # corpus seed 834 kpi_progress in typst_borderless: a unit column three glyphs wide holds 事 over
    # 業 over 者 (wrapped glyph by glyph) and t- over CO2, CO2 set whole past the column's edge; the
    # column is as wide as 事, so 業 under it is the engine's wrap, no row of its own
    unit = [piece(1, 0, "事", 9.0), piece(1, 1, "業", 9.0)]
    cut = [piece(1, 3, "t-", 5.6), piece(1, 4, "CO2", 19.3)]
    assert top_rows.column_widths([[unit[:1]], [unit[1:]], [cut]]) == {1: 9.0}
    assert top_rows.column_widths([[unit[:1]], [[cut[1]]]]) == {1: pytest.approx(19.3)}  # a first line sets its width
    figure = [piece(1, 3, "t-", 5.6), piece(1, 4, "1200", 19.3)]
    assert top_rows.column_widths([[figure]]) == {1: pytest.approx(19.3)}  # a figure's column is as wide as the figure
    rows = [row(piece(0, 0, "六次産業化に取", LABEL_W), unit[0], piece(2, 0, "66")),
            row(piece(0, 1, "り組む"), unit[1]),
            row(piece(0, 2, "地域おこし協力", LABEL_W), piece(1, 2, "人", 9.0), piece(2, 2, "28")),
            row(piece(0, 3, "隊員数")),
            [[piece(0, 4, "温室効果ガス排", LABEL_W), piece(0, 5, "出量")], cut, [piece(2, 4, "559,388")]]]
    assert texts(fold_top_set_rows(rows)) == [["六次産業化に取り組む", "事業", "66"], ["地域おこし協力隊員数", "人", "28"],
                                              ["温室効果ガス排出量", "t-CO2", "559,388"]]
