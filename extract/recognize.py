"""Run the layout recognizers over a whole document."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace

from extract.interpret import read_table_values, restate_years
from extract.interpret.borrowed import may_borrow_header
from extract.interpret.cells import last_written_era, with_era_carried, with_spaced_years, with_written_eras
from extract.interpret.signs import with_signs_rejoined
from extract.interpret.continuations import join_cut_names
from extract.interpret.values import footnote_years
from extract.misread_glyphs import without_misread_labels
from extract.interpret.structure import Layout, filled_texts, split_at_repeated_header
from extract.interpret.structure import count_header_rows as grid_count_header_rows
from extract.model import Block, Document, Table
from extract.recognizers import DOCUMENT_RECOGNIZERS, TABLE_RECOGNIZERS
from extract.recognizers.columns import count_header_rows
from extract.context import (
    Context, HeaderRows, WalkedTable, document_era, footnotes_after, running_heads, source_years_after, title_year, walk_tables,
)
from extract.records import Extraction

GENERIC = "generic"


def recognize_document(document: Document) -> Extraction:
    """Given a document, return every KPI, 事業費, name, project and table value it yields."""
    result = Extraction()
    previous_header: HeaderRows | None = None
    grid_header: HeaderRows | None = None
    year, era = title_year(document), document_era(document)
    heads = running_heads(document)  # page furniture: no caption of a table, passed over below one
    notes = notes_of_runs(document, footnotes_after(document, heads))
    sources = source_years_after(document, heads)
    carried_caption: tuple[str | None, str] = (None, "")
    carried_era: str | None = None  # the era the table before last wrote a year in, for its continuation
    beside: tuple[Table, Layout] | None = None
    for table, heading, caption_unit, caption, in_section in _header_parts(walk_tables(document, heads)):
        table = with_written_eras(with_spaced_years(with_signs_rejoined(join_cut_names(table))))
        if grid_header is not None and not grid_count_header_rows(table) and \
                not may_borrow_header(table, grid_header, beside[0] if beside else None, caption, era):
            grid_header = previous_header = None  # another table's header: its values missing, not misdated
        carried = grid_header is not None and not caption.strip() and not grid_count_header_rows(table)
        continues = carried or (not caption.strip() and repeats_header(table, grid_header))
        if continues:
            caption_unit, caption = carried_caption  # a continuation keeps its table's caption (R4の主な事業)
        elif not caption_unit and repeats_header(table, grid_header):
            caption_unit = carried_caption[0]  # a continuation repeating its header keeps its （単位：千円）
        carried_caption = (caption_unit, caption)
        table, table_era, carried_era = _with_era_carried(table, continues, carried_era, era)
        ctx = Context(heading, caption_unit, previous_header, caption, year, table_era, grid_header,
                      notes.get(table.index, ()), beside=beside, section_year=in_section, caption_carried=carried,
                      source_year=sources.get(table.index))
        values, layout = read_table_values(table, ctx)
        ctx = replace(ctx, reading=(values, layout))  # read once, whatever recognizer claims it
        found = restate_years(_first_match(table, ctx), footnote_years(ctx.footnotes))
        result = result + found + Extraction(table_values=values)
        grid_header = _grid_header_after(table, layout, grid_header)
        beside = (table, layout) if layout is not None else None
        previous_header = _header_after(table, found, previous_header)
    claimed = frozenset(i for i, kind in result.table_kinds if kind != GENERIC)
    for recognizer in DOCUMENT_RECOGNIZERS.values():
        result = result + recognizer(document, claimed)
    return without_misread_labels(result)


def _with_era_carried(table: Table, continues: bool, carried_era: str | None,
                      era: str | None) -> tuple[Table, str | None, str | None]:
    """The table, the era it is read in and the era its run's next part carries on: a continuation's
    years without their era go on in the era its table last wrote (平成23年度 | 24年度)."""
    if continues and carried_era:
        table, era = with_era_carried(table, carried_era), carried_era
    return table, era, last_written_era(table) or (carried_era if continues else None)


def _grid_header_after(table: Table, layout: Layout | None, grid_header: HeaderRows | None) -> HeaderRows | None:
    """The grid header the next table may continue under: none after a table read without one; a table's own,
    or the one a continuation was read under (passed on, not its copy)."""
    if layout is None or not layout.header:
        return None
    return layout.header if grid_header is None or grid_count_header_rows(table) else grid_header


def _header_after(table: Table, found: Extraction, previous: HeaderRows | None) -> HeaderRows | None:
    """The header rows the next table may borrow: the table's own, none after a generic table without any,
    else the one before."""
    n = count_header_rows(table)
    if n:
        return table.rows[:n]
    return None if not found.table_kinds or found.table_kinds[0][1] == GENERIC else previous


def _header_parts(tables: Iterable[WalkedTable]) -> Iterator[WalkedTable]:
    """Each table's parts under the copies of its header set inside it, each with the table's
    heading, caption and section (split_at_repeated_header)."""
    for table, heading, unit, caption, section in tables:
        for part in split_at_repeated_header(table):
            yield part, heading, unit, caption, section


def notes_of_runs(document: Document, notes: dict[int, tuple[str, ...]]) -> dict[int, tuple[str, ...]]:
    """The footnotes of each table, where a table with none of its own continued by the next
    (right below it or on a later page, under the same header or, on a later page, under none of its
    own) takes the notes below the run's last part: ※基準値はH30年の実績 under a table's end speaks of
    its every part."""
    out = dict(notes)
    for table, following in reversed(_continued_pairs(document.blocks)):
        n = grid_count_header_rows(table)
        if not out.get(table.index) and n and (repeats_header(following, table.rows[:n]) or _continued_headless(table, following)):
            out[table.index] = out.get(following.index, ())
    return out


def _continued_headless(table: Table, following: Table) -> bool:
    """True for a table's part on a later page without a header of its own, as many columns wide: the rest of
    its rows after a page break (corpus dev8 seed 708 kpi_progress, text)."""
    later = (following.prov.page or 0) > (table.prov.page or 0)
    return later and following.n_cols == table.n_cols and not grid_count_header_rows(following)


def _continued_pairs(blocks: Sequence[Block]) -> list[tuple[Table, Table]]:
    """Each table with the next, where no text stands between them on one page."""
    at = [(k, b) for k, b in enumerate(blocks) if isinstance(b, Table)]
    return [(a, b) for (i, a), (j, b) in zip(at, at[1:])
            if j == i + 1 or (b.prov.page or 0) > (a.prov.page or 0)]


def repeats_header(table: Table, header: HeaderRows | None) -> bool:
    """True when the table opens with the same header rows as the table before (a table
    continued on the next page under a repeated header), or with header rows holding the same
    header words however a layout set them in rows (No set level with 予算計上額 on one page,
    above it on the other)."""
    if not header or len(table.rows) <= len(header):
        return False
    texts = [filled_texts(row) for row in header]
    if texts == [filled_texts(row) for row in table.rows[:len(header)]]:
        return True
    n = grid_count_header_rows(table)
    own = sorted(c.text for row in table.rows[:n] for c in row if c.text.strip())
    return 0 < n < len(table.rows) and own == sorted(t for row in texts for t in row)


def _first_match(table: Table, ctx: Context) -> Extraction:
    """The first recognizer's reading of the table; one that claims it but reads no value from
    it yields to a later one that reads values (a layout-specific recognizer meeting a variant
    it does not know)."""
    claimed: Extraction | None = None
    for recognize in TABLE_RECOGNIZERS.values():
        found = recognize(table, ctx)
        if found is None:
            continue
        if found.kpi_values or found.budget_values:
            return found
        claimed = claimed or found
    return claimed or Extraction(table_kinds=((table.index, GENERIC),))
