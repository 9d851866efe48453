"""A name wrapped down the sub-rows it spans, set at the top of its cell.

A year matrix names each indicator once over its sub-rows (実績値 over 計画): Word and LibreOffice
Writer set the merged cell at its top, so a name wrapped in two lines (子育て支援セン / ター利用者数)
runs from the first sub-row's line into the second's, at the leading of rows set without padding:
read line by line, its second line names the second sub-row. The table shows where names stand:
a sub-row like that one (計画 beside figures) goes unnamed where the name above is short
(企業誘致件数 over a blank), and the line above is full (pieces.is_full: the next line's first
glyph would not have fitted after it), so the text runs on. Where every indicator's name wraps,
no sub-row goes unnamed: the sub-rows' own names show it instead, each name of such a sub-row (in
MIN_RUN_ON_ROWS rows or more, each under a sub-row of one same kind) running on from a full line
of the row above, which a name of its own never does but by chance (ふるさと納税寄附 / 額（千円） over 目標水準 / 実績, 関係人口（登録者 /
数）（人） likewise). A table of one indicator shows its column's width in its header, centred over
names set flush left (_header_widths); a name longer than its sub-rows runs on past the last of them
(fold_overflowing_names).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from extract.interpret.cells import is_year_cell
from extract.interpret.facets import BARE_UNIT_MAX_CHARS, kind_of
from extract.interpret.structure import LETTER_RE
from extract.pdf.grid import ALIGN_TOL_PT
from extract.pdf.lockstep import line_tol
from extract.pdf.figure_levels import LEVEL_TOL_EM
from extract.pdf.pieces import FIT_TOL_PT, WRAP_GAP_MAX_EM, Block, Piece, bracket_depth, is_full
from extract.pdf.top_rows import holds_figure
from extract.text_items import opens_numbered_item
from normalize import clean_text
from normalize.brackets import bracket_groups, without_bracket_groups
from normalize.units import bracket_unit, is_known_unit, normalize_unit

MIN_RUN_ON_ROWS = 2  # sub-rows of one kind, each named by a run-on line, that show the kind's names wrapped
UNNAMED_SHARE = 0.5  # a kind whose rows go unnamed in more than this share of them is named from the row above

Row = list[Block]
Kind = tuple[tuple[int, str], ...]  # a row's cells past the first holding no figure: (column, text)
Widths = dict[int, float]  # the first column's width on each page (pt): its widest line there


def fold_subrow_names(rows: Sequence[Row]) -> list[Row]:
    """The rows, each name (first column) whose last line is full taking the name of the row
    below into it when that row is a sub-row the table leaves unnamed elsewhere (_unnamed_kinds)
    and the line below runs on from it (_runs_on); else as given."""
    width, column = _name_widths(rows), _header_widths(rows)
    at_leading = _at_name_leading(rows)

    def runs_on(above: Block, below: Block) -> bool:
        return _runs_on(above, below, width) and at_leading(above[-1], below[0])

    def fills_column(above: Block, below: Block) -> bool:
        return _runs_on(above, below, column) and at_leading(above[-1], below[0])
    unnamed = _unnamed_kinds(rows) | _run_on_kinds(rows, runs_on, MIN_RUN_ON_ROWS)
    # the column's own width, where its header shows it, proves a line full whatever the other names, under
    # sub-rows each stating a kind of value (直近値 / めざす値): the widest name of a column fitted to its
    # names is full by that width too, and rows each naming a department (教育総務課 / 商工観光課) name themselves
    # (corpus seed 705 budget_plan_years in pdf_borderless)
    by_column = {kind for kind in _run_on_kinds(rows, fills_column, 1) - unnamed if _states_kinds(kind)}

    def flush(above: Block, below: Block) -> bool:
        return _flush_below(above[-1], below[0]) and at_leading(above[-1], below[0])
    flushed = _flushed_kinds(rows, flush, runs_on)
    if unnamed or by_column or flushed:
        rows = _joined_names(rows, lambda above, name, row: _kind(row) in unnamed and runs_on(above, name)
                             or _kind(row) in by_column and fills_column(above, name)
                             or _kind(row) in flushed and flush(above, name))
    return fold_overflowing_names(fold_broken_names(rows), width, at_leading)


def fold_overflowing_names(rows: Sequence[Row], width: Widths, at_leading: Callable[[Piece, Piece], bool]) -> list[Row]:
    """The rows, each row of nothing but a first-column line taken into the name above it when that name,
    set at its row's top (its first line level with the row's first cell past it), already runs over
    the unnamed sub-rows under it, and the line goes on flush under its last line at the names'
    leading, within the column (width) and opening no item's number (a heading, (2)地域産業の振興): a
    name longer than its sub-rows (中心市街地の / 歩行者 / 通行量（休日） over 実績値 / 計画, corpus seed 805
    kpi_year_matrix in writer_borderless) runs past the last of them, as a cell set at its top does."""
    out: list[Row] = []
    home: int | None = None  # the output row whose name the rows since run under
    for row in rows:
        name = _name(row)
        if home is not None and name is not None and all(b[0].col == 0 for b in row) and \
                _overflows_into(out[home], len(out) - home - 1, name, width, at_leading):
            out[home] = [(_name(out[home]) or []) + name, *(b for b in out[home] if b[0].col != 0)]
            continue
        if not _holds_figure(row):
            home = None
        elif name is not None:
            home = len(out)
        out.append(list(row))
    return out


def _overflows_into(named: Row, subrows: int, line: Block, width: Widths, at_leading: Callable[[Piece, Piece], bool]) -> bool:
    """True when named's name, at its row's top, runs over two lines or more with subrows unnamed
    sub-rows under it (one or more), and line goes on flush under its last line at the leading,
    within the column's width, opening no item's number."""
    name = _name(named) or []
    last, first = (name[-1], line[0]) if name else (None, None)
    if last is None or first is None or subrows < 1 or len(name) < 2 or opens_numbered_item(_text(line)):
        return False
    tops = [b[0].bbox[1] for b in named if b[0].col != 0]
    at_top = any(abs(top - name[0].bbox[1]) <= LEVEL_TOL_EM * name[0].height for top in tops)
    fits = first.page in width and all(p.bbox[2] - p.bbox[0] <= width[first.page] + FIT_TOL_PT for p in line)
    return at_top and fits and _flush_below(last, first) and at_leading(last, first)


def _header_widths(rows: Sequence[Row]) -> Widths:
    """The first column's width on its header's page, where a header centred in it over names set flush
    left shows it: twice its middle's distance from the names' left edge (KPI over ①観光入込 / 客数, the
    one indicator of its table, corpus seed 825 kpi_year_matrix in writer_borderless). The header's
    lines are the first column's above the first row of figures each level with a line of another
    column (区分; a heading over the names, (1)健康づくりの推進, stands level with none), their middles
    one (within FIT_TOL_PT: 重要業績評価 / 指標（KPI）), as wide as no name's line overreaches."""
    body = next((k for k, row in enumerate(rows) if _holds_figure(row)), len(rows))
    names = [p for row in rows[body:] for b in row if b[0].col == 0 for p in b]
    heads = [p for row in rows[:body] for b in row if b[0].col == 0 for p in b
             if any(o.col != 0 and abs(o.bbox[1] - p.bbox[1]) <= LEVEL_TOL_EM * p.height for c in row for o in c)]
    middles = [(p.bbox[0] + p.bbox[2]) / 2 for p in heads]
    if not names or not heads or len({p.page for p in heads}) > 1 or max(middles) - min(middles) > FIT_TOL_PT:
        return {}
    page = heads[0].page
    width = 2 * (sum(middles) / len(middles) - min(p.bbox[0] for p in names))
    fits = all(p.bbox[2] - p.bbox[0] <= width + FIT_TOL_PT for p in names if p.page == page)
    return {page: width} if fits else {}


