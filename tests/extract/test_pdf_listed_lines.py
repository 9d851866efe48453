"""A list of lines is no table (extract/pdf/listed_lines.py): a borderless 'table' built from the lines of a KPI list
(gaps inside each line parted it into segments) is given back as lines; a table whose rows share columns stays."""

from __future__ import annotations

from extract.pdf.borderless import MIN_ROWS
from extract.pdf.grid import PageContent, RawCell, RawTable, Segment, SegLine
from extract.pdf.listed_lines import is_list_of_lines, shares_columns, untable_lists


def seg_line(top: float, *parts: tuple[float, str]) -> SegLine:
    segs = tuple(Segment(text, (x, top, x + 9.0 * len(text), top + 9.0)) for x, text in parts)
    return SegLine(segs, (segs[0].bbox[0], top, segs[-1].bbox[2], top + 9.0), 1, " ".join(t for _, t in parts))


def table_of(*lines: SegLine) -> RawTable:
    rows = tuple(tuple(RawCell(s.text, s.bbox, 1) for s in ln.segments) for ln in lines)
    return RawTable(1, (45.0, lines[0].bbox[1], 400.0, lines[-1].bbox[3]), rows, "pdfplumber-text", lines=lines)


# Chromium's lines of a KPI list: a list mark's blank, a space before the figures and an arrow part each line
LISTED = (
    seg_line(100, (45, "・"), (54, "婚姻件数")),
    seg_line(115, (54, "346件（2020年度）⇒"), (200, "295件（2026年度）（実績：297件（2021年度））")),
    seg_line(130, (45, "・"), (54, "新規雇用者数 2019年度 492人 ⇒2023年度"), (250, "410人")),
)


def test_lines_each_stating_their_figures_or_opening_an_item_are_a_list() -> None:
    assert is_list_of_lines(table_of(*LISTED))


def test_a_list_needs_min_figure_lines_stating_figures() -> None:
    """Two lines state figures (the third opens an item): a list. One alone among item openers is not: a table of
    names whose one row states its figures is no list for it."""
    assert is_list_of_lines(table_of(*LISTED))
    assert not is_list_of_lines(table_of(LISTED[0], LISTED[1], seg_line(130, (45, "・"), (54, "新規雇用者数"))))


def test_a_heading_set_in_pieces_among_the_lines_leaves_them_a_list_but_min_rows_such_lines_do_not() -> None:
    """One line parted in segments that is neither (基本目標3 | 結婚・出産…, Chromium draws no ideographic space) is a
    heading; MIN_ROWS such lines would make a table of their own. A label (KPI：) opens an item as a mark does."""
    heading = seg_line(145, (45, "基本目標3"), (110, "結婚・出産・子育ての希望をかなえる"))
    assert is_list_of_lines(table_of(*LISTED, heading))
    labelled = seg_line(160, (45, "KPI：観光入込客数（単位"), (160, "万人）"))
    assert is_list_of_lines(table_of(*LISTED, heading, labelled))
    title = seg_line(70, (227, "総合計画"), (280, "実施状況報告書"))
    assert MIN_ROWS == 2 and not is_list_of_lines(table_of(title, *LISTED, heading))


def test_a_grid_whose_header_states_the_kinds_is_no_list() -> None:
    grid = table_of(seg_line(100, (45, "指標"), (200, "基準値（R2）"), (280, "目標値（R7）")),
                    seg_line(115, (45, "移住相談件数"), (200, "120件"), (280, "150件")),
                    seg_line(130, (45, "観光入込客数"), (200, "3,194万人"), (280, "3,500万人")))
    assert not is_list_of_lines(grid)


def test_a_ruled_table_is_never_a_list() -> None:
    ruled = table_of(*LISTED)
    assert not is_list_of_lines(RawTable(1, ruled.bbox, ruled.rows, "pdfplumber"))


def test_the_list_is_read_as_its_lines_whole_in_place() -> None:
    page = PageContent(1, 595.0, 842.0, tables=(table_of(*LISTED),))
    [out] = untable_lists([page])
    assert out.tables == ()
    assert [ln.raw for ln in out.lines] == ["・ 婚姻件数", "346件（2020年度）⇒ 295件（2026年度）（実績：297件（2021年度））",
                                            "・ 新規雇用者数 2019年度 492人 ⇒2023年度 410人"]


def test_a_card_whose_values_share_a_column_is_a_table() -> None:
    """A key-value card (KPI | 新規就農者数 over 当初値 | 22人（R2）): its rows state kinded figures, but their values
    start at one x, after labels of different widths: a column the rows share."""
    card = table_of(seg_line(100, (45, "KPI"), (130, "新規就農者数")), seg_line(115, (45, "当初値"), (130, "22人（R2）")),
                    seg_line(130, (45, "到達目標"), (130, "28人（R8）")))
    assert not is_list_of_lines(card)
    flush_right = table_of(seg_line(100, (45, "KPI"), (300 - 9 * 6, "新規就農者数")),
                           seg_line(115, (45, "当初値"), (300 - 9 * 7, "22人（R2）")),
                           seg_line(130, (45, "到達目標"), (300 - 9 * 7, "28人（R8）")))
    assert not is_list_of_lines(flush_right)


def test_names_of_one_width_line_up_no_column() -> None:
    """Two items whose names are as wide (保育所入所率（%） and 企業誘致件数（件）) part their lines at one x: their
    names end there too, so the figures' starts prove no column."""
    same = table_of(seg_line(100, (45, "・"), (54, "保育所入所率（%）"), (135, "：76.6（R2・基準）、81.5（R8・目標）")),
                    seg_line(115, (45, "・"), (54, "企業誘致件数（件）"), (135, "：2（H30・基準）、3（R6・目標）")))
    assert is_list_of_lines(same)
    assert shares_columns(card_lines := table_of(seg_line(100, (45, "KPI"), (130, "人口")),
                                                 seg_line(115, (45, "到達目標"), (130, "22人（R7）"))).lines)
    assert not shares_columns(card_lines[:1])
