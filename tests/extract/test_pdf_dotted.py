"""Dotted rules (extract.pdf.dotted): a row of dots too small to be an edge is one rule, so the
column rules ending on it close their cells (kobe_kateikei p1, issue 7)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pdfplumber.table import TableSettings
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from extract.pdf import dotted, read_pdf

FONT = "HeiseiKakuGo-W5"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))
DOT = 0.7  # Excel's dotted border: squares this wide ...
PITCH = 1.45  # ... this far apart


def _dot(x: float, top: float, size: float = DOT) -> dict[str, Any]:
    return {"object_type": "rect", "x0": x, "x1": x + size, "top": top, "bottom": top + size,
            "y0": 800 - top - size, "y1": 800 - top, "doctop": top, "width": size, "height": size}


def test_the_engine_thresholds_are_the_finders() -> None:
    settings = TableSettings.resolve({})
    assert dotted.DOT_MAX_PT == settings.edge_min_length_prefilter
    assert dotted.JOIN_PT == settings.join_x_tolerance


def test_a_run_of_three_dots_is_a_rule() -> None:
    three = [_dot(100 + k * PITCH, 50) for k in range(3)]
    (line,) = dotted.dotted_rules(three)
    assert (line["x0"], line["x1"], line["top"], line["bottom"]) == pytest.approx((100, 100 + 2 * PITCH + DOT, 50.35, 50.35))
    assert dotted.dotted_rules(three[:2]) == []  # MIN_DOTS 3: two marks are no rule
    down = [_dot(100, 50 + k * PITCH) for k in range(3)]
    (line,) = dotted.dotted_rules(down)
    assert line["x0"] == line["x1"] and line["bottom"] - line["top"] == pytest.approx(2 * PITCH + DOT)


def test_a_gap_wider_than_the_join_parts_two_rules() -> None:
    row = [_dot(100 + k * PITCH, 50) for k in range(3)] + [_dot(100 + 2 * PITCH + DOT + 3.5 + k * PITCH, 50) for k in range(3)]
    assert len(dotted.dotted_rules(row)) == 2
    assert dotted.dotted_rules([_dot(100 + k * 3, 50, size=1.2) for k in range(5)]) == []  # marks past the prefilter: edges already


def _table(path: Path) -> str:
    """A ruled table whose row rule between its two body rows is dotted, and whose column rules
    end on the dotted rule above a row that spans them (a quarterly figure under monthly ones)."""
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    xs, ys = [60.0, 160.0, 220.0, 280.0], [760.0, 740.0, 720.0, 700.0, 680.0]
    for y in (ys[0], ys[1], ys[4]):  # Excel draws its borders as thin filled rects
        c.rect(xs[0], y - DOT / 2, xs[-1] - xs[0], DOT, stroke=0, fill=1)
    x = xs[0]
    while x < xs[-1]:  # the dotted rules between the body rows
        for y in (ys[2], ys[3]):
            c.rect(x, y - DOT / 2, DOT, DOT, stroke=0, fill=1)
        x += PITCH
    for k, x in enumerate(xs):
        bottom = ys[-1] if k in (0, 1, 3) else ys[3]  # 4月 and 5月 part above the quarter row only
        c.rect(x - DOT / 2, bottom, DOT, ys[0] - bottom, stroke=0, fill=1)
    c.setFont(FONT, 9)
    for x, text in zip(xs, ("", "4月", "5月")):
        c.drawString(x + 4, ys[0] - 14, text)
    for r, (label, values) in enumerate((("排出量", ("22,993", "25,486")), ("1人1日", ("496", "532")))):
        c.drawString(xs[0] + 4, ys[r + 1] - 14, label)
        for x, value in zip(xs[1:], values):
            c.drawString(x + 4, ys[r + 1] - 14, value)
    c.drawString(xs[0] + 4, ys[3] - 14, "人口")
    c.drawString(xs[1] + 4, ys[3] - 14, "1,544,671")
    c.showPage()
    c.save()
    return str(path)


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_column_rules_ending_on_a_dotted_rule_close_their_cells(tmp_path: Path, engine: str) -> None:
    (table,) = read_pdf(_table(tmp_path / "dotted.pdf"), engine=engine).tables
    rows = [[c.text for c in row] for row in table.rows]
    assert ["排出量", "22,993", "25,486"] in rows and ["1人1日", "496", "532"] in rows
