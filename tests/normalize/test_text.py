"""clean_text: safe NFKC and PDF spacing repaired, real separations kept."""

from __future__ import annotations

import pytest

from normalize import clean_text

CLEAN = [
    # spaces PDF extraction puts inside words
    ("R 7 年度", "R7年度"),
    ("R 8 年度", "R8年度"),
    ("D X 地域活性化事業", "DX地域活性化事業"),
    ("岩 渕 豊 子", "岩渕豊子"),
    ("大 浪 友 子", "大浪友子"),
    ("小田島 達 哉", "小田島達哉"),
    ("佐 藤 一 則", "佐藤一則"),
    ("K P I", "KPI"),
    ("T P P等海外生産品", "TPP等海外生産品"),
    ("地方 創生 の 推進", "地方創生の推進"),
    ("現状 と 課題", "現状と課題"),
    ("実態 と 課題", "実態と課題"),
    ("自然 動態", "自然動態"),
    ("次 第", "次第"),
    ("開 会", "開会"),
    ("役 職", "役職"),
    ("UI ターン", "UIターン"),
    ("UI J ターン", "UIJターン"),
    ("U ターン", "Uターン"),
    ("PDCA サイクル", "PDCAサイクル"),
    ("2019 年実績", "2019年実績"),
    ("令和 3 年度", "令和3年度"),
    ("16,545 人", "16,545人"),
    ("25 億 4,000 万円", "25億4,000万円"),
    ("▲ 182", "▲182"),
    ("△ 5.2", "△5.2"),
    ("103.9 %", "103.9%"),
    ("m ³ /年", "m3/年"),
    ("人 / 年", "人/年"),
    ("2015～ 2019平均", "2015~2019平均"),
    ("H26 ～ H30", "H26~H30"),
    # NFKC where safe
    ("Ｒ７年度", "R7年度"),
    ("１２，３４５", "12,345"),
    ("（単位：千円）", "(単位:千円)"),
    ("15.0％", "15.0%"),
    ("ｶﾀｶﾅ", "カタカナ"),
    ("㎡", "m2"),
    ("R3～7年度", "R3~7年度"),
    ("R3〜7年度", "R3〜7年度"),
    ("①1人あたりの総所得", "①1人あたりの総所得"),
    ("②合計特殊出生率", "②合計特殊出生率"),
    ("神戸新交通㈱", "神戸新交通㈱"),  # a company, not a bracketed unit (株): shares
    ("㈶神戸市産業振興財団", "㈶神戸市産業振興財団"),
    ("㈠ 総則", "(一) 総則"),  # a bracketed numeral is an enumerator: NFKC as usual
    ("△5.2%", "△5.2%"),
    ("▲0.44P", "▲0.44P"),
    # separations that must stay
    ("2,590 2,600", "2,590 2,600"),
    ("1 2 3", "1 2 3"),
    ("７ ， ８ ７ ９ 千円", "7,879千円"),  # spaced glyph by glyph, the comma proves one number
    ("１ ２ ． １ ％", "12.1%"),
    ("２ ３ ２ 千円", "2 3 2千円"),  # no separator: maybe three numbers
    ("1 , 2 3 4 5", "1 , 2 3 4 5"),  # not a grouping
    ("1 2 . 5 5", "12.55"),
    ("1 . 5千円", "1 . 5千円"),  # fewer than LETTER_SPACED_MIN glyphs before the last
    ("1 2 . 5千円", "12.5千円"),
    ("一関市 平泉町", "一関市 平泉町"),
    ("中心市街地の振興 地域のまちなか振興", "中心市街地の振興 地域のまちなか振興"),
    ("市長公室 政策企画課 主任主事", "市長公室 政策企画課 主任主事"),
    ("Key Performance Indicator の略", "Key Performance Indicator の略"),
    ("Society 5.0", "Society 5.0"),
    ("644 (R1)", "644 (R1)"),
    # whitespace
    ("  R3\n年度 ", "R3年度"),
    ("ab\u3000cd", "ab cd"),
    ("", ""),
]


@pytest.mark.parametrize(("raw", "expected"), CLEAN)
def test_clean_text(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


@pytest.mark.parametrize(("raw", "_expected"), CLEAN)
def test_clean_text_is_idempotent(raw: str, _expected: str) -> None:
    once = clean_text(raw)
    assert clean_text(once) == once


@pytest.mark.parametrize(("text", "expected"), [
    ("2 3 2千円", "232千円"),
    ("22 3", "223"),  # parts of SPACED_TOKEN_MAX_GLYPHS glyphs: a gap the reader kept
    ("5 11", "511"),
    ("1 2", "12"),
    ("222 3", None),  # a part longer than SPACED_TOKEN_MAX_GLYPHS is a number of its own
    ("12 34", None),  # no single glyph: two numbers, not letter spacing
    ("100 200", None),
    ("2,590 2,600", None),
    ("232千円", None),
    ("H25 3", None),
    ("2 3 2 %", None),
])
def test_join_spaced_digits(text: str, expected: str | None) -> None:
    from normalize.text import join_spaced_digits
    assert join_spaced_digits(text) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("７ ， ８ ７ ９ 千円", True),
    ("７ ７ ４ 千 円", True),
    ("１ ２ ． １ ％", True),
    ("２ ３ ２ 千円", False),  # nothing proves it one number
    ("２２ ３", False),
    ("2,590 2,600", False),
    ("7,879千円", False),  # not spaced
])
def test_is_spaced_number(raw: str, expected: bool) -> None:
    from normalize.text import is_spaced_number
    assert is_spaced_number(raw) is expected

