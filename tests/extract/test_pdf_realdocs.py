"""Real municipal PDFs (kept outside the repo; skipped when absent, failing under CI). A few pages each."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from extract.model import Document, Table, TextLine
from extract.pdf import read_pdf

REALDOCS = Path(__file__).parents[2] / ".." / "shared" / "realdocs" / "pdf"


def missing_prerequisite(reason: str) -> None:
    """Skip a test whose input is absent; under CI (CI=true) the absence is a failure."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"prerequisite missing under CI: {reason}")
    pytest.skip(reason)


def _read(name: str, pages: range | list[int] | None = None) -> Document:
    path = REALDOCS / name
    if not path.exists():
        missing_prerequisite(f"{name} not available in {REALDOCS}")
    return read_pdf(str(path), pages=pages)


def _texts(doc: Document) -> list[str]:
    out: list[str] = []
    for block in doc.blocks:
        if isinstance(block, Table):
            out += [c.text for row in block.rows for c in row]
        else:
            out.append(block.text)
    return out


def test_kampo_owner_restricted_opens() -> None:
    doc = _read("kampo_sample_pdfminer.pdf")
    assert doc.pages == 1 and any(isinstance(b, TextLine) for b in doc.blocks)
    assert {"cid_garbage", "vertical_text"} <= {i.code for i in doc.issues}


def test_fake_bold_is_deduplicated() -> None:
    doc = _read("otoineppu_sogosenryaku_2015.pdf", range(1, 7))
    texts = _texts(doc)
    assert not any("重重重重" in t or "要要要要" in t for t in texts)
    assert any("重要業績評価指標" in t for t in texts)


def test_cid_garbage_is_reported_not_emitted() -> None:
    doc = _read("kobe_kouhoushi_2016-01_p2-3.pdf")
    assert any(i.code == "cid_garbage" and i.page == 1 for i in doc.issues)
    assert not any("(cid:" in t for t in _texts(doc))


def test_rotated_landscape_page_reads_upright() -> None:
    doc = _read("otoineppu_jinko_vision_2015.pdf", [6])
    lines = [b for b in doc.blocks if isinstance(b, TextLine)]
    assert any("平成" in b.text for b in lines)
    assert all((b.prov.bbox or (0, 0, 0, 0))[2] <= 1191.5 for b in lines)


def test_table_continuing_without_repeated_header_is_stitched() -> None:
    doc = _read("nobeoka_gikai_shingi_kekka_2024-09.pdf")
    spans = [t for t in doc.tables if len({c.prov.page for row in t.rows for c in row}) > 1]
    assert spans and spans[0].n_cols == 4


@pytest.mark.parametrize(
    ("name", "pages"),
    [
        ("kobe_zaisei_jokyo_ichiran_h20.pdf", [1]),
        ("fuji_r8_yosansho_kosaihi.pdf", [1]),
        ("kobe_hoikusho_aki_chuoku_h30.pdf", [1]),
        ("otoineppu_kyuyo_teiin_r7.pdf", [2, 3]),
        ("nobeoka_r8_6gatsu_hosei_gaiyo.pdf", [2]),
        ("fuji_r6_ippan_yosansho.pdf", [40, 41]),
        ("setagaya_r8_tousho_yosan.pdf", [60]),
    ],
)
def test_realdoc_yields_tables(name: str, pages: list[int]) -> None:
    doc = _read(name, pages)
    assert doc.tables, name
    for table in doc.tables:
        assert table.engine and table.n_rows >= 1
        assert any(c.text for row in table.rows for c in row)


def test_prose_only_document_has_no_ruled_tables() -> None:
    doc = _read("nobeoka_r8_shisei_houshin.pdf", [2, 3])
    assert not [t for t in doc.tables if t.engine == "pdfplumber"]
    assert sum(isinstance(b, TextLine) for b in doc.blocks) > 20


def test_missing_prerequisite_fails_under_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception):
        missing_prerequisite("absent.pdf")
    monkeypatch.setenv("CI", "false")
    with pytest.raises(pytest.skip.Exception):
        missing_prerequisite("absent.pdf")


def test_two_column_newsletter_is_prose_not_a_table() -> None:
    doc = _read("kobe_kansensho_shuho_h29w06.pdf", [1])
    in_tables = [c.text for t in doc.tables for row in t.rows for c in row]
    assert not any("市内の感染症の状況" in t for t in in_tables)
    assert any("市内の感染症の状況" in b.text for b in doc.blocks if isinstance(b, TextLine))
