"""Budget tables read by the grid interpreter, through the real text reader."""

from __future__ import annotations

import pytest

from extract.interpret import budget
from extract.interpret.stacks import labelled_lines
from extract.interpret.structure import DEPARTMENT_MAX_CHARS, bracket_joined, is_department
from extract.model import Cell, Provenance
from normalize import clean_text
from extract.recognize import recognize_document
from extract.text_reader import read_text
from tests.extract.text_docs import read_text_document as _recognize


def test_amounts_per_row_in_the_stated_unit() -> None:
    found = _recognize(
        "（単位：千円）\n区分\t令和6年度予算額\t補正額\t構成比\n"
        "扶助費\t19,239,565\t△34,532\t27.5\n公債費\t6,408,767\t\t9.2\n"
    )
    got = [(v.project, v.measure, v.fiscal_year, v.amount_yen, v.basis) for v in found.budget_values]
    assert got == [
        ("扶助費", "令和6年度予算額", 2024, 19_239_565_000, "budget"),
        ("扶助費", "補正額", None, -34_532_000, "budget"),
        ("公債費", "令和6年度予算額", 2024, 6_408_767_000, "budget"),
    ]


def test_a_table_without_a_stated_unit_is_not_guessed() -> None:
    found = _recognize("区分\t予算額\n扶助費\t19,239,565\n")
    assert [(v.project, v.amount_yen, v.missing_reason) for v in found.budget_values] == [
        ("扶助費", None, "no_unit")]


def test_a_kpi_table_that_shows_costs_stays_a_kpi_table() -> None:
    found = _recognize("指標\t現状値\t目標値\n事業費（千円）\t1,000\t2,000\n")
    assert not found.budget_values and len(found.kpi_values) == 2


def test_a_new_mark_before_the_project_is_not_its_name() -> None:
    found = _recognize("（単位：千円）\n\t事業名\t補正額\n新\t防災備蓄事業\t7,375\n")
    assert [(v.project, v.amount_yen) for v in found.budget_values] == [("防災備蓄事業", 7_375_000)]


def test_a_unit_cell_is_not_an_amount() -> None:
    found = _recognize("区分\t本年度予算額\n元金\t千円\n利子\t6,993,172千円\n")
    assert [(v.project, v.amount_yen) for v in found.budget_values] == [("利子", 6_993_172_000)]


def test_comparisons_are_differences_and_bare_row_numbers_are_not_projects() -> None:
    found = _recognize("区分\t\t予算額\t前年度対比\n②\t総務費\t1,132万円\t△656万円\n③\t\t259万円\t△259万円\n")
    assert [(v.project, v.measure, v.amount_yen, v.basis) for v in found.budget_values] == [
        ("総務費", "予算額", 11_320_000, "budget"), ("総務費", "前年度対比", -6_560_000, "difference"),
    ]


def test_a_card_cost_without_a_stated_unit_is_no_amount() -> None:
    found = _recognize("施策名\t防災事業\n成果指標\t訓練参加者数\n現状値（2022年度）\t100人\n"
                       "実施年度\t2024\t2025\n事業費\t1,000\t2,000\n")
    assert [(v.fiscal_year, v.amount_yen, v.missing_reason) for v in found.budget_values] == [
        (2024, None, "no_unit"), (2025, None, "no_unit")]


def test_a_unit_alone_in_a_columns_first_cell_is_that_columns_unit() -> None:
    found = _recognize("目\t本年度予算額\t国県支出金\n1元金\t千円7,157,379\t千円\n2利子\t449,151\t6,568\n")
    assert [(v.project, v.measure, v.amount_yen) for v in found.budget_values] == [
        ("1元金", "本年度予算額", 7_157_379_000), ("2利子", "本年度予算額", 449_151_000),
        ("2利子", "国県支出金", 6_568_000)]


def test_digits_spaced_apart_are_one_number_where_the_column_proves_its_digits_spaced() -> None:
    # realdocs otoineppu_kyuyo_teiin_r7 p8: the comma proves ７ ， ８ ７ ９ one number, so
    # ２ ３ ２ 千円 under it is 232千円, not three numbers
    proven = _recognize("区分\t決算額\n支給実績\t７ ， ８ ７ ９ 千円\n平均支給年額\t２ ３ ２ 千円\n")
    assert [(v.project, v.amount_yen) for v in proven.budget_values] == [
        ("支給実績", 7_879_000), ("平均支給年額", 232_000)]
    alone = _recognize("区分\t決算額\n支給実績\t7,879千円\n平均支給年額\t２ ３ ２ 千円\n")
    assert [(v.project, v.amount_yen, v.missing_reason) for v in alone.budget_values] == [
        ("支給実績", 7_879_000, None), ("平均支給年額", None, "ambiguous")]


