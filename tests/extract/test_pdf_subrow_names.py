"""A name wrapped down the sub-rows it spans, set at the top of its merged cell
(extract.pdf.subrow_names): 子育て支援セン / ター利用者数 over 実績値 / 計画 (corpus seed 530
kpi_year_matrix in writer_borderless, IPA PGothic at 10.5 pt, rows at the leading, no padding)."""

from __future__ import annotations

import pytest

from extract.pdf.pieces import Block, Piece
from extract.pdf import subrow_names
from extract.pdf.subrow_names import UNNAMED_SHARE, fold_subrow_names

EM = 10.5
PITCH = 12.1  # Writer's line pitch at 1.15 spacing


def piece(text: str, col: int, line: int, x0: float, width: float | None = None) -> Piece:
    top = 100.0 + line * PITCH
    return Piece(text, (x0, top, x0 + (width if width is not None else EM * len(text)), top + EM), col)


def row(line: int, name: str | None, kind: str, figure: str) -> list[Block]:
    cells = [[piece(kind, 1, line, 140.0)], [piece(figure, 2, line, 220.0, 30.0)]]
    return ([[piece(name, 0, line, 56.8)]] if name else []) + cells


def matrix(second: str | None, gap_lines: int = 1) -> list[list[Block]]:
    return [row(0, "子育て支援セン", "実績値", "4,073人"), row(gap_lines, second, "計画", "3,287人"),
            row(2, "企業誘致件数", "実績値", "17件"), row(3, None, "計画", "18件")]


def names(rows: list[list[Block]]) -> list[str]:
    return ["".join(p.text for p in r[0]) if r[0][0].col == 0 else "" for r in rows]


def test_a_full_name_runs_on_into_a_sub_row_the_table_leaves_unnamed() -> None:
    assert names(fold_subrow_names(matrix("ター利用者数"))) == ["子育て支援センター利用者数", "", "企業誘致件数", ""]


def test_a_sub_row_named_elsewhere_keeps_its_name() -> None:
    rows = matrix("ター利用者数")
    rows[3] = row(3, "移住相談件数", "計画", "18件")  # every 計画 row named: each row names itself
    assert names(fold_subrow_names(rows)) == ["子育て支援セン", "ター利用者数", "企業誘致件数", "移住相談件数"]


def test_a_name_short_of_the_column_does_not_run_on() -> None:
    rows = matrix("ター利用者数")
    rows[0][0] = [piece("子育て支", 0, 0, 56.8)]  # ター (ー never opens a line) would have fitted after it
    assert names(fold_subrow_names(rows))[:2] == ["子育て支", "ター利用者数"]


@pytest.mark.parametrize(("x0", "joined"), [(56.8 + 1.4, True), (56.8 + 1.6, False)])
def test_the_next_line_starts_flush_with_the_name(x0: float, joined: bool) -> None:
    # ALIGN_TOL_PT 1.5
    rows = matrix("ター利用者数")
    rows[1][0] = [piece("ター利用者数", 0, 1, x0)]
    assert (names(fold_subrow_names(rows))[1] == "") is joined


@pytest.mark.parametrize(("gap_em", "joined"), [(0.7, True), (0.8, False)])
def test_the_next_line_stands_at_the_leading(gap_em: float, joined: bool) -> None:
    # WRAP_GAP_MAX_EM 0.75: farther below, the line opens a row of its own
    rows = matrix("ター利用者数")
    top = 100.0 + EM + gap_em * EM
    rows[1][0] = [Piece("ター利用者数", (56.8, top, 56.8 + 6 * EM, top + EM), 0)]
    assert (names(fold_subrow_names(rows))[1] == "") is joined


def wrapped_matrix(groups: int) -> list[list[Block]]:
    """groups indicators, every name wrapped into its 計画 sub-row (corpus seed 507 kpi_year_matrix:
    ふるさと納税寄附 / 額（千円）, 関係人口（登録者 / 数）（人）): no 計画 sub-row goes unnamed."""
    rows: list[list[Block]] = []
    for k in range(groups):
        rows += [row(2 * k, "子育て支援セン", "実績値", "4,073人"), row(2 * k + 1, "ター利用者数", "計画", "3,287人")]
    return rows


