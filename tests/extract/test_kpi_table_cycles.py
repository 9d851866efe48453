"""KPI tables read by kpi_table whose rows state their kind (目標 / 実績値 …): a name cell centred
over its sub-rows stands level with any of them, so each cycle of kinds takes its one name and
its one unit (kpi_table._cycle_labels, the interpreter's groups.split_cycles)."""

from __future__ import annotations

from extract.model import Cell, Document, Provenance, Table
from extract.recognize import recognize_document
from extract.recognizers.kpi_table import _cycle_labels
from normalize import clean_text

HEADER = ["指標名", "単位", "区分", "2023年度", "2024年度"]


def _table(rows: list[list[str]]) -> Table:
    cells = tuple(tuple(Cell(clean_text(t), t, Provenance("t.pdf", "d", 1, None, 0, r, j)) for j, t in enumerate(row))
                  for r, row in enumerate([HEADER, *rows]))
    return Table(0, cells, Provenance("t.pdf", "d", 1, None, 0))


def _read(rows: list[list[str]]) -> list[tuple[str, str, int | None, float | None, str | None]]:
    found = recognize_document(Document("t.pdf", "d", "pdf", 1, (_table(rows),)))
    return sorted((v.indicator, v.kind, v.fiscal_year, v.value, v.unit) for v in found.kpi_values)


CENTRED = [["ふるさと納税寄附額", "", "目標", "139,973", "124,610"], ["", "千円", "実績値", "90,349", "99,812"],
           ["", "", "目標", "20", "15"], ["創業件数", "件", "実績値", "17", "20"]]


def test_a_name_level_with_its_second_sub_row_names_its_cycle() -> None:
    assert _read(CENTRED) == [
        ("ふるさと納税寄附額", "actual", 2023, 90_349_000, "円"), ("ふるさと納税寄附額", "actual", 2024, 99_812_000, "円"),
        ("ふるさと納税寄附額", "target", 2023, 139_973_000, "円"), ("ふるさと納税寄附額", "target", 2024, 124_610_000, "円"),
        ("創業件数", "actual", 2023, 17, "件"), ("創業件数", "actual", 2024, 20, "件"),
        ("創業件数", "target", 2023, 20, "件"), ("創業件数", "target", 2024, 15, "件")]


def test_cycles_with_two_names_in_one_label_nothing() -> None:
    # top-aligned names, one cycle naming two: the kinds do not group the names, rows keep their own
    rows = [["出生数", "人", "目標", "563", "873"], ["死亡数", "人", "実績値", "710", "781"],
            ["", "", "目標", "20", "15"], ["", "", "実績値", "17", "20"]]
    table = _table(rows)
    assert _cycle_labels(list(table.rows[1:]), 2, 0, 1) == {}


def test_kinds_that_do_not_repeat_a_cycle_label_nothing() -> None:
    rows = [["", "", "目標", "20", "15"], ["創業件数", "件", "実績値", "17", "20"], ["", "", "目標", "9", "8"]]
    assert _cycle_labels(list(_table(rows).rows[1:]), 2, 0, 1) == {}


def test_without_a_kind_column_nothing_cycles() -> None:
    assert _cycle_labels(list(_table(CENTRED).rows[1:]), None, 0, 1) == {}


def test_a_kind_label_of_two_kinds_run_together_gives_its_row_nothing() -> None:
    # 実績めざす値: a wrapped label (めざ / す値) drawn into the row above; the column still states the rows' kinds,
    # that row gives no values and the others keep theirs
    rows = [["出生数", "人", "目標", "563", "873"], ["", "", "実績めざす値", "710", "781"],
            ["死亡数", "人", "目標", "20", "15"], ["", "", "実績値", "17", "20"]]
    assert _read(rows) == [("出生数", "target", 2023, 563, "人"), ("出生数", "target", 2024, 873, "人"),
                           ("死亡数", "actual", 2023, 17, "人"), ("死亡数", "actual", 2024, 20, "人"),
                           ("死亡数", "target", 2023, 20, "人"), ("死亡数", "target", 2024, 15, "人")]


def test_a_name_run_on_beside_its_second_sub_row_is_one_name() -> None:
    # Typst sets a long name's last line level with the group's second sub-row (corpus seed 852
    # kpi_year_matrix --vocab dev8, typst_borderless); every other cycle holds one name, so the
    # lines going on the name before them are that name, a bracketed qualifier line as well
    rows = [["中心市街地の歩行者", "人", "目標", "2,322", "2,099"], ["通行量（休日）", "", "実績値", "3,389", "3,527"],
            ["相談員の活動日数", "日", "目標", "341", "305"], ["（延べ日数）", "", "実績値", "441", "321"],
            ["地域活動参加率", "%", "目標", "40.4", "61.2"], ["", "", "実績値", "43.0", "54.4"]]
    names = {v[0] for v in _read(rows)}
    assert names == {"中心市街地の歩行者通行量(休日)", "相談員の活動日数(延べ日数)", "地域活動参加率"}


def test_a_numbered_line_in_a_cycle_is_no_part_of_its_name() -> None:
    rows = [["出生数", "人", "目標", "563", "873"], ["(1) 死亡数", "", "実績値", "710", "781"],
            ["転入数", "人", "目標", "20", "15"], ["", "", "実績値", "17", "20"]]
    assert _cycle_labels(list(_table(rows).rows[1:]), 2, 0, 1) == {}
