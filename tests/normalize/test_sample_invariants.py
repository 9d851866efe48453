"""Invariants over every cell of the sample tables (samples/text/*.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from normalize import MissingReason, Qualifier, clean_text, parse_quantity, parse_unit, parse_year

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "text"


def sample_cells() -> list[str]:
    cells: set[str] = set()
    for path in sorted(SAMPLES.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if "\t" in line:
                cells.update(c.strip() for c in line.split("\t"))
    return sorted(cells)


CELLS = sample_cells()
REASONS = {r.value for r in MissingReason}
QUALIFIERS = {q.value for q in Qualifier}


def test_samples_are_there() -> None:
    assert len(CELLS) > 1000


@pytest.mark.parametrize("cell", CELLS[::7])
def test_cell_invariants(cell: str) -> None:
    q = parse_quantity(cell)
    assert (q.value is None) == (q.missing_reason is not None)
    assert q.missing_reason is None or q.missing_reason in REASONS
    assert set(q.qualifiers) <= QUALIFIERS
    assert q.raw == cell
    if q.unit is not None:
        assert parse_unit(q.unit) == (q.unit, 1) or q.unit.startswith(("千", "万"))
    assert clean_text(clean_text(cell)) == clean_text(cell)
    year = parse_year(cell)
    if year is not None:
        assert 1868 <= year.start <= year.end <= 2100
