"""Glyph runs a browser or a narrow layout sets (issue 7, corpus seeds 310-329 shapes, built by hand
in PDF points, top-left origin): glyphs narrower than the pitch they are set at, narrow table
columns wrapped glyph by glyph down many rows, year headers set edge to edge, a numbered heading
over a header as wide as its title."""

from __future__ import annotations

from typing import Any

import pytest

from extract.pdf import pdfium_chars as pc
from extract.pdf import vertical as v
from extract.pdf.cells import bracket_joints, split_at_joints
from extract.pdf import cells
from extract.pdf.grid import Segment, SegLine
from extract.pdf.headings import heads_no_columns
from tests.extract.test_pdf_borderless_layouts import line
from tests.extract.test_pdf_vertical import SIZE, _ch, _column

EM = 12.0


def _run(text: str, narrow_at: int, narrow_width: float, steps: list[float]) -> list[dict[str, Any]]:
    x, out = 100.0, []
    for k, ch in enumerate(text):
        width = narrow_width if k == narrow_at else steps[k] if k < len(steps) else EM
        out.append({"text": ch, "x0": x, "x1": x + width, "top": 50.0, "bottom": 50.0 + EM, "size": EM, "upright": True,
                    "matrix": (1.0, 0.0, 0.0, 1.0, x, 0.0)})
        x += steps[k] if k < len(steps) else EM
    return out


