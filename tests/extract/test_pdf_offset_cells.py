"""A row's cells set at different heights of it, glued along their line: a number centred on the
row beside a name wrapped in two lines (synthetic char layouts, pdfplumber's char dicts; corpus
seed 829 budget_main_projects in calc_borderless)."""

from __future__ import annotations

from typing import Any

from extract.pdf import pdfplumber_adapter as plumber

SIZE = 6.1
GAP_EM = 0.19  # 1 ends 1.16 pt before 住 in the corpus page


def _glyphs(text: str, x0: float, top: float, size: float = SIZE, width: float = SIZE) -> list[dict[str, Any]]:
    return [{"text": t, "x0": x0 + k * width, "x1": x0 + (k + 1) * width, "top": top, "bottom": top + size,
             "doctop": top, "size": size, "upright": True, "fontname": "F"} for k, t in enumerate(text)]


def _number_beside_name(offset_em: float, gap_em: float = GAP_EM, size: float = SIZE) -> list[str]:
    number = _glyphs("1", 0.0, offset_em * SIZE, size=size, width=0.6 * SIZE)
    name = _glyphs("住宅用太陽光", 0.6 * SIZE + gap_em * SIZE, 0.0)
    return [s.text for s in plumber._segments(number + name, [])]


def test_a_number_set_half_a_line_below_the_name_beside_it_is_a_text_of_its_own() -> None:
    assert _number_beside_name(0.5) == ["1", "住宅用太陽光"]
    assert _number_beside_name(0.3) == ["1", "住宅用太陽光"]


def test_glyphs_on_one_line_give_or_take_the_baseline_tolerance_are_one_text() -> None:
    assert _number_beside_name(0.0) == ["1住宅用太陽光"]
    assert _number_beside_name(0.15) == ["1住宅用太陽光"]


def test_glyphs_set_solid_on_other_baselines_are_one_text() -> None:
    # a glyph raised or lowered against its neighbour with no gap (a subscript set solid)
    assert len(_number_beside_name(0.5, gap_em=0.0)) == 1
    assert len(_number_beside_name(0.5, gap_em=0.07)) == 1  # nearer than a joint: set solid


def test_a_glyph_of_another_size_on_another_baseline_stays_with_its_text() -> None:
    # a sub- or superscript is smaller: its place off the line says nothing of a cell
    assert len(_number_beside_name(0.5, size=1.15 * SIZE)) == 1
    assert _number_beside_name(0.5, size=1.07 * SIZE) == ["1", "住宅用太陽光"]


def _note_beside_figures(first: str, middle_text: str = "び住宅取得") -> list[str]:
    # corpus seed 828 budget_main_projects in calc_borderless: a note wrapped in three lines, its
    # middle line on the figures' line, glued 0.2 em after the last one (right-aligned)
    figures = _glyphs(first, 0.0, SIZE, width=0.6 * SIZE)
    after = figures[-1]["x1"] + 0.2 * SIZE
    middle = _glyphs(middle_text, after, SIZE)
    top, bottom = _glyphs("移住希望者", after, 0.0), _glyphs("する", after, 2 * SIZE)
    return [s.text for s in plumber._segments(figures + middle + top + bottom, [])]


def test_a_figure_glued_to_the_middle_line_of_a_wrapped_note_stays_out_of_its_stack() -> None:
    assert _note_beside_figures("135,795,317") == ["135,795,317", "移住希望者\nび住宅取得\nする"]


def test_a_word_glued_to_the_middle_line_of_a_wrapped_note_stacks_with_it() -> None:
    assert len(_note_beside_figures("ABCDEFG")) == 1


def test_a_figure_glued_to_its_unit_stays_with_it() -> None:
    # △131 set apart from 万円 in a stack of lines (realdocs otoineppu_kouhou_2021-03 p4): one value
    assert len(_note_beside_figures("135,795,317", middle_text="万円")) == 1


def _glued_dash(left: str, gap_em: float = 0.19) -> tuple[tuple[int, float], ...]:
    # corpus seed 835 budget_main_projects in calc_borderless: 0 right-aligned under 市債, the next
    # cell's - flush left under その他 0.19 em after it, the segment's last glyph
    figure = _glyphs(left, 0.0, 0.0, width=0.6 * SIZE)
    dash = _glyphs("-", figure[-1]["x1"] + gap_em * SIZE, 0.0, width=0.4 * SIZE)
    return plumber._segments(figure + dash, [])[0].joints


def test_a_dash_closing_its_segment_after_a_digit_is_a_joint() -> None:
    assert [k for k, _ in _glued_dash("0")] == [1]


def test_a_dash_after_a_letter_or_set_solid_is_no_joint() -> None:
    assert _glued_dash("A") == ()
    assert _glued_dash("0", gap_em=0.05) == ()  # set solid


def _name_over_value(value: str, name: str = "発信するイベン") -> list[str]:
    # corpus seed 800 kpi_baseline_target in calc_borderless (--vocab dev13): a name wrapped in two
    # lines, its first line filling its column up to the next cell's value (flush left, wrapped in
    # two lines too), glued 0.2 em on
    first = _glyphs(name, 0.0, 0.0)
    after = first[-1]["x1"] + 0.2 * SIZE
    value_lines = _glyphs(value, after, 0.0, width=0.6 * SIZE) + _glyphs("度末）", after, 1.2 * SIZE)
    return [s.text for s in plumber._segments(first + _glyphs("参加者数", 0.0, 1.2 * SIZE) + value_lines, [])]


def test_a_value_glued_after_a_wrapped_name_s_first_line_stays_out_of_its_stack() -> None:
    assert _name_over_value("2974人（R4") == ["発信するイベン\n参加者数", "2974人（R4\n度末）"]


def test_a_year_glued_after_a_wrapped_name_s_first_line_stays_with_it() -> None:
    assert _name_over_value("2年度", name="計画期間令和")[0].startswith("計画期間令和2年度")  # 令和|2年度 is one year


def _glued_figures(left: str, right: str, gap_em: float = 0.2, spacing_em: float = 0.0) -> tuple[tuple[int, float], ...]:
    # corpus seed 787 kpi_baseline_target in calc_borderless: 7 right-aligned under 目標（Ｒ９）, the
    # next cell's 7（Ｒ４） flush left under 策定時 0.2 em after it, its glyphs set solid (spacing_em);
    # the name before them a column gap away
    figure = _glyphs(left, 10.0 * SIZE, 0.0, width=0.6 * SIZE)
    step = (0.6 + spacing_em) * SIZE
    after = [{**g, "x0": figure[-1]["x1"] + gap_em * SIZE + k * step, "x1": figure[-1]["x1"] + gap_em * SIZE + k * step + 0.6 * SIZE}
             for k, g in enumerate(_glyphs(right, 0.0, 0.0, width=0.6 * SIZE))]
    return plumber._segments(_glyphs("人数", 0.0, 0.0) + figure + after, [])[1].joints


def test_a_one_digit_figure_glued_to_the_next_cells_figure_is_a_joint() -> None:
    assert [k for k, _ in _glued_figures("7", "7(R4)")] == [1]


def test_digits_set_solid_or_letter_spaced_are_no_joint() -> None:
    assert _glued_figures("7", "7(R4)", gap_em=0.05) == ()  # set solid: one figure, 77
    assert _glued_figures("7", "7(R4)", spacing_em=0.2) == ()  # every digit 0.2 em apart: spaced, no cell's edge
