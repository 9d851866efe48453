"""parse_unit, unit_from_header, normalize_unit: one spelling per unit, scale split off."""

from __future__ import annotations

import pytest

from normalize import normalize_unit, parse_unit, unit_from_header

UNITS = [
    ("千円", "円", 1000),
    ("（単位：千円）", "円", 1000),
    ("(単位:千円)", "円", 1000),
    ("単位：百万円", "円", 10**6),
    ("百万円", "円", 10**6),
    ("億円", "円", 10**8),
    ("万円", "円", 10**4),
    ("円", "円", 1),
    ("千人", "人", 1000),
    ("万人", "人", 10**4),
    ("人", "人", 1),
    ("万人回/年", "人回/年", 10**4),
    ("人回/年", "人回/年", 1),
    ("人/年", "人/年", 1),
    ("件/年", "件/年", 1),
    ("件/人口千対", "件/人口千対", 1),
    ("千対", "千対", 1),
    ("g/日", "g/日", 1),
    ("tCO2/年", "tCO2/年", 1),
    ("t-CO2", "tCO2", 1),
    ("t-CO₂/年", "tCO2/年", 1),
    ("千t-CO2", "tCO2", 1000),
    ("m ³ /年", "m3/年", 1),
    ("m³", "m3", 1),
    ("㎥", "m3", 1),
    ("㎡", "m2", 1),
    ("km²", "km2", 1),
    ("%", "%", 1),
    ("％", "%", 1),
    ("ポイント", "pt", 1),
    ("P", "pt", 1),
    ("pt", "pt", 1),
    ("倍", "倍", 1),
    ("回/年", "回/年", 1),
    ("団体/年", "団体/年", 1),
    ("ヶ所", "箇所", 1),
    ("か所", "箇所", 1),
    ("絶乾重量(BDt)/年", "絶乾重量(BDt)/年", 1),
    ("千トン", "トン", 1000),
    ("人 / 年", "人/年", 1),
    ("", None, 1),
    ("-", None, 1),
    ("—", None, 1),
]


@pytest.mark.parametrize(("text", "unit", "scale"), UNITS)
def test_parse_unit(text: str, unit: str | None, scale: int) -> None:
    assert parse_unit(text) == (unit, scale)


HEADERS = [
    ("事業費(千円)", "千円"),
    ("事業費（千円）", "千円"),
    ("金額（千円）", "千円"),
    ("（単位：人）", "人"),
    ("(単位:千円)", "千円"),
    ("単位：百万円", "百万円"),
    ("増減率(%)", "%"),
    ("増減率(%) R2比", "%"),
    ("人口(人)", "人"),
    ("排出量(t-CO2)", "tCO2"),
    ("面積(㎢)", "km2"),
    ("利用者数（人/年）", "人/年"),
    ("観光客数(万人回)", "万人回"),
    ("目標値 (R2)", None),
    ("現状値 (2022年度)", None),
    ("重要業績評価指標(KPI)", None),
    ("有効求人倍率 (※ハローワーク圏管内)", None),
    ("第3期総合戦略(案)", None),
    ("事業費", None),
    ("", None),
    # a note after the stated unit is no part of it
    ("単位：千円（端数処理により合計が一致しない）", "千円"), ("単位：千円 ※端数調整", "千円"), ("（単位：千円（税込））", "千円"),
    # … or joined to it by a list mark (corpus dev14check: （単位：千円、税込）); two units listed state none
    ("（単位：千円、税込）", "千円"), ("単位：千円・税込", "千円"), ("（単位：千円、%）", None),
    ("（単位：千円、率は%）", None),  # a note stating another column's unit: which one holds is the column's to say
    # the unit written before the word 単位 (corpus dev5: （千円単位）), a whole statement or bracketed
    ("（千円単位）", "千円"), ("百万円単位", "百万円"), ("金額（千円単位）", "千円"), ("（千人単位）", "千人"),
    ("（1,000円単位）", None),  # a figure before 単位 says how amounts are rounded, not their unit
    ("（会計単位）", None), ("年度単位", None),  # no unit before 単位: what the figures are grouped by
    # a statement written as a sentence (corpus dev7 probe: 単位は千円 read as the unit は千円)
    ("（単位は千円）", "千円"), ("金額の単位は千円", "千円"), ("単位は 百万円", "百万円"),
    # the label word alone, bracketed or not, states no unit: it heads a column of units, or labels a statement whose
    # unit stands elsewhere; after words naming what is counted it is the unit of credits (取得数（単位）)
    ("（単位）", None), ("(単位)", None), ("単位", None), ("【単位】", None),
    ("取得数（単位）", "単位"), ("（単位：単位）", "単位"),
    # a note set after the unit by a slash is no divisor (税込 is no unit): the unit is what stands before it
    ("（単位：千円／税込）", "千円"), ("単位：百万円／税込", "百万円"), ("予算額（千円／税抜）", "千円"),
    ("（単位：人/km2）", "人/km2"), ("（単位：円/人）", "円/人"), ("（単位：t/年）", "t/年"), ("（単位：件/人口10万人）", "件/人口10万人"),
    ("（万人回/年未満四捨五入）", "万人回/年未満四捨五入"),  # a divisor opening with a unit (年) and a note after it
    # two different units stated for one column: which one holds is unsaid, none (one stated twice is one)
    ("財源内訳（千円）（百万円単位）", None), ("予算額（千円）（百万円）", None), ("事業費（千円）（千円単位）", "千円"),
]


