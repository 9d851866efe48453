"""Japanese vocabulary the recognizers look for, kept as data in one place."""

from __future__ import annotations

from normalize.vocab import NOTE_WORD, RANGE_CHARS, UNIT_LABEL_WORDS

# Phrases that name the indicator column. Checked before the value words because some
# contain them (数値目標 holds 目標, 数値目標の副指標 is an indicator, not a target).
INDICATOR_WORDS = (
    "重要業績評価指標", "業績評価指標", "成果指標", "評価指標", "数値目標", "副指標",
    "補助指標", "目標指標", "指標名", "指標", "KPI", "項目", "成果目標",
)

# Indicator words strong enough to make a table without value columns a list of KPI names
# (項目 alone heads public-comment tables too).
STRONG_INDICATOR_WORDS = tuple(w for w in INDICATOR_WORDS if w not in ("項目",))

# Header words for value columns, most specific first.
VALUE_KIND_WORDS = (
    ("target", ("目標値", "目標", "めざす値", "目指す値", "目標年度", "計画値")),
    ("actual", ("実績値", "実績", "達成値", "最新値", "直近値", "最終値", "当該値", "現在値")),
    # not bare 基準 (早期健全化基準 is a threshold) nor bare 現状 (現状・課題 is prose)
    # (基準) / 現状( only with a bracket: a year's annotation (H30（基準）, 現状（R2）)
    ("baseline", ("現状値", "基準値", "現況値", "策定時", "策定年", "当初値", "基準年", "計画策定時",
                  "(基準)", "現状(")),
)
UNIT_WORDS = UNIT_LABEL_WORDS
STATUS_WORDS = ("達成状況", "進捗状況", "状況", "評価", "達成度", "進捗")

# Labels of key-value project cards (施策名 …, 成果指標 …, 実施年度 / 事業費 rows).
CARD_LABELS = (
    ("subprojects", ("事業名称", "事業内容", "取組内容")),  # before "project": 事業名称 starts with 事業名
    ("project", ("施策名", "事業名", "取組名")),
    ("indicator", ("成果指標", "重要業績評価指標", "KPI", "指標")),
    ("baseline", ("現状値", "基準値")),
    ("target", ("目標値",)),
    ("actual", ("実績値", "実績")),
    ("years", ("実施年度", "年度")),
    ("cost", ("事業費", "概算事業費", "予算額", "決算額")),
)

# Project schedules: 事業名 | 担当課 | 新規 | R7年度 ● …
SCHEDULE_PROJECT_WORDS = ("事業名", "取組名", "事業・取組", "主な事業", "施策・事業")
SCHEDULE_DEPARTMENT_WORDS = ("担当課", "担当部署", "所管課", "担当")
SCHEDULE_NEW_WORDS = ("新規",)
SCHEDULE_SUMMARY_WORDS = ("事業概要", "概要", "内容")
SCHEDULE_MARKS = frozenset("●○◎〇✓✔■◆")

# Budget tables: column headers that hold amounts, and those that never do.
AMOUNT_COLUMN_WORDS = (
    "予算額", "決算額", "補正額", "補正前", "補正後", "当初予算", "予算現額", "現計予算", "事業費",
    "金額", "本年度", "前年度", "支出済額", "収入済額", "調定額", "限度額",
)
# Marks in a row's first cells that flag a project rather than name it (新 = new).
ROW_MARK_WORDS = frozenset({"新", "新規", "拡", "拡充", "継続", "改", "再掲", "一部新規", "重点", "●", "○", "◎"})
# Sub-rows of one budget line by stage (補正予算整理表: 補正 / 現計 under each 款 spanning both):
# the stage is its amounts' measure, and the line above it names them.
ROW_STAGE_WORDS = frozenset({"当初", "補正", "現計"})
NOT_AMOUNT_WORDS = ("構成比", "比率", "伸率", "伸び率", "増減率", "比較", "差引", "増減", "%", "割合", "対比", "差額")

# Amount sentences: the label an amount stands under, and what a year note says of it.
AMOUNT_MEASURES = ("総事業費", "事業費", "交付金額", "交付額", "予算額", "決算額", "補助金額", "予算")
# Listed projects: a name ending so names a project, whose bracketed amount follows it in a description.
PROJECT_NAME_ENDINGS = ("事業", "工事", "業務", "計画", "委託", "補助金", "交付金", "整備", "改修")
BASIS_WORDS = (
    ("settlement", ("決算", "実績")),
    ("budget", ("当初予算", "補正", "予算", "交付決定")),
    ("plan", ("計画", "見込", "概算")),
)

