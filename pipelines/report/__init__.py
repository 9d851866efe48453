"""The review report: a static HTML site for an output folder (python -m pipelines report OUT).

    index.html      documents with their issues, links to each document, findings, charts
    doc-<id>.html   each table beside the image of its page region, every value highlighted
                    at its bbox and listed with normalized value, year, kind and unit
    findings.html   every finding with both sides' provenance, linked to the tables
    charts.html     per KPI key, a small target-vs-actual chart (inline SVG)
    img/            the PNG crops (pypdfium2)

No script and no network: it opens from the file system. Every document is shown, twins
too (a PDF twin has the images its text export cannot).
"""

from __future__ import annotations

from pathlib import Path

from pipelines.report.site import write_report

__all__ = ["write_report"]
