"""A header word read as a Japanese compound, head-final: the last content word (the head) says what
class of number the column holds, the kind words before it say which kind.

    計画策定時の数値  → head 数値 (a value), 策定 (時 の) before it → baseline
    策定時の実績値    → head 値, 実績 a series, 策定 (時 の) narrows it to a point → baseline
    要求額 / 必要額   → head 額 (an amount), 要求 → budget, 必要 → plan
    前年度比較 / 目標比 / 基準値との差 / 策定時からの伸び → a difference or a ratio, never a kind

Brackets frame a unit, a year or a note and are read apart from the words (目標値（最終年度）).
Where the words say no more than that, or name two phrases run together (現状値目標値), no kind.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from extract.morph import Morpheme, morphemes
from extract.vocab import (
    AMOUNT_HEADS, AMOUNT_KINDS, BEFORE_MORPHEMES, CHANGE_MORPHEMES, CHANGE_RATE_HEADS, CLASSING_SUFFIX, COMPARING_PARTICLES, COST_HEADS,
    DERIVED_HEADS, EACH_PREFIXES, HEAD_KIND_MORPHEMES, JOINING_POS, JUDGEMENT_HEADS, KIND_MORPHEMES, LATEST_WORDS, NOUN_POS,
    POINT_MORPHEMES, PRESENT_POINT_MORPHEMES, PREVIOUS_SPAN_MORPHEMES, REVIEW_MORPHEMES, SERIES_MORPHEMES, SPAN_END_SUFFIX,
    VALUE_KIND_MODIFIERS,
    SPAN_NAME_MORPHEMES, SPAN_POINT_MORPHEMES, STAGE_HEADS, STATE_HEADS, STATE_VALUE_HEADS, SUFFIX_POS, SUM_HEADS, VALUE_HEADS,
)

VALUE, AMOUNT = "value", "amount"
KINDS_BY_LEMMA = {lemma: (over_value, over_amount) for lemma, over_value, over_amount in KIND_MORPHEMES}
DERIVED_BY_LEMMA = {lemma: kind for kind, lemmas in DERIVED_HEADS for lemma in lemmas}
KIND_BY_SPAN_POINT = dict(SPAN_POINT_MORPHEMES)
KIND_BY_PRESENT_POINT = dict(PRESENT_POINT_MORPHEMES)
KIND_BY_VALUE_MODIFIER = dict(VALUE_KIND_MODIFIERS)
# What a phrase naming a kind at a point of time is made of: kind words, points and spans of time, the time before one, a
# review's point, and the value or state they name (前期計画最終年度の実績, 計画策定時点の数値, 中間見直し時の値).
KIND_PHRASE_LEMMAS = frozenset({*KINDS_BY_LEMMA, *POINT_MORPHEMES, *VALUE_HEADS, *STATE_VALUE_HEADS, *SPAN_NAME_MORPHEMES,
                                *KIND_BY_SPAN_POINT, *PREVIOUS_SPAN_MORPHEMES, *BEFORE_MORPHEMES, SPAN_END_SUFFIX,
                                *REVIEW_MORPHEMES})
COMPOUND_CACHE_SIZE = 4096  # header words whose reading is kept: a table asks for each many times


@dataclass(frozen=True, slots=True)
class Reading:
    """What a header compound says: the kind it names (None: none for sure) and whether its head makes
    the column a ratio or a difference of what it names."""

    kind: str | None = None
    derived: bool = False
    one_phrase: bool = False  # its kind words make one phrase: one kind word, or a series narrowed (策定時実績)


NONE = Reading()


@lru_cache(maxsize=COMPOUND_CACHE_SIZE)
def read_compound(words: str, hint: str | None = None) -> Reading:
    """Given a header's words (years, units and brackets taken out), return what the compound says; hint: the class of
    number (VALUE, AMOUNT) the table's other columns show, for a head that does not say it (年度末実績 beside 目標値)."""
    parts = morphemes(unspaced(words))
    content = [i for i, m in enumerate(parts) if m.pos not in JOINING_POS or m.lemma in KINDS_BY_LEMMA]
    if not content:
        return NONE
    last = content[-1]
    head = parts[last].lemma
    if head in SUM_HEADS and len(content) > 1:
        return read_compound("".join(m.surface for m in parts[:last]), hint)  # 予算額計: the 予算額's total
    if (staged := staged_kind(parts, content)) is not None:
        return staged
    if head in DERIVED_BY_LEMMA:
        return Reading(DERIVED_BY_LEMMA[head], derived=True)
    if names_judgement(parts, content):
        return Reading(None, derived=True)  # 目標達成状況: how the value stands against the target, no target
    if compares_with_kind(parts):
        return Reading(None, derived=True)  # 策定時からの伸び: a change since the baseline, no baseline
    cls = VALUE if head in VALUE_HEADS or head in STATE_VALUE_HEADS or just_before_a_start(parts, last) \
        else AMOUNT if head in AMOUNT_HEADS or head in COST_HEADS else None  # 事業開始前: the state then, a value
    if cls is None and head not in HEAD_KIND_MORPHEMES and head not in POINT_MORPHEMES:
        # 早期健全化基準, 達成状況: the head names no value, amount or point of a series
        return Reading(kind_of_word(parts[content[0]].lemma, VALUE), one_phrase=True) if dates_a_noun_latest(parts, content) \
            else NONE
    body = [parts[i] for i in (content[:-1] if cls else content)]
    if cls and body and body[-1].lemma in DERIVED_BY_LEMMA:
        return Reading(DERIVED_BY_LEMMA[body[-1].lemma], derived=True)  # 増減額, 比較増減額: the change as an amount
    if runs_phrases(body):
        return NONE
    return kind_before(parts, head_start(parts, last) if cls else last + 1, cls or hint)  # 年度末実績: the table says over what


