"""The grid interpreter: header facets, structure, stacked cells and years, rule by rule.

Tables are written as text exports (tab-separated) and read by the real text reader, so each
case is what a municipal table says, not a hand-built grid. Every named threshold has a case
on each side of it: halving or doubling it makes one of these fail.
"""

from __future__ import annotations

import pytest

from extract.interpret import cards, cells, facets, header_rows, kpi, stacks, structure, values
from extract.interpret.facets import bare_unit, kind_of, merge_path, read_facets
from extract.interpret.stacks import aligned_labels, cell_pieces
from extract.interpret.structure import anchor_relative_years, is_data_value, label_role, read_layout
from extract import context, furniture
from extract.context import TITLE_LINES, foot_rows, running_text, title_year
from extract.model import Cell, Provenance
from extract.text_reader import read_text
from normalize import clean_text
from tests.extract.text_docs import read_text_document as _read


def _table(text: str):  # type: ignore[no-untyped-def]
    return read_text(text.encode("utf-8"), "doc.txt", "id").tables[0]


@pytest.mark.parametrize(("header", "year", "kind", "unit", "relative", "label"), [
    ("R6年度当初予算額(千円)", 2024, "budget", "千円", None, "当初予算額"),
    ("目標値(2025年)", 2025, "target", None, None, "目標値"),
    ("策定年(2019年)", 2019, "baseline", None, None, "策定年"),
    ("2023年実績", 2023, "actual", None, None, "実績"),
    ("前年度", None, None, None, -1, "前年度"),
    ("本年度予算額", None, "budget", None, 0, "本年度予算額"),
    ("前年度対比", None, "difference", None, None, "前年度対比"),
    ("構成比", None, "ratio", None, None, "構成比"),
    ("達成率", None, "ratio", None, None, "達成率"),
    ("決算額", None, "settlement", None, None, "決算額"),
    ("補正後", None, "budget", None, None, "補正後"),
    ("見込額", None, "plan", None, None, "見込額"),
    ("千円", None, None, "千円", None, ""),
    ("H26", 2014, None, None, None, ""),
    ("当該値", None, "actual", None, None, "当該値"),
    ("支給実績(令和5年度決算)", 2023, "settlement", None, None, "支給実績 決算"),  # an actual stated as 決算
])
def test_header_cells_read_into_facets(header: str, year: int | None, kind: str | None,
                                       unit: str | None, relative: int | None, label: str) -> None:
    f = read_facets(header)
    assert (f.year.start if f.year else None, f.kind, f.unit, f.relative_year, f.label) == (
        year, kind, unit, relative, label)


def test_a_ratio_anywhere_on_a_header_path_makes_the_column_a_ratio() -> None:
    path = merge_path([read_facets("構成比"), read_facets("R6")])
    assert (path.kind, path.year.start if path.year else None) == ("ratio", 2024)


def test_kind_words_are_checked_ratio_and_difference_first() -> None:
    assert kind_of("前年度比") == "ratio" and kind_of("前年度対比") == "difference"
    assert kind_of("目標達成率") == "ratio"


def test_bare_unit_cells_up_to_the_limit() -> None:
    assert facets.BARE_UNIT_MAX_CHARS == 5
    assert bare_unit("百万円/年") == "百万円/年"  # 5 characters
    assert bare_unit("百万円/人/年") is None  # 6: longer than a unit cell
    assert bare_unit("区分") is None


def test_relative_years_anchor_on_a_run_of_consecutive_years() -> None:
    cols = [read_facets(t) for t in ("前々年度", "前年度", "本年度", "平成29年度", "平成30年度")]
    years = [f.year.start if f.year else None for f in anchor_relative_years(cols)]
    assert years == [2014, 2015, 2016, 2017, 2018]


def test_relative_years_stay_open_when_a_column_parts_the_run() -> None:
    cols = [read_facets(t) for t in ("令和6年度予算額", "令和7年度予算額", "比較", "本年度財源内訳")]
    assert anchor_relative_years(cols)[3].year is None  # not 2026: the funding is the 本年度 of the amounts
    side_by_side = [read_facets(t) for t in ("令和6年度予算額", "令和7年度予算額", "本年度財源内訳")]
    assert anchor_relative_years(side_by_side)[2].year.start == 2026  # type: ignore[union-attr]


def test_relative_years_stay_open_when_the_run_is_not_consecutive() -> None:
    cols = [read_facets(t) for t in ("前年度", "本年度", "平成29年度", "平成31年度")]
    assert [f.year for f in anchor_relative_years(cols)][:2] == [None, None]


@pytest.mark.parametrize(("text", "is_value"), [
    ("1,234", True), ("△1,234", True), ("3,194 万人", True), ("年3人（5年間で15人）", True),
    ("繰入金119,562", True), ("基本料金 12,000", True),
    ("１９９３千人", True), ("2020件", True), ("2021(R3)", False),  # four digits with a unit are a value (corpus seed 29 kpi_cards)
    ("R3", False), ("2020年度", False), ("①数値目標", False), ("私立学校等給食費1", False),
    ("1市税", False), ("", False),
])
def test_data_values(text: str, is_value: bool) -> None:
    assert header_rows.VALUE_MAX_LETTERS == 6
    assert is_data_value(text) is is_value


