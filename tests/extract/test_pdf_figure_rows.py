"""Rows standing closer than the lines of one wrapped cell, read from their figures (extract.pdf.figure_rows).

Pieces are built by hand in PDF points (top-left origin) as Typst sets a borderless table: 7 pt
text, cells padded 2 pt above and below and set at their top, so that a row's first line stands
9.0 pt below the last line of the row above while a wrapped name's lines stand 9.56 pt apart.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.pdf import figure_levels, figure_rows
from extract.pdf.figure_levels import figure_tops
from extract.pdf.pieces import Piece, advance, ends_in_separator
from extract.pdf.rows import pieces_to_rows
from tests.corpus.generator import generate
from tests.corpus.measure import score_file
from tests.corpus.render_typst import write_typst_pdf
from tests.corpus.test_corpus import require
from tests.extract.test_pdf_top_rows import texts

H = 7.0  # glyph height
LEADING = 9.56  # top to top, the lines of one wrapped cell
ROW_PITCH = 9.0  # top to top, the last line of a row and the next row's first: closer than the leading
LABEL_W = 63.0  # the label column's width: its widest line


def piece(col: int, top: float, text: str, width: float | None = None) -> Piece:
    w = width if width is not None else 3.5 * sum(advance(ch) for ch in text)  # a digit half a kanji
    return Piece(text, (80.0 * col, top, 80.0 * col + w, top + H), col)


def typst_table() -> list[Piece]:
    """A header, then rows of a name (wrapped over up to three lines), a unit and two figures."""
    ps = [piece(0, 0.0, "指標"), piece(1, 0.0, "単位"), piece(2, 0.0, "2022年度"), piece(3, 0.0, "2023年度")]
    top = ROW_PITCH + 1.0
    for name, unit, figures in ((["結婚・子育ての希望が", "かなう", "と感じる市民の割合"], "%", ("27.6", "25.6")),
                                (["出生数"], "人", ("333", "219")),
                                (["若者定住奨励金交付", "件数"], "件", ("20", "17")),
                                (["森林整備面積"], "ha", ("21.9", "16.2"))):
        ps += [piece(1, top, unit), piece(2, top, figures[0]), piece(3, top, figures[1])]
        for k, line in enumerate(name):
            ps.append(piece(0, top + k * LEADING, line, LABEL_W if k + 1 < len(name) and k == 0 else None))
        top += (len(name) - 1) * LEADING + ROW_PITCH
    return ps


def test_rows_closer_than_a_wrapped_names_lines_are_read_from_their_figures() -> None:
    assert texts(pieces_to_rows(typst_table())) == [
        ["指標", "単位", "2022年度", "2023年度"],
        ["結婚・子育ての希望がかなうと感じる市民の割合", "%", "27.6", "25.6"],
        ["出生数", "人", "333", "219"],
        ["若者定住奨励金交付件数", "件", "20", "17"],
        ["森林整備面積", "ha", "21.9", "16.2"]]


def test_a_row_of_figures_stands_in_two_columns_or_more() -> None:
    # 15人 stacked under 5世帯 in one cell is no row of figures; 27.6 | 25.6 side by side is
    ps = [piece(0, 0.0, "移住者数"), piece(1, 0.0, "5世帯"), piece(2, 0.0, "27.6"), piece(1, LEADING, "15人")]
    assert figure_tops(ps) == [(0, 0.0)]
    assert figure_levels.FIGURE_COLUMNS == 2


def test_figures_a_fraction_of_a_point_off_one_line_stand_on_it() -> None:
    # 174※ set 0.5 pt (0.07 of a line) lower than 150 beside it: one row; 1.2 pt (0.17 of a line): two
    name = piece(0, 10.0, "世帯数")
    level = [name, piece(1, 10.0, "150"), piece(2, 10.5, "174※")]
    apart = [name, piece(1, 10.0, "150"), piece(2, 11.2, "174※"), piece(3, 11.2, "160")]
    assert figure_tops(level) == [(0, 10.0)]
    assert figure_tops(apart) == [(0, 11.2)]


def test_a_table_whose_alignment_proves_nothing_keeps_the_leadings_reading() -> None:
    # each figure on the middle line of a three-line name wrapped at its column's width, the rows
    # 4 pt apart: centred, a line without a figure may open the next row; the leading reads them
    ps = []
    for k, (lines, figures) in enumerate(((["地域の魅力を", "発信するイベン", "トの参加者数"], ("1,814", "1,900")),
                                         (["温室効果ガス", "の排出量", "（t-CO2）"], ("603", "590")))):
        top = k * (3 * LEADING + 4.0)
        ps += [piece(0, top + j * LEADING, line) for j, line in enumerate(lines)]
        ps += [piece(1, top + LEADING, figures[0]), piece(2, top + LEADING, figures[1])]
    assert texts(pieces_to_rows(ps)) == [["地域の魅力を発信するイベントの参加者数", "1,814", "1,900"],
                                         ["温室効果ガスの排出量（t-CO2）", "603", "590"]]


def test_a_heading_between_rows_opens_a_row_of_its_own() -> None:
    ps = typst_table()
    bottom = max(p.bbox[1] for p in ps)
    ps += [piece(0, bottom + ROW_PITCH, "（2）防災・減災の推進"),
           piece(0, bottom + 2 * ROW_PITCH, "人口"), piece(1, bottom + 2 * ROW_PITCH, "人"),
           piece(2, bottom + 2 * ROW_PITCH, "91,478"), piece(3, bottom + 2 * ROW_PITCH, "61,934")]
    assert texts(pieces_to_rows(ps))[-2:] == [["（2）防災・減災の推進"], ["人口", "人", "91,478", "61,934"]]


def test_lines_below_a_rows_first_at_two_leadings_keep_the_leadings_reading() -> None:
    # a line of no figure two leadings apart from the line above it (a row of no figure between two
    # rows of figures) is no line of one cell: the table is not read line by line
    ps = typst_table()
    bottom = max(p.bbox[1] for p in ps)
    assert figure_rows.rows_by_line(ps, figure_tops(ps), frozenset(), lambda head: []) is not None
    ps += [piece(0, bottom + 2 * LEADING, "空き家バンク登録件数")]
    assert figure_rows.rows_by_line(ps, figure_tops(ps), frozenset(), lambda head: []) is None


def test_one_row_of_figures_is_no_body_to_read_line_by_line() -> None:
    # a ruled band of one row, its name centred on the figures' line: its first line is no header
    ps = [piece(0, 0.0, "中心市街地にぎわ", LABEL_W), piece(0, LEADING, "い"), piece(0, 2 * LEADING, "創出事業"),
          piece(1, LEADING, "318,598"), piece(2, LEADING, "241,977")]
    assert figure_rows.rows_by_line(ps, figure_tops(ps), frozenset(), lambda head: [[head[:1]]]) is None
    assert figure_rows.MIN_FIGURE_ROWS == 2


def one_row_table(under: str) -> list[Piece]:
    """A header, a section heading, one row of a name and two figures, and a line under it."""
    return [piece(0, 0.0, "指標"), piece(1, 0.0, "2022年度"), piece(2, 0.0, "2023年度"),
            piece(0, ROW_PITCH + 1.0, "（1）防災・減災の推進"), piece(0, 2 * ROW_PITCH + 1.0, "ふるさと納税寄附額"),
            piece(1, 2 * ROW_PITCH + 1.0, "423,824"), piece(2, 2 * ROW_PITCH + 1.0, "242,307"),
            piece(0, 3 * ROW_PITCH + 1.0, under)]


def test_a_note_under_one_row_of_figures_opens_a_row_of_its_own() -> None:
    # a ※ note under the one row is no line of its name: the row keeps its name alone
    ps = one_row_table("※ 再掲の事業を含む")
    assert texts(figure_rows.rows_by_line(ps, figure_tops(ps), frozenset(), lambda head: []) or []) == [["ふるさと納税寄附額", "423,824", "242,307"], ["※ 再掲の事業を含む"]]
    assert texts(pieces_to_rows(one_row_table("※ 再掲の事業を含む")))[-2:] == [
        ["ふるさと納税寄附額", "423,824", "242,307"], ["※ 再掲の事業を含む"]]


def test_a_line_continuing_the_one_row_keeps_the_leadings_reading() -> None:
    # a line under the one row that opens no row of its own may be the name's next line: no reading by line
    ps = one_row_table("（累計）")
    assert figure_rows.rows_by_line(ps, figure_tops(ps), frozenset(), lambda head: []) is None


def test_a_note_the_leading_joined_to_the_last_row_is_read_by_line() -> None:
    # ※ 達成率… the rows' padding under the last row's name, narrower than the leading: a row of its own
    ps = typst_table()
    bottom = max(p.bbox[1] for p in ps)
    ps.append(piece(0, bottom + ROW_PITCH, "※ 達成率＝実績値÷目標値"))
    assert texts(pieces_to_rows(ps))[-2:] == [["森林整備面積", "ha", "21.9", "16.2"], ["※ 達成率＝実績値÷目標値"]]


def test_a_cell_under_a_cell_of_its_column_glues_a_row_only_when_it_opens_one() -> None:
    name, note, unit = piece(0, 0.0, "待機児童数"), piece(0, ROW_PITCH, "※ 達成率"), piece(0, ROW_PITCH, "（人）")
    figure = piece(1, 0.0, "29")
    assert figure_rows.glues_own_row([[[name], [figure], [note]]], frozenset())
    assert not figure_rows.glues_own_row([[[name], [figure], [unit]]], frozenset())
    assert not figure_rows.glues_own_row([[[name], [figure]], [[note]]], frozenset())


def centred_table(lines_per_name: tuple[int, ...]) -> list[Piece]:
    """As HTML and reportlab set a borderless table: names centred on their figures, rows further
    apart (13 pt) than a name's lines (9 pt)."""
    ps = [piece(0, 0.0, "指標"), piece(1, 0.0, "単位"), piece(2, 0.0, "2022年度"), piece(3, 0.0, "2023年度")]
    top = 13.0
    for k, n in enumerate(lines_per_name):
        middle = top + (n - 1) * 9.0 / 2
        ps += [piece(1, middle, "人"), piece(2, middle, f"{k}1"), piece(3, middle, f"{k}2")]
        ps += [piece(0, top + j * 9.0, f"名称{k}の{j}行目", LABEL_W if j + 1 < n else None) for j in range(n)]
        top += (n - 1) * 9.0 + 13.0
    return ps


