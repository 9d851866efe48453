"""Body cells of a grid table to long-form TableValues, facets from their headers.

Each value column's cells are read with the unit the column (or the table) states; a cell
stacking several numbers on separate lines gives one value per line, each with its line's
box; a year comes from the column header, the row header (transposed tables), the cell
itself, then — for headers that say only 本年度 / 前年度, or nothing — from the caption
or the document title, and the value records which.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from extract.interpret.budget import STATED_AMOUNT_KINDS
from extract.interpret.compound import Reading, heads_a_ratio, names_latest_only, read_compound
from extract.interpret.cut_units import cut_unit_labels
from extract.interpret.plan_period import PLAN_PERIOD_SOURCE, plan_end_year
from extract.interpret.readings import PERCENT, bracketed_ratio, indicator_readings
from extract.interpret.signs import with_sign_beside
from extract.interpret.facets import (
    DERIVED_KINDS, EMPTY, Facets, is_unresolved_year, kind_of, merge_path, read_facets, runs_years,
)
from extract.interpret.cells import is_code, is_year_cell, year_of_label
from extract.interpret.groups import cycle_labels
from extract.interpret.kpi import caption_subject
from extract.interpret.stacks import (
    LABEL_LETTER_RE, Piece, cell_pieces, is_annotation, is_unit_line, labelled_counts, labelled_lines, unit_line, without_count,
)
from extract.interpret.wrapped_names import wraps_below
from extract.interpret.structure import (
    DIGIT_RE, KIND_LABEL_MAX_CHARS, Layout, is_change, is_data_value, is_name, lowest_header,
)
from extract.model import BBox, Cell, Table
from extract.outline import NUMBERING_RE
from extract.text_items import strip_enumerator
from extract.records import CUT_YEAR, UNREAD_HEADER, YEAR_CONFLICT, YEARS_RUN, TableValue
from extract.vocab import (
    AMOUNT_HEADS, AMOUNT_KINDS, FUNDING_HEADER_WORDS, FUNDING_PART_WORDS, GOAL_WORDS, ITEMISING_HEADER_WORDS, KPI_KINDS, LAST_YEAR_COMPARISON_WORDS,
    HEAD_LIST_MARKS, MONEY_TABLE_WORDS, RELATIVE_YEAR_WORDS, ROW_STAGE_WORDS, SENTENCE_END, YEAR_NOUN,
    YEARS_THEN_PARTS_HEADS,
)
from normalize.brackets import bracket_groups, is_bracketed, trailing_group
from normalize.readings import parse_readings
from normalize import MissingReason, Qualifier, Quantity, Year, clean_text, parse_quantity, parse_unit, parse_year, unit_from_header
from normalize.brackets import without_bracket_groups
from normalize.text import is_spaced_number, join_spaced_digits
from normalize.years import completes_date, cut_era_year
from normalize.units import MONEY_BASE_UNIT as YEN
from normalize.vocab import BRACKET_OPENERS, NOTE_MARK_CHARS, UNIT_SLASHES as PER_SLASHES

# A line opening a section: a bracket or a mark, or a numbering written with its separator (1., 2)).
SECTION_START_RE = re.compile(f"^(?:[{re.escape(BRACKET_OPENERS)}■□◆◇●○・※]|" + NUMBERING_RE.pattern + ")")
GOAL_HEADING_RE = re.compile("^(?:" + "|".join(GOAL_WORDS) + r")\s*[0-9０-９①-⑳一二三四五六七八九十]")  # 基本目標 2 …: a heading
TOTAL_WORDS = frozenset({"計", "合計", "小計", "総計", "累計"})
FOOTNOTE_SOURCE = "footnote"  # the year_source of a year a note below the table states (※ line, source line)
RATE = Reading("ratio", derived=True)  # a compound whose head is a rate's (執行率): a ratio of what it names


@dataclass(frozen=True, slots=True)
class TableContext:
    """What the surroundings say about a table: caption facets and the document's year."""

    caption: Facets = EMPTY  # unit and year stated just above the table
    title_year: Year | None = None  # the document's own year (令和7年度 一般会計予算書)
    era: str | None = None  # the era the document writes its years in, for 29年度
    footnote_years: tuple[tuple[str, Year], ...] = ()  # ※策定年の値は2018年実績: (kind, year)
    footnote_words: tuple[tuple[str, Year], ...] = ()  # ※直近の現状はH25年度の実績: (the column's words, year), its kind the table's
    subject: str | None = None  # what the caption names ((5) 時間外勤務手当 → 時間外勤務手当)
    section_year: Year | None = None  # the one fiscal year the section's text states
    carried_units: tuple[tuple[int, str], ...] = ()  # (col, unit) the table before printed atop its columns
    years_run: bool = False  # a header cell runs fiscal years together (without_document_year)
    caption_as_of: bool = False  # the caption's year is a date the figures stand at (令和6年4月1日現在)
    plan_period: Year | None = None  # the years of the plan the document states (計画期間 令和3年度～令和7年度)
    caption_lists_ratio: bool = False  # the caption's 単位 line lists a ratio unit beside the one it gives (人、％)
    caption_money_unit: str | None = None  # the one yen unit the caption's 単位 line lists among others (百万円、人、％)
    source_year: Year | None = None  # the survey's year the line under the table names as its source ((平成22年,国勢調査))


@dataclass(frozen=True, slots=True)
class RowLabels:
    """The label cells of one body row, after filling down cells that span rows."""

    name: str | None
    path: tuple[str, ...]
    unit: str | None
    facets: Facets  # what the row's labels say (a year down the rows, 目標 / 実績)
    measure: str | None = None  # the row's own label when it names a measure of the caption's subject
    name_unit: str | None = None  # a unit the row's name states (宿泊者数（千人）), below the columns' own


