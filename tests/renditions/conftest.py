"""Session fixtures: a few samples rendered in a few styles, run through the real pipeline.

Missing prerequisites (reportlab, WeasyPrint and Pango, the Japanese fonts) skip these tests on
a workstation and fail them under CI (CI=true), where .ci/run installs them.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import SAMPLES
from tests.renditions.measure import run_pipeline

# Two samples with KPI tables and 事業費 amounts, kept few so the session stays fast.
RENDITION_STEMS = ("000_b2569b9d59ca4f01", "002_9fd2a621cef68687")
# reportlab styles (render.STYLES) and HTML-engine styles (html_render.HTML_STYLES)
RENDITION_STYLES = ("ruled_gothic", "borderless", "landscape", "html_borderless")


def missing_prerequisite(reason: str) -> None:
    """Skip a test whose prerequisite is absent; under CI (CI=true) the absence is a failure."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"prerequisite missing under CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def rendition_text_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The text path's output for the rendered samples."""
    out = tmp_path_factory.mktemp("rendition_text_out")
    assert run_pipeline([str(SAMPLES / "text" / f"{stem}.txt") for stem in RENDITION_STEMS], str(out)) == 0
    return out


def rendition_styles() -> dict[str, object]:
    """The styles under test by name, or a skip (a failure under CI) when a prerequisite is missing."""
    try:
        from tests.renditions import html_render, render
    except ImportError as e:
        missing_prerequisite(f"rendition engines not installed ({e}): pip install -e .[test]")
    ours = [render.STYLES[n] for n in RENDITION_STYLES if n in render.STYLES]
    html = [html_render.HTML_STYLES[n] for n in RENDITION_STYLES if n in html_render.HTML_STYLES]
    if not render.fonts_available(ours):
        missing_prerequisite("Japanese TrueType fonts (IPA Gothic/P Gothic/Mincho) not installed: apt-get install fonts-ipafont")
    if not html_render.fonts_available(html):
        missing_prerequisite("WeasyPrint/Pango or Noto Sans CJK JP / VL Gothic not available: "
                             "apt-get install libpango-1.0-0 libpangoft2-1.0-0 fonts-noto-cjk fonts-vlgothic")
    return {s.name: s for s in [*ours, *html]}


@pytest.fixture(scope="session")
def rendition_outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Per style, the pipeline's output for the samples rendered in that style."""
    from tests.renditions.render import render_all

    outputs: dict[str, Path] = {}
    for name, style in rendition_styles().items():
        pdfs = tmp_path_factory.mktemp(f"rendition_{name}")
        render_all(str(SAMPLES / "text"), str(pdfs), style, RENDITION_STEMS)  # type: ignore[arg-type]
        out = pdfs / "out"
        assert run_pipeline([str(pdfs)], str(out)) == 0
        outputs[name] = out
    return outputs
