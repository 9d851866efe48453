"""Rows set at their top with no padding, read by the cells that start them (extract.pdf.rows.split_at_row_tops,
extract.pdf.orphan_starts): a name its author broke with an empty line (子ども医療費 / (empty) / 助成事業（18歳まで）),
whose last part runs on at the leading into the next rows' names, and a wrapped cell of another column that
took the next row's first line (corpus seed 509 budget_plan_years in writer_borderless), parted only in a table
whose rows show themselves set at the top."""

from __future__ import annotations

import pytest

from extract.pdf import orphan_starts
from extract.pdf.orphan_starts import ORPHAN_ROW_STARTS, part_top_set_orphans, split_at_orphan_starts
from extract.pdf.pieces import Block, Piece
from extract.pdf.rows import ROW_MATES, ROW_START_TOL_EM, split_at_row_tops

EM = 7.0
PITCH = 8.2  # the leading of a cell's lines, and the pitch of rows set at their top with no padding
X = {0: 57.0, 1: 110.0, 2: 170.0, 3: 230.0}


def piece(text: str, col: int, line: float) -> Piece:
    top = 100.0 + line * PITCH
    return Piece(text, (X[col], top, X[col] + EM * len(text), top + EM), col)


def texts(blocks: list[Block], col: int) -> list[list[str]]:
    return [[p.text for p in b] for b in blocks if b[0].col == col]


def figures_rows(lines: list[float]) -> list[Block]:
    """One row of figures in columns 1-3 starting on each line."""
    return [[piece(f"{k}{n},000", col, line)] for n, line in enumerate(lines) for k, col in enumerate((1, 2, 3))]


def broken_name(rows_beside: int) -> list[Block]:
    """A name's last part after an empty line (line 2), its next rows' names run on below it at the leading,
    rows_beside rows of figures starting on lines 3, 4 … beside it."""
    first = [[piece("子ども医療費", 0, 0)], *figures_rows([0])]
    names = [piece("助成事業（18歳まで）", 0, 2), *(piece(f"事業{k}", 0, 3 + k) for k in range(rows_beside))]
    return [*first, names, *figures_rows([3 + k for k in range(rows_beside)])]


def split(blocks: list[Block]) -> list[Block]:
    return split_at_orphan_starts(blocks, ROW_START_TOL_EM, ROW_MATES)


def test_a_name_part_after_an_empty_line_parts_where_the_rows_beside_it_start() -> None:
    assert texts(split(broken_name(2)), 0) == [["子ども医療費"], ["助成事業（18歳まで）"], ["事業0"], ["事業1"]]
    assert texts(split(broken_name(3)), 0) == [["子ども医療費"], ["助成事業（18歳まで）"], ["事業0"], ["事業1"], ["事業2"]]


def test_a_cell_beside_one_row_start_stays_whole() -> None:
    # a name centred on its row, its figures level with its second line, starts level with nothing too
    assert texts(split(broken_name(1)), 0) == [["子ども医療費"], ["助成事業（18歳まで）", "事業0"]]


def test_a_cell_starting_level_with_another_column_is_left_to_split_at_row_tops() -> None:
    blocks = [[piece("観光", 0, 0), piece("事業", 0, 1), piece("協力隊", 0, 2)], [piece("教育課", 1, 0)],
              [piece("1,000", 2, 1)], [piece("2,000", 3, 1)], [piece("3,000", 2, 2)], [piece("4,000", 3, 2)]]
    assert texts(split(blocks), 0) == [["観光", "事業", "協力隊"]]


