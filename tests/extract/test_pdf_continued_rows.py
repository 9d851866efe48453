"""A row of a table set at its top that holds only the next lines of the cells above it
(extract.pdf.continued_rows): corpus seeds 511 budget_supplementary (災害復旧費の追加 / △24,161 in the
説明 column), 512 kpi_progress (年596人（5 / 年間で2,980人）, ▲25 / 4) and 512 kpi_year_matrix
(732912t- / CO2) in writer_borderless: IPA PGothic at 10.5 pt, rows at the leading, no padding."""

from __future__ import annotations

import pytest

from extract.pdf.continued_rows import continues_cut_group, fold_continued_rows, is_full_for_word, join_continued_rows
from extract.pdf.pieces import Block, Piece
from extract.pdf.top_rows import column_widths

EM = 10.5
PITCH = 12.1  # Writer's line pitch at 1.15 spacing
HALF = EM / 2  # a digit's advance
X = {0: 56.8, 1: 200.0, 2: 280.0, 3: 360.0}  # each column's left edge
NOTE_WIDTH = 100.0  # the 説明 column's widest line (事業費の追加 194,184)


def piece(text: str, col: int, line: float, width: float) -> Piece:
    top = 100.0 + line * PITCH
    return Piece(text, (X[col], top, X[col] + width, top + EM), col)


def kanji(text: str, col: int, line: int) -> Piece:
    return piece(text, col, line, EM * len(text))


def figure(text: str, col: int, line: float) -> Piece:
    return piece(text, col, line, HALF * len(text))


def budget(note: str, amount: Block | None = None) -> list[list[Block]]:
    """事業名 | 補正前 | 今回補正額 | 説明, the note's amount (if any) on the line below."""
    rows = [[[kanji("事業名", 0, 0)], [kanji("補正前", 1, 0)], [kanji("今回補正額", 2, 0)], [kanji("説明", 3, 0)]],
            [[kanji("中小企業融資", 0, 1)], [figure("2,938,651", 1, 1)], [figure("△24,161", 2, 1)], [kanji(note, 3, 1)]]]
    if amount is not None:
        rows.append(amount)
    rows.append([[kanji("移住定住促進", 0, 3)], [figure("1,192,712", 1, 3)], [figure("83,154", 2, 3)],
                 [piece("事業費の追加 194,184", 3, 3, NOTE_WIDTH)]])
    return rows


def texts(rows: list[list[Block]]) -> list[list[str]]:
    return [["/".join(p.text for p in b) for b in row] for row in rows]


def test_a_note_wrapped_before_its_amount_goes_on_in_its_row() -> None:
    rows = join_continued_rows(budget("災害復旧費の追加", [[figure("△24,161", 3, 2)]]))
    assert texts(rows)[1] == ["中小企業融資", "2,938,651", "△24,161", "災害復旧費の追加/△24,161"]
    assert len(rows) == 3


def test_a_figure_under_a_short_note_opens_a_row() -> None:
    rows = budget("追加", [[figure("△24,161", 3, 2)]])  # the amount would have fitted after 追加
    assert len(join_continued_rows(rows)) == 4


@pytest.mark.parametrize(("note", "full"), [("災害復旧費の追加", True), ("災害復旧費", False)])
def test_a_number_goes_down_whole(note: str, full: bool) -> None:
    # 8 kanji (84 pt) and △24,161 (7 half widths, 36.75 pt) overrun 100 pt; its first glyph alone would not
    line = kanji(note, 3, 1)
    assert is_full_for_word(line.bbox, figure("△24,161", 3, 2), NOTE_WIDTH) is full


def test_a_row_of_figures_in_two_columns_is_a_row() -> None:
    # FIGURE_COLUMNS 2: two columns' figures stand a row of figures, whatever runs on above them
    rows = budget("災害復旧費の追加", [[figure("123", 2, 2)], [figure("△24,161", 3, 2)]])
    rows[1][2] = [kanji("説明の続きがある", 2, 1)]
    assert len(join_continued_rows(rows)) == 4


