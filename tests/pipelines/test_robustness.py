"""Damaged inputs and killed runs: no traceback, no raw library noise, no half-written output."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from pipelines import noise
from pipelines.cli import main
from pipelines.manifest import MANIFEST_NAME
from pipelines.schemas import DATASETS
from tests.conftest import ROOT, SAMPLE_PDFS, SAMPLE_TEXTS

FUZZ_SEED = 20261123
FUZZ_FILES = 16  # damaged copies per run: enough for every damage kind on PDFs and texts
FLIPPED_BYTES = 20
KILL_AFTER_S = (1.0, 6.0)  # a kill lands somewhere in the first documents of the run
RAW_NOISE = ("Could not get FontBBox", "Cannot render", "Traceback", "WARNING:", "Warning:")


def damage(data: bytes, kind: int, rng: random.Random) -> bytes:
    """A damaged copy: truncated, bytes flipped, or the xref offset broken and bytes flipped."""
    out = bytearray(data)
    if kind == 0:
        return bytes(out[: len(out) * rng.randint(1, 9) // 10])
    flips = FLIPPED_BYTES if kind == 1 else FLIPPED_BYTES // 4
    if kind == 2 and (at := out.rfind(b"startxref")) >= 0:
        out[at + 10: at + 16] = b"999999"
    for _ in range(flips):
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def damaged_files(folder: Path, n: int, seed: int) -> list[Path]:
    rng = random.Random(seed)
    sources = [*SAMPLE_PDFS, *SAMPLE_TEXTS]
    files = []
    for i in range(n):
        source = sources[i % len(sources)]
        target = folder / f"{i:03d}_{source.name}"
        target.write_bytes(damage(source.read_bytes(), i % 3, rng))
        files.append(target)
    return files


def test_damaged_files_give_one_row_each_and_no_raw_noise(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "damaged"
    folder.mkdir()
    files = damaged_files(folder, FUZZ_FILES, FUZZ_SEED)
    out = tmp_path / "out"
    # camelot's second opinion parses the damaged files with a library that talks (pdfium says nothing)
    assert main(["run", str(folder), "--out", str(out), "-q", "--second-opinion"]) in (0, 1)
    err = capsys.readouterr().err
    assert not [line for line in err.splitlines() if line.startswith(RAW_NOISE)], err
    docs = pd.read_parquet(out / "documents")
    assert sorted(Path(p).name for p in docs["source_path"]) == sorted(f.name for f in files)
    assert docs["issues"].map(lambda issues: any(i.startswith("library_") for i in issues)).any()


def test_library_warnings_are_counted_on_the_documents_row(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "damaged"
    folder.mkdir()
    files = damaged_files(folder, FUZZ_FILES, FUZZ_SEED)
    noisy = [f for f in files if f.suffix == ".pdf"]
    out = tmp_path / "out"
    # pdfminer (behind --engine pdfplumber) is the library that talks on these files
    main(["run", *map(str, noisy), "--out", str(out), "-q", "--engine", "pdfplumber"])
    assert "FontBBox" not in capsys.readouterr().err
    issues = [i for row in pd.read_parquet(out / "documents")["issues"] for i in row]
    summarized = [i for i in issues if i.startswith("library_warning: pdfminer: ")]
    assert summarized and all("× " in i for i in summarized)
    main(["run", *map(str, noisy), "--out", str(out), "-q", "--force", "--verbose", "--engine", "pdfplumber"])
    assert "pdfminer: " in capsys.readouterr().err  # the full text, with --verbose


def test_capture_counts_log_records_warnings_and_stderr() -> None:
    import logging
    import warnings

    with noise.captured() as capture:
        for _ in range(3):
            logging.getLogger("pdfminer.pdffont").warning("Could not get FontBBox from font descriptor")
        logging.getLogger("camelot").error("failed", exc_info=ValueError("boom"))
        warnings.warn("deprecated thing", DeprecationWarning, stacklevel=1)
        print("stray line", file=sys.stderr)
    summary = noise.summarize(capture.noise)
    assert "library_warning: pdfminer: 3× Could not get FontBBox from font descriptor" in summary
    assert any(s.startswith("library_error: camelot: 1× failed") for s in summary)
    assert any("deprecated thing" in s for s in summary) and any("stray line" in s for s in summary)
    assert any("ValueError: boom" in n.message for n in capture.noise)


def _readable(out: Path) -> dict[str, int]:
    counts = {name: len(pd.read_parquet(out / name)) for name in DATASETS}
    for part in out.rglob("part-*.parquet"):
        pd.read_parquet(part)  # every visible part is whole
    json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
    return counts


def test_a_killed_run_keeps_the_previous_output_whole(tmp_path: Path, text_output: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(text_output, out)
    before = _readable(out)
    delay = random.Random(FUZZ_SEED).uniform(*KILL_AFTER_S)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "pipelines", "run", *map(str, SAMPLE_PDFS), "--out", str(out), "-q"],
                            cwd=ROOT, env=env, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    after = _readable(out)
    assert after["kpi_values"] >= before["kpi_values"]
    texts = pd.read_parquet(out / "documents")
    assert set(pd.read_parquet(text_output / "documents")["doc_id"]) <= set(texts["doc_id"])
    assert main(["run", *map(str, SAMPLE_PDFS), "--out", str(out), "-q"]) == 0  # the next run completes it
    assert len(pd.read_parquet(out / "documents")) == len(SAMPLE_TEXTS) + len(SAMPLE_PDFS)
    assert not list(out.rglob(".tmp-*"))  # what the kill left behind is swept


def test_a_damaged_manifest_means_reading_again(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["run", str(SAMPLE_TEXTS[0]), "--out", str(out), "-q"]) == 0
    (out / MANIFEST_NAME).write_text("{not json", encoding="utf-8")
    assert main(["run", str(SAMPLE_TEXTS[0]), "--out", str(out), "-q"]) == 0
    assert "1 ok" in capsys.readouterr().err
    assert len(pd.read_parquet(out / "documents")) == 1


SLOW_PAGES = 400  # a PDF this long takes well over a second to read on any machine
FAST_MARGIN = 10  # the time limit: this many times what the quick document takes alone (SLOW_PAGES take far more)


def _long_pdf(target: Path) -> Path:
    """A PDF of SLOW_PAGES pages: the sample PDFs' pages repeated (no machine reads it within 1 s)."""
    import pypdfium2 as pdfium

    dest = pdfium.PdfDocument.new()
    sources = [pdfium.PdfDocument(str(p)) for p in SAMPLE_PDFS]
    while len(dest) < SLOW_PAGES:
        for src in sources:
            dest.import_pages(src)
    dest.save(str(target))
    for src in sources:
        src.close()
    return target