def test_value_columns_need_half_their_cells_numeric() -> None:
    assert structure.VALUE_SHARE == 0.5
    half = _table("名称\tA\tB\nア\t1\tx\nイ\tyy\t2\nウ\t\tzz\nエ\t\tww\n")
    layout = read_layout(half)
    assert layout is not None
    assert layout.value_cols == (1,)  # A: 1 of 2 cells; B: 1 of 3 cells is not enough


@pytest.mark.parametrize(("texts", "role"), [
    (["H22", "H23", "H24", "H25", "x"], "year"),  # 4 of 5 = 0.8
    (["H22", "H23", "H24", "x", "y"], "name"),  # 3 of 5 = 0.6
])
def test_a_label_column_of_years_makes_a_transposed_table(texts: list[str], role: str) -> None:
    assert structure.YEAR_ROWS_SHARE == 0.8
    assert label_role("", texts) == role


@pytest.mark.parametrize(("length", "role"), [(41, "note"), (30, "name")])
def test_long_label_cells_are_notes(length: int, role: str) -> None:
    assert structure.NOTE_CELL_CHARS == 40
    assert label_role("", ["あ" * length]) == role


def test_header_rows_up_to_the_limit() -> None:
    assert header_rows.MAX_HEADER_ROWS == 4
    four = _table("区分\t財源内訳\n\t特定財源\n\t国県支出金\n\t千円\n事業A\t1,000\n")
    assert structure.count_header_rows(four) == 4
    five = _table("区分\tX\n目的\tY\n補足\tZ\n注記\tW\n備考\tV\n事業A\t1,000\n")
    assert structure.count_header_rows(five) == 4  # the fifth value-less row is not a header


def test_a_row_filling_only_its_first_cell_ends_the_header() -> None:
    table = _table("区分\t歳出額\n\t千円\n令和5年度\t\n\t2,050,134\n")
    assert structure.count_header_rows(table) == 2


@pytest.mark.parametrize(("label", "kind"), [("目標", "target"), ("実績(参考値)", "actual"),
                                             ("目標達成に向けた取組数", None)])
def test_short_row_labels_state_a_kind(label: str, kind: str | None) -> None:
    assert structure.KIND_LABEL_MAX_CHARS == 8
    found = _read(f"区分\tR3\tR4\n{label}\t10\t12\n")
    assert {v.kind for v in found.table_values} == {kind}


def _cell(raw: str, boxes: tuple[tuple[float, float, float, float], ...] = ()) -> Cell:
    return Cell(raw.replace("\n", ""), raw, Provenance("p", "d", 1, bbox=(0, 0, 10, 10)), line_bboxes=boxes)


def test_stacked_values_up_to_the_limit() -> None:
    assert stacks.STACK_MAX_LINES == 12
    assert len(cell_pieces(_cell("\n".join(["696"] * 12)))) == 12
    whole = cell_pieces(_cell("\n".join(["696"] * 13)))
    assert len(whole) == 1 and "\n" in whole[0].text  # read whole, lines apart: ambiguous


def test_a_unit_line_is_not_a_stacked_value() -> None:
    pieces = cell_pieces(_cell("千円\n422\n109"))
    assert [p.text for p in pieces] == ["422", "109"]
    assert stacks.unit_line(_cell("千円\n422\n109")) == "千円"


def _box(top: float) -> tuple[float, float, float, float]:
    return (0.0, top, 10.0, top + 10.0)


def test_stacked_labels_sit_beside_their_values() -> None:
    assert stacks.ALIGN_SHARE == 0.5
    name = _cell("消耗品費\n自動車損害保\n険料", (_box(0), _box(20), _box(40)))
    assert aligned_labels(name, [_box(4), _box(24)]) == ["消耗品費", "自動車損害保険料"]  # 0.4 of a line off
    assert aligned_labels(name, [_box(6), _box(26)]) == [None, None]  # 0.6 off: not beside


def test_a_bracketed_label_line_annotates_the_label_above() -> None:
    name = _cell("一般会計\n（議案第5号）", (_box(0), _box(20)))
    assert aligned_labels(name, [_box(0), _box(20)]) == ["一般会計(議案第5号)", None]


def test_a_money_table_gives_budget_values_with_facets() -> None:
    found = _read(
        "R6年度当初予算に計上した主な新規事業\n"
        "番号\t主管課\t事業名\tR5年度当初予算額(千円)\tR6年度当初予算額(千円)\t増減\t財源内訳\t\t主な事業内容\n"
        "\t\t\t\t\t\t国・県\t一般財源\t\n"
        "1\t企画課\t移住定住促進事業\t1,000\t1,500\t500\t750\t750\t移住者への支援を行う\n"
    )
    got = [(v.project, v.measure, v.fiscal_year, v.amount_yen, v.basis, v.year_source) for v in found.budget_values]
    assert got == [
        ("移住定住促進事業", "R5年度当初予算額(千円)", 2023, 1_000_000, "budget", "header"),
        ("移住定住促進事業", "R6年度当初予算額(千円)", 2024, 1_500_000, "budget", "header"),
        ("移住定住促進事業", "増減", 2024, 500_000, "difference", "header"),
        ("移住定住促進事業", "財源内訳 / 国・県", 2024, 750_000, None, "header"),
        ("移住定住促進事業", "財源内訳 / 一般財源", 2024, 750_000, None, "header"),
    ]


def test_this_year_and_last_year_take_the_title_year() -> None:
    found = _read("令和7年度 一般会計予算書\n\n本文。\n\n本文。\n\n本文。\n\n（単位：千円）\n款\t本年度\t前年度\n総務費\t9,013\t8,500\n")
    assert [(v.fiscal_year, v.year_source) for v in found.budget_values] == [(2025, "title"), (2024, "title")]


