"""Names cut over two rows of a table: a text export or a layout engine wrote the second line of
a wrapped name as a row of its own (地域の魅力を発信する / イベントへの参加者数).

A reader joins them when the row below holds nothing but the rest of the name and the name
above cannot end where it was cut: a KPI or project name is a noun phrase, and 地域の魅力を
発信する (a verb waiting for its noun) is none, while the two together are one. Where the
first part is a noun phrase already (中心市街地の歩行者 / 通行量) only a unit closing the second
part (通行量（休日）（人）, a unit no group label carries) proves the cut; else the rows stay.
A row cut in two as a whole (a cell's bracket opened above and closed below) is joined cell by
cell.
"""

from __future__ import annotations

from dataclasses import replace

from extract.interpret.kpi import SUB_ROW_KINDS, is_kind_label
from extract.interpret.facets import bare_unit
from extract.interpret.structure import ends_cut_number, is_bare_number, is_data_value
from extract.model import Cell, Table
from extract.morph import is_noun_phrase
from extract.vocab import WORD_JOINERS
from normalize import unit_from_header
from normalize.numbers import GROUPED_NUMBER_RE
from normalize.vocab import CLOSE_BRACKETS, OPEN_BRACKETS


def join_cut_names(table: Table) -> Table:
    """The table with each name cut over two rows joined in the upper row; the lower row's
    cells are left empty (its row and provenance stay, so row indices keep their meaning). A row
    going on from a row a join left empty goes on the row that one went into (地域の魅力を発信する /
    イベントへの参加 / 者数（人）: a name cut over three rows, corpus seed 744 kpi_progress in
    writer_borderless)."""
    rows = [list(row) for row in table.rows]
    went_into: dict[int, int] = {}  # a row a join left empty: the row its text went into, which the next row may go on
    for r in range(1, len(rows)):
        u = went_into.get(r - 1, r - 1)
        split = is_split_row(rows[u], rows[r])
        for col in ([k for k, c in enumerate(rows[r]) if c.text.strip()] if split else
                    _continuation_cols(rows[u], rows[r])):
            upper, lower = rows[u][col], rows[r][col]
            rows[u][col] = replace(upper, text=upper.text + lower.text, raw=f"{upper.raw}\n{lower.raw}",
                                   line_bboxes=upper.line_bboxes + lower.line_bboxes if upper.line_bboxes else ())
            rows[r][col] = replace(lower, text="", raw="", line_bboxes=())
            went_into[r] = u
        if r in went_into and any(c.text.strip() for c in rows[r]):
            del went_into[r]
    return replace(table, rows=tuple(tuple(row) for row in rows))


def _open_brackets(text: str) -> int:
    """How many brackets the (NFKC) text opens and leaves open (negative: closes ones it did not open)."""
    return sum(map(text.count, OPEN_BRACKETS)) - sum(map(text.count, CLOSE_BRACKETS))


def is_split_row(upper: list[Cell], lower: list[Cell]) -> bool:
    """True when a layout cut one row in two: a cell of the upper row opens a bracket the cell
    below closes (14人(延 over べ161日), and no column holds a whole figure in both rows. Its
    other cells are cut alike (ボランティア over 派遣日数(延べ日数), SNS over フォロワー数: corpus
    seed 5 kpi_baseline_target html_borderless, where フォロワー数 alone named its values)."""
    if len(upper) != len(lower):
        return False
    if not (any(_open_brackets(a.text) > 0 > _open_brackets(b.text) or cuts_number(a.text, b.text) or _cut_at_joiner(a, b)
                for a, b in zip(upper, lower)) or units_cut_off(upper, lower)):
        return False
    return not any(a.text.strip() and b.text.strip() and is_data_value(a.text) and _open_brackets(a.text) == 0
                   and not _cut_at_joiner(a, b) and not (is_bare_number(a.text) and bare_unit(b.text.strip()))
                   for a, b in zip(upper, lower))


