"""A row of a table set at its top that holds only the next lines of the cells above it.

Set at the top with no padding between rows (Word's defaults, printed by LibreOffice Writer), a
cell's next line stands where the next row's first line would, and a line of it that is a figure
by itself reads as a row of figures: a note wrapped before its amount (災害復旧費の追加 / △24,161 in
a 説明 column: a number is never broken, so it goes down whole), a number cut over two lines
(▲25 / 4) beside a name's next line. Rows of figures stand figures in FIGURE_COLUMNS columns or
more, or open with a name beside a figure no cell above runs on into; a row whose cells past the
first column each continue the cell above them in their column (_continues), one at least going
on from text (the engine wrapped a line of words, left a bracket open, or broke a word at its
hyphen: 732912t- / CO2), is those cells' next lines. Its first column is left free, as for a
row with no figure (extract.pdf.top_rows): a name's next line after a break its author set.

Coordinates are PDF points, top-left origin.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from extract.pdf.figure_levels import FIGURE_COLUMNS
from extract.pdf.pieces import WRAP_GAP_MAX_EM, Block, Piece, bracket_depth, continuable, is_full, is_full_for_word as is_full_for_word
from extract.pdf.unit_tails import ends_figure_unit
from extract.pdf.top_rows import Row, column_widths, holds_figure, is_top_set, shows_alignment, states_figure
from extract.text_items import opens_numbered_item
from normalize import clean_text
from normalize.numbers import groups_prove_cut
from normalize.units import completes_unit
from normalize.text import nfkc_safe
from normalize.vocab import NOTE_MARK_CHARS

HYPHEN_BREAK_RE = re.compile(r"[A-Za-z0-9][-‐]$")  # a word broken after its hyphen (t- / CO2)
TAIL_DIGITS_RE = re.compile(r"(?<![\d,.])\d[\d,]*$")  # the digits and group commas a line ends with
HEAD_DIGITS_RE = re.compile(r"^\d[\d,]*")  # the digits and group commas a line opens with


def fold_continued_rows(rows: Sequence[Row], spanning: frozenset[int] = frozenset()) -> list[Row]:
    """The rows, when the table shows them set at their top (top_rows.is_top_set) or the rows joined
    do (joins_show_top), each row that only continues the cells of the row above it taken into that
    row (join_continued_rows); else as given. spanning: the pieces (by id) set across columns from the table's edge."""
    if not rows:
        return []
    joined = join_continued_rows(rows, spanning)
    return joined if is_top_set(rows, spanning) or joins_show_top(rows, joined) else join_continued_rows(rows, spanning, _units_alone)


def _units_alone(kinds: Sequence[str | None]) -> bool:
    """True when a row's cells past the first each complete the unit of the figure above them or hold its
    note's mark, one at least a unit (②公共交 / 通利用者数 beside 2108千 / 人, 図書館貸 / 出冊数 beside
    233,351 / 冊※: corpus seeds 839 and 945 kpi_year_matrix in writer_borderless): a line of nothing but
    the rest of the figures' units is no row of its own, whether the rows are set at their top or centred."""
    return "unit" in kinds and all(kind in ("unit", "mark") for kind in kinds)


def joins_show_top(rows: Sequence[Row], joined: Sequence[Row]) -> bool:
    """True when the rows join_continued_rows took into the row above show that row set at its top:
    one at least holds a number cut inside its digit groups or a unit cut inside its name (_joins_cut:
    a line provably of the cell above) or a name the engine wrapped (_name_wraps_across), each row that took some has its cells of different heights starting on one
    line, and no row of the table has its cells centred on one middle or ending on one line. Set at
    the top with no padding, a cell's next lines stand level with nothing of the row (▲102,01 / 0,
    国庫補助金の確定 / 176,256 beside one line of figures, each row's cells of one line otherwise: no row
    shows the table set at the top until they are joined); a row centred or set at its bottom would
    stand its short cells beside the middle or the last of those lines. A line that only could run
    on (a full line of words over a figure) proves no cell, and so no alignment, by itself."""
    before = {_pieces(row) for row in rows}
    origin = {id(p): k for k, row in enumerate(rows) for b in row for p in b}
    took = [row for row in joined if _pieces(row) not in before]
    wraps = _name_wraps_across(rows, origin)
    return any(_joins_cut(row, origin) or wraps(row) for row in took) and all(shows_alignment(row, "top") for row in took) and \
        not any(shows_alignment(row, side) for row in joined for side in ("middle", "bottom"))


