"""Header cells read into kinds and label-column roles (extract/interpret/facets.py, structure.py)."""

from __future__ import annotations

import pytest

from extract.interpret.facets import kind_of
from extract.interpret.structure import label_role


@pytest.mark.parametrize("header, kind", [
    ("目標値（最終年度）", "target"),
    ("現状値(策定時)", "baseline"),  # two baseline words: one kind
    ("実績(確定値)", "actual"),
    ("現在値(R5年度)", "actual"),  # the latest value beside 基準値 and 目標値 (corpus: wording no sample uses)
    ("目標達成率", "ratio"),
    ("基準値との差", "difference"),
    # two headers run together by a layout engine (corpus seed 1 kpi_progress pdf_rules): no kind
    ("計画策定時(令和目標値(最終年度)3年)", None),
    ("実績 (2021年度 目標 (2023年度年度(令和4年度))", None),
])
def test_a_header_stating_two_kpi_kinds_states_none(header: str, kind: str | None) -> None:
    assert kind_of(header) == kind


@pytest.mark.parametrize("header, texts, role", [
    ("単位", ["人", "%"], "unit"),
    # ［単位：千円］ over the last column states the table's unit (corpus seed 3 budget_main_projects)
    ("[単位:千円] / 事業概要", ["空き家の改修費用の一部を補助する"], "note"),
    ("単位:千円 / 事業名", ["防災事業"], "name"),
    # 単位=千円 under a 財源 group header (corpus dev4 seed 515 budget_main_projects), 【単位】千円 atop
    ("財源区分 単位=千円 / 国・県支出金", ["4,147", "－"], "name"), ("【単位】千円 / 事業名", ["防災事業"], "name"),
])
def test_a_unit_statement_atop_a_column_does_not_make_it_a_unit_column(header: str, texts: list[str],
                                                                      role: str) -> None:
    assert label_role(header, texts) == role
