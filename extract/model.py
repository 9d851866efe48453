"""The shared grid model: a document is text lines and tables in reading order.

Both the text reader and the PDF adapters produce this model; the layout recognizers
only ever see it. Every cell and line carries its provenance from the moment it is made.
"""

from __future__ import annotations

from dataclasses import dataclass, field

BBox = tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a piece of text came from."""

    source_path: str  # as given on the command line
    doc_id: str  # sha256 of the file's bytes (hex, first 16 chars)
    page: int | None = None  # 1-based; None for unpaged text
    line: int | None = None  # 1-based line in a text source
    table_index: int | None = None  # 0-based, reading order within the document
    row: int | None = None  # 0-based within the table
    col: int | None = None  # 0-based within the table
    bbox: BBox | None = None  # x0, top, x1, bottom in PDF points, top-left origin


@dataclass(frozen=True, slots=True)
class Cell:
    """One table cell: cleaned text, the text as extracted, and where it sits."""

    text: str  # clean_text() of raw: NFKC, CJK spacing removed, newlines folded
    raw: str  # as extracted (HTML already turned into plain text)
    prov: Provenance
    row_span: int = 1
    col_span: int = 1
    # one box per line of raw (raw.splitlines()), where the reader knows them; () otherwise.
    # A cell that stacks several values gives each value the box of its own line.
    line_bboxes: tuple[BBox, ...] = ()

    @property
    def row(self) -> int:
        return self.prov.row if self.prov.row is not None else -1

    @property
    def col(self) -> int:
        return self.prov.col if self.prov.col is not None else -1


@dataclass(frozen=True, slots=True)
class Table:
    """A rectangular grid of cells; short rows are padded with empty cells."""

    index: int  # 0-based, reading order within the document
    rows: tuple[tuple[Cell, ...], ...]
    prov: Provenance  # the table's first cell position (page, line, bbox of the table)
    engine: str = "text"  # which engine produced it: text, pdfplumber, camelot-lattice …
    score: float | None = None  # the engine's quality score, when it chose between engines

    @property
    def n_rows(self) -> int:
        return len(self.rows)

    @property
    def n_cols(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def cell(self, row: int, col: int) -> Cell | None:
        if 0 <= row < len(self.rows) and 0 <= col < len(self.rows[row]):
            return self.rows[row][col]
        return None


@dataclass(frozen=True, slots=True)
class TextLine:
    """A line (or paragraph) of running text outside any table."""

    text: str  # cleaned
    raw: str
    prov: Provenance


Block = TextLine | Table


@dataclass(frozen=True, slots=True)
class Issue:
    """Something the reader could not read well, reported instead of emitted as data."""

    # e.g. "cid_garbage", "needs_ocr", "encoding_fallback"; PDF structure: "row_split_across_pages"
    # (joined), "row_split_doubtful" (kept apart), "table_doubtful" (rows or columns in doubt)
    code: str
    message: str
    page: int | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """A whole source document as blocks in reading order."""

    source_path: str
    doc_id: str
    format: str  # "text" or "pdf"
    pages: int | None
    blocks: tuple[Block, ...]
    encoding: str | None = None
    issues: tuple[Issue, ...] = field(default=())

    @property
    def tables(self) -> tuple[Table, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Table))
