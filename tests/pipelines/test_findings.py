"""findings: each check on hand-made rows (thresholds held at their limits) and on the samples."""

from __future__ import annotations

import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from normalize import indicator_key
from pipelines.api import load
from pipelines.findings import (CHECK_ORDER, DERIVED_PARTS, MIN_GLUED_DIGITS, MIN_TOTAL_PARTS, NEIGHBOUR_REACH,
                                TOTAL_REL_TOL, VALUE_REL_TOL, derive, findings_rows, read_findings, summary_lines)
from pipelines.schemas import DERIVED_DATASETS
from tests.pipelines.derived_frames import frames


def checks(**given: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(findings_rows(frames(**given)), columns=["check", "subject", "fiscal_year",
                                                                 "value_a", "value_b", "message",
                                                                 "a_source_path", "b_source_path",
                                                                 "a_table_index", "b_table_index"])


def kpi(value: float, **more: object) -> dict:
    return {"indicator": "観光入込客数", "kind": "target", "fiscal_year": 2025, "value": value} | more


@pytest.mark.parametrize(("b", "found"), [
    (1000.00075, False),  # 0.75 millionths apart: the same value written to more places (halved: a conflict)
    (1000.0015, True),  # 1.5 millionths apart: another value (doubled: the same)
])
def test_conflicting_value_at_its_tolerance(b: float, found: bool) -> None:
    # fixed figures, not figures scaled by VALUE_REL_TOL: those move with it and pin nothing
    got = checks(kpi_values=[kpi(1000.0, table_index=1),
                             kpi(b, indicator="観光客入込数", doc_id="B", source_path="b.txt", table_index=7)])
    hit = got[got["check"] == "conflicting_value"]
    assert (len(hit) == 1) is found
    if found:
        assert (hit["a_source_path"].iloc[0], hit["b_source_path"].iloc[0]) == ("a.txt", "b.txt")


def test_two_readings_of_one_cell_do_not_conflict() -> None:
    got = checks(kpi_values=[kpi(60.0, row_index=4, col_index=3), kpi(12.0, row_index=4, col_index=3)])
    assert "conflicting_value" not in set(got["check"])


def test_final_target_differs_between_tables_of_one_document() -> None:
    got = checks(kpi_values=[kpi(607.0, indicator="出生数", table_index=2),
                             kpi(580.0, indicator="出生数", fiscal_year=2020, table_index=2),
                             kpi(322.0, indicator="出生数", fiscal_year=2020, table_index=16)])
    hit = got[got["check"] == "final_target_differs"]
    assert len(hit) == 1 and (hit["a_table_index"].iloc[0], hit["b_table_index"].iloc[0]) == (2, 16)


def total_rows(total: float, parts: list[float]) -> list[dict]:
    rows = [{"row_label": f"区分{i}", "row_path": ["町", f"区分{i}"], "row_index": i, "col_index": 2,
             "table_index": 13, "value": v} for i, v in enumerate(parts, start=1)]
    return rows + [{"row_label": "合計", "row_path": ["町", "合計"], "row_index": len(parts) + 1,
                    "col_index": 2, "table_index": 13, "value": total}]


@pytest.mark.parametrize(("factor", "found"), [(0.75, False), (1.5, True)])
def test_total_mismatch_at_its_tolerance(factor: float, found: bool) -> None:
    parts = [3000.0, 3000.0, 4000.0]
    got = checks(table_values=total_rows(10000.0 * (1 + factor * TOTAL_REL_TOL), parts))
    assert ("total_mismatch" in set(got["check"])) is found


@pytest.mark.parametrize(("n_parts", "found"), [(MIN_TOTAL_PARTS - 1, False), (MIN_TOTAL_PARTS, True)])
def test_total_needs_enough_parts(n_parts: int, found: bool) -> None:
    got = checks(table_values=total_rows(999.0, [100.0] * n_parts))
    assert ("total_mismatch" in set(got["check"])) is found
    assert MIN_TOTAL_PARTS == 2  # doubled, a 合計 of two rows would go unchecked


def test_percent_totals_are_not_summed() -> None:
    rows = [r | {"unit": "%"} for r in total_rows(5.0, [1.0, 1.0])]
    assert "total_mismatch" not in set(checks(table_values=rows)["check"])


def glued_row(width: int, gap: int = 0) -> list[dict]:
    a, b = 10 ** (width - 1) + 1, 10 ** (width - 1) + 2
    values = [a, b, *([7] * gap), int(f"{a}{b}")]
    return [{"row_label": "事業費", "row_index": 1, "col_index": c, "table_index": 3, "value": float(v),
             "value_text": f"{v:,}"} for c, v in enumerate(values, start=1)]


@pytest.mark.parametrize(("width", "found"), [(3, False), (4, True)])  # MIN_GLUED_DIGITS = 4
def test_glued_amount(width: int, found: bool) -> None:
    got = checks(table_values=glued_row(width))
    assert ("glued_amount" in set(got["check"])) is found
    assert MIN_GLUED_DIGITS == 4


@pytest.mark.parametrize(("gap", "found"), [(0, True), (1, False)])
def test_glued_amounts_are_neighbours(gap: int, found: bool) -> None:
    """The glued parts sit within NEIGHBOUR_REACH cells: two cells away is read, three is not."""
    got = checks(table_values=glued_row(4, gap))
    assert ("glued_amount" in set(got["check"])) is found and NEIGHBOUR_REACH == 2


def test_budget_year_gap_and_spans() -> None:
    rows = [{"project": "事業A", "fiscal_year": y, "amount_yen": 1000, "table_index": 1} for y in (2024, 2025, 2027)]
    rows += [{"project": "事業B", "fiscal_year": 2015, "fiscal_year_end": 2019, "amount_yen": 5, "table_index": 2},
             {"project": "事業B", "fiscal_year": 2020, "amount_yen": 5, "table_index": 2}]
    got = checks(budget_values=rows)
    hit = got[got["check"] == "budget_year_gap"]
    assert list(hit["subject"]) == ["事業A"] and list(hit["fiscal_year"]) == [2026]


def test_budget_year_gap_counts_from_the_latest_end_so_far() -> None:
    spans = [(2015, 2025), (2020, None), (2027, None)]  # 2020 lies inside 2015–2025: the gap is 2026
    rows = [{"project": None, "fiscal_year": y, "fiscal_year_end": e, "amount_yen": 5} for y, e in spans]
    rows += [{"project": "事業D", "fiscal_year": 2015, "fiscal_year_end": 2030, "amount_yen": 5},
             {"project": "事業D", "fiscal_year": 2031, "amount_yen": 5}]
    hit = checks(budget_values=rows)
    assert list(hit["fiscal_year"]) == [2026] and hit["subject"].isna().all()


def test_target_before_the_documents_date() -> None:
    got = checks(kpi_values=[kpi(5.0, kind="baseline", fiscal_year=2023), kpi(9.0, fiscal_year=2021),
                             kpi(9.0, indicator="出生数", fiscal_year=2020, fiscal_year_end=2025)])
    hit = got[got["check"] == "target_before_document"]
    assert list(hit["fiscal_year"]) == [2021]


def test_year_annotation_against_its_header() -> None:
    got = checks(table_values=[
        {"row_label": "受診率", "column_header": "現状値(R1年度)", "fiscal_year": 2018, "fiscal_year_end": 2018,
         "year_source": "cell", "value": 77.1, "value_text": "77.1% （H30年度）", "table_index": 2,
         "row_index": 3, "col_index": 2},
        {"row_label": "受診率", "column_header": "現状値(R1年度)", "fiscal_year": 2019, "fiscal_year_end": 2019,
         "year_source": "cell", "value": 70.0, "value_text": "70%（R1）", "table_index": 2,
         "row_index": 4, "col_index": 2}],
        cells=[{"table_index": 2, "row_index": 0, "col_index": 2, "text": "現状値(R1年度)"}])
    hit = got[got["check"] == "year_annotation"]
    assert len(hit) == 1 and hit["b_table_index"].iloc[0] == 2


def test_samples_findings_are_the_real_inconsistencies(text_output: Path) -> None:
    found = load(text_output).findings
    by = {check: group for check, group in found.groupby("check", observed=True)}
    # 平泉町 2035: 618 + 2,719 + 2,524 = 5,861, the document's 合計 says 5,720 (sample 001, line 476)
    total = by["total_mismatch"]
    assert (total["value_a"].iloc[0], total["value_b"].iloc[0]) == (5720.0, 5861.0)
    # 出生数: 607 by R7 in the KPI matrix, 322 for R2 in the <数値目標> table of sample 000
    assert set(by["final_target_differs"]["subject"]) == {indicator_key("出生数")}
    # 944,000(H29) under 現状値 (R1), 77.1% （H30年度） under 現状値(R1年度) …
    notes = " ".join(by["year_annotation"]["message"])
    assert "944,000(H29)" in notes and "77.1% （H30年度）" in notes
    assert found["a_source_path"].notna().all() and found["b_source_path"].notna().all()


def test_summary_counts_each_check() -> None:
    rows = findings_rows(frames(table_values=total_rows(999.0, [100.0, 100.0])))
    lines = summary_lines(rows)
    assert lines[0] == "findings: 1 total_mismatch" and "a.txt" in lines[1]
    assert summary_lines([]) == ["findings: none"]


def test_every_check_is_computed_by_one_derived_part() -> None:
    computed = [check for _, compute in DERIVED_PARTS.values() for check in compute(frames())]
    assert sorted(computed) == sorted([*CHECK_ORDER, "kpi_series"])


def test_derived_parts_on_a_pool_write_what_one_process_writes(text_output: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(text_output, out)
    with ThreadPoolExecutor(max_workers=2) as pool:  # the parts side by side, finished in any order
        assert derive(out, pool) == read_findings(text_output)
    for name in DERIVED_DATASETS:
        assert pq.read_table(out / name).equals(pq.read_table(text_output / name)), name


def _finals_by_sort_values(values: pd.DataFrame) -> list[dict]:
    """final_targets_differ as it ran before it read the finals off arrays: a groupby and a
    sort_values per table (the reference for ties)."""
    from pipelines.findings import _per_group, differ, finding

    keys = ["doc_id", "indicator_key", "unit"]
    targets = values[(values["kind"] == "target") & values["fiscal_year"].notna()]
    targets = targets[_per_group(targets, keys, "table_index", "nunique") > 1]
    out = []
    for (_, key, _), group in targets.groupby(keys, sort=True):
        finals = [t.sort_values("fiscal_year").iloc[-1] for _, t in group.groupby("table_index", sort=True)]
        out += [finding("final_target_differs", key, b["fiscal_year"], finals[0], b, "", finals[0]["value"], b["value"])
                for b in finals[1:] if differ(finals[0]["value"], b["value"], VALUE_REL_TOL)]
    return out


def test_final_targets_read_off_arrays_are_sort_values_finals_with_ties() -> None:
    # tied final years in a table (two targets for R7), tables out of order, two documents and
    # units, more than sixteen rows a table (numpy's quicksort is no insertion sort there)
    from pipelines.findings import final_targets_differ
    from pipelines.series import keyed_values

    import random

    draw = random.Random(7)
    rows = [kpi(float(draw.randrange(100, 130)), indicator=name, fiscal_year=draw.randrange(2020, 2026), table_index=t,
                row_index=i, doc_id=doc, source_path=f"{doc.lower()}.txt", unit=unit)
            for i in range(60) for name in ("出生数", "転入者数") for t in (9, 2, 5)
            for doc, unit in (("A", "人"), ("B", "件")) if (i + t) % 3]
    given = frames(kpi_values=rows)
    values = keyed_values(given["kpi_values"], given["documents"])
    found = [{k: v for k, v in r.items() if k != "message"} for r in final_targets_differ(values)]
    expected = [{k: v for k, v in r.items() if k != "message"} for r in _finals_by_sort_values(values)]
    assert found == expected and len(found) > 4


def test_header_cells_read_off_arrays_are_header_cell() -> None:
    from pipelines.findings import header_cell, header_cells

    cells = frames(cells=[{"table_index": t, "row_index": r, "col_index": c, "text": f"{t}{r}{c}", "doc_id": d}
                          for d in ("A", "B") for t in (1, 2) for r in (3, 0, 1) for c in (0, 1)])["cells"]
    asked = pd.DataFrame([{"doc_id": d, "table_index": t, "col_index": c}
                          for d in ("A", "B", "C") for t in (1, 2, 3) for c in (0, 1, 2)])
    fast = header_cells(cells)
    for _, v in asked.iterrows():
        a, b = fast(v), header_cell(cells, v)
        assert (a is None and b is None) or a.equals(b)