def dates_a_noun_latest(parts: Sequence[Morpheme], content: Sequence[int]) -> bool:
    """True for a word naming the latest point (最新, 直近) before one noun the lists do not know, nothing else (最新の現況,
    直近の人口): whatever the noun names, as it stands latest is the actual; not a noun naming a judgement, a value or a kind."""
    return len(content) == 2 and parts[content[0]].lemma in LATEST_WORDS and parts[content[1]].pos == NOUN_POS \
        and _names_other_than_a_value(parts[content[1]].lemma) and parts[content[1]].lemma not in STATE_HEADS


def staged_kind(parts: Sequence[Morpheme], content: Sequence[int]) -> Reading | None:
    """The reading of words whose head names a stage (STAGE_HEADS: 前, 後, 案) set right after a kind word naming an amount
    (補正前, 補正後, 予算案): that word's kind over an amount; None for any other words."""
    if len(content) < 2 or parts[content[-1]].lemma not in STAGE_HEADS or content[-2] != content[-1] - 1:
        return None
    over_amount = KINDS_BY_LEMMA.get(parts[content[-2]].lemma, (None, None))[1]
    return Reading(over_amount, one_phrase=True) if over_amount in AMOUNT_KINDS else None


def dated_word_kind(words: str, cls: str | None = None) -> str | None:
    """The kind a header's words name when they are one kind word alone, the header dating it (基準（R4）, 直近
    (2023年度), 当初（R4）): a point of the kind's series, the word its head; over a class of number where known (当初
    over a value is the baseline, over an amount the budget), else the one kind it names either way."""
    content = content_words(words)
    if len(content) != 1 or content[0].lemma not in KINDS_BY_LEMMA:
        return None
    return kind_of_word(content[0].lemma, cls)


def readings_of_word_alone(words: str) -> frozenset[str]:
    """The kinds a kind word standing alone names over a value and over an amount (実績: the actual, the settlement; 目標: the
    target), none for other words."""
    content = content_words(words)
    if len(content) != 1 or content[0].lemma not in KINDS_BY_LEMMA:
        return frozenset()
    return frozenset(k for k in KINDS_BY_LEMMA[content[0].lemma] if k is not None)


