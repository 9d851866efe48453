"""Where a borderless table ends: a heading standing apart between two tables, a last name's rest at the wrap."""

from __future__ import annotations

from extract.pdf import borderless
from extract.pdf.borderless import APART_TOL_EM, _goes_on_name_at_wrap, _grow, _stands_apart
from extract.pdf.grid import SegLine, Segment

H = 10.5  # type size: Typst's 10.5 pt


def line(top: float, *cells: tuple[float, str]) -> SegLine:
    segs = tuple(Segment(text, (x, top, x + 10.5 * len(text), top + H)) for x, text in cells)
    return SegLine(segs, (segs[0].bbox[0], top, segs[-1].bbox[2], top + H), 1, " ".join(s.text for s in segs))


def table(last_top: float = 179.2) -> list[SegLine]:
    """Typst's layout of corpus seed 776 kpi_baseline_target: a header of two lines, a name wrapped at
    the leading (3.8 pt), rows 1 pt apart."""
    return [line(130.4, (145.8, "評価指標"), (290.9, "単位"), (345.6, "基準値"), (476.9, "計画目標値")),
            line(141.9, (336.4, "（2024年）"), (478.2, "（2029年）")),
            line(153.4, (61.7, "住み続けたいと思う"), (281.9, "%"), (369.8, "75.0"), (511.6, "61.6")),
            line(167.7, (61.7, "中学生の割合")),
            line(last_top, (61.7, "Uターン就職者数"), (281.9, "人"), (378.8, "52"), (520.6, "42"))]


COLS = [(61.7, 187.8), (281.9, 311.9), (336.4, 391.8), (476.9, 533.6)]


def test_a_heading_a_paragraphs_space_from_the_rows_and_the_next_header_stands_apart() -> None:
    rows = table()
    bottom = rows[-1].bbox[3]
    heading = line(bottom + 11.6, (56.7, "基本目標2 時代に合った地域をつくる"))
    header = [line(heading.bbox[3] + 11.6, (173.7, "数値目標"), (354.2, "単位"), (406.0, "基準年度値"))]
    assert _stands_apart(rows, heading, header, COLS)
    lines = [*rows, heading, *header, line(header[0].bbox[3] + 1.0, (61.7, "①観光入込客数"), (337.7, "万人"), (434.2, "297.2"))]
    assert _grow(lines, 0) == len(rows)


def test_a_line_apart_only_by_more_than_the_widest_gap_give_or_take_the_tolerance() -> None:
    # the table's widest gap is the name's leading, 3.8 pt; the tolerance a quarter of 10.5 pt (2.625 pt)
    rows = table()
    bottom = rows[-1].bbox[3]
    assert APART_TOL_EM == 0.25
    for gap, apart in ((3.8 + 2.625 + 1.0, True), (3.8 + 2.625 - 1.0, False)):
        heading = line(bottom + gap, (56.7, "基本目標2 時代に合った地域をつくる"))
        assert _stands_apart(rows, heading, [line(heading.bbox[3] + gap, (173.7, "数値目標"), (354.2, "単位"))], COLS) is apart


def test_a_section_row_at_the_rows_gap_or_a_line_close_above_the_next_stands_in_the_table() -> None:
    rows = table()
    bottom = rows[-1].bbox[3]
    section = line(bottom + 1.0, (59.0, "（2）健康づくりの推進"))
    assert not _stands_apart(rows, section, [line(section.bbox[3] + 1.0, (61.7, "③転出者数"), (378.8, "12"))], COLS)
    heading = line(bottom + 11.6, (56.7, "（2）健康づくりの推進"))
    assert not _stands_apart(rows, heading, [line(heading.bbox[3] + 1.0, (61.7, "③転出者数"), (378.8, "12"))], COLS)
    figure = line(bottom + 11.6, (56.7, "1,234"))
    assert not _stands_apart(rows, figure, [line(figure.bbox[3] + 11.6, (173.7, "数値目標"))], COLS)
    header_only = rows[:2]
    assert not _stands_apart(header_only, line(165.0, (56.7, "基本目標2 時代に合った地域をつくる")), [line(190.0, (173.7, "数値目標"))], COLS)


def test_the_last_names_rest_at_the_wrap_goes_on_it() -> None:
    # corpus seed 816 kpi_baseline_target in typst_borderless: ①六次産業化に取り組む | 56 | 46 over
    # 事業者数（累計） 3.8 pt down, wider than the rows' 1 pt; the note after the table is no rest
    row = line(225.2, (61.7, "①六次産業化に取り組む"), (404.0, "56"), (462.3, "46"))
    assert _goes_on_name_at_wrap(row, line(239.5, (61.7, "事業者数（累計）")))
    assert not _goes_on_name_at_wrap(row, line(239.5, (61.7, "※ 再掲の事業を含む")))
    assert not _goes_on_name_at_wrap(row, line(239.5, (61.7, "（2）健康づくりの推進")))  # a heading reads on from no name
    assert not _goes_on_name_at_wrap(row, line(239.5, (80.0, "事業者数（累計）")))  # starts under no cell
    assert not _goes_on_name_at_wrap(row, line(235.7 + borderless.WRAP_GAP_MAX_EM * H + 0.5, (61.7, "事業者数（累計）")))
    whole = line(225.2, (61.7, "SNSフォロワー数"), (404.0, "56"), (462.3, "46"))
    assert not _goes_on_name_at_wrap(whole, line(239.5, (61.7, "市民の声")))  # a whole name goes on in no line
