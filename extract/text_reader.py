"""Read a text export into the grid model.

Text exports hold running text and tables as runs of tab-separated lines (blank lines
inside a table allowed); some cells carry HTML fragments (<p>, <ul>, <li>, <br>).
Form feeds are page breaks.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass

from extract.errors import DecodeError, UnreadableFileError
from extract.model import Block, Cell, Document, Provenance, Table, TextLine
from normalize import clean_text

# Tried in this order; the first that decodes strictly wins, except that CP932 and
# EUC-JP both decode some byte strings, so between those two the one yielding more kana
# and kanji wins.
LEGACY_ENCODINGS = ("cp932", "euc_jp")
TAG_BREAK_RE = re.compile(r"<\s*(br|/p|/li|/div|/tr)\b[^>]*>", re.IGNORECASE)
TAG_RE = re.compile(r"</?[A-Za-z!][^>]*>")  # a tag or comment opens with a letter or !: <千円> is a unit the cell states
SEPARATOR_CELL_RE = re.compile(r"^:?-{2,}:?$")
JAPANESE_RE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
MOJIBAKE_RE = re.compile(r"[\uff61-\uff9f\ufffd]")  # half-width kana: typical of a wrong guess


@dataclass(frozen=True, slots=True)
class SourceLine:
    """One physical line with its 1-based line number and page (None when unpaged)."""

    text: str
    number: int
    page: int | None


def decode_text(data: bytes, path: str) -> tuple[str, str]:
    """Given a text file's bytes, return its text and the encoding that read it."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its byte-order mark
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise DecodeError(path, "UTF-16 byte-order mark but invalid UTF-16 text") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates = [(enc, text) for enc in LEGACY_ENCODINGS if (text := _try_decode(data, enc)) is not None]
    if not candidates:
        raise DecodeError(path, "not UTF-8, CP932/Shift_JIS or EUC-JP text")
    encoding, text = max(candidates, key=lambda c: _japanese_score(c[1]))
    return text, encoding


def _try_decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _japanese_score(text: str) -> int:
    return len(JAPANESE_RE.findall(text)) - 4 * len(MOJIBAKE_RE.findall(text))


def html_to_text(fragment: str) -> str:
    """Given a cell with HTML fragments, return its plain text (breaks become spaces)."""
    if "<" not in fragment and "&" not in fragment:
        return fragment.strip()
    text = TAG_BREAK_RE.sub(" ", fragment)
    text = TAG_RE.sub(" ", text)
    return " ".join(html.unescape(text).split())


def split_lines(text: str) -> Iterator[SourceLine]:
    """Split text on any line ending; a form feed starts a new page."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paged = "\f" in text
    page = 1
    for number, line in enumerate(text.split("\n"), start=1):
        if "\f" in line:
            page += line.count("\f")
            line = line.replace("\f", "")
        yield SourceLine(line, number, page if paged else None)


def lines_to_blocks(lines: list[SourceLine], source_path: str, doc_id: str) -> tuple[Block, ...]:
    """Group lines into text lines and tables (runs of tab-separated lines)."""
    blocks: list[Block] = []
    run: list[SourceLine] = []
    for i, line in enumerate(lines):
        if "\t" in line.text:
            run.append(line)
        elif not line.text.strip() and run and _next_nonblank_is_row(lines, i):
            continue  # a blank line inside a table
        else:
            _flush_table(run, blocks, source_path, doc_id)
            run = []
            if line.text.strip():
                blocks.append(_text_line(line, source_path, doc_id))
    _flush_table(run, blocks, source_path, doc_id)
    return tuple(blocks)


def _next_nonblank_is_row(lines: list[SourceLine], start: int) -> bool:
    for line in lines[start + 1 :]:
        if line.text.strip():
            return "\t" in line.text
    return False


def _text_line(line: SourceLine, source_path: str, doc_id: str) -> TextLine:
    raw = html_to_text(line.text)
    prov = Provenance(source_path, doc_id, page=line.page, line=line.number)
    return TextLine(clean_text(raw), raw, prov)


def _flush_table(run: list[SourceLine], blocks: list[Block], source_path: str, doc_id: str) -> None:
    rows = [line for line in run if not _is_separator_row(line.text)]
    if not rows:
        return
    index = sum(1 for b in blocks if isinstance(b, Table))
    width = max(len(line.text.split("\t")) for line in rows)
    cells = tuple(
        _row_cells(line, r, width, index, source_path, doc_id) for r, line in enumerate(rows)
    )
    first = rows[0]
    prov = Provenance(source_path, doc_id, page=first.page, line=first.number, table_index=index)
    blocks.append(Table(index, cells, prov, engine="text"))


def _is_separator_row(text: str) -> bool:
    parts = [p.strip() for p in text.split("\t") if p.strip()]
    return bool(parts) and all(SEPARATOR_CELL_RE.match(p) for p in parts)


def _row_cells(
    line: SourceLine, row: int, width: int, table_index: int, source_path: str, doc_id: str
) -> tuple[Cell, ...]:
    parts = line.text.split("\t")
    parts += [""] * (width - len(parts))
    cells = []
    for col, part in enumerate(parts):
        raw = html_to_text(part)
        prov = Provenance(
            source_path, doc_id, page=line.page, line=line.number,
            table_index=table_index, row=row, col=col,
        )
        cells.append(Cell(clean_text(raw), raw, prov))
    return tuple(cells)


def read_text(data: bytes, source_path: str, doc_id: str) -> Document:
    """Given a text export's bytes, return the document as text lines and tables."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableFileError(source_path, "binary file (NUL bytes), not a text export")
    text, encoding = decode_text(data, source_path)
    lines = list(split_lines(text))
    pages = max((ln.page or 1 for ln in lines), default=1) if "\f" in text else None
    blocks = lines_to_blocks(lines, source_path, doc_id)
    return Document(source_path, doc_id, "text", pages, blocks, encoding=encoding)
