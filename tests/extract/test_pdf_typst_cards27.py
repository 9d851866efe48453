"""Card rows, script gaps and squeezed brackets read from the table's and the page's own spacing (session 27).

Pieces and chars are built by hand in PDF points (top-left origin), shaped like the corpus' renders:
Typst's cards (10.5 pt IPAPMincho, rows 11.5 pt apart, a wrapped value's lines 14.33 pt apart, a quarter
em between a Japanese letter and a Latin letter or digit, ）（ set a quarter em closer) and Chromium's
centred cells led solid (9 pt lines at a 9 pt pitch).
"""

from __future__ import annotations

from typing import Any

import pytest

from extract.pdf import autospace, borderless, lockstep, pdfium_chars, top_rows
from extract.pdf.edges import find_edges, is_squeezed, segment_parts
from extract.pdf.grid import Segment, SegLine
from extract.pdf.headings import heads_no_columns
from extract.pdf.pieces import Piece, advance
from extract.pdf.rows import pieces_to_rows
from normalize.numbers import value_run

EM = 10.5  # Typst's type size in the corpus
PITCH = 11.51  # top to top, two rows of a Typst card


def _piece(col: int, top: float, text: str, x: float | None = None, height: float = EM) -> Piece:
    x0 = (61.7, 302.6)[col] if x is None else x
    return Piece(text, (x0, top, x0 + EM * sum(advance(ch) for ch in text), top + height), col)


def _texts(rows: list[list[list[Piece]]]) -> list[list[str]]:
    return [["".join(p.text for p in block) for block in row] for row in rows]


# --- whole values with a unit spelled with a digit ---------------------------------------------------------

@pytest.mark.parametrize(("text", "n"), [
    ("35839t-CO2", 1), ("35839t-CO2 38408t-CO2", 2), ("12.5m2", 1), ("3km2", 1), ("4CO2", 0)])
def test_a_known_unit_spelled_with_a_digit_follows_its_value(text: str, n: int) -> None:
    # t-CO2 (4 letters and a digit once its hyphen is dropped) is a unit (KNOWN_UNITS), not words
    assert value_run(text) == n


def test_a_cards_values_with_a_digit_in_their_unit_are_its_rows() -> None:
    # corpus seed 786 kpi_cards in typst_borderless: the wrapped value 移住…一部を / 補助する (14.33 pt apart) and
    # 基準値（策定時）（2020年度） over 計画目標値 (11.51 pt, a line as wide as its column) both read as wraps; the
    # figures 35839t-CO2 over 38408t-CO2 are two rows, which leaves the wider gap the leading
    baseline, target = "35839t-CO2", "38408t-CO2"
    ps = [_piece(0, 125.32, "評価指標"), _piece(1, 125.32, "温室効果ガス排出量"),
          _piece(0, 136.83, "事業概要"), _piece(1, 136.83, "移住希望者への相談対応及び住宅取得費の一部を"),
          _piece(1, 151.16, "補助する"),
          _piece(0, 162.66, "基準値（策定時）（2020年度）"), _piece(1, 162.66, baseline),
          _piece(0, 174.17, "計画目標値（2025年度）"), _piece(1, 174.17, target)]
    assert _texts(pieces_to_rows(ps)) == [
        ["評価指標", "温室効果ガス排出量"], ["事業概要", "移住希望者への相談対応及び住宅取得費の一部を補助する"],
        ["基準値（策定時）（2020年度）", baseline], ["計画目標値（2025年度）", target]]


# --- a card's values as wide as each other, stacking figures below -----------------------------------------

def _narrow_card(values: list[str]) -> list[Piece]:
    labels = ["施策", "評価指標", "担当課", "単位", "基準年度値（2021年度（令和3年度））", "目標年度値（2025年度（令和7年度））"]
    return [p for k, (label, value) in enumerate(zip(labels, values))
            for p in (_piece(0, 125.32 + PITCH * k, label), _piece(1, 125.32 + PITCH * k, value, x=464.3))]


