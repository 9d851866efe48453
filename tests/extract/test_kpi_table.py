"""Column-oriented KPI tables, read by the real text reader and recognizers."""

from __future__ import annotations

from extract.records import Extraction
from tests.extract.text_docs import read_text_document as _recognize


def _values(found: Extraction) -> list[tuple[object, ...]]:
    return [(v.indicator, v.kind, v.fiscal_year, v.value, v.unit) for v in found.kpi_values]


def test_rows_that_say_target_or_actual_give_the_kind_of_their_year_columns() -> None:
    found = _recognize(
        "指標\t区分\tR3\tR4\n観光客数（人）\t目標\t100\t110\n\t実績\t95\t▲5\n"
    )
    assert _values(found) == [
        ("観光客数(人)", "target", 2021, 100.0, "人"), ("観光客数(人)", "target", 2022, 110.0, "人"),
        ("観光客数(人)", "actual", 2021, 95.0, "人"), ("観光客数(人)", "actual", 2022, -5.0, "人"),
    ]


def test_two_blocks_side_by_side_name_their_own_rows() -> None:
    found = _recognize(
        "指標名\t現状値\t目標値\t会計名\t現状値\t目標値\n実質赤字比率\t0.05\t0.0\t病院事業会計\t△13.8\t0.0\n"
    )
    assert [(v.indicator, v.kind, v.value) for v in found.kpi_values] == [
        ("実質赤字比率", "baseline", 0.05), ("実質赤字比率", "target", 0.0),
        ("病院事業会計", "baseline", -13.8), ("病院事業会計", "target", 0.0),
    ]


def test_a_threshold_column_is_not_a_baseline() -> None:
    found = _recognize("財政指標名\t平成20年度\t早期健全化基準\n実質公債費比率\t15.1\t25.0\n")
    assert not found.kpi_values


def test_headers_one_column_off_their_values() -> None:
    found = _recognize(
        "\t重要業績評価指標\t\t現状値\t\t目標値\n中学校訪問実施校数\t\t年111校\t\t年111校\t\n"
    )
    assert [(v.indicator, v.kind, v.value) for v in found.kpi_values] == [
        ("中学校訪問実施校数", "baseline", 111.0), ("中学校訪問実施校数", "target", 111.0),
    ]


def test_a_merged_target_header_covers_the_year_columns_under_it() -> None:
    found = _recognize("項目\t現状値\t目標値\t\t\n\t\tR3\tR4\tR5\n出生数\t549\t587\t586\t588\n")
    assert [(v.kind, v.fiscal_year, v.value) for v in found.kpi_values] == [
        ("baseline", None, 549.0), ("target", 2021, 587.0), ("target", 2022, 586.0), ("target", 2023, 588.0),
    ]


def test_a_header_whose_paired_years_disagree_gives_no_year_and_says_so() -> None:
    found = _recognize("指標\t現状値\t2024年度（令和5年度）目標値\n出生数\t549\t600\n")
    target = next(v for v in found.kpi_values if v.kind == "target")
    assert target.fiscal_year is None and "year_conflict" in target.qualifiers and target.value == 600.0


def test_a_garbled_unit_cell_drops_the_row_rather_than_guess_its_scale() -> None:
    found = _recognize("項目\t単位\t現状値\t目標値\n出生数\t価指標(KPI\t549\t600\n婚姻率\t件/人口千対\t3.2\t3.2\n")
    assert [(v.indicator, v.unit) for v in found.kpi_values] == [("婚姻率", "件/人口千対")] * 2


def test_a_card_label_followed_by_another_label_is_not_paired() -> None:
    found = _recognize(
        "施策名\t子育て支援事業\n成果指標 (KPI)\t利用者数\n"
        "現状値 (2022年度)\t目標値 (2028年度)\t120人\n実施年度\t2024\t2025\n事業費(千円)\t1,000\t1,200\n"
    )
    assert not [v for v in found.kpi_values if v.kind == "baseline"]
    assert [(b.fiscal_year, b.amount_yen) for b in found.budget_values] == [(2024, 1_000_000), (2025, 1_200_000)]


def test_a_target_column_partly_in_words_keeps_its_targets() -> None:
    found = _recognize(
        "重要業績評価指標(KPI)\t現状値(2014年度)\t目標値(2019年度)\n"
        "展覧会の開催数\t各地域で年1回\t各地域で年1回\n学校紹介DVDの制作\t－\t1年間収録しDVD化\n"
        "応援団の組織化\t－\t組織を立ち上げる\n"
    )
    targets = [(v.indicator, v.value, v.missing_reason) for v in found.kpi_values if v.kind == "target"]
    assert targets == [("展覧会の開催数", 1.0, None), ("学校紹介DVDの制作", None, "qualitative"),
                       ("応援団の組織化", None, "qualitative")]


def test_a_name_continued_on_a_row_of_its_own_is_one_name() -> None:
    # corpus seed 19 kpi_baseline_target: a text export cut the name over two rows; a section
    # row ((2) …) or a ※ row under a row of values is no continuation
    text = ("指標名\t単位\t現状値（R2）\t目標値（R7）\n中心市街地の歩行者\t人\t25,194\t28,971\n通行量（休日）\t\t\t\n"
            "（2）防災の推進\t\t\t\n人口\t人\t100\t120\n※ 人口は各年10月1日現在\t\t\t\n")
    found = _recognize(text)
    assert sorted({v.indicator for v in found.kpi_values}) == ["中心市街地の歩行者通行量(休日)", "人口"]


def test_a_unit_merged_down_with_its_name_scales_every_row_of_it() -> None:
    # corpus seed 41 kpi_year_matrix: 製造品出荷額 | 億円 merged over its 目指す値 / 実績値 rows
    text = ("項目\t単位\t種別\tR2年度\tR3年度\n製造品出荷額\t億円\t目標\t10\t12\n\t\t実績\t9\t\n")
    got = [(v.kind, v.value, v.unit) for v in _recognize(text).kpi_values]
    assert ("actual", 900_000_000.0, "円") in got and ("target", 1_000_000_000.0, "円") in got


def test_a_sentence_under_the_last_row_continues_no_name() -> None:
    # corpus seed 1 kpi_baseline_target html_borderless: a body line set in the table's last row
    text = "指標名\t単位\t現状値（R6）\t目標値（R11）\n子育て支援センター利用者数\t人\t12,662\t13,221\n本市の人口は減少傾向にある。\t\t\t\n"
    assert {v.indicator for v in _recognize(text).kpi_values} == {"子育て支援センター利用者数"}
