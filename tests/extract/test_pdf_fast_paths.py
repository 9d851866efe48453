"""Fast paths of the PDF reader (issue 9) give exactly what the slow paths they replace give."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pdfplumber.utils.text import extract_text

from extract.pdf import pdfium_adapter as pa
from extract.pdf import pdfplumber_adapter as plumber

SAMPLES = sorted((Path(__file__).parents[2] / "samples" / "pdf").glob("*.pdf"))
# realdocs set in vertical writing (their pages read as columns), where present
REALDOCS_VERTICAL = [p for p in (Path(__file__).parents[2] / ".." / "shared" / "realdocs" / "pdf").glob("*.pdf")
                     if p.stem in ("kampo_sample_pdfminer", "kobe_kouhoushi_2016-01_p2-3")]


def test_text_tolerance_pinned_to_pdfplumbers_default() -> None:
    from pdfplumber.utils.text import DEFAULT_X_TOLERANCE, DEFAULT_Y_TOLERANCE

    from extract.pdf import textlines  # the one tolerance the adapter's texts and the page's lines read by

    assert textlines.TEXT_TOL_PT == DEFAULT_X_TOLERANCE == DEFAULT_Y_TOLERANCE == 3


def _ch(text: str, x0: float, width: float = 10.0, top: float = 100.0, upright: Any = True) -> dict[str, Any]:
    return {"text": text, "x0": x0, "x1": x0 + width, "top": top, "bottom": top + 10.0, "doctop": top,
            "upright": upright, "size": 10.0, "height": 10.0, "width": width}


@pytest.mark.parametrize("chars", [
    [],
    [_ch("a", 0), _ch("b", 10)],
    [_ch("b", 10), _ch("a", 0)],                              # out of order: sorted by x0
    [_ch("a", 0), _ch("b", 13)],                              # a 3 pt gap: one word
    [_ch("a", 0), _ch("b", 13.01)],                           # wider: two words
    [_ch("a", 0), _ch(" ", 10, 3), _ch("b", 13)],             # a drawn space splits words
    [_ch("a", 0), _ch("b", 10, top=103)],                     # tops 3 pt apart: one line
    [_ch("a", 0), _ch("b", 10, top=103.5)],                   # two lines: pdfplumber's own path
    [_ch("a", 0), _ch("", 10), _ch("b", 20)],                 # an empty glyph is a word of its own
    [_ch("ﬁ", 0), _ch("x", 10)],                              # ligatures expanded
    [_ch("a", 0), _ch("b", 5), _ch("c", 2)],                  # overlapping glyphs
    [_ch("a", 0, upright=False), _ch("b", 10, upright=False)],
    [_ch("a", 0, upright=1), _ch("b", 10)],
])
def test_chars_to_text_is_extract_text(chars: list[dict[str, Any]]) -> None:
    assert plumber.chars_to_text(chars) == (extract_text(chars) if chars else "")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a", "字", " ", "1", "ﬀ", "\u3000"]), st.floats(0, 60), st.floats(0, 12),
                          st.floats(98, 104)), max_size=12))
def test_chars_to_text_is_extract_text_on_random_lines(spec: list[tuple[str, float, float, float]]) -> None:
    chars = [_ch(t, x, w, top) for t, x, w, top in spec]
    assert plumber.chars_to_text(chars) == (extract_text(chars) if chars else "")


def test_chars_to_text_is_extract_text_on_every_sample_line() -> None:
    checked = 0
    for path in SAMPLES:
        with pa.open_pdf(str(path), None) as pdf:
            for i in range(pa.page_count(pdf)):
                page = pdf.document()[i]
                shell = pdf.plumber.pages[i]
                try:
                    chars = pa.page_objects(page, pa.page_frame(shell), pa.font_descents(shell))["char"]
                finally:
                    page.close()
                for line in plumber._char_lines(chars):
                    assert plumber.chars_to_text(line) == extract_text(line)
                    checked += 1
    assert checked > 1000


def _edge(x0: float, top: float, x1: float, bottom: float) -> dict[str, Any]:
    return {"x0": x0, "top": top, "x1": x1, "bottom": bottom, "orientation": "v" if x0 == x1 else "h"}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.integers(0, 5), st.integers(0, 5), st.integers(1, 5)), max_size=14))
def test_smallest_cells_is_intersections_to_cells_on_random_rulings(spec: list[tuple[bool, int, int, int]]) -> None:
    from pdfplumber.table import edges_to_intersections, intersections_to_cells

    edges = [_edge(a, b, a, b + n) if vertical else _edge(a, b, a + n, b) for vertical, a, b, n in spec]
    intersections = edges_to_intersections(edges, 1, 1)
    assert plumber.smallest_cells(intersections) == intersections_to_cells(intersections)


def test_ruled_cells_are_find_tables_cells_on_every_sample_page() -> None:
    import pdfplumber

    found = 0
    for path in SAMPLES:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                unshaded = plumber._unshaded(page)
                cells = [t.cells for t in plumber._find_tables(unshaded)]
                assert cells == [t.cells for t in unshaded.find_tables(plumber.TABLE_SETTINGS)]
                found += len(cells)
    assert found > 100


@pytest.mark.parametrize("lines, expected", [
    ([1, 1, 1], False),      # three lines fill no two rows of two cells
    ([1, 1, 1, 1], True),    # two rows of two one-line cells, the label in the second
    ([1, 5], False),         # wrapped prose beside one label
    ([2, 2], True),
    ([0, 1, 1, 1, 1], False),  # no label column and no column of two values
    ([0, 2, 2], True),
])
def test_may_split(lines: list[int], expected: bool) -> None:
    assert plumber.may_split(lines) is expected


@pytest.mark.parametrize("texts, expected", [
    (["０", "歳", "児"], True),      # a header written a glyph per line
    (["合", "計"], True),
    (["合"], False),                 # one line: nothing to split
    (["０", "歳児"], False),         # a line of two glyphs: may be a row's text
    (["12", "3"], False),
])
def test_is_glyph_stack(texts: list[str], expected: bool) -> None:
    from extract.pdf.pieces import Piece
    pieces = [Piece(t, (0.0, 10.0 * k, 8.0, 10.0 * k + 8.0), 0) for k, t in enumerate(texts)]
    assert plumber.is_glyph_stack(pieces) is expected


def test_bands_that_may_not_split_are_not_split_on_any_sample_page(monkeypatch: pytest.MonkeyPatch) -> None:
    import pdfplumber

    pruned = []
    may_split = plumber.may_split
    monkeypatch.setattr(plumber, "may_split", lambda lines: pruned.append(lines) or may_split(lines))
    for path in SAMPLES:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                fast = plumber._ruled_tables(page, page.page_number)
                with monkeypatch.context() as m:
                    m.setattr(plumber, "may_split", lambda lines: True)
                    assert plumber._ruled_tables(page, page.page_number) == fast
    assert sum(not may_split(lines) for lines in pruned) > 100


def test_two_doubtful_ruled_tables_of_a_page_share_one_camelot_read(monkeypatch: pytest.MonkeyPatch) -> None:
    from extract.pdf import camelot_adapter, reader
    from extract.pdf.grid import PageContent, RawCell, RawTable

    calls: list[tuple[int, str]] = []
    monkeypatch.setattr(camelot_adapter, "read_tables",
                        lambda path, page, height, flavor, area=None, pw=None: calls.append((page, flavor)) or [])
    cell = RawCell("1", (0.0, 0.0, 10.0, 10.0), 1)
    tables = tuple(RawTable(1, (0.0, top, 100.0, top + 50.0), ((cell, cell),), "pdfplumber", 0.1) for top in (0.0, 100.0))
    page = PageContent(1, 600.0, 800.0, tables, (), ())
    monkeypatch.setattr(reader, "SECOND_OPINION_PAGE_SHARE", 1.0)
    assert reader._review("x.pdf", [page], None) == [page]
    assert calls == [(1, camelot_adapter.LATTICE)]


@pytest.mark.parametrize(("pages", "reviews"), [(13, 1), (14, 2), (40, 3), (1000, 6)])
def test_the_review_budget_is_counted_in_pages_not_timed(pages: int, reviews: int) -> None:
    # One page in 13 (SECOND_OPINION_PAGE_SHARE 0.075: 14 pages take two, half the share
    # would give one, double four), at most MAX_SECOND_OPINION_PAGES: no clock, so a document
    # reads the same under any load and with any number of workers.
    from extract.pdf import reader
    assert reader.review_budget(pages) == reviews


@pytest.mark.parametrize("second_opinion, reviewed", [(False, []), (True, [(1, "lattice")])])
def test_camelot_reviews_only_when_asked(monkeypatch: pytest.MonkeyPatch, second_opinion: bool,
                                         reviewed: list[tuple[int, str]]) -> None:
    # Off by default: measured by values it changed none on the realdocs or the corpus and, on
    # the renditions, gained 3 right values, lost 1 and added 2 wrong ones (README, Speed).
    from extract.pdf import camelot_adapter, reader
    from extract.pdf.grid import PageContent, RawCell, RawTable

    calls: list[tuple[int, str]] = []
    monkeypatch.setattr(camelot_adapter, "read_tables",
                        lambda path, page, height, flavor, area=None, pw=None: calls.append((page, flavor)) or [])
    cell = RawCell("1", (0.0, 0.0, 10.0, 10.0), 1)
    doubtful = RawTable(1, (0.0, 0.0, 100.0, 50.0), ((cell, cell), (cell, cell)), "pdfplumber", 0.1)
    page = PageContent(1, 600.0, 800.0, (doubtful,), (), ())
    kwargs = {"second_opinion": True} if second_opinion else {}
    reader.read_pdf(str(SAMPLES[0]), pages_read=(1, [page], []), **kwargs)
    assert calls == reviewed


def _page_lines(page: Any) -> list[dict[str, Any]]:
    return page.extract_text_lines(return_chars=True)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a", "字", " ", "1", "ﬀ", "\u3000", "", " x", "y\n"]), st.floats(0, 60),
                          st.floats(0, 12), st.sampled_from([100.0, 101.5, 103.0, 103.01, 104.5, 108.0, 120.0]),
                          st.sampled_from([True, True, True, False, 1])), max_size=16))
def test_text_lines_are_extract_text_lines_on_random_chars(spec: list[tuple[str, float, float, float, Any]]) -> None:
    # blanks, empty glyphs, ligatures, texts opening with a space or holding a newline, turned
    # runs between upright ones, tops on and off the tolerance
    from pdfplumber.utils.text import chars_to_textmap

    from extract.pdf.textlines import text_lines

    chars = [_ch(t, x, w, top, upright) for t, x, w, top, upright in spec]
    expected = chars_to_textmap(chars, presorted=True, layout_bbox=(0, 0, 100, 200)).extract_text_lines()
    assert text_lines(chars) == expected


@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"])
def test_text_lines_are_extract_text_lines_on_every_sample_page(engine: str) -> None:
    from extract.pdf.textlines import text_lines

    checked = 0
    for path in SAMPLES:
        with pa.open_pdf(str(path), None) as pdf:
            for i in range(pa.page_count(pdf)):
                shell = pdf.plumber.pages[i]
                if engine == "pdfium":
                    page = pdf.document()[i]
                    try:
                        shell._objects = pa.page_objects(page, pa.page_frame(shell), pa.font_descents(shell))
                    finally:
                        page.close()
                lines = text_lines(shell.chars)
                assert lines == _page_lines(shell), f"{path.name} page {i + 1}"
                checked += len(lines)
    assert checked > 3000


def test_segments_with_solid_pairs_passed_over_are_the_segments_tested_pair_by_pair(monkeypatch: pytest.MonkeyPatch) -> None:
    import pdfplumber

    from extract.pdf.textlines import text_lines

    lines = []
    for path in [*SAMPLES, *REALDOCS_VERTICAL]:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages[:12]:
                spaces = [ch for ch in page.chars if not ch["text"].strip()]
                lines += [(ln["chars"], spaces) for ln in text_lines(page.chars)]
    fast = [plumber._segments(chars, spaces) for chars, spaces in lines]
    monkeypatch.setattr(plumber, "_is_solid", lambda left, right: False)
    assert fast == [plumber._segments(chars, spaces) for chars, spaces in lines]
    assert sum(len(s) > 1 for s in fast) > 100


def _suspects_by_glyph(chars: list[dict[str, Any]]) -> list[int]:
    """overprint_suspects as it filed every char by its glyph before it looked at places."""
    import numpy as np

    glyphs: dict[tuple[Any, ...], int] = {}
    key = [glyphs.setdefault((ch["text"], ch.get("fontname"), ch.get("size"), ch.get("upright")), len(glyphs))
           for ch in chars]
    if len(glyphs) == len(chars):
        return []
    cell = 2 * plumber.DEDUPE_EM * np.fmax(1.0, np.array([ch.get("size") for ch in chars], dtype=np.float64))
    span = 1 << plumber.BUCKET_BITS
    gx, gy = (np.clip(np.floor(np.array([ch[k] for ch in chars], dtype=np.float64) / cell), 1 - span, span - 2)
              .astype(np.int64) + span for k in ("x0", "top"))
    return np.flatnonzero(plumber._near_counts(np.array(key), gx, gy) > 1).tolist()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a", "字", "."]), st.sampled_from([0.0, 0.5, 1.0, 1.4, 2.9, 3.1, 10.0]),
                          st.sampled_from([100.0, 100.4, 101.0, 103.0]), st.sampled_from([10.0, 10.5, None, 0.5])),
                max_size=24))
def test_overprint_suspects_found_by_place_first_are_those_found_by_glyph(spec: list[tuple[str, float, float, Any]]) -> None:
    chars = [{**_ch(t, x, top=top), "size": z, "fontname": "F"} for t, x, top, z in spec]
    assert plumber.overprint_suspects(chars) == _suspects_by_glyph(chars)


def test_overprint_suspects_found_by_place_first_on_every_sample_page() -> None:
    import pdfplumber

    found = 0
    for path in [*SAMPLES, *REALDOCS_VERTICAL]:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages[:12]:
                suspects = plumber.overprint_suspects(page.chars)
                assert suspects == _suspects_by_glyph(page.chars)
                found += len(suspects)
    assert found > 0


def test_tables_oriented_from_midpoints_are_those_oriented_char_by_char(monkeypatch: pytest.MonkeyPatch) -> None:
    import pdfplumber

    orient, found = plumber.orient_table, 0
    for path in [*SAMPLES, *REALDOCS_VERTICAL]:
        with pdfplumber.open(path) as pdf:
            pages = [(page, plumber._ruled_tables(page, page.page_number)) for page in pdf.pages[:12]]
            with monkeypatch.context() as m:
                m.setattr(plumber, "orient_table", lambda table, chars, size, mids=None: orient(table, chars, size))
                assert all(plumber._ruled_tables(page, page.page_number) == fast for page, fast in pages)
            found += sum(len(fast) for _, fast in pages)
    assert found > 100


def _rounded_one_by_one(columns: list[Any]) -> list[Any]:
    """rounded_user as it rounded every distinct value with Python's round."""
    import numpy as np

    from extract.pdf.pdfium_chars import USER_DIGITS

    distinct, where = np.unique(np.concatenate(columns), return_inverse=True)
    return np.split(np.array([round(v, USER_DIGITS) for v in distinct.tolist()])[where], len(columns))


