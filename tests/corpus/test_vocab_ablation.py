"""The leave-one-out benchmark's plumbing (benchmarks/bench_vocab_ablation.py): words go out of the product's tables for
the block and come back, rows keep their shape, documents using a word are found."""

from __future__ import annotations

from benchmarks.bench_vocab_ablation import (
    ROOT_WORDS, concept_words, document_phrases, document_words, first_concepts, generator_phrases, left_out, listed_in,
    phrase_key, pick_documents, same_kind_parts, uses_word, without_words,
)
from extract import vocab
from extract.interpret import compound, facets
from tests.corpus.generator import generate


def test_a_word_leaves_flat_tables_and_rows_keep_their_shape() -> None:
    words = frozenset({"現況値"})
    assert without_words(("現状値", "現況値"), words) == ("現状値",)
    assert without_words((("baseline", ("現状値", "現況値")),), words) == (("baseline", ("現状値",)),)
    assert without_words((("現況値", "baseline", None), ("現状", "baseline", None)), words) == (("現状", "baseline", None),)
    assert without_words({"現況値": 1, "x": ("現況値",)}, words) == {"x": ()}
    assert without_words(frozenset({"現況値", "a"}), words) == frozenset({"a"})


def test_left_out_takes_the_word_out_of_every_module_and_puts_it_back() -> None:
    before = vocab.HEADER_KINDS
    with left_out(frozenset({"現況値"})) as changed:
        assert changed > 0
        assert not any("現況値" in ws for _, ws in vocab.HEADER_KINDS)
        assert not any("現況値" in ws for _, ws in facets.HEADER_KINDS)  # the name imported by another module too
        assert compound.KIND_MORPHEMES == vocab.KIND_MORPHEMES  # the compound's lexicon is the mechanism: kept
    assert vocab.HEADER_KINDS is before and facets.HEADER_KINDS is before


def test_the_shorter_words_of_its_kind_go_with_a_word() -> None:
    concepts = concept_words()
    assert same_kind_parts("目標値", concepts) >= {"目標値", "目標"}
    assert "現状値" not in same_kind_parts("目標値", concepts)
    assert len({w for _, w in first_concepts(concepts)}) == len(first_concepts(concepts))


def test_documents_using_a_word_are_picked() -> None:
    docs = [generate("kpi_baseline_target", seed, 0) for seed in (500, 501, 502)]
    texts = [document_words(d) for d in docs]
    word = next(w for w in ("現状値", "基準値", "策定時", "目標値") if any(uses_word(t, w) for t in texts))
    picked = pick_documents(docs, texts, word, 2)
    assert picked and len(picked) <= 2 and all(uses_word(texts[i], word) for i in picked)


def test_a_phrase_is_found_by_its_literal_words_and_loses_every_listed_word_it_holds() -> None:
    assert phrase_key("（単位　{u}）") == "(単位"
    assert phrase_key("\n{u}") == ""
    assert phrase_key("補 正 後") == "補正後"
    concepts = concept_words()
    assert listed_in("前年度当初予算額", concepts) >= {"当初予算", "予算額", "予算", "前年度"}
    assert not listed_in("財源構成", concepts) & ROOT_WORDS  # the root noun stays: the phrase built on it is measured
    assert listed_in("要求額", concepts) == frozenset()


def test_generator_phrases_come_from_the_own_lists_and_development_batches_only() -> None:
    phrases = generator_phrases(["own", "dev"], ["amount_column"])
    assert ("amount_column", "after_revision", "補正後") in phrases
    assert all(group == "amount_column" for group, _, _ in phrases)
    assert len({p for _, _, p in phrases}) == len(phrases)


def test_document_phrases_are_unspaced_lines() -> None:
    doc = generate("budget_supplementary", 500, 0)
    assert document_phrases(doc) and " " not in document_phrases(doc) and "　" not in document_phrases(doc)