def row_labels(table: Table, layout: Layout) -> list[RowLabels]:
    """Labels of every body row; a label cell spanning rows (or left empty under a group
    label, as 款 over its 項) counts for each row it covers."""
    # a label column whose header ends in a year and whose body is empty labels every row
    carried = {c: lowest_header(layout.header, c) for c, role in layout.label_roles if role == "year"}
    split = {**cycle_labels(table, layout, continues_group_name), **split_spanning_labels(table, layout), **cut_unit_labels(table, layout)}
    out = []
    for r in range(layout.start, table.n_rows):
        row = table.rows[r]
        texts: dict[int, str] = {}
        own: set[int] = set()
        for col, role in layout.label_roles:
            text = _own_label(row, col, role)
            if text and is_annotation(text) and carried.get(col):
                text = carried[col] + text  # 一般会計 over (議案第5号): one label
            if text:
                carried = {c: t for c, t in carried.items() if c < col}
                carried[col] = text
            texts[col] = split.get((r, col)) or text or carried.get(col, "")
            own |= {col} if split.get((r, col)) or text else set()
        out.append(_labels(without_carried_years(texts, own), layout))
    return year_parts_rows(date_comparison_rows(join_continued_names(table, layout, out)), layout)


def lists_years_then_parts(header: str) -> bool:
    """A label column's header joining a head of years to another by a list mark (年次・区, 年度・地区)."""
    for mark in HEAD_LIST_MARKS:
        first, _, rest = clean_text(header).partition(mark)
        if rest.strip() and first.strip() in YEARS_THEN_PARTS_HEADS:
            return True
    return False


def year_parts_rows(labels: list[RowLabels], layout: Layout) -> list[RowLabels]:
    """Under a label column headed 年次・区, the rows after the last dated row that state no year
    break that year down (平成26年 over 東灘区 … 西区): they are of its year."""
    if not any(lists_years_then_parts(lowest_header(layout.header, c)) for c, _ in layout.label_roles[:1]):
        return labels
    last = max((k for k, lb in enumerate(labels) if lb.facets.year is not None), default=None)
    if last is None:
        return labels
    year = labels[last].facets.year
    return [replace(lb, facets=replace(lb.facets, year=year)) if k > last and lb.name and lb.facets.relative_year is None
            else lb for k, lb in enumerate(labels)]


def without_carried_years(texts: dict[int, str], own: set[int]) -> dict[int, str]:
    """A row labelled by a year of its own drops a year filled down from the rows above: one
    year is no group of another (平成7年 over 8年 / 9年 … that a layout set in the column beside)."""
    if not any(is_year_cell(texts[c]) for c in own):
        return texts
    return {c: "" if c not in own and is_year_cell(t) else t for c, t in texts.items()}


def date_comparison_rows(labels: list[RowLabels]) -> list[RowLabels]:
    """A row comparing with the year before (対前年比, 前年度比) stating no year of its own, in a
    table whose rows are dated (28年度 | 27年度), is of the newest of those years: the rows'
    date_differences (kobe kateikei p1: 対前年比（各月） under 28年度（各月） and 27年度（各月））."""
    years = [lb.facets.year for lb in labels if lb.facets.year is not None and lb.facets.kind not in DERIVED_KINDS]
    if not years:
        return labels
    newest = max(years, key=lambda y: y.end)
    return [replace(lb, facets=replace(lb.facets, year=newest))
            if lb.facets.year is None and lb.facets.relative_year is None and lb.name
            and any(w in "".join(lb.path) for w in LAST_YEAR_COMPARISON_WORDS) else lb
            for lb in labels]


def table_subject(caption: str) -> str | None:
    """The subject a caption names, without its section number or a dated bracket
    ((4) 特殊勤務手当（令和6年4月1日現在） → 特殊勤務手当)."""
    subject = caption_subject(caption)
    if subject is None:
        return None
    subject = strip_enumerator(subject)
    while (tail := trailing_group(subject)) and parse_year(tail.content) is not None:
        subject = subject[:tail.start].strip()
    return subject or None


def measure_rows(labels: list[RowLabels], layout: Layout, subject: str | None) -> list[RowLabels]:
    """In a table without column headers, a row label that reads as a column header would —
    a kind and a year (支給実績（令和5年度決算）) — names a measure, not a thing: the caption's
    subject names the row, and the label becomes its values' measure."""
    if layout.header or subject is None:
        return labels
    return [replace(lb, name=subject, path=(subject,), measure=lb.name) if lb.name and is_measure_label(lb.name)
            else lb for lb in labels]


def is_measure_label(text: str) -> bool:
    facets = read_facets(text)
    return facets.kind is not None and facets.year is not None


def _has_values(table: Table, layout: Layout, r: int) -> bool:
    row = table.rows[r]
    return any(c < len(row) and row[c].text.strip() for c in layout.value_cols)


def join_continued_names(table: Table, layout: Layout, labels: list[RowLabels]) -> list[RowLabels]:
    """A row holding only a name, right under a row of values, that neither opens a section
    (（1）, ①, 【, ■ …) nor totals nor states a kind (目標, 平均値), continues the name above
    (子ども医療費 / 助成事業（18歳まで）)."""
    out = list(labels)
    for i in range(len(out) - 1):
        above, below = layout.start + i, layout.start + i + 1
        name, more = out[i].name, out[i + 1].name
        if not (name and more) or not _has_values(table, layout, above) or _has_values(table, layout, below):
            continue
        if _name_cells(table, layout, below) > 1:
            continue  # 2.地方譲与税 | 補正: a row of its own (the next 款's first sub-row), not a name's tail
        if out[i].facets.kind or out[i + 1].facets.kind:
            continue  # 当該値 over an empty 平均値 row: two rows of kinds, not one name cut in two
        if not continues_name(name, more):
            continue
        joined = name + more + "".join(_wrapped_on(table, layout, out, i + 1))
        out[i] = replace(out[i], name=joined, path=out[i].path[:-1] + (joined,))
    return out


