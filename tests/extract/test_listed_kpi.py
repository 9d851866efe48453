"""KPI stated in lines (extract/recognizers/indicator_line.py, listed_kpi.py): one reading of an indicator's line,
names carried from the line above, and lines that give nothing."""

from __future__ import annotations

import pytest

from extract.context import Context
from extract.interpret.statements import LINE_MAX_CHARS
from extract.interpret.kpi import cell_contradicts
from extract.model import BBox, Cell, Document, Provenance, Table, TextLine
from extract.recognizers import indicator_line, listed_kpi
from extract.recognizers.indicator_line import read_line
from extract.recognizers.listed_kpi import is_indented, is_level, recognize, recognize_rows
from normalize import clean_text


def figures(text: str) -> tuple[str, tuple[tuple[str, str, int], ...]] | None:
    reading = read_line(clean_text(text))
    if reading is None:
        return None
    return reading.name, tuple((f.figure, f.kind, f.year.start) for f in reading.figures)


@pytest.mark.parametrize(("text", "expected"), [
    ("・移住相談件数　基準値（R2）：120件　→　目標値（R7）：150件",
     ("移住相談件数", (("120件", "baseline", 2020), ("150件", "target", 2025)))),
    ("・観光入込客数　現状値 3,194万人（2019年）／目標値 3,500万人（2025年）",
     ("観光入込客数", (("3,194万人", "baseline", 2019), ("3,500万人", "target", 2025)))),
    ("・認定農業者数　R元年度 45人 ⇒ R6年度 60人（実績 R4年度 52人）",
     ("認定農業者数", (("45人", "baseline", 2019), ("60人", "target", 2024), ("52人", "actual", 2022)))),
    ("KPI：特定健診受診率　48.2％（H30）→ 60％（R5）",
     ("特定健診受診率", (("48.2%", "baseline", 2018), ("60%", "target", 2023)))),
    ("基準値（R2）：120人", ("", (("120人", "baseline", 2020),))),
    ("○保育所入所率　98.8%（目標・R7）", ("保育所入所率", (("98.8%", "target", 2025),))),
    ("図書館貸出冊数（単位：冊） 358,963（2020基準）→305,405（2025目標）",  # bare 基準 beside a year: a baseline
     ("図書館貸出冊数", (("358,963", "baseline", 2020), ("305,405", "target", 2025)))),
    ("スポーツ施設利用者数：H29 72.5万人回/年 ⇒ R4 68.7万人回/年",  # a per-unit's slash is the unit's
     ("スポーツ施設利用者数", (("72.5万人回/年", "baseline", 2017), ("68.7万人回/年", "target", 2022)))),
    ("自主防災組織率：R2当初値：92.4%／R3実績値：88.4%",  # the slash parts the figures: %/R3実績値 is no unit
     ("自主防災組織率", (("92.4%", "baseline", 2020), ("88.4%", "actual", 2021)))),
    ("公共交通利用者数　1938千人（R3）➡2108千人（R7）",  # four digits with a unit are a figure, not a year
     ("公共交通利用者数", (("1938千人", "baseline", 2021), ("2108千人", "target", 2025)))),
    ("ごみ排出量（1人1日当たり）（g） 826（2015年度（平成27年度）・策定時）",  # figures in the name stay in it
     ("ごみ排出量(1人1日当たり)", (("826", "baseline", 2015),))),
    ("温室効果ガス排出量 353,044 t-CO2（策定時・H30）", ("温室効果ガス排出量", (("353,044 t-CO2", "baseline", 2018),))),
    ("・移住相談件数 基準値（R2年度末）：120件 → 目標値（R7年度末）：150件以上",  # a year's point, a bound after the figure
     ("移住相談件数", (("120件", "baseline", 2020), ("150件以上", "target", 2025)))),
])
def test_an_indicator_line_reads_into_its_name_and_figures(text: str, expected: tuple[object, ...]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text", [
    "本市の人口は令和2年度には45,000人となった",  # a sentence: words among the figures
    "事業費 11億7,547万円（令和2年度決算額）",  # 決算額 is no KPI kind
    "人口 45,000人（R2）",  # a figure without a kind word, and no arrow to give one
    "移住相談件数 150件（R7）→ 120件（R2）",  # an arrow from the later year to the earlier: no baseline → target
    "移住相談件数 120件（R2）～ 150件（R7）",  # a range mark is no direction
    "移住相談件数 目標値 150件",  # no year
    "移住相談件数 目標値（R7）：150件を目指す",  # words after the figures
    "・移住相談件数 120件（R2）、135件（R4）、150件（R7）",  # three bare figures
    "・転入者数 基準値（R2）：500人 → 目標値（R7）：1,000人増",  # a change is no value of the indicator
    # a glyph without text (a ➡ the font lacks) parts the figures but points no direction; the dated figures before
    # the actual are never read into the name
    "・図書館貸出冊数 R3：148420冊 \x00 R9 193689冊（実績 R4 176050冊）",
    "・図書館貸出冊数 R3：148420冊、R9 193689冊（実績 R4 176050冊）",
    # a tail read from a later year on leaves a dated figure before it, never part of a name (実績 R2 61.5%, the
    # space a PDF's reader lost: 実績R 261.5%)
    "47.5%(H30)→67.8%(R4)(実績R261.5%)",
])
def test_a_line_not_read_wholly_gives_nothing(text: str) -> None:
    assert figures(text) is None


