"""An era year cut inside its digits (extract.pdf.cut_years, normalize.years.completes_cut_era_year) and
a line inside a bracket left open above it (extract.pdf.bracket_notes.inside_open_brackets): no row of
figures stands on either (extract.pdf.figure_levels.figure_tops). Corpus seed 919 kpi_progress in
writer_borderless (dev8 wordings): 年度末の実 / 績 / H2 / 9（2017） beside R0 / 3（2021）, read as a row of
figures 9 | 3 | 0 dated 2017 … under headers dated 1990 (H2); 946人（延 / べ33,110 / 日） beside 832人（延 /
べ5,824 / 日）, read as two rows.

Pieces in PDF points (top-left origin): 8 pt text, every line 9.2 pt below the one above.
"""

from __future__ import annotations

from extract.pdf.bracket_notes import inside_open_brackets
from extract.pdf.cut_years import cut_year_rests
from extract.pdf.figure_levels import figure_tops
from extract.pdf.pieces import WRAP_GAP_MAX_EM, Piece
from normalize.years import completes_cut_era_year

H = 8.0
PITCH = 9.2


def piece(col: int, line: float, text: str) -> Piece:
    top = 100.0 + line * PITCH
    return Piece(text, (60.0 * col, top, 60.0 * col + 40.0, top + H), col)


def test_an_era_year_goes_on_where_its_western_year_agrees() -> None:
    assert completes_cut_era_year("H2", "9（2017）")  # H29（2017）
    assert completes_cut_era_year("年度末の実績R0", "3（2021）")  # R03: R0 alone is no year
    assert completes_cut_era_year("令和", "3（2021）")
    assert not completes_cut_era_year("H2", "9（2018）")  # H29 is 2017: no agreement, no cut shown
    assert not completes_cut_era_year("H2", "9")  # no western year to agree
    assert not completes_cut_era_year("12", "3（2021）")  # no era
    assert not completes_cut_era_year("H29", "（2017）")  # the bracket is a note, no digits go on
    assert not completes_cut_era_year("ICT", "3（2021）")  # T3 is 1914


def header(gap_em: float = PITCH / H - 1) -> list[Piece]:
    """Four year headers cut inside their era years, over a row of figures."""
    lines = [("到達目標", "R0", "3（2021）"), ("年度末の実績", "H2", "9（2017）"), ("年度末の実績", "H3", "0（2018）")]
    out = []
    for col, texts in enumerate(lines, start=1):
        out += [piece(col, k * (1 + gap_em) * H / PITCH, t) for k, t in enumerate(texts)]
    return out + [piece(0, 3, "テレワーク施設"), *(piece(col, 3, v) for col, v in enumerate(("2,620", "3,204", "2,163"), start=1))]


def test_the_rest_of_a_cut_year_opens_no_row_of_figures() -> None:
    pieces = header()
    assert {p.text for p in pieces if id(p) in cut_year_rests(pieces)} == {"3（2021）", "9（2017）", "0（2018）"}
    assert [top for _, top in figure_tops(pieces)] == [100.0 + 3 * PITCH]


def test_the_rest_lies_within_a_wrap_gap_of_the_era_year() -> None:
    assert WRAP_GAP_MAX_EM == 0.75
    assert len(cut_year_rests(header(0.7))) == 3
    assert not cut_year_rests(header(0.8))


def test_a_line_inside_a_bracket_left_open_above_it_opens_no_row() -> None:
    pieces = [piece(0, 0, "ボランティア"), piece(1, 0, "946人（延"), piece(1, 1, "べ33,110"), piece(1, 2, "日）"),
              piece(2, 0, "832人（延"), piece(2, 1, "べ5,824"), piece(2, 2, "日）"), piece(0, 1, "登録者数")]
    assert {p.text for p in pieces if id(p) in inside_open_brackets(pieces)} == {"べ33,110", "べ5,824", "日）"}
    # neither the note's rest (べ33,110) nor the figure opening the note (946人（延) stands a row of figures: a
    # noted figure opening rows by itself broke ruled Chromium / WeasyPrint tables at the merge (session 25)
    assert figure_tops(pieces) == []


def test_a_bracket_closed_on_its_line_leaves_the_next_line_free() -> None:
    pieces = [piece(0, 0, "ボランティア"), piece(1, 0, "946人（延べ33,110日）"), piece(1, 1, "1,044人"), piece(2, 0, "832人"),
              piece(2, 1, "900人")]
    assert not inside_open_brackets(pieces)
    assert len(figure_tops(pieces)) == 2


def test_noted_figures_alone_stand_no_row_of_figures() -> None:
    """23人（延べ | 17人（延べ over their notes' rests stand no row of figures by themselves (writer25's reading of them
    as one, for corpus seed 894 kpi_progress in writer_borderless, broke ruled tables set by Chromium and WeasyPrint
    at the merge, session 25); beside 105 centred between their lines (seed 716 kpi_baseline_target in
    html_borderless) the row's figures stand on 105's line."""
    noted = [piece(0, 0, "協力隊員数"), piece(1, 0, "23人（延べ"), piece(1, 1, "690日）"), piece(2, 0, "17人（延べ"),
             piece(2, 1, "340日）")]
    assert figure_tops(noted) == []
    centred = [*noted, piece(3, 0.5, "105"), piece(4, 0.5, "38,929")]
    assert [top for _, top in figure_tops(centred)] == [100.0 + 0.5 * PITCH]
