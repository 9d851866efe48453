"""Missing-value markers: dashes, blanks and words such as 調査なし or 未公表.

The vocabulary (marker → ``MissingReason``) is the ``MISSING_MARKERS`` table in
``normalize.vocab``; this module only matches it.
"""

from __future__ import annotations

from typing import Final

from normalize.vocab import DASH_CHARS, MINUS_CHARS, MISSING_MARKERS, MissingReason

# Markers that may appear inside a longer phrase ("R3年度は調査なし").  Latin,
# one-character and word-part markers ("x", "●", "なし", "新規") only count as
# the whole cell: 新規就農者数 is a label, not a missing value.
_WHOLE_CELL_ONLY: Final = frozenset({"なし", "無し", "新規"})
_WORD_MARKERS: Final = tuple(
    sorted(
        (k for k in MISSING_MARKERS
         if len(k) >= 2 and not k.isascii() and k not in _WHOLE_CELL_ONLY),
        key=len,
        reverse=True,
    )
)
_DASH_SET: Final = frozenset(DASH_CHARS + " ")


def missing_marker(cleaned: str) -> str | None:
    """Given cleaned cell text, return the reason if the whole cell is a marker."""
    key = cleaned.strip().lower()
    reason = MISSING_MARKERS.get(key)
    if reason is not None:
        return reason.value
    if all(ch in _DASH_SET for ch in key):
        return MissingReason.DASH.value
    return None


# What a line says that states there is no value, as a value would: 調査なし, 算定中, ―; not a
# lone minus (－ may be the sign a narrow cell wrapped), nor a mark or a bare unit.
_NO_VALUE_STATEMENTS: Final = frozenset(MissingReason) - {MissingReason.EMPTY, MissingReason.MARK,
                                                          MissingReason.UNIT_ONLY, MissingReason.NEW_INDICATOR}


def states_no_value(cleaned: str) -> bool:
    """True when a line of cleaned text, by itself, states that there is no value (調査なし, ―)."""
    reason = missing_marker(cleaned)
    if reason is None or MissingReason(reason) not in _NO_VALUE_STATEMENTS:
        return False
    return reason != MissingReason.DASH or not set(cleaned.strip()) <= set(MINUS_CHARS)


def missing_word(cleaned: str) -> str | None:
    """Given cleaned text without a number, return the reason a marker word in it gives."""
    for word in _WORD_MARKERS:
        if word in cleaned:
            return MISSING_MARKERS[word].value
    return None


def is_missing_reason(value: str) -> bool:
    """Given a string, say whether it is one of the missing-reason codes."""
    return value in MissingReason._value2member_map_
