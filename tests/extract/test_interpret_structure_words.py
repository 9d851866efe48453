"""Header words the reader does not know, read from the table's structure (issue 7, session 9).

A column under unknown words (ＤＤ) names the rows where the headed name column left of it groups
them (a blank under a filled cell); where both name every row of a KPI table, neither is sure and
no row is named. A kind column stating some rows' kind in one unknown word (ＢＢ | 計画) reads the
known rows and gives the others no kind (nor a kind from the caption above). A table folded in two
under its whole header again is cut, whatever its words. A kind word qualified by a bracket
(目標値（最終年度）) names no indicator.
"""

from __future__ import annotations

import pytest

from extract.interpret import compared
from extract.interpret.facets import actuals_between
from extract.interpret.kpi import is_kind_label
from extract.interpret.structure import KIND_LABEL_MAX_CHARS, kinds_in_one_unknown_word
from extract.recognize import recognize_document
from extract.records import Extraction
from extract.text_reader import read_text
from normalize import Year

TITLE = "総合戦略 重要業績評価指標一覧\n\n"


def _read(text: str) -> Extraction:
    return recognize_document(read_text((TITLE + text).encode("utf-8"), "doc.txt", "id"))


def _kpis(found: Extraction) -> set[tuple[str, str, int | None, float | None]]:
    return {(v.indicator, v.kind, v.fiscal_year, v.value) for v in found.kpi_values if v.value is not None}


GROUPED = ("施策の方向\tＤＤ\t現状値（2021年度）\t目標値（2026年度）\n"
           "安全・安心なまちづくり\t世帯数\t48\t50\n"
           "\t待機児童数\t33\t20\n")


def test_a_column_under_unknown_words_names_the_rows_a_headed_column_groups() -> None:
    assert _kpis(_read(GROUPED)) == {
        ("世帯数", "baseline", 2021, 48.0), ("世帯数", "target", 2026, 50.0),
        ("待機児童数", "baseline", 2021, 33.0), ("待機児童数", "target", 2026, 20.0)}


def test_a_headed_column_naming_every_row_beside_unknown_words_names_no_indicator() -> None:
    both = GROUPED.replace("\n\t待機児童数", "\n総所得の向上\t待機児童数")
    assert _kpis(_read(both)) == set()


def test_a_column_under_a_name_word_still_names_the_rows_beside_an_unknown_one() -> None:
    # the unknown column right of a name column that names every row stays a note (出典 | 国勢調査)
    table = "指標名\tＤＤ\t現状値（2021年度）\n世帯数\t国勢調査\t48\n人口\t住民基本台帳\t900\n"
    assert _kpis(_read(table)) == {("世帯数", "baseline", 2021, 48.0), ("人口", "baseline", 2021, 900.0)}


MATRIX = ("項目\t単位\t\tH30年度\tR1年度\tR2年度\n"
          "出生数\t人\tＢＢ\t710\t781\t\n\t\t目標\t\t800\t820\n"
          "婚姻件数\t件\tＢＢ\t120\t118\t\n\t\t目標\t\t125\t130\n")


def test_a_kind_column_reads_its_known_kinds_and_leaves_an_unknown_word_unread() -> None:
    assert _kpis(_read(MATRIX)) == {
        ("出生数", "target", 2019, 800.0), ("出生数", "target", 2020, 820.0),
        ("婚姻件数", "target", 2019, 125.0), ("婚姻件数", "target", 2020, 130.0)}


@pytest.mark.parametrize(("texts", "kinds"), [
    (("ＢＢ", "計画", "ＢＢ", "計画"), True),
    (("ＢＢ", "計画"), False),  # once: a name as well as a kind word nobody knows
    (("ＢＢ", "ＣＣ", "計画", "ＢＢ"), False),  # two unknown words: no kind column
    (("人口", "目標", "実績"), False),
    (("ＢＢ2", "目標", "ＢＢ2"), False),  # a digit: no kind word
])
def test_a_kind_column_with_one_unknown_word(texts: tuple[str, ...], kinds: bool) -> None:
    assert kinds_in_one_unknown_word(texts) is kinds


def test_a_kind_column_word_is_short() -> None:
    # KIND_LABEL_MAX_CHARS (8): a longer repeated word names rows; halved, ＢＢＢＢＢ (5) would be no kind word
    assert KIND_LABEL_MAX_CHARS == 8
    assert kinds_in_one_unknown_word(("ＢＢＢＢＢ", "計画", "ＢＢＢＢＢ"))
    assert not kinds_in_one_unknown_word(("ＢＢＢＢＢＢＢＢＢ", "計画", "ＢＢＢＢＢＢＢＢＢ"))