def _name_widths(rows: Sequence[Row]) -> Widths:
    """The first column's width on each page: its widest line in a row holding cells past it, else in
    any row. A heading row set across the columns ((1)移住・定住の促進 over 相談員の活 / 動日数 | 最新値,
    corpus seed 845 kpi_year_matrix in writer_borderless) reaches past the names' column."""
    return {**_widest_names(rows), **_widest_names([row for row in rows if any(b[0].col != 0 for b in row)])}


def _widest_names(rows: Sequence[Row]) -> Widths:
    width: Widths = {}
    for p in (p for row in rows for b in row if b[0].col == 0 for p in b):
        width[p.page] = max(width.get(p.page, 0.0), p.bbox[2] - p.bbox[0])
    return width


def _at_name_leading(rows: Sequence[Row]) -> Callable[[Piece, Piece], bool]:
    """Whether a line stands under another no narrower (by more than line_tol) than every gap between
    the lines of one name cell. A name that wraps at one leading runs on at it; a line a
    narrower gap below, where the names show none so narrow, is the next row's (結婚新生活支援事業 over
    商店街活性化事業 at the rows' 1 pt padding, 子ども医療費 / 助成事業（18 歳まで） at 3.8 pt: corpus seed
    826 budget_supplementary in typst_borderless). Without a name of two lines, any gap may be."""
    names = [b for row in rows for b in row if b[0].col == 0]
    leads = [b.bbox[1] - a.bbox[3] for block in names for a, b in zip(block, block[1:]) if a.page == b.page]
    tol = line_tol([p for b in names for p in b]) if names else 0.0

    def at(upper: Piece, lower: Piece) -> bool:
        return not leads or lower.bbox[1] - upper.bbox[3] >= min(leads) - tol
    return at


