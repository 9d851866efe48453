"""The wording batches: real header words of other municipalities standing in for the generator's own.

HELD_OUT words measure how the extractor copes with wording it has never seen, and the made-up
UNKNOWN words whether it guesses where it cannot know, so none of either may be a vocabulary entry
of extract/ or normalize/, nor of DEV9_CHECK, DEV10_CHECK, DEV11_CHECK, DEV12_CHECK, DEV13_CHECK, DEV14_CHECK, DEV15_CHECK, DEV16_CHECK or DEV17_CHECK, DEV9's … DEV17's twins measured only before and after tuning on them; the DEV batch, tuned on, is held to the corpus targets
on a small slice of the text rendering (the held-out figure is the benchmark's: bench_corpus.py
--vocab heldout, never asserted, never tuned on).
"""

from __future__ import annotations

import types
import unicodedata
from collections.abc import Iterator

import pytest

import extract.vocab
import normalize.vocab
from tests.corpus import vocab
from tests.corpus.generator import arrangements, generate, wording_batch
from tests.corpus.measure import score_file
from tests.corpus.notation import year_format
from tests.corpus.score import measure_category
from tests.corpus.render_text import document_to_text, write_text
from tests.corpus.test_corpus import MAX_WRONG, MIN_FOUND

FORMAT_CONCEPTS = ("unit_caption", "header_unit")  # words with a {u} for the unit
UNITS = ("千円", "百万円", "人", "%")
DEV_SLICE_SEEDS = (0, 1)


def strings_in(value: object) -> Iterator[str]:
    """Every string a vocabulary constant holds, however nested."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from strings_in(k)
            yield from strings_in(v)
    elif isinstance(value, (tuple, list, set, frozenset)):
        for v in value:
            yield from strings_in(v)


def product_vocabulary() -> frozenset[str]:
    """The product's vocabulary entries (NFKC), from every constant of extract/vocab.py and normalize/vocab.py."""
    entries: set[str] = set()
    for module in (extract.vocab, normalize.vocab):
        for name, value in vars(module).items():
            if name.isupper() and not isinstance(value, types.ModuleType):
                entries.update(unicodedata.normalize("NFKC", s) for s in strings_in(value))
    return frozenset(entries)


def written_forms(concept: str, word: str) -> list[str]:
    if concept in FORMAT_CONCEPTS:
        return [word.format(u=u).strip() for u in UNITS]
    if concept == "year":
        return [year_format(y, word) for y in (2019, 2023)]
    return [word]


@pytest.mark.parametrize("batch", [vocab.HELD_OUT_WORDINGS, vocab.UNKNOWN_WORDINGS, vocab.DEV9_CHECK_WORDINGS,
                                   vocab.DEV10_CHECK_WORDINGS, vocab.DEV11_CHECK_WORDINGS,
                                   vocab.DEV12_CHECK_WORDINGS, vocab.DEV13_CHECK_WORDINGS,
                                   vocab.DEV14_CHECK_WORDINGS, vocab.DEV15_CHECK_WORDINGS,
                                   vocab.DEV16_CHECK_WORDINGS, vocab.DEV17_CHECK_WORDINGS])
def test_no_held_out_or_made_up_word_is_a_product_vocabulary_entry(batch: dict[str, tuple[str, ...]]) -> None:
    entries = product_vocabulary()
    leaked = [(c, w) for c, words in batch.items() for word in words
              for w in written_forms(c, word) if unicodedata.normalize("NFKC", w) in entries]
    assert not leaked, f"held-out wordings added to the product vocabulary: {leaked}"


