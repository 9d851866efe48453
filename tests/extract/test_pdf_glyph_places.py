"""Where single glyphs go: a space inside a column gap, a glyph hung past a cell's rule, a gap
inside a run of kanji (synthetic char layouts, pdfplumber's char dicts)."""

from __future__ import annotations

from typing import Any

from extract.pdf import pdfplumber_adapter as plumber
from extract.pdf.layout import cells_to_grids

SIZE = 10.0


def _ch(text: str, x0: float, width: float = SIZE, top: float = 0.0) -> dict[str, Any]:
    return {"text": text, "x0": x0, "x1": x0 + width, "top": top, "bottom": top + SIZE, "size": SIZE,
            "upright": True, "fontname": "F", "matrix": (1, 0, 0, 1, x0, 0)}


def _run(text: str, x0: float) -> list[dict[str, Any]]:
    return [_ch(t, x0 + k * SIZE) for k, t in enumerate(text)]


def _texts(chars: list[dict[str, Any]], spaces: list[dict[str, Any]]) -> list[str]:
    return [s.text for s in plumber._segments(chars, spaces)]


def test_one_space_bridges_only_a_gap_it_nearly_fills() -> None:
    # space 0.3 em wide; a gap leaving less than COL_GAP_EM beside it is a word break
    space = 0.3 * SIZE
    near = 0.3 * SIZE + 0.4 * SIZE
    left, right = _run("計画", 0), _run("目標", 20 + near)
    assert _texts(left + right, [_ch(" ", 20 + 0.2 * SIZE, space)]) == ["計画 目標"]
    # the same space alone in a gap leaving COL_GAP_EM or more beside it sits in a column gap
    far = 0.3 * SIZE + 0.6 * SIZE
    left, right = _run("計画", 0), _run("目標", 20 + far)
    assert _texts(left + right, [_ch(" ", 20 + 0.2 * SIZE, space)]) == ["計画", "目標"]


def test_a_space_inside_a_wide_column_gap_parts_the_columns() -> None:
    left, right = _run("（2022", 0), _run("目標値", 100)
    assert _texts(left + right, [_ch(" ", 60, 0.3 * SIZE)]) == ["（2022", "目標値"]


def _cells(chars: list[dict[str, Any]], rule: float) -> dict[str, tuple[int, int] | None]:
    grid = cells_to_grids([(0.0, -5.0, rule, 15.0), (rule, -5.0, 2 * rule, 15.0)])[0]
    x, y = plumber._midpoints(chars)
    x = plumber._hung_left(grid.xs, chars, plumber._hangers(chars), x)
    return {ch["text"]: a for ch, a in zip(chars, plumber._anchors(grid, chars, (x, y)))}


def test_a_hung_glyph_crossing_a_rule_stays_in_the_cell_left_of_it() -> None:
    rule = 50.0
    # ー and ） boxes start 0.35 em left of the rule: their midpoints lie right of it
    for hung in ("ー", "）"):
        cells = _cells([*_run("センタ", rule - 3.35 * SIZE), _ch(hung, rule - 0.35 * SIZE), *_run("17", rule + 5)], rule)
        assert cells[hung] == (0, 0) and cells["1"] == (0, 1)
    # a glyph that may open a line goes where its middle lies
    assert _cells([_ch("値", rule - 0.35 * SIZE)], rule)["値"] == (0, 1)
    # a hanger starting right of the rule is the next cell's
    assert _cells([_ch("ー", rule + 1)], rule)["ー"] == (0, 1)


def _solid_then(gap_em: float, after: str = "目標値", neighbour_em: float = 0.0) -> list[dict[str, Any]]:
    head = [_ch(t, k * (1 + neighbour_em) * SIZE) for k, t in enumerate("時点（令")]
    start = head[-1]["x1"] + gap_em * SIZE
    return head + [_ch(t, start + k * (1 + neighbour_em) * SIZE) for k, t in enumerate(after)]


