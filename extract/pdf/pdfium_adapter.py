"""pdfium adapter: the only module that knows pypdfium2 handles and pdfium's coordinate system.

pdfium reads a page's characters and path objects about ten times faster than pdfminer. This
adapter turns them into object dicts of the shape pdfplumber gives (chars with x0, x1, top,
bottom, text, size, fontname, upright, matrix; rects, lines and curves classified as pdfminer
classifies path segments) in the same frame: pdfminer's display matrix for the page's /Rotate,
then pdfplumber's top-left origin, converted once here. Those dicts are set as the objects of a
pdfplumber page shell (pdfplumber parses no content stream for it), so the table builders in
extract.pdf.pdfplumber_adapter read pdfium's objects unchanged.
"""

from __future__ import annotations

import ctypes
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pr
import pypdfium2_raw.bindings as bindings
from pdfminer.pdftypes import resolve1
from pdfplumber.page import Page
from pdfplumber.pdf import PDF

from extract.errors import BrokenPdfError, PasswordRequiredError
from extract.pdf import pdfplumber_adapter
from extract.pdf.grid import PageContent
from extract.pdf.triage import can_hold_table, read_text_page

Obj = dict[str, Any]
Matrix = tuple[float, float, float, float, float, float]
Point = tuple[float, float]
FontFacts = tuple[str, float] | None  # a font's base name and stated Descent per unit of size; None: none stated
FontCache = dict[int, FontFacts]  # by the font's object number: pages share their fonts

USER_DIGITS = 4  # pdfium reports float32 (54.099998 for 54.1): user-space points rounded to this many decimals
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
FONT_NAME_BYTES = 256  # buffer for a font's base name
PDFIUM_PASSWORD_ERROR = 4  # FPDF_ERR_PASSWORD
# pdfium keeps every font and image a document loads until it closes (1.5 GB over 1,000 pages
# whose fonts are not shared): the document is opened again after this many pages
REOPEN_PAGES = 100
HIGH_SURROGATE = range(0xD800, 0xDC00)
WORD_SPACE_EM = (0.25, 0.55)  # a dropped space is put back in a gap within this share of the size (0.5 em: a half-width space)
SAME_LINE_PT = 0.5  # chars whose tops differ less than this sit on one line
SEG_LINETO, SEG_BEZIERTO, SEG_MOVETO = pr.FPDF_SEGMENT_LINETO, pr.FPDF_SEGMENT_BEZIERTO, pr.FPDF_SEGMENT_MOVETO
OBJ_TEXT, OBJ_PATH, OBJ_IMAGE, OBJ_FORM = pr.FPDF_PAGEOBJ_TEXT, pr.FPDF_PAGEOBJ_PATH, pr.FPDF_PAGEOBJ_IMAGE, pr.FPDF_PAGEOBJ_FORM


@dataclass
class PdfiumPdf:
    """One open PDF: pdfium reads the content, pdfplumber's page shells carry it downstream."""

    plumber: PDF
    doc: pdfium.PdfDocument
    triage: bool = True  # prose pages (extract.pdf.triage) skip the table builders
    path: str = ""
    password: str | None = None
    pages_read: int = 0  # since pdfium last opened the file
    fonts: FontCache = field(default_factory=dict)  # font_descents' cache for this document

    def document(self) -> pdfium.PdfDocument:
        """The pdfium document, opened again every REOPEN_PAGES pages to drop its caches."""
        if self.path and self.pages_read >= REOPEN_PAGES:
            self.doc.close()
            self.doc = pdfium.PdfDocument(self.path, password=self.password or None)
            self.pages_read = 0
        self.pages_read += 1
        return self.doc


@contextmanager
def open_pdf(path: str, password: str | None) -> Iterator[PdfiumPdf]:
    """Open a PDF with both libraries, mapping failures onto our error tree."""
    with pdfplumber_adapter.open_pdf(path, password) as plumber:
        try:
            doc = pdfium.PdfDocument(path, password=password or None)
        except pdfium.PdfiumError as e:
            if getattr(e, "err_code", None) == PDFIUM_PASSWORD_ERROR:
                raise PasswordRequiredError(path, "encrypted PDF: a user password is required (pass password=)") from e
            raise BrokenPdfError(path, f"pdfium gave up ({e})") from e
        pdf = PdfiumPdf(plumber, doc, path=path, password=password)
        try:
            yield pdf
        finally:
            pdf.doc.close()


def page_count(pdf: PdfiumPdf) -> int:
    """Number of pages in the document."""
    return len(pdf.doc)


