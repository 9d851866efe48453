"""The space an engine sets between Japanese letters and Latin letters or digits
(extract.pdf.autospace): proved from the page's own runs, then no joint.

Lines are built by hand in PDF points, shaped like LibreOffice Writer's print of the corpus' Word
files (writer_borderless: IPA PGothic at 10.5 pt, 平成 22 年度 with 0.2 em on both sides of the
digits) and LibreOffice Calc's (calc_borderless: the same years set solid, a row's number glued
to its name 0.2 em on).
"""

from __future__ import annotations

import pytest

from extract.pdf import autospace, pdfplumber_adapter
from extract.pdf.autospace import (AUTOSPACE_MAX_EM, AUTOSPACE_SHARE, AUTOSPACE_TOL_EM, MIN_AUTOSPACE_RUNS, MIN_TRANSITIONS,
                                   SOLID_RUN_EM, bracketed_runs, is_autospaced, is_narrow_latin_alnum, page_autospace)

SIZE_PT = 10.5
DIGIT_PT = 5.8  # a digit's advance in IPA PGothic at SIZE_PT


def char(text: str, x0: float, width: float, bottom: float = SIZE_PT) -> dict[str, object]:
    return {"text": text, "x0": x0, "x1": x0 + width, "top": bottom - SIZE_PT, "bottom": bottom, "size": SIZE_PT,
            "upright": True}


def glyphs(text: str, x0: float = 0.0, before_em: float = 0.0, after_em: float = 0.0, inner_em: float = 0.0,
           bottom: float = SIZE_PT) -> list[dict[str, object]]:
    """A run of text set solid but for before_em ahead of its Latin (ASCII) run and after_em after
    it (Japanese letters one em wide, Latin glyphs DIGIT_PT), inner_em between the Latin glyphs."""
    out: list[dict[str, object]] = []
    x = x0
    for k, ch in enumerate(text):
        latin, previous = ch.isascii(), text[k - 1].isascii() if k else None
        if k and latin and not previous:
            x += before_em * SIZE_PT
        elif k and not latin and previous:
            x += after_em * SIZE_PT
        elif k and latin and previous:
            x += inner_em * SIZE_PT
        width = DIGIT_PT if latin else SIZE_PT
        out.append(char(ch, x, width, bottom))
        x += width
    return out


def rows(texts: list[str], gap_em: float) -> list[list[dict[str, object]]]:
    return [glyphs(t, 0.0, gap_em, gap_em, bottom=SIZE_PT * 2 * (k + 1)) for k, t in enumerate(texts)]


def test_years_spaced_alike_on_both_sides_prove_the_page_s_autospace() -> None:
    # 平成 22 年度 down a column of years (corpus seed 514 kpi_transposed in writer_borderless)
    assert page_autospace(rows(["平成22年度", "平成23年度", "第1回"], 0.2)) == pytest.approx(0.2)


def test_years_set_solid_prove_none() -> None:
    # Calc sets 令和2年度 solid: a gap near 0, which parts nothing
    assert page_autospace(rows(["令和2年度", "令和3年度"], 0.0)) == pytest.approx(0.0)


def test_numbers_glued_on_one_side_prove_none() -> None:
    # 5 | ふるさと納税寄附額 (Calc): a right-aligned number glued to the next cell's name is spaced
    # on the side where the cells meet only; no run bracketed by Japanese letters
    lines = [glyphs("円", 0.0) + glyphs(f"{k}ふるさと", 100.0, 0.0, 0.2, bottom=SIZE_PT * 2 * (k + 1)) for k in range(1, 6)]
    assert page_autospace(lines) == 0.0


@pytest.mark.parametrize(("n", "proved"), [(1, False), (2, True)])
def test_min_autospace_runs(n: int, proved: bool) -> None:
    assert MIN_AUTOSPACE_RUNS == 2
    assert bool(page_autospace(rows(["令和2年度"] * n, 0.2))) is proved


