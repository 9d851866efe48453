"""Shared fixtures: the samples run once through the real pipeline per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest

from pipelines.cli import main

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SAMPLE_TEXTS = sorted((SAMPLES / "text").glob("*.txt"))
SAMPLE_PDFS = sorted((SAMPLES / "pdf").glob("*.pdf"))
REALDOCS = ROOT.parent / "shared" / "realdocs" / "pdf"
GOLDEN = ROOT / "tests" / "golden"
UPDATE_GOLDEN = os.environ.get("UPDATE_GOLDEN") == "1"


def run_pipeline(inputs: list[Path], out: Path) -> int:
    """Run the CLI in-process with paths relative to the repository root."""
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        return main(["run", *[str(p.relative_to(ROOT)) for p in inputs], "--out", str(out), "-q"])
    finally:
        os.chdir(cwd)


@pytest.fixture(scope="session")
def text_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("text_out")
    assert run_pipeline(SAMPLE_TEXTS, out) == 0
    return out


@pytest.fixture(scope="session")
def pdf_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pdf_out")
    assert run_pipeline(SAMPLE_PDFS, out) == 0
    return out


def read_dataset(out: Path, name: str) -> pd.DataFrame:
    return pd.read_parquet(out / name)