def test_a_budget_title_dates_its_book_however_its_year_is_written() -> None:
    table = "区分\t本年度（千円）\t前年度（千円）\n総務費\t9,013\t8,500\n"
    for title in ("R2年 水道事業会計予算", "令和2 決算書"):
        found = _read(f"{title}\n\n本文。\n\n本文。\n\n本文。\n\n{table}")
        assert [(v.fiscal_year, v.year_source) for v in found.budget_values] == [(2020, "title"), (2019, "title")]
    for title in ("令和2年3月 水道事業会計予算", "2020年 人口ビジョン"):  # a date printed, a calendar year
        assert {v.fiscal_year for v in _read(f"{title}\n\n本文。\n\n本文。\n\n本文。\n\n{table}").budget_values} == {None}


def test_the_title_year_is_read_from_the_first_lines_only() -> None:
    assert TITLE_LINES == 8
    lines = ["前文"] * 7
    assert title_year(read_text("\n".join(lines + ["令和7年度 予算"]).encode(), "d.txt", "i")) is not None
    assert title_year(read_text("\n".join(lines + ["前文", "令和7年度 予算"]).encode(), "d.txt", "i")) is None


def test_a_year_conflict_gives_no_year_and_the_flag_on_budget_values() -> None:
    found = _read("（単位：千円）\n事業名\t2024年度（令和5年度）予算額\n防災事業\t1,000\n")
    assert [(v.fiscal_year, v.qualifiers) for v in found.budget_values] == [(None, ("year_conflict",))]


def test_years_down_the_rows() -> None:
    found = _read("年度\t当該値\t平均値\nH22\t10.5\t9.8\nH23\t11.0\t9.9\n")
    got = [(v.row_label, v.kind, v.fiscal_year, v.year_source, v.value) for v in found.table_values]
    assert got == [("H22", "actual", 2010, "row", 10.5), ("H22", "comparison", 2010, "row", 9.8),
                   ("H23", "actual", 2011, "row", 11.0), ("H23", "comparison", 2011, "row", 9.9)]


def test_descending_year_columns() -> None:
    found = _read("指標\tR8\tR7\n人口\t1,000\t1,100\n")
    assert [(v.fiscal_year, v.value) for v in found.table_values] == [(2026, 1000.0), (2025, 1100.0)]


def test_a_progress_table_gives_kpi_values_with_their_kinds() -> None:
    found = _read("指標\t策定年(2019年)\t目標値(2025年)\t2023年実績\n観光入込客数\t3,194 万人\t3,500 万人\t3,300 万人\n")
    got = [(v.kind, v.fiscal_year, v.value, v.unit) for v in found.kpi_values]
    assert got == [("baseline", 2019, 31_940_000.0, "人"), ("target", 2025, 35_000_000.0, "人"),
                   ("actual", 2023, 33_000_000.0, "人")]


def test_a_cell_with_two_readings_gives_both() -> None:
    found = _read("指標\t現状値(2014年度)\t目標値(2019年度)\n留学生の受入数\t2人\t年３人（５年間で１５人）\n")
    got = [(v.kind, v.value, v.unit, v.qualifiers) for v in found.kpi_values]
    assert got == [("baseline", 2.0, "人", ()),
                   ("target", 3.0, "人", ("per_year", "secondary_value")),
                   ("target", 15.0, "人", ("total_over_period", "second_reading"))]


def test_an_indicator_table_in_other_words_gives_kpi_values() -> None:
    found = _read("取組の成果\t基準値（R1年度）\t目標値（R7年度）\n市民満足度\t52.3%\t60%\n")
    got = [(v.indicator, v.kind, v.fiscal_year, v.value, v.unit, v.recognizer) for v in found.kpi_values]
    assert got == [("市民満足度", "baseline", 2019, 52.3, "%", "grid_kpi"),
                   ("市民満足度", "target", 2025, 60.0, "%", "grid_kpi")]
    assert [n.indicator for n in found.indicators] == ["市民満足度"]


def test_note_lines_that_end_in_an_amount_are_labelled_values() -> None:
    note = _cell("千円\n001 給与費 2,551\n防犯用街路灯設置、維持管理\n交通安全運動 年4回\nＬＥＤ防犯灯設置費補助金 11,000")
    pieces = stacks.labelled_lines(note)
    assert [(p.label, p.text) for p in pieces] == [("給与費", "2,551"), ("LED防犯灯設置費補助金", "11,000")]
    assert stacks.MIN_LABEL_LETTERS == 2
    assert stacks.labelled_lines(_cell("年 4")) == [] and len(stacks.labelled_lines(_cell("税収 4"))) == 1
    # realdocs otoineppu_kyuyo_teiin_r7 p8: a rate, not an amount of 8千円
    assert stacks.labelled_lines(_cell("月 給料 月額の 100 分の 8")) == []


def test_a_money_table_reads_amounts_in_its_note_column() -> None:
    found = _read("（単位：千円）\n目\t本年度\t説明\n1 交通安全対策費\t2,857\t001 給与費 2,551\n")
    got = [(v.project, v.measure, v.amount_yen) for v in found.budget_values]
    assert got == [("1交通安全対策費", "本年度", 2_857_000), ("給与費", "説明", 2_551_000)]