def _wrapped_on(table: Table, layout: Layout, labels: list[RowLabels], k: int) -> Iterator[str]:
    """The name lines going on under the name-only row k, each in a row of its own and only names, while
    the line above filled its column (wrapped_names.wraps_below: 19 小児慢性特 / 定疾病対策 / 費); rows a join
    left empty (continuations.join_cut_names) are passed over."""
    while (j := _next_filled(table, layout, k)) is not None and (line := labels[j].name) \
            and wraps_below(table, layout, layout.start + k, layout.start + j) \
            and not _has_values(table, layout, layout.start + j) and _name_cells(table, layout, layout.start + j) == 1 \
            and not labels[j].facets.kind and continues_name(labels[k].name or "", line):
        k = j
        yield line


def _next_filled(table: Table, layout: Layout, k: int) -> int | None:
    """The first body row after row k (body indices) holding any text."""
    return next((j for j in range(k + 1, table.n_rows - layout.start)
                 if any(c.text.strip() for c in table.rows[layout.start + j])), None)


def _name_cells(table: Table, layout: Layout, r: int) -> int:
    row = table.rows[r]
    return sum(1 for c, role in layout.label_roles if role == "name" and c < len(row) and row[c].text.strip())


def continues_name(name: str, more: str) -> bool:
    """A name alone on the row under a row of values continues that row's name unless it opens
    a section (（1）, ①, 【, ■ …, or a goal's numbered heading: 基本目標 2 …), totals, or either ends a
    sentence (a line of running text a layout set in the table's last row: 本市の人口は…続いている。)."""
    return not (SECTION_START_RE.match(more) or GOAL_HEADING_RE.match(more) or more in TOTAL_WORDS or name.endswith(SENTENCE_END)
                or more.endswith(SENTENCE_END) or more == name)


def continues_group_name(name: str, more: str) -> bool:
    """continues_name for a name's lines set beside its group's sub-rows (groups.cycle_labels): there a bracketed
    qualifier alone on a line (相談員の活動日数 / （延べ日数）) goes on the name too — a line level with a row of
    kinds and values opens no section — while a numbering ((1), ①) still does."""
    return continues_name(name, more) or (is_bracketed(more) and not NUMBERING_RE.match(more))


def _own_label(row: tuple[Cell, ...], col: int, role: str) -> str:
    """The row's text in a label column, counting a cell that spans into it from the left
    (物価高騰対策事業合計 written across No and 事業名)."""
    for cell in reversed(row[:col + 1]):
        if cell.text.strip():
            covers = cell.col == col or cell.col + cell.col_span > col
            return cell.text.strip() if covers else ""
    return ""


def split_spanning_labels(table: Table, layout: Layout) -> dict[tuple[int, int], str]:
    """A label cell spanning several rows whose lines sit each beside its own row
    (収益的収支分 / うち基準内繰入金 / うち基準外繰入金), and nothing else tells those rows
    apart, labels each row with its line."""
    out: dict[tuple[int, int], str] = {}
    for r in range(layout.start, table.n_rows):
        for col, _ in layout.label_roles:
            cell = table.cell(r, col)
            if cell is None or cell.row_span < 2 or len(cell.line_bboxes) < 2:
                continue
            lines = [ln for ln in cell.raw.splitlines() if ln.strip()]
            rows = [_row_band(table, rr, layout) for rr in range(r, min(r + cell.row_span, table.n_rows))]
            owners = [_band_index(rows, box) for box in cell.line_bboxes]
            if len(lines) != len(owners) or None in owners or len(set(owners)) < 2:
                continue
            if _rows_labelled_apart(table, layout, col, range(r + 1, r + len(rows))):
                continue  # 目標 / 実績 tell the rows apart: the spanning cell is one wrapped name
            for offset in set(owners):
                line_texts = [clean_text(ln) for ln, o in zip(lines, owners) if o == offset]
                out[(r + offset, col)] = "".join(line_texts)  # type: ignore[operator]
    return out


def _rows_labelled_apart(table: Table, layout: Layout, col: int, rows: range) -> bool:
    """Rows whose other label columns have text of their own."""
    others = [c for c, _ in layout.label_roles if c != col]
    return any(table.cell(r, c) is not None and table.cell(r, c).text.strip()  # type: ignore[union-attr]
               for r in rows for c in others)


def _row_band(table: Table, row: int, layout: Layout) -> tuple[float, float] | None:
    boxes = [c.prov.bbox for c in table.rows[row] if c.col in layout.value_cols and c.prov.bbox and c.row_span == 1]
    return (min(b[1] for b in boxes), max(b[3] for b in boxes)) if boxes else None


def _band_index(bands: list[tuple[float, float] | None], box: tuple[float, float, float, float]) -> int | None:
    middle = (box[1] + box[3]) / 2
    return next((i for i, band in enumerate(bands) if band and band[0] <= middle <= band[1]), None)


def _kind_label_qualifiers(texts: dict[int, str], layout: Layout) -> tuple[str, ...]:
    """What a row's kind labels say of its values besides their kind (見込: estimated), as a column's header does."""
    return tuple(dict.fromkeys(q for c, role in layout.label_roles if role == "kind" and texts.get(c)
                               for q in read_facets(texts[c]).qualifiers))


