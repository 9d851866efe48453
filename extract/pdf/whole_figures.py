"""Whether a line of a table's column is a cell's whole figure by itself.

A line that is one figure and nothing more (1,042, ９億９５２万円, 80.36※, 869（Ｈ３０）, 調査なし) is a
cell's whole content: no line below it in its column goes on it. extract.pdf.rows reads two such lines
one above the other as two rows (the gap between them bounds a cell's leading), and two rows of one-line
cells as two rows. A figure with words or a second reading after it (32人（2022年度）, 11人(延べ107日)) may
go on below. (extract.pdf.figure_rows keeps a wider reading of its own, a line opening with a figure:
1,813千人 beside its row's name opens a row of one figure there.)
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.pdf.pieces import NOTE_MARK_END_RE, SEPARATORS
from normalize.missing import missing_marker, states_no_value
from normalize.numbers import value_run
from normalize.quantity import parse_quantity
from normalize.text import clean_text, nfkc_safe
from normalize.vocab import SCALE_WORDS, MissingReason
from normalize.years import parse_year

WHOLE_VALUE_CACHE_SIZE = 4096  # texts whose reading is kept: each line is judged once per pair it is in
DATED_VALUE_RE = re.compile(r"^(?P<value>[^()]+?)\s*\((?P<year>[^()]+)\)$")  # 869(H30): a value, its year in brackets (NFKC)


def is_whole_figure(text: str) -> bool:
    """True for a line that is a cell's whole figure by itself, which no line below it in its column
    goes on: a whole value (is_whole_value), one its note mark closes (80.36※ over 40: the rows of a
    table of two rows, the widest line reading as full by its width alone, corpus seed 912
    kpi_baseline_target in calc_borderless), a statement that there is no value (調査なし over 24,313:
    normalize.missing.states_no_value), or a dash standing for one (－)."""
    cleaned = clean_text(text)
    return is_whole_value(NOTE_MARK_END_RE.sub("", nfkc_safe(text).strip())) or states_no_value(cleaned) \
        or missing_marker(cleaned) == MissingReason.DASH.value


@lru_cache(maxsize=WHOLE_VALUE_CACHE_SIZE)
def is_whole_value(text: str) -> bool:
    """True for a line that is one value by itself: a number with at most a short unit or its scale
    after it (1,042 / ９億９５２万円 / 47.8% / ▲122万円 / 21.6億), perhaps with the year it was measured in brackets
    after it (869（Ｈ３０）: corpus seed 528 kpi_baseline_target, two rows of such readings beside
    names and units whose only line reads as full), so that a line below it is another value; never
    one ending in its separator (15. over 8 is 15.8 cut by a wrap), a date or a header (2015年,
    2019平均)."""
    folded = nfkc_safe(text).strip()
    dated = DATED_VALUE_RE.match(folded)
    if dated and parse_year(dated["year"]) is not None:
        folded = dated["value"]  # 869（Ｈ３０）: the year it was measured makes it no less one reading
    if value_run(folded) != 1 or folded[-1:] in SEPARATORS:
        return False
    quantity = parse_quantity(folded)
    return (quantity.value is not None and quantity.year is None and not quantity.qualifiers
            and (quantity.unit is not None or folded[-1].isdigit() or folded.endswith(tuple(SCALE_WORDS))))
