"""Amounts stated beside listed projects (extract.recognizers.listed_amounts): 主要事業 lists."""

from __future__ import annotations

import pytest

from extract.recognize import recognize_document
from extract.recognizers.listed_amounts import item_amounts
from extract.text_reader import read_text


def _amounts(text: str) -> set[tuple[str | None, int | None, int | None]]:
    doc = read_text(text.encode(), "list.txt", "x")
    return {(b.project, b.amount_yen, b.fiscal_year) for b in recognize_document(doc).budget_values
            if b.recognizer == "listed_amounts"}


def test_items_with_wrapped_names_and_amounts_at_the_foot() -> None:
    text = ("令和3年度主要事業\n教育\n◆音威子府小中学校高圧開閉器取替\n工事［134万円］\n"
            "◇村有林整備事業\n［2,032万円］\n…村有林の下刈りなどを実施します\n◇社会教育推進事業［100万円］\n")
    assert _amounts(text) == {("音威子府小中学校高圧開閉器取替工事", 1_340_000, 2021),
                              ("村有林整備事業", 20_320_000, 2021), ("社会教育推進事業", 1_000_000, 2021)}


@pytest.mark.parametrize(("text", "pairs"), [
    ("◇定住化対策事業［250万円］", [("定住化対策事業", "250万円")]),
    ("…計画により、中河内線大学橋補修工事（1,100万円）、点検委託業務)2,200万円)を行います",
     [("中河内線大学橋補修工事", "1,100万円"), ("点検委託業務", "2,200万円")]),  # any bracket glyph opens it
    ("…住民の交流（年2回）を促進します", []),  # no amount
    ("…村の人口（1,200人）に対し", []),  # not yen
    ("…交流会の開催（30万円）を行います", []),  # 開催 names no project
    ("◆成果指標 ①製造品出荷額 ＡＡ（R1） 337億円", []),  # the bracket closes a dated note: an indicator's figure
    ("◇中河内線大学橋補修工事)2,200万円）", [("中河内線大学橋補修工事", "2,200万円")]),  # a closer opening the amount
    ("…補修工事(1,100万円(、点検委託業務)2,200万円)を行います",  # brackets mapped to either form (kouhou p6)
     [("補修工事", "1,100万円"), ("点検委託業務", "2,200万円")]),
])
def test_item_amounts(text: str, pairs: list[tuple[str, str]]) -> None:
    assert item_amounts(text) == pairs


def test_a_description_runs_on_over_six_lines() -> None:
    head = "令和3年度主要事業\n◆管内橋梁長寿命化計画［4,950万円］\n…長寿命化計画により\n"
    runs = "".join(f"説明の続き{k}、\n" for k in range(5))
    within = head + runs + "橋梁点検委託業務（2,200万円）を行います\n"  # the description's seventh line
    beyond = head + runs + "説明の続き、\n橋梁点検委託業務（2,200万円）を行います\n"  # its eighth
    assert ("橋梁点検委託業務", 22_000_000, 2021) in _amounts(within)  # WRAP_LINES 6
    assert ("橋梁点検委託業務", 22_000_000, 2021) not in _amounts(beyond)


def test_the_year_comes_from_a_short_heading_line() -> None:
    item = "◇社会教育推進事業［100万円］\n"
    short = "令和3年度の主な事業を分野別に紹介します(一部)"  # 25 chars
    long = "令和3年度の主な事業を分野別に紹介します。新規事業は太字で示します"  # 35 chars
    assert _amounts(short + "\n" + item) == {("社会教育推進事業", 1_000_000, 2021)}  # YEAR_LINE_MAX_CHARS 30
    assert _amounts(long + "\n" + item) == {("社会教育推進事業", 1_000_000, None)}