@pytest.mark.parametrize(("groups", "joined"), [(1, False), (2, True)])
def test_every_sub_row_named_by_a_run_on_line_shows_the_names_wrapped(groups: int, joined: bool) -> None:
    # MIN_RUN_ON_ROWS 2: one name running on may have been a name of its own, cut to the column by chance
    assert (names(fold_subrow_names(wrapped_matrix(groups)))[:2] == ["子育て支援センター利用者数", ""]) is joined


def test_a_sub_row_named_by_a_line_of_its_own_shows_no_wrapped_names() -> None:
    rows = wrapped_matrix(2)
    rows[1][0] = [piece("ター利用者数", 0, 1, 56.8)]
    rows[0][0] = [piece("子育て支", 0, 0, 56.8)]  # not full: the 計画 row below names itself
    assert names(fold_subrow_names(rows)) == ["子育て支", "ター利用者数", "子育て支援セン", "ター利用者数"]


def test_a_name_read_in_two_cells_of_its_row_runs_on_from_its_last_line() -> None:
    # corpus seed 506: 相談員の活 / 動日数（延 kept apart in its row, べ日数） in the 計画 row below
    rows = matrix("ター利用者数")
    rows[0] = [[piece("子育て", 0, 0, 56.8)], [Piece("支援セン", (56.8, 100.0 + PITCH, 56.8 + 7 * EM, 100.0 + PITCH + EM), 0)],
               *rows[0][1:]]
    rows[1] = [[Piece("ター利用者数", (56.8, 100.0 + 2 * PITCH, 56.8 + 6 * EM, 100.0 + 2 * PITCH + EM), 0)], *rows[1][1:]]
    assert names(fold_subrow_names(rows))[:2] == ["子育て支援センター利用者数", ""]


def test_rows_under_rows_of_different_kinds_name_themselves() -> None:
    # corpus seed 519 kpi_transposed: years down the rows, each label as wide as its column, 計画
    # under 目標 once and under 最新値 once: no sub-rows in one order
    rows = wrapped_matrix(2)
    rows[2][1] = [piece("最新値", 1, 2, 140.0)]
    assert names(fold_subrow_names(rows)) == ["子育て支援セン", "ター利用者数", "子育て支援セン", "ター利用者数"]


def test_sub_rows_after_some_rows_of_a_kind_only_name_themselves() -> None:
    # corpus seed 520 kpi_transposed: 2017 / 2016 over 最新値 / 実績値, 2015 over 最新値 alone: the
    # 実績値 rows follow 最新値 rows, not every 最新値 row is followed by one
    rows = wrapped_matrix(2)
    rows.insert(2, row(9, "企業誘致件数", "実績値", "17件"))
    assert names(fold_subrow_names(rows))[:2] == ["子育て支援セン", "ター利用者数"]


@pytest.mark.parametrize(("first", "joined"), [("関係人口（登録", True), ("関係人口登録", False)])
def test_a_name_leaving_a_bracket_open_runs_on_short_of_the_column(first: str, joined: bool) -> None:
    # corpus seed 530 kpi_year_matrix: 関係人口（登録 / 者数） broken by its author in a wide column
    rows = matrix("者数）")
    rows[0][0] = [piece(first, 0, 0, 56.8)]
    rows.insert(0, row(-2, "子育て支援センター利用者数です", "実績値", "1件"))  # the column's widest
    assert (names(fold_subrow_names(rows))[2] == "") is joined


def test_years_down_a_transposed_table_under_alternating_kind_words_name_themselves() -> None:
    # typst_borderless seed 986 kpi_transposed: 2016 | 実績値, 2017 | 実績, … — each year as wide as the column and
    # the rows alternating two words, they looked like names wrapped into their sub-rows (2016 2017 | 実績値)
    rows: list[list[Block]] = []
    for k, year in enumerate(("2016", "2017", "2018", "2019")):
        rows.append(row(k, year, "実績値" if k % 2 == 0 else "実績", "28"))
    assert names(fold_subrow_names(rows)) == ["2016", "2017", "2018", "2019"]