def _labels(texts: dict[int, str], layout: Layout) -> RowLabels:
    names = [texts[c] for c, role in layout.label_roles if role == "name" and is_name(texts.get(c, ""))]
    names = names or [texts[c] for c, role in layout.label_roles
                      if role == "code" and is_name(texts.get(c, "")) and not is_code(texts[c])]  # 合計 in a No column
    names = names or [texts[c] for c, role in layout.label_roles if role == "year" and texts.get(c)]
    unit = next((texts[c] for c, role in layout.label_roles if role == "unit" and texts.get(c)), None)
    row_facets = [main_reading_facets(texts[c]) if role == "name" else read_facets(texts[c])
                  for c, role in layout.label_roles if role in ("year", "name", "kind") and texts.get(c)]
    name_unit = next((u for n in names if (u := name_unit_of(n))), None)  # 宿泊者数（千人）
    if layout.transposed or not layout.header:
        facets = merge_path(row_facets)  # years down the rows; a key-value table's labels hold its facets
    else:
        stated = [f.kind for c, role in layout.label_roles if role == "kind" and texts.get(c)
                  and (f := read_facets(texts[c])).kind]  # a kind column's label, however long
        kind = stated[-1] if stated else _row_kind(row_facets)
        year = next((y for c, role in reversed(states_row(layout)) if role in ("year", "name") and texts.get(c)
                    and (y := year_of_label(texts[c], layout.era))), None)
        unstated = any(role == "kind" and texts.get(c) and not kind_of(texts[c]) for c, role in layout.label_roles)
        facets = Facets(year=year, kind=None if unstated else kind,
                        relative_year=None if year else _row_relative_year(row_facets, kind),
                        unread=unstated or year is None and any(map(dates_in_unknown_words, row_facets)),
                        qualifiers=_kind_label_qualifiers(texts, layout))
    path = tuple(dict.fromkeys(names))
    kinds = tuple(texts[c] for c, role in layout.label_roles if role == "kind" and texts.get(c))
    if not path and kinds:  # 当該値 / 平均値 alone label the rows: what the values are, no indicator's name
        return RowLabels(None, kinds, unit, facets, name_unit=name_unit)
    if path and path[-1] in ROW_STAGE_WORDS:  # 市税 / 現計: the 現計 of 市税; 現計 alone names no line
        return RowLabels(path[-2] if len(path) > 1 else None, path[:-1], unit, facets, measure=path[-1],
                         name_unit=name_unit)
    return RowLabels(path[-1] if path else None, path, unit, facets, name_unit=name_unit)




def main_reading_facets(name: str) -> Facets:
    """A row name's facets, with no kind where only a bracket after the name states one (合計
    （構成比）, setagaya p36): the bracket names the bracketed second reading of its cells
    (72,681,225 over （16.8%）), not the figure each states first."""
    facets = read_facets(name)
    outside = without_bracket_groups(name, "").strip()
    if facets.kind is None or not outside or outside == name.strip() or read_facets(outside).kind is not None:
        return facets
    return replace(facets, kind=None)


def states_row(layout: Layout) -> tuple[tuple[int, str], ...]:
    """The label columns standing before the row's first value: what labels the whole row. A year
    set after a value is that value's own (基準値 | 基準年度) or another statement on the line (報告定点数
    48 ヶ所 … 2017年2月6日 ～ 12日, kobe_kansensho p1): the row's values take no year from it."""
    first = min(layout.value_cols, default=None)
    return tuple((c, role) for c, role in layout.label_roles if first is None or c < first)


def name_unit_of(name: str) -> str | None:
    """The unit a row's name states in a bracket (宿泊者数（千人）); none when its brackets state
    several (the names of three rows read as one: …(トン)…(グラム/人・日)…(人))."""
    units = {u for g in bracket_groups(name) if (u := unit_from_header(name[g.start:g.end])) and not u.isascii()}
    stated = unit_from_header(name)
    if len(units) > 1 or stated is None or stated.isascii():
        return None
    return stated


def dates_in_unknown_words(facets: Facets) -> bool:
    """A short row label stating a year beside words the reader does not know (ＡＡ（2021年度）):
    the row is dated, in words that say not how, so the document's year is not its values' year;
    a name holding a year (令和6年能登半島地震復旧事業) is longer."""
    return facets.year is not None and facets.unread and len(facets.label) <= KIND_LABEL_MAX_CHARS


def _row_kind(row_facets: list[Facets]) -> str | None:
    """A short row label that states a kind (目標 / 実績) gives its row that kind; a ratio
    row (収益的収支比率) is one whatever its length."""
    kinds = [f.kind for f in reversed(row_facets) if f.kind == "ratio" or f.kind and len(f.label) <= KIND_LABEL_MAX_CHARS]
    return next(iter(kinds), None)


def _row_relative_year(row_facets: list[Facets], kind: str | None = None) -> int | None:
    """A row named only by a year relative to the document's (前年度 under the 合計 of a budget's
    総括), or by that year and the row's kind (前年度予算額 under a 総括's 合計, setagaya p36): its
    values are of that year wherever its columns state none."""
    words = {word for word, _ in RELATIVE_YEAR_WORDS}
    return next((f.relative_year for f in reversed(row_facets) if f.relative_year is not None
                 and (f.label in words or kind is not None and f.kind == kind)),
                None)  # not 前年度繰越金: a revenue of this year named after the last, of no kind


def footnote_statements(notes: tuple[str, ...]) -> Iterator[tuple[str, Year]]:
    """The footnotes that restate a year of the words before their は (※策定年の値は2018年実績): (those words, the year)."""
    for note in notes:
        subject, _, rest = note.partition("は")
        year = parse_year(rest) if rest else None
        if year is not None and not year.conflict:
            yield subject.strip().lstrip(NOTE_MARK_CHARS).strip(), year


