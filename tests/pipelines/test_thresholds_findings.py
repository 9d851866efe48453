"""Thresholds of pipelines.findings held by fixed figures, not figures scaled by the constant (which move
with it): halving or doubling TOTAL_REL_TOL makes a test here fail (benchmarks/pins.py)."""

from __future__ import annotations

import pytest

from pipelines.findings import findings_rows
from tests.pipelines.derived_frames import frames


def _total_rows(total: float, parts: list[float]) -> list[dict]:
    rows = [{"row_label": f"区分{i}", "row_path": ["町", f"区分{i}"], "row_index": i, "col_index": 2,
             "table_index": 13, "value": v} for i, v in enumerate(parts, start=1)]
    return rows + [{"row_label": "合計", "row_path": ["町", "合計"], "row_index": len(parts) + 1,
                    "col_index": 2, "table_index": 13, "value": total}]


@pytest.mark.parametrize(("total", "found"), [
    (136.9, False),  # parts rounded to 0.1 百万円 each: their sum 136.8 is 0.07% short, rounding (halved: a mismatch)
    (137.0, True),  # 0.2 off, more than three parts' roundings (3 × 0.05) make: 0.15%, another figure (doubled: rounding)
])
def test_a_total_may_differ_from_its_parts_by_their_rounding(total: float, found: bool) -> None:
    rows = findings_rows(frames(table_values=_total_rows(total, [12.3, 45.6, 78.9])))
    assert ("total_mismatch" in {r["check"] for r in rows}) is found
