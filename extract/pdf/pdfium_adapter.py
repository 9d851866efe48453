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
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pr
from pdfminer.pdftypes import resolve1
from pdfplumber.page import Page
from pdfplumber.pdf import PDF

from extract.errors import BrokenPdfError, PasswordRequiredError
from extract.pdf import pdfplumber_adapter
from extract.pdf.grid import PageContent
from extract.pdf.pdfium_chars import (IDENTITY, SAME_LINE_PT, USER_DIGITS, WORD_SPACE_EM, Frame, Matrix, Obj, Point,
                                      apply, bare_function, base_name, compose, page_chars, rotation_ctm, space_between)
from extract.pdf.triage import can_hold_table, read_text_page

FontFacts = tuple[str, float] | None  # a font's base name and stated Descent per unit of size; None: none stated
FontCache = dict[int, FontFacts]  # by the font's object number: pages share their fonts

PDFIUM_PASSWORD_ERROR = 4  # FPDF_ERR_PASSWORD
# pdfium keeps every font and image a document loads until it closes (1.5 GB over 1,000 pages
# whose fonts are not shared): the document is opened again after this many pages
REOPEN_PAGES = 100
SEG_LINETO, SEG_BEZIERTO, SEG_MOVETO = pr.FPDF_SEGMENT_LINETO, pr.FPDF_SEGMENT_BEZIERTO, pr.FPDF_SEGMENT_MOVETO
OBJ_TEXT, OBJ_PATH, OBJ_IMAGE, OBJ_FORM = pr.FPDF_PAGEOBJ_TEXT, pr.FPDF_PAGEOBJ_PATH, pr.FPDF_PAGEOBJ_IMAGE, pr.FPDF_PAGEOBJ_FORM
BLANK_WIDTH_PT = 0.01  # a text object narrower than this is left out of pdfium's text page (its kSizeEpsilon)


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


def page_frame(shell: Page) -> Frame:
    """The frame of a pdfplumber page shell (its raw mediabox, rotation and top-left box)."""
    box = tuple(float(v) for v in shell.page_obj.mediabox)
    mediabox = (min(box[0], box[2]), min(box[1], box[3]), max(box[0], box[2]), max(box[1], box[3]))
    ctm = rotation_ctm(mediabox, int(shell.rotation or 0))
    return Frame(ctm, float(shell.height), float(shell.mediabox[0]), float(shell.mediabox[1]),
                 float(shell.initial_doctop), int(shell.page_number))


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


def page_objects(page: pdfium.PdfPage, frame: Frame, descents: dict[str, float] | None = None) -> dict[str, list[Obj]]:
    """Given a pdfium page, return its chars, rects, lines, curves and images as pdfplumber dicts.

    descents: the fonts' stated descents by base name (font_descents), pdfium's own otherwise."""
    out: dict[str, list[Obj]] = {"char": [], "rect": [], "line": [], "curve": [], "image": []}
    blanks: list[Point] = []
    for obj, kind, matrix in walk_objects(page.raw, IDENTITY):
        if kind == OBJ_PATH:
            for item in path_items(obj, matrix, frame):
                out[item["object_type"]].append(item)
        elif kind == OBJ_IMAGE:
            out["image"].append(image_item(obj, matrix, frame))
        else:
            blanks.append(blank_origin(obj, matrix, frame))
    textpage = page.get_textpage()
    try:
        out["char"] = page_chars(textpage.raw, frame, descents or {}, blanks)
    finally:
        textpage.close()
    return out


def walk_objects(parent: Any, outer: Matrix, form: bool = False) -> Iterator[tuple[Any, int, Matrix]]:
    """Every page object but text (its glyphs come from the text page), form XObjects opened,
    with its type and the matrix from its form to page space; of text, only the objects that
    draw no ink (is_blank), which the text page leaves out. A page's objects are mostly
    text (sample 001 sets 2 glyphs per object): they are passed over by address (bare calls)."""
    handle = ctypes.cast(parent, ctypes.c_void_p)
    count = pr.FPDFFormObj_CountObjects(parent) if form else pr.FPDFPage_CountObjects(parent)
    get = form_object if form else page_object
    box = Box()
    for i in range(count):
        address = get(handle, i)
        kind = object_type(address)
        if kind == OBJ_TEXT and not box.is_blank(address):
            continue
        obj = ctypes.cast(address, pr.FPDF_PAGEOBJECT)
        if kind == OBJ_FORM:
            yield from walk_objects(obj, compose(object_matrix(obj), outer), form=True)
        else:
            yield obj, kind, outer


class Box:
    """A page object's bounds as pdfium fills them, the out-parameters allocated once per walk."""

    __slots__ = ("left", "bottom", "right", "top", "refs")

    def __init__(self) -> None:
        self.left, self.bottom, self.right, self.top = (ctypes.c_float() for _ in range(4))
        self.refs = tuple(ctypes.byref(v) for v in (self.left, self.bottom, self.right, self.top))

    def is_blank(self, address: Any) -> bool:
        """True for a text object no wider than pdfium's text page keeps (BLANK_WIDTH_PT): its
        glyphs draw no ink (a space set in an object of its own, Chromium's PDFs)."""
        return bool(object_bounds(address, *self.refs)) and self.right.value - self.left.value < BLANK_WIDTH_PT


def blank_origin(obj: Any, matrix: Matrix, frame: Frame) -> Point:
    """A blank text object's origin as with_spaces compares it with the chars: x in the page
    frame (as a char's x0), y as a char's baseline (its matrix's last value)."""
    x, y = apply(frame.ctm, apply(matrix, object_matrix(obj)[4:]))
    return (x + frame.mb_x0, y)


class _Address(ctypes.c_void_p):
    """An object handle returned as it is (ctypes turns a plain c_void_p result into an int,
    which a bare call would pass as a C int)."""


# walk_objects' calls, made once per page object: bare (pdfium_chars.bare_function), by address
page_object = bare_function("FPDFPage_GetObject", _Address)
form_object = bare_function("FPDFFormObj_GetObject", _Address)
object_type = bare_function("FPDFPageObj_GetType")
object_bounds = bare_function("FPDFPageObj_GetBounds")


def object_matrix(obj: Any) -> Matrix:
    """A page object's own matrix."""
    m = pr.FS_MATRIX()
    if not pr.FPDFPageObj_GetMatrix(obj, m):
        return IDENTITY
    return (m.a, m.b, m.c, m.d, m.e, m.f)


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
