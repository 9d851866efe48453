"""indicator_key: notation merges, meaning stays apart (pairs from samples/ text exports and the issue)."""

from __future__ import annotations

import pytest

from normalize import indicator_key
from normalize.keys import COUNT_WORDS, COUNTERS_BEFORE_NUMBER, name_to_lemmas

MERGE = [
    ("観光入込客数", "観光客入込数"),  # issue 11; samples 000 / 002
    ("外国人観光入込客数", "外国人観光客入込数"),
    ("ＣＯ２排出量", "CO2排出量"),
    ("太陽光発電システム(10kW未満)導入件数(累計)", "太陽光発電システム(10kw未満)導入件数"),  # sample 000
    ("65歳以上の人口に占める要介護認定者の割合", "65歳以上人口に占める要介護認定者の割合"),
    ("空き店舗への入居数", "空き店舗入居数"),
    ("転出超過数", "転出超過者数"),
    ("起業応援講座受講者からの起業数", "起業応援講座受講者からの起業者数"),
    ("リサイクル率(一般廃棄物)", "一般廃棄物のリサイクル率"),
    ("シルバー人材センター会員数(累計)", "シルバー人材センター会員数"),
    ("いちのせきファンクラブの会員数（累計）", "いちのせきファンクラブの会員数"),
    ("子育て相談件数", "子育て相談数"),
    ("出前講座参加人数", "出前講座参加者数"),
    ("観光入込客数", "観光 入込 客数"),
    ("【小学校】 教員の児童のICT活用", "［小学校］教員の児童のＩＣＴ活用"),
]

APART = [
    ("【小学校】 教員の児童のICT活用を指導する能力", "【中学校】 教員の児童のICT活用を指導する能力"),
    ("健康寿命(男性)", "健康寿命(女性)"),
    ("10~30代の転出者数", "10~30代の転入者数"),
    ("社会動態における転入率", "社会動態における転出率"),
    ("合計特殊出生率(単年)", "合計特殊出生率(5か年平均)"),
    ("合計特殊出生率", "合計特殊出生率(5か年平均)"),
    ("外国人観光入込客数", "観光入込客数"),
    ("圏域内の外国人観光入込客数", "外国人観光入込客数"),
    ("不登校出現率(中学校)", "不登校出現率(小学校)"),
    ("観光入込客数", "観光入込客数(イベントを除く)"),
    ("i-BOX企画展参画者数", "i-BOX企画展参画者数(うち学生)"),
    ("有効求人倍率(※ハローワーク一関管内)", "有効求人倍率(※ハローワーク圏管内)"),
    ("若者等ふるさと就職支援事業補助金の対象者のうちUI Jターン者(累計)",
     "若者等ふるさと就職支援事業補助金の対象者のうちUJターン者"),
    ("新規就農者数", "新規就農者数(親元、雇用就農含む)"),
    ("65歳以上人口に占める要介護認定者の割合",
     "65歳以上人口に占める要介護認定者の割合or要支援・要介護認定者の割合"),
    ("不安や負担を「感じない」の回答割合", "不安や負担を「感じる」の回答割合"),
]


@pytest.mark.parametrize(("a", "b"), MERGE)
def test_notation_merges(a: str, b: str) -> None:
    assert indicator_key(a) == indicator_key(b)


@pytest.mark.parametrize(("a", "b"), APART)
def test_meaning_stays_apart(a: str, b: str) -> None:
    assert indicator_key(a) != indicator_key(b)


def test_key_is_lemmas_sorted() -> None:
    assert indicator_key("観光客入込数") == "入込 客 数 観光"


def test_counter_dropped_only_before_number() -> None:
    assert "者" in name_to_lemmas("受講者の割合")
    assert "者" not in name_to_lemmas("受講者数")
    assert COUNTERS_BEFORE_NUMBER >= {"者", "件"}
    assert COUNT_WORDS["客数"] == ("客", "数")
