"""Golden files: each sample's datasets (text and PDF), provenance included, as diffable CSV.

Regenerate with UPDATE_GOLDEN=1 (test_golden_flag_is_off fails while it is set).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import GOLDEN, SAMPLE_PDFS, SAMPLE_TEXTS, UPDATE_GOLDEN, read_dataset

GOLDEN_DATASETS = ("kpi_values", "budget_values", "indicators", "projects")
DROP = ("source_path",)
BBOX = ["bbox_x0", "bbox_top", "bbox_x1", "bbox_bottom"]


def golden_frame(out: Path, dataset: str, sample: Path) -> pd.DataFrame:
    df = read_dataset(out, dataset)
    df = df[df["source_path"].str.endswith(sample.name)].drop(columns=list(DROP))
    df[BBOX] = df[BBOX].round(1)
    if "qualifiers" in df:
        df["qualifiers"] = df["qualifiers"].map(lambda q: "|".join(q) if q is not None else "")
    if "fiscal_years" in df:
        df["fiscal_years"] = df["fiscal_years"].map(lambda q: "|".join(map(str, q)))
    return df.reset_index(drop=True)


def check_golden(out: Path, dataset: str, sample: Path, kind: str) -> None:
    actual = golden_frame(out, dataset, sample).to_csv(index=False)
    path = GOLDEN / kind / sample.stem / f"{dataset}.csv"
    if UPDATE_GOLDEN:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"no golden file {path}; run with UPDATE_GOLDEN=1"
    assert actual == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("dataset", GOLDEN_DATASETS)
@pytest.mark.parametrize("sample", SAMPLE_TEXTS, ids=lambda p: p.stem)
def test_text_sample_matches_golden(text_output: Path, sample: Path, dataset: str) -> None:
    check_golden(text_output, dataset, sample, "text")


@pytest.mark.parametrize("dataset", GOLDEN_DATASETS)
@pytest.mark.parametrize("sample", SAMPLE_PDFS, ids=lambda p: p.stem)
def test_pdf_sample_matches_golden(pdf_output: Path, sample: Path, dataset: str) -> None:
    check_golden(pdf_output, dataset, sample, "pdf")


def test_golden_flag_is_off() -> None:
    assert not UPDATE_GOLDEN, "UPDATE_GOLDEN=1 regenerates golden files; never leave it on"
