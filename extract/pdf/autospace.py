"""The space an engine sets between Japanese letters and Latin letters or digits (和欧間スペース).

LibreOffice Writer and Word (Asian typography: autospace, on by default in Japanese), InDesign and
Typst set Latin letters and digits a fixed share of an em apart from the kanji and kana beside
them: 平成 22 年度, 349.0 万人, 125,808,132 円 (0.2 em in Writer). Read against solid spacing, such a
gap looks like two texts glued at a joint (pdfplumber_adapter._is_joint), and the same figure on
every row (平成22年度 down a column of years) lines up like a column edge: the cell would be cut in
three. The page shows the spacing itself: an engine that spaces these transitions spaces every
one of them alike, on both sides of a run of Latin letters or digits inside Japanese text (令和 2
年度, 第 1 回); a spreadsheet gluing a right-aligned number to the next cell's name spaces only
the side where the cells meet, and sets the years of its headers solid (令和2年度).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from statistics import median
from typing import Any

from extract.pdf.glyphs import is_wide_letter
from extract.pdf.scripts import is_narrow_latin_alnum

Char = dict[str, Any]

AUTOSPACE_TOL_EM = 0.05  # transitions whose gaps differ by this share of the size or less are spaced alike
AUTOSPACE_MAX_EM = 0.5  # a gap this wide parts columns (as pdfplumber_adapter.COL_GAP_EM): no transition inside a text
AUTOSPACE_SHARE = 0.8  # this share of a page's bracketed runs spaced alike on both sides proves its autospace
MIN_AUTOSPACE_RUNS = 2  # bracketed runs a page needs to prove an autospace
MIN_TRANSITIONS = 3  # transitions a page needs to prove it where too few runs stand bracketed (one such run shows two)
SOLID_RUN_EM = 0.05  # Latin glyphs nearer than this share of the size are one run (a figure, a word)

Bracketed = tuple[float, float]  # the gaps (in em) before and after a run of Latin letters or digits inside Japanese text


def is_spaced_as_latin(text: str) -> bool:
    """True for one glyph such an engine spaces from Japanese letters as a Latin one: a Latin letter
    or digit (is_narrow_latin_alnum), or a number of ambiguous width set in the Latin script (① in
    ①汚水処理人口普及, Ⅱ, ½: Writer sets its autospace after it; corpus seed 533 kpi_year_matrix)."""
    return is_narrow_latin_alnum(text) or (len(text) == 1 and unicodedata.category(text)[0] == "N"
                                    and unicodedata.east_asian_width(text) == "A")


def page_autospace(lines: Sequence[Sequence[Char]]) -> float:
    """The gap (share of the size) a page's engine sets between Japanese letters and Latin
    letters or digits, given its lines of glyphs (each left to right, drawn spaces included);
    0.0 when the page proves none: MIN_AUTOSPACE_RUNS bracketed runs or more (bracketed_runs),
    AUTOSPACE_SHARE of them spaced alike on both sides, within AUTOSPACE_TOL_EM of the median gap.
    A page setting them solid shows a gap near 0, which parts nothing (no joint is that narrow)."""
    runs = [run for line in lines for run in bracketed_runs(line)]
    if len(runs) < MIN_AUTOSPACE_RUNS:
        return both_ways_autospace(lines)
    gap = median(g for run in runs for g in run)
    alike = sum(1 for run in runs if all(abs(g - gap) <= AUTOSPACE_TOL_EM for g in run))
    return gap if alike >= AUTOSPACE_SHARE * len(runs) else 0.0


def both_ways_autospace(lines: Sequence[Sequence[Char]]) -> float:
    """The page's autospace (share of the size) shown by its transitions (transitions) where too
    few runs stand bracketed (a year down a column, 2 年度, its run opening the cell; 基本目標 1 ending
    its line): MIN_TRANSITIONS transitions or more, AUTOSPACE_SHARE of them within
    AUTOSPACE_TOL_EM of the median gap, among them a Japanese letter before a Latin one and a Latin
    one before a Japanese letter; else 0.0. A spreadsheet gluing a right-aligned number to the next
    cell's name (1 空き家改修支援事業, 0.2 em in Calc) spaces at its cell joints alone, the cells'
    padding, and sets the transitions inside its cells solid (成果2, （令和7）): where its cells glue
    both ways (1世帯数 and 調査中 | 32, corpus seed 821 kpi_baseline_target in calc_borderless,
    --vocab dev7) those solid transitions outnumber the joints and prove no autospace. The transitions
    of Latin letters and digits (is_narrow_latin_alnum) are read first, then, where they prove none, those of
    numbers of ambiguous width too: an engine may set ① solid (①特定健診受診率) and space its Latin runs
    (年間 750 人（5 年間で, Typst, corpus seed 872 kpi_baseline_target in typst_borderless), where
    Writer spaces both alike."""
    for latin in (is_narrow_latin_alnum, is_spaced_as_latin):
        gap = _alike_gap([t for line in lines for t in transitions(line, latin)])
        if gap:
            return gap
    return 0.0


def _alike_gap(found: Sequence[tuple[bool, float]]) -> float:
    """The median gap of transitions (transitions: Latin glyph first, gap), MIN_TRANSITIONS or more,
    when AUTOSPACE_SHARE of them lie within AUTOSPACE_TOL_EM of it, both ways round; else 0.0."""
    if len(found) < MIN_TRANSITIONS:
        return 0.0
    gap = median(g for _, g in found)
    alike = [latin_first for latin_first, g in found if abs(g - gap) <= AUTOSPACE_TOL_EM]
    return gap if len(alike) >= AUTOSPACE_SHARE * len(found) and set(alike) == {True, False} else 0.0


def transitions(line: Sequence[Char], latin: Callable[[str], bool] = is_spaced_as_latin) -> list[tuple[bool, float]]:
    """Each pair of neighbouring glyphs of a line (left to right, drawn spaces included), a Japanese
    letter and a Latin letter or digit either way round, under AUTOSPACE_MAX_EM apart: whether the
    Latin one comes first, and the gap (share of the size). A pair set solid counts too: its boxes
    may overlap by AUTOSPACE_TOL_EM (和|7 at -0.003 em in Calc's print), alike to a gap of 0."""
    return [(latin(a["text"]), _gap_em(a, b)) for a, b in zip(line, line[1:])
            if _is_transition(a["text"], b["text"], latin) and -AUTOSPACE_TOL_EM <= _gap_em(a, b) < AUTOSPACE_MAX_EM]


def is_autospaced(left: Char, right: Char, autospace: float) -> bool:
    """True when two neighbouring glyphs, a Japanese letter and a Latin letter or digit either
    way round, stand the page's autospace apart (within AUTOSPACE_TOL_EM): set solid by the
    page's engine."""
    if not autospace or not (_is_transition(left["text"], right["text"]) or _after_wide_digit(left["text"], right["text"])):
        return False
    size = max(1.0, float(left.get("size") or 0), float(right.get("size") or 0))
    return abs((right["x0"] - left["x1"]) / size - autospace) <= AUTOSPACE_TOL_EM


def _after_wide_digit(left: str, right: str) -> bool:
    """True for a full-width digit, which such engines set as Japanese text, before a Latin letter (４７，８２４
    t-CO2: corpus seed 770 kpi_progress in writer_borderless, the unit read as a column of its own). It proves
    no autospace by itself: a page of full-width figures bracketing no Latin run shows too few transitions."""
    return len(left) == 1 and unicodedata.category(left) == "Nd" and unicodedata.east_asian_width(left) == "F" \
        and is_narrow_latin_alnum(right) and right.isalpha()


def _is_transition(left: str, right: str, latin: Callable[[str], bool] = is_spaced_as_latin) -> bool:
    return (is_wide_letter(left) and latin(right)) or (latin(left) and is_wide_letter(right))


def bracketed_runs(line: Sequence[Char]) -> list[Bracketed]:
    """The gaps (share of the size) on both sides of each run of Latin glyphs (set solid, opening
    and closing with a letter or digit: 1,200, H30) between two Japanese letters on a line of
    glyphs (left to right, drawn spaces included), both under AUTOSPACE_MAX_EM."""
    out: list[Bracketed] = []
    k = 0
    while k + 2 < len(line):
        if not (is_wide_letter(line[k]["text"]) and is_narrow_latin_alnum(line[k + 1]["text"])):
            k += 1
            continue
        end = _run_end(line, k + 1)
        if end < len(line) and is_wide_letter(line[end]["text"]) and is_narrow_latin_alnum(line[end - 1]["text"]):
            gaps = (_gap_em(line[k], line[k + 1]), _gap_em(line[end - 1], line[end]))
            out += [gaps] if all(0 <= g < AUTOSPACE_MAX_EM for g in gaps) else []
        k = end
    return out


def _run_end(line: Sequence[Char], start: int) -> int:
    """The index after the run of narrow glyphs set solid from line[start] (a Latin letter or digit)."""
    end = start + 1
    while end < len(line) and _is_narrow(line[end]["text"]) and _gap_em(line[end - 1], line[end]) < SOLID_RUN_EM:
        end += 1
    return end


def _is_narrow(text: str) -> bool:
    return len(text) == 1 and bool(text.strip()) and unicodedata.east_asian_width(text) in ("Na", "N")


def _gap_em(left: Char, right: Char) -> float:
    return (float(right["x0"]) - float(left["x1"])) / max(1.0, float(left.get("size") or 0), float(right.get("size") or 0))

