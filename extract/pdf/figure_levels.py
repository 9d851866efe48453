"""Where a table's rows of figures stand: the tops of the lines level with figures in several columns.

A row states its figures on one line, whatever the engine's padding, leading or alignment: the lines
where figures of FIGURE_COLUMNS or more columns past the first stand level (figure_tops) are where
rows of figures start, and a figure standing level with a line of another column starts one too (a
sub-row reporting one year: labelled_tops). The row builders (extract.pdf.rows, figure_rows, the
header readers) read a table's header above the first and its body from it.

Coordinates are PDF points, top-left origin.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from extract.pdf.bracket_notes import inside_open_brackets, opens_noted_figure
from extract.pdf.cut_rests import cut_number_rests
from extract.pdf.cut_years import cut_year_rests
from extract.pdf.pieces import VALUE_START_RE, Piece, by_column, continuable, ends_in_separator, is_full, opens_with_digit
from extract.pdf.top_rows import states_figure
from extract.interpret.structure import is_data_value
from normalize.text import nfkc_safe

FIGURE_COLUMNS = 2  # figures standing on one line in this many columns past the first show a row of figures
LEVEL_TOL_EM = 0.1  # a line whose top lies within this share of its height from a top stands on it
INDEX_MARGIN_PT = 1e-6  # pt: LevelIndex widens its window by this so rounding never drops a line standing on a top


def figure_tops(pieces: Sequence[Piece], top_set: Callable[[], bool] = lambda: False) -> list[tuple[int, float]]:
    """The (page, top) of each line where FIGURE_COLUMNS or more columns past the first stand a
    figure (states_figure: a value, or a marker standing for one), top to bottom; no line _no_figures
    names stands one, nor the rest of a number cut over lines (cut_rests.cut_number_rests). A figure
    opening a note it leaves open (23人（延べ over 690日）) stands a row of figures too only where the table's
    own rows show them set at their top (top_set: top_rows.rows_show_top on the leading's reading, asked once and
    only where such a figure stands): set
    centred, a one-line figure of that row stands level with a line of the note below its first (ruled
    tables set by Chromium and WeasyPrint, session 25's merge)."""
    no_figure = _no_figures(pieces) | cut_number_rests(pieces, stands_on)
    shows_top = cache(top_set)
    figures = [p for p in pieces if id(p) not in no_figure and
               (states_figure(p.text) or opens_noted_figure(p.text) and shows_top())]
    return _level_tops(figures)


def _no_figures(pieces: Sequence[Piece]) -> frozenset[int]:
    """The lines (by id) that stand no figure of a row whatever they read: the first column's (the names), the
    rest of an era year cut inside its digits (cut_years.cut_year_rests: H2 over 9（2017）) and a line inside a
    bracket a line above left open (bracket_notes.inside_open_brackets: べ33,110 under 946人（延)."""
    first = min((p.col for p in pieces), default=0)
    return frozenset(id(p) for p in pieces if p.col == first) | cut_year_rests(pieces) | inside_open_brackets(pieces)


def labelled_tops(pieces: Sequence[Piece], tops: Sequence[tuple[int, float]]) -> list[tuple[int, float]]:
    """tops (figure_tops), with the (page, top) of each line where one figure (_is_figure_line, no number cut over lines: _is_uncut)
    stands level (stands_on) with a line of another column, top to bottom: a row of one figure, its
    name or kind beside it (転入者数 | 実績 | … | －, a sub-row reporting one year), starts there as a
    row of figures does (no line _no_figures names). A figure level with nothing may be a cell's next line."""
    no_figure = _no_figures(pieces)
    cols = by_column(pieces)
    widths = {key: max(p.bbox[2] - p.bbox[0] for p in col) for key, col in cols.items()}
    index = LevelIndex.of(pieces)
    out = list(tops)
    levels: dict[int, list[float]] = {}
    for page, top in tops:
        insort(levels.setdefault(page, []), top)
    for col in cols.values():
        for k, p in enumerate(col):
            below = col[k + 1] if k + 1 < len(col) else None
            if id(p) in no_figure or not _is_figure_line(p.text) or _goes_on_below(p, below) or \
                    not _is_uncut(col[k - 1] if k else None, p, below, widths[p.col]) or \
                    _stands_on_any(p, levels.get(p.page, [])):
                continue
            if any(q.col != p.col for q in index.level_with(p.page, p.bbox[1])):
                out.append((p.page, p.bbox[1]))
                insort(levels.setdefault(p.page, []), p.bbox[1])
    return sorted(out)


def _stands_on_any(p: Piece, tops: Sequence[float]) -> bool:
    """True when a line stands on one of a page's tops (ascending): only those within its reach need the test."""
    reach = LEVEL_TOL_EM * p.height + INDEX_MARGIN_PT
    lo, hi = bisect_left(tops, p.bbox[1] - reach), bisect_right(tops, p.bbox[1] + reach)
    return any(stands_on(p, top) for top in tops[lo:hi])


def _goes_on_below(p: Piece, below: Piece | None) -> bool:
    """True when the line under a figure in its column on the same page is no figure: the cell goes on
    (21.6億 over 円 (5年間の平均), a top-set cell beside centred ones), so the figure is no row of its own."""
    return below is not None and below.page == p.page and not _is_figure_line(below.text)


def _is_figure_line(text: str) -> bool:
    """True for a line that is a figure by itself: it opens with a number (2,996, 28※, 1,813千人) or is a
    marker standing for one (－, 未公表); a line of words ending in a number (今後の方向1) is none."""
    return states_figure(text) and (not is_data_value(text) or VALUE_START_RE.match(nfkc_safe(text).replace(" ", "")) is not None)


def _is_uncut(above: Piece | None, p: Piece, below: Piece | None, width: float) -> bool:
    """True when a figure is no number cut over lines: no digits ending in a separator (２， over ７８), no number's rest
    under digits it may go on (９ under ７８, each filling a narrow column), nor digits the line under it
    may go on."""
    return not ends_in_separator(p.text) and not _cut_between(above, p, width) and not _cut_between(p, below, width)


def _cut_between(upper: Piece | None, lower: Piece | None, width: float) -> bool:
    """True when digits on the lower line may go on the upper's number, cut by a wrap at the column's width."""
    return upper is not None and lower is not None and upper.page == lower.page and opens_with_digit(lower.text) \
        and (ends_in_separator(upper.text) or continuable(upper.text) and is_full(upper.bbox, lower, width))


def _level_tops(lines: Sequence[Piece]) -> list[tuple[int, float]]:
    figures = sorted(lines, key=lambda p: (p.page, p.bbox[1]))
    index = LevelIndex.of(figures)
    tops: list[tuple[int, float]] = []
    for p in figures:
        level = index.level_with(p.page, p.bbox[1])
        if len({q.col for q in level}) >= FIGURE_COLUMNS and not any(page == p.page and stands_on(p, top) for page, top in tops):
            tops.append((p.page, p.bbox[1]))
    return tops


@dataclass(frozen=True, slots=True)
class LevelIndex:
    """A table's lines by page, sorted by top, to find the lines standing on a top (stands_on) without
    reading every line: a line stands on a top at most LEVEL_TOL_EM of its height off it, so only the
    lines within that share of the tallest line's height need the test."""

    tops: dict[int, list[float]]  # per page, the lines' tops, ascending
    lines: dict[int, list[Piece]]  # per page, the lines in the order of tops
    reach: float  # pt: LEVEL_TOL_EM of the tallest line's height

    @classmethod
    def of(cls, lines: Sequence[Piece]) -> LevelIndex:
        ordered = sorted(lines, key=lambda p: (p.page, p.bbox[1]))
        by_page: dict[int, list[Piece]] = {}
        for p in ordered:
            by_page.setdefault(p.page, []).append(p)
        reach = LEVEL_TOL_EM * max((p.height for p in lines), default=0.0)
        return cls({page: [p.bbox[1] for p in ps] for page, ps in by_page.items()}, by_page, reach)

    def level_with(self, page: int, top: float) -> list[Piece]:
        """The lines of a page standing on top (stands_on), top to bottom."""
        tops = self.tops.get(page, [])
        window = self.reach + INDEX_MARGIN_PT
        lo, hi = bisect_left(tops, top - window), bisect_right(tops, top + window)
        return [p for p in self.lines[page][lo:hi] if stands_on(p, top)] if hi > lo else []


def stands_on(p: Piece, top: float) -> bool:
    """True when a line's top lies within LEVEL_TOL_EM of its height from a top: it stands on that line."""
    return abs(p.bbox[1] - top) <= LEVEL_TOL_EM * p.height
