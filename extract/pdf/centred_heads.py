"""Names glued to the column before them, parted where a header centred over them says.

A spreadsheet sets two text cells side by side with only a word space between them when the first
is full (安全・安心なまちづくり ふるさと納税寄附額 under 評価指標): read as one segment, the two
cells fill one column. A header is centred over its cell, so a header centred over the words on one
side of a space, and off the segment's own middle, heads those words alone: the words on the other
side are another cell's. Unless the table's rows run a word across that space: no column parts
there, and a header centred over a wide column stands over some row's words by chance (KPI over
フォロワー数 of ＳＮＳ フォロワー数, Typst's space between a full-width Latin letter and a kana, under
ボランティア登録者数 one word across it, corpus seed 878 kpi_progress in typst_borderless).
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.interpret.structure import is_data_value
from extract.pdf.edges import holds_figure
from extract.pdf.glyphs import is_wide_letter, word_spans
from extract.pdf.grid import ALIGN_TOL_PT, Interval, Segment, SegLine
from extract.pdf.pieces import text_bracket_depth
from extract.pdf.scripts import is_latin_alnum_any_width

HEAD_OFF_MIDDLE_EM = 1.0  # a header centred this many of the segment's heights off its middle heads part of it only


def split_under_centred_heads(lines: Sequence[SegLine]) -> list[SegLine]:
    """The lines with each segment parted at a word space where a header segment above it (one
    word, no value) is centred over the words on one side (parted_under_head) and no word of the
    table's rows runs across it (row_words)."""
    heads = [s for ln in lines for s in ln.segments if " " not in s.text.strip() and not is_data_value(s.text)]
    words = row_words(lines)
    out = []
    for ln in lines:
        segs = tuple(part for s in ln.segments for part in parted_under_head(s, heads, words))
        out.append(ln if len(segs) == len(ln.segments) else SegLine(segs, ln.bbox, ln.page, ln.text))
    return out


def row_words(lines: Sequence[SegLine]) -> list[Interval]:
    """The x-ranges of the words of the lines holding a figure (the table's rows: a header spanning
    its sub-headers, or a section heading across the table, crosses columns as no row's word does)."""
    return [(x0, x1) for ln in lines if holds_figure(ln) for s in ln.segments for _, x0, x1 in word_spans(s)]


def runs_across(words: Sequence[Interval], left: float, right: float) -> bool:
    """True when one of words runs across the gap from left to right, starting and ending more
    than ALIGN_TOL_PT outside it."""
    return any(x0 < left - ALIGN_TOL_PT and right + ALIGN_TOL_PT < x1 for x0, x1 in words)


def is_script_space(before: str, after: str) -> bool:
    """True when a word space stands between a Latin letter or digit (narrow or full-width) and a
    Japanese letter, either way round: where an engine spacing scripts apart sets it inside one text
    (Typst: ＧＩＧＡ スクール推進事業 under 事業の名称, a page-2 row alone under its header, corpus seed
    982 budget_main_projects in typst_borderless), no cell's border."""
    a, b = before[-1:], after[:1]
    return (is_latin_alnum_any_width(a) and is_wide_letter(b)) or (is_wide_letter(a) and is_latin_alnum_any_width(b))


def parted_under_head(seg: Segment, heads: Sequence[Segment], words: Sequence[Interval] = ()) -> list[Segment]:
    """seg parted at the first word space where a head above it lies within the words on one side,
    its middle within ALIGN_TOL_PT of theirs and more than HEAD_OFF_MIDDLE_EM of seg's height off
    seg's own middle, and none of words (the rows' words, row_words) runs across the space; else seg
    whole. Values are never parted so, nor a bracket ((単位 千円) under a column of figures is one
    note)."""
    x0, top, x1, bottom = seg.bbox
    if " " not in seg.text.strip() or seg.is_stacked or any(is_data_value(w) for w in seg.text.split()):
        return [seg]
    spans = word_spans(seg)
    middle, off = (x0 + x1) / 2, HEAD_OFF_MIDDLE_EM * (bottom - top)
    for k in range(1, len(spans)):
        if runs_across(words, spans[k - 1][2], spans[k][1]) or is_script_space(spans[k - 1][0], spans[k][0]):
            continue
        for a, b in ((x0, spans[k - 1][2]), (spans[k][1], x1)):
            if any(h.bbox[3] <= top and a <= h.bbox[0] and h.bbox[2] <= b and _centred_on(h, a, b) and
                   abs((h.bbox[0] + h.bbox[2]) / 2 - middle) > off for h in heads):
                parts = parted_at_word(seg, k)
                return parts if all(text_bracket_depth(p.text) == 0 for p in parts) else [seg]
    return [seg]


def _centred_on(head: Segment, a: float, b: float) -> bool:
    """True when a head's middle lies within ALIGN_TOL_PT of the words' between a and b, its width
    off theirs by more than ALIGN_TOL_PT: a head as wide as the words is as flush with them as
    centred on them (雇用の創出 over 学校の ＩＣＴ 環境を整備し授業で, a card's values set flush left,
    corpus seed 845 kpi_cards in typst_borderless), and proves no cell of them alone."""
    x0, x1 = head.bbox[0], head.bbox[2]
    return abs((x0 + x1) / 2 - (a + b) / 2) <= ALIGN_TOL_PT and abs((x1 - x0) - (b - a)) > ALIGN_TOL_PT


def parted_at_word(seg: Segment, k: int) -> list[Segment]:
    """seg parted at the word space before its word k (glyphs.word_spans), each part keeping the
    joints and measured words that fall in it: a joint left in a name glued to the number before
    it (新子育て支援課, 新 a No column's mark, corpus seed 805 budget_main_projects in
    calc_borderless) still parts the columns there (colgaps.open_witnessed_gaps)."""
    x0, top, x1, bottom = seg.bbox
    spans = word_spans(seg)
    head, tail = " ".join(w for w, _, _ in spans[:k]), " ".join(w for w, _, _ in spans[k:])
    shift = len(seg.text) - len(tail)
    words = len(seg.words) == len(spans)
    return [Segment(head, (x0, top, spans[k - 1][2], bottom), tuple((i, x) for i, x in seg.joints if i < len(head)),
                    tuple(seg.words[:k]) if words else ()),
            Segment(tail, (spans[k][1], top, x1, bottom), tuple((i - shift, x) for i, x in seg.joints if i > shift),
                    tuple(seg.words[k:]) if words else ())]