def count_pages(path: str, password: str | None) -> int:
    """Number of pages of the PDF at path, opened by pdfium alone (quick: no page tree parsed in Python)."""
    doc = pdfium.PdfDocument(path, password=password or None)
    try:
        return len(doc)
    finally:
        doc.close()


def read_page(pdf: PdfiumPdf, index: int) -> PageContent:
    """Read page `index` (0-based) with pdfium objects through the pdfplumber table builders
    (a prose page, when triage is on, through the text lines only)."""
    shell = pdf.plumber.pages[index]
    page = pdf.document()[index]
    try:
        objects = page_objects(page, page_frame(shell), font_descents(shell, pdf.fonts))
    finally:
        page.close()
    shell._objects = objects
    if pdf.triage and not can_hold_table(objects, float(shell.height)):
        try:
            return read_text_page(shell, index + 1)
        finally:
            shell.close()
    return pdfplumber_adapter.read_page(pdf.plumber, index)


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


def page_frame(shell: Page) -> Frame:
    """The frame of a pdfplumber page shell (its raw mediabox, rotation and top-left box)."""
    box = tuple(float(v) for v in shell.page_obj.mediabox)
    mediabox = (min(box[0], box[2]), min(box[1], box[3]), max(box[0], box[2]), max(box[1], box[3]))
    ctm = rotation_ctm(mediabox, int(shell.rotation or 0))
    return Frame(ctm, float(shell.height), float(shell.mediabox[0]), float(shell.mediabox[1]),
                 float(shell.initial_doctop), int(shell.page_number))


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


def font_descents(shell: Page, cache: FontCache | None = None) -> dict[str, float]:
    """The Descent (per unit of size) each font of the page's resources states, by base name
    without its subset prefix: pdfminer boxes glyphs with it, pdfium with the font file's own
    (weasyprint writes Descent 0 for IPAex, whose file says -0.071).

    cache: the facts of fonts already read, by object number (a CID font's width table is
    parsed once per document, not once per page)."""
    fonts = resolve1((resolve1(shell.page_obj.resources) or {}).get("Font")) or {}
    cache = {} if cache is None else cache
    out: dict[str, float] = {}
    for ref in fonts.values():
        objid = getattr(ref, "objid", None)
        facts = cache[objid] if objid in cache else stated_descent(resolve1(ref))
        if objid is not None:
            cache[objid] = facts
        if facts is not None:
            out.setdefault(*facts)
    return out


def stated_descent(spec: Any) -> FontFacts:
    """A font dict's base name and the Descent its descriptor states (per unit of size), or None."""
    if not isinstance(spec, dict):
        return None
    desc_font = resolve1((resolve1(spec.get("DescendantFonts")) or [spec])[0])
    descriptor = resolve1(desc_font.get("FontDescriptor")) if isinstance(desc_font, dict) else None
    if isinstance(descriptor, dict) and isinstance(resolve1(descriptor.get("Descent")), (int, float)):
        return base_name(str(resolve1(spec.get("BaseFont")) or "")), -abs(float(resolve1(descriptor["Descent"]))) / 1000.0
    return None


def base_name(name: str) -> str:
    """A font name without pdfminer's slash or a subset prefix (BAAAAA+IPAexMincho: IPAexMincho)."""
    return name.lstrip("/'").rstrip("'").split("+")[-1]


def page_objects(page: pdfium.PdfPage, frame: Frame, descents: dict[str, float] | None = None) -> dict[str, list[Obj]]:
    """Given a pdfium page, return its chars, rects, lines, curves and images as pdfplumber dicts.

    descents: the fonts' stated descents by base name (font_descents), pdfium's own otherwise."""
    out: dict[str, list[Obj]] = {"char": [], "rect": [], "line": [], "curve": [], "image": []}
    textpage = page.get_textpage()
    try:
        out["char"] = page_chars(textpage.raw, frame, descents or {})
    finally:
        textpage.close()
    for obj, matrix in walk_objects(page.raw, IDENTITY):
        kind = pr.FPDFPageObj_GetType(obj)
        if kind == OBJ_PATH:
            for item in path_items(obj, matrix, frame):
                out[item["object_type"]].append(item)
        elif kind == OBJ_IMAGE:
            out["image"].append(image_item(obj, matrix, frame))
    return out


