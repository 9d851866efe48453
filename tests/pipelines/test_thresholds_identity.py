"""Thresholds of pipelines.identity, each decided on both sides by fingerprints built for it, and the
fingerprints' width held by hashes an earlier run stored (benchmarks/pins.py: halving or doubling one
makes a test here fail)."""

from __future__ import annotations

import pytest

from extract.model import Provenance
from extract.records import Extraction, IndicatorName
from pipelines.identity import fingerprint, twin_pairs


def _prints(shared: int, own: int) -> dict[str, list[str]]:
    """Two documents' fingerprints: `shared` values both state, `own` each states alone."""
    common = [f"s{k}" for k in range(shared)]
    return {"a": [*common, *(f"a{k}" for k in range(own))], "b": [*common, *(f"b{k}" for k in range(own))]}


@pytest.mark.parametrize(("shared", "own", "twins"), [
    (8, 1, True),  # a text export and its PDF, one value each read apart: 8 of 10 (TWIN_MIN_JACCARD: doubled, no twins)
    (4, 3, False),  # two issues of one series sharing 4 of 10 values (halved, twins)
])
def test_twins_share_most_of_their_values(shared: int, own: int, twins: bool) -> None:
    assert bool(list(twin_pairs(_prints(shared, own)))) is twins


@pytest.mark.parametrize(("shared", "twins"), [
    (3, True),  # three values alike: twins (TWIN_MIN_VALUES: doubled, too small to tell)
    (1, False),  # one value alike says nothing (halved, twins)
])
def test_a_document_of_too_few_values_is_no_twin(shared: int, twins: bool) -> None:
    assert bool(list(twin_pairs(_prints(shared, 0)))) is twins


def test_fingerprints_an_earlier_run_stored_still_find_twins() -> None:
    # A run keeps each document's fingerprint in its manifest (pipelines.manifest) and finds twins
    # among documents read by earlier runs through them: hashes written then (FINGERPRINT_CHARS hex
    # chars of sha256, fixed figures here) must be the hashes computed now, or a document read again
    # finds no twin among those (halved or doubled: other hashes, no twins).
    names = ("観光入込客数", "合計特殊出生率", "転入者数")
    read_now = Extraction(indicators=tuple(IndicatorName(Provenance("b.txt", "B"), n, None, None, "kpi_table") for n in names))
    stored = ["2fd99be3045c", "0f37434a415b", "93c0ae682a8e"]  # the same three names, as an earlier run wrote them
    assert list(twin_pairs({"a": stored, "b": list(fingerprint(read_now))})) == [("a", "b")]
