"""Header cells read into facets: year, kind, unit and the words that name the measure.

    R6年度当初予算額(千円)  → year 2024, kind budget, unit 千円, label 当初予算額
    目標値(2025年)          → year 2025, kind target
    前年度                  → relative year -1 (resolved against the document's own year)
    財源内訳 / 国県支出金    → a path: label 財源内訳 国県支出金

A header path (the cells above a column, or left of a row) merges top to bottom: the lowest
level that states a facet wins, except that a ratio or difference anywhere on the path
makes the whole path one (構成比 over R6 / R5 are shares, not amounts).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from extract.interpret.compound import (
    AMOUNT, NONE as NO_READING, VALUE, Reading, content_words, dated_word_kind, dates_only_named_points, heads_an_amount, is_head_alone,
    kind_word_inside_a_name, names_judgement_only, names_latest_only, names_state_only, rates_a_change, read_compound, readings_of_word_alone,
)
from extract.vocab import (
    FISCAL_YEAR_NOUN, FUNDING_PART_WORDS, GENERIC_HEADER_WORDS, HEADER_KINDS, INDICATOR_HEADS, KIND_PHRASE_FOLDS, KIND_REFINEMENTS, CHANGE_SPAN_ENDINGS, LABEL_HEADS, SIGN_NOTED_CHANGE,
    PHRASE_LINKS, ROW_NAME_HEADS, AMOUNT_KINDS, KPI_KINDS, MONEY_NOUN_WORDS, MONEY_TABLE_WORDS, NOT_RATIO_SUFFIXES, QUANTITY_NAMES_WITH_KIND_WORDS, RATIO_SUFFIX,
    RELATIVE_YEAR_WORDS, SORT_HEADS, UNIT_WORDS, VALUE_HEADS, WHOLE_CELL_KIND_WORDS, WIDENING_SUFFIXES, YEAR_POINT_WORDS,
)
from normalize import Year, clean_text, normalize_unit, parse_year, unit_from_header
from normalize.text import formula_operation
from normalize.annotations import qualifiers_in
from normalize.brackets import bracket_groups, without_bracket_groups
from normalize.years import find_year, without_years
from normalize.units import MONEY_BASE_UNIT, UNIT_LABEL_PATTERN, is_known_unit, parse_unit
from normalize.vocab import BRACKET_CLOSERS, BRACKET_OPENERS, DIFFERENCE_OPERATION, ERA_OFFSETS, HEADER_QUALIFIERS, QUOTIENT_OPERATION, Qualifier, MINUS_CHARS, NOTE_MARK_PATTERN, SCALE_WORDS

DERIVED_KINDS = frozenset({"ratio", "difference"})
JUDGED_AGAINST = "target"  # the kind a judgement (達成状況, 進捗評価) measures the figures against
OPENERS, CLOSERS = re.escape(BRACKET_OPENERS), re.escape(BRACKET_CLOSERS)
BRACKET_CHARS_RE = re.compile(f"[{OPENERS}{CLOSERS}]")
# a bracket stating a unit ((千円), 〈単位：人〉) or a unit statement (単位：千円, 単位・人, 単位 千円)
# (a statement first: 【単位】千円 is one, not a bracketed 単位 before a word)
UNIT_BRACKET_RE = re.compile(f"[{OPENERS}]?\\s*{UNIT_LABEL_PATTERN}\\S+|[{OPENERS}]\\s*[^{OPENERS}{CLOSERS}]{{1,8}}[{CLOSERS}]")
YEAR_DIGIT_RE = re.compile(r"[0-9０-９元]")
BARE_UNIT_MAX_CHARS = 5  # 百万円, 千人回: longer cells are words, not a unit


@dataclass(frozen=True, slots=True)
class Facets:
    """What one header cell (or a merged header path) says about the numbers under it."""

    year: Year | None = None
    kind: str | None = None  # HEADER_KINDS key: baseline, actual, target, budget, ratio …
    unit: str | None = None  # the unit as stated (千円, 人, %), before scaling
    relative_year: int | None = None  # 本年度 0, 前年度 -1 …: needs the document's year
    label: str = ""  # the header's words without its year and unit
    unread: bool = False  # words the reader does not know say what the numbers are (ＧＧ / 金額, 昨年度予算額)
    qualifiers: tuple[str, ...] = ()  # what the header's words say of every value under it (実績見込: estimated)

    @property
    def is_empty(self) -> bool:
        return self == EMPTY


EMPTY = Facets()


KIND_CACHE_SIZE = 4096  # header texts whose kind is kept: a table asks for each header word's kind many times
FACETS_CACHE_SIZE = 4096  # header texts whose facets are kept (read_facets): a run reads most texts several times
RATIO_LABEL_MAX_CHARS = 10  # a ratio column's header is a short label (構成比, 前年度比, 割合(%)); a longer one names an indicator


ERA_APART_RE = re.compile(f"(?:{'|'.join(ERA_OFFSETS)})(?![0-9０-９元\\s])")  # 令和目標値: an era name its year's number does not follow
SIGN_NOTED_CHANGE_RE = re.compile(f"{SIGN_NOTED_CHANGE[0]}[{re.escape(MINUS_CHARS)}]{SIGN_NOTED_CHANGE[1]}")


def without_sign_note(text: str) -> str:
    """The header's words with a change written with its minus sign (増△減) as the change (増減)."""
    return SIGN_NOTED_CHANGE_RE.sub("".join(SIGN_NOTED_CHANGE), text)


