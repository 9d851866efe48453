"""Glyphs a PDF's text layer maps to the wrong character, told from the words they leave.

A font's ToUnicode map may be off for some of its glyphs (fuji_r8: 償還 drawn, 償遯 in the text; 運 drawn,
遀 in the text). The amount beside such a label is right but the label names nothing a reader can name,
so the value it labels would be wrong. The words themselves are the evidence: the mapped character is a
rare one (outside the first, common-use level of JIS X 0208) and the analyser knows no word that holds it
where it stands (償 遯元 金), while a rare kanji of a real word reads as that word (浚渫, 哺乳, 麻痺). A value
so labelled keeps its record but no number
(missing_reason misread_label) rather than a wrong name.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from extract.morph import unknown_words
from extract.records import MISREAD_LABEL, Extraction

JIS_ENCODING = "euc_jp"  # JIS X 0208 in EUC-JP: a kanji's lead byte gives its level
JIS_LEVEL2_FIRST_LEAD_BYTE = 0xD0  # lead bytes 0xB0-0xCF are the first level (common use), 0xD0-0xF4 the second
KANJI_RANGES = (("\u3400", "\u4dbf"), ("\u4e00", "\u9fff"), ("\uf900", "\ufaff"))


def is_rare_kanji(ch: str) -> bool:
    """True for a kanji outside JIS X 0208's first level: its second level, or outside the standard."""
    if not any(lo <= ch <= hi for lo, hi in KANJI_RANGES):
        return False
    try:
        code = ch.encode(JIS_ENCODING)
    except UnicodeEncodeError:
        return True
    return code[0] >= JIS_LEVEL2_FIRST_LEAD_BYTE


@lru_cache(maxsize=4096)
def holds_misread_glyph(text: str) -> bool:
    """True when a word of the text the analyser does not know holds a rare kanji (償遯元金)."""
    return any(is_rare_kanji(ch) for word in unknown_words(text) for ch in word)


def without_misread_labels(found: Extraction) -> Extraction:
    """The extraction with no number where a value's label holds a misread glyph (budget, KPI and table
    values): the record stays, traceable to its cell, its missing_reason saying why."""
    return replace(
        found,
        budget_values=tuple(replace(v, amount_yen=None, missing_reason=MISREAD_LABEL)
                            if holds_misread_glyph(v.project or "") else v for v in found.budget_values),
        kpi_values=tuple(replace(v, value=None, missing_reason=MISREAD_LABEL)
                         if holds_misread_glyph(v.indicator) else v for v in found.kpi_values),
        table_values=tuple(replace(v, value=None, missing_reason=MISREAD_LABEL)
                           if any(holds_misread_glyph(label) for label in (*v.row_path, v.row_label or "")) else v
                           for v in found.table_values))
