"""Score what the extractor found in a generated document against the answers it was built with.

The rules, one place:

* Only extracted values with a number count (a KPI row with ``value`` None or a budget row
  with ``amount_yen`` None records a missing value, not a value).
* An expected value is **found** when an extracted value matches it one-to-one on: page
  (an unpaged text export is page 1), category (KPI: kind baseline / actual / target;
  budget: the category of the measure, ``measure_category``), fiscal_year, value (equal
  within ``VALUE_REL_TOL``) and label (indicator / project). Labels are compared after
  NFKC and removal of all whitespace (a wrapped name's line break is not part of it).
  The extracted label may also *contain* the expected one with at most
  ``MAX_LABEL_EXTRA_CHARS`` more characters, because documents put row numbers, units in
  brackets (人口（人）), ※ marks and the 款 above a 項 around a name, and keeping them does
  not make the name wrong. The reverse (a shorter extracted label) does not match: that
  label lost part of the name.
* **Held-out** answers are numbers the document prints that are not values of the KPI or
  amounts of the budget: 達成率 and other ratios, 類似団体平均 / 全国平均 references,
  differences (増減, 比較, 差引) and totals over several years. They are never expected.
  KPI: an extracted value matching a held-out answer on page, value and label (kind and
  year ignored) is **neutral**: neither found nor wrong.
  Budget: an extracted amount matching a held-out difference or total is neutral only
  when its measure names a difference or a total (the extractor may keep 増減 as a budget
  value whose measure says it is a difference); the same amount under a budget measure
  (予算額) passes a difference off as an amount and is wrong. A ratio is never an amount.
* **wrong** = extracted values matching neither an expected nor (neutrally) a held-out
  answer, as a share of the extracted values that are not neutral.
"""

from __future__ import annotations

import re

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from tests.corpus import vocab
from tests.corpus.generator import BudgetAnswer, KpiAnswer

VALUE_REL_TOL = 1e-9  # relative difference under which two values are equal (dimensionless)
MAX_LABEL_EXTRA_CHARS = 10  # characters an extracted label may add around the expected name
MAX_EXAMPLES = 20  # unmatched values kept per score for reports

# The ratio, difference, 財源内訳 part and 補正 measure words of the wording batches (増減比, 前年度との差, 特別区債,
# 現計予算額): the scorer knows what the generator wrote.
BATCH_CONCEPTS = ("ratio", "difference", "funding_general", "funding_bond", "funding_state", "funding_other",
                  "before_revision", "revision", "after_revision")
# NFKC, as measure_category compares (ＪＪ → JJ); a word spaced out (補 正 額) never matches the measure, whose spaces
# are taken out: the categories' own words read it (補正)
BATCH_WORDS = {c: tuple(unicodedata.normalize("NFKC", w) for batch in vocab.WORDING_BATCHES.values() for w in batch.get(c, ()))
               for c in BATCH_CONCEPTS}
# Budget measure categories, first match wins (増減率 before 増減, 補正前 before 補正, 一般財源 before 国/県).
MEASURE_CATEGORIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ratio", ("構成比", "伸率", "伸び率", "増減率", "対前年比", "比率", "割合", "%") + BATCH_WORDS["ratio"]),
    ("difference", ("増減", "比較", "差引", "差額", "対前年") + BATCH_WORDS["difference"]),
    ("before_revision", ("補正前", "既決")),
    ("after_revision", ("補正後",)),
    ("revision", ("補正",)),
    ("total", ("合計", "総額", "期間計", "期間合計")),
    ("funding_general", ("一般財源",) + BATCH_WORDS["funding_general"]),
    ("funding_bond", ("地方債", "市債", "町債", "村債") + BATCH_WORDS["funding_bond"]),
    ("funding_state", ("国", "県") + BATCH_WORDS["funding_state"]),
    ("funding_other", ("その他", "特定財源") + BATCH_WORDS["funding_other"]),
)
OPENERS, CLOSERS = "(（[［〔【{｛〈《<＜「", ")）]］〕】}｝〉》>＞」"  # every bracket the generator frames a unit with
# 計(百万円), 計〈百万円〉
UNIT_TAIL_RE = re.compile(f"[{re.escape(OPENERS)}][^{re.escape(OPENERS + CLOSERS)}]*[{re.escape(CLOSERS)}]$")
UNIT_STATEMENT_RE = re.compile(f"[{re.escape(OPENERS)}]?単位\\s*[^\\w\\s]?.*$")  # 計 単位:百万円, 計(単位:百万円), 計 単位／千円
PATH_SEPARATOR = "/"  # between a column's header levels (values.TableValue.column_header, spaces taken out)
EXACT_MEASURES = {"計": "after_revision"}  # 計 alone heads the 補正後 column of 補正 tables
DEFAULT_MEASURE_CATEGORY = "amount"  # 予算額, 事業費, 本年度, a bare year, or no measure
# The wording batches' words heading plain amounts: a measure that is one of them whole, and no batch's word of another
# concept whole, is an amount, whatever shorter word of another concept it holds (本年度予算現額（A） holds a batch's 補正前
# word 予算現額（A）; that word whole stays 補正前).
AMOUNT_CONCEPTS = ("budget", "current", "previous", "plan")
BATCH_AMOUNT_WORDS = frozenset(unicodedata.normalize("NFKC", "".join(w.split())) for batch in vocab.WORDING_BATCHES.values()
                               for c in AMOUNT_CONCEPTS for w in batch.get(c, ()))