def broken(second: str | None, others: list[str | None]) -> list[list[Block]]:
    """耕作放棄地面 broken by its author short of its column (ふるさと納税寄附件数 is wider), its rest beside
    the 計画 sub-row, then indicators each with the name of its 計画 sub-row given (corpus seed 909
    kpi_year_matrix in writer_borderless)."""
    rows = [row(0, "耕作放棄地面", "実績値", "25.0"), row(1, second, "計画", "23.1")]
    for k, other in enumerate(others):
        rows += [row(2 + 2 * k, "ふるさと納税寄附件数" if k == 0 else "婚姻件数", "実績値", "3,252"),
                 row(3 + 2 * k, other, "計画", "4,263")]
    return rows


def test_a_name_broken_short_of_its_column_goes_on_where_its_kind_goes_mostly_unnamed() -> None:
    assert names(fold_subrow_names(broken("積", [None, None])))[:2] == ["耕作放棄地面積", ""]
    assert names(fold_subrow_names(broken("積", [None, "率"])))[:2] == ["耕作放棄地面", "積"]  # half named: no proof
    assert names(fold_subrow_names(broken("積", [None, None, None, "率"])))[:2] == ["耕作放棄地面積", ""]  # 3 of 5 unnamed


def test_a_note_in_brackets_under_a_name_goes_on() -> None:
    # 婚姻件数 / （件）, every 計画 sub-row named by its indicator's unit (corpus seed 881 kpi_year_matrix)
    rows = broken("（件）", ["（%）"])
    assert names(fold_subrow_names(rows)) == ["耕作放棄地面（件）", "", "ふるさと納税寄附件数（%）", ""]
    assert names(fold_subrow_names(broken("（件）", ["（%）", "人口"])))[4:] == ["婚姻件数", "人口"]
    assert names(fold_subrow_names(broken("（2）", ["（%）"])))[:2] == ["耕作放棄地面", "（2）"]  # an item's number


def test_a_name_below_the_leading_does_not_go_on() -> None:
    rows = broken("積", [None, None])
    rows[1][0] = [piece("積", 0, 1, 56.8 + 2.0)]  # not flush: ALIGN_TOL_PT 1.5
    assert names(fold_subrow_names(rows))[:2] == ["耕作放棄地面", "積"]


@pytest.mark.parametrize(("share", "reads_both"), [(UNNAMED_SHARE, True), (UNNAMED_SHARE / 2, False),
                                                   (UNNAMED_SHARE * 2, False)])
def test_unnamed_share_is_pinned(monkeypatch: pytest.MonkeyPatch, share: float, reads_both: bool) -> None:
    # at its own value a name goes on where its kind goes mostly unnamed and not where half; halved or doubled, not both
    monkeypatch.setattr(subrow_names, "UNNAMED_SHARE", share)
    mostly = names(fold_subrow_names(broken("積", [None, None])))[:2] == ["耕作放棄地面積", ""]
    half = names(fold_subrow_names(broken("積", [None, "率"])))[:2] == ["耕作放棄地面", "積"]
    assert (mostly and half) == reads_both


def heading(line: int, text: str) -> list[Block]:
    return [[piece(text, 0, line, 56.8)]]


def graded(line: int, name: str, grade: str, figure: str) -> list[Block]:
    """A row of a progress table: its name, a figure, and its grade (進捗状況) after the figure."""
    return [[piece(name, 0, line, 56.8)], [piece(figure, 1, line, 140.0, 30.0)], [piece(grade, 2, line, 220.0)]]


def test_a_heading_set_across_the_columns_names_no_sub_row() -> None:
    # corpus seed 786 kpi_progress in writer_borderless: (1)防災・減災の推進 reaches past the names'
    # column; it holds no figure and names no row. Each row graded after its figures (進捗状況 B | C)
    # names itself, every name as wide as the column
    rows = [heading(0, "（1）防災・減災の推進"), graded(1, "観光入込客数", "B", "530.1"), graded(2, "公共交通利用", "C", "1,450"),
            heading(3, "（2）地域産業の活性化"), graded(4, "図書館貸出冊", "B", "375,054"), graded(5, "宿泊者数", "C", "172")]
    assert names(fold_subrow_names(rows)) == ["（1）防災・減災の推進", "観光入込客数", "公共交通利用", "（2）地域産業の活性化",
                                              "図書館貸出冊", "宿泊者数"]


