"""Indicator keys: one canonical string per KPI however a document happens to write its name.

``indicator_key(name)`` reads the name into UniDic lemmas (fugashi with unidic-lite) and
keeps only the words that carry meaning, so notation that does not change what is counted
merges and wording that does stays apart::

    merges (same key)                              stays apart (different keys)
    観光入込客数 / 観光客入込数 (word order)          【小学校】… / 【中学校】…
    ＣＯ２排出量 / CO2排出量 (width)                  健康寿命(男性) / 健康寿命(女性)
    太陽光…(10kW未満)導入件数 / (10kw未満) (case)    10~30代の転出者数 / 10~30代の転入者数
    転出超過数 / 転出超過者数 (数 / 者数 / 件数 / 人数)  合計特殊出生率(単年) / (5か年平均)
    空き店舗への入居数 / 空き店舗入居数 (particles)    外国人観光入込客数 / 観光入込客数
    シルバー人材センター会員数(累計) / …会員数

(累計) is dropped from the key because the series says so: a value read under such a name
carries the qualifier ``cumulative`` in ``kpi_values``, which ``kpi_series`` keeps beside
it, so nothing is lost by merging the names. The key is the sorted lemmas joined by a
space: order-free, because Japanese compounds reorder freely (入込客 / 客入込).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

# parts of speech that never change what an indicator counts
DROPPED_POS = frozenset({"助詞", "補助記号", "空白"})
# notation stripped before tagging: the series' values carry it as a qualifier
CUMULATIVE_NOTE = re.compile(r"[(（]\s*累計\s*[)）]")
# count-word compounds read as their meaningful parts: 客数 is 客 + 数, 件数 is just 数
COUNT_WORDS: dict[str, tuple[str, ...]] = {
    "客数": ("客", "数"), "件数": ("数",), "人数": ("数",), "者数": ("数",), "個数": ("数",),
}
# counters that may sit before 数 without changing the count (転出超過者数 = 転出超過数)
COUNTERS_BEFORE_NUMBER = frozenset({"者", "件", "人", "個"})
NUMBER_WORD = "数"
KEY_SEPARATOR = " "


@lru_cache(maxsize=1)
def _tagger() -> Any:
    """The fugashi tagger (unidic-lite), loaded once: the only place that knows fugashi."""
    from fugashi import Tagger

    return Tagger()


def name_to_lemmas(name: str) -> list[str]:
    """Given a KPI name, return its meaningful lemmas in reading order (particles, brackets dropped)."""
    text = CUMULATIVE_NOTE.sub(" ", unicodedata.normalize("NFKC", name)).lower()
    lemmas: list[str] = []
    for word in _tagger()(text):
        if word.feature.pos1 in DROPPED_POS or is_punctuation(word.surface):
            continue
        lemma = word.feature.lemma or word.surface
        lemmas.extend(COUNT_WORDS.get(word.surface, (lemma.lower(),)))
    return _drop_counters(lemmas)


def is_punctuation(text: str) -> bool:
    """True for brackets and marks the tagger may read as nouns once NFKC made them ASCII ([ ])."""
    return all(unicodedata.category(c)[0] in "PZ" for c in text)


def _drop_counters(lemmas: list[str]) -> list[str]:
    """Drop a counter (者, 件 …) right before 数: 起業者数 counts what 起業数 counts."""
    return [w for i, w in enumerate(lemmas)
            if not (w in COUNTERS_BEFORE_NUMBER and i + 1 < len(lemmas) and lemmas[i + 1] == NUMBER_WORD)]


@lru_cache(maxsize=8192)
def indicator_key(name: str) -> str:
    """Given a KPI name as written, return its canonical key (sorted UniDic lemmas)."""
    return KEY_SEPARATOR.join(sorted(name_to_lemmas(name)))