BATCH_AMOUNT_ONLY_WORDS = BATCH_AMOUNT_WORDS - {"".join(w.split()) for words in BATCH_WORDS.values() for w in words}
# The words naming the 財源内訳 group over the funding parts (財源内訳, 補正額の財源内訳): a level of the measure's path that is one
# of them whole names no category; the part under it does (補正額の財源内訳 / 一般財源 is the general fund's share, no revision).
FUNDING_GROUP_WORDS = frozenset(unicodedata.normalize("NFKC", "".join(w.split()))
                                for w in (*vocab.FUNDING_HEADERS, *(w for batch in vocab.WORDING_BATCHES.values()
                                                                    for w in batch.get("funding_header", ()))))
NEUTRAL_BUDGET_CATEGORIES = {"difference": frozenset({"difference"}), "total": frozenset({"total"}), "ratio": frozenset()}


@dataclass(frozen=True, slots=True)
class Item:
    """One value on either side of the comparison."""

    label: str  # normalized (norm_label)
    category: str
    fiscal_year: int | None
    value: float
    page: int
    held_out: str | None = None


@dataclass(frozen=True)
class Score:
    """Counts for one group of documents: expected, found, extracted, wrong and neutral values."""

    expected: int = 0
    found: int = 0
    extracted: int = 0
    wrong: int = 0
    neutral: int = 0
    missing_examples: tuple[Item, ...] = field(default=())
    wrong_examples: tuple[Item, ...] = field(default=())

    @property
    def found_share(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def wrong_share(self) -> float:
        judged = self.extracted - self.neutral
        return self.wrong / judged if judged else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.expected + other.expected, self.found + other.found, self.extracted + other.extracted,
                     self.wrong + other.wrong, self.neutral + other.neutral,
                     (self.missing_examples + other.missing_examples)[:MAX_EXAMPLES],
                     (self.wrong_examples + other.wrong_examples)[:MAX_EXAMPLES])


def norm_label(text: str | None) -> str:
    """NFKC, all whitespace removed."""
    return "".join(unicodedata.normalize("NFKC", text or "").split())


def label_matches(expected: str, extracted: str) -> bool:
    """Equal, or the extracted label holds the expected one with a few characters around it."""
    if expected == extracted:
        return True
    return bool(expected) and expected in extracted and len(extracted) - len(expected) <= MAX_LABEL_EXTRA_CHARS


def values_equal(a: float, b: float) -> bool:
    return abs(a - b) <= VALUE_REL_TOL * max(abs(a), abs(b))


def _unit_apart(text: str) -> set[str]:
    """The measure whole and without the unit after it (本年度予算現額(A)【単位 百万円】, 本年度予算現額(A)<円>); a bracket
    ends what is left of a unit tail, or the tail was the word's own bracket (予算現額(A) is no 予算現額 with a unit)."""
    untailed = UNIT_TAIL_RE.sub("", text)
    return {text, UNIT_STATEMENT_RE.sub("", text)} | ({untailed} if untailed.endswith(tuple(CLOSERS)) else set())


def _headed_by_amount_word(text: str) -> bool:
    """A header path whose top is a batch's amount word whole and whose rest names nothing else (本年度予算現額(A)/金額)."""
    top, _, rest = text.partition("/")
    return bool(rest) and not BATCH_AMOUNT_ONLY_WORDS.isdisjoint(_unit_apart(top)) and \
        measure_category(rest) == DEFAULT_MEASURE_CATEGORY


