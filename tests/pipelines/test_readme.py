"""The README's notebook examples run as written and do not double the amounts of samples/."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from typing import Any

import pandas as pd

from tests.conftest import ROOT, SAMPLE_TEXTS, run_pipeline

README = ROOT / "README.md"
SECTION = "## In a notebook"


def notebook_blocks() -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text[text.index(SECTION):]
    section = section[: section.index("\n## ", len(SECTION))]
    return re.findall(r"```python\n(.*?)```", section, flags=re.S)


def run_block(code: str, out: Path) -> dict[str, Any]:
    namespace: dict[str, Any] = {}
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        exec(compile(code.replace('"output', f'"{out}').replace("'output", f"'{out}"), str(README), "exec"), namespace)
    finally:
        os.chdir(cwd)
    return namespace


def test_notebook_examples_count_each_amount_once(tmp_path: Path, pdf_output: Path, text_output: Path) -> None:
    out = tmp_path / "output"
    shutil.copytree(pdf_output, out)
    assert run_pipeline(SAMPLE_TEXTS, out) == 0  # samples/: every document as PDF and as text
    expected = pd.read_parquet(text_output / "budget_values")["amount_yen"].sum()
    api, plain, sql = notebook_blocks()
    ns = run_block(api, out)
    assert ns["once"].budget_values["amount_yen"].sum() == expected
    assert len(ns["data"].documents) == 2 * len(SAMPLE_TEXTS)
    assert not ns["targets"].empty
    assert run_block(plain, out)["budget"]["amount_yen"].sum() == expected
    kpi = pd.read_parquet(text_output / "kpi_values")
    births = kpi[kpi["indicator"].str.contains("出生")]
    sql_block = sql.replace("duckdb.sql(", "result = duckdb.sql(")
    assert len(run_block(sql_block, out)["result"]) == len(births)
