"""Page furniture: texts that open or close several pages alike, digits aside (a folio - 3 -, a
running head 資料2 別紙), wherever the page's content leaves them (a browser sets the folio right
under a short page's content, mid-page)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

MIN_FURNITURE_PAGES = 2  # a text opening (or closing) this many pages alike is the page's furniture
DIGITS_RE = re.compile(r"[0-9０-９]+")


def repeated_ends(pages: Iterable[Sequence[str]]) -> frozenset[str]:
    """Given each page's texts in reading order ("" for what is no text line), the first and last
    texts that open or close MIN_FURNITURE_PAGES or more pages alike, digits aside."""
    ends = [t for texts in pages if texts for t in {texts[0].strip(), texts[-1].strip()} if t]
    counts = Counter(furniture_key(t) for t in ends)
    return frozenset(t for t in ends if counts[furniture_key(t)] >= MIN_FURNITURE_PAGES)


def furniture_key(text: str) -> str:
    """A text as furniture is compared across pages: its digits aside (a folio - 3 - as - 4 -, 資料2 as 資料3)."""
    return DIGITS_RE.sub("#", text)