def test_a_glyph_without_text_parts_figures_that_name_their_kinds() -> None:
    assert figures("・移住相談件数 基準値（R2）：120件 \x00 目標値（R7）：150件") == (
        "移住相談件数", (("120件", "baseline", 2020), ("150件", "target", 2025)))


def test_a_line_longer_than_line_max_chars_is_prose() -> None:
    statements = "、".join(f"目標値（R{n}）：{n}0件" for n in range(2, 10))
    short, long = "・移住相談件数 " + statements, "・移住相談件数 " + "、".join([statements] * 2)
    assert LINE_MAX_CHARS // 2 < len(short) <= LINE_MAX_CHARS < len(long) <= 2 * LINE_MAX_CHARS
    assert figures(short) is not None and figures(long) is None


def test_a_name_longer_than_name_max_chars_is_no_name() -> None:
    fits, too_long = "市民" * 20, "市民" * 35
    assert indicator_line.NAME_MAX_CHARS // 2 < len(fits) <= indicator_line.NAME_MAX_CHARS < len(too_long) <= 2 * indicator_line.NAME_MAX_CHARS
    assert figures(f"・{fits} 目標値（R7）：150件") is not None
    assert figures(f"・{too_long} 目標値（R7）：150件") is None


def box(x0: float, top: float, height: float = 10.0, width: float = 100.0) -> BBox:
    return (x0, top, x0 + width, top + height)


def line(text: str, bbox: BBox | None = None, page: int = 1, raw: str | None = None) -> TextLine:
    return TextLine(clean_text(text), raw if raw is not None else text, Provenance("t.pdf", "d", page=page, bbox=bbox))


def test_indent_is_half_a_line_height() -> None:
    under = line("・結婚・子育ての希望がかなう", box(50, 0))
    assert is_indented(line("と感じる市民の割合", box(57.5, 12)), under)  # 0.75 line heights right
    assert not is_indented(line("と感じる市民の割合", box(53, 12)), under)  # 0.3
    assert is_indented(line("x", raw="　と感じる市民の割合"), line("y", raw="結婚・子育ての希望がかなう"))  # a text export


def test_a_note_labelled_by_its_bracket_names_no_item_below() -> None:
    # （参考）… between two items (corpus seeds 875 918 kpi_listed: read as the first line of the next item's name)
    read = values(line("・創業件数：令和3年度：37件→令和8年度：39件"), line("（参考）前計画期間の実績を踏まえて設定"),
                  line("住み続けたいと思う中学生の割合：令和5年度 49.2% → 60.7%（令和10年度）"))
    assert {name for name, _, _, _ in read} == {"創業件数", "住み続けたいと思う中学生の割合"}
    assert listed_kpi.opens_with_note_label("（注）数値は速報値") and not listed_kpi.opens_with_note_label("（1）子育て環境の充実")


