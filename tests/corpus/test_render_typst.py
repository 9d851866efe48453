"""The Typst rendering: the corpus typeset by Typst, which lays the tables out and writes the PDF.
Figures never wrap, text columns share the rest, the markup sets every string as written, and
every page of the PDF holds its own answers (found / wrong are measured by
benchmarks/bench_corpus.py --rendering typst_ruled / typst_borderless)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus.generator import Cell, Document, Page, Table, Text, arrangements, generate
from tests.corpus.render_typst import (
    FONT_SIZES_PT, TYPST_STYLES, _columns, _figures_fit, document_markup, write_typst_pdf,
)
from tests.corpus.render_writer import (
    HEADER_CAP_EM, SLACK_EM, TEXT_COLUMN_CAP_EM, TEXT_COLUMN_MIN_EM, line_em, natural_ems,
)
from tests.corpus.test_corpus import SLICE_RENDERINGS, assert_pages_hold_answers, require

STYLE = TYPST_STYLES["typst_ruled"]


def _table(header: list[str], body: list[list[str]]) -> Table:
    return Table(header=(tuple(Cell((h,)) for h in header),), body=tuple(tuple(Cell((t,)) for t in row) for row in body))


def _doc(*blocks: Text | Table) -> Document:
    return Document("probe", "probe", "", (Page(blocks),), (), ())


def test_a_figure_column_keeps_its_widest_figure_and_a_header_wraps_at_the_cap() -> None:
    table = _table(["見" * int(HEADER_CAP_EM * 3), "事業名"], [["12,345", "地" * int(TEXT_COLUMN_CAP_EM * 2)]])
    ems = natural_ems(table)
    assert ems == [HEADER_CAP_EM, TEXT_COLUMN_CAP_EM]
    figures = _table(["額"], [["1" * int(TEXT_COLUMN_CAP_EM * 4)]])  # wider than any cap: kept whole
    assert natural_ems(figures) == [line_em("1" * int(TEXT_COLUMN_CAP_EM * 4))]


def test_a_column_of_figures_and_words_is_sized_and_a_column_of_names_shares_the_rest() -> None:
    table = _table(["事業名", "R3"], [["道路維持補修事業", "６，４１６"], ["橋梁長寿命化事業", "調査中"]])
    columns = _columns(table, 5.0)
    assert columns == f"(8.0fr, {line_em('６，４１６') + SLACK_EM:.2f}em + 10.0pt,)"


def test_type_shrinks_until_the_figures_fit_beside_the_names_floor() -> None:
    # portrait A4 between 20 mm margins is 481.9 pt: at 10.5 pt eleven columns of 1,234,567 need 11 × (6.1 em + 0.6) + …
    wide = _table(["事業名", *("額" for _ in range(10))], [["地" * 20, *("1,234,567" for _ in range(10))]])
    fits = [font for font in FONT_SIZES_PT if _figures_fit(_doc(wide), STYLE, font, False)]
    assert fits and fits[0] < FONT_SIZES_PT[0]
    need = sum((line_em("1,234,567") + SLACK_EM) * fits[0] + 10.0 for _ in range(10)) + TEXT_COLUMN_MIN_EM * fits[0] + 10.0
    assert need <= (210.0 - 40.0) * 72.0 / 25.4


def test_markup_sets_every_string_as_written(tmp_path: Path) -> None:
    require("typst_ruled")
    import pypdfium2 as pdfium
    import typst

    odd = '* _x_ #let $1$ [a] <b> @c "q" \\ // ~ - = `t`'
    doc = _doc(Text(odd, "body"), _table(["区分"], [[odd]]))
    path = tmp_path / "odd.pdf"
    path.write_bytes(typst.compile(document_markup(doc, STYLE, 10.5, False).encode(), format="pdf"))
    pdf = pdfium.PdfDocument(str(path))
    text = pdf[0].get_textpage().get_text_range().replace("\r", "").replace("\n", " ")
    pdf.close()
    assert "".join(text.split()).count("".join(odd.split())) == 2


@pytest.mark.parametrize("rendering", sorted(set(TYPST_STYLES) - set(SLICE_RENDERINGS)))  # the slice checks its own
def test_typst_pages_hold_their_answers(rendering: str, tmp_path: Path) -> None:
    require(rendering)
    for name in sorted(arrangements()):
        doc = generate(name, 0, 0)
        assert_pages_hold_answers(doc, write_typst_pdf(doc, str(tmp_path), rendering), rendering)