def test_names_centred_on_their_figures_are_not_read_as_set_at_the_top() -> None:
    # pdf_borderless / html_borderless seed 710 kpi_year_matrix: ①温室効果ガ / ス排出量（t-C / O2） with its figures
    # on the middle line, ②健康寿命（ / 男性）（歳） over and under its figures' line: read line by line, each
    # name's first line became a row of its own and the figures a row without a name
    for names in ((3, 2, 3), (1, 2, 1), (3, 1, 1)):
        rows = texts(pieces_to_rows(centred_table(names)))
        assert all(row[2] for row in rows[1:]), (names, rows)  # every row holds its figures
        assert [row[0] for row in rows[1:]] == ["".join(f"名称{k}の{j}行目" for j in range(n)) for k, n in enumerate(names)]


@pytest.mark.parametrize(("arrangement", "seed"), [("kpi_progress", 502), ("kpi_year_matrix", 509)])
def test_a_section_heading_over_the_first_row_is_no_centred_name(tmp_path: Path, arrangement: str, seed: int) -> None:
    # typst_borderless: （1）地域産業の振興 under the header, in the first column alone, is a row of its own, not the
    # first line of a name centred on the figures below it (refuting the top-set reading, it lost 12 of 20 values)
    require("typst_borderless")
    doc = generate(arrangement, seed)
    kpi, _ = score_file(doc, write_typst_pdf(doc, str(tmp_path), "typst_borderless"))
    assert (kpi.found, kpi.wrong) == (kpi.expected, 0)