def folded(text: str) -> str:
    """A header's words with the particle joining a noun phrase folded away (最新の数値 → 最新値,
    策定時の値 → 策定時値) and a change's sign note (増△減 → 増減): the phrase a kind word names, written
    either way."""
    compact = without_sign_note(text.replace(" ", "").replace("　", ""))
    for long, short in KIND_PHRASE_FOLDS:
        compact = compact.replace(long, short)
    return compact


@lru_cache(maxsize=KIND_CACHE_SIZE)
def kind_of(text: str) -> str | None:
    """The kind a header word announces (HEADER_KINDS order, then KIND_REFINEMENTS), or None."""
    if names_labels(text) or names_indicators(text):
        return None
    compact = without_quantity_names(folded(text))
    looked_up = [kind for kind, words in HEADER_KINDS if any(w in compact for w in words)] or whole_cell_kinds(compact)
    if len(KPI_KINDS.intersection(looked_up)) > 1 and ERA_APART_RE.search(text):
        return None  # 計画策定時(令和目標値(最終年度)3年): two headers run together through a year, its era apart from its number
    kinds = settled_kinds(without_sign_note(text.replace(" ", "").replace("　", "")), looked_up)
    if not kinds and formula_operation(text) == DIFFERENCE_OPERATION:
        kinds = ["difference"]  # A－B, (A)-(B): the columns' letters and the difference the column computes of them
    if names_ratio(compact) or states_quotient(text):
        kinds = ["ratio"]  # 増減比, 前年度対比（A/B）: a ratio of the change or of the columns, whatever word names it
    kind = kinds[0] if kinds else None
    if kind in KPI_KINDS and (len(KPI_KINDS.intersection(kinds)) > 1 or glued_kinds(text)):
        return None  # 計画策定時(令和目標値(最終年度)3年): two headers run together, neither is sure
    if kind == "ratio" and len(without_bracket_groups(compact, "")) > RATIO_LABEL_MAX_CHARS:
        return None  # …と感じる市民の割合: an indicator measured as a share, not a 構成比 column
    return refined_kind(kind, compact)


def without_quantity_names(compact: str) -> str:
    """The header without the names of quantities that hold a kind word (社会増減数: net migration), but for
    one counted over a span or from a point (過去5年間の増減数, 策定時からの増減数): that is a change."""
    for name in QUANTITY_NAMES_WITH_KIND_WORDS:
        before, found, _ = compact.partition(name)
        if found and not before.endswith(CHANGE_SPAN_ENDINGS):
            compact = compact.replace(name, "")
    return compact


def states_quotient(text: str) -> bool:
    """True for a header whose bracket computes a quotient of columns (前年度対比（A/B）, 比較（C/B）): the column is
    their ratio, whichever comparing word (対比, 比較) it is named by."""
    return any(formula_operation(g.content) == QUOTIENT_OPERATION for g in bracket_groups(text))


