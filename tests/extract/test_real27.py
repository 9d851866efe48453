"""Session 27's rules for real documents' tables never read before (tests/realdocs/test_pages.py): a name wrapped
over three lines of a ruled cell, amounts side by side in one 説明 line, a 説明 item's own row path, the survey a
source line under a table names dating its figures, and a header ending where its row-spanning cell ends."""

from __future__ import annotations

import pytest

from extract.context import Context, source_year
from extract.interpret import read_table_values
from extract.interpret.continuations import join_cut_names
from extract.interpret.header_rows import closed_above, count_header_rows
from extract.interpret.stacks import labelled_lines
from extract.model import BBox, Cell, Provenance, Table
from normalize import clean_text
from tests.extract.text_docs import read_text_document as _read

COLUMN = (651.8, 716.7)  # a ruled 節 column of setagaya_r8_tousho_yosan p80 (PDF points)
LINE_HEIGHT = 9.0
ROW_PITCH = 16.3


def _cell(text: str, row: int, col: int, x: tuple[float, float], line: tuple[float, float] | None) -> Cell:
    top = 100 + row * ROW_PITCH
    boxes: tuple[BBox, ...] = ((line[0], top + 3, line[1], top + 3 + LINE_HEIGHT),) if line and text else ()
    prov = Provenance("p.pdf", "d", 1, table_index=0, row=row, col=col, bbox=(x[0], top, x[1], top + ROW_PITCH))
    return Cell(clean_text(text), text, prov, line_bboxes=boxes)


def _ruled_names(lines: list[tuple[str, float, str]]) -> Table:
    """A 節 column (name lines, each a row, with where each line ends) beside a 金額 column."""
    rows = [(_cell("区分", 0, 0, COLUMN, (675.6, 693.7)), _cell("金額（千円）", 0, 1, (716.7, 778.9), (730.0, 770.0)))]
    for r, (name, end, amount) in enumerate(lines, start=1):
        start = 653.5 if amount else 668.0  # a hanging indent under the number
        rows.append((_cell(name, r, 0, COLUMN, (start, end)), _cell(amount, r, 1, (716.7, 778.9), (750.0, 776.0))))
    return Table(0, tuple(rows), Provenance("p.pdf", "d", 1, table_index=0))


def _names(table: Table) -> list[str]:
    values, _ = read_table_values(table, Context(None, None, None))
    return [v.row_label or "" for v in values if v.value is not None]


def test_a_name_wrapped_over_three_lines_of_its_ruled_cell_is_read_whole() -> None:
    table = _ruled_names([("19 小児慢性特", 713.5, "852"), ("定疾病対策", 713.5, ""), ("費", 677.0, ""),
                          ("24 妊婦のため", 713.5, "690,000"), ("の支援給付", 713.5, ""), ("交付金", 695.3, "")])
    assert _names(table) == ["19小児慢性特定疾病対策費", "24妊婦のための支援給付交付金"]


def test_a_line_that_did_not_fill_its_column_ends_the_name() -> None:
    # 定疾病 ends well short of the column: 費 under it would have fitted after it, so it is no more of the name
    table = _ruled_names([("19 小児慢性特", 713.5, "852"), ("定疾病", 695.0, ""), ("費", 677.0, "")])
    assert _names(table) == ["19小児慢性特定疾病"]


@pytest.mark.parametrize(("raw", "got"), [
    ("賠償限度 対人1人 1億円 1事故 10億円", []),  # amounts side by side, each of its own words: none is the line's
    ("上限 700,000円 補助金 5,000千円", []),
    ("県国道協会負担金 40", [("県国道協会負担金", "40")]),
    ("人件費の増 59,579千円", [("人件費の増", "59,579千円")]),
])
def test_a_note_line_stating_two_amounts_names_neither(raw: str, got: list[tuple[str, str]]) -> None:
    cell = Cell(clean_text(raw), raw, Provenance("p.pdf", "d", 1, table_index=0, row=1, col=2))
    assert [(p.label, p.text) for p in labelled_lines(cell, itemised=True)] == got


