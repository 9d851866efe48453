"""pdfium's text page as pdfplumber's char dicts, in pdfplumber's frame (extract.pdf.pdfium_adapter).

Most glyphs are set upright on an upright page: their boxes need no corners turned, so they are
computed for the whole page at once (numpy) from the origins and loose boxes pdfium reports, with
the same float operations, in the same order, as for one char (char_item, which turned glyphs
still take): the dicts are the same to the bit.
"""

from __future__ import annotations

import ctypes
import math
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pypdfium2.raw as pr
import pypdfium2_raw.bindings as bindings

from extract.pdf.autospace import is_autospaced, page_autospace
from normalize.vocab import CLOSE_BRACKETS, OPEN_BRACKETS

Obj = dict[str, Any]
Matrix = tuple[float, float, float, float, float, float]
Point = tuple[float, float]

USER_DIGITS = 4  # pdfium reports float32 (54.099998 for 54.1): user-space points rounded to this many decimals
ROUND_MARGIN = 1e-6  # units of the last kept digit: a scaled value this near a half is rounded by Python's round
ROUND_EXACT_BELOW = 2.0 ** 30  # scaled values below this carry an error (half an ulp) far under ROUND_MARGIN
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
FONT_NAME_BYTES = 256  # buffer for a font's base name
HIGH_SURROGATE = range(0xD800, 0xDC00)
WORD_SPACE_EM = (0.25, 0.55)  # a dropped space is put back in a gap within this share of the size (0.5 em: a half-width space)
# a gap this share of the size or wider, under WORD_SPACE_EM's floor, is a word space where a blank glyph stands at its
# start (a drawn space pdfium's text page leaves out, with_spaces); narrower, the blank advances by next to nothing
BLANK_GAP_MIN_EM = 0.1
SAME_LINE_PT = 0.5  # chars whose tops differ less than this sit on one line
PITCH_TOL = 0.05  # steps from glyph to glyph within this share of each other set a run at one pitch
GLYPH_WIDTH_TOL_EM = 0.01  # boxes of one glyph (text, font, size) this share of the size apart or nearer are one width
SPACE = 0x20  # the highest code point pdfium generates (space, CR, LF)
# pdfium reports a hyphen that ends a line (FPDFText_IsHyphen: t- over CO2 in a cell a browser
# wrapped, corpus seed 15 kpi_progress in html_borderless) as this noncharacter; pdfminer reads the
# glyph's own mapping, a hyphen-minus.
LINE_END_HYPHEN = 0xFFFE
FULL_WIDTH_SHIFT = 0xFEE0  # from an ASCII code point to its full-width form (( to （)


def _wide_form(ch: str) -> str:
    return ch if unicodedata.east_asian_width(ch) in "WF" else chr(ord(ch) + FULL_WIDTH_SHIFT)


# The other half of each full-width bracket, both ways (（ and ）, 【 and 】)
WIDE_BRACKET_PARTNER = {a: b for o, c in zip(OPEN_BRACKETS, CLOSE_BRACKETS)
                        for a, b in ((_wide_form(o), _wide_form(c)), (_wide_form(c), _wide_form(o)))}


@dataclass(frozen=True, slots=True)
class Frame:
    """pdfminer's display matrix for a page (its /Rotate) and pdfplumber's top-left shift."""

    ctm: Matrix
    height: float
    mb_x0: float
    mb_top: float
    doctop: float
    page_number: int

    def is_upright(self) -> bool:
        """True for a page without /Rotate: user space axes are the page's."""
        return self.ctm[:4] == (1.0, 0.0, 0.0, 1.0)

    def coord(self, pt: Point) -> Point:
        """A point in PDF user space as pdfplumber's (x, top)."""
        x, y = apply(self.ctm, (round(pt[0], USER_DIGITS), round(pt[1], USER_DIGITS)))
        return (x + self.mb_x0, self.height - y + self.mb_top)

    def corners(self, first: Point, second: Point, memo: dict[float, float]) -> tuple[float, float, float, float]:
        """coord of two points at once, as (x, top) of the first and of the second: the same
        arithmetic without a call per point (the box of every upright char). memo: rounded values."""
        a, b, c, d, e, f = self.ctm
        x, y = round_user(first[0], memo), round_user(first[1], memo)
        x2, y2 = round_user(second[0], memo), round_user(second[1], memo)
        return (a * x + c * y + e + self.mb_x0, self.height - (b * x + d * y + f) + self.mb_top,
                a * x2 + c * y2 + e + self.mb_x0, self.height - (b * x2 + d * y2 + f) + self.mb_top)


