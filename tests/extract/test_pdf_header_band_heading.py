"""A section heading under a header band ends the band (extract.pdf.header_spans): 直近年度の値 centred over
R2年度 | R3年度 over their notes, then (1)防災・減災の推進 alone in the first column before the first row of
figures (corpus seed 536 kpi_year_matrix in writer_borderless, dev13 wordings): the group headers still
span their columns."""

from __future__ import annotations

from extract.pdf import header_spans
from extract.pdf.grid import RawCell
from extract.pdf.header_spans import MIN_BAND_ROWS, spread_headers

LINE_PT = 10.5
COLS = [(50.0, 140.0), *((150.0 + 70.0 * k, 210.0 + 70.0 * k) for k in range(6))]


def cell(text: str, x0: float, x1: float, line: int) -> RawCell:
    top = 100.0 + 12.0 * line
    return RawCell(text, (x0, top, x1, top + LINE_PT), 1)


def band_rows(heading: bool) -> list[tuple[RawCell, ...]]:
    def centred(text: str, lo: int, hi: int) -> RawCell:
        middle, half = (COLS[lo][0] + COLS[hi][1]) / 2, 5.0 * len(text)
        return cell(text, middle - half, middle + half, 0)
    empty = [cell("", a, b, 0) for a, b in COLS]
    group = [cell("KPI・成果指標", 50.0, 120.0, 0), centred("現状", 1, 1), centred("直近年度の値", 2, 3), empty[3], empty[4],
             centred("到達目標", 4, 6), empty[6]]
    years = [cell("", 50.0, 140.0, 1), *(cell(f"R{k + 1}年度", a + 5, b - 5, 1) for k, (a, b) in enumerate(COLS[1:]))]
    notes = [cell("", 50.0, 140.0, 2), *(cell(f"（{2019 + k}年度末）", a, b, 2) for k, (a, b) in enumerate(COLS[1:]))]
    rows = [tuple(group), tuple(years), tuple(notes)]
    if heading:
        rows.append((cell("（1）防災・減災の推進", 50.0, 150.0, 3), *(cell("", a, b, 3) for a, b in COLS[1:])))
    rows.append((cell("宿泊者数", 50.0, 100.0, 4), *(cell(f"{493 + k}", b - 20, b, 4) for k, (a, b) in enumerate(COLS[1:]))))
    return rows


def spans(rows: list[tuple[RawCell, ...]]) -> dict[str, tuple[int, int]]:
    return {c.raw: (k, k + c.col_span - 1) for k, c in enumerate(spread_headers(rows, COLS)[0]) if c.raw.strip()}


def test_group_headers_span_their_columns_over_a_band_of_three_rows() -> None:
    assert spans(band_rows(heading=False))["直近年度の値"] == (2, 3)


def test_a_section_heading_under_the_band_ends_it() -> None:
    assert spans(band_rows(heading=True)) == {"KPI・成果指標": (0, 0), "現状": (1, 1), "直近年度の値": (2, 3), "到達目標": (4, 6)}


def test_the_band_rows_a_heading_ends_are_pinned(monkeypatch) -> None:
    # the heading stands under three header rows; were four needed before it, the band would run past the
    # rows MAX_HEADER_ROWS reads and no group header would span its columns
    assert MIN_BAND_ROWS == 2
    monkeypatch.setattr(header_spans, "MIN_BAND_ROWS", MIN_BAND_ROWS * 2)
    assert spans(band_rows(heading=True))["直近年度の値"] == (2, 2)