def refined_kind(kind: str | None, compact: str) -> str | None:
    """The kind a second word of the header refines the kind it names to (KIND_REFINEMENTS), else that kind."""
    return next((refined for base, words, refined, keeping in KIND_REFINEMENTS
                 if kind == base and any(w in compact for w in words) and not any(w in compact for w in keeping)), kind)


def glued_kinds(text: str) -> bool:
    """True when the words a year or a bracket parts in the header each state a KPI kind of their own,
    two different ones, and do not read as one phrase (現状 | 2030年度（R12）最終目標値: two headers
    run together by a layout; not 策定時（2019年）の実績値)."""
    words = without_bracket_groups(without_years(text), " ")
    parts = words.split()
    return len(parts) > 1 and len(KPI_KINDS.intersection(kind_of(p) for p in parts)) > 1 \
        and not read_compound(words).one_phrase


def settled_kinds(text: str, kinds: list[str]) -> list[str]:
    """The kinds a lookup of kind words found in a header, settled by reading it as a compound: a head
    making it a ratio or a difference of what it names (前年度比較, 策定時からの伸び) makes it that; where
    the lookup found no kind, the compound's own kind where it has one, and where it found two KPI kinds,
    the compound's where it reads them as one phrase (策定時の実績値; 策定時現在の数値, whose 現在の数値 is
    no actual here; not 実績 (2021年度 目標 …, two run together). A unit statement is no part of the words (補正後 / 単位：円)."""
    words = outer_words(text)
    reading = read_compound(words)
    if kinds and reading.derived and names_judgement_only(words) and len(stated := bracketed_value_kinds(text)) == 1 \
            and stated.issuperset(kinds) and JUDGED_AGAINST not in stated:
        # 進捗状況（実績）: the bracket says what the figures judged are; 達成状況（目標） names the yardstick, no figures
        return list(stated)
    if kinds and reading.derived:
        # measured against a kind (目標に対する進捗度): the ratio or difference word the lookup found says which
        return [reading.kind] if reading.kind else [k for k in kinds if k in DERIVED_KINDS][:1]
    if KPI_KINDS.intersection(kinds) and (over_cost := cost_qualified(text)) is not None:
        return [over_cost]  # 事業費（計画値）: the plan's value of a cost is its planned amount, no target
    two_kpi_kinds = len(KPI_KINDS.intersection(kinds)) > 1
    if reading.kind and not reading.derived and (not kinds or reading.one_phrase and two_kpi_kinds):
        return [reading.kind]
    if reading.kind in KPI_KINDS and reading.one_phrase and KPI_KINDS.intersection(kinds):
        return [reading.kind]  # 基準時点の実績: the series at the base point, read whole; not the 実績 inside it
    if kinds and KPI_KINDS.issuperset(kinds) and kind_word_inside_a_name(words):
        return []  # 目標達成件数: a count of achievements; the kind word names what is counted, no kind of the column
    if reading.kind in KPI_KINDS and reading.one_phrase and kinds and AMOUNT_KINDS.issuperset(kinds):
        return [reading.kind]  # 見込値: its head says a value, no amount, whatever an amount's word in it says
    if not kinds and reading.kind == "difference" and is_head_alone(words):
        return ["difference"]  # 差（B－A）: the change of the columns it names; 観光客数の伸び names an indicator
    if not kinds and rates_a_change(words):
        return ["ratio"]  # 伸長率, 到達度: a rate of the change or of the reaching, of the table's own figures
    if not kinds and not reading.derived and (postposed := postposed_reading(text)).kind and not postposed.derived:
        return [postposed.kind]
    if not kinds and find_year(clean_text(text)) is not None and (dated := dated_word_kind(words)):
        return [dated]  # 基準（令和4年）, 現況（R4）: a kind word the year dates
    if not kinds and len(agreed := readings_of_word_alone(words) & bracketed_kinds(text)) == 1:
        return list(agreed)  # 実績（確定値）: of 実績's two readings, the one its bracket names too (a value: the actual)
    if not kinds and names_provisional_value(words):
        return ["actual"]  # 速報値, 暫定値: a figure not yet final is one already measured
    return kinds


def names_provisional_value(words: str) -> bool:
    """True for words saying no more than that a value is provisional (速報値, 暫定値, 速報): only a figure already measured
    waits for its final count, so it is the actual (flagged provisional by its qualifier); not an amount (速報額) nor
    words naming anything else beside it."""
    found, rest = qualifiers_in(words)
    return Qualifier.PROVISIONAL in found and all(m.lemma in VALUE_HEADS for m in content_words(rest))