def padded_table(leading: float = LEADING, row_pitch: float = ROW_PITCH) -> list[Piece]:
    """A header, then a name wrapped over two lines at the leading, the rest of it set as a row of
    no figures at the rows' pitch (Typst sets a row's first line the padding below the row above),
    then two one-line rows."""
    ps = [piece(0, 0.0, "指標"), piece(1, 0.0, "単位"), piece(2, 0.0, "2022年度"), piece(3, 0.0, "2023年度")]
    top = ROW_PITCH + 1.0
    ps += [piece(0, top, "結婚・子育ての希望が", LABEL_W), piece(1, top, "%"), piece(2, top, "27.6"), piece(3, top, "25.6"),
           piece(0, top + leading, "かなう"), piece(0, top + leading + row_pitch, "と感じる市民の割合")]
    top += leading + 2 * row_pitch
    for name, unit, figures in (("出生数", "人", ("333", "219")), ("森林整備面積", "ha", ("21.9", "16.2"))):
        ps += [piece(0, top, name), piece(1, top, unit), piece(2, top, figures[0]), piece(3, top, figures[1])]
        top += row_pitch
    return ps


def test_a_row_of_no_figures_at_the_rows_padding_is_a_row_of_its_own() -> None:
    # typst_borderless seed 983 kpi_progress: と感じる市民の割合, a row of its own under 結婚・子育ての希望が / かなう,
    # stands the rows' padding (2.0 pt) below かなう, not its cell's leading (2.56 pt): read as the cell's
    # next line it refuted the reading by line (three pitches) and the names ran on into the next rows
    ps = padded_table()
    assert texts(figure_rows.rows_by_line(ps, figure_tops(ps), frozenset(), lambda head: []) or []) == [
        ["結婚・子育ての希望がかなう", "%", "27.6", "25.6"], ["と感じる市民の割合"],
        ["出生数", "人", "333", "219"], ["森林整備面積", "ha", "21.9", "16.2"]]


