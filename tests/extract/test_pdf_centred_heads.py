"""A segment parted where a header centred over the words on one side of a space says."""

from __future__ import annotations

from extract.pdf.centred_heads import HEAD_OFF_MIDDLE_EM, is_script_space, parted_at_word, parted_under_head, row_words
from extract.pdf.grid import ALIGN_TOL_PT, Segment, SegLine

# corpus seed 503 kpi_baseline_target (calc_borderless): 評価指標 centred over ふるさと納税寄附額,
# a policy name set a word space before it in the cell to its left
NAME = Segment("安全・安心なまちづくり ふるさと納税寄附額", (55.0, 190.3, 240.0, 200.3), words=((55.0, 150.7), (155.7, 240.0)))


def _head(middle: float, width: float = 40.0) -> Segment:
    return Segment("評価指標", (middle - width / 2, 142.3, middle + width / 2, 152.3))


def test_a_header_centred_over_the_words_after_a_space_parts_them_off() -> None:
    parts = parted_under_head(NAME, [_head(199.0)])
    assert [p.text for p in parts] == ["安全・安心なまちづくり", "ふるさと納税寄附額"]
    assert parts[1].bbox[0] == 155.7


def test_a_header_off_the_words_middle_parts_nothing() -> None:
    middle = (155.7 + 240.0) / 2
    assert len(parted_under_head(NAME, [_head(middle + 2 * ALIGN_TOL_PT)])) == 1
    assert len(parted_under_head(NAME, [_head(middle + ALIGN_TOL_PT / 2)])) == 2


def test_a_header_near_the_segments_own_middle_heads_it_whole() -> None:
    # 指標名 centred over the second word of 第2期 総合戦略, 7.5 pt (under HEAD_OFF_MIDDLE_EM of its
    # 10 pt height) off the name's middle: one name it heads whole; 13 pt off, it heads a part
    assert HEAD_OFF_MIDDLE_EM * 10.0 == 10.0
    near = Segment("第2期 総合戦略", (100.0, 0.0, 149.0, 10.0), words=((100.0, 110.0), (115.0, 149.0)))
    assert parted_under_head(near, [Segment("指標名", (124.0, -12.0, 140.0, -2.0))]) == [near]
    far = Segment("第2期 総合戦略", (100.0, 0.0, 150.0, 10.0), words=((100.0, 121.0), (126.0, 150.0)))
    assert len(parted_under_head(far, [Segment("指標名", (130.0, -12.0, 146.0, -2.0))])) == 2


def test_values_and_headers_below_part_nothing() -> None:
    values = Segment("653,474 837,256", (55.0, 190.3, 240.0, 200.3), words=((55.0, 150.7), (155.7, 240.0)))
    assert parted_under_head(values, [_head(199.0)]) == [values]
    below = Segment("評価指標", (179.0, 210.0, 219.0, 220.0))
    assert parted_under_head(NAME, [below]) == [NAME]


def test_a_bracket_is_never_parted() -> None:
    note = Segment("（単位 千円）", (300.0, 34.0, 367.0, 43.0), words=((300.0, 327.0), (331.0, 367.0)))
    assert parted_under_head(note, [Segment("2025", (340.0, 0.0, 358.0, 9.0))]) == [note]


def test_parts_keep_the_joints_and_measured_words_that_fall_in_them() -> None:
    # corpus seed 805 budget_main_projects in calc_borderless: 新 (a No column's mark) glued to
    # 子育て支援課, a word space before 地域おこし協力隊事業 under 事業
    seg = Segment("新子育て支援課 地域おこし協力隊事業", (66.0, 170.8, 170.0, 176.9), ((1, 72.3),), ((66.0, 109.0), (112.0, 170.0)))
    head, tail = parted_at_word(seg, 1)
    assert (head.text, head.joints, head.words) == ("新子育て支援課", ((1, 72.3),), ((66.0, 109.0),))
    assert (tail.text, tail.joints, tail.words) == ("地域おこし協力隊事業", (), ((112.0, 170.0),))
    later = Segment("事業 2危機管理課", (60.0, 0.0, 120.0, 6.0), ((4, 75.0),))
    assert [p.joints for p in parted_at_word(later, 1)] == [(), ((1, 75.0),)]
    assert [p.words for p in parted_at_word(later, 1)] == [(), ()]