def test_a_line_under_one_opening_with_a_hung_bracket_starts_where_it_does() -> None:
    # Typst hangs （参考）'s blank half into the margin: the line under it, at the margin, is not set in (corpus seed
    # 875 kpi_listed in typst_ruled read 住み続けたいと思う… as the end of a name （参考）… began)
    note = line("（参考）前計画期間の実績を踏まえて設定", box(51.44, 0, 10.5))
    assert not is_indented(line("住み続けたいと思う中学生の割合", box(56.69, 20, 10.5)), note)
    assert is_indented(line("と感じる市民の割合", box(62.0, 20, 10.5)), note)  # half an em past the ink: set in
    assert not is_indented(line("（R2）120人", box(50, 12)), line("・移住相談件数", box(50, 0)))  # a bracket set whole


def test_level_lines_overlap_by_half_the_shorter_height() -> None:
    assert is_level(box(0, 0), box(200, 4))  # 0.6 of 10 pt
    assert not is_level(box(0, 0), box(200, 7))  # 0.3


def values(*lines: TextLine) -> list[tuple[str, str, int | None, float | None]]:
    doc = Document("t.pdf", "d", "pdf", 2, tuple(lines))
    return [(v.indicator, v.kind, v.fiscal_year, v.value) for v in recognize(doc, frozenset()).kpi_values]


def test_a_name_alone_names_the_figures_below_it_and_a_card_runs_on() -> None:
    assert values(line("・移住相談件数（件）", box(50, 0)), line("基準値（R2）：120", box(60, 12)), line("目標値（R7）：150", box(60, 24))) == [
        ("移住相談件数", "baseline", 2020, 120.0), ("移住相談件数", "target", 2025, 150.0)]


def test_a_name_begun_above_under_a_mark_ends_on_the_figures_line() -> None:
    assert values(line("・結婚・子育ての希望がかなう", box(50, 0)), line("と感じる市民の割合 48.2%（H30）→ 60%（R5）", box(50, 12))) == [
        ("結婚・子育ての希望がかなうと感じる市民の割合", "baseline", 2018, 48.2), ("結婚・子育ての希望がかなうと感じる市民の割合", "target", 2023, 60.0)]


def test_an_unmarked_line_under_an_unmarked_name_not_set_in_gives_nothing() -> None:
    assert values(line("結婚・子育ての希望がかなう", box(50, 0)), line("と感じる市民の割合 48.2%（H30）→ 60%（R5）", box(50, 12))) == []


def test_figures_parted_from_their_line_go_with_the_name_level_with_them() -> None:
    """A layout that set each name, then each name's figures, as lines of their own (Writer): the figures level
    with a name to its right are its; figures below the last name are that one's."""
    got = values(line("○健康寿命（男性）", box(57, 116, width=130)), line("○関係人口", box(57, 130, width=60)),
                 line("○ボランティア登録者数", box(57, 144, width=150)),
                 line("81.31（R6現状）", box(209, 116)), line("1,259（R3基準）", box(230, 130)),
                 line("2,199（R5策定時）、2,455（R11目標）", box(67, 158)))
    assert got == [("健康寿命(男性)", "baseline", 2024, 81.31), ("関係人口", "baseline", 2021, 1259.0),
                   ("ボランティア登録者数", "baseline", 2023, 2199.0), ("ボランティア登録者数", "target", 2029, 2455.0)]


def test_a_name_passed_over_names_no_later_figures() -> None:
    """After a card's figures, a note line between items names nothing: the card's next figures are its own."""
    assert values(line("（参考）前計画期間の実績を踏まえて設定"), line("■汚水処理人口普及率（%）"), line("R5策定時：78.4"),
                  line("R11到達目標：96.1")) == [("汚水処理人口普及率", "baseline", 2023, 78.4), ("汚水処理人口普及率", "target", 2029, 96.1)]


def test_a_line_of_figures_whose_kinds_cannot_be_told_gives_nothing_and_leaves_the_item() -> None:
    # session 25: the line opening with its figures' year under the item's name is one of its lines, read as nothing (the
    # arrow between its figures lost); the item goes on, and the line stating its actual in words is read (it was not)
    assert values(line("・社会増減数", box(50, 0)), line("平成29年度：-206人 \x00 令和5年度：-323人", box(50, 12)),
                  line("（実績 令和元年度 -289人）", box(50, 24))) == [("社会増減数", "actual", 2019, -289.0)]


