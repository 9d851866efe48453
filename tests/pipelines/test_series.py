"""kpi_series: one row per indicator key and year, names merged by normalize.indicator_key."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipelines.api import load
from pipelines.series import DIRECTION_WORDS, series_rows
from tests.pipelines.derived_frames import frames


def series(kpi: list[dict]) -> pd.DataFrame:
    given = frames(kpi_values=kpi)
    return pd.DataFrame(series_rows(given["kpi_values"], given["documents"]))


def test_two_spellings_are_one_series_side_by_side() -> None:
    rows = series([
        {"indicator": "観光入込客数", "kind": "baseline", "fiscal_year": 2019, "value": 100.0, "table_index": 1},
        {"indicator": "観光客入込数", "kind": "target", "fiscal_year": 2025, "value": 150.0, "doc_id": "B",
         "source_path": "b.txt", "page": 3, "table_index": 4, "row_index": 2, "col_index": 5},
        {"indicator": "観光客入込数", "kind": "actual", "fiscal_year": 2025, "value": 120.0, "doc_id": "B"},
    ])
    assert rows["indicator_key"].nunique() == 1
    assert list(rows["names"].iloc[0]) == ["観光入込客数", "観光客入込数"]
    last = rows[rows["fiscal_year"] == 2025].iloc[0]
    assert (last["actual"], last["target"]) == (120.0, 150.0)
    assert last["achievement"] == 120.0 / 150.0 and not last["achieved"]
    assert (last["target_source_path"], last["target_page"], last["target_table_index"],
            last["target_row_index"], last["target_col_index"]) == ("b.txt", 3, 4, 2, 5)
    assert last["direction"] == "up" and last["direction_source"] == "baseline_to_target"


def test_direction_down_from_baseline_to_target_reverses_achievement() -> None:
    rows = series([
        {"indicator": "CO2排出量", "kind": "baseline", "fiscal_year": 2017, "value": 944.0},
        {"indicator": "ＣＯ２排出量", "kind": "target", "fiscal_year": 2025, "value": 848.0},
        {"indicator": "CO2排出量", "kind": "actual", "fiscal_year": 2025, "value": 800.0},
    ])
    last = rows[rows["fiscal_year"] == 2025].iloc[0]
    assert last["direction"] == "down" and last["achieved"]


def test_stated_direction_wins_over_the_trend() -> None:
    rows = series([
        {"indicator": "ごみ排出量", "kind": "baseline", "fiscal_year": 2019, "value": 10.0, "context": "ごみの削減"},
        {"indicator": "ごみ排出量", "kind": "target", "fiscal_year": 2025, "value": 12.0, "context": "ごみの削減"},
    ])
    assert set(rows["direction"]) == {"down"} and set(rows["direction_source"]) == {"stated"}
    assert DIRECTION_WORDS["削減"] == "down"


def test_actual_without_its_years_target_is_measured_against_the_final_target() -> None:
    rows = series([
        {"indicator": "会員数", "kind": "actual", "fiscal_year": 2021, "value": 90.0},
        {"indicator": "会員数(累計)", "kind": "target", "fiscal_year": 2025, "value": 100.0,
         "qualifiers": ["cumulative"]},
    ])
    first = rows[rows["fiscal_year"] == 2021].iloc[0]
    assert first["achievement"] == 0.9 and bool(first["cumulative"])


def test_samples_series_merge_names_and_leave_twins_out(text_output: Path) -> None:
    data = load(text_output)
    s = data.kpi_series
    # of the 19 name pairs the samples write two ways, one has values under both spellings
    merged = s[s["names"].map(len) > 1]
    assert {tuple(n) for n in merged["names"]} == {("転出超過者数", "転出超過数")}
    assert merged["baseline_source_path"].notna().any() and merged["target_source_path"].notna().any()
    assert s["baseline_source_path"].dropna().str.startswith("samples/text/").all()
    assert set(s.columns) >= {"baseline", "actual", "target", "achievement", "direction"}
    # kpi_series as written equals kpi_series computed from the frames
    assert len(s) == len(series_rows(data.kpi_values, data.documents))
