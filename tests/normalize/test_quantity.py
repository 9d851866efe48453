"""parse_quantity on real cells and the variants a next year's document would bring."""

from __future__ import annotations

import pytest

from normalize import MissingReason, Qualifier, parse_quantity
from normalize.numbers import groups_prove_cut, join_spaced_number, value_run
from normalize.text import nfkc_safe

# (raw, unit_hint, value, unit, scale)
VALUES = [
    # plain numbers, full-width digits and commas
    ("644", None, 644, None, 1),
    ("２，５９０", None, 2590, None, 1),
    ("１２３．４５", None, 123.45, None, 1),
    ("0.5", None, 0.5, None, 1),
    (".5", None, 0.5, None, 1),
    ("1,010,822", None, 1010822, None, 1),
    ("+3", None, 3, None, 1),
    ("＋3.1%", None, 3.1, "%", 1),
    # negatives: ▲ △ ▼ − - with or without a space
    ("▲ 182", None, -182, None, 1),
    ("▲182", None, -182, None, 1),
    ("△5.2%", None, -5.2, "%", 1),
    ("△ 5.2 %", None, -5.2, "%", 1),
    ("▲0.44P", None, -0.44, "pt", 1),
    ("▲0.44ポイント", None, -0.44, "pt", 1),
    ("-0.3pt", None, -0.3, "pt", 1),
    ("0.32P", None, 0.32, "pt", 1),
    ("−12", None, -12, None, 1),
    ("－12人", None, -12, "人", 1),
    ("-5", None, -5, None, 1),
    ("▼3件", None, -3, "件", 1),
    ("▲ 39.30", None, -39.3, None, 1),
    ("▲312人", None, -312, "人", 1),
    ("▲0", None, 0, None, 1),
    # percent
    ("16.4%", None, 16.4, "%", 1),
    ("16.4％", None, 16.4, "%", 1),
    ("103.9 %", None, 103.9, "%", 1),
    ("100.0%", None, 100, "%", 1),
    ("35.5パーセント", None, 35.5, "%", 1),
    # scale words alone and mixed
    ("11億7,547万円", None, 1175470000, "円", 10000),
    ("25 億 4,000 万円", None, 2540000000, "円", 10000),
    ("26 億 4,300 万円（R5）", None, 2643000000, "円", 10000),
    ("32億4,046万円", None, 3240460000, "円", 10000),
    ("6億2,666万円", None, 626660000, "円", 10000),
    ("3,433万円", None, 34330000, "円", 10000),
    ("1億2,808万人", None, 128080000, "人", 10000),
    ("9,284万人", None, 92840000, "人", 10000),
    ("681,185千円", None, 681185000, "円", 1000),
    ("31,225千円", None, 31225000, "円", 1000),
    ("1,498千円", None, 1498000, "円", 1000),
    ("18,113百万円", None, 18113000000, "円", 1000000),
    ("16 億円", None, 1600000000, "円", 100000000),
    ("21.6億円", None, 2160000000, "円", 100000000),
    ("1.5兆円", None, 1500000000000, "円", 10**12),
    ("3.4 千人", None, 3400, "人", 1000),
    ("1,044 千人", None, 1044000, "人", 1000),
    ("221万人回/年", None, 2210000, "人回/年", 10000),
    ("1万2,000人", None, 12000, "人", 1),
    ("2千万円", None, 20000000, "円", 10**7),
    ("8千歩", None, 8000, "歩", 1000),
    # 漢数字
    ("百二十人", None, 120, "人", 1),
    ("三千五百万円", None, 35000000, "円", 10000),
    ("十人", None, 10, "人", 1),
    ("二十五件", None, 25, "件", 1),
    ("一千人", None, 1000, "人", 1),  # a bare 千人 is a column unit (test_a_scale_and_unit_alone…)
    ("一億二千万円", None, 120000000, "円", 10000),
    ("三", None, 3, None, 1),
    # units in the cell
    ("1.20倍", None, 1.2, "倍", 1),
    ("149人/年", None, 149, "人/年", 1),
    ("3.2件/人口千対", None, 3.2, "件/人口千対", 1),
    ("830 g/日", None, 830, "g/日", 1),
    ("4.23回/年", None, 4.23, "回/年", 1),
    ("5,533 m ³", None, 5533, "m3", 1),
    ("6,640 m³", None, 6640, "m3", 1),
    ("40㎥/年", None, 40, "m3/年", 1),
    ("12㎡", None, 12, "m2", 1),
    ("848,520 t-CO2", None, 848520, "tCO2", 1),
    ("896,260tCO2/年", None, 896260, "tCO2/年", 1),
    ("13,981人回", None, 13981, "人回", 1),
    ("164 団体", None, 164, "団体", 1),
    ("79.56歳", None, 79.56, "歳", 1),
    ("17種", None, 17, "種", 1),
    ("3ヶ所", None, 3, "箇所", 1),
    ("3か所", None, 3, "箇所", 1),
    ("6ヵ月", None, 6, "か月", 1),
    ("30 ヘクタール", None, 30, "ha", 1),
    ("12店舗", None, 12, "店舗", 1),
    ("1,110台", None, 1110, "台", 1),
    ("Ｒ５ 1,044千人", None, 1044000, "人", 1000),
    # units from the hint: 単位 column or header
    ("2,590", "千円", 2590000, "円", 1000),
    ("48,221", "事業費(千円)", 48221000, "円", 1000),
    ("566,651", "事業費（千円）", 566651000, "円", 1000),
    ("1,000", "金額（千円）", 1000000, "円", 1000),
    ("221", "万人回/年", 2210000, "人回/年", 10000),
    ("7", "万人回/年", 70000, "人回/年", 10000),
    ("42,785", "人回/年", 42785, "人回/年", 1),
    ("3.2", "件/人口千対", 3.2, "件/人口千対", 1),
    ("40", "m ³ /年", 40, "m3/年", 1),
    ("944,000", "tCO2/年", 944000, "tCO2/年", 1),
    ("830", "g/日", 830, "g/日", 1),
    ("16.4", "%", 16.4, "%", 1),
    ("61.8", "（単位：%）", 61.8, "%", 1),
    ("1,160", "（単位：人）", 1160, "人", 1),
    ("1.1", "千円", 1100, "円", 1000),
    ("2.16", "億円", 216000000, "円", 10**8),
    ("1,234", "単位：百万円", 1234000000, "円", 10**6),
    ("▲ 39.30", "増減率(%)", -39.3, "%", 1),
    ("30", "絶乾重量(BDt)/年", 30, "絶乾重量(BDt)/年", 1),
    ("5", "目標値 (R2)", 5, None, 1),
    # the cell's own unit wins over the hint; scale words are not applied twice
    ("2,590千円", "千円", 2590000, "円", 1000),
    ("2,590円", "千円", 2590, "円", 1),
    ("16億", "円", 1600000000, "円", 10**8),
    ("16億", "千円", 1600000000, "円", 10**8),
    ("1,044千人", "人", 1044000, "人", 1000),
    ("(単位:千円) 3,000", None, 3000000, "円", 1000),
    ("3,000 (単位：千円)", None, 3000000, "円", 1000),
    # other units a next year's document brings
    ("12,000t", None, 12000, "t", 1),
    ("1.2万t", None, 12000, "t", 10000),
    ("2,400t-CO2", None, 2400, "tCO2", 1),
    ("120kWh", None, 120, "kWh", 1),
    ("45ha", None, 45, "ha", 1),
    ("12.3km", None, 12.3, "km", 1),
    ("15.5㎢", None, 15.5, "km2", 1),
    ("4.5時間", None, 4.5, "時間", 1),
    ("12か月", None, 12, "か月", 1),
    ("50人/日", None, 50, "人/日", 1),
    ("1億円", None, 100000000, "円", 10**8),
    ("１億２，３４５万円", None, 123450000, "円", 10000),
    ("３．５％", None, 3.5, "%", 1),
    ("５，０００人", None, 5000, "人", 1),
    # labels before the number
    ("石鳥谷線 124,098人", None, 124098, "人", 1),
    ("鬼の館 2,667 人", None, 2667, "人", 1),
    ("博物館 1,890 人", None, 1890, "人", 1),
    ("図書館（貸出者数 7-15 才） 17,134 人", None, 17134, "人", 1),
    ("○総合戦略関連事業 事業費 32億4,046万円 （平成28～令和元年度決算額）", None, 3240460000, "円", 10000),
    ("地方創生関連交付金事業 交付金額 2億7,406万円 （令和2年度決算額）", None, 274060000, "円", 10000),
]


