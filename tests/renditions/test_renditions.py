"""Samples rendered in fonts, rulings and orientations the reader never saw give the text path's values."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.renditions.conftest import RENDITION_STYLES
from tests.renditions.measure import KEYS, score, score_all

MIN_FOUND = 0.95
MAX_WRONG = 0.005
# Borderless tables are not yet at the target (see the xfail below); this floor guards what
# column detection from alignment, wrapped-row grouping and cross-page stitching reach now.
BORDERLESS_FLOOR_FOUND = 0.85
BORDERLESS_CEILING_WRONG = 0.03
AT_TARGET = [s for s in RENDITION_STYLES if s != "borderless"]


@pytest.mark.parametrize("style", AT_TARGET)
@pytest.mark.parametrize("dataset", sorted(KEYS))
def test_rendition_values_match_text(style: str, dataset: str, rendition_text_output: Path,
                                     rendition_outputs: dict[str, Path]) -> None:
    result = score(str(rendition_text_output), str(rendition_outputs[style]), dataset)
    assert result.expected > 0
    assert result.found >= MIN_FOUND, (result.found, result.missing[:10])
    assert result.wrong <= MAX_WRONG, (result.wrong, result.extra[:10])


def test_borderless_rendition_keeps_its_floor(rendition_text_output: Path, rendition_outputs: dict[str, Path]) -> None:
    result = score_all(str(rendition_text_output), str(rendition_outputs["borderless"]))
    assert result.found >= BORDERLESS_FLOOR_FOUND, (result.found, result.missing[:10])
    assert result.wrong <= BORDERLESS_CEILING_WRONG, (result.wrong, result.extra[:10])


@pytest.mark.xfail(reason="borderless renditions: ~90% found, ~2% wrong; target not reached yet", strict=False)
def test_borderless_rendition_reaches_target(rendition_text_output: Path, rendition_outputs: dict[str, Path]) -> None:
    result = score_all(str(rendition_text_output), str(rendition_outputs["borderless"]))
    assert result.found >= MIN_FOUND and result.wrong <= MAX_WRONG, (result.found, result.wrong)
