"""Borderless structure the generated corpus exposed (seeds 0-3, pdf_borderless, pdf_rules,
html_borderless): word places estimated inside a segment; a right-aligned value and the note
beside it closer than a column gap (2617585 国庫補助金の確定, 339件 順調); a wrapped header cell
set as far from the only body row as its own lines are apart."""

from __future__ import annotations

import pytest

from extract.pdf.borderless import build_table
from extract.pdf.colgaps import _column_spans, columns
from extract.pdf.glyphs import glyph_spans, word_spans
from extract.pdf.grid import Segment, SegLine

EM = 10.0


def line(top: float, *segs: tuple[float, float, str]) -> SegLine:
    segments = tuple(Segment(text, (x0, top, x1, top + EM)) for x0, x1, text in segs)
    return SegLine(segments, (segments[0].bbox[0], top, segments[-1].bbox[2], top + EM), 1, " ".join(t for _, _, t in segs))


def test_kanji_are_an_em_wide_and_digits_share_the_rest() -> None:
    # chars drawn at 278.8-322.9 (digits 6.3 pt) and 327.9-407.6 (kanji 10 pt)
    words = word_spans(Segment("2617585 国庫補助金の確定", (278.8, 0.0, 407.6, EM)))
    assert [w for w, _, _ in words] == ["2617585", "国庫補助金の確定"]
    assert words[0][2] == pytest.approx(321.5, abs=0.1) and words[1][1] == pytest.approx(327.6, abs=0.1)


def test_full_width_digits_share_the_rest_with_the_signs() -> None:
    # a proportional font sets ４２．６ at 0.6 em: they are not counted an em wide
    words = word_spans(Segment("４２．６ ○", (461.0, 0.0, 499.2, 9.5)))
    assert words[0][2] < 490.2 < words[1][1]


@pytest.mark.parametrize("width", [28.0, 200.0])  # condensed, letter-spaced
def test_a_run_the_em_model_does_not_fit_is_shared_by_advance(width: float) -> None:
    spans = glyph_spans(Segment("予算額12", (0.0, 0.0, width, EM)))
    assert [round(b - a, 3) for a, b in spans] == [round(width / 8 * k, 3) for k in (2, 2, 2, 1, 1)]


def _value_and_note_lines(offset: float) -> list[SegLine]:
    head = line(0, (44, 74, "区分"), (272.7, 322.4, "補正後の額"), (348.2, 388.2, "補正内容"))
    glued = line(16, (44, 74, "事業A"), (278.8, 407.6, "2617585 国庫補助金の確定"))  # straddles the header's gap: value ends at 321.5
    short = line(32, (44, 74, "事業B"), (278.8 + offset, 337.6 + offset, "1234567 済"))  # its value ends at 321.5 + offset
    return [head, glued, short]


@pytest.mark.parametrize(("offset", "parted"), [(3.5, True), (7.5, False)])
def test_a_value_and_note_straddling_nothing_is_parted_where_its_value_ends_at_a_parted_value(offset: float, parted: bool) -> None:
    # NOTE_EDGE_TOL_EM of a 10 pt line: 5 pt
    assert len(_column_spans(_value_and_note_lines(offset))[2]) == (3 if parted else 2)


def test_a_numbered_heading_straddling_columns_covers_nothing() -> None:
    lines = [line(0, (54.7, 68.2, "KPI"), (183.7, 237.7, "R6計画策定時")), line(16, (54.7, 108.7, "森林整備面積"), (210.7, 237.7, "41.2ha")),
             line(32, (45.7, 230.2, "基本目標2 魅力ある観光と交流のまちづくり"))]
    assert _column_spans(lines)[2] == []


def test_a_value_glued_to_its_note_opens_the_note_column() -> None:
    lines = [line(0, (44, 74, "区分"), (171.0, 221.0, "既決予算額"), (272.7, 322.4, "補正後の額"), (348.2, 388.2, "補正内容")),
             line(16, (44, 164.5, "地域公共交通確保維持事業"), (177.4, 221.4, "2526612"), (278.8, 407.6, "2617585 国庫補助金の確定")),
             line(32, (44, 116.8, "橋りょう補修事業"), (177.4, 221.4, "1979903"), (278.8, 336.1, "2037587 －")),
             line(48, (44, 154.5, "放課後児童健全育成事業"), (177.4, 221.4, "1647468"), (278.8, 387.6, "1623878 事業費の追加"))]
    table, _ = build_table(lines)
    assert table is not None
    assert [[c.raw for c in row] for row in table.rows][1:] == [
        ["地域公共交通確保維持事業", "2526612", "2617585", "国庫補助金の確定"], ["橋りょう補修事業", "1979903", "2037587", "－"],
        ["放課後児童健全育成事業", "1647468", "1623878", "事業費の追加"]]