def bracketed_kinds(text: str) -> frozenset[str]:
    """The kinds the header's brackets name by their own words (（確定値）: the actual)."""
    return frozenset(k for g in bracket_groups(text) if (k := read_compound(g.content).kind) is not None)


def bracketed_value_kinds(text: str) -> frozenset[str]:
    """The KPI kinds the header's brackets name over a value, a kind word of two readings alone too (（実績）: the actual)."""
    return frozenset(k for g in bracket_groups(text) for k in ({read_compound(g.content).kind} | readings_of_word_alone(g.content))
                     if k in KPI_KINDS)


def cost_qualified(text: str) -> str | None:
    """The amount kind a header names where its words outside the brackets head an amount or a cost and name no
    KPI kind (事業費, 所要額) and its bracket names a value's kind (事業費（計画値）, 事業費（実績値）): the bracket's kind
    word read over the amount its head names (計画: the plan; 実績: the settlement), else None (観光消費額（目標値）:
    an indicator's words before the head, no cost qualified)."""
    outer = outer_words(text)  # 事業費（計画値）〈千円単位〉: the unit's bracket qualifies nothing
    own = read_compound(outer) if heads_an_amount(outer) else NO_READING
    if own.kind is not None:
        return None if own.kind in KPI_KINDS else own.kind  # 所要額（計画値）: the head's own words name the amount's kind
    if not heads_an_amount(outer):
        return None
    reading = postposed_reading(without_unit_brackets(text))
    return reading.kind if reading.kind in AMOUNT_KINDS and not reading.derived else None


def postposed_reading(text: str) -> Reading:
    """The header read with its bracketed words set before the words they follow, as a modifier stands
    before its head (事業費（見積） as 見積事業費, 事業費（予定） as 予定事業費); where both head an amount, the bracket
    restates it with a head of its own (事業費（所要額）: the 所要額), read alone; none without both."""
    bare = without_years(text)
    inner = "".join(g.content for g in bracket_groups(bare) if not BRACKET_CHARS_RE.search(g.content))
    outer = without_bracket_groups(bare, "").strip()
    if not inner.strip() or not outer:
        return NO_READING
    reading = read_compound(inner + outer)
    if reading.kind is None and heads_an_amount(inner) and heads_an_amount(outer):
        return read_compound(inner)
    return reading


def names_labels(text: str) -> bool:
    """True for a header whose words, or a bracket's, end in a word naming the rows' labels (目標指標の名称,
    数値目標（指標名）): a column of names, no kind of number, whatever kind word the list's name holds."""
    compact = text.replace(" ", "").replace("　", "")
    parts = [without_bracket_groups(compact, ""), *(g.content for g in bracket_groups(compact))]
    return any(part.endswith(LABEL_HEADS) for part in parts)


def names_indicators(text: str) -> bool:
    """True for a header whose words, its brackets aside, end in a noun naming indicators (目標となる指標, 実績を測る
    指標, 現状値を示す KPI): the column of their names, whatever kind word modifies the head; not where the header is
    dated or a bracket states a kind (目標となる指標（R7）, 指標（目標）: values of the kind, names have no date)."""
    cleaned = clean_text(text)
    if find_year(cleaned) is not None or FISCAL_YEAR_NOUN in cleaned:
        return False
    words = "".join(without_bracket_groups(cleaned, "").split())
    return words.endswith(INDICATOR_HEADS) and not any(kind_of(g.content) in KPI_KINDS for g in bracket_groups(cleaned))


def names_unit(text: str) -> bool:
    """True for a label or header whose words end in a unit word, its head (単位, 指標の単位, 数値の単位): it names
    the unit of the rows' values, whatever the words before the head name (指標 there names no indicator); a unit
    word's name is the unit too (単位名, 単位の名称)."""
    compact = without_widening_suffix(without_bracket_groups("".join(text.split()), ""))
    return compact.endswith(UNIT_WORDS) or _unit_word_named(compact)


def without_widening_suffix(compact: str) -> str:
    """The words without a suffix widening the noun before them (単位等 → 単位): the noun is their head."""
    return next((compact.removesuffix(s) for s in WIDENING_SUFFIXES if compact.endswith(s) and len(compact) > len(s)), compact)


