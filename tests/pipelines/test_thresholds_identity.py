"""Thresholds of pipelines.identity, each decided on both sides by fingerprints built for it
(benchmarks/pins.py: halving or doubling one makes a test here fail)."""

from __future__ import annotations

import pytest

from pipelines.identity import twin_pairs


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