def test_names_wrapped_under_a_heading_set_across_the_columns_run_on() -> None:
    # corpus seed 845 kpi_year_matrix in writer_borderless: (1)移住・定住の促進 reaches past the names'
    # column; the names' own lines show it, each full (相談員の活 / 動日数, スポーツ施 / 設利用者数)
    rows = [heading(0, "（1）移住・定住の促進"), *wrapped_matrix(2)[:2], heading(3, "（2）地域産業の振興"), *wrapped_matrix(2)[2:]]
    for k, line in enumerate((1, 2, 4, 5)):
        rows[k + 1 + (k > 1)] = [[piece(p.text, p.col, line, p.bbox[0], p.bbox[2] - p.bbox[0]) for p in b]
                                 for b in rows[k + 1 + (k > 1)]]
    assert names(fold_subrow_names(rows)) == ["（1）移住・定住の促進", "子育て支援センター利用者数", "", "（2）地域産業の振興",
                                              "子育て支援センター利用者数", ""]


def test_a_note_under_a_name_runs_on_as_a_wrapped_line_does() -> None:
    # corpus seed 930 kpi_year_matrix in writer_borderless: ①農業産出 / 額（百万円）, ②世帯数 / （世帯）:
    # every 実績 sub-row named by a line going on from the name above, full or a note in brackets alone
    rows = wrapped_matrix(2)
    rows[2][0] = [piece("企業誘致件数", 0, 2, 56.8)]
    rows[3][0] = [piece("（件）", 0, 3, 56.8)]
    assert names(fold_subrow_names(rows)) == ["子育て支援センター利用者数", "", "企業誘致件数（件）", ""]
    rows[3][0] = [piece("件数", 0, 3, 56.8)]  # not a note: 企業誘致件数 not full, a name of its own
    assert names(fold_subrow_names(rows)) == ["子育て支援セン", "ター利用者数", "企業誘致件数", "件数"]


def one_indicator(header_middle: float, heading: bool = False) -> list[list[Block]]:
    """KPI | 区分 over ①観光入込 / 客数 beside 直近値 / めざす値, the table's one indicator (corpus seed 825
    kpi_year_matrix in writer_borderless), KPI centred at header_middle; a heading row between them."""
    head = [[Piece("KPI", (header_middle - 8.0, 100.0 - 2 * PITCH, header_middle + 8.0, 100.0 - 2 * PITCH + EM), 0)],
            [piece("区分", 1, -2, 140.0)]]
    rows = [head, *([[[piece("（1）健康づくりの推進", 0, -1, 56.8)]]] if heading else []),
            row(0, "①観光入込", "直近値", "822.8"), row(1, "客数", "めざす値", "755.3")]
    return rows


@pytest.mark.parametrize(("header_middle", "joined"), [(56.8 + 29.0, True), (56.8 + 33.0, False)])
def test_the_column_its_centred_header_shows_proves_a_name_full(header_middle: float, joined: bool) -> None:
    # KPI centred at 85.8 shows the names' column 58 pt wide: ①観光入込 (52.5 pt) has no room for 客; at
    # 89.8 (66 pt) it has, and 客数 may name a row of its own
    assert (names(fold_subrow_names(one_indicator(header_middle)))[-2:] == ["①観光入込客数", ""]) is joined


def test_a_heading_over_the_names_is_no_header_of_their_column() -> None:
    # （1）健康づくりの推進 stands level with no other column's header: KPI alone shows the column
    assert names(fold_subrow_names(one_indicator(56.8 + 29.0, heading=True)))[-2:] == ["①観光入込客数", ""]


def test_header_lines_of_different_middles_show_no_column() -> None:
    rows = one_indicator(56.8 + 29.0)
    rows.insert(1, [[piece("指標の名称", 0, -1, 56.8)], [piece("（単位）", 1, -1, 140.0)]])  # flush left, not centred
    assert names(fold_subrow_names(rows))[-2:] == ["①観光入込", "客数"]


