"""Group headers of a borderless table: which columns a header cell set over sub-headers spans.

A ruled table draws a merged header cell; a table without rules shows the span only by where
the header is set over its sub-headers (centred over them, or flush with the first of them).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from extract.context import is_unit_caption_row
from extract.interpret.cells import eras_taken
from extract.interpret.structure import is_data_value
from normalize.text import nfkc_safe
from extract.pdf.cuts import is_cut_figure
from extract.pdf.grid import ALIGN_TOL_PT, Interval, MAX_HEADER_ROWS, RawCell
from extract.pdf.mirrored_cells import open_run, widened_by_mirrored_cells


SPAN_CENTRE_TOL = 0.25  # a header is centred over columns when its centre is this share of the narrowest one's width from theirs
MIN_FLUSH_HEADS = 2  # a header row is set flush left when at least this many group headers start at their columns
PARTITION_CENTRE_TOL = 0.1  # group headers part the sub-headers by their centres when each is this share of its run's narrowest column's width off the run's centre
MIN_BAND_ROWS = 2  # header rows (a group header over its sub-headers) a section heading under them ends
EDGE_ALIGN_EM = 0.1  # cells of a row whose tops, middles or bottoms lie this share of a line height apart are set level


def _header_count(rows: Sequence[Sequence[RawCell]]) -> int:
    """How many rows the header has: those above the first row holding a data value (not a
    year) past its first column (at most MAX_HEADER_ROWS), or above a row filling its first column
    alone under two header rows or more (a group header over its sub-headers): a section heading
    over the body ((1)防災・減災の推進 under 直近年度の値 over R2年度 | R3年度, corpus seed 536
    kpi_year_matrix in writer_borderless, dev13 wordings)."""
    for r, row in enumerate(rows[:MAX_HEADER_ROWS + 1]):
        texts = [" ".join(c.raw.split()) for c in row]
        if any((is_data_value(t) or is_cut_figure(nfkc_safe(t))) and not era for t, era in list(zip(texts, eras_taken(texts)))[1:]):
            return r  # an era-less year after a year of its era (R5年 | 6年 | 7年) heads a column
        if r >= MIN_BAND_ROWS and texts[0] and not any(texts[1:]):
            return r
    return 1


def centred_span(row: Sequence[RawCell], below: Sequence[RawCell], col: int, cols: Sequence[Interval],
                 rivals: bool = True) -> tuple[int, int]:
    """The columns a header cell spans: the widest run of columns around it, left blank in its
    row, whose sub-headers (the row below) are nearer to it than to any other group header of
    its row (unless not rivals), over which it is centred (within SPAN_CENTRE_TOL of the
    narrowest one's width). cols are the columns' extents: what their cells hold
    (content_extents). A header with nothing below (課名 centred over both header rows) heads
    its own column only."""
    def centre(k: int) -> float:
        return (cols[k][0] + cols[k][1]) / 2

    home = (row[col].bbox[0] + row[col].bbox[2]) / 2
    others = [(c.bbox[0] + c.bbox[2]) / 2 for k, c in enumerate(row)
              if k != col and c.raw.strip() and below[k].raw.strip()]  # other group headers

    def mine(k: int) -> bool:
        return not row[k].raw.strip() and bool(below[k].raw.strip()) and (not rivals or all(
            abs(centre(k) - home) < abs(centre(k) - x) for x in others))

    first, last = col, col
    while first > 0 and mine(first - 1):
        first -= 1
    while last + 1 < len(row) and mine(last + 1):
        last += 1

    spans = [(lo, hi) for lo in range(first, col + 1) for hi in range(col, last + 1)
             if hi > lo and off_centre(row[col], (lo, hi), cols) <= SPAN_CENTRE_TOL]
    return max(spans, key=lambda span: (span[1] - span[0], -off_centre(row[col], span, cols)), default=(col, col))


def off_centre(cell: RawCell, span: tuple[int, int], cols: Sequence[Interval]) -> float:
    """How far a header's centre lies from the centre of a run of columns, in widths of the run's narrowest."""
    lo, hi = span
    narrowest = min(cols[k][1] - cols[k][0] for k in range(lo, hi + 1))
    return abs((cols[lo][0] + cols[hi][1]) / 2 - _centre(cell.bbox)) / narrowest


def content_extents(rows: Sequence[Sequence[RawCell]], cols: Sequence[Interval]) -> list[Interval]:
    """Each column's x-extent as its cells in rows fill it (a wide 635,710千円 widens a column of
    right-aligned numbers to the left, where the column's box begins), else as found. A row
    filling one cell (a section heading over the rows, (1)子育て環境の充実) fills no column."""
    out = []
    filled = [row for row in rows if sum(1 for c in row if c.raw.strip()) > 1]
    for k, col in enumerate(cols):
        boxes = [row[k].bbox for row in filled if k < len(row) and row[k].raw.strip() and row[k].col_span == 1]
        out.append((min(b[0] for b in boxes), max(b[2] for b in boxes)) if boxes else col)
    return out


def _head_spans(row: Sequence[RawCell], below: Sequence[RawCell], heads: Sequence[int],
                cols: Sequence[Interval], extents: Sequence[Interval]) -> dict[int, tuple[int, int]]:
    """Each group header's span. In a row set flush left (is_flush_left) each spans the columns
    after it (flush_span). A centred one spans the widest run of columns it is centred over by
    their extents (content_extents), where no other header's widest overlaps it (計画目標値 over
    2023年 … 2019年 beside 基準年度値 over 2018年 alone). Where two would overlap, or the header
    starts at or left of its column's start (its centre says little) and is centred over its
    own column alone, it spans the columns nearer to it than to any other header, over which it
    is centred (centred_span). A header that cannot be flush with its column (_may_be_flush) is
    judged by its centre; so is one that may be, starting where no column's content starts,
    centred over a run of columns by their extents (到達目標 over 2026年 … 2022年, starting in the
    gap before 2024年's figures, beside 実績 over 2021年 alone: corpus seed 15 kpi_year_matrix)."""
    if is_flush_left(row, below, heads, extents):
        return _centred_partition(row, below, heads) or {k: flush_span(row, below, k) for k in heads}
    widest = {k: centred_span(row, below, k, extents, rivals=False) for k in heads}
    if _partitions_subheaders(below, widest) and all(off_centre(row[k], widest[k], extents) <= PARTITION_CENTRE_TOL
                                                     and not _covers_columns(row[k], extents) for k in heads):
        return widest
    # each header centred on its run of sub-headers, the runs parting them, where the content's extents
    # run lopsided (a column of words set flush left among figures set right); a th edge to edge over a
    # run of columns (_covers_columns) spans those whatever run its centre lies on
    if not any(_covers_columns(row[k], extents) for k in heads) and (partition := _centred_partition(row, below, heads)) is not None:
        return partition
    flush = {k for k in heads if _may_be_flush(row[k], k, extents)}
    centred = _set_centred(row, heads, extents) or _starts_inside_content(row, heads, extents)

    def orphans(k: int, span: tuple[int, int]) -> bool:
        """Set flush, the header would leave columns of its centred span before it under no header,
        and it ends where no column's content ends (a flush th filling a run of columns does)."""
        ends = any(abs(row[k].bbox[2] - b) <= ALIGN_TOL_PT for _, b in extents)
        return not ends and any(not any(o[0] <= c <= o[1] for j, o in widest.items() if j != k) for c in range(span[0], k))

    free = {k: span for k, span in widest.items()
            if k not in flush or span[1] > span[0] and (not _starts_a_column(row[k], extents) or centred and
                                                         _exactly_centred(row[k], span, extents) and orphans(k, span))}
    return {k: free[k] if k in free and not any(j != k and o[0] <= free[k][1] and free[k][0] <= o[1] for j, o in free.items())
            else centred_span(row, below, k, cols) for k in heads}


def _partitions_subheaders(below: Sequence[RawCell], spans: dict[int, tuple[int, int]]) -> bool:
    """True when the group headers' widest centred spans part the sub-headers among them: no two
    overlap, together they run unbroken from the first one's first column to the last sub-header,
    and one at least spans several columns. Each sub-header then has one group header and none is
    left under none, which a header read as starting its column (目標値 over R2 … R6, starting by
    chance where R4's figures do, read over R3 … R5 alone, R2 left to 達成値 before it: corpus seed
    754 kpi_year_matrix in typst_borderless) would leave. _head_spans takes the spans so only where
    each header stands within PARTITION_CENTRE_TOL of its run's centre (one flush with a column and
    narrower than it lies off every run's centre by more) and covers no run of columns edge to edge
    (_covers_columns: a th spanning those)."""
    runs = sorted(spans.values())
    if not runs or all(lo == hi for lo, hi in runs) or any(a[1] >= b[0] for a, b in zip(runs, runs[1:])):
        return False
    last = max((k for k, c in enumerate(below) if c.raw.strip()), default=-1)
    return all(a[1] + 1 == b[0] for a, b in zip(runs, runs[1:])) and runs[-1][1] == last


def _covers_columns(cell: RawCell, extents: Sequence[Interval]) -> bool:
    """True when a header starts where a column's content starts and ends where one's ends (within
    ALIGN_TOL_PT): a th spanning just those columns, whatever run its centre also lies on."""
    return _starts_a_column(cell, extents) and any(abs(cell.bbox[2] - b) <= ALIGN_TOL_PT for _, b in extents)


def _centred_partition(row: Sequence[RawCell], below: Sequence[RawCell], heads: Sequence[int]) -> dict[int, tuple[int, int]] | None:
    """The group headers' spans when each is centred, within ALIGN_TOL_PT, on the sub-headers of
    the widest run of columns around it left blank in its row (_sub_centred_span), those runs
    parting the sub-headers from the first header's run to the last sub-header, one or more of
    them wider than a column: the engine centred the row, though each header starts where its
    column's cells start, as a header set flush left would (計画策定時の値 over 2018年度 alone,
    最新の数値 over 2023年度 … 2025年度, 中間目標値 over 2026年度 … 2030年度, each as wide as a
    year's header, corpus seed 535 kpi_year_matrix in pdf_rules, dev wordings; 直近値（実績） over
    2019年度〔令和元年度〕 alone, starting within a point and a half of the figures under it, set
    flush left in their cells, corpus seed 522 in dev4 wordings). Else None: a row set flush left
    leaves a header off the centre of every run it may head, or runs that overlap or leave
    sub-headers under no header."""
    spans = {k: _sub_centred_span(row, below, k) for k in heads}
    if not heads or any(span is None for span in spans.values()):
        return None
    runs = {k: span for k, span in spans.items() if span is not None}
    covered = sorted(c for lo, hi in runs.values() for c in range(lo, hi + 1))
    subs = [k for k in range(covered[0], len(below)) if below[k].raw.strip()]
    whole = covered == list(range(covered[0], covered[-1] + 1)) and covered[-1] == subs[-1]
    return runs if whole and any(hi > lo for lo, hi in runs.values()) else None


def _sub_centred_span(row: Sequence[RawCell], below: Sequence[RawCell], col: int) -> tuple[int, int] | None:
    """The widest run of columns around col, each but col left blank in the row over a sub-header,
    whose sub-headers' extent the header at col is centred on (within ALIGN_TOL_PT), or None."""
    first, last = open_run(row, below, col)
    centre = _centre(row[col].bbox)
    fits = [(lo, hi) for lo in range(first, col + 1) for hi in range(col, last + 1)
            if below[lo].raw.strip() and abs((below[lo].bbox[0] + below[hi].bbox[2]) / 2 - centre) <= ALIGN_TOL_PT]
    return max(fits, key=lambda span: span[1] - span[0], default=None)


def _set_centred(row: Sequence[RawCell], heads: Sequence[int], extents: Sequence[Interval]) -> bool:
    """True when a group header of the row is centred on its own column's content (within
    ALIGN_TOL_PT) and could not be set flush (_may_be_flush): the engine centres the row's headers,
    so one starting where its column's content starts may be centred too, when it is centred on a
    run of columns to the point (_exactly_centred) and, read flush, would leave columns before it
    under no header (計画目標値 over 2024年度 … 2028年度, starting where
    2026年度's content does, beside 策定時 and 達成値 centred over theirs, corpus seed 515
    kpi_year_matrix in chromium_borderless)."""
    return any(not _may_be_flush(row[k], k, extents) and abs(_centre(row[k].bbox) - (extents[k][0] + extents[k][1]) / 2) <= ALIGN_TOL_PT
               for k in heads)


def _starts_inside_content(row: Sequence[RawCell], heads: Sequence[int], extents: Sequence[Interval]) -> bool:
    """True when a group header of the row starts inside a column's content (past its start and
    before its end, by more than ALIGN_TOL_PT): no cell's text set flush left starts there, so the
    engine centres the row's headers (実績値 starting inside H31's figures, centred over H31 | R2,
    beside 目標値（最終年度） centred over R3 … R7 though starting where R4's figures do, corpus seed
    867 kpi_year_matrix in typst_borderless)."""
    return any(a + ALIGN_TOL_PT < row[k].bbox[0] < b - ALIGN_TOL_PT for k in heads for a, b in extents)


def _centre(bbox: tuple[float, float, float, float]) -> float:
    return (bbox[0] + bbox[2]) / 2


def _exactly_centred(cell: RawCell, span: tuple[int, int], extents: Sequence[Interval]) -> bool:
    """True when a header's centre lies within ALIGN_TOL_PT of the centre of its span's content."""
    return abs(_centre(cell.bbox) - (extents[span[0]][0] + extents[span[1]][1]) / 2) <= ALIGN_TOL_PT


def _may_be_flush(cell: RawCell, col: int, extents: Sequence[Interval]) -> bool:
    """True when a header may be set flush left in a cell: it starts where some column's content
    starts (within ALIGN_TOL_PT: a th spanning columns from there), or at or left of its own
    column's content yet right of the column before's (a th over right-aligned numbers; a
    cell's text never starts inside its neighbour's), and is not exactly as wide as its column
    (_fills)."""
    x0 = cell.bbox[0]
    aligned = _starts_a_column(cell, extents)
    padded = x0 <= extents[col][0] + ALIGN_TOL_PT and (col == 0 or x0 > extents[col - 1][1])
    return (aligned or padded) and not _fills(cell, extents[col])


def _starts_a_column(cell: RawCell, extents: Sequence[Interval]) -> bool:
    """True when a header starts where some column's content starts (within ALIGN_TOL_PT)."""
    return any(abs(cell.bbox[0] - a) <= ALIGN_TOL_PT for a, _ in extents)


def _fills(cell: RawCell, extent: Interval) -> bool:
    """True when a header is as wide as its column's content (both edges within ALIGN_TOL_PT):
    set flush or centred, it reads the same over its own column, so its centre decides its span
    (到達目標 over 2025年度 … 2029年度, exactly as wide as 2027年度)."""
    return abs(cell.bbox[0] - extent[0]) <= ALIGN_TOL_PT and abs(cell.bbox[2] - extent[1]) <= ALIGN_TOL_PT


def is_flush_left(row: Sequence[RawCell], below: Sequence[RawCell], heads: Sequence[int], extents: Sequence[Interval]) -> bool:
    """True when a header row is set flush left: every group header, MIN_FLUSH_HEADS or more (one
    alone may be a centred header as wide as its column), starts where its column's content
    starts (within ALIGN_TOL_PT), and the first column holding a sub-header holds one of them,
    so every sub-header left blank above has a header to its left; the first column's label
    header under nothing (指標名, set level with the sub-headers beside it) is the stub's and
    counts no sub-header. A header centred over equal
    columns may be flush with the middle one (目標値 over 2025 | 2024 | 2023), but then the
    first of them has no header to its left. A group header alone is witnessed by the other
    cells of both rows narrower than their columns (財源内訳 beside 増減額, over 国庫・県支出金 |
    地方債 …, an HTML engine's th set left): each flush, where a centred one would start inside."""
    first = next((k for k in range(len(row)) if below[k].raw.strip() and (k > 0 or k in heads)), None)
    if first not in heads or not all(_is_flush(row[k], extents[k]) for k in heads):
        return False
    if len(heads) >= MIN_FLUSH_HEADS:
        return True
    narrow = [(k, c) for line in (row, below) for k, c in enumerate(line) if k not in heads and c.raw.strip() and
              c.col_span == 1 and c.bbox[2] - c.bbox[0] + 2 * ALIGN_TOL_PT < extents[k][1] - extents[k][0]]
    return len(heads) + len(narrow) >= MIN_FLUSH_HEADS and all(_is_flush(c, extents[k]) for k, c in narrow)


def _is_flush(cell: RawCell, extent: Interval) -> bool:
    return abs(cell.bbox[0] - extent[0]) <= ALIGN_TOL_PT


def flush_span(row: Sequence[RawCell], below: Sequence[RawCell], col: int) -> tuple[int, int]:
    """The columns a header of a row set flush left spans: its own and those after it left blank
    in its row over a sub-header, up to the next header (目標値 over 2023年 … 2019年, 達成値 over
    2018年 | 2017年: an HTML th with colspan, left-aligned)."""
    last = col
    while last + 1 < len(row) and not row[last + 1].raw.strip() and below[last + 1].raw.strip():
        last += 1
    return col, last


def _band_starts(rows: Sequence[Sequence[RawCell]]) -> list[int]:
    """Where header bands start: the table's first row, and the first row of each later page
    (the header a table read across a page break repeats; read the same way, it still repeats
    the first), each past the unit caption rows atop it (is_unit_caption_row): a caption the
    layout took into the table heads no column (単位：百万円 | △印は減 over 警戒ライン lifted
    基準年度の実績値 into its row, corpus seed 807 kpi_baseline_target in chromium_borderless)."""
    starts = [0, *(k for k in range(1, len(rows)) if rows[k][0].page != rows[k - 1][0].page)]
    return [_past_caption_rows(rows, s) for s in starts]


def _past_caption_rows(rows: Sequence[Sequence[RawCell]], start: int) -> int:
    k = start
    while k + 1 < len(rows) and rows[k + 1][0].page == rows[start][0].page and is_unit_caption_row([c.raw for c in rows[k]]):
        k += 1
    return k


def _header_pairs(rows: Sequence[Sequence[RawCell]]) -> list[int]:
    """The header rows r read over the row r + 1, in every header band (_band_starts)."""
    return [s + r for s in _band_starts(rows) for r in range(_header_count(rows[s:]) - 1)]


def _is_straddling_row(above: Sequence[RawCell], row: Sequence[RawCell], below: Sequence[RawCell],
                       others: Sequence[Sequence[RawCell]]) -> bool:
    """True when a header row between two others holds only labels set across the band: each
    alone in its column over all the band's rows (others), its middle nearer the middle between
    the group headers above and the sub-headers under them (the columns both rows fill) than to
    either row's own."""
    filled = [k for k, c in enumerate(row) if c.raw.strip()]
    heads = [k for k, c in enumerate(above) if c.raw.strip() and below[k].raw.strip()]
    if not filled or not heads or any(o[k].raw.strip() for o in others for k in filled):
        return False
    upper = sum(_middle(above[k]) for k in heads) / len(heads)
    lower = sum(_middle(below[k]) for k in heads) / len(heads)
    both = (upper + lower) / 2
    return all(abs(_middle(row[k]) - both) < min(abs(_middle(row[k]) - upper), abs(_middle(row[k]) - lower))
               for k in filled)


def fold_band_labels(rows: list[tuple[RawCell, ...]]) -> list[tuple[RawCell, ...]]:
    """A header row whose labels are set across the whole band (No. | 課名 | 比較 | 概要 centred on
    a band of three rows, between 特定財源等 above and 国・県 | 町債 | その他 under it, beside tall
    year headers filling the band: corpus seeds 37, 39, 44 budget_main_projects) goes into the
    band's top row, as a ruled table's rowspan cells would read; the group header then lies over
    its sub-headers. Where fold_straddling_rows left such a row (its labels' columns judged by
    the blank cells' boxes), each label is judged by the band: alone in its column, centred."""
    out = list(rows)
    for s in reversed(_band_starts(rows)):
        n = _header_count(out[s:])
        for r in range(s + n - 2, s, -1):
            others = [out[i] for i in range(s, s + n) if i != r]
            if r < s + n - 1 and _is_straddling_row(out[r - 1], out[r], out[r + 1], others):
                top = list(out[s])
                for k, cell in enumerate(out[r]):
                    if cell.raw.strip():
                        top[k] = cell
                out[s] = tuple(top)
                del out[r]
                n -= 1
    return out


def _middle(cell: RawCell) -> float:
    return (cell.bbox[1] + cell.bbox[3]) / 2


def fold_straddling_rows(rows: list[tuple[RawCell, ...]]) -> list[tuple[RawCell, ...]]:
    """A header row holding only labels set between the header rows above and below it, each
    over a column both leave blank (成果指標 centred across 現状値 | 実績 | 計画目標値 over 2015年 …
    2024年, corpus seed 65 kpi_year_matrix in pdf_rules), joins the row above: a rowspan label,
    read on a row of its own, would part the group headers from the sub-headers they span."""
    out = list(rows)
    r = 1
    while r + 1 < min(len(out), _header_count(out)):
        above, row, below = out[r - 1], out[r], out[r + 1]
        filled = [k for k, c in enumerate(row) if c.raw.strip()]
        if filled and all(k < len(above) and k < len(below) and not above[k].raw.strip() and not below[k].raw.strip()
                          and _middle(above[k]) < _middle(row[k]) < _middle(below[k]) for k in filled):
            out[r - 1] = tuple(row[k] if k in filled else c for k, c in enumerate(above))
            del out[r]
        else:
            r += 1
    return out


def lift_straddling_labels(rows: list[tuple[RawCell, ...]]) -> list[tuple[RawCell, ...]]:
    """A header label set across two header rows (No. | 評価指標 | 単位 beside 基準年度値 over
    (2023年度) | …, each centred on the band of both) goes to the upper row, as a ruled table's
    rowspan cell would read: it is no sub-header a group header could span. A label left blank
    above counts as set across both rows when its middle lies nearer the middle between the
    upper row's headers and the sub-headers under them than the sub-headers' own middle (an
    engine centring cells vertically sets a rowspan label half the upper row higher), and it
    is level with no sub-header at its top, middle or bottom (within EDGE_ALIGN_EM of its
    height): a label set at the top of the lower row beside a sub-header of two lines, or a
    sub-header of two lines set at the bottom beside others of one, stays in its row."""
    out = list(rows)
    for r in _header_pairs(rows):
        upper, lower = list(out[r]), list(out[r + 1])
        heads = [k for k, c in enumerate(upper) if c.raw.strip() and lower[k].raw.strip()]
        if not heads:
            continue
        subs = [lower[k] for k in heads]
        sub_mid = sum(_middle(c) for c in subs) / len(subs)
        both_mid = (sum(_middle(upper[k]) for k in heads) / len(heads) + sub_mid) / 2
        for k, cell in enumerate(lower):
            if cell.raw.strip() and not upper[k].raw.strip() and \
                    abs(_middle(cell) - both_mid) < abs(_middle(cell) - sub_mid) and not any(_level(cell, c) for c in subs):
                upper[k], lower[k] = cell, replace(upper[k], raw="", line_bboxes=())
        out[r], out[r + 1] = tuple(upper), tuple(lower)
    return out


def _level(a: RawCell, b: RawCell) -> bool:
    """True when two cells of a row are set level: their tops, middles or bottoms within
    EDGE_ALIGN_EM of a's height (of one line, when its lines are known)."""
    tol = EDGE_ALIGN_EM * _line_height(a)
    return any(abs(x - y) <= tol for x, y in ((a.bbox[1], b.bbox[1]), (_middle(a), _middle(b)), (a.bbox[3], b.bbox[3])))


def _line_height(cell: RawCell) -> float:
    if cell.line_bboxes:
        return min(b[3] - b[1] for b in cell.line_bboxes)
    return cell.bbox[3] - cell.bbox[1]


def rehomed_flush_headers(row: list[RawCell], below: Sequence[RawCell], extents: Sequence[Interval]) -> list[RawCell]:
    """A header starting where the content of a column left of its own starts (within
    ALIGN_TOL_PT), the cells between blank in its row and each over a sub-header, is set flush
    left over that column: wider than it, its centre put it further right (目標値(最終年度) starting
    at R8's figures, its centre over R9: corpus seed 22 kpi_year_matrix html_borderless, where R8
    took 実績 from the left). It moves to the column it starts at."""
    out = list(row)
    for k, cell in enumerate(row):
        if not cell.raw.strip() or cell.col_span != 1:
            continue
        j = next((j for j in range(k) if abs(cell.bbox[0] - extents[j][0]) <= ALIGN_TOL_PT), None)
        if j is None or any(out[i].raw.strip() for i in range(j, k)) or not all(below[i].raw.strip() for i in range(j, k + 1)):
            continue
        out[j] = cell
        out[k] = replace(cell, raw="", line_bboxes=(), bbox=(extents[k][0], cell.bbox[1], extents[k][1], cell.bbox[3]))
    return out


def spread_headers(rows: list[tuple[RawCell, ...]], cols: Sequence[Interval]) -> list[tuple[RawCell, ...]]:
    """A header cell centred over the sub-headers below it spans their columns (目標値 over
    2025 | 2024 | 2023): it moves to the first of them with that col_span, as a ruled table's
    merged cell would read, so no column takes the header of the group before it."""
    out = list(rows)
    for r in _header_pairs(rows):
        below = out[r + 1]
        extents = content_extents(rows[r + 1:], cols)
        row = rehomed_flush_headers(list(out[r]), below, extents)
        heads = [k for k, c in enumerate(row) if c.raw.strip() and below[k].raw.strip()]
        spans = widened_by_mirrored_cells(row, below, _head_spans(row, below, heads, cols, extents), extents)
        for col in heads:
            lo, hi = spans[col]
            if (lo, hi) != (col, col):
                cell = row[col]
                row[col] = replace(cell, raw="", line_bboxes=(), bbox=(cols[col][0], cell.bbox[1], cols[col][1], cell.bbox[3]))
                row[lo] = replace(cell, col_span=hi - lo + 1)
        out[r] = tuple(row)
    return out
