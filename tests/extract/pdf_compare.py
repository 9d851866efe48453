"""Compare PDF-read tables with the tab-separated tables of the matching text export."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from extract.model import Document
from normalize import clean_text

_TAG_RE = re.compile(r"<[^>]+>")
_WS_RE = re.compile(r"\s+")


def squash(text: str) -> str:
    """Cleaned text without any whitespace: the comparison key."""
    return _WS_RE.sub("", clean_text(html.unescape(_TAG_RE.sub(" ", text))))


def export_cells(txt_path: str) -> list[str]:
    """Non-empty cells of the tab-separated rows of a text export."""
    with open(txt_path, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if "\t" in line]
    return [c for row in rows for c in row if squash(c)]


@dataclass(frozen=True)
class Match:
    total: int
    found: int
    numeric_total: int
    numeric_found: int
    missing: tuple[str, ...]

    @property
    def fraction(self) -> float:
        return self.found / self.total if self.total else 1.0

    @property
    def numeric_fraction(self) -> float:
        return self.numeric_found / self.numeric_total if self.numeric_total else 1.0


def match_cells(doc: Document, txt_path: str) -> Match:
    """How many export cells appear (whitespace-insensitively) as some PDF cell's text."""
    pdf_cells = {squash(c.text) for t in doc.tables for row in t.rows for c in row}
    cells = export_cells(txt_path)
    missing = [c for c in cells if squash(c) not in pdf_cells]
    numeric = [c for c in cells if re.search(r"\d", c)]
    num_missing = [c for c in numeric if squash(c) not in pdf_cells]
    return Match(len(cells), len(cells) - len(missing), len(numeric), len(numeric) - len(num_missing), tuple(missing))
