"""Text a layout engine cut inside one table cell, made whole again.

An engine wraps a cell's text at its column's width: CJK text anywhere, and in a narrow
column even a number (2,60 over 0). The pieces are joined only when they provably belong
together: the first line was full (the next line's first glyph would not have fitted after
it) and the joined text has the digit-group shape a piece alone lacks. A break that cannot
be proved either way is joined with a space, which the normalizer reports as an ambiguous
value; lines that were broken on purpose (696 over 696) stay separate lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from extract.model import BBox
from extract.pdf.grid import union_bbox
from extract.pdf.glyphs import is_wide_letter
from extract.pdf.pieces import FIT_TOL_PT, SEPARATORS, VALUE_START_RE, Piece, advance, bracket_depth, is_full, is_full_for_word
from normalize.numbers import GROUPED_NUMBER_RE, WHOLE_NUMBER_RE, groups_prove_cut
from normalize.text import nfkc_safe
from normalize.vocab import UNIT_SLASHES
from normalize.years import parse_year

NUMBER_HEAD_RE = re.compile(r"^[\d,.]+")
NUMBER_TOKEN_RE = re.compile(r"\d[\d,.]*")
TAIL_NUMBER_RE = re.compile(r"\d[\d,]*$")  # the number a line ends with
DIGIT_END_RE = re.compile(r"[\d,.]$")
DIGIT_START_RE = re.compile(r"^[\d,.]")
WORD_END_RE = re.compile(r"[0-9A-Za-z,.]$")  # where an engine that cuts numbers cuts: inside a Latin word or a number
WORD_START_RE = re.compile(r"^[0-9A-Za-z,.]")
UNIT_HYPHEN_RE = re.compile(r"[A-Za-z]-$")  # nor a compound unit after its hyphen (t- over CO2)
UNIT_HYPHEN_OPEN_RE = re.compile(r"^-[A-Za-z]")  # or before it (546,289t over -CO2): a minus opens no word of letters
SEPARATOR_LED_RE = re.compile(r"^[,.]+(\d|$)")  # ,000 / .8 / a lone , : no number starts with its separator
DIGITS_RE = re.compile(r"^\d+$")
CUT_FIGURE_RE = re.compile(r"^\d{1,3}(,\d{3})*,\d{1,2}$")  # a grouped figure whose last group is cut short
MIN_CUT_YEARS = 2  # cells of a column showing the same cut year (Ｈ２ over ２, Ｈ２ over ３) prove the engine cut them
WORD_LEAD_RE = re.compile(r"^[^\d△▲+\-−]+(?=[△▲+\-−]?\d)")  # the words a cell's line opens with before its number (年間)


def is_cut_figure(text: str) -> bool:
    """True for a grouped figure (NFKC) whose last group is cut short (337,76 over 9冊): no whole
    number reads so, it is the head of one its cell wrapped (corpus seed 522 kpi_year_matrix in
    pdf_rules, dev4 wordings), a body cell's text."""
    return bool(CUT_FIGURE_RE.match(text))


def cell_lines(block: Sequence[Piece], col_width: float, cuts_numbers: bool = False) -> list[tuple[str, BBox]]:
    """Given a cell's lines and its column's width, return its lines with numbers cut by a wrap
    rejoined (a run of cut pieces is judged as a whole: 2 / , / 0 / 1 / 8 is 2,018) and CJK text
    wrapped by the engine one line again.

    col_width is the width of the column's widest line (the box text can fill). cuts_numbers:
    the table shows its engine cutting numbers at the column's width (cut_evidence), so a
    full line's Latin letters or digits continued on the next line are one word (H2 / 7, 46 / 6).
    """
    return _joined_lines(block, col_width, cuts_numbers)


@dataclass(frozen=True, slots=True)
class CutEvidence:
    """What a table's cells show of its engine cutting numbers over lines."""

    proved: bool = False  # a number cut whose shape alone proves the pieces one (2,01 / 8; 15 / .8)
    doubted: bool = False  # a cut between digits left unproved, joined with a space (46 / 6)


def cut_evidence(cells: Iterable[tuple[Sequence[Piece], float]]) -> CutEvidence:
    """Given cells (their lines and their column's width), say whether one holds a number the
    engine provably cut at the column's width: the engine breaks inside numbers there (an HTML
    engine's word-break: break-all, or a number wider than its column), so a full line of digits
    continued by digits on the next line is a cut too (cuts_numbers); and whether one holds such a
    cut that its shape alone did not prove."""
    proved = doubted = False
    for block, width in cells:
        for run in _cut_runs(block, width, False):
            texts = [p.text for p in run]
            whole = join_cut_number(texts) == "".join(texts)
            proved, doubted = proved or whole, doubted or not whole
    return CutEvidence(proved, doubted)


