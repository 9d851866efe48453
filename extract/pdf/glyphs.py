"""Where the glyphs and words of a segment sit, estimated from its text and box.

A segment keeps no char boxes, so a word's place is estimated: the fonts Japanese documents
are set in draw a kanji or kana (East Asian width W) one em wide, the em being the segment's
height, and the other glyphs share what is left of its width: digits, Latin and the word space,
but also full-width digits and signs, which proportional fonts set at 0.5 to 0.65 em (４２．６
beside ○). Where that does not fit the box (a condensed or letter-spaced run), every glyph
gets its share of the width by advance.
"""

from __future__ import annotations

import unicodedata

from extract.pdf.grid import Interval, Segment
from extract.pdf.pieces import advance
from normalize.vocab import CLOSE_BRACKETS, OPEN_BRACKETS

LETTER_SPACE_EM = 0.6  # letters of one word set letter-spaced stand at most this share of a letter's width apart
FULL_SPACE_TOL_EM = 0.15  # letters a full-width space apart (目　標) stand one letter's width apart, give or take this share of it


def glyph_spans(seg: Segment) -> list[Interval]:
    """The estimated x-range of each character of seg.text, left to right."""
    text = seg.text
    x0, top, x1, bottom = seg.bbox
    em, width = bottom - top, x1 - x0
    wide = sum(1 for ch in text if is_em_wide(ch))
    narrow = len(text) - wide
    rest = (width - wide * em) / narrow if narrow else -1.0
    if 0 < rest <= em:
        widths = [em if is_em_wide(ch) else rest for ch in text]
    else:
        scale = width / max(1, sum(advance(ch) for ch in text))
        widths = [advance(ch) * scale for ch in text]
    out, at = [], x0
    for w in widths:
        out.append((at, at + w))
        at += w
    return out


def is_em_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) == "W"


def is_wide_letter(text: str) -> bool:
    """True for one em-wide letter (a kanji, a kana), no sign or bracket."""
    return len(text) == 1 and is_em_wide(text) and unicodedata.category(text)[0] == "L"


def spells_on(phrase: tuple[str, float, float], word: tuple[str, float, float]) -> bool:
    """True when word (text, x0, x1), one em-wide letter (or one carrying a bracket: 値（2025）), follows
    a phrase of such letters a space apart, at most LETTER_SPACE_EM of its width after it (one word set
    letter-spaced: 国 庫 支 出 金, 本 年 度) or one full-width space after it, the phrase's letters set at
    that pitch too (_full_space_apart: 目　標, 目　標　値（2025）); two such words in two cells
    (地 方 債 | そ の 他) stand farther apart, or apart by another space than their letters."""
    text, left, right = word
    letters = len(phrase[0].split(" "))
    if not _opens_with_letter(text) or not all(map(is_wide_letter, phrase[0].split(" "))):
        return False
    gap = left - phrase[2]
    return gap <= LETTER_SPACE_EM * _letter_width(phrase, letters, word) or _full_space_apart(phrase, letters, gap)


def _opens_with_letter(text: str) -> bool:
    """True for one em-wide letter, alone or followed by a bracketed qualifier (値（2025（令和7））):
    the last letter of a word set letter-spaced carries what qualifies the word."""
    return is_wide_letter(text[:1]) and (len(text) == 1 or opens_bracket(text[1:]))


def _letter_width(phrase: tuple[str, float, float], letters: int, word: tuple[str, float, float]) -> float:
    """The width of the word's first letter: the word's own for a letter alone, else the phrase's for a
    phrase of one letter, else its share of the word's width by advance."""
    text, left, right = word
    if len(text) == 1 or letters > 1:
        return (right - left) * advance(text[0]) / sum(advance(ch) for ch in text)
    return phrase[2] - phrase[1]


def _full_space_apart(phrase: tuple[str, float, float], letters: int, gap: float) -> bool:
    """True when a letter stands one full-width space after a phrase of letters set at that pitch: the
    phrase's letters, taken as spaced by that gap, are as wide as it (within FULL_SPACE_TOL_EM). A word
    spaced as writers space short headers (目　標 centred over two columns of targets, its space on the
    edge between them, corpus seed 893 kpi_year_matrix in calc_borderless; 基　準　値（2018（平成30））,
    seed 840; dev7 wordings); two cells' letters stand a column gap apart."""
    width = (phrase[2] - phrase[1] - (letters - 1) * gap) / letters
    return width > 0 and abs(gap - width) <= FULL_SPACE_TOL_EM * width


def opens_bracket(word: str) -> bool:
    """True when a word opens with an opening bracket (（, [, 〔 …): it qualifies what precedes it."""
    return unicodedata.normalize("NFKC", word[:1]) in OPEN_BRACKETS


def closes_bracket(ch: str) -> bool:
    """True for a closing bracket (）, ], 】 …): it ends a text, no cell opens with it."""
    return unicodedata.normalize("NFKC", ch) in CLOSE_BRACKETS


def word_spans(seg: Segment) -> list[tuple[str, float, float]]:
    """The words of seg (parted at single spaces) with their x0 and x1: measured (Segment.words)
    when the reader gave them, else estimated from the glyphs."""
    words = [w for w in seg.text.split(" ") if w]
    if seg.words and len(seg.words) == len(words):
        return [(w, a, b) for w, (a, b) in zip(words, seg.words)]
    spans = glyph_spans(seg)
    out: list[tuple[str, float, float]] = []
    start = 0
    for word in seg.text.split(" "):
        if word:
            out.append((word, spans[start][0], spans[start + len(word) - 1][1]))
        start += len(word) + 1
    return out
