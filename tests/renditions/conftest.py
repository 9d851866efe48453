"""Session fixtures: a few samples rendered in a few styles, run through the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SAMPLES
from tests.renditions.measure import run_pipeline

# Two samples with KPI tables and 事業費 amounts, kept few so the session stays fast.
RENDITION_STEMS = ("000_b2569b9d59ca4f01", "002_9fd2a621cef68687")
RENDITION_STYLES = ("ruled_gothic", "borderless", "landscape")


@pytest.fixture(scope="session")
def rendition_text_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The text path's output for the rendered samples."""
    out = tmp_path_factory.mktemp("rendition_text_out")
    assert run_pipeline([str(SAMPLES / "text" / f"{stem}.txt") for stem in RENDITION_STEMS], str(out)) == 0
    return out


@pytest.fixture(scope="session")
def rendition_outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Per style, the pipeline's output for the samples rendered in that style."""
    render = pytest.importorskip("tests.renditions.render", reason="reportlab is not installed (pip install -e .[test])")
    styles = [render.STYLES[name] for name in RENDITION_STYLES]
    if not render.fonts_available(styles):
        pytest.skip("Japanese TrueType fonts (IPA Gothic/P Gothic/Mincho) are not installed: apt-get install fonts-ipafont")
    outputs: dict[str, Path] = {}
    for style in styles:
        pdfs = tmp_path_factory.mktemp(f"rendition_{style.name}")
        render.render_all(str(SAMPLES / "text"), str(pdfs), style, RENDITION_STEMS)
        out = pdfs / "out"
        assert run_pipeline([str(pdfs)], str(out)) == 0
        outputs[style.name] = out
    return outputs
