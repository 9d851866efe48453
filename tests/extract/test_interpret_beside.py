"""Tables laid out beside each other: a table of values only reads its row labels across
from the table that names them (extract.interpret.beside), and a frame holding a box of
values over a table of its own is read as two (structure.stacked_tables).

The tables are built by hand with their boxes (points, top-left origin), as a PDF reader
gives them; every threshold has a case on each side of it.
"""

from __future__ import annotations

from extract.interpret import beside
from extract.interpret.beside import borrowed_labels
from extract.interpret.structure import read_layout, stacked_tables
from extract.model import BBox, Cell, Document, Provenance, Table, TextLine
from extract.recognize import recognize_document
from normalize import clean_text

ROW_PT = 20.0  # one body row's pitch in these tables
LINE_PT = 10.0  # one text line's height


def _cell(text: str, box: BBox, row: int, col: int, index: int) -> Cell:
    return Cell(clean_text(text), text, Provenance("p.pdf", "d", 1, table_index=index, row=row, col=col, bbox=box))


def _table(index: int, rows: list[list[tuple[str, BBox]]]) -> Table:
    cells = tuple(tuple(_cell(text, box, r, c, index) for c, (text, box) in enumerate(row))
                  for r, row in enumerate(rows))
    boxes = [box for row in rows for _, box in row]
    frame = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
    return Table(index, cells, Provenance("p.pdf", "d", 1, table_index=index, bbox=frame), engine="pdfplumber")


def _labels_table(names: list[str], label_right: float = 40.0) -> Table:
    """項目 | 予算額 (left blank) | 前年度対比, one row per name."""
    rows = [[("項目", (0, 0, 40, LINE_PT)), ("予算額", (60, 0, 110, LINE_PT)), ("前年度対比", (120, 0, 170, LINE_PT))]]
    for i, name in enumerate(names, start=1):
        top = i * ROW_PT
        rows.append([(name, (0, top, label_right, top + LINE_PT)), ("", (60, top, 110, top + LINE_PT)),
                     (f"△{i}万円", (120, top, 170, top + LINE_PT))])
    return _table(0, rows)


def _values_table(tops: list[float], left: float = 55.0) -> Table:
    """One amount per row, drawn over the blank 予算額 column."""
    return _table(1, [[(f"{i},000万円", (left, top, 110, top + LINE_PT))] for i, top in enumerate(tops, start=1)])


def _borrowed(labels: Table, values: Table) -> list[str | None] | None:
    labels_layout, values_layout = read_layout(labels), read_layout(values)
    assert labels_layout is not None and values_layout is not None
    found = borrowed_labels(values, values_layout, labels, labels_layout)
    return None if found is None else [r.name for r in found]


NAMES = ["議会費", "総務費", "民生費", "衛生費"]


def test_a_values_table_reads_each_rows_label_across() -> None:
    assert _borrowed(_labels_table(NAMES), _values_table([20, 40, 60, 80])) == NAMES


def test_labels_reaching_into_the_values_table() -> None:
    assert beside.BESIDE_X_TOL_PT == 3.0
    assert _borrowed(_labels_table(NAMES, label_right=57.5), _values_table([20, 40, 60, 80])) == NAMES
    assert _borrowed(_labels_table(NAMES, label_right=59.0), _values_table([20, 40, 60, 80])) is None


def test_a_value_row_needs_half_its_height_beside_its_label() -> None:
    assert beside.BESIDE_OVERLAP_SHARE == 0.5
    assert _borrowed(_labels_table(NAMES[:1]), _values_table([24])) == NAMES[:1]  # 0.6 of a line beside
    assert _borrowed(_labels_table(NAMES[:1]), _values_table([26])) is None  # 0.4 beside


def test_half_the_value_rows_must_find_a_label() -> None:
    assert beside.BESIDE_ROW_SHARE == 0.5
    assert _borrowed(_labels_table(NAMES[:2]), _values_table([20, 40, 90, 110])) == NAMES[:2] + [None, None]
    assert _borrowed(_labels_table(NAMES[:1]), _values_table([20, 50, 90, 110])) is None


def test_values_the_labels_table_already_holds_are_not_read_twice() -> None:
    labels = _labels_table(NAMES)
    second_reading = _table(1, [[(f"△{i}万円", (120, i * ROW_PT, 170, i * ROW_PT + LINE_PT))] for i in range(1, 5)])
    assert _borrowed(labels, second_reading) is None


