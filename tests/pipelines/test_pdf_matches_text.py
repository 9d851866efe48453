"""The PDF renditions of the samples yield the text exports' values; PDF provenance holds."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pandas as pd
import pdfplumber

from tests.conftest import ROOT, read_dataset

KPI_KEY = ["stem", "kind", "fiscal_year", "value", "unit"]
BUDGET_KEY = ["stem", "project", "fiscal_year", "amount_yen"]
NAME_AGREEMENT = 0.98  # the PDF renditions clip a few long names at the cell edge
SAMPLE_EVERY = 7  # the bbox check crops every 7th value: enough to catch a wrong origin


def _keyed(out: Path, dataset: str, key: list[str]) -> Counter[tuple[str, ...]]:
    df = read_dataset(out, dataset)
    df["stem"] = df["source_path"].map(lambda p: Path(p).stem)
    return Counter(tuple(map(str, row)) for row in df[key].itertuples(index=False))


def test_pdf_kpi_values_equal_text_kpi_values(text_output: Path, pdf_output: Path) -> None:
    text, pdf = _keyed(text_output, "kpi_values", KPI_KEY), _keyed(pdf_output, "kpi_values", KPI_KEY)
    only_text, only_pdf = text - pdf, pdf - text
    assert sum(only_text.values()) <= 0.005 * sum(text.values()), only_text
    assert not only_pdf, only_pdf


def test_pdf_budget_values_equal_text_budget_values(text_output: Path, pdf_output: Path) -> None:
    assert _keyed(text_output, "budget_values", BUDGET_KEY) == _keyed(pdf_output, "budget_values", BUDGET_KEY)


def test_pdf_indicator_names_agree_with_text(text_output: Path, pdf_output: Path) -> None:
    key = ["stem", "indicator"]
    text, pdf = _keyed(text_output, "indicators", key), _keyed(pdf_output, "indicators", key)
    assert sum((text & pdf).values()) >= NAME_AGREEMENT * sum(text.values())


def test_every_pdf_value_has_a_page_and_a_box_on_it(pdf_output: Path) -> None:
    kpis = read_dataset(pdf_output, "kpi_values")
    assert kpis["page"].notna().all() and kpis["bbox_x0"].notna().all()
    assert ((kpis["bbox_x0"] < kpis["bbox_x1"]) & (kpis["bbox_top"] < kpis["bbox_bottom"])).all()


def test_the_page_text_inside_each_box_holds_the_raw_value(pdf_output: Path) -> None:
    kpis = read_dataset(pdf_output, "kpi_values").iloc[::SAMPLE_EVERY]
    budgets = read_dataset(pdf_output, "budget_values").iloc[::SAMPLE_EVERY]
    rows = pd.concat([kpis.rename(columns={"value_text": "raw"}), budgets.rename(columns={"amount_text": "raw"})])
    for path, group in rows.groupby("source_path"):
        with pdfplumber.open(ROOT / path) as pdf:
            for row in group.itertuples():
                page = pdf.pages[int(row.page) - 1]
                assert 0 <= row.bbox_x0 and row.bbox_x1 <= page.width + 1 and row.bbox_bottom <= page.height + 1
                box = (row.bbox_x0 - 1, row.bbox_top - 1, row.bbox_x1 + 1, row.bbox_bottom + 1)
                inside = "".join((page.crop(box).extract_text() or "").split())
                assert "".join(str(row.raw).split()) in inside, (path, row.page, row.raw, inside)