def round_user(v: float, memo: dict[float, float]) -> float:
    """round(v, USER_DIGITS), each distinct value rounded once (a line's baseline and a column's
    x repeat; round is the slowest step of a char's box)."""
    r = memo.get(v)
    if r is None:
        r = memo[v] = round(v, USER_DIGITS)
    return r


def rotation_ctm(mediabox: tuple[float, float, float, float], rotation: int) -> Matrix:
    """pdfminer's initial CTM for a page: user space to the upright page, mediabox at the origin."""
    x0, y0, x1, y1 = mediabox
    return {90: (0.0, -1.0, 1.0, 0.0, -y0, x1), 180: (-1.0, 0.0, 0.0, -1.0, x1, y1),
            270: (0.0, 1.0, -1.0, 0.0, y1, -x0)}.get(rotation % 360, (1.0, 0.0, 0.0, 1.0, -x0, -y0))


def apply(m: Matrix, pt: Point) -> Point:
    """pt transformed by the PDF matrix m."""
    a, b, c, d, e, f = m
    x, y = pt
    return (a * x + c * y + e, b * x + d * y + f)


def compose(m: Matrix, n: Matrix) -> Matrix:
    """The matrix applying m, then n (PDF order: m x n)."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2, e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def base_name(name: str) -> str:
    """A font name without pdfminer's slash or a subset prefix (BAAAAA+IPAexMincho: IPAexMincho)."""
    return name.lstrip("/'").rstrip("'").split("+")[-1]


def page_chars(textpage: Any, frame: Frame, descents: dict[str, float], blanks: Sequence[Point] = ()) -> list[Obj]:
    """The page's drawn characters, in content order; pdfium's generated spaces and line breaks
    left out, and a space put back where a drawn one was (see space_between; blanks: the
    origins of the blank glyphs the text page leaves out, see with_spaces)."""
    n = pr.FPDFText_CountChars(textpage)
    if n <= 0:
        return []
    drawn = drawn_chars(textpage, n, frame, descents)
    chars, spacing = upright_chars(drawn, frame)
    probe = Probe(textpage)
    for k, (i, style) in enumerate(zip(drawn.index, drawn.styles)):
        if not style.plain:  # a turned glyph: its corners are turned one by one
            chars[k] = char_item(i, drawn.codes[k], style, frame, probe)
            spacing.put(k, chars[k])
    return with_spaces(fitted_to_pitch(chars, spacing, blanks), spacing, blanks)


def fitted_to_pitch(chars: list[Obj], spacing: Spacing, blanks: Sequence[Point] = ()) -> list[Obj]:
    """The chars with each wide glyph (CJK, full-width) narrower than its step to the next set as
    wide as that step, where the step is the run's pitch: a neighbour on the line steps as far
    (within PITCH_TOL of it) and fills its step, on both sides: inside a run; or on the side
    after it where it opens its run (no solid step before it: 目 after a word space, ■新規雇用者数
    目標値, corpus seed 948 kpi_listed in chromium_ruled, read 目 標 before). A glyph ending a run
    (１ drawn half-width before a column gap, corpus seed 4 budget_supplementary in pdf_borderless)
    keeps its gap. A half-width glyph and the column gap after it
    may add up to a full-width pitch ((2021年) | 達成状況, corpus seed 2 kpi_progress in
    pdf_borderless); a wide glyph's own advance is the pitch. A browser's PDF writes some glyphs a width narrower than it sets them at (日, 目,
    口 at 0.49 em in Chromium's CJK runs set at 1 em: 活動日 数), and the gap after such a glyph
    reads as a word space though the run is solid. A dropped space widens its step (by 0.25 em
    or more), so no neighbour steps as far. A glyph the page sets solid elsewhere at its box width
    keeps it (_set_at_own_width): its box is its advance, the gap after it a gap. Two such glyphs
    side by side (・子 in 結婚・出産・子育て) are fitted one after the other: the later one opens
    its run, and once fitted sets the pitch the earlier one steps. A glyph's step ends at a blank
    glyph drawn after it (blanks, as with_spaces takes them): 標 before a space steps an em, and
    sets the pitch 目 steps (移住者数 目標 118人, corpus seed 0 kpi_listed in chromium_ruled).
    (spacing: the chars' arrays, x1 updated in place.)"""
    if len(chars) < 3:
        return chars
    step, stopped = spacing.x0[1:] - spacing.x0[:-1], np.zeros(len(chars) - 1, dtype=bool)
    for j, x in blank_stops(chars, spacing, blanks).items():
        step[j], stopped[j] = min(step[j], x - spacing.x0[j]), True
    while fitted := _narrow_in_runs(chars, spacing, step, stopped):  # a fitted glyph fills its step: a narrow one beside it may fit now
        for k in fitted:
            spacing.x1[k] = spacing.x0[k] + step[k]
            chars[k] = {**chars[k], "x1": float(spacing.x1[k]), "width": float(spacing.x1[k] - spacing.x0[k])}
    return chars


