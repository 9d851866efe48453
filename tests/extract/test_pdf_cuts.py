"""Text an engine cut inside a cell (extract.pdf.cuts): which cuts are proved, and by what.

Pieces are built by hand in PDF points (top-left origin): 9 pt lines, digits 4.5 pt wide, set
one under the other in a column a few glyphs wide, as an HTML engine breaking words anywhere
(word-break: break-all) sets numbers in a narrow column (the html_narrow rendition).
"""

from __future__ import annotations

import pytest

from extract.pdf.borderless import build_table
from extract.pdf.cuts import CutEvidence, cell_lines, cut_evidence, is_cut_number, join_cut_number
from extract.pdf.grid import PageContent, RawLine, RawTable, Segment, SegLine
from extract.pdf.pieces import Piece, advance
from extract.pdf.stitch import stitch_pages

H = 9.0  # line height
DIGIT = 4.5  # a half-width glyph


def stack(texts: list[str], x1: float = 100.0) -> list[Piece]:
    """One piece per line, right-aligned at x1 (a numeric cell), one line height apart."""
    out = []
    for k, text in enumerate(texts):
        width = DIGIT * sum(advance(ch) for ch in text)
        out.append(Piece(text, (x1 - width, k * H, x1, (k + 1) * H), 1))
    return out


def joined(texts: list[str], glyphs: int, cuts: bool = False) -> list[str]:
    return [t for t, _ in cell_lines(stack(texts), glyphs * DIGIT, cuts)]


@pytest.mark.parametrize(("pieces", "glyphs", "expected"), [
    (["15", ".8"], 2, ["15.8"]),                     # no number opens with its separator
    (["1,180", ",000"], 5, ["1,180,000"]),
    (["583", ",", "871"], 3, ["583,871"]),           # a lone separator, its line not full
    (["2,", "01", "8"], 2, ["2,018"]),               # digit groups
    (["84,80", "9"], 6, ["84,809"]),                 # a group cut short, the line not full
    (["51", ",", "19", "6"], 3, ["51,196"]),         # judged as the run so far: 51,19 is cut short
    (["46", "6"], 2, ["46 6"]),                      # cannot be proved alone: ambiguous
    (["H2", "7"], 2, ["H2 7"]),                      # no shape to prove it either
])
def test_a_cut_is_joined_when_its_shape_proves_it(pieces: list[str], glyphs: int, expected: list[str]) -> None:
    assert joined(pieces, glyphs) == expected


@pytest.mark.parametrize(("pieces", "glyphs", "expected"), [
    (["46", "6"], 2, ["466"]),
    (["7", "1", "0"], 1, ["710"]),
    (["4.2", "3", "(R1)"], 3, ["4.23", "(R1)"]),     # the author's break before (R1) stays
    (["H2", "7"], 2, ["H27"]),
    (["H", "2", "7"], 1, ["H27"]),
    (["(H3", "0)"], 3, ["(H30)"]),
    (["202", "0年", "度"], 3, ["2020年度"]),
    (["▲0.8", "9%"], 4, ["▲0.89%"]),
    (["1,234", "567"], 5, ["1,234 567"]),            # 1,234567 is no number: still ambiguous
    (["696", "696"], 4, ["696", "696"]),             # a line that was not full was broken on purpose
])
def test_in_a_table_whose_engine_cuts_numbers_a_full_line_continued_is_one_word(
        pieces: list[str], glyphs: int, expected: list[str]) -> None:
    assert joined(pieces, glyphs, cuts=True) == expected


def test_a_number_cut_by_its_shape_shows_the_engine_cuts_numbers() -> None:
    narrow = 2 * DIGIT
    assert cut_evidence([(stack(["46", "6"]), narrow), (stack(["2,", "01", "8"]), narrow)]) == CutEvidence(True, True)
    assert cut_evidence([(stack(["16", ".4"]), narrow)]) == CutEvidence(True, False)
    assert cut_evidence([(stack(["84,80", "9"]), 6 * DIGIT)]) == CutEvidence(True, False)  # a group cut short, line not full
    assert cut_evidence([(stack(["46", "6"]), narrow), (stack(["H2", "7"]), narrow)]) == CutEvidence(False, True)
    assert cut_evidence([(stack(["2,018"]), 5 * DIGIT)]) == CutEvidence(False, False)  # no cut at all


def test_only_a_full_line_is_cut_between_digits() -> None:
    nxt = Piece("6", (0, H, DIGIT, 2 * H), 1)
    assert is_cut_number("46", (0, 0, 2 * DIGIT, H), nxt, 2 * DIGIT)
    assert not is_cut_number("46", (0, 0, 2 * DIGIT, H), nxt, 3 * DIGIT)
    assert join_cut_number(["46", "6"], cuts_numbers=True) == "466"


def _narrow_table() -> list[SegLine]:
    """項目 | H27 | R3 over two rows, the value columns two digits wide: H2 / 7 in the header,
    46 / 6 and 2, / 01 / 8 in the rows (sample 000's 転出超過者数 in the html_narrow rendition)."""
    def ln(top: float, *segs: tuple[float, float, str]) -> SegLine:
        segments = tuple(Segment(t, (x0, top, x1, top + H)) for x0, x1, t in segs)
        return SegLine(segments, (segments[0].bbox[0], top, segments[-1].bbox[2], top + H), 1, " ".join(s.text for s in segments))
    rows = [ln(0, (50, 68, "項目"), (100, 109, "H2"), (120, 129, "R3")), ln(9, (102, 107, "7"))]
    rows += [ln(24, (50, 86, "転出者数"), (100, 109, "46"), (120, 129, "58")), ln(33, (104.5, 109, "6"), (124.5, 129, "0"))]
    rows += [ln(48, (50, 86, "転入者数"), (100, 109, "2,"), (120, 129, "2,")), ln(57, (100, 109, "01"), (120, 129, "02")),
             ln(66, (104.5, 109, "8"), (124.5, 129, "0"))]
    return rows


