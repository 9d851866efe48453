"""Section headings that look like a table's first row: a line of two segments above a table.

A heading set with a wide space between its number and its title (基本目標1　魅力ある観光と
交流のまちづくり) is two segments when the engine draws no glyph for the space (Chromium's
Skia writes none for U+3000), so it reads as a row of two cells. It is no row of the table
below it: it starts left of every row of the table, and its title runs across the table's
column gaps, where a header's cells sit inside the columns below them.

Coordinates are PDF points, top-left origin.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.pdf.grid import Interval, SegLine
from normalize.brackets import bracket_depth
from normalize.text import clean_text


OUTDENT_TOL_PT = 1.5  # a line starting this much left of another starts left of it
HEADING_SEGMENTS = 2  # a heading set apart in pieces: its number (基本目標1) and its title
MIN_TABLE_ROWS = 2
# a heading's number: one small number in a short label (基本目標2, （1）, 第3章), not a figure
# (延べ 26事業 681,185千円) nor a name holding one (助成事業（18歳まで）)
HEADING_NUMBER_RE = re.compile(r"^\D{0,8}\d{1,2}\D{0,2}$")  # a heading heads a table of at least this many rows of two or more segments


def is_heading_number(text: str) -> bool:
    """True for a heading's number (HEADING_NUMBER_RE) that closes every bracket it opens ((1), 第3章):
    a name's note wrapped onto a line of its own and read apart at its space (（18 | 歳まで） under
    子ども医療費 / 助成事業, corpus seed 731 budget_supplementary in typst_borderless) leaves its
    bracket open for the words after it, no number of a heading."""
    return bool(HEADING_NUMBER_RE.match(text.strip())) and bracket_depth(clean_text(text)) <= 0


def heads_no_columns(lines: Sequence[SegLine], i: int) -> bool:
    """True when lines[i] is a heading over the table below it, not its first row: it starts
    left of every row of that table (the rows of two or more segments below it on its page,
    down to the next one starting as far left as it does: at least MIN_TABLE_ROWS) and one of
    its segments runs across a gap between the columns those rows fill; it is a number and a
    title (基本目標1 | 魅力ある…) with no figure in the title. When the row ending that run is the table's own
    (is_tables_own), the line is the table's header, set as far in as its first cell is. With no
    row below it on its page (the table it heads starts on the next) and none of two or more
    segments above it (no table it would end), a number and a title is a heading (基本目標2 |
    新しいひとの流れをつくる), where a header row cut by the page break holds no numbered first
    cell (項目 | 目標値); so is a number and a title over a line of
    running text (is_text_under), and over rows that all start right of it when its title runs
    across no column gap only because a header below is as wide (①関係人口（登録者数）（人） over
    figures set flush right, corpus seed 312 kpi_transposed in chromium_borderless)."""
    head = heading_parts(lines[i])
    if len(head) != HEADING_SEGMENTS or any(ch.isdigit() for ch in head[1]) or closes_unopened(head[1]):
        return False  # a heading is its number and its title, no figure in the title
    numbered = is_heading_number(head[0])
    if numbered and i + 1 < len(lines) and is_text_under(lines[i], lines[i + 1]):
        return True
    rows, stop = rows_headed(lines, i)
    if not rows and stop is None:  # at the foot of its page, after text: a numbered heading, no header fragment
        return numbered and not (i > 0 and lines[i - 1].page == lines[i].page and lines[i - 1].is_multi)
    cols = column_extents(rows)
    if len(rows) < MIN_TABLE_ROWS or (stop is not None and is_tables_own(stop, lines[i], cols)):
        return False
    return numbered or any(bridges(span, cols) for span in lines[i].spans)


def closes_unopened(text: str) -> bool:
    """True when text closes a bracket it does not open: the rest of a cell whose bracket a line
    above left open (80.9%（2023 年度（令和 over 5 年度））, the last row's figure wrapped under the
    table, corpus seed 860 kpi_baseline_target in typst_borderless), no heading's title."""
    return bracket_depth(clean_text(text)) < 0