def test_a_unit_whose_name_holds_a_digit_is_no_kind_of_a_sub_row() -> None:
    # 温室効果ガ / ス排出量 beside t-CO2 in a 単位 column, 相談員の活 / 動日数 beside 日 (corpus seed 845
    # kpi_year_matrix in writer_borderless): both 最新値 sub-rows of one kind
    def unit_row(line: int, name: str, unit: str | None, kind: str) -> list[Block]:
        cells = [[piece(name, 0, line, 56.8)], [piece(kind, 2, line, 160.0)], [piece("4,073", 3, line, 240.0, 30.0)]]
        return cells[:1] + ([[piece(unit, 1, line, 130.0, 20.0)]] if unit else []) + cells[1:]
    rows = [unit_row(0, "子育て支援セン", "t-CO2", "最新値"), unit_row(1, "ター利用者数", None, "計画"),
            unit_row(2, "子育て支援セン", "日", "最新値"), unit_row(3, "ター利用者数", None, "計画")]
    assert names(fold_subrow_names(rows)) == ["子育て支援センター利用者数", "", "子育て支援センター利用者数", ""]


@pytest.mark.parametrize("heading", [False, True])
def test_the_kind_of_a_row_opening_the_names_runs_on_from_nothing(heading: bool) -> None:
    # corpus seed 861 kpi_year_matrix in writer_borderless: every name closes on a note as wide as the
    # column (ボランティア / （延べ日数）, 関係人口 / （登録者数）), so each 直近値 row's name looked to run on
    # from the 目標 row above it; the first 直近値 row opens the table's names (under its header or a
    # heading): 直近値 opens names, it continues none
    texts = ["ボランティア", "（延べ日数）", "保育所入所", "（登録者数）", "宿泊者数", "（千人）"]
    rows = [row(k, text, "直近値" if k % 2 == 0 else "目標", "775日") for k, text in enumerate(texts)]
    if heading:
        rows.insert(0, [[piece("（1）地域産業の振興", 0, -1, 56.8)]])
    assert names(fold_subrow_names(rows))[-6:] == ["ボランティア（延べ日数）", "", "保育所入所（登録者数）", "", "宿泊者数（千人）", ""]


def overflowing(lines: list[str]) -> list[list[Block]]:
    """中心市街地の / 歩行者 over 実績値 / 計画, the rest of its lines in rows of their own past its sub-rows,
    then 市民満足度 (corpus seed 805 kpi_year_matrix in writer_borderless, page 2)."""
    rows = [row(0, "中心市街地の", "実績値", "3,549人"), row(1, None, "計画", "2,331人")]
    rows[0][0].append(piece("歩行者", 0, 1, 56.8))
    rows += [[[piece(text, 0, 2 + k, 56.8)]] for k, text in enumerate(lines)]
    return rows + [row(2 + len(lines), "市民満足度", "実績値", "80.9%"), row(3 + len(lines), None, "計画", "74.3%")]


def test_a_name_longer_than_its_sub_rows_runs_past_the_last_of_them() -> None:
    assert names(fold_subrow_names(overflowing(["通行量（日）"]))) == ["中心市街地の歩行者通行量（日）", "", "市民満足度", ""]
    assert names(fold_subrow_names(overflowing(["通行量", "（休日）"])))[0] == "中心市街地の歩行者通行量（休日）"


def test_a_heading_past_a_names_sub_rows_stays_a_row() -> None:
    assert names(fold_subrow_names(overflowing(["（2）地域産業の振興"])))[:3] == ["中心市街地の歩行者", "", "（2）地域産業の振興"]


def test_a_name_centred_on_its_sub_rows_runs_past_none() -> None:
    # Chromium, Typst: a name taller than its sub-rows starts above the first; its first line level with no cell of its row
    rows = overflowing(["通行量（日）"])
    rows[0][0] = [Piece(p.text, (p.bbox[0], p.bbox[1] - PITCH / 2, p.bbox[2], p.bbox[3] - PITCH / 2), 0) for p in rows[0][0]]
    rows[2][0] = [Piece(p.text, (p.bbox[0], p.bbox[1] - PITCH / 2, p.bbox[2], p.bbox[3] - PITCH / 2), 0) for p in rows[2][0]]
    assert names(fold_subrow_names(rows))[:3] == ["中心市街地の歩行者", "", "通行量（日）"]