def test_a_line_of_figures_whose_kinds_cannot_be_told_opening_with_a_name_names_nothing_below() -> None:
    assert values(line("・社会増減数", box(50, 0)), line("転入超過数 平成29年度：-206人 \x00 令和5年度：-323人", box(50, 12)),
                  line("（実績 令和元年度 -289人）", box(50, 24))) == []


def test_listed_kpi_is_registered() -> None:
    from extract.recognizers import DOCUMENT_RECOGNIZERS, TABLE_RECOGNIZERS

    assert DOCUMENT_RECOGNIZERS["listed_kpi"] is listed_kpi.recognize
    assert TABLE_RECOGNIZERS["listed_rows"] is listed_kpi.recognize_rows


def rows_table(*rows: tuple[str, ...]) -> Table:
    prov = Provenance("t.pdf", "d", page=1)
    return Table(0, tuple(tuple(Cell(clean_text(t), t, prov) for t in row) for row in rows), prov)


def test_a_list_set_as_rows_reads_row_by_row_under_marked_names() -> None:
    """A layout reader that set list lines as a borderless table (○保育所入所率 | 98.8%（目標・R7）): each row read as
    one line; a heading row beside nothing is passed over; the table is claimed."""
    table = rows_table(("○保育所入所率", "98.8%（目標・R7）"), ("＜数値目標＞", ""), ("○転出者数", "2,883人（基準・R1）／3,631人（目標・R7）"))
    found = recognize_rows(table, Context(None, None, None))
    assert found is not None and found.table_kinds == ((0, "listed_kpi"),)
    assert [(v.indicator, v.kind, v.fiscal_year, v.value) for v in found.kpi_values] == [
        ("保育所入所率", "target", 2025, 98.8), ("転出者数", "baseline", 2019, 2883.0), ("転出者数", "target", 2025, 3631.0)]


def test_a_row_without_a_marked_name_gives_nothing_and_a_grid_is_left_alone() -> None:
    """中学生の割合 may end a name begun above the table: no value under it (the marked row still reads); a row of
    two cells stating no figure (a header, a card's label) makes the table a grid."""
    found = recognize_rows(rows_table(("中学生の割合", "47.2（R10目標）"), ("○汚水処理人口普及率", "77.3（R4現状）")), Context(None, None, None))
    assert found is not None and [(v.indicator, v.kind) for v in found.kpi_values] == [("汚水処理人口普及率", "baseline")]
    assert recognize_rows(rows_table(("指標名", "現状値（R2）"), ("○転出者数", "2,883人（基準・R1）")), Context(None, None, None)) is None
    assert recognize_rows(rows_table(("成果指標", "移住相談件数"), ("現状値（R4年度）", "120件")), Context(None, None, None)) is None


def test_figures_rows_under_a_marked_name_alone_are_its() -> None:
    """A list of cards set as a table (③地域おこし協力隊員数 over 基準値（R5） | 21人): the rows under a marked name
    alone are that item's; the rows above the first name give nothing (their name is above the table)."""
    table = rows_table(("計画目標値（2029年度）", "48.5%"), ("③地域おこし協力隊員数", ""), ("基準値（2023年度）", "21人"),
                       ("目標値（2027年度）", "18人"))
    found = recognize_rows(table, Context(None, None, None))
    assert found is not None and [(v.indicator, v.kind, v.fiscal_year, v.value) for v in found.kpi_values] == [
        ("地域おこし協力隊員数", "baseline", 2023, 21.0), ("地域おこし協力隊員数", "target", 2027, 18.0)]
    assert [n.indicator for n in found.indicators] == ["地域おこし協力隊員数"]


@pytest.mark.parametrize(("text", "kind", "year", "contradicts"), [
    ("→ 到達目標：52.0（R6）", "baseline", 2024, True),  # the cell's own kind word
    ("計画目標値：38094（R7）", "target", 2024, True),  # the cell's own year
    ("計画目標値：38094（R7）", "target", 2025, False),
    ("52.0", "baseline", 2024, False),  # a grid's value: its kind and year are the headers'
])
def test_a_grid_value_in_a_cell_stating_another_kind_or_year_contradicts_it(text: str, kind: str, year: int,
                                                                              contradicts: bool) -> None:
    from extract.records import TableValue
    value = TableValue(Provenance("t.pdf", "d", page=1), None, (), "", kind, None, year, year, None, None, 1.0, None, 1.0,
                       text, (), None, None, None)
    assert cell_contradicts(value) is contradicts


