"""A spreadsheet's cell column printed flush left on text rows and flush right on number rows
(extract.pdf.flush_pairs), built by hand in PDF points, top-left origin."""

from __future__ import annotations

from extract.pdf.borderless import find_borderless
from extract.pdf.flush_pairs import MIN_ENTRIES, merge_flush_pairs
from extract.pdf.grid import ALIGN_TOL_PT, Interval, Segment, SegLine

LINE_PT = 9.0
ROW_PT = 14.0
NO_LEFT_PT, NO_RIGHT_PT = 40.0, 70.0  # the No cell: (2) starts at its left, 1 ends at its right
COLS: list[Interval] = [(NO_LEFT_PT, 55.0), (64.0, NO_RIGHT_PT), (80.0, 140.0), (160.0, 200.0)]


def line(top: float, *segs: tuple[float, float, str]) -> SegLine:
    segments = tuple(Segment(text, (x0, top, x1, top + LINE_PT)) for x0, x1, text in segs)
    box = (min(s.bbox[0] for s in segments), top, max(s.bbox[2] for s in segments), top + LINE_PT)
    return SegLine(segments, box, 1, " ".join(t for _, _, t in segs))


def number(k: int, top: float, nudge: float = 0.0) -> tuple[float, float, str]:
    return (NO_RIGHT_PT - 6 + nudge, NO_RIGHT_PT + nudge, str(k)) if k % 2 else (NO_LEFT_PT + nudge, NO_LEFT_PT + 15 + nudge, f"({k})")


def body(nudge: float = 0.0) -> list[list[SegLine]]:
    return [[line(ROW_PT * k, number(k, ROW_PT * k, nudge if k == 3 else 0.0), (80, 130, f"事業{k}"), (170, 200, "1,000"))]
            for k in range(1, 6)]


def header(*segs: tuple[float, float, str]) -> list[SegLine]:
    return [line(-ROW_PT, *segs)]


def test_a_column_flush_left_on_some_rows_and_flush_right_on_others_is_one_column() -> None:
    head = header((40, 50, "No"), (80, 100, "事業名"), (170, 200, "予算額"))
    assert merge_flush_pairs([head, *body()], COLS, head) == [(NO_LEFT_PT, NO_RIGHT_PT), *COLS[2:]]


def test_two_columns_the_header_heads_each_stay_two() -> None:
    head = header((40, 52, "番号"), (62, 70, "再"), (80, 100, "事業名"), (170, 200, "予算額"))
    assert merge_flush_pairs([head, *body()], COLS, head) == COLS


def test_two_columns_one_row_fills_together_stay_two() -> None:
    head = header((40, 50, "No"), (80, 100, "事業名"), (170, 200, "予算額"))
    both = [line(ROW_PT * 6, (40, 52, "(6)"), (64, 70, "6"), (80, 130, "事業6"), (170, 200, "1,000"))]
    assert merge_flush_pairs([head, *body(), both], COLS, head) == COLS


def test_entries_not_set_at_one_edge_are_two_columns() -> None:
    head = header((40, 50, "No"), (80, 100, "事業名"), (170, 200, "予算額"))
    assert merge_flush_pairs([head, *body(nudge=-2 * ALIGN_TOL_PT)], COLS, head) == COLS
    assert merge_flush_pairs([head, *body(nudge=-ALIGN_TOL_PT / 2)], COLS, head) != COLS


def test_the_table_build_reads_the_no_column_as_one() -> None:
    head = header((40, 50, "No"), (80, 100, "事業名"), (170, 200, "予算額"))
    tables, _ = find_borderless([*head, *(ln for r in body() for ln in r)], 1, 842.0)
    assert [[c.raw for c in row] for row in tables[0].rows][:3] == [["No", "事業名", "予算額"], ["1", "事業1", "1,000"],
                                                                   ["(2)", "事業2", "1,000"]]


