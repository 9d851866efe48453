"""Which gaps after full lines may be a cell's leading, told from the gaps that part rows.

extract.pdf.rows measures the leading at the gaps after lines that read as full (the next line's
first glyph would not have fitted after them). A line may read as full by its width alone: a
complete key as wide as its column, a figure with its year in brackets. A cell's lines stand at one
leading, so where the table shows two such gaps, the table's own evidence tells which is the
padding between rows: a line of text over a value (two cells) stands at the padding, and a line
leaving a bracket open goes on in its cell's next line, at the leading. Gaps are in PDF points.
"""

from __future__ import annotations

from collections.abc import Sequence


def past_padding(wraps: Sequence[float], row_gaps: Sequence[float], tol: float, most: float) -> list[float]:
    """The gaps after full lines that may be the leading: all but those at a gap two rows show
    (row_gaps, within tol) while a wider one, at no such gap and at most `most` (pt: the widest a
    leading may be), remains. A cell's lines stand at one leading, so of two gaps after full lines
    one is the padding between rows, and the one a line of text over a value (a key over its
    figure, two cells) shows is it: an engine padding
    its rows less than it leads a cell's lines (Typst) sets a card's complete key as wide as its
    column (当初値（H28） over 到達目標（R4）) at the padding, its wrapped value (新婚世帯の住居費・引越費用を支
    / 援する) at the leading, 人 over ２，１３７ at the padding again (corpus seed 841 kpi_cards in
    typst_borderless). Where rows are padded more than lines are led, no wrap stands wider than
    the rows' gap, and all stay. A text over a value set solid (at a gap of 0 or less) proves no
    padding: one cell's lines stand so too where an engine leads them solid (a name over its figure
    in one cell, Chromium: its wraps at 0, its rows centred further apart)."""
    padded = [r for r in row_gaps if r > 0]

    def at_rows(gap: float) -> bool:
        return any(abs(max(0.0, gap) - r) <= tol for r in padded)
    wider = [g for g in wraps if not at_rows(g) and g <= most]
    return [g for g in wraps if not (at_rows(g) and any(w > g + tol for w in wider))]


def at_bracket_leading(wraps: Sequence[float], bracketed: Sequence[float], tol: float) -> list[float]:
    """The gaps after full lines that may be the leading: all but those narrower (by more than tol)
    than every wrap a bracket left open proves (bracketed). A line leaving a bracket open goes on in
    its cell's next line whatever its width (7,199（平成 31 年度/令和元年 over 度）, 3.8 pt), and a
    cell's lines stand at one leading: a line full by its width only, its brackets closed, a narrower
    gap above the next (1（2018 年度（平成 30 年度）） over 7,199…, 1 pt: the rows' padding, corpus seed
    875 kpi_baseline_target in typst_borderless), is the end of its row."""
    floor = min(bracketed, default=None)
    return [g for g in wraps if floor is None or g >= floor - tol]
