"""A slice of the html_narrow rendition (issue 8): KPI tables whose narrow columns make the HTML
engine cut headers and numbers over lines (H2 / 7, 46 / 6, 2, / 01 / 8) read whole.

One page rendered by WeasyPrint, read by the real PDF reader: cheap enough for every run.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.model import Table
from tests.renditions.conftest import missing_prerequisite

# Sample 000's 基本目標1 and 2 KPI tables (the text export's rows), a long 設定理由 squeezing the
# value columns to a glyph or two.
REASON = "一関市人口ビジョン(令和2年10月改訂)の人口の将来展望において、令和12年(2030年)時点で目標を設定していることから、この目標を達成するために各年で減少させる目標数値としている。"
EXPORT = (
    "項目\t単位\tH27\t現状値\tR3\tR4\tR5\tR6\tR7\t設定理由\n"
    f"転出超過者数\t人\t466\t644 (R1)\t580\t515\t451\t386\t322\t{REASON}\n"
    f"10～30代の転出者数\t人\t2,018\t2,053 (R1)\t2,020\t1,990\t1,960\t1,930\t1,900\t{REASON}\n"
    "\n本文の行。\n\n"
    "項目\t単位\tH27\t現状値\tR3\tR4\tR5\tR6\tR7\t設定理由\n"
    f"出生数\t人\t710\t549 (R1)\t587\t586\t588\t596\t607\t{REASON}\n"
    f"合計特殊出生率\t人\t1.43\t1.44 (H30)\t1.50\t1.53\t1.57\t1.60\t1.63\t{REASON}\n"
)


@pytest.fixture(scope="module")
def narrow_tables(tmp_path_factory: pytest.TempPathFactory) -> list[list[list[str]]]:
    try:
        from weasyprint import HTML

        from tests.renditions.html_render import HTML_STYLES, export_to_html, fonts_available
        from tests.renditions.render import parse_export
    except (ImportError, OSError) as e:
        missing_prerequisite(f"WeasyPrint not available ({e})")
    style = HTML_STYLES["html_narrow"]
    if not fonts_available([style]):
        missing_prerequisite("WeasyPrint/Pango or VL Gothic not available: apt-get install fonts-vlgothic")
    from extract.pdf.reader import read_pdf

    pdf = Path(tmp_path_factory.mktemp("narrow")) / "narrow.pdf"
    HTML(string=export_to_html(parse_export(EXPORT), style)).write_pdf(str(pdf))
    doc = read_pdf(str(pdf))
    return [[[c.raw for c in row] for row in b.rows] for b in doc.blocks if isinstance(b, Table)]


def test_the_narrow_rendition_reads_cut_headers_and_numbers_whole(narrow_tables: list[list[list[str]]]) -> None:
    assert len(narrow_tables) == 2
    first, second = narrow_tables
    assert ["".join(row[0].split()) for row in first] == ["項目", "転出超過者数", "10～30代の転出者数"]
    assert [[" ".join(cell.split()) for cell in row[1:9]] for row in first] == [
        ["単位", "H27", "現状値", "R3", "R4", "R5", "R6", "R7"],
        ["人", "466", "644 (R1)", "580", "515", "451", "386", "322"],
        ["人", "2,018", "2,053 (R1)", "2,020", "1,990", "1,960", "1,930", "1,900"],
    ]
    assert [row[2] for row in second] == ["H27", "710", "1.43"]
    assert [row[4] for row in second] == ["R3", "587", "1.50"]
