"""Vertical writing (縦書き), told run by run from where each glyph's successor starts.

A PDF sets vertical text with upright glyphs (an Identity-V font, or one glyph per position):
neither the glyph matrix nor pdfminer's `upright` flag says so. The run does: the next glyph of
a vertical run (content order) starts about one advance *below* it on the same axis, where a
horizontal run's next glyph starts to its right on the same baseline. Each pair of glyphs that
follow each other in the content stream votes for its direction, so one page can hold headings
set across and columns set down (広報, kouhou p6), and a table can hold cells set down. A glyph
that takes part in no step (a bullet or a comma drawn out of order, a glyph alone) joins the
vertical column it sits in, if any. Half-width letters and digits are not stacked upright in
vertical writing (they turn, or stand side by side 縦中横), and a figure is read across even
when set down: two such glyphs one above the other are a table's column of short cells (or
two figures stacked in one cell), and cast no vote; inside a run of vertical writing they join
its column as glyphs without a vote of their own do. Vertical writing sets lines side by side,
apart from text set across: one column alone, or columns level with a run set across beside
them, are narrow cells wrapped glyph by glyph, and stay with the lines set across.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

import numpy as np

Char = dict[str, Any]

AXIS_TOL_EM = 0.15  # origins of one run's glyphs this near across its direction share its axis (em of the glyph's size)
STEP_MAX_EM = 1.5  # ... and the next glyph's origin lies at most this far along it (an advance plus letter spacing)
LINE_BREAK_EM = 1.0  # a gap wider than this down a column starts a new line of it
COLUMN_OVERLAP_SHARE = 0.5  # a glyph is on a column when their widths overlap by this share of the wider
BLOCK_GAP_EM = 3.0  # neighbouring columns this near (or nearer; items of a list stand 2.4 em apart, kouhou p6) and level are one block, read right to left
MIN_BLOCK_LINES = 2  # vertical writing sets at least this many lines of 2+ glyphs side by side; one column alone stays across
MIN_PROSE_LINES = 6  # a block of this many lines of 2+ glyphs side by side is writing set down even beside a run set across (a row of cells holds 2-3)
NARROW_WIDTHS = ("Na", "H")  # unicodedata.east_asian_width of letters and digits never stacked upright
FIGURE_SIGNS = ",.，．"  # with the digits: what a figure is written with
ROW_TOP_TOL_EM = 0.15  # a run set across whose top lies this near a glyph's top (em of the glyph) stands on that glyph's line
MIN_ROWS_ACROSS = 2  # runs set across at this many tops or more, each on a glyph of a block, show rows of a table through it


def vertical_chars(chars: Sequence[Char], in_cell: bool = False) -> list[bool]:
    """Given a page's chars in content order (or a ruled table's: in_cell), return for each
    whether it is set in vertical writing."""
    if len(chars) < 2:
        return [False] * len(chars)
    down, across = run_steps(chars)
    votes = np.zeros(len(chars), dtype=np.int64)
    np.add.at(votes, np.flatnonzero(down), 1)
    np.add.at(votes, np.flatnonzero(down) + 1, 1)
    np.add.at(votes, np.flatnonzero(across), -1)
    np.add.at(votes, np.flatnonzero(across) + 1, -1)
    vertical = (votes > 0).tolist()
    if not any(vertical):
        return vertical
    stepped = np.zeros(len(chars), dtype=bool)
    stepped[:-1] |= down | across
    stepped[1:] |= down | across
    orphans = [k for k in np.flatnonzero(~stepped).tolist() if _is_upright(chars[k]) and chars[k]["text"].strip()]
    while orphans:  # an orphan joining a line may bring the next one within reach (◆第６ drawn upwards)
        lines = vertical_lines([ch for ch, v in zip(chars, vertical) if v])
        joined = [k for k in orphans if any(_on_line(chars[k], line) for line in lines)]
        for k in joined:
            vertical[k] = True
        orphans = [k for k in orphans if not vertical[k]] if joined else []
    return _blocks_only(chars, vertical, [] if in_cell else _across_boxes(chars, across))


def _across_boxes(chars: Sequence[Char], across: Any) -> list[tuple[float, float, float, float]]:
    """The boxes of the runs set across: glyphs joined by steps across, two or more."""
    boxes: list[tuple[float, float, float, float]] = []
    k = 0
    steps = across.tolist()
    while k < len(steps):
        if not steps[k]:
            k += 1
            continue
        j = k
        while j < len(steps) and steps[j]:
            j += 1
        run = chars[k:j + 1]
        boxes.append((min(c["x0"] for c in run), min(c["top"] for c in run), max(c["x1"] for c in run), max(c["bottom"] for c in run)))
        k = j
    return boxes


def _blocks_only(chars: Sequence[Char], vertical: list[bool], across: Sequence[tuple[float, float, float, float]]) -> list[bool]:
    """The mask without the glyphs of blocks that are no vertical writing: fewer than
    MIN_BLOCK_LINES lines of two glyphs or more (a lone glyph beside a column does not make a
    block of it), or a run set across level with the block within BLOCK_GAP_EM of it. One column
    of glyphs stacked one per line, or columns of them in a row of cells set across, are narrow
    cells wrapped glyph by glyph as much as lines set down (corpus budget_book and
    budget_main_projects in html_borderless: names in one-glyph-wide columns beside their
    figures); they read the same either way and stay with the lines set across, where tables
    are built. A block of MIN_PROSE_LINES lines side by side is writing whatever stands beside
    it: a page of prose set down beside headings set across (広報, kouhou p2), which read across
    was one table of single glyphs; lines one under another in one column are the cells of a
    table's narrow column, row by row (所管課 | 主な事業 one glyph wide down nine rows, corpus seed
    310 budget_main_projects in chromium_borderless), however many; so are columns whose glyphs
    stand on the lines of rows set across however far off (_on_rows_across). A ruled table's cells
    are told apart by their rules (in_cell: no such test)."""
    at = {id(ch): k for k, ch in enumerate(chars)}
    out = list(vertical)
    blocks = column_lines([ch for ch, v in zip(chars, vertical) if v])
    narrow = [b for b in blocks if _side_by_side(b) < MIN_PROSE_LINES and _beside_across(b, across)]
    spans = [_span(line) for b in narrow for line in b if len(line) > 1]
    for block in blocks:
        lines = sum(len(line) > 1 for line in block)
        if lines < MIN_BLOCK_LINES or (_side_by_side(block) < MIN_PROSE_LINES and (
                _beside_across(block, across) or _in_columns(block, spans) or _on_rows_across(block, across))):
            for line in block:
                for ch in line:
                    out[at[id(ch)]] = False
    return out


def _span(line: Sequence[Char]) -> tuple[float, float]:
    return min(c["x0"] for c in line), max(c["x1"] for c in line)


def _in_columns(block: Sequence[Sequence[Char]], spans: Sequence[tuple[float, float]]) -> bool:
    """True when each line of two glyphs or more of the block stands in a column (spans) of narrow
    cells of a block above or below: the next cells of those columns, whatever stands level with
    them (row 9 of 脱炭素推進事業 | 商工観光課, its figure set right, further off than BLOCK_GAP_EM,
    corpus seed 310 budget_main_projects in chromium_borderless)."""
    lines = [_span(line) for line in block if len(line) > 1]
    return bool(lines) and all(any(min(b, y) - max(a, x) >= COLUMN_OVERLAP_SHARE * max(b - a, y - x) for x, y in spans)
                               for a, b in lines)


def _side_by_side(block: Sequence[Sequence[Char]]) -> int:
    """How many of a block's lines of two glyphs or more stand side by side: its columns, lines one
    under another in one column (overlapping across) counted once."""
    spans: list[tuple[float, float]] = []
    for line in (ln for ln in block if len(ln) > 1):
        x0, x1 = min(c["x0"] for c in line), max(c["x1"] for c in line)
        if not any(a < x1 and x0 < b for a, b in spans):
            spans.append((x0, x1))
    return len(spans)


def _beside_across(block: Sequence[Sequence[Char]], across: Sequence[tuple[float, float, float, float]]) -> bool:
    """True when a run set across lies level with the block, within BLOCK_GAP_EM of its sides."""
    glyphs = [c for line in block for c in line]
    x0, x1 = min(c["x0"] for c in glyphs), max(c["x1"] for c in glyphs)
    top, bottom = min(c["top"] for c in glyphs), max(c["bottom"] for c in glyphs)
    reach = BLOCK_GAP_EM * max(_em(c) for c in glyphs)
    return any(b[1] < bottom and b[3] > top and b[0] < x1 + reach and b[2] > x0 - reach for b in across)


def _on_rows_across(block: Sequence[Sequence[Char]], across: Sequence[tuple[float, float, float, float]]) -> bool:
    """True when the runs set across level with the block stand at MIN_ROWS_ACROSS tops or more,
    each top level with a glyph of the block (within ROW_TOP_TOL_EM): the rows of a table set
    across, the block's glyphs the lines of its narrow cells wrapped glyph by glyph, each cell
    starting on its row's line however far the rows' other cells stand (単 / 位 and 実 / 績 / 目 /
    標 in columns a glyph wide, 4.5 em left of the figures, corpus seed 806 kpi_year_matrix in
    typst_borderless). Writing set down beside text set across shares its glyphs' tops with the
    lines across only where the two pitches happen to meet."""
    glyphs = [c for line in block for c in line]
    top, bottom = min(c["top"] for c in glyphs), max(c["bottom"] for c in glyphs)
    tops: list[float] = []
    for t in sorted(b[1] for b in across if b[1] < bottom and b[3] > top):
        if not tops or t - tops[-1] > ROW_TOP_TOL_EM * min(_em(c) for c in glyphs):
            tops.append(t)
    return len(tops) >= MIN_ROWS_ACROSS and all(
        any(abs(t - c["top"]) <= ROW_TOP_TOL_EM * _em(c) for c in glyphs) for t in tops)


def run_steps(chars: Sequence[Char]) -> tuple[Any, Any]:
    """For each pair of chars following each other in content order, whether the run steps down
    from the first to the second (on its axis, within STEP_MAX_EM; not two narrow glyphs nor two
    glyphs of a figure; not from the end of a line set across to the start of the next, nor
    between two one-glyph lines above a line set across: a pair next to a step across steps
    down no more) and whether it steps across (on its baseline): two bool arrays of
    len(chars) - 1. A blank or a turned glyph steps neither way; where no pair steps down, no
    step across is looked for (a run set across counts only against one set down)."""
    m = np.array([ch["matrix"] for ch in chars], dtype=np.float64).reshape(len(chars), 6)
    em = np.maximum(1.0, np.fromiter((ch["size"] for ch in chars), np.float64, len(chars))[:-1])
    dx, dy = m[1:, 4] - m[:-1, 4], m[:-1, 5] - m[1:, 5]  # origins, y up
    down = (np.abs(dx) <= AXIS_TOL_EM * em) & (0 < dy) & (dy <= STEP_MAX_EM * em)
    if not down.any():  # most pages: no glyph starts below the one before it, and no text is read
        return down, down
    across = (np.abs(dy) <= AXIS_TOL_EM * em) & (0 < dx) & (dx <= STEP_MAX_EM * em) & ~down
    live = np.array([bool(ch["text"].strip()) and _is_upright(ch) for ch in chars], dtype=bool)
    both = live[:-1] & live[1:]
    down &= both
    across &= both
    stacked = np.flatnonzero(down)
    down[stacked[[_never_stacked(chars[k]["text"], chars[k + 1]["text"]) for k in stacked.tolist()]]] = False
    beside = np.zeros(len(across), dtype=bool)  # a pair next to a step across: one glyph ends or opens a line set across
    beside[1:] |= across[:-1]
    beside[:-1] |= across[1:]
    return down & ~beside, across


def _never_stacked(upper: str, lower: str) -> bool:
    """True for two glyphs vertical writing never stacks upright: both narrow, or both a figure's."""
    return (is_narrow(upper) and is_narrow(lower)) or (is_figure_glyph(upper) and is_figure_glyph(lower))


