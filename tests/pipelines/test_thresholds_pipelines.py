"""Thresholds of the pipelines' progress, noise summary, input sniffing and report charts, each decided
on both sides by the smallest input where it decides (benchmarks/pins.py: halving or doubling one makes a
test here fail). What reads them: a person following a batch on stderr, a report's reader, the reader a
file goes to."""

from __future__ import annotations

import io
import re
import signal
from pathlib import Path

import pytest

from extract.model import Document
from pipelines import parallel, progress, run
from pipelines.errors import DocumentTimeoutError
from pipelines.noise import Noise, summarize
from pipelines.progress import Reporter, describe
from pipelines.report.charts import Point, chart_svg
from pipelines.run import DocumentResult, RunOptions


def _ok_row(issues: list[str]) -> dict[str, object]:
    return {"status": "ok", "n_tables": 1, "n_kpi_values": 2, "n_budget_values": 0, "n_indicators": 1,
            "n_projects": 0, "seconds": 0.5, "issues": issues}


def test_a_progress_line_shows_the_first_three_issues() -> None:
    # SHOWN_ISSUES: a document's line names its first three issues and leaves the fourth to the
    # documents dataset (halved: the second and third not shown; doubled: the fourth shown too)
    line = describe(DocumentResult("a.pdf", "ok", _ok_row(["issue one", "issue two", "issue three", "issue four"])))
    assert "issue one" in line and "issue two" in line and "issue three" in line
    assert "issue four" not in line


class _Clock:
    """A document's reading time as the heartbeat sees it: wait(s) lets s seconds pass, and the
    document ends once `lasts` seconds have passed."""

    def __init__(self, lasts: float) -> None:
        self.now, self.lasts = 0.0, lasts

    def monotonic(self) -> float:
        return self.now

    def wait(self, seconds: float) -> bool:
        self.now = min(self.now + seconds, self.lasts)
        return self.now >= self.lasts


@pytest.mark.parametrize(("lasts", "beats"), [
    (4.0, 0),  # read in 4 s: no heartbeat (HEARTBEAT_S halved: one)
    (7.0, 1),  # read in 7 s: one heartbeat, at 5 s (doubled: none; halved: two)
])
def test_a_heartbeat_only_for_a_document_read_longer_than_five_seconds(monkeypatch: pytest.MonkeyPatch, lasts: float,
                                                                        beats: int) -> None:
    clock = _Clock(lasts)
    monkeypatch.setattr(progress.time, "monotonic", clock.monotonic)
    stream = io.StringIO()
    reporter = Reporter(stream, quiet=False, verbose=False)  # the heartbeat's default period
    monkeypatch.setattr(reporter, "_stop", clock)
    reporter._heartbeat(1, 1, "long.pdf")
    assert stream.getvalue().count("reading…") == beats


class _Exited(Exception):
    """os._exit as a test sees it: the worker ended."""


def _exit(code: int) -> None:
    raise _Exited(code)


def test_a_worker_ends_within_a_second_of_its_parent(monkeypatch: pytest.MonkeyPatch) -> None:
    # PARENT_POLL_S: a worker whose parent dies half a second after it began watching ends at the first look after,
    # 1 s in (halved: at 0.5 s; doubled: at 2 s). The clock is the worker's sleeps: nothing waits
    slept = [0.0]
    monkeypatch.setattr(parallel.time, "sleep", lambda seconds: slept.__setitem__(0, slept[0] + seconds))
    monkeypatch.setattr(parallel.os, "getppid", lambda: 100 if slept[0] < 0.5 else 1)  # adopted by init
    monkeypatch.setattr(parallel.os, "_exit", _exit)
    with pytest.raises(_Exited):
        parallel._watch_parent(100)
    assert slept[0] == 1.0


def test_a_swallowed_time_limit_comes_again_five_times_a_second(monkeypatch: pytest.MonkeyPatch) -> None:
    # TIMEOUT_REPEAT_S: past the limit the alarm repeats every 0.2 s (halved: 0.1; doubled: 0.4), so a reader
    # whose bare except swallowed one alarm gives up at the next
    timers: list[tuple[float, float]] = []
    monkeypatch.setattr(run.signal, "setitimer", lambda which, delay, interval=0.0: timers.append((delay, interval)))
    with pytest.raises(DocumentTimeoutError), run.time_limit("slow.pdf", 3.0):
        try:
            signal.raise_signal(signal.SIGALRM)  # the limit: swallowed
        except BaseException:  # noqa: BLE001 - a reader that swallows everything, as the alarm must outlast
            pass
        signal.raise_signal(signal.SIGALRM)  # the repeat
    assert timers[0] == (3.0, 0.2)