def test_a_note_stating_an_amount_is_one_cell_beside_the_value() -> None:
    # corpus seed 21 budget_supplementary pdf_borderless: 2,950.9 執行残の減額 41.5 under
    # 補正後の額 | 備考, a word space apart: the note's own word space parts no column, so 41.5
    # stays in 備考 (read there with the caption's unit), not a column of its own.
    rows = [("公債費", 347, "2,950.9 執行残の減額 41.5"), ("衛生費", 275, "2,551.2 －"),
            ("予備費", 357, "1,904.9 執行残の減額 -174.7"), ("農林水産業費", 357, "2,476.9 執行残の減額 -187.5")]
    lines = [line(0, (64, 83, "費目"), (215, 262, "補正後の額"), (303, 322, "備考")),
             *(line(16 * (r + 1), (44, 73, name), (227, x1, text)) for r, (name, x1, text) in enumerate(rows))]
    table, _ = build_table(lines)
    assert table is not None
    assert [[c.raw for c in row] for row in table.rows][1:] == [[name, *text.split(" ", 1)] for name, _, text in rows]


def _one_row_under_a_staggered_header() -> list[SegLine]:
    # corpus seed 2 kpi_baseline_target-s2-0 pdf_borderless: 目標 / （2023年度） set as far apart
    # as （2023年度） and the only body row's 3,470
    lines = [line(125.2, (220.8, 240.8, "目標"), (278.0, 308.0, "現況値")),
             line(133.7, (120.7, 140.7, "番号"), (153.7, 189.7, "ＫＰＩ項目"), (327.1, 387.1, "類似団体平均")),
             line(142.2, (202.7, 258.8, "（2023年度）"), (264.9, 321.0, "（2018年度）"))]
    return lines + [line(159.2, (44.5, 114.2, "観光交流の推進"), (134.9, 196.2, "1 農業産出額"), (231.6, 259.4, "3,470"),
                         (293.7, 321.5, "3,628"), (359.7, 387.5, "2,670"))]


def test_a_wrapped_header_cell_does_not_take_the_only_body_rows_value() -> None:
    table, _ = build_table(_one_row_under_a_staggered_header(), small_ok=True)
    assert table is not None
    rows = [[c.raw for c in row] for row in table.rows]
    assert rows[-1][-3:] == ["3,470", "3,628", "2,670"]
    assert not any("3,470" in c for row in rows[:-1] for c in row)


def test_a_value_matched_to_the_column_edge_ends_there_whatever_its_estimate() -> None:
    # corpus seed 3 budget_supplementary-s3-1 pdf_borderless: 29億2,495万円 － beside values
    # glued to their notes; its － is drawn an em wide, the estimate runs the value past the
    # edge the other values end at, into the gap before the notes
    lines = [line(0, (54.5, 64.0, "款"), (224.3, 281.3, "補正後予算額"), (342.9, 380.9, "補正内容")),
             line(16, (44.5, 73.0, "教育費"), (219.8, 430.9, "22億5,113万円 災害復旧費の追加 1億3,043万円")),
             line(32, (44.5, 73.0, "土木費"), (219.8, 299.5, "29億2,495万円 －")),
             line(48, (44.5, 73.0, "商工費"), (225.8, 430.9, "9億8,526万円 国庫補助金の確定 1億1,303万円"))]
    assert len(columns(lines)) == 3


def _dash_and_figure_lines(offset: float) -> list[SegLine]:
    # corpus seed 827 budget_main_projects in calc_borderless: 国県 | 町債 over amounts set a word
    # space apart on every row, one row opening with a dash for 国県 (right-aligned, as its figures)
    head = line(0, (44, 74, "事業"), (270.2, 285.8, "国県"), (317.5, 333.1, "町債"))
    figures = Segment("109,180,112 17,053,693 17,516,846", (205.2, 16, 348.1, 16 + EM))
    edge = word_spans(figures)[1][2]  # where 17,053,693 ends: no first word's end
    both = SegLine((Segment("事業A", (44, 16, 74, 16 + EM)), figures), (44, 16, 348.1, 16 + EM), 1)
    width = 348.1 - 293.0
    dash_end = word_spans(Segment("― 64,198,274", (0, 0, width, EM)))[0][2]
    x0 = edge - dash_end + offset  # ― ends at edge + offset
    dash = line(32, (44, 74, "事業B"), (x0, x0 + width, "― 64,198,274"))
    return [head, both, dash]


@pytest.mark.parametrize(("offset", "parted"), [(0.0, True), (7.5, False)])
def test_a_dash_and_a_figure_are_parted_where_the_dash_ends_at_a_parted_figure(offset: float, parted: bool) -> None:
    assert len(_column_spans(_dash_and_figure_lines(offset))[2]) == (3 if parted else 2)


def test_a_dash_before_a_note_is_no_value_and_note() -> None:
    lines = _dash_and_figure_lines(0.0)
    noted = line(32, (44, 74, "事業B"), (lines[2].segments[1].bbox[0], 348.1, "― 事業費の追加"))
    assert len(_column_spans([*lines[:2], noted])[2]) == 2
