"""One interpreter for grid tables from any source (text, PDF, sheets).

    read_layout    where the header rows, label columns and value columns are (structure)
    read_facets    each header cell's year, kind, unit and measure words (facets)
    table_values   every number in long form with the facets of its row and column (values)
    budget_values  money tables to 事業費 / budget records (budget)

`recognize` claims money tables for the budget dataset; `read_table_values` gives every
table's numbers for the table_values dataset whatever recognizer claims the table.
"""

from __future__ import annotations

from dataclasses import replace

from extract.interpret.beside import borrowed_labels
from extract.interpret.borrowed import has_unread_header
from extract.interpret.budget import MONEY_COLUMN_SHARE, budget_values, is_money_table, names_measured_amount
from extract.interpret.cards import NAME as CARD_NAME
from extract.interpret.cards import read_card
from extract.interpret.column_cards import column_card_values
from extract.interpret.kpi import cell_contradicts, indicator_names, is_kind_label, kpi_values, labels_indicator, names_indicator, with_subject
from extract.interpret.facets import EMPTY, kind_of, read_facets
from extract.interpret.folded import folded_blocks
from extract.interpret.plan_period import plan_period
from extract.interpret.header_rows import is_header_word
from extract.interpret.structure import Layout, caption_rows, count_header_rows, read_layout, stacked_tables
from extract.interpret.values import (
    FOOTNOTE_SOURCE, PERCENT, YEN, TableContext, footnote_word_years, footnote_years, row_labels, spaced_columns, table_subject, table_values,
    units_atop, without_document_year,
)
from extract.model import Table
from extract.context import Context, listed_money_unit, lists_ratio_unit, opens_section, source_year
from extract.records import Extraction, TableValue
from extract.vocab import (
    AMOUNT_KINDS, FOOTNOTE_MARKS, INDICATOR_WORDS, KPI_KINDS, PROJECT_HEADER_WORDS, PROJECT_MONEY_WORD, SENTENCE_END,
    STRONG_INDICATOR_WORDS,
)
from normalize import Year, parse_quantity
from normalize.vocab import AS_OF_WORDS

NAME = "grid"
STATED_KINDS = AMOUNT_KINDS - {"difference"}  # a header stating one says its column holds amounts
KPI_NAME = "grid_kpi"


def table_context(ctx: Context) -> TableContext:
    """The year of the caption line nearest the table, the 単位 line's unit, and the
    document's year and era."""
    texts = [line for line in reversed(ctx.caption.splitlines()) if line.strip()]
    lines = [read_facets(line) for line in texts]
    # a source line above ((平成22年,国勢調査)) states the source of the table above, not this one's
    years = [f.year for f, text in zip(lines, texts) if f.year and source_year(text) is None]
    unit = ctx.caption_unit or (lines[0].unit if lines else None)  # 人口の推移（人）
    caption = replace(EMPTY, year=years[0] if years else None, unit=unit, kind=caption_kind(ctx.caption))
    as_of = bool(years) and any(w in years[0].text for w in AS_OF_WORDS)
    return TableContext(caption, ctx.title_year, ctx.era, footnote_years(ctx.footnotes), footnote_word_years(ctx.footnotes),
                        table_subject(ctx.caption), ctx.section_year, caption_as_of=as_of,
                        plan_period=plan_period(ctx.heading, ctx.caption), caption_lists_ratio=lists_ratio_unit(ctx.caption),
                        caption_money_unit=listed_money_unit(ctx.caption), source_year=ctx.source_year)


def caption_kind(caption: str) -> str | None:
    """The kind of value a caption line right above the table states and nothing more (実績, 実績値
    (年度末)): a group header over the value columns a layout set above the table's frame (corpus seed
    39 kpi_transposed in pdf_rules), the kind of the columns that state none."""
    lines = [ln.strip() for ln in caption.splitlines() if ln.strip()]
    kind = kind_of(lines[-1]) if lines and is_kind_label(lines[-1]) else None
    return kind if kind in KPI_KINDS else None


