"""Explicit pyarrow schemas of the datasets written under the output folder."""

from __future__ import annotations

import pyarrow as pa

PROVENANCE_FIELDS = [
    pa.field("source_path", pa.string(), nullable=False),
    pa.field("doc_id", pa.string(), nullable=False),
    pa.field("page", pa.int32()),  # 1-based; null for unpaged text
    pa.field("line", pa.int32()),  # 1-based line of a text source
    pa.field("table_index", pa.int32()),  # 0-based, reading order
    pa.field("row_index", pa.int32()),  # 0-based within the table
    pa.field("col_index", pa.int32()),
    pa.field("bbox_x0", pa.float64()),  # PDF points, top-left origin
    pa.field("bbox_top", pa.float64()),
    pa.field("bbox_x1", pa.float64()),
    pa.field("bbox_bottom", pa.float64()),
]

DOCUMENTS = pa.schema([
    pa.field("source_path", pa.string(), nullable=False),
    pa.field("doc_id", pa.string(), nullable=False),
    pa.field("format", pa.string()),
    pa.field("pages", pa.int32()),
    pa.field("encoding", pa.string()),
    pa.field("status", pa.string(), nullable=False),  # ok | partial | failed
    pa.field("error", pa.string()),
    pa.field("error_type", pa.string()),
    pa.field("error_page", pa.int32()),
    pa.field("issues", pa.list_(pa.string())),
    pa.field("n_tables", pa.int32()),
    pa.field("n_cells", pa.int32()),
    pa.field("n_kpi_values", pa.int32()),
    pa.field("n_budget_values", pa.int32()),
    pa.field("n_indicators", pa.int32()),
    pa.field("n_projects", pa.int32()),
    pa.field("seconds", pa.float64()),
    pa.field("paths", pa.list_(pa.string())),  # every absolute path this content was given as
    pa.field("twin_of", pa.string()),  # doc_id of the twin whose rows count (PDF of a text export …)
    pa.field("engine", pa.string()),  # package version + code digest that read it
])

TABLES = pa.schema(PROVENANCE_FIELDS + [
    pa.field("n_rows", pa.int32()),
    pa.field("n_cols", pa.int32()),
    pa.field("engine", pa.string()),
    pa.field("score", pa.float64()),
    pa.field("kind", pa.string()),  # the recognizer that claimed it, or generic
])

CELLS = pa.schema(PROVENANCE_FIELDS + [
    pa.field("text", pa.string()),
    pa.field("raw", pa.string()),
])

INDICATORS = pa.schema(PROVENANCE_FIELDS + [
    pa.field("indicator", pa.string(), nullable=False),
    pa.field("unit", pa.string()),
    pa.field("context", pa.string()),
    pa.field("recognizer", pa.string()),
])

KPI_VALUES = pa.schema(PROVENANCE_FIELDS + [
    pa.field("indicator", pa.string(), nullable=False),
    pa.field("kind", pa.string(), nullable=False),  # baseline | actual | target
    pa.field("fiscal_year", pa.int32()),
    pa.field("fiscal_year_end", pa.int32()),
    pa.field("year_basis", pa.string()),  # fiscal | calendar
    pa.field("value", pa.float64()),  # base units
    pa.field("unit", pa.string()),
    pa.field("scale", pa.float64()),  # factor applied to the written number: 千円 → 1000
    pa.field("value_text", pa.string(), nullable=False),
    pa.field("qualifiers", pa.list_(pa.string())),
    pa.field("missing_reason", pa.string()),
    pa.field("context", pa.string()),
    pa.field("recognizer", pa.string()),
    pa.field("year_source", pa.string()),  # header | row | cell | caption | section | title
])

BUDGET_VALUES = pa.schema(PROVENANCE_FIELDS + [
    pa.field("project", pa.string()),
    pa.field("measure", pa.string()),
    pa.field("fiscal_year", pa.int32()),
    pa.field("fiscal_year_end", pa.int32()),
    pa.field("amount_yen", pa.int64()),
    pa.field("amount_text", pa.string(), nullable=False),
    pa.field("basis", pa.string()),  # budget | plan | settlement | difference
    pa.field("missing_reason", pa.string()),
    pa.field("context", pa.string()),
    pa.field("recognizer", pa.string()),
    pa.field("year_source", pa.string()),  # header | row | cell | caption | section | title
    pa.field("qualifiers", pa.list_(pa.string())),  # year_conflict, stack k/n …
])