@pytest.mark.parametrize(("raw", "hint", "value", "unit", "scale"), VALUES)
def test_value(raw, hint, value, unit, scale):  # type: ignore[no-untyped-def]
    q = parse_quantity(raw, hint)
    assert q.missing_reason is None
    assert q.value == pytest.approx(value)
    assert (q.unit, q.scale) == (unit, scale)
    assert q.raw == raw


# (raw, value, year (start, end, basis), qualifiers)
ANNOTATED = [
    ("644 (R1)", 644, (2019, 2019, None), ()),
    ("644人 (R1)", 644, (2019, 2019, None), ()),
    ("1.44 (H30)", 1.44, (2018, 2018, None), ()),
    ("944,000(H29)", 944000, (2017, 2017, None), ()),
    ("(R3) 52件", 52, (2021, 2021, None), ()),
    ("（R3）52件", 52, (2021, 2021, None), ()),
    ("11（R3）", 11, (2021, 2021, None), ()),
    ("77.1% （H30年度）", 77.1, (2018, 2018, "fiscal"), ()),
    ("48.6% (H30年度調査)", 48.6, (2018, 2018, "fiscal"), ()),
    ("136人（2018年）", 136, (2018, 2018, "calendar"), ()),
    ("928 万円（2019 年実績）", 9280000, (2019, 2019, "calendar"), ("actual",)),
    ("1,376 億円（2019 年実績）", 137600000000, (2019, 2019, "calendar"), ("actual",)),
    ("25 億 4,000 万円（R1）", 2540000000, (2019, 2019, None), ()),
    ("1,044 千人（R5）", 1044000, (2023, 2023, None), ()),
    ("15 千人（R1 水準）", 15000, None, ("level_of_year",)),
    ("5,533 m ³ （H26～H30 平均）", 5533, (2014, 2018, None), ("average",)),
    ("60戸（R3～7年度×12戸）", 60, (2021, 2025, "fiscal"), ("secondary_value",)),
    ("35.5%（令和4年度）", 35.5, (2022, 2022, "fiscal"), ()),
    ("35.5%(令和元年度)", 35.5, (2019, 2019, "fiscal"), ()),
    ("35.5%(2024年度（令和6年度）)", 35.5, (2024, 2024, "fiscal"), ()),
    ("R3年度 52件", 52, (2021, 2021, "fiscal"), ()),
    ("令和4年度 35.5%", 35.5, (2022, 2022, "fiscal"), ()),
    ("3名（累計）", 3, None, ("cumulative",)),
    ("209人（累計）", 209, None, ("cumulative",)),
    ("209人(累計)", 209, None, ("cumulative",)),
    ("累計 209人", 209, None, ("cumulative",)),
    ("209人累計", 209, None, ("cumulative",)),
    ("年 2 件", 2, None, ("per_year",)),
    ("年2件", 2, None, ("per_year",)),
    ("年140人", 140, None, ("per_year",)),
    ("年760人", 760, None, ("per_year",)),
    ("毎年5件", 5, None, ("per_year",)),
    ("年二回", 2, None, ("per_year",)),
    ("6件 (5年間の合計)", 6, None, ("total_over_period",)),
    ("6件（５年間の合計）", 6, None, ("total_over_period",)),
    ("400人 (5年間の合計)", 400, None, ("total_over_period",)),
    ("1,200人 (4か年の合計)", 1200, None, ("total_over_period",)),
    ("50件（計画期間中の累計）", 50, None, ("total_over_period",)),
    ("55% (5年間の平均)", 55, None, ("average",)),
    ("21.6億円 (5年間の平均)", 2160000000, None, ("average",)),
    ("60人/年 (毎年度実績)", 60, None, ("per_year",)),
    ("1,322件/年 (毎年度実績)", 1322, None, ("per_year",)),
    ("1,180,000人/年 (計画終了時)", 1180000, None, ("at_plan_end",)),
    ("0人 (計画終了時)", 0, None, ("at_plan_end",)),
    ("3.20% (計画終了時)", 3.2, None, ("at_plan_end",)),
    ("80%以上", 80, None, ("at_least",)),
    ("10件以下", 10, None, ("at_most",)),
    ("5%未満", 5, None, ("below",)),
    ("約1,200人", 1200, None, ("approximate",)),
    ("1,200人程度", 1200, None, ("approximate",)),
    ("(79.12歳)", 79.12, None, ("parenthesized",)),
    ("491 (1.27)", 491, None, ("secondary_value",)),
    ("329 (算定中)", 329, None, ()),
    ("35.5%(参考値)", 35.5, None, ("reference",)),
    ("40.5%(R4見込)", 40.5, (2022, 2022, None), ("estimated",)),
    ("40.5%(速報値)", 40.5, None, ("provisional",)),
    ("35.5%※1", 35.5, None, ()),
    ("100%達成", 100, None, ()),
    ("10%増", 10, None, ("increase",)),
    ("10%減", 10, None, ("decrease",)),
    ("1,000人(R3-R7合計)", 1000, (2021, 2025, None), ("total_over_period",)),
    ("20件（R3～R7累計）", 20, (2021, 2025, None), ("cumulative",)),
    ("1,500人（R5見込み）", 1500, (2023, 2023, None), ("estimated",)),
    ("80.0%（R6速報値）", 80, (2024, 2024, None), ("provisional",)),
    ("2,000人（令和7年度目標）", 2000, (2025, 2025, "fiscal"), ()),
    ("R2:30.0%", 30, (2020, 2020, None), ()),
    ("R2年度：30.0%", 30, (2020, 2020, "fiscal"), ()),
    ("H30比 ▲5.0%", -5, (2018, 2018, None), ()),
    ("約3万人", 30000, None, ("approximate",)),
    ("年間 1,000人", 1000, None, ("per_year",)),
    ("10社以上", 10, None, ("at_least",)),
    ("2,345 (速報)", 2345, None, ("provisional",)),
    ("(見込) 2,345", 2345, None, ("estimated",)),
    ("（3,000）", 3000, None, ("parenthesized",)),
]


