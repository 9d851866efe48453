"""The morphological analyser (fugashi with unidic-lite) behind one small adapter.

Used to tell a KPI name (a noun phrase: 観光交流客数, 学校紹介DVDの制作) from a sentence
(格差を是正する, 指標は概ね順調) where layout alone cannot.
"""

from __future__ import annotations

from dataclasses import dataclass
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


@dataclass(frozen=True, slots=True)
class Morpheme:
    """One word of a text as the analyser reads it: as written, its dictionary form and its part of speech."""

    surface: str
    lemma: str
    pos: str  # 名詞, 接尾辞, 助詞, 動詞 …


@lru_cache(maxsize=4096)
def morphemes(text: str) -> tuple[Morpheme, ...]:
    """The text's words in order, symbols and spaces left out (見込 → lemma 見込み, めざす → 目指す)."""
    return tuple(Morpheme(w.surface, w.feature.lemma or w.surface, w.feature.pos1)
                 for w in _tagger()(text) if w.feature.pos1 not in SKIPPED_POS)


@lru_cache(maxsize=4096)
def unknown_words(text: str) -> tuple[str, ...]:
    """The words of the text the analyser's dictionary does not know, as written (遯元 of 償遯元金)."""
    return tuple(w.surface for w in _tagger()(text) if w.is_unk and w.feature.pos1 not in SKIPPED_POS)