def footnote_years(notes: tuple[str, ...]) -> tuple[tuple[str, Year], ...]:
    """Footnotes that restate the year of a kind of column (※策定年の値は2018年実績); not of one whose kind the table
    decides (names_latest_only: ※直近の現状は…, the baseline or the actual by the columns beside it)."""
    return tuple((kind, year) for subject, year in footnote_statements(notes)
                 if (kind := kind_of(subject)) is not None and not names_latest_only(subject))


def footnote_word_years(notes: tuple[str, ...]) -> tuple[tuple[str, Year], ...]:
    """Footnotes that restate the year of the column under their words where the table decides its kind (※直近の現状は
    H25年度の実績): (the words unspaced, the year)."""
    return tuple(("".join(subject.split()), year) for subject, year in footnote_statements(notes) if names_latest_only(subject))


def without_document_year(ctx: TableContext, table: Table, layout: Layout) -> TableContext:
    """The context, with no document year (caption, title, section) when a header cell of the
    table runs fiscal years together (runs_years: 2020年度(令和2年度)2021年度(令和3年度)…, header
    cells a reader glued): the headers state each column's year, so a column showing none may be
    one whose year went into the run, and the document's year would be a guess (budget_plan_years
    and budget_main_projects in the corpus' pdf_rules rendering, headers overflowing their columns).
    The header is every row above the first holding a data value: a glued row may have been
    taken for a body row."""
    first = next((k for k, row in enumerate(table.rows) if k >= layout.start and
                  any(is_data_value(row[c].text) for c in layout.value_cols if c < len(row))), len(table.rows))
    heads = [*layout.header, *table.rows[layout.start:first]]
    if not any(runs_years(c.text) for row in heads for c in row):
        return ctx
    return replace(ctx, caption=replace(ctx.caption, year=None), title_year=None, section_year=None, years_run=True)


def resolve_year(col: Facets, row: Facets, q: Quantity, ctx: TableContext,
                 header: str) -> tuple[Year | None, str | None]:
    """The value's year and where it came from."""
    if q.year is not None:
        return q.year, "cell"
    restated = dict(ctx.footnote_years).get(col.kind or "") or dict(ctx.footnote_words).get("".join(col.label.split()))
    if restated is not None:
        return restated, FOOTNOTE_SOURCE
    if col.year is not None:
        return col.year, "header"
    if row.year is not None:
        return row.year, "row"
    if (end := next(filter(None, (plan_end_year(ctx.plan_period, f.kind, f.label) for f in (col, row))), None)):
        return end, PLAN_PERIOD_SOURCE  # 目標値（最終年度） under 総合戦略（令和3年度～令和7年度）
    # a row named 前年度 (under a 総括's 合計) restates the columns for that year, 本年度 as they say
    offset = row.relative_year if row.relative_year is not None else col.relative_year
    base, source = next(((y, src) for y, src in ((ctx.caption.year, "caption"), (ctx.source_year, FOOTNOTE_SOURCE),
                                                 (ctx.title_year, "title"), (ctx.section_year, "section"))
                         if y is not None), (None, None))
    # a date the figures stand at dates every column: an as-of caption's, or the survey's a source line names
    as_of = source == "caption" and ctx.caption_as_of or source == FOOTNOTE_SOURCE
    dated = q.unit == YEN or as_of
    if base is None or (offset is None and not (dated and KPI_KINDS.isdisjoint({col.kind, row.kind}))):
        return None, None  # only amounts, 本年度-style headers and an as-of caption's figures take it, never a KPI
    if offset is None and q.unit == YEN and (row.unread or (col.unread and not as_of)):
        return None, None  # ＦＦ | ＧＧ over a budget's amounts: which of them is the document's year is not said
    if offset:
        return Year(base.start + offset, base.end + offset, base.basis, base.text), source
    return base, source


def table_values(table: Table, layout: Layout, ctx: TableContext, given: list[RowLabels] | None = None,
                 spaced: frozenset[int] | None = None) -> Iterator[TableValue]:
    """Every number (and every placeholder) in the table's value columns, each body row
    labelled by its own label cells unless labels are given (read from a table beside);
    spaced: the columns that space their digits (of the whole frame), else read from the table."""
    names = [c for c, role in layout.label_roles if role == "name"]
    units = {**dict(ctx.carried_units), **column_units(table, layout)}
    money = money_unit(layout, units) or ctx.caption_money_unit
    notes = {c: _first_unit_line(table, layout, c) for c, role in layout.label_roles if role == "note"}
    rows = given or measure_rows(row_labels(table, layout), layout, ctx.subject)
    spaced = spaced_columns(table) if spaced is None else spaced
    latest, newest = latest_amount_year(layout), newest_relative_year(layout)
    undated = undated_columns(layout)
    rates_amounts = states_amounts(layout)
    for labels, row in zip(rows, table.rows[layout.start:]):
        name_cell = next((row[c] for c in reversed(names) if c < len(row) and row[c].text.strip()
                          and row[c].row_span == 1), None)  # a name spanning rows is no label of one row's stack
        for col in layout.value_cols:
            if col >= len(row) or not row[col].text.strip() or is_day_of_date(row, col):
                continue
            facets = layout.col_facets[col]
            if rates_amounts and names_rate(facets):
                facets = replace(facets, kind="ratio", unread=False)  # 執行率 beside 予算現額 | 支出済額: a rate of them
            if undated == [col] and not is_unresolved_year(facets):
                facets = replace(facets, unread=False)  # the one column the document's year can date
            if takes_latest_year(facets, layout.col_headers[col]):
                facets = replace(facets, year=latest) if latest else replace(facets, relative_year=newest)
            if facets.unit is None and (col in units or money and is_money_header(facets)):
                facets = replace(facets, unit=units.get(col, money))
            yield from _cell_values(with_sign_beside(table, row, col), name_cell, facets, labels,
                                    layout.col_headers[col], ctx, col in spaced)
        for col in notes:
            if col < len(row) and row[col].text.strip():
                facets = replace(layout.col_facets[col], unit=unit_line(row[col]) or notes[col] or money)
                pieces = labelled_lines(row[col], any(w in layout.col_headers[col] for w in ITEMISING_HEADER_WORDS))
                if any(w in layout.col_headers[col] for w in FUNDING_HEADER_WORDS):
                    pieces = [replace(p, label=None, note=p.label) for p in pieces]  # 財源: a source, not a project
                amounts = list(_pieces_values(row[col], pieces, facets, labels, layout.col_headers[col], ctx))
                yield from amounts
                yield from counted_bases(amounts, _pieces_values(row[col], labelled_counts(row[col]), replace(
                    facets, unit=None), labels, layout.col_headers[col], ctx))