@pytest.mark.parametrize(("header", "unit"), HEADERS)
def test_unit_from_header(header: str, unit: str | None) -> None:
    assert unit_from_header(header) == unit


@pytest.mark.parametrize(("text", "unit"), [("m ³", "m3"), ("ｍ３", "m3"), ("％", "%"), (" ", None), (None, None)])
def test_normalize_unit(text: str | None, unit: str | None) -> None:
    assert normalize_unit(text) == unit


@pytest.mark.parametrize("text", ["（単位：千円／％）", "（単位：千円、％）", "単位：千円・％", "単位：千円;%", "（単位：％・千円）"])
def test_a_statement_of_an_amount_unit_and_a_ratio_lists_two_units_not_one(text: str) -> None:
    assert unit_from_header(text) is None  # 千円/% is no unit: no column's values are per percent


@pytest.mark.parametrize(("text", "unit"), [("（単位：人/km2）", "人/km2"), ("（単位：グラム/人・日）", "グラム/人・日"),
                                            ("（単位：円/㎥）", "円/m3"), ("（単位：%/年）", "%/年"), ("（単位：％）", "%")])
def test_a_compound_unit_stays_one_unit(text: str, unit: str) -> None:
    assert unit_from_header(text) == unit


def test_the_amount_unit_of_a_list_is_its_one_member_no_ratio() -> None:
    from normalize.units import amount_unit_of_list
    assert amount_unit_of_list("千円/%") == "千円"
    assert amount_unit_of_list("%,千円") == "千円"
    assert amount_unit_of_list("千円・pt") == "千円"
    assert amount_unit_of_list("千円,人") is None  # which column holds which, the statement does not say
    assert amount_unit_of_list("万人回/年,万人回/年未満四捨五入") == "万人回/年"  # a note on the unit, no second one


@pytest.mark.parametrize(("text", "unit"), [
    ("（単位は千円で表示）", "千円"), ("単位：千円です", "千円"), ("単位：人を目標", "人"),
    ("（金額は千円単位で表示）", None),  # prose after the label: the unit stood before it, no unit で表示
    ("単位：人口千人あたり", "人口千人あたり"),  # an unknown unit keeps its hiragana
    ("（単位：か所）", "箇所"), ("単位：人/か月", "人/か月"),  # counters written with hiragana stay whole
])
def test_prose_after_a_unit_statement_is_no_unit(text: str, unit: str | None) -> None:
    assert unit_from_header(text) == unit
    assert parse_unit(text)[0] == (None if unit is None else parse_unit(unit)[0])


@pytest.mark.parametrize(("members", "unit"), [
    (("百万円", "人", "%"), "百万円"), (("千円", "人"), "千円"),
    (("人", "%"), None),  # no yen unit
    (("千円", "円"), None),  # two: which columns hold which, the list does not say
    ((), None),
])
def test_the_money_unit_of_a_lists_members_is_that_of_the_list_they_make(members: tuple[str, ...], unit: str | None) -> None:
    # context.listed_money_unit hands the members it read over as they are, not joined for the list to part again
    from normalize.units import money_unit_of_list, money_unit_of_members
    assert money_unit_of_members(members) == unit
    assert money_unit_of_list(",".join(members)) == unit