def dates_only_named_points(words: str, year_noun: str) -> bool:
    """True when every year noun in the words is a named point of the plan or its series (最終年度, 目標年度, 基準年度の値,
    年度末実績): a noun before it names which year, or the point's suffix after it; its year is the table's or the plan's
    to state; or each year a table classes its figures by (年度別事業費, 各年度の事業費: the years its columns state). Not a
    year noun alone or after another prefix (年度, 昨年度, 過年度): a year relative to one the words do not say."""
    parts = morphemes(unspaced(words))
    at = [i for i, m in enumerate(parts) if m.lemma == year_noun]
    return bool(at) and all(i > 0 and (parts[i - 1].pos == NOUN_POS or parts[i - 1].lemma in EACH_PREFIXES)
                            or i + 1 < len(parts) and parts[i + 1].lemma in (SPAN_END_SUFFIX, CLASSING_SUFFIX) for i in at)


def kind_word_inside_a_name(words: str) -> bool:
    """True when the head names no value, amount, point or kind and the kind word nearest before it modifies another
    noun between them (目標達成件数, 実績報告件数: counts of achievements, of reports, an indicator's name): the kind word
    names no kind of the column; not where it stands right before the head (目標人口: the population targeted)."""
    parts = morphemes(unspaced(words))
    content = [i for i, m in enumerate(parts) if m.pos not in JOINING_POS]
    if not content or parts[content[-1]].pos != NOUN_POS or not _names_other_than_a_value(parts[content[-1]].lemma):
        return False
    blocked = False
    for i in range(content[-1] - 1, -1, -1):
        m = parts[i]
        if m.lemma in KINDS_BY_LEMMA:
            return blocked
        blocked = blocked or (m.pos == NOUN_POS and m.lemma not in POINT_MORPHEMES and m.lemma not in VALUE_HEADS)
    return False


def _names_other_than_a_value(head: str) -> bool:
    """True for a head naming something the columns' kinds do not: no value, amount, point, kind or change."""
    return not (head in VALUE_HEADS or head in AMOUNT_HEADS or head in COST_HEADS or head in POINT_MORPHEMES
                or head in KINDS_BY_LEMMA or head in DERIVED_BY_LEMMA or head in JUDGEMENT_HEADS or head in STATE_HEADS)


def content_words(words: str) -> list[Morpheme]:
    """The words' morphemes but those joining others (particles, auxiliaries, symbols), spacing left out."""
    return [m for m in morphemes(unspaced(words)) if m.pos not in JOINING_POS]


def names_latest_only(words: str) -> bool:
    """True when the only kind the words name is the latest point (直近の現状, 最新の状況, 現在の数値（直近）): a value as it
    stands now, no series (直近実績) and no point of the plan (策定時の直近値) saying whose; what it is depends on the table."""
    kinds = [m.lemma for m in content_words(words) if m.lemma in KINDS_BY_LEMMA]
    return any(k in LATEST_WORDS for k in kinds) and all(k in LATEST_WORDS or k in STATE_VALUE_HEADS for k in kinds)


def names_kind_phrase_only(words: str) -> bool:
    """True when every content word of the words names a kind, a point or span of time or the value they date, and they
    read as one phrase naming one kind (前期計画最終年度の実績, 計画策定年度の実績値): a kind's phrase, however long; not where
    a word names anything else (特定健診受診率策定時: an item's name before its kind word), nor where two kind words pull
    apart (当初計画開始時点の実績: 当初 and the plan's start before 実績, which the compound does not settle)."""
    content = content_words(words)
    reading = read_compound(words)
    return bool(content) and all(m.lemma in KIND_PHRASE_LEMMAS for m in content) and reading.one_phrase \
        and reading.kind is not None


def head_of(words: str) -> str | None:
    """The lemma of the words' last content word, their head (健診受診率 → 率), or None."""
    content = content_words(words)
    return content[-1].lemma if content else None


def heads_a_value(words: str) -> bool:
    """True when the words' head names a value (成果目標値, 成果目標の数値): values, never the names of indicators,
    whatever indicator word the words before it hold."""
    return head_of(words) in VALUE_HEADS


def heads_an_amount(words: str) -> bool:
    """True when the words' head names an amount or a cost (所要額, 事業費): money, whatever it is of."""
    head = head_of(words)
    return head in AMOUNT_HEADS or head in COST_HEADS