def cuts_years(cells: Sequence[Sequence[Piece]], col_width: float) -> bool:
    """True when a column's cells show its engine cutting the years written in them at the
    column's width: MIN_CUT_YEARS or more cells of two lines, the first full and ending in a
    letter or digit, the second digits only, whose lines joined read as years all different
    (Ｈ２ over ２, Ｈ２ over ３: H22, H23, full-width glyphs an HTML engine breaks anywhere, corpus
    seed 11 kpi_transposed) and each other than its first line alone reads. Values stacked in a
    cell (100 over 200) join into no year."""
    years = []
    for cell in cells:
        if len(cell) != 2 or not is_cut_number(cell[0].text, cell[0].bbox, cell[1], col_width, True):
            continue
        head, tail = nfkc_safe(cell[0].text).strip(), nfkc_safe(cell[1].text).strip()
        year, alone = parse_year(head + tail) if DIGITS_RE.match(tail) else None, parse_year(head)
        if year is None or alone is not None and alone.start == year.start:
            return False
        years.append(year.start)
    return len(years) >= MIN_CUT_YEARS and len(set(years)) == len(years)


def _joined_lines(block: Sequence[Piece], col_width: float, cuts_numbers: bool) -> list[tuple[str, BBox]]:
    out: list[tuple[str, BBox]] = []
    run: list[Piece] = []  # pieces of one number cut by wraps, not yet joined
    last = None  # the box of the visual line out's last line ends on: the one a wrap filled, not the lines joined
    for piece in block:
        if run and is_cut_number(run[-1].text, run[-1].bbox, piece, col_width, cuts_numbers,
                                 "".join(p.text for p in run[:-1])):
            run.append(piece)
            continue
        if run:
            out.append((join_cut_number([p.text for p in run], cuts_numbers), union_bbox(p.bbox for p in run)))
            last, run = run[-1].bbox, []
        if out and last is not None and is_cut_word(out[-1][0], last, piece, col_width):
            text, box = out[-1]
            out[-1], last = (text + piece.text, union_bbox([box, piece.bbox])), piece.bbox
        elif (WORD_END_RE if cuts_numbers else DIGIT_END_RE).search(nfkc_safe(piece.text)):
            run = [piece]
        else:
            out.append((piece.text, piece.bbox))
            last = piece.bbox
    if run:
        out.append((join_cut_number([p.text for p in run], cuts_numbers), union_bbox(p.bbox for p in run)))
    return out


def _cut_runs(block: Sequence[Piece], col_width: float, cuts_numbers: bool) -> list[list[Piece]]:
    """The runs of two or more consecutive lines of a cell that is_cut_number chains."""
    runs: list[list[Piece]] = []
    for a, b in zip(block, block[1:]):
        before = "".join(p.text for p in runs[-1][:-1]) if runs and runs[-1][-1] is a else ""
        if not is_cut_number(a.text, a.bbox, b, col_width, cuts_numbers, before):
            continue
        if runs and runs[-1][-1] is a:
            runs[-1].append(b)
        else:
            runs.append([a, b])
    return runs


def is_cut_number(text: str, box: BBox, nxt: Piece, col_width: float, cuts_numbers: bool = False,
                  before: str = "") -> bool:
    """True when a line ending in a digit was broken by the engine before a line starting with one.
    text, box: the line's; before: the lines of the number it continues (51 , over 19).

    The break was the engine's (not the author's) when the next line's first glyph would not
    have fitted after the line: the line was full. A line opening with a separator (,000 /
    .8 / a lone ,) continues the number above it, full or not: no number starts with one;
    nor does one end in a digit group cut short (84,80 over 9).
    With cuts_numbers, Latin letters count as digits do (H2 / 7, (H3 / 0)).
    """
    this, after = nfkc_safe(text), nfkc_safe(nxt.text)
    if DIGIT_END_RE.search(this) and (SEPARATOR_LED_RE.match(after) or this.strip(",.") == "" and after[:1].isdigit()):
        return True
    if _completes_group(nfkc_safe(before) + this, after):
        return True
    ends, starts = (WORD_END_RE, WORD_START_RE) if cuts_numbers else (DIGIT_END_RE, DIGIT_START_RE)
    return bool(ends.search(this) and starts.match(after)) and is_full(box, nxt, col_width)