def test_the_rounding_margin_stays_far_above_the_scalings_error() -> None:
    # the margin must stay far above the scaling's error below the bound (half an ulp: 2**-23 at 2**30); the two
    # bound only which values take the fast path, whose rounding is Python's either way (test below)
    import math

    from extract.pdf import pdfium_chars as pc

    assert math.ulp(pc.ROUND_EXACT_BELOW) < pc.ROUND_MARGIN / 4


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.floats(-2000, 2000), st.integers(-2 * 10 ** 7, 2 * 10 ** 7).map(lambda n: (n + 0.5) / 10 ** 4),
                          st.floats(-1e13, 1e13), st.sampled_from([0.0, -0.0, 5e-5, -5e-5, 1.00005, 123.45675])),
                min_size=1, max_size=40))
def test_rounded_user_is_pythons_round(values: list[float]) -> None:
    # halves at the fifth decimal, float32 noise, values too large to scale, zeros of both signs
    import numpy as np

    from extract.pdf.pdfium_chars import rounded_user

    columns = [np.array(values), np.array(values[::-1]) * 3.0]
    for got, expected in zip(rounded_user(columns), _rounded_one_by_one(columns)):
        assert got.tolist() == expected.tolist() and (np.signbit(got) == np.signbit(expected)).all()