def _fitted(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return pc.fitted_to_pitch(chars, pc.Spacing.of(chars))


def test_a_glyph_narrower_than_its_runs_pitch_fills_its_step() -> None:
    # Chromium's 日 at 0.49 em in a run set at 1 em (活動日 数, corpus seeds 310 314 316 kpi_cards in
    # chromium_ruled): the gap after it is no word space
    chars = _fitted(_run("活動日数の", 2, 0.49 * EM, [EM] * 5))
    assert chars[2]["x1"] == chars[3]["x0"]
    assert [c["text"] for c in pc.with_spaces(chars)] == list("活動日数の")
    end = _fitted(_run("活動日", 2, 0.49 * EM, [EM] * 3))  # ending its run (a column gap may follow): kept
    assert end[2]["x1"] == end[2]["x0"] + 0.49 * EM


@pytest.mark.parametrize(("off", "fitted"), [(0.035, True), (0.07, False)])
def test_a_step_off_the_runs_pitch_keeps_its_gap(off: float, fitted: bool) -> None:
    # a step 3.5 % off the run's pitch is on it, 7 % off is not: PITCH_TOL 0.05 lies between, its half and double not
    chars = _fitted(_run("活動日数の", 2, 0.49 * EM, [EM, EM, EM * (1 + off), EM, EM]))
    assert (chars[2]["x1"] == chars[3]["x0"]) is fitted


def test_a_dropped_space_widens_the_step_and_stays_a_space() -> None:
    # half-width letters 0.5 em wide, a space dropped between b and c: b's step is 0.8 em, no
    # neighbour steps as far, so its gap stays a word space
    x, chars = 100.0, []
    for ch, step in zip("abcd", (0.5, 0.8, 0.5, 0.5)):
        chars.append({"text": ch, "x0": x, "x1": x + 0.5 * EM, "top": 50.0, "bottom": 50.0 + EM, "size": EM, "upright": True,
                    "matrix": (1.0, 0.0, 0.0, 1.0, x, 0.0)})
        x += step * EM
    assert [c["text"] for c in pc.with_spaces(_fitted(chars))] == ["a", "b", " ", "c", "d"]


def test_narrow_columns_down_many_rows_are_table_cells_not_writing() -> None:
    # 所管課 | 主な事業 one glyph wide down eight rows beside their figures (corpus seed 310
    # budget_main_projects in chromium_borderless): eight lines one under another in each column,
    # two columns side by side, far under MIN_PROSE_LINES
    em = SIZE
    glyphs: list[dict[str, Any]] = []
    for r in range(8):
        top = 100 + r * 7 * em
        glyphs += _column(100, "危機管理課", top) + _column(100 + 1.6 * em, "自主防災組織", top)
        glyphs += [_ch(t, 100 + 4 * em + k * 0.6 * em, top + 2 * em, width=0.6 * em) for k, t in enumerate("5億2,593万円")]
    mask = v.vertical_chars(glyphs)
    assert v.MIN_PROSE_LINES == 6 and not any(m for g, m in zip(glyphs, mask) if g["x0"] < 100 + 3 * em)


def test_the_last_rows_narrow_cells_far_from_its_figures_stay_cells_of_their_columns() -> None:
    # the last row's figure set right, further than BLOCK_GAP_EM from its names: in the columns of
    # the narrow cells above, they are the next cells of those columns
    em = SIZE
    glyphs: list[dict[str, Any]] = []
    for r in range(3):
        top = 100 + r * 7 * em
        far = r == 2
        glyphs += _column(100, "危機管理課", top) + _column(100 + 1.6 * em, "自主防災組織", top)
        x = 100 + (1.6 + 1 + (v.BLOCK_GAP_EM + 1 if far else 1)) * em
        glyphs += [_ch(t, x + k * 0.6 * em, top + 2 * em, width=0.6 * em) for k, t in enumerate("5億2,593万円")]
    per_row = 5 + 6 + 8
    assert not any(v.vertical_chars(glyphs)[2 * per_row:2 * per_row + 11])
    alone = glyphs[2 * per_row:]  # the last row alone: its block no column of narrow cells holds
    assert any(v.vertical_chars(alone)[:11])


def test_year_headers_set_edge_to_edge_part_at_the_figures_column_gaps() -> None:
    # corpus seed 314 budget_plan_years in pdf_rules: four headers each as wide as its column, no
    # gap and no joint between them; the figures' columns (a group header over them widens one)
    text = "2021年度（令和3年度）2022年度（令和4年度）"
    seg = Segment(text, (206.2, 100, 385.6, 109))
    figures = [(242.2, 293.2), (332.1, 383.1)]
    assert [i for i, _ in bracket_joints(seg)] == [13]
    assert [p.text for p in split_at_joints(seg, [(206.2, 400.0)], figures)] == ["2021年度（令和3年度）", "2022年度（令和4年度）"]
    assert bracket_joints(Segment("（1）子育て環境の充実", (0, 0, 190, 9))) == ()  # an enumerator ends no cell
    assert bracket_joints(Segment("年度（令和（3）年度", (0, 0, 190, 9))) == ()  # a bracket left open



def test_header_lines_closing_brackets_the_line_above_opened_part_after_each() -> None:
    # corpus seed 538 kpi_baseline_target in pdf_rules (dev wordings): （2020年 | （2023年 | （2025年
    # over 度（R2））度（R5））度（R7））, three headers' last lines set edge to edge
    seg = Segment("度（R2））度（R5））度（R7））", (125.3, 100, 259.3, 109))
    assert [i for i, _ in bracket_joints(seg)] == [6, 12]
    figures = [(149.6, 167.6), (194.1, 212.1), (238.6, 256.6)]
    assert [p.text for p in split_at_joints(seg, [(125.3, 260.0)], figures)] == ["度（R2））", "度（R5））", "度（R7））"]
    assert bracket_joints(Segment("年度）", (0, 0, 27, 9))) == ()  # one cell's last line: nothing after its bracket



def test_a_line_closing_the_line_above_s_brackets_parts_only_where_it_closes_them() -> None:
    # corpus seed 501 kpi_progress in pdf_rules (dev wordings): 最新の数値（平 | 最新の数値（平 over
    # 成29(2017)年度）成30(2018)年度）, two headers' last lines set solid; (2017) and (2018), opened
    # and closed in the line, are inside the cells
    seg = Segment("成29(2017)年度）成30(2018)年度）", (271.2, 100, 407.8, 109))
    assert [i for i, _ in bracket_joints(seg)] == [12]
    figures = [(251.4, 268.4), (320.0, 337.0), (388.6, 405.6)]
    assert [p.text for p in split_at_joints(seg, [(271.2, 410.0)], figures)] == ["成29(2017)年度）", "成30(2018)年度）"]
    # without a bracket the line above opened, a closed bracket followed by words still ends a cell
    assert [i for i, _ in bracket_joints(Segment("2021年度（令和3年度）2022年度（令和4年度）", (0, 0, 180, 9)))] == [13]


def test_headers_each_leaving_its_bracket_open_part_before_each_open_one() -> None:
    # corpus seed 578 kpi_baseline_target in pdf_rules (dev2 wordings): two year headers set edge
    # to edge, each closing its outer bracket on its next line (） | ）), over two columns of figures
    seg = Segment("（令和6年（2024年）（令和元年（2019年）", (130.1, 100, 305.0, 109))
    assert [i for i, _ in bracket_joints(seg)] == [12]
    figures = [(182.4, 213.9), (269.6, 301.1)]
    assert [p.text for p in split_at_joints(seg, [(130.1, 305.0)], figures)] == ["（令和6年（2024年）", "（令和元年（2019年）"]
    # seed 734 (dev4 wordings): three such, the inner brackets 〔〕
    assert [i for i, _ in bracket_joints(Segment("（2017年度〔平成29年度〕（2020年度〔令和2年度〕（2022年度〔令和4年度〕", (0, 0, 300, 9)))] == [15, 29]
    assert bracket_joints(Segment("（令和6年度（2024年度）", (0, 0, 120, 9))) == ()  # one bracket left open: one cell
    assert bracket_joints(Segment("（（2023", (0, 0, 60, 9))) == ()  # brackets opened one in the other
    # seed 565 (dev wordings): words open the segment, the second header's words start before its bracket
    assert bracket_joints(Segment("中間目標値(2024年度(R6)中間目標値(2026年度(R8)", (0, 0, 200, 9))) == ()


def test_a_header_line_whose_bracket_closes_under_its_first_part_stays_one_cell() -> None:
    # corpus seed 577 kpi_baseline_target in pdf_rules (dev5 wordings): 目標値（目標年度）(R6（2024） over
    # 年度) centred under the whole cell, its figures set flush right under (R6（2024）
    head = line(207.9, (191.1, 322.9, "目標値（目標年度）(R6（2024）"), (322.9, 454.6, "目標値（目標年度）(R9（2027）"))
    head = SegLine((Segment(head.segments[0].text + head.segments[1].text, (191.1, 207.9, 454.6, 216.9), ((18, 322.85),)),),
                   head.bbox, 1, head.text)
    closing = line(218.7, (245.1, 267.6, "年度)"), (378.1, 400.6, "年度)"))
    body = line(245.3, (59.5, 131.5, "健康寿命（男性）"), (297.9, 320.4, "78.66"), (430.8, 453.3, "80.32"))
    cols = [(59.5, 131.5), (191.1, 272.9), (297.9, 320.4), (375.8, 402.8), (430.8, 453.3)]
    parted = cells.split_lines_at_joints([head, closing, body], cols)
    assert [s.text for s in parted[0].segments] == ["目標値（目標年度）(R6（2024）", "目標値（目標年度）(R9（2027）"]
    # two headers each leaving its bracket open, a closing line under each: parted
    glued = line(120.6, (130.1, 305.0, "（令和6年（2024年）（令和元年（2019年）"))
    closers = line(131.4, (168.3, 177.3, "）"), (255.5, 264.5, "）"))
    rows = [line(152.6 + 20 * r, (44.5, 107.5, "移住者数（人）"), (200.4, 213.9, "218"), (287.6, 301.1, "287")) for r in range(2)]
    parted = cells.split_lines_at_joints([glued, closers, *rows], [(44.5, 107.5), (130.1, 305.0)])
    assert [s.text for s in parted[0].segments] == ["（令和6年（2024年）", "（令和元年（2019年）"]


def test_a_space_inside_a_bracket_keeps_its_run_solid() -> None:
    # corpus seed 532 kpi_baseline_target in pdf_rules (dev6 wordings): three year headers, a space
    # inside each bracket, set edge to edge over three columns of figures
    seg = Segment("（令和6年度 (2024)）（令和9年度 (2027)）（令和4年度 (2022)）", (224.1, 100, 495.8, 109))
    assert [i for i, _ in bracket_joints(seg)] == [14, 28]
    assert bracket_joints(Segment("目標値 (2024)（R6）", (0, 0, 120, 9))) == ()  # words a space apart: no solid run


def test_bracketed_headers_set_edge_to_edge_part_between_their_brackets() -> None:
    # corpus seed 532 kpi_baseline_target in pdf_rules (dev4 wordings): three year headers, each
    # one bracket, glued under 計画値（目標） | 計画値（目標） | 計画策定時の基準値
    seg = Segment("（2024年度末（R6））（2027年度末（R9））（2022年度末（R4））", (224.1, 100, 495.8, 109))
    assert [i for i, _ in bracket_joints(seg)] == [13, 26]
    assert bracket_joints(Segment("(1)(2)子育て", (0, 0, 90, 9))) == ()  # enumerators end no cell


def test_a_numbered_heading_over_rows_starting_right_of_it_heads_them() -> None:
    # corpus seed 312 kpi_transposed in chromium_borderless: 基本目標1 | 魅力ある…, its title inside
    # the width of a header cell as wide (①関係人口（登録者数）（人）) over figures set flush right
    heading = line(0, (45.8, 87.4, "基本目標1"), (96.4, 231.4, "魅力ある観光と交流のまちづくり"))
    head = line(16, (108.2, 234.2, "①関係人口（登録者数）（人）"), (249.2, 339.2, "②新規雇用者数（人）"))
    body = [line(30 + 13.5 * r, (57.8, 87.0, f"{23 + r}年度"), (208.8, 234.2, f"3,{r}76"), (322.3, 339.2, f"1{r}9"))
            for r in range(3)]
    assert heads_no_columns([heading, head, *body], 0)
    title_row = line(0, (45.8, 87.4, "区分"), (96.4, 231.4, "魅力ある観光と交流のまちづくり"))
    assert not heads_no_columns([title_row, head, *body], 0)  # no number: a header row


def test_figures_glued_edge_to_edge_are_not_parted_at_their_brackets() -> None:
    # corpus seed 310 kpi_progress in pdf_rules: 14人（延べ418日）18人（延べ452日） glued beside a name
    # the layout glued to its unit (活動日日数): parted, the figures would be that wrong name's
    seg = Segment("14人（延べ418日）18人（延べ452日）", (220.9, 100, 385.6, 109))
    assert split_at_joints(seg, [(200.0, 400.0)], [(220.9, 300.0), (305.0, 385.6)]) == [seg]


def test_a_half_width_glyph_and_the_gap_after_it_are_no_full_width_pitch() -> None:
    # corpus seed 2 kpi_progress in pdf_borderless: 実績(2021年) | 達成状況, the ) 0.35 em wide and the
    # column gap after it adding up to the run's 1 em pitch: the gap stays, the cells apart
    x, chars = 100.0, []
    for ch, width, step in (("年", 1.0, 1.0), (")", 0.35, 0.99), ("達", 1.0, 1.0), ("成", 1.0, 1.0)):
        chars.append({"text": ch, "x0": x, "x1": x + width * EM, "top": 50.0, "bottom": 50.0 + EM, "size": EM, "upright": True,
                      "matrix": (1.0, 0.0, 0.0, 1.0, x, 0.0)})
        x += step * EM
    assert _fitted(chars)[1]["x1"] == 100.0 + 1.35 * EM


def test_cells_glued_at_joints_part_also_at_a_bracket_in_a_column_gap() -> None:
    # corpus seed 523 kpi_progress in pdf_borderless: 策定年（2023年）…目標値（2029年）達成度, its
    # cells glued edge to edge (joints) but for the last, whose ） pdfium widened to its run's pitch
    # over the gap: 目標値 and 達成度 read as one header, the 目標値 column left without one
    seg = Segment("実績値（2025年）目標値（2029年）達成度", (366.0, 141, 520.0, 151), ((10, 408.8),))
    cols = [(366.0, 406.0), (411.0, 481.0), (489.0, 499.0)]
    assert [p.text for p in split_at_joints(seg, cols)] == ["実績値（2025年）", "目標値（2029年）", "達成度"]
    # without a joint the segment is not proven glued: a header over one column's text stays whole
    assert [p.text for p in split_at_joints(Segment(seg.text[10:], (408.8, 141, 520.0, 151)), cols)] == ["目標値（2029年）達成度"]


def _line(glyphs: list[tuple[str, float, float]], x: float = 100.0) -> list[dict[str, Any]]:
    """Chars of one line from (text, box width, step) in em, all in one font."""
    out = []
    for ch, width, step in glyphs:
        out.append({"text": ch, "x0": x, "x1": x + width * EM, "top": 50.0, "bottom": 50.0 + EM, "size": EM, "upright": True,
                    "fontname": "IPAPGothic", "matrix": (1.0, 0.0, 0.0, 1.0, x, 0.0)})
        x += step * EM
    return out


# （日） ending one cell's header, the next cell's ② 0.48 em after its ）, inside a run at 1 em
# (corpus seed 504 kpi_transposed in calc_borderless: IPA PGothic sets ） half an em wide)
_GLUED = [("日", 1.0, 1.0), ("）", 0.55, 1.03), ("②", 1.0, 1.0), ("生", 1.0, 1.0)]


@pytest.mark.parametrize(("other_width", "kept"), [
    (0.55, True),  # the same ） set solid in （延べ日数）（日）: its box is its advance
    (0.557, True),  # the same width, as the engine rounds it: 0.007 em off (GLYPH_WIDTH_TOL_EM 0.01, not its half)
    (0.565, False),  # another width, 0.015 em off (not within twice the tolerance either): no proof for this one
])
def test_a_glyph_the_page_sets_solid_at_its_box_keeps_its_box(other_width: float, kept: bool) -> None:
    solid = _line([("数", 1.0, 1.0), ("）", other_width, other_width), ("（", other_width, other_width), ("日", 1.0, 1.0)], x=300.0)
    chars = _fitted(_line(_GLUED) + solid)
    assert (chars[1]["x1"] == chars[1]["x0"] + 0.55 * EM) is kept


def test_a_glyph_the_page_never_sets_solid_at_its_box_fills_its_step() -> None:
    # no ） set solid anywhere: nothing proves its box its advance (a browser's narrow report)
    chars = _fitted(_line(_GLUED))
    assert chars[1]["x1"] == chars[2]["x0"]


def test_a_closing_bracket_as_wide_as_its_opening_half_set_solid_keeps_the_gap_after_it() -> None:
    # LibreOffice Calc, corpus seed 704 kpi_transposed: （冊） | ③移住相談件数, a proportional font's
    # brackets half an em wide, the cell's padding after ）; （ is set solid before 冊
    half = 0.55
    glyphs = [("数", 1.0, 1.0), ("（", half, half), ("冊", 1.0, 1.0), ("）", half, 1.0), ("③", 1.0, 1.0), ("移", 1.0, 1.0), ("住", 1.0, 1.0)]
    chars = _fitted(_line(glyphs))
    assert chars[3]["x1"] - chars[3]["x0"] == pytest.approx(half * EM)
    assert "".join(c["text"] for c in pc.with_spaces(chars)) == "数（冊） ③移住"
    # no （ set solid on the page: ） reads as a glyph narrower than its run's pitch, as before
    alone = _fitted(_line([("冊", 1.0, 1.0) if t == "（" else (t, w, step) for t, w, step in glyphs]))
    assert alone[3]["x1"] == alone[4]["x0"]
    # another font's （ says nothing of this one's ）
    other = _line(glyphs)
    other[1] = {**other[1], "fontname": "IPAMincho"}
    assert _fitted(other)[3]["x1"] == other[4]["x0"]