def test_a_table_read_down_its_columns_gives_each_value_the_subject_atop_its_column() -> None:
    # realdocs otoineppu_kyuyo_teiin_r7 p7: no column reads as values (prose rows below), but
    # a lone amount under a label is that label's amount for the column's subject
    found = _recognize(
        "音威子府村\t北海道\t国\n"
        "1人当たり平均支給額（令和5年度）\t1人当たり平均支給額（令和5年度）\t－\n"
        "1,377 千円\t1,682 千円\t\n"
        "（支給割合）期末手当 2.45月分 勤勉手当 2.05月分\t（支給割合）期末手当 2.45月分 勤勉手当 2.05月分\t同じ\n"
        "（加算措置の状況）役職加算 5～15％\t（加算措置の状況）役職加算 5～20％\t同じ\n"
    )
    assert [(v.project, v.fiscal_year, v.amount_yen) for v in found.budget_values] == [
        ("音威子府村", 2023, 1_377_000), ("北海道", 2023, 1_682_000)]


def test_a_lone_value_right_under_the_subjects_has_no_label_to_read_down() -> None:
    found = _recognize("音威子府村\t北海道\n1,377 千円\t1,682 千円\n期末手当 2.45月分 勤勉手当 2.05月分\tなし\n")
    assert not found.budget_values


def test_a_funding_part_named_alone_shares_the_tables_yen_and_latest_year() -> None:
    # 町債 / 国庫支出金 with no 財源内訳 over them (corpus seed 3 budget_main_projects html_borderless)
    found = _recognize("事業名\tR5年度予算額(千円)\t町債\t国庫支出金\n防災事業\t1,200\t300\t400\n")
    got = [(v.measure, v.fiscal_year, v.amount_yen) for v in found.budget_values]
    assert got == [("R5年度予算額(千円)", 2023, 1_200_000), ("町債", 2023, 300_000), ("国庫支出金", 2023, 400_000)]


def test_an_amount_under_no_header_beside_headed_columns_states_no_measure() -> None:
    # corpus seed 5 budget_main_projects html_borderless: 町債 amounts set one column off their header
    found = recognize_document(read_text("（単位：千円）\n事業名\t予算額\t\n防災事業\t1,000\t500\n".encode(), "d.txt", "i"))
    got = [(v.measure, v.amount_yen, v.missing_reason) for v in found.budget_values]
    assert got == [("予算額", 1_000_000, None), (None, None, budget.NO_HEADER)]


@pytest.mark.parametrize(("header", "cell", "got"), [
    # corpus 補正 tables: a 説明 column itemises the row's revision, its amounts in the cell's unit
    ("説明", "人件費の増 59,579千円", [("人件費の増", 59_579_000)]),
    ("説明", "人件費の増 1億2,529万円", [("人件費の増", 125_290_000)]),
    ("備考", "人件費の増 ５９，５７９千円", [("人件費の増", 59_579_000)]),
    # a 概要 column's prose: a cap written with its unit is no amount of the budget (realdocs nobeoka p6)
    ("概要", "補助対象経費の1/2上限 700,000円", []),
    # short labels do not make a 説明 column a value column of the row
    ("説明", "人件費 5", [("人件費", 5_000)]),
])
def test_a_note_column_itemising_amounts(header: str, cell: str, got: list[tuple[str, int]]) -> None:
    text = f"令和7年度 補正予算\n\n（単位：千円）\n事業名\t補正額\t{header}\n防災事業\t1,000\t{cell}\n"
    found = recognize_document(read_text(text.encode(), "d.txt", "i"))
    assert [(v.project, v.amount_yen) for v in found.budget_values if v.measure == header] == got


def test_a_labelled_amount_with_decimals_is_one_number() -> None:
    text = "（単位：百万円）\n事業名\t補正額\t説明\n防災事業\t119.8\t人件費の増 119.8\n"
    found = recognize_document(read_text(text.encode(), "d.txt", "i"))
    assert [(v.project, v.amount_yen) for v in found.budget_values if v.measure == "説明"] == [("人件費の増", 119_800_000)]


def test_header_cells_run_together_leave_the_columns_without_the_documents_year() -> None:
    caption = "令和5年度 一般会計予算\n（単位：千円）\n"
    glued = _recognize(caption + "事業\t2023年度予算額2022年度予算額\t予算額\n道路改良\t1,000\t2,000\n")
    assert [(v.amount_yen, v.fiscal_year, v.missing_reason) for v in glued.budget_values] == [
        (None, None, budget.YEARS_RUN), (None, None, budget.YEARS_RUN)]
    apart = _recognize(caption + "事業\t当初予算額\t補正予算額\n道路改良\t1,000\t2,000\n")
    assert [(v.amount_yen, v.fiscal_year) for v in apart.budget_values] == [(1_000_000, 2023), (2_000_000, 2023)]


def test_an_amount_a_note_cell_wraps_at_its_unit_is_read_whole() -> None:
    # 人件費の増 １億５，２５７万円 in a 備考 column, wrapped before 万円 (corpus seed 12, pdf_grid)
    raw = "人件費の増 １億５，２５７\n万円"
    cell = Cell(clean_text(raw), raw, Provenance("p.pdf", "d", 1, table_index=0, row=1, col=4))
    assert [(p.label, p.text) for p in labelled_lines(cell, itemised=True)] == [("人件費の増", "1億5,257万円")]