@pytest.mark.parametrize(("raw", "value", "year", "qualifiers"), ANNOTATED)
def test_annotated(raw, value, year, qualifiers):  # type: ignore[no-untyped-def]
    q = parse_quantity(raw)
    assert q.missing_reason is None
    assert q.value == pytest.approx(value)
    assert (None if q.year is None else (q.year.start, q.year.end, q.year.basis)) == year
    assert q.qualifiers == qualifiers


# (raw, hint, reason)
MISSING = [
    ("", None, "empty"),
    ("   ", None, "empty"),
    ("—", None, "dash"),
    ("－", None, "dash"),
    ("-", None, "dash"),
    ("―", None, "dash"),
    ("‐", None, "dash"),
    ("ー", None, "dash"),
    ("–", None, "dash"),
    ("−", None, "dash"),
    ("――", None, "dash"),
    ("- -", None, "dash"),
    ("…", None, "dash"),
    ("・", None, "dash"),
    ("調査なし", None, "not_surveyed"),
    ("未調査", None, "not_surveyed"),
    ("未公表", None, "unpublished"),
    ("非公表", None, "unpublished"),
    ("算定中", None, "in_progress"),
    ("(算定中)", None, "in_progress"),
    ("集計中", None, "in_progress"),
    ("調査中", None, "in_progress"),
    ("省略", None, "omitted"),
    ("未定", None, "undecided"),
    ("検討中", None, "undecided"),
    ("該当なし", None, "not_applicable"),
    ("対象外", None, "not_applicable"),
    ("N/A", None, "not_applicable"),
    ("／", None, "not_applicable"),
    ("なし", None, "none"),
    ("実績なし", None, "none"),
    ("不明", None, "unknown"),
    ("x", None, "confidential"),
    ("X", None, "confidential"),
    ("＊", None, "confidential"),
    ("新規", None, "new_indicator"),
    ("●", None, "mark"),
    ("○", None, "mark"),
    ("◎", None, "mark"),
    ("－（調査なし）", None, "not_surveyed"),
    ("R3年度は調査なし", None, "not_surveyed"),
    ("—", "千円", "dash"),
    ("増加", None, "qualitative"),
    ("維持", None, "qualitative"),
    ("向上", None, "qualitative"),
    ("減少させる", None, "qualitative"),
    ("順調", None, "qualitative"),
    ("全国・県の出現率のうち低い値を下回る %", None, "qualitative"),
    ("移住定住促進事業との共通指標", None, "qualitative"),
    ("保育所入所運営事業との共通指標 (経済的負担の軽減)", None, "qualitative"),
    ("前年度以上", None, "qualitative"),
    ("一関市", None, "qualitative"),
    ("一人ひとり", None, "qualitative"),
    ("第2期総合戦略", None, "qualitative"),
    ("10 インバウンド推進事業", None, "qualitative"),
    ("20 地元学事業", None, "qualitative"),
    ("①1人あたりの総所得", None, "qualitative"),
    ("健康寿命の延伸※3", None, "qualitative"),
    ("17,500人を目指す", None, "qualitative"),
    ("3世帯9人", None, "compound"),
    ("2世帯8人", None, "compound"),
    ("5世帯15人 (5年間の合計)", None, "compound"),
    ("延べ 26事業 681,185千円", None, "compound"),
    ("28,108人/年 10%", None, "compound"),
    ("2,590 2,600", None, "ambiguous"),
    ("2,590 2,600", "千円", "ambiguous"),
    ("50~60%", None, "ambiguous"),
    ("50～60%", None, "ambiguous"),
    ("10-20件", None, "ambiguous"),
    ("0～14歳", None, "ambiguous"),
    ("12,34", None, "ambiguous"),
    ("1-1-1", None, "ambiguous"),
    ("679日/803日", None, "ambiguous"),
    ("(R1)", None, "no_value"),
    ("R3年度", None, "no_value"),
    ("2010年", None, "no_value"),
    ("令和2年度（実績）", None, "no_value"),
    ("（参考※令和4年度 35.5％）", None, "reference"),
    ("(参考)35.5%", None, None),
    ("×", None, "mark"),
    ("1 ,000", None, "ambiguous"),
    ("5, 000人", None, "ambiguous"),
    ("3 000", None, "ambiguous"),
    ("1/3", None, "ambiguous"),
    ("2.5〜3.0%", None, "ambiguous"),
    ("3,000〜5,000人", None, "ambiguous"),
    ("H30.3", None, "no_value"),
    ("令和6年3月末時点", None, "no_value"),
    ("2024年3月31日現在", None, "no_value"),
    ("1日あたり50人", None, "compound"),
    ("第1位", None, "qualitative"),
    ("未実施", None, "qualitative"),
]


