"""Drawings that are glyphs, not rules: a producer that draws its text as paths over an
invisible text layer (fuji_r8, DocuWorks through Ghostscript) strokes every 千, 円 and digit with
short edges. Beside a column rule they chain into the rule's snap cluster (each within the snap
tolerance of the next), and the rule is moved to the cluster's mean: 6,838,97 | 8 318,401."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

Obj = dict[str, Any]

GLYPH_DRAWING_TOL_EM = 0.1  # a drawing this far outside a glyph's box (in the glyph's size) still lies within it


def without_glyph_drawings(objects: Sequence[Obj], chars: Sequence[Obj]) -> list[Obj]:
    """The objects (curves, rects) less those drawn within a glyph's box."""
    if not chars or not objects:
        return list(objects)
    boxes = np.array([[c["x0"], c["top"], c["x1"], c["bottom"], c["size"]] for c in chars], dtype=np.float64)
    slack = boxes[:, 4] * GLYPH_DRAWING_TOL_EM
    x0, top, x1, bottom = boxes[:, 0] - slack, boxes[:, 1] - slack, boxes[:, 2] + slack, boxes[:, 3] + slack
    widest = float(np.max(x1 - x0))
    tallest = float(np.max(bottom - top))
    out = []
    for obj in objects:
        small = float(obj["x1"]) - float(obj["x0"]) <= widest and float(obj["bottom"]) - float(obj["top"]) <= tallest
        if small and bool(np.any((x0 <= obj["x0"]) & (obj["x1"] <= x1) & (top <= obj["top"]) & (obj["bottom"] <= bottom))):
            continue
        out.append(obj)
    return out