def _unit_word_named(compact: str) -> bool:
    """True for words ending in a unit word and a head naming it or its sort (単位名, 単位の名称, 単位の種類)."""
    head = next((h for h in sorted((*ROW_NAME_HEADS, *SORT_HEADS), key=len, reverse=True) if compact.endswith(h)), None)
    modifier = compact[:-len(head)] if head else ""
    return modifier.endswith(UNIT_WORDS) or any(modifier.endswith(tuple(w + link for w in UNIT_WORDS)) for link in PHRASE_LINKS)


YEAR_FRAME_RE = re.compile(f"[\\s{OPENERS}{CLOSERS}/／・、,，~〜～\\-－]")  # what joins a cell's years (2020年度（令和2年度）)


def whole_cell_kinds(text: str) -> list[str]:
    """The kind of a header cell that is nothing but a word naming it only as a whole cell (現状,
    現状 2014年 （人）: not 現状・課題), its years, units and brackets aside."""
    rest = words_beside_years(text)
    return [kind for kind, words in WHOLE_CELL_KIND_WORDS if rest in words]


def outer_words(text: str) -> str:
    """A header's words outside its brackets, its years and its unit's bracket, each left as a blank: the words
    a compound reading reads (事業費（計画値）〈千円単位〉 2024年度 as 事業費)."""
    return without_bracket_groups(without_years(without_unit_brackets(text)), " ")


def without_unit_brackets(text: str, blank: str = " ") -> str:
    """The text with every bracket that states a unit ((千円), （単位：人）) replaced by blank."""
    return UNIT_BRACKET_RE.sub(lambda m: blank if unit_from_header(m.group(0)) else m.group(0), text)


def words_beside_years(text: str) -> str:
    """What a header cell says besides its years, its units, the point of the year it means
    (末, 時点) and the brackets and signs that join them: 現状 2014年 （人） → 現状."""
    rest = without_unit_brackets(without_years(text))
    for word in YEAR_POINT_WORDS:
        rest = rest.replace(word, " ")  # 現状 令和元年度末
    return YEAR_FRAME_RE.sub("", rest)


def names_ratio(text: str) -> bool:
    """A header word ending in 比 (構成比, 前年度比, 増減比（%）), not 対比: it names a ratio."""
    word = without_bracket_groups(text, "").strip()
    return word.endswith(RATIO_SUFFIX) and not word.endswith(NOT_RATIO_SUFFIXES)


def relative_year_of(text: str) -> int | None:
    compact = text.replace(" ", "")
    return next((offset for word, offset in RELATIVE_YEAR_WORDS if word in compact), None)


# 本年度当初千円: a money unit set on its own line under the header's words, the lines joined by a layout
# Leftmost match first, so a scale word is taken whole (百万円, never its tail 万円).
GLUED_MONEY_UNIT_RE = re.compile(f"(?:{'|'.join(sorted(SCALE_WORDS, key=len, reverse=True))})円$")


def glued_money_unit(text: str) -> str | None:
    """The scaled yen unit a header's words end with, no bracket around it (本年度当初千円, 予算額百万円):
    the unit line of a header cell joined to its words; a bare 円 ends words too (補助金円 is none)."""
    compact = text.replace(" ", "").replace("　", "")
    m = GLUED_MONEY_UNIT_RE.search(compact)
    if m is None or m.start() == 0 or compact[m.start() - 1].isdigit():
        return None  # a unit alone is bare_unit's; after digits it is an amount (1,000千円)
    return m.group(0)


def bare_unit(text: str) -> str | None:
    """A header cell that is nothing but a unit (千円, 人, %)."""
    compact = text.replace(" ", "")
    if len(compact) > BARE_UNIT_MAX_CHARS or any(ch.isdigit() for ch in compact):
        return None
    unit = normalize_unit(compact)
    return compact if unit and is_known_unit(unit) else None


WORD_RUN_RE = re.compile(r"[\W_]")  # what parts a header's words (brackets, signs, spaces) when comparing them
YEAR_RUN_MIN = 3  # a cell naming this many different years holds a row of year headers run together
FISCAL_RUN_MIN = 2  # … or this many different fiscal years (年度): one header names one


