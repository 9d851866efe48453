"""The Python API: extract() and load() give DataFrames with nullable ints, categoricals, strings."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from pipelines.api import Datasets, extract, load
from pipelines.errors import InputNotFoundError, OutputDirError
from pipelines.schemas import DATASETS
from tests.conftest import SAMPLE_TEXTS, run_pipeline

INT_COLUMNS = {"kpi_values": ["page", "line", "table_index", "row_index", "col_index", "fiscal_year", "fiscal_year_end"],
               "budget_values": ["fiscal_year", "amount_yen"], "documents": ["pages", "n_kpi_values"]}
CATEGORY_COLUMNS = {"kpi_values": ["kind", "year_basis"], "budget_values": ["basis"], "documents": ["status"]}
STRING_COLUMNS = {"kpi_values": ["indicator", "unit", "value_text", "source_path"], "documents": ["doc_id"]}


def test_extract_returns_one_frame_per_dataset_with_api_dtypes() -> None:
    data = extract(SAMPLE_TEXTS[0])
    assert isinstance(data, Datasets) and list(data) == list(DATASETS)
    assert len(data.kpi_values) > 100 and len(data.documents) == 1
    for dataset, columns in INT_COLUMNS.items():
        for column in columns:
            assert isinstance(data[dataset][column].dtype, pd.api.extensions.ExtensionDtype), (dataset, column)
            assert data[dataset][column].dtype.kind == "i", (dataset, column)
    for dataset, columns in CATEGORY_COLUMNS.items():
        for column in columns:
            assert isinstance(data[dataset][column].dtype, pd.CategoricalDtype), (dataset, column)
    for dataset, columns in STRING_COLUMNS.items():
        for column in columns:
            assert isinstance(data[dataset][column].dtype, pd.StringDtype), (dataset, column)
    assert set(data.kpi_values["kind"].cat.categories) <= {"baseline", "actual", "target"}
    assert data.report is not None and data.report.results[0].status == "ok"


def test_load_reads_what_the_cli_wrote(text_output: Path) -> None:
    data = load(text_output)
    assert len(data.kpi_values) == pd.read_parquet(text_output / "kpi_values").shape[0]
    assert str(data.kpi_values["fiscal_year"].dtype) == "Int32"
    with pytest.raises(AttributeError, match="kpi_values"):
        _ = data.no_such_dataset


def test_plain_read_parquet_gives_integers_not_floats(text_output: Path) -> None:
    kpi = pd.read_parquet(text_output / "kpi_values")
    assert kpi["fiscal_year"].isna().any()  # nulls present, and still integers
    for column in INT_COLUMNS["kpi_values"]:
        assert kpi[column].dtype.kind == "i", column


def test_without_twins_counts_a_pdf_and_its_text_once(tmp_path: Path, pdf_output: Path, text_output: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(pdf_output, out)
    assert run_pipeline(SAMPLE_TEXTS, out) == 0
    data = load(out)
    once = data.without_twins()
    assert data.budget_values["amount_yen"].sum() == 2 * load(text_output).budget_values["amount_yen"].sum()
    assert once.budget_values["amount_yen"].sum() == load(text_output).budget_values["amount_yen"].sum()
    assert len(once.documents) == len(SAMPLE_TEXTS)


def test_api_errors_name_the_parameter(tmp_path: Path) -> None:
    with pytest.raises(InputNotFoundError, match="no such file"):
        extract(tmp_path / "missing.pdf")
    a_file = tmp_path / "file"
    a_file.write_text("x", encoding="utf-8")
    with pytest.raises(OutputDirError, match="^out= .*is a file"):
        extract(SAMPLE_TEXTS[0], out=a_file)
    with pytest.raises(InputNotFoundError, match="no datasets"):
        load(tmp_path)


def test_extract_with_out_writes_and_skips_on_the_second_call(tmp_path: Path) -> None:
    first = extract(SAMPLE_TEXTS[:2], out=tmp_path / "out")
    second = extract(SAMPLE_TEXTS[:2], out=tmp_path / "out")
    assert second.report is not None and {r.status for r in second.report.results} == {"unchanged"}
    pd.testing.assert_frame_equal(first.kpi_values, second.kpi_values)