def test_a_line_wider_than_the_names_column_past_a_names_sub_rows_stays_a_row() -> None:
    # a heading set across the columns, numbered or not, reaches past the names' column
    assert names(fold_subrow_names(overflowing(["基本目標2時代に合った地域"])))[:3] == ["中心市街地の歩行者", "", "基本目標2時代に合った地域"]


def test_rows_each_naming_a_department_name_themselves_whatever_their_header_shows() -> None:
    # corpus seed 705 budget_plan_years in pdf_borderless: サテライトオフィス誘致事業 | 教育総務課 over
    # 道の駅機能強化事業 | 商工観光課, the widest name full by the width its centred header shows, each row
    # beside a department of its own: no kind of value, no sub-rows
    rows = one_indicator(56.8 + 29.0)
    rows[-2][1], rows[-1][1] = [piece("教育総務課", 1, 0, 140.0)], [piece("商工観光課", 1, 1, 140.0)]
    assert names(fold_subrow_names(rows))[-2:] == ["①観光入込", "客数"]


@pytest.mark.parametrize(("groups", "joined"), [(2, False), (3, True)])
def test_sub_rows_shown_wrapped_take_a_flush_line_short_of_the_column(groups: int, joined: bool) -> None:
    # corpus seed 577 kpi_year_matrix in writer_borderless, 6 pt: 空き家バン / ク登録件 over 数（件）, the last line
    # short of the column by less than FIT_TOL_PT, the other names of its kind full. MIN_RUN_ON_ROWS (2) full run-ons
    # flush under their names show the kind's names wrapped, and a flush line short of the column goes on too
    rows = wrapped_matrix(groups)
    rows[0][0] = [piece("子育て支", 0, 0, 56.8)]  # ター (ー never opens a line) would have fitted after it
    assert (names(fold_subrow_names(rows))[:2] == ["子育て支ター利用者数", ""]) is joined


def test_a_sub_row_named_apart_from_the_name_above_shows_no_flush_line_going_on() -> None:
    rows = wrapped_matrix(3)
    rows[0][0] = [piece("子育て支", 0, 0, 56.8)]
    rows[5][0] = [piece("ター利用者数", 0, 5, 56.8 + 2.0)]  # not flush (ALIGN_TOL_PT 1.5): a name of its own
    assert names(fold_subrow_names(rows))[:2] == ["子育て支", "ター利用者数"]


def unit_named(upper: str, lower: str, alone: str) -> list[list[Block]]:
    """住み続けたいと思う (no unit) over 実績値, its rest 中学生の割合（%） beside 計画, then an indicator whose name
    stands alone over an unnamed 計画 row, the column's widest line (corpus seed 505 kpi_year_matrix in
    writer_borderless, dev8 wordings: the author broke the first name short of its column)."""
    return [row(0, upper, "実績値", "43.2"), row(1, lower, "計画", "50.4"),
            row(2, alone, "実績値", "21,573"), row(3, None, "計画", "16,859")]


def test_a_name_closing_on_no_unit_goes_on_where_the_names_alone_close_on_theirs() -> None:
    rows = unit_named("住み続けたいと思う", "中学生の割合（%）", "自主防災組織率の目標値（%）")
    assert names(fold_subrow_names(rows)) == ["住み続けたいと思う中学生の割合（%）", "", "自主防災組織率の目標値（%）", ""]


@pytest.mark.parametrize(("upper", "lower", "alone"), [
    ("住み続けたいと思う", "中学生の割合（%）", "自主防災組織率の目標値です"),  # the name alone states no unit
    ("住み続けたい（%）", "中学生の割合（%）", "自主防災組織率の目標値（%）"),  # the upper name closes on its own
    ("住み続けたいと思う", "中学生の割合（累計）", "自主防災組織率の目標値（%）"),  # a note, no unit
])
def test_names_show_no_units_at_their_ends_and_each_names_its_row(upper: str, lower: str, alone: str) -> None:
    assert names(fold_subrow_names(unit_named(upper, lower, alone)))[:2] == [upper, lower]
