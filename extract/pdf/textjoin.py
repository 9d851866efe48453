"""Text helpers for PDF cells: fold multi-line cell text and clean it like the text path.

Cleaning itself is normalize.clean_text; this module only decides how the lines of a cell join.
"""

from __future__ import annotations

import re
import unicodedata

from extract.pdf.grid import RawCell
from normalize import clean_text
from normalize.text import fold_lookalikes
from normalize.units import completes_unit

CID_RE = re.compile(r"\(cid:\d+\)")
_CJK = (
    "\u3000-\u303f\u3040-\u309f\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\uff00-\uffef\u2460-\u24ff\u25a0-\u25ff\u2600-\u26ff"
)
CJK_RE = re.compile(f"[{_CJK}]")
_SPACES_RE = re.compile(r"[ \t\u3000]+")
_NUM_CHARS = set("0123456789,.%")
BULLET_STARTS = frozenset("・•●○◯■□◆◇")  # a line opening with a bullet is a new item, kept apart


def is_cjk(ch: str) -> bool:
    """True for kana, kanji, CJK punctuation, full-width forms and common symbols (○△▲)."""
    return bool(CJK_RE.match(ch))


def join_lines(raw: str, numbers_rejoined: bool = False) -> str:
    """Join the lines of a cell: no space where a CJK char meets the break, one space otherwise.

    "事業費(千\\n円)" → "事業費(千円)"; "644\\n(R1)" → "644 (R1)"; "254,739t-CO\\n2" → "254,739t-CO2"
    (normalize.units.completes_unit: a unit the wrap cut). A break between digits joins them
    ("H2\\n7" → "H27", "750g(20\\n21)" → "750g(2021)"), unless numbers_rejoined and each line is
    a number by itself: the lines come from cuts.cell_lines, which rejoins a number whose line
    was full, so two numbers it left apart are two values one above the other ("1073\\n528" →
    "1073 528", which the normalizer reports ambiguous).
    """
    out, line = "", ""
    for part in (p.strip() for p in raw.split("\n")):
        if not part:
            continue
        if out and completes_unit(line, part):
            out, line = out + part, line + part
            continue
        stacked = numbers_rejoined and _stacked_numbers(line, part)
        line = part
        if out and (fold_lookalikes(part[0]) in BULLET_STARTS or not (
                is_cjk(out[-1]) or is_cjk(part[0]) or not stacked and _is_number_wrap(out[-1], part[0]))):
            out += " "
        out += part
    return out


def _is_number_wrap(left: str, right: str) -> bool:
    """True when a line break splits a number ("H2|7", "1,234,|567"): join without space."""
    return left in _NUM_CHARS and right in _NUM_CHARS and (left.isdigit() or right.isdigit())


def _stacked_numbers(above: str, below: str) -> bool:
    """True when two lines are each a number, parted between two digits (1073 over 528): whole
    as they stand, for no number ends or starts with its separator (1,234, over 567; 15 over .8)."""
    return above[-1:].isdigit() and below[:1].isdigit() and is_numeric_line(above) and is_numeric_line(below)


def cell_text(raw: str, numbers_rejoined: bool = False) -> str:
    """Given a cell's raw extracted text, return Cell.text: lines joined (join_lines), then cleaned."""
    return clean_text(join_lines(strip_cid(raw), numbers_rejoined))


def raw_cell_text(cell: RawCell) -> str:
    """Given a cell as an engine found it, return Cell.text (cell_text, told how its lines were read)."""
    return cell_text(cell.raw, cell.numbers_rejoined)


def strip_cid(text: str) -> str:
    """Remove (cid:N) tokens: glyphs without a Unicode mapping are garbage, not data."""
    return CID_RE.sub("", text)


def is_numeric_line(text: str) -> bool:
    """True for a line that is just a number-like token: 1,234 / △ 46,841 / ▲3.4% / -."""
    t = _SPACES_RE.sub("", unicodedata.normalize("NFKC", fold_lookalikes(text)))
    return bool(re.fullmatch(r"[△▲+\-−]?[\d,.]+%?|[-−―]", t))
