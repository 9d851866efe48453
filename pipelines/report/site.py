"""Build the review site's pages from an output folder's datasets."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

import pandas as pd

from pipelines.report.charts import Point, chart_svg
from pipelines.report.images import RENDER_SCALE, Crop, Region, RenderError, render_crops, union
from pipelines.series import to_records
from pipelines.writer import atomic_write_text

Record = dict[str, Any]
STYLE = """
body{font-family:sans-serif;margin:1em 2em;color:#222} table{border-collapse:collapse;font-size:12px}
td,th{border:1px solid #ccc;padding:2px 4px;vertical-align:top} .pair{display:flex;gap:1em;align-items:flex-start;
flex-wrap:wrap;margin-bottom:1em} .region{position:relative;border:1px solid #999;flex:none}
.region img{display:block} .hl{position:absolute;border:2px solid #e8590c;background:rgba(255,212,59,.25);
box-sizing:border-box} .hl:target,.hl:hover{background:rgba(255,146,43,.5)} td.val{background:#fff3bf}
.chart-card{display:inline-block;margin:0 1em 1em 0;width:270px;vertical-align:top;font-size:12px}
nav a{margin-right:1em}
"""
BBOX = ("bbox_x0", "bbox_top", "bbox_x1", "bbox_bottom")


@dataclass(frozen=True, slots=True)
class Shown:
    """One extracted value as the report lists and highlights it."""

    dataset: str
    label: str
    value_text: str
    value: float | None
    unit: str | None
    year: int | None
    kind: str | None
    table_index: int | None
    page: int | None
    row: int | None
    col: int | None
    bbox: Region | None


def region_of(r: Record) -> Region | None:
    """The record's bbox as a Region, None when it has none."""
    box = [r.get(c) for c in BBOX]
    return None if any(b is None for b in box) else Region(*(float(b) for b in box))  # type: ignore[arg-type]


def shown(dataset: str, r: Record, label: str, value: Any, unit: Any, kind: Any, text: str) -> Shown:
    """A Shown value from a dataset record."""
    return Shown(dataset, str(label or ""), str(text or ""), None if value is None else float(value),
                 unit, r.get("fiscal_year"), kind, r.get("table_index"), r.get("page"),
                 r.get("row_index"), r.get("col_index"), region_of(r))


def document_values(data: dict[str, pd.DataFrame], doc_id: str) -> list[Shown]:
    """Every value of one document: KPI and 事業費 values first, then the other table numbers."""
    def rows(name: str) -> list[Record]:
        frame = data[name]
        return to_records(frame[frame["doc_id"] == doc_id])

    found = [shown("kpi_values", r, r["indicator"], r["value"], r["unit"], r["kind"], r["value_text"])
             for r in rows("kpi_values")]
    found += [shown("budget_values", r, r["project"], r["amount_yen"], "円", r["basis"] or "budget",
                    r["amount_text"]) for r in rows("budget_values")]
    found += [shown("table_values", r, r["row_label"], r["value"], r["unit"], r["kind"], r["value_text"])
              for r in rows("table_values")]
    seen: set[tuple[Any, ...]] = set()
    unique = []
    for v in found:
        key = (v.table_index, v.page, v.row, v.col, v.value_text, v.bbox)
        if key not in seen:
            seen.add(key)
            unique.append(v)
    return unique


def page_html(title: str, body: str) -> str:
    """A whole page: title, the shared style, the navigation, the body."""
    nav = '<nav><a href="index.html">documents</a><a href="findings.html">findings</a><a href="charts.html">charts</a></nav>'
    return (f'<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f"<style>{STYLE}</style></head><body>{nav}<h1>{escape(title)}</h1>{body}</body></html>")


def table_html(head: list[str], rows: Iterable[list[str]], cls: str = "") -> str:
    """An HTML table from already-escaped cell strings."""
    header = "".join(f"<th>{h}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table class="{cls}"><tr>{header}</tr>{body}</table>'


def value_id(v: Shown, i: int) -> str:
    return f"v{v.table_index}-{i}"


def values_table(values: list[tuple[int, Shown]]) -> str:
    """The list of a table's values: label, as written, normalized value, year, kind, unit."""
    rows = [[f'<a id="{value_id(v, i)}-row"></a>{escape(v.label)}', escape(v.value_text),
             "" if v.value is None else f"{v.value:g}", "" if v.year is None else str(v.year),
             escape(str(v.kind or "")), escape(str(v.unit or "")), v.dataset] for i, v in values]
    return table_html(["label", "as written", "value", "year", "kind", "unit", "dataset"], rows, "values")


def cells_grid(cells: list[Record], highlighted: set[tuple[int, int]]) -> str:
    """The extracted table as a grid of its cell texts; cells holding a value are shaded."""
    if not cells:
        return ""
    n_rows = max(c["row_index"] for c in cells) + 1
    n_cols = max(c["col_index"] for c in cells) + 1
    grid = [[""] * n_cols for _ in range(n_rows)]
    for c in cells:
        mark = ' class="val"' if (c["row_index"], c["col_index"]) in highlighted else ""
        grid[c["row_index"]][c["col_index"]] = f"<td{mark}>{escape(str(c['text'] or ''))}</td>"
    rows = "".join("<tr>" + "".join(cell or "<td></td>" for cell in row) + "</tr>" for row in grid)
    return f'<table class="grid">{rows}</table>'


def highlights(values: list[tuple[int, Shown]], drawn: Region) -> str:
    """The boxes over the image, one per value with a bbox, in image pixels."""
    boxes = []
    for i, v in values:
        if v.bbox is None:
            continue
        left, top = (v.bbox.x0 - drawn.x0) * RENDER_SCALE, (v.bbox.top - drawn.top) * RENDER_SCALE
        width, height = (v.bbox.x1 - v.bbox.x0) * RENDER_SCALE, (v.bbox.bottom - v.bbox.top) * RENDER_SCALE
        title = escape(f"{v.label}: {v.value_text} → {v.value} {v.unit or ''} {v.year or ''} {v.kind or ''}")
        boxes.append(f'<a class="hl" id="{value_id(v, i)}" href="#{value_id(v, i)}-row" title="{title}" '
                     f'style="left:{left:.1f}px;top:{top:.1f}px;width:{width:.1f}px;height:{height:.1f}px"></a>')
    return "".join(boxes)


def region_html(image: str, drawn: Region, values: list[tuple[int, Shown]]) -> str:
    """The page region's image with its values' highlight boxes over it."""
    width, height = (round((drawn.x1 - drawn.x0) * RENDER_SCALE), round((drawn.bottom - drawn.top) * RENDER_SCALE))
    return (f'<div class="region" style="width:{width}px;height:{height}px">'
            f'<img src="{escape(image)}" width="{width}" height="{height}" alt="page region">'
            f"{highlights(values, drawn)}</div>")


def pdf_path(doc: Record) -> Path | None:
    """The PDF a document was read from, if it is a PDF still on disk."""
    if doc.get("format") != "pdf":
        return None
    for candidate in [*(doc.get("paths") or []), doc["source_path"]]:
        if Path(candidate).is_file():
            return Path(candidate)
    return None


def table_crops(doc: Record, cells: list[Record], values: list[Shown], img_dir: Path) -> list[Crop]:
    """One crop per (table, page): the union of its cells' and values' boxes on that page."""
    boxes: dict[tuple[int, int], list[Region]] = {}
    for item in [*((c["table_index"], c["page"], region_of(c)) for c in cells),
                 *((v.table_index, v.page, v.bbox) for v in values)]:
        if None not in item:
            boxes.setdefault((item[0], item[1]), []).append(item[2])  # type: ignore[arg-type]
    return [Crop(page, union(regions), img_dir / f"{doc['doc_id']}-t{table}-p{page}.png")
            for (table, page), regions in sorted(boxes.items())]


def document_page(doc: Record, tables: list[Record], cells: list[Record], values: list[Shown],
                  site: Path) -> tuple[str, int]:
    """The document's page and how many images it shows."""
    pdf = pdf_path(doc)
    crops = table_crops(doc, cells, values, site / "img") if pdf else []
    drawn = render_crops(pdf, crops) if pdf and crops else {}
    sections = []
    for t in tables:
        index = t["table_index"]
        mine = [(i, v) for i, v in enumerate(values) if v.table_index == index]
        mine_cells = [c for c in cells if c["table_index"] == index]
        images = "".join(region_html(f"img/{c.target.name}", drawn[c.target],
                                     [(i, v) for i, v in mine if v.page == c.page])
                         for c in crops if c.target.name.startswith(f"{doc['doc_id']}-t{index}-"))
        grid = cells_grid(mine_cells, {(v.row, v.col) for _, v in mine if v.row is not None and v.col is not None})
        head = f"table {index}" + (f", page {t['page']}" if t.get("page") else "") + f" ({t.get('kind')}, {t.get('engine')})"
        sections.append(f'<section id="t{index}"><h2>{escape(head)}</h2><div class="pair">{images}{grid}</div>'
                        f"{values_table(mine) if mine else ''}</section>")
    issues = "".join(f"<li>{escape(i)}</li>" for i in doc.get("issues") or [])
    body = (f"<p>{escape(doc['source_path'])} · {doc.get('format')} · {doc.get('status')}</p>"
            f"<h2>issues</h2><ul>{issues or '<li>none</li>'}</ul>" + "".join(sections))
    return page_html(Path(doc["source_path"]).name, body), len(crops)


def doc_page_name(doc_id: str) -> str:
    return f"doc-{doc_id}.html"


def cite(f: Record, side: str) -> str:
    """A finding's side as a link to its table: path p.page t.table r.row c.col."""
    doc = f.get(f"{side}_doc_id")
    if doc is None:
        return "-"
    text = " ".join([str(f[f"{side}_source_path"])] + [f"{m}{f[f'{side}_{c}']}" for c, m in (
        ("page", "p"), ("line", "l"), ("table_index", "t"), ("row_index", "r"), ("col_index", "c"))
        if f.get(f"{side}_{c}") is not None])
    return f'<a href="{doc_page_name(doc)}#t{f.get(f"{side}_table_index")}">{escape(text)}</a>'


def findings_page(findings: list[Record]) -> str:
    rows = [[escape(f["check"]), escape(f["message"]), cite(f, "a"), cite(f, "b")] for f in findings]
    return page_html(f"findings ({len(findings)})", table_html(["check", "finding", "side a", "side b"], rows))


def charts_page(series: list[Record]) -> tuple[str, int]:
    """One chart per KPI key (and unit) with dated values; return the page and the number of charts."""
    groups: dict[tuple[str, str], list[Record]] = {}
    for r in series:
        groups.setdefault((r["indicator_key"], r["unit"] or ""), []).append(r)
    cards = []
    for (_key, unit), rows in sorted(groups.items()):
        points = [Point(kind, r["fiscal_year"], r[kind]) for r in rows for kind in ("baseline", "actual", "target")
                  if r["fiscal_year"] is not None and r[kind] is not None]
        if points:
            title = f"{rows[0]['indicator']} ({unit})" if unit else rows[0]["indicator"]
            cards.append(f'<div class="chart-card"><div>{escape(title)}</div>{chart_svg(title, points)}</div>')
    legend = "<p>target: orange · actual: blue · baseline: grey</p>"
    return page_html(f"KPI charts ({len(cards)})", legend + "".join(cards)), len(cards)


def index_page(docs: list[Record], counts: dict[str, int]) -> str:
    rows = [[f'<a href="{doc_page_name(d["doc_id"])}">{escape(d["source_path"])}</a>', str(d.get("format")),
             str(d.get("status")), str(d.get("n_tables")), str(counts.get(d["doc_id"], 0)),
             "<br>".join(escape(i) for i in d.get("issues") or []), "twin of " + d["twin_of"] if d.get("twin_of") else ""]
            for d in docs]
    return page_html("review report", table_html(["document", "format", "status", "tables", "images", "issues", "twin"], rows))


def write_report(out: Path, site: Path) -> Path:
    """Write the site for an output folder; return the path of its index.html."""
    from pipelines.api import load  # the API imports the run machinery; the report only reads

    data = load(out)
    frames = data.frames
    images: dict[str, int] = {}
    for doc in to_records(frames["documents"].sort_values("source_path")):
        images[doc["doc_id"]] = _write_document(frames, doc, site)
    atomic_write_text(site / "findings.html", findings_page(to_records(data.findings)))
    atomic_write_text(site / "charts.html", charts_page(to_records(data.kpi_series))[0])
    return atomic_write_text(site / "index.html", index_page(to_records(frames["documents"].sort_values("source_path")), images))


def _write_document(frames: dict[str, pd.DataFrame], doc: Record, site: Path) -> int:
    """Write one document's page; return its number of images (0 when its PDF cannot be rendered)."""
    def mine(name: str) -> list[Record]:
        frame = frames[name]
        return to_records(frame[frame["doc_id"] == doc["doc_id"]].sort_values(["table_index", "row_index", "col_index"]
                                                                              if name == "cells" else ["table_index"]))

    values = document_values(frames, doc["doc_id"])
    try:
        html, n_images = document_page(doc, mine("tables"), mine("cells"), values, site)
    except RenderError as exc:
        html, n_images = page_html(doc["source_path"], f"<p>{escape(str(exc))}</p>"), 0
    atomic_write_text(site / doc_page_name(doc["doc_id"]), html)
    return n_images
