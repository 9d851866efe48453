"""Page regions as PNG images (pypdfium2, the report's one rendering engine adapter).

Coordinates are PDF points with a top-left origin, as in the datasets' bbox columns; an
image is the region grown by CROP_MARGIN_PT on each side, at RENDER_SCALE pixels per point.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipelines.errors import PipelineError

RENDER_SCALE = 2.0  # px per pt: 144 dpi, small digits stay legible
CROP_MARGIN_PT = 6.0  # pt around a table's region, so a value on its edge is not cut


class RenderError(PipelineError, OSError):
    """A PDF page could not be rendered for the report."""

    def __init__(self, path: str, page: int, reason: str) -> None:
        self.path, self.page, self.reason = path, page, reason
        super().__init__(f"{path}: page {page}: cannot render for the report ({reason})")


@dataclass(frozen=True, slots=True)
class Region:
    """A rectangle on a page in pt, top-left origin: x0, top, x1, bottom."""

    x0: float
    top: float
    x1: float
    bottom: float

    def grown(self, margin: float, width: float, height: float) -> Region:
        """The region grown by margin pt on each side, kept on a page of width × height pt."""
        return Region(max(0.0, self.x0 - margin), max(0.0, self.top - margin),
                      min(width, self.x1 + margin), min(height, self.bottom + margin))

    def to_pixels(self, scale: float) -> tuple[int, int, int, int]:
        """The region as a pixel box (left, top, right, bottom) at scale px per pt."""
        return (round(self.x0 * scale), round(self.top * scale), round(self.x1 * scale), round(self.bottom * scale))


def union(regions: list[Region]) -> Region:
    """The smallest region holding every one given."""
    return Region(min(r.x0 for r in regions), min(r.top for r in regions),
                  max(r.x1 for r in regions), max(r.bottom for r in regions))


@dataclass(frozen=True, slots=True)
class Crop:
    """One image to make: a 1-based page's region, written to target."""

    page: int
    region: Region
    target: Path


def render_crops(pdf: Path, crops: list[Crop]) -> dict[Path, Region]:
    """Render each crop (grown by the margin) to its PNG, each page once; return target → region drawn."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(str(pdf))
    except (pdfium.PdfiumError, OSError) as exc:
        raise RenderError(str(pdf), 0, str(exc)) from None
    drawn: dict[Path, Region] = {}
    try:
        for page in sorted({c.page for c in crops}):
            drawn |= _render_page(document, pdf, page, [c for c in crops if c.page == page])
    finally:
        document.close()
    return drawn


def _render_page(document: object, pdf: Path, page: int, crops: list[Crop]) -> dict[Path, Region]:
    """Render one page once and cut every crop of it."""
    try:
        pdf_page = document[page - 1]  # type: ignore[index]
    except IndexError:
        raise RenderError(str(pdf), page, "no such page") from None
    width, height = pdf_page.get_size()
    image = pdf_page.render(scale=RENDER_SCALE).to_pil()
    drawn = {}
    for crop in crops:
        region = crop.region.grown(CROP_MARGIN_PT, width, height)
        crop.target.parent.mkdir(parents=True, exist_ok=True)
        image.crop(region.to_pixels(RENDER_SCALE)).save(crop.target)
        drawn[crop.target] = region
    return drawn
