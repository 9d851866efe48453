"""Words set letter-spaced (財 源 内 訳, 国 庫 支 出 金): one word to the reader and to the columns
(synthetic char layouts and word spans in PDF points)."""

from __future__ import annotations

from typing import Any

import pytest

from extract.pdf import pdfplumber_adapter as plumber
from extract.pdf.cells import header_phrases

SIZE = 10.0
LOW = 1.2 * SIZE


def _line_at(text: str, x0: float, top: float, pitch: float = SIZE) -> list[dict[str, Any]]:
    return [{"text": t, "x0": x0 + k * pitch, "x1": x0 + k * pitch + SIZE, "top": top, "bottom": top + SIZE,
             "doctop": top, "size": SIZE, "upright": True, "fontname": "F"} for k, t in enumerate(text) if t != " "]


def _space(x0: float, top: float) -> dict[str, Any]:
    return {**_line_at("x", x0, top)[0], "text": " ", "x1": x0 + 3.0}


def _words(*texts: str) -> list[tuple[str, float, float]]:
    return [(t, 0.0, 0.0) for t in texts]


def test_a_letter_spaced_heading_stands_where_the_first_word_below_it_does() -> None:
    # corpus seed 504 budget_main_projects in calc_borderless (dev7 wordings): 財 源 内 訳 over
    # 地方債 | その他, read as one stack: the heading goes with the first sub-header
    heading = _line_at("財 源 内 訳", 20.0, 0.0, pitch=6.5)  # letters 0.3 em apart, a space between each
    below = _line_at("地方債", 0.0, LOW) + _line_at("その他", 34.0, LOW)
    spaces = [_space(30.0 + 13.0 * k, 0.0) for k in range(3)] + [_space(31.0, LOW)]
    (seg,) = plumber._segments(heading + below, spaces)
    assert seg.text == "財 源 内 訳\n地方債 その他"
    assert seg.words == ((0.0, 30.0),) * 4 + ((34.0, 64.0),)


def test_letter_spacing_is_letters_a_space_apart_not_a_mark_and_a_word() -> None:
    assert plumber._is_letter_spaced(_words("財", "源", "内", "訳〔単位：千円〕"))
    assert plumber._is_letter_spaced(_words("差", "引"))
    assert not plumber._is_letter_spaced(_words("⑺", "諸収入"))  # realdocs kouhou p4: ⑺ 諸収入 over ⑻ 各種交付金
    assert not plumber._is_letter_spaced(_words("財", "源内訳"))
    assert not plumber._is_letter_spaced(_words("1", "2", "3"))


def test_letters_a_space_apart_head_one_column_as_one_phrase() -> None:
    # corpus seed 502 budget_main_projects in calc_borderless (dev7 wordings): 国 庫 支 出 金
    # letters 10 pt wide, 5 pt apart (0.5 of a letter): one phrase, placed by its middle
    spans = [(t, 15.0 * k, 15.0 * k + 10.0) for k, t in enumerate("国庫支出金")]
    assert header_phrases(spans) == [("国 庫 支 出 金", 0.0, 70.0)]


def test_letters_farther_apart_than_letter_spacing_are_two_words() -> None:
    # 地 方 債 | そ の 他, two cells each letter-spaced, 7 pt (0.7 of a letter) apart
    spans = [(t, 13.0 * k, 13.0 * k + 10.0) for k, t in enumerate("地方債")]
    spans += [(t, 46.0 + 13.0 * k, 56.0 + 13.0 * k) for k, t in enumerate("その他")]
    assert [w for w, _, _ in header_phrases(spans)] == ["地 方 債", "そ の 他"]


def test_a_letter_after_a_word_of_several_letters_stays_apart() -> None:
    spans = [("地方債", 0.0, 30.0), ("等", 32.0, 42.0)]
    assert header_phrases(spans) == spans


def test_a_heading_qualified_by_a_bracket_is_one_heading() -> None:
    # corpus seed 500 budget_main_projects in calc_borderless (dev5 wordings): 財源構成 〔千円〕
    # over 国・県補助金 地方債（市債） …, read as one stack
    assert plumber._is_one_heading(_words("財源構成", "〔千円〕"))
    assert not plumber._is_one_heading(_words("（1）", "（千円）"))
    assert not plumber._is_one_heading(_words("財源", "市債"))
    assert not plumber._is_one_heading(_words("財源", "（千円）", "市債"))


def test_a_bracketed_heading_stands_where_the_first_word_below_it_does() -> None:
    heading = _line_at("財源（千円）", 10.0, 0.0)[:2] + _line_at("（千円）", 33.0, 0.0)
    below = _line_at("地方債", 0.0, LOW) + _line_at("その他", 34.0, LOW)
    (seg,) = plumber._segments(heading + below, [_space(30.0, 0.0), _space(31.0, LOW)])
    assert seg.text == "財源 （千円）\n地方債 その他"
    assert seg.words == ((0.0, 30.0),) * 2 + ((34.0, 64.0),)


@pytest.mark.parametrize(("gap_em", "one"), [
    (1.0, True),  # 目　標: a full-width space between the letters (corpus seed 893 kpi_year_matrix in calc_borderless, dev7)
    # fixed figures (figures scaled by FULL_SPACE_TOL_EM move with it and pin nothing): a tenth of a
    # letter off a full space is one (halved: two cells), a fifth off is two (doubled: one word)
    (1.1, True),
    (1.21, False),
    (0.79, False),  # nearer than a full space, farther than letter spacing: two cells
    (2.0, False),  # 国 | 県, one-letter cells a column apart
])
def test_letters_a_full_width_space_apart_are_one_word(gap_em: float, one: bool) -> None:
    spans = [("目", 0.0, 10.0), ("標", 10.0 + 10.0 * gap_em, 20.0 + 10.0 * gap_em)]
    assert len(header_phrases(spans)) == (1 if one else 2)


def test_a_word_letter_spaced_by_full_width_spaces_spells_on_at_that_pitch_only() -> None:
    # 基　準　値（2018（平成30）） (corpus seed 840 kpi_year_matrix in calc_borderless, dev7): one phrase
    spans = [("基", 0.0, 10.0), ("準", 20.0, 30.0), ("値（2018）", 40.0, 80.0)]
    assert [w for w, _, _ in header_phrases(spans)] == ["基 準 値（2018）"]
    # letters 0.3 em apart, then a full-width space: the phrase's own pitch is not the gap's
    spans = [("地", 0.0, 10.0), ("方", 13.0, 23.0), ("債", 26.0, 36.0), ("そ", 46.0, 56.0)]
    assert [w for w, _, _ in header_phrases(spans)] == ["地 方 債", "そ"]


def test_the_last_letter_of_a_spaced_word_carries_its_bracket() -> None:
    # 目 標 値（2025（令和7）） (corpus seed 840 kpi_year_matrix in calc_borderless, dev7): the
    # qualifier is the word's, set solid after its last letter
    spans = [("目", 0.0, 10.0), ("標", 13.0, 23.0), ("値（2025（令和7））", 26.0, 96.0)]
    assert [w for w, _, _ in header_phrases(spans)] == ["目 標 値（2025（令和7））"]
    assert [w for w, _, _ in header_phrases([("財源", 0.0, 20.0), ("値（千円）", 23.0, 73.0)])] == ["財源", "値（千円）"]