# Words naming a plan in a line that states its span of years (第2期総合戦略（令和3年度～令和7年度）, 計画期間：
# R3～R7): the years a target dated by the plan's last year (目標値（最終年度）) is of.
PLAN_WORDS = ("計画", "戦略", "ビジョン", "プラン")

# Headings that open a list of KPI names written in prose.
PROSE_KPI_HEADINGS = ("重要業績評価指標", "KPI", "成果指標", "数値目標")
BULLET_CHARS = "-・·•●○◯◎■□◆◇*※‐"
FOOTNOTE_MARKS = ("※", NOTE_WORD, "（" + NOTE_WORD, "(" + NOTE_WORD)  # open a note line below a table (normalize.vocab.NOTE_MARK_CHARS)
# A line under a table stating where its figures come from ((平成22年,国勢調査), 資料：平成27年国勢調査): a source label
# opening it, and the words naming a survey or a statistic, whose year is the year the figures stand at.
SOURCE_LABELS = ("出典", "資料", "出所")
SURVEY_WORDS = ("調査", "統計", "センサス")
# Words opening a goal's or project's heading in a strategy (基本目標 2 …, 重点施策①): a section of the plan, no indicator
GOAL_WORDS = ("基本目標", "基本方針", "プロジェクト", "政策分野", "重点施策")
SENTENCE_END = "。"  # closes a sentence: no name, heading or indicator a caption names ends with it
EXPLANATION_MARKS = ("→", "⇒", "➔", "➡")
# KPI stated in lines (recognizers/listed_kpi.py): the marks between an indicator's figures (a direction arrow points
# from the baseline to the target; the others part figures each naming its kind), the gaps inside one figure's
# statement (基準値（R2）：120件, 120件（基準・R2）), and kind words that name a kind only standing alone beside a
# figure's year (120件（H30基準）: bare 基準 is no baseline in a header, 早期健全化基準 is a threshold).
DIRECTION_ARROWS = EXPLANATION_MARKS
FIGURE_SEPARATORS = (*DIRECTION_ARROWS, *RANGE_CHARS, "/", "／", "、")
# A glyph a PDF's font maps to no character (drawn, its text lost: a ➡ the font lacks): between figures it parts
# them as any mark would, but says nothing of their direction
UNREADABLE_GLYPHS = ("\x00", "\ufffd")
STATEMENT_GAPS = (":", "：", "・")
STATEMENT_KIND_WORDS = (("baseline", ("基準",)),)
# Words ending a line's text that run on into the number after them (月額の100分の 8): the
# number completes the phrase, the words do not name it as an amount
PHRASE_LINKS = ("の",)
# Operators between two figures (104,842×10／10 a basis times a rate, 3/31 a date; NFKC-folded): the
# figure after one is a term of the calculation, no amount the words before it name
CALCULATION_OPERATORS = "×÷/*"
# Endings that link a name to words after it: a name ending so was cut (放課後児童クラブの / 待機児童数
# whose second line a layout left out of the table) and names no indicator as it stands
NAME_CUT_ENDINGS = (*PHRASE_LINKS, "を", "に", "が", "と", "や", "及び", "並びに", "・", "、")
# Marks that open an item of a list inside a cell (◇高校の入学者数 年40人): no -, * or ※ (signs, notes)
ITEM_MARKS = "・·•●○◯◎■□◆◇"

# Figures of others set beside the municipality's own for comparison (経営比較分析表: 当該値 /
# 平均値 rows; 類似団体平均, 全国平均 columns): no value of the indicator they sit beside.
COMPARISON_WORDS = ("類似団体平均", "全国平均", "県平均", "県内平均", "都道府県平均", "平均値")

# Units of the classes a header counts by (年齢別: ~5ヶ月 | 1歳 | 2歳 … | 80歳~): a number
# written with one of them, alone in a header cell, names a column rather than fills it.
CLASS_UNITS = ("歳", "ヶ月", "か月", "カ月", "ヵ月", "箇月", "年生")