def fold_broken_names(rows: Sequence[Row]) -> list[Row]:
    """The rows, each sub-row's name that goes on from the name above it (_goes_on) taken into it."""
    mostly = _mostly_unnamed_kinds(rows)
    return _joined_names(rows, lambda above, name, row: bool(_kind(row)) and _goes_on(above, name, _kind(row) in mostly))


def _joined_names(rows: Sequence[Row], joins: Callable[[Block, Block, Row], bool]) -> list[Row]:
    """The rows, each row's name that joins (given the name above, it and its row) taken into the name above."""
    out: list[Row] = []
    for row in rows:
        above, name = (_name(out[-1]) if out else None), _name(row)
        if above is not None and name is not None and joins(above, name, row):
            out[-1] = [above + name, *(b for b in out[-1] if b[0].col != 0)]
            row = [b for b in row if b[0].col != 0]
        out.append(list(row))
    return out


def _mostly_unnamed_kinds(rows: Sequence[Row]) -> set[Kind]:
    """The kinds (_kind, not empty) whose rows of figures go unnamed in more than UNNAMED_SHARE of them."""
    kinds = [_kind(row) for row in rows if _holds_figure(row) and _kind(row)]
    unnamed = [_kind(row) for row in rows if _holds_figure(row) and _kind(row) and _name(row) is None]
    return {kind for kind in set(unnamed) if unnamed.count(kind) > UNNAMED_SHARE * kinds.count(kind)}


def _goes_on(above: Block, below: Block, kind_unnamed: bool) -> bool:
    """True when a sub-row's name is the rest of the name above, though no line shows a wrap (its author
    broke it short of its column: 耕作放棄地面 / 積, 婚姻件数 / （件））: flush with it at the leading
    (_flush_below), and either the rows of its kind go mostly unnamed (their names stand over them)
    or it is a note in brackets alone, a unit or a measure no indicator is named by."""
    return _flush_below(above[-1], below[0]) and (kind_unnamed or _is_note(below))


def _is_note(block: Block | None) -> bool:
    """True for lines holding bracketed groups and nothing else, (件), (1人1日当たり)(g), and no item's number ((2))."""
    text = _text(block) if block else ""
    return bool(bracket_groups(text)) and not without_bracket_groups(text, "").strip() and not opens_numbered_item(text)


def _flush_below(last: Piece, first: Piece) -> bool:
    """True when first stands on last's page, flush with it (within ALIGN_TOL_PT), at most
    WRAP_GAP_MAX_EM of a line's height under it."""
    return (last.page == first.page and abs(last.bbox[0] - first.bbox[0]) <= ALIGN_TOL_PT
            and 0 <= first.bbox[1] - last.bbox[3] <= WRAP_GAP_MAX_EM * last.height)


