"""A page's text lines as pdfplumber's `Page.extract_text_lines()` gives them, read from the
char dicts directly.

pdfplumber builds a word dict per word (merge_chars), calls a method per char pair
(char_begins_new_word), clusters through generic key functions and searches a text map of
(letter, char) tuples with a regex. The same steps, with its default settings (layout off,
x and y tolerance TEXT_TOL_PT, blanks splitting words, ligatures expanded), are taken here
without them: the same lines, texts, boxes and chars (tests/extract/test_pdf_fast_paths.py
holds them equal on every sample page and random pages), at a fraction of the cost (a tenth
of the prose packet's run went to pdfplumber's).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import groupby
from operator import itemgetter
from typing import Any

from pdfplumber.utils.text import LIGATURES

Char = dict[str, Any]
Word = tuple[float, list[tuple[str, Char]]]  # a word's top and its (letter, char) pairs

TEXT_TOL_PT = 3  # pdfplumber's default x and y tolerance: a wider gap starts a word, a top this much lower a line
LINE_RE = re.compile(r" *([^\n]+?) *(\n|$)")  # TextMap.extract_text_lines(strip=True)'s pattern
_upright_order = itemgetter("x0")  # char_dir ltr: (x0, x0)
_X0, _TOP, _X1, _BOTTOM = (itemgetter(k) for k in ("x0", "top", "x1", "bottom"))


def _turned_order(ch: Char) -> tuple[float, float]:  # char_dir ttb
    return (ch["top"], ch["bottom"])


def text_lines(chars: Sequence[Char]) -> list[dict[str, Any]]:
    """Given a page's chars in content order, return extract_text_lines(return_chars=True):
    dicts of text, x0, top, x1, bottom and the chars (a char once per letter it expands to)."""
    words: list[Word] = []
    for upright, run in groupby(chars, itemgetter("upright")):
        axis, order = ("top", _upright_order) if upright else ("x0", _turned_order)
        for line in cluster(list(run), itemgetter(axis)):
            words += line_words(sorted(line, key=order), bool(upright))
    return _search(_text_map(words))


def cluster(items: list[Any], key: Callable[[Any], float]) -> list[list[Any]]:
    """pdfplumber's cluster_objects(items, key, TEXT_TOL_PT): runs of sorted distinct values each
    within the tolerance of the one before are one cluster; clusters in value order, each keeping
    the items' order."""
    ids = cluster_ids(list(map(key, items)))
    out: list[list[Any]] = [[] for _ in range(max(ids, default=-1) + 1)]  # every id has an item
    for x, i in zip(items, ids):
        out[i].append(x)
    return out


def cluster_ids(values: Sequence[float]) -> list[int]:
    """Each value's cluster (make_cluster_dict): the index of its run of sorted distinct values."""
    ids: dict[float, int] = {}
    last: float | None = None
    n = -1
    for v in sorted(set(values)):
        if last is None or v > last + TEXT_TOL_PT:
            n += 1
        ids[v] = n
        last = v
    return [ids[v] for v in values]


def line_words(line: Sequence[Char], upright: bool) -> list[Word]:
    """The words of one sorted line (iter_chars_to_words): a blank ends a word and is dropped; an
    empty glyph is a word of its own; a glyph behind the one before, past it by more than the
    tolerance or off its line by more than the tolerance starts one."""
    start, end, across = ("x0", "x1", "top") if upright else ("top", "bottom", "x0")
    words: list[list[Char]] = []
    word: list[Char] = []
    at = reach = level = 0.0  # the word's last glyph's start, end + tolerance and across
    for ch in line:
        text = ch["text"]
        if text.isspace():
            if word:
                words.append(word)
            word = []
            continue
        if not text:
            if word:
                words.append(word)
            words.append([ch])
            word = []
            continue
        here, there = ch[start], ch[across]
        if word and (here < at or here > reach or abs(there - level) > TEXT_TOL_PT):
            words.append(word)
            word = [ch]
        else:
            word.append(ch)
        at, reach, level = here, ch[end] + TEXT_TOL_PT, there
    if word:
        words.append(word)
    top = itemgetter("top")
    return [(min(map(top, w)), [(letter, c) for c in w for letter in LIGATURES.get(c["text"]) or c["text"]])
            for w in words]


def _text_map(words: Sequence[Word]) -> list[tuple[str, Char | None]]:
    """WordMap.to_textmap of presorted words, layout off: words clustered by top in their order,
    a newline between lines, a space before every word but a line's first letters."""
    tuples: list[tuple[str, Char | None]] = []
    ids = cluster_ids([top for top, _ in words])
    for n, (_, line) in enumerate(groupby(zip(words, ids), itemgetter(1))):
        if n:
            tuples.append(("\n", None))
        length = 0
        for (_, letters), _ in line:
            if length:
                tuples.append((" ", None))
                length += 1
            tuples += letters
            length += len(letters)
    return tuples


def _search(tuples: list[tuple[str, Char | None]]) -> list[dict[str, Any]]:
    """TextMap.extract_text_lines(strip=True): each match of LINE_RE with non-blank text, its chars
    and their box."""
    out = []
    for m in LINE_RE.finditer("".join(t for t, _ in tuples)):
        text = m.group(1)
        if not text.strip():
            continue
        chars = [c for _, c in tuples[m.start(1):m.end(1)] if c is not None]
        out.append({"text": text, "x0": min(map(_X0, chars)), "top": min(map(_TOP, chars)),
                    "x1": max(map(_X1, chars)), "bottom": max(map(_BOTTOM, chars)), "chars": chars})
    return out