@pytest.mark.parametrize(("text", "expected"), [
    # a kind word a PDF's reader parted (its font reported 目 narrower than set): spelled on, neither part a kind
    ("2022年度(令和4年度)到達目 標34.3%", ("", (("34.3%", "target", 2022),))),
    ("■関係人口 (登録者数)目 標値(2022年度)514人", ("関係人口(登録者数)", (("514人", "target", 2022),))),
    # a name glued to its kind word (the space between them narrower than a word space): no kind word, nothing read
    ("■特定健診受診率策定時(2016年度)32.5%、目標年度値(2022年度)39.9%", None),
    ("■製造品出荷額達成値(2018年度)6,878億円", None),
])
def test_a_kind_word_is_a_kind_label_alone(text: str, expected: tuple[object, ...] | None) -> None:
    assert figures(text) == expected


def test_a_line_of_dated_figures_among_words_is_no_name() -> None:
    """2022年度 … 34.3% whose kind word is unread names nothing and gives nothing; opening with its figure's year under the
    item's name, it is one of the item's lines (session 25), and the figures line under it is the item's."""
    assert values(line("◆学校給食地場産物使用率", box(45, 0)), line("2022年度(令和4年度)到達目 数34.3%", box(55, 12)),
                  line("2017年度(平成29年度)基準値30.1%", box(55, 24))) == [("学校給食地場産物使用率", "baseline", 2017, 30.1)]
    assert values(line("◆学校給食地場産物使用率", box(45, 0)), line("到達目 数 2022年度(令和4年度)34.3%", box(55, 12)),
                  line("2017年度(平成29年度)基準値30.1%", box(55, 24))) == []


def test_figures_level_with_a_name_are_its_whatever_was_read_between() -> None:
    """A layout that read each name, a note, then the figures set right of the names: the figures go with the name
    on their line though a note line was read between."""
    got = values(line("●学校給食地場産物使用率", box(45, 151, width=110)), line("●観光消費額", box(45, 174, width=55)),
                 line("計画目標値39.6%(R5年度)", box(172, 151)), line("本指標は市民アンケートにより把握する。", box(45, 162)),
                 line("現状値58.0億円(H29年度)、めざす値44.5億円(R5年度)", box(118, 174)))
    assert got == [("学校給食地場産物使用率", "target", 2023, 39.6), ("観光消費額", "baseline", 2017, 58.0e8),
                   ("観光消費額", "target", 2023, 44.5e8)]


def test_a_line_without_a_name_carries_the_item_only_set_under_it() -> None:
    """Figures without a name continue a card's figures (not set out of them) or a named line's (set in under it);
    level with a named line, or set out of a card's figures, they may be another item whose name was lost."""
    named = [line("・転入者数 基準値（R2）：120人", box(45, 0)), line("（実績 R4：130人）", box(55, 12))]
    assert values(*named) == [("転入者数", "baseline", 2020, 120.0), ("転入者数", "actual", 2022, 130.0)]
    assert values(named[0], line("実績（R4）：130人", box(45, 12))) == [("転入者数", "baseline", 2020, 120.0)]
    card = [line("・転入者数", box(45, 0)), line("基準値（R2）：120人", box(55, 12))]
    assert values(*card, line("目標値（R7）：150人", box(55, 24)))[-1] == ("転入者数", "target", 2025, 150.0)
    assert values(*card, line("目標値（R7）：150人", box(45, 24))) == [("転入者数", "baseline", 2020, 120.0)]


def test_a_full_width_opening_bracket_starts_its_ink_half_an_em_in() -> None:
    """（実績… whose box starts half an em left of the figures line above (Chromium trims the blank before the
    bracket) is not set out of it."""
    assert listed_kpi.ink_left(line("（実績：130人（R4））"), box(50, 0)) == 55.0
    assert listed_kpi.ink_left(line("実績：130人（R4）"), box(50, 0)) == 50.0
    card = [line("・転入者数", box(45, 0)), line("基準値（R2）：120人", box(55, 12))]
    assert values(*card, line("（実績：130人（R4））", box(50, 24)))[-1] == ("転入者数", "actual", 2022, 130.0)