def test_words_between_stacked_numbers_name_each_and_overflow_text_is_left_alone() -> None:
    funding = cell_pieces(_cell("(債)\n10,800\n福祉事業基金繰\n30,000"))
    assert [(p.text, p.note) for p in funding] == [("10,800", "(債)"), ("30,000", "福祉事業基金繰")]
    assert [p.text for p in cell_pieces(_cell("△ 38,000\n社会"))] == ["△ 38,000"]
    assert structure.is_number_cell(_cell("(債)\n10,800\n福祉事業基金繰\n30,000"))
    assert not structure.is_number_cell(_cell("私立学校等給食等支援金給付事業\n1\n【総務課】"))


@pytest.mark.parametrize("raw", ["千\n人", "百万\n円", "千\n円"])
def test_a_unit_wrapped_one_word_a_line_is_no_number(raw: str) -> None:
    """A narrow 単位 column wraps 千人 as 千 over 人 (Typst, corpus seed 800 kpi_year_matrix --vocab dev8):
    its scale word alone on a line reads as the numeral 1000 but the cell states a unit, no figure."""
    assert not structure.is_number_cell(_cell(raw))
    assert structure.is_number_cell(_cell("1,200\n千円"))


@pytest.mark.parametrize(("caption", "subject"), [
    ("KPI：婚姻件数（件）", "婚姻件数"),
    ("成果指標：" + "あ" * 40, "あ" * 40),  # 40 characters: still a name
    ("成果指標：" + "あ" * 41, None),  # 41: prose
    ("", None),
])
def test_a_caption_names_the_indicator_of_a_year_table(caption: str, subject: str | None) -> None:
    assert kpi.SUBJECT_MAX_CHARS == 40
    assert kpi.caption_subject(caption) == subject


@pytest.mark.parametrize(("label", "read"), [("重要業績評価指標", True), ("成果指標（KPI）の名称一覧です", False)])
def test_card_labels_are_short(label: str, read: bool) -> None:
    assert cards.CARD_LABEL_MAX_CHARS == 12
    found = _read(f"{label}\t市民満足度\n現状値（R2）\t50%\n目標値（R7）\t60%\n")
    assert bool([v for v in found.kpi_values if v.recognizer == "grid_card"]) is read


def test_a_footnote_restates_the_year_of_a_kind_of_column() -> None:
    found = _read("指標\t策定年(2019年)\t目標値(2025年)\n観光入込客数\t3,194 万人\t3,500 万人\n"
                  "※策定年の値は2018年実績\n")
    assert [(v.kind, v.fiscal_year, v.year_source) for v in found.kpi_values] == [
        ("baseline", 2018, "footnote"), ("target", 2025, "header")]
    assert [(v.fiscal_year, v.year_source) for v in found.table_values] == [(2018, "footnote"), (2025, "header")]


def test_footnotes_are_read_just_below_a_table_only() -> None:
    from extract.context import FOOTNOTE_LOOKAHEAD, footnotes_after, running_heads

    assert FOOTNOTE_LOOKAHEAD == 3
    text = "指標\t現状値\nA\t1\n※1\n※2\n※3\n※4\n"
    doc = read_text(text.encode(), "d.txt", "i")
    assert footnotes_after(doc, running_heads(doc))[0] == ("※1", "※2", "※3")


def test_notes_atop_the_next_page_past_its_furniture_are_the_tables() -> None:
    # corpus seed 544 kpi_baseline_target in pdf_rules: the table ends page 1, its folio - 1 -
    # between it and ※策定時はR3時点の値 atop page 2
    from extract.context import footnotes_after, running_heads

    doc = read_text("指標\t現状値\nA\t1\n- 1 -\n\f※策定時はR3時点の値\n本文\n- 2 -\n".encode(), "d.txt", "i")
    assert footnotes_after(doc, running_heads(doc))[0] == ("※策定時はR3時点の値",)
    doc = read_text("指標\t現状値\nA\t1\n以上のとおり。\n\f※策定時はR3時点の値\n本文\n".encode(), "d.txt", "i")
    assert footnotes_after(doc, running_heads(doc))[0] == ()  # text between: the note is another's


def _page_line(text: str, top: float, height: float = 9.0, page: int = 1) -> "context.TextLine":
    return context.TextLine(text, text, Provenance("d.pdf", "i", page=page, bbox=(44.0, top, 200.0, top + height)))


def test_a_note_wrapped_onto_its_next_line_is_one_note() -> None:
    # corpus seed 888 kpi_baseline_target in pdf_rules: ※ 「－」は該当 / なし wrapped in a narrow
    # cell, 1.8 pt under its 9 pt line; the notes after it (※ 基準年度値は2020の実績) stand 6.4 pt apart
    from extract.context import NOTE_WRAP_GAP_EM, notes_below

    assert NOTE_WRAP_GAP_EM == 0.4
    table = _read_table("指標\t現状値\nA\t1\n")
    wrapped = (table, _page_line("※ 「－」は該当", 63.0), _page_line("なし", 74.8),
               _page_line("※ 基準年度値は2020の実績", 92.0, 8.0), _page_line("※ 達成率", 106.4, 8.0))
    assert notes_below(wrapped, 0) == ("※ 「－」は該当なし", "※ 基準年度値は2020の実績", "※ 達成率")
    # a line set as far below a note as the notes stand apart (0.8 em) is text of its own
    apart = (table, _page_line("※ 「－」は該当", 63.0), _page_line("本文", 79.2), _page_line("※ 基準年度値", 95.0))
    assert notes_below(apart, 0) == ("※ 「－」は該当",)
    # nor does a note run on into a line of the next page, nor into a line that opens a note
    assert notes_below((table, _page_line("※ 1", 63.0), _page_line("なし", 74.8, page=2)), 0) == ("※ 1",)
    assert notes_below((table, _page_line("※ 1", 63.0), _page_line("※ 2", 74.8)), 0) == ("※ 1", "※ 2")


