"""Which documents are the same publication: fingerprints of values, and twin families.

A PDF and its text export (or a workbook and the PDF printed from it) have different
bytes but state the same values. Two documents are twins when their fingerprints — the
set of (indicator, kind, year, value), (project, year, amount) and KPI names they yield —
overlap by at least TWIN_MIN_JACCARD. Twins form a family; one member, the primary,
counts, and the others get `twin_of` = the primary's doc_id, so sums are not doubled.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence

from extract.records import Extraction

FINGERPRINT_CHARS = 12  # hex chars of sha256 kept per value: small manifest, no collisions in practice
TWIN_MIN_JACCARD = 0.6  # the text and PDF renditions of the samples overlap by ≥ 0.8; unrelated documents < 0.1
TWIN_MIN_VALUES = 3  # below this a document is too small to call a twin by its values
# which member of a family counts: data exports before the PDF printed from them
FORMAT_RANK = {"text": 0, "xlsx": 1, "csv": 2, "html": 3, "pdf": 4}


def _short(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:FINGERPRINT_CHARS]


def fingerprint(extraction: Extraction) -> tuple[str, ...]:
    """Short hashes of what a document states, independent of where it states it."""
    keys = {f"k|{v.indicator}|{v.kind}|{v.fiscal_year}|{v.value}" for v in extraction.kpi_values}
    keys |= {f"b|{v.project}|{v.fiscal_year}|{v.amount_yen}" for v in extraction.budget_values}
    keys |= {f"i|{v.indicator}" for v in extraction.indicators}
    return tuple(sorted(_short(k) for k in keys))


def twin_pairs(fingerprints: Mapping[str, Sequence[str]]) -> Iterator[tuple[str, str]]:
    """Pairs of doc_ids whose fingerprints overlap by TWIN_MIN_JACCARD (via shared hashes only)."""
    holders: dict[str, list[str]] = defaultdict(list)
    for doc_id in sorted(fingerprints):
        for key in set(fingerprints[doc_id]):
            holders[key].append(doc_id)
    shared: Counter[tuple[str, str]] = Counter()
    for docs in holders.values():
        for i, a in enumerate(docs):
            shared.update((a, b) for b in docs[i + 1:])
    for (a, b), n in sorted(shared.items()):
        na, nb = len(set(fingerprints[a])), len(set(fingerprints[b]))
        if min(na, nb) >= TWIN_MIN_VALUES and n / (na + nb - n) >= TWIN_MIN_JACCARD:
            yield a, b


def families(fingerprints: Mapping[str, Sequence[str]]) -> list[list[str]]:
    """Group doc_ids into families of twins (union-find over twin pairs)."""
    parent = {d: d for d in fingerprints}

    def root(d: str) -> str:
        while parent[d] != d:
            parent[d] = parent[parent[d]]
            d = parent[d]
        return d

    for a, b in twin_pairs(fingerprints):
        parent[root(b)] = root(a)
    groups: dict[str, list[str]] = {}
    for d in sorted(fingerprints):
        groups.setdefault(root(d), []).append(d)
    return list(groups.values())


def twin_of(members: Iterable[tuple[str, str | None, int]]) -> dict[str, str | None]:
    """Given a family's (doc_id, format, n_values), map each doc_id to its primary (None for it)."""
    ranked = sorted(members, key=lambda m: (FORMAT_RANK.get(m[1] or "", len(FORMAT_RANK)), -m[2], m[0]))
    primary = ranked[0][0]
    return {doc_id: (None if doc_id == primary else primary) for doc_id, _, _ in ranked}