def test_rows_of_two_kinds_beside_the_two_columns_keep_them_apart() -> None:
    # a card: a text beside its label on some rows, years beside theirs on others
    head = header((40, 50, "No"), (80, 100, "事業名"), (170, 200, "予算額"))
    rows = [[line(ROW_PT * k, number(k, ROW_PT * k), (80, 130, f"事業{k}"), *([(170, 200, "1,000")] if k % 2 else []))]
            for k in range(1, 6)]
    assert merge_flush_pairs([head, *rows], COLS, head) == COLS


def test_a_column_holding_one_entry_shows_no_edge_and_stays_apart() -> None:
    # 総計 over a 款 column beside two 項 names of one length (html_borderless seed 719 budget_kan_kou)
    head = header((40, 50, "No"), (80, 100, "事業名"), (170, 200, "予算額"))
    rows = body()[:MIN_ENTRIES + 1]  # (2) alone on the left
    assert merge_flush_pairs([head, *rows], COLS, head) == COLS


CARD_COLS: list[Interval] = [(40.0, 90.0), (110.0, 170.0), (190.0, 210.0)]


def _card(figure: str, heads: int = 3) -> tuple[list[SegLine], list[SegLine]]:
    # corpus seed 502 kpi_cards in calc_borderless: the values column's texts flush left under
    # the card's header lines, its one number flush right
    head = [line(0, (40, 90, "重要業績評価指標"), (110, 170, "新規雇用者数")), line(ROW_PT, (40, 70, "所管課"), (110, 160, "商工観光課")),
            line(2 * ROW_PT, (40, 60, "単位"), (110, 120, "人"))][:heads]
    body = [line(3 * ROW_PT, (40, 90, "策定時（R4年）"), (198, 210, figure)),
            line(4 * ROW_PT, (40, 90, "目標値（R10年）"), (110, 132, "57※"))]
    return head, body


def test_one_figure_flush_right_beside_texts_flush_left_is_one_column() -> None:
    head, body = _card("57")
    assert merge_flush_pairs([head, *([ln] for ln in body)], CARD_COLS, head) == [CARD_COLS[0], (110.0, 210.0)]


def test_one_text_beside_texts_flush_left_shows_no_column() -> None:
    head, body = _card("人口")
    assert merge_flush_pairs([head, *([ln] for ln in body)], CARD_COLS, head) == CARD_COLS


def test_one_figure_beside_one_text_shows_no_edge() -> None:
    # 57※ alone on the left, no header over it
    _, body = _card("57", heads=0)
    assert merge_flush_pairs([[ln] for ln in body], CARD_COLS, []) == CARD_COLS


def test_one_figure_flush_right_beside_bracketed_numbers_under_a_centred_header_is_one_column() -> None:
    # corpus seed 820 budget_main_projects in calc_borderless: № centred over the No column, 1 set
    # flush right on one row, (2) (3) (4) flush left on the others: the header sets no edge
    head = header((46, 54, "№"), (80, 100, "事業名"), (170, 200, "予算額"))
    rows = [[line(ROW_PT * k, (NO_RIGHT_PT - 6, NO_RIGHT_PT, "1") if k == 1 else (NO_LEFT_PT, NO_LEFT_PT + 15, f"({k})"),
                  (80, 130, f"事業{k}"), (170, 200, "1,000"))] for k in range(1, 5)]
    assert merge_flush_pairs([head, *rows], COLS, head) == [(NO_LEFT_PT, NO_RIGHT_PT), *COLS[2:]]
    nudged = [rows[0], *([line(ROW_PT * k, (NO_LEFT_PT + 2 * ALIGN_TOL_PT * (k == 3), NO_LEFT_PT + 15, f"({k})"),
                              (80, 130, f"事業{k}"), (170, 200, "1,000"))] for k in range(2, 5))]
    assert merge_flush_pairs([head, *nudged], COLS, head) == COLS  # the bracketed numbers set at no one edge