def runs_years(text: str) -> bool:
    """True for a cell that names YEAR_RUN_MIN or more different years (H22 H23 H24 H25 H26 read
    into one cell with a chart's title), two different fiscal years (2020年度(令和2年度)2021年度
    (令和3年度): two header cells run together, a range would say 〜), or two different years each
    after the same words (目標（R7（2025）目標（R9（2027）年度）: one header's words twice): no one of
    them is its year."""
    cleaned, pos = clean_text(text), 0
    years: set[tuple[int, int]] = set()
    fiscal: set[tuple[int, int]] = set()
    words: dict[str, tuple[int, int]] = {}  # the words before each year, to the year they name
    repeated = False
    while (found := find_year(cleaned, pos)) is not None and len(years) < YEAR_RUN_MIN:
        year, start, end = found
        span, before = (year.start, year.end), WORD_RUN_RE.sub("", cleaned[pos:start])
        repeated = repeated or (bool(before) and words.setdefault(before, span) != span)
        years.add(span)
        if year.basis == "fiscal":
            fiscal.add(span)
        pos = end
    return len(years) >= YEAR_RUN_MIN or len(fiscal) >= FISCAL_RUN_MIN or repeated


NOTE_MARK_RE = re.compile(rf"^(?:[a-zA-Z]|[0-9]|{NOTE_MARK_PATTERN}[0-9]*)\)\s*")  # a) 人口: a footnote's mark, no unit


@lru_cache(maxsize=FACETS_CACHE_SIZE)
def read_facets(text: str) -> Facets:
    """Given one header cell's text, return its facets (each text read once: a table's header
    cells are read again for every path through them)."""
    text = NOTE_MARK_RE.sub("", text.strip())
    if not text:
        return EMPTY
    year = parse_year(text) if YEAR_DIGIT_RE.search(text) and not runs_years(text) else None
    glued = glued_money_unit(text)
    unit = unit_from_header(text) or bare_unit(text) or glued
    if unit is not None and letters_money_column(unit, text):
        unit = None  # 本年度予算額（a）: the column's letter a formula beside names it by (比較（a－b）), no ares
    label = text
    if year is not None:
        label = label.replace(year.text, " ")
        if find_year(clean_text(label)) is not None:
            label = without_years(label)  # 2024年度（令和6年度）, 令和６年度: the year as written is not year.text
    label = "" if unit == text else (UNIT_BRACKET_RE.sub(" ", label) if unit else label)
    if unit and unit == glued:
        label = label.rstrip().removesuffix(unit)
    label = " ".join(BRACKET_CHARS_RE.sub(" ", label).split())
    kind = kind_of(text)
    # 前年度対比 / 前年度比 compare with last year: the figure belongs to this one
    relative = None if kind in DERIVED_KINDS else relative_year_of(text)
    facets = Facets(year, kind, unit, relative, label, qualifiers=header_qualifiers(label))
    return replace(facets, unread=words_unread(facets))


def letters_money_column(unit: str, text: str) -> bool:
    """True for a unit of one Latin letter (a: ares) stated by a header whose words name money (本年度予算額（a）,
    前年度（b）): the letter a formula names the column by; an area of ares is no amount of money."""
    return len(unit) == 1 and unit.isascii() and unit.isalpha() and (
        kind_of(text) in AMOUNT_KINDS or relative_year_of(text) is not None or any(w in text for w in NAMING_WORDS))


def header_qualifiers(label: str) -> tuple[str, ...]:
    """What a header's words say of every value under it that its kind does not (実績見込, 速報値: the
    actual estimated or provisional, no plain actual): normalize.vocab.HEADER_QUALIFIERS."""
    found, _ = qualifiers_in(label)
    return tuple(q for q in found if q in HEADER_QUALIFIERS)


NAMING_WORDS = (*MONEY_TABLE_WORDS, *FUNDING_PART_WORDS, *MONEY_NOUN_WORDS)
GENERIC_BY_LENGTH = tuple(sorted(GENERIC_HEADER_WORDS, key=len, reverse=True))  # 細節 before 節, 合計 before 計
FORMULA_LETTER_RE = re.compile(r"(?<![A-Za-z])[A-Za-z](?![A-Za-z])")  # 歳出額 A, 給与費 B/A: a formula's letters
WORD_CHAR_RE = re.compile(r"[^\W\d_]")
SPACED_LETTER_MAX_CHARS = 1  # a header cell of this many letters is one set apart (歳 | 入 | 歳 | 出), no word