def _narrow_in_runs(chars: list[Obj], spacing: Spacing, step: Any, stopped: Any) -> list[int]:
    """The wide glyphs fitted_to_pitch sets as wide as their steps, as they stand now (step: to the next glyph or
    the blank after it, stopped: where a blank ends it, on the baseline of both glyphs whatever their tops)."""
    x0, x1, top, size, upright = spacing.x0, spacing.x1, spacing.top, spacing.size, spacing.upright
    box = x1[:-1] - x0[:-1]
    level = (np.abs(top[:-1] - top[1:]) <= SAME_LINE_PT) | stopped
    near = upright[:-1] & upright[1:] & level & (size[:-1] == size[1:]) & (step > 0)
    solid = near & (np.abs(box - step) <= PITCH_TOL * step)
    same_prev = np.zeros_like(near)
    same_prev[1:] = solid[:-1] & (np.abs(step[1:] - step[:-1]) <= PITCH_TOL * step[:-1])
    opens = np.ones_like(near)  # the glyph opens its run: no solid step before it (a word space, a gap, a line's start)
    opens[1:] = ~solid[:-1]
    same_next = np.zeros_like(near)
    same_next[:-1] = solid[1:] & (np.abs(step[:-1] - step[1:]) <= PITCH_TOL * step[1:])
    narrow = np.flatnonzero(near & (box < (1 - PITCH_TOL) * step) & (same_prev | opens) & same_next).tolist()
    own = _set_at_own_width(chars, np.flatnonzero(solid).tolist()) if narrow else {}
    return [k for k in narrow if _is_wide(chars[k]["text"]) and not _at_own_width(chars[k], own)]


def _set_at_own_width(chars: list[Obj], solid: list[int]) -> dict[tuple[str, str, float], list[float]]:
    """The box widths of the glyphs (text, font, size) the page sets solid somewhere, the next
    glyph starting where their box ends: such a box is the glyph's advance. A proportional font's
    full-width bracket is half an em wide (IPA PGothic's ）, LibreOffice Calc's corpus rendering),
    and the gap after one ending a cell's text is the padding between two cells, not a glyph
    reported narrower than it is set (Chromium's 日, which no run sets solid at its box)."""
    out: dict[tuple[str, str, float], list[float]] = {}
    for k in solid:
        if _is_wide(chars[k]["text"]):
            out.setdefault(_glyph_of(chars[k]), []).append(chars[k]["x1"] - chars[k]["x0"])
    return out


def _glyph_of(ch: Obj) -> tuple[str, str, float]:
    return ch["text"], ch.get("fontname", ""), ch["size"]


def _at_own_width(ch: Obj, own: dict[tuple[str, str, float], list[float]]) -> bool:
    """True when the page sets this glyph, or its bracket's other half, solid elsewhere at its box
    width (_set_at_own_width): a font draws both halves of a bracket pair one width, and a cell's
    text ends with ） where the page sets （ solid only (（冊） | ③移住相談件数 a cell's padding
    apart in Calc, corpus seed 704 kpi_transposed)."""
    width = ch["x1"] - ch["x0"]
    text, font, size = _glyph_of(ch)
    widths = [*own.get((text, font, size), ()), *own.get((WIDE_BRACKET_PARTNER.get(text, text), font, size), ())]
    return any(abs(w - width) <= GLYPH_WIDTH_TOL_EM * ch["size"] for w in widths)


@dataclass(frozen=True, slots=True)
class Spacing:
    """What with_spaces reads of every char, as arrays in char order (upright_chars has them
    before it makes the dicts): x0, x1, top, size and upright."""

    x0: Any
    x1: Any
    top: Any
    size: Any
    upright: Any

    @classmethod
    def of(cls, chars: list[Obj]) -> Spacing:
        x0, x1, top, size = (np.array([ch[key] for ch in chars], dtype=np.float64) for key in ("x0", "x1", "top", "size"))
        return cls(x0, x1, top, size, np.array([bool(ch["upright"]) for ch in chars], dtype=bool))

    def put(self, k: int, ch: Obj) -> None:
        """Set char k's values from its dict (a turned glyph's, made after the arrays)."""
        self.x0[k], self.x1[k], self.top[k], self.size[k] = ch["x0"], ch["x1"], ch["top"], ch["size"]
        self.upright[k] = bool(ch["upright"])