def walk_objects(parent: Any, outer: Matrix, form: bool = False) -> Iterator[tuple[Any, Matrix]]:
    """Every page object, form XObjects opened, with the matrix from its form to page space."""
    count = pr.FPDFFormObj_CountObjects(parent) if form else pr.FPDFPage_CountObjects(parent)
    for i in range(count):
        obj = pr.FPDFFormObj_GetObject(parent, i) if form else pr.FPDFPage_GetObject(parent, i)
        if pr.FPDFPageObj_GetType(obj) == OBJ_FORM:
            yield from walk_objects(obj, compose(object_matrix(obj), outer), form=True)
        else:
            yield obj, outer


def object_matrix(obj: Any) -> Matrix:
    """A page object's own matrix."""
    m = pr.FS_MATRIX()
    if not pr.FPDFPageObj_GetMatrix(obj, m):
        return IDENTITY
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def page_chars(textpage: Any, frame: Frame, descents: dict[str, float]) -> list[Obj]:
    """The page's drawn characters, in content order; pdfium's generated spaces and line breaks
    left out, and a space put back where a drawn one was (see space_between)."""
    styles: dict[Any, Style] = {}
    chars: list[Obj] = []
    n = pr.FPDFText_CountChars(textpage)
    codes = page_codes(textpage, n)
    probe = Probe(textpage)
    skip = False
    for i in range(n):
        if skip or is_generated(probe.page, i) == 1:
            skip = False
            continue
        code = codes[i]
        if code in HIGH_SURROGATE and i + 1 < n:
            code, skip = 0x10000 + ((code - 0xD800) << 10) + (codes[i + 1] - 0xDC00), True
        style = styles.get(text_object_address(probe.page, i) or 0) or text_style(textpage, i, styles, descents, frame)
        ch = char_item(i, code, style, frame, probe)
        gap = space_between(chars[-1], ch) if chars else None
        chars += [gap, ch] if gap else [ch]
    return chars


def page_codes(textpage: Any, n: int) -> list[int]:
    """The UTF-16 code unit of every char of the page, in one call."""
    buf = (ctypes.c_ushort * (n + 1))()
    got = pr.FPDFText_GetText(textpage, 0, n, buf)
    codes = list(buf[: max(0, got - 1)])
    return codes + [pr.FPDFText_GetUnicode(textpage, i) for i in range(len(codes), n)]


def space_between(left: Obj, right: Obj) -> Obj | None:
    """The space glyph drawn between two chars of a line that pdfium drops or reports as a
    generated space (weasyprint's samples, 0.29 em): a gap within WORD_SPACE_EM of the size, or None.

    Tighter gaps are letter spacing (0.2 em beside a Latin run in the samples), wider ones column gaps."""
    size = max(1.0, float(left["size"]))
    gap = right["x0"] - left["x1"]
    if not (left["upright"] and right["upright"]) or abs(left["top"] - right["top"]) > SAME_LINE_PT:
        return None
    if not WORD_SPACE_EM[0] * size <= gap < WORD_SPACE_EM[1] * size:
        return None
    return {**left, "text": " ", "x0": left["x1"], "x1": right["x0"], "width": gap, "adv": gap,
            "matrix": (*left["matrix"][:4], left["matrix"][4] + (left["x1"] - left["x0"]), left["matrix"][5])}


def char_text(probe: Probe, i: int, code: int) -> str:
    """A char's text; a glyph without a Unicode mapping reads as pdfminer writes it, (cid:N)."""
    if code == 0 or has_unicode_map_error(probe.page, i) == 1:
        return f"(cid:{code})"
    return chr(code)


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


def text_style(textpage: Any, i: int, styles: dict[Any, Style], descents: dict[str, float], frame: Frame) -> Style:
    """The style of char i's text object, cached per object handle, and per font, size and matrix
    (a text object often holds a word or less: sample 001 draws 2 chars per object)."""
    key = typed_text_object_address(textpage, i) or 0
    style = styles.get(key)
    if style is None:
        obj = pr.FPDFText_GetTextObject(textpage, i)
        fm = pr.FS_MATRIX()
        pr.FPDFText_GetMatrix(textpage, i, fm)
        shape = (font_address(obj), float(pr.FPDFText_GetFontSize(textpage, i)), fm.a, fm.b, fm.c, fm.d)
        style = styles.get(shape)
        if style is None:
            name, descent = font_facts(pr.FPDFTextObj_GetFont(obj))
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


# FPDFText_GetTextObject and FPDFTextObj_GetFont as addresses: cache keys without a ctypes cast
typed_text_object_address = _address_function("FPDFText_GetTextObject")
font_address = _address_function("FPDFTextObj_GetFont")
# the per-char calls, bare: they take Probe.page and Probe's references
text_object_address = bare_function("FPDFText_GetTextObject", ctypes.c_void_p)
is_generated = bare_function("FPDFText_IsGenerated")
has_unicode_map_error = bare_function("FPDFText_HasUnicodeMapError")
char_origin = bare_function("FPDFText_GetCharOrigin")
loose_char_box = bare_function("FPDFText_GetLooseCharBox")


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