def test_a_filtered_page_is_page_filter_and_freed_when_dropped() -> None:
    import gc
    import weakref

    with plumber.open_pdf(str(SAMPLES[0]), None) as pdf:
        page = pdf.pages[0]
        keep = plumber._is_not_shading
        ours, theirs = plumber.filtered(page, keep), page.filter(keep)
        assert ours.objects == theirs.objects and ours.edges == theirs.edges
        assert ours.extract_text() == theirs.extract_text()  # the text map cache still serves
        gone = weakref.ref(ours)
        enabled = gc.isenabled()
        gc.disable()
        try:
            del ours
            assert gone() is None  # freed by its reference count, no collecting pass needed
        finally:
            if enabled:
                gc.enable()
        page.close()


def test_page_collection_collects_a_pages_garbage_and_restores_the_collector() -> None:
    import gc
    import weakref

    from extract.pdf.reader import page_collection

    class Cycle:
        pass

    assert gc.isenabled()
    with page_collection():
        assert not gc.isenabled()
        cycle = Cycle()
        cycle.me = cycle  # type: ignore[attr-defined]
        gone = weakref.ref(cycle)
        del cycle
    assert gc.isenabled() and gone() is None
    gc.disable()
    try:
        with page_collection():
            pass
        assert not gc.isenabled()  # a caller that turned it off keeps it off
    finally:
        gc.enable()


