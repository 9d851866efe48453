"""Header words no list holds, read by what their parts state (session 29): a figure the header says is provisional
(速報値, 暫定値: the product's qualifier words) is one already measured, the actual, flagged provisional; a value at the
span's middle or its review (中間値, 評価値) the actual; a judgement's bracket naming the figures (進捗状況（実績）) their kind;
a noun the lists do not know dated the latest (最新の現況) the actual.
"""

from __future__ import annotations

import pytest

from extract.interpret.facets import names_provisional_value, read_facets
from extract.recognize import recognize_document
from extract.text_reader import read_text


def read(text: str):  # type: ignore[no-untyped-def]
    return recognize_document(read_text(text.encode("utf-8"), "doc.txt", "id"))


@pytest.mark.parametrize(("words", "expected"), [
    ("速報値", True), ("暫定値", True), ("速報", True), ("速報の数値", True),
    ("速報額", False),  # an amount: a budget's words, no indicator's figure
    ("確報値", False),  # no qualifier word: the reader does not know it
    ("速報値の差", False), ("人口速報値", False),  # a change of it; an item named before it
])
def test_a_provisional_value(words: str, expected: bool) -> None:
    assert names_provisional_value(words) is expected


@pytest.mark.parametrize(("header", "kind", "qualifiers"), [
    ("速報値", "actual", ("provisional",)), ("速報値（R5）", "actual", ("provisional",)), ("暫定値(人)", "actual", ("provisional",)),
    ("実績（速報）", "actual", ("provisional",)), ("速報額", None, ("provisional",)),
])
def test_a_provisional_figure_is_the_actual_flagged(header: str, kind: str | None, qualifiers: tuple[str, ...]) -> None:
    facets = read_facets(header)
    assert (facets.kind, facets.qualifiers) == (kind, qualifiers)


def test_a_provisional_band_over_a_transposed_table() -> None:
    found = read("指標一覧\n\n区分\t速報値\t\n\t図書館貸出冊数（冊）\tごみ排出量（g）\nH22.4.1\t134,661\t895\nH23.4.1\t99,750\t709\n")
    assert {(v.kind, v.fiscal_year, v.value, v.qualifiers) for v in found.kpi_values} >= {
        ("actual", 2010, 134661.0, ("provisional",)), ("actual", 2011, 709.0, ("provisional",))}


@pytest.mark.parametrize(("header", "kind"), [
    ("中間値", "actual"), ("中間値（R5）", "actual"), ("計画中間値", "actual"), ("中間年の実績", "actual"),  # the span's middle
    ("評価値", "actual"), ("評価値（R5）", "actual"),  # as 評価時の値: the value as the plan's review finds it
    ("中間目標値", "target"), ("最終値", "actual"), ("出発値", "baseline"),  # a kind word or the span's ends say theirs
    ("事業評価値", None),  # a review of something else than the plan's span
])
def test_a_value_at_the_spans_middle_or_review(header: str, kind: str | None) -> None:
    assert read_facets(header).kind == kind


@pytest.mark.parametrize(("header", "kind"), [
    ("進捗状況(実績)", "actual"), ("達成状況（実績値）", "actual"), ("評価(実績)", "actual"),  # the figures judged
    ("達成状況(目標)", None),  # the yardstick a judgement measures against, no figures of it
    ("進捗状況", None), ("達成状況(目標比)", None), ("策定時からの伸び(実績)", None),
])
def test_a_judgements_bracket_names_the_figures(header: str, kind: str | None) -> None:
    assert read_facets(header).kind == kind


def test_progress_rows_stated_in_actuals() -> None:
    found = read("重要指標\t種別\t令和元（2019）年\t令和2（2020）年\n子育て支援センター利用者数\t進捗状況（実績）\t2,866人\t2,768人\n"
                 "\t目標年の値\t3,287人\t4,086人\n")
    assert {("actual", 2019, 2866.0), ("target", 2020, 4086.0)} <= {(v.kind, v.fiscal_year, v.value) for v in found.kpi_values}


@pytest.mark.parametrize(("header", "kind"), [
    ("最新の現況", "actual"), ("直近の現況", "actual"), ("最新現況", "actual"), ("最新の現況（R5）", "actual"),  # as it stands latest
    ("直近の達成状況", None), ("最新の評価", None),  # a judgement, latest or not, is no value
    ("現況", None), ("最新", None),  # a noun alone, a point alone: nothing says the other
])
def test_a_noun_dated_latest(header: str, kind: str | None) -> None:
    assert read_facets(header).kind == kind
