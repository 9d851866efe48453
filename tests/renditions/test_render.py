"""The rendition generator keeps the export's cells: same grid, HTML breaks as line breaks."""

from __future__ import annotations

import pytest

render = pytest.importorskip("tests.renditions.render", reason="reportlab is not installed")


def test_cell_lines_turn_html_breaks_into_lines() -> None:
    assert render.cell_lines("<p>【一関市】</p> <ul><li>○A</li><li>○B</li></ul>") == ["【一関市】", "○A", "○B"]
    assert render.cell_lines("644 (R1)") == ["644 (R1)"]


def test_parse_export_groups_tab_rows_into_tables() -> None:
    blocks = render.parse_export("title\na\tb\n\nc\td\t\n:--\t--\nafter\n")
    assert blocks == ["title", [[["a"], ["b"], []], [["c"], ["d"], []]], "after"]


@pytest.mark.parametrize(("natural", "minimum", "avail"), [([50, 300, 40], [10, 30, 20], 200), ([10, 10], [5, 5], 100)])
def test_column_widths_fit_and_keep_minimums(natural: list[float], minimum: list[float], avail: float) -> None:
    widths = render.column_widths(natural, minimum, avail)
    assert widths is not None and sum(widths) <= avail + 0.01
    assert all(w >= m for w, m in zip(widths, minimum))


def test_column_widths_none_when_minimums_do_not_fit() -> None:
    assert render.column_widths([100, 100], [90, 90], 100) is None


def test_html_rendition_keeps_cells_and_aligns_numbers() -> None:
    html_render = pytest.importorskip("tests.renditions.html_render")
    blocks = render.parse_export("title\n項目\t基準値\n人口\t2,600\n")
    doc = html_render.export_to_html(blocks, html_render.HTML_STYLES["html_narrow"])
    assert "<td>人口</td><td class=\"num\">2,600</td>" in doc and "<p>title</p>" in doc
    assert "word-break: break-all" in doc and "width: 80%" in doc
    assert "break-all" not in html_render.export_to_html(blocks, html_render.HTML_STYLES["html_colrules"])
