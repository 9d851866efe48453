"""A figure's note in brackets set on lines of its own (extract.pdf.bracket_notes)."""

from __future__ import annotations

import pytest

from extract.pdf.bracket_notes import is_note_block, is_worded_note, opened_above
from extract.pdf.pieces import Piece


def block(*texts: str) -> list[Piece]:
    return [Piece(t, (0.0, 10.0 * k, 40.0, 10.0 * k + 9.0), 1) for k, t in enumerate(texts)]


@pytest.mark.parametrize(("texts", "note", "worded"), [
    (("（4年間で", "113,488件）"), True, True), (("（延べ46,138日）",), True, True), (("(H30)",), True, True),
    (("(123)",), True, False), (("(500千円)",), True, False), (("△(1,234)",), False, False),
    (("件（5年間で", "198,315", "件）"), False, False), (("（延べ1）（H30）",), False, False),
])
def test_a_note_is_one_group_in_brackets_and_worded_when_it_holds_words(texts: tuple[str, ...], note: bool, worded: bool) -> None:
    assert is_note_block(block(*texts)) is note
    assert is_worded_note(block(*texts)) is worded


def test_a_line_inside_a_bracket_opened_above_is_the_notes() -> None:
    lines = block("件（5年間で", "198,315", "件）", "1,234")
    assert [opened_above(lines, k) for k in range(4)] == [False, True, True, False]
