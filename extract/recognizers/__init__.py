"""Layout recognizers, registered in plain dicts (camelot's parsers/BACKENDS pattern).

A table recognizer takes one Table and the Context around it and returns an Extraction,
or None when the table is not its layout; the first that answers claims the table. A
document recognizer reads the whole Document (running text as well as tables).
"""

from __future__ import annotations

from collections.abc import Callable

from extract.model import Document, Table
from extract import interpret
from extract.recognizers import (
    amounts, kpi_card, kpi_table, listed_amounts, listed_kpi, prose_kpi, prose_targets, schedule, target_items,
)
from extract.context import Context
from extract.records import Extraction

TableRecognizer = Callable[[Table, Context], Extraction | None]
DocumentRecognizer = Callable[[Document, frozenset[int]], Extraction]

TABLE_RECOGNIZERS: dict[str, TableRecognizer] = {
    "listed_rows": listed_kpi.recognize_rows,
    "grid_card": interpret.recognize_card,
    "kpi_card": kpi_card.recognize,
    "grid": interpret.recognize,
    "schedule": schedule.recognize,
    "kpi_table": kpi_table.recognize,
    "grid_kpi": interpret.recognize_kpi,
    "target_items": target_items.recognize,
}

DOCUMENT_RECOGNIZERS: dict[str, DocumentRecognizer] = {
    "prose_kpi": prose_kpi.recognize,
    "listed_kpi": listed_kpi.recognize,
    "prose_targets": prose_targets.recognize,
    "amounts": amounts.recognize,
    "listed_amounts": listed_amounts.recognize,
}
