"""Project schedules: 事業名 | 担当課 | 新規 ● | R7年度 ● | R8年度 ● … (3カ年の取組の展開)."""

from __future__ import annotations

from extract.model import Cell, Table
from extract.recognizers.columns import header_or_carried, header_texts, is_year_cell
from extract.context import Context
from extract.records import Extraction, ProjectEntry
from extract.vocab import (
    SCHEDULE_DEPARTMENT_WORDS, SCHEDULE_MARKS, SCHEDULE_NEW_WORDS, SCHEDULE_PROJECT_WORDS,
    SCHEDULE_SUMMARY_WORDS,
)
from normalize import parse_year

NAME = "schedule"


def _find(headers: list[str], words: tuple[str, ...]) -> int | None:
    for col, header in enumerate(headers):
        if any(w in header.replace(" ", "") for w in words):
            return col
    return None


def is_marked(text: str) -> bool:
    return any(ch in SCHEDULE_MARKS for ch in text)


def recognize(table: Table, ctx: Context) -> Extraction | None:
    """Given a schedule table (or its headerless continuation), return one entry per project."""
    header_rows, start = header_or_carried(table, ctx.previous_header)
    if not header_rows:
        return None
    headers = header_texts(header_rows, table.n_cols)
    project_col = _find(headers, SCHEDULE_PROJECT_WORDS)
    year_cols = {c: y for c, h in enumerate(headers) if is_year_cell(h) and (y := parse_year(h))}
    if project_col is None or not year_cols:
        return None
    department_col = _find(headers, SCHEDULE_DEPARTMENT_WORDS)
    new_col = _find(headers, SCHEDULE_NEW_WORDS)
    summary_col = _find(headers, SCHEDULE_SUMMARY_WORDS)
    entries = []
    for row in table.rows[start:]:
        name = row[project_col].text.strip()
        if not name:
            continue
        years = tuple(sorted(y.start for c, y in year_cols.items() if c < len(row) and is_marked(row[c].text)))
        entries.append(ProjectEntry(
            prov=row[project_col].prov, project=name,
            department=_text(row, department_col), is_new=new_col is not None and is_marked(row[new_col].text),
            fiscal_years=years, summary=_text(row, summary_col), context=ctx.heading, recognizer=NAME,
        ))
    return Extraction(projects=tuple(entries), table_kinds=((table.index, NAME),))



def _text(row: tuple[Cell, ...], col: int | None) -> str | None:
    if col is None or col >= len(row):
        return None
    return row[col].text.strip() or None