@pytest.mark.parametrize("texts", [
    ["a", "字", "1"],                      # no cid: the page itself
    ["a", "(cid:12)", "b"],                # one dropped
    ["(ci", "d:3)", "x"],                  # "(cid:" only across glyphs: none dropped
    ["(cid:1)", "(cid:x)", "(cid:"],       # only a whole (cid:N) is one
])
def test_without_cid_is_the_glyph_by_glyph_filter(texts: list[str]) -> None:
    with plumber.open_pdf(str(SAMPLES[0]), None) as pdf:
        page = plumber.with_objects(pdf.pages[0], char=[_ch(t, 10.0 * k) for k, t in enumerate(texts)])
        out, n_cid = plumber._without_cid(page)
        kept = [ch for ch in page.chars if not plumber._is_cid(ch)]
        assert out.chars == kept and n_cid == len(texts) - len(kept)
        assert (out is page) == (n_cid == 0)


HEADER_TEXTS = ["令和5年度", "R3", "2020年度（令和2年度）", "千円", "（単位：千円）", "1,042", "9億952万円13億4,022万円",
                "年3人（5年間で15人）", "目標値", "前年度比", "", " 人 ", "1993千人", "5世帯 15人", "a) 人口"]


@pytest.mark.parametrize("name", ["extract.interpret.facets.read_facets", "extract.interpret.cells.is_year_cell",
                                  "normalize.numbers.value_run", "extract.interpret.stacks.is_unit_line"])
