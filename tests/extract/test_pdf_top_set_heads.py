"""A group header set at the top of its cell, its lines running on to the row under it
(extract.pdf.top_set_heads): 計画事業費 / 単位：円 centred over 令和7年度 … 令和11年度, standing over
the middle one (corpus seed 525 budget_plan_years in writer_borderless, rows without padding)."""

from __future__ import annotations

import pytest

from extract.pdf.figure_levels import figure_tops
from extract.pdf.pieces import Piece
from extract.pdf.top_set_heads import lower_header_openers

EM = 9.0
PITCH = 10.4
YEAR_X = (192.8, 263.4, 334.1, 401.9, 472.5)


def piece(text: str, col: int, x0: float, line: float) -> Piece:
    top = 96.7 + line * PITCH
    return Piece(text, (x0, top, x0 + EM * len(text), top + EM), col)


def plan(years: int = 5, year_line: float = 2.0, offset_em: float = 0.0) -> list[Piece]:
    """The table's header over years columns, its group header centred over them (but offset_em)."""
    year_heads = [piece(f"令和{7 + k}年度", 2 + k, YEAR_X[k], year_line) for k in range(years)]
    middle = (year_heads[0].bbox[0] + year_heads[-1].bbox[2]) / 2 + offset_em * EM
    head = [piece("取組名", 0, 74.8, 0), piece("担当部局", 1, 134.6, 0),
            piece("計画事業費", 2 + years // 2, middle - EM * 2.5, 0), piece("単位：円", 2 + years // 2, middle - EM * 2, 1),
            *year_heads]
    body = [piece(f"{k},856,999", 2 + k, YEAR_X[k], 3) for k in range(years)]
    return head + body + [piece("商店街活性化", 0, 56.8, 3)]


def openers(pieces: list[Piece]) -> list[str]:
    found = lower_header_openers(pieces, figure_tops(pieces))
    return [p.text for p in pieces if id(p) in found]


def test_the_sub_header_under_a_group_header_opens_the_lower_row() -> None:
    assert openers(plan()) == ["令和9年度"]


@pytest.mark.parametrize(("years", "opens"), [(3, True), (2, False)])
def test_the_lower_row_shows_in_its_siblings(years: int, opens: bool) -> None:
    # HEADER_ROW_MATES 2: two siblings starting and ending level with the line show the row, one not
    assert (openers(plan(years)) == ["令和8年度"]) is opens


def test_a_header_centred_on_its_row_shows_no_lower_row() -> None:
    # Calc, Chromium: short headers level with the middle line of a taller one end above its last
    head = [piece("取組名", 0, 74.8, 0), piece("目標値", 2, 192.8, 0), piece("（令和", 2, 192.8, 1),
            piece("8年度）", 2, 192.8, 2), piece("区分", 1, 134.6, 1), piece("単位", 3, 263.4, 1), piece("現状", 4, 334.1, 1)]
    assert openers([*head, piece("1,234", 2, 192.8, 3), piece("5,678", 3, 263.4, 3), piece("道路", 0, 56.8, 3)]) == []


def test_a_column_whose_first_line_starts_no_row_is_kept() -> None:
    pieces = [p for p in plan() if p.col not in (0, 1)]
    assert openers(pieces) == []


@pytest.mark.parametrize(("offset_em", "opens"), [(0.75, True), (1.5, False)])
def test_the_group_header_stands_centred_over_its_sub_headers(offset_em: float, opens: bool) -> None:
    # GROUP_CENTRE_TOL_EM 1.0: a header of its own column beside the sub-headers (当初予算額（本 /
    # 年度） left of 国費・県費 | 起債額, corpus seed 523 budget_main_projects, dev8 words) stays whole
    assert (openers(plan(offset_em=offset_em)) == ["令和9年度"]) is opens


def test_a_group_header_reaching_over_its_sub_headers_is_read_already() -> None:
    # a ruled table's cells as lines (realdocs otoineppu_kyuyo_teiin_r7): 給与費 over 給料 | 職員手当 |
    # 期末・勤勉手当 | 計B spans them itself
    pieces = [p for p in plan() if p.text != "計画事業費"]
    pieces.append(Piece("計画事業費", (YEAR_X[0], 96.7, YEAR_X[4] + 54.0, 96.7 + EM), 4))
    assert openers(pieces) == []


@pytest.mark.parametrize(("upper_lines", "opens"), [(2, True), (1, False)])
def test_a_sub_header_wrapped_below_its_siblings_opens_the_lower_row_under_a_taller_group_header(upper_lines: int, opens: bool) -> None:
    # 特定財源等 / 単位：千円 over その他特定財 / 源 beside 国県 | 市債 | 一般財源 of one line (corpus seed 925
    # budget_main_projects in writer_borderless): one line of the sub-header runs on past its siblings, fewer
    # than the group header's two over it. One line over it and one past them is a cell centred on its row
    # (Calc, Chromium): its siblings level with its middle line
    middle = 300.0
    group = [piece("特定財源等", 2, middle - EM * 2.5, 0), piece("単位：千円", 2, middle - EM * 2.5, 1)][:upper_lines]
    line = float(upper_lines)
    sub = [piece("その他特定財", 2, middle - EM * 3, line), piece("源", 2, middle - EM * 3, line + 1)]
    lefts = {1: middle - 120.0, 3: middle + 60.0, 4: middle + 84.0}
    siblings = [piece("国県", 1, lefts[1], line), piece("市債", 3, lefts[3], line), piece("一般財源", 4, lefts[4], line)]
    body = [piece("36,007", k, x, line + 2) for k, x in {**lefts, 2: middle - EM * 3}.items()]
    assert (openers([piece("番号", 0, 20.0, 0), *group, *sub, *siblings, *body]) == ["その他特定財"]) is opens