def test_a_narrow_table_whose_numbers_the_engine_cut_reads_whole() -> None:
    table, used = build_table(_narrow_table())
    assert table is not None and used == 7
    assert [[c.raw for c in row] for row in table.rows] == [
        ["項目", "H27", "R3"], ["転出者数", "466", "580"], ["転入者数", "2,018", "2,020"]]


def _page(page: int, top: float, value: list[str], glyphs: int) -> PageContent:
    """A page holding a table of a name column two glyphs wide and one value column `glyphs`
    digits wide, the first row's name and value wrapped, and a line of text below it."""
    def ln(top: float, *segs: tuple[float, float, str]) -> SegLine:
        segments = tuple(Segment(t, (x0, top, x1, top + H)) for x0, x1, t in segs)
        return SegLine(segments, (segments[0].bbox[0], top, segments[-1].bbox[2], top + H), page, " ".join(s.text for s in segments))
    x1 = 100 + glyphs * DIGIT
    lines = [ln(top, (50, 68, "項目"), (x1 - 9, x1, "値")), ln(top + 15, (50, 68, "人口"), (x1 - DIGIT * len(value[0]), x1, value[0]))]
    lines += [ln(top + 15 + H * k, *([(50, 68, "総数")] if k == 1 else []), (x1 - DIGIT * len(v), x1, v))
              for k, v in enumerate(value[1:], start=1)]  # the name wraps at the cell's leading too
    lines += [ln(top + 45, (50, 68, "合計"), (x1 - DIGIT, x1, "9"))]
    table, used = build_table(lines)
    assert table is not None and used == len(lines)
    return PageContent(page, 595, 842, (table,), (RawLine("本文の行", (50, top + 200, 300, top + 209), page),))


def test_a_document_whose_engine_cut_one_number_provably_has_its_other_cuts_joined() -> None:
    proved, doubtful = _page(1, 100, ["2,", "01", "8"], 2), _page(2, 100, ["46", "6"], 2)
    assert proved.tables[0].cuts_numbers and doubtful.tables[0].cut_doubt and not doubtful.tables[0].cuts_numbers
    alone = [it for it in stitch_pages([doubtful]).items if isinstance(it, RawTable)]
    assert alone[0].rows[1][1].raw == "46 6"  # no evidence in the document: left ambiguous
    both = [it for it in stitch_pages([proved, doubtful]).items if isinstance(it, RawTable)]
    assert [t.rows[1][1].raw for t in both] == ["2,018", "466"]


def test_a_header_word_cut_over_lines_beside_a_centred_label_stays_in_the_header() -> None:
    # H2 / 7 and R / 3 in columns two and one glyphs wide, 項目 centred on the header's second
    # line: its digits continue the words above them (full lines), no body row opens there.
    def ln(top: float, *segs: tuple[float, float, str]) -> SegLine:
        segments = tuple(Segment(t, (x0, top, x1, top + H)) for x0, x1, t in segs)
        return SegLine(segments, (segments[0].bbox[0], top, segments[-1].bbox[2], top + H), 1, " ".join(s.text for s in segments))
    lines = [ln(0, (100, 109, "H2"), (120, 124.5, "R")), ln(9, (50, 68, "項目"), (102, 106.5, "7"), (120, 124.5, "3"))]
    lines += [ln(24, (50, 86, "転出者数"), (100, 109, "46"), (120, 124.5, "5")), ln(33, (104.5, 109, "6"))]
    lines += [ln(48, (50, 86, "転入者数"), (100, 109, "2,"), (120, 124.5, "6")), ln(57, (100, 109, "01")), ln(66, (104.5, 109, "8"))]
    table, used = build_table(lines)
    assert table is not None and used == len(lines)
    assert [[c.raw for c in row] for row in table.rows] == [
        ["項目", "H27", "R3"], ["転出者数", "466", "5"], ["転入者数", "2,018", "6"]]


@pytest.mark.parametrize(("pieces", "joined"), [
    (["30人（延べ1", "52日）"], "30人（延べ152日）"),  # corpus seed 2 kpi_progress, pdf_rules
    (["6人(延べ17", "4日)"], "6人(延べ174日)"),
    (["12", "345"], "12 345"),                      # no bracket around the cut: unproved
    (["（延べ12）", "345日"], "（延べ12） 345日"),      # the bracket closes before the cut
    (["30人（延べ1,23", "45日）"], "30人（延べ1,23 45日）"),  # joined, the number would be malformed
])
def test_a_cut_inside_a_bracket_the_next_line_closes_is_one_number(pieces: list[str], joined: str) -> None:
    # One bracketed phrase (延べ…日) is never two values an author stacked in a cell.
    assert join_cut_number(pieces) == joined


def test_a_line_after_a_wrap_ends_the_cell_line_where_it_is_not_full_itself() -> None:
    # 事業費見込額 fills its column, （円） goes on it, and R6 under （円） (which does not fill the
    # column) is a line of its own, though the two joined lines' box does fill it (corpus seed 970
    # budget_plan_years in typst_borderless)
    em = 9.0
    block = [Piece("事業費見込額", (0.0, 0.0, 6 * em, em), 0, 1), Piece("（円）", (1.5 * em, 1.3 * em, 4.5 * em, 2.3 * em), 0, 1),
             Piece("R6", (2.3 * em, 2.6 * em, 3.7 * em, 3.6 * em), 0, 1)]
    assert [t for t, _ in cell_lines(block, 6 * em)] == ["事業費見込額（円）", "R6"]
