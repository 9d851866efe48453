"""Debug images: one PNG per page with the detected tables (blue) and cells (red) drawn."""

from __future__ import annotations

import os

import pdfplumber

from extract.model import Document, Table, TextLine

RESOLUTION_DPI = 72


def write_debug_images(path: str, document: Document, out_dir: str, password: str | None = None) -> list[str]:
    """Given a PDF and its Document, write page-NNN.png files into out_dir; return their paths."""
    os.makedirs(out_dir, exist_ok=True)
    by_page: dict[int, list[Table | TextLine]] = {}
    for block in document.blocks:
        if isinstance(block, Table):
            for on_page in {c.prov.page for row in block.rows for c in row}:
                by_page.setdefault(on_page or 0, []).append(block)
        else:
            by_page.setdefault(block.prov.page or 0, []).append(block)
    written: list[str] = []
    with pdfplumber.open(path, password=password or "") as pdf:
        for page_no in sorted(p for p in by_page if p >= 1):
            page = pdf.pages[page_no - 1]
            image = page.to_image(resolution=RESOLUTION_DPI)
            for block in by_page[page_no]:
                if isinstance(block, Table):
                    cells = [c.prov.bbox for row in block.rows for c in row if c.prov.page == page_no and c.prov.bbox]
                    image.draw_rects(cells, stroke="red", fill=(255, 0, 0, 20), stroke_width=1)
                elif block.prov.bbox:
                    image.draw_rect(block.prov.bbox, stroke="green", fill=(0, 255, 0, 15), stroke_width=1)
            out = os.path.join(out_dir, f"page-{page_no:03d}.png")
            image.save(out)
            written.append(out)
            page.close()
    return written
