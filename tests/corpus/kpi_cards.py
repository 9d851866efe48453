"""KPI arrangements that are not lists in columns: transposed tables (years down the rows) and
key-value cards (成果指標 / 現状値 / 目標値 as the rows of a 2-column table)."""

from __future__ import annotations

from dataclasses import replace

from tests.corpus import vocab
from tests.corpus.generator import COVERED, ERA_LESS_SHARE, Builder, Cell, Composition, Ctx, KpiAnswer, Piece, Row, Text, cell
from tests.corpus.kpi_tables import (
    KIND_WORDS, Indicator, context_lines, draw_indicators, held_out_cell, name_cell, notes, title, value_cell,
)
from tests.corpus.notation import YEAR_STYLES, scaled_value, without_repeated_era

AVERAGE_SHARE = 0.3  # one-indicator tables with years down the rows giving 当該値 / 平均値 (経営比較分析表)


def transposed(ctx: Ctx) -> Composition:
    """Years down the rows (H22 … H26): one indicator's 目標値 / 実績値, or several indicators across."""
    layout = ctx.pick(("one_indicator", "indicators_band", "indicators_by_row"))
    style = ctx.pick(YEAR_STYLES)
    parts: list[Text | Piece] = list(title(ctx))
    for t in range(ctx.rng.randint(1, 2)):
        first = ctx.rng.choice((2010, 2014, 2016, ctx.year - 6))
        years = list(range(first, first + ctx.rng.randint(4, 8)))
        if ctx.chance(0.25):
            years.reverse()
        build = {"one_indicator": _one_indicator, "indicators_band": _indicators_band, "indicators_by_row": _indicators_by_row}[layout]
        piece = build(ctx, years, style)
        if ctx.extra_chance(ERA_LESS_SHARE):
            piece = era_less_rows(piece)
        parts += [*context_lines(ctx, t + 1), piece]
    return Composition(tuple(parts), f"{layout} years={style}")


def era_less_rows(piece: Piece) -> Piece:
    """The year labels down the first column with their era written only where it changes."""
    texts = without_repeated_era([r.cells[0].text for r in piece.rows])
    rows = tuple(replace(r, cells=(cell(t),) + r.cells[1:]) if t != r.cells[0].text else r for r, t in zip(piece.rows, texts))
    return replace(piece, rows=rows)


def _year_cell(ctx: Ctx, year: int, style: str) -> Cell:
    return cell(ctx.yr(year, style))