def counted_bases(amounts: Sequence[TableValue], counts: Iterable[TableValue]) -> Iterator[TableValue]:
    """The counts a note cell states beside the amounts it itemises (対象者 118人 under 重症心身障害者等介護手当費
    7,080): the basis of those amounts, of their one year; a statistic, of no kind the row or column states."""
    years = {(v.fiscal_year, v.fiscal_year_end, v.year_basis, v.year_source) for v in amounts
             if v.unit == YEN and v.value is not None}
    if len(years) != 1 or None in next(iter(years))[:2]:
        return
    start, end, basis, source = next(iter(years))
    for count in counts:
        if count.value is not None and count.fiscal_year is None:
            path = tuple(t for t in (_item_above(amounts, count), count.row_label) if t)
            yield replace(count, kind=None, row_path=path, fiscal_year=start, fiscal_year_end=end, year_basis=basis,
                          year_source=source)


def _item_above(amounts: Sequence[TableValue], count: TableValue) -> str | None:
    """The item whose amount is the nearest line above the count (重症心身障害者等介護手当費 over 対象者 118人), its
    own count aside (審査会委員 10人 1,620 over 審査会開催 16回); none for a count on an amount's line (一般職 57人
    441,099: the line's own)."""
    top = count.prov.bbox[1] if count.prov.bbox else None
    tops = [(v.prov.bbox[1], v) for v in amounts if top is not None and v.prov.bbox and v.prov.bbox[1] <= top]
    if not tops:
        return None
    nearest_top, nearest = max(tops, key=lambda t: t[0])
    return None if nearest_top == top else without_count(nearest.row_label or "") or None


def is_day_of_date(row: Sequence[Cell], col: int) -> bool:
    """The cell holds a day whose year and month the filled cell before it writes (2017年2月 | 6日):
    a date a report spread over its cells, no count of days."""
    before = next((c.text for c in reversed(row[:col]) if c.text.strip()), "")
    return completes_date(before, row[col].text)


def states_amounts(layout: Layout) -> bool:
    """The table's columns state amounts of a kind (予算現額, 支出済額): a rate beside them is one of them."""
    return any(layout.col_facets[c].kind in STATED_AMOUNT_KINDS for c in layout.value_cols)


def names_rate(facets: Facets) -> bool:
    """A header stating no kind whose words end in a rate's head (執行率, 充当率): the column holds a
    ratio, whatever its words rate."""
    return facets.kind is None and read_compound(without_bracket_groups(facets.label, " ")) == RATE


def latest_amount_year(layout: Layout) -> Year | None:
    """The latest year a budget, plan or settlement column of the table states (R6年度当初予算額)."""
    years = [f.year for f in layout.col_facets if f.year is not None and f.kind in AMOUNT_KINDS and f.kind != "difference"]
    return max(years, key=lambda y: y.end, default=None)


def newest_relative_year(layout: Layout) -> int | None:
    """The newest year a budget, plan or settlement column states relative to the document's
    (本年度 0 over 前年度 -1), at least the document's own: what a 比較 column and the
    財源内訳 parts beside them compare or break down (a facing page may show only 前年度)."""
    stated = [f.relative_year for f in layout.col_facets
              if f.relative_year is not None and f.kind in AMOUNT_KINDS and f.kind != "difference"]
    return max(0, *stated) if stated else None


UNDATED_KINDS = frozenset({"ratio", "difference", "comparison"}) | KPI_KINDS  # never dated by the document


def undated_columns(layout: Layout) -> list[int]:
    """The value columns only the document's year could date: no year, relative or stated, of their
    own, nor the table's latest (財源内訳 parts, 増減), and no ratio, difference or KPI kind. Where
    there is one, an unknown word over it (ＥＥ（千円） under 令和6年度当初予算の主な事業) leaves no
    doubt which year its amounts are of; where there are several (ＦＦ | ＧＧ), it does. A table
    dating columns of its own (2020年度 予算額 | 2019年度 予算額 | 伸び) dates its amounts itself:
    the column it leaves undated is a ratio or a difference in words unknown, of no year the
    document's can give, and none is the document's year's."""
    if any(f.year is not None or f.relative_year is not None for f in (layout.col_facets[c] for c in layout.value_cols)):
        return []
    return [c for c in layout.value_cols
            if (f := layout.col_facets[c]).year is None and f.relative_year is None and f.kind not in UNDATED_KINDS
            and not takes_latest_year(f, layout.col_headers[c])]