@dataclass(frozen=True, slots=True)
class Drawn:
    """A text page's drawn chars (generated ones left out): text index, code point, style, and
    the origin and loose box pdfium reports, as arrays (k rows)."""

    index: list[int]
    codes: list[int]
    texts: list[str]
    styles: list[Style]
    origins: Any  # (k, 2) float64: x, y in user space
    boxes: Any  # (k, 4) float64 from float32: left, top, right, bottom


def drawn_chars(textpage: Any, n: int, frame: Frame, descents: dict[str, float]) -> Drawn:
    """Read every drawn char of a text page: the calls to pdfium, one pass."""
    codes = page_codes(textpage, n)
    page = ctypes.cast(textpage, ctypes.c_void_p)
    origins, boxes = (ctypes.c_double * (2 * n))(), (pr.FS_RECTF * n)()
    byref = ctypes.byref
    by_object: dict[Any, Style] = {}  # text_style's cache
    matrix = pr.FS_MATRIX()  # text_style's out-parameter, one for the page (a text object often holds a word or less)
    matrix_ref = byref(matrix)
    index: list[int] = []
    kept: list[int] = []
    texts: list[str] = []
    styles: list[Style] = []
    skip = False
    for i in range(n):
        code = codes[i]
        # pdfium generates only spaces and line breaks (CPDF_TextPage::GenerateCharInfo): no call for other codes
        if skip or (code <= SPACE and is_generated(page, i) == 1):
            skip = False
            continue
        if code in HIGH_SURROGATE and i + 1 < n:
            code, skip = 0x10000 + ((code - 0xD800) << 10) + (codes[i + 1] - 0xDC00), True
        k = len(index)
        address = text_object_address(page, i) or 0
        styles.append(by_object.get(address)
                      or text_style(textpage, i, by_object, descents, frame, address, page, (matrix, matrix_ref)))
        char_origin(page, i, byref(origins, 16 * k), byref(origins, 16 * k + 8))
        loose_char_box(page, i, byref(boxes, 16 * k))
        texts.append(f"(cid:{code})" if has_unicode_map_error(page, i) == 1
                     else "-" if code == LINE_END_HYPHEN else chr(code))  # code_text, without a call per glyph
        index.append(i)
        kept.append(code)
    k = len(index)
    return Drawn(index, kept, texts, styles, np.frombuffer(memoryview(origins).cast("B"), np.float64, 2 * k).reshape(k, 2),
                 np.frombuffer(memoryview(boxes).cast("B"), np.float32, 4 * k).reshape(k, 4).astype(np.float64))


def upright_chars(drawn: Drawn, frame: Frame) -> tuple[list[Obj], Spacing]:
    """char_item of every drawn char, computed for all at once as for an upright glyph (the dicts
    of turned ones are replaced by the caller), and their Spacing."""
    k = len(drawn.index)
    if not k:
        return [], Spacing.of([])
    distinct: dict[int, int] = {}
    sid = np.array([distinct.setdefault(id(s), len(distinct)) for s in drawn.styles], dtype=np.intp)
    ordered = list({id(s): s for s in drawn.styles}.values())
    a, d, scale, low, high = (np.array(v)[sid] for v in zip(*((s.matrix[0], s.matrix[3], s.scale, *s.span) for s in ordered)))
    ox, oy = drawn.origins[:, 0], drawn.origins[:, 1]
    adv = (drawn.boxes[:, 2] - drawn.boxes[:, 0]) / scale  # _advance along an unturned x axis: the box's width
    x, y, x2, y2 = rounded_user([ox, d * high + oy, a * adv + ox, d * low + oy])
    ca, cb, cc, cd, ce, cf = frame.ctm
    x0 = ca * x + cc * y + ce + frame.mb_x0
    top = frame.height - (cb * x + cd * y + cf) + frame.mb_top
    x1 = ca * x2 + cc * y2 + ce + frame.mb_x0
    bottom = frame.height - (cb * x2 + cd * y2 + cf) + frame.mb_top
    columns = [x0, x1, top, bottom, frame.height - bottom, frame.height - top, frame.doctop + top, x1 - x0,
               bottom - top, adv * scale, ox * ca + oy * cc + ce, ox * cb + oy * cd + cf]
    facts = [(s.fontname, s.size * (math.hypot(s.matrix[2], s.matrix[3]) or 1.0),
              bool(0 < s.page_m[0] * s.page_m[3] and s.page_m[1] * s.page_m[2] <= 0), s.page_m) for s in ordered]
    page_number = frame.page_number
    spacing = Spacing(x0, x1, top, np.array([f[1] for f in facts], dtype=np.float64)[sid],
                      np.array([f[2] for f in facts], dtype=bool)[sid])
    out: list[Obj] = []
    append = out.append
    for text, (fontname, size, upright, pm), cx0, cx1, ctop, cbottom, cy0, cy1, cdoctop, width, height, cadv, m4, m5 in zip(
            drawn.texts, [facts[s] for s in sid.tolist()], *(c.tolist() for c in columns)):
        append({"object_type": "char", "page_number": page_number, "text": text, "fontname": fontname,
                "size": size, "adv": cadv, "upright": upright, "matrix": pm + (m4, m5), "x0": cx0, "x1": cx1,
                "top": ctop, "bottom": cbottom, "y0": cy0, "y1": cy1, "doctop": cdoctop, "width": width,
                "height": height})
    return out, spacing