@pytest.mark.parametrize(("raw", "hint", "reason"), MISSING)
def test_missing(raw, hint, reason):  # type: ignore[no-untyped-def]
    q = parse_quantity(raw, hint)
    if reason is None:   # a reference note in front of the value flags, not hides it
        assert q.value == pytest.approx(35.5) and "reference" in q.qualifiers
        return
    assert q.value is None
    assert q.missing_reason == reason
    assert q.raw == raw


def test_missing_reasons_come_from_the_vocabulary() -> None:
    reasons = {parse_quantity(raw, hint).missing_reason for raw, hint, _ in MISSING}
    assert reasons - {None} <= {r.value for r in MissingReason}


def test_qualifiers_come_from_the_vocabulary() -> None:
    found = {q for raw, *_ in ANNOTATED for q in parse_quantity(raw).qualifiers}
    assert found <= {q.value for q in Qualifier}


def test_reference_keeps_year_and_unit_but_no_value() -> None:
    q = parse_quantity("（参考※令和4年度 35.5％）")
    assert q.value is None and q.missing_reason == "reference"
    assert q.unit == "%" and "reference" in q.qualifiers
    assert q.year is not None and (q.year.start, q.year.basis) == (2022, "fiscal")


def test_dash_keeps_hint_unit() -> None:
    q = parse_quantity("-", "m ³ /年")
    assert (q.value, q.unit, q.missing_reason) == (None, "m3/年", "dash")