def _one_indicator(ctx: Ctx, years: list[int], style: str) -> Piece:
    ind = draw_indicators(ctx, 1)[0]
    caption = Text(f"{ctx.pick(('指標', '成果指標', 'KPI', '数値目標'))}：{ind.name}" + (f"（{ind.unit}）" if ind.unit else ""), "caption")
    kinds = ["target", "actual"] if ctx.chance(0.5) else ["actual", "target"]
    if ctx.more_chance(AVERAGE_SHARE):
        return _own_and_average(ctx, ind, years, style, caption)
    header = (cell(ctx.pick(vocab.YEAR_HEADERS)),) + tuple(cell(ctx.pick(KIND_WORDS[k])) for k in kinds)
    plan_start = sorted(years)[len(years) // 2]
    rows = []
    for y in years:
        cells: list[Cell] = [_year_cell(ctx, y, style)]
        answers: list[KpiAnswer] = []
        for kind in kinds:
            stated = y < ctx.year if kind == "actual" else y >= plan_start
            c, a = value_cell(ctx, ind, kind, y, False) if stated else (cell("－"), ())
            cells.append(c)
            answers += a
        rows.append(Row(tuple(cells), tuple(answers)))
    return Piece((header,), tuple(rows), (caption,), notes(ctx))


def _own_and_average(ctx: Ctx, ind: Indicator, years: list[int], style: str, caption: Text) -> Piece:
    """年度 | 当該値 | 平均値 (経営比較分析表): the municipality's actuals beside an average (held out)."""
    header = (cell(ctx.pick(vocab.YEAR_HEADERS)), cell(ctx.more.choice(vocab.OWN_VALUE_WORDS)), cell(ctx.more.choice(vocab.AVERAGE_WORDS)))
    base, factor = vocab.UNIT_BASE[ind.unit]
    rows = []
    for y in [y for y in years if y < ctx.year] or years[:1]:
        own, answers = value_cell(ctx, ind, "actual", y, False)
        units = ctx.near(f"{ind.name}/average", ind.lo, ind.hi)
        average, held = held_out_cell(ctx, ind.name, "reference", scaled_value(units, ind.decimals, factor), base, ctx.num(units, ind.decimals))
        rows.append(Row((_year_cell(ctx, y, style), own, average), answers + held))
    return Piece((header,), tuple(rows), (caption,), notes(ctx))


def _indicators_band(ctx: Ctx, years: list[int], style: str) -> Piece:
    inds = [i for i in draw_indicators(ctx, 5) if i.unit][:ctx.rng.randint(2, 4)]
    band = Cell((ctx.pick(vocab.ACTUAL_WORDS),), colspan=len(inds))
    top = (Cell((ctx.pick(vocab.YEAR_HEADERS),), rowspan=2), band) + (COVERED,) * (len(inds) - 1)
    bottom = (COVERED,) + tuple(name_cell(i, "name") for i in inds)
    rows = []
    for y in [y for y in years if y < ctx.year] or years[:1]:
        cells: list[Cell] = [_year_cell(ctx, y, style)]
        answers: list[KpiAnswer] = []
        for ind in inds:
            c, a = value_cell(ctx, ind, "actual", y, False)
            cells.append(c)
            answers += a
        rows.append(Row(tuple(cells), tuple(answers)))
    return Piece((top, bottom), tuple(rows), (), notes(ctx))


def _indicators_by_row(ctx: Ctx, years: list[int], style: str) -> Piece:
    inds = [i for i in draw_indicators(ctx, 5) if i.unit][:ctx.rng.randint(2, 4)]
    header = (cell(ctx.pick(vocab.YEAR_HEADERS)), cell(ctx.pick(("区分", "種別")))) + tuple(name_cell(i, "name") for i in inds)
    rows = []
    for y in years:
        for kind in ("actual", "target") if y >= ctx.year - 1 else ("actual",):
            if kind == "actual" and y >= ctx.year:
                continue
            word = ctx.pick(vocab.ROW_ACTUAL_WORDS if kind == "actual" else vocab.ROW_TARGET_WORDS)
            cells: list[Cell] = [_year_cell(ctx, y, style), cell(word)]
            answers: list[KpiAnswer] = []
            for ind in inds:
                c, a = value_cell(ctx, ind, kind, y, False)
                cells.append(c)
                answers += a
            rows.append(Row(tuple(cells), tuple(answers)))
    return Piece((header,), tuple(rows), (), notes(ctx))


def cards(ctx: Ctx) -> Composition:
    """Key-value cards: 成果指標 / 現状値（R4年度） / 目標値（R10年度） as rows of a 2-column table."""
    where, style = ctx.pick(("label", "cell", "unit_row")), ctx.year_style()
    parts: list[Text | Piece] = list(title(ctx))
    for n, ind in enumerate(draw_indicators(ctx, ctx.rng.randint(2, 5)), start=1):
        rows = [Row((cell(ctx.pick(vocab.CARD_INDICATOR_LABELS)), Cell(ind.lines)))]
        for labels, values in ((vocab.CARD_POLICY_LABELS, vocab.CONTEXT_LABELS), (vocab.CARD_DEPARTMENT_LABELS, vocab.DEPARTMENTS),
                               (vocab.CARD_SUMMARY_LABELS, vocab.DESCRIPTIONS)):
            if ctx.chance(0.3):
                first = labels is vocab.CARD_POLICY_LABELS
                rows.insert(0 if first else len(rows), Row((cell(ctx.pick(labels)), cell(ctx.pick(values)))))
        if where == "unit_row":
            rows.append(Row((cell(ctx.fixed_word(vocab.CARD_UNIT_LABELS)), cell(ind.unit or "－"))))
        base = ctx.year - ctx.rng.randint(1, 3)
        for kind, y in [("baseline", base)] + ([("actual", ctx.year - 1)] if ctx.chance(0.3) and base < ctx.year - 1 else []) + [("target", base + ctx.rng.randint(4, 6))]:
            label = ctx.pick(KIND_WORDS[kind]) + ("" if where == "cell" else f"（{ctx.yr(y, style)}）")
            c, a = value_cell(ctx, ind, kind, y, where != "unit_row", f"（{ctx.yr(y, style)}）" if where == "cell" else "", readings=True)
            rows.append(Row((cell(label), c), a))
        rows = [Row(r.cells, r.answers, joined_to_next=True) for r in rows[:-1]] + rows[-1:]
        parts += [*context_lines(ctx, n), Piece((), tuple(rows), (), notes(ctx))]
    return Composition(tuple(parts), f"year_in={where} years={style}")


BUILDERS: dict[str, Builder] = {
    "kpi_transposed": transposed,
    "kpi_cards": cards,
}