def path_segments(obj: Any, matrix: Matrix) -> list[tuple[str, list[Point]]]:
    """A path object's segments as pdfminer's (op, points) in user space, closes as h."""
    m = compose(object_matrix(obj), matrix)
    x, y = ctypes.c_float(), ctypes.c_float()
    segs: list[tuple[str, list[Point]]] = []
    pending: list[Point] = []  # a Bézier's control points, until its end point
    for i in range(pr.FPDFPath_CountSegments(obj)):
        seg = pr.FPDFPath_GetPathSegment(obj, i)
        pr.FPDFPathSegment_GetPoint(seg, x, y)
        pt = apply(m, (x.value, y.value))
        kind = pr.FPDFPathSegment_GetType(seg)
        if kind == SEG_BEZIERTO:
            pending.append(pt)
            if len(pending) == 3:
                segs.append(("c", pending))
                pending = []
        else:
            segs.append(("m" if kind == SEG_MOVETO else "l", [pt]))
        if pr.FPDFPathSegment_GetClose(seg) and not pending:
            segs.append(("h", []))
    return segs


def subpaths(segs: list[tuple[str, list[Point]]]) -> list[list[tuple[str, list[Point]]]]:
    """Split a path at each m, as pdfminer paints each subpath on its own."""
    out: list[list[tuple[str, list[Point]]]] = []
    for seg in segs:
        if seg[0] == "m" or not out:
            out.append([])
        out[-1].append(seg)
    return [s for s in out if s[0][0] == "m"]


def path_items(obj: Any, matrix: Matrix, frame: Frame) -> list[Obj]:
    """A path object as pdfminer's lines, rects and curves, one per subpath."""
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    pr.FPDFPath_GetDrawMode(obj, fill, stroke)
    width = ctypes.c_float()
    pr.FPDFPageObj_GetStrokeWidth(obj, width)
    style = {"stroke": bool(stroke.value), "fill": fill.value != pr.FPDF_FILLMODE_NONE,
             "evenodd": fill.value == pr.FPDF_FILLMODE_ALTERNATE, "linewidth": float(width.value),
             "stroking_color": None, "non_stroking_color": None, "dash": None}
    return [classify_subpath(sub, style, frame) for sub in subpaths(path_segments(obj, matrix))]


def classify_subpath(sub: list[tuple[str, list[Point]]], style: Obj, frame: Frame) -> Obj:
    """One subpath as pdfminer classifies it: a line (ml), a rect (mlllh, axis-aligned) or a curve."""
    shape = "".join(op for op, _ in sub)
    pts = [p[-1] if p else sub[0][1][-1] for _, p in sub]
    if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
        shape, pts = shape[:-2] + "h", pts[:-1]
    display = [frame.coord(p) for p in pts]
    path = [(op, *(frame.coord(p) for p in ps)) for op, ps in sub]
    if shape in {"mlh", "ml"}:
        return _shape_item("line", display[:2], path, style, frame)
    if shape in {"mlllh", "mllll"} and pts[0] == pts[4] and _is_square(pts):
        return _shape_item("rect", [display[0], display[2]], path, style, frame)
    return _shape_item("curve", display, path, style, frame)


def _is_square(pts: list[Point]) -> bool:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = pts[:4]
    return (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)


def _shape_item(kind: str, pts: list[Point], path: list[Any], style: Obj, frame: Frame) -> Obj:
    """A line, rect or curve dict in pdfplumber's keys (top-left origin)."""
    x0, x1 = min(p[0] for p in pts), max(p[0] for p in pts)
    top, bottom = min(p[1] for p in pts), max(p[1] for p in pts)
    item = {"object_type": kind, "page_number": frame.page_number, "x0": x0, "x1": x1, "top": top, "bottom": bottom,
            "y0": frame.height - bottom, "y1": frame.height - top, "doctop": frame.doctop + top,
            "width": x1 - x0, "height": bottom - top, "pts": pts, "path": path, **style}
    return item


def image_item(obj: Any, matrix: Matrix, frame: Frame) -> Obj:
    """An image object's box as pdfplumber's image dict."""
    m = compose(object_matrix(obj), matrix)
    pts = [frame.coord(apply(m, (x, y))) for x in (0.0, 1.0) for y in (0.0, 1.0)]
    return _shape_item("image", pts, [], {}, frame)
