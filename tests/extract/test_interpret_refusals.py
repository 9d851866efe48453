"""Issue 7: where the interpreter cannot read a value with certainty it gives none (a header
that is not the body's, a sentence for a name, a year row whose year was not read)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from extract.interpret.borrowed import (MAX_PAGE_GAP, STRADDLE_PT, may_borrow_header, states_other_header, states_own_header,
                                        straddles_columns)
from extract.model import Cell, Document, Provenance, Table
from extract.recognize import recognize_document
from extract.text_reader import read_text

HEADER = "指標\t現状値(2018年度)\t目標値(2023年度)\n"


def _kpis(text: str, name: str) -> list[tuple[str, int | None, float | None]]:
    found = recognize_document(read_text(text.encode("utf-8"), "doc.txt", "id"))
    return [(v.kind, v.fiscal_year, v.value) for v in found.kpi_values if v.indicator == name]


def _table(text: str, page: int) -> Table:
    table = read_text(text.encode("utf-8"), "doc.txt", "id").tables[0]
    return replace(table, prov=replace(table.prov, page=page))


@pytest.mark.parametrize(("between", "read"), [
    ("", True),  # one table
    ("(1)健康づくりの推進\n", True),  # a section heading between the rows of one table
    ("目標値(2023年度)\n", True),  # a line agreeing with the header
    ("目標値(2022年度)\n", False),  # the body's own header, set apart: not the header above
])
def test_issue7_a_headerless_body_under_a_line_stating_another_header_borrows_none(between: str, read: bool) -> None:
    # corpus seed 5 kpi_baseline_target html_borderless: a body under 目標年度値(2022年度) took the
    # years of the table above (到達目標(2023年度)): every value wrong
    text = HEADER + "人口\t1人\t2人\n" + between + "転出者数\t3人\t4人\n"
    assert _kpis(text, "転出者数") == ([("baseline", 2018, 3.0), ("target", 2023, 4.0)] if read else [])


def test_a_year_the_header_does_not_give_its_kind_is_no_other_header() -> None:
    header = _table("事業名\t本年度予算額\t前年度予算額\nA事業\t1\t2\n", 1).rows[:1]
    assert not states_other_header("令和6年度当初予算の主な事業", header, None)
    assert states_other_header("目標値(2022年度)", _table(HEADER + "A\t1\t2\n", 1).rows[:1], None)


@pytest.mark.parametrize(("caption", "own"), [
    ("計画値(目標)(令和5(2023)年度)\n最近の実績値(令 最近の実績値(令\n達成度", True),  # a header row set apart
    ("計画値(目標)\n最近の実績値", False),  # no year: words of a heading
    ("計画値(目標)(令和5(2023)年度)", False),  # one kind: states_other_header's to judge
    ("(1)健康づくりの推進\n目標値(2023年度)", False),
    # one line running a header row's cells together (corpus seed 993 kpi_baseline_target in pdf_rules, dev4)
    ("重要業績評価指標(KPI)名計画策定時実績(R3年度(2021))目標とする水準(R6年度(2024))目標とする水準(R8年度(2026))", True),
    ("計画策定時実績目標とする水準", False),  # no year: words of a heading
    ("目標値(R6年度(2024))目標値(R8年度(2026))", False)])  # one kind: states_other_header's to judge
def test_caption_lines_stating_two_kinds_are_the_bodys_own_header(caption: str, own: bool) -> None:
    # corpus seed 716 kpi_progress in pdf_rules (dev4 wordings): the body under them took the years
    # of the header two tables above
    assert states_own_header(caption) is own


def test_a_body_under_its_own_header_set_apart_borrows_none() -> None:
    before = _table(HEADER + "人口\t1人\t2人\n", 1)
    body = _table("転出者数\t3人\t4人\n", 1)
    assert not may_borrow_header(body, before.rows[:1], before, "目標値(2023年度)\n現状値(2018年度)", None)
    assert may_borrow_header(body, before.rows[:1], before, "目標値(2023年度)", None)


@pytest.mark.parametrize(("gap", "borrows"), [(1, True), (2, False)])
def test_max_page_gap_is_pinned(gap: int, borrows: bool) -> None:
    assert MAX_PAGE_GAP == 1
    before = _table(HEADER + "人口\t1人\t2人\n", 1)
    body = _table("転出者数\t3人\t4人\n", 1 + gap)
    assert may_borrow_header(body, before.rows[:1], before, "", None) is borrows


def _placed(texts_and_spans: list[tuple[str, float, float]], row: int) -> tuple[Cell, ...]:
    return tuple(Cell(t, t, Provenance("t.pdf", "d", 1, None, 0, row, k, (x0, 10.0 * row, x1, 10.0 * row + 8.0)))
                 for k, (t, x0, x1) in enumerate(texts_and_spans))


@pytest.mark.parametrize(("x0", "straddles"), [(56.0, True), (58.0, False)])
def test_a_body_cell_lying_across_two_header_columns_borrows_no_header(x0: float, straddles: bool) -> None:
    # kobe_kansensho p1: 報告定点数 31 ヶ所 (a caption block under a ward table, over the next one)
    # lay across the wards 中央 | 兵庫 and took the wards as its headers. 56-80 reaches 4 pt into
    # 30-60; 58-80, 2 pt: halving STRADDLE_PT (3.0) or doubling it turns one case over.
    assert STRADDLE_PT == 3.0
    header = (_placed([("区分", 0.0, 30.0), ("東灘", 30.0, 60.0), ("灘", 60.0, 90.0), ("北", 90.0, 120.0)], 0),)
    body = _body([("", 0.0, 30.0), ("定点数", x0, 80.0), ("31", 92.0, 110.0)])
    assert straddles_columns(body, header) is straddles
    assert not straddles_columns(_body([("定点数", 32.0, 58.0), ("31", 62.0, 80.0)]), header)
    # a cell starting in the first column may run on: a total's label over the label columns
    # (一般会計合計, nobeoka p8), a grid of the first column's own (内訳 | 1 | 事業名, nobeoka p1)
    assert not straddles_columns(_body([("一般会計合計", 2.0, 88.0), ("31", 92.0, 110.0)]), header)
    # a group cell over two columns (本年度予算額の財源内訳 over 国県支出金 | その他: fuji_r6 p350) is no
    # column: a figure under one of its sub-headers lies across nothing
    grouped = (_placed([("区分", 0.0, 30.0), ("財源内訳", 30.0, 90.0), ("", 60.0, 90.0)], 0),
               _placed([("", 0.0, 30.0), ("国県", 30.0, 60.0), ("その他", 60.0, 90.0)], 1))
    assert not straddles_columns(_body([("清掃費", 2.0, 28.0), ("", 30.0, 60.0), ("23,761", 62.0, 88.0)]), grouped)


def _body(cells: list[tuple[str, float, float]]) -> Table:
    return Table(1, (_placed(cells, 1),), Provenance("t.pdf", "d", 1, None, 1, None, None, None))


@pytest.mark.parametrize(("caption", "named"), [("KPI：移住相談件数（件）", True),
                                                ("事業の実施に当たっては国の交付金を活用する。", False)])
def test_issue7_a_sentence_above_a_table_names_no_indicator(caption: str, named: bool) -> None:
    # corpus seeds 10, 11 kpi_transposed: rows no name reads took the sentence above the table
    found = recognize_document(read_text((caption + "\n年度\t当該値\t平均値\nH22\t12\t10\nH23\t14\t11\n").encode(), "d.txt", "i"))
    assert bool(found.kpi_values) is named


def test_issue7_a_row_labelled_by_a_year_its_values_were_not_given_names_no_indicator() -> None:
    # corpus seed 10 kpi_transposed pdf_borderless: the year column merged with the value column
    # beside it (2016算定中, 2018 53): its rows' values took the column's indicator and no year
    text = ("年度Uターン就職者数(人)\t実績\t\n\t製造品出荷額(億円)\t公共交通利用者数(千人)\n"
            "2016算定中\t1,072\t498\n2017調査なし\t1,492\t441\n2018 53\t1,763\t685\n")
    found = recognize_document(read_text(text.encode(), "d.txt", "i"))
    assert [v for v in found.kpi_values if v.value is not None and v.fiscal_year is None] == []


@pytest.mark.parametrize(("below", "header_rows"), [("\t2019年度\t2020年度\t2021年度\n", 3),  # the header's years
                                                    ("\t1\t2\t3\n", 1)])  # a row of values: 事業 is a section
def test_issue7_a_label_alone_over_the_headers_years_is_part_of_the_header(below: str, header_rows: int) -> None:
    # corpus seed 9 budget_plan_years pdf_rules: 単位:千円 alone was the header, the years the body,
    # and the amounts took the document's year
    from extract.interpret.header_rows import count_header_rows
    table = read_text(("\t\t\t単位:千円\n事業\t\t\t\n" + below + "A事業\t1\t2\t3\n").encode(), "d.txt", "i").tables[0]
    assert count_header_rows(table) == header_rows


def test_issue7_a_header_glued_to_the_first_row_borrows_none_and_gives_no_kpi() -> None:
    # corpus seed 9 kpi_year_matrix pdf_borderless: the header's years glued to the first values
    # (平成27年度80.70): no header read, so the table above lent its years, in another order
    text = ("KPI\t種別\t令和2年度\t令和元年度\n①社会増減数\t目標値\t104\t59\n単位:歳\n"
            "指標の名称\t種別実績値\t平成27年度80.70\t令和元年度80.24\n健康寿命(男性)\t計画\t79.59\t80.28\n")
    found = recognize_document(read_text(text.encode(), "d.txt", "i"))
    assert [v.indicator for v in found.kpi_values] == ["①社会増減数", "①社会増減数"]


@pytest.mark.parametrize(("upper", "joined"), [("住み続けたいと思う", True), ("転入者数", False)])
def test_issue7_a_name_set_over_its_two_sub_rows_is_one_name(upper: str, joined: bool) -> None:
    # corpus seed 13 kpi_year_matrix pdf_rules: 住み続けたいと思う beside 目標値 over 中学生の割合(%)
    # beside 実績値 (a verb phrase cannot end a name); 転入者数 over 中学生の割合 are two names
    text = f"指標\t種別\t2019\t2018\n{upper}\t目標値\t51.0\t61.7\n中学生の割合(%)\t実績値\t\t44.8\n"
    found = recognize_document(read_text(text.encode(), "d.txt", "i"))
    names = {v.indicator for v in found.kpi_values}
    assert names == ({upper + "中学生の割合(%)"} if joined else {upper, "中学生の割合(%)"})


@pytest.mark.parametrize(("kinds", "joined"), [(("最新値", "計画"), True), (("最新値", "備考"), False)])
def test_a_name_over_sub_rows_of_latest_and_plan_is_one_name(kinds: tuple[str, str], joined: bool) -> None:
    # corpus seed 60 kpi_year_matrix pdf_rules: 住み続けたいと思う beside 最新値 over 中学生の割合(%)
    # beside 計画 (a plan's sub-row states a kind too); a note beside the lower states none
    text = f"指標\t\tR6\tR7\n住み続けたいと思う\t{kinds[0]}\t32.6\t30.8\n中学生の割合(%)\t{kinds[1]}\t33.7\t38.2\n"
    found = recognize_document(read_text(text.encode(), "d.txt", "i"))
    assert ("住み続けたいと思う中学生の割合(%)" in {v.indicator for v in found.kpi_values}) is joined


@pytest.mark.parametrize(("tail", "joined"), [("年", True), ("12", False)])
def test_a_row_cut_after_a_units_slash_is_one_row(tail: str, joined: bool) -> None:
    # corpus seed 62 kpi_year_matrix html_borderless: スポーツ施設利用者 | 79.2万人回/ over 数 | 年,
    # the unit per year cut after its slash; a figure below is a row of its own
    text = f"指標\t実績値(R6年)\t目標値(R7年)\nスポーツ施設利用者\t79.2万人回/\t67.8万人回/\n数\t年\t{tail}\n"
    found = recognize_document(read_text(text.encode(), "d.txt", "i"))
    assert ("スポーツ施設利用者数" in {v.indicator for v in found.kpi_values}) is joined


@pytest.mark.parametrize(("header", "read"), [("指標名", True), ("指標名 現状値 2014年度", False)])
def test_issue7_a_name_column_headed_as_a_value_column_too_gives_no_kpi(header: str, read: bool) -> None:
    # corpus seeds 13 and 14 in pdf_borderless: the name and 現状値 columns merged, names holding
    # the baselines (若者定住奨励金 26交付件数): which words name the row is not known
    text = f"{header}\t実績値 2021年度\t実績値 2022年度\n若者定住奨励金 26交付件数\t46\t33\n"
    found = recognize_document(read_text(text.encode(), "d.txt", "i"))
    assert bool(found.kpi_values) is read


@pytest.mark.parametrize(("cell", "borrows"), [("94.8", True), ("94.8 96.7", False)])
def test_issue7_a_body_on_columns_of_its_own_with_two_figures_in_a_cell_borrows_none(cell: str, borrows: bool) -> None:
    # corpus seed 14 kpi_progress pdf_borderless: the next page's part set on fewer columns, two
    # of them merged (94.8 96.7): under the page before's header its figures took wrong columns
    before = _table("指標\t現状値(R1)\t目標値(R6)\t実績値(R5)\nA\t1\t2\t3\n", 1)
    body = _table(f"汚水処理人口普及率(%)\t{cell}\t74.7\n", 2)
    assert may_borrow_header(body, before.rows[:1], before, "", None) is borrows


def test_a_heading_row_over_a_card_key_joins_no_name() -> None:
    # corpus seed 0 kpi_cards html_borderless: a goal heading (…をかなえる, no noun phrase) set as
    # a row over the next card's 重要業績評価指標: no sub-rows stating kinds, no name cut over them
    from extract.interpret.continuations import join_cut_names
    table = _table("重要業績評価指標\tスポーツ施設利用者数\n当初値(H30)\t75.2\n"
                   "基本目標3結婚・出産・子育ての希望をかなえる\t\n重要業績評価指標\t耕作放棄地面積\n当初値(R2)\t20.0\n", 1)
    assert [row[0].text for row in join_cut_names(table).rows] == [row[0].text for row in table.rows]


@pytest.mark.parametrize(("upper", "joined"), [("\tボランティア\t14人(延\tSNS\t\n", True),  # a bracket opened, closed below
                                               ("\tボランティア\t14人\tSNS\t\n", False)])  # nothing proves the cut
def test_issue7_a_row_a_layout_cut_in_two_is_one_row(upper: str, joined: bool) -> None:
    # corpus seed 5 kpi_baseline_target html_borderless: a folded table's first row cut in two,
    # フォロワー数 alone naming 15,348 while SNS stood in the row above
    from extract.interpret.continuations import join_cut_names
    table = _table("No.\t項目\t基準値(2020年度)\t項目\t基準値(2020年度)\n" + upper
                   + "1\t派遣日数(延べ日数)\tべ161日)\tフォロワー数\t15,348\n", 1)
    names = [row[3].text for row in join_cut_names(table).rows[1:]]
    assert names == (["SNSフォロワー数", ""] if joined else ["SNS", "フォロワー数"])


@pytest.mark.parametrize(("glued", "borrows"), [("現状値2,590千円 (R1)\t目標値 (R2) 2,734千円", True),
                                                ("現状値2,590千円 (R1)\t目標値 (R5) 2,734千円", False)])
def test_a_header_glued_to_a_row_agreeing_with_the_header_above_borrows_it(glued: str, borrows: bool) -> None:
    # the html_narrow rendition of sample 000 p19: a one-row table under a table headed 項目 |
    # 現状値 | 目標値 (R2), its own header glued to its row: where every cell agrees with the
    # header above it borrows it (refused, its amounts in 千円 were read as 事業費); a cell
    # stating another year (R5 under R2) refuses it
    before = _table("項目\t現状値\t目標値 (R2)\n転出超過者数\t644人 (R1)\t322人\n", 19)
    body = _table(f"項目納税者1人当たりの所得\t{glued}\n", 19)
    assert may_borrow_header(body, before.rows[:1], before, "", None) is borrows



@pytest.mark.parametrize(("cell", "merged"), [("94.8 96.7", True), ("-2,260 -", True), ("- 5,262", True),
                                              ("5,262", False), ("2,950.9 執行残の減額", False), ("- -", False)])
def test_issue7_a_body_holding_two_figures_in_a_cell_borrows_no_header(cell: str, merged: bool) -> None:
    # corpus seed 57 budget_main_projects pdf_borderless: two rows carried to page 2 and laid out
    # on columns of their own, 国県支出金's dashes a word space after 対前年度増減's figures
    # (-2,260 -): one column fewer, and laid under the header by overlap 5,262 (市債) was read
    # as 国県支出金. Two figures in a cell, a dash among them, say two columns merged.
    before = _table("事業\t増減\t国県支出金\t市債\n事業A\t-2,260\t58,491\t119,572\n", 1)
    body = _table(f"事業B\t{cell}\t5,262\n", 2)
    assert may_borrow_header(body, before.rows[:1], before, "", None) is not merged


@pytest.mark.parametrize(("header", "read"), [("平成２ ９年度", None), ("平成２９年度", (2017, 36.9))])
def test_a_value_under_an_era_year_cut_by_a_wrap_is_not_given(header: str, read: tuple[int, float] | None) -> None:
    # corpus seed 808 kpi_year_matrix chromium_borderless: 平成２ / ９年度 wrapped in a narrow header
    # cell reads as neither 平成2 nor 平成29 (normalize.years.cut_era_year): its column's values came
    # out with no year, each a wrong value; the next column's year is read as before
    text = f"指標\t区分\t{header}\t令和元年度\n森林整備面積\t実績値\t36.9\t36.2\n"
    found = [(y, v) for k, y, v in _kpis(text, "森林整備面積") if v is not None]
    assert found == [read, (2019, 36.2)] if read else found == [(2019, 36.2)]


def _kpis_of_rows(rows: list[list[str]]) -> list[tuple[str, int | None, float | None]]:
    """The KPI values read from one grid table of the given cells (a PDF's, no text reader's splitting)."""
    cells = tuple(tuple(Cell(t, t, Provenance("t.pdf", "d", 1, None, 0, r, j)) for j, t in enumerate(row)) for r, row in enumerate(rows))
    doc = Document("t.pdf", "d", "pdf", 1, (Table(0, cells, Provenance("t.pdf", "d", 1, None, 0)),))
    return [(v.indicator, v.fiscal_year, v.value) for v in recognize_document(doc).kpi_values if v.value is not None]


@pytest.mark.parametrize(("year", "read"), [("H3 0", False), ("H30", True)])
def test_a_value_in_a_row_of_an_era_year_cut_by_a_wrap_is_not_given(year: str, read: bool) -> None:
    # corpus seed 802 kpi_transposed html_borderless: Ｈ３ / ０ wrapped in a narrow year cell down the
    # rows: its values came out named H30 with no year, each a wrong value; the other rows read as before
    rows = [["年度", "種別", "ふるさと納税寄附額(千円)", "ボランティア登録者数(人)"], [year, "最新値", "442337", "626"],
            ["R1", "最新値", "590361", "1097"], ["R2", "最新値", "518797", "615"], ["R3", "最新値", "578197", "―"],
            ["R4", "実績値(年度末)", "650830", "764"]]
    found = _kpis_of_rows(rows)
    assert all(y is not None for _, y, _ in found)
    assert (("ボランティア登録者数", 2018, 626.0) in found) is read
    assert ("ボランティア登録者数", 2022, 764.0) in found


@pytest.mark.parametrize(("rest", "joined"), [("者数（人）", "③地域の魅力を発信するイベントへの参加者数(人)"),
                                              ("4,532", "③地域の魅力を発信するイベントへの参加")])
def test_a_name_cut_over_three_rows_goes_on_from_the_row_the_second_went_into(rest: str, joined: str) -> None:
    # corpus seed 744 kpi_progress in writer_borderless: 地域の魅力を発信する / イベントへの参加 / 者数（人）,
    # each line a row of its own; a row of figures under the second goes on no name
    from extract.interpret.continuations import join_cut_names
    table = _table("数値目標\t策定時(R2)\t目標値(R7)\n③地域の魅力を発信する\t4,598\t4,162\nイベントへの参加\t\t\n"
                   f"{rest}\t\t\n④世帯数（世帯）\t6,512\t8,336\n", 1)
    assert join_cut_names(table).rows[1][0].text == joined