def test_a_bracket_left_open_and_a_cut_number_go_on() -> None:
    # 年596人（5 / 年間で2,980人） is the target's note, not a figure of its own; ▲25 / 4 one number
    head = [[kanji("施策", 0, 0)], [kanji("現状", 1, 0)], [kanji("目標", 2, 0)], [kanji("差", 3, 0)]]  # ▲25 as wide as its column
    row = [[kanji("安全・安心な", 0, 1)], [figure("988", 1, 1)], [piece("年596人（5", 2, 1, 55.0)], [figure("▲25", 3, 1)]]
    below = [[kanji("まちづくり", 0, 2)], [piece("年間で2,980人）", 2, 2, 70.0)], [figure("4", 3, 2)]]
    last = [[kanji("関係人口", 0, 3)], [figure("6", 1, 3)], [figure("9", 2, 3)], [figure("1", 3, 3)]]
    rows = join_continued_rows([head, row, below, last])
    assert texts(rows)[1] == ["安全・安心な/まちづくり", "988", "年596人（5/年間で2,980人）", "▲25/4"]


def test_a_cut_number_alone_opens_a_row() -> None:
    # 1234 over 5678 in a column four digits wide: each reads as full, none goes on from text
    head = [[kanji("事業名", 0, 0)], [kanji("金額", 1, 0)]]
    rows = [head, [[kanji("道路", 0, 1)], [figure("1234", 1, 1)]], [[kanji("河川", 0, 2)], [figure("5678", 1, 2)]]]
    assert len(join_continued_rows(rows)) == 3


@pytest.mark.parametrize(("name", "goes_on"), [("農林水産業", True), ("農林", False)])
def test_a_number_cut_beside_a_name_the_engine_wrapped_goes_on(name: str, goes_on: bool) -> None:
    # corpus seed 755 budget_supplementary in writer_borderless: 農林水産業 / 費 beside 事業費の追加 11 /
    # 6,726 (its line full for 6，, a separator never opens a line): the name's wrap shows the row
    # holds next lines; beside a name that ends on its line (農林 / 費) a cut alone proves none
    head = [[kanji("費目", 0, 0)], [kanji("補正額", 1, 0)], [kanji("説明", 3, 0)]]
    row = [[kanji(name, 0, 1)], [figure("116,726", 1, 1)], [piece("事業費の追加 11", 3, 1, NOTE_WIDTH - 8.0)]]
    below = [[kanji("費", 0, 2)], [figure("6,726", 3, 2)]]
    last = [[kanji("土木費", 0, 3)], [figure("23,453", 1, 3)], [piece("国庫補助金の確定", 3, 3, NOTE_WIDTH)]]
    rows = join_continued_rows([head, row, below, last], frozenset())
    assert (len(rows) == 3) is goes_on


def test_a_unit_broken_at_its_hyphen_goes_on() -> None:
    head = [[kanji("指標名", 0, 0)], [kanji("当初値", 1, 0)], [kanji("目標値", 2, 0)]]
    row = [[kanji("①人口", 0, 1)], [figure("17520人", 1, 1)], [figure("22505人", 2, 1)]]
    gas = [[kanji("②温室効果ガス排出", 0, 2)], [figure("732912t-", 1, 2)], [figure("812408t-", 2, 2)]]
    unit = [[kanji("量", 0, 3)], [figure("CO2", 1, 3)], [figure("CO2", 2, 3)]]
    assert texts(join_continued_rows([head, row, gas, unit]))[2] == ["②温室効果ガス排出/量", "732912t-/CO2", "812408t-/CO2"]


def test_a_heading_or_a_header_line_is_no_next_line() -> None:
    rows = budget("災害復旧費の追加", [[kanji("（2）道路", 0, 2)], [figure("△24,161", 3, 2)]])
    assert len(join_continued_rows(rows)) == 4
    header = [[[kanji("事業名", 0, 0)], [kanji("説明（千", 3, 0)]], [[kanji("区分", 3, 1)]],
              [[kanji("道路", 0, 2)], [figure("120", 3, 2)]]]
    assert len(join_continued_rows(header)) == 3  # above the first row of figures: the header's business