def test_a_gap_between_kanji_of_a_solid_run_parts_two_cells() -> None:
    # a header wrapped up to the next cell's text: 0.24 em between two kanji set solid
    assert _texts(_solid_then(0.24), []) == ["時点（令", "目標値"]
    # justified prose spaces letters up to about 0.2 em (0.17 em: か | ら in the realdocs)
    assert _texts(_solid_then(0.17), []) == ["時点（令目標値"]
    # a letter-spaced run spaces all its letters: no neighbour set solid
    assert _texts(_solid_then(0.24, neighbour_em=0.24), []) == ["時点（令目標値"]
    # nearly solid neighbours (0.03 em) still make a solid run; 0.07 em ones a spaced one
    assert _texts(_solid_then(0.24, neighbour_em=0.03), []) == ["時点（令", "目標値"]
    assert len(_texts(_solid_then(0.24, neighbour_em=0.07), [])) == 1
    # a drawn space makes the gap a word break; a digit beside the gap is no em-wide letter
    assert len(_texts(_solid_then(0.24), [_ch(" ", 40.5, 0.2 * SIZE)])) == 1
    assert _texts(_solid_then(0.24, after="2022"), []) == ["時点（令2022"]


def _run_of(parts: list[tuple[str, float]]) -> list[dict[str, Any]]:
    """Glyphs of each (text, gap before it in em) part, kanji one em wide, digits half an em."""
    out: list[dict[str, Any]] = []
    at = 0.0
    for text, gap_em in parts:
        at += gap_em * SIZE
        for t in text:
            width = SIZE / 2 if t.isascii() else SIZE
            out.append(_ch(t, at, width))
            at += width
    return out


def test_a_gap_between_digits_set_solid_after_kanji_and_a_kanji_parts_two_cells() -> None:
    # corpus seed 4 kpi_baseline_target pdf_rules: 計画目標値 (2020年度（令和2 | 目標値 (2022年度 …,
    # two centred headers 0.31 em apart; 和2 set solid, so no space between Japanese and digits
    assert _texts(_run_of([("令和2", 0), ("目標値", 0.24)]), []) == ["令和2", "目標値"]
    assert _texts(_run_of([("目標", 0), ("2022年", 0.24)]), []) == ["目標", "2022年"]
    assert _texts(_run_of([("令和2", 0), ("目標値", 0.17)]), []) == ["令和2目標値"]  # within justified prose's spacing
    # an engine spacing digits from Japanese spaces them on both sides: 令和 2 年 is one run
    assert _texts(_run_of([("令和", 0), ("12", 0.25), ("年度", 0.25)]), []) == ["令和12年度"]
    # a digit run opening the line, or closing it, shows no side set solid
    assert _texts(_run_of([("12", 0), ("目標値", 0.24)]), []) == ["12目標値"]


def _headers_overlapping(overlap_em: float) -> list[dict[str, Any]]:
    # two headers each as wide as its cell, the second starting overlap_em before the first ends
    head = _run("値（年）", 0)
    return head + _run("目標値", 40 - overlap_em * SIZE)


def test_glyphs_of_a_solid_run_set_off_solid_make_a_joint() -> None:
    # 0.15 em overlap between ） and 目: a joint (JOINT_EM 0.1), the segment kept whole
    (seg,) = plumber._segments(_headers_overlapping(0.15), [])
    assert seg.text == "値（年）目標値" and [i for i, _ in seg.joints] == [4]
    assert abs(seg.joints[0][1] - (40 - 0.075 * SIZE)) < 0.01
    # 0.07 em (a kerned pair, a font's rounding) is solid enough; so is a run spaced evenly
    assert plumber._segments(_headers_overlapping(0.07), [])[0].joints == ()
    assert plumber._segments(_solid_then(0.15, neighbour_em=0.15), [])[0].joints == ()
    # a gap as well as an overlap: 0.15 em between 令 and 目 (narrower than a cell gap)
    assert [i for i, _ in plumber._segments(_solid_then(0.15), [])[0].joints] == [4]
    # one glyph em-wide is enough: （令和2年度） overlapping 2021年度 (as set over two year columns);
    # two digits closer than solid are kerned
    assert [i for i, _ in plumber._segments(_run("度）", 0) + [_ch("2", 20 - 0.24 * SIZE, SIZE / 2)], [])[0].joints] == [2]
    digits = [_ch("1", 0, SIZE / 2), _ch("2", SIZE / 2, SIZE / 2), _ch("3", SIZE - 0.15 * SIZE, SIZE / 2), _ch("4", 1.35 * SIZE, SIZE / 2)]
    assert plumber._segments(digits, [])[0].joints == ()