def test_none_text_is_empty() -> None:
    assert parse_quantity(None).missing_reason == "empty"


def test_conflicting_year_pair_is_reported() -> None:
    q = parse_quantity("35.5%(2024年度（令和5年度）)")
    assert q.value == pytest.approx(35.5)
    assert q.year is not None and q.year.conflict is not None


def test_value_is_float() -> None:
    assert isinstance(parse_quantity("12").value, float)
    assert isinstance(parse_quantity("12人").value, float)


def test_negative_zero_is_zero() -> None:
    assert str(parse_quantity("▲0").value) == "0.0"


@pytest.mark.parametrize(
    ("raw", "value", "qualifier"),
    [("15 千人（R1 水準）", 15000.0, "level_of_year"), ("120人（H30並み）", 120.0, "level_of_year")],
)
def test_a_level_annotation_is_not_the_values_year(raw: str, value: float, qualifier: str) -> None:
    q = parse_quantity(raw)
    assert q.value == value and q.year is None and qualifier in q.qualifiers


@pytest.mark.parametrize(
    ("raw", "value", "unit"),
    [("5年間で6人", 6.0, "人"), ("５年間で２事業", 2.0, "事業"), ("3か年の合計で120件", 120.0, "件")],
)
def test_a_count_over_n_years_is_a_total_over_the_period(raw: str, value: float, unit: str) -> None:
    q = parse_quantity(raw)
    assert (q.value, q.unit) == (value, unit) and "total_over_period" in q.qualifiers