def measure_category(measure: str | None) -> str:
    """The category of a budget measure label (see MEASURE_CATEGORIES)."""
    text = without_funding_group(norm_label(measure))
    # 計(百万円), 計(単位:百万円): the unit is no part of the measure, nor where a header's second level states it
    # (計 / (千円), 計 / 単位:千円: a PDF reader may read the unit line under 計 as a header row of its own)
    bare = UNIT_TAIL_RE.sub("", UNIT_STATEMENT_RE.sub("", text)).rstrip(PATH_SEPARATOR)
    if bare in EXACT_MEASURES:
        return EXACT_MEASURES[bare]
    if not BATCH_AMOUNT_ONLY_WORDS.isdisjoint(_unit_apart(text)) or _headed_by_amount_word(text):
        return DEFAULT_MEASURE_CATEGORY
    # a batch's word holding another's (対前年度比較 holds 対前年度比): the longest the measure holds tells
    batch = [(len(w), c) for c, words in BATCH_WORDS.items() for w in words if w in text]
    if batch:
        return max(batch)[1]
    for category, words in MEASURE_CATEGORIES:
        if any(w in text for w in words):
            return category
    return DEFAULT_MEASURE_CATEGORY


def without_funding_group(text: str) -> str:
    """A measure's path without the levels naming the 財源内訳 group (FUNDING_GROUP_WORDS, a unit bracket aside) where a level
    under them remains: the part names the category."""
    levels = text.split(PATH_SEPARATOR)
    kept = [level for level in levels if UNIT_TAIL_RE.sub("", UNIT_STATEMENT_RE.sub("", level)) not in FUNDING_GROUP_WORDS]
    return PATH_SEPARATOR.join(kept) if kept and len(kept) < len(levels) else text


def kpi_expected(answers: Iterable[KpiAnswer]) -> list[Item]:
    return [Item(norm_label(a.indicator), a.kind, a.fiscal_year, a.value, a.page, a.held_out) for a in answers]


def budget_expected(answers: Iterable[BudgetAnswer]) -> list[Item]:
    return [Item(norm_label(a.project), a.category, a.fiscal_year,
                 float(a.amount_yen if a.amount_yen is not None else a.value or 0.0), a.page, a.held_out)
            for a in answers]


def kpi_observed(values: Iterable[object]) -> list[Item]:
    """Extracted KpiValue records (duck-typed: indicator, kind, fiscal_year, value, prov.page)."""
    return [Item(norm_label(v.indicator), v.kind, v.fiscal_year, float(v.value), v.prov.page or 1)  # type: ignore[attr-defined]
            for v in values if v.value is not None]  # type: ignore[attr-defined]


def budget_observed(values: Iterable[object]) -> list[Item]:
    """Extracted BudgetValue records (project, measure, fiscal_year, amount_yen, prov.page)."""
    return [Item(norm_label(v.project), measure_category(v.measure), v.fiscal_year, float(v.amount_yen),  # type: ignore[attr-defined]
                 v.prov.page or 1) for v in values if v.amount_yen is not None]  # type: ignore[attr-defined]


def _same(e: Item, x: Item) -> bool:
    return (e.page == x.page and e.category == x.category and e.fiscal_year == x.fiscal_year
            and values_equal(e.value, x.value) and label_matches(e.label, x.label))


def _neutral(h: Item, x: Item, budget: bool) -> bool:
    if budget and x.category not in NEUTRAL_BUDGET_CATEGORIES.get(h.held_out or "", frozenset()):
        return False
    return h.page == x.page and values_equal(h.value, x.value) and label_matches(h.label, x.label)


def score(expected: Sequence[Item], observed: Sequence[Item], budget: bool = False) -> Score:
    """Match observed values one-to-one to expected ones (exact labels first), then to held-out ones."""
    wanted = [e for e in expected if e.held_out is None]
    held = [e for e in expected if e.held_out is not None]
    used: set[int] = set()
    unmatched: list[Item] = []
    for exact in (True, False):
        rest = []
        for x in (observed if exact else unmatched):
            i = next((i for i, e in enumerate(wanted) if i not in used and _same(e, x) and (e.label == x.label or not exact)), None)
            if i is None:
                rest.append(x)
            else:
                used.add(i)
        unmatched = rest
    neutral = [x for x in unmatched if any(_neutral(h, x, budget) for h in held)]
    wrong = [x for x in unmatched if x not in neutral]
    missing = tuple(e for i, e in enumerate(wanted) if i not in used)
    return Score(len(wanted), len(used), len(observed), len(wrong), len(neutral), missing[:MAX_EXAMPLES],
                 tuple(wrong[:MAX_EXAMPLES]))
