"""Which script one glyph is set in: the three Latin readings the page readers ask, side by side.

They differ on purpose: a band's pieces take a space only between ASCII letters (is_ascii_letter);
an engine's autospace parts Japanese from narrow Latin letters and digits, not from full-width ones,
which it sets as Japanese text (is_narrow_latin_alnum); a word space between a Latin letter or
digit of either width and a Japanese letter is a script space, no cell's border
(is_latin_alnum_any_width).
"""

from __future__ import annotations

import unicodedata

from normalize.text import nfkc_safe


def is_ascii_letter(ch: str) -> bool:
    """True for one ASCII letter (a-z, A-Z); False for a digit and for the empty text."""
    return ch.isascii() and ch.isalpha()


def is_narrow_latin_alnum(text: str) -> bool:
    """True for one narrow Latin letter or digit (ASCII and the like): not a half-width kana or a
    full-width letter, which such engines set as Japanese text."""
    return (len(text) == 1 and unicodedata.category(text)[0] in "LN"
            and unicodedata.east_asian_width(text) in ("Na", "N"))


def is_latin_alnum_any_width(ch: str) -> bool:
    """True for one Latin letter or digit, full-width ones too (Ｓ, ２)."""
    folded = nfkc_safe(ch)
    return len(folded) == 1 and folded.isascii() and folded.isalnum()
