"""What a recognizer knows about a table's surroundings: headings, caption units, the
header of the table before it (for continuations that do not repeat their header)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from extract.model import Cell, Document, Table, TextLine
from normalize import unit_from_header

HEADING_MAX_CHARS = 60
HEADING_RE = re.compile(
    r"^(【|■|◆|◇|〈|<|＜|基本目標|基本的方向|施策|政策|分野|プロジェクト|第[0-9一二三四五六七八九十]+|"
    r"[0-9]+[ .．、]|\(?[0-9]+\)|[①-⑳]|[IVX]+[ .])"
)
CAPTION_LOOKBACK = 3
ENUMERATION_RE = re.compile(r"[、,]\s*(\(?[0-9]+\)|[①-⑳])")  # "(1)A、(2)B": a list, not a heading

HeaderRows = tuple[tuple[Cell, ...], ...]


@dataclass(frozen=True, slots=True)
class Context:
    """The surroundings of one table."""

    heading: str | None  # nearest heading above the table
    caption_unit: str | None  # a unit stated just above it: （単位：千円）
    previous_header: HeaderRows | None  # header rows of the table before, if as wide


def is_heading(line: TextLine) -> bool:
    """A short line that opens a section (【基本目標1】, (1) 医療, ■ 成果指標 …)."""
    text = line.text.strip()
    return (0 < len(text) <= HEADING_MAX_CHARS and not text.endswith("。")
            and bool(HEADING_RE.match(text)) and not ENUMERATION_RE.search(text))


def walk_tables(document: Document) -> Iterator[tuple[Table, str | None, str | None]]:
    """Yield each table with its nearest heading and a caption unit stated above it."""
    heading: str | None = None
    recent: list[str] = []
    for block in document.blocks:
        if isinstance(block, TextLine):
            if is_heading(block):
                heading = block.text.strip()
            recent = (recent + [block.text])[-CAPTION_LOOKBACK:]
            continue
        yield block, heading, _caption_unit(recent)
        recent = []


def _caption_unit(lines: list[str]) -> str | None:
    for text in reversed(lines):
        if "単位" in text:
            return unit_from_header(text)
    return None