def test_a_header_as_wide_as_the_words_parts_nothing() -> None:
    # 雇用の創出 over 学校の ＩＣＴ 環境を整備し授業で, a card's values set flush left (corpus seed 845
    # kpi_cards in typst_borderless): as wide as the first words (within ALIGN_TOL_PT), as flush
    # with them as centred on them; narrower by more, centred on them, it parts them off (ＩＣＴ read
    # here as 情報: a space beside Latin letters parts nothing, is_script_space)
    value = Segment("学校の 情報 環境を整備し授業で", (380.3, 148.3, 525.3, 158.8), words=((380.3, 408.0), (411.0, 432.6), (436.0, 525.3)))
    for width, parted in ((52.1, False), (52.3 - 2 * ALIGN_TOL_PT, True)):
        middle = (380.3 + 432.6) / 2
        head = Segment("雇用の創出", (middle - width / 2, 125.3, middle + width / 2, 135.8))
        assert (len(parted_under_head(value, [head])) == 2) == parted


def test_a_rows_word_running_across_the_space_keeps_the_segment_whole() -> None:
    # corpus seed 878 kpi_progress in typst_borderless: KPI centred over a 13fr name column stands
    # over the words after a space, and ボランティア登録者数 on the row above runs as one word across
    # that space: no column parts there
    seg = Segment("子育て支援 センター利用者数", (61.7, 199.3, 163.7, 208.3), words=((61.7, 106.7), (108.9, 163.7)))
    head = Segment("KPI", (128.6, 133.0, 144.3, 142.0))
    assert len(parted_under_head(seg, [head])) == 2
    assert parted_under_head(seg, [head], [(61.7, 144.1)]) == [seg]
    # a word ending in the space, or starting in it, runs across nothing
    for word in ((61.7, 106.7 + ALIGN_TOL_PT / 2), (108.9 - ALIGN_TOL_PT / 2, 144.1), (61.7, 107.8)):
        assert len(parted_under_head(seg, [head], [word])) == 2


def test_a_space_between_latin_and_japanese_letters_parts_nothing() -> None:
    # Typst spaces a full-width Latin letter from a kana (ＳＮＳ フォロワー数, corpus seed 878
    # kpi_progress; ＧＩＧＡ スクール推進事業 under 事業の名称, seed 982 budget_main_projects): one text
    seg = Segment("ＳＮＳ フォロワー数", (61.7, 199.3, 129.6, 208.3), words=((61.7, 80.2), (82.5, 129.6)))
    assert parted_under_head(seg, [Segment("KPI", (99.4, 133.0, 115.1, 142.0))]) == [seg]
    assert is_script_space("ＧＩＧＡ", "スクール推進事業") and not is_script_space("2,000", "3,000")
    assert is_script_space("令和", "2") and is_script_space("100", "人") and not is_script_space("まちづくり", "ふるさと")


def test_row_words_are_the_words_of_lines_holding_a_figure() -> None:
    name = Segment("ボランティア登録者数", (61.7, 166.2, 144.1, 175.2), words=((61.7, 144.1),))
    row = SegLine((name, Segment("557人", (194.3, 166.2, 222.3, 175.2), words=((194.3, 222.3),))), (61.7, 166.2, 222.3, 175.2))
    heading = SegLine((Segment("（1）防災・減災の推進", (59.4, 155.8, 141.3, 164.8)),), (59.4, 155.8, 141.3, 164.8))
    assert row_words([heading, row]) == [(61.7, 144.1), (194.3, 222.3)]