def _read_table(text: str) -> "context.Table":
    return next(b for b in read_text(text.encode(), "d.txt", "i").blocks if isinstance(b, context.Table))


def test_a_difference_column_takes_the_newest_year() -> None:
    found = _read("事業名\t令和5年度決算額（千円）\t令和6年度予算額（千円）\t差額\n子育て支援事業\t1,234\t1,500\t266\n")
    assert [(v.measure, v.fiscal_year, v.basis) for v in found.budget_values] == [
        ("令和5年度決算額(千円)", 2023, "settlement"), ("令和6年度予算額(千円)", 2024, "budget"),
        ("差額", 2024, "difference")]


@pytest.mark.parametrize(("header", "kind"), [("H30（基準）", "baseline"), ("現状（R2）", "baseline"),
                                              ("現状・課題", None), ("早期健全化基準", None)])
def test_baseline_words_with_a_year_bracket(header: str, kind: str | None) -> None:
    assert read_facets(clean_text(header)).kind == kind


@pytest.mark.parametrize(("header", "names"), [("事業名", True), ("款", True), ("項・目", True),
                                               ("目標値", False), ("項目別目標", True), ("目的", False),
                                               ("手当名", True), ("名前の由来", False)])
def test_name_headers(header: str, names: bool) -> None:
    assert structure.is_name_header(header) is names


@pytest.mark.parametrize(("path", "names"), [("財源区分 / 国庫支出金", False), ("区分 / 款", True), ("事業名", True),
                                             ("施策 / 事業名", True), ("財源内訳 / 一般財源", False)])
def test_a_column_names_rows_by_its_own_header_not_a_group_header_over_it(path: str, names: bool) -> None:
    assert structure.names_rows(path) is names


def test_a_name_column_with_a_digit_in_its_names_is_no_value_column() -> None:
    found = _read("（単位：千円）\n会計名\t事業名\t補正額\n下水道事業\t下水道事業(補助)1【下水道課】\t25,000\n")
    assert [(v.project, v.amount_yen) for v in found.budget_values] == [("下水道事業(補助)1【下水道課】", 25_000_000)]


def test_a_table_without_column_headers_reads_facets_from_its_labels() -> None:
    found = _read("支給実績（令和5年度決算）\t774千円\n平均支給年額（令和4年度決算）\t194千円\n")
    assert [(v.kind, v.fiscal_year, v.year_source, v.value) for v in found.table_values] == [
        ("settlement", 2023, "row", 774_000.0), ("settlement", 2022, "row", 194_000.0)]  # 実績 stated as 決算


def test_numbers_flush_left_of_different_widths_may_be_one_wrapped_number() -> None:
    assert stacks.STACK_ALIGN_TOL_PT == 1.0
    wrapped = _cell("1.4\n3", ((114.3, 300.0, 126.0, 308.0), (114.3, 308.0, 119.2, 316.0)))
    assert [p.text for p in cell_pieces(wrapped)] == ["1.4\n3"]  # never 1.4 and 3, never 1.43
    cut = _cell("2,60\n0", ((100.0, 0.0, 120.0, 8.0), (100.0, 8.0, 104.0, 16.0)))
    assert [p.text for p in cell_pieces(cut)] == ["2,600"]
    stacked = _cell("696\n1,696", ((100.0, 0.0, 120.0, 8.0), (108.0, 8.0, 120.9, 16.0)))  # 0.9 pt apart
    assert [p.text for p in cell_pieces(stacked)] == ["696", "1,696"]
    apart = _cell("696\n1,696", ((100.0, 0.0, 120.0, 8.0), (108.0, 8.0, 122.1, 16.0)))  # 2.1 pt apart
    assert len(cell_pieces(apart)) == 1


def test_a_bracketed_number_under_a_number_is_a_stack_wherever_its_lines_are_set() -> None:
    # otoineppu_kyuyo p10: 職員数 61 centred over its 条例定数 [69]; a cut number never goes on with a bracket
    centred = ((104.0, 0.0, 116.0, 8.0), (100.0, 8.0, 120.0, 16.0))
    assert [p.text for p in cell_pieces(_cell("61\n[69]", centred))] == ["61", "[69]"]
    assert [p.text for p in cell_pieces(_cell("61\n69", centred))] == ["61\n69"]  # unbracketed: may be one number


@pytest.mark.parametrize(("line", "joined"), [
    ("６ １", "61"), ("[６ ９ ]", "[69]"), ("（１ ２）", "(12)"), ("［ ０ ］", "［ ０ ］"),  # one glyph: nothing to join
    ("[６ ９ ] 人", "[６ ９ ] 人"),  # a bracket not framing the whole line: as it is
    ("100 200", "100 200"),  # two numbers, not spaced digits
])
def test_a_spaced_line_is_read_whole_in_its_bracket_too(line: str, joined: str) -> None:
    assert stacks.spaced_joined(line) == joined