def carried_units(table: Table, ctx: Context) -> tuple[tuple[int, str], ...]:
    """The units the table before printed atop its columns (千円 over 13 in its first body
    row), for a headerless continuation on the same columns, which prints none (fuji_r6 p361)."""
    if ctx.beside is None or ctx.previous_grid_header is None or count_header_rows(table):
        return ()
    before, layout = ctx.beside
    return tuple(sorted(units_atop(before, layout).items())) if before.n_cols == table.n_cols else ()


def read_table_values(table: Table, ctx: Context) -> tuple[tuple[TableValue, ...], Layout | None]:
    """Every number of the table in long form (empty when it holds none), and the layout of
    its last part (a frame may hold a box of values over a table); the reading the context
    already carries, when it does."""
    if ctx.reading is not None:
        return ctx.reading
    values: tuple[TableValue, ...] = ()
    layout = None
    ctx = with_title_rows(ctx, table)
    previous = ctx.previous_grid_header
    if (previous is not None and len(previous[0]) != table.n_cols and opens_section(ctx.caption)
            and not ctx.caption_carried and not count_header_rows(table)):
        previous = None  # under (5) 時間外勤務手当, on a grid of its own: a new table, not a continuation
    spaced = spaced_columns(table)  # a frame's tables share its columns and its writer
    for part in stacked_tables(table):
        layout = read_layout(part, previous if part is table or not values else None, ctx.era)
        if layout is None:
            continue
        tctx = without_document_year(replace(table_context(ctx), carried_units=carried_units(table, ctx)), part, layout)
        blocks = _folded(part, layout, ctx.era)
        if len(blocks) > 1:
            values += tuple(v for block, lay in blocks for v in table_values(block, lay, tctx))
            continue
        labels = None
        if ctx.beside is not None and not any(r.name for r in row_labels(part, layout)):
            labels = borrowed_labels(part, layout, *ctx.beside)
        values += tuple(table_values(part, layout, tctx, labels, spaced))
    if layout is None and not values:
        values = tuple(column_card_values(table, table_context(ctx)))  # no value column: read down the columns
    return values, layout


def _folded(table: Table, layout: Layout, era: str | None) -> list[tuple[Table, Layout]]:
    """The blocks of a table folded in two (or more), each with its own layout."""
    blocks = folded_blocks(table, layout)
    if len(blocks) == 1:
        return [(table, layout)]
    read = [(block, read_layout(block, None, era)) for block in blocks]
    return [part for block, lay in read if lay is not None for part in _folded(block, lay, era)]


def with_title_rows(ctx: Context, table: Table) -> Context:
    """The title lines drawn inside the table's frame, above its header, close its caption."""
    titles = [c.text for row in table.rows[:caption_rows(table)] for c in row if c.text.strip()]
    return replace(ctx, caption="\n".join([ctx.caption, *titles]).strip("\n")) if titles else ctx


def names_merged_with_values(layout: Layout) -> bool:
    """True when a name column's header also heads a column of values (指標名 現状値 2014年度: a header
    word, then a kind with its year; 重要業績 当初値（2014年評価指標 度）: the indicator column's words
    interleaved with a KPI kind and its year): the reader merged the two columns, and the names
    hold that column's figures
    (若者定住奨励金 26交付件数, corpus seeds 13 and 14 in pdf_borderless; ごみ排出量（1人1 826日当たり）,
    seed 24 kpi_year_matrix in pdf_rules). Which words name the row is not known."""
    for col, role in layout.label_roles:
        header = layout.col_headers[col]
        first, _, rest = header.partition(" ")
        if role == "name" and (is_header_word(first) and states_kind_and_year(rest)
                               or without_indicator_words(header) != header
                               and states_kind_and_year(without_indicator_words(header), KPI_KINDS)):
            return True
    return False


def states_kind_and_year(text: str, kinds: frozenset[str] | None = None) -> bool:
    facets = read_facets(text)
    return facets.kind is not None and facets.year is not None and (kinds is None or facets.kind in kinds)