@pytest.mark.parametrize(
    ("raw", "unit", "scale"),
    [("千円", "円", 1000), ("百万円", "円", 1_000_000), ("千人", "人", 1000), ("（千円）", "円", 1000)],
)
def test_a_scale_and_unit_alone_is_a_column_unit_not_a_number(raw: str, unit: str, scale: int) -> None:
    q = parse_quantity(raw)
    assert (q.value, q.unit, q.scale, q.missing_reason) == (None, unit, scale, "unit_only")


@pytest.mark.parametrize(("text", "n"), [
    ("1,042", 1), ("９億９５２万円", 1), ("9億952万円13億4,022万円 ▲4億3,070万円", 3), ("2022 2021", 2),
    ("1,234 千円", 1), ("47.8% 12.5%", 2), ("3件 (5年間の合計)", 0), ("年3人（5年間で15人）", 0), ("R3年度 予算", 0)])
def test_value_run_counts_values_side_by_side(text: str, n: int) -> None:
    assert value_run(nfkc_safe(text)) == n


def test_max_unit_chars_is_pinned() -> None:
    # 件/年 (3 characters) is a unit between two values; 人/年度 (4) is words: halving or
    # doubling normalize.numbers.MAX_UNIT_CHARS flips one of the two.
    assert value_run("3件/年 4件/年") == 2
    assert value_run("3人/年度 4人/年度") == 0


@pytest.mark.parametrize("raw", ["63.3% (H3 0)", "1,200人 (H2 7年度)"])
def test_a_value_whose_era_year_is_cut_has_no_value(raw: str) -> None:
    # its year is neither reading of the cut token, nor the header's: refused, with a reason
    q = parse_quantity(raw)
    assert (q.value, q.year, q.missing_reason) == (None, None, MissingReason.AMBIGUOUS.value)


@pytest.mark.parametrize(("text", "mended"), [
    ("人件費の増 6 2,371,6 29円", "人件費の増 62,371,629円"),  # 2,371,6 is no number by itself
    ("-75 ,970,758円", "-75,970,758円"),
    ("18, 068,113円", "18,068,113円"),
    ("県 1,000 2,000", "県 1,000 2,000"),  # two numbers, each whole
    ("2 1,000円", "2 1,000円"),  # a count and an amount
    ("12 34", "12 34"),  # no digit group proves a cut
])
def test_a_number_the_layout_spaced_is_joined_only_where_its_groups_prove_it(text: str, mended: str) -> None:
    assert join_spaced_number(text) == mended