def test_digits_spaced_over_stacked_lines_are_one_number_per_line() -> None:
    centred = ((104.0, 0.0, 116.0, 8.0), (100.0, 8.0, 120.0, 16.0))
    assert [p.text for p in cell_pieces(_cell("６ １\n[６ ９ ]", centred), spaced=True)] == ["61", "[69]"]
    assert [p.text for p in cell_pieces(_cell("６ １\n[６ ９ ]", centred))] == ["６ １\n[６ ９ ]"]  # unproven spacing


def test_a_year_set_after_a_value_dates_no_value_of_the_row() -> None:
    # kobe_kansensho p1: 報告定点数 48 ヶ所 … 2017年2月 6日 ～ 2017年2月 12日 on one line; 基準値 | 基準年度:
    # a year after a value is that value's own or another statement, never the row's
    found = _read("指標名\t基準値\t基準年度\t目標値\t目標年度\n移住者数\t120人\t令和2年度\t150人\t令和7年度\n")
    assert [(v.value, v.fiscal_year) for v in found.table_values] == [(120.0, None), (150.0, None)]
    before = _read("年度\t移住者数\t相談件数\n令和2年度\t120人\t30件\n")  # years down the rows, left of the values
    assert [(v.value, v.fiscal_year) for v in before.table_values] == [(120.0, 2020), (30.0, 2020)]


def test_digits_a_glyph_per_line_are_no_stack() -> None:
    # a column one glyph wide wraps 614 a glyph per line: one number or three, the page does not say
    column = ((121.9, 160.6, 130.7, 169.4), (121.9, 169.4, 130.7, 178.2), (121.9, 178.2, 130.7, 187.0))
    assert [p.text for p in cell_pieces(_cell("６\n１\n４", column))] == ["６\n１\n４"]  # ambiguous, never 6, 1 and 4
    assert [p.text for p in cell_pieces(_cell("６\n１２", column[:2]))] == ["６", "１２"]  # two glyphs: a stack
    assert [p.text for p in cell_pieces(_cell("６\n１\n４"))] == ["６", "１", "４"]  # a text export's lines are its author's


def test_a_name_continued_on_a_row_of_its_own_is_one_name() -> None:
    found = _read("（単位：円）\n科目\t本年度予算額\n子ども医療費\t849,521,506\n助成事業（18歳まで）\t\n"
                  "（2）その他\t\n就学支援\t1,000\n計\t849,522,506\n")
    assert [v.project for v in found.budget_values] == ["子ども医療費助成事業(18歳まで)", "就学支援", "計"]


def test_a_unit_alone_on_its_line_is_the_cells_unit() -> None:
    assert stacks.unit_line(_cell("円\n191,464")) == "円"
    assert stacks.unit_line(_cell("％\n24.6")) == "％"
    assert [p.text for p in cell_pieces(_cell("円\n191,464"))] == ["191,464"]
    assert stacks.unit_line(_cell("扶養手当\n191,464")) is None


@pytest.mark.parametrize(("caption", "subject"), [
    ("(5) 時間外勤務手当", "時間外勤務手当"),
    ("(4) 特殊勤務手当（令和6年4月1日現在）", "特殊勤務手当"),
    ("人件費の状況（普通会計決算）", "人件費の状況"),
    ("", None),
])
def test_the_subject_a_caption_names(caption: str, subject: str | None) -> None:
    assert values.table_subject(clean_text(caption)) == subject


def test_key_value_rows_that_state_a_kind_and_year_measure_the_captions_subject() -> None:
    found = _read("(5) 時間外勤務手当\n"
                  "支給実績（令和5年度決算）\t7,879千円\n支給実績（令和4年度決算）\t7,218千円\n"
                  "支給実績（決算）\t7,000千円\n手当の種類\t7\n")
    got = [(v.project, v.measure, v.fiscal_year, v.amount_yen) for v in found.budget_values]
    assert got[:2] == [("時間外勤務手当", "支給実績(令和5年度決算)", 2023, 7_879_000),
                       ("時間外勤務手当", "支給実績(令和4年度決算)", 2022, 7_218_000)]
    assert [v.project for v in found.budget_values[2:]] == ["支給実績(決算)", "手当の種類"]  # no year: rows of their own


def test_a_headerless_table_under_a_heading_continues_no_table_on_another_grid() -> None:
    table = "区分\t予算額\t決算額\t差引\n議会費\t100千円\t90千円\t10千円\n"
    kv = "支給実績（令和5年度決算）\t7,879千円\n"
    under_heading = _read(table + "(5) 時間外勤務手当\n" + kv)
    assert [v.project for v in under_heading.budget_values][-1] == "時間外勤務手当"
    continued = _read(table + kv)  # no heading between: read under the table before's header
    assert "時間外勤務手当" not in [v.project for v in continued.budget_values]


def test_a_table_without_a_year_takes_the_one_its_section_opens_with() -> None:
    # No title year (the first lines state none), no year in the caption or the headers: the
    # section's text opens with 令和3年度; a year named later is about something else.
    lines = ["村の広報"] * TITLE_LINES + ["【一般会計・歳入】", "令和3年度の一般会計歳入予算総額は19億5,400万円となりました。",
                                      "平成29年度に借り入れた村債の償還が続きます。", "説明の行", "説明の行", "説明の行"]
    found = _read("\n".join(lines) + "\n\n項目\t予算額\n村税\t8,672万円\n合計\t19億5,400万円\n")
    assert [(v.fiscal_year, v.year_source) for v in found.budget_values] == [(2021, "section"), (2021, "section")]