def test_figures_stacked_line_after_line_make_no_paragraph() -> None:
    # corpus seed 784 kpi_cards in typst_borderless: 総所得の向上 / 移住相談件数 / 子育て支援課 fill a column as wide
    # as they are (three of five lines full before text), but ４２２ over ４００ stand one row each: a card
    values = ["総所得の向上", "移住相談件数", "子育て支援課", "件", "４２２", "４００"]
    ps = _narrow_card(values)
    column = [p for p in ps if p.col == 1]
    assert top_rows.stacks_figures(values) and not lockstep.is_paragraph(column)
    assert lockstep.is_lockstep(ps, 1.05)
    assert [row[1] for row in _texts(pieces_to_rows(ps))] == values


def test_one_figure_or_words_alone_stack_nothing() -> None:
    assert not top_rows.stacks_figures(["総所得の向上", "移住相談件数", "子育て支援課", "件", "４２２"])
    assert not top_rows.stacks_figures(["○総合戦略関連事業２７事業事業", "費１１億７，５４７万円（令和２", "年度決算額）"])
    assert not top_rows.stacks_figures(["2,000人を目標に", "30%増加させる"])


# --- the page's script gap, read from its Latin transitions -----------------------------------------------------------------

def _line(text: str, top: float, script_gap: float, x: float = 100.0) -> list[dict[str, Any]]:
    """Glyphs set solid but script_gap (em) between a Japanese letter and a Latin letter or digit: Latin
    glyphs half an em wide, the rest one em."""
    out: list[dict[str, Any]] = []
    for k, ch in enumerate(text):
        latin = autospace.is_narrow_latin_alnum(ch)
        if k and latin != autospace.is_narrow_latin_alnum(text[k - 1]) and not text[k - 1] in "（）" and ch not in "（）":
            x += script_gap * EM
        width = (0.5 if latin else 1.0) * EM
        out.append({"text": ch, "x0": x, "x1": x + width, "top": top, "bottom": top + EM, "size": EM, "upright": True,
                    "matrix": (1.0, 0.0, 0.0, 1.0, x, 800.0 - top)})
        x += width
    return out


def test_latin_transitions_prove_the_autospace_where_a_solid_number_sign_does_not() -> None:
    # corpus seed 872 kpi_baseline_target in typst_borderless: Typst's quarter em between Japanese letters
    # and Latin digits; ① set solid outnumbered the Latin transitions and proved no autospace
    lines = [_line("①出生数", 100.0, 0.0), _line("年間750人（5年間で3750人）", 120.0, 0.2504),
             _line("25人（延べ301日）", 140.0, 0.2504), _line("基本目標1", 160.0, 0.2504)]
    assert autospace.page_autospace(lines) == pytest.approx(0.2504)


def test_a_lone_gap_as_wide_stays_a_word_space() -> None:
    # a page whose transitions are set solid shows no autospace: a quarter em gap elsewhere is a dropped space
    chars = [*_line("年間750人", 100.0, 0.0), *_line("5年", 120.0, 0.0), *_line("ＳＮＳ", 140.0, 0.0),
             *_line("事業", 140.0, 0.0, x=100.0 + 3 * EM + 0.26 * EM)]
    assert "ＳＮＳ 事業" in "".join(c["text"] for c in pdfium_chars.with_spaces(chars))


# --- squeezed brackets prove no cell's end ------------------------------------------------------------------

def _segment(text: str, top: float, x: float = 237.0) -> SegLine:
    """One segment of text, a joint after its figure's closing bracket."""
    joint_at = text.index("）") + 1
    joint_x = x + EM * sum(advance(ch) for ch in text[:joint_at])
    seg = Segment(text, (x, top, x + EM * sum(advance(ch) for ch in text), top + EM), ((joint_at, joint_x),))
    return SegLine((seg,), seg.bbox, 1, text)


def test_a_closing_bracket_before_an_opening_one_is_squeezed() -> None:
    assert is_squeezed("）", "（") and is_squeezed(")", "(") and not is_squeezed("人", "（") and not is_squeezed("）", "計")


def test_figures_of_one_width_before_squeezed_brackets_prove_no_edge() -> None:
    # corpus seed 749 kpi_cards in typst_borderless: 12人（延べ322日）（2018年度…） over 21人（延べ536日）（2024年度…),
    # the figures as wide as each other, left-aligned in the card's value column
    lines = [_segment("12人（延べ322日）（2018年度）", 116.7), _segment("21人（延べ536日）（2024年度）", 128.2)]
    assert [p.hard_end for p in segment_parts(lines[0].segments[0])] == [False, True]
    assert find_edges(lines, EM) == ()
    glued = [_segment("12人（延べ322日）計画", 116.7), _segment("21人（延べ536日）計画", 128.2)]
    assert find_edges(glued, EM) != ()  # a joint before a letter: two cells glued, as a spreadsheet sets them


