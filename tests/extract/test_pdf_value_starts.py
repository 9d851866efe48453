"""A value glued a word space after a unit, parted where its column's cells start (extract.pdf.value_starts).

Lines built by hand in PDF points (top-left origin) after LibreOffice Calc's print of corpus seed 835
kpi_baseline_target (calc_borderless: IPA PGothic at 10 pt; 万人回/年 as wide as the unit column,
88.5（Ｈ２８） set flush left in the next one, a word space after it).
"""

from __future__ import annotations

import pytest

from extract.pdf.edges import MIN_EDGE_LINES
from extract.pdf.grid import ALIGN_TOL_PT, Segment, SegLine
from extract.pdf.value_starts import split_at_value_starts

SIZE_PT = 10.0


def seg(text: str, x0: float, x1: float, top: float, words: tuple[tuple[float, float], ...] = ()) -> Segment:
    return Segment(text, (x0, top, x1, top + SIZE_PT), (), words)


def line(top: float, *segs: Segment) -> SegLine:
    return SegLine(segs, (segs[0].bbox[0], top, segs[-1].bbox[2], top + SIZE_PT), 1, " ".join(s.text for s in segs))


def row(top: float, unit: str, value: str) -> SegLine:
    return line(top, seg("移住相談件数", 55.0, 115.0, top), seg(unit, 180.0, 190.0, top), seg(value, 229.9, 280.2, top))


def glued(start: float, first: str = "万人回/年") -> SegLine:
    return line(0.0, seg("スポーツ施設利用者数", 55.0, 151.1, 0.0),
                seg(f"{first} 88.5（Ｈ２８）", 180.0, start + 53.0, 0.0, ((180.0, 226.0), (start, start + 53.0))))


def texts(ln: SegLine) -> list[str]:
    return [s.text for s in ln.segments]


@pytest.mark.parametrize(("start", "parted"), [(229.9, True), (229.9 + 1.4, True), (229.9 + 1.6, False)])
def test_a_value_starting_where_the_columns_cells_start_is_parted_from_the_unit(start: float, parted: bool) -> None:
    assert ALIGN_TOL_PT == 1.5
    out = split_at_value_starts([glued(start), row(16.5, "件", "774（Ｈ２９）"), row(33.0, "%", "85.3（Ｈ３０）")])
    assert texts(out[0]) == (["スポーツ施設利用者数", "万人回/年", "88.5（Ｈ２８）"] if parted else texts(glued(start)))


def test_one_row_proves_no_start() -> None:
    assert MIN_EDGE_LINES == 2
    out = split_at_value_starts([glued(229.9), row(16.5, "件", "774（Ｈ２９）")])
    assert len(out[0].segments) == 2


def test_a_sign_before_a_figure_stays_with_it() -> None:
    out = split_at_value_starts([glued(229.9, "△"), row(16.5, "件", "774（Ｈ２９）"), row(33.0, "%", "85.3（Ｈ３０）")])
    assert len(out[0].segments) == 2


def test_a_figure_going_on_after_a_word_space_stays_whole() -> None:
    # 4 億 2,502万円 (Typst spaces an amount's parts; figures of one width start together down the
    # rows, corpus seed 990 budget_main_projects in typst_borderless)
    amount = line(0.0, seg("特産品開発支援事業", 55.0, 151.1, 0.0),
                  seg("4 億 2,502万円", 200.0, 282.9, 0.0, ((200.0, 205.0), (207.0, 217.0), (229.9, 282.9))))
    out = split_at_value_starts([amount, row(16.5, "件", "774（Ｈ２９）"), row(33.0, "%", "85.3（Ｈ３０）")])
    assert len(out[0].segments) == 2


@pytest.mark.parametrize("era", ["末)(平成", "令和", "実績R"])
def test_a_figure_after_an_era_name_is_its_year_not_a_cell(era: str) -> None:
    out = split_at_value_starts([glued(229.9, era), row(16.5, "件", "774（Ｈ２９）"), row(33.0, "%", "85.3（Ｈ３０）")])
    assert len(out[0].segments) == 2, "平成 30 is one year (Typst spaces an ideograph from a digit)"


@pytest.mark.parametrize(("missing", "parted"), [("調査なし", True), ("未公表", True), ("-", False), ("区分", False)])
def test_a_missing_value_a_word_space_before_a_figure_is_a_cell_of_its_own(missing: str, parted: bool) -> None:
    # 調査なし 1,521人 under R2 | R3 (corpus seed 814 kpi_year_matrix in calc_borderless): no start
    # proved, one row; a dash may be the figure's sign, a word no missing value a figure's label
    cells = line(0.0, seg("関係人口", 55.0, 100.0, 0.0),
                 seg(f"{missing} 1,521人", 252.5, 330.3, 0.0, ((252.5, 287.0), (291.2, 330.3))))
    assert len(split_at_value_starts([cells])[0].segments) == (3 if parted else 2)


def test_a_value_and_its_unit_before_the_next_cell_s_value_part_where_the_cells_start() -> None:
    # 639,432 t-CO2 626,056 t-CO2 (left-aligned figures starting together down the rows, corpus seed
    # 801 kpi_year_matrix in calc_borderless); 4 億 2,502万円 goes on (test above)
    def values(top: float, first: str, second: str) -> SegLine:
        return line(top, seg("温室効果ガス排出量", 55.0, 128.1, top),
                    seg(f"{first} t-CO2 {second} t-CO2", 158.5, 260.0, top, ((158.5, 180.0), (182.0, 200.0), (222.2, 240.0), (242.0, 260.0))))
    def people(top: float) -> SegLine:
        return line(top, seg("移住者数", 55.0, 80.0, top), seg("365 人", 158.5, 184.8, top), seg("448 人", 222.2, 248.4, top))
    rows = [values(0.0, "639,432", "626,056"), people(16.5), people(33.0)]
    assert texts(split_at_value_starts(rows)[0]) == ["温室効果ガス排出量", "639,432 t-CO2", "626,056 t-CO2"]
