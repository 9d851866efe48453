"""Render a generated document as a text export, the way extract/text_reader.py reads one.

Running text is one line each; a table is a run of tab-separated rows (a merged cell's text
in its first column, the columns it covers empty; a wrapped cell's lines joined with <br>);
blocks are separated by blank lines and pages by form feeds.
"""

from __future__ import annotations

import os

from tests.corpus.generator import Block, Cell, Document, Table

CELL_BREAKS = {"br": "<br>", "br_slash": "<br />", "p": "</p><p>"}  # how an export writes a line break in a cell


def cell_text(c: Cell, style: str = "br") -> str:
    """A cell as the export writes it."""
    if c.covered or not c.lines:
        return ""
    text = CELL_BREAKS[style].join(c.lines)
    return f"<p>{text}</p>" if style == "p" and len(c.lines) > 1 else text


def table_text(table: Table, style: str = "br") -> str:
    return "\n".join("\t".join(cell_text(c, style) for c in row) for row in table.rows)


def block_text(block: Block, style: str = "br") -> str:
    return table_text(block, style) if isinstance(block, Table) else block.text


def document_to_text(doc: Document) -> str:
    """Given a document, return its text export (pages separated by form feeds)."""
    pages = ["\n\n".join(block_text(b, doc.cell_break) for b in page.blocks) for page in doc.pages]
    return "\n\f".join(pages) + "\n"


def write_text(doc: Document, out_dir: str) -> str:
    """Write the export in the document's encoding (UTF-8 when it cannot hold the text); return the path."""
    path = os.path.join(out_dir, f"{doc.name}.txt")
    text = document_to_text(doc)
    try:
        data = text.encode(doc.encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    if doc.encoding == "utf-8-sig" and not data.startswith(b"\xef\xbb\xbf"):
        data = b"\xef\xbb\xbf" + data
    with open(path, "wb") as f:
        f.write(data)
    return path
