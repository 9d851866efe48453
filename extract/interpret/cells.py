"""Cell shapes every table reader agrees on: a bare year, a row code."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from collections.abc import Sequence
from dataclasses import replace

from extract.model import Cell, Table
from normalize import Year, clean_text, parse_quantity, parse_year
from normalize.brackets import without_bracket_groups
from extract.interpret.facets import without_unit_brackets, words_beside_years
from normalize.years import ERA_PATTERN, era_of, parse_year_in_era

YEAR_CELL_MAX_CHARS = 24
YEAR_CELL_CACHE_SIZE = 4096  # cell texts whose is_year_cell answer is kept: a table asks for most several times
CODE_RE = re.compile(r"^[0-9A-Za-z\-‐.．\s]+$")  # 1-1-1, 2-3, No. codes
HYPHEN_CODE_RE = re.compile(r"^\s*[0-9A-Za-z]+(?:\s*[-‐]\s*[0-9A-Za-z]+)+\s*$")  # 1-1-1, 2-3; -131 is a number


EXPLICIT_YEAR_RE = re.compile(rf"{ERA_PATTERN}\s*[0-9元]+|[0-9元]+\s*(年度|年)")
ERA_YEAR_RE = re.compile(rf"{ERA_PATTERN}?\s*[0-9元]+\s*(年度|年)|{ERA_PATTERN}\s*[0-9元]+")  # 令和5年度, 5年, R5


@lru_cache(maxsize=YEAR_CELL_CACHE_SIZE)
def is_year_cell(text: str) -> bool:
    """A short cell that states only a year: R3, 2020年度, 令和2年度（実績）, 2015年 (H27年度)."""
    text = text.strip()
    if not 0 < len(text) <= YEAR_CELL_MAX_CHARS:
        return False
    year = parse_year(text)
    if year is None:
        return False
    rest = without_restated_year(clean_text(text).replace(year.text, ""), year)
    if year.text.isdigit() and EXPLICIT_YEAR_RE.search(rest):
        return False  # 1902人（2018年度）: a bare number beside a year the cell writes out is a value
    if year.text.isdigit() and parse_quantity(text).unit is not None:
        return False  # 1993千人: four digits with a unit of quantity are a value, not a year
    return not _has_number_value(rest)


# four digits standing alone, no figure nor unit on either side (R7年度 2025; not 2025人, 12,025)
WESTERN_YEAR_RE = re.compile(r"(?<![0-9,.])[0-9]{4}(?=$|[\s)\]/年])")


def without_restated_year(rest: str, year: Year) -> str:
    """What a year cell writes besides its year with a bare western year inside that year's span taken out
    (R7年度 2025: the year written again in the other calendar, no value beside it)."""
    return WESTERN_YEAR_RE.sub(lambda m: "" if year.start <= int(m.group(0)) <= year.end else m.group(0), rest)


def is_bare_year_cell(text: str) -> bool:
    """A year cell that states nothing but its years, a unit and the point of the year it means
    (R3, 2020年度（令和2年度）, R5年度末 (千円)): no word of it could name the column's kind. A year
    beside words the reader does not know (R4年度最新の数値) is no bare year: its kind is those words',
    never one its position suggests."""
    return is_year_cell(text) and not words_beside_years(text)


ERA_LESS_LABEL_RE = re.compile(r"^\s*([0-9０-９]{1,2}|元)\s*(年度|年)(?![0-9０-９])")  # 28年度（各月）: a year without its era


def year_of_label(text: str, era: str | None = None) -> Year | None:
    """The year a row label states when it is a year and nothing more but bracketed words
    (28年度（各月）, 令和5年度, 2023年 (見込)), an era-less year read in the document's era:
    the row's values are of that year. A name holding a year (令和6年能登半島地震復旧事業) dates
    no value."""
    text = era + text.strip() if era and ERA_LESS_LABEL_RE.match(text) else text
    if not is_year_cell(text):
        return None
    year = None if words_beside_years(without_bracket_groups(text, " ")) else parse_year(text)
    return None if year is None or year.conflict else year


def _has_number_value(text: str) -> bool:
    """Digits left once the years and bracketed units ((t-CO2), (m3)) are taken out (40,335冊
    beside its year)."""
    stripped = ERA_YEAR_RE.sub("", without_unit_brackets(text, blank=""))
    return bool(re.search(r"[0-9]", stripped))


def is_code(text: str) -> bool:
    """Row codes such as 1-1-1 or 2-3 that number a 施策, not name it."""
    return bool(CODE_RE.match(text.strip())) and any(ch.isdigit() for ch in text)


ERA_LESS_CELL_RE = re.compile(r"^\s*([0-9０-９]{1,2}|元)\s*(年度|年)\s*$")


def with_written_eras(table: Table) -> Table:
    """The table with each cell that is only a year without its era (28年度, 元年度) read in the
    era of the nearest cell before it that states one: to its left in its row (令和3年度 | 4年度 |
    5年度 across a header), else above it in its column (平成27年度 / 28年度 / 令和元年度 / 2年度
    down a transposed table's years), or in the column beside it where its own is empty
    (平成7年 set wider than the 8年 / 9年 … right-aligned under it, so a layout parts them into two
    columns): tables write the era where it changes."""
    if not any(ERA_LESS_CELL_RE.match(text) or BARE_YEAR_RE.match(text)
               for row in table.rows for cell in row if (text := clean_text(cell.text))):
        return table
    rows = [list(row) for row in table.rows]
    for row in rows:
        _fill_eras([(row, col) for col in range(len(row))])
        for col, era in enumerate(counted_years([cell.text for cell in row])):
            if era:
                row[col] = _in_era(row[col], era)
    for col in range(table.n_cols):
        _fill_eras([(row, col) for row in rows if col < len(row)], [_era_beside(row, col) for row in rows if col < len(row)])
    return replace(table, rows=tuple(tuple(row) for row in rows))


def _fill_eras(run: list[tuple[list[Cell], int]], beside: Sequence[str] = ()) -> None:
    """Along a row or a column (cells as (row, index) in reading order), era-less years take the
    era of the last year cell before them that states one (eras_taken); beside: for each cell of
    the run, the text read in its place when it is empty."""
    texts = [row[col].text if row[col].text.strip() or not beside else beside[k] for k, (row, col) in enumerate(run)]
    for (row, col), era in zip(run, eras_taken(texts)):
        if era:
            row[col] = _in_era(row[col], era)


def _era_beside(row: Sequence[Cell], col: int) -> str:
    """The year, stating its era, in the cell left of an empty one (else nothing)."""
    left = clean_text(row[col - 1].text) if 0 < col <= len(row) - 1 else ""
    year = parse_year(left) if is_year_cell(left) else None
    return left if year is not None and era_of(year) else ""


def eras_taken(texts: Sequence[str]) -> list[str | None]:
    """For texts along a row or a column, the era each era-less year (28年度, 6年) takes: that of
    the last year before it that states one; a text that is no year breaks the run."""
    out: list[str | None] = []
    era = None
    for raw in texts:
        text = clean_text(raw)
        year = parse_year(text) if is_year_cell(text) else None
        taken = era if era and year is None and ERA_LESS_CELL_RE.match(text) and parse_year_in_era(text, era) else None
        if year is not None:
            era = era_of(year)
        elif not taken and text.strip():
            era = None
        out.append(taken)
    return out


BARE_YEAR_RE = re.compile(r"^\s*([0-9０-９]{1,2})\s*$")
MIN_BARE_YEARS = 3  # bare numbers after a year with its era that must count on from it to be its era's years
MAX_YEAR_STEP = 5  # ... by the same step, at most this many years (every year, or every census: 平成2 | 7 | 12)


def counted_years(texts: Sequence[str]) -> list[str | None]:
    """Along a header row, the era each bare number takes where a year stating its era is followed
    by MIN_BARE_YEARS or more bare numbers counting on from it by one step of at most MAX_YEAR_STEP
    (平成6 | 7 | 8 | … | 26 over a table's year columns): a header writes the era once, and may close the count
    with its year word (平成元年 | 2 | … | 13年: the era-less year counting on takes the era too). Numbers that
    do not count on (a row of values after a year label) take none."""
    out: list[str | None] = [None] * len(texts)
    for i, raw in enumerate(texts):
        text = clean_text(raw)
        year = parse_year(text) if is_year_cell(text) else None
        era = era_of(year) if year is not None and year.start == year.end else None
        first = parse_year_in_era("1年", era) if era else None
        if year is None or not era or first is None:
            continue
        run = _bare_run(texts[i + 1:])
        counts = [year.start - first.start + 1, *run]
        steps = {b - a for a, b in zip(counts, counts[1:])}
        if len(run) >= MIN_BARE_YEARS and len(steps) == 1 and 0 < (step := steps.pop()) <= MAX_YEAR_STEP:
            end = i + 1 + len(run)
            closed = end < len(texts) and _era_less_number(texts[end]) == counts[-1] + step
            out[i + 1:end + closed] = [era] * (len(run) + closed)
    return out


def _era_less_number(text: str) -> int | None:
    """The number of an era-less year (13年, 26年度): the last of a header's count whose writer closes it with its
    year word (平成元年 | 2 | … | 12 | 13年), else None."""
    m = ERA_LESS_CELL_RE.match(unicodedata.normalize("NFKC", clean_text(text)))
    return None if m is None or m.group(1) == "元" else int(m.group(1))


def _bare_run(texts: Sequence[str]) -> list[int]:
    """The bare numbers at the start of texts, up to the first text that is not one."""
    out = []
    for raw in texts:
        m = BARE_YEAR_RE.match(unicodedata.normalize("NFKC", clean_text(raw)))
        if m is None:
            break
        out.append(int(m.group(1)))
    return out


def with_era_carried(table: Table, era: str) -> Table:
    """The table with each cell that is only a year without its era, none written before it in the table, read
    in the era given: a continuation's years (24年度 / 25年度 on the page after 平成22年度 / 23年度) go on in the
    era its table last wrote."""
    rows = tuple(tuple(_in_era(c, era) if ERA_LESS_CELL_RE.match(clean_text(c.text)) and parse_year_in_era(clean_text(c.text), era)
                       else c for c in row) for row in table.rows)
    return replace(table, rows=rows)


def last_written_era(table: Table) -> str | None:
    """The era of the last year the table writes with one, in reading order (平成22年度 / 23年度 read in its era):
    the era its continuation on the next page goes on in where it writes its years without (24年度 / 25年度)."""
    years = (parse_year(cell.text) for row in reversed(table.rows) for cell in reversed(row) if cell.text.strip())
    return next((era for year in years if year is not None and (era := era_of(year))), None)


def _in_era(cell: Cell, era: str) -> Cell:
    """The cell read in the era (its raw text too: a cell's lines are read from it)."""
    return replace(cell, text=era + cell.text.strip(), raw=era + cell.raw.strip())


SPACED_DIGITS_RE = re.compile(r"(?<=[0-9])\s+(?=[0-9])")
DIGIT_RE = re.compile(r"[0-9０-９]")
MIN_SPACED_YEARS = 2  # cells of a column that must read as different years once their digits are joined


def with_spaced_years(table: Table) -> Table:
    """The table with the years of a column whose writer spaced their digits (H2 2 / H2 3 … H2 8,
    glyphs set apart) read whole: where every cell of the column holding digits (its header's
    words aside) reads as a year once the spaces between its digits go, MIN_SPACED_YEARS or more
    of them spaced, all different years, while read as written no spaced one is a year (corpus
    seed 25 kpi_transposed html_borderless: its rows gave no year)."""
    rows = [list(row) for row in table.rows]
    for col in range(table.n_cols):
        cells = [row[col] for row in rows if col < len(row) and DIGIT_RE.search(row[col].text)]  # 年度 atop: no year
        joined = [SPACED_DIGITS_RE.sub("", c.text.strip()) for c in cells]
        spaced = [c for c, j in zip(cells, joined) if j != c.text.strip()]
        years = {(y.start, y.end) for j in joined if is_year_cell(j) and (y := parse_year(j)) is not None}
        if (len(spaced) < MIN_SPACED_YEARS or any(is_year_cell(c.text) for c in spaced)
                or not all(map(is_year_cell, joined)) or len(years) < len(joined)):
            continue
        for row in rows:
            if col < len(row) and row[col] in spaced:
                row[col] = replace(row[col], text=SPACED_DIGITS_RE.sub("", row[col].text.strip()))
    return replace(table, rows=tuple(tuple(row) for row in rows))
