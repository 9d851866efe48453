"""The review report, opened in a real headless Chromium (Debian's, driven by Playwright).

Under CI=true a missing Chromium or Playwright fails; elsewhere the browser tests skip with
the reason. Never `playwright install`: the distribution's /usr/bin/chromium is used.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from pipelines.api import load
from pipelines.cli import main
from pipelines.report import write_report
from pipelines.report.charts import Point, chart_svg
from pipelines.report.images import CROP_MARGIN_PT, RENDER_SCALE, Crop, Region, render_crops
from tests.conftest import SAMPLE_PDFS

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
INK = 128  # grey level: a pixel darker than this is printed text or a rule


def test_crop_size_follows_scale_and_margin(tmp_path: Path) -> None:
    """A 100 × 50 pt region inside page 2 becomes (100 + 2·6) × 2 by (50 + 2·6) × 2 pixels."""
    target = tmp_path / "crop.png"
    drawn = render_crops(SAMPLE_PDFS[0], [Crop(2, Region(100.0, 100.0, 200.0, 150.0), target)])
    assert drawn[target] == Region(94.0, 94.0, 206.0, 156.0)
    assert Image.open(target).size == (224, 124)
    assert (RENDER_SCALE, CROP_MARGIN_PT) == (2.0, 6.0)


def test_chart_draws_each_kind() -> None:
    svg = chart_svg("出生数", [Point("target", 2021, 587.0), Point("target", 2025, 607.0),
                             Point("actual", 2021, 540.0), Point("baseline", 2019, 549.0)])
    assert svg.count("<circle") == 4 and 'polyline class="target"' in svg and "<script" not in svg


def test_report_of_a_folder_without_datasets_is_a_usage_error(tmp_path: Path) -> None:
    assert main(["report", str(tmp_path)]) == 2


@pytest.fixture(scope="module")
def site(pdf_output: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("site")
    assert main(["report", str(pdf_output), "--site", str(target)]) == 0
    return target


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    reason = None
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        reason = "playwright is not installed (pip install -e '.[test]')"
    if reason is None and not CHROMIUM.exists():
        reason = f"no {CHROMIUM} (apt-get install -y chromium; .ci/run installs it)"
    if reason is not None:
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


IMAGES_LOADED = "Array.from(document.images).filter(i => i.complete && i.naturalWidth > 0).length"
HIGHLIGHTS = """Array.from(document.querySelectorAll('.region')).flatMap(region => {
  const img = region.querySelector('img'); const r = img.getBoundingClientRect();
  return Array.from(region.querySelectorAll('.hl')).map(h => { const b = h.getBoundingClientRect();
    return {src: img.getAttribute('src'), x: b.left - r.left, y: b.top - r.top, w: b.width, h: b.height,
            iw: r.width, ih: r.height}; }); })"""


def has_ink(image: Image.Image, box: dict[str, float]) -> bool:
    """Whether the image holds a dark pixel under the highlight box."""
    area = image.convert("L").crop((int(box["x"]), int(box["y"]), int(box["x"] + box["w"]) + 1,
                                    int(box["y"] + box["h"]) + 1))
    return area.getextrema()[0] < INK


def test_report_in_chromium(site: Path, pdf_output: Path, browser: Any) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    data = load(pdf_output)
    tables_with_boxes = data.cells[data.cells["bbox_x0"].notna()].groupby("doc_id")["table_index"].nunique()
    n_images = n_highlights = inked = 0
    for doc_id, n_tables in tables_with_boxes.items():
        page.goto((site / f"doc-{doc_id}.html").as_uri())
        loaded = page.evaluate(IMAGES_LOADED)
        assert loaded == page.evaluate("document.images.length") >= n_tables  # every table has its image
        boxes = page.evaluate(HIGHLIGHTS)
        for box in boxes:  # each highlight lies on its image
            assert box["x"] >= -1 and box["y"] >= -1 and box["x"] + box["w"] <= box["iw"] + 1
            assert box["y"] + box["h"] <= box["ih"] + 1 and box["w"] > 0 and box["h"] > 0
        images = {src: Image.open(site / src) for src in {b["src"] for b in boxes}}
        inked += sum(has_ink(images[b["src"]], b) for b in boxes)
        n_images, n_highlights = n_images + loaded, n_highlights + len(boxes)
    assert n_images >= 150 and n_highlights >= 1000
    assert inked == n_highlights  # every highlight covers printed text: it sits on a value
    page.goto((site / "charts.html").as_uri())
    charts = page.evaluate("Array.from(document.querySelectorAll('svg.chart')).map(s => "
                           "[s.getBoundingClientRect().width, s.querySelectorAll('circle').length])")
    assert len(charts) >= 100 and all(w > 0 and dots > 0 for w, dots in charts)
    page.goto((site / "findings.html").as_uri())
    assert page.locator("tr").count() == len(data.findings) + 1
    page.goto((site / "index.html").as_uri())
    assert page.locator("a[href^='doc-']").count() == len(data.documents)
    page.close()
