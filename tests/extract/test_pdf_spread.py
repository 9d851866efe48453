"""Letter-spaced labels (均等割付) read as one label: extract.pdf.spread.

Size 10 pt throughout (a segment's height), so a gap of 11 pt is 1.1 em. The layouts follow
realdocs kobe_jinko_no_ugoki_h26 p5 (表4: 平 成 ７ 年, 東 灘 区, 灘　　区 in a label column).
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.pdf.grid import SegLine, Segment
from extract.pdf.spread import STACK_GAP_EM, join_spread_labels, stack_neighbours

SIZE = 10.0
LINE_PITCH = 12.0  # tops of consecutive lines


def seg(text: str, x0: float, top: float = 0.0, width: float | None = None) -> Segment:
    w = SIZE * len(text) if width is None else width
    return Segment(text, (x0, top, x0 + w, top + SIZE))


def line(segs: Sequence[Segment], k: int = 0) -> SegLine:
    top = k * LINE_PITCH
    moved = tuple(Segment(s.text, (s.bbox[0], top, s.bbox[2], top + SIZE)) for s in segs)
    return SegLine(moved, (moved[0].bbox[0], top, moved[-1].bbox[2], top + SIZE))


def spread(texts: Sequence[str], x0: float, gaps: Sequence[float]) -> list[Segment]:
    """Pieces set one after another, each glyph SIZE wide, with the given gaps between them."""
    out, at = [], x0
    for k, text in enumerate(texts):
        out.append(seg(text, at))
        at = out[-1].bbox[2] + (gaps[k] if k < len(gaps) else 0)
    return out


def values(x0: float = 200.0, n: int = 3, pitch: float = 60.0) -> list[Segment]:
    return [seg("12,345", x0 + k * pitch, width=30) for k in range(n)]


def texts(ln: SegLine) -> list[str]:
    return [s.text for s in ln.segments]


def joined(pieces: list[Segment], below: Sequence[SegLine] = ()) -> list[str]:
    return texts(join_spread_labels([line([*pieces, *values()]), *below])[0])


def test_a_label_spread_at_even_gaps_is_one_segment() -> None:
    assert joined(spread(["平", "成", "７", "年"], 50, [11, 11, 11]))[0] == "平成７年"


def test_uneven_gaps_within_the_tolerance_still_join() -> None:
    # SPREAD_GAP_TOL_EM (0.15): gaps 0.14 em apart join; halved (0.075) they would not
    assert joined(spread(["平", "成", "２６", "年"], 50, [11, 11, 12.4]))[0] == "平成２６年"


def test_gaps_differing_by_more_than_the_tolerance_stay_apart() -> None:
    # doubled (0.3), gaps 0.21 em apart would join
    assert joined(spread(["平", "成", "７", "年"], 50, [11, 11, 13.1]))[:4] == ["平", "成", "７", "年"]


def test_a_spread_up_to_the_widest_gap_joins() -> None:
    # SPREAD_MAX_GAP_EM (3.0): 2.9 em gaps join; halved (1.5) they would not
    assert joined(spread(["合", "計", "額"], 20, [29, 29]))[0] == "合計額"


def test_gaps_wider_than_the_widest_spread_are_columns() -> None:
    # doubled (6.0), 3.1 em gaps would join
    assert joined(spread(["合", "計", "額"], 20, [31, 31]))[:3] == ["合", "計", "額"]


def test_two_pieces_alone_prove_nothing() -> None:
    # MIN_SPREAD_GLYPHS (3): halved (1.5), a lone pair of one-glyph cells would join; doubled (6)
    # the three-glyph labels above would not
    assert joined(spread(["男", "女"], 50, [11]))[:2] == ["男", "女"]


def test_pieces_are_a_few_characters_at_most() -> None:
    # MAX_PIECE_CHARS (3): 次・区 is a piece (halved, 1.5, it would not be); 市・町村 is none
    # (doubled, 6, it would be)
    assert joined(spread(["年", "次・区", "名"], 50, [11, 11]))[0] == "年次・区名"
    assert joined(spread(["年", "市・町村", "名"], 50, [11, 11]))[:3] == ["年", "市・町村", "名"]


def test_words_set_solid_are_no_pieces() -> None:
    # the wrapped text of narrow columns at even pitch: 財 | 橋りょ | う補修 (corpus chromium_borderless)
    assert joined(spread(["財", "橋りょ", "う補修"], 50, [11, 11]))[:3] == ["財", "橋りょ", "う補修"]


def test_a_spread_opens_and_closes_with_letters() -> None:
    # No. | 課名 | 事業名 wrapped one glyph a line: 2 | 政 | 課 is no label
    assert joined(spread(["2", "政", "課"], 50, [11, 11]))[:3] == ["2", "政", "課"]
    assert joined(spread(["政", "課", "12"], 50, [11, 11]))[:3] == ["政", "課", "12"]


def test_a_spread_heading_with_no_numbers_near_stays_as_set() -> None:
    # NUMBERS_REACH_LINES (2): numbers two lines below reach the spread; halved (1) they would not
    heading = line(spread(["歳", "入", "歳", "出"], 50, [11, 11, 11]), 0)
    body = [line([seg("区分", 50)], 1), line([seg("区分", 50), *values()], 2)]
    assert texts(join_spread_labels([heading, *body])[0]) == ["歳入歳出"]
    far = [line([seg("区分", 50)], 1), line([seg("区分", 50)], 2), line([seg("区分", 50), *values()], 3)]
    # doubled (4), numbers three lines below would reach it
    assert texts(join_spread_labels([heading, *far])[0]) == ["歳", "入", "歳", "出"]


def test_one_glyph_heads_over_the_value_columns_stay_apart() -> None:
    # HEAD_COVER_SHARE (0.5): pieces over 3 of 6 numbers head columns (doubled, 1.0, they would be
    # joined); over 3 of 7 they are a spread label (halved, 0.25, they would stay apart)
    heads = spread(["男", "女", "計"], 200, [20, 20])
    six = [seg("123", 200 + k * 30, width=10) for k in range(6)]
    below = line([seg("区分", 20), *six], 1)
    assert texts(join_spread_labels([line(heads, 0), below])[0]) == ["男", "女", "計"]
    seven = [seg("123", 200 + k * 30, width=10) for k in range(7)]
    below = line([seg("区分", 20), *seven], 1)
    assert texts(join_spread_labels([line(heads, 0), below])[0]) == ["男女計"]


def test_a_pair_within_a_spread_label_near_it_joins() -> None:
    # SPREAD_REACH_LINES (6): a pair five lines below a proven spread joins (halved, 3, it would not)
    proven = line([*spread(["東", "灘", "区"], 50, [16, 16]), *values()], 0)
    filler = [line([seg("x", 400), *values()], k) for k in range(1, 5)]
    pair = line([*spread(["灘", "区"], 50, [42]), *values()], 5)
    out = join_spread_labels([proven, *filler, pair])
    assert texts(out[0])[0] == "東灘区"
    assert texts(out[5])[0] == "灘区"


def test_a_pair_beyond_the_reach_stays_apart() -> None:
    # doubled (12), a pair seven lines below would join
    proven = line([*spread(["東", "灘", "区"], 50, [16, 16]), *values()], 0)
    filler = [line([seg("x", 400), *values()], k) for k in range(1, 7)]
    pair = line([*spread(["灘", "区"], 50, [42]), *values()], 7)
    assert texts(join_spread_labels([proven, *filler, pair])[7])[:2] == ["灘", "区"]


def test_a_pair_as_wide_as_a_solid_label_joins() -> None:
    solid = line([seg("神戸市", 50), *values()], 0)
    pair = line([*spread(["全", "国"], 50, [10]), *values()], 1)
    assert texts(join_spread_labels([solid, pair])[1])[0] == "全国"


def test_a_pair_meeting_no_edge_of_a_label_stays_apart() -> None:
    solid = line([seg("神戸市", 50), *values()], 0)
    pair = line([*spread(["全", "国"], 55, [3]), *values()], 1)
    assert texts(join_spread_labels([solid, pair])[1])[:2] == ["全", "国"]


def test_numbers_and_signs_are_no_pieces() -> None:
    row = line([seg("△", 50), seg("12", 71), seg("△", 92), *values()], 0)
    assert texts(join_spread_labels([row])[0])[:3] == ["△", "12", "△"]


def test_a_piece_of_digits_is_a_labels_number_not_a_figure() -> None:
    # MAX_DIGITS (2): ２６ is a piece (halved, 1, it would not be); 123 is a figure between two
    # letters (doubled, 4, it would be a piece)
    assert joined(spread(["平", "成", "26", "年"], 50, [11, 11, 11]))[0] == "平成26年"
    assert joined(spread(["第", "123", "号"], 50, [11, 11]))[:3] == ["第", "123", "号"]


def test_a_token_mixing_letters_and_digits_is_no_piece() -> None:
    heads = spread(["R4年", "R5年", "R6年"], 200, [20, 20])
    assert texts(join_spread_labels([line(heads, 0), line([seg("区分", 20), *values()], 1)])[0])[:3] == \
        ["R4年", "R5年", "R6年"]


def wrapped_columns(words: Sequence[str], pitch: float) -> list[SegLine]:
    """Words wrapped one glyph per line down narrow columns side by side (21 pt apart, gaps of
    1.1 em), consecutive lines `pitch` apart, values on every line."""
    rows = zip(*words)
    return [SegLine(tuple(segs := [Segment(ch, (50 + 21 * c, k * pitch, 60 + 21 * c, k * pitch + SIZE))
                                   for c, ch in enumerate(glyphs)] + values()),
                    (50, k * pitch, segs[-1].bbox[2], k * pitch + SIZE))
            for k, glyphs in enumerate(rows)]


def test_glyphs_of_words_wrapped_down_narrow_columns_stay_apart() -> None:
    # corpus budget_main_projects chromium_borderless (課名 | 主な事業 | 事業内容 one glyph wide:
    # ま商健 / ち店康 read as one label). STACK_GAP_EM (0.25): lines 0.2 em apart continue their
    # columns (halved, 0.125, they would be read across as spread labels)
    out = join_spread_labels(wrapped_columns(["まちづく", "商店街活", "健康づく"], SIZE + 2))
    assert [texts(ln)[:3] for ln in out] == [["ま", "商", "健"], ["ち", "店", "康"], ["づ", "街", "づ"], ["く", "活", "く"]]


def test_spread_labels_on_lines_apart_still_join() -> None:
    # doubled (0.5), labels on rows 0.3 em apart would be read as columns of glyphs
    out = join_spread_labels(wrapped_columns(["東中兵", "灘央庫", "区区区"], SIZE + 3))
    assert [texts(ln)[0] for ln in out] == ["東灘区", "中央区", "兵庫区"]


def test_a_pair_in_a_wrapped_column_stays_apart() -> None:
    proven = line([*spread(["東", "灘", "区"], 50, [11, 11]), *values()], 0)
    pairs = [SegLine(tuple(segs := [seg(ch, 50 + 21 * c, top=30 + k * SIZE) for c, ch in enumerate(two)] + values()),
                     (50, 30 + k * SIZE, segs[-1].bbox[2], 30 + k * SIZE + SIZE)) for k, two in enumerate(["灘区", "中央"])]
    out = join_spread_labels([proven, *pairs])
    assert [texts(ln)[:2] for ln in out[1:]] == [["灘", "区"], ["中", "央"]]


def test_a_pair_ending_words_wrapped_above_it_stays_apart() -> None:
    # corpus budget_main_projects html_borderless: 国・/県 and 地方/債 wrapped in two narrow header
    # columns under 特定財源等, whose span the pair 県 債 happens to fill
    solid = line([seg("特定財源等", 50, width=46)], 0)
    words = SegLine((seg("国・", 50, top=20), seg("地方", 78, top=20)), (50, 20, 98, 30))
    pair = SegLine((seg("県", 50, top=30), seg("債", 86, top=30), *values()), (50, 30, 290, 40))
    assert texts(join_spread_labels([solid, words, pair])[2])[:2] == ["県", "債"]
    # the same pair with one label over both (神戸市 over 全　国) joins
    over_both = SegLine((seg("国県地方債", 50, top=20, width=46),), (50, 20, 96, 30))
    assert texts(join_spread_labels([solid, over_both, pair])[2])[0] == "県債"


def test_words_of_another_page_stack_nothing() -> None:
    # a stitched rebuild holds two pages' lines: 国・ / 地方 set just above 県 債 on the next page
    # tell nothing of the pair on this one, which fills 特定財源等's span and joins
    solid = line([seg("特定財源等", 50, width=46)], 0)
    words = SegLine((seg("国・", 50, top=20), seg("地方", 78, top=20)), (50, 20, 98, 30), 2)
    pair = SegLine((seg("県", 50, top=30), seg("債", 86, top=30), *values()), (50, 30, 290, 40))
    assert texts(join_spread_labels([solid, words, pair])[2])[0] == "県債"


def test_stack_neighbours_are_the_lines_of_the_page_within_the_stack_gap() -> None:
    run = [seg("県", 50, top=30), seg("債", 86, top=30)]
    tol = STACK_GAP_EM * SIZE
    at = [SegLine((seg("国", 50, top=top),), (50, top, 60, top + SIZE), page)
          for top, page in ((20 - tol, 1), (20 - 2 * tol, 1), (30 + SIZE + tol, 1), (20, 2))]
    lines = [*at[:2], SegLine(tuple(run), (50, 30, 96, 40), 1), *at[2:]]
    assert stack_neighbours(run, lines, 2) == [lines[0], lines[2], lines[3]]


def test_a_one_glyph_cell_beside_glyphs_wrapped_down_narrow_columns_stays_apart() -> None:
    # corpus budget_main_projects html_borderless 703-0: 新 (a new project, in the No column) at
    # the pitch of 育 / 学 wrapped down the name and section columns was joined to them (新育学),
    # and ＩＣＴ教 went to the row above
    lines = wrapped_columns(["教育環", "涯学習"], SIZE)
    middle = lines[1]
    lines[1] = SegLine((Segment("新", (29, SIZE, 39, 2 * SIZE)), *middle.segments), (29, *middle.bbox[1:]))
    assert texts(join_spread_labels(lines)[1])[:3] == ["新", "育", "学"]


def test_a_spread_label_over_a_spread_pair_still_joins() -> None:
    # 北　区 just under 東 灘 区 stacks on both its ends, not its middle: a spread label still
    label = line([*spread(["東", "灘", "区"], 50, [11, 11]), *values()], 0)
    under = SegLine((seg("北", 50, top=SIZE + 1), seg("区", 92, top=SIZE + 1)), (50, SIZE + 1, 102, 2 * SIZE + 1))
    assert texts(join_spread_labels([label, under])[0])[0] == "東灘区"