# Kind words that name a kind only as a whole header cell, years and brackets aside (現状 | 目標:
# 現状 is the baseline; 現状・課題, 現状と課題 head prose; 目標 | 結果 (R5): the result
# is the actual, 評価結果, 調査結果の概要 name something else).
WHOLE_CELL_KIND_WORDS = (("baseline", ("現状",)), ("actual", ("結果",)))
# A noun phrase written with the particle or with 数値 for 値 names what the compound names
# (最新の数値 = 最新値, 策定時の値 = 策定時値): folded before kind words are looked for.
KIND_PHRASE_FOLDS = (("の数値", "値"), ("の値", "値"), ("数値", "値"))
# A change written with the sign its decreases take between its two words (増△減, 増▲減: the 減 are the
# amounts marked △) is the change (増減): normalize.vocab.MINUS_CHARS between these.
SIGN_NOTED_CHANGE = ("増", "減")

# Counter words ending an indicator's name, and the unit they count by (…日数: days; …者数: persons):
# they decide which of a cell's two readings is the indicator's value (9人（延べ243日）).
NAME_COUNTERS = (("日数", "日"), ("者数", "人"), ("人数", "人"), ("員数", "人"), ("件数", "件"), ("回数", "回"))

# Marks a line may end with in the middle of a word or a list wrapped onto the next line (国・ / 県).
WORD_JOINERS = ("・", "／", "/", "、", "，", ",")

# Words a year cell may add to say which point of the year it means (R5年度末, 2023年3月時点): no kind.
YEAR_POINT_WORDS = ("末", "時点", "現在", "月")
# Words of a row or column that compares with the year before (対前年比（各月）): of the newest year beside it.
LAST_YEAR_COMPARISON_WORDS = ("対前年", "前年比", "前年度比")
# A ratio column comparing the newest year with the one before (増減率 beside 7年度 | 8年度): dated like a difference.
GROWTH_RATE_WORDS = ("増減率", "伸率", "伸び率", *LAST_YEAR_COMPARISON_WORDS)

# Header facets of grid tables (extract/interpret): what kind of number a header announces.
# Checked in this order: a ratio or a difference names its base (前年度対比, 達成率), so
# those words go first; target/actual/baseline are the KPI kinds, the rest amounts.
HEADER_KINDS = (
    ("ratio", ("構成比", "伸率", "伸び率", "増減率", "比率", "割合", "達成率", "達成度", "進捗率", "進捗度", "対前年比",
               "前年比", "前年度比", "充当率")),  # not a bare %: 市民満足度（%） is a unit; 目標達成度: no target
    # 基準値との差 is no baseline; 対前年 (増減数) compares with the year before, whatever it counts
    ("difference", ("増減額", "増減", "比較", "差引", "差額", "対比", "との差", "対前年")),
    *VALUE_KIND_WORDS,
    ("comparison", COMPARISON_WORDS),
    ("settlement", ("決算額", "決算", "支出済額", "収入済額")),
    ("budget", ("当初予算", "補正前", "補正額", "補正後", "予算現額", "現計予算", "予算額", "予算",
                "限度額")),
    ("plan", ("計画額", "見込額", "見込", "概算", "計画")),
)
# Names of quantities that hold a kind word (社会増減数 is net migration, an indicator, not a
# difference column): read as names before any kind is looked for
QUANTITY_NAMES_WITH_KIND_WORDS = ("増減数",)
# ... unless the words before the name count it over a span or from a point (過去5年間の増減数 of 職員数 by year,
# 策定時からの増減数): a phrase ending in a span (…年間) or a comparing particle modifies it, not a noun naming a
# quantity (社会 / 自然 / 人口増減数): the column is the change of the row's values, a difference.
CHANGE_SPAN_ENDINGS = ("間の", "間", "からの", "との")
# A kind a second word refines: an actual stated as 決算 is a settlement (支給実績（令和5年度決算）); a value of
# the present state stated as the latest is the actual (最新の現況値, 現況値（直近）: a baseline is the state
# when the plan was made, never the latest), unless the words name the plan's point too (策定時の現状値（直近の統計）).
# (base kind, refining words, refined kind, words that keep the base kind)
LATEST_WORDS = ("最新", "直近")
BASELINE_POINT_WORDS = ("策定", "基準", "当初")
KIND_REFINEMENTS = (("actual", ("決算",), "settlement", ()), ("baseline", LATEST_WORDS, "actual", BASELINE_POINT_WORDS))
KPI_KINDS = frozenset({"baseline", "actual", "target"})
AMOUNT_KINDS = frozenset({"settlement", "budget", "plan", "difference"})
# Years a header states relative to the document's own year (本年度 in a budget book): a prefix naming the
# year's place before 年度, longest first (前々 before 前); 当該年度中増加見込額 (地方債 調書).
RELATIVE_YEAR_PREFIXES = (("前々", -2), ("一昨", -2), ("当該", 0), ("前", -1), ("昨", -1), ("本", 0), ("今", 0),
                          ("当", 0), ("現", 0), ("翌", 1), ("次", 1), ("来", 1))  # 現年度: the current year (現年度分 in a 決算)