def is_unresolved_year(facets: Facets) -> bool:
    """The header names a fiscal year it does not say (先年度予算額: no year, no relative word known); a named point
    (最終年度の目標値, 基準年度の値) is no such year: the table or the plan states it."""
    return facets.year is None and relative_year_of(facets.label) is None and FISCAL_YEAR_NOUN in facets.label \
        and not dates_only_named_points(facets.label, FISCAL_YEAR_NOUN)


def level_reading(facets: Facets) -> str:
    """What one header cell says its numbers are: "states" it by a kind, a relative year or a word
    naming money (一般財源, 繰入金, 減免額); "generic" when it says no more than a year, generic words
    (金額, 計, 節), units, marks, a formula's letters (A+B) or a letter set apart (歳 | 入: a title
    spaced over the columns); else "unknown" (ＧＧ, 伸び, ＣＣ（R6）: a year, but of what?)."""
    if facets.kind or facets.relative_year is not None:
        return "states"
    rest = FORMULA_LETTER_RE.sub("", _without_generic_words(facets.label))
    if len(WORD_CHAR_RE.findall(rest)) <= SPACED_LETTER_MAX_CHARS:
        return "generic"
    return "states" if any(w in facets.label for w in NAMING_WORDS) else "unknown"


def _without_generic_words(label: str) -> str:
    for word in GENERIC_BY_LENGTH:
        label = label.replace(word, " ")
    return label


def words_unread(facets: Facets) -> bool:
    """A header cell whose words the reader does not know, or that names a year it does not say."""
    return is_unresolved_year(facets) or level_reading(facets) == "unknown"


def merge_path(path: Sequence[Facets]) -> Facets:
    """Merge header facets from the outermost level to the innermost."""
    path = with_kinds_by_unit(path)
    merged = EMPTY
    labels: list[str] = []
    # ＧＧ / 金額, ＣＣ / R6: words the reader does not know over generic ones or a bare year leave the
    # column unread; a level naming the money reads it (財源内訳 / 国・県, a header wrapped into levels:
    # (参考)一人当た / り給与費)
    readings = [level_reading(f) for f in path]
    unread = any(is_unresolved_year(f) for f in path) or ("unknown" in readings and "states" not in readings)
    for facets in path:
        if facets.label and facets.label not in labels:
            labels.append(facets.label)
        kind = merged.kind if merged.kind in DERIVED_KINDS else (facets.kind or merged.kind)
        merged = replace(
            merged,
            year=facets.year or merged.year, kind=kind, unit=facets.unit or merged.unit,
            qualifiers=tuple(dict.fromkeys(merged.qualifiers + facets.qualifiers)),
            relative_year=facets.relative_year if facets.relative_year is not None else merged.relative_year,
        )
    return replace(merged, label=" ".join(labels), unread=unread)


def with_kinds_by_unit(path: Sequence[Facets]) -> Sequence[Facets]:
    """A header path whose level names no kind of its own by a kind word alone that names one kind over a value and another
    over an amount (実績: the actual or the settlement) read by the class of the path's unit: a value's unit (人, 件, %)
    makes it the value's kind (実績 over 交流人口（人）: the actual); yen or no unit settles nothing (an indicator may count
    yen: 観光消費額（百万円））."""
    unit = next((f.unit for f in reversed(path) if f.unit), None)
    base = parse_unit(unit)[0] if unit else None
    if base is None or base == MONEY_BASE_UNIT:
        return path
    return [replace(f, kind=kind) if f.kind is None and (kind := dated_word_kind(f.label, VALUE)) else f for f in path]


def table_class(kinds: Sequence[str | None]) -> str | None:
    """The class of number a table's columns show by the kinds they name (their own words): values where every kind named
    is a KPI kind (目標値, 基準値), amounts where every one is an amount's (予算額, 決算額; a difference aside); else None."""
    named = {k for k in kinds if k is not None and k != "difference"}
    return VALUE if named and named <= KPI_KINDS else AMOUNT if named and named <= AMOUNT_KINDS else None