TABLE_VALUES = pa.schema(PROVENANCE_FIELDS + [
    pa.field("row_label", pa.string()),
    pa.field("row_path", pa.list_(pa.string())),  # every label of the row, outermost first
    pa.field("column_header", pa.string()),  # header path, levels joined by " / "
    pa.field("kind", pa.string()),  # baseline | actual | target | budget | settlement | plan | difference | ratio
    pa.field("measure", pa.string()),
    pa.field("fiscal_year", pa.int32()),
    pa.field("fiscal_year_end", pa.int32()),
    pa.field("year_basis", pa.string()),
    pa.field("year_source", pa.string()),
    pa.field("value", pa.float64()),
    pa.field("unit", pa.string()),
    pa.field("scale", pa.float64()),
    pa.field("value_text", pa.string(), nullable=False),
    pa.field("qualifiers", pa.list_(pa.string())),
    pa.field("missing_reason", pa.string()),
    pa.field("stack_index", pa.int32()),
    pa.field("stack_size", pa.int32()),
])

PROJECTS = pa.schema(PROVENANCE_FIELDS + [
    pa.field("project", pa.string(), nullable=False),
    pa.field("department", pa.string()),
    pa.field("is_new", pa.bool_()),
    pa.field("fiscal_years", pa.list_(pa.int32())),
    pa.field("summary", pa.string()),
    pa.field("context", pa.string()),
    pa.field("recognizer", pa.string()),
])

DATASETS: dict[str, pa.Schema] = {
    "documents": DOCUMENTS,
    "tables": TABLES,
    "cells": CELLS,
    "indicators": INDICATORS,
    "kpi_values": KPI_VALUES,
    "budget_values": BUDGET_VALUES,
    "table_values": TABLE_VALUES,
    "projects": PROJECTS,
}

# Derived datasets: computed at the end of a run from the datasets above (pipelines.series,
# pipelines.findings), across every document of the output folder; one part each, rewritten whole.
KPI_SOURCE_KINDS = ("baseline", "actual", "target")
KPI_SERIES = pa.schema([
    pa.field("indicator_key", pa.string(), nullable=False),  # normalize.indicator_key
    pa.field("indicator", pa.string(), nullable=False),  # the first name as written
    pa.field("names", pa.list_(pa.string())),  # every name written for this key
    pa.field("unit", pa.string()),
    pa.field("fiscal_year", pa.int32()),  # null: a target stated for the plan's end without a year
    pa.field("baseline", pa.float64()),
    pa.field("actual", pa.float64()),
    pa.field("target", pa.float64()),
    pa.field("n_values", pa.int32()),  # values of every kind read for this key and year
    pa.field("cumulative", pa.bool_()),  # some value is stated as a running total (累計)
    pa.field("direction", pa.string()),  # up | down | null
    pa.field("direction_source", pa.string()),  # stated | baseline_to_target
    pa.field("achievement", pa.float64()),  # actual / target
    pa.field("achieved", pa.bool_()),  # actual reached the target in its direction
] + [pa.field(f"{kind}_{col}", typ) for kind in KPI_SOURCE_KINDS for col, typ in (
    ("source_path", pa.string()), ("doc_id", pa.string()), ("page", pa.int32()), ("line", pa.int32()),
    ("table_index", pa.int32()), ("row_index", pa.int32()), ("col_index", pa.int32()))])

FINDING_SIDES = ("a", "b")
FINDINGS = pa.schema([
    pa.field("check", pa.string(), nullable=False),  # conflicting_value | final_target_differs | …
    pa.field("subject", pa.string()),  # the indicator key, project or row label concerned
    pa.field("fiscal_year", pa.int32()),
    pa.field("value_a", pa.float64()),
    pa.field("value_b", pa.float64()),
    pa.field("message", pa.string(), nullable=False),
] + [pa.field(f"{side}_{col}", typ) for side in FINDING_SIDES for col, typ in (
    ("source_path", pa.string()), ("doc_id", pa.string()), ("page", pa.int32()), ("line", pa.int32()),
    ("table_index", pa.int32()), ("row_index", pa.int32()), ("col_index", pa.int32()))])

DERIVED_DATASETS: dict[str, pa.Schema] = {"kpi_series": KPI_SERIES, "findings": FINDINGS}
