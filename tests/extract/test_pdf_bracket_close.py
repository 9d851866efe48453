"""Which of a run of texts closes the bracket the first leaves open (extract.pdf.pieces.bracket_close)."""

from __future__ import annotations

from extract.pdf.pieces import bracket_close


def test_the_text_closing_the_bracket_is_found() -> None:
    assert bracket_close(["（単位", "百万円）", "計"], 0) == 1
    assert bracket_close(["実績値（確定）", "(令和", "5", "年度)"], 1) == 3


def test_no_bracket_left_open_or_none_closed_gives_none() -> None:
    assert bracket_close(["実績値（確定）", "(令和"], 0) is None
    assert bracket_close(["(令和6", "2025年度（令和7"], 0) is None