@pytest.mark.parametrize(("starts", "reads_both"), [(ORPHAN_ROW_STARTS, True), (ORPHAN_ROW_STARTS // 2, False),
                                                    (ORPHAN_ROW_STARTS * 2, False)])
def test_orphan_row_starts_is_pinned(monkeypatch: pytest.MonkeyPatch, starts: int, reads_both: bool) -> None:
    # at its own value a name part beside two row starts parts and one beside one stays whole; halved or doubled, not both
    monkeypatch.setattr(orphan_starts, "ORPHAN_ROW_STARTS", starts)
    parted = texts(split(broken_name(2)), 0) == [["子ども医療費"], ["助成事業（18歳まで）"], ["事業0"], ["事業1"]]
    whole = texts(split(broken_name(1)), 0) == [["子ども医療費"], ["助成事業（18歳まで）", "事業0"]]
    assert (parted and whole) == reads_both


def test_cells_parted_at_row_tops_mark_rows_in_turn() -> None:
    # 子育て支援 / 課 wrapped in its 課名 column took the next row's 教育総務課 (its first line level with
    # 結婚新生活支援事業); parted there, it marks the row 観光プロモーション事 / 業 starts, whose cell in turn
    # parts where the next rows' 教育総務課 and 環境課 start
    names = [[piece("結婚新生活支援事業", 0, 0)], [piece("観光プロモーション事", 0, 2), piece("業", 0, 3),
                                              piece("地域おこし協力隊事", 0, 4), piece("業", 0, 5), piece("脱炭素推進事業", 0, 6)]]
    offices = [[piece("子育て支援", 1, 0), piece("課", 1, 1), piece("教育総務課", 1, 2)], [piece("教育総務課", 1, 4)],
               [piece("環境課", 1, 6)]]
    # the figures' columns cut each amount before 円, their lines one cell at the leading
    cut = ("1億3,784万", "円", "2億2,042万", "円", "2億7,027万", "円", "1億9,473万", "円")
    figures = [[piece(text, 2, k) for k, text in enumerate(cut)], [piece(text, 3, 2 + k) for k, text in enumerate(cut[2:])]]
    assert texts(split_at_row_tops([*names, *offices, *figures]), 0) == [
        ["結婚新生活支援事業"], ["観光プロモーション事", "業"], ["地域おこし協力隊事", "業"], ["脱炭素推進事業"]]


def test_a_header_cell_beside_rows_of_words_stays_whole() -> None:
    # 2023年度 / 予算計上額 / 単位：千円 centred on its header band, level with nothing at its top, beside
    # 財源内訳(千円) over 国庫・県支出金 | 地方債 | その他 (corpus seed 504 budget_main_projects in pdf_rules)
    head = [[piece("2023年度", 0, 0.5), piece("予算計上額", 0, 1.5), piece("単位：千円", 0, 2.5)],
            [piece("財源内訳", 1, 1.5)], [piece("国庫", 1, 2.5)], [piece("地方債", 2, 2.5)], [piece("その他", 3, 2.5)],
            [piece("一般", 2, 1.5)], [piece("財源", 3, 1.5)]]
    assert texts(split(head), 0) == [["2023年度", "予算計上額", "単位：千円"]]
    figures = [[p] for b in head[1:] for p in b]
    for b in figures:
        b[0] = Piece("1,000", b[0].bbox, b[0].col)
    assert texts(split([head[0], *figures]), 0) == [["2023年度"], ["予算計上額"], ["単位：千円"]]  # beside rows of figures


def two_rows(figures_line: int) -> list[list[Block]]:
    """A name wrapped over three lines (its first full: the engine wrapped it) beside figures on the given line
    of it, and a one-line row: figures on its first line show rows set at the top, on its middle line centred."""
    name = [piece("インバウンド誘客推進事業", 0, 0), piece("促進と拡充", 0, 1), piece("事業", 0, 2)]
    return [[name, *figures_rows([figures_line])], [[piece("観光振興", 0, 3)], *figures_rows([3])]]


def test_only_a_table_its_rows_show_set_at_the_top_is_parted() -> None:
    # corpus seed 509 budget_plan_years in writer_borderless is set at the top; chromium_borderless 764
    # kpi_baseline_target centres its rows, where a name's first line stands level with nothing by chance
    blocks = broken_name(2)
    parted = part_top_set_orphans(blocks, lambda _: two_rows(0), frozenset(), ROW_START_TOL_EM, ROW_MATES)
    assert texts(parted, 0) == [["子ども医療費"], ["助成事業（18歳まで）"], ["事業0"], ["事業1"]]
    kept = part_top_set_orphans(blocks, lambda _: two_rows(1), frozenset(), ROW_START_TOL_EM, ROW_MATES)
    assert texts(kept, 0) == [["子ども医療費"], ["助成事業（18歳まで）", "事業0", "事業1"]]