def _line_at(text: str, x0: float, top: float) -> list[dict[str, Any]]:
    """Glyphs of one line at top, with the doctop pdfplumber reads lines of several by."""
    return [{**_ch(t, x0 + k * SIZE, top=top), "doctop": top} for k, t in enumerate(text)]


def test_a_cell_wrapped_in_two_lines_beside_one_line_is_a_segment_of_its_own() -> None:
    # No. 2 right-aligned 1.3 pt before its name, wrapped in two lines half a line above and below
    # (Calc): read as one line, the name's first glyph would join the number
    number = [{**_ch("2", 8.7, 5.0, top=0.0), "doctop": 0.0}]
    wrapped = _line_at("まちづくり", 15.0, -0.5 * SIZE) + _line_at("事業", 15.0, 0.5 * SIZE)
    assert _texts(number + wrapped, []) == ["2", "まちづくり\n事業"]


def test_a_wrapped_name_and_its_unit_on_the_middle_line_are_two_segments() -> None:
    name = _line_at("中学生の", 0.0, -0.5 * SIZE) + _line_at("割合", 0.0, 0.5 * SIZE)
    unit = [{**_ch("%", 41.3, 5.0, top=0.0), "doctop": 0.0}]
    assert _texts(name + unit, []) == ["中学生の\n割合", "%"]


def test_lines_that_do_not_overlap_along_the_line_are_read_as_one() -> None:
    # a glyph set a little lower (a subscript) beside its word, no line over another: one segment
    word = _line_at("CO", 0.0, 0.0) + [{**_ch("2", 20.0, 5.0, top=0.3 * SIZE), "doctop": 0.3 * SIZE}]
    assert _texts(word, []) == ["CO2"]


def test_baseline_tol_parts_lines_a_fifth_of_the_size_apart() -> None:
    assert len(plumber._baselines(_line_at("計画", 0.0, 0.0) + _line_at("目標", 20.0, 0.15 * SIZE))) == 1
    assert len(plumber._baselines(_line_at("計画", 0.0, 0.0) + _line_at("目標", 20.0, 0.3 * SIZE))) == 2


def test_a_heading_over_the_words_below_it_is_measured_where_they_stand() -> None:
    # 財源の内訳 centred over 市債 | その他財源, read as one segment: its words stand where the
    # sub-headers do, the heading going with the first
    heading = _line_at("財源", 25.0, 0.0)
    below = _line_at("市債", 0.0, 1.2 * SIZE) + _line_at("その他", 24.0, 1.2 * SIZE)
    space = {**_ch(" ", 20.0, 4.0, top=1.2 * SIZE), "doctop": 1.2 * SIZE}
    (seg,) = plumber._segments(heading + below, [space])
    assert seg.text == "財源\n市債 その他"
    assert seg.words == ((0.0, 20.0), (24.0, 54.0))


def test_two_lines_of_words_read_as_one_segment_are_not_measured() -> None:
    top = _line_at("⑺", 0.0, 0.0) + _line_at("諸収入", 14.0, 0.0)
    below = _line_at("⑻", 0.0, 1.2 * SIZE) + _line_at("各種", 14.0, 1.2 * SIZE)
    spaces = [{**_ch(" ", 10.0, 4.0, top=t), "doctop": t} for t in (0.0, 1.2 * SIZE)]
    (seg,) = plumber._segments(top + below, spaces)
    assert seg.text == "⑺ 諸収入\n⑻ 各種" and seg.words == ()