def test_cached_text_readers_answer_as_uncached(name: str) -> None:
    import importlib

    module, _, attr = name.rpartition(".")
    fn = getattr(importlib.import_module(module), attr)
    for text in HEADER_TEXTS * 2:  # the second pass answers from the cache
        assert fn(text) == fn.__wrapped__(text)


def test_a_ruled_table_parts_the_lines_above_it_from_those_below() -> None:
    # kobe_kansensho p1: caption lines over a ruled table and under it were one borderless table
    # across it; a note set beside the table (x 990 on) parts nothing.
    from extract.pdf.grid import SegLine
    def line(x0: float, x1: float, top: float) -> SegLine:
        return SegLine((), (x0, top, x1, top + 10.0), 1)
    lines = [line(40.0, 525.0, 177.0), line(990.0, 1155.0, 207.0), line(990.0, 1155.0, 300.0), line(241.0, 1144.0, 475.0)]
    ruled = (39.0, 204.0, 959.0, 449.0)
    assert plumber.runs_apart(range(4), lines, [ruled]) == [[0, 1, 2], [3]]
    assert plumber.runs_apart(range(4), lines, []) == [[0, 1, 2, 3]]
    beside = (1200.0, 204.0, 1300.0, 449.0)  # a ruled table to the side of every line
    assert plumber.runs_apart(range(4), lines, [beside]) == [[0, 1, 2, 3]]


def test_a_chart_with_its_axis_beside_it_parts_no_run_of_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    # the page's chart list (charts.chart_grids, computed once) is handed in: a chart whose value axis stands
    # left of it is no box parting the lines (its category labels run under it, otoineppu_kyuyo p5); one
    # whose axis stands under it is (its axis is its own: takamatsu_shimin_manzokudo p6); a ruled table is
    from extract.pdf.charts import Chart
    from extract.pdf.grid import RawCell, RawTable, SegLine
    def grid(bbox: tuple[float, float, float, float]) -> RawTable:
        return RawTable(1, bbox, ((RawCell("1", bbox, 1),),), "pdfplumber", None, ())
    left, below, ruled = grid((100.0, 100.0, 400.0, 200.0)), grid((100.0, 250.0, 400.0, 350.0)), grid((100.0, 400.0, 400.0, 500.0))
    lines = [SegLine((), (100.0, top, 400.0, top + 10.0), 1) for top in (50.0, 220.0, 370.0, 520.0)]
    boxes: list[list[tuple[float, float, float, float]]] = []
    monkeypatch.setattr(plumber, "runs_apart", lambda indices, seglines, b: boxes.append(list(b)) or [])
    plumber._borderless_under_bands([left, below, ruled], lines, 1, 800.0, [], (),
                                    [Chart(left, axis_below=False), Chart(below, axis_below=True)])
    assert boxes == [[below.bbox, ruled.bbox]]