def heads_a_ratio(words: str) -> bool:
    """True when the words' head names a ratio (健診受診率, 市民の割合): an indicator measured in %, whatever it is of."""
    head = head_of(words)
    return head is not None and DERIVED_BY_LEMMA.get(head) == "ratio"


def names_judgement(parts: Sequence[Morpheme], content: Sequence[int]) -> bool:
    """True when the head names a judgement (評価, 達成), or a state of one (達成状況, 進捗状況): not a state alone
    (策定時の状況, the value then)."""
    head = parts[content[-1]].lemma
    before = parts[content[-2]].lemma if len(content) > 1 else None
    return head in JUDGEMENT_HEADS or head in STATE_HEADS and before in JUDGEMENT_HEADS


def names_judgement_only(words: str) -> bool:
    """True for words whose head names a judgement or its state (進捗状況, 達成状況, 評価): how values stand, no kind."""
    parts = morphemes(unspaced(words))
    content = [i for i, m in enumerate(parts) if m.pos not in JOINING_POS]
    return bool(content) and names_judgement(parts, content)


def unspaced(words: str) -> str:
    """The words without the spaces a layout sets between their letters (補 正 額, 目　標): the analyser
    reads 単 位 as two words, 単位 as one."""
    return "".join(words.split())


def head_start(parts: Sequence[Morpheme], last: int) -> int:
    """Where the head ending at last starts: a suffix (費) with the noun it is attached to (予定事業費: 事業費,
    the kind word 予定 before both), else the last word alone: after a kind word, or a start of the span after nothing but
    the span's name, which says which value the suffix names (出発値, 計画開始値: the value the plan sets out from; 最終値, one
    word, is the series' last value; 当初出発値: the kind word 当初 before both says it), or the present or a word naming a
    kind only there (現在値: the value now; 達成値: the value reached)."""
    before = parts[last - 1] if last > 0 else None
    if parts[last].pos == SUFFIX_POS and before is not None and before.pos == NOUN_POS and before.lemma not in KINDS_BY_LEMMA \
            and before.lemma not in KIND_BY_PRESENT_POINT and before.lemma not in KIND_BY_VALUE_MODIFIER \
            and not opens_with_span_point(parts[:last]):
        return last - 1
    return last


def opens_with_span_point(words: Sequence[Morpheme]) -> bool:
    """True for words ending in a point of the span short of its end, nothing but the span's name before it: its start
    (出発, 計画開始), its middle (中間) or a review of it (評価): the value then (出発値, 中間値, 評価値); not its end (最終値 is
    the series' last value)."""
    content = [m for m in words if m.pos not in JOINING_POS]
    last = content[-1].lemma if content else None
    return last is not None and (KIND_BY_SPAN_POINT.get(last) not in (None, "target") or last in REVIEW_MORPHEMES) \
        and all(m.lemma in SPAN_NAME_MORPHEMES for m in content[:-1])


def is_head_alone(words: str) -> bool:
    """True when the words are one content word, nothing modifying it (差, 増減: not 観光客数の伸び)."""
    return len(content_words(words)) == 1


def compares_with_kind(parts: Sequence[Morpheme]) -> bool:
    """True when a kind word (its point and value words after it aside) is followed by a comparing
    particle (策定時からの, 基準値との, 目標に対する): what the header names is measured against it."""
    for i, m in enumerate(parts):
        if m.lemma not in KINDS_BY_LEMMA:
            continue
        j = i + 1
        while j < len(parts) and (parts[j].lemma in POINT_MORPHEMES or parts[j].lemma in VALUE_HEADS):
            j += 1
        if "".join(p.surface for p in parts[j:]).startswith(COMPARING_PARTICLES):
            return True
    return False


def runs_phrases(body: Sequence[Morpheme]) -> bool:
    """True when a head closing a kind's phrase stands inside the body with a kind word after it (現状値目標値: two headers
    run together); not a head naming no kind before it, a modifier (数値目標: the target stated in figures)."""
    heads = [i for i, m in enumerate(body) if (m.lemma in VALUE_HEADS or m.lemma in AMOUNT_HEADS)
             and any(b.lemma in KINDS_BY_LEMMA for b in body[:i])]
    return any(m.lemma in KINDS_BY_LEMMA for i in heads for m in body[i + 1:])