@pytest.mark.parametrize(("chars", "cut"), [
    (60, False),  # a 60-character message is shown whole (SUMMARY_CHARS halved: cut)
    (100, True),  # a 100-character one is cut to 80 with an ellipsis (doubled: whole)
])
def test_a_summarised_message_is_cut_at_eighty_characters(chars: int, cut: bool) -> None:
    message = "pdfminer could not read a font: " + "x" * (chars - len("pdfminer could not read a font: "))
    (line,) = summarize([Noise("pdfminer", "library_warning", message)])
    shown = line.split("× ", 1)[1]
    assert (shown == message) is not cut
    assert not cut or (shown.endswith("…") and len(shown) == 80)


def _routed(monkeypatch: pytest.MonkeyPatch, path: Path) -> str:
    """Which reader read_input hands path to: "pdf" (the page reader) or "document"."""
    seen: list[str] = []
    monkeypatch.setattr(run, "read_document", lambda *a, **k: seen.append("document") or Document(str(path), "x", "text", None, (), None, ()))
    import extract.pdf.reader as pdf_reader

    monkeypatch.setattr(pdf_reader, "read_pdf", lambda *a, **k: seen.append("pdf") or Document(str(path), "x", "pdf", 0, (), None, ()))
    run.read_input(str(path), RunOptions())
    return seen[0]


@pytest.mark.parametrize(("offset", "expected"), [
    (1020, "pdf"),  # %PDF ending on the 1,024th byte: PDF readers look that far (SNIFF_BYTES halved: not seen)
    (1021, "document"),  # one byte later: no PDF by its magic
])
def test_a_pdf_told_by_its_magic_within_the_first_kilobyte(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, offset: int,
                                                          expected: str) -> None:
    path = tmp_path / "export.bin"
    path.write_bytes(b" " * offset + b"%PDF-1.7\n" + b" " * 2000)
    assert _routed(monkeypatch, path) == expected


DIGIT_EM = 0.556  # a digit's advance in the sans-serif fonts browsers draw SVG text in (Helvetica, Arial)
YEAR_LABEL_PX = 10  # the year labels' font size (chart_svg)
DOT_PX = 3  # a dot's radius (chart_svg)


def _chart() -> str:
    return chart_svg("出生数", [Point("actual", 2021, 540.0), Point("target", 2025, 607.0)])


def _number(svg: str, pattern: str) -> float:
    """The number pattern's one group finds in svg."""
    found = re.search(pattern, svg)
    assert found is not None, pattern
    return float(found[1])


def test_the_last_years_label_stands_under_its_dot_inside_the_drawing() -> None:
    # PAD: the last year's label starts PAD left of the drawing's edge and its dot PAD / 2: the
    # four digits (22 px) end inside the drawing (halved: past its edge) and under the dot (doubled:
    # the dot past the label's end)
    svg = _chart()
    width = _number(svg, r'<svg[^>]* width="([0-9.]+)"')
    label_x = _number(svg, r'<text x="([0-9.]+)"[^>]*>2025<')
    dot_x = _number(svg, r'<circle class="target" cx="([0-9.]+)"')
    label_end = label_x + 4 * DIGIT_EM * YEAR_LABEL_PX
    assert label_end <= width
    assert label_x <= dot_x <= label_end


def test_the_lowest_dot_stands_clear_above_the_year_labels() -> None:
    # PAD: the lowest value's dot stands PAD above the drawing's foot, clear of the year labels set
    # 6 px above it (halved: the dot on the labels)
    svg = _chart()
    height = _number(svg, r'<svg[^>]* height="([0-9.]+)"')
    label_y = _number(svg, r'<text x="[0-9.]+" y="([0-9.]+)" font-size="10">2021<')
    dot_y = _number(svg, r'<circle class="actual" cx="[0-9.]+" cy="([0-9.]+)"')
    assert dot_y + DOT_PX <= label_y - YEAR_LABEL_PX <= height