def test_a_padding_no_narrower_than_the_leading_opens_no_row() -> None:
    # a line 0.15 pt closer than the leading is no row apart (GAP_RESOLUTION_PT): it goes on in its cell
    ps = padded_table(row_pitch=LEADING - 0.15)
    body = [p for p in ps if p.bbox[1] > 1.0]
    tops = figure_tops(ps)
    rows = figure_rows.rows_by_line(ps, tops, frozenset(), lambda head: [])
    assert rows is not None and [len(row) for row in rows] == [4, 4, 4]
    assert figure_rows.gap_tol(body, [t for _, t in tops]) == figure_rows.GAP_RESOLUTION_PT


def test_gaps_are_told_apart_as_precisely_as_the_rows_lines_stand_level() -> None:
    # the tolerance follows the farthest a line stands off its row's top: 0.15 pt off -> 0.3 pt
    ps = padded_table()
    body = [p for p in ps if p.bbox[1] > 1.0]
    starts = [t for _, t in figure_tops(ps)]
    stray = [Piece(p.text, (p.bbox[0], p.bbox[1] + 0.15, p.bbox[2], p.bbox[3] + 0.15), p.col)
             if p.text == "16.2" else p for p in body]
    assert figure_rows.gap_tol(stray, starts) == pytest.approx(0.3)
    assert figure_rows.LEVEL_SPREAD_FACTOR == 2.0
    assert figure_rows.gap_tol(body, starts) == figure_rows.GAP_RESOLUTION_PT


def test_the_padding_is_the_narrowest_gap_above_a_row_of_figures() -> None:
    ps = padded_table()
    body = [p for p in ps if p.bbox[1] > 1.0]
    tops = [t for _, t in figure_tops(ps)]
    assert min(figure_rows.gaps_above_rows(body, tops[1:])) == pytest.approx(ROW_PITCH - H)


