"""The morphological analyser (fugashi with unidic-lite) behind one small adapter.

Used to tell a KPI name (a noun phrase: 観光交流客数, 学校紹介DVDの制作) from a sentence
(格差を是正する, 指標は概ね順調) where layout alone cannot.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

NOUN_ENDINGS = frozenset({"名詞", "接尾辞", "代名詞"})
SKIPPED_POS = frozenset({"補助記号", "空白"})


@lru_cache(maxsize=1)
def _tagger() -> Any:
    from fugashi import Tagger  # imported lazily: loading the dictionary takes a moment

    return Tagger()


@lru_cache(maxsize=4096)
def is_noun_phrase(text: str) -> bool:
    """True when the text ends in a noun (or a nominal suffix), as a KPI name does."""
    words = [w for w in _tagger()(text) if w.feature.pos1 not in SKIPPED_POS]
    return bool(words) and words[-1].feature.pos1 in NOUN_ENDINGS