# --- a name centred on its figures, led solid ---------------------------------------------------------------

def _chromium_card(name_top: float) -> list[Piece]:
    """Two cards side by side (names in columns 0 and 2, figures in 1 and 3), Chromium's 9 pt lines led
    solid; the first row's names of three lines centred on its figures' line (name_top: the first line)."""
    def p(col: int, top: float, text: str) -> Piece:
        return Piece(text, (100.0 * col, top, 100.0 * col + 9.0 * len(text), top + 9.0), col)
    return [p(0, 80.0, "重要業績評価指標"), p(1, 80.0, "当初値"), p(2, 80.0, "重要業績評価指標"), p(3, 80.0, "当初値"),
            p(0, 89.0, "（KPI）"), p(1, 89.0, "（R3）"), p(2, 89.0, "（KPI）"), p(3, 89.0, "（R3）"),
            p(0, name_top, "①中心市街地の歩行"), p(2, name_top, "④結婚・子育ての希望が"),
            p(0, name_top + 9.0, "者"), p(1, 116.0, "24,675"), p(2, name_top + 9.0, "かなう"), p(3, 116.0, "42.2"),
            p(0, name_top + 18.0, "通行量（休日）"), p(2, name_top + 18.0, "と感じる市民の割合"),
            p(0, 138.5, "②婚姻件数"), p(1, 138.5, "173"), p(2, 138.5, "⑤耕作放棄地面積"), p(3, 138.5, "19.8"),
            p(0, 152.0, "③転出者数"), p(1, 152.0, "4,008")]


def test_a_name_centred_on_its_figures_keeps_the_leadings_reading() -> None:
    # corpus seed 736 kpi_baseline_target in chromium_borderless: ①中心市街地の歩行 stands above the first row of
    # figures, beside the second card's name, which heads no figures; read line by line it was the header's
    rows = [sorted(row) for row in _texts(pieces_to_rows(_chromium_card(107.0)))]
    assert sorted(["①中心市街地の歩行者通行量（休日）", "24,675", "④結婚・子育ての希望がかなうと感じる市民の割合", "42.2"]) in rows


@pytest.mark.parametrize(("name_top", "centred"), [(107.0, True), (116.0, False), (98.0, False)])
def test_a_name_above_its_figures_is_centred_only_on_their_line(name_top: float, centred: bool) -> None:
    ps = _chromium_card(name_top)
    head = [p for p in ps if p.bbox[1] < 116.0 - 0.9]
    body = [p for p in ps if p.bbox[1] >= 116.0 - 0.9]
    assert top_rows.name_centred_over_figures(head, body, 116.0, frozenset(), frozenset()) is centred


# --- numbered headings at the page's margin above and below a table ------------------------------------------

def _seg_line(top: float, *cells: tuple[float, str]) -> SegLine:
    """A line of segments, each (x0, text), 9 pt glyphs, a digit half a glyph."""
    segs = tuple(Segment(t, (x, top, x + 9.0 * sum(advance(ch) for ch in t), top + 9.0)) for x, t in cells)
    return SegLine(segs, (segs[0].bbox[0], top, segs[-1].bbox[2], top + 9.0), 1, " ".join(t for _, t in cells))


def _chromium_list(heading_x: float) -> list[SegLine]:
    """基本目標1 | 新しいひとの流れをつくる at heading_x (two segments: Chromium draws no glyph for U+3000) over a table
    set from x 57.8 whose wide KPI column holds the title, and 基本目標2 | … under it (corpus seed 744
    kpi_baseline_target in chromium_borderless)."""
    rows = [_seg_line(75.5, (57.8, "番号"), (155.8, "KPI"), (263.1, "基準年度値"), (377.1, "計画目標値"))]
    rows += [_seg_line(89.0 + 13.5 * k, (70.1, str(k + 1)), (90.8, name), (249.8, a), (363.8, b))
             for k, (name, a, b) in enumerate([("観光消費額", "５６．２億円", "４６．１億円"), ("社会増減数", "▲１４４人", "▲１６７人"),
                                               ("Uターン就職者数", "１５人", "１６人")])]
    return [_seg_line(59.8, (heading_x, "基本目標1"), (heading_x + 50.6, "新しいひとの流れをつくる")), *rows,
            _seg_line(143.0, (heading_x, "基本目標2"), (heading_x + 50.6, "新しいひとの流れをつくる"))]