def takes_latest_year(facets: Facets, header: str) -> bool:
    """True for a column stating no year of its own that breaks down or compares the table's
    latest amounts: its 財源内訳 parts (国庫・県支出金 | 地方債 | 一般財源), its 増減 / 比較 and
    its growth rate (増減率 beside 前年度財政計画), which take the latest year stated, or the
    latest 本年度-style year (one rule, whatever unit the column states)."""
    if facets.year is not None or facets.relative_year is not None:
        return False
    return is_change(facets) or any(w in header for w in FUNDING_PART_WORDS)


def spaced_columns(table: Table) -> frozenset[int]:
    """Columns of a table (all the tables its frame holds) with a number spelt glyph by glyph
    that a separator or a spaced unit proves one (７ ， ８ ７ ９ 千円): their writer spaces
    digits, so digits parted by spaces in their other cells (２ ３ ２ 千円) are one number too;
    every column of a table that spaces its words glyph by glyph."""
    if spaces_glyphs(table):
        return frozenset(range(table.n_cols))
    return frozenset(c.col for row in table.rows for c in row if is_spaced_number(c.raw))


LETTER_SPACED_SHARE = 0.5  # a table setting at least this share of its lines of words glyph by glyph spaces its digits
SPACED_TOKENS_PER_GLYPH = 0.6  # a line of words with at least this many tokens per glyph is set glyph by glyph
SPACED_LINE_MIN_LETTERS = 2  # a line of fewer letters shows no spacing


def spaces_glyphs(table: Table) -> bool:
    """True when the table's writer sets its words glyph by glyph (均等割付: 人 事 異 動 に よ る 減,
    総 務 ･企 画) in at least LETTER_SPACED_SHARE of its lines of words (lines with digits
    aside): digits a space parts in its cells (２ ８) are one number set the same way, not two
    (kyuyo p10)."""
    lines = [ln for row in table.rows for c in row for ln in c.raw.splitlines()
             if len(LABEL_LETTER_RE.findall(ln)) >= SPACED_LINE_MIN_LETTERS and not DIGIT_RE.search(ln)]
    spaced = [ln for ln in lines if len(ln.split()) >= SPACED_TOKENS_PER_GLYPH * len("".join(ln.split()))]
    return bool(lines) and len(spaced) >= LETTER_SPACED_SHARE * len(lines)


def money_unit(layout: Layout, units: dict[int, str]) -> str | None:
    """The one yen unit a table states for its amount columns (R6年度当初予算額(千円)), which
    its unitless money columns (財源内訳 / 国・県, 増減) share; None when none or several."""
    stated = {units.get(c) or layout.col_facets[c].unit for c in layout.value_cols}
    yen = {u for u in stated if u and parse_unit(u)[0] == YEN}
    return yen.pop() if len(yen) == 1 and not (stated - yen - {None}) else None


def money_per_year_as_money(hint: str | None, col: Facets, labels: RowLabels) -> str | None:
    """The unit an amount is read in: a money unit per year (（単位：千円／年）) over a column or row naming money (予算額,
    事業費) is its money unit, each amount being its column's or row's one year's; over anything else the unit as stated (一人
    当たり医療費（円／年）, an indicator's)."""
    if hint is None or not (is_money_header(col) or is_money_header(labels.facets)):
        return hint
    money, per, period = hint.replace(PER_SLASHES[1], PER_SLASHES[0]).partition(PER_SLASHES[0])
    return money.strip() if per and period.strip() == YEAR_NOUN and parse_unit(money)[0] == YEN else hint


def is_money_header(facets: Facets) -> bool:
    return facets.kind in AMOUNT_KINDS or any(w in facets.label for w in MONEY_TABLE_WORDS + FUNDING_PART_WORDS)


def column_units(table: Table, layout: Layout) -> dict[int, str]:
    """A unit printed in a column's first body cell, alone or on a line of its own (千円 over
    422), is the column's unit, as if it stood in the header; words above that cell (増減率
    left in the body by a header the layout did not read) do not hide it."""
    return {col: unit for col in layout.value_cols if (unit := _column_unit(table, layout, col))}


def units_atop(table: Table, layout: Layout) -> dict[int, str]:
    """The units printed in the first body cells of every column, value columns or not: a table holding no
    amount of its own under 千円 | 千円 (fuji_r6 p101, its one 説明 line a calculation) still states the unit
    of the headerless table continuing it on the same columns."""
    return {col: unit for col in range(table.n_cols) if (unit := _column_unit(table, layout, col))}


def _column_unit(table: Table, layout: Layout, col: int) -> str | None:
    first = next((r[col] for r in table.rows[layout.start:] if col < len(r) and r[col].text.strip()
                  and (DIGIT_RE.search(r[col].text) or is_unit_line(r[col].text))), None)
    return unit_line(first) or (first.text if is_unit_line(first.text) else None) if first is not None else None


def _first_unit_line(table: Table, layout: Layout, col: int) -> str | None:
    first = next((r[col] for r in table.rows[layout.start:] if col < len(r) and r[col].text.strip()), None)
    return unit_line(first) if first is not None else None


def _cell_values(cell: Cell, name_cell: Cell | None, col: Facets, labels: RowLabels, header: str,
                 ctx: TableContext, spaced: bool = False) -> Iterator[TableValue]:
    yield from _pieces_values(cell, cell_pieces(cell, name_cell, spaced), col, labels, header, ctx, spaced)


def _read(text: str, hint: str | None, spaced: bool, name: str | None = None) -> Quantity:
    """A piece's quantity (of two readings in different units, the one its row's unit or name
    decides: 9人（延べ243日） of a 延べ日数); in a column that spaces its digits, digits parted by
    spaces are one number."""
    q = indicator_readings(parse_readings(text, unit_hint=hint), hint, name)[0]
    if spaced and q.missing_reason == MissingReason.AMBIGUOUS and (joined := join_spaced_digits(clean_text(text))):
        return parse_quantity(joined, unit_hint=hint)
    return q


