"""Narrow columns whose cells an engine breaks a glyph or two per line, read from the table's own rows.

Pieces are built by hand in PDF points (top-left origin) as Typst sets a borderless year matrix
in 9 pt type: cells padded 2 pt and set at their top, so that a row's first line stands 10.43 pt
(top to top) under the last line of the row above while a cell's next line stands 12.29 pt under
its first, wider than the rows; a 区分 column two glyphs wide breaks 目指す値 into 目指す / 値 and
実績 into 実 / 績. No gap then tells a cell's next line from the next row; the rows of figures, the
lines standing level with them, and the one pitch a cell's lines keep do.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.pdf import figure_rows
from extract.pdf.figure_levels import figure_tops, labelled_tops
from extract.pdf.figure_rows import leads_past_figures
from extract.pdf.pieces import Piece, advance
from extract.pdf.rows import pieces_to_rows
from tests.corpus.generator import generate_corpus
from tests.corpus.measure import score_file
from tests.corpus.render_typst import write_typst_pdf
from tests.corpus.test_corpus import require
from tests.extract.test_pdf_top_rows import texts

H = 9.0  # glyph height
LEADING = 12.29  # top to top, the lines of one cell
ROW_PITCH = 10.43  # top to top, a row's last line and the next row's first: closer than the leading


def piece(col: int, top: float, text: str) -> Piece:
    w = 4.5 * sum(advance(ch) for ch in text)
    return Piece(text, (60.0 * col, top, 60.0 * col + w, top + H), col)


def year_matrix(kinds: tuple[tuple[str, ...], tuple[str, ...]] = (("実績",), ("目指す", "値"))) -> list[Piece]:
    """A header, then indicators of two sub-rows each: 実績 with one figure (the base year's), the
    target row with two; the 区分 cells broken into the lines given."""
    ps = [piece(0, 0.0, "指標"), piece(1, 0.0, "区分"), piece(2, 0.0, "R5年"), piece(3, 0.0, "R4年"), piece(4, 0.0, "H30年")]
    top = ROW_PITCH
    for name, actual, targets in (("テレワーク施設利用者数", "2,996", ("3,805", "3,274")), ("転入者数", "－", ("342", "447")),
                                  ("地域おこし協力隊員数", "16", ("20", "21"))):
        ps += [piece(0, top, name), piece(4, top, actual)]
        for kind in kinds:
            ps += [piece(1, top + k * LEADING, line) for k, line in enumerate(kind)]
            if kind is kinds[1]:
                ps += [piece(2, top, targets[0]), piece(3, top, targets[1])]
            top += (len(kind) - 1) * LEADING + ROW_PITCH
    return ps


def test_a_kind_broken_over_lines_wider_apart_than_the_rows_stays_in_its_row() -> None:
    # corpus seed 744 kpi_year_matrix in typst_borderless: read by the gaps, 値 went on into the next
    # indicator's 実績 (the rows' gap the narrower), and no value of the table found its kind
    assert texts(pieces_to_rows(year_matrix())) == [
        ["指標", "区分", "R5年", "R4年", "H30年"],
        ["テレワーク施設利用者数", "実績", "2,996"], ["目指す値", "3,805", "3,274"],
        ["転入者数", "実績", "－"], ["目指す値", "342", "447"],
        ["地域おこし協力隊員数", "実績", "16"], ["目指す値", "20", "21"]]


def test_a_kind_broken_glyph_by_glyph_in_both_sub_rows_stays_in_each() -> None:
    # seed 813 kpi_year_matrix: 実 / 績 / 計 / 画 read as one cell gave every figure the kind 実績 (15 wrong)
    rows = texts(pieces_to_rows(year_matrix((("実", "績"), ("計", "画")))))
    assert [row[:2] for row in rows[1:]] == [["テレワーク施設利用者数", "実績"], ["計画", "3,805"], ["転入者数", "実績"],
                                             ["計画", "342"], ["地域おこし協力隊員数", "実績"], ["計画", "20"]]


def test_one_figure_level_with_a_line_of_another_column_stands_a_row() -> None:
    ps = year_matrix()
    actual_rows = sorted(p.bbox[1] for p in ps if p.col == 4 and p.bbox[1] > 0)  # one figure each, beside name and 実績
    target_rows = [top for _, top in figure_tops(ps)]  # two figures each
    assert len(target_rows) == 3 and not set(actual_rows) & set(target_rows)
    assert [top for _, top in labelled_tops(ps, figure_tops(ps))] == sorted(actual_rows + target_rows)
    lone = [piece(0, 0.0, "指標"), piece(2, 0.0, "R5年"), piece(3, 20.0, "16")]  # a figure level with nothing
    assert labelled_tops(lone, figure_tops(lone)) == []


def test_a_figure_whose_cell_goes_on_below_stands_no_row() -> None:
    # sample 002 page 6: 21.6億 over 円 (5年間の平均), set at its row's top beside the first lines of
    # wrapped cells (事業実施 / による経済波及効果): the cell goes on, so its first line is no row of one figure
    head = [piece(0, 0.0, "指標"), piece(1, 0.0, "実績"), piece(2, 0.0, "目標")]
    ps = head + [piece(0, 20.0, "事業実施"), piece(0, 20.0 + LEADING, "による効果"), piece(1, 26.0, "22.5億円"),
                 piece(2, 20.0, "21.6億"), piece(2, 20.0 + LEADING, "円 (5年間の平均)")]
    assert labelled_tops(ps, figure_tops(ps)) == figure_tops(ps) == []
    whole = ps[:-1]  # the figure alone in its cell, level with the name's first line: a row of its own
    assert labelled_tops(whole, figure_tops(whole)) == [(0, 20.0)]


def spanning_name(second: float) -> list[Piece]:
    """A name of two lines (①観光入込客 / 数) set at the top of its two sub-rows, its second line
    `second` pt under its first; the sub-rows a one-line pitch apart."""
    ps = [piece(0, 0.0, "KPI"), piece(1, 0.0, "区分"), piece(2, 0.0, "2024年"), piece(3, 0.0, "2019年")]
    top = H + 2.0
    ps += [piece(0, top, "①観光入込客"), piece(1, top, "直近値"), piece(3, top, "822.8"),
           piece(1, top + ROW_PITCH, "めざす値"), piece(2, top + ROW_PITCH, "755.3"), piece(3, top + ROW_PITCH, "785.1"),
           piece(0, top + second, "数")]
    return ps


def test_a_name_set_at_the_top_of_its_sub_rows_is_the_first_sub_rows() -> None:
    # seed 825 kpi_year_matrix: 数 beside めざす値, 1.9 pt off its line, was read into that sub-row by overlap
    ps = spanning_name(LEADING)
    assert leads_past_figures(ps, labelled_tops(ps, figure_tops(ps)))
    assert texts(pieces_to_rows(ps))[1:] == [["①観光入込客数", "直近値", "822.8"], ["めざす値", "755.3", "785.1"]]


def test_a_name_level_with_each_sub_row_is_led_from_no_top() -> None:
    # a name whose lines stand on both sub-rows' lines (set solid, no padding) shows no cell spanning them
    ps = spanning_name(ROW_PITCH)
    assert not leads_past_figures(ps, labelled_tops(ps, figure_tops(ps)))


def test_a_cell_running_at_its_pitch_through_a_rows_line_is_led_from_no_top() -> None:
    # a name of three lines over two sub-rows whose last line stands on the second sub-row's line at
    # the name's own pitch: the cell runs through the rows' lines (centred on them), set at no row's top
    col = [piece(0, 10.0, "名称の"), piece(0, 10.0 + ROW_PITCH, "一行目と"), piece(0, 10.0 + 2 * ROW_PITCH, "二行目")]
    tops = [10.0, 10.0 + 2 * ROW_PITCH]
    assert figure_rows._led_from_tops(col, tops, 0.9) == frozenset()
    assert figure_rows._led_from_tops(col[:2], tops, 0.9) == {id(col[1])}


def test_a_header_line_ends_its_cell_where_the_body_shows_the_leading() -> None:
    # seed 864 kpi_year_matrix: （KPI） under 重要業績評価指標, 3.8 pt apart, over 健康寿命（男性） at the rows' 1 pt;
    # no other header cell wraps, but 計 / 画 and 実 / 績 in the body stand at that leading
    head = [piece(0, 0.0, "重要業績評価指標"), piece(2, 0.0, "2014年"), piece(0, 14.33, "（KPI）")]
    body = [piece(0, 24.34, "健康寿命（男性）"), piece(1, 24.34, "計"), piece(2, 24.34, "79.89"),
            piece(1, 38.67, "画"), piece(1, 48.68, "実"), piece(2, 48.68, "78.03")]
    leads = figure_rows.body_leads(body, [24.34, 48.68])
    assert leads and all(abs(lead - 5.33) < 0.01 for lead in leads)
    assert figure_rows.head_ends(head, body, 1.01, 1.05) == frozenset()
    assert figure_rows.head_ends(head, body, 1.01, 1.05, leads) == {id(head[2])}


@pytest.mark.parametrize(("seed", "index"), [(744, 0), (813, 2)])
def test_typst_year_matrices_with_narrow_kind_columns_read_whole(tmp_path: Path, seed: int, index: int) -> None:
    require("typst_borderless")
    doc = next(d for d in generate_corpus(seed, 3, None, None) if d.name == f"kpi_year_matrix-s{seed}-{index}")
    kpi, _ = score_file(doc, write_typst_pdf(doc, str(tmp_path), "typst_borderless"))
    assert (kpi.found, kpi.wrong) == (kpi.expected, 0)
