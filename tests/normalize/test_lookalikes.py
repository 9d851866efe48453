"""Look-alike code points (Kangxi radicals, CJK Radicals Supplement, look-alike punctuation)
become the characters a reader sees (our issue 8)."""

from __future__ import annotations

import unicodedata

import pytest

from normalize import clean_text
from normalize.text import LOOKALIKES, fold_lookalikes
from normalize.vocab import LOOKALIKE_BLOCKS, RADICAL_SUPPLEMENT_EQUIVALENTS

ASSIGNED = [cp for first, last in LOOKALIKE_BLOCKS for cp in range(first, last + 1) if unicodedata.name(chr(cp), "")]

CASES = [
    # Chromium/Skia and office-suite PDFs: Kangxi radicals (NFKC folds them) ...
    ("⼈⼝", "人口"),
    ("⽣産年齢⼈⼝", "生産年齢人口"),
    ("出⽣数", "出生数"),
    ("⼀⼈当たり", "一人当たり"),
    ("⼤学⽣", "大学生"),
    ("⾃治体", "自治体"),
    ("⽴地企業", "立地企業"),
    ("⽉額", "月額"),
    ("⽔道", "水道"),
    ("⾼齢者", "高齢者"),
    ("⾒込", "見込"),
    ("⼦育て", "子育て"),
    ("⽇本", "日本"),
    ("⾦額", "金額"),
    ("⼯業", "工業"),
    ("⾏政", "行政"),
    # ... and the CJK Radicals Supplement (NFKC keeps them)
    ("市⺠", "市民"),
    ("市⺠満⾜度", "市民満足度"),
    ("⺠間", "民間"),
    ("住⺠基本台帳", "住民基本台帳"),
    ("社⻑", "社長"),
    ("部⻑", "部長"),
    ("市⻑", "市長"),
    ("成⻑", "成長"),
    ("延⻑", "延長"),
    ("⻄部", "西部"),
    ("関⻄", "関西"),
    ("⻘年", "青年"),
    ("⻝育", "食育"),
    ("⻣折", "骨折"),
    ("⺟⼦", "母子"),
    ("⻲岡", "亀岡"),
    ("⻯ケ崎", "竜ケ崎"),
    ("⻭科", "歯科"),
    ("⻩⾦", "黄金"),
    ("⻁ノ門", "虎ノ門"),
    ("⺟親", "母親"),
    ("⻫藤", "斉藤"),
    ("⺠⽣委員", "民生委員"),
    # punctuation
    ("まち‧ひと‧しごと", "まち・ひと・しごと"),
    ("まち·ひと·しごと", "まち・ひと・しごと"),
    ("人∕年", "人/年"),
    ("件∕月", "件/月"),
    ("t⁄年", "t/年"),
    # nothing to fold
    ("市民", "市民"),
    ("長期", "長期"),
    ("・", "・"),
    ("1/2", "1/2"),
    ("", ""),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_fold_lookalikes(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected
    assert unicodedata.normalize("NFKC", fold_lookalikes(raw)) == expected


@pytest.mark.parametrize("cp", ASSIGNED, ids=lambda cp: f"U+{cp:04X}")
def test_every_radical_folds_to_a_unified_ideograph(cp: int) -> None:
    folded = LOOKALIKES[cp]
    assert len(folded) == 1 and unicodedata.name(folded).startswith("CJK UNIFIED IDEOGRAPH"), unicodedata.name(chr(cp))
    assert clean_text(chr(cp)) == folded


@pytest.mark.parametrize("cp", sorted(RADICAL_SUPPLEMENT_EQUIVALENTS), ids=lambda cp: f"U+{cp:04X}")
def test_supplement_table_holds_only_assigned_code_points(cp: int) -> None:
    assert cp in ASSIGNED


def test_folding_is_idempotent() -> None:
    text = "".join(chr(cp) for cp in ASSIGNED)
    once = fold_lookalikes(text)
    assert fold_lookalikes(once) == once and not set(once) & {chr(cp) for cp in LOOKALIKES}
