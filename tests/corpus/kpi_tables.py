"""KPI arrangements in columns: year matrices, baseline/target lists, progress tables; the shared parts.

Every value's kind is stated by the document (a header word, a merged band over year columns,
a 区分 cell of its row, or a card label); numbers that are not values of the indicator
(達成率, 類似団体平均) are recorded as held-out answers.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace

from tests.corpus import vocab
from tests.corpus.generator import (
    COVERED, EMPTY, Builder, Cell, Composition, Ctx, KpiAnswer, Piece, Row, Text, cell, row_groups, side_by_side,
    with_sections,
)
from tests.corpus.notation import YEAR_STYLES, scaled_value

KIND_WORDS = {"baseline": vocab.BASELINE_WORDS, "actual": vocab.ACTUAL_WORDS, "target": vocab.TARGET_WORDS}
UNIT_PLACES = ("column", "name", "cell", "caption")
VALUE_NOTE_SHARE = 0.03  # values followed by a ※ mark
RESTATED_SHARE = 0.2
TWO_READINGS_SHARE = 0.1  # yearly targets that state their total over the plan too  # tables with year in the header whose ※ line restates the baseline's year
MARKED_SHARE = 0.2  # tables numbering their indicators ①②③
DAY_INDICATOR_SHARE = 0.1  # tables with an indicator counting days given (延べ日数), written 9人（延べ243日）
PERSON_DAYS_SHARE = 0.5  # documents writing a count of volunteers with the days they gave (9人（延べ243日）)
SPACED_UNIT_SHARE = 0.2  # documents writing a space between a number and its unit (3,194 万人)
PLAN_YEAR_SHARE = 0.3  # progress tables naming the baseline 策定年 (策定年(2019年))
KIND_YEAR_FORMATS = ("{k}（{y}）", "{y}{k}", "{k}\n{y}", "{k}\n（{y}）", "{k}({y})", "{k} ({y})")


@dataclass(frozen=True, slots=True)
class Indicator:
    lines: tuple[str, ...]
    unit: str
    lo: int
    hi: int
    decimals: int
    mark: str = ""  # ① before the name in its cell; not part of the name

    @property
    def name(self) -> str:
        return "".join(self.lines)


def draw_indicators(ctx: Ctx, n: int, same_unit: bool = False) -> list[Indicator]:
    """n distinct indicators (one written unit for all when same_unit)."""
    pool = [Indicator((name,), unit, lo, hi, d) for name, unit, lo, hi, d in vocab.INDICATORS]
    pool += [Indicator(lines, unit, lo, hi, d) for lines, unit, lo, hi, d in vocab.WRAPPED_INDICATORS]
    if same_unit:
        unit = ctx.pick(sorted({i.unit for i in pool if i.unit}))
        pool = [i for i in pool if i.unit == unit]
    ctx.rng.shuffle(pool)
    if not same_unit and ctx.more_chance(DAY_INDICATOR_SHARE):  # an indicator counting days given (延べ日数)
        name, unit, lo, hi, decimals = ctx.more.choice(vocab.DAY_INDICATORS)
        pool[0] = Indicator((name,), unit, lo, hi, decimals)
    if ctx.chance(MARKED_SHARE):
        return [replace(ind, mark=mark) for ind, mark in zip(pool[:n], vocab.CIRCLED)]
    return pool[:n]


def name_cell(ind: Indicator, unit_place: str, rowspan: int = 1) -> Cell:
    """The indicator's cell, with its unit in brackets when the table writes it there."""
    lines = (ind.mark + ind.lines[0],) + ind.lines[1:]
    if unit_place == "name" and ind.unit:
        lines = lines[:-1] + (f"{lines[-1]}（{ind.unit}）",)
    return Cell(lines, rowspan=rowspan)


