"""Words read by their morphemes, not by the lists (session 26's leave-one-out measure, benchmarks/bench_vocab_ablation.py):
the present as a value's only point (現在値), a word naming a kind only before a value's head
(達成値, 当該値), a start named as a starting point (起点, 始点), a rate of a change (伸長率, 到達率), a kind word of two
readings settled by the class of its column's unit (実績 over 人), and 現状 beside a baseline stated by its point: the latest
actual (策定時 | 現状 | 目標).
"""

from __future__ import annotations

import pytest

from benchmarks.bench_vocab_ablation import concept_words, left_out, same_kind_parts
from extract.interpret.compound import read_compound, rates_a_change, readings_of_word_alone
from extract.interpret.facets import Facets, bracketed_kinds, kind_of, merge_path, read_facets, states_as_latest
from extract.interpret.statements import statement_kind
from extract.recognize import recognize_document
from extract.text_reader import read_text
from normalize import Year


@pytest.mark.parametrize(("words", "kind"), [
    ("現在値", "actual"), ("現在の数値", "actual"), ("策定時現在の数値", "baseline"),  # after another point 現在 only dates it
    ("達成値", "actual"), ("当該値", "actual"), ("達成件数", None), ("目標達成件数", None), ("当該年度の数値", None),
    ("起点値", "baseline"), ("始点値", "baseline"), ("事業起点の人数", None),
    ("測定値", "actual"), ("進ちょく値", "actual"), ("調査値", "actual"), ("調査件数", None), ("測定回数", None),
])
def test_a_value_named_by_its_morphemes(words: str, kind: str | None) -> None:
    assert read_compound(words).kind == kind


@pytest.mark.parametrize(("header", "kind"), [
    ("伸長率（%）", "ratio"), ("到達率", "ratio"), ("到達度（%）", "ratio"), ("増加率", "ratio"),
    ("受診率", None), ("満足度", None), ("健診受診率", None),  # what an indicator measures, no ratio of the table's figures
])
def test_a_header_read_without_its_listed_word(header: str, kind: str | None) -> None:
    assert kind_of(header) == kind


def test_only_a_change_or_a_reaching_rated_alone_is_a_ratio_of_the_table() -> None:
    assert rates_a_change("伸長率") and rates_a_change("進捗度")
    assert not rates_a_change("人口伸長率") and not rates_a_change("受診率")


def test_a_kind_word_of_two_readings_takes_the_one_its_bracket_names() -> None:
    # kpi_transposed: 実績（確定値） with the listed 実績 left out (bench_vocab_ablation): 確定値 is a value, so 実績 the actual
    assert readings_of_word_alone("実績") == {"actual", "settlement"} and bracketed_kinds("実績（確定値）") == {"actual"}
    with left_out(same_kind_parts("実績値", concept_words())):
        assert kind_of("実績（確定値）") == "actual"
        assert kind_of("実績（R4）") is None  # a year says no class: the actual or the settlement, unsure


def test_a_kind_word_beside_a_figure_is_an_indicators_kind() -> None:
    # kpi_listed: 40（2018年度・実績）: 実績 names the actual of a value and the settlement of an amount; beside an
    # indicator's figure it is the actual
    assert statement_kind("実績") == "actual"


@pytest.mark.parametrize(("unit", "kind"), [("人", "actual"), ("%", "actual"), ("千円", None), (None, None)])
def test_a_kind_word_of_two_readings_is_settled_by_the_unit_of_its_column(unit: str | None, kind: str | None) -> None:
    # kpi_transposed: 実績 spanning indicator columns (中心市街地の歩行者通行量（人）): a count of people is a value, its kind
    # the actual; a yen unit settles nothing (観光消費額（百万円） is an indicator, 実績 over it no settlement for sure)
    # the level as the reader has it where no list names the word: its words, no kind
    merged = merge_path([Facets(label="実績", unread=True), Facets(unit=unit, label="歩行者通行量")])
    assert merged.kind == kind


Y2018, Y2022, Y2025 = Year(2018, 2018, "fiscal", ""), Year(2022, 2022, "fiscal", ""), Year(2025, 2025, "fiscal", "")


@pytest.mark.parametrize(("columns", "latest"), [
    ([("baseline", Y2018, "策定時"), ("baseline", Y2022, "現状"), ("target", Y2025, "目標")], {1}),
    ([("baseline", Y2018, "基準値"), ("baseline", None, "現状の数値"), ("target", Y2025, "目標値")], {1}),
    ([("baseline", Y2018, "現状値"), ("target", Y2025, "目標値")], set()),  # the only baseline stated: 現状 is it
    ([("baseline", Y2022, "策定時"), ("baseline", Y2018, "現状"), ("target", Y2025, "目標")], set()),  # dated before it
    ([("baseline", Y2018, "策定時の現状"), ("baseline", Y2018, "策定時"), ("target", Y2025, "目標")], set()),
    # sample 000: H27 | 現状値 | R3 …: a year alone states no point, its 現状値 (644 (R1)) the baseline
    ([("baseline", Y2018, ""), ("baseline", None, "現状値"), ("target", Y2025, "")], set()),
])
def test_the_state_beside_a_baseline_stated_by_its_point_is_the_latest(columns: list[tuple[str, Year | None, str]],
                                                                      latest: set[int]) -> None:
    assert states_as_latest(columns) == latest


def test_a_progress_table_with_the_state_beside_its_baseline() -> None:
    text = ("総合戦略 重要業績評価指標一覧\n\n"
            "指標名\t策定時（2018年度）\t現状（2022年度）\t目標（2025年度）\n"
            "移住者数（人）\t120\t150\t200\n"
            "観光客数（人）\t3,000\t3,400\t4,000\n")
    found = recognize_document(read_text(text.encode("utf-8"), "doc.txt", "id"))
    kinds = {(v.kind, v.fiscal_year, v.value) for v in found.kpi_values if v.value is not None}
    assert kinds == {("baseline", 2018, 120.0), ("actual", 2022, 150.0), ("target", 2025, 200.0),
                     ("baseline", 2018, 3000.0), ("actual", 2022, 3400.0), ("target", 2025, 4000.0)}


def test_a_money_unit_per_year_over_a_budgets_amounts_is_the_money_unit() -> None:
    # （単位：千円／年）: each amount is its column's year's; the per-year unit read as stated gave no yen amount at all
    text = ("令和6年度 一般会計予算\n\n（単位：千円／年）\n事業名\t本年度予算額\t前年度予算額\n"
            "道路維持事業\t1,200\t1,000\n公園整備事業\t3,000\t2,500\n")
    found = recognize_document(read_text(text.encode("utf-8"), "doc.txt", "id"))
    assert {(v.project, v.fiscal_year, v.amount_yen) for v in found.budget_values} == {
        ("道路維持事業", 2024, 1_200_000), ("道路維持事業", 2023, 1_000_000),
        ("公園整備事業", 2024, 3_000_000), ("公園整備事業", 2023, 2_500_000)}


def test_a_money_unit_per_year_of_an_indicator_stays_as_stated() -> None:
    text = ("総合戦略 重要業績評価指標一覧\n\n指標名\t基準値（2018年度）\t目標値（2025年度）\n"
            "一人当たり医療費（円／年）\t300,000\t280,000\n")
    found = recognize_document(read_text(text.encode("utf-8"), "doc.txt", "id"))
    assert {v.unit for v in found.kpi_values if v.value is not None} == {"円/年"}
    assert not [v for v in found.budget_values if v.amount_yen is not None]
