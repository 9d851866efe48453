"""Two headers a layout ran together (現状 | 2030年度（R12）最終目標値 read as one cell): each part
states a KPI kind of its own, so the cell is sure of neither and heads no values (facets.glued_kinds)."""

from __future__ import annotations

import pytest

from extract.interpret.facets import glued_kinds, kind_of
from extract.recognizers.columns import classify_header


@pytest.mark.parametrize("header", ["現状2030年度(R12)最終目標値", "現状値(R1) 目標値(R7)", "基準値（2019年度）実績値（2023年度）"])
def test_two_kinds_parted_by_a_year_are_two_headers(header: str) -> None:
    assert glued_kinds(header)
    assert kind_of(header) is None
    assert classify_header(3, header).kind == "other"


@pytest.mark.parametrize(("header", "kind"), [
    ("策定時（2019年）の実績値", "baseline"),  # one phrase: the particle joins the parts
    ("目標値（2025年度）", "target"),
    ("2023年度実績", "actual"),
    ("最終目標値(2026年度(R8))", "target"),
])
def test_one_kind_or_one_phrase_is_one_header(header: str, kind: str) -> None:
    assert not glued_kinds(header)
    assert kind_of(header) == kind
