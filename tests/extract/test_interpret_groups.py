"""Names set once beside the sub-rows of their kinds (extract.interpret.groups): a merged cell
centred vertically over 目標 / 最新値 labels both rows, whichever row it stands in."""

from __future__ import annotations

import pytest

from extract.interpret.groups import split_cycles
from extract.interpret.structure import read_layout
from extract.interpret.values import row_labels
from extract.model import Cell, Provenance, Table

HEADER = ["数値目標", "単位", "", "R3年度", "R4年度"]


def _table(rows: list[list[str]]) -> Table:
    cells = tuple(tuple(Cell(t, t, Provenance("t.pdf", "d", 1, None, 0, r, j)) for j, t in enumerate(row))
                  for r, row in enumerate([HEADER, *rows]))
    return Table(0, cells, Provenance("t.pdf", "d", 1, None, 0))


def _names(rows: list[list[str]]) -> list[tuple[str | None, str | None]]:
    table = _table(rows)
    layout = read_layout(table)
    assert layout is not None
    return [(lb.name, lb.unit) for lb in row_labels(table, layout)]


CENTRED = [["", "", "目標", "563", "873"], ["出生数", "人", "最新値", "710", "781"],
           ["", "", "目標", "132.6", "198.9"], ["観光入込客数", "万人", "最新値", "196.0", "158.5"]]


def test_a_name_level_with_its_second_sub_row_labels_its_cycle() -> None:
    assert _names(CENTRED) == [("出生数", "人"), ("出生数", "人"), ("観光入込客数", "万人"), ("観光入込客数", "万人")]


def test_names_level_with_different_sub_rows_each_label_their_cycle() -> None:
    # a name wrapped onto two lines reaches its cycle's first row, a short one its second
    rows = [["ごみ排出量", "", "目標", "902", "916"], ["", "g", "最新値", "989", "984"],
            ["", "", "目標", "25.6", "33.3"], ["高齢化率", "%", "最新値", "31.4", "29.7"]]
    assert _names(rows) == [("ごみ排出量", "g"), ("ごみ排出量", "g"), ("高齢化率", "%"), ("高齢化率", "%")]


def test_top_aligned_names_read_as_carried_down() -> None:
    rows = [["出生数", "人", "目標", "563", "873"], ["", "", "最新値", "710", "781"],
            ["観光入込客数", "万人", "目標", "132.6", "198.9"], ["", "", "最新値", "196.0", "158.5"]]
    assert _names(rows) == [("出生数", "人"), ("出生数", "人"), ("観光入込客数", "万人"), ("観光入込客数", "万人")]


def test_a_cycle_without_one_name_leaves_the_names_as_they_stand() -> None:
    rows = [*CENTRED[:2], ["", "", "目標", "132.6", "198.9"], ["", "", "最新値", "196.0", "158.5"]]
    assert [n for n, _ in _names(rows)] == [None, "出生数", "出生数", "出生数"]


@pytest.mark.parametrize(("kinds", "n_cycles"), [
    (["目標", "最新値", "目標", "最新値"], 2),  # MIN_CYCLES: two cycles show the cycle
    (["目標", "最新値"], 0),  # one cycle shows nothing
    (["目標", "最新値", "目標", "最新値", "目標", "最新値", "目標", "最新値"], 4),
    (["目標", "目標", "最新値", "目標"], 0),
    (["目標", "最新値", "目標"], 0),  # a cycle cut short
])
def test_kinds_cycle(kinds: list[str], n_cycles: int) -> None:
    assert len(split_cycles(range(len(kinds)), kinds)) == n_cycles