# Prefixes making a year noun each year of those a table states (各年度, 毎年度): a classing by year, as 年度別, no one year.
EACH_PREFIXES = ("各", "毎")
FISCAL_YEAR_NOUN = "年度"
# The year noun without 度 (本年, 前年: 本年予算額 | 前年予算額 in a budget book is its fiscal years all the same), read after every
# word with 年度 (本年度 is 本年度, not 本年 + 度).
YEAR_NOUN = "年"
RELATIVE_YEAR_WORDS = tuple((prefix + noun, offset) for noun in (FISCAL_YEAR_NOUN, YEAR_NOUN)
                            for prefix, offset in RELATIVE_YEAR_PREFIXES)

# Header words read as Japanese compounds, head-final (extract/interpret/compound.py), by dictionary form
# (the analyser's lemma: 見込 → 見込み, めざす → 目指す). The last content word is the head: it says what
# class of number the column holds; the words before it modify it and say which kind.
# Heads that make a column a ratio or a difference of whatever they follow (目標比, 前年度比較, 基準値との差,
# 策定時からの伸び, 策定時からの変化, 増減額): no value of the kind they name.
DERIVED_HEADS = (
    ("ratio", ("比", "率", "比率", "割合", "伸び率", "伸率", "増減率")),
    ("difference", ("差", "差額", "差し引き", "差引", "増減", "比較", "対比", "変化")),
)
# Heads naming a judgement of how a value stands (進捗評価, 目標の達成, 目標達成状況: the state of the achieving): the
# kind word before them is what the value is judged against; the column holds marks or a rate, no value of that kind.
# A state alone is a value (計画策定時の状況: the baseline); a state of a judgement word is the judgement.
JUDGEMENT_HEADS = ("評価", "進捗", "達成", "判定")
STATE_HEADS = ("状況",)
# Heads naming a value or a sum of money without saying which kind (値, 数値 / 額, 金額): words before say it.
VALUE_HEADS = ("値", "数値", "数", "水準", "実数")  # 実数: the count as it stands (基準実数, 直近の実数), no rate of it
# Heads naming the state of things as it stands (現状): a value, the point before them says which (計画開始時点の現状: the
# baseline; 最新の現状: the actual); alone, a whole cell's word (WHOLE_CELL_KIND_WORDS).
STATE_VALUE_HEADS = ("現状", "状況")  # 状況 after a judgement word is the judgement (達成状況: JUDGEMENT_HEADS, STATE_HEADS)
AMOUNT_HEADS = ("額", "金額", "現額")
# A cost (事業費, 人件費): an amount as the head, a suffix heading with the noun it is attached to (the kind word
# stands before both: 予定事業費); inside a compound it names what the head after it is of (事業費見積額).
COST_HEADS = ("費",)
SUFFIX_POS, NOUN_POS = "接尾辞", "名詞"
# Words naming a kind: (lemma, its kind over a value, its kind over an amount); None where it names none.
# 見込 over a value (見込値, an indicator's 見込み) is the actual, estimated (its qualifier says so); over an
# amount (見込額) the money planned.
KIND_MORPHEMES = (
    ("目標", "target", "target"), ("目指す", "target", "target"), ("計画", "target", "plan"),
    ("実績", "actual", "settlement"), ("最新", "actual", None), ("直近", "actual", None), ("確定", "actual", None),
    ("現", "actual", None),  # the prefix naming the present (現時点の値, 現年度の数値): a value as it stands now
    ("策定", "baseline", None), ("基準", "baseline", None), ("現状", "baseline", None), ("初期", "baseline", None),
    ("現行", "baseline", None),  # the value in force when the plan is made (現行値 | 目標値), as 現状 is its state then
    ("当初", "baseline", "budget"),
    ("予算", None, "budget"), ("計上", None, "budget"), ("要求", None, "budget"), ("査定", None, "budget"),
    ("措置", None, "budget"), ("補正", None, "budget"), ("済み", None, "settlement"),
    ("決算", "actual", "settlement"),  # the year's figures settled: over an indicator's count (職員数, 人件費率 under 決算) its actual
    ("見込み", "actual", "plan"), ("概算", None, "plan"), ("見積もり", None, "plan"), ("見積", None, "plan"),
    ("所要", None, "plan"), ("必要", None, "plan"), ("予定", None, "plan"),
)
# Words naming a kind only as the one word before a value's head: the value reached, measured or found (達成値, 到達値, 進捗値,
# 測定値, 実測値, 観測値, 調査値, 集計値, 結果値: the actual) and the body's own value (当該値, beside 平均値); elsewhere no kind
# (達成件数 counts achievements, 達成率 is a ratio, 調査対象者数 an indicator, 当該年度 a year).
VALUE_KIND_MODIFIERS = (("達成", "actual"), ("到達", "actual"), ("進捗", "actual"), ("測定", "actual"), ("実測", "actual"),
                        ("観測", "actual"), ("調査", "actual"), ("集計", "actual"), ("結果", "actual"), ("当該", "actual"),
                        ("前回", "actual"), ("今回", "actual"))  # 前回値, 今回値: the value the last or this review measured