def without_indicator_words(header: str) -> str:
    """A header's text, the words naming an indicator column (数値目標, 評価指標, KPI) blanked: 目標 in
    数値目標 names the column of names, no kind of value."""
    for word in INDICATOR_WORDS:
        header = header.replace(word, " ")
    return header


def _is_kpi_table(values: tuple[TableValue, ...], headers: tuple[str, ...]) -> bool:
    """Baseline / actual / target values, or a column headed as an indicator (指標, KPI)."""
    return (any(v.kind in KPI_KINDS for v in values)
            or any(w in h for h in headers for w in STRONG_INDICATOR_WORDS))


def counts_rows_apart(values: tuple[TableValue, ...], layout: Layout) -> bool:
    """A column whose rows count in units of different kinds (人 | g | 億円 down one column): each
    row counts its own quantity, an indicator table whatever its headers say, no budget (観光消費額
    in 億円 among them is a statistic). A share (%) is no other kind of count: a 人件費率 row among
    amounts (otoineppu_kyuyo p1) leaves the column money; a note column's counts (説明: 547,215件 over
    its amounts) are no value column's. A table with years down its rows whose columns count other
    things than money, most of them, is one too (corpus seed 39 kpi_transposed: ふるさと納税寄附額
    (千円) beside 件 and 千人 columns); 人口 (人) beside three amounts (otoineppu_kyuyo p1) is money's."""
    units: dict[int | None, set[str]] = {}
    for v in values:
        if v.value is not None and v.unit and v.unit != PERCENT and v.prov.col in layout.value_cols:
            units.setdefault(v.prov.col, set()).add(v.unit)
    if any(len(found) > 1 and YEN in found for found in units.values()):
        return True
    # years down the rows (年度 | 割合(%) | 寄附額(千円) | 件数(件) | 宿泊者数(千人)), most columns counting
    # things other than money: each column counts its own quantity
    money = [col for col, found in units.items() if YEN in found]
    return layout.transposed and bool(money) and len(money) < MONEY_COLUMN_SHARE * len(units)


def value_names(value: TableValue, layout: Layout | None) -> tuple[str, ...]:
    """What names a value: its row's label, and its column's header where the rows or the cells
    date the values (a transposed table's 製造品出荷額（億円） over H28 … R1; a card's 農業産出額
    over 15934百万円（2016年度）): there the header names the quantity, not a period's column."""
    dated_apart = (layout is not None and layout.transposed) or value.year_source in ("row", "cell")
    return (value.row_label or "", value.column_header) if dated_apart else (value.row_label or "",)


def names_statistic(value: TableValue, layout: Layout | None) -> bool:
    """A value column's value named as a measured amount (製造品出荷額, 観光消費額（億円）): a
    statistic in yen, no budget's amount. A header stating an amount's kind says what it is (平均支給年額
    under 決算額: a settled amount); a note column's items (執行残の減額 123,375 under 補正内容)
    itemise the row's amounts."""
    if layout is None or value.prov.col not in layout.value_cols or value.kind in STATED_KINDS:
        return False
    return any(map(names_measured_amount, value_names(value, layout)))


def captions_indicator(caption: str) -> bool:
    """The caption line above the table labels it an indicator's (数値目標：製造品出荷額（億円）,
    KPI：…) or titles it with a measured amount and its unit (観光消費額（億円）)."""
    lines = [ln.strip() for ln in caption.splitlines() if ln.strip()]
    return bool(lines) and (labels_indicator(lines[-1]) or (names_indicator(caption) and names_measured_amount(lines[-1])))


def is_running_text(line: str) -> bool:
    """A sentence (事業の実施に当たっては国の交付金を活用する。) or a note (※ 事業費は概算であり…, the table above's)
    between a heading and a table: it speaks of the document, not of the table's numbers."""
    text = line.strip()
    return text.endswith(SENTENCE_END) or text.startswith(FOOTNOTE_MARKS)


