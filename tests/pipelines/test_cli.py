"""The command line: exit codes, bad files in a batch, re-runs, readable datasets."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from pipelines.api import run_inputs
from pipelines.cli import main
from pipelines.progress import Reporter
from pipelines.schemas import DATASETS
from tests.conftest import SAMPLE_PDFS, SAMPLE_TEXTS


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert main(["run"]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_no_inputs_found_is_a_usage_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["run", str(empty), "--out", str(tmp_path / "out")]) == 2


def test_a_bad_file_fails_alone_and_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(SAMPLE_TEXTS[0], inputs / "good.txt")
    (inputs / "broken.pdf").write_bytes(b"%PDF-1.4\n garbage that is not a PDF")
    (inputs / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    assert main(["run", str(inputs), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "broken.pdf" in err and "empty.txt" in err and "1 ok" in err
    docs = pd.read_parquet(out / "documents").set_index("source_path")
    assert docs.loc[str(inputs / "good.txt"), "status"] == "ok"
    assert docs.loc[str(inputs / "empty.txt"), "status"] == "failed"
    assert "empty file" in docs.loc[str(inputs / "empty.txt"), "error"]
    assert len(pd.read_parquet(out / "kpi_values")) > 0


def test_missing_input_is_a_usage_error_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nope.txt" in err and "no such file" in err
    assert "Traceback" not in err and not (tmp_path / "out").exists()


@pytest.mark.parametrize("where", ["file", "under_a_file"])
def test_bad_out_is_a_usage_error_naming_the_flag(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                  where: str) -> None:
    a_file = tmp_path / "taken"
    a_file.write_text("not a folder", encoding="utf-8")
    out = a_file if where == "file" else a_file / "out"
    assert main(["run", str(SAMPLE_TEXTS[0]), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("sousei: --out ") and err.count("\n") == 1 and "Traceback" not in err


def test_no_input_named_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", "--out", "x"]) == 2
    assert "INPUT" in capsys.readouterr().err


def test_unsupported_files_in_a_folder_are_listed_as_skipped(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(SAMPLE_TEXTS[0], inputs / "good.txt")
    (inputs / "minutes.docx").write_bytes(b"PK\x03\x04 not really")
    (inputs / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    assert main(["run", str(inputs), "--out", str(tmp_path / "out"), "-q"]) == 0
    err = capsys.readouterr().err
    assert "skipped 2 files" in err
    assert "minutes.docx: Word document" in err and "old.xls: Excel 97-2003" in err


def test_rerun_replaces_a_documents_rows_instead_of_duplicating(tmp_path: Path) -> None:
    out = tmp_path / "out"
    for _ in range(2):
        assert main(["run", str(SAMPLE_TEXTS[0]), "--out", str(out), "-q"]) == 0
    once = pd.read_parquet(out / "kpi_values")
    assert len(once) == pd.read_parquet(out / "documents")["n_kpi_values"].sum()
    assert not list((out / "kpi_values").glob(".tmp-*"))


def test_every_dataset_is_readable_with_its_schema_even_when_empty(tmp_path: Path) -> None:
    out = tmp_path / "out"
    doc = tmp_path / "plain.txt"
    doc.write_text("表のない文書です。\n", encoding="utf-8")
    assert main(["run", str(doc), "--out", str(out), "-q"]) == 0
    for name, schema in DATASETS.items():
        df = pd.read_parquet(out / name)
        assert list(df.columns) == schema.names, name


def test_duckdb_reads_the_datasets(text_output: Path) -> None:
    ((count,),) = duckdb.sql(
        f"select count(*) from read_parquet('{text_output}/kpi_values/*.parquet') where kind = 'target'"
    ).fetchall()
    assert count > 100


def test_cp932_and_crlf_renditions_give_the_same_values(tmp_path: Path, text_output: Path) -> None:
    sample = SAMPLE_TEXTS[0]
    rendition = tmp_path / "sjis.txt"
    # ³ and — have no CP932 code; a CP932 document writes m3 and ― (U+2015)
    text = sample.read_text(encoding="utf-8").replace("\n", "\r\n").replace("³", "3").replace("—", "―")
    rendition.write_bytes(text.encode("cp932"))
    out = tmp_path / "out"
    assert main(["run", str(rendition), "--out", str(out), "-q"]) == 0
    cols = ["indicator", "kind", "fiscal_year", "value", "unit"]
    theirs = pd.read_parquet(out / "kpi_values")[cols]
    ours = pd.read_parquet(text_output / "kpi_values")
    ours = ours[ours["source_path"].str.endswith(sample.name)][cols]
    pd.testing.assert_frame_equal(theirs.reset_index(drop=True), ours.reset_index(drop=True),
                                  check_dtype=False)


def encrypted_copy(source: Path, target: Path, password: str) -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(source).pages:
        writer.add_page(page)
    writer.encrypt(user_password=password, owner_password=password + "-owner")
    with target.open("wb") as f:
        writer.write(f)
    return target


def test_password_messages_name_the_flag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = encrypted_copy(SAMPLE_PDFS[3], tmp_path / "locked.pdf", "secret")
    out = str(tmp_path / "out")
    assert main(["run", str(pdf), "--out", out, "-q"]) == 1
    assert "give its user password with --password" in capsys.readouterr().err
    assert main(["run", str(pdf), "--out", out, "-q", "--password", "wrong"]) == 1
    assert "the password given with --password does not open" in capsys.readouterr().err
    assert main(["run", str(pdf), "--out", out, "-q", "--password", "secret"]) == 0
    assert pd.read_parquet(tmp_path / "out" / "documents").loc[0, "status"] == "ok"


def test_a_long_document_shows_a_heartbeat_with_the_expected_time(tmp_path: Path) -> None:
    stream = io.StringIO()
    reporter = Reporter(stream, quiet=False, verbose=False, every_s=0.05)
    run_inputs([SAMPLE_PDFS[3], SAMPLE_PDFS[2]], tmp_path / "out", progress=reporter)
    lines = stream.getvalue().splitlines()
    assert any(line.startswith("[1/2]") and "reading…" in line for line in lines)
    assert any(line.startswith("[2/2]") and "s of about " in line for line in lines)  # paced by the first PDF
    assert lines[-1].startswith("[2/2]") and "ok:" in lines[-1]