def test_an_item_of_a_note_column_is_its_own_row_not_a_child_of_the_row_beside_it() -> None:
    found = _read("（単位：千円）\n節\t金額\t説明\n報酬\t6,858\t001 給与費 344,908\n")
    paths = {(v.row_path, v.value) for v in found.table_values}
    assert (("給与費",), 344_908_000) in paths and (("報酬",), 6_858_000) in paths


@pytest.mark.parametrize(("line", "year"), [
    ("（平成22年,国勢調査）", 2010),
    ("(平成22年.国勢調査)", 2010),
    ("資料：平成27年国勢調査", 2015),
    ("出典：令和2年経済センサス", 2020),
    ("（平成22年）", None),  # a year alone names no survey
    ("※平成22年国勢調査による", None),  # a note, not a source line
    ("平成22年の国勢調査では人口が減少した。", None),  # running text
    ("（平成22年・平成27年国勢調査）", None),  # two surveys: which one is not said
])
def test_a_source_line_names_its_surveys_year(line: str, year: int | None) -> None:
    found = source_year(line)
    assert (found.start if found else None) == year


def test_the_survey_a_source_line_under_a_table_names_dates_its_figures() -> None:
    text = "就業者数\n区分\t人口\t就業者数\n札幌市\t1,913,545\t890,773\n"
    dated = _read(text + "（平成22年,国勢調査）\n")
    assert {(v.fiscal_year, v.year_source) for v in dated.table_values} == {(2010, "footnote")}
    assert {v.fiscal_year for v in _read(text).table_values} == {None}


def test_a_source_line_above_a_table_is_the_source_of_the_table_above_it() -> None:
    text = ("就業者数\n区分\t人口\n札幌市\t1,913,545\n（平成22年,国勢調査）\n"
            "就業率\n区分\t人口\n札幌市\t1,913,545\n（平成27年,国勢調査）\n")
    assert [v.fiscal_year for v in _read(text).table_values] == [2010, 2015]


def test_a_name_goes_on_past_a_row_a_join_of_its_lines_left_empty() -> None:
    # 68 住宅・建築 / 物防災力緊 / 急促進事業 / 補助金 (setagaya p81): the layout's join of the second and third lines
    # (continuations.join_cut_names) leaves the third row empty; the fourth line still goes on the name
    table = _ruled_names([("68 住宅・建築", 713.5, "75,963"), ("物防災力緊", 713.5, ""), ("急促進事業", 713.5, ""),
                          ("補助金", 695.3, "")])
    assert _names(join_cut_names(table)) == ["68住宅・建築物防災力緊急促進事業補助金"]


def _spanned(texts: list[list[str]], spans: dict[tuple[int, int], int]) -> Table:
    rows = [tuple(Cell(clean_text(t), t, Provenance("p.pdf", "d", 1, table_index=0, row=r, col=c),
                       row_span=spans.get((r, c), 1)) for c, t in enumerate(row)) for r, row in enumerate(texts)]
    return Table(0, tuple(rows), Provenance("p.pdf", "d", 1, table_index=0))


def test_a_header_ends_where_a_cell_spanning_all_its_rows_ends() -> None:
    # 節 over 区分 | 金額 beside 説明 spanning both header rows; the page opens with the rest of the item the page
    # before ended on (充当事業：…・P423 under 説明): a body row, not a third header row
    texts = [["節", "", "説明"], ["区分", "金額", ""], ["", "", "充当事業：主要な生活道路築造・P423"],
             ["54 地域優良賃貸住宅費", "11,168", "1 地域優良賃貸住宅 11,168"]]
    assert count_header_rows(_spanned(texts, {(0, 2): 2})) == 2
    assert count_header_rows(_spanned(texts, {(0, 2): 3})) == 3  # a cell spanning three rows: a header three deep
    assert closed_above(_spanned(texts, {(0, 2): 2}), 0, 2) and not closed_above(_spanned(texts, {}), 0, 1)
