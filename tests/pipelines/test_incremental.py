"""Identity and incremental runs: a document is its content; the manifest skips, replaces, links."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pandas as pd
import pytest

from pipelines.cli import main
from pipelines.manifest import MANIFEST_NAME, load_manifest
from tests.conftest import ROOT, SAMPLE_PDFS, SAMPLE_TEXTS, run_pipeline



def run_quiet(*args: str | Path) -> int:
    return main(["run", *map(str, args), "-q"])


def n_rows(out: Path, dataset: str) -> int:
    return len(pd.read_parquet(out / dataset))


def test_relative_absolute_and_copied_paths_are_one_document(tmp_path: Path) -> None:
    sample = SAMPLE_TEXTS[0]
    copy = tmp_path / "elsewhere" / sample.name
    copy.parent.mkdir()
    shutil.copy(sample, copy)
    once, twice = tmp_path / "once", tmp_path / "twice"
    assert run_quiet(sample, "--out", once) == 0
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        relative = str(sample.relative_to(ROOT))
        assert run_quiet(relative, sample, copy, "--out", twice) == 0
    finally:
        os.chdir(cwd)
    for dataset in ("kpi_values", "budget_values", "indicators", "cells"):
        assert n_rows(twice, dataset) == n_rows(once, dataset), dataset
    docs = pd.read_parquet(twice / "documents")
    assert len(docs) == 1
    assert sorted(docs.loc[0, "paths"]) == sorted([str(sample.resolve()), str(copy.resolve())])


def test_an_edited_file_replaces_its_own_rows(tmp_path: Path) -> None:
    doc = tmp_path / "plan.txt"
    text = SAMPLE_TEXTS[0].read_text(encoding="utf-8")
    doc.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert run_quiet(doc, "--out", out) == 0
    before = pd.read_parquet(out / "kpi_values")
    edited = text.replace("466", "467", 1)
    doc.write_text(edited, encoding="utf-8")
    assert run_quiet(doc, "--out", out) == 0
    after = pd.read_parquet(out / "kpi_values")
    docs = pd.read_parquet(out / "documents")
    assert len(docs) == 1 and docs.loc[0, "status"] == "ok"
    assert len(after) == len(before) and after["doc_id"].nunique() == 1
    assert set(after["doc_id"]) != set(before["doc_id"])
    assert 467.0 in set(after["value"]) and 466.0 not in set(after["value"])
    assert list(load_manifest(out).entries) == [docs.loc[0, "doc_id"]]


def test_unchanged_files_are_skipped_and_force_reads_them(tmp_path: Path, pdf_output: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    shutil.copytree(pdf_output, out)
    parts = {p: p.stat().st_mtime_ns for p in out.rglob("*.parquet") if p.parent.name != "kpi_series"
             and p.parent.name != "findings"}
    assert run_pipeline(SAMPLE_PDFS, out) == 0
    assert "5 unchanged (skipped)" in capsys.readouterr().err
    # skipped, not read again: no document's part was rewritten (the speed-up is a benchmark
    # figure, benchmarks/bench_pipeline.py, not a timed test)
    assert {p: p.stat().st_mtime_ns for p in parts} == parts
    assert n_rows(out, "kpi_values") == n_rows(pdf_output, "kpi_values")
    assert run_quiet(SAMPLE_TEXTS[0], "--out", out, "--force") == 0
    assert run_quiet(SAMPLE_TEXTS[0], "--out", out, "--force") == 0
    assert "1 ok" in capsys.readouterr().err


def test_a_pdf_and_its_text_export_are_linked_twins(tmp_path: Path, pdf_output: Path,
                                                    text_output: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(pdf_output, out)
    assert run_pipeline(SAMPLE_TEXTS, out) == 0
    docs = pd.read_parquet(out / "documents").set_index("source_path")
    for pdf, text in zip(SAMPLE_PDFS, SAMPLE_TEXTS):
        pdf_row, text_row = docs.loc[str(pdf.relative_to(ROOT))], docs.loc[str(text.relative_to(ROOT))]
        assert pdf_row["twin_of"] == text_row["doc_id"], pdf.name
        assert pd.isna(text_row["twin_of"])
    budget = pd.read_parquet(out / "budget_values")
    counted = budget[~budget["doc_id"].isin(docs["doc_id"][docs["twin_of"].notna()])]
    assert counted["amount_yen"].sum() == pd.read_parquet(text_output / "budget_values")["amount_yen"].sum()


def test_different_documents_are_not_twins(text_output: Path) -> None:
    docs = pd.read_parquet(text_output / "documents")
    assert docs["twin_of"].isna().all()


def test_the_manifest_records_engine_status_and_paths(text_output: Path) -> None:
    data = json.loads((text_output / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert len(data["documents"]) == len(SAMPLE_TEXTS)
    for entry in data["documents"]:
        assert entry["status"] == "ok" and entry["engine"].startswith("sousei-data ")
        assert Path(entry["paths"][0]).is_absolute() and len(entry["doc_id"]) == 16


def test_editing_one_of_two_copies_keeps_the_other(tmp_path: Path) -> None:
    first, second = tmp_path / "a" / "plan.txt", tmp_path / "b" / "plan.txt"
    for copy in (first, second):
        copy.parent.mkdir()
        shutil.copy(SAMPLE_TEXTS[0], copy)
    out = tmp_path / "out"
    assert run_quiet(first, second, "--out", out) == 0
    assert len(pd.read_parquet(out / "documents")) == 1
    first.write_text(SAMPLE_TEXTS[0].read_text(encoding="utf-8").replace("466", "467", 1), encoding="utf-8")
    assert run_quiet(first, "--out", out) == 0
    docs = pd.read_parquet(out / "documents")
    assert sorted(map(list, docs["paths"])) == sorted([[str(first.resolve())], [str(second.resolve())]])
    assert pd.read_parquet(out / "kpi_values")["doc_id"].nunique() == 2