def _unnamed_kinds(rows: Sequence[Row]) -> set[Kind]:
    """The kinds (_kind, not empty) of the rows of figures with no name."""
    return {_kind(row) for row in rows if _name(row) is None and _holds_figure(row) and _kind(row)}


def _run_on_kinds(rows: Sequence[Row], runs_on: Callable[[Block, Block], bool], min_rows: int) -> set[Kind]:
    """The kinds (_kind, not empty) of min_rows rows of figures or more, each named by a line
    running on (_runs_on) from the name of the row of figures above it, the rows above all of one
    other kind and each row of that kind followed by one of these: the sub-rows of a year matrix
    follow one another in one order (実績値 then 計画), where rows each naming themselves (years down a
    transposed table, each label as wide as the column) do not, nor does a heading set across the
    columns over a name ((1)防災・減災の推進 over 観光入込客数, its line as wide as the widest name's
    column for it reaches past it: corpus seed 786 kpi_progress in writer_borderless). A sub-row's kind
    labels it before its figures (_kind_leads); a grade after them (進捗状況 B | C) rates rows each
    naming itself. A note in brackets alone flush under the name above ((世帯) under ②世帯数) goes on
    from it, full or not (_goes_on)."""
    kinds = [_kind(row) for row in rows]
    # a row of figures first or under a row of none (the header, a heading) opens a name: its kind names nothing from above
    # (ボランティア | 直近値 under （1）地域産業の振興, corpus seed 861 kpi_year_matrix in writer_borderless)
    opening = {_kind(row) for k, row in enumerate(rows) if _holds_figure(row) and (k == 0 or not _holds_figure(rows[k - 1]))}
    named: dict[Kind, list[tuple[Kind, bool]]] = {}
    for above, row in zip(rows, rows[1:]):
        first, name = _name(above), _name(row)
        if name is not None and _holds_figure(row) and _holds_figure(above) and _kind(row) and _kind_leads(row):
            run = first is not None and (runs_on(first, name) or _is_note(name) and _flush_below(first[-1], name[0]))
            named.setdefault(_kind(row), []).append((_kind(above), run))
    return {kind for kind, runs in named.items() if len(runs) >= min_rows and all(run for _, run in runs) and kind not in opening
            and len({above for above, _ in runs}) == 1 and kinds.count(runs[0][0]) == kinds.count(kind) != 0
            and runs[0][0] != kind}


def _flushed_kinds(rows: Sequence[Row], flush: Callable[[Block, Block], bool], runs_on: Callable[[Block, Block], bool]) -> set[Kind]:
    """The kinds (_kind) of sub-rows each named, where named at all, by lines flush under the name above at
    the leading (flush, as _run_on_kinds reads it) that the table shows to be the rest of that name: in
    MIN_RUN_ON_ROWS rows or more a line running on (runs_on) — a word the engine moved down whole may
    leave a line short of its column (空き家バン / ク登録件 over 数（件）, the other three of its kind full:
    corpus seed 577 kpi_year_matrix in writer_borderless) — or each such name closing on its indicator's
    unit where the name above closes on none, as every name standing alone closes on its own
    (_closes_units: 住み続けたいと思う / 中学生の割合（%） beside 世帯数（世帯）, seed 505)."""
    named = _named_pairs(rows)
    return {kind for kind in _run_on_kinds(rows, flush, 1)
            if sum(runs_on(above, name) for above, name in named.get(kind, [])) >= MIN_RUN_ON_ROWS
            or _closes_units(named.get(kind, []), _alone_names(rows, kind))}


def _named_pairs(rows: Sequence[Row]) -> dict[Kind, list[tuple[Block, Block]]]:
    """Each kind's rows of figures named under a named row of figures: (the name above, the row's name)."""
    pairs: dict[Kind, list[tuple[Block, Block]]] = {}
    for above, row in zip(rows, rows[1:]):
        first, name = _name(above), _name(row)
        if first is not None and name is not None and _holds_figure(above) and _holds_figure(row) and _kind(row):
            pairs.setdefault(_kind(row), []).append((first, name))
    return pairs