def kind_before(words: Sequence[Morpheme], end: int, cls: str | None) -> Reading:
    """The kind the word right before position end names (reached over point and joining words), a
    series word (実績) narrowed by a kind word right before it (策定時の実績値)."""
    at = nearest_kind_word(words, end)
    if at is None:
        return unnamed_kind_reading(words, end) if cls == VALUE else NONE
    before = nearest_kind_word(words, at) if words[at].lemma in SERIES_MORPHEMES else None
    if before is None and words[at].lemma in SERIES_MORPHEMES and (start := span_point_reading(words, at)).kind == "baseline":
        return start  # 計画開始時の実績: the series at the plan's start is its baseline; at its end (最終年度の実績), that year's actual
    if before is None:
        # 策定時現在の数値, 計画策定前の数値 (計画 names whose drafting), not 実績 … 目標
        alone = sum(m.lemma in KINDS_BY_LEMMA and not names_a_span(words, i) for i, m in enumerate(words[:end])) == 1
        return Reading(kind_of_word(words[at].lemma, cls), one_phrase=alone)
    # a kind word before the series says which point of it (策定時実績); one naming no kind for sure here
    # (実績見込 with no head saying value or amount) leaves the kind unsure
    return Reading(kind_of_word(words[before].lemma, cls), one_phrase=True)


def unnamed_kind_reading(words: Sequence[Morpheme], end: int) -> Reading:
    """The kind a value's head at end names with no kind word before it: by the point of the span it is dated at
    (計画開始時の値), by the present as its only point (現在値, 現在の数値: the actual), or by a word naming a kind only there
    (達成値, 当該値: VALUE_KIND_MODIFIERS); else none."""
    if (span := span_point_reading(words, end)).kind is not None:
        return span
    before = [m for m in words[:end] if m.pos not in JOINING_POS]
    if before and before[0].lemma in KIND_BY_PRESENT_POINT and all(m.lemma in POINT_MORPHEMES for m in before):
        return Reading(KIND_BY_PRESENT_POINT[before[0].lemma], one_phrase=True)
    if len(before) == 1 and end == len(words) - 1 and before[0].lemma in KIND_BY_VALUE_MODIFIER:
        return Reading(KIND_BY_VALUE_MODIFIER[before[0].lemma], one_phrase=True)  # 達成値, 当該値
    return NONE


def names_state_only(words: str) -> bool:
    """True for words naming the state of things and nothing else (現状, 現状値, 現状の数値): no point of time dates it."""
    content = content_words(words)
    return bool(content) and content[0].lemma in STATE_VALUE_HEADS and content[0].lemma in KINDS_BY_LEMMA \
        and all(m.lemma in VALUE_HEADS for m in content[1:])


def rates_a_change(words: str) -> bool:
    """True for a rate or degree of one word naming a change or the reaching of a goal, nothing else (伸長率, 到達率, 進捗度):
    it compares the table's own figures, a ratio; not 受診率 or 満足度, which name what an indicator measures."""
    content = content_words(words)
    return len(content) == 2 and content[0].lemma in CHANGE_MORPHEMES and content[1].lemma in CHANGE_RATE_HEADS