def _seconds_alone(path: Path, out: Path) -> float:
    """How long a run of one document takes on this machine now, warm (its readers imported by a first run)."""
    for _ in range(2):
        started = time.perf_counter()
        assert main(["run", str(path), "--out", str(out), "-q", "--force"]) == 0
    return time.perf_counter() - started


def test_a_document_over_the_time_limit_fails_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the limit is the quick document's own time on this machine, FAST_MARGIN times over (1 s at the least):
    # a loaded machine slows both documents alike, so the quick one keeps within it and the long one does not
    out = tmp_path / "out"
    slow, fast = _long_pdf(tmp_path / "long.pdf"), SAMPLE_TEXTS[3]  # many seconds, and about 0.05 s
    limit = max(1.0, FAST_MARGIN * _seconds_alone(fast, tmp_path / "alone"))
    assert main(["run", str(slow), str(fast), "--out", str(out), "-q", "--timeout", f"{limit:.2f}"]) == 1
    docs = pd.read_parquet(out / "documents").set_index("source_path")
    assert docs.loc[str(slow), "error_type"] == "DocumentTimeoutError"
    assert "time limit" in docs.loc[str(slow), "error"] and docs.loc[str(fast), "status"] == "ok"
    assert len(pd.read_parquet(out / "kpi_values")) == docs.loc[str(fast), "n_kpi_values"]
    assert main(["run", str(fast), "--out", str(out), "--timeout", "0"]) == 2
    assert "--timeout 0.0: must be a positive" in capsys.readouterr().err