def heading_parts(line: SegLine) -> list[str]:
    """The texts of a line's segments; a line of one segment as its first word and the rest when
    a word space parts them (基本目標3 新しいひとの流れをつくる: an engine drawing the space's
    glyph sets the heading as one segment, corpus seed 502 kpi_baseline_target in html_borderless)."""
    if line.is_multi:
        return [s.text for s in line.segments]
    return line.segments[0].text.strip().split(" ", 1) if line.segments else []


def is_text_under(head: SegLine, line: SegLine) -> bool:
    """True when the line under a heading is running text: one segment on its page, starting
    level with the heading (within OUTDENT_TOL_PT) and reaching past its number, where a table
    row's wrapped title would start under the title."""
    return line.page == head.page and not line.is_multi and abs(line.bbox[0] - head.bbox[0]) <= OUTDENT_TOL_PT \
        and line.bbox[2] > head.segments[0].bbox[2]


def is_tables_own(stop: SegLine, head: SegLine, cols: Sequence[Interval]) -> bool:
    """True when the row that ends the run below a line belongs to the same table: it starts
    further out than the line (the table's body reaches left of it), or its segments sit in the
    run's columns. A next heading starts level with the line and runs across the columns, or is one
    (is_next_heading)."""
    further_out = stop.bbox[0] < head.bbox[0] - OUTDENT_TOL_PT
    return further_out or not any(bridges(span, cols) for span in stop.spans) and not is_next_heading(stop, head)


def is_next_heading(stop: SegLine, head: SegLine) -> bool:
    """True when a line starting level with a numbered heading (within OUTDENT_TOL_PT) is a number and a title
    too, no figure in it: the next heading of the series, whatever columns its title sits in (基本目標1 |
    新しいひとの流れをつくる over a table whose wide KPI column holds each title, 基本目標2 | … under it,
    corpus seed 744 kpi_baseline_target in chromium_borderless)."""
    parts, own = heading_parts(stop), heading_parts(head)
    return abs(stop.bbox[0] - head.bbox[0]) <= OUTDENT_TOL_PT and all(
        len(p) == HEADING_SEGMENTS and is_heading_number(p[0]) and not any(ch.isdigit() for ch in p[1]) for p in (parts, own))


def rows_headed(lines: Sequence[SegLine], i: int) -> tuple[list[SegLine], SegLine | None]:
    """The rows of two or more segments below lines[i] on its page that start right of it, and
    the row that ends them by starting as far left (None when the page ends first, or a line of
    one segment starting left of lines[i]: a heading of its own, after which the rows are another
    table's: 基本目標2 below the rows beside 総所得の向上, corpus seed 17 kpi_progress in pdf_rules)."""
    head = lines[i]
    out: list[SegLine] = []
    for line in lines[i + 1:]:
        if line.page != head.page or not line.is_multi and line.bbox[0] < head.bbox[0] - OUTDENT_TOL_PT:
            break
        if not line.is_multi:
            continue
        if line.bbox[0] <= head.bbox[0] + OUTDENT_TOL_PT:
            return out, line
        out.append(line)
    return out, None


def column_extents(rows: Sequence[SegLine]) -> list[Interval]:
    """The x-ranges the rows' segments cover together, left to right: their columns."""
    out: list[Interval] = []
    for x0, x1 in sorted(span for row in rows for span in row.spans):
        if out and x0 <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], x1))
        else:
            out.append((x0, x1))
    return out


def bridges(span: Interval, cols: Sequence[Interval]) -> bool:
    """True when an x-range overlaps two neighbouring columns (runs across the gap between them)."""
    x0, x1 = span
    return any(x0 < a[1] and x1 > b[0] for a, b in zip(cols, cols[1:]))