def is_ratio_row_under_a_list(name: str, caption_lists_ratio: bool) -> bool:
    """True for a row whose name is headed by a ratio (健診受診率) under a caption listing a ratio unit beside the one it
    gives (（単位：人、％）): the row says which of the two is its own, the %; not the list's other unit."""
    return caption_lists_ratio and heads_a_ratio(without_bracket_groups(name, ""))


def caption_kind(col: Facets, labels: RowLabels, ctx: TableContext) -> str | None:
    """The kind a caption states for the table's values, unless their column or row states theirs
    in words the reader does not know (ＢＢ beside 計画目標値 under 数値目標：人口)."""
    return None if col.unread or labels.facets.unread else ctx.caption.kind


def _pieces_values(cell: Cell, pieces: list[Piece], col: Facets, labels: RowLabels, header: str,
                   ctx: TableContext, spaced: bool = False) -> Iterator[TableValue]:
    hint = money_per_year_as_money(labels.unit or unit_line(cell) or col.unit or labels.facets.unit or labels.name_unit
                                   or (PERCENT if col.kind == "ratio" else ctx.caption.unit), col, labels)
    stacked = len(pieces) > 1
    line_dating: tuple[BBox | None, Facets] | None = None  # the dated item of the line read last, with its box
    for index, piece in enumerate(pieces, start=1):
        q = _read(piece.text, hint, spaced, piece.label or labels.name)
        dating = dated_item(piece.label, labels)
        if dating is not None:  # 本年度予算計上額 7,214,022 in the 事業説明 of the row beside: the row's, of that year
            piece = replace(piece, label=None, note=" / ".join(t for t in (piece.note, dating.label) if t))
            line_dating = (piece.cell.prov.bbox, dating)
        elif line_dating and line_dating[0] == piece.cell.prov.bbox:
            dating = replace(line_dating[1], kind=None)  # 特財：繰入金 5,754,363 on that line: its funding, that year's
        year, source = resolve_year(with_item_dating(col, dating), labels.facets, q, ctx, header)
        extra: tuple[str, ...] = ()
        if year is not None and year.conflict:
            year, source, extra = None, None, (YEAR_CONFLICT,)
        elif year is None and ctx.years_run:
            extra = (YEARS_RUN,)
        if year is None and q.value is not None and any(map(cut_era_year, (header, *labels.path))):
            q = replace(q, value=None, missing_reason=CUT_YEAR)  # 平成２ / ９年度, Ｈ３ / ０ wrapped in a cell: no year, no value
        if (col.unread or labels.facets.unread) and year is None and q.unit == YEN:
            # an amount under a header the reader does not know the words of (ＧＧ | ＦＦ over a budget's
            # amounts): this year's, last year's or a share, nothing says; no year, no amount is given
            extra += (UNREAD_HEADER,)
        header_path = " / ".join(t for t in (header, labels.measure, piece.note) if t)
        own = piece.label if is_name(piece.label or "") else None  # a 説明 line's item: no child of the 節 row beside it
        value = TableValue(
            prov=piece.cell.prov, row_label=own or labels.name, row_path=(own,) if own else labels.path,
            column_header=header_path, kind=col.kind or labels.facets.kind or caption_kind(col, labels, ctx),
            measure=col.label or (labels.facets.label if labels.measure else None) or None,
            fiscal_year=year.start if year else None, fiscal_year_end=year.end if year else None,
            year_basis=year.basis if year else None, year_source=source,
            value=q.value, unit=q.unit, scale=float(q.scale),
            value_text=piece.text if stacked or piece.label else cell.raw,
            qualifiers=tuple(dict.fromkeys(q.qualifiers + col.qualifiers + labels.facets.qualifiers + extra)),
            missing_reason=q.missing_reason,
            stack_index=index if stacked else None, stack_size=len(pieces) if stacked else None,
        )
        yield value
        if not stacked and (ratio := bracketed_ratio(piece.text, header)) is not None:
            yield bracketed_ratio_value(value, ratio)


def dated_item(label: str | None, labels: RowLabels) -> Facets | None:
    """What a note line's words state when they are a dated amount (本年度予算計上額, 本年度債務負担額: this year's
    amounts, their words ending in an amount's head) in a row named apart from them: the amount is the row's, the
    words its measure; None for an item naming a thing of its own (車両集中管理費; 特別区民税現年課税分, a tax of the
    current year, setagaya p38), or a line in a row without a name."""
    if not label or not labels.name or not without_bracket_groups(label, "").strip().endswith(AMOUNT_HEADS):
        return None
    facets = read_facets(label)
    return facets if facets.year is not None or facets.relative_year is not None else None


def with_item_dating(col: Facets, dating: Facets | None) -> Facets:
    """A note column's facets with the year and kind its item's words state, where the column states none."""
    if dating is None:
        return col
    return replace(col, year=col.year or dating.year, kind=col.kind or dating.kind, unread=False,
                   relative_year=col.relative_year if col.relative_year is not None else dating.relative_year)


def bracketed_ratio_value(value: TableValue, ratio: Quantity) -> TableValue:
    """The ratio a cell states in brackets after its figure, as a value of its own beside it, of its
    year and row: the column's header names it in its bracket (増減数(率) over △3(△10.7%))."""
    return replace(value, kind="ratio", value=ratio.value, unit=ratio.unit, scale=float(ratio.scale),
                   value_text=ratio.raw, missing_reason=None,
                   qualifiers=tuple(q for q in value.qualifiers if q != Qualifier.SECONDARY_VALUE.value))
