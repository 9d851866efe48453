"""A small seeded slice of the generated corpus, rendered and read by the extractor.

Every arrangement is rendered in SLICE_RENDERINGS and checked for rendering faithfulness
(one PDF page per document page, every answer's number printed on its page). The found /
wrong targets are asserted only for ARRANGEMENTS_HELD, the arrangements the extractor
reaches today; extend that tuple as the table interpreter learns more (the benchmark,
benchmarks/bench_corpus.py, measures all of them). Under CI=true a missing font or
WeasyPrint or Chromium or LibreOffice Calc / Writer (soffice) fails instead of skipping.
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

import pytest

from tests.corpus.generator import Document, arrangements, generate
from tests.corpus.measure import RENDERINGS, missing_prerequisite, render_all, score_file
from tests.corpus.score import Score

MIN_FOUND = 0.97  # share of expected values the extractor must find (per arrangement and rendering)
MAX_WRONG = 0.002  # share of extracted values allowed to match no answer
SLICE_SEED = 0
SLICE_PER_ARRANGEMENT = 1
SLICE_RENDERINGS = ("text", "pdf_grid", "html_ruled", "pdf_rules", "pdf_borderless", "html_borderless", "chromium_ruled",
                    "chromium_borderless", "xlsx", "calc_ruled", "writer_ruled", "typst_ruled")
UNPAGED_RENDERINGS = ("text", "xlsx")  # no PDF pages (a workbook's pages are its sheets: test_workbook.py)
OTHER_SEEDS = tuple(range(1, 13))  # the text rendering of seeds the rules were not written on: held too
# Arrangements whose slice reaches the targets in every slice rendering: all of them since
# the table interpreter and the borderless builder (landscape: the benchmark).
ARRANGEMENTS_HELD: tuple[str, ...] = (
    "budget_book", "budget_kan_kou", "budget_main_projects", "budget_plan_years", "budget_supplementary",
    "kpi_baseline_target", "kpi_cards", "kpi_progress", "kpi_transposed", "kpi_year_matrix", "kpi_listed",
)
# Pairs still under the targets, left out of test_found_and_wrong_targets until they reach them (none since Chromium's
# spaces, drawn in objects pdfium's text page leaves out, are put back: session 23).
NOT_YET_HELD: frozenset[tuple[str, str]] = frozenset()
NUMBER_RE = re.compile(r"[\d,.]+")
# Documents of other seeds whose table structure the builder once got wrong (arrangement, seed,
# index, rendering), each read at the targets since: a bracket hung into the next column,
# a value glued to its note, two wrapped cells glued, a header wrapped over one body row, a heading over a table on
# the next page, headers flush left beside a stub header.
STRUCTURE_CELLS: tuple[tuple[str, int, int, str], ...] = (
    ("kpi_year_matrix", 2, 1, "pdf_borderless"), ("kpi_year_matrix", 2, 1, "pdf_rules"),
    ("budget_supplementary", 2, 2, "pdf_borderless"), ("budget_supplementary", 3, 1, "pdf_borderless"),
    ("kpi_progress", 2, 1, "pdf_borderless"), ("kpi_baseline_target", 2, 0, "pdf_borderless"),
    ("kpi_year_matrix", 2, 2, "html_borderless"), ("kpi_transposed", 1, 1, "chromium_borderless"),
    ("kpi_transposed", 1, 2, "chromium_borderless"), ("budget_plan_years", 3, 0, "pdf_rules"),
    ("kpi_year_matrix", 1, 2, "html_borderless"), ("kpi_year_matrix", 2, 1, "pdf_grid"),
    ("kpi_progress", 2, 1, "pdf_grid"), ("kpi_progress", 1, 0, "pdf_rules"),
)

Rendered = dict[tuple[str, str], list[tuple[Document, str]]]


def require(rendering: str) -> None:
    """Skip a rendering whose prerequisites are missing; under CI=true, fail instead."""
    problem = missing_prerequisite(rendering)
    if problem is None:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{rendering}: {problem}")
    pytest.skip(f"{rendering}: {problem}")


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    """Each arrangement's slice documents written in each slice rendering that can run here."""
    out = tmp_path_factory.mktemp("corpus")
    files: Rendered = {}
    for rendering in SLICE_RENDERINGS:
        if missing_prerequisite(rendering):
            continue
        docs = {name: [generate(name, SLICE_SEED, i) for i in range(SLICE_PER_ARRANGEMENT)] for name in arrangements()}
        paths = iter(render_all([d for group in docs.values() for d in group], rendering, str(out)))  # one batch
        for name, group in docs.items():
            files[name, rendering] = [(d, next(paths)) for d in group]
    return files


