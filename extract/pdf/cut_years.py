"""An era year an engine cut inside its digits (H2 over 9（2017）).

A header naming its year in both forms, H29（2017）, is one run of letters and digits no line break
rule parts; in a column too narrow for it an engine breaks it anywhere (LibreOffice Writer's
emergency break), and its rest, 9（2017）, reads as a figure dated 2017 on a line of its own: a row
of figures where the header's year lines stand level. The bracketed western year tells the rest
from a figure: read on from the line above it, the era year agrees with it (normalize.years.
completes_cut_era_year).

Coordinates are PDF points, top-left origin.
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.pdf.pieces import WRAP_GAP_MAX_EM, Piece, by_column
from normalize.years import completes_cut_era_year


def cut_year_rests(pieces: Sequence[Piece]) -> frozenset[int]:
    """The lines (by id) that go on the era year the line right above them in their column ends
    with (within WRAP_GAP_MAX_EM of a line under it, on one page)."""
    return frozenset(id(b) for col in by_column(pieces).values() for a, b in zip(col, col[1:])
                     if a.page == b.page and 0 <= b.bbox[1] - a.bbox[3] <= WRAP_GAP_MAX_EM * b.height
                     and completes_cut_era_year(a.text, b.text))