# Words naming an end of a span of time (計画開始時, 計画最終年度, 終期): a value at the plan's start is its baseline, at
# its end its target; only over a value head and after nothing but the span's name (計画, 期間), never narrowing a
# series (最終年度の実績 is that year's actual).
# 期首 (the term's start, 期首の値), 出発 and スタート (the departure, 出発値, スタート時の値: where the plan sets out from; the
# analyser's lemma of a loanword carries its source, スタート-start), 基点, 起点 and 始点 (the base point, the point set out
# from: 基点値, 起点値): the baseline; 期 is the term itself (計画期末: the plan's term's end).
SPAN_POINT_MORPHEMES = (("開始", "baseline"), ("始期", "baseline"), ("期首", "baseline"), ("出発", "baseline"),
                        ("スタート-start", "baseline"), ("基点", "baseline"), ("起点", "baseline"), ("始点", "baseline"),
                        ("最終", "target"), ("終了", "target"), ("終期", "target"),
                        ("中間", "actual"))  # the span's middle (中間値, 中間年の実績): a point between, reached, the actual
SPAN_NAME_MORPHEMES = ("計画", "期間", "期")
SPAN_END_SUFFIX = "末"  # after the span's name, its end (計画期間末の数値: the target)
# Words before a span's name making it the span before this one (前期計画, 旧計画, 前計画): every point of it, its end too, is
# before this plan began (前期計画の最終実績: the baseline); never a target of this plan.
PREVIOUS_SPAN_MORPHEMES = ("前期", "旧", "前")
# Words after a point or a span's name saying the time just before it (計画開始前, 計画策定前, 計画期間前): before the start, or
# before the span began, is still the start's state.
BEFORE_MORPHEMES = ("前",)
# Words naming a review of the plan (評価, 中間見直し, 検証, 点検): its point (評価時点, 中間見直し時) is when the values stand as
# reviewed, the actual; the review judges the plan, it neither starts nor ends it.
REVIEW_MORPHEMES = ("評価", "見直し", "検証", "点検")
# Particles that make the kind word before them the base a column is compared with (策定時からの…, 基準値との…,
# 目標に対する…, 前年度より…): the column is no value of that kind, whatever its head (not と before a light
# verb: 目標とする数値 is the target).
COMPARING_PARTICLES = ("から", "より", "との", "に対する", "に対して", "に比べ", "と比べ", "と比較")
# Kind words that name their kind standing as the head too (最終年度の目標, 策定時実績, 本年度予算); the others
# only before a head (基準値, 策定時の数値): as a head they name something else (早期健全化基準: a threshold).
HEAD_KIND_MORPHEMES = ("目標", "実績", "予算", "決算", "見込み")
# Heads naming a stage of what the kind word right before them names (補正前, 補正後: the budget before or after the revision;
# 予算案: the budget as drafted): the column holds that word's kind over an amount, the stage is no kind of its own.
STAGE_HEADS = ("前", "後", "案")
# A head summing what the words before it name (予算額計, 補正後計, 当初予算計: the total of the column's amounts): the words
# before it say the kind; alone (計) it names none.
SUM_HEADS = ("計",)
# Words naming a series that a kind word right before narrows to one of its points (策定時の実績値: the
# actual at the plan's making is the baseline; 実績見込: the actual, estimated).
SERIES_MORPHEMES = ("実績", "見込み")
# Words a kind word may stand apart from its head by: the point of time it names (策定時の数値, 基準年次の値,
# 策定時現在) and the particles and light verbs that join them (目標とする数値, 基準となる数値).
POINT_MORPHEMES = ("時", "時点", "年", "年度", "年次", "末", "現在")
# A point naming the present, standing first with no kind word before it (現在値, 現在の数値): the value as it stands now, the
# actual; after another point it only dates that one (策定時現在の数値: the baseline).
PRESENT_POINT_MORPHEMES = (("現在", "actual"),)
# Words naming a change or the reaching of a goal (伸長, 到達, 進捗, 達成, 増加): a rate or degree of one alone (伸長率, 到達率,
# 進捗度) compares the table's own figures, a ratio, no value of the indicator; 受診率, 満足度 name what an indicator measures.
CHANGE_MORPHEMES = ("伸長", "到達", "進捗", "達成", "増加", "減少", "変化", "改善")
CHANGE_RATE_HEADS = ("率", "度", "割合")
JOINING_POS = ("助詞", "助動詞", "動詞")
# Suffixes widening the noun before them to its kin (単位等, 担当課等, 財源等: units and the like): the noun is the
# head, what the words name is said by it.
WIDENING_SUFFIXES = ("等", "など")
# Heads of a label column listing years, and then, joined to another head by a list mark (年次・区, 年度・地区,
# 年・月), the last year's parts: the rows under the last year break it down (by ward, area or month).
YEARS_THEN_PARTS_HEADS = ("年次", "年度", "年")
HEAD_LIST_MARKS = ("・", "･", "／", "/")
# Row-label columns that are not the row's name.
CODE_HEADER_WORDS = ("番号", "No", "NO", "コード", "整理番号", "通番")
DEPARTMENT_HEADER_WORDS = ("主管課", "担当課", "所管課", "担当部署", "所管", "担当", "部局", "課名")
# What a department's name ends with (企画課, 子育て支援室, 総務部): a label column of nothing else,
# beside another of names, is the departments' column even where its header was not read
DEPARTMENT_SUFFIXES = ("課", "室", "部", "局", "係")
NOTE_HEADER_WORDS = ("説明", "内容", "概要", "備考", "摘要", "財源の内容", "期間")
# Note columns under these words itemise the row's amounts (人件費の増 59,579千円); a 概要 or
# 内容 column's prose names caps and rates (上限 700,000円), no amounts of the budget.
ITEMISING_HEADER_WORDS = ("説明", "備考", "補正内容")
# A note column under these words lists funding sources of its row (給水収益 △305,659),
# not sub-projects as a 説明 column does (001 給与費 2,551).
FUNDING_HEADER_WORDS = ("財源",)
# A column of a 財源内訳 part, named by the source itself (町債, 国庫支出金) where the 財源内訳
# group header over it is not read: money like 財源, and of the table's latest amounts.
FUNDING_PART_WORDS = (*FUNDING_HEADER_WORDS, "地方債", "市債", "町債", "村債", "区債", "県債", "国庫支出金",
                      "県支出金", "国県支出金", "都支出金", "道支出金", "府支出金")