def stated_texts(values: tuple[TableValue, ...], layout: Layout | None, ctx: Context) -> list[str]:
    """What a table says of its numbers: caption, heading, column headers and row labels, but the
    names of measured amounts (value_names: a row's 観光消費額, a transposed table's column of
    製造品出荷額（億円）), whose 額, 費 and 税 name a statistic. A column header over amounts it
    does not name states the column's role (減免額, 所要額: its amounts)."""
    names = {n for v in values for n in value_names(v, layout)}
    headers = [*(layout.col_headers if layout is not None else ()), *(v.column_header for v in values)]
    caption = [line for line in ctx.caption.splitlines() if not is_running_text(line)]
    return [*caption, *(ctx.heading or "").split(" / "),
            *(t for t in (*names, *headers) if not (t in names and names_measured_amount(t)))]


def project_headers(layout: Layout | None) -> list[str]:
    """A name column headed as the projects' (事業, 事業名, 主な事業, 取組名) says what its rows' yen amounts
    are, whatever words stand over them (R1年度 ＨＨ): the projects' costs, money words of the table."""
    if layout is None:
        return []
    return [PROJECT_MONEY_WORD for col, role in layout.label_roles
            if role == "name" and any(w in layout.col_headers[col] for w in PROJECT_HEADER_WORDS)]


def recognize(table: Table, ctx: Context) -> Extraction | None:
    """Given a grid table of yen amounts under money words, return its budget values; none from
    an indicator's table or of a statistic's name."""
    values, layout = read_table_values(table, ctx)
    headers = layout.col_headers if layout is not None else ()
    if not values or _is_kpi_table(values, headers) or captions_indicator(ctx.caption) or (layout is not None and (
            counts_rows_apart(values, layout) or names_merged_with_values(layout))):
        return None
    values = tuple(v for v in values if not names_statistic(v, layout))
    if not is_money_table(values, stated_texts(values, layout, ctx) + project_headers(layout)):
        return None
    found = budget_values(values, ctx.heading, NAME)
    if not found:
        return None
    return Extraction(budget_values=found, table_kinds=((table.index, NAME),))


def recognize_kpi(table: Table, ctx: Context) -> Extraction | None:
    """Given a grid table of named rows with baseline / actual / target values (one that no
    layout recognizer claimed), return its KPI values and names."""
    values, layout = read_table_values(table, ctx)
    if layout is not None and names_merged_with_values(layout):
        return None
    if layout is not None and not layout.header and has_unread_header(table):
        values = tuple(v for v in values if v.fiscal_year is not None and kind_of(v.row_label or "") is None)
    values = tuple(with_subject(values, table_subject(ctx.caption) if names_indicator(ctx.caption) else None))
    found = kpi_values([v for v in values if not cell_contradicts(v)], ctx.heading, KPI_NAME)
    if not found:
        return None
    names = indicator_names(values, ctx.heading, KPI_NAME)
    return Extraction(kpi_values=found, indicators=names, table_kinds=((table.index, KPI_NAME),))


def recognize_card(table: Table, ctx: Context) -> Extraction | None:
    """Given a key-value card naming an indicator (KPI | 市民満足度, 当初値（H30） | 79.0),
    return its KPI values and name."""
    found, names = read_card(table, ctx.heading)
    if not found:
        return None
    return Extraction(kpi_values=found, indicators=names, table_kinds=((table.index, CARD_NAME),))


def restate_years(found: Extraction, restated: tuple[tuple[str, Year], ...]) -> Extraction:
    """KPI values whose kind a footnote gives another year (※策定年の値は2018年実績) take
    it, unless their own cell states one."""
    years = dict(restated)
    if not years:
        return found
    kpis = tuple(
        replace(v, fiscal_year=years[v.kind].start, fiscal_year_end=years[v.kind].end,
                year_basis=years[v.kind].basis, year_source=FOOTNOTE_SOURCE)
        if v.kind in years and parse_quantity(v.value_text).year is None else v
        for v in found.kpi_values
    )
    return replace(found, kpi_values=kpis)