def test_batches_name_the_same_concepts_and_differ() -> None:
    # DEV4 also names the parts of a 財源内訳, which the batches before it leave to the generator's own words
    assert set(vocab.DEV_WORDINGS) == set(vocab.HELD_OUT_WORDINGS) == set(vocab.DEV2_WORDINGS) == set(vocab.DEV3_WORDINGS)
    assert set(vocab.DEV_WORDINGS) < set(vocab.DEV4_WORDINGS)
    assert set(vocab.DEV4_WORDINGS) == set(vocab.DEV5_WORDINGS) == set(vocab.DEV6_WORDINGS) < set(vocab.DEV7_WORDINGS)
    # DEV7 also names the supplementary measures, the 款 / 項 and year headers and the card's department and unit labels
    assert set(vocab.WORDING_LISTS) | {"year"} == set(vocab.DEV7_WORDINGS) == set(vocab.DEV8_WORDINGS) == set(vocab.DEV9_WORDINGS)
    assert set(vocab.DEV9_WORDINGS) == set(vocab.DEV9_CHECK_WORDINGS) == set(vocab.DEV10_WORDINGS) == set(vocab.DEV10_CHECK_WORDINGS)  # years are written by notation, not drawn from a list
    assert set(vocab.DEV10_WORDINGS) == set(vocab.DEV11_WORDINGS) == set(vocab.DEV11_CHECK_WORDINGS) == set(vocab.DEV12_WORDINGS) == set(vocab.DEV12_CHECK_WORDINGS)
    assert set(vocab.DEV12_WORDINGS) == set(vocab.DEV13_WORDINGS) == set(vocab.DEV13_CHECK_WORDINGS)
    assert set(vocab.DEV13_WORDINGS) == set(vocab.DEV14_WORDINGS) == set(vocab.DEV14_CHECK_WORDINGS)
    assert set(vocab.DEV14_WORDINGS) == set(vocab.DEV15_WORDINGS) == set(vocab.DEV15_CHECK_WORDINGS)
    assert set(vocab.DEV15_WORDINGS) == set(vocab.DEV16_WORDINGS) == set(vocab.DEV16_CHECK_WORDINGS)
    assert set(vocab.DEV16_WORDINGS) == set(vocab.DEV17_WORDINGS) == set(vocab.DEV17_CHECK_WORDINGS)
    assert set(vocab.UNKNOWN_WORDINGS) <= set(vocab.DEV_WORDINGS)
    real = (vocab.DEV_WORDINGS, vocab.DEV2_WORDINGS, vocab.DEV3_WORDINGS, vocab.DEV4_WORDINGS, vocab.DEV5_WORDINGS, vocab.DEV6_WORDINGS,
            vocab.DEV7_WORDINGS, vocab.DEV8_WORDINGS, vocab.DEV9_WORDINGS, vocab.DEV9_CHECK_WORDINGS, vocab.DEV10_WORDINGS,
            vocab.DEV10_CHECK_WORDINGS, vocab.DEV11_WORDINGS, vocab.DEV11_CHECK_WORDINGS, vocab.DEV12_WORDINGS,
            vocab.DEV12_CHECK_WORDINGS, vocab.DEV13_WORDINGS, vocab.DEV13_CHECK_WORDINGS,
            vocab.DEV14_WORDINGS, vocab.DEV14_CHECK_WORDINGS, vocab.DEV15_WORDINGS, vocab.DEV15_CHECK_WORDINGS,
            vocab.DEV16_WORDINGS, vocab.DEV16_CHECK_WORDINGS, vocab.DEV17_WORDINGS, vocab.DEV17_CHECK_WORDINGS,
            vocab.HELD_OUT_WORDINGS)
    for concept in vocab.DEV7_WORDINGS:
        for i, first in enumerate(real):
            for second in real[i + 1:]:
                shared = len(set(first.get(concept, ())) & set(second.get(concept, ())))
                assert shared == 0, f"{concept}: {shared} words in two batches"  # counted, never printed: HELD_OUT stays unread


def test_a_batch_writes_its_words_and_leaves_the_document_otherwise_alone() -> None:
    own, held = generate("kpi_progress", 3, 0), generate("kpi_progress", 3, 0, "heldout")
    text = document_to_text(held)
    assert any(w in text for w in vocab.HELD_OUT_WORDINGS["baseline"])
    assert not any(w in document_to_text(own) for w in vocab.HELD_OUT_WORDINGS["baseline"])
    assert [a.value for a in own.kpis if a.held_out is None] == [a.value for a in held.kpis if a.held_out is None]


def test_a_batch_may_be_limited_to_concepts() -> None:
    assert set(wording_batch("dev:year,baseline")) == {"year", "baseline"}
    with pytest.raises(ValueError):
        wording_batch("dev:nonsense")
@pytest.mark.parametrize("arrangement", sorted(arrangements()))
def test_dev_wordings_reach_the_targets_on_text(arrangement: str, tmp_path: object) -> None:
    kpi_found = kpi_expected = budget_found = budget_expected = wrong = extracted = 0
    for seed in DEV_SLICE_SEEDS:
        doc = generate(arrangement, seed, 0, "dev")
        kpi, budget = score_file(doc, write_text(doc, str(tmp_path)))
        kpi_found, kpi_expected = kpi_found + kpi.found, kpi_expected + kpi.expected
        budget_found, budget_expected = budget_found + budget.found, budget_expected + budget.expected
        wrong += kpi.wrong + budget.wrong
        extracted += kpi.extracted - kpi.neutral + budget.extracted - budget.neutral
    assert kpi_found >= MIN_FOUND * kpi_expected and budget_found >= MIN_FOUND * budget_expected
    assert wrong <= MAX_WRONG * max(extracted, 1)


@pytest.mark.parametrize(("measure", "category"), [("財源内容 特別区債", "funding_bond"), ("財源内容 諸収入等", "funding_other"),
                                                   ("財源内訳 一般財源", "funding_general"), ("予算額", "amount")])
def test_the_scorer_knows_the_batches_funding_words(measure: str, category: str) -> None:
    assert measure_category(measure) == category