# Headers of the column that names each row; a header ending in 名 (手当名, 施設名) names it too.
NAME_HEADER_WORDS = ("事業名", "名称", "項目", "科目", "区分", "事項", "会計名", "指標", "施策", "取組",
                     "品目", "費目")
NAME_HEADER_SUFFIXES = ("名",)
# What a header naming each row ends with (手当の名称, 事業名): spanning several rows, its cell still names
# them (their other columns itemise it), it groups no rows named by a column beside it.
ROW_NAME_HEADS = (*NAME_HEADER_SUFFIXES, "名称")
# Heads saying which one of what the words before them name (単位の種類, 単位種別: which unit): the named thing itself.
SORT_HEADS = ("種類", "種別")
# What a header naming its rows' labels ends with, itself or in its bracket (目標指標の名称, 成果指標項目, 数値目標
# （指標名）): it names the labels, whatever kind word the name of its list holds, no kind of number.
LABEL_HEADS = (*ROW_NAME_HEADS, "項目")
# Head nouns naming the indicators themselves (目標となる指標, 成果を測る指標, 主な KPI): a header ending in one, whatever
# kind word modifies it, names the indicator column (not 数値目標 or 成果目標, whose head is a kind word).
INDICATOR_HEADS = ("指標", "KPI")
# The levels of a budget's classification, names only as a whole header cell (款, 項・目),
# never inside a word (目標値 holds 目).
BUDGET_LEVEL_WORDS = frozenset({"款", "項", "目", "節", "細節"})
# A level named as the classing of the rows by it (款別, 項別: by 款, by 項) heads the level's names as the level does.
CLASSING_SUFFIX = "別"
# Words a bracket after a level may name the budget's side or account by (項（歳出）, 款（一般会計）): the level's names still.
BUDGET_SIDE_WORDS = ("歳出", "歳入", "会計")
# Words that make a table of yen amounts a budget / 事業費 table even without a kind word.
MONEY_TABLE_WORDS = ("予算", "決算", "事業費", "補正", "金額", "財源", "歳入", "歳出", "収支", "収入",
                     "支出", "費用", "収益", "経費", "交付金", "負担金", "人件費", "給与", "基金", "地方債",
                     "税", "額", "費", "款")