def test_rows_not_shown_set_at_their_top_are_kept() -> None:
    rows = budget("災害復旧費の追加", [[figure("△24,161", 3, 2)]])
    assert len(fold_continued_rows(rows)) == 4  # every cell one line: nothing shows how rows are set


def test_a_heading_set_across_columns_widens_no_column() -> None:
    # (1)子育て環境の充実 over 若者定住奨 / 励金交付件 (corpus seed 524 kpi_progress, dev8 words): the
    # heading runs over the unit column; the name's column is as wide as its own lines
    heading = piece("（1）子育て環境の充実", 0, 0, 100.5)
    rows = [[[heading]], [[kanji("若者定住奨", 0, 1)], [figure("148", 1, 1)]]]
    assert column_widths(rows)[0] == pytest.approx(100.5)
    assert column_widths(rows, frozenset({id(heading)}))[0] == pytest.approx(5 * EM)


def test_figures_as_wide_as_each_other_are_no_cut_number() -> None:
    # 報告定点数 | 31 | ヶ所 over 小児科 | 設置定点数 | 31 | ヶ所 (realdocs kobe_kansensho_shuho_h29w06): each
    # line as wide as its column reads as full, yet a number's rest is narrower than its full line
    head = [[kanji("区分", 0, 0)], [kanji("項目", 1, 0)], [kanji("数", 2, 0)], [kanji("単位", 3, 0)]]
    first = [[kanji("内科", 0, 1)], [kanji("報告定点数", 1, 1)], [figure("31", 2, 1)], [kanji("ヶ所", 3, 1)]]
    second = [[kanji("小児科", 0, 2)], [kanji("設置定点数", 1, 2)], [figure("31", 2, 2)], [kanji("ヶ所", 3, 2)]]
    assert len(join_continued_rows([head, first, second])) == 3


def test_note_marks_wrapped_under_their_figures_go_on_with_a_bracket_left_open() -> None:
    # 目標とする値（最終年 / 度） beside 803,988千円 / ※ in a column as wide as its figures (corpus seed 887
    # kpi_year_matrix in writer_borderless, dev8 wordings): the row of 度） and ※ is their next lines
    rows = [[[kanji("指標名", 0, 0)], [kanji("区分", 1, 0)], [kanji("令和元年度", 2, 0)], [kanji("令和2年度", 3, 0)]],
            [[kanji("寄附額", 0, 1)], [kanji("目標とする値（最終年", 1, 1)], [figure("803,988千円", 2, 1)],
             [figure("794,850千円", 3, 1)]],
            [[kanji("度）", 1, 2)], [kanji("※", 2, 2)]]]
    joined = join_continued_rows(rows)
    assert len(joined) == 2 and [p.text for b in joined[1] for p in b] == [
        "寄附額", "目標とする値（最終年", "度）", "803,988千円", "※", "794,850千円"]
    rows[2] = [[kanji("※", 2, 2)]]  # marks alone continue no text: a note row of its own
    assert len(join_continued_rows(rows)) == 3


@pytest.mark.parametrize(("line", "below", "cut"), [
    ("人件費の増89,41", "2,369", True), ("▲102,01", "0", True), ("7,63", "6（2021）", True), ("事業費の追加98,", "954,493", True),
    ("24", "1（2020）", False), ("1,234", "567", False), ("31", "31", False), ("国庫補助金の確定", "176,256", False),
])
def test_a_number_cut_inside_its_digit_groups(line: str, below: str, cut: bool) -> None:
    assert continues_cut_group(line, below) is cut


def supplementary(amount_cut: bool) -> list[list[Block]]:
    """款 | 補正額 | 補正内容, rows at the leading without padding (corpus seeds 883 / 914 budget_supplementary in
    writer_borderless): each note wrapped before its amount, every row's other cells of one line."""
    rows = [[[kanji("款", 0, 0)], [kanji("補正額", 1, 0)], [kanji("補正内容", 2, 0)]],
            [[kanji("予備費", 0, 1)], [figure("89,412,369", 1, 1)],
             [piece("人件費の増89,41" if amount_cut else "国庫補助金の確定", 2, 1, NOTE_WIDTH)]],
            [[figure("2,369" if amount_cut else "176,256", 2, 2)]],
            [[kanji("民生費", 0, 3)], [figure("78,675,412", 1, 3)], [kanji("執行残の減額", 2, 3)]]]
    return rows