def test_a_row_of_an_unknown_kind_takes_no_kind_from_the_caption() -> None:
    table = ("数値目標：人口（人）\n\n区分\t計画目標値\tＢＢ\n"
             "R5\t69,978\t86,206\nR3\t－\t69,449\n")
    assert _kpis(_read(table)) == {("人口", "target", 2023, 69978.0)}


def test_a_table_folded_under_its_whole_header_again_is_two() -> None:
    table = ("No.\tＤＤ\t単位\t目標（R8）\t基準値（R3）\tNo.\tＤＤ\t単位\t目標（R8）\t基準値（R3）\n"
             "1\t世帯数\t世帯\t33,509\t32,349\t3\t要介護認定率\t%\t18.9\t18.8\n"
             "2\t森林整備面積\tha\t16.5\t―\t4\t人口\t人\t4,117\t3,881\n")
    assert _kpis(_read(table)) == {
        ("世帯数", "target", 2026, 33509.0), ("世帯数", "baseline", 2021, 32349.0),
        ("要介護認定率", "target", 2026, 18.9), ("要介護認定率", "baseline", 2021, 18.8),
        ("森林整備面積", "target", 2026, 16.5), ("人口", "target", 2026, 4117.0), ("人口", "baseline", 2021, 3881.0)}


@pytest.mark.parametrize(("label", "kind"), [
    ("目標値（最終年度）", True), ("実績", True), ("当該値", True),
    ("数値目標：人口（人）", False),  # labels an indicator: 人口 its head
    ("目標値（最終年度の値を記載）", True), ("最終年度に目指す目標値", False),  # too long for a label
])
def test_a_kind_qualified_by_a_bracket_is_a_kind_label(label: str, kind: bool) -> None:
    assert is_kind_label(label) is kind


def _amounts(found: Extraction) -> set[tuple[str, int | None, int | None]]:
    return {(v.project, v.fiscal_year, v.amount_yen) for v in found.budget_values if v.amount_yen is not None}


@pytest.mark.parametrize("header", ["事業", "事業名称", "取組名"])
def test_yen_amounts_beside_projects_are_their_costs_whatever_words_head_them(header: str) -> None:
    table = (f"実施計画（令和元年度～令和2年度）\n\n{header}\tR1年度<br>ＨＨ\tR2年度<br>ＨＨ\n"
             "病児保育事業\t3,947万円\t3,425万円\n図書館運営事業\t5,729万円\t4,643万円\n")
    assert _amounts(_read(table)) == {
        ("病児保育事業", 2019, 39470000), ("病児保育事業", 2020, 34250000),
        ("図書館運営事業", 2019, 57290000), ("図書館運営事業", 2020, 46430000)}


def test_yen_amounts_beside_names_of_no_project_under_unknown_words_are_no_budget() -> None:
    table = ("実施計画（令和元年度～令和2年度）\n\n区分\tR1年度<br>ＨＨ\tR2年度<br>ＨＨ\n"
             "病児保育\t3,947万円\t3,425万円\n図書館運営\t5,729万円\t4,643万円\n")
    assert _amounts(_read(table)) == set()


def _y(year: int) -> Year:
    return Year(year, year, None, str(year))


@pytest.mark.parametrize(("columns", "actual"), [
    ((("baseline", 2017, None), (None, 2018, "ＢＢ"), (None, 2019, "ＢＢ"), ("target", 2023, None)), {1, 2}),
    ((("baseline", 2017, None), (None, 2018, "ＢＢ"), ("target", 2023, None)), {1}),
    # dated outside the two: a later target or an earlier figure, nothing says which
    ((("baseline", 2017, None), (None, 2024, "ＢＢ"), ("target", 2023, None)), set()),
    # standing before the baseline: no series between them (R2年度 把握値 | R1年度現状値 | R7年度目標値)
    (((None, 2020, "把握値"), ("baseline", 2019, None), ("target", 2025, None)), set()),
    # two unknown words: two series, which is the actuals is not said
    ((("baseline", 2017, None), (None, 2018, "ＢＢ"), (None, 2019, "ＸＸ"), ("target", 2023, None)), set()),
    # a table stating actuals of its own: the unknown word is something else
    ((("baseline", 2017, None), ("actual", 2018, None), (None, 2019, "ＢＢ"), ("target", 2023, None)), set()),
    ((("baseline", 2017, None), (None, 2018, "ＢＢ")), set()),  # no target
])
def test_a_series_between_a_baseline_and_a_target_is_the_actuals(columns: tuple, actual: set[int]) -> None:
    typed = [(kind, _y(year), word) for kind, year, word in columns]
    assert actuals_between(typed) == actual