def test_a_folio_under_a_column_proves_no_leading() -> None:
    # typst_borderless seed 990 budget_main_projects: at 6 pt the padding is as wide as the leading, every
    # line of a cell stands at it; a folio 40 pt under a row's figure, read as its cell's next line, is no leading
    ps = padded_table(leading=ROW_PITCH)
    bottom = max(p.bbox[3] for p in ps)
    ps.append(piece(2, bottom + 40.0, "- 1 -"))
    rows = figure_rows.rows_by_line(ps, figure_tops(ps), frozenset(), lambda head: [])
    assert rows is None or not any(row[0][0].text == "かなう" for row in rows)


def sub_rows(figures: tuple[tuple[str, str], ...]) -> list[Piece]:
    """A year matrix set without padding (corpus seed 991 kpi_year_matrix in writer_borderless):
    every line at the rows' pitch, each level with a row of figures, no cell wrapped past one."""
    ps = [piece(0, 0.0, "指標"), piece(1, 0.0, "種別"), piece(2, 0.0, "H30"), piece(3, 0.0, "R2")]
    for k, (name, kind) in enumerate((("図書館貸出冊数", "計画"), (None, "実績"), ("婚姻件数", "計画"), (None, "実績"))):
        top = (k + 1) * ROW_PITCH
        ps += [piece(1, top, kind), piece(2, top, figures[k][0]), piece(3, top, figures[k][1])]
        ps += [piece(0, top, name)] if name else []
    return ps


def test_rows_at_the_pitch_of_their_lines_are_read_line_by_line() -> None:
    ps = sub_rows((("329,694", "297,013"), ("374,910", "373,798"), ("501", "449"), ("447", "413")))
    assert texts(figure_rows.rows_by_line(ps, figure_tops(ps), frozenset(), lambda head: []) or []) == [
        ["図書館貸出冊数", "計画", "329,694", "297,013"], ["実績", "374,910", "373,798"],
        ["婚姻件数", "計画", "501", "449"], ["実績", "447", "413"]]


def test_a_number_cut_over_two_lines_shows_no_rows() -> None:
    # 449 over 4 in a column three digits wide may be one number (4494): no wrapped cell proves a
    # leading, so the lines need not be rows
    ps = sub_rows((("329", "297"), ("374", "373"), ("501", "449"), ("447", "4")))
    assert figure_rows.rows_by_line(ps, figure_tops(ps), frozenset(), lambda head: []) is None


def test_lines_that_touch_show_no_padding_to_read_rows_by() -> None:
    # html_borderless (WeasyPrint) kpi_year_matrix, development seed 784: a centred name's line touching the
    # line above it (a gap of 0 above a row of figures) was taken for the rows' padding, and the name's
    # first line went into the row above (テレワーク施設利用者数結婚・子育ての希望がかな); a padding within
    # gap_tol of none opens no row: the rows read as without it
    touching = padded_table(row_pitch=H)
    tops = figure_tops(touching)
    body = [p for p in touching if p.bbox[1] > 1.0]
    assert min(figure_rows.gaps_above_rows(body, [t for _, t in tops[1:]])) <= figure_rows.gap_tol(body, [t for _, t in tops])
    rows = figure_rows.rows_by_line(touching, tops, frozenset(), lambda head: []) or []
    assert ["と感じる市民の割合"] not in texts(rows)


@pytest.mark.parametrize(("text", "cut"), [("３．", True), ("1,", True), ("53.8", False), ("計.", False), ("5", False)])
def test_digits_ending_in_a_separator_are_a_number_cut(text: str, cut: bool) -> None:
    # html_ruled kpi_year_matrix, development seed 731: 53.8% in a narrow ruled cell as ５ / ３． / ８%
    assert ends_in_separator(text) is cut