def rounded_user(columns: list[Any]) -> list[Any]:
    """round(v, USER_DIGITS) of every value of the columns, each distinct value rounded once.

    Python's round takes the decimal nearest the exact value, half to even, then the float
    nearest that decimal: for a value whose scaled copy (v x 10^USER_DIGITS) lies clear of a half,
    rint of the scaled copy is that decimal's integer and its quotient by the scale (a correctly
    rounded division) that float. The others (within ROUND_MARGIN of a half, or too large for
    the scaling's own error to stay below it) are rounded by Python's round."""
    values = np.concatenate(columns)
    distinct, where = np.unique(values, return_inverse=True)
    scale = 10.0 ** USER_DIGITS
    scaled = distinct * scale
    rounded = np.rint(scaled) / scale
    with np.errstate(invalid="ignore"):  # inf - inf: not finite, so rounded by round
        doubtful = ~(np.abs(scaled) < ROUND_EXACT_BELOW) | (np.abs(scaled - np.floor(scaled) - 0.5) < ROUND_MARGIN)
    if doubtful.any():
        rounded[doubtful] = [round(v, USER_DIGITS) for v in distinct[doubtful].tolist()]
    return np.split(rounded[where], len(columns))


def _is_wide(text: str) -> bool:
    return len(text) == 1 and unicodedata.east_asian_width(text) in "WF"


def with_spaces(chars: list[Obj], spacing: Spacing | None = None, blanks: Sequence[Point] = ()) -> list[Obj]:
    """The chars with a space put back between two whose gap is a word space (space_between), or
    narrower down to BLANK_GAP_MIN_EM between letters or digits (_is_alnum) where a blank glyph
    stands in it (blank_stops; blanks: the origins pdfium_adapter.blank_origin gives). pdfium's text page leaves out a text object that draws
    no ink: Chromium sets each glyph in an object of its own, and its spaces (Noto Sans CJK's
    0.224 em, under the WORD_SPACE_EM a gap alone must reach) vanish with theirs, though the page
    draws them (■製造品出荷額 達成値, corpus seed 948 kpi_listed in chromium_ruled; pdfminer
    reads them). Wider gaps keep their reading, blank or not: a label spread over its cell
    (年　次, realdocs kobe_jinko_no_ugoki_h26) is read from its gaps (extract.pdf.spread). A gap
    between a Japanese letter and a Latin letter or digit at the page's own autospace (extract.pdf.
    autospace: every such transition spaced alike, 和欧間スペース) is no word space, though as wide as
    one: an engine setting the JIS quarter em there (Typst: 年間 750 人（5 年間で 3750 人）, its gaps a
    hair either side of WORD_SPACE_EM's floor, corpus seed 872 kpi_baseline_target in typst_borderless)
    spaced half its transitions by that floor, and the rest read as joints parting the cell.
    spacing: the chars' Spacing, when the caller has it."""
    if len(chars) < 2:
        return chars
    spacing = Spacing.of(chars) if spacing is None else spacing
    x0, x1, top, size, upright = spacing.x0, spacing.x1, spacing.top, spacing.size, spacing.upright
    gap, em = x0[1:] - x1[:-1], np.maximum(1.0, size[:-1])
    near = upright[:-1] & upright[1:] & (np.abs(top[:-1] - top[1:]) <= SAME_LINE_PT)
    worded = near & (WORD_SPACE_EM[0] * em <= gap) & (gap < WORD_SPACE_EM[1] * em)
    narrow = (BLANK_GAP_MIN_EM * em <= gap) & (gap < WORD_SPACE_EM[0] * em)
    stops = blank_stops(chars, spacing, blanks)
    blanked = {j for j in stops if narrow[j] and _is_alnum(chars[j]["text"]) and _is_alnum(chars[j + 1]["text"])}
    autospace = glyph_autospace(chars, spacing) if worded.any() else 0.0
    spaced = sorted([*(j for j in np.flatnonzero(worded).tolist() if not is_autospaced(chars[j], chars[j + 1], autospace)),
                     *blanked])
    if not spaced:
        return chars
    out: list[Obj] = []
    start = 0
    for j in spaced:
        out += chars[start:j + 1]
        gap_char = space_glyph(chars[j], chars[j + 1]) if j in blanked else space_between(chars[j], chars[j + 1])
        out += [gap_char] if gap_char else []
        start = j + 1
    return out + chars[start:]