def test_a_progress_table_reads_its_unknown_series_as_actuals() -> None:
    table = ("\t数値目標\t策定時（H29）\tＢＢ（H30）\tＢＢ（H31）\tめざす値（R5）\n"
             "関係人口の拡大\t移住相談件数（件）\t426\t606\t468\t423\n")
    assert _kpis(_read(table)) == {
        ("移住相談件数(件)", "baseline", 2017, 426.0), ("移住相談件数(件)", "actual", 2018, 606.0),
        ("移住相談件数(件)", "actual", 2019, 468.0), ("移住相談件数(件)", "target", 2023, 423.0)}


BOOK = ("2019年度 一般会計予算書\n\n款項別予算額\n\n"
        "科目\tＦＦ（千円）\tＧＧ（千円）\tＪＪ\tＬＬ\n"
        "衛生費\t1,357,158\t1,649,170\t-292,012\t-17.7\n"
        "土木費\t3,076,243\t3,715,284\t-639,041\t-17.2\n"
        "教育費\t2,000,000\t1,000,000\t1,000,000\t100.0\n")


def test_a_change_column_dates_the_two_amounts_it_compares() -> None:
    assert _amounts(_read(BOOK)) == {
        ("衛生費", 2019, 1357158000), ("土木費", 2019, 3076243000), ("教育費", 2019, 2000000000),
        ("衛生費", 2018, 1649170000), ("土木費", 2018, 3715284000), ("教育費", 2018, 1000000000)}


def test_a_change_column_dates_an_unknown_column_beside_a_known_year() -> None:
    known = BOOK.replace("ＧＧ（千円）", "前年度（千円）")
    assert ("衛生費", 2019, 1357158000) in _amounts(_read(known))


def test_a_row_against_the_change_dates_nothing() -> None:
    against = BOOK.replace("1,000,000\t100.0", "1,000,001\t100.0")
    assert _amounts(_read(against)) == set()


def test_a_money_word_over_the_difference_proves_no_comparison() -> None:
    # 一般財源 equal to ＸＸ − ＹＹ on every row (a 補正 table funded by general revenue): no change column
    table = BOOK.replace("ＪＪ", "一般財源")
    amounts = {amount for _, _, amount in _amounts(_read(table))}
    assert not amounts & {1357158000, 1649170000, 3076243000, 3715284000}


@pytest.mark.parametrize(("first", "second", "change", "proves"), [
    ((3.0, 5.0), (1.0, 2.0), (2.0, 3.0), True),
    ((3.0,), (1.0,), (2.0,), False),  # one row: chance (MIN_PROOF_ROWS 2)
    ((3.0, 5.0, None), (1.0, 2.0, 7.0), (2.0, 3.0, 9.0), True),  # a row missing one number proves nothing either way
    ((3.0, 5.0, 9.0), (1.0, 2.0, 7.0), (2.0, 3.0, 9.0), False),  # a row against it
])
def test_what_proves_a_change_column(first: tuple, second: tuple, change: tuple, proves: bool) -> None:
    assert compared.proves_change(first, second, change) is proves


def test_a_change_is_proved_within_a_relative_tolerance() -> None:
    # EQUAL_REL_TOL 1e-9: halved, 1e9 + 0.7 − 0 against 1e9 would fail; doubled, 1.5 off would pass
    assert compared.EQUAL_REL_TOL == 1e-9
    assert compared.MIN_PROOF_ROWS == 2
    assert compared.proves_change((1e9 + 0.7, 1e9 + 0.7), (0.0, 0.0), (1e9, 1e9))
    assert not compared.proves_change((1e9 + 1.5, 1e9 + 1.5), (0.0, 0.0), (1e9, 1e9))
    assert not compared.proves_change((1.0, 2.0, 3.0, 4.0)[:3], (0.0, 0.0, 0.0), (1.0, 2.0, 3.5))


def test_a_name_column_spanning_its_sub_rows_still_names_them() -> None:
    # otoineppu kyuyo p8: 手当の名称 over three 業務 rows; the 業務 column itemises, it names nothing
    table = ("手当の名称\t主な支給対象業務\t支給実績（令和5年度決算）\n"
             "防疫業務手当\t防疫作業業務\t12千円\n\t収容業務\t3千円\n"
             "主任技術者手当\tリフト管理業務\t40千円\n")
    found = {(v.project, v.amount_yen) for v in _read(table).budget_values if v.amount_yen is not None}
    assert ("主任技術者手当", 40000) in found and not any(p == "リフト管理業務" for p, _ in found)
