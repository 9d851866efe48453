"""Cell-text cleaning: safe NFKC and removal of the spaces PDF extraction inserts.

PDF text layers often emit one glyph per word, so a cell reads "R 7 年度",
"D X 地域活性化事業" or "岩 渕 豊 子" (samples/text/001, 004).  ``clean_text``
joins those pieces back while leaving real separations alone: two numbers
("2,590 2,600"), two long phrases ("一関市 平泉町"), English words.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Final

from normalize.vocab import (
    FORMULA_LETTERS, FORMULA_OPERATORS,
    LOOKALIKE_BLOCKS,
    PUNCTUATION_LOOKALIKES,
    RADICAL_SUPPLEMENT_EQUIVALENTS,
    RANGE_CHARS,
)

# NFKC would turn ① into "1" and glue it to the following number
# ("①1人あたり" → "11人あたり"), so enclosed alphanumerics are kept as they are; so are the
# bracketed ideographs that abbreviate a word (㈱ 株式会社, ㈲, ㈶ 財団法人 … U+3231-U+3243),
# which NFKC would make a bracketed unit ((株): shares) at the end of a company's name.
_NFKC_PROTECTED: Final = re.compile(r"[\u2460-\u24ff\u3231-\u3243\u3251-\u325f\u32b1-\u32bf\u2776-\u2793]")
_WHITESPACE: Final = re.compile(r"\s+")
_SLASH_SPACES: Final = re.compile(r" ?/ ?")
_RANGE_SPACES: Final = re.compile(rf" ?([{RANGE_CHARS}]) ?")
_SIGN_SPACE: Final = re.compile(r"([▲△▼▽]) (?=[0-9.])")
_SIGN_CHARS: Final = frozenset("▲△▼▽")
_RANGE_SET: Final = frozenset(RANGE_CHARS)
_PERCENT_SPACE: Final = re.compile(r"(?<=[0-9]) (?=%)")
_CJK: Final = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶ「」『』【】、。・]")
_LATIN: Final = re.compile(r"[A-Za-z]")
_DIGIT: Final = re.compile(r"[0-9]")

SHORT_TOKEN_LEN: Final = 2      # CJK tokens this short are PDF fragments, not words
SHORT_LATIN_LEN: Final = 4
LETTER_SPACED_MIN: Final = 3    # "7 千 円": this many one-glyph tokens make one spaced word
SPACED_NUMBER_GLYPHS: Final = frozenset("0123456789,.")
# a separator (, or .) between digits proves spaced glyphs one number (7 , 8 7 9 / 1 2 . 1)
_SPACED_NUMBER: Final = re.compile(r"\d{1,3}(,\d{3})+(\.\d+)?|\d+\.\d+")
_SPACED_NUMBER_TAIL: Final = re.compile(r"^(\d?)(\D*)$")  # the last digit may carry the unit
# a cell's digits parted by single spaces, each part this many glyphs at most ("22 3", "2 3 2"):
# one number when the column's other cells prove their writer spaces digits (join_spaced_digits)
SPACED_TOKEN_MAX_GLYPHS: Final = 2
_SPACED_DIGITS: Final = re.compile(r"^(\d+(?: \d+)+)([^\d\s,.][^\d]*)?$")
_DIGITS_PARTED: Final = re.compile(r"\d\s+[\d,.]")
LETTER_SPACED_MIN_CJK: Final = 2  # ... of which this many CJK glyphs      # "UI", "DX", "PDCA" attach to the Japanese that follows
CACHE_SIZE: Final = 1 << 16


def lookalike_table() -> dict[int, str]:
    """Return str.translate's table: every look-alike code point → the character a reader sees.

    Built from the Unicode data rather than from the characters met so far: each assigned
    code point of LOOKALIKE_BLOCKS maps to its NFKC form or, where NFKC keeps it, its
    equivalent ideograph (vocab.RADICAL_SUPPLEMENT_EQUIVALENTS); plus look-alike punctuation.
    """
    table: dict[int, str] = {ord(k): v for k, v in PUNCTUATION_LOOKALIKES.items()}
    for first, last in LOOKALIKE_BLOCKS:
        for cp in range(first, last + 1):
            ch = chr(cp)
            folded = unicodedata.normalize("NFKC", ch)
            if folded != ch:
                table[cp] = folded
            elif cp in RADICAL_SUPPLEMENT_EQUIVALENTS:
                table[cp] = chr(RADICAL_SUPPLEMENT_EQUIVALENTS[cp])
    return table


LOOKALIKES: Final = lookalike_table()
_LOOKALIKE_RE: Final = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(LOOKALIKES)) + "]")


def fold_lookalikes(text: str) -> str:
    """Given text, return it with radicals and look-alike punctuation as the characters they draw.

    "⼈⼝" → "人口", "市⺠" → "市民", "社⻑" → "社長", "⻄部" → "西部", "A‧B" → "A・B", "人∕年" → "人/年".
    """
    return text.translate(LOOKALIKES) if _LOOKALIKE_RE.search(text) else text


def _kind(ch: str) -> str:
    """Given one character, return its class: cjk, latin, digit or other."""
    if _CJK.match(ch):
        return "cjk"
    if _LATIN.match(ch):
        return "latin"
    if _DIGIT.match(ch):
        return "digit"
    return "other"


def nfkc_safe(text: str) -> str:
    """Given text, return it NFKC-normalized except for circled numbers."""
    if not _NFKC_PROTECTED.search(text):
        return unicodedata.normalize("NFKC", text)
    parts = _NFKC_PROTECTED.split(text)
    kept = _NFKC_PROTECTED.findall(text)
    out = [unicodedata.normalize("NFKC", parts[0])]
    for ch, part in zip(kept, parts[1:]):
        out.append(ch)
        out.append(unicodedata.normalize("NFKC", part))
    return "".join(out)


def _joins_cjk(left: str, right: str) -> bool:
    """Given two CJK-bordered tokens, say whether the space between is spurious."""
    shortest = min(len(left), len(right))
    return shortest == 1 or max(len(left), len(right)) <= SHORT_TOKEN_LEN


def _is_single_latin(token: str) -> bool:
    return len(token) == 1 and _kind(token) == "latin"


def _should_join(left: str, right: str) -> bool:
    """Given the tokens either side of one space, say whether to drop the space."""
    a, b = _kind(left[-1]), _kind(right[0])
    if a == "cjk" and b == "cjk":
        return _joins_cjk(left, right)
    if {a, b} == {"cjk", "digit"}:
        return True
    if _is_single_latin(left) and b in ("digit", "latin", "cjk"):
        return True
    if a == "latin" and _is_single_latin(right):
        return True
    if a == "latin" and b == "cjk":
        return len(left) <= SHORT_LATIN_LEN and left.isascii() and left.isalpha()
    if a == "cjk" and b == "latin":
        return len(right) <= SHORT_LATIN_LEN and right.isascii() and right.isalpha()
    return False


def _is_letter_spaced(tokens: list[str]) -> bool:
    """Given a cell's tokens, say whether it is one word spaced glyph by glyph.

    "７ ７ ４ 千 円" (realdocs fuji_r7_yosansho_gaiyo): every token one character,
    digits and at least two CJK glyphs.  "0 0" or "3 5 人" (maybe two cells) stay apart.
    """
    if len(tokens) < LETTER_SPACED_MIN or any(len(t) != 1 for t in tokens):
        return False
    kinds = [_kind(t) for t in tokens]
    return "digit" in kinds and kinds.count("cjk") >= LETTER_SPACED_MIN_CJK


def _spaced_number(tokens: list[str]) -> str | None:
    """Given a cell's tokens, the number they spell when its digits are spaced glyph by glyph
    and a separator between digits proves them one number: "７ ， ８ ７ ９ 千円" (realdocs
    otoineppu_kyuyo_teiin_r7) is 7,879千円, "1 2 . 1" is 12.1; "2 3 2" (maybe three
    numbers) stays apart. Words after the number (its unit) are kept."""
    n = next((i for i, t in enumerate(tokens) if len(t) != 1 or t not in SPACED_NUMBER_GLYPHS), len(tokens))
    glyphs, rest = tokens[:n], " ".join(tokens[n:])
    tail = _SPACED_NUMBER_TAIL.match(rest)
    if len(glyphs) < LETTER_SPACED_MIN or tail is None:
        return None
    number = "".join(glyphs) + tail.group(1)
    return number + tail.group(2) if _SPACED_NUMBER.fullmatch(number) else None


def join_spaced_digits(text: str) -> str | None:
    """Given cleaned text of digits parted by single spaces and an optional unit ("2 3 2千円",
    "22 3"), return them as one number ("232千円"); None for other text. Alone, "2 3 2" may be
    three numbers: only for a cell whose column proves its digits spaced (is_spaced_number)."""
    m = _SPACED_DIGITS.match(text)
    if m is None:
        return None
    parts = m.group(1).split(" ")
    if any(len(p) > SPACED_TOKEN_MAX_GLYPHS for p in parts) or all(len(p) > 1 for p in parts):
        return None  # "100 200" are two numbers; letter spacing leaves single glyphs
    return "".join(parts) + (m.group(2) or "")


def is_spaced_number(raw: str) -> bool:
    """Given a cell's raw text, say whether its digits are spaced glyph by glyph and it still
    reads as one number, a separator or a spaced unit proving it ("７ ， ８ ７ ９ 千円",
    "７ ７ ４ 千 円"; realdocs otoineppu_kyuyo_teiin_r7)."""
    return bool(_DIGITS_PARTED.search(nfkc_safe(raw))) and not _DIGITS_PARTED.search(clean_text(raw))


def _join_fragments(text: str) -> str:
    """Given single-spaced text, drop the spaces that split one word."""
    tokens = text.split(" ")
    if len(tokens) == 1:
        return text
    if _is_letter_spaced(tokens):
        return "".join(tokens)
    if (number := _spaced_number(tokens)) is not None:
        return number
    out = [tokens[0]]
    for prev, tok in zip(tokens, tokens[1:]):
        if prev and tok and _should_join(prev, tok):
            out[-1] += tok
        else:
            out.append(tok)
    return " ".join(out)


@lru_cache(maxsize=CACHE_SIZE)
def clean_text(text: str) -> str:
    """Given a cell's text, return it NFKC-normalized with PDF spacing repaired.

    Look-alike radicals and punctuation become the characters they draw (fold_lookalikes).
    Keeps ▲ △ and range marks (～ becomes ~), collapses whitespace (newlines
    included) to single spaces and strips the ends.
    """
    if not text:
        return ""
    s = text if text.isascii() else nfkc_safe(fold_lookalikes(text))   # NFKC leaves ASCII as it is
    if s.isprintable():   # False for every whitespace but " "
        if " " not in s:
            return s
        s = s.strip() if "  " not in s else _WHITESPACE.sub(" ", s).strip()
    else:
        s = _WHITESPACE.sub(" ", s).strip()
    if " " not in s:
        return s
    # each repair only where its character occurs: most cells have none of them
    if not _SIGN_CHARS.isdisjoint(s):
        s = _SIGN_SPACE.sub(r"\1", s)
    if " %" in s:
        s = _PERCENT_SPACE.sub("", s)
    if "/" in s:
        s = _SLASH_SPACES.sub("/", s)
    if not _RANGE_SET.isdisjoint(s):
        s = _RANGE_SPACES.sub(r"\1", s)
    return _join_fragments(s)


_LETTER_TERM: Final = rf"\s?\(?\s?[{FORMULA_LETTERS}{FORMULA_LETTERS.lower()}]\s?\)?\s?"
_FORMULA_RE: Final = re.compile(f"{_LETTER_TERM}(?P<op>[{re.escape(''.join(FORMULA_OPERATORS))}]){_LETTER_TERM}")


@lru_cache(maxsize=4096)
def formula_operation(text: str) -> str | None:
    """Given a cell, what it computes when it is nothing but two columns' letters and an operator ((A)-(B),
    Ａ－Ｂ: "difference"; B/A: "ratio"; A+B: "sum"), else None: a formula, no value and no dash."""
    m = _FORMULA_RE.fullmatch(clean_text(text).strip())
    return FORMULA_OPERATORS[m.group("op")] if m else None