def kind_over_class(text: str, cls: str) -> str | None:
    """The kind a header names read over the class of number its table shows (table_class), where its words name a kind
    only over one (年度末実績, 実績（速報） beside 目標値: the actual; beside 予算額, the settlement): a kind word of two readings,
    read as its neighbours are; none for a ratio's or a difference's words, nor where the words name a kind without the
    class (計画策定時(令和目標値…: kind_of refused two headers run together; the class is no reason to read them)."""
    words = outer_words(clean_text(text))
    if read_compound(words).kind is not None or dated_word_kind(words) is not None:
        return None
    reading = read_compound(words, cls)
    return None if reading.derived else reading.kind or dated_word_kind(words, cls)


def actuals_between(columns: Sequence[tuple[str | None, Year | None, str | None]]) -> frozenset[int]:
    """Given a table's value columns in order as (kind, year, unknown word or None), the indexes of
    those under one word the reader does not know that each stand after a baseline and before a
    target and are dated between their years (策定時（H29） | ＢＢ（H30） | ＢＢ（H31） | めざす値（R5）),
    in a table stating no actuals of its own: the series between the two is the indicator's actuals,
    the one kind a value dated there can be whose words state no target. Anything less, none."""
    unknown = [i for i, (_, year, word) in enumerate(columns) if word is not None and year is not None]
    if not unknown or len({columns[i][2] for i in unknown}) != 1 or any(k == "actual" for k, _, _ in columns):
        return frozenset()

    def between(i: int) -> bool:
        year = columns[i][1]
        assert year is not None
        return (any(k == "baseline" and y is not None and y.end < year.start for k, y, _ in columns[:i])
                and any(k == "target" and y is not None and year.end < y.start for k, y, _ in columns[i + 1:]))

    return frozenset(unknown) if all(map(between, unknown)) else frozenset()


def states_as_latest(columns: Sequence[tuple[str | None, Year | None, str]]) -> frozenset[int]:
    """Given a table's value columns in order as (kind, year, words), the indexes of the baseline columns named by the state
    alone (現状, 現状の数値: names_state_only) in a header that also states the baseline by its point (策定時 | 現状 | 目標, 基準値 |
    現状値 | 目標値): the header's own points set the plan's start apart, so the state is as things stand now, the latest
    actual. Not one dated no later than a stated baseline, nor beside a year alone read as the baseline (H27 | 現状値 |
    R3: the plan's base year, its 現状値 the baseline); anything else, none."""
    baselines = [i for i, (kind, _, _) in enumerate(columns) if kind == "baseline"]
    states = [i for i in baselines if names_state_only(columns[i][2])]
    # a baseline stated by its point has words (策定時, 基準値): a year alone over a column (H27) states no point
    stated = [year for i in baselines if i not in states and columns[i][2] for year in [columns[i][1]]]
    if not states or not stated:
        return frozenset()
    return frozenset(i for i in states if (year := columns[i][1]) is None
                     or all(y is not None and y.end < year.start for y in stated))


def latest_as_baseline(columns: Sequence[tuple[str | None, Year | None, str]]) -> int | None:
    """Given a table's value columns in order as (kind, year, words), the index of the first column read as the actual only
    by naming the latest point (直近の現状, 最新の状況: names_latest_only), in a table stating a target and no baseline, set apart
    from the other actuals by its words and dated before them (直近の現状（H27） | 今回実績（H30） | 今回実績（R1） | 目標値): the latest
    figure the plan set its target from is its baseline. Beside a baseline, or one of a series under the same words, it stays
    the actual. Anything else, None."""
    kinds = [kind for kind, _, _ in columns]
    actual = [i for i, kind in enumerate(kinds) if kind == "actual"]
    if "baseline" in kinds or not actual or not names_latest_only(first_words := columns[actual[0]][2]) or None in kinds:
        return None  # a column under words the reader does not know (現行値), before it or after it in a table whose
        # years run backwards, may be the baseline
    year = columns[actual[0]][1]
    others, targets = [columns[i] for i in actual[1:]], [c for c in columns if c[0] == "target"]
    if not targets or any(words == first_words for _, _, words in others):
        return None
    if year is not None and any(y is not None and y.start <= year.end for _, y, _ in others + targets):
        return None
    return actual[0]
