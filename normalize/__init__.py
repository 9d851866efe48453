"""Pure normalizers for Japanese municipal documents: strings in, typed values out.

Public API::

    parse_year(text) -> Year | None
    parse_quantity(text, unit_hint=None) -> Quantity
    clean_text(text) -> str
    parse_unit(text) -> (base_unit, scale)
    unit_from_header(text) -> str | None
    indicator_key(name) -> str

Conventions: ``Quantity.value`` is a float in base units with every scale
word applied (681,185千円 → 681185000.0, unit "円", scale 1000); percent stays
a percent (16.4% → 16.4, unit "%"); percentage points are "pt"; powers are
ASCII digits ("m3", "m2", "tCO2"); per-units keep their slash ("人/年").
``value is None`` exactly when ``missing_reason`` is set (``MissingReason``);
``qualifiers`` are ``Qualifier`` values.  No I/O, no pandas.  Vocabulary (eras,
scale words, missing markers, qualifier phrases, unit aliases) lives in
``normalize.vocab``.
"""

from normalize.keys import indicator_key
from normalize.quantity import Quantity, parse_quantity
from normalize.text import clean_text
from normalize.units import hint_to_unit, normalize_unit, parse_unit, unit_from_header
from normalize.vocab import MissingReason, Qualifier
from normalize.years import Year, parse_year

__all__ = [
    "MissingReason",
    "Qualifier",
    "Quantity",
    "Year",
    "clean_text",
    "hint_to_unit",
    "indicator_key",
    "normalize_unit",
    "parse_quantity",
    "parse_unit",
    "parse_year",
    "unit_from_header",
]