def join_cut_number(pieces: Sequence[str], cuts_numbers: bool = False) -> str:
    """Join the pieces of a number cut by wraps: without spaces when their shape proves it — the
    digit groups (2,60 + 0 = 2,600; 2 + , + 0 + 1 + 8 = 2,018), or a piece ending in its
    separator (84. + 3) or opening with it (15 + .8) — for no whole number ends in a separator
    or a short group, nor starts with a separator; with cuts_numbers (the table shows its engine
    cutting numbers), whenever every number in the joined text is well formed (46 + 6 = 466, but
    1,234 + 567 stays apart); else with spaces, which the normalizer reports as an ambiguous
    value (12 + 345)."""
    folded = [nfkc_safe(p) for p in pieces]
    joined = "".join(pieces)
    if len(pieces) == 1:
        return joined
    if any(groups_prove_cut(p, last_runs_on=True) for p in (folded, [WORD_LEAD_RE.sub("", folded[0]), *folded[1:]])):
        return joined  # 2,60 + 0; 年間１１１，１ + ９７人: the words before the number take no part in its shape
    parted = any(p[-1] in SEPARATORS for p in folded[:-1]) or any(p[:1] in SEPARATORS for p in folded[1:])
    if parted and _whole_head("".join(folded).lstrip("△▲+-−")):
        return joined  # 84. + 3, 15 + .8: a number never ends or starts with its separator
    if (cuts_numbers or _cut_in_brackets(folded)) and \
            all(WHOLE_NUMBER_RE.match(m.group()) for m in NUMBER_TOKEN_RE.finditer("".join(folded))):
        return joined
    return " ".join(pieces)


def _cut_in_brackets(pieces: Sequence[str]) -> bool:
    """True when every cut between the pieces (NFKC-folded) falls inside a bracket the text
    before it opens and the text after it closes (30人（延べ1 over 52日）): one bracketed phrase,
    which no author breaks between two values stacked in a cell."""
    for k in range(1, len(pieces)):
        before, after = "".join(pieces[:k]), "".join(pieces[k:])
        if bracket_depth(before) <= 0 or bracket_depth(before) + bracket_depth(after) != 0:
            return False
    return True


def _completes_group(this: str, after: str) -> bool:
    """True when a line ends in a digit group cut short (84,80 / 0,91) and the next line's
    digits complete it (84,809): no whole number ends so, full line or not."""
    head = TAIL_NUMBER_RE.search(this)
    return bool(head and not WHOLE_NUMBER_RE.match(head.group()) and after[:1].isdigit()
                and GROUPED_NUMBER_RE.match(head.group() + after))


def _whole_head(text: str) -> bool:
    head = NUMBER_HEAD_RE.match(text)
    return bool(head and WHOLE_NUMBER_RE.match(head.group()))


def _cut_at_unit_hyphen(text: str, below: str) -> bool:
    """True when a compound unit's hyphen ends the line (t- over CO2) or opens the line below after a
    letter (546,289t over -CO2, LibreOffice Writer's break before a hyphen, corpus seed 843
    kpi_progress in writer_borderless)."""
    line, nxt = nfkc_safe(text), nfkc_safe(below)
    return UNIT_HYPHEN_RE.search(line) is not None or line[-1:].isascii() and line[-1:].isalpha() \
        and UNIT_HYPHEN_OPEN_RE.match(nxt) is not None


def is_cut_word(text: str, box: BBox, nxt: Piece, col_width: float) -> bool:
    """True when the engine broke a full line of text inside a run of CJK or before closing
    punctuation (現状値(R1 / ) ; 単 / 位), where no space was lost: the pieces are one line.

    A break between two Latin letters or digits may have eaten a space, and a value line stays
    a line of its own (the interpreter reads stacked values line by line) unless it ends in a
    unit's slash, which needs what follows it (240人/ over 年)."""
    if not text or not nxt.text or VALUE_START_RE.match(nfkc_safe(nxt.text)):
        return False
    hyphen = _cut_at_unit_hyphen(text, nxt.text)
    if VALUE_START_RE.match(nfkc_safe(text)) and not text.endswith(tuple(UNIT_SLASHES)) and not hyphen:
        return False  # a value line stays whole, unless its unit was cut at its slash (240人/ over 年) or hyphen (t- over CO2)
    if text[-1].isascii() and text[-1].isalnum() and nxt.text[0].isascii() and nxt.text[0].isalnum():
        return False
    if hyphen:
        # CO2 goes down whole: its width, not its C, found no room; and what it glues (CO2（2021）)
        return is_full_for_word(box, nxt, col_width) or is_full_for_run(box, nxt, col_width)
    return is_full(box, nxt, col_width)


def is_full_for_run(box: BBox, nxt: Piece, col_width: float) -> bool:
    """True when the next line's first run (glued_run) would not have fitted after the line in box
    in a column col_width wide: a Latin word and the note in brackets set solid after it go down
    together (CO2（2021） under ９１，９２１t-, where CO2 alone would have fitted after t-, corpus
    seed 787 kpi_baseline_target in typst_borderless)."""
    run = glued_run(nxt.text)
    units = sum(advance(ch) for ch in nxt.text.replace(" ", ""))
    share = (nxt.bbox[2] - nxt.bbox[0]) * sum(advance(ch) for ch in run) / max(1, units)
    return bool(run) and (box[2] - box[0]) + share > col_width + FIT_TOL_PT


def glued_run(text: str) -> str:
    """The run a line opens with up to its first word space or em-wide letter (kanji, kana): a Latin
    word with the brackets and digits set solid after it, which no break parts (CO2（2021））."""
    out = ""
    for ch in text.strip():
        if ch == " " or is_wide_letter(ch):
            break
        out += ch
    return out