def _name_wraps_across(rows: Sequence[Row], origin: dict[int, int]) -> Callable[[Row], bool]:
    """Whether a joined row's first-column cell goes on, across the rows joined, from a line of words
    the engine wrapped into a line of words (住宅用太陽光発電設備設置 over 補助, full in its column): a
    name's next line, set where the next row's first line would stand, which no row of its own
    opens beside the next lines of other cells."""
    widths, first = column_widths(rows), min((b[0].col for row in rows for b in row), default=0)

    def wraps(row: Row) -> bool:
        cell = next((b for b in row if b[0].col == first), [])
        return any(origin[id(a)] != origin[id(b)] and not states_figure(b.text) and _continues([a], [b], widths[first]) == "text"
                   for a, b in zip(cell, cell[1:]))
    return wraps


def _joins_cut(row: Row, origin: dict[int, int]) -> bool:
    """True when a cell of a joined row goes on, across the rows joined (origin: each piece's row, by id),
    from a number cut inside its digit groups or a unit cut inside its name (199.9百 over 万円: units.completes_unit)
    or wrapped whole under its figure (17.4百万 over 円: unit_tails.ends_figure_unit)."""
    return any(origin[id(a)] != origin[id(b)] and (continues_cut_group(a.text, b.text) or completes_unit(a.text, b.text)
                                                   or ends_figure_unit(a.text, b.text))
               for cell in row for a, b in zip(cell, cell[1:]))


def _pieces(row: Row) -> frozenset[int]:
    return frozenset(id(p) for b in row for p in b)


def join_continued_rows(rows: Sequence[Row], spanning: frozenset[int] = frozenset(),
                        kinds_join: Callable[[Sequence[str | None]], bool] = lambda kinds: True) -> list[Row]:
    """The rows of a table set at its top, each row of its body (from its first row of figures on)
    that only continues the cells of the row above it (the module's docstring) taken into that row,
    where kinds_join accepts how its cells past the first continue (_continues)."""
    widths, first = column_widths(rows, spanning), min((b[0].col for row in rows for b in row), default=0)
    body = next((k for k, row in enumerate(rows) if any(holds_figure(b) for b in row if b[0].col != first)), len(rows))
    out: list[Row] = []
    for k, row in enumerate(rows):
        if k > body and _continues_row(out[-1], row, first, widths) and kinds_join(_kinds(out[-1], row, first, widths)):
            out[-1] = _joined(out[-1], row)
        else:
            out.append(list(row))
    return out


def _joined(above: Row, row: Row) -> Row:
    """above with each cell of row appended to the cell of its column (or added as a cell)."""
    cells = {b[0].col: list(b) for b in above}
    for b in row:
        cells.setdefault(b[0].col, []).extend(b)
    return [cells[col] for col in sorted(cells)]


def _continues_row(above: Row, row: Row, first: int, widths: dict[int, float]) -> bool:
    """True when every cell of row past the first column continues the cell above it
    (_continues), one at least going on from text (or a number cut beside a name the engine
    wrapped into the row: _name_wraps), figures stand in fewer than
    FIGURE_COLUMNS of its cells but those closing a bracket the cell above left open (its note:
    年596人（5 / 年間で2,980人）), and no line of it opens an item's number (a heading)."""
    cells = [b for b in row if b[0].col != first]
    if not cells or any(opens_numbered_item(p.text) for b in row for p in b):
        return False
    kinds = _kinds(above, row, first, widths)
    figures = sum(holds_figure(b) for b, kind in zip(cells, kinds) if kind not in ("bracket", "group"))
    proved = bool({"text", "bracket", "group", "unit"} & set(kinds)) or "cut" in kinds and _name_wraps(above, row, first, widths)
    return all(kinds) and proved and figures < FIGURE_COLUMNS


