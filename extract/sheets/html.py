"""Read an HTML page: every <table> becomes a table (rowspan/colspan as spans), headings,
paragraphs, list items and captions become text lines, in the order they appear.

Provenance: page is None; line is the HTML source line of the row (<tr>) or text element.
A table nested in a cell is read as that cell's text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

from extract.model import Block, Document, Provenance, TextLine
from extract.sheets.grid import Place, SourceRow, check_not_binary, place_spans, rows_to_table
from extract.text_reader import decode_text
from normalize import clean_text

TEXT_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "caption", "dt", "dd", "title"})
BREAK_TAGS = frozenset({"br"})
BLOCK_TAGS = frozenset({"div", "section", "article", "header", "footer", "main", "body", "hr"})  # end a text line
SKIP_TAGS = frozenset({"script", "style", "noscript", "template"})
MAX_SPAN = 1000  # a larger rowspan/colspan is a broken page, not a table that big


@dataclass(slots=True)
class _TableBuild:
    """A table being read: rows of (text, rowspan, colspan) and each row's source line."""

    rows: list[list[tuple[str, int, int]]] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    cell: list[str] | None = None
    spans: tuple[int, int] = (1, 1)
    nested: int = 0  # depth of tables inside a cell
    caption: list[str] | None = None  # the <caption> text, read before the rows
    caption_line: int = 0


def _span(value: str | None) -> int:
    try:
        return max(1, min(MAX_SPAN, int(value or 1)))
    except ValueError:
        return 1


class _Parser(HTMLParser):
    def __init__(self, place: Place) -> None:
        super().__init__(convert_charrefs=True)
        self.place = place
        self.blocks: list[Block] = []
        self.table: _TableBuild | None = None
        self.text: list[str] | None = None
        self.text_line = 0
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIP_TAGS:
            self.skipping += 1
        elif self.table is not None:
            self._table_start(tag, dict(attrs))
        elif tag == "table":
            self._flush_text()
            self.table = _TableBuild()
        elif tag in TEXT_TAGS:
            self._flush_text()
            self.text, self.text_line = [], self.getpos()[0]
        elif tag in BREAK_TAGS and self.text is not None:
            self.text.append(" ")
        elif tag in BLOCK_TAGS:
            self._flush_text()

    def _table_start(self, tag: str, attrs: dict[str, str | None]) -> None:
        t = self.table
        assert t is not None
        if tag == "table":
            t.nested += 1
        elif t.nested:
            if tag in BREAK_TAGS | {"tr", "td", "th"} and t.cell is not None:
                t.cell.append("\n")
        elif tag == "caption":
            t.caption, t.caption_line = [], self.getpos()[0]
        elif tag == "tr":
            t.rows.append([])
            t.lines.append(self.getpos()[0])
        elif tag in ("td", "th"):
            self._end_cell()
            if not t.rows:
                t.rows.append([])
                t.lines.append(self.getpos()[0])
            t.cell, t.spans = [], (_span(attrs.get("rowspan")), _span(attrs.get("colspan")))
        elif tag in BREAK_TAGS | {"p", "li", "div"} and t.cell is not None:
            t.cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif self.table is not None:
            if tag == "table" and self.table.nested:
                self.table.nested -= 1
            elif tag == "table":
                self._end_table()
            elif tag in ("td", "th") and not self.table.nested:
                self._end_cell()
        elif tag in TEXT_TAGS | BLOCK_TAGS:
            self._flush_text()

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        if self.table is not None:
            if self.table.cell is not None:
                self.table.cell.append(data)
            elif self.table.caption is not None and not self.table.rows:
                self.table.caption.append(data)
        elif self.text is not None:
            self.text.append(data)
        elif data.strip():
            self.text, self.text_line = [data], self.getpos()[0]

    def _end_cell(self) -> None:
        t = self.table
        if t is not None and t.cell is not None:
            raw = "\n".join(" ".join(line.split()) for line in "".join(t.cell).split("\n") if line.strip())
            t.rows[-1].append((raw, *t.spans))
            t.cell = None

    def _end_table(self) -> None:
        t = self.table
        assert t is not None
        self._end_cell()
        self.table = None
        if t.caption is not None:
            self.text, self.text_line = t.caption, t.caption_line
            self._flush_text()
        grid = place_spans(t.rows)
        rows = [SourceRow(t.lines[min(r, len(t.lines) - 1)], tuple(cells)) for r, cells in enumerate(grid)]
        if any(row.filled for row in rows):
            index = sum(1 for b in self.blocks if not isinstance(b, TextLine))
            self.blocks.append(rows_to_table(rows, self.place, index))

    def _flush_text(self) -> None:
        if self.text is not None:
            raw = " ".join("".join(self.text).split())
            if raw:
                prov = Provenance(self.place.source_path, self.place.doc_id, None, self.text_line)
                self.blocks.append(TextLine(clean_text(raw), raw, prov))
        self.text = None

    def close(self) -> None:
        super().close()
        if self.table is not None:
            self._end_table()  # a page cut off inside a table keeps what it has
        self._flush_text()


def read_html(data: bytes, source_path: str, doc_id: str) -> Document:
    """Given an HTML page's bytes, return its tables and text in reading order."""
    check_not_binary(data, source_path, "HTML")
    text, encoding = decode_text(data, source_path)
    parser = _Parser(Place(source_path, doc_id))
    parser.feed(text)
    parser.close()
    return Document(source_path, doc_id, "html", None, tuple(parser.blocks), encoding=encoding)