@pytest.mark.parametrize(("text", "prose"), [("令和3年度特別会計の総額は2億8,580万円で、前", True),
                                             ("令和3年度の総額は2億円で、前", False)])
def test_prose_cell_chars_is_pinned(text: str, prose: bool) -> None:
    # A 25-character cell with a 、 is running text (RUNNING_TEXT_CELL_CHARS 20; half of it would also
    # take the 15-character one, double would take neither).
    table = _table(f"会計区分\t予算額\t説明\n国民健康保険\t9,700万円\t{text}\n")
    assert bool(running_text(table)) is prose


def test_a_continued_table_under_a_running_head_keeps_its_caption_unit() -> None:
    # corpus seed 24 budget_main_projects: 別紙 atop each page, - 1 - under each, the unit stated once
    assert furniture.MIN_FURNITURE_PAGES == 2
    page = "別紙\n\n（単位：千円）\n事業名\t予算額\n防災事業\t1,000\n\n- 1 -\n\f別紙\n\n観光事業\t2,000\n\n- 2 -\n"
    assert [v.amount_yen for v in _read(page).budget_values] == [1_000_000, 2_000_000]
    # one page opened by the head: a caption of the table, not furniture
    once = "別紙\n\n事業名\t予算額\n防災事業\t1,000\n\f本文。\n"
    assert context.running_heads(read_text(once.encode(), "d.txt", "i")) == frozenset()


def test_a_column_of_dashes_under_its_kind_is_no_label_column_and_takes_no_neighbour() -> None:
    # corpus seed 24 kpi_baseline_target: one row, no target yet; 68 is the 類似団体平均
    found = _read("評価指標\t策定時\t目標値（R7年）\t類似団体平均\n創業件数\t調査なし\t…\t68\n")
    assert [(v.indicator, v.kind, v.value) for v in found.kpi_values if v.value is not None] == []


def test_years_without_their_era_down_a_column_take_the_era_above() -> None:
    # corpus transposed tables: the era written only where it changes
    table = cells.with_written_eras(_table("年度\t実績\n平成29年度\t10\n30年度\t11\n令和元年度\t12\n2年度\t13\n"))
    assert [r[0].text for r in table.rows[1:]] == ["平成29年度", "平成30年度", "令和元年度", "令和2年度"]
    # no era above: the cell stays as written
    assert cells.with_written_eras(_table("年度\t実績\n30年度\t11\n")).rows[1][0].text == "30年度"
    found = _read("指標：人口（人）\n年度\t実績\nH29年度\t10\n30年度\t11\n")
    assert [(v.fiscal_year, v.value) for v in found.kpi_values] == [(2017, 10.0), (2018, 11.0)]
    # across a header row, from the left; a cell that is no year ends the run
    across = cells.with_written_eras(_table("指標\tR3年度\t4年度\t備考\t5年度\n人口\t1\t2\t\t3\n"))
    assert [c.text for c in across.rows[0]] == ["指標", "R3年度", "令和4年度", "備考", "5年度"]


@pytest.mark.parametrize(("label", "read"), [
    ("目標値（最終年度）（2029年度（令和11年度））", True),  # corpus seed 33 kpi_cards: the year is no part of the label's length
    ("目標値" + "あ" * 21, True),  # 24 characters, 2 × CARD_LABEL_MAX_CHARS
    ("目標値" + "あ" * 22, False),  # 25: content, not a label
])
def test_a_card_kind_label_is_short_without_its_year(label: str, read: bool) -> None:
    found = _read(f"指標名\t観光入込客数\n基準値（R5）\t82.1万人\n{label}\t84.7万人\n")
    assert any(v.kind == "target" for v in found.kpi_values) is read


@pytest.mark.parametrize(("text", "year_cell"), [
    ("（令和元年）（t-CO2）", True),  # corpus seed 42: the 2 of a bracketed unit is no number beside the year
    ("（令和元年）（人）", True),
    ("2020年度 40,335冊", False),
    ("R3 (2,000)", False),  # a bracket holding a number, not a unit
])
def test_a_year_cell_may_carry_its_unit_in_brackets(text: str, year_cell: bool) -> None:
    assert cells.is_year_cell(clean_text(text)) is year_cell


CONTINUED_HEADER = "指標\t計画策定時(R2年)\t目標値(R7年)"


@pytest.mark.parametrize(("between", "second_header", "first_baseline_year"), [
    ("\f第2期総合戦略\n", CONTINUED_HEADER, 2018),  # continued on the next page under its header
    ("\f第2期総合戦略\n", "指標\t現状値(R3年)\t目標値(R8年)", 2020),  # another table
    ("\n（2）子育て環境の充実\n", CONTINUED_HEADER, 2020),  # another section's table on the page
])
def test_a_footnote_below_a_continued_table_speaks_of_its_every_part(between: str, second_header: str,
                                                                     first_baseline_year: int) -> None:
    first = f"{CONTINUED_HEADER}\n観光入込客数\t965,000\t1,100,000\n"
    found = _read(f"{first}{between}{second_header}\n待機児童数\t46\t0\n※ 基準年度値はH30年の実績\n")
    assert [(v.indicator, v.fiscal_year) for v in found.kpi_values if v.kind == "baseline"] == [
        ("観光入込客数", first_baseline_year), ("待機児童数", 2018)]


