"""Thresholds of extract.pdf.autospace read on both sides of their value: halving or doubling the
constant makes a test here fail (benchmarks/pins.py). Lines are built with test_pdf_autospace's
helpers (IPA PGothic-like advances at 10.5 pt, PDF points)."""

from __future__ import annotations

import pytest

from extract.pdf.autospace import page_autospace
from tests.extract.test_pdf_autospace import glyphs, rows


def _page(bracketed: int) -> list[list[dict[str, object]]]:
    """A page of years bracketed by Japanese letters 0.2 em on both sides (平成 22 年度) and three numbers
    opening cells glued to the name after them 0.4 em on, on one side only (1 ふるさと: a spreadsheet's
    cell joint, no autospace)."""
    glued = [glyphs(f"{k}ふるさと", 0.0, 0.0, 0.4, bottom=200.0 + 20 * k) for k in range(3)]
    return rows(["令和2年度"] * bracketed, 0.2) + glued


@pytest.mark.parametrize(("bracketed", "autospace"), [(2, 0.2), (1, 0.0)])
def test_two_bracketed_runs_prove_the_autospace_over_one_sided_joints(bracketed: int, autospace: float) -> None:
    # MIN_AUTOSPACE_RUNS: two runs spaced alike on both sides prove the page's autospace, whatever joints glue
    # numbers to names on one side (doubled, 4, the page would be read by its transitions, 4 of 7 alike: none);
    # one run proves nothing by itself and the transitions decide (halved, 1, it would prove 0.2)
    assert page_autospace(_page(bracketed)) == pytest.approx(autospace)