def _tall_header_cell(last_gap: float = 1.006, lead: float = 3.831) -> list[Piece]:
    """corpus seed 739 kpi_baseline_target in typst_borderless: the first column's header cell three
    lines (重要業績 / 評価指標 / （KPI）) beside cells of two, each cell's lines `lead` apart; the body's
    rows 1 pt apart, set at the top, （KPI） last_gap over the first name."""
    def p(col: int, top: float, text: str) -> Piece:
        return Piece(text, (100.0 * col, top, 100.0 * col + 10.5 * len(text), top + 10.5), col)
    pitch = 10.5 + lead
    ps = [p(0, 0.0, "重要業績"), p(0, pitch, "評価指標"), p(0, 2 * pitch, "（KPI）"),
          p(1, 0.0, "策定時"), p(1, pitch, "2021 年度"), p(2, 0.0, "到達目標"), p(2, pitch, "2026 年度")]
    top = 2 * pitch + 10.5 + last_gap
    for name, figures in ((["相談員の", "活動日数"], ("14", "8")), (["製造品出", "荷額（億円）"], ("6,926", "8,440")),
                          (["関係人口"], ("626", "735"))):
        ps += [p(1, top, figures[0]), p(2, top, figures[1])]
        ps += [p(0, top + k * pitch, line) for k, line in enumerate(name)]
        top += (len(name) - 1) * pitch + 10.5 + 1.006
    return ps


def test_a_header_cell_ending_at_the_rows_padding_is_no_name_centred_on_its_figures() -> None:
    # （KPI） stands under 評価指標 at the leading 策定時 / 2021 年度 show, over 相談員の at the rows' 1 pt:
    # it ends the header cell; read as a name's first line above its figures, it refuted the reading by
    # line, and 製造品出 / 荷額（億円） ran into two rows
    rows = figure_rows.rows_by_line(_tall_header_cell(), figure_tops(_tall_header_cell()), frozenset(), lambda head: [])
    assert texts(rows or []) == [["相談員の活動日数", "14", "8"], ["製造品出荷額（億円）", "6,926", "8,440"],
                                 ["関係人口", "626", "735"]]


def test_a_header_line_ends_its_cell_only_past_the_leading_by_the_padding() -> None:
    def ends(last_gap: float, lead: float = 3.831) -> bool:
        ps = _tall_header_cell(last_gap, lead)
        tops = figure_tops(ps)
        head = [p for p in ps if p.bbox[1] < tops[0][1] - 1.0]
        body = [p for p in ps if p not in head]
        padding = min(figure_rows.gaps_above_rows(body, [t for _, t in tops[1:]]))
        return bool(figure_rows.head_ends(head, body, padding, 1.05))
    assert ends(1.006)
    # PADDED_LESS_TOLS: within 2 line_tols of the leading (3.831 pt) no row is shown to part there
    assert not ends(1.006, 1.006 + 1.5 * 1.05) and ends(1.006, 1.006 + 2.5 * 1.05)
    assert not ends(3.831)  # at the leading: the cell may go on
    assert not ends(1.006 + 2.2)  # not at the rows' padding either


@pytest.mark.parametrize(("upper", "lower", "cut"), [("80.8", "－", False), ("72.6", "算定中", False), ("271", "613", True),
                                                     ("3.", "8%", True)])
def test_a_marker_under_a_figure_is_no_number_cut(upper: str, lower: str, cut: bool) -> None:
    # typst_borderless seed 741 kpi_baseline_target: 80.8 over － (no figure of that row), the column as
    # wide as 80.8, read as a number cut over two lines: the three sub-rows of 子育て支援の充実 ran into one
    body = [piece(1, 0.0, upper, 3.5 * len(upper)), piece(1, ROW_PITCH, lower, 3.5)]
    assert figure_rows._stacks_cut_number(body) is cut


def test_the_body_rows_start_at_the_first_row_of_figures() -> None:
    # typst_borderless seed 768 kpi_baseline_target: a header wrapped inside its brackets (31 年度/令和 over 元年度）)
    # holds a figure in one column; its rows are no body rows to leave rests
    ps = typst_table()
    rows = pieces_to_rows(ps)
    assert [row[0][0].text for row in figure_rows.body_rows(rows, figure_tops(ps))] == ["結婚・子育ての希望が", "出生数",
                                                                                         "若者定住奨励金交付", "森林整備面積"]
    assert figure_rows.body_rows(rows, []) == []


