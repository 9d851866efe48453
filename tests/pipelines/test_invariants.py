"""Invariants of the text samples' datasets: provenance, years, counts, amounts."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from extract.records import YEAR_SOURCES
from tests.conftest import SAMPLE_TEXTS, read_dataset

CELL_KEYS = ["doc_id", "table_index", "row_index", "col_index"]
PLAUSIBLE_YEARS = range(1900, 2101)


def _with_cells(out: Path, dataset: str) -> pd.DataFrame:
    values = read_dataset(out, dataset)
    tabled = values[values["table_index"].notna()]
    cells = read_dataset(out, "cells")[CELL_KEYS + ["raw", "line"]]
    return tabled.merge(cells, on=CELL_KEYS, how="left", suffixes=("", "_cell"))


def test_every_kpi_value_points_at_a_cell_holding_its_raw_text(text_output: Path) -> None:
    merged = _with_cells(text_output, "kpi_values")
    assert len(merged) > 0
    missing = merged[merged["raw"].isna()]
    assert missing.empty, missing[["indicator", "value_text"]].head()
    bad = merged[[vt not in raw for vt, raw in zip(merged["value_text"], merged["raw"])]]
    assert bad.empty, bad[["indicator", "value_text", "raw"]].head()
    assert (merged["line"] == merged["line_cell"]).all()


def test_every_budget_value_points_at_text_holding_its_amount(text_output: Path) -> None:
    merged = _with_cells(text_output, "budget_values")
    bad = merged[[at.replace(" ", "") not in raw.replace(" ", "") for at, raw in zip(merged["amount_text"], merged["raw"])]]
    assert bad.empty, bad[["project", "amount_text", "raw"]].head()


def test_fiscal_years_are_plausible(text_output: Path) -> None:
    for dataset in ("kpi_values", "budget_values"):
        years = read_dataset(text_output, dataset)["fiscal_year"].dropna().astype(int)
        assert years.map(lambda y: y in PLAUSIBLE_YEARS).all(), dataset
        ends = read_dataset(text_output, dataset)[["fiscal_year", "fiscal_year_end"]].dropna()
        assert (ends["fiscal_year"] <= ends["fiscal_year_end"]).all()


def test_every_dated_value_says_where_its_year_was_read(text_output: Path) -> None:
    # issue 7: a column saying where the year came from, on every value of every recognizer
    for dataset in ("kpi_values", "budget_values", "table_values"):
        values = read_dataset(text_output, dataset)
        dated = values["fiscal_year"].notna()
        assert dated.any()
        assert values.loc[dated, "year_source"].isin(YEAR_SOURCES).all(), dataset
        assert values.loc[~dated, "year_source"].isna().all(), dataset


def test_kinds_and_values_are_consistent(text_output: Path) -> None:
    kpis = read_dataset(text_output, "kpi_values")
    assert set(kpis["kind"]) <= {"baseline", "actual", "target"}
    no_value = kpis[kpis["value"].isna()]
    assert no_value["missing_reason"].notna().all(), "a null value always says why"


def test_document_counts_match_the_datasets(text_output: Path) -> None:
    docs = read_dataset(text_output, "documents").set_index("doc_id")
    assert len(docs) == len(SAMPLE_TEXTS)
    assert (docs["status"] == "ok").all()
    for dataset, column in [("kpi_values", "n_kpi_values"), ("budget_values", "n_budget_values"),
                            ("indicators", "n_indicators"), ("projects", "n_projects"),
                            ("tables", "n_tables")]:
        counts = read_dataset(text_output, dataset).groupby("doc_id").size()
        assert counts.reindex(docs.index, fill_value=0).tolist() == docs[column].tolist(), dataset


def test_card_costs_are_thousands_of_yen(text_output: Path) -> None:
    budgets = read_dataset(text_output, "budget_values")
    cards = budgets[budgets["recognizer"] == "kpi_card"].dropna(subset=["amount_yen"])
    assert len(cards) > 0
    parsed = cards["amount_text"].str.replace(",", "").astype(int) * 1000
    assert (parsed == cards["amount_yen"]).all()