def glyph_autospace(chars: list[Obj], spacing: Spacing | None = None) -> float:
    """The page's autospace (autospace.page_autospace) read from its glyphs as pdfium draws them, before
    any space is put back: one reading of the page whichever way its chars are read (at once or one by one)."""
    return page_autospace(lines_of(chars, Spacing.of(chars) if spacing is None else spacing))


def lines_of(chars: list[Obj], spacing: Spacing) -> list[list[Obj]]:
    """The upright chars grouped into lines, each left to right: chars whose tops lie within
    SAME_LINE_PT of the line's first, top to bottom (what autospace.page_autospace reads)."""
    order = sorted((k for k in range(len(chars)) if spacing.upright[k]), key=lambda k: float(spacing.top[k]))
    lines: list[list[int]] = []
    for k in order:
        if lines and spacing.top[k] - spacing.top[lines[-1][0]] <= SAME_LINE_PT:
            lines[-1].append(k)
        else:
            lines.append([k])
    return [[chars[k] for k in sorted(line, key=lambda k: float(spacing.x0[k]))] for line in lines]


def blank_stops(chars: list[Obj], spacing: Spacing, blanks: Sequence[Point]) -> dict[int, float]:
    """Where a blank glyph stands in the gap after chars[j], by j: its origin on the baseline of
    both chars (within SAME_LINE_PT: glyphs of two fonts on one baseline may have tops further
    apart), from the left one's end (SAME_LINE_PT before it) to the right one."""
    if len(chars) < 2 or not blanks:
        return {}
    x0, x1, upright = spacing.x0, spacing.x1, spacing.upright
    gaps = np.flatnonzero(upright[:-1] & upright[1:] & (x0[1:] - x1[:-1] > 0))
    if not len(gaps):
        return {}
    bx, by = np.array([b[0] for b in blanks]), np.array([b[1] for b in blanks])
    left, right = (np.array([chars[j]["matrix"][5] for j in (gaps + k).tolist()]) for k in (0, 1))
    inside = ((bx[None, :] >= x1[gaps, None] - SAME_LINE_PT) & (bx[None, :] < x0[gaps + 1, None])
              & (np.abs(by[None, :] - left[:, None]) <= SAME_LINE_PT) & (np.abs(by[None, :] - right[:, None]) <= SAME_LINE_PT))
    rows = np.flatnonzero(inside.any(axis=1))
    return {int(gaps[r]): float(bx[inside[r]].min()) for r in rows.tolist()}


def _is_alnum(text: str) -> bool:
    """One letter or digit, of any width (a kanji, a kana, R, ６): what words and figures are spelled with (宿泊者数
    242千人, R10 254千人). Beside a sign or a bracket a blank's gap keeps its reading (△ 44,353 in a table's cell,
    realdocs kobe_jinko_no_ugoki_h26, is one figure)."""
    return len(text) == 1 and unicodedata.category(text)[0] in "LN"


def page_codes(textpage: Any, n: int) -> list[int]:
    """The UTF-16 code unit of every char of the page: in one call, or char by char when that
    call's text is not one unit per char (it leaves out a glyph mapped to U+0000)."""
    buf = (ctypes.c_ushort * (n + 1))()
    got = pr.FPDFText_GetText(textpage, 0, n, buf)
    if got - 1 == n:
        return buf[:n]
    return [pr.FPDFText_GetUnicode(textpage, i) for i in range(n)]


def space_between(left: Obj, right: Obj, autospace: float = 0.0) -> Obj | None:
    """The space glyph drawn between two chars of a line that pdfium drops or reports as a
    generated space (weasyprint's samples, 0.29 em): a gap within WORD_SPACE_EM of the size, or None.

    Tighter gaps are letter spacing (0.2 em beside a Latin run in the samples), wider ones column gaps;
    a gap at the page's autospace (glyph_autospace) between a Japanese and a Latin letter is the engine's
    script gap (autospace.is_autospaced), no space drawn."""
    size = max(1.0, float(left["size"]))
    gap = right["x0"] - left["x1"]
    if not (left["upright"] and right["upright"]) or abs(left["top"] - right["top"]) > SAME_LINE_PT:
        return None
    if not WORD_SPACE_EM[0] * size <= gap < WORD_SPACE_EM[1] * size or is_autospaced(left, right, autospace):
        return None
    return space_glyph(left, right)