def span_point_reading(words: Sequence[Morpheme], end: int) -> Reading:
    """The kind a value names by the end of a span it is dated at, the word nearest before end over point and
    joining words, after nothing but the span's name (計画開始時の値: baseline, 計画最終年度の数値, 計画期間末の値: target), else none."""
    at = next((i for i in range(end - 1, -1, -1) if words[i].lemma not in POINT_MORPHEMES and words[i].lemma not in VALUE_HEADS
               and words[i].pos not in JOINING_POS and not just_before_a_start(words, i)), None)  # over a value's own head too
    if at is None:
        return NONE
    if words[at].lemma in REVIEW_MORPHEMES and (words[at + 1].lemma in POINT_MORPHEMES or at + 1 == end):  # 評価値 as 評価時の値
        before_review = [m for m in words[:at] if m.pos not in JOINING_POS]
        return Reading("actual", one_phrase=True) if all(m.pos == NOUN_POS and m.lemma not in KINDS_BY_LEMMA for m in before_review) \
            else NONE  # 評価時点の数値, 中間見直し時の値: as the values stand when the plan is reviewed
    if words[at].lemma in SPAN_NAME_MORPHEMES and words[at + 1].lemma == SPAN_END_SUFFIX:
        kind, at = "target", at + 1  # 計画期間末: the span's end
    elif words[at].lemma in SPAN_NAME_MORPHEMES and words[at + 1].lemma in BEFORE_MORPHEMES:
        kind, at = "baseline", at + 1  # 計画期間前: before the span began, its starting state
    elif words[at].lemma in KIND_BY_SPAN_POINT:
        kind = KIND_BY_SPAN_POINT[words[at].lemma]
    else:
        return NONE
    before = [m for m in words[:at] if m.pos not in JOINING_POS]
    if before and all(m.lemma in SPAN_NAME_MORPHEMES for m in before[1:]) and before[0].lemma in PREVIOUS_SPAN_MORPHEMES \
            and len(before) > 1:
        return Reading("baseline", one_phrase=True)  # 前期計画の最終実績: the previous plan's end, before this one began
    if at + 1 < len(words) and just_before_a_start(words, at + 1) \
            and all(m.pos == NOUN_POS and m.lemma not in KINDS_BY_LEMMA for m in before):
        return Reading("baseline", one_phrase=True)  # 事業開始前の値: before anything started, its state then is the base
    if any(m.lemma not in SPAN_NAME_MORPHEMES for m in before):
        return NONE  # 目標最終年度の値, 事業開始時の人数: the point of something else than the plan's span
    return Reading(kind, one_phrase=True)


def just_before_a_start(words: Sequence[Morpheme], i: int) -> bool:
    """True for a word saying the time just before (前) right after a word naming a start or the baseline's point (計画開始前,
    計画策定前): the state before the start is the state the plan starts from, read as that point."""
    if words[i].lemma not in BEFORE_MORPHEMES or i == 0:
        return False
    lemma = words[i - 1].lemma
    return KIND_BY_SPAN_POINT.get(lemma) == "baseline" or KINDS_BY_LEMMA.get(lemma, (None, None))[0] == "baseline" \
        or names_a_span(words, i - 1)


def names_a_span(words: Sequence[Morpheme], i: int) -> bool:
    """True for a span's name (計画, 期間) that a point of it, another span word or its drafting follows (計画策定, 計画開始, 計画期間,
    計画前, 計画期末): it says whose point the words name, no kind of its own (計画 alone before a value is the plan's)."""
    if words[i].lemma not in SPAN_NAME_MORPHEMES or i + 1 >= len(words):
        return False
    after = words[i + 1].lemma
    return after in KINDS_BY_LEMMA or after in KIND_BY_SPAN_POINT or after in SPAN_NAME_MORPHEMES or after in BEFORE_MORPHEMES \
        or after == SPAN_END_SUFFIX


def nearest_kind_word(words: Sequence[Morpheme], end: int) -> int | None:
    """The index of the kind word nearest before end, only point, value and joining words between, or None."""
    for i in range(end - 1, -1, -1):
        m = words[i]
        if m.lemma in KINDS_BY_LEMMA and not names_a_span(words, i):
            return i
        if m.lemma not in POINT_MORPHEMES and m.lemma not in VALUE_HEADS and m.pos not in JOINING_POS \
                and not just_before_a_start(words, i) and not (i > 0 and staged_kind(words, [i - 1, i])):  # 補正前の額
            return None  # over a value's own head too: 初期値の数値 is the 初期値
    return None


def kind_of_word(lemma: str, cls: str | None) -> str | None:
    """The kind a word names over a class of number; with no class known, the one kind it names either way."""
    over_value, over_amount = KINDS_BY_LEMMA[lemma]
    if cls == VALUE:
        return over_value
    if cls == AMOUNT:
        return over_amount
    named = {k for k in (over_value, over_amount) if k is not None}
    return named.pop() if len(named) == 1 else None