def test_the_next_numbered_heading_level_with_a_heading_ends_the_rows_it_heads() -> None:
    assert heads_no_columns(_chromium_list(45.8), 0)  # both titles inside the KPI column: no column gap run across
    assert not heads_no_columns(_chromium_list(57.8), 0)  # set as far in as the table's first cell: its header


def test_a_numbered_heading_left_of_the_rows_ends_the_table_after_them() -> None:
    # corpus seed 787 kpi_baseline_target in chromium_borderless: 基本目標2 | 時代に合った地域をつくる under the rows,
    # its title inside one column; read as a row it made a column of its own at the page's margin
    lines = _chromium_list(45.8)[1:]
    assert borderless._grow(lines, 0) == len(lines) - 1
    inset = _chromium_list(70.1)[1:]
    assert borderless._grow(inset, 0) == len(inset)  # level with the rows (their numbers' start): a row of the table


@pytest.mark.parametrize(("off_em", "one_pitch"), [(0.07, True), (0.15, False)])
def test_run_pitch_tol_em_is_pinned(off_em: float, one_pitch: bool) -> None:
    # a name's third line off the pitch of its first two by off_em of a line: at RUN_PITCH_TOL_EM (0.1) one cell's
    # lines at 0.07 and not at 0.15; halving the share would part the first, doubling it would join the second
    assert top_rows.RUN_PITCH_TOL_EM / 2 < 0.07 < top_rows.RUN_PITCH_TOL_EM < 0.15 < 2 * top_rows.RUN_PITCH_TOL_EM
    col = [Piece(t, (0.0, top, 40.0, top + 9.0), 0) for t, top in (("①中心市街地の歩行", 107.0), ("者", 116.0),
                                                                   ("通行量（休日）", 125.0 + off_em * 9.0))]
    assert len(top_rows._pitched_run(col, col[0], frozenset())) == (3 if one_pitch else 2)


@pytest.mark.parametrize(("step_lines", "one_cell"), [(1.5, True), (3.0, False)])
def test_run_step_max_lines_is_pinned(step_lines: float, one_cell: bool) -> None:
    # a name's second line step_lines of a line (top to top) under its first: at RUN_STEP_MAX_LINES (2) one cell's
    # lines at 1.5 and not at 3; halving the bound would part the first, doubling it would join the second
    assert top_rows.RUN_STEP_MAX_LINES / 2 < 1.5 < top_rows.RUN_STEP_MAX_LINES < 3.0 < 2 * top_rows.RUN_STEP_MAX_LINES
    col = [Piece(t, (0.0, top, 40.0, top + 9.0), 0) for t, top in (("中心市街地の歩行", 107.0), ("者通行量", 107.0 + step_lines * 9.0))]
    assert len(top_rows._pitched_run(col, col[0], frozenset())) == (2 if one_cell else 1)


def test_a_heading_over_a_row_and_a_note_under_it_are_no_centred_name() -> None:
    # rows at one pitch: （1）防災・減災の推進 over ふるさと納税寄附額 | 423,824 over ※ 再掲の事業を含む; the heading and
    # the note each open a row of their own, no line of the name
    def p(col: int, top: float, text: str) -> Piece:
        return Piece(text, (80.0 * col, top, 80.0 * col + 7.0 * len(text), top + 7.0), col)
    head = [p(0, 0.0, "指標"), p(1, 0.0, "2022年度"), p(2, 0.0, "2023年度"), p(0, 10.0, "（1）防災・減災の推進")]
    body = [p(0, 19.0, "ふるさと納税寄附額"), p(1, 19.0, "423,824"), p(2, 19.0, "242,307"), p(0, 28.0, "※ 再掲の事業を含む")]
    assert not top_rows.name_centred_over_figures(head, body, 19.0, frozenset(), frozenset())