def space_glyph(left: Obj, right: Obj) -> Obj:
    """A space char filling the gap between two chars of a line, in the left one's style."""
    gap = right["x0"] - left["x1"]
    return {**left, "text": " ", "x0": left["x1"], "x1": right["x0"], "width": gap, "adv": gap,
            "matrix": (*left["matrix"][:4], left["matrix"][4] + (left["x1"] - left["x0"]), left["matrix"][5])}


def char_text(probe: Probe, i: int, code: int) -> str:
    """A char's text; a glyph without a Unicode mapping reads as pdfminer writes it, (cid:N) (one
    mapped to U+0000 reads as that, as pdfminer reads it)."""
    return f"(cid:{code})" if has_unicode_map_error(probe.page, i) == 1 else code_text(code)


def code_text(code: int) -> str:
    """The text of a char pdfium reports by its code: a line-ending hyphen (LINE_END_HYPHEN) as
    the hyphen-minus its glyph draws."""
    return "-" if code == LINE_END_HYPHEN else chr(code)


@dataclass(frozen=True, slots=True)
class Style:
    """What the chars of one text object share: font, stated descent, size and matrix, and what
    follows from them in the page frame."""

    fontname: str
    descent: float  # per unit of size, negative below the baseline
    size: float  # pdfium's font size (text space)
    matrix: tuple[float, float, float, float]  # the char matrix without its translation
    scale: float  # length of the matrix's x axis
    span: tuple[float, float]  # the glyph box's bottom and top in text space (descent, descent + size)
    page_m: tuple[float, float, float, float]  # the matrix composed with the page's (pdfminer's char matrix)
    plain: bool  # upright, unturned glyphs on an upright page: their boxes need no corners turned

    @classmethod
    def of(cls, fontname: str, descent: float, size: float, matrix: tuple[float, float, float, float],
           frame: Frame) -> Style:
        a, b, c, d = matrix
        low = descent * size
        page_m = compose((a, b, c, d, 0.0, 0.0), frame.ctm)[:4]
        plain = b == 0 and c == 0 and a > 0 and d > 0 and frame.is_upright()
        return cls(fontname, descent, size, matrix, math.hypot(a, b) or 1.0, (low, low + size), page_m, plain)


class Probe:
    """A text page's handle and the out-parameters pdfium fills for one char, allocated once per
    page, as the bare per-char functions take them (bare_function)."""

    __slots__ = ("page", "ox", "oy", "loose", "ox_ref", "oy_ref", "loose_ref", "rounded")

    def __init__(self, textpage: Any) -> None:
        self.page = ctypes.cast(textpage, ctypes.c_void_p)
        self.ox, self.oy, self.loose = ctypes.c_double(), ctypes.c_double(), pr.FS_RECTF()
        self.ox_ref, self.oy_ref, self.loose_ref = ctypes.byref(self.ox), ctypes.byref(self.oy), ctypes.byref(self.loose)
        self.rounded: dict[float, float] = {}  # round_user's memo for the page


def text_style(textpage: Any, i: int, styles: dict[Any, Style], descents: dict[str, float], frame: Frame,
               address: int | None = None, handle: Any = None, matrix: tuple[Any, Any] | None = None) -> Style:
    """The style of char i's text object (at address, when known), cached per object handle, and
    per font, size and matrix (a text object often holds a word or less: sample 001 draws 2 chars
    per object). handle: the text page as the bare functions take it (Probe.page); matrix: an
    FS_MATRIX and a reference to it for pdfium to fill (the caller's, reused from object to object)."""
    key = (typed_text_object_address(textpage, i) if address is None else address) or 0
    style = styles.get(key)
    if style is None:
        page = handle if handle is not None else ctypes.cast(textpage, ctypes.c_void_p)
        if matrix is None:
            fm = pr.FS_MATRIX()
            matrix = fm, ctypes.byref(fm)
        fm = matrix[0]
        text_matrix(page, i, matrix[1])
        font = object_font(ctypes.c_void_p(key)) if key else None
        shape = (font, float(text_font_size(page, i)), fm.a, fm.b, fm.c, fm.d)
        style = styles.get(shape)
        if style is None:
            name, descent = font_facts(pr.FPDFTextObj_GetFont(pr.FPDFText_GetTextObject(textpage, i)))
            style = Style.of(name, descents.get(base_name(name), descent), shape[1], shape[2:], frame)
            styles[shape] = style
        styles[key] = style
    return style