def test_a_figure_narrower_than_the_header_over_it_was_cut_by_no_wrap() -> None:
    # LibreOffice Calc sets its rows a line high, at its own leading (corpus seed 741
    # kpi_baseline_target in calc_borderless): 449 over 4 under 目標値（令和2年度）, a header as wide
    # as four times the figures, is no number cut at its column's width
    wide = {"H30": piece(2, 0.0, "実績値（平成30年度）"), "R2": piece(3, 0.0, "目標値（令和2年度）")}
    ps = [wide.get(p.text, p) for p in sub_rows((("329", "297"), ("374", "373"), ("501", "449"), ("447", "4")))]
    assert texts(figure_rows.rows_by_line(ps, figure_tops(ps), frozenset(), lambda head: []) or [])[-1] == ["実績", "447", "4"]


GRID = 8.2  # top to top: Typst's 6 pt type, its rows' padding (2.2 pt) as wide as a cell's leading


def grid_table(centred: bool = False) -> list[Piece]:
    """Every line on one grid: a header, a name wrapped beside one-line figures, a name beside a
    three-line 未 / 達 / 成, the rest of that name set as a row of its own, two one-line rows. Set at
    the top, or (centred) each row's cells centred on its tallest one."""
    ps = [piece(0, 0.0, "指標名"), piece(1, 0.0, "策定時"), piece(2, 0.0, "目標値"), piece(3, 0.0, "評価")]
    slot = 1
    for cells in ((["ごみ排出量（1 人 1 日", "当たり）"], ["909"], ["839"], ["◎"]),
                  (["結婚・子育ての希望が", "かなう"], ["68.8"], ["49.9"], ["未", "達", "成"]),
                  (["と感じる市民の割合"], [], [], []),
                  (["転入者数"], ["755"], ["734"], ["A"]),
                  (["世帯数"], ["383"], ["423"], ["B"])):
        tall = max(len(c) for c in cells)
        for col, lines in enumerate(cells):
            first = slot + ((tall - len(lines)) / 2 if centred else 0)
            ps += [piece(col, (first + k) * GRID, line, LABEL_W if col == 0 and k + 1 < len(lines) else None)
                   for k, line in enumerate(lines)]
        slot += tall
    return ps


def test_a_line_skipping_a_line_of_its_column_at_the_rows_padding_opens_a_row() -> None:
    # typst_borderless seed 778 kpi_progress (6 pt type): と感じる市民の割合 stands the rows' padding under 成,
    # a line below かなう: no next line of that cell (its lines go on at one pitch), nor, the rows set at
    # the top (◎ level with ごみ排出量… over 当たり）), the first of 転入者数's row; it had been read into 転入者数
    ps = grid_table()
    assert texts(figure_rows.rows_by_line(ps, figure_tops(ps), frozenset(), lambda head: []) or []) == [
        ["ごみ排出量（1 人 1 日当たり）", "909", "839", "◎"], ["結婚・子育ての希望がかなう", "68.8", "49.9", "未達成"],
        ["と感じる市民の割合"], ["転入者数", "755", "734", "A"], ["世帯数", "383", "423", "B"]]


def test_rows_centred_on_one_grid_show_no_top_and_open_no_row_past_a_skip() -> None:
    ps = grid_table(centred=True)
    rows = figure_rows.rows_by_line(ps, figure_tops(ps), frozenset(), lambda head: [])
    assert rows is None or ["と感じる市民の割合"] not in texts(rows)
    tops = [t for _, t in figure_tops(ps)]
    assert not figure_rows._shows_top_set(ps, tops, GRID, 0.6)
    assert figure_rows._shows_top_set(grid_table(), [t for _, t in figure_tops(grid_table())], GRID, 0.6)
