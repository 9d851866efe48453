"""Turn the model and the records into plain rows for the dataset schemas."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from extract.model import Document, Provenance
from extract.records import BudgetValue, Extraction, IndicatorName, KpiValue, ProjectEntry, TableValue

Row = dict[str, Any]
Record = KpiValue | BudgetValue | IndicatorName | ProjectEntry | TableValue


def provenance_row(prov: Provenance) -> Row:
    bbox = prov.bbox or (None, None, None, None)
    return {
        "source_path": prov.source_path, "doc_id": prov.doc_id, "page": prov.page,
        "line": prov.line, "table_index": prov.table_index, "row_index": prov.row,
        "col_index": prov.col, "bbox_x0": bbox[0], "bbox_top": bbox[1],
        "bbox_x1": bbox[2], "bbox_bottom": bbox[3],
    }


def record_row(record: Record) -> Row:
    """Flatten a record: its provenance columns, then its own fields."""
    row = provenance_row(record.prov)
    for f in fields(record):
        if f.name != "prov":
            value = getattr(record, f.name)
            row[f.name] = list(value) if isinstance(value, tuple) else value
    return row


def table_rows(document: Document, extraction: Extraction) -> list[Row]:
    kinds = dict(extraction.table_kinds)
    return [
        provenance_row(t.prov) | {
            "n_rows": t.n_rows, "n_cols": t.n_cols, "engine": t.engine,
            "score": t.score, "kind": kinds.get(t.index, "generic"),
        }
        for t in document.tables
    ]


def cell_rows(document: Document) -> list[Row]:
    return [
        provenance_row(c.prov) | {"text": c.text, "raw": c.raw}
        for t in document.tables for row in t.rows for c in row
    ]


def dataset_rows(document: Document, extraction: Extraction) -> dict[str, list[Row]]:
    """Every dataset's rows for one document, except the documents row itself."""
    return {
        "tables": table_rows(document, extraction),
        "cells": cell_rows(document),
        "indicators": [record_row(r) for r in extraction.indicators],
        "kpi_values": [record_row(r) for r in extraction.kpi_values],
        "budget_values": [record_row(r) for r in extraction.budget_values],
        "table_values": [record_row(r) for r in extraction.table_values],
        "projects": [record_row(r) for r in extraction.projects],
    }