def _cut_at_joiner(upper: Cell, lower: Cell) -> bool:
    """True when a figure ends in a mark that joins it to more (WORD_JOINERS: 79.2万人回/ over 年,
    a unit per year cut after its slash, corpus seed 62 kpi_year_matrix in html_borderless) and the
    cell below holds words, no figure: the rest of that cell."""
    text, rest = upper.text.strip(), lower.text.strip()
    return is_data_value(text) and text.endswith(WORD_JOINERS) and bool(rest) and not is_data_value(rest)


def cuts_number(upper: str, lower: str) -> bool:
    """True when a number is cut between two cells, one above the other (35,23 over 4世帯): the upper
    ends in a digit group too short to end a number, the lower goes on with digits into a whole
    grouped one (35,234世帯)."""
    upper, lower = upper.strip(), lower.strip()
    return ends_cut_number(upper) and lower[:1].isdigit() and bool(GROUPED_NUMBER_RE.match(upper + lower))


def units_cut_off(upper: list[Cell], lower: list[Cell]) -> bool:
    """True when the lower row holds, under each bare figure of the upper row that it fills, only a
    unit (844,886 over 千円): each figure's unit wrapped onto a line of its own, the row cut in two."""
    under = [(a.text.strip(), b.text.strip()) for a, b in zip(upper, lower) if b.text.strip() and is_bare_number(a.text)]
    return bool(under) and all(bare_unit(b) is not None for _, b in under)


def _continuation_cols(upper: list[Cell], lower: list[Cell]) -> list[int]:
    """The columns of the names the lower row only continues (one per block of a table set
    side by side), or none when any filled cell of it is no such continuation; in a lower row
    of its own (a sub-row: 実績値 under 目標値, its values), the columns whose name above cannot
    end where it was cut (_ends_cut_phrase)."""
    cols = [k for k, c in enumerate(lower) if c.text.strip()]
    if not cols:
        return []
    if len(cols) * 2 <= len([c for c in upper if c.text.strip()]) and all(_continues(upper, lower, k) for k in cols):
        return cols  # the upper row holds more than the names: a row of values
    return [k for k in cols if _ends_cut_phrase(upper, lower, k)]


def _ends_cut_phrase(upper: list[Cell], lower: list[Cell], col: int) -> bool:
    """True when the two rows are the sub-rows of one named row (each states a kind beside the
    name: 目標値 over 実績値, 最新値 over 計画, corpus seed 60), the name above is no noun phrase
    and the cell below completes it into one: a name set over the sub-rows (住み続けたいと思う over 中学生の割合(%), corpus seed 13
    kpi_year_matrix), which no unit alone may prove. A heading row above a row of its own (基本
    目標3 …をかなえる over 重要業績評価指標) states no kind."""
    if col >= len(upper) or not upper[col].text.strip() or is_data_value(lower[col].text):
        return False
    if not any(is_kind_label(a.text, SUB_ROW_KINDS) and is_kind_label(b.text, SUB_ROW_KINDS)
               for a, b in zip(upper[col + 1:], lower[col + 1:])):
        return False
    name, rest = upper[col].text.strip(), lower[col].text.strip()
    return not is_noun_phrase(name) and is_noun_phrase(name + rest)


def _continues(upper: list[Cell], lower: list[Cell], col: int) -> bool:
    """A cell spanning columns (本年度 over 単位：千円 over 金額 | 割合) groups the cells under it: no
    name it is, whatever line stands below it."""
    if col >= len(upper) or not upper[col].text.strip() or is_data_value(lower[col].text) or upper[col].col_span > 1:
        return False
    return continues_name(upper[col].text.strip(), lower[col].text.strip())


def continues_name(name: str, rest: str) -> bool:
    """True when rest (a line by itself) is the rest of a name cut after name (module docstring)."""
    if unit_from_header(rest) and not unit_from_header(name):
        return True  # 中心市街地の歩行者 / 通行量（休日）（人）: the unit closes the name, no group label has one
    return not is_noun_phrase(name) and is_noun_phrase(name + rest)