@pytest.mark.parametrize(("alike", "other", "proved"), [(4, 1, True), (3, 2, False)])
def test_autospace_share(alike: int, other: int, proved: bool) -> None:
    # two texts glued on both sides of a number by chance do not undo the page's spacing; as
    # many runs spaced otherwise as alike prove nothing
    assert AUTOSPACE_SHARE == 0.8
    lines = rows(["令和2年度"] * alike, 0.2) + [glyphs("令和2年度", 0.0, 0.4, 0.4, bottom=200.0 + 20 * k) for k in range(other)]
    assert bool(page_autospace(lines)) is proved


@pytest.mark.parametrize(("gap_em", "autospaced"), [(0.23, True), (0.17, True), (0.28, False), (0.12, False)])
def test_autospace_tol_em(gap_em: float, autospaced: bool) -> None:
    # Writer's 0.2 em measures 0.19 to 0.22 em off the page; a word space drawn as none (0.28 em)
    # is not it
    assert AUTOSPACE_TOL_EM == 0.05
    left, right = char("成", 0.0, SIZE_PT), char("2", SIZE_PT + gap_em * SIZE_PT, DIGIT_PT)
    assert is_autospaced(left, right, 0.2) is autospaced
    assert is_autospaced(right, char("年", right["x1"] + gap_em * SIZE_PT, SIZE_PT), 0.2) is autospaced


def test_autospace_needs_a_japanese_letter_and_a_latin_one() -> None:
    two_digits = [char("2", 0.0, DIGIT_PT), char("2", DIGIT_PT + 2.1, DIGIT_PT)]
    assert not is_autospaced(*two_digits, 0.2)
    full_width = [char("成", 0.0, SIZE_PT), char("２", SIZE_PT + 2.1, SIZE_PT)]  # a full-width digit is Japanese text
    assert not is_autospaced(*full_width, 0.2)
    assert not is_autospaced(char("成", 0.0, SIZE_PT), char("2", SIZE_PT + 2.1, DIGIT_PT), 0.0)


def test_a_latin_letter_after_a_full_width_digit_is_autospaced() -> None:
    # ４７，８２４ t-CO2 (corpus seed 770 kpi_progress in writer_borderless): Writer sets the full-width digit as
    # Japanese text, the unit 0.2 em after it
    digit = char("４", 0.0, SIZE_PT)
    assert is_autospaced(digit, char("t", SIZE_PT + 2.1, DIGIT_PT), 0.2)
    assert not is_autospaced(digit, char("t", SIZE_PT + 2.1, DIGIT_PT), 0.0)  # no autospace the page proved
    assert not is_autospaced(digit, char("2", SIZE_PT + 2.1, DIGIT_PT), 0.2)  # a digit after it: two numbers


@pytest.mark.parametrize(("gap_em", "runs"), [(0.45, 1), (0.55, 0)])
def test_autospace_max_em(gap_em: float, runs: int) -> None:
    # a gap of a column's width parts two cells: no run inside one text
    assert AUTOSPACE_MAX_EM == 0.5
    assert len(bracketed_runs(glyphs("令和2年度", 0.0, gap_em, gap_em))) == runs


@pytest.mark.parametrize(("inner_em", "runs"), [(0.03, 1), (0.08, 0)])
def test_solid_run_em(inner_em: float, runs: int) -> None:
    # the digits of one figure are set solid; spaced apart, they are no one run
    assert SOLID_RUN_EM == 0.05
    assert len(bracketed_runs(glyphs("令和12年度", 0.0, 0.2, 0.2, inner_em))) == runs


def test_a_run_is_bracketed_by_japanese_letters_on_both_sides() -> None:
    assert bracketed_runs(glyphs("平成22年度", 0.0, 0.2, 0.2)) == [pytest.approx((0.2, 0.2))]
    assert bracketed_runs(glyphs("2,188円", 0.0, 0.2, 0.2)) == []  # one side only
    assert bracketed_runs(glyphs("約1,200人", 0.0, 0.2, 0.2)) == [pytest.approx((0.2, 0.2))]  # a figure's comma is in the run
    spaced = glyphs("第", 0.0) + [char(" ", SIZE_PT, 2.9)] + glyphs("1回", SIZE_PT + 2.9, 0.0, 0.2)
    assert bracketed_runs(spaced) == []  # a drawn space is a word break