def value_cell(ctx: Ctx, ind: Indicator, kind: str, year: int | None, unit_in_cell: bool,
               suffix: str = "", label: str | None = None, readings: bool = False) -> tuple[Cell, tuple[KpiAnswer, ...]]:
    """A value cell and its answer; sometimes a missing marker (no answer); given readings, a
    yearly target sometimes states its total over the plan too, and a count of persons the days they
    gave (lists of targets do, year matrices not)."""
    if ctx.chance(ctx.missing_rate):
        return cell(ctx.missing()), ()
    units = ctx.near(ind.name, ind.lo, ind.hi)
    mark = "※" if ctx.chance(VALUE_NOTE_SHARE) else ""  # a value pointing at a footnote
    unit = (" " if ctx.once("spaced_unit", SPACED_UNIT_SHARE) else "") + ind.unit if unit_in_cell and ind.unit else ""
    text = ctx.num(units, ind.decimals) + unit + suffix + mark
    base, factor = vocab.UNIT_BASE[ind.unit]
    answer = KpiAnswer(label or ind.name, kind, year, scaled_value(units, ind.decimals, factor), base, text)
    if readings and kind == "target" and not suffix and is_yearly(ind) and ctx.extra_chance(TWO_READINGS_SHARE):
        return two_readings(ctx, ind, units, answer)
    if readings and (is_days(ind) or (ind.name in vocab.PERSON_DAY_INDICATORS and ctx.once("person_days", PERSON_DAYS_SHARE))):
        return person_days(ctx, ind, units, replace(answer, raw=text + suffix), suffix)
    return cell(text), (answer,)


def is_days(ind: Indicator) -> bool:
    return ind.unit == "日" and "延べ" in ind.name