# Words naming a document or section that is of one fiscal year however its year is written:
# a budget or a settlement (令和2年 水道事業会計予算 is the budget of 令和2年度).
FISCAL_DOCUMENT_WORDS = ("予算", "決算")
# A name column headed by a word naming projects (事業, 事業名, 主な事業, 取組名) lists projects: the yen
# amounts beside them are the projects' costs (事業費), whatever words stand over the amounts.
PROJECT_HEADER_WORDS = ("事業", "取組")
PROJECT_MONEY_WORD = "事業費"
# Money words of one character that also end or sit inside the names of statistics (観光消費額,
# ふるさと納税寄附額, 製造品出荷額): inside a name of a measured amount they say nothing of a budget.
AMOUNT_NAME_ENDING = "額"
MONEY_CHARS_IN_NAMES = ("額", "費", "税")

# The governments a 財源内訳 part is named by (国・県, 国県 where the group header over it is not read).
GOVERNMENT_NAMES = ("国", "県", "都", "道", "府")
# A header word ending in 比 names a ratio (構成比, 前年度比, 目標比); 対比 compares (前年度対比: a difference).
RATIO_SUFFIX = "比"
NOT_RATIO_SUFFIXES = ("対比",)
# Header words that say a column holds amounts, totals or notes without saying which (金額, 計, 節):
# beside a word the reader does not know they do not tell what the column's numbers are.
GENERIC_HEADER_WORDS = ("金額", "額", "合計", "小計", "総計", "累計", "計", "内訳", "うち", "その他",
                        *BUDGET_LEVEL_WORDS, *NOTE_HEADER_WORDS, *GOVERNMENT_NAMES)
# Words naming a sum of money or a measure of one, beyond MONEY_TABLE_WORDS (繰入金, 債務残高, 経常損益,
# 純資産, 現在高): a header holding one says what its column counts.
MONEY_NOUN_WORDS = ("金", "残高", "損益", "資産", "財産", "現在高", "料")

# 行頭禁則 (JIS X 4051): the characters Japanese never opens a line with, by class.
KINSOKU_CLASSES: dict[str, str] = {
    "closing brackets": "）〕］｝〉》」』】)]}",
    "hyphens": "－",
    "dividing punctuation": "？！?!",
    "middle dots": "・",
    "colons": "：；:;",
    "full stops": "。．",
    "commas": "、，",
    "half-width stops": ".,",
    "iteration marks": "々ゝゞ",
    "prolonged sound mark": "ー",
    "small kana": "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ",
    "units after a number": "%％",  # 2% moves to the next line as one
}
KINSOKU_GLYPHS = frozenset("".join(KINSOKU_CLASSES.values()))
# Of them, the full-width glyphs a typesetter hangs past a line's measure (ぶら下げ) rather than carry
# a glyph over: JIS X 4051 hangs only 、。 but engines also hang ）, ・, ー, っ; they set half-width
# punctuation, ？！, colons and units inside the measure. Such a glyph opens no cell's text either,
# where a unit may (a cell of its own: %).
HANGING_CLASSES = ("closing brackets", "hyphens", "middle dots", "full stops", "commas", "iteration marks",
                   "prolonged sound mark", "small kana")
HANGING_GLYPHS = frozenset("".join(KINSOKU_CLASSES[name] for name in HANGING_CLASSES))
