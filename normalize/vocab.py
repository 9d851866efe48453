"""Japanese vocabulary tables used by the normalizers: eras, scale words, markers.

Everything a reviewer might want to extend lives here as data, not as literals
scattered through the parsing code.  Keys are written in their post-``clean_text``
form (NFKC: full-width digits and letters are already ASCII).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final


class MissingReason(StrEnum):
    """Why a cell has no numeric value (stored as the plain string value)."""

    EMPTY = "empty"                    # blank cell
    DASH = "dash"                      # —, －, -, ―, ‐, ー ...
    NOT_SURVEYED = "not_surveyed"      # 調査なし
    UNPUBLISHED = "unpublished"        # 未公表, 非公表
    IN_PROGRESS = "in_progress"        # 算定中, 集計中, 調査中
    OMITTED = "omitted"                # 省略
    UNDECIDED = "undecided"            # 未定, 検討中, 未設定
    NOT_APPLICABLE = "not_applicable"  # 該当なし, 対象外, N/A, ／
    NONE = "none"                      # なし, 実績なし
    UNKNOWN = "unknown"                # 不明
    CONFIDENTIAL = "confidential"      # x, X, *, 秘匿
    NEW_INDICATOR = "new_indicator"    # 新規 (no baseline: indicator is new)
    MARK = "mark"                      # ●, ○, ◎, ✓ (a tick, not a number)
    QUALITATIVE = "qualitative"        # 増加, 維持, 全国平均を上回る ...
    NO_VALUE = "no_value"              # digits only in annotations, e.g. "(R1)"
    REFERENCE = "reference"            # the only number is a 参考 value
    COMPOUND = "compound"              # 3世帯9人: several quantities in one cell
    AMBIGUOUS = "ambiguous"            # several numbers, no clear primary; ranges
    UNIT_ONLY = "unit_only"            # 千円, 百万円 alone: a column's unit, not ¥1,000


class Qualifier(StrEnum):
    """What a number means beyond its magnitude (stored as plain strings)."""

    CUMULATIVE = "cumulative"                # 累計
    PER_YEAR = "per_year"                    # 年2件, 毎年度実績
    TOTAL_OVER_PERIOD = "total_over_period"  # 5年間の合計
    AVERAGE = "average"                      # 平均, 5年間の平均
    AT_PLAN_END = "at_plan_end"              # 計画終了時, 最終年度
    REFERENCE = "reference"                  # 参考
    ACTUAL = "actual"                        # 実績
    ESTIMATED = "estimated"                  # 見込
    PROVISIONAL = "provisional"              # 速報, 暫定
    APPROXIMATE = "approximate"              # 約, 程度
    AT_LEAST = "at_least"                    # 以上
    AT_MOST = "at_most"                      # 以下
    BELOW = "below"                          # 未満
    ABOVE = "above"                          # 超
    PARENTHESIZED = "parenthesized"          # (79.12歳): the whole value in brackets
    SECONDARY_VALUE = "secondary_value"      # 491 (1.27): another number was dropped
    INCREASE = "increase"                    # 10%増: a change, written unsigned
    DECREASE = "decrease"                    # 10%減: a decrease, value kept unsigned
    LEVEL_OF_YEAR = "level_of_year"          # 15千人（R1 水準）: the year names a level, not the value's year

# An annotation with one of these words names the level a value returns to, so its year is
# not the value's year ("15 千人（R1 水準）" is a target at the level of 2019).
LEVEL_WORDS: Final[tuple[str, ...]] = ("水準", "並み")

# A cell of nothing but a scale word and a unit ("千円", "百万円", "千人") states a column's
# unit (realdocs fuji_r8_yosansho_kosaihi), never the number 1,000.
UNIT_ONLY_PATTERN: Final[str] = r"[（(]?\s*(?:単位\s*[:：]?\s*)?(?:千|百万|万|億|兆)\s*[^\s0-9０-９一二三四五六七八九十百千万億兆]{1,4}\s*[）)]?"

# "5年間で6人", "3か年で120件": a total over the stated number of years, read as the total.
PERIOD_TOTAL_PREFIX: Final[str] = r"^\s*[0-9０-９]+\s*(?:年間|か年|カ年|ヶ年|箇年)\s*(?:で|の合計で?|累計で?|合計で?)\s*"


# 和暦: western year = era year + offset.
ERA_OFFSETS: Final[dict[str, int]] = {
    "令和": 2018,
    "平成": 1988,
    "昭和": 1925,
    "大正": 1911,
    "明治": 1867,
}

# Largest era year accepted.  平成 and 昭和 stay open well past their end because
# plans written before 2019 count on in the old era (平成32年度 is 2020).
ERA_MAX_YEAR: Final[dict[str, int]] = {
    "令和": 99,
    "平成": 99,
    "昭和": 99,
    "大正": 15,
    "明治": 45,
}

# One-letter abbreviations (R3, H27, S60).  T/M are left out on purpose: they
# collide with units (t, M) far more often than they abbreviate 大正/明治.
ERA_ABBREVIATIONS: Final[dict[str, str]] = {"R": "令和", "H": "平成", "S": "昭和"}

# One-kanji abbreviations (令3, 平27): read only where no ideograph stands before the kanji
# (施行令3条 is a law's article) and none but 年 after the year (令3件 is no year).
ERA_KANJI_ABBREVIATIONS: Final[dict[str, str]] = {"令": "令和", "平": "平成", "昭": "昭和"}

YEAR_SUFFIX_BASIS: Final[dict[str, str]] = {"年度": "fiscal", "年": "calendar"}

# Brackets (as cleaned text writes them) holding a year's second form: 2024年度（令和6年度）, 令和6年度〈2024年度〉.
YEAR_PAIR_BRACKETS: Final[dict[str, str]] = {"(": ")", "〈": "〉", "[": "]", "【": "】", "〔": "〕"}
# Marks joining a year's two forms side by side (2022/令和4, 平成31年度/令和元年度, 2023・R5): a pair only where both
# name the same year (2019/2020, 2023・2024 are two years).
YEAR_PAIR_SEPARATORS: Final[str] = "/・"

# Words after a year naming a point of it (令和5年度末, R5時点, 2024年度末現在): part of the year's
# notation. Of them, AS_OF_WORDS state the date figures stand at. After a month or a date also
# its start (4月初め); a year's 初 may open a word (令和5年度初任給).
AS_OF_WORDS: Final[tuple[str, ...]] = ("現在", "時点")
# Topic marks after a subject a line names before its as-of date (児童の年齢については平成30年4月1日時点): the date is
# the subject's, not the figures' of the table under the line.
SUBJECT_TOPIC_MARKS: Final[tuple[str, ...]] = ("については", "に関しては", "につきましては")
YEAR_POINT_SUFFIXES: Final[tuple[str, ...]] = ("末",) + AS_OF_WORDS
# Words naming a point of the year's term (期: the fiscal term), its start and its end as 末 names its end: right after the
# year only (2023年度期首, 2023年度期首実績: the actual at the year's start; 2023年度期末: its end), never after another point
# (年度末期首の値: 期首 opens the next words). 当初 also opens kind words of its own (2023年度当初予算: the year's initial
# budget), so it is part of the year's notation only where no word goes on after it.
YEAR_TERM_POINTS: Final[tuple[str, ...]] = ("期首", "期末")
YEAR_START_SUFFIXES: Final[tuple[str, ...]] = ("当初",)
DATE_POINT_SUFFIXES: Final[tuple[str, ...]] = YEAR_POINT_SUFFIXES + ("初め", "初")

WESTERN_YEAR_MIN: Final = 1900
WESTERN_YEAR_MAX: Final = 2100

# Scale words, longest first when matched.  百 alone is rare but real (5百万).
SCALE_WORDS: Final[dict[str, int]] = {
    "兆": 10**12,
    "千億": 10**11,
    "百億": 10**10,
    "十億": 10**9,
    "億": 10**8,
    "千万": 10**7,
    "百万": 10**6,
    "十万": 10**5,
    "万": 10**4,
    "千": 10**3,
}

# 漢数字: digits and in-group multipliers (万/億/兆 are SCALE_WORDS).
KANJI_DIGITS: Final[dict[str, int]] = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
KANJI_MULTIPLIERS: Final[dict[str, int]] = {"十": 10, "百": 100, "千": 1000}
KANJI_GROUP_SCALES: Final[dict[str, int]] = {"万": 10**4, "億": 10**8, "兆": 10**12}

# Counters a bare 漢数字 may carry ("百二十人"); a kanji run followed by anything
# else is a word (一関市), not a number.
KANJI_NUMBER_COUNTERS: Final[frozenset[str]] = frozenset({
    "", "人", "円", "件", "世帯", "戸", "回", "社", "団体", "箇所", "か所", "校",
    "名", "店", "台", "本", "枚", "冊", "人回", "倍", "歳", "日", "時間", "事業",
    "地域", "地区", "施設", "組", "頭", "%",
})

# Whole-cell markers meaning "no number here".
MISSING_MARKERS: Final[dict[str, MissingReason]] = {
    "": MissingReason.EMPTY,
    "調査なし": MissingReason.NOT_SURVEYED,
    "調査無し": MissingReason.NOT_SURVEYED,
    "未調査": MissingReason.NOT_SURVEYED,
    "未公表": MissingReason.UNPUBLISHED,
    "非公表": MissingReason.UNPUBLISHED,
    "公表前": MissingReason.UNPUBLISHED,
    "未発表": MissingReason.UNPUBLISHED,
    "算定中": MissingReason.IN_PROGRESS,
    "集計中": MissingReason.IN_PROGRESS,
    "調査中": MissingReason.IN_PROGRESS,
    "未集計": MissingReason.IN_PROGRESS,
    "確認中": MissingReason.IN_PROGRESS,
    "精査中": MissingReason.IN_PROGRESS,
    "省略": MissingReason.OMITTED,
    "未定": MissingReason.UNDECIDED,
    "未設定": MissingReason.UNDECIDED,
    "検討中": MissingReason.UNDECIDED,
    "設定なし": MissingReason.UNDECIDED,
    "該当なし": MissingReason.NOT_APPLICABLE,
    "該当無し": MissingReason.NOT_APPLICABLE,
    "該当数値なし": MissingReason.NOT_APPLICABLE,  # 経営比較分析表: an indicator that does not apply
    "該当値なし": MissingReason.NOT_APPLICABLE,
    "対象外": MissingReason.NOT_APPLICABLE,
    "n/a": MissingReason.NOT_APPLICABLE,
    "na": MissingReason.NOT_APPLICABLE,
    "/": MissingReason.NOT_APPLICABLE,
    "なし": MissingReason.NONE,
    "無し": MissingReason.NONE,
    "実績なし": MissingReason.NONE,
    "データなし": MissingReason.NONE,
    "不明": MissingReason.UNKNOWN,
    "秘匿": MissingReason.CONFIDENTIAL,
    "x": MissingReason.CONFIDENTIAL,
    "*": MissingReason.CONFIDENTIAL,
    "***": MissingReason.CONFIDENTIAL,
    "新規": MissingReason.NEW_INDICATOR,
    "新規指標": MissingReason.NEW_INDICATOR,
    "●": MissingReason.MARK,
    "○": MissingReason.MARK,
    "◯": MissingReason.MARK,
    "〇": MissingReason.MARK,
    "◎": MissingReason.MARK,
    "✓": MissingReason.MARK,
    "✔": MissingReason.MARK,
    "×": MissingReason.MARK,
    "✕": MissingReason.MARK,
    "△": MissingReason.MARK,
    "▲": MissingReason.MARK,
}

# Characters that, repeated alone, fill an empty cell.
DASH_CHARS: Final[str] = "-‐‑‒–—―−ー─━一…・.~"
# Of those, the ones that beside a number lead a dotted line (目次 ・・・ 1), join a range (～ 令和10年度)
# or write 一: a word of them alone says nothing of a value there.
CONNECTOR_DASH_CHARS: Final[str] = "一…・.~"

# Minus signs in front of a number.  △/▲ are the Japanese accounting minus.
# The accounting minus marks alone: written before no unit, they end a unit statement whose legend follows
# (単位：千円　△印は減, （単位：千円、▲は減少）).
ACCOUNTING_MINUS_CHARS: Final[str] = "▲△▼▽"
MINUS_CHARS: Final[str] = ACCOUNTING_MINUS_CHARS + "-‐‑−–"
UNIT_SLASHES: Final[str] = "/／"  # part a unit from what it is counted per (人/年, 千円／年, 万人回/年)
PLUS_CHARS: Final[str] = "+"

# The operators of a header computing its column from others named by letters (A－B, (A)/(B), A+B): what the
# column holds, NFKC-folded. Only a difference says its kind: a quotient is a ratio (C/D: 公務員 / 民間) as often
# as an amount per head (B/A: 1人当たり給与費, realdocs otoineppu_kyuyo_teiin_r7).
DIFFERENCE_OPERATION: Final[str] = "difference"
QUOTIENT_OPERATION: Final[str] = "quotient"
FORMULA_OPERATORS: Final[dict[str, str]] = {"-": DIFFERENCE_OPERATION, "−": DIFFERENCE_OPERATION, "‐": DIFFERENCE_OPERATION,
                                            "ー": DIFFERENCE_OPERATION, "/": QUOTIENT_OPERATION, "÷": QUOTIENT_OPERATION, "+": "sum"}
FORMULA_LETTERS: Final[str] = "ABCDEFGH"  # the letters columns are named by, in order from A (N/A names none)

# Range separators between two numbers or years.
RANGE_CHARS: Final[str] = "~〜∼～"

# Phrases inside an annotation (or beside the number), longest first.
QUALIFIER_PHRASES: Final[tuple[tuple[str, Qualifier], ...]] = (
    ("毎年度実績", Qualifier.PER_YEAR),
    ("毎年度", Qualifier.PER_YEAR),
    ("毎年", Qualifier.PER_YEAR),
    ("単年度", Qualifier.PER_YEAR),
    ("年あたり", Qualifier.PER_YEAR),
    ("年当たり", Qualifier.PER_YEAR),
    ("計画終了時", Qualifier.AT_PLAN_END),
    ("計画期間終了時", Qualifier.AT_PLAN_END),
    ("最終年度", Qualifier.AT_PLAN_END),
    ("目標年度", Qualifier.AT_PLAN_END),
    ("期間中の合計", Qualifier.TOTAL_OVER_PERIOD),
    ("期間合計", Qualifier.TOTAL_OVER_PERIOD),
    ("計画期間累計", Qualifier.TOTAL_OVER_PERIOD),
    ("合計", Qualifier.TOTAL_OVER_PERIOD),
    ("累計", Qualifier.CUMULATIVE),
    ("累積", Qualifier.CUMULATIVE),
    ("通算", Qualifier.CUMULATIVE),
    ("参考", Qualifier.REFERENCE),
    ("平均", Qualifier.AVERAGE),
    ("実績", Qualifier.ACTUAL),
    ("見込", Qualifier.ESTIMATED),
    ("推計", Qualifier.ESTIMATED),
    ("速報", Qualifier.PROVISIONAL),
    ("暫定", Qualifier.PROVISIONAL),
)

# Of them, what a header's words may say of every value under it beyond its kind (実績見込: actuals not yet
# settled, 速報値: provisional ones): flags the values carry, so an estimate never passes for a plain actual.
HEADER_QUALIFIERS: Final[frozenset[str]] = frozenset({Qualifier.ESTIMATED, Qualifier.PROVISIONAL})

# Words directly before the number ("年140人", "約1,200人").
PREFIX_QUALIFIERS: Final[dict[str, Qualifier]] = {
    "毎年度": Qualifier.PER_YEAR,
    "毎年": Qualifier.PER_YEAR,
    "年間": Qualifier.PER_YEAR,
    "年": Qualifier.PER_YEAR,
    "累計": Qualifier.CUMULATIVE,
    "約": Qualifier.APPROXIMATE,
    "およそ": Qualifier.APPROXIMATE,
    "平均": Qualifier.AVERAGE,
}

# Words directly after the unit ("80%以上", "209人累計").
SUFFIX_QUALIFIERS: Final[dict[str, Qualifier]] = {
    "以上": Qualifier.AT_LEAST,
    "以下": Qualifier.AT_MOST,
    "未満": Qualifier.BELOW,
    "超": Qualifier.ABOVE,
    "程度": Qualifier.APPROXIMATE,
    "前後": Qualifier.APPROXIMATE,
    "累計": Qualifier.CUMULATIVE,
    "平均": Qualifier.AVERAGE,
    "増加": Qualifier.INCREASE,
    "増": Qualifier.INCREASE,
    "減少": Qualifier.DECREASE,
    "減": Qualifier.DECREASE,
}

# Words that may follow a value without making it prose ("100%達成", "3月末時点").
TRAILING_WORDS: Final[tuple[str, ...]] = ("達成", "時点", "現在", "水準", "見込み", "目標")

# Unit spellings folded to one form (after NFKC: ㎥ → m3, ％ → %, ² → 2).
UNIT_ALIASES: Final[dict[str, str]] = {
    "P": "pt",
    "p": "pt",
    "pt": "pt",
    "ポイント": "pt",
    "ﾎﾟｲﾝﾄ": "pt",
    "ポ イ ン ト": "pt",
    "パーセント": "%",
    "¥": "円",   # ￥1,234 (NFKC: ¥), a yen sign before the figure
    "t-CO2": "tCO2",
    "t-co2": "tCO2",
    "tco2": "tCO2",
    "トンCO2": "tCO2",
    "ヶ所": "箇所",
    "ケ所": "箇所",
    "カ所": "箇所",
    "か所": "箇所",
    "ヵ所": "箇所",
    "ヶ月": "か月",
    "ケ月": "か月",
    "カ月": "か月",
    "ヵ月": "か月",
    "㎡": "m2",
    "ヘクタール": "ha",
    "メートル": "m",
    "キロメートル": "km",
    "キログラム": "kg",
    "リットル": "L",
    "キロワット": "kW",
    "平方メートル": "m2",
    "立方メートル": "m3",
}

# Counters after which a bare four-digit number is a count, never a year ("5年間で2075件", "1500人)"),
# where no kanji goes on after the counter (2020人口 may be a year's word).
COUNT_COUNTERS: Final[frozenset[str]] = frozenset({
    "件", "人", "円", "世帯", "戸", "回", "人回", "社", "団体", "箇所", "か所", "台", "枚", "冊", "名", "店", "頭",
})

# Units recognised inside a header's brackets ("事業費(千円)"); the part after any
# scale prefix, before any "/", must be one of these.
KNOWN_UNITS: Final[frozenset[str]] = frozenset({
    "円", "人", "件", "%", "pt", "世帯", "戸", "回", "人回", "社", "団体", "箇所",
    "校", "店", "台", "本", "枚", "冊", "頭", "羽", "匹", "株", "名", "組", "人日",
    "泊", "人泊", "区画", "路線", "地域", "地区", "事業所", "企業", "種", "事業",
    "講座", "品目", "施設", "基", "棟", "軒", "席", "部", "倍", "歳", "日", "時間",
    "分", "年", "か月", "週", "ha", "a", "m", "km", "m2", "m3", "km2", "t", "kg",
    "g", "kWh", "MWh", "kW", "MW", "tCO2", "L", "kL", "ml", "トン", "人/年",
    "件/年", "回/年", "店舗", "戸数", "人数", "件数", "円/人", "床", "隻", "機",
    # seen after numbers in KPI and statistics tables; a word not listed here is
    # read as a label ("1 市税", "20,000 転出数"), so common units must be listed
    "月分", "か年", "か国", "市町村", "市町", "自治体", "団地", "経営体", "協定", "集落",
    "法人", "事業者", "業者", "農家", "園", "館", "所", "病院", "医療機関", "地点", "区間",
    "便", "両", "点", "位", "割", "票", "通", "口", "頁", "ページ", "作品", "試合", "大会",
    "コース", "クラブ", "教室", "校区", "品", "品目", "団体数", "回数", "世帯数", "人工",
    "人役", "km/h", "GJ", "MJ", "kcal", "mg", "cm", "mm", "dB", "ppm", "℃", "ℓ", "円/月",
    "円/年", "時間/日", "分/日", "人/日", "戸/年", "歩", "カ国", "ヵ国", "か所", "ヶ所",
    "区", "市", "町", "村", "県", "国", "曲", "誌", "色", "脚", "灯", "面", "畳", "坪", "袋",
    "箱", "食", "杯", "着", "体", "尾", "筆", "室", "階", "巻", "字", "語", "問", "科目",
    "単位", "種類", "種目", "系統", "コマ", "クラス", "学級", "チーム", "グループ", "人/月",
    "人槽", "人分", "日分", "回分", "食分", "か月分", "年分", "件/日", "台/日", "人/時",
    "t/年", "t/日", "kg/人", "円/件", "円/戸", "人/km2", "kg/日", "件/月", "人/週", "人/回",
    "ヶ国", "人区", "頭数", "台数", "校数", "床数", "ポイント", "点数", "名/年",
})

# Units a column states in its first cell, above the numbers: "千円\n48,352,400",
# "％\n24.6" (realdocs fuji_r7_yosansho_gaiyo, otoineppu_kyuyo_teiin_r7).  Only these
# (after any scale prefix) are read as the unit of a number written after them.
COLUMN_UNITS: Final[frozenset[str]] = frozenset({
    "円", "人", "%", "pt", "件", "世帯", "戸", "台", "回", "人回", "社", "団体", "箇所", "校",
    "名", "歳", "倍", "日", "時間", "か月", "t", "kg", "m", "m2", "m3", "ha", "km", "km2",
})

# Words that make the number after them part of a label, not a value: "表 8",
# "図13-1", "内線2328", "#9110", "No.5" (realdocs: kobe_jinko_no_ugoki_h26,
# otoineppu_kouhou_2021-03).  Matched at the start of the text or after a space;
# 第 ("第2期", "法第214条") anywhere.
LABEL_PREFIXES: Final[tuple[str, ...]] = (
    "表", "図", "図表", "巻頭", "内線", "別紙", "別表", "様式", "資料", "No.", "No", "NO.", "№", "#",
)

# Units that make a number an ordinal label: "1級" (pay grade), "2号", "3番".
# "60代", "30歳代" are age bands, also labels (realdocs kobe_kansensho_shuho_h29w06).
ORDINAL_UNITS: Final[frozenset[str]] = frozenset({
    "級", "号", "番", "番地", "丁目", "条", "項", "款", "節", "期", "次", "代", "歳代",
})

# Words after 1-12 that make the number a month, not a quantity ("4月", "2月中", "4月分");
# a decimal ("4.50月分", months of pay) stays a quantity.
MONTH_WORDS: Final[frozenset[str]] = frozenset({"月", "月中", "月末", "月分", "月初", "月時点", "月現在"})
MONTH_WORD: Final[str] = "月"  # what a date's month is written with, before its day
DAY_WORD: Final[str] = "日"  # a date's day (2017年2月 | 6日: the date spread over two cells)

# A year without its era ("29年度", "8年度から12年度まで") is a label whose era is not known.
ERA_LESS_YEAR_UNITS: Final[frozenset[str]] = frozenset({"年度"})
DECADE_MARK: Final[str] = "代"  # after a year's 年 it names a decade (昭和50年代, 1990年代): no year

# Range words between two years besides RANGE_CHARS ("8年度から12年度まで").
YEAR_RANGE_WORDS: Final[tuple[str, ...]] = ("から",)
YEAR_RANGE_END_WORDS: Final[tuple[str, ...]] = ("まで",)

UNIT_LABEL_WORDS: Final[tuple[str, ...]] = ("単位",)
# The particle a unit statement may set its label off with as a sentence does (単位は千円, 金額の単位は千円).
UNIT_TOPIC_PARTICLE: Final = "は"

# Units that are ratios, dimensionless: never a factor nor the divisor of a compound unit, so one joined to
# another by ／ or ・ lists two units (千円／％: amounts and ratios), where 人／km2 or グラム／人・日 is one.
RATIO_UNITS: Final[frozenset[str]] = frozenset({"%", "pt"})

# "(5年間の合計)", "(計画期間中の累計)", "(5か年平均)": regex sources, period phrases.
PERIOD_TOTAL_PATTERN: Final[str] = (
    r"(?:[0-9]+(?:か年|ヵ年|カ年|ヶ年|箇年|年間)|計画期間中?|期間中)の?(?:合計|累計|総計|計|総数)"
)
PERIOD_AVERAGE_PATTERN: Final[str] = (
    r"(?:[0-9]+(?:か年|ヵ年|カ年|ヶ年|箇年|年間)|計画期間中?|期間中)の?平均"
)

# Hiragana allowed inside a unit ("か所", "か月"); any other hiragana ends the unit.
UNIT_HIRAGANA_OK: Final[tuple[str, ...]] = ("か所", "か月", "か国", "か年", "か村")

# Brackets that, touching a number without their partner, mean the cell was cut
# mid-value: "(2" and "5.7％)" are halves of "(25.7％)" (realdocs takamatsu_shimin_manzokudo).
OPEN_BRACKETS: Final[str] = "(<[【〔"
CLOSE_BRACKETS: Final[str] = ")>]】〕"
# Bracket pairs, as cleaned text writes them (NFKC folds （）［］｛｝ into ASCII), and their full-width forms as
# raw text writes them: every pair frames a unit, a year or a note the same way (（千円）, 〈千円〉, 【R6】,
# 《単位：人》, 〔2024年度〕).
BRACKET_PAIRS: Final[tuple[str, ...]] = ("()", "[]", "{}", "<>", "〈〉", "《》", "≪≫", "【】", "〔〕", "「」", "『』", "〘〙", "〖〗")
FULLWIDTH_BRACKET_PAIRS: Final[tuple[str, ...]] = ("（）", "［］", "｛｝", "＜＞")
ALL_BRACKET_PAIRS: Final[tuple[str, ...]] = BRACKET_PAIRS + FULLWIDTH_BRACKET_PAIRS
BRACKET_OPENERS: Final[str] = "".join(pair[0] for pair in ALL_BRACKET_PAIRS)
BRACKET_CLOSERS: Final[str] = "".join(pair[1] for pair in ALL_BRACKET_PAIRS)
# Of them, the pairs that set an annotation beside a cell's number (826人（2019（R元））, 12.5%【R3】): not 〈〉 or
# <>, which frame a value itself (<28.9%>), nor 「」, which quote.
ANNOTATION_BRACKET_PAIRS: Final[tuple[str, ...]] = ("()", "[]", "【】", "〔〕")
# Brackets that close a unit statement (（単位：千円）, 〈単位：円〉, 「単位：人」).
STATEMENT_CLOSERS: Final[str] = BRACKET_CLOSERS

# Marks that open a note or number one (※現状は…, ※3, ＊1). Only ※ opens a note line below a
# table (extract.vocab.FOOTNOTE_MARKS): ＊ also marks rows inside one (＊新規事業).
NOTE_MARK_CHARS: Final[str] = "※*＊"
NOTE_WORD: Final[str] = "注"  # 注1, （注）
NOTE_MARK_PATTERN: Final[str] = f"(?:[{NOTE_MARK_CHARS}]|{NOTE_WORD})"  # a regex source: the mark, before any number
# What opens the rest of a unit statement's line after its unit: the legend of the accounting minus (単位：千円　△印は減)
# or a note on the figures (単位：千円　※端数調整).
UNIT_STATEMENT_TAIL_OPENERS: Final[str] = ACCOUNTING_MINUS_CHARS + NOTE_MARK_CHARS

# Characters that end a unit read after a number ("35.5%※", "50~60%").
UNIT_STOP_CHARS: Final[str] = " ()[]【】〔〕※*,、;；→⇒~〜∼▲△▼▽"

# Left after a number and its unit, these mean the cell holds a stray sign or a cut
# number: "379 △", "- 2 -" (a page number), "12," (realdocs kobe_jinko_no_ugoki_h26,
# fuji_r7_yosansho_gaiyo).
STRAY_AFTER_CHARS: Final[str] = "▲△▼▽-‐‑‒–—―−ー─━,.~〜∼"

# Look-alike code points PDF producers put in the text layer (Chromium/Skia, some office
# suites): a font's glyph for 民 or 長 is also its CJK radical glyph, and the producer's
# ToUnicode map picks the radical.  Kangxi Radicals (U+2F00-U+2FDF) fold under NFKC; the
# CJK Radicals Supplement (U+2E80-U+2EFF) does not, so its ideographs are data here.
LOOKALIKE_BLOCKS: Final[tuple[tuple[int, int], ...]] = ((0x2E80, 0x2EFF), (0x2F00, 0x2FDF))

# CJK Radicals Supplement code point → the unified ideograph its glyph draws: Unicode's
# EquivalentUnifiedIdeograph.txt (UCD 15.1) where it lists the radical, otherwise the
# ideograph of the same shape (⺌ 小, ⻗ 雨, ⻡ 首).  A test checks every assigned code point
# of the block is here (or folds under NFKC) and maps to a CJK unified ideograph.
RADICAL_SUPPLEMENT_EQUIVALENTS: Final[dict[int, int]] = {
    0x2E80: 0x51AB, 0x2E81: 0x5382, 0x2E82: 0x4E5B, 0x2E83: 0x4E5A, 0x2E84: 0x4E59,
    0x2E85: 0x4EBB, 0x2E86: 0x5182, 0x2E87: 0x51E0, 0x2E88: 0x5200, 0x2E89: 0x5202,
    0x2E8A: 0x535C, 0x2E8B: 0x353E, 0x2E8C: 0x5C0F, 0x2E8D: 0x5C0F, 0x2E8E: 0x5140,
    0x2E8F: 0x5C23, 0x2E90: 0x5C22, 0x2E91: 0x5C23, 0x2E92: 0x5DF3, 0x2E93: 0x5E7A,
    0x2E94: 0x5F51, 0x2E95: 0x5F50, 0x2E96: 0x5FC4, 0x2E97: 0x38FA, 0x2E98: 0x624C,
    0x2E99: 0x6535, 0x2E9B: 0x65E1, 0x2E9C: 0x65E5, 0x2E9D: 0x6708, 0x2E9E: 0x6B7A,
    0x2E9F: 0x6BCD, 0x2EA0: 0x6C11, 0x2EA1: 0x6C35, 0x2EA2: 0x6C3A, 0x2EA3: 0x706C,
    0x2EA4: 0x722B, 0x2EA5: 0x722B, 0x2EA6: 0x4E2C, 0x2EA7: 0x725B, 0x2EA8: 0x72AD,
    0x2EA9: 0x738B, 0x2EAA: 0x758B, 0x2EAB: 0x7F52, 0x2EAC: 0x793A, 0x2EAD: 0x793B,
    0x2EAE: 0x7AF9, 0x2EAF: 0x7CF9, 0x2EB0: 0x7E9F, 0x2EB1: 0x7F53, 0x2EB2: 0x7F52,
    0x2EB3: 0x34C1, 0x2EB4: 0x34C1, 0x2EB5: 0x7F51, 0x2EB6: 0x7F8A, 0x2EB7: 0x7F8A,
    0x2EB8: 0x7F8B, 0x2EB9: 0x8002, 0x2EBA: 0x8080, 0x2EBB: 0x807F, 0x2EBC: 0x6708,
    0x2EBD: 0x81FC, 0x2EBE: 0x8279, 0x2EBF: 0x8279, 0x2EC0: 0x8279, 0x2EC1: 0x864E,
    0x2EC2: 0x8864, 0x2EC3: 0x8980, 0x2EC4: 0x897F, 0x2EC5: 0x89C1, 0x2EC6: 0x89D2,
    0x2EC7: 0x89D2, 0x2EC8: 0x8BA0, 0x2EC9: 0x8D1D, 0x2ECA: 0x8DB3, 0x2ECB: 0x8F66,
    0x2ECC: 0x8FB6, 0x2ECD: 0x8FB6, 0x2ECE: 0x8FB6, 0x2ECF: 0x961D, 0x2ED0: 0x9485,
    0x2ED1: 0x9577, 0x2ED2: 0x9578, 0x2ED3: 0x957F, 0x2ED4: 0x95E8, 0x2ED5: 0x961C,
    0x2ED6: 0x961D, 0x2ED7: 0x96E8, 0x2ED8: 0x9752, 0x2ED9: 0x97E6, 0x2EDA: 0x9875,
    0x2EDB: 0x98CE, 0x2EDC: 0x98DE, 0x2EDD: 0x98DF, 0x2EDE: 0x98DF, 0x2EDF: 0x98E0,
    0x2EE0: 0x9963, 0x2EE1: 0x9996, 0x2EE2: 0x9A6C, 0x2EE3: 0x9AA8, 0x2EE4: 0x9B3C,
    0x2EE5: 0x9C7C, 0x2EE6: 0x9E1F, 0x2EE7: 0x5364, 0x2EE8: 0x9EA6, 0x2EE9: 0x9EC4,
    0x2EEA: 0x9EFE, 0x2EEB: 0x6589, 0x2EEC: 0x9F50, 0x2EED: 0x6B6F, 0x2EEE: 0x9F7F,
    0x2EEF: 0x7ADC, 0x2EF0: 0x9F99, 0x2EF1: 0x9F9C, 0x2EF2: 0x4E80, 0x2EF3: 0x9F9F,
}

# Punctuation drawn like the Japanese one but coded as another (NFKC keeps them apart).
PUNCTUATION_LOOKALIKES: Final[dict[str, str]] = {
    "\u2027": "・",  # ‧ HYPHENATION POINT
    "\u00b7": "・",  # · MIDDLE DOT
    "\u2219": "・",  # ∙ BULLET OPERATOR
    "\u22c5": "・",  # ⋅ DOT OPERATOR
    "\u2215": "/",   # ∕ DIVISION SLASH
    "\u2044": "/",   # ⁄ FRACTION SLASH
    "\u29f8": "/",   # ⧸ BIG SOLIDUS
}
