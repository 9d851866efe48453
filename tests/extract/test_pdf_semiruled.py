"""Tables with column rules and no row rules: one row per text row, not one cell per column.

The real case is kobe_ippan_tousho_yosan_hikaku_h25_h26 (平成25・26年度 一般会計当初予算額比較,
pages 1-2), checked against the hand-read amounts in ../shared/realdocs/gold/budget.csv.
"""

from __future__ import annotations

import csv
import unicodedata

import pytest

from extract.model import Table
from extract.pdf import pdfplumber_adapter
from extract.pdf.grid import Segment, SegLine
from extract.pdf.layout import GridSpec
from tests.extract.test_pdf_realdocs import REALDOCS, _read, missing_prerequisite

GOLD = REALDOCS.parent / "gold" / "budget.csv"
KOBE = "kobe_ippan_tousho_yosan_hikaku_h25_h26"


def char(text: str, x0: float, top: float, size: float = 10.0) -> dict[str, object]:
    return {"text": text, "x0": x0, "x1": x0 + size, "top": top, "bottom": top + size, "size": size,
            "upright": True, "doctop": top, "fontname": "F", "object_type": "char"}


def word(text: str, x0: float, top: float) -> list[dict[str, object]]:
    return [char(t, x0 + 10.0 * k, top) for k, t in enumerate(text)]


def grid(xs: tuple[float, ...], ys: tuple[float, ...]) -> GridSpec:
    slots = {(r, c): (r, c) for r in range(len(ys) - 1) for c in range(len(xs) - 1)}
    return GridSpec(xs, ys, {a: (1, 1) for a in slots}, slots)


def test_a_band_without_row_rules_is_split_into_its_rows() -> None:
    # Header band ruled below; the body band holds three 科目 lines 26 pt apart, amounts beside them.
    spec = grid((0.0, 100.0, 200.0), (0.0, 20.0, 100.0))
    chars = word("科目", 5, 5) + word("金額", 105, 5)
    for k, (name, amount) in enumerate((("市税", "272,164"), ("寄附金", "417"), ("合計", "272,581"))):
        chars += word(name, 5, 25 + 26 * k) + word(amount, 120, 25 + 26 * k)
    table = pdfplumber_adapter._grid_table(spec, chars, 1, (0.0, 0.0, 595.0, 842.0))
    rows = [[c.raw for c in row] for row in table.rows]
    assert rows == [["科目", "金額"], ["市税", "272,164"], ["寄附金", "417"], ["合計", "272,581"]]
    cell = table.rows[1][1]
    assert cell.line_bboxes == ((120.0, 25.0, 190.0, 35.0),)
    assert cell.bbox[1] <= 25.0 and cell.bbox[3] >= 35.0 and table.rows[2][1].bbox[1] >= cell.bbox[3] - 0.01


def test_a_ruled_cell_with_wrapped_lines_stays_one_cell() -> None:
    # One ruled row whose name wraps (leading 2 pt) beside a one-line amount: not split.
    spec = grid((0.0, 100.0, 200.0), (0.0, 40.0))
    chars = word("重要業績", 5, 5) + word("評価指標", 5, 17) + word("1,498", 120, 11)
    table = pdfplumber_adapter._grid_table(spec, chars, 1, (0.0, 0.0, 595.0, 842.0))
    assert [[c.raw for c in row] for row in table.rows] == [["重要業績\n評価指標", "1,498"]]
    assert len(table.rows[0][0].line_bboxes) == 2


def _gold(page: int) -> dict[tuple[str, int], int]:
    if not GOLD.exists():
        missing_prerequisite(f"{GOLD} not available")
    with GOLD.open(encoding="utf-8") as f:
        return {(_key(r["project"]), int(r["fiscal_year"])): int(r["amount_yen"]) for r in csv.DictReader(f)
                if r["source"] == KOBE and int(r["page"]) == page}


def _key(label: str) -> str:
    return "".join(unicodedata.normalize("NFKC", label).split())


@pytest.mark.parametrize("page", [1, 2])
def test_kobe_budget_comparison_gives_one_row_per_kamoku(page: int) -> None:
    gold = _gold(page)
    doc = _read(f"{KOBE}.pdf", pages=[page])
    table = next(b for b in doc.blocks if isinstance(b, Table))
    amounts = {}
    for row in table.rows:
        label = _key(row[0].text)
        for col, year in ((1, 2014), (4, 2013)):
            if (label, year) in gold:
                amounts[(label, year)] = int(row[col].text.replace(",", "")) * 1000
                assert row[col].line_bboxes and len(row[col].line_bboxes) == 1
    assert amounts == gold


def test_min_split_rows_is_pinned() -> None:
    # A ruled row stacking two values beside one label stays one row (MIN_SPLIT_ROWS = 2 rows
    # with two filled cells); two labelled rows in one band are split.
    spec = grid((0.0, 100.0, 200.0), (0.0, 40.0))
    stacked = word("人口", 5, 5) + word("696", 120, 5) + word("696", 120, 17)
    table = pdfplumber_adapter._grid_table(spec, stacked, 1, (0.0, 0.0, 595.0, 842.0))
    assert [[c.raw for c in row] for row in table.rows] == [["人口", "696\n696"]]
    two = word("人口", 5, 5) + word("696", 120, 5) + word("世帯", 5, 25) + word("301", 120, 25)
    assert len(pdfplumber_adapter._grid_table(spec, two, 1, (0.0, 0.0, 595.0, 842.0)).rows) == 2
    assert pdfplumber_adapter.MIN_SPLIT_ROWS == 2


def test_a_segment_across_a_column_rule_is_split_at_the_rule() -> None:
    # 1,322件/ and 上で set closer than a column gap, a rule drawn between them.
    chars = word("1,322件/", 100, 50) + word("上で", 182, 50)
    seg = Segment("1,322件/ 上で", (100.0, 50.0, 202.0, 60.0))
    line = SegLine((seg,), seg.bbox, 1, seg.text)
    out = pdfplumber_adapter._split_at_rules([line], [{"chars": chars}], [(181.0, 0.0, 100.0)])
    assert [s.text for s in out[0].segments] == ["1,322件/", "上で"]
    assert pdfplumber_adapter._split_at_rules([line], [{"chars": chars}], [(181.0, 70.0, 100.0)]) == [line]