def is_narrow(text: str) -> bool:
    """True for a half-width letter, digit or sign (not stacked upright in vertical writing)."""
    return all(unicodedata.east_asian_width(c) in NARROW_WIDTHS for c in text)


def is_figure_glyph(text: str) -> bool:
    """True for a digit (any width) or a sign a figure is written with (a comma or point)."""
    return bool(text) and all(unicodedata.category(c) == "Nd" or c in FIGURE_SIGNS for c in text)


def _is_upright(ch: Char) -> bool:
    """True for a glyph not turned on the page (its matrix neither rotated nor mirrored)."""
    a, b = ch["matrix"][:2]
    return b == 0 and a > 0


def axis_columns(chars: Sequence[Char]) -> list[list[Char]]:
    """Given chars of vertical writing, return their columns right to left, each top-down: a char
    joins the column whose span it overlaps (_overlaps), a narrow glyph set left in its column too."""
    columns: list[list[Char]] = []
    spans: list[tuple[float, float]] = []
    for ch in sorted(chars, key=lambda c: -(c["x0"] + c["x1"]) / 2):
        k = next((k for k in range(len(columns) - 1, -1, -1) if _overlaps(ch, spans[k])), None)
        if k is None:
            columns.append([ch])
            spans.append((ch["x0"], ch["x1"]))
        else:
            columns[k].append(ch)
            spans[k] = (min(spans[k][0], ch["x0"]), max(spans[k][1], ch["x1"]))
    return [sorted(col, key=lambda c: c["top"]) for col in columns]