def person_days(ctx: Ctx, ind: Indicator, units: int, answer: KpiAnswer, suffix: str) -> tuple[Cell, tuple[KpiAnswer, ...]]:
    """9人（延べ243日）: persons and the days they gave; the indicator's value is the reading its name
    counts, the other is held out."""
    if is_days(ind):
        persons = max(1, units // ctx.more.randint(*vocab.DAYS_PER_PERSON))
        days = units
    else:
        persons, days = units, units * ctx.more.randint(*vocab.DAYS_PER_PERSON)
    text = vocab.PERSON_DAY_FORMAT.format(p=ctx.num(persons), d=ctx.num(days)) + suffix
    other = (float(persons), "人") if is_days(ind) else (float(days), "日")
    held = KpiAnswer(answer.indicator, answer.kind, None, other[0], other[1], text, held_out="secondary")
    return cell(text), (replace(answer, raw=text), held)


def is_yearly(ind: Indicator) -> bool:
    """A count per year (人, 件 a year, no 累計 in its name): a target may state its total over the plan too."""
    return ind.unit in vocab.COUNT_UNITS and not ind.decimals and "累計" not in ind.name and 0 < ind.lo


def two_readings(ctx: Ctx, ind: Indicator, units: int, answer: KpiAnswer) -> tuple[Cell, tuple[KpiAnswer, ...]]:
    """年3人（5年間で15人）: the yearly target, and its total over the plan's years (held out: the
    indicator counts a year, so the yearly number is its value)."""
    years = ctx.extras.choice((4, 5))
    text = ctx.extras.choice(vocab.TWO_READING_FORMATS).format(
        n=ctx.num(units), u=ind.unit, k=years, total=ctx.num(units * years))
    total = KpiAnswer(answer.indicator, "target", None, float(units * years), answer.unit, text, held_out="total")
    return cell(text), (replace(answer, raw=text), total)


def held_out_cell(ctx: Ctx, label: str, what: str, value: float, unit: str | None, text: str) -> tuple[Cell, tuple[KpiAnswer, ...]]:
    return cell(text), (KpiAnswer(label, what, None, value, unit, text, held_out=what),)


def unit_caption(ctx: Ctx, inds: list[Indicator], unit_place: str) -> tuple[Text, ...]:
    if unit_place != "caption" or not inds[0].unit:
        return ()
    return (Text(ctx.pick(vocab.UNIT_CAPTIONS).format(u=inds[0].unit), "caption"),)


def context_lines(ctx: Ctx, n: int) -> tuple[Text, ...]:
    """A goal heading, sometimes a policy heading and a sentence, above a table."""
    lines = [Text(ctx.pick(vocab.GOALS).format(n=n), "heading")]
    if ctx.chance(0.4):
        lines.append(Text(ctx.pick(vocab.POLICIES).format(n=ctx.rng.randint(1, 4)), "heading"))
    if ctx.chance(0.3):
        lines.append(Text(ctx.pick(vocab.BODY_LINES)))
    return tuple(lines)


def notes(ctx: Ctx) -> tuple[Text, ...]:
    return (Text(ctx.pick(vocab.FOOTNOTES), "note"),) if ctx.chance(0.4) else ()


def kind_year(ctx: Ctx, kind: str, year_label: str, fmt: str, word: str | None = None) -> Cell:
    return cell(*fmt.format(k=word or ctx.pick(KIND_WORDS[kind]), y=year_label).split("\n"))


def sectioned(ctx: Ctx, piece: Piece) -> Piece:
    """Sometimes the table's rows grouped under 施策 rows spanning it, sometimes a ※ row at its end."""
    if ctx.chance(0.25):
        titles = [ctx.pick(vocab.POLICIES).format(n=n) for n in (1, 2)]
        piece = with_sections(piece, titles, ctx.pick(vocab.FOOTNOTES) if ctx.chance(0.3) else None)
    return piece


def with_context_column(ctx: Ctx, piece: Piece) -> Piece:
    """A first column naming the 施策 of each block of one to three indicators (merged down the block)."""
    head = Cell((ctx.pick(vocab.CONTEXT_HEADERS),), rowspan=len(piece.header))
    header = tuple(((head if i == 0 else COVERED),) + row for i, row in enumerate(piece.header))
    groups, rows = row_groups(piece.rows), []
    while groups:
        take = ctx.rng.randint(1, 3)
        block = [r for g in groups[:take] for r in g]
        groups = groups[take:]
        label = Cell((ctx.pick(vocab.CONTEXT_LABELS),), rowspan=len(block))
        rows += [Row(((label if k == 0 else COVERED),) + r.cells, r.answers, joined_to_next=k < len(block) - 1)
                 for k, r in enumerate(block)]
    return replace(piece, header=header, rows=tuple(rows))


def title(ctx: Ctx) -> tuple[Text, ...]:
    return (Text(ctx.pick(vocab.STRATEGY_TITLES), "title"),)


def matrix_columns(ctx: Ctx) -> list[tuple[str, int]]:
    """(kind, year) per value column: a baseline year, recent actuals, targets to plan end."""
    base = ctx.rng.choice((2014, 2015, 2018, ctx.year - 5))
    end = ctx.year + ctx.rng.randint(1, 4)
    actual = [("actual", y) for y in range(max(base + 1, ctx.year - ctx.rng.randint(1, 3)), ctx.year)]
    return [("baseline", base)] + actual + [("target", y) for y in range(ctx.year, end + 1)]


def year_matrix(ctx: Ctx) -> Composition:
    """indicator | 単位 | H27 | R1 | R2 …: kind by row (区分), by a merged band, or in each header."""
    layout = ctx.pick(("row_kind", "kind_band", "kind_in_header"))
    unit_place, style = ctx.pick(UNIT_PLACES), ctx.pick(YEAR_STYLES)
    parts: list[Text | Piece] = list(title(ctx))
    for t in range(ctx.rng.randint(1, 2)):
        inds = draw_indicators(ctx, ctx.rng.randint(2, 6), same_unit=unit_place == "caption")
        cols = matrix_columns(ctx)
        if ctx.chance(0.3):
            cols.reverse()
        build = {"row_kind": _row_kind_matrix, "kind_band": _band_matrix, "kind_in_header": _labelled_matrix}[layout]
        header, rows = build(ctx, inds, cols, unit_place, style)
        parts += [*context_lines(ctx, t + 1)]
        parts.append(sectioned(ctx, Piece(header, rows, unit_caption(ctx, inds, unit_place), notes(ctx))))
    return Composition(tuple(parts), f"{layout} unit={unit_place} years={style}")


def lead_header(ctx: Ctx, unit_place: str, rowspan: int) -> list[Cell]:
    lead = [Cell((ctx.pick(vocab.INDICATOR_HEADERS),), rowspan=rowspan)]
    if unit_place == "column":
        lead.append(Cell(("単位",), rowspan=rowspan))
    return lead


def lead_cells(ind: Indicator, unit_place: str, rowspan: int = 1) -> list[Cell]:
    lead = [name_cell(ind, unit_place, rowspan)]
    if unit_place == "column":
        lead.append(Cell((ind.unit or "－",), rowspan=rowspan))
    return lead


def _row_kind_matrix(ctx: Ctx, inds: list[Indicator], cols: list[tuple[str, int]], unit_place: str,
                     style: str) -> tuple[tuple[tuple[Cell, ...], ...], tuple[Row, ...]]:
    years = sorted({y for _, y in cols}, reverse=cols[0][1] > cols[-1][1])
    header = tuple(lead_header(ctx, unit_place, 1)) + (cell(ctx.pick(vocab.ROW_KIND_HEADERS)),) + tuple(cell(t) for t in ctx.era_less_years(years, style))
    order = ["target", "actual"] if ctx.chance(0.5) else ["actual", "target"]
    words = {"target": ctx.pick(vocab.ROW_TARGET_WORDS), "actual": ctx.pick(vocab.ROW_ACTUAL_WORDS)}
    rows: list[Row] = []
    for ind in inds:
        for i, kind in enumerate(order):
            lead = lead_cells(ind, unit_place, 2) if i == 0 else [COVERED] * (2 if unit_place == "column" else 1)
            cells: list[Cell] = list(lead) + [cell(words[kind])]
            answers: list[KpiAnswer] = []
            for y in years:
                stated = (y < ctx.year) if kind == "actual" else (y >= min(years[0], years[-1]) + 1)
                c, a = value_cell(ctx, ind, kind, y, unit_place == "cell") if stated else (EMPTY, ())
                cells.append(c)
                answers += a
            rows.append(Row(tuple(cells), tuple(answers), joined_to_next=i == 0))
    return (header,), tuple(rows)


def _band_matrix(ctx: Ctx, inds: list[Indicator], cols: list[tuple[str, int]], unit_place: str,
                 style: str) -> tuple[tuple[tuple[Cell, ...], ...], tuple[Row, ...]]:
    top, bottom = lead_header(ctx, unit_place, 2), [COVERED] * (2 if unit_place == "column" else 1)
    i = 0
    while i < len(cols):
        n = next((j for j in range(i, len(cols)) if cols[j][0] != cols[i][0]), len(cols)) - i
        top += [Cell((ctx.pick(KIND_WORDS[cols[i][0]]),), colspan=n)] + [COVERED] * (n - 1)
        i += n
    bottom += [cell(t) for t in ctx.era_less_years([y for _, y in cols], style)]
    return (tuple(top), tuple(bottom)), _plain_rows(ctx, inds, cols, unit_place)


def _labelled_matrix(ctx: Ctx, inds: list[Indicator], cols: list[tuple[str, int]], unit_place: str,
                     style: str) -> tuple[tuple[tuple[Cell, ...], ...], tuple[Row, ...]]:
    fmt = ctx.pick(KIND_YEAR_FORMATS)
    header = tuple(lead_header(ctx, unit_place, 1)) + tuple(kind_year(ctx, k, ctx.yr(y, style), fmt) for k, y in cols)
    return (header,), _plain_rows(ctx, inds, cols, unit_place)


def _plain_rows(ctx: Ctx, inds: list[Indicator], cols: list[tuple[str, int]], unit_place: str) -> tuple[Row, ...]:
    rows = []
    for ind in inds:
        cells: list[Cell] = lead_cells(ind, unit_place)
        answers: list[KpiAnswer] = []
        for kind, y in cols:
            c, a = value_cell(ctx, ind, kind, y, unit_place == "cell")
            cells.append(c)
            answers += a
        rows.append(Row(tuple(cells), tuple(answers)))
    return tuple(rows)


def baseline_target(ctx: Ctx) -> Composition:
    """指標名 | 基準値（R1年度） | 目標値（R7年度）: year in the header, in a second header row, or in the cell."""
    where = ctx.pick(("header", "header_row", "cell"))
    unit_place, style, blocks = ctx.pick(UNIT_PLACES + ("value_header",)), ctx.pick(YEAR_STYLES), ctx.chance(0.25)
    parts: list[Text | Piece] = list(title(ctx))
    for t in range(ctx.rng.randint(1, 3)):
        inds = draw_indicators(ctx, ctx.rng.randint(2, 7), same_unit=unit_place in ("caption", "value_header"))
        base = ctx.year - ctx.rng.randint(1, 3)
        cols = [("baseline", base)] + [("target", y) for y in sorted({base + ctx.rng.randint(2, 3), base + 5})[-ctx.rng.randint(1, 2):]]
        if ctx.chance(0.2):  # targets first, then the baseline
            cols = cols[1:] + cols[:1]
        header, rows = _pair_table(ctx, inds, cols, unit_place, style, where)
        restating: tuple[Text, ...] = ()
        if where != "cell" and ctx.extra_chance(RESTATED_SHARE):
            rows, restating = restated_baseline(ctx, rows, base - ctx.extras.randint(1, 2), style)
        piece = Piece(header, rows, unit_caption(ctx, inds, unit_place), restating + notes(ctx))
        piece = side_by_side(piece) if blocks else with_context_column(ctx, piece) if ctx.chance(0.2) else piece
        parts += [*context_lines(ctx, t + 1), sectioned(ctx, piece)]
    return Composition(tuple(parts), f"year_in={where} unit={unit_place} years={style} blocks={blocks:d}")


def _pair_table(ctx: Ctx, inds: list[Indicator], cols: list[tuple[str, int]], unit_place: str, style: str,
                where: str) -> tuple[tuple[tuple[Cell, ...], ...], tuple[Row, ...]]:
    numbered, reference = ctx.chance(0.3), ctx.pick(vocab.REFERENCE_HEADERS + vocab.THRESHOLD_HEADERS) if ctx.chance(0.35) else None
    span = 2 if where == "header_row" else 1
    top = ([Cell((ctx.pick(vocab.NUMBER_HEADERS) or "No.",), rowspan=span)] if numbered else []) + lead_header(ctx, unit_place, span)
    second: list[Cell] = [COVERED] * len(top)
    fmt = ctx.pick(KIND_YEAR_FORMATS)
    for kind, y in cols:
        label = ctx.yr(y, style)
        if where == "header":
            top.append(kind_year(ctx, kind, label, fmt))
        else:
            top.append(cell(ctx.pick(KIND_WORDS[kind])) if where == "header_row" or kind == "baseline" else kind_year(ctx, kind, label, fmt))
            second.append(cell(f"（{label}）") if where == "header_row" else EMPTY)
    if reference:
        top.append(Cell((reference,), rowspan=span))
        second.append(COVERED)
    if unit_place == "value_header" and inds[0].unit:
        _unit_in_headers(second if where == "header_row" else top, len(top) - len(cols) - bool(reference), len(cols), inds[0].unit)
    header = (tuple(top), tuple(second)) if where == "header_row" else (tuple(top),)
    rows = []
    for n, ind in enumerate(inds, start=1):
        cells = ([cell(str(n))] if numbered else []) + lead_cells(ind, unit_place)
        answers: list[KpiAnswer] = []
        for kind, y in cols:
            year = y - ctx.rng.randint(0, 2) if where == "cell" and kind == "baseline" else y
            suffix = f"（{ctx.yr(year, style)}）" if where == "cell" and kind == "baseline" else ""
            c, a = value_cell(ctx, ind, kind, year, unit_place == "cell", suffix, readings=True)
            cells.append(c)
            answers += a
        if reference:
            units = ctx.near(ind.name, ind.lo, ind.hi)
            text = ctx.num(units, ind.decimals)
            what = "threshold" if reference in vocab.THRESHOLD_HEADERS else "reference"
            c, a = held_out_cell(ctx, ind.name, what, scaled_value(units, ind.decimals, vocab.UNIT_BASE[ind.unit][1]), vocab.UNIT_BASE[ind.unit][0], text)
            cells.append(c)
            answers += a
        rows.append(Row(tuple(cells), tuple(answers)))
    return header, tuple(rows)


def restated_baseline(ctx: Ctx, rows: tuple[Row, ...], year: int, style: str, rng: random.Random | None = None,
                      word: str | None = None) -> tuple[tuple[Row, ...], tuple[Text, ...]]:
    """A ※ line under the table saying the baseline values are of another year than the header's
    (※ 基準値は令和2年度の実績): the baseline answers take that year (rng: the source of its wording,
    ctx.extras unless given; word: the baseline's header word, one drawn unless given)."""
    rng = rng or ctx.extras
    word = word or ctx.kind_word(vocab.BASELINE_WORDS, rng)
    note = Text(rng.choice(vocab.RESTATING_FOOTNOTES).format(k=word, y=ctx.yr(year, style)), "note")
    rows = tuple(replace(r, answers=tuple(replace(a, fiscal_year=year) if isinstance(a, KpiAnswer) and a.kind == "baseline" and not a.held_out else a
                                          for a in r.answers)) for r in rows)
    return rows, (note,)


def _unit_in_headers(row: list[Cell], first: int, n: int, unit: str) -> None:
    """現状値（R1）（人）: the table's one unit written under each value column's header."""
    row[first:first + n] = [Cell(c.lines + (f"（{unit}）",)) for c in row[first:first + n]]


def progress(ctx: Ctx) -> Composition:
    """策定時(2019年) | 目標値(2025年) | 2023年実績 | 達成状況 (| 達成率, held out)."""
    style = ctx.pick(("western_nen", "western_nendo", "wareki_nendo", "letter", "letter_nendo", "letter_fw"))
    unit_place = ctx.pick(("column", "name", "cell"))
    parts: list[Text | Piece] = list(title(ctx))
    for t in range(ctx.rng.randint(1, 2)):
        inds = draw_indicators(ctx, ctx.rng.randint(2, 7))
        base = ctx.year - ctx.rng.randint(3, 5)
        actual_years = list(range(max(base + 1, ctx.year - ctx.rng.randint(1, 3)), ctx.year))
        cols = [("baseline", base)] + [("actual", y) for y in actual_years]
        target = ("target", base + ctx.rng.randint(5, 6))
        cols.insert(1 if ctx.chance(0.6) else len(cols), target)
        founding = vocab.PLAN_YEAR_WORD if "baseline" not in ctx.wording and ctx.more_chance(PLAN_YEAR_SHARE) else None
        header, rows = _progress_table(ctx, inds, cols, unit_place, style, founding)
        restating: tuple[Text, ...] = ()
        if ctx.more_chance(RESTATED_SHARE):  # ※策定年の値は2018年実績
            rows, restating = restated_baseline(ctx, rows, base - ctx.more.randint(1, 2), style, ctx.more, founding)
        piece = Piece(header, rows, (), restating + notes(ctx))
        parts += [*context_lines(ctx, t + 1), sectioned(ctx, with_context_column(ctx, piece) if ctx.chance(0.3) else piece)]
    return Composition(tuple(parts), f"unit={unit_place} years={style}")


def _progress_table(ctx: Ctx, inds: list[Indicator], cols: list[tuple[str, int]], unit_place: str,
                    style: str, founding: str | None = None) -> tuple[tuple[tuple[Cell, ...], ...], tuple[Row, ...]]:
    """The table of progress(); founding: the baseline's header word (策定年) when the table names it so."""
    fmt = ctx.pick(KIND_YEAR_FORMATS)
    status, rate = ctx.pick(vocab.STATUS_HEADERS), ctx.pick(vocab.RATE_HEADERS) if ctx.chance(0.5) else None
    change = ctx.pick(vocab.KPI_DIFFERENCE_HEADERS) if ctx.chance(0.3) else None
    header = lead_header(ctx, unit_place, 1) + [kind_year(ctx, k, ctx.yr(y, style), fmt, founding if k == "baseline" else None)
                                                 for k, y in cols]
    header += ([cell(change)] if change else []) + [cell(status)] + ([cell(rate)] if rate else [])
    rows = []
    for ind in inds:
        cells: list[Cell] = lead_cells(ind, unit_place)
        answers: list[KpiAnswer] = []
        for kind, y in cols:
            c, a = value_cell(ctx, ind, kind, y, unit_place == "cell", readings=True)
            cells.append(c)
            answers += a
        if change:
            c, a = _change_cell(ctx, ind, answers)
            cells.append(c)
            answers += a
        cells.append(cell(ctx.pick(vocab.STATUS_MARKS)))
        if rate:
            c, a = _rate_cell(ctx, ind, answers)
            cells.append(c)
            answers += a
        rows.append(Row(tuple(cells), tuple(answers)))
    return (tuple(header),), tuple(rows)


def _change_cell(ctx: Ctx, ind: Indicator, answers: list[KpiAnswer]) -> tuple[Cell, tuple[KpiAnswer, ...]]:
    """策定時からの増減 = latest actual − baseline, in the indicator's written unit: a difference, held out."""
    base = next((a for a in answers if a.kind == "baseline" and not a.held_out), None)
    actual = next((a for a in reversed(answers) if a.kind == "actual" and not a.held_out), None)
    if base is None or actual is None:
        return cell("－"), ()
    factor = vocab.UNIT_BASE[ind.unit][1]
    units = round((actual.value - base.value) / factor * 10 ** ind.decimals)
    text = ("+" if units > 0 and ctx.chance(0.5) else "") + ctx.num(units, ind.decimals)
    return held_out_cell(ctx, ind.name, "difference", scaled_value(units, ind.decimals, factor), actual.unit, text)


def _rate_cell(ctx: Ctx, ind: Indicator, answers: list[KpiAnswer]) -> tuple[Cell, tuple[KpiAnswer, ...]]:
    """達成率 = latest actual ÷ target, one decimal: a ratio, held out."""
    target = next((a.value for a in answers if a.kind == "target" and not a.held_out), None)
    actual = next((a.value for a in reversed(answers) if a.kind == "actual" and not a.held_out), None)
    if not target or actual is None:
        return cell("－"), ()
    tenths = round(actual / target * 1000)
    text = ctx.num(tenths, 1) + ctx.pick(("%", "％", ""))
    return held_out_cell(ctx, ind.name, "ratio", tenths / 10, "%", text)


BUILDERS: dict[str, Builder] = {
    "kpi_year_matrix": year_matrix,
    "kpi_baseline_target": baseline_target,
    "kpi_progress": progress,
}
