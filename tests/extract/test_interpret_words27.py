"""Amount columns, card labels and whole phrases read by their morphemes, not by the lists (session 27's leave-one-out
measure of whole phrases, benchmarks/bench_vocab_ablation.py --phrases): a stage after a budget's kind word (補正前, 補正後,
予算案), a sum after the words it sums (予算額計, 補正後計), a kind word of two readings read by the class of number its table's
other columns show (年度末実績 beside 目標値: the actual), the year noun without 度 relative to the document's (本年, 前年),
and the value the last or this review measured (前回値, 今回値).
"""

from __future__ import annotations

import pytest

from benchmarks.bench_vocab_ablation import concept_words, left_out, listed_in
from extract.interpret.compound import AMOUNT, VALUE, read_compound
from extract.interpret.facets import kind_of, kind_over_class, read_facets, table_class
from extract.recognize import recognize_document
from extract.text_reader import read_text


@pytest.mark.parametrize(("words", "kind"), [
    ("補正前", "budget"), ("補正後", "budget"), ("補正前の額", "budget"), ("補正後の額", "budget"), ("予算案", "budget"),
    ("予算案額", "budget"), ("計画案", "plan"),
    ("予算額計", "budget"), ("補正後計", "budget"), ("当初予算計", "budget"), ("計", None),  # alone a sum of nothing named
    ("策定前", "baseline"), ("目標前", None),  # a stage only of an amount's kind word; 策定前: the state before the start
    ("前回値", "actual"), ("今回値", "actual"), ("前回の受診者数", None),
    ("数値目標", "target"), ("現状値目標値", None), ("実績値目標", None),  # 数値 modifies 目標; 現状値 closes a phrase of its own
])
def test_a_stage_or_a_sum_after_a_kind_word(words: str, kind: str | None) -> None:
    assert read_compound(words).kind == kind


@pytest.mark.parametrize(("header", "over_value", "over_amount"), [
    ("年度末実績", "actual", "settlement"), ("実績（速報）", "actual", "settlement"), ("中間見直し時の実績", "actual", "settlement"),
    ("今回実績", "actual", "settlement"), ("当初（R4）", "baseline", "budget"),
    ("策定時の実績値", None, None),  # its words name the baseline by themselves: no class needed, none given
    ("計画策定時(令和目標値(最終年度)3年)", None, None),  # two headers run together: the class is no reason to read them
    ("伸長率", None, None), ("前年度からの増減", None, None),
])
def test_a_kind_word_of_two_readings_read_over_its_tables_class(header: str, over_value: str | None,
                                                               over_amount: str | None) -> None:
    with left_out(listed_in(header, concept_words())):
        assert kind_over_class(header, VALUE) == over_value
        assert kind_over_class(header, AMOUNT) == over_amount


@pytest.mark.parametrize(("kinds", "cls"), [
    (["target", "baseline", None], VALUE), (["budget", "settlement", "difference"], AMOUNT), (["target", "budget"], None),
    ([None, "difference"], None), ([], None),
])
def test_the_class_a_tables_columns_show(kinds: list[str | None], cls: str | None) -> None:
    assert table_class(kinds) == cls


@pytest.mark.parametrize(("header", "relative"), [
    ("本年", 0), ("前年", -1), ("前年予算額", -1), ("本年度", 0), ("前年度", -1), ("一昨年", -2), ("前年比", None), ("対前年", None),
])
def test_the_year_noun_without_do_is_relative_too(header: str, relative: int | None) -> None:
    assert read_facets(header).relative_year == relative


def test_a_progress_table_whose_actual_no_list_names() -> None:
    text = ("総合戦略 重要業績評価指標一覧\n\n"
            "指標名\t基準値（2018年度）\t年度末実績（2022年度）\t目標値（2025年度）\n"
            "移住者数（人）\t120\t150\t200\n"
            "観光客数（人）\t3,000\t3,400\t4,000\n")
    with left_out(listed_in("年度末実績", concept_words())):
        assert kind_of("年度末実績（2022年度）") is None  # its words alone: the actual or the settlement
        found = recognize_document(read_text(text.encode("utf-8"), "doc.txt", "id"))
    kinds = {(v.kind, v.fiscal_year, v.value) for v in found.kpi_values if v.value is not None}
    assert ("actual", 2022, 150.0) in kinds and ("actual", 2022, 3400.0) in kinds


def test_a_supplementary_budget_read_without_its_listed_words() -> None:
    text = ("令和6年度 一般会計補正予算（第3号）\n\n（単位：千円）\n款\t補正前の額\t補正額\t補正後の額\n"
            "総務費\t1,200\t300\t1,500\n民生費\t3,000\t-200\t2,800\n")
    with left_out(listed_in("補正前の額", concept_words()) | listed_in("補正後の額", concept_words())):
        found = recognize_document(read_text(text.encode("utf-8"), "doc.txt", "id"))
    amounts = {(v.project, v.measure, v.amount_yen) for v in found.budget_values}
    assert ("総務費", "補正前の額", 1_200_000) in amounts and ("民生費", "補正後の額", 2_800_000) in amounts


def test_a_budget_book_dated_by_the_year_noun_without_do() -> None:
    text = ("令和6年度 一般会計予算\n\n（単位：千円）\n事業名\t本年\t前年\t比較\n"
            "道路維持事業\t1,200\t1,000\t200\n公園整備事業\t3,000\t2,500\t500\n")
    found = recognize_document(read_text(text.encode("utf-8"), "doc.txt", "id"))
    years = {(v.project, v.fiscal_year, v.amount_yen) for v in found.budget_values}
    assert ("道路維持事業", 2024, 1_200_000) in years and ("道路維持事業", 2023, 1_000_000) in years
