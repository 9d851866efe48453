"""Recognizers of KPIs written in prose, on small documents read by the real text reader."""

from __future__ import annotations

import pytest

from extract.recognize import recognize_document
from extract.text_reader import read_text


def _recognize(text: str):  # type: ignore[no-untyped-def]
    return recognize_document(read_text(text.encode("utf-8"), "doc.txt", "id"))


@pytest.mark.parametrize(
    ("line", "name", "base", "target", "years"),
    [
        ("高校の入学者数４０人（2014年度）→年４０人（2019 年度）", "高校の入学者数", 40.0, 40.0, (2014, 2019)),
        ("卒業生の新規就業者数０人（2014年度）→５年間で６人（2019 年度）", "卒業生の新規就業者数", 0.0, 6.0, (2014, 2019)),
        ("展覧会の入場者数 700 人（2014年度）→年 1,500人（2019 年度）", "展覧会の入場者数", 700.0, 1500.0, (2014, 2019)),
        ("観光入込客数 221万人（R1）→ 250万人（R7）", "観光入込客数", 2210000.0, 2500000.0, (2019, 2025)),
    ],
)
def test_arrow_lines_give_a_baseline_and_a_target(line: str, name: str, base: float, target: float,
                                                  years: tuple[int, int]) -> None:
    found = _recognize(f"以下の指標で進捗を測ります。\n{line}\n")  # a sentence above: no start of the line's name
    baseline, goal = found.kpi_values
    assert (baseline.indicator, baseline.kind, baseline.value, baseline.fiscal_year) == (name, "baseline", base, years[0])
    assert (goal.kind, goal.value, goal.fiscal_year) == ("target", target, years[1])
    assert baseline.prov.line == 2


@pytest.mark.parametrize("line", [
    "学校給食地場産物使用率ＡＡ：49.3（Ｈ３０）→ ＣＣ：52.0（Ｒ６）",  # a word the reader does not know says the kind
    "中学生の割合ＢＢ 56.7%（R3）→ ＣＣ 51.5%（R6）",
    "観光入込客数 221万人（R1）→ ＣＣ 250万人（R7）",
])
def test_an_arrow_pair_with_a_word_before_a_figure_gives_nothing(line: str) -> None:
    assert not _recognize(f"以下の指標で進捗を測ります。\n{line}\n").kpi_values


@pytest.mark.parametrize(("figure", "bare"), [("250万人", True), ("年４０人", True), ("５年間で６人", True), ("▲3人", True),
                                              ("約40人", True), ("ＣＣ：52.0", False), ("CC 51.5%", False), ("CC年40人", False)])
def test_a_bare_figure_writes_nothing_before_its_number_but_a_sign_or_a_qualifier(figure: str, bare: bool) -> None:
    from extract.recognizers.prose_targets import is_bare
    assert is_bare(figure) is bare


def test_an_unmarked_line_under_a_bare_noun_gives_nothing() -> None:
    # 本文 / 観光入込客数 221万人（R1）→ …: with no mark nor indent, the noun above may be the name's first line
    # (a name wrapped onto its figures' line: listed_kpi.item_name); no value rather than a name cut
    assert _recognize("本文\n観光入込客数 221万人（R1）→ 250万人（R7）\n").kpi_values == ()


def test_kpi_names_listed_under_a_kpi_heading() -> None:
    found = _recognize(
        "5 重要業績評価指標(KPI)\n\n- · 観光交流客数 (※19)\n - → 市内を訪れる観光客の推移を測定する。\n"
        "- 移住相談等を通じた移住者数\n\n基本目標3\n- 関係ない項目\n"
    )
    assert [n.indicator for n in found.indicators] == ["観光交流客数", "移住相談等を通じた移住者数"]


def test_a_sentence_with_an_arrow_is_not_a_kpi() -> None:
    assert not _recognize("人口は減少している（2014年度）→今後も続く見込み（2019年度）。\n").kpi_values


@pytest.mark.parametrize(
    ("line", "amount", "year", "basis"),
    [
        ("○総合戦略関連事業 事業費 32億4,046万円 （平成28～令和元年度決算額）", 3240460000, 2016, "settlement"),
        ("地方創生関連交付金事業 交付金額 3,433万円 （令和3年度交付決定額）", 34330000, 2021, "budget"),
        ("事業費 11億7,547万円 （令和2年度決算額）", 1175470000, 2020, "settlement"),
    ],
)
def test_labelled_amounts_in_sentences(line: str, amount: int, year: int, basis: str) -> None:
    (value,) = _recognize(line + "\n").budget_values
    assert (value.amount_yen, value.fiscal_year, value.basis) == (amount, year, basis)


def test_an_amount_inside_a_sentence_is_not_a_budget_value() -> None:
    assert not _recognize("全体的に事業費が0円となっているものは、いつ計上されるか。\n").budget_values


def test_an_explanation_wrapped_onto_a_plain_line_does_not_end_the_list() -> None:
    found = _recognize(
        "5 重要業績評価指標(KPI)\n- ・ 子育て応援アプリの登録率\n- → 登録状況を測定し、情報伝達の\n"
        "浸透度等を把握する指標とする。\n- 人身事故発生件数\n基本目標4\n- ・ 別の一覧\n"
    )
    assert [n.indicator for n in found.indicators] == ["子育て応援アプリの登録率", "人身事故発生件数"]


def test_a_kpi_heading_over_sentences_yields_no_names() -> None:
    found = _recognize("重要業績評価指標 (2020年)\n○経済活動に関する指標は概ね順調\n- 国内および国家間の格差を是正する\n")
    assert not found.indicators


@pytest.mark.parametrize(("line", "read"), [
    ("2款 総務費 9,013,376千円", ("総務費", "款", 9_013_376_000)),
    ("1項総務管理費7,519,634千円", ("総務管理費", "項", 7_519_634_000)),
    ("3款 使用料及び手数料 1,305,446千円", ("使用料及び手数料", "款", 1_305_446_000)),
    ("2款の総務費は増えた 100千円", None),
    ("3項目 500円", None),
])
def test_budget_book_class_lines_are_amounts_of_the_books_year(line: str, read: tuple[str, str, int] | None) -> None:
    from extract.recognizers import amounts

    doc = read_text(f"令和6年度 一般会計予算書\n\n{line}\n".encode(), "d.txt", "i")
    found = amounts.recognize(doc, frozenset())
    got = [(v.project, v.measure, v.amount_yen) for v in found.budget_values]
    assert got == ([read] if read else [])
    assert all((v.fiscal_year, v.year_source) == (2024, "title") for v in found.budget_values)


@pytest.mark.parametrize(
    ("note", "year"),
    [
        ("※事業数は他の目標との重複あり (令和2年度決算額)", 2020),  # the note restates year and basis
        ("※H27を基準とする（平成27年度）", None),  # a year for another purpose: no basis word
    ],
)
def test_a_note_below_an_amount_states_its_year(note: str, year: int | None) -> None:
    (value,) = _recognize(f"○総合戦略関連事業 9事業 2億5,033万円\n{note}\n").budget_values
    assert (value.amount_yen, value.fiscal_year, value.basis) == (250330000, year, "settlement" if year else None)


def test_a_note_below_other_text_dates_no_amount() -> None:
    text = "○総合戦略関連事業 9事業 2億5,033万円\n本文の行\n※事業数は他の目標との重複あり (令和2年度決算額)\n"
    (value,) = _recognize(text).budget_values
    assert value.fiscal_year is None