def page_numbers(path: str) -> list[set[str]]:
    """Per page of a PDF, the numbers printed on it (NFKC, commas kept)."""
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return [set(NUMBER_RE.findall(unicodedata.normalize("NFKC", p.extract_text() or ""))) for p in pdf.pages]


@pytest.mark.parametrize("rendering", [r for r in SLICE_RENDERINGS if r not in UNPAGED_RENDERINGS])
def test_pdf_pages_hold_their_answers(rendering: str, rendered: Rendered) -> None:
    """One PDF page per document page, and each answer's number printed on the page it claims."""
    require(rendering)
    for name in sorted(arrangements()):
        for doc, path in rendered[name, rendering]:
            assert_pages_hold_answers(doc, path, rendering)


def assert_pages_hold_answers(doc: Document, path: str, rendering: str) -> None:
    pages = page_numbers(path)
    assert len(pages) == len(doc.pages), doc.name
    for answer in doc.kpis + doc.budgets:  # type: ignore[operator]
        numbers = NUMBER_RE.findall(unicodedata.normalize("NFKC", answer.raw))
        assert numbers and set(numbers) <= pages[answer.page - 1], (doc.name, rendering, answer)


@pytest.mark.parametrize("rendering", SLICE_RENDERINGS)
def test_extractor_reads_every_arrangement(rendering: str, rendered: Rendered) -> None:
    """The extractor runs on every arrangement without failing (found / wrong not asserted here)."""
    require(rendering)
    for name in sorted(arrangements()):
        for doc, path in rendered[name, rendering]:
            kpi, budget = score_file(doc, path)
            assert kpi.expected + budget.expected > 0 and Path(path).exists()


@pytest.mark.parametrize(("arrangement", "rendering"), [(a, r) for a in ARRANGEMENTS_HELD for r in SLICE_RENDERINGS
                                                       if (a, r) not in NOT_YET_HELD])
def test_found_and_wrong_targets(arrangement: str, rendering: str, rendered: Rendered) -> None:
    require(rendering)
    kpi, budget = Score(), Score()
    for doc, path in rendered[arrangement, rendering]:
        k, b = score_file(doc, path)
        kpi, budget = kpi + k, budget + b
    variants = [doc.variant for doc, _ in rendered[arrangement, rendering]]
    for what, s in (("kpi", kpi), ("budget", budget)):
        assert s.found_share >= MIN_FOUND, (what, s.found_share, variants, s.missing_examples[:5])
        assert s.wrong_share <= MAX_WRONG, (what, s.wrong_share, variants, s.wrong_examples[:5])


@pytest.mark.parametrize("seed", OTHER_SEEDS)
def test_other_seeds_are_read_as_well_in_text(seed: int, tmp_path: Path) -> None:
    # Documents of every arrangement drawn from seeds no rule was shaped on: the reading must
    # generalise, not fit seed 0.
    for name in ARRANGEMENTS_HELD:
        doc = generate(name, seed, 0)
        kpi, budget = score_file(doc, RENDERINGS["text"](doc, str(tmp_path)))
        for what, s in (("kpi", kpi), ("budget", budget)):
            if s.expected:
                assert s.found_share >= MIN_FOUND, (name, seed, what, s.found_share, s.missing_examples[:5])
                assert s.wrong_share <= MAX_WRONG, (name, seed, what, s.wrong_share, s.wrong_examples[:5])


@pytest.mark.parametrize(("arrangement", "seed", "index", "rendering"), STRUCTURE_CELLS)
def test_structure_cells_of_other_seeds_are_held(arrangement: str, seed: int, index: int, rendering: str, tmp_path: Path) -> None:
    require(rendering)
    doc = generate(arrangement, seed, index)
    kpi, budget = score_file(doc, RENDERINGS[rendering](doc, str(tmp_path)))
    for what, s in (("kpi", kpi), ("budget", budget)):
        assert s.found_share >= MIN_FOUND, (what, s.found_share, s.missing_examples[:5])
        assert s.wrong_share <= MAX_WRONG, (what, s.wrong_share, s.wrong_examples[:5])