def font_facts(font: Any) -> tuple[str, float]:
    """A font's base name and pdfium's descent (per unit of size; 0.0 when pdfium gives none)."""
    buf = ctypes.create_string_buffer(FONT_NAME_BYTES)
    n = pr.FPDFFont_GetBaseFontName(font, buf, FONT_NAME_BYTES)
    descent = ctypes.c_float()
    ok = pr.FPDFFont_GetDescent(font, ctypes.c_float(1000.0), descent)
    return (buf.raw[: max(0, n - 1)].decode("latin-1") if n else ""), (descent.value / 1000.0 if ok else 0.0)


def _address_function(name: str) -> Any:
    """A pdfium function returning a handle, declared to return its address (an int) instead."""
    fn = bindings._libs["pdfium"][name]
    fn.argtypes, fn.restype = getattr(pr, name).argtypes, ctypes.c_void_p
    return fn


def bare_function(name: str, restype: Any = ctypes.c_int) -> Any:
    """A pdfium function without ctypes' argument conversion, for the calls made once per char
    (half the cost of a call): its arguments are passed as ctypes values already (Probe)."""
    lib = bindings._libs["pdfium"]
    fn = type(lib[name])((name, lib))
    fn.restype = restype
    return fn


# FPDFText_GetTextObject as an address: a cache key without a ctypes cast
typed_text_object_address = _address_function("FPDFText_GetTextObject")
# the per-char calls, bare: they take Probe.page and Probe's references
text_object_address = bare_function("FPDFText_GetTextObject", ctypes.c_void_p)
is_generated = bare_function("FPDFText_IsGenerated")
has_unicode_map_error = bare_function("FPDFText_HasUnicodeMapError")
char_origin = bare_function("FPDFText_GetCharOrigin")
loose_char_box = bare_function("FPDFText_GetLooseCharBox")
# text_style's calls, once per text object
object_font = bare_function("FPDFTextObj_GetFont", ctypes.c_void_p)
text_font_size = bare_function("FPDFText_GetFontSize", ctypes.c_double)
text_matrix = bare_function("FPDFText_GetMatrix")


def char_item(i: int, code: int, style: Style, frame: Frame, probe: Probe) -> Obj:
    """One char as pdfplumber's dict: pdfminer's box (the advance by the size, from the font's
    stated descent), in the page frame."""
    char_origin(probe.page, i, probe.ox_ref, probe.oy_ref)
    loose_char_box(probe.page, i, probe.loose_ref)
    ox, oy = probe.ox.value, probe.oy.value
    a, b, c, d = style.matrix
    adv = _advance(probe.loose, (a / style.scale, b / style.scale)) / style.scale
    low, high = style.span
    if style.plain:  # most text: no corners to turn
        x0, top, x1, bottom = frame.corners((ox, d * high + oy), (a * adv + ox, d * low + oy), probe.rounded)
    else:
        x0, top, x1, bottom = turned_box((a, b, c, d, ox, oy), adv, style.span, frame)
    ca, cb, cc, cd, ce, cf = frame.ctm
    m = (*style.page_m, ox * ca + oy * cc + ce, ox * cb + oy * cd + cf)
    return {"object_type": "char", "page_number": frame.page_number, "text": char_text(probe, i, code),
            "fontname": style.fontname, "size": style.size * (math.hypot(c, d) or 1.0), "adv": adv * style.scale,
            "upright": bool(0 < m[0] * m[3] and m[1] * m[2] <= 0), "matrix": m,
            "x0": x0, "x1": x1, "top": top, "bottom": bottom, "y0": frame.height - bottom, "y1": frame.height - top,
            "doctop": frame.doctop + top, "width": x1 - x0, "height": bottom - top}


def turned_box(text_m: Matrix, adv: float, span: tuple[float, float], frame: Frame) -> tuple[float, float, float, float]:
    """The page box (x0, top, x1, bottom) of a glyph box (0..adv, span) turned by its text matrix."""
    display = [frame.coord(apply(text_m, (x, y))) for x in (0.0, adv) for y in span]
    xs, ys = [p[0] for p in display], [p[1] for p in display]
    return min(xs), min(ys), max(xs), max(ys)


def _advance(loose: Any, direction: tuple[float, float]) -> float:
    """A glyph's advance in user space: its loose box's extent along the text direction."""
    w, h = loose.right - loose.left, loose.top - loose.bottom
    return w / abs(direction[0]) if abs(direction[0]) >= abs(direction[1]) else h / abs(direction[1])
