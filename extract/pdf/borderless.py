"""Find tables drawn without rules from the alignment of text segments on lines.

A segment is a run of chars on one line with no gap as wide as a column gap. A table
starts at a line of two or more segments and grows downwards while no line bridges two of
its columns (columns are the union of the segments' x-extents; what stays uncovered is a
column gap, as camelot's stream flavor finds them). Lines are then grouped into rows as a
reader does (extract.pdf.rows): the lines of one cell are set at the engine's leading, cells
that overlap vertically share a row, a number cut by a wrap is rejoined only when provable.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from extract.pdf.grid import ALIGN_TOL_PT, BBox, Interval, is_value, MARGIN_SHARE, MAX_HEADER_ROWS, MIN_COLS, RawCell, RawTable, Segment, SegLine, table_score, union_bbox
from extract.interpret.continuations import continues_name
from extract.interpret.structure import LETTER_RE, is_data_value
from extract.pdf.cells import CELL_GAP_EM, column_of, filled, split_at_columns, split_lines_at_joints, stated_year_words, table_rows
from extract.pdf.cuts import is_cut_figure
from extract.pdf.colgaps import MIN_GAP_PT, Rule, columns, last_glyph_width, merge_spans, split_at_rules, split_crowded
from extract.pdf.frames import HRule, framed_end, framed_start, is_closed
from extract.pdf.edges import HEIGHT_TOL, first_body_line, holds_figure, is_figure, split_at_edges
from extract.pdf.header_spans import SPAN_CENTRE_TOL, fold_band_labels, fold_straddling_rows, lift_straddling_labels, spread_headers
from extract.pdf.flush_pairs import merge_flush_pairs
from extract.pdf.centred_heads import split_under_centred_heads
from extract.pdf.wrapped_heads import join_wrapped_header_rows
from extract.pdf.hanging import split_hung_glyphs
from extract.pdf.header_levels import header_levels
from extract.pdf.header_gaps import joint_pieces, split_at_header_gaps
from extract.pdf.value_starts import split_at_value_starts
from extract.pdf.headings import HEADING_SEGMENTS, heading_parts, heads_no_columns, is_heading_number
from extract.pdf.pieces import WRAP_GAP_MAX_EM, Piece, bracket_close, text_bracket_depth
from extract.pdf.rows import pieces_to_rows
from extract.text_items import opens_numbered_item
from normalize import clean_text
from normalize.units import unit_from_header
from normalize.missing import missing_marker, missing_word
from normalize.years import without_years
from extract.vocab import FOOTNOTE_MARKS, HANGING_GLYPHS, UNIT_WORDS


MIN_LINES = 3
MIN_ROWS = 2  # a table has at least this many lines of two or more segments
LINE_GAP_FACTOR = 2.5  # a vertical gap above this many line heights ends a table
FILL_RATIO = 0.6  # share of rows that must fill at least two columns
LIFT_GAP_EM = 0.75  # a header line this close (share of a line height) above a table's first line may belong to it
MIN_STACKED_VALUES = 2  # a cell with this many value lines may hold merged rows (lowers the score)
SECTION_LOOKAHEAD_LINES = 2  # a heading row inside a table is followed by a body row within this many lines
GAP_TOL_EM = 0.25  # a heading row sits no further from the row below than from the line above, give or take this share of its height
MIN_HEADED_COLS = 3  # a header over a single row stands as a table when both fill this many columns
BLANK_ROW_EM = 1.0  # a line further below a table than its lines are apart by this many of its heights is set apart from it
APART_TOL_EM = 0.25  # a line further from the lines above and below it than any two of a table's lines are apart, by this share of its height, stands apart from the table
PITCH_TOL_EM = 0.25  # a line as far below the last row as it is below the row before, give or take this share of its height, is set at the rows' pitch


def _bridges(cols: Sequence[Interval], merged: Sequence[Interval]) -> bool:
    """True when some merged interval swallowed two or more of the columns."""
    return any(sum(1 for c in cols if a <= c[0] and c[1] <= b) >= 2 for a, b in merged)


def _far(prev: SegLine, line: SegLine) -> bool:
    height = max(1.0, prev.bbox[3] - prev.bbox[1])
    return line.bbox[1] - prev.bbox[3] > LINE_GAP_FACTOR * height


def _grow(lines: Sequence[SegLine], start: int) -> int:
    """Return the end (exclusive) of the table starting at `start`.

    A single-segment line bridging two columns is running text once the table has two
    multi-segment lines (or at once when it starts left of the table), unless it starts where an inner column starts: the wrapped lines
    of a wide cell (a card's 取組内容 spanning the value columns, sample 001) are indented
    like the cell, running text starts at the margin. A multi-segment line may bridge (a
    cell overflowing its column).
    """
    cols = merge_spans(lines[start].spans)
    n_multi, end = 1, start + 1
    for i in range(start + 1, len(lines)):
        line = lines[i]
        if _far(lines[i - 1], line) or (heads_no_columns(lines, i) and not _overlaps_above(lines[i - 1], line)) or \
                _is_note_line(line, cols, lines[start:i]):
            break
        if (_heading_from_left(line, cols) or _heading_after_rows(lines[start:i], line, cols)) and \
                not _section_row(lines[start:i], line, _lookahead(lines[i + 1:], cols), cols):
            break
        merged = merge_spans(cols + _unhung_spans(line))
        if not line.is_multi and not _continues_cell(lines[i - 1], line, cols) and \
                not _opens_cell_below(line, lines[i + 1:i + 1 + SECTION_LOOKAHEAD_LINES]) and \
                (_ends_table(lines[start], line, cols, n_multi, _bridges(cols, merged)) or _set_apart(lines[start:i], line) or
                 _heading_after_row(lines[start:i], line, cols, _bridges(cols, merged)) or
                 _heads_next_table(lines[start:i], line, lines[i + 1:], cols) or
                 _stands_apart(lines[start:i], line, lines[i + 1:i + 2], cols)) and \
                not _section_row(lines[start:i], line, _lookahead(lines[i + 1:], cols), cols) and \
                not _spans_header_columns(lines[start:i], line, cols):
            break
        cols, end, n_multi = merged, i + 1, n_multi + line.is_multi
    return end


def _overlaps_above(prev: SegLine, line: SegLine) -> bool:
    """True when a line's top lies above the bottom of the line before it on its page: cells set
    half a line off the row above (a label centred on two rows beside a name's next line, 健康寿命の
    延伸 | と感じる市民の割合 under 結婚・子育ての希望がかなう | 22.4%, corpus seed 731 kpi_baseline_target
    in calc_borderless), within that row's band (_line_bands); a heading stands in a band of its own."""
    return prev.page == line.page and line.bbox[1] < prev.bbox[3]


def _spans_header_columns(table: Sequence[SegLine], line: SegLine, cols: Sequence[Interval]) -> bool:
    """True when a one-segment line holding no figure lies in the header band of the table so far
    (no line of it holds a figure yet), past its first column and within its width: a header
    spanning columns (〔単位：円〕〔単位：円〕, two unit lines set solid over two amount columns under
    予算額（本 | 予算額（本 / 年度当初）, corpus seed 516 budget_main_projects in pdf_rules, dev7
    wordings), no text after the table. Text after a table starts at its margin."""
    return not any(holds_figure(ln) for ln in table) and not holds_figure(line) and \
        cols[0][1] < line.bbox[0] and line.bbox[2] <= cols[-1][1] + ALIGN_TOL_PT


def _is_note_line(line: SegLine, cols: Sequence[Interval], table: Sequence[SegLine]) -> bool:
    """True for a one-segment line opening with a note mark (FOOTNOTE_MARKS: ※, 注) set at or left
    of the table's left edge (_rows_left_edge): a note under the table, which no row continues (a
    heading right below it would read as its next line, corpus seed 15 kpi_cards)."""
    return not line.is_multi and line.text.strip().startswith(FOOTNOTE_MARKS) and (
        line.bbox[0] <= _rows_left_edge(table, cols) + ALIGN_TOL_PT or _bridges(cols, merge_spans(list(cols) + line.spans)))


def _rows_left_edge(table: Sequence[SegLine], cols: Sequence[Interval]) -> float:
    """Where the table's rows (its lines of two or more segments holding a figure) start their first
    cells, or its first column where none does: a section heading set a bracket's side bearing left
    of the names (（1）子育て環境の充実 2.3 pt left of ①人口, a note ※ 端数処理… set from the names
    under the rows, corpus seed 835 kpi_year_matrix in typst_borderless) is no edge of the rows."""
    starts = [ln.bbox[0] for ln in table if ln.is_multi and holds_figure(ln)]
    return max(cols[0][0], min(starts)) if starts else cols[0][0]


def _heading_from_left(line: SegLine, cols: Sequence[Interval]) -> bool:
    """True for a line of a number and a title (headings.heading_parts) starting left of the table's
    first column, one of them reaching over a column gap into two of its columns (more than
    ALIGN_TOL_PT into each): a heading set with a gap after the table (基本目標2 | しごとをつくり、
    安心して働けるようにする over the names and the first figures, corpus seed 818 kpi_year_matrix
    in chromium_borderless), no row of it (read as one, its segments merged the names with the
    figures) unless a body row follows it (_grow asks _section_row: （1） | 子育て環境の充実)."""
    head = heading_parts(line)
    if not line.is_multi or len(head) != HEADING_SEGMENTS or not is_heading_number(head[0]) or \
            any(ch.isdigit() for ch in head[1]):
        return False  # a number and a title, no figure in the title: a budget's 1款 | 総務費 | 1,234 is a row
    return line.bbox[0] < cols[0][0] - ALIGN_TOL_PT and any(
        sum(1 for a, b in cols if min(b, s.bbox[2]) - max(a, s.bbox[0]) > ALIGN_TOL_PT) >= 2 for s in line.segments)


def _heading_after_rows(table: Sequence[SegLine], line: SegLine, cols: Sequence[Interval]) -> bool:
    """True for a line of a number and a title (as _heading_from_left reads one) starting left of the
    table's rows (_rows_left_edge, by more than ALIGN_TOL_PT) once rows of figures stand above it: the next
    section's heading set at the page's margin after the table, its title inside one column (基本目標2 |
    時代に合った地域をつくる under 森林整備面積（ha） | 68.1（Ｒ３）, a column its section heading （1）子育て環境の充実
    had joined with the next; read as a row it opened a column of its own: corpus seed 787
    kpi_baseline_target in chromium_borderless), unless a body row follows it (_grow asks _section_row)."""
    head = heading_parts(line)
    if not line.is_multi or len(head) != HEADING_SEGMENTS or not is_heading_number(head[0]) or \
            any(ch.isdigit() for ch in head[1]) or not any(ln.is_multi and holds_figure(ln) for ln in table):
        return False
    return line.bbox[0] < _rows_left_edge(table, cols) - ALIGN_TOL_PT


def _unhung_spans(line: SegLine) -> list[Interval]:
    """The line's segment spans, a last glyph a typesetter hangs (HANGING_GLYPHS: ）。、)
    left out: a typesetter hangs it past the measure, over the gap to the next column
    (助成事業（18歳まで） reaching under 企画課, corpus seed 2 budget_plan_years in pdf_rules)."""
    return [(s.bbox[0], s.bbox[2] - (last_glyph_width(s) if s.text.rstrip()[-1:] in HANGING_GLYPHS else 0.0))
            for s in line.segments]


def _section_row(table: Sequence[SegLine], line: SegLine, after: Sequence[SegLine], cols: Sequence[Interval]) -> bool:
    """True when a one-line heading inside the table ((1)防災・減災の推進) opens a group of its rows:
    it starts at the first column (or left of it) or ends where the body row after it ends
    (_flush_right), sits no further from the line after it than from the line before it (give
    or take GAP_TOL_EM of its height), and within the next
    SECTION_LOOKAHEAD_LINES lines (the first line of a wrapped name may come first) comes a
    body row, holding a data value past its first cell, perhaps among words its segment holds
    for two columns, or a word for a missing one (_is_body_word; a heading over another table's
    header is not, nor is a note over it: its years 2014年度 | 2016年度 are no data). The body
    row's values may sit some lines down, centred on names wrapped in their columns (_row_lines)."""
    first = next((k for k, ln in enumerate(after) if ln.is_multi), None)
    if first is None or after[first].page != line.page:
        return False
    row = _row_lines(after[first:], cols)
    if line.text.strip().startswith(FOOTNOTE_MARKS):
        return False  # a note closes the table above it, whatever follows
    if not (_at_first_column(line, cols, row[0]) or _flush_right(line, row[0])) or not any(_holds_body_word(ln) for ln in row):
        return False
    above, below = line.bbox[1] - table[-1].bbox[3], after[0].bbox[1] - line.bbox[3]
    return below <= above + GAP_TOL_EM * (line.bbox[3] - line.bbox[1])


def _flush_right(line: SegLine, body: SegLine) -> bool:
    """True when a line ends where the body row after it ends: a heading cell merged over the row
    and set flush right (a spreadsheet's first column formatted for its numbers, No 1…4, corpus
    seed 701 kpi_baseline_target in calc_borderless)."""
    return abs(line.bbox[2] - body.bbox[2]) <= ALIGN_TOL_PT


def _at_first_column(line: SegLine, cols: Sequence[Interval], body: SegLine) -> bool:
    """True when a line starts at or left of the table's first column, or where the body row's
    first cell does inside that column: a header centred in its cell may start left of the
    names under it (価指標（KPI） over ふるさと納 / （1）地域産業の振興 set flush with the names)."""
    first = body.segments[0].bbox[0]
    return line.bbox[0] <= cols[0][0] + ALIGN_TOL_PT or (
        cols[0][0] <= first <= cols[0][1] and abs(line.bbox[0] - first) <= ALIGN_TOL_PT)


def _row_lines(lines: Sequence[SegLine], cols: Sequence[Interval]) -> list[SegLine]:
    """The lines of the row lines[0] opens: it, and, when it leaves some of the columns empty
    (names, their values yet to come; a header fills every column), on while every cell of the
    line above goes on in the next (_wraps_row) and no line so far holds a body word: names
    wrapped in their columns, the row's values centred on them some lines down (地域の魅 | 住み続
    over 力を発信 | けたい over する | 人 | 1,482 | と思う, a folded table in corpus seed 5
    kpi_baseline_target)."""
    row = list(lines[:1])
    if not row or len(filled(row[0], cols)) >= len(cols):
        return row
    for line in lines[1:]:
        if _holds_body_word(row[-1]) or not _wraps_row(row[-1], line):
            break
        row.append(line)
    return row


def _holds_body_word(line: SegLine) -> bool:
    """True when a segment past the line's first holds a body word (_is_body_word), read whole or
    in its pieces between its joints (header_gaps.joint_pieces): two figures a spreadsheet glued
    (41,603 | 32,007（R1） under 目標値 (R7) | 当初値, one row under a section row, corpus seed 713
    kpi_baseline_target in calc_borderless) read as no value together. So does a word of the first
    segment past its first word: a value set a word space after its name (ごみ排出量（1人1日当たり）
    704（2020（令和2年度）） | ―, corpus seed 969 kpi_baseline_target in calc_borderless, dev4 wordings)."""
    first = line.segments[0].text.split(" ", 1)[1:]
    return any(_is_body_word(w) for s in line.segments[1:] for text in {s.text, *joint_pieces(s)}
               for w in _words_past_stated_years(text)) or any(_is_body_word(w) for w in _words_past_stated_years(" ".join(first)))


def _words_past_stated_years(text: str) -> list[str]:
    """The words of a segment, the words of a year written out with spaces (令和 | 7 | 年度) read as
    one (cells.splits_stated_year) and its years blanked out: a header's year set with spaces
    (（令和 7 年度） over a column, corpus seed 821 kpi_baseline_target in calc_borderless, dev8
    wordings) holds no figure; a value dated in brackets (14.3（平成 30 年度）) stays a value."""
    return [without_years(w) if " " in w else w for w in stated_year_words(text)]


def _wraps_row(prev: SegLine, line: SegLine) -> bool:
    """True when every segment of a line of two or more segments goes on in the line below, set at
    a cell's leading (within CELL_GAP_EM of its type size; rows, a card's key | value lines among
    them, are set further apart): a segment of it starts where each starts."""
    gap = line.bbox[1] - prev.bbox[3]
    return prev.is_multi and prev.page == line.page and gap <= CELL_GAP_EM * _type_size(prev) and all(
        any(abs(t.bbox[0] - s.bbox[0]) <= ALIGN_TOL_PT for t in line.segments) for s in prev.segments)


def _is_body_word(word: str) -> bool:
    """True for a word only a body row holds: a data value, perhaps with a note in brackets the
    cell's wrap leaves open (４４人（延べ３１０ over 日）, corpus seed 509 kpi_progress in pdf_rules:
    a section line over such a row opens a group of the table's rows), a figure its wrap cut
    (cuts.is_cut_figure), or a word standing for a
    missing one (調査なし, 算定中 beside a name: a row whose values are not known yet, no header). A
    sign (●, －) may mark a schedule's years or head nothing, so it tells no body row."""
    cleaned = clean_text(word)
    return is_data_value(word) or _opens_cut_note(cleaned) or is_cut_figure(cleaned) or (
        missing_marker(cleaned) is not None and missing_word(cleaned) is not None)


def _opens_cut_note(cleaned: str) -> bool:
    """True for a data value followed by a bracket, a note on it: one the word leaves open (44人(延べ310,
    NFKC), or one closed before the next cell's value glued to it, wider than its cell (26人(延べ260日)24人
    (延べ240日)…, corpus seed 764 kpi_progress in pdf_rules)."""
    head = cleaned.split("(", 1)[0]
    return head != cleaned and is_data_value(head)


def _lookahead(after: Sequence[SegLine], cols: Sequence[Interval]) -> list[SegLine]:
    """The lines a heading row looks past for a body row: SECTION_LOOKAHEAD_LINES, and on while
    they are the lines of one label wrapped in the first column (テレ / ワー / ク施 … in a label
    column squeezed to two glyphs, its values centred on it many lines down)."""
    out = list(after[:SECTION_LOOKAHEAD_LINES])
    for line in after[len(out):]:
        if not out or any(ln.is_multi for ln in out) or not _wraps_label(out[-1], line, cols):
            break
        out.append(line)
    first = next((k for k, ln in enumerate(out) if ln.is_multi), None)
    return out if first is None else out[:first] + _row_lines(after[first:], cols)


def _wraps_label(prev: SegLine, line: SegLine, cols: Sequence[Interval]) -> bool:
    """True when a one-segment line, at or right of the first column's start, goes on in the line
    below, set at the leading below it (within LIFT_GAP_EM line heights) with a segment starting
    where it starts: lines of one cell wrapped in its column, a label in the first, or a 区分 cell
    (実績 / 値 / （年 …) in a column the header leaves unheaded, the row's name and values centred
    on it some lines down (corpus seed 808 kpi_year_matrix in chromium_borderless). Left of the
    first column as the header sets it, it wraps a label only into a row of the table: a label set
    flush left under a header centred over it (①相談員 / の活動日 / 数（延べ beside its values,
    数値目標 centred over the column, corpus seed 851 kpi_year_matrix in chromium_borderless)."""
    height = prev.bbox[3] - prev.bbox[1]
    x0 = prev.bbox[0]
    starts = not prev.is_multi and (x0 >= cols[0][0] - ALIGN_TOL_PT or line.is_multi) and \
        any(abs(s.bbox[0] - x0) <= ALIGN_TOL_PT for s in line.segments)
    return starts and prev.page == line.page and line.bbox[1] - prev.bbox[3] <= LIFT_GAP_EM * height


def _continues_cell(prev: SegLine, line: SegLine, cols: Sequence[Interval]) -> bool:
    """True when a one-segment line is the next line of a cell of the line above: set at the
    leading below it (within LIFT_GAP_EM line heights), starting where one of its segments
    starts, and reaching no further than the next column (中心市街地の / 歩行者 / 通行量（休日）,
    the last line a little wider than the names above it)."""
    height = prev.bbox[3] - prev.bbox[1]
    if prev.page != line.page or line.bbox[1] - prev.bbox[3] > LIFT_GAP_EM * height:
        return False
    if not any(abs(seg.bbox[0] - line.bbox[0]) <= ALIGN_TOL_PT for seg in prev.segments):
        return False
    start = next((k for k, (a, b) in enumerate(cols) if line.bbox[0] <= b), len(cols))
    return start + 2 >= len(cols) or line.bbox[2] < cols[start + 2][0]


def _opens_cell_below(line: SegLine, after: Sequence[SegLine]) -> bool:
    """True when a one-segment line starts where a segment past the first of the next line of
    two or more segments (within SECTION_LOOKAHEAD_LINES) starts: the first line of a wrapped
    name (ＳＮＳフォロワー over 数 beside its values), wider than the header above its column."""
    row = next((ln for ln in after if ln.is_multi), None)
    return row is not None and row.page == line.page and any(
        abs(s.bbox[0] - line.bbox[0]) <= ALIGN_TOL_PT for s in row.segments[1:])


def _ends_table(first: SegLine, line: SegLine, cols: Sequence[Interval], n_multi: int, bridges: bool) -> bool:
    """True when a single-segment line is running text after the table, not one of its cells.

    A line starting left of the table is text when it bridges columns or is set in another
    size than the table (a ○ heading between the small KPI tables of sample 002), by its
    tallest segments (_tallest_segment).
    """
    if _in_cell(line, cols):
        return False
    if line.bbox[0] >= cols[0][0] - ALIGN_TOL_PT:
        return bridges and n_multi >= 2
    first_h, h = _tallest_segment(first), _tallest_segment(line)
    return bridges or abs(h - first_h) > HEIGHT_TOL * first_h


def _heading_after_row(table: Sequence[SegLine], line: SegLine, cols: Sequence[Interval], bridges: bool) -> bool:
    """True when a one-segment line holding no figure starts at the table's first column (within
    ALIGN_TOL_PT) and bridges its columns, below a row holding a figure: text set across the
    columns from the margin, no cell of the row (基本目標3 しごとを… below a table of one row whose
    header, glued, was left out, corpus seed 903 kpi_baseline_target in calc_borderless), as
    _ends_table finds once the table holds two lines of cells. The wrapped lines of a wide cell
    start at its inner column; a section row inside the table is kept (_section_row)."""
    return bridges and abs(line.bbox[0] - cols[0][0]) <= ALIGN_TOL_PT and not is_figure(line.segments[0].text) and \
        any(holds_figure(ln) for ln in table)


def _heads_next_table(table: Sequence[SegLine], line: SegLine, after: Sequence[SegLine], cols: Sequence[Interval]) -> bool:
    """True when a one-segment line starting at or left of the table's first column, below rows
    holding figures, heads a header row of another table: the next line of two or more segments
    (past other one-segment lines, SECTION_LOOKAHEAD_LINES at most) has no cell holding a body
    word (_is_body_word, the segment read whole and in its pieces between its joints: 81.058.8（令和 5
    年度）, two figures a spreadsheet glued, under a header stating (令和 10 年度), corpus seed 968
    kpi_baseline_target in calc_borderless, dev8 wordings) and reaches over the gap between two of the
    table's columns, its own columns laid out anew (基本目標2 … / （4）移住・定住の促進 over 番号 |
    評価指標 | 単 | 策定時（2021） | 目標値（最終年度）, a second table set under the first one's
    rows, corpus seed 961 kpi_baseline_target in typst_borderless). A section row opens rows
    of the same columns. A header cell standing in the gap between two of the table's columns,
    touching neither (_in_column_gap), lays its columns out anew as well (実績（確定値） between the
    names and the first year's figures, corpus seed 824 kpi_year_matrix in typst_borderless)."""
    if line.bbox[0] > cols[0][0] + ALIGN_TOL_PT or is_figure(line.segments[0].text) or not any(holds_figure(ln) for ln in table):
        return False  # a figure heads nothing: a cell of the row set wide (1,234,567 from the margin)
    ahead = after[:SECTION_LOOKAHEAD_LINES]
    head = next((ln for ln in ahead if ln.is_multi), None)
    if head is None or head.page != line.page or any(_is_body_word(p) for s in head.segments for p in joint_pieces(s)):
        return False  # a header's cell may hold a year its wrap cut (現況値(令和 2 / 年)), no cell a figure
    return _bridges(cols, merge_spans(list(cols) + _unhung_spans(head))) or any(_in_column_gap(s, cols) for s in head.segments)


def _stands_apart(table: Sequence[SegLine], line: SegLine, after: Sequence[SegLine], cols: Sequence[Interval]) -> bool:
    """True when a one-segment line that is no figure (read whole), starting at or left of the
    table's first column below rows holding figures, stands further from the table's last line above it and from
    the next line below it than any two of the table's lines stand apart (_line_bands, on its page), by
    more than APART_TOL_EM of its height: a heading between two tables, set a paragraph's space from
    both (基本目標2 時代に合った地域をつくる between a table's last row and the next table's header,
    both 11.6 pt off where the table's rows stand 1 pt apart and a name's lines 3.8 pt, corpus seed 776
    kpi_baseline_target in typst_borderless). A section row stands as far from the rows as they stand
    from each other; a cell's next line, at its leading, no further."""
    if not after or line.page != after[0].page or line.page != table[-1].page or \
            line.bbox[0] > cols[0][0] + ALIGN_TOL_PT or is_figure(line.segments[0].text) or \
            not any(holds_figure(ln) for ln in table):
        return False
    bands = _line_bands([ln for ln in table if ln.page == line.page])
    widest = max((b[0] - a[1] for a, b in zip(bands, bands[1:])), default=None)
    if widest is None:
        return False
    least = widest + APART_TOL_EM * (line.bbox[3] - line.bbox[1])
    return line.bbox[1] - bands[-1][1] > least and after[0].bbox[1] - line.bbox[3] > least


def _in_column_gap(seg: Segment, cols: Sequence[Interval]) -> bool:
    """True when a segment stands between the table's first and last columns touching none (_touches)."""
    return cols[0][1] < seg.bbox[0] and seg.bbox[2] < cols[-1][0] and not _touches(seg, cols)


def _tallest_segment(line: SegLine) -> float:
    """The height of a line's tallest segment: its size where merge_offset_lines joined two lines
    half a line apart into one taller box (a header 成果指標（ア beside 単位 | 区分 set half a line
    lower, its wrapped ウトカム指標） starting left of the table in the same size, corpus seed 533
    kpi_year_matrix in pdf_rules, dev7 wordings)."""
    return max((s.bbox[3] - s.bbox[1] for s in line.segments), default=line.bbox[3] - line.bbox[1])


def _set_apart(table: Sequence[SegLine], line: SegLine) -> bool:
    """True when a one-segment line sits further below the table's last line than any two of its
    body's lines are apart, by more than BLANK_ROW_EM of its height: a blank row's worth of space,
    which a spreadsheet leaves between two tables and no table between its rows (基本目標2 … above
    the next table's header, set in the first column of names run on over an empty cell, corpus
    seed 505 kpi_baseline_target in calc_borderless). The body (from the first line holding a
    figure) shows the gap between rows when it holds two rows of figures, lines overlapping one
    another counting as one (_line_bands); a body of one row has none, and every gap between the
    table's lines, its header's and the one above the body, stands for it (_one_row_bands: 基本目標2
    … a blank row below a table of one indicator in 3 pt type, over the next table's header, corpus
    seed 878 kpi_year_matrix in calc_borderless, dev8 wordings)."""
    body = table[first_body_line(table):]
    bands = _line_bands(body)
    if sum(held for _, _, held in bands) < 2:
        bands = _one_row_bands(table, bands)
    if len(bands) < 2 or line.page != body[-1].page:
        return False
    widest = max(b[0] - a[1] for a, b in zip(bands, bands[1:]))
    return line.bbox[1] - bands[-1][1] > widest + BLANK_ROW_EM * (line.bbox[3] - line.bbox[1])


def _one_row_bands(table: Sequence[SegLine], body: Sequence[tuple[float, float, bool]]) -> list[tuple[float, float, bool]]:
    """The bands of a table's lines on its body's page when its body holds one row of figures (no
    band when it holds none): the widest gap among them is at least the padding the engine sets
    between rows, for a header's lines and the body below it are set at the rows' pitch or apart."""
    if not any(held for _, _, held in body):
        return []
    return _line_bands([ln for ln in table if ln.page == table[-1].page])


def _line_bands(lines: Sequence[SegLine]) -> list[tuple[float, float, bool]]:
    """Runs of consecutive lines each overlapping the run vertically, as (top, bottom, whether one
    holds a figure): the lines of one row whose cells wrap at half-line offsets (a name in five
    lines centred on its figures, a note wrapped beside them, corpus seed 532 kpi_progress in
    pdf_rules, dev wordings) overlap each other and show no gap between rows."""
    out: list[tuple[float, float, bool]] = []
    for ln in lines:
        if out and ln.bbox[1] < out[-1][1]:
            top, bottom, held = out[-1]
            out[-1] = (top, max(bottom, ln.bbox[3]), held or holds_figure(ln))
        else:
            out.append((ln.bbox[1], ln.bbox[3], holds_figure(ln)))
    return out


def _in_cell(line: SegLine, cols: Sequence[Interval]) -> bool:
    """True when the line starts where a column other than the first starts."""
    return any(abs(line.bbox[0] - a) <= ALIGN_TOL_PT for a, _ in cols[1:])


def header_band(rows: Sequence[Sequence[SegLine]]) -> list[SegLine]:
    """The lines of the header: the rows above the first row holding a value past its first
    column, more than the years it states (_is_undated_value; at most MAX_HEADER_ROWS levels, a
    row running a header cell on making none: extract.pdf.header_levels; group headings over the
    body rows left out: _heads_group_rows), else the first row."""
    head = 0
    for row in rows:
        if any(_is_undated_value(s.text) for ln in row for s in ln.segments[1:]):
            break
        if header_levels(rows[:head]) > MAX_HEADER_ROWS or _heads_group_rows(row, rows[:head]):
            break
        head += 1
    if header_levels(rows[:head]) > MAX_HEADER_ROWS:
        return list(rows[0])
    return [ln for rw in rows[:head] for ln in rw] or list(rows[0])


def _is_undated_value(text: str) -> bool:
    """True for a value (grid.is_value) that is more than the years it states: a header opening with
    its year (2026 年度計 / 画目標値 over （百万円）, corpus seed 881 kpi_baseline_target in
    typst_borderless) heads a column, where 4,128 or 1,234（2019） is a figure."""
    return is_value(text) and is_value(without_years(text).strip())


def _heads_group_rows(row: Sequence[SegLine], above: Sequence[Sequence[SegLine]]) -> bool:
    """True for a row of one line of one segment set at the left edge of the lines above, some
    of them of two or more segments: a group heading over the body rows ((1)地域産業の振興 between
    a header of three rows and its first row of figures, corpus seed 572 kpi_baseline_target in
    pdf_rules), which ends the header."""
    lines = [ln for rw in above for ln in rw]
    return len(row) == 1 and bool(lines) and _is_section_heading(row[0], lines, lines)


def with_header_columns(header: Sequence[SegLine], cols: Sequence[Interval]) -> list[Interval]:
    """Add a column for each header segment that sits in a gap, touching no column.

    A header names its column even when only one row fills it (基準値 over a lone -, sample
    002's one-row KPI tables): too rare to count as coverage, yet no gap.
    """
    extra = [(s.bbox[0], s.bbox[2]) for ln in header for s in ln.segments if not _touches(s, cols)]
    return sorted([*cols, *merge_spans(extra)])  # columns a narrow gap parts (colgaps.open_witnessed_gaps) stay apart


def widen_under_headers(header: Sequence[SegLine], cols: Sequence[Interval], body: Sequence[SegLine]) -> list[Interval]:
    """Widen a column over the figures of body rows (lines of two or more segments) under a
    header segment that touches no column, each figure touching that column alone (so the
    column stays more than MIN_GAP_PT from its neighbours).

    Where names wrapped a glyph per line make a table's lines many and its rows few, only the
    part all of a column's figures share counts as covered (colgaps.BRIDGE_SHARE): 町債 over
    889万円 | 1億1,225万円, right-aligned past its end, touched none of it (corpus seed 512
    budget_main_projects in chromium_borderless) and took a column of its own. Widened over the
    figures under it, the column holds the header that heads them.
    """
    out = list(cols)
    for seg in (s for ln in header for s in ln.segments if not _touches(s, cols)):
        for t in (t for ln in body if ln.is_multi for t in ln.segments if is_value(t.text) and _overlaps(seg, t)):
            hit = [k for k, col in enumerate(out) if _touches(t, [col])]
            if len(hit) != 1:
                continue
            k = hit[0]
            out[k] = (min(out[k][0], t.bbox[0]), max(out[k][1], t.bbox[2]))
    return out


def _touches(seg: Segment, cols: Sequence[Interval]) -> bool:
    """True when a segment reaches within MIN_GAP_PT of a column."""
    return any(seg.bbox[0] <= b + MIN_GAP_PT and a - MIN_GAP_PT <= seg.bbox[2] for a, b in cols)


def _overlaps(a: Segment, b: Segment) -> bool:
    """True when two segments share more than MIN_GAP_PT of x."""
    return min(a.bbox[2], b.bbox[2]) - max(a.bbox[0], b.bbox[0]) > MIN_GAP_PT


def merge_under_header(header: Sequence[SegLine], lines: Sequence[SegLine], cols: Sequence[Interval]) -> list[Interval]:
    """Merge neighbouring columns one header segment overlaps when no line fills both.

    A lone - written at the left of a right-aligned column (under 現状値(R1)) is one column
    with the numbers; a header spanning columns some line fills side by side (目標値 over
    R3 … R7) is a merged header cell and keeps them apart. A section heading over the rows, set
    below the header from the table's edge (_is_section_heading), heads no column.
    """
    out = list(cols)
    heads = [ln for k, ln in enumerate(header) if not _is_section_heading(ln, header[:k], lines)]
    k = 0
    while k + 1 < len(out):
        a, b = out[k], out[k + 1]
        spans = any(s.bbox[0] < a[1] and s.bbox[2] > b[0] for ln in heads for s in ln.segments)
        if spans and not any({k, k + 1} <= filled(ln, out) for ln in lines if ln not in header):
            out[k:k + 2] = [(a[0], b[1])]
        else:
            k += 1
    return out


def _is_section_heading(line: SegLine, above: Sequence[SegLine], lines: Sequence[SegLine]) -> bool:
    """True for a line of one segment set from the table's left edge (where its leftmost line of
    two or more segments starts, or left of it) below a header line of two or more segments: a
    section heading over the rows ((1)子育て環境の充実 reaching over 基本的方向 into 成果指標名,
    corpus seed 799 kpi_progress in pdf_rules), not a header of the columns it reaches over."""
    edge = min((ln.bbox[0] for ln in lines if ln.is_multi), default=line.bbox[0])
    return not line.is_multi and line.bbox[0] <= edge + ALIGN_TOL_PT and any(ln.is_multi for ln in above)


def widen_to_header(header: Sequence[SegLine], cols: Sequence[Interval]) -> list[Interval]:
    """Widen each column over the header text above it, up to its neighbours.

    A header centred over right-aligned numbers marks where the column begins: a lone 「-」
    written at the left of that column belongs under the header, not to the column before.
    Header words set a word space apart over several columns widen each its own. A header
    centred past its column's end is centred over the cell boxes of a run of columns (本年度予算額
    over 金額 | 構成比（％）, 事業費（千円） over four years of right-aligned figures) and marks
    none of them: widened to it, the first would take the next one's sub-header. So does a header
    over sub-headers of two or more columns (財源の内訳(千円) over 市債, wider than its dashes, and
    その他特定財源, corpus seed 56 budget_main_projects pdf_borderless: widened to it,
    その他特定財源 took 市債).
    """
    out = list(cols)
    for seg in (part for ln in header for s in ln.segments for part in split_at_columns(s, cols)):
        k = column_of(out, seg)
        if (seg.bbox[0] + seg.bbox[2]) / 2 > out[k][1] or _heads_sub_headers(seg, header, cols):
            continue
        left = out[k - 1][1] + MIN_GAP_PT if k > 0 else seg.bbox[0]
        right = out[k + 1][0] - MIN_GAP_PT if k + 1 < len(out) else seg.bbox[2]
        out[k] = (min(out[k][0], max(left, seg.bbox[0])), max(out[k][1], min(right, seg.bbox[2])))
    return out


def _heads_sub_headers(seg: Segment, header: Sequence[SegLine], cols: Sequence[Interval]) -> bool:
    """True when a header segment is set over sub-headers of two or more columns: header text
    below it, under its extent (by more than MIN_GAP_PT), in two columns (財源の内訳(千円) over 市債 |
    その他特定; 本年度予算額(千円) set flush left over 金額 | 構成比（％）, the second sub-header set
    flush left too, short of its column's right-aligned figures, corpus seed 316 budget_book in
    html_borderless). Sub-headers a word space apart in one segment count each in its column
    (達成値 over ②公共交通利用者数（千人） ③移住相談件数（件）, corpus seed 704 kpi_transposed in calc_borderless)."""
    under = {column_of(cols, s) for ln in header if ln.bbox[1] >= seg.bbox[3]
             for s in (part for whole in ln.segments for part in split_at_columns(whole, cols)) if min(s.bbox[2], seg.bbox[2]) - max(s.bbox[0], seg.bbox[0]) > MIN_GAP_PT}
    return len(under) > 1


def group_rows(lines: Sequence[SegLine], cols: Sequence[Interval]) -> list[list[SegLine]]:
    """Group the lines of a table into rows (extract.pdf.rows: cells from the leading, rows from
    overlapping cells); each line goes to the row of its first segment. A segment whose words
    lie in two columns (－ 10.2※ under 目標 | 達成値, a word space apart) is a piece in each, as
    the cells will hold them (split_at_columns)."""
    pieces: list[Piece] = []
    owner: list[int] = []
    for i, ln in enumerate(lines):
        for seg in (part for s in ln.segments for part in split_at_columns(s, cols)):
            pieces.append(Piece(seg.text, seg.bbox, column_of(cols, seg), ln.page))
            owner.append(i)
    index = {id(p): k for k, p in enumerate(pieces)}
    row_of: dict[int, int] = {}
    for r, row in enumerate(pieces_to_rows(pieces)):
        for p in (p for block in row for p in block):
            row_of.setdefault(owner[index[id(p)]], r)
    grouped: dict[int, list[SegLine]] = {}
    for i in range(len(lines)):
        grouped.setdefault(row_of.get(i, -1), []).append(lines[i])
    return [grouped[r] for r in sorted(grouped, key=lambda r: lines.index(grouped[r][0]))]


def merge_header_columns(rows: Sequence[Sequence[SegLine]], cols: Sequence[Interval],
                         header: Sequence[SegLine] = ()) -> list[Interval]:
    """Merge a column only the header fills (its first row, or the header band given) into the
    neighbour it never shares a line with.

    A header centred over right-aligned numbers covers no x of the body (No. over 1…17); a
    header set flush left under a group header, narrower than its column, ends before the
    right-aligned figures under it begin (①保育所入所率 over 80.9, below 直近値).
    """
    out = list(cols)
    head = {id(ln) for ln in header} or {id(ln) for ln in rows[0]} if rows else set()
    body = [ln for r in rows for ln in r if id(ln) not in head]
    k = 0
    while k < len(out) and len(out) > MIN_COLS:
        users = [ln for r in rows for ln in r if k in filled(ln, out)]
        near = [j for j in _filled_neighbours(rows, out, k) if not any({k, j} <= filled(ln, out) for ln in users)]
        if not users or any(ln in body for ln in users) or not near:
            k += 1
            continue
        j = min(near, key=lambda j: min(abs(out[j][0] - out[k][1]), abs(out[k][0] - out[j][1])))
        lo, hi = min(k, j), max(k, j)
        out[lo:hi + 1] = [(out[lo][0], out[hi][1])]
    return out


def _filled_neighbours(rows: Sequence[Sequence[SegLine]], cols: Sequence[Interval], k: int) -> list[int]:
    """The nearest column on each side of column k that a line of the rows fills: a column no row
    fills (a folio's, - 1 - under the table, its lines past the rows) stands between no two of them
    (年 度 centred over a wide year column merged towards the folio and on into ごみ排出量's, corpus
    seed 768 kpi_transposed in typst_borderless)."""
    used = set().union(*(filled(ln, cols) for r in rows for ln in r))
    left = next((j for j in range(k - 1, -1, -1) if j in used), None)
    right = next((j for j in range(k + 1, len(cols)) if j in used), None)
    return [j for j in (left, right) if j is not None]


def build_table(lines: Sequence[SegLine], small_ok: bool = False, rules: Sequence[Rule] = (),
                at_foot: bool = False, cuts_numbers: bool = False, framed: bool = False) -> tuple[RawTable | None, int]:
    """Build a table from lines; return it (or None) and how many lines it used.

    small_ok accepts a table too small to stand alone, as a fragment a neighbouring page may
    continue (a header row at the foot of the page, sample 000 p1). rules are the page's
    vertical rules: where they run down the table they separate columns (split_at_rules).
    at_foot: the table ends its page's body, so a last row holding only a label in the first
    column is a row the page break cut (its value is on the next page), not text after it.
    cuts_numbers: the document's engine is seen to cut numbers over lines (extract.pdf.recut).
    framed: the rule closing the table runs under its last line (extract.pdf.frames), so every
    line holds a row of it, the last ones too.
    """
    lines = split_under_centred_heads(split_at_edges(split_at_value_starts(split_at_header_gaps(split_hung_glyphs(lines)))))
    cols = split_crowded(split_at_rules(columns(lines), lines, rules), lines)
    lines = split_lines_at_joints(lines, cols)
    rows = group_rows(lines, cols)
    header = header_band(rows)
    # the lines after the table's last row (a folio, - 1 -, under a column) fill no column
    kept = rows[:_kept_rows(rows, cols, at_foot)]
    cols = widen_under_headers(header, cols, [ln for r in kept for ln in r if ln not in header])
    cols = merge_header_columns(kept, with_header_columns(header, cols), header)
    cols = merge_flush_pairs(rows[:_kept_rows(rows, cols, at_foot)], cols, header)
    cols = split_crowded(split_at_rules(widen_to_header(header, merge_under_header(header, lines, cols)), lines, rules), lines)
    # the rows a page break cut (at_foot) and the rest of a name below the last row count for no fill
    body = min(_kept_rows(rows, cols, False), _rows_before_trailing_lines(rows, cols, False))
    rows = rows if framed else rows[:_kept_rows(rows, cols, at_foot)]
    used = [ln for r in rows for ln in r]
    cols = filled_columns(cols, used)
    per_row = [set().union(*(filled(ln, cols) for ln in r)) for r in rows[:body]]
    n_filled = sum(1 for f in per_row if len(f) >= MIN_COLS)
    # a row holding one cell past the first column continues the table (its label left blank:
    # a 内容 run on below its row); running text would start at the first column
    counted = sum(1 for f in per_row if len(f) >= MIN_COLS or 0 in f)
    if len(cols) < MIN_COLS or n_filled < FILL_RATIO * counted:
        return None, 0
    small = (sum(ln.is_multi for ln in used) < MIN_ROWS or len(used) < MIN_LINES) and \
        not is_header_over_one_row(used, cols)  # one wrapped row may stand
    if small and not (small_ok and (framed or _wrapped_rows(used, cols) or at_foot and used[0].is_multi)):
        return None, 0
    bbox = union_bbox(ln.bbox for ln in used if ln.page == used[0].page)
    edges = tuple([cols[0][0]] + [(a[1] + b[0]) / 2 for a, b in zip(cols, cols[1:])] + [cols[-1][1]])
    cells, cuts = table_rows(used, cols, cuts_numbers)
    if not small and is_spaced_text(cells):
        return None, 0
    table = RawTable(used[0].page, bbox, tuple(spread_headers(lift_straddling_labels(fold_band_labels(fold_straddling_rows(join_wrapped_header_rows(cells, cols)))), cols)), "pdfplumber-text", None, edges,
                     tuple(used), small, cuts_numbers or cuts.proved, cuts.doubted)
    return replace(table, score=_score(table)), len(used)


def filled_columns(cols: Sequence[Interval], lines: Sequence[SegLine]) -> list[Interval]:
    """The columns a line of the table fills: a column only the lines after its last row fill (a
    folio's, - 2 - centred under the table between two year columns) is none of its own, and
    parts no group header's run of sub-headers (実績 centred over 2023年度 … 2025年度, read over
    2024年度 alone, corpus seed 869 kpi_year_matrix in typst_borderless)."""
    used = set().union(*(filled(ln, cols) for ln in lines))
    return [c for k, c in enumerate(cols) if k in used]


SPACED_CELL_MAX_LETTERS = 2  # a table whose every cell holds at most this many letters and no value is spaced text


def is_spaced_text(rows: Sequence[Sequence[RawCell]]) -> bool:
    """True when no cell holds a value and none more than SPACED_CELL_MAX_LETTERS letters: the
    glyphs of titles set apart across the page (歳 入 歳 出 予 算 over 1. 総　　括 and （歳　入）,
    setagaya p35), lines of text whose letters the gaps between them part, not a table, where
    a table's header names its columns in words and its body holds values or names."""
    texts = [c.raw for row in rows for c in row if c.raw.strip()]
    return bool(texts) and not any(is_data_value(t) or len(LETTER_RE.findall(t)) > SPACED_CELL_MAX_LETTERS
                                   for t in texts)


def _kept_rows(rows: Sequence[Sequence[SegLine]], cols: Sequence[Interval], at_foot: bool) -> int:
    """How many rows the table keeps: it drops the single-cell lines after its last multi-cell
    line, unless they wrap a cell of the line above (_wraps_cell: the last row's name run on
    to its last line) or the page break cut the row (at_foot, _opens_cut_row)."""
    end = _rows_before_trailing_lines(rows, cols, at_foot)
    kept = [ln for row in rows[:end] for ln in row]
    pitch = _tightest_pitch(kept)
    while end < len(rows) and len(rows[end]) == 1 and (_wraps_cell(rows[end - 1][-1], rows[end][0], pitch) or
                                                       _continues_key_at_pitch(rows[:end], rows[end][0], cols) or
                                                       _at_cell_leading(kept, rows[end - 1][-1], rows[end][0]) or
                                                       _closes_bracket_of_cell(rows[end - 1][-1], rows[end][0]) or
                                                       _goes_on_name_at_wrap(rows[end - 1][-1], rows[end][0])):
        end += 1
    return end


def _closes_bracket_of_cell(prev: SegLine, line: SegLine) -> bool:
    """True when a one-segment line closes the bracket a segment of the line above leaves open
    (pieces.bracket_close), starting where that segment starts, at most WRAP_GAP_MAX_EM of its
    height below it: that cell's rest, whatever the leading (年 2,619 人（5 年間で 13,095 over 人）,
    the last row's value wrapped at Typst's leading, wider than the rows' padding, corpus seed 561
    kpi_cards in typst_borderless). A note after the table opens no phrase left open."""
    height = line.bbox[3] - line.bbox[1]
    return prev.page == line.page and not line.is_multi and any(
        abs(seg.bbox[0] - line.bbox[0]) <= ALIGN_TOL_PT and 0 <= line.bbox[1] - seg.bbox[3] <= WRAP_GAP_MAX_EM * height
        and bracket_close([seg.text, line.text], 0) == 1 for seg in prev.segments)


def _goes_on_name_at_wrap(prev: SegLine, line: SegLine) -> bool:
    """True when a one-segment line goes on the name a segment of the line above leaves unfinished
    (continues_name: no noun phrase by itself, one with the line), starting where that segment
    starts, at most WRAP_GAP_MAX_EM of its height below it: that cell's rest, whatever the leading
    (六次産業化に取り組む over 事業者数（累計）, the last row's name wrapped at Typst's leading, wider than
    the rows' padding and than any gap of a table of one row, corpus seed 816 kpi_baseline_target in
    typst_borderless). A note after the table opens with its mark, a heading with an item's number
    ((2)健康づくりの推進 would read on from a name)."""
    height = line.bbox[3] - line.bbox[1]
    rest = line.text.strip()
    return prev.page == line.page and not line.is_multi and not rest.startswith(FOOTNOTE_MARKS) and \
        not opens_numbered_item(clean_text(rest)) and any(
        abs(seg.bbox[0] - line.bbox[0]) <= ALIGN_TOL_PT and 0 <= line.bbox[1] - seg.bbox[3] <= WRAP_GAP_MAX_EM * height
        and continues_name(seg.text.strip(), rest) for seg in prev.segments)


def _rows_before_trailing_lines(rows: Sequence[Sequence[SegLine]], cols: Sequence[Interval], at_foot: bool) -> int:
    """How many rows come before the single-cell lines after the table's last multi-cell line
    (those a page break cut, at_foot, kept): a name's rest among them is no row of its own."""
    end = len(rows)
    while end > 1 and len(rows[end - 1]) == 1 and not rows[end - 1][0].is_multi and \
            not (at_foot and _opens_cut_row(rows[end - 1][0], cols)):
        end -= 1
    return end


def _at_cell_leading(kept: Sequence[SegLine], prev: SegLine, line: SegLine) -> bool:
    """True when a one-segment line after the table's last row goes on a cell of the line above
    as lines of the table's own cells go on: it starts where a segment of that line starts, as far
    below it (within PITCH_TOL_EM of its height) as some one-segment line inside the table sits
    below the cell it goes on (a 事業内容 set in two paragraphs, its second a paragraph's gap down,
    in every row: 地域公共交通の運行経費を over 負担する, corpus seed 311 budget_main_projects in
    pdf_borderless). A note after the table opens with its mark and goes on no cell."""
    if line.is_multi or prev.page != line.page or line.text.strip().startswith(FOOTNOTE_MARKS):
        return False
    gap = _gap_below(prev, line)
    return gap is not None and any(
        (inside := _gap_below(a, b)) is not None and abs(inside - gap) <= PITCH_TOL_EM * (line.bbox[3] - line.bbox[1])
        for a, b in zip(kept, kept[1:]) if not b.is_multi and a.page == b.page)


def _gap_below(upper: SegLine, line: SegLine) -> float | None:
    """How far below the segment of upper it starts under a one-segment line sits, or None when it
    starts under none (within ALIGN_TOL_PT)."""
    seg = next((s for s in upper.segments if abs(s.bbox[0] - line.bbox[0]) <= ALIGN_TOL_PT), None)
    return None if seg is None else line.bbox[1] - seg.bbox[3]


def _tightest_pitch(lines: Sequence[SegLine]) -> float:
    """The narrowest distance from one line's top to the next's among the table's lines one
    below the other (same page), or 0."""
    pitches = [b.bbox[1] - a.bbox[1] for a, b in zip(lines, lines[1:]) if a.page == b.page and b.bbox[1] > a.bbox[1]]
    return min(pitches, default=0.0)


def _continues_key_at_pitch(rows: Sequence[Sequence[SegLine]], line: SegLine, cols: Sequence[Interval]) -> bool:
    """True when a one-segment line below the last row is a row of the table holding only the
    rest of a name: the last row holds figures past its first column (a row of values, not a
    card's label and text), the line opens left of one of those figures (a row's number may stand
    left of its name: No. | 成果指標, corpus seed 596 kpi_baseline_target in pdf_rules) where a text of the
    table starts (the names' column, the first or one after a group column: 関係人口の拡大 |
    結婚・子育ての希望がか / なう over と感じる市民の割合（%）, corpus seed 29 kpi_progress), holds no figure and no note mark, and sits as far below the last row as the last row sits
    below the row before it (within PITCH_TOL_EM of its height): a name set over two rows of
    the document (中心市街地にぎわい | 216,544 … over 創出事業（拡充）, corpus seed 5 budget_book),
    where a note after the table is set further down. Whether it is the rest of the name is
    the interpreter's to say (interpret.continuations)."""
    upper, lower = _last_two_rows(rows)
    if not upper or line.is_multi or not line.page == lower[0].page == upper[0].page:
        return False
    figures = [column_of(cols, s) for ln in rows[-1] for s in ln.segments[1:] if any(is_data_value(w) for w in s.text.split())]
    text = line.text.strip()
    if not figures or len(filled(line, cols)) != 1 or is_data_value(text) or text.startswith(FOOTNOTE_MARKS):
        return False
    col = min(filled(line, cols))
    if col >= max(figures) or not any(abs(s.bbox[0] - line.bbox[0]) <= ALIGN_TOL_PT and column_of(cols, s) == col
                                      and not is_data_value(s.text) for row in rows for ln in row for s in ln.segments):
        return False
    def gap(upper: Sequence[SegLine], lower: Sequence[SegLine]) -> float:
        return min(ln.bbox[1] for ln in lower) - max(ln.bbox[3] for ln in upper)
    return abs(gap(lower, [line]) - gap(upper, lower)) <= PITCH_TOL_EM * (line.bbox[3] - line.bbox[1])


def _last_two_rows(rows: Sequence[Sequence[SegLine]]) -> tuple[Sequence[SegLine], Sequence[SegLine]]:
    """The table's last two rows; for a table of one row whose last line alone holds figures (a
    header its cells' centring grouped with its only row of values: 指標の名称 | 計画策定時 over
    六次産業化に取り組む | 77, corpus seed 509 kpi_baseline_target in calc_borderless), the lines
    before that line and that line; else no upper row."""
    if len(rows) >= 2:
        return rows[-2], rows[-1]
    if not rows or len(rows[0]) < 2:
        return (), rows[0] if rows else ()
    *head, last = rows[0]
    if any(is_data_value(w) for ln in head for s in ln.segments for w in s.text.split()):
        return (), rows[0]
    return head, [last]


def _wraps_cell(prev: SegLine, line: SegLine, pitch: float = 0.0) -> bool:
    """True when a one-segment line is the next line of a cell of the line above: it starts
    where one of that line's segments starts and sits right under it, at a cell's leading
    (within CELL_GAP_EM of its height; running text after a table is set at a paragraph's
    leading, further down), or as near as any two lines of the table follow each other
    (pitch) when it is the rest of a name cut there (continues_name: 六次産業化に取り組む /
    事業者数（累計）, an engine wrapping a name at its rows' pitch; a label of a row of its own,
    事業名称 over 事業効果, is no such rest)."""
    height = line.bbox[3] - line.bbox[1]
    return prev.page == line.page and not line.is_multi and any(
        abs(seg.bbox[0] - line.bbox[0]) <= ALIGN_TOL_PT
        and (line.bbox[1] - seg.bbox[3] <= CELL_GAP_EM * height
             or line.bbox[1] - seg.bbox[1] <= pitch and not line.text.strip().startswith(FOOTNOTE_MARKS)
             and continues_name(seg.text.strip(), line.segments[0].text.strip()))
        for seg in prev.segments)


def _wrapped_rows(lines: Sequence[SegLine], cols: Sequence[Interval]) -> bool:
    """True when lines open with a line of two or more cells and each one-segment line goes on a
    cell of the line above (_continues_cell): whole rows, as a page break leaves them at the head of
    the next page (a row with its 事業概要 wrapped over two lines, corpus seed 594
    budget_main_projects html_borderless), not a line of text."""
    return lines[0].is_multi and all(ln.is_multi or _continues_cell(a, ln, cols) for a, ln in zip(lines, lines[1:]))


def is_header_over_one_row(lines: Sequence[SegLine], cols: Sequence[Interval]) -> bool:
    """True for two lines that fill the same MIN_HEADED_COLS or more columns, one segment in
    each: a header holding no data value over a row holding one past its label (項目 | 現状値 |
    目標値(R2) over 納税者1人当たりの所得 | 2,590千円 (R1) | 2,734千円), a table of one row. The
    header may leave the first column blank: a stub column heads no cell of its own (関係人口の拡大
    beside 1 | ふるさと納税寄附額 | 83,409（令和3年度） | 46,593 under No. | 評価指標 | 策定時 | 計画目標値,
    corpus seed 873 kpi_baseline_target in calc_borderless). Header cells a word space apart are one
    segment in each column (split_at_columns: 成果指標（KPI）名 目標値（最終年度の値） over 農業産出額 |
    15,555, corpus seed 828 kpi_baseline_target in calc_borderless, --vocab dev8)."""
    if len(lines) != 2 or len(cols) < MIN_HEADED_COLS:
        return False
    head, row = lines
    heads = filled(head, cols)
    if len(row.segments) != len(cols) or len(filled(row, cols)) != len(cols) or \
            sum(len(split_at_columns(s, cols)) for s in head.segments) != len(heads) or not heads >= set(range(1, len(cols))):
        return False
    return not any(is_data_value(s.text) for s in head.segments) and any(is_data_value(s.text) for s in row.segments[1:])


def _score(table: RawTable) -> float:
    """table_score, with the wrapped lines of a text cell counted as one line: rows were grouped
    from the layout, so only values stacked in one cell still suggest merged rows."""
    def flat(cell: RawCell) -> RawCell:
        lines = cell.raw.splitlines()
        return cell if sum(is_value(ln) for ln in lines) >= MIN_STACKED_VALUES else replace(cell, raw=" ".join(lines))
    return table_score(replace(table, rows=tuple(tuple(flat(c) for c in row) for row in table.rows)))


def find_borderless(lines: Sequence[SegLine], page: int, height: float,
                    rules: Sequence[Rule] = (), row_rules: Sequence[HRule] = (),
                    ruled: Sequence[BBox] = ()) -> tuple[list[RawTable], list[int]]:
    """Return the borderless tables among lines and the indices of lines they consumed.

    rules: the page's vertical rules (x, top, bottom), for tables ruled between columns only;
    row_rules: its horizontal rules, whose frame round a table holds its lines (extract.pdf.frames);
    ruled: the boxes of the page's ruled tables, whose text the lines leave out: a line over one
    is no fragment at the page's foot, nor one under one at its head (_clear_to_edge).
    """
    merged, groups = merge_offset_lines(lines)
    tables: list[RawTable] = []
    used: list[int] = []
    i = 0
    while i < len(merged):
        if not merged[i].is_multi or heads_no_columns(merged, i) or _is_unit_caption(merged[i], ()):
            i += 1
            continue
        grown = _grow(merged, i)
        floor = used[-1] + 1 if used else 0
        start = _lift_section_row(merged, _lift_cut_cell(merged, _lift(merged, i, floor), grown, height), height, floor)
        start, end = framed_start(merged, start, grown, floor, row_rules), framed_end(merged, start, grown, row_rules)
        table, n_used = _table_at(merged, start, end, height, rules, row_rules, ruled)
        if table is None and start < i:
            # the lines lifted over its first line are no part of the table: it stands as it opened
            # (a heading a blank row above a header whose first line is merged with one half a line
            # below, taller than a line: （3）防災・減災の推進 over 目標 | 基準年度値 | 目標値（最終年度）,
            # corpus seed 940 kpi_baseline_target in calc_borderless)
            start, end = i, framed_end(merged, i, grown, row_rules)
            table, n_used = _table_at(merged, start, end, height, rules, row_rules, ruled)
        if table is None:
            i += 1
            continue
        tables.append(table)
        used.extend(range(start, start + n_used))
        i = start + n_used
    return tables, [k for m in used for k in groups[m]]


def _table_at(merged: Sequence[SegLine], start: int, end: int, height: float, rules: Sequence[Rule],
              row_rules: Sequence[HRule], ruled: Sequence[BBox]) -> tuple[RawTable | None, int]:
    """build_table over merged[start:end], a fragment the page break may have cut when it ends the
    page's body (at_foot) or opens it (at_head)."""
    at_foot = _only_margin(merged[end:], height) and _clear_to_edge(merged[end - 1], ruled, below=True)
    at_head = _only_margin(merged[:start], height) and _clear_to_edge(merged[start], ruled, below=False)
    return build_table(merged[start:end], small_ok=at_foot or at_head, rules=rules, at_foot=at_foot,
                       framed=is_closed(merged[start:end], row_rules))


def _clear_to_edge(line: SegLine, ruled: Sequence[BBox], below: bool) -> bool:
    """True when no ruled table lies below a line (below), or above it: only then may a table
    ending (starting) at the line be a fragment the page break cut (a heading, 基本目標2 結婚・出産・
    | 子育ての希望をかなえる set with gaps over a ruled card, is no header row at the page's foot,
    corpus seed 509 kpi_cards in chromium_ruled)."""
    return not any(b[1] >= line.bbox[3] if below else b[3] <= line.bbox[1] for b in ruled)


def merge_offset_lines(lines: Sequence[SegLine]) -> tuple[list[SegLine], list[list[int]]]:
    """Merge each line with the next when they overlap vertically side by side: a cell centred
    on its row sits half a line off its neighbours' lines (an HTML engine's 成果指標 / (KPI)
    beside a one-line value), and only together do they show the row's columns.

    Returns the lines and, per line, the indices of the input lines it holds.
    """
    out: list[SegLine] = []
    groups: list[list[int]] = []
    for i, ln in enumerate(lines):
        prev = out[-1] if out else None
        if prev is not None and len(groups[-1]) == 1 and _side_by_side(prev, ln) and \
                not (len(out) > 1 and _ends_cell_above(out[-2], prev, ln)):
            segs = tuple(sorted([*prev.segments, *ln.segments], key=lambda s: s.bbox[0]))
            out[-1] = SegLine(segs, union_bbox([prev.bbox, ln.bbox]), prev.page, " ".join(s.text for s in segs))
            groups[-1].append(i)
        else:
            out.append(ln)
            groups.append([i])
    return out, groups


def _ends_cell_above(above: SegLine, line: SegLine, nxt: SegLine) -> bool:
    """True when a line of one segment is the next line of a cell of the line above (set at a
    cell's leading, CELL_GAP_EM, starting where one of its segments starts) and the line after it
    starts left of it: the last line of a name of the row above (待機児童数 under 放課後児童ク /
    ラブの), touched by the next row's label set from an earlier column (総所得の向上, a 基本的方向
    centred on two rows, corpus seed 17 kpi_progress in pdf_rules); they share no row."""
    seg = line.segments[0]
    return not line.is_multi and above.page == line.page and nxt.bbox[0] < seg.bbox[0] - ALIGN_TOL_PT and \
        0 <= seg.bbox[1] - above.bbox[3] <= CELL_GAP_EM * (seg.bbox[3] - seg.bbox[1]) and \
        any(abs(s.bbox[0] - seg.bbox[0]) <= ALIGN_TOL_PT for s in above.segments)


def _side_by_side(a: SegLine, b: SegLine) -> bool:
    """True when b overlaps a vertically (by more than nothing) and no segments overlap horizontally."""
    if a.page != b.page or min(a.bbox[3], b.bbox[3]) - max(a.bbox[1], b.bbox[1]) <= 0:
        return False
    return not any(s.bbox[0] < t.bbox[2] and t.bbox[0] < s.bbox[2] for s in a.segments for t in b.segments)


def _lift(lines: Sequence[SegLine], i: int, floor: int) -> int:
    """Where the table opened by lines[i] starts: above it, the first lines of header cells that
    wrap while their neighbours are centred on the row (単 over 位 beside 項目, an HTML engine's
    layout), i.e. lines at most LIFT_GAP_EM line heights above, inside the first line's width, or
    holding no figure, inside the width of the header's lines below (_header_lines: a first line
    of two headers half a line above the others is narrower, 年次 | ボランティア派遣日数 under
    実績（確定値）, corpus seed 19 kpi_transposed; a chart's axis label 0% over its legend is no
    header) but for a stub header over the first column (_stub_beside: wider than its years), in
    the gaps between the first line's segments; a header centred over a group of the value
    columns (実績 over two indicators, _heads_group) or flush with one of them past the first
    (_starts_inner_column); right above the first line, the first line of one of its header
    cells, wider than the rest of it (_opens_header_cell). Never a line set in another size (a
    title)."""
    first = lines[i]
    height = first.bbox[3] - first.bbox[1]
    window = lines[i:i + MAX_HEADER_ROWS + 1]
    cols = merge_spans([sp for ln in _header_window(lines, i) if ln.page == first.page for sp in ln.spans])
    header = _header_lines(window, lines[i + len(window):i + len(window) + 1])
    left, right = min(ln.bbox[0] for ln in header), max(ln.bbox[2] for ln in header)
    # a group header is centred over its sub-headers: the body's columns may hold a sliver (a - set
    # left of its column's figures) whose narrow width leaves it no tolerance
    heads = merge_spans([sp for ln in header for sp in ln.spans])
    figure_cols = _figure_columns(window)
    k = i
    while k > floor:
        prev = lines[k - 1]
        if prev.page != first.page or lines[k].bbox[1] - prev.bbox[3] > LIFT_GAP_EM * height:
            break
        if abs(_type_size(prev) - _type_size(first)) > HEIGHT_TOL * _type_size(first):
            break  # set in another size: a title or a caption
        if k == i and _opens_header_cell(prev, first, cols):
            k -= 1
            continue
        heads_columns = _heads_columns(prev, figure_cols) and not _is_numbered_heading(prev) \
            and not (k - 1 == floor and _closes_cells_above(prev))
        if not heads_columns and not _within(prev, first.bbox[0], first.bbox[2]) and not (
                (_within(prev, left, right) or _stub_beside(prev, cols[0], left, right))
                and not any(is_data_value(w) for s in prev.segments for w in s.text.split())):
            break
        if not (all(_in_gap(s, first) or _heads_group(s, cols) or _heads_group(s, heads) or _starts_inner_column(s, first)
                    for s in prev.segments) or heads_columns) or _is_unit_caption(prev, cols):
            break
        k -= 1
    return k


def _header_window(lines: Sequence[SegLine], i: int) -> Sequence[SegLine]:
    """The lines a table opened by lines[i] shows its columns in: MAX_HEADER_ROWS + 1 lines, and on
    down to its first line holding a figure on its page where its header's cells wrap over more
    lines (③結婚・子育て / の希望がかなう / と感じる市民の / 割合（%）, the year column under 年 度 filled
    by the body alone, corpus seed 996 kpi_transposed in typst_borderless). Only the columns are read
    so far down: a card's keys and values, line by line to its first figure, head no columns of the
    figures (a heading over the card, 基本目標4 | 新しいひとの流れをつくる, would read as a header row
    heading them: corpus seed 770 kpi_cards in calc_borderless)."""
    end = i + MAX_HEADER_ROWS + 1
    body = next((k for k in range(i, len(lines)) if lines[k].page != lines[i].page or holds_figure(lines[k])), len(lines))
    return lines[i:max(end, body + 1) if body < len(lines) and lines[body].page == lines[i].page else end]


def _figure_columns(lines: Sequence[SegLine]) -> list[Interval]:
    """The columns the lines holding data values past their first segment fill."""
    return merge_spans([sp for ln in lines if any(is_data_value(s.text) for s in ln.segments[1:]) for sp in ln.spans])


def _heads_columns(line: SegLine, cols: Sequence[Interval]) -> bool:
    """True when a line's words, parted at the columns below (split_at_columns: each word space
    in a column gap), head two or more columns, one each, no part reaching over another column:
    every column (年 度 実績値 目標値（最終年度） over H26 | 33 | －, corpus seed 708 kpi_transposed in
    calc_borderless) or value columns only (基準年度値 計画目標値 over (R7) | (R12), the label
    column's header on the line below, corpus seed 707 kpi_baseline_target): header cells an
    engine set a word space apart, read as one segment. A title's words start over the label
    column and leave value columns without a word (基本目標1 魅力ある観光と交流のまちづくり over
    three columns, corpus seed 701 kpi_transposed)."""
    parts = [part for s in line.segments for part in split_at_columns(s, cols)]
    over = [{k for k, (a, b) in enumerate(cols) if p.bbox[0] < b and a < p.bbox[2]} for p in parts]
    headed = set().union(*over)
    return len(parts) > 1 and all(len(o) == 1 for o in over) and len(headed) == len(parts) and \
        (len(headed) == len(cols) or 0 not in headed)


def _is_numbered_heading(line: SegLine) -> bool:
    """True for a line reading as a heading's number and its title, no figure in the title
    (headings.heading_parts, is_heading_number): over a card of two columns its number and title
    stand one over each (基本目標2 魅力ある観光と交流のまちづくり over 成果指標 | 汚水処理人口普及率, corpus
    seed 768 kpi_cards in calc_borderless), heading the card, no column of it. A number that is a
    year (計画策定時（R2） | 未公表, a card's key stating its year, seed 799) numbers no heading."""
    head = heading_parts(line)
    return len(head) == HEADING_SEGMENTS and is_heading_number(head[0]) and not any(ch.isdigit() for ch in head[1]) \
        and any(ch.isdigit() for ch in without_years(head[0]))


def _closes_cells_above(line: SegLine) -> bool:
    """True when a segment closes a bracket it does not open (30年度)) | 年度)): the last lines of
    header cells begun above; at the floor of the lift (the lines above are another table's) they
    continue that table's header and open no table (html_borderless seed 709 kpi_year_matrix:
    lifted, they made a row of the table under a header read apart)."""
    return any(text_bracket_depth(s.text) < 0 for s in line.segments)


def _opens_header_cell(line: SegLine, first: SegLine, cols: Sequence[Interval]) -> bool:
    """True when a line of one segment is the first line of a header cell of the table's first
    line, wider than the cell's next line: centred on one of its segments (within ALIGN_TOL_PT),
    narrower than itself and holding no value, and set at a cell's leading above it (CELL_GAP_EM
    of its height). A centred header cell wrapping over four lines starts above its row's
    other headers (④結婚・子育ての希望が over かなう, Chromium's layout of a kpi_transposed table,
    corpus seed 500). A value or the table's unit caption opens no header cell."""
    if line.is_multi or _is_unit_caption(line, cols) or is_data_value(line.text.strip()):
        return False
    seg = line.segments[0]
    return any((_centred_on(seg, t) or k > 0 and abs(seg.bbox[0] - t.bbox[0]) <= ALIGN_TOL_PT)
               and t.bbox[2] - t.bbox[0] < seg.bbox[2] - seg.bbox[0] and not is_data_value(t.text.strip())
               and 0 <= t.bbox[1] - seg.bbox[3] <= CELL_GAP_EM * (seg.bbox[3] - seg.bbox[1]) for k, t in enumerate(first.segments))


def _centred_on(a: Segment, b: Segment) -> bool:
    """True when two segments' centres lie within ALIGN_TOL_PT of each other."""
    return abs(a.bbox[0] + a.bbox[2] - b.bbox[0] - b.bbox[2]) / 2 <= ALIGN_TOL_PT


def _is_unit_caption(line: SegLine, cols: Sequence[Interval]) -> bool:
    """True for a line stating only the unit of what follows ((単位:千円) set over the table's
    last column, above the rule opening it: corpus seed 9 budget_main_projects pdf_rules): the
    caption says it for the whole table (context.caption_unit), it heads no column; one centred
    over a group of columns (特定財源等 / 単位：千円) is the group's header."""
    caption = _one_phrase(line)
    return caption is not None and any(w in line.text for w in UNIT_WORDS) and \
        unit_from_header(line.text) is not None and not _heads_group(caption, cols)


def _one_phrase(line: SegLine) -> Segment | None:
    """The line as one segment when it is one, or when its segments together spell one bracketed
    phrase, the first opening the bracket the last closes ((単位 and 千円) parted by the reader at a
    full-width space: corpus seed 826 budget_main_projects in chromium_borderless, dev wordings);
    else None."""
    segs = line.segments
    if len(segs) == 1:
        return segs[0]
    text = " ".join(s.text for s in segs)
    closed_by_last = bracket_close([s.text for s in segs], 0) == len(segs) - 1
    return Segment(text, union_bbox(s.bbox for s in segs)) if closed_by_last and text_bracket_depth(text) == 0 else None


def _within(line: SegLine, left: float, right: float) -> bool:
    return left - ALIGN_TOL_PT <= line.bbox[0] and line.bbox[2] <= right + ALIGN_TOL_PT


def _stub_beside(line: SegLine, first: Interval, left: float, right: float) -> bool:
    """True when a line holds, left of the header's lines (left .. right), only a stub header
    centred over the first column below, wider than its years (年 度 over 2015, corpus seed 27
    kpi_transposed: its middle lies in that column), beside a header of the table on its line
    (実績（確定値）, the stub set across both header rows): a caption stands alone on its line
    (歳出予算 over 科目, corpus seed 7 budget_kan_kou in html_borderless)."""
    beside = [s for s in line.segments if s.bbox[0] >= left - ALIGN_TOL_PT]
    return bool(beside) and all(s.bbox[2] <= right + ALIGN_TOL_PT for s in beside) and all(
        first[0] <= (s.bbox[0] + s.bbox[2]) / 2 <= first[1] for s in line.segments if s not in beside)


def _header_lines(lines: Sequence[SegLine], below: Sequence[SegLine] = ()) -> list[SegLine]:
    """The first line and the lines after it on its page that hold no data value: the header's
    lines, when the first opens one (chart labels and figures hold values from the first). They
    end at a section row (_opens_section: （1）移住・定住の促進 between the header and the row of
    figures it heads), whose left edge is the body's, not the header's. below: the lines after
    lines, where the body may start."""
    out = list(lines[:1])
    rest = [*lines, *below]
    for k, ln in enumerate(lines[1:], 1):
        if ln.page != out[0].page or holds_figure(ln) or _opens_section(out, rest[k:]):
            break
        out.append(ln)
    return out if not holds_figure(out[0]) else out[:1]


def _opens_section(header: Sequence[SegLine], lines: Sequence[SegLine]) -> bool:
    """True when lines[0], under header lines one of which fills two or more columns, is a section
    row: a lone label starting where the body's first row starts (or left of it) and ending left of
    its first figure, with nothing but such one-cell lines (a name's first lines, set above its
    figures centred on the row) down to that row. A header's stub cell alone on its line (KPI,
    centred beside wrapped headers) has the header's next line of two or more cells under it."""
    body = next((k for k, ln in enumerate(lines) if ln.page != lines[0].page or holds_figure(ln)), None)
    if body is None or body == 0 or lines[body].page != lines[0].page or not any(ln.is_multi for ln in header):
        return False
    return not any(ln.is_multi for ln in lines[:body]) and _labels_beside_figures(lines[0], lines[body])


def _labels_beside_figures(line: SegLine, row: SegLine) -> bool:
    """True when a line of one segment starts where a row of figures starts (or left of it) and ends
    left of the row's first figure past its first cell: a label in the rows' label column, no cell
    over their figures."""
    figures = [s.bbox[0] for s in row.segments[1:] if any(is_data_value(w) for w in s.text.split())]
    return not line.is_multi and bool(figures) and line.bbox[0] <= row.bbox[0] + ALIGN_TOL_PT and line.bbox[2] < min(figures)


def _lift_section_row(lines: Sequence[SegLine], start: int, height: float, floor: int) -> int:
    """Where a table opening its page starts, counting a section row right above its first row of
    figures (a body row, _holds_body_word: a header's year set with spaces is none), under nothing
    but the page's margin, at the table's type size and within LIFT_GAP_EM of its height
    (_labels_beside_figures: （2）健康づくりの推進 over 耕作放棄地面積（ha） | 26.0（2023） | 22.7
    at the top of page 2, corpus seed 922 kpi_baseline_target in calc_borderless): the rows
    the page break carried on, whose section row opens them; left out, it opened the page's body as
    a line of text, and the rows under it continued no table (extract.pdf.stitch)."""
    if start <= floor:
        return start
    line, first = lines[start - 1], lines[start]
    size = _type_size(first)
    near = line.page == first.page and first.bbox[1] - line.bbox[3] <= LIFT_GAP_EM * (first.bbox[3] - first.bbox[1])
    return start - 1 if near and _holds_body_word(first) and _labels_beside_figures(line, first) and \
        abs(_type_size(line) - size) <= HEIGHT_TOL * size and _only_margin(lines[:start - 1], height) else start


def _opens_cut_row(line: SegLine, cols: Sequence[Interval]) -> bool:
    """True when a line at the foot of a page is the first part of a row the break cut: a label
    in the first column (starting where it starts, ending inside it), or a data value inside a
    later column (566,651, set above its row's middle, its label on the next page). A note in a
    column ((単位 千円) over the next table) is neither, nor is a ※ note under the table as narrow
    as its label column (※現状値はH24時点の値, corpus seed 4 kpi_progress in pdf_rules: read as
    a row, the year it restates was lost and the header's year given instead)."""
    a, b = cols[0]
    if line.text.strip().startswith(FOOTNOTE_MARKS):
        return False
    if abs(line.bbox[0] - a) <= ALIGN_TOL_PT and line.bbox[2] <= b + ALIGN_TOL_PT:
        return True
    return is_data_value(line.text.strip()) and any(
        a - ALIGN_TOL_PT <= line.bbox[0] and line.bbox[2] <= b + ALIGN_TOL_PT for a, b in cols[1:])


def _lift_cut_cell(lines: Sequence[SegLine], start: int, end: int, height: float) -> int:
    """Where a table opening its page starts, counting the rest of a cell the page break cut:
    the lines above its first line, under nothing but the page's margin, set at a cell's
    leading and in the table's type size (a larger title is no cell), each one segment starting
    where one of the table's inner columns starts and ending inside the table (a card's 事業効果
    text continued from the page before, sample 001), none the table's unit caption."""
    k = start
    while k > 0 and not lines[k - 1].is_multi and lines[k].bbox[1] - lines[k - 1].bbox[3] <= (
            LIFT_GAP_EM if k < start else LINE_GAP_FACTOR) * (lines[k - 1].bbox[3] - lines[k - 1].bbox[1]):
        k -= 1
    if k == start or not _only_margin(lines[:k], height):
        return start
    cols = columns(lines[start:end])
    inner = [a for a, _ in cols[1:]]
    size = _type_size(lines[start])
    fits = all(any(abs(ln.bbox[0] - a) <= ALIGN_TOL_PT for a in inner) and ln.bbox[2] <= cols[-1][1] + ALIGN_TOL_PT
               and abs(_type_size(ln) - size) <= HEIGHT_TOL * size and not _is_unit_caption(ln, cols) for ln in lines[k:start])
    return k if fits else start


def _type_size(line: SegLine) -> float:
    """The height of a line's smallest segment: its type size, even where the line joins two
    lines half a line apart (merge_offset_lines)."""
    return min(s.bbox[3] - s.bbox[1] for s in line.segments)


def _starts_inner_column(seg: Segment, line: SegLine) -> bool:
    """True when a segment starts where a segment of the line below starts, past its first (a
    header 実績 set flush left over its indicator columns): a header, where a caption would
    start at the table's left edge."""
    return any(abs(seg.bbox[0] - t.bbox[0]) <= ALIGN_TOL_PT for t in line.segments[1:])


def _in_gap(seg: Segment, line: SegLine) -> bool:
    return not any(seg.bbox[0] < t.bbox[2] and t.bbox[0] < seg.bbox[2] for t in line.segments)


def _heads_group(seg: Segment, cols: Sequence[Interval]) -> bool:
    """True when a segment is centred over two or more neighbouring columns past the first (実績
    over the indicator columns, not over the label column), within SPAN_CENTRE_TOL of the
    narrowest one's width: a header spanning them."""
    centre = (seg.bbox[0] + seg.bbox[2]) / 2
    for lo in range(1, len(cols) - 1):
        for hi in range(lo + 1, len(cols)):
            narrowest = min(b - a for a, b in cols[lo:hi + 1])
            if cols[lo][0] <= seg.bbox[0] and seg.bbox[2] <= cols[hi][1] and \
                    abs((cols[lo][0] + cols[hi][1]) / 2 - centre) <= SPAN_CENTRE_TOL * narrowest:
                return True
    return False


def _only_margin(lines: Sequence[SegLine], height: float) -> bool:
    """True when all lines sit in the top or bottom margin band (page numbers, running heads)."""
    return all(ln.bbox[3] <= height * MARGIN_SHARE or ln.bbox[1] >= height * (1 - MARGIN_SHARE) for ln in lines)