def test_the_table_beside_must_be_on_the_same_page() -> None:
    values = _values_table([20, 40, 60, 80])
    other_page = Table(1, values.rows, Provenance("p.pdf", "d", 2, table_index=1, bbox=values.prov.bbox))
    assert _borrowed(_labels_table(NAMES), other_page) is None


def test_amounts_drawn_over_a_blank_column_are_budget_values_of_their_rows() -> None:
    doc = Document("p.pdf", "d", "pdf", 1, (TextLine("令和3年度 予算", "令和3年度 予算", Provenance("p.pdf", "d", 1)),
                                             _labels_table(NAMES), _values_table([20, 40, 60, 80])))
    found = recognize_document(doc)
    got = [(v.project, v.measure, v.amount_yen) for v in found.budget_values if v.prov.table_index == 1]
    assert got == [(name, "予算額", i * 10_000_000) for i, name in enumerate(NAMES, start=1)]


def _frame_rows() -> list[list[tuple[str, BBox]]]:
    """支給実績 | 774千円 over 手当の名称 | 支給実績（令和5年度決算） | … in one frame."""
    def row(top: float, *texts: str) -> list[tuple[str, BBox]]:
        return [(t, (c * 100.0, top, c * 100.0 + 100, top + LINE_PT)) for c, t in enumerate(texts)]
    return [row(0, "支給実績（令和5年度決算）", "", "774千円"),
            row(20, "手当の名称", "主な支給対象職員", "支給実績（令和5年度決算）"),
            row(40, "寮監手当", "寄宿舎寮監", "千円\n223")]


def test_a_box_of_values_over_a_table_is_read_as_two() -> None:
    top, bottom = stacked_tables(_table(0, _frame_rows()))
    assert [len(top.rows), len(bottom.rows)] == [1, 2]
    layout = read_layout(bottom)
    assert layout is not None and layout.col_headers[2] == "支給実績(令和5年度決算)"


def test_a_header_row_needs_a_word_naming_the_rows() -> None:
    rows = _frame_rows()
    rows[1] = [("職員", rows[1][0][1]), rows[1][1], rows[1][2]]
    assert len(stacked_tables(_table(0, rows))) == 1


def test_a_continuation_of_a_continuation_reads_the_first_tables_header() -> None:
    def row(top: float, spans: list[tuple[float, float]], texts: list[str]) -> list[tuple[str, BBox]]:
        return [(t, (x0, top, x1, top + LINE_PT)) for (x0, x1), t in zip(spans, texts)]
    three = [(0.0, 50.0), (50.0, 100.0), (100.0, 150.0)]
    four = [*three, (150.0, 200.0)]  # another grid: a note column at the right
    first = _table(0, [row(0, three, ["区分", "予算額", "決算額"]), row(20, three, ["議会費", "100千円", "90千円"])])
    second = _table(1, [row(40, four, ["総務費", "", "80千円", "増"])])  # nothing under 予算額: its copy loses it
    third = _table(2, [row(60, four, ["民生費", "70千円", "60千円", "減"])])
    found = recognize_document(Document("p.pdf", "d", "pdf", 1, (first, second, third)))
    got = [(v.project, v.measure, v.amount_yen) for v in found.budget_values if v.prov.table_index == 2]
    assert got == [("民生費", "予算額", 70_000), ("民生費", "決算額", 60_000)]


def _continuation(columns: list[tuple[float, float]]) -> Table:
    """A headerless continuation: 道路改良 and one amount per column, at the given x-ranges."""
    cells = [("道路改良", (0, 0, 40, LINE_PT))] + [(f"{k},000", (x0, 0, x1, LINE_PT)) for k, (x0, x1) in enumerate(columns, 1)]
    return _table(1, [cells])


def test_a_continuation_on_columns_of_its_own_takes_no_header_two_of_its_columns_would_share() -> None:
    header = _labels_table(["議会費"]).rows[:1]  # 項目 (0-40) | 予算額 (60-110) | 前年度対比 (120-170)
    lined_up = read_layout(_continuation([(60, 110), (120, 170)]), header)
    assert lined_up is not None and lined_up.col_headers[1:] == ("予算額", "前年度対比")
    set_apart = read_layout(_continuation([(50, 80), (85, 105), (120, 170)]), header)  # two under 予算額
    assert set_apart is not None and set_apart.col_headers[1:] == ("", "", "")