def test_a_number_cut_across_rows_shows_them_set_at_the_top() -> None:
    # the amount's digits under 89,41 are that cell's next line: the row's other cells stand on its first
    assert texts(fold_continued_rows(supplementary(True)))[1] == ["予備費", "89,412,369", "人件費の増89,41/2,369"]
    assert len(fold_continued_rows(supplementary(False))) == 4  # a full line over a figure proves no cell by itself


def test_a_cut_number_set_beside_the_middle_of_its_row_shows_no_top() -> None:
    rows = supplementary(True)
    rows[1][1] = [figure("89,412,369", 1, 1.5)]  # the figure centred between the note's two lines
    assert len(fold_continued_rows(rows)) == 4


def test_a_unit_wrapped_under_its_figure_shows_the_rows_set_at_the_top() -> None:
    # corpus seed 775 budget_supplementary in writer_borderless: 国庫補助金の確定 17.4百万 over 円
    rows = supplementary(False)
    rows[1][2] = [piece("国庫補助金の確定 17.4百万", 2, 1, NOTE_WIDTH)]
    rows[2] = [[kanji("円", 2, 2)]]
    assert texts(fold_continued_rows(rows))[1] == ["予備費", "89,412,369", "国庫補助金の確定 17.4百万/円"]


@pytest.mark.parametrize(("name", "joined"), [("住宅用太陽光発電", True), ("住宅用", False)])
def test_a_name_wrapped_across_rows_shows_them_set_at_the_top(name: str, joined: bool) -> None:
    # corpus seed 768 budget_supplementary: 住宅用太陽光発電設備設置 / 補助 beside 災害復旧費の追加 / 191,620;
    # a name ending short of its column (住宅用 / 補助) proves no wrap, nor does the note alone
    rows = supplementary(False)
    rows[1][0] = [kanji(name, 0, 1)]
    rows[2] = [[kanji("補助", 0, 2)], *rows[2]]
    rows[3][0] = [kanji("住宅用太陽光発電", 0, 3)] if not joined else rows[3][0]
    assert (len(fold_continued_rows(rows)) == 3) is joined


def units_wrapped(below: tuple[str, str, str]) -> list[list[Block]]:
    """指標 | R5 | R6 over a row whose name and figures each wrap their last glyphs (②公共交 / 通利用者数 |
    2108千 / 人 | 1871千 / 人, corpus seed 839 kpi_year_matrix in writer_borderless; 233,351 / 冊※, seed
    945), every other row one line: nothing shows how the rows are set."""
    return [[[kanji("指標", 0, 0)], [kanji("R5", 1, 0)], [kanji("R6", 2, 0)]],
            [[kanji("③移住者数", 0, 1)], [figure("202人", 1, 1)], [figure("253人", 2, 1)]],
            [[kanji("②公共交", 0, 2)], [figure("2108千", 1, 2)], [figure("1871千", 2, 2)]],
            [[kanji(below[0], 0, 3)], [kanji(below[1], 1, 3)], [kanji(below[2], 2, 3)]],
            [[kanji("④人口", 0, 4)], [figure("74,703", 1, 4)], [figure("63,654", 2, 4)]]]


@pytest.mark.parametrize(("below", "joined"), [(("通利用者数", "人", "人※"), True), (("通利用者数", "人", "年度"), False),
                                               (("通利用者数", "※", "※"), False)])
def test_a_row_of_nothing_but_the_figures_units_goes_on_however_the_rows_are_set(below: tuple[str, str, str], joined: bool) -> None:
    rows = fold_continued_rows(units_wrapped(below))
    assert (texts(rows)[2] == ["②公共交/通利用者数", "2108千/人", "1871千/人※"]) is joined