@pytest.mark.parametrize(("pieces", "last_runs_on", "cut"), [
    (["2,60", "0"], False, True),  # 2,60 is no number by itself
    (["2,60", "0円"], True, True),  # the last piece may carry its unit
    (["2,60", "0円"], False, False),  # ... only where the caller allows it
    (["1.4", "3"], True, False),  # no digit group proves a cut
    (["1,000", "2,000"], False, False),  # two numbers, each whole
    (["600"], True, False),  # one piece was never cut
    (["△6", "0,041"], True, True),  # no grouped number opens with a zero group
    (["6", "0,041円"], True, True), (["10", "0,000"], False, True),
    (["1", "234"], True, False),  # 1 over 234: two whole numbers, nothing proves one
])
def test_digit_groups_prove_a_cut_number(pieces: list[str], last_runs_on: bool, cut: bool) -> None:
    assert groups_prove_cut(pieces, last_runs_on) is cut


@pytest.mark.parametrize(("raw", "value", "reason"), [
    ("調査なし\n2,777", None, MissingReason.AMBIGUOUS),  # two rows' cells a layout set in one
    ("算定中\n12.5%", None, MissingReason.AMBIGUOUS),
    ("―\n2,777", None, MissingReason.AMBIGUOUS),  # a dash that is no minus sign
    ("－\n2,777", -2777.0, None),  # a minus sign a narrow cell may have wrapped
    ("△\n2,834", -2834.0, None),
    ("2,777\n（調査なし）", 2777.0, None),  # a note on the value
    ("調査なし", None, MissingReason.NOT_SURVEYED),
])
def test_a_cell_stating_a_value_and_none_on_lines_apart_is_ambiguous(raw: str, value: float | None,
                                                                     reason: MissingReason | None) -> None:
    q = parse_quantity(raw)
    assert (q.value, q.missing_reason) == (value, reason.value if reason else None)


@pytest.mark.parametrize(("raw", "value", "reason"), [
    ("― 193(2017年)", None, MissingReason.AMBIGUOUS),  # the dash of the cell before, set in this one
    ("調査なし 2,777", None, MissingReason.AMBIGUOUS),
    ("- 19,371千円", None, MissingReason.AMBIGUOUS),  # a dash of the cell before, or a sign spaced off?
    ("－ １９，３７１千円", None, MissingReason.AMBIGUOUS),
    ("- 5", None, MissingReason.AMBIGUOUS),  # read as −5 before: the text does not show which
    ("-19,371千円", -19371000.0, None),  # a sign against its digits
    ("△ 5.2", -5.2, None),  # △ is a sign whatever its spacing
    ("▲ 1,234", -1234.0, None),
    ("1,234", 1234.0, None),
])
def test_issue7_a_cell_stating_a_value_and_none_words_apart_is_ambiguous(raw: str, value: float | None,
                                                                         reason: MissingReason | None) -> None:
    # corpus seed 25 kpi_baseline_target pdf_borderless (― 193(2017年): 193 read as the target) and seed 23
    # budget_main_projects html_borderless (- 19,371千円: 地方債's dash and その他's amount, read as −19,371千円)
    q = parse_quantity(raw)
    assert (q.value, q.missing_reason) == (value, reason.value if reason else None)


@pytest.mark.parametrize(("text", "reason"), [
    ("円\n－", "dash"),  # a unit printed over its dash (otoineppu_kyuyo p2)
    ("円－", "dash"),
    ("－ 円\n( －%)", "dash"),
    ("月\n－", "dash"),  # one glyph over a dash: STACKED_GLYPH_MAX_CHARS (1)
    ("合計\n－", "qualitative"),  # two letters, no unit: a word (doubled, 2, it would be a dash)
    ("一人", None),  # 一 writes one: 1 人
    ("円\n1,234", None),
])
def test_a_cell_of_units_and_dashes_is_a_placeholder(text: str, reason: str | None) -> None:
    assert parse_quantity(text).missing_reason == reason
