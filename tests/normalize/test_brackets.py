"""Bracketed groups over every bracket pair (normalize.brackets): nested groups whole, cut ones none."""

from __future__ import annotations

import pytest

from normalize import parse_quantity
from normalize.brackets import bracket_groups, is_bracketed, trailing_group, without_bracket_groups
from normalize.vocab import ANNOTATION_BRACKET_PAIRS


@pytest.mark.parametrize(("text", "contents"), [
    ("826人(2019(R元))", ["2019(R元)"]),  # a nested bracket belongs to the group it stands in
    ("事業費(千円)〈参考〉", ["千円", "参考"]),
    ("目標値【R7】《単位:人》", ["R7", "単位:人"]),
    ("（2", []),  # a cell cut mid-value: an opener never closed frames nothing
    ("5.7%)", []),
    ("(令和2年度〈決算〉)", ["令和2年度〈決算〉"]),
    ("(a〈b)", ["a〈b"]),  # an opener left open inside: the outer pair still closes
    ("人口", []),
])
def test_bracket_groups(text: str, contents: list[str]) -> None:
    assert [g.content for g in bracket_groups(text)] == contents


def test_groups_removed_and_tails() -> None:
    assert without_bracket_groups("現状値（R2（2020））の値", "") == "現状値の値"
    tail = trailing_group("婚姻件数（件） ")
    assert tail is not None and tail.content == "件"
    assert trailing_group("（件）婚姻件数") is None
    assert is_bracketed(" (R2) ") and not is_bracketed("(R2) 人") and not is_bracketed("(a)(b)")


def test_annotations_take_their_own_pairs() -> None:
    assert [g.content for g in bracket_groups("<28.9%>(R3)", ANNOTATION_BRACKET_PAIRS)] == ["R3"]


@pytest.mark.parametrize(("text", "value", "year"), [
    ("826 人（2019（R元））", 826.0, 2019),  # DEV3 wording {w}（{letter}{n}） in a card's value cell
    ("46,350 人（令和2年度（2020））", 46350.0, 2020),
    ("12.5%【R3】", 12.5, 2021),
])
def test_a_value_annotated_by_a_nested_year_pair(text: str, value: float, year: int) -> None:
    q = parse_quantity(text)
    assert q.value == value and q.year is not None and q.year.start == year
