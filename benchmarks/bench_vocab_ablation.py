"""Leave one word out: how much of the product's header vocabulary is read by mechanism, how much only by its lists.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_vocab_ablation.py [--seeds 500-509] [--docs-per-word 6]
        [--batches own,dev,...] [--word 現況値 ...] [--rendering pdf_rules --sample 2]
        [--phrases [--group amount_column,measure,kpi_phrase,unit_statement]]

For each word the product's phrase tables list for a kind a header names (extract.vocab.HEADER_KINDS, the whole-cell kind
words, card labels and amount-column words: baseline / actual / target / plan / budget / settlement / difference / ratio,
point words 策定時, 基準年 …, amount words 予算額, 金額 …), the generated documents whose headers, labels or lines use it are
scored twice: with the word known, and with it taken out of every table of extract/ and normalize/ (in-process, for the run
only; the shorter words of the same kind it holds go with it, 目標値 takes 目標 along, so that what reads it is the compound
reading, its morphemes: 現状 + 値). The morpheme tables the compound reader is made of (KIND_MORPHEMES, VALUE_HEADS, …) stay:
they are the mechanism measured. A word whose documents score the same left out is read by mechanism; one whose documents
lose values is read only by the list. Prints found / wrong per word and per concept, and the share read by mechanism.

With --phrases the unit is a whole phrase the generator writes (its own lists and the development batches' words, by the
concept it stands for: amount columns 本年度当初予算額 / 補正前の額 / 計, measure words 事業費見込額 / 財源内訳 parts, a kind
with its point, bracket and modifiers 策定時の実績値 / 実績（確定値）, card labels (the same kind words) and unit statements
単位…千円): every listed word of the product the phrase holds goes out at once (前年度当初予算額: 当初予算, 予算額, 予算 …), so
that what reads the phrase is the mechanism alone; a phrase holding no listed word is reported as such.

Documents come from the generator's own words and the development wording batches (dev .. dev18, never a check batch,
held-out or unknown); text exports by default, a sample of them in another rendering with --rendering.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from extract import vocab as product_vocab
from normalize import vocab as normalize_vocab
from tests.corpus import vocab as corpus_vocab
from tests.corpus.generator import Document, Table, Text, generate_corpus
from tests.corpus.measure import RENDERINGS, score_file

DEV_BATCHES = ("own", "dev", *(f"dev{n}" for n in range(2, 19)))
# The compound reader's own lexicon (extract/interpret/compound.py): morphemes and heads, the mechanism measured, never
# taken out; and the tables built from them at import.
MECHANISM_TABLES = frozenset({
    "KIND_MORPHEMES", "SPAN_POINT_MORPHEMES", "SPAN_NAME_MORPHEMES", "POINT_MORPHEMES", "VALUE_HEADS", "STATE_VALUE_HEADS",
    "AMOUNT_HEADS", "COST_HEADS", "DERIVED_HEADS", "HEAD_KIND_MORPHEMES", "SERIES_MORPHEMES", "JUDGEMENT_HEADS",
    "STATE_HEADS", "PREVIOUS_SPAN_MORPHEMES", "BEFORE_MORPHEMES", "REVIEW_MORPHEMES", "COMPARING_PARTICLES",
    "KINDS_BY_LEMMA", "DERIVED_BY_LEMMA", "KIND_BY_SPAN_POINT", "KIND_PHRASE_LEMMAS", "JOINING_POS",
    "RELATIVE_YEAR_PREFIXES", "RELATIVE_YEAR_WORDS",  # 前年度: the prefix 前 before the year noun, and the words built of them
    # the root nouns of money (予算, 決算, 補正, 財源 …) by which a table of yen is a budget's, and the names built of them: a table's
    # lexicon as the morphemes are a header's; the kind tables' words go out all the same
    "MONEY_TABLE_WORDS", "NAMING_WORDS",
})
PRODUCT_PACKAGES = ("extract", "normalize")
READ_SHARE_TOL = 0.0  # a word is read by mechanism when its documents lose no value left out (found share, no more wrong)


@dataclass(frozen=True, slots=True)
class Counts:
    """Found / wrong / expected over some documents, KPI and budget values together."""

    expected: int = 0
    found: int = 0
    wrong: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.expected + other.expected, self.found + other.found, self.wrong + other.wrong)


# The generator's concepts (tests/corpus/vocab.py WORDING_LISTS) by the group of phrases they make: the words naming an amount
# column's kind and point, the measure words, a KPI kind with its point and modifiers (headers and card labels), unit statements.
PHRASE_GROUPS = {
    "amount_column": ("budget", "current", "previous", "before_revision", "revision", "after_revision", "difference", "ratio"),
    "measure": ("plan", "funding_header", "funding_state", "funding_bond", "funding_other", "funding_general"),
    "kpi_phrase": ("baseline", "actual", "target", "kpi_difference", "kpi_ratio"),
    "unit_statement": ("unit_caption", "header_unit", "unit_label"),
}
TEMPLATE_OPEN = "{"  # a phrase with a slot ({u}: the unit) is found by its longest literal part
# Root nouns the readers are made of, as the compound reader's morphemes are (財源: a funding source's column; 単位: a unit
# statement's label): kept, never left out, as MECHANISM_TABLES are; the phrases built on them are what is measured.
ROOT_WORDS = frozenset({*product_vocab.FUNDING_HEADER_WORDS, *normalize_vocab.UNIT_LABEL_WORDS})


def concept_words() -> dict[str, tuple[str, ...]]:
    """The product's phrase words by the concept they name: HEADER_KINDS' kinds, whole-cell kind words, card labels of
    kinds and costs, the words of amount columns, of a budget line's stage (当初 / 補正 / 現計), the measures (事業費,
    総事業費) and the 財源内訳 parts (国庫支出金, 市債); not the root nouns (ROOT_WORDS)."""
    by_concept: dict[str, list[str]] = {}
    tables = (*product_vocab.HEADER_KINDS, *product_vocab.WHOLE_CELL_KIND_WORDS,
              *((k, ws) for k, ws in product_vocab.CARD_LABELS if k in {*product_vocab.KPI_KINDS, "cost"}),
              ("amount", product_vocab.AMOUNT_COLUMN_WORDS), ("stage", tuple(sorted(product_vocab.ROW_STAGE_WORDS))),
              ("measure", product_vocab.AMOUNT_MEASURES),
              ("funding", tuple(w for w in product_vocab.FUNDING_PART_WORDS if w not in ROOT_WORDS)))
    for concept, words in tables:
        listed = by_concept.setdefault(concept, [])
        listed.extend(w for w in words if w not in listed)
    return {c: tuple(ws) for c, ws in by_concept.items()}


def first_concepts(concepts: dict[str, tuple[str, ...]]) -> list[tuple[str, str]]:
    """Each word once, under the first concept listing it (予算額: budget, not again as a card's cost or an amount)."""
    seen: dict[str, str] = {}
    for concept, words in concepts.items():
        for word in words:
            seen.setdefault(word, concept)
    return [(concept, word) for word, concept in seen.items()]


def same_kind_parts(word: str, concepts: dict[str, tuple[str, ...]]) -> frozenset[str]:
    """The word and the shorter words of its concepts it holds (目標値: 目標): taken out with it, so that no shorter
    listed word reads it."""
    own = [c for c, ws in concepts.items() if word in ws]
    return frozenset({word, *(w for c in own for w in concepts[c] if w in word)})


def generator_phrases(batches: Sequence[str], groups: Sequence[str]) -> list[tuple[str, str, str]]:
    """The phrases the generator writes for the groups' concepts, each once: (group, concept, phrase), its own lists first
    ("own"), then each development batch's words."""
    seen: set[str] = set()
    out: list[tuple[str, str, str]] = []
    for group in groups:
        for concept in PHRASE_GROUPS[group]:
            own = [w for words in corpus_vocab.WORDING_LISTS.get(concept, ()) for w in words] if "own" in batches else []
            batch = [w for b in batches if b != "own" for w in corpus_vocab.WORDING_BATCHES[b].get(concept, ())]
            for phrase in (*own, *batch):
                if phrase_key(phrase) and phrase not in seen:
                    seen.add(phrase)
                    out.append((group, concept, phrase))
    return out


def phrase_key(phrase: str) -> str:
    """What a document writes of a phrase, NFKC-folded, lines joined: the phrase, or its longest literal part around its
    slots (（単位　{u}） → (単位); empty for a slot alone (\n{u})."""
    parts = [p.split("}")[-1] for p in phrase.split(TEMPLATE_OPEN)]
    text = max(parts, key=len) if TEMPLATE_OPEN in phrase else phrase
    return unicodedata.normalize("NFKC", "".join(text.split()))


def listed_in(phrase: str, concepts: dict[str, tuple[str, ...]]) -> frozenset[str]:
    """Every listed word of the product the phrase holds (NFKC-folded, spacing aside), with the shorter words of its kinds."""
    key = phrase_key(phrase)
    held = {w for ws in concepts.values() for w in ws if unicodedata.normalize("NFKC", w) in key}
    return frozenset(p for w in held for p in same_kind_parts(w, concepts))


def without_words(value: Any, words: frozenset[str]) -> Any:
    """A table value with the words taken out: flat tuples and sets lose them, a table's row naming one (its first
    field) goes whole, dicts lose such keys; rows keep their shape."""
    if isinstance(value, tuple):
        if all(isinstance(v, str) for v in value):
            return tuple(v for v in value if v not in words)
        return tuple(_without_in_row(v, words) for v in value
                     if not (isinstance(v, tuple) and v and isinstance(v[0], str) and v[0] in words))
    if isinstance(value, frozenset):
        return frozenset(v for v in value if v not in words)
    if isinstance(value, dict):
        return {k: without_words(v, words) for k, v in value.items() if k not in words}
    return value


def _without_in_row(row: Any, words: frozenset[str]) -> Any:
    """A row of a table with the words taken out of its lists, its own fields kept (("target", ("目標値", …)))."""
    if not isinstance(row, tuple) or all(isinstance(v, str) for v in row):
        return row
    return tuple(without_words(v, words) if isinstance(v, tuple | frozenset) else v for v in row)


def product_modules() -> list[ModuleType]:
    """The product's loaded modules (extract, normalize)."""
    return [m for name, m in sorted(sys.modules.items()) if m is not None and name.split(".")[0] in PRODUCT_PACKAGES]


@contextmanager
def left_out(words: frozenset[str], modules: Sequence[ModuleType] | None = None) -> Iterator[int]:
    """Take the words out of every table of the product's modules for the block (yields how many tables changed), then
    put them back; cached readings are cleared both ways. Private tables (_PHRASES) stay: a pattern compiled at import
    from the same words goes with them."""
    changed: list[tuple[ModuleType, str, Any]] = []
    for module in modules if modules is not None else product_modules():
        for name, value in list(vars(module).items()):
            if not name.isupper() or name.startswith("_") or name in MECHANISM_TABLES or not isinstance(value, tuple | frozenset | dict):
                continue
            new = without_words(value, words)
            if new != value:
                changed.append((module, name, value))
                setattr(module, name, new)
    _clear_caches()
    try:
        yield len(changed)
    finally:
        for module, name, value in changed:
            setattr(module, name, value)
        _clear_caches()


def _clear_caches() -> None:
    """Forget every cached reading of the product's functions (lru_cache), so that a table change shows."""
    for module in product_modules():
        for value in list(vars(module).values()):
            clear: Callable[[], None] | None = getattr(value, "cache_clear", None)
            if clear is not None and getattr(value, "__module__", None) == module.__name__:
                clear()


def document_words(doc: Document) -> str:
    """What a document writes in words (header cells, labels, captions, lines), NFKC-folded, one text."""
    parts: list[str] = []
    for page in doc.pages:
        for block in page.blocks:
            if isinstance(block, Text):
                parts.append(block.text)
            elif isinstance(block, Table):
                parts.extend(c.text for row in block.rows for c in row if c.lines)
    return unicodedata.normalize("NFKC", "\n".join(parts))


def uses_word(words_text: str, word: str) -> bool:
    return unicodedata.normalize("NFKC", word) in words_text


def document_phrases(doc: Document) -> str:
    """What a document writes in words, each line's spacing left out (目　標 → 目標), NFKC-folded: phrases are looked for
    whole."""
    return "\n".join("".join(line.split()) for line in document_words(doc).split("\n"))


def documents(seeds: Iterable[int], batches: Sequence[str]) -> list[Document]:
    return [d for b in batches for s in seeds for d in generate_corpus(s, 1, None, None if b == "own" else b)]


def pick_documents(docs: Sequence[Document], texts: Sequence[str], word: str, n: int) -> list[int]:
    """Up to n documents using the word, spread over arrangements and batches (round robin, in order)."""
    by_group: dict[str, list[int]] = {}
    for i, (doc, text) in enumerate(zip(docs, texts)):
        if uses_word(text, word):
            by_group.setdefault(doc.arrangement, []).append(i)
    picked: list[int] = []
    while len(picked) < n and any(by_group.values()):
        for group in by_group.values():
            if group and len(picked) < n:
                picked.append(group.pop(0))
    return sorted(picked)


def score(doc: Document, folder: str, rendering: str) -> Counts:
    path = os.path.join(folder, rendering, doc.name)
    os.makedirs(path, exist_ok=True)
    found = [p for p in os.listdir(path)] if os.path.isdir(path) else []
    file = os.path.join(path, found[0]) if found else RENDERINGS[rendering](doc, path)
    kpi, budget = score_file(doc, file)
    return Counts(kpi.expected + budget.expected, kpi.found + budget.found, kpi.wrong + budget.wrong)


def is_read_by_mechanism(known: Counts, out: Counts) -> bool:
    return out.found >= known.found - READ_SHARE_TOL * known.expected and out.wrong <= known.wrong


def seed_list(text: str) -> list[int]:
    first, _, last = text.partition("-")
    return list(range(int(first), int(last or first) + 1))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", default="500-509")
    parser.add_argument("--docs-per-word", type=int, default=6)
    parser.add_argument("--batches", default=",".join(DEV_BATCHES))
    parser.add_argument("--word", action="append", help="only these words")
    parser.add_argument("--rendering", default="text", choices=list(RENDERINGS))
    parser.add_argument("--out", default=None, help="keep the rendered files here (rendered once, scored again)")
    parser.add_argument("--phrases", action="store_true", help="whole phrases of the generator, every listed word they hold out")
    parser.add_argument("--group", default=",".join(PHRASE_GROUPS), help="phrase groups (with --phrases)")
    args = parser.parse_args(argv)
    batches = args.batches.split(",")
    if not set(batches) <= set(DEV_BATCHES):
        parser.error(f"development batches only: {', '.join(DEV_BATCHES)}")
    folder = args.out or tempfile.mkdtemp(prefix="ablation-")
    docs = documents(seed_list(args.seeds), batches)
    texts = [document_words(d) for d in docs]
    concepts = concept_words()
    known: dict[int, Counts] = {}
    print(f"seeds {args.seeds}, batches {args.batches}, {len(docs)} documents, rendering {args.rendering}, files in {folder}")
    if args.phrases:
        return phrases_main(docs, batches, args.group.split(","), args.docs_per_word, folder, args.rendering, args.word)
    print(f"{'concept':12} {'word':14} {'docs':>4} {'exp':>5} {'known found/wrong':>17} {'left out found/wrong':>20}  read by")
    totals: dict[str, list[tuple[Counts, Counts]]] = {}
    for concept, word in first_concepts(concepts):
        if args.word and word not in args.word:
            continue
        picked = pick_documents(docs, texts, word, args.docs_per_word)
        if not picked:
            continue
        for i in picked:
            if i not in known:
                known[i] = score(docs[i], folder, args.rendering)
        with left_out(same_kind_parts(word, concepts)):
            out = sum((score(docs[i], folder, args.rendering) for i in picked), Counts())
        base = sum((known[i] for i in picked), Counts())
        totals.setdefault(concept, []).append((base, out))
        how = "mechanism" if is_read_by_mechanism(base, out) else "list only"
        print(f"{concept:12} {word:14} {len(picked):4d} {base.expected:5d} {base.found:11d}/{base.wrong:<5d} "
              f"{out.found:14d}/{out.wrong:<5d}  {how}", flush=True)
    print_totals(totals)
    return 0


def phrases_main(docs: Sequence[Document], batches: Sequence[str], groups: Sequence[str], per_phrase: int, folder: str,
                 rendering: str, only: Sequence[str] | None) -> int:
    """Each generator phrase of the groups with every listed word it holds left out: prints found / wrong per phrase, and
    per concept the share read by mechanism (a phrase holding no listed word is read by mechanism or not at all)."""
    texts = [document_phrases(d) for d in docs]
    concepts = concept_words()
    known: dict[int, Counts] = {}
    totals: dict[str, list[tuple[Counts, Counts]]] = {}
    print(f"{'group/concept':26} {'phrase':22} {'docs':>4} {'exp':>5} {'known found/wrong':>17} {'left out found/wrong':>20}  "
          f"read by   (left out)")
    for group, concept, phrase in generator_phrases(batches, groups):
        if only and phrase not in only:
            continue
        picked = pick_documents(docs, texts, phrase_key(phrase), per_phrase)
        if not picked:
            continue
        for i in picked:
            if i not in known:
                known[i] = score(docs[i], folder, rendering)
        base = sum((known[i] for i in picked), Counts())
        words = listed_in(phrase, concepts)
        if words:
            with left_out(words):
                out = sum((score(docs[i], folder, rendering) for i in picked), Counts())
        else:
            out = base
        totals.setdefault(f"{group}/{concept}", []).append((base, out))
        how = ("mechanism" if is_read_by_mechanism(base, out) else "list only") if words else "no list  "
        shown = phrase.replace("\n", "⏎")
        print(f"{group + '/' + concept:26} {shown:22} {len(picked):4d} {base.expected:5d} {base.found:11d}/{base.wrong:<5d} "
              f"{out.found:14d}/{out.wrong:<5d}  {how} {' '.join(sorted(words))}", flush=True)
    print_totals(totals)
    return 0


def print_totals(totals: dict[str, list[tuple[Counts, Counts]]]) -> None:
    print(f"\n{'concept':26} {'words':>5} {'by mechanism':>12} {'known found/wrong':>17} {'left out found/wrong':>20}")
    all_words = all_read = 0
    for concept, pairs in totals.items():
        read = sum(is_read_by_mechanism(b, o) for b, o in pairs)
        base = sum((b for b, _ in pairs), Counts())
        out = sum((o for _, o in pairs), Counts())
        all_words, all_read = all_words + len(pairs), all_read + read
        print(f"{concept:26} {len(pairs):5d} {read:12d} {base.found:11d}/{base.wrong:<5d} {out.found:14d}/{out.wrong:<5d}")
    print(f"share read by mechanism: {all_read} of {all_words} words ({all_read / max(1, all_words):.3f})")


if __name__ == "__main__":
    sys.exit(main())