def test_a_note_a_layout_took_into_the_tables_last_rows_is_still_its_footnote() -> None:
    found = _read("指標\t基準年度値(R3)\t目標(R8)\n汚水処理人口普及率(%)\t97.9\t80.1\n"
                  "※現況値はH31時点の値\t\t\n※ 人口は各年10月1日現在\t\t\n")
    assert [(v.kind, v.fiscal_year, v.year_source) for v in found.kpi_values] == [
        ("baseline", 2019, "footnote"), ("target", 2026, "header")]
    doc = read_text("指標\t現状値\nA\t1\n※1\tB\n".encode(), "d.txt", "i")
    assert foot_rows(doc.blocks[0]) == ()  # a row with more than its note is a row


@pytest.mark.parametrize(("name", "read"), [
    ("放課後児童クラブの", False),  # its second line (待機児童数) left out of the table
    ("結婚・子育ての希望がかなうと", False),
    ("国・", False),
    ("関係人口(登録者1,048人数)", False),  # a value cell the layout set inside the name's
    ("温室効果ガス205,311排出量", False),
    ("放課後児童クラブの待機児童数", True),
    ("年間1000人の交流人口", True),  # a number in a name, not a grouped value
])
def test_a_cut_indicator_name_names_no_indicator(name: str, read: bool) -> None:
    found = _read(f"KPI\t単位\t現状値(H29)\t目標値(R4)\n{name}\t人\t30\t43\n")
    assert [v.indicator for v in found.kpi_values] == ([name, name] if read else [])
    assert [v.value for v in found.table_values] == [30, 43]  # the table's values stay, with their row label


def test_a_cards_name_set_over_several_cells_ends_the_card_above() -> None:
    # two cards a layout read as one table, the second's name split over two cells
    found = _read("指標名\t\t移住者数\n当初値（R1年）\t\t166 人\n"
                  "重要業績評価指標\t待機児童数\t放課後児童クラブの\n基準年度値（R2年）\t30 人\t\n目標（R6年）\t29 人\t\n")
    assert [(v.indicator, v.value) for v in found.kpi_values] == [("移住者数", 166)]


def test_a_header_set_again_inside_a_table_heads_the_rows_under_it() -> None:
    # corpus seed 213 kpi_year_matrix text: the header repeated after two indicators, no gap
    header = "数値目標\t種別\t2014年\t2017年\t2018年\n"
    rows = ["宿泊者数\t直近値\t207千人\t262千人\t\n\t目標値\t\t209千人\t220千人\n",
            "待機児童数\t直近値\t3人\t3人\t\n\t目標値\t\t1人\t3人\n"]
    found = _read(header + rows[0] + header + rows[1])
    assert {(v.indicator, v.kind, v.fiscal_year, v.value) for v in found.kpi_values} == {
        ("宿泊者数", "actual", 2014, 207_000), ("宿泊者数", "actual", 2017, 262_000),
        ("宿泊者数", "target", 2017, 209_000), ("宿泊者数", "target", 2018, 220_000),
        ("待機児童数", "actual", 2014, 3), ("待機児童数", "actual", 2017, 3),
        ("待機児童数", "target", 2017, 1), ("待機児童数", "target", 2018, 3)}


def test_a_negative_figure_is_a_value_not_a_code() -> None:
    # corpus seed 202 kpi_year_matrix text: －131 | －122 read as codes made the row a header
    found = _read("指標\t区分\tR2\tR3\n社会増減数（人）\t実績\t－131\t－122\n\t目標\t－212\t－215\n")
    assert [(v.indicator, v.kind, v.fiscal_year, v.value) for v in found.kpi_values] == [
        ("社会増減数(人)", "actual", 2020, -131), ("社会増減数(人)", "actual", 2021, -122),
        ("社会増減数(人)", "target", 2020, -212), ("社会増減数(人)", "target", 2021, -215)]


def test_a_section_row_opening_a_continued_page_is_no_header() -> None:
    # corpus seed 253 kpi_year_matrix text: page 2 opens with (2)地域産業の振興 over the next rows
    page1 = "数値目標\t単位\t\t2019\t2020\n①転出者数\t人\t実績\t2013\t2166\n\t\t計画\t2050\t1655\n"
    page2 = "（2）地域産業の振興\t\t\t\t\n②社会増減数\t人\t実績\t38\t41\n\t\t計画\t33\t31\n"
    found = _read(page1 + "\f" + page2)
    assert {(v.indicator, v.kind, v.fiscal_year, v.value) for v in found.kpi_values if "社会" in v.indicator} == {
        ("②社会増減数", "actual", 2019, 38), ("②社会増減数", "actual", 2020, 41),
        ("②社会増減数", "target", 2019, 33), ("②社会増減数", "target", 2020, 31)}


@pytest.mark.parametrize(("text", "unit"), [("（単位：千円／％）", "千円"), ("（単位：％、千円）", "千円"), ("単位：千円;%", "千円"),
                                            ("（単位：千円、人）", None), ("（単位：人/km2）", "人/km2"),
                                            ("（単位：円、単位未満四捨五入）", "円")])
def test_a_caption_listing_units_gives_the_amounts_theirs_and_no_ratio_unit(text: str, unit: str | None) -> None:
    from extract.context import _stated_unit
    assert _stated_unit(text) == unit  # never %: a ratio column reads its own; 千円、人: which is which, unsaid