def _alone_names(rows: Sequence[Row], kind: Kind) -> list[Block]:
    """The names of rows of figures followed by an unnamed row of figures of the kind: names standing alone."""
    return [name for above, row in zip(rows, rows[1:]) if _kind(row) == kind and _holds_figure(row) and _name(row) is None
            and _holds_figure(above) and (name := _name(above)) is not None]


def _closes_units(pairs: Sequence[tuple[Block, Block]], alone: Sequence[Block]) -> bool:
    """True when every name standing alone (one at least) closes on a unit in brackets, and so does each
    lower name of the pairs (one at least), the upper closing on none: the table states each indicator's
    unit at its name's end, and an upper name without one goes on below."""
    return bool(pairs) and bool(alone) and all(_closes_unit(name) for name in alone) and \
        all(_closes_unit(lower) and not _closes_unit(upper) for upper, lower in pairs)


def _closes_unit(name: Block) -> bool:
    """True when the name's text ends in a bracketed group stating a known unit (世帯数（世帯）, 通行量（休日）（人））."""
    text = _text(name)
    groups = bracket_groups(text)
    return bool(groups) and groups[-1].end == len(text) and bracket_unit(groups[-1].content) is not None


def _runs_on(above: Block, below: Block, width: Widths) -> bool:
    """True when below's first line continues above's last: on its page, flush with it (within
    ALIGN_TOL_PT), at most WRAP_GAP_MAX_EM of a line's height under it, and above's last line
    full in its column (as wide as its widest line on the page), or above leaving a bracket open (関係人口（登録 / 者数）: a break
    its author set)."""
    last, first = above[-1], below[0]
    if is_year_cell(_text(above)) and is_year_cell(_text(below)):
        return False  # 2016 over 2017: two years down a transposed table, each a label whole
    full = last.page in width and is_full(last.bbox, first, width[last.page])
    return _flush_below(last, first) and (full or bracket_depth(_text(above)) > 0)


def _text(block: Block) -> str:
    return clean_text("".join(p.text for p in block))


def _name(row: Row) -> Block | None:
    """The row's first-column lines, top to bottom (one cell, though a row's reading kept them apart)."""
    lines = sorted((p for b in row if b[0].col == 0 for p in b), key=lambda p: (p.page, p.bbox[1]))
    return lines or None


def _kind(row: Row) -> Kind:
    """The row's cells past the first holding words and no figure (a mark, ※, is a figure's note;
    a marker, 算定中, stands for one; a unit alone, 冊, is a figure's, or the indicator's)."""
    return tuple(sorted((b[0].col, " ".join(p.text for p in b)) for b in row
                        if b[0].col > 0 and not holds_figure(b) and any(LETTER_RE.search(p.text) for p in b)
                        and not _is_unit(clean_text("".join(p.text for p in b)).replace(" ", ""))))


def _is_unit(text: str) -> bool:
    """True for a unit alone (text without blanks): a known unit of at most BARE_UNIT_MAX_CHARS, as a bare unit
    (facets.bare_unit: 冊, 万人回/年), whose name may hold a digit where a bare unit's may not (t-CO2 in a 単位
    column beside 温室効果ガ / ス排出量, corpus seed 845 kpi_year_matrix in writer_borderless)."""
    unit = normalize_unit(text)
    return len(text) <= BARE_UNIT_MAX_CHARS and unit is not None and is_known_unit(unit)


def _states_kinds(kind: Kind) -> bool:
    """True when each cell of a row's kind (_kind) states a kind of value (facets.kind_of: 直近値, 計画)."""
    return all(kind_of(text) is not None for _, text in kind)


def _kind_leads(row: Row) -> bool:
    """True when the row's kind (_kind) stands in columns before its first figure."""
    return max(col for col, _ in _kind(row)) < min((b[0].col for b in row if b[0].col > 0 and holds_figure(b)), default=0)


def _holds_figure(row: Row) -> bool:
    return any(holds_figure(b) for b in row if b[0].col > 0)