def _kinds(above: Row, row: Row, first: int, widths: dict[int, float]) -> list[str | None]:
    """How each cell of row past the first column continues the cell above it (_continues; None where none stands above)."""
    upper = {b[0].col: b for b in above}
    return [_continues(upper[b[0].col], b, widths[b[0].col]) if b[0].col in upper else None for b in row if b[0].col != first]


def _name_wraps(above: Row, row: Row, first: int, widths: dict[int, float]) -> bool:
    """True when the first column's cell above runs on into the row as the engine wrapped it (a full
    line of words: 農林水産業 over 費): the row holds next lines, and a number the engine may have cut
    beside it (事業費の追加 11 over 6,726, its line full for 6，) is one, not two rows' figures."""
    upper = next((b for b in above if b[0].col == first), None)
    lower = next((b for b in row if b[0].col == first), None)
    return upper is not None and lower is not None and _continues(upper, lower, widths[first]) == "text"


def _continues(upper: Block, lower: Block, width: float) -> str | None:
    """How lower's first line continues upper, the cell above it in its column, within
    WRAP_GAP_MAX_EM of a line's height under it: 'text' (a line of words full for the next line's
    first word, a word broken at its hyphen), 'bracket' (a bracket left open), 'cut' (a number
    full in its column that the digits below, narrower, may go on: extract.pdf.cuts; 31 over 31
    are two rows' counts), 'group' (a number whose digit groups the digits below complete, the
    line above no number alone: continues_cut_group), 'mark' (note marks alone, is_note_marks), 'unit'
    (a bare unit completing the figure's: 17.4百万 over 円, extract.pdf.unit_tails), or None."""
    last, nxt = upper[-1], lower[0]
    if last.page != nxt.page or not 0 <= nxt.bbox[1] - last.bbox[3] <= WRAP_GAP_MAX_EM * last.height:
        return None
    text = clean_text(" ".join(p.text for p in upper))
    if bracket_depth(text) > 0:
        return "bracket"
    if is_note_marks(nxt.text):
        return "mark"
    if ends_figure_unit(last.text, nxt.text):
        return "unit"
    if HYPHEN_BREAK_RE.search(text):
        return "text"
    if continues_cut_group(last.text, nxt.text):
        return "group"
    if not states_figure(last.text) and is_full_for_word(last.bbox, nxt, width):
        return "text"
    cut = continuable(last.text) and is_full(last.bbox, nxt, width) and _width(nxt) < _width(last)
    return "cut" if cut else None


def continues_cut_group(line: str, below: str) -> bool:
    """True when the number line ends with is cut inside its digit groups and the digits below complete
    them (人件費の増89,41 over 2,369, ▲102,01 over 0, 7,63 over 6（2021）, 98, over 954,493): no whole
    number ends so, whatever column holds it (normalize.numbers.groups_prove_cut)."""
    tail, head = TAIL_DIGITS_RE.search(nfkc_safe(line)), HEAD_DIGITS_RE.match(nfkc_safe(below).replace(" ", ""))
    return tail is not None and head is not None and groups_prove_cut([tail.group(), head.group()], last_runs_on=True)


def is_note_marks(text: str) -> bool:
    """True for a line of note marks alone (※): a figure's note the engine wrapped under it (803,988千円 / ※
    in a column as wide as its figures), never a cell by itself."""
    folded = clean_text(text).replace(" ", "")
    return bool(folded) and all(ch in NOTE_MARK_CHARS for ch in folded)


def _width(line: Piece) -> float:
    return line.bbox[2] - line.bbox[0]