@pytest.mark.parametrize(("raw", "got"), [
    ("人件費の増 ６２，\n３７１，６２９円", [("人件費の増", "62,371,629円")]),  # cut after a comma
    ("災害復旧費の追加 -\n７５，９７０，７５\n８円", [("災害復旧費の追加", "-75,970,758円")]),  # after its sign
    ("国庫補助金の確定 １\n３１，２５８，８３３円", [("国庫補助金の確定", "131,258,833円")]),  # inside a group
    ("災害復旧費の追加\n１８，０６８，１１\n３円", [("災害復旧費の追加", "18,068,113円")]),  # label above
    ("人件費の増 ６ ２，３７１，６ ２９円", [("人件費の増", "62,371,629円")]),  # spaced by the layout
    ("人件費の増 1,000円\n事業費の追加 2,000円", [("人件費の増", "1,000円"), ("事業費の追加", "2,000円")]),
])
def test_an_amount_a_note_cell_cuts_inside_its_digits_is_read_whole(raw: str, got: list[tuple[str, str]]) -> None:
    cell = Cell(clean_text(raw), raw, Provenance("p.pdf", "d", 1, table_index=0, row=1, col=4))
    assert [(p.label, p.text) for p in labelled_lines(cell, itemised=True)] == got


def test_a_header_wrapped_inside_its_unit_over_two_header_rows_keeps_its_unit() -> None:
    # 当初予算額（千 / 円）: the layout set the header's last line in the header row below
    text = "事業名\t2023年当初予算額\t2022年当初予算額（千\n\t（千円）\t円）\n防災事業\t660,191\t589,700\n"
    found = recognize_document(read_text(text.encode(), "d.txt", "i"))
    assert [(v.fiscal_year, v.amount_yen) for v in found.budget_values] == [(2023, 660_191_000), (2022, 589_700_000)]


@pytest.mark.parametrize(("path", "joined"), [
    (["2022年当初予算額(千", "円)"], ["2022年当初予算額(千円)"]),
    (["財源内訳", "国・県"], ["財源内訳", "国・県"]),  # nothing left open
    (["予算額(千円)", "(参考)"], ["予算額(千円)", "(参考)"]),
])
def test_header_texts_join_where_a_bracket_is_left_open(path: list[str], joined: list[str]) -> None:
    assert bracket_joined(path) == joined


@pytest.mark.parametrize(("text", "department"), [
    ("企画課", True), ("健康福祉部子育て支援課", True), ("産業観光部商工観光課観光係", True),
    ("地域の魅力を発信する観光プロモーション推進本部", False),  # 23 letters: a name ending so
    ("放課後児童健全育成事業", False), ("", False),
])
def test_a_department_is_short_and_ends_as_one(text: str, department: bool) -> None:
    assert DEPARTMENT_MAX_CHARS == 16
    assert is_department(text) is department


@pytest.mark.parametrize(("rows", "project"), [
    # the header row merged into the first body row: the 課 column unheaded, beside the names
    (["放課後児童健全育成事業\t財政課\t255,423", "観光まちづくり事業\t子育て支援課\t78,991"], "放課後児童健全育成事業"),
    # departments are the only names: they stay the rows' names
    (["財政課\t255,423", "子育て支援課\t78,991"], "財政課"),
])
def test_a_column_of_departments_beside_names_is_no_name_column(rows: list[str], project: str) -> None:
    text = "令和3年度 当初予算\n（単位：千円）\n" + "\n".join(rows) + "\n"
    found = recognize_document(read_text(text.encode(), "d.txt", "i"))
    assert [v.project for v in found.budget_values][:1] == [project]


@pytest.mark.parametrize("caption", ["（単位：千円／％）", "（単位：千円・％）", "単位：千円;%", "（単位：％、千円）"])
def test_a_caption_stating_an_amount_unit_and_a_ratio_gives_each_column_its_own(caption: str) -> None:
    found = _recognize(f"{caption}\n区分\t令和6年度予算額\t構成比\n扶助費\t19,239,565\t27.5\n")
    assert [(v.project, v.amount_yen) for v in found.budget_values] == [("扶助費", 19_239_565_000)]
    shares = [(v.value, v.unit) for v in found.table_values if v.value == 27.5]
    assert all(unit == "%" for _, unit in shares)  # the ratio column never 千円


def test_a_caption_stating_a_yen_unit_among_others_gives_it_to_the_money_columns() -> None:
    # session 25: a 予算額 column is in the one yen unit the list names (千円, not 人: no budget is counted in persons); a
    # column naming no money takes neither (which of the others is its own, the list leaves unsaid)
    found = _recognize("（単位：千円、人）\n区分\t令和6年度予算額\t職員数\n扶助費\t19,239,565\t12\n")
    assert [(v.project, v.amount_yen) for v in found.budget_values] == [("扶助費", 19_239_565_000)]
    assert [v.unit for v in found.table_values if v.value == 12] == [None]


def test_a_caption_stating_two_yen_units_gives_the_amounts_none() -> None:
    found = _recognize("（単位：千円、円）\n区分\t令和6年度予算額\n扶助費\t19,239,565\n")
    assert [(v.project, v.amount_yen) for v in found.budget_values] == [("扶助費", None)]
