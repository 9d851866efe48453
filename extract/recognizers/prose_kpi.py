"""KPI names stated only in prose: a 重要業績評価指標(KPI) heading, then bullet lines.

    5 重要業績評価指標(KPI)
    - · 観光交流客数 (※19)
     - → 市内を訪れる観光客や交流人口の推移を測定し、…   (an explanation: skipped)
"""

from __future__ import annotations

from extract.model import Document, TextLine
from extract.morph import is_noun_phrase
from extract.context import is_heading
from extract.text_items import indicator_name, strip_enumerator
from extract.records import Extraction, IndicatorName
from extract.vocab import BULLET_CHARS, EXPLANATION_MARKS, PROSE_KPI_HEADINGS

NAME = "prose_kpi"
HEADING_MAX_CHARS = 30
NAME_MAX_CHARS = 60
SENTENCE_MARKS = ("。", "、")


def is_kpi_heading(line: TextLine) -> bool:
    text = line.text.strip()
    return len(text) <= HEADING_MAX_CHARS and any(w in text for w in PROSE_KPI_HEADINGS)


def is_bullet(text: str) -> bool:
    text = text.strip()
    return bool(text) and (text[0] in BULLET_CHARS or text[0] in EXPLANATION_MARKS)


def recognize(document: Document, claimed_tables: frozenset[int]) -> Extraction:
    """Given a document, return the KPI names listed under KPI headings in its text."""
    names: list[IndicatorName] = []
    heading: TextLine | None = None
    explaining = False  # the last bullet was an explanation: a plain line may continue it
    for block in document.blocks:
        if not isinstance(block, TextLine):
            heading = None
        elif is_kpi_heading(block):
            heading, explaining = block, False
        elif heading is not None and is_bullet(block.text):
            name = _name(block.text)
            explaining = name is None
            if name:
                names.append(IndicatorName(block.prov, name, None, heading.text.strip(), NAME))
        elif not (explaining and not is_heading(block)):
            heading = None
    return Extraction(indicators=tuple(names))


def _name(text: str) -> str | None:
    """The KPI name of a bullet line, or None for explanations and sentences."""
    item = strip_enumerator(text)
    if not item or item.startswith(EXPLANATION_MARKS):
        return None
    if len(item) > NAME_MAX_CHARS or any(m in item for m in SENTENCE_MARKS):
        return None
    name = indicator_name(item)
    return name if name and is_noun_phrase(name) else None