def _overlaps(ch: Char, span: tuple[float, float]) -> bool:
    """True when ch and a column's span overlap by COLUMN_OVERLAP_SHARE of the wider: a narrow
    digit sits in its column, a column of small glyphs under a large heading's is its own."""
    width = max(ch["x1"] - ch["x0"], span[1] - span[0], 1e-6)
    return min(ch["x1"], span[1]) - max(ch["x0"], span[0]) >= COLUMN_OVERLAP_SHARE * width


def _em(ch: Char) -> float:
    return max(1.0, float(ch["size"]))


def vertical_lines(chars: Sequence[Char]) -> list[list[Char]]:
    """Given chars of vertical writing, return its lines: each column (right to left) cut top-down
    where a gap over LINE_BREAK_EM opens."""
    out: list[list[Char]] = []
    for col in axis_columns(chars):
        line: list[Char] = []
        for ch in col:
            if line and ch["top"] - line[-1]["bottom"] > LINE_BREAK_EM * _em(ch):
                out.append(line)
                line = []
            line.append(ch)
        out.append(line)
    return out


def _on_line(ch: Char, line: Sequence[Char]) -> bool:
    """True when ch lies on a vertical line (over its span, within a line break of its ends) or
    opens a line of its own beside it (level with its top, within BLOCK_GAP_EM: a wrapped line's
    last glyph at the head of the next column)."""
    x0, x1 = min(c["x0"] for c in line), max(c["x1"] for c in line)
    reach = LINE_BREAK_EM * _em(ch)
    if _overlaps(ch, (x0, x1)):
        return line[0]["top"] - reach <= ch["bottom"] and ch["top"] <= line[-1]["bottom"] + reach
    beside = max(x0 - ch["x1"], ch["x0"] - x1) <= BLOCK_GAP_EM * _em(ch)
    return beside and abs(ch["top"] - line[0]["top"]) <= AXIS_TOL_EM * _em(ch)


def column_lines(chars: Sequence[Char]) -> list[list[list[Char]]]:
    """Given chars of vertical writing, return its lines in reading order, by block: a line joins
    the block of a line right of it within BLOCK_GAP_EM that overlaps it in height (or stands
    within a line break of it: a wrapped item's last words at the foot of the next column);
    blocks by their tops, then right to left; lines within a block by column, right to left, each
    column top-down."""
    blocks: list[list[list[Char]]] = []
    for line in vertical_lines(chars):
        home = next((b for b in blocks if any(_neighbours(other, line) for other in b)), None)
        if home is None:
            blocks.append([line])
        else:
            home.append(line)
    return sorted(blocks, key=lambda b: (min(ln[0]["top"] for ln in b), -max(c["x1"] for ln in b for c in ln)))


def _neighbours(right: Sequence[Char], left: Sequence[Char]) -> bool:
    em = max(_em(c) for c in right)
    gap = min(c["x0"] for c in right) - max(c["x1"] for c in left)
    apart = max(right[0]["top"], left[0]["top"]) - min(right[-1]["bottom"], left[-1]["bottom"])  # < 0: they overlap
    return gap <= BLOCK_GAP_EM * em and apart <= LINE_BREAK_EM * em