def test_an_autospaced_year_is_no_joint_and_stays_one_segment() -> None:
    # 平成|22|年度 read as three cells (corpus seed 514 kpi_transposed in writer_borderless)
    line = glyphs("平成22年度", 0.0, 0.2, 0.2)
    assert pdfplumber_adapter._is_joint(line, 2, [])  # solid spacing read alone
    segs = pdfplumber_adapter._segments(line, [], page_autospace([line, line]))
    assert [(s.text, s.joints) for s in segs] == [("平成22年度", ())]
    assert pdfplumber_adapter._segments(line, [])[0].joints  # without the page's proof: joints
    assert autospace.is_wide_letter("平")


@pytest.mark.parametrize(("number", "spaced"), [("①", True), ("Ⅱ", True), ("½", True), ("㉑", False), ("※", False)])
def test_a_number_of_ambiguous_width_is_spaced_as_a_latin_digit(number: str, spaced: bool) -> None:
    # ①汚水処理人口普及 (corpus seed 533 kpi_year_matrix): Writer sets its autospace after ①; a wide
    # circled number (㉑) is Japanese text, a reference mark no number
    left, right = char(number, 0.0, SIZE_PT), char("汚", SIZE_PT * 1.2, SIZE_PT)
    assert is_autospaced(left, right, 0.2) is spaced


def years_opening_cells(n: int, heading: bool = True) -> list[list[dict[str, object]]]:
    """n years down a transposed table's first column, each opening its cell (2 年度: no Japanese letter
    before the digit), under a heading ending in its number (基本目標 1) when heading (corpus seed 909
    kpi_transposed in writer_borderless: no run bracketed on the page)."""
    lines = [glyphs(f"{k + 2}年度", 0.0, 0.0, 0.2, bottom=SIZE_PT * 2 * (k + 2)) for k in range(n)]
    return [glyphs("基本目標1", 0.0, 0.2, 0.0), *lines] if heading else lines


def test_transitions_spaced_alike_both_ways_prove_the_autospace() -> None:
    assert page_autospace(years_opening_cells(5)) == pytest.approx(0.2)
    assert page_autospace(years_opening_cells(5, heading=False)) == 0.0  # one way only: a number glued to a name


def test_min_transitions() -> None:
    assert MIN_TRANSITIONS == 3
    assert page_autospace(years_opening_cells(2)) == pytest.approx(0.2)  # three transitions
    assert page_autospace(years_opening_cells(1)) == 0.0  # two, as one bracketed run shows (test_min_autospace_runs)
    assert page_autospace(rows(["令和2年度"], 0.2)) == 0.0


def test_transitions_spaced_otherwise_prove_none() -> None:
    lines = years_opening_cells(3) + [glyphs(f"{k}ふるさと", 0.0, 0.0, 0.4, bottom=200.0 + 20 * k) for k in range(3)]
    assert page_autospace(lines) == 0.0  # 4 of 7 alike: under AUTOSPACE_SHARE


def calc_page(solid_em: float) -> list[list[dict[str, object]]]:
    """A Calc page whose cells glue both ways: a row's number 0.2 em before its name (1世帯数) and a
    name 0.2 em before the next cell's figure (調査中 | 32), its headers' years set solid, their
    glyph boxes solid_em apart (（令和2） at -0.003 em: corpus seed 821 kpi_baseline_target in
    calc_borderless, --vocab dev7)."""
    glued = [glyphs("1世帯数", 0.0, 0.0, 0.2), glyphs("3新規", 0.0, 0.0, 0.2, bottom=SIZE_PT * 3),
             glyphs("調査中32", 0.0, 0.2, 0.0, bottom=SIZE_PT * 5)]
    years = [glyphs("令和2年度", 0.0, solid_em, solid_em, bottom=SIZE_PT * 2 * (k + 4)) for k in range(2)]
    return glued + years


def test_transitions_set_solid_inside_cells_prove_none() -> None:
    # Writer spaces every transition of a run; Calc spaces its cell joints alone and sets the rest solid
    assert page_autospace(calc_page(-0.003)) == 0.0
    assert page_autospace(calc_page(-AUTOSPACE_TOL_EM / 2)) == 0.0  # boxes overlapping by rounding: solid
    assert page_autospace(calc_page(-AUTOSPACE_TOL_EM * 2)) == pytest.approx(0.2)  # overlapping glyphs count for nothing
