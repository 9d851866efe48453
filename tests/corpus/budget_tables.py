"""事業費 / budget arrangements: 主な事業 with 財源内訳, 補正, 款・項, 事業費 per 実施年度, budget books.

Amounts are written in 千円, 百万円, 円 or 億/万円, the unit stated in the header, in a caption
line (（単位：千円）) or in the cell; differences (増減, 比較, 差引), ratios (構成比) and totals
over several years are recorded as held-out answers.
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.corpus import vocab
from tests.corpus.generator import COVERED, Builder, BudgetAnswer, Cell, Composition, Ctx, Piece, Row, Text, cell
from tests.corpus.notation import oku_man_text
from tests.corpus.score import measure_category

CAPTION_YEAR_SHARE = 0.25  # 主な事業 tables with one amount column whose year only the line above states
SHARE_BAND_SHARE = 0.3  # budget books with 金額 | 構成比 under each of 本年度 / 前年度
ITEMISED_SHARE = 0.4  # 補正 tables whose 説明 cells state the amount each reason accounts for
MONEY_FACTORS = {"千円": 1000, "百万円": 100000, "円": 1, "億万円": 10000}  # yen per written unit step


@dataclass(frozen=True, slots=True)
class Money:
    """How a table writes amounts: the unit and where it is stated (header | caption | cell)."""

    unit: str
    place: str

    @property
    def step(self) -> int:
        return MONEY_FACTORS[self.unit]


def draw_money(ctx: Ctx) -> Money:
    unit = ctx.pick(("千円", "千円", "千円", "百万円", "円", "億万円"))
    place = "cell" if unit == "億万円" else ctx.pick(("header", "caption", "cell") if unit == "円" else ("header", "header", "caption", "caption", "cell"))
    return Money(unit, place)


def amount_text(ctx: Ctx, money: Money, yen: int) -> str:
    """Given yen (a multiple of money.step), return the cell text."""
    if money.unit == "億万円":
        return oku_man_text(yen, ctx.numbers)
    if money.unit == "百万円":
        text = ctx.num(yen // money.step, 1)  # exact: yen is a multiple of the step (0.1 百万円)
    else:
        text = ctx.num(yen // money.step)
    return text + (money.unit if money.place == "cell" else "")


def draw_yen(ctx: Ctx, money: Money, low: int, high: int, key: str | None = None) -> int:
    """An amount between low and high yen, written exactly in the table's unit (near the level
    of earlier amounts with the same key: one project's years differ by tens of percent)."""
    lo, hi = max(1, low // money.step), high // money.step
    return (ctx.near(key, lo, hi) if key else ctx.rng.randint(lo, hi)) * money.step


def header_label(money: Money, text: str, ctx: Ctx) -> tuple[str, ...]:
    """A header's lines, with the unit appended when the header states it."""
    lines = tuple(text.split("\n"))
    if money.place != "header":
        return lines
    unit = ctx.pick(vocab.HEADER_UNIT_FORMATS).format(u=money.unit)
    return lines[:-1] + (lines[-1] + unit,) if "\n" not in unit else lines + (unit.strip("\n"),)


def caption(ctx: Ctx, money: Money, prefix: str = "") -> tuple[Text, ...]:
    if money.place != "caption":
        return (Text(prefix, "caption"),) if prefix else ()
    return (Text(prefix + ctx.pick(vocab.UNIT_CAPTIONS).format(u=money.unit), "caption"),)


def answer(project: str, measure: tuple[str, ...], category: str, year: int | None, yen: int, raw: str,
           held_out: str | None = None) -> BudgetAnswer:
    return BudgetAnswer(project, "".join(measure), category, year, yen, raw, held_out=held_out)


def project_names(ctx: Ctx, n: int) -> list[tuple[str, ...]]:
    pool: list[tuple[str, ...]] = [(p,) for p in vocab.PROJECTS] + list(vocab.WRAPPED_PROJECTS)
    ctx.rng.shuffle(pool)
    return pool[:n]


def amount_cell(ctx: Ctx, money: Money, project: str, measure: tuple[str, ...], category: str, year: int | None,
                yen: int, held_out: str | None = None) -> tuple[Cell, tuple[BudgetAnswer, ...]]:
    """An amount cell and its answer; a zero is written as a dash (no answer) or as 0."""
    if yen == 0 and ctx.chance(0.7):
        return cell(ctx.pick(("－", "―", "-"))), ()
    text = amount_text(ctx, money, yen)
    return cell(text), (answer(project, measure, category, year, yen, text, held_out),)


def funding_split(ctx: Ctx, money: Money, total: int) -> list[int]:
    """国・県 / 地方債 / その他 / 一般財源 summing to total (some of them zero)."""
    parts = []
    left = total
    for share in (0.5, 0.4, 0.2):
        part = (int(left * ctx.rng.random() * share) // money.step) * money.step if ctx.chance(0.6) else 0
        parts.append(part)
        left -= part
    return parts + [left]


# The parts of a 財源内訳 in the order the columns stand, each with its category (a wording batch may
# write them its own way: the category goes with the place, not the word).
FUNDING_PARTS = (("funding_state", vocab.FUNDING_STATE), ("funding_bond", vocab.FUNDING_BOND),
                 ("funding_other", vocab.FUNDING_OTHER), ("funding_general", vocab.FUNDING_GENERAL))


def main_projects(ctx: Ctx) -> Composition:
    """番号 | 担当課 | 事業名 | R5年度当初予算額 | R6年度当初予算額 | 増減 | 財源内訳 (国・県 …) | 事業内容."""
    money, style = draw_money(ctx), ctx.year_style()
    funding, dept_first, desc_at_end = ctx.chance(0.7), ctx.chance(0.5), ctx.chance(0.7)
    word = ctx.pick(vocab.BUDGET_WORDS)
    years = [ctx.year - 1, ctx.year] if ctx.chance(0.7) else [ctx.year, ctx.year - 1]
    span = 2 if funding else 1
    lead = [ctx.pick(vocab.NUMBER_HEADERS) or "No.", ctx.pick(vocab.DEPARTMENT_HEADERS), ctx.pick(vocab.PROJECT_HEADERS)]
    if not dept_first:
        lead[1], lead[2] = lead[2], lead[1]
    amounts = [header_label(money, f"{ctx.yr(y, style)}\n{word}", ctx) for y in years] + [(ctx.pick(vocab.DIFFERENCE_WORDS),)]
    year_in_caption = ctx.more_chance(CAPTION_YEAR_SHARE)
    if year_in_caption:  # one column of this year's amounts, its year stated only in the line above
        years, amounts = [ctx.year], [header_label(money, word, ctx)]
    fund_words = [ctx.pick(w) for _, w in FUNDING_PARTS]
    desc = ctx.pick(vocab.DESCRIPTION_HEADERS)
    top = [Cell((t,), rowspan=span) for t in lead] + [Cell(a, rowspan=span) for a in amounts]
    if funding:
        top += [Cell(header_label(money, ctx.pick(vocab.FUNDING_HEADERS), ctx), colspan=4)] + [COVERED] * 3
    bottom = [COVERED] * (len(lead) + len(amounts)) + [cell(w) for w in fund_words]
    top.insert(len(top) if desc_at_end else 3, Cell((desc,), rowspan=span))
    bottom.insert(len(bottom) if desc_at_end else 3, COVERED)
    header = (tuple(top), tuple(bottom)) if funding else (tuple(top),)
    rows = []
    for n, name in enumerate(project_names(ctx, ctx.rng.randint(3, 9)), start=1):
        rows.append(_main_row(ctx, money, n, name, years, amounts, fund_words if funding else [], dept_first, desc_at_end))
    title = Text(ctx.pick(vocab.BUDGET_TITLES).format(year=ctx.yr(ctx.year, "wareki_nendo"), account=vocab.ACCOUNTS[0]), "title")
    heading = Text(ctx.pick(("主な事業", "主要事業の概要", "重点事業一覧")), "heading")
    if year_in_caption:  # 令和6年度当初予算に計上した主な事業, under a title without a year
        title = Text(f"{vocab.ACCOUNTS[0]}予算の概要", "title")
        heading = Text(ctx.more.choice(vocab.CAPTION_YEAR_HEADINGS).format(year=ctx.yr(ctx.year, style)), "heading")
    parts: list[Text | Piece] = [title, heading, Piece(header, tuple(rows), caption(ctx, money), _notes(ctx))]
    return Composition(tuple(parts), f"{money.unit}@{money.place} funding={funding:d} years={style} caption_year={year_in_caption:d}")


def _main_row(ctx: Ctx, money: Money, n: int, name: tuple[str, ...], years: list[int], amounts: list[tuple[str, ...]],
              fund_words: list[str], dept_first: bool, desc_at_end: bool) -> Row:
    project = "".join(name)
    lead = [cell(ctx.pick((str(n), f"{n}", f"({n})", "新" if n % 4 == 0 else str(n)))), cell(ctx.pick(vocab.DEPARTMENTS)), Cell(name)]
    if not dept_first:
        lead[1], lead[2] = lead[2], lead[1]
    yen = {y: draw_yen(ctx, money, 2_000_000, 900_000_000, project) for y in years}
    cells: list[Cell] = list(lead)
    answers: list[BudgetAnswer] = []
    for y, measure in zip(years, amounts):
        c, a = amount_cell(ctx, money, project, measure, "amount", y, yen[y])
        cells.append(c)
        answers += a
    if len(amounts) > len(years):  # a difference column
        diff = yen[max(years)] - yen[min(years)]
        c, a = amount_cell(ctx, money, project, amounts[-1], "difference", max(years), diff, "difference")
        cells.append(c)
        answers += a
    for (category, _), word, part in zip(FUNDING_PARTS, fund_words, funding_split(ctx, money, yen[max(years)]) if fund_words else []):
        c, a = amount_cell(ctx, money, project, (word,), category, max(years), part)
        cells.append(c)
        answers += a
    desc = ctx.pick(vocab.DESCRIPTIONS)
    cells.insert(len(cells) if desc_at_end else 3, cell(desc[:12], desc[12:]))
    return Row(tuple(cells), tuple(answers))


def _notes(ctx: Ctx) -> tuple[Text, ...]:
    return (Text(ctx.pick(vocab.FOOTNOTES), "note"),) if ctx.chance(0.4) else ()


def supplementary(ctx: Ctx) -> Composition:
    """補正前の額 | 補正額 | 補正後の額, the year only in the title (令和6年度 一般会計補正予算（第3号））."""
    money = draw_money(ctx)
    measures = [header_label(money, ctx.pick(w), ctx) for w in (vocab.BEFORE_WORDS, vocab.REVISION_WORDS, vocab.AFTER_WORDS)]
    label = ctx.pick(("款", "事業名", "区分", "費目"))
    header = (cell(label),) + tuple(Cell(m) for m in measures) + ((cell(ctx.pick(("説明", "備考", "補正内容"))),) if ctx.chance(0.5) else ())
    # only where the table states its unit once (caption) or each amount does (cell): amounts under
    # headers that state the unit leave a 説明 amount's unit unstated
    itemised = len(header) > 4 and money.place != "header" and ctx.extra_chance(ITEMISED_SHARE)
    rows = []
    names = [(k,) for k, _ in vocab.KAN_KOU] if label in ("款", "費目") else project_names(ctx, 9)
    ctx.rng.shuffle(names)
    for name in names[:ctx.rng.randint(3, 8)]:
        before = draw_yen(ctx, money, 300_000_000, 3_000_000_000)
        revision = draw_yen(ctx, money, 100_000, 200_000_000) * (-1 if ctx.chance(0.25) else 1)
        cells: list[Cell] = [Cell(name)]
        answers: list[BudgetAnswer] = []
        for measure, category, yen in zip(measures, ("before_revision", "revision", "after_revision"), (before, revision, before + revision)):
            c, a = amount_cell(ctx, money, "".join(name), measure, category, ctx.year, yen)
            cells.append(c)
            answers += a
        if len(header) > 4:
            c, a = _explanation(ctx, money, ctx.pick(vocab.REVISION_REASONS), header[-1].text, revision, itemised)
            cells.append(c)
            answers += a
        rows.append(Row(tuple(cells), tuple(answers)))
    title = ctx.pick(vocab.SUPPLEMENTARY_TITLES).format(year=ctx.yr(ctx.year, ctx.pick(("wareki_nendo", "paired"))), account=ctx.pick(vocab.ACCOUNTS), n=ctx.rng.randint(1, 6))
    parts = (Text(title, "title"), Text(ctx.pick(vocab.BODY_LINES)), Piece((header,), tuple(rows), caption(ctx, money), _notes(ctx)))
    return Composition(parts, f"{money.unit}@{money.place} label={label}")


def _explanation(ctx: Ctx, money: Money, reason: str, header: str, revision: int,
                 itemised: bool) -> tuple[Cell, tuple[BudgetAnswer, ...]]:
    """The 説明 cell of a 補正 row: its reason, and in an itemised table the amount the reason
    accounts for (事業費の追加 12,000), labelled by the reason as a 説明 amount is by its words."""
    if not itemised or reason == "－":
        return cell(reason), ()
    text = amount_text(ctx, money, revision)
    return cell(f"{reason} {text}"), (answer(reason, (header,), measure_category(header), ctx.year, revision, text),)


def kan_kou(ctx: Ctx) -> Composition:
    """款 | 項 | 本年度予算額 | 前年度予算額 | 比較 (| 構成比): years in the header or only in the title."""
    money, in_header = draw_money(ctx), ctx.chance(0.5)
    style = ctx.year_style()
    words = [ctx.pick(vocab.CURRENT_WORDS), ctx.pick(vocab.PREVIOUS_WORDS)]
    if in_header:
        words = [f"{ctx.yr(ctx.year, style)}\n予算額", f"{ctx.yr(ctx.year - 1, style)}\n予算額"]
    measures = [header_label(money, w, ctx) for w in words]
    diff, ratio = (ctx.pick(vocab.DIFFERENCE_WORDS),), ctx.pick(vocab.RATIO_WORDS) if ctx.chance(0.4) else None
    header = (cell(ctx.pick(vocab.KAN_HEADERS)), cell(ctx.pick(vocab.KOU_HEADERS))) + tuple(Cell(m) for m in measures) + (cell(*diff),) + ((cell(ratio),) if ratio else ())
    kans = list(vocab.KAN_KOU)
    ctx.rng.shuffle(kans)
    rows: list[Row] = []
    grand = [0, 0]
    for n, (kan, kous) in enumerate(kans[:ctx.rng.randint(2, 5)], start=1):
        amounts = [(k, draw_yen(ctx, money, 5_000_000, 2_000_000_000, k), draw_yen(ctx, money, 5_000_000, 2_000_000_000, k))
                   for k in kous[:ctx.rng.randint(1, 3)]]
        totals = (kan, sum(a[1] for a in amounts), sum(a[2] for a in amounts))
        grand = [grand[0] + totals[1], grand[1] + totals[2]]
        rows.append(_kan_row(ctx, money, (f"{n} {kan}", ""), totals, measures, diff, ratio))
        for m, kou in enumerate(amounts, start=1):
            rows.append(_kan_row(ctx, money, ("", f"{m} {kou[0]}"), kou, measures, diff, ratio))
    if ctx.chance(0.5):  # a 合計 row: the document states the total as an amount of its own
        label = ctx.pick(vocab.GRAND_TOTAL_LABELS)
        rows.append(_kan_row(ctx, money, (label, ""), (label, grand[0], grand[1]), measures, diff, ratio))
    title = ctx.pick(vocab.BUDGET_TITLES).format(year=ctx.yr(ctx.year, ctx.pick(("wareki_nendo", "paired", "western_nendo"))), account=vocab.ACCOUNTS[0])
    parts = (Text(title, "title"), Text(ctx.pick(("歳出予算", "歳出予算事項別明細", "款項別予算額")), "heading"),
             Piece((header,), tuple(rows), caption(ctx, money), _notes(ctx)))
    return Composition(parts, f"{money.unit}@{money.place} year_in_header={in_header:d} years={style}")


def _kan_row(ctx: Ctx, money: Money, labels: tuple[str, str], amounts: tuple[str, int, int], measures: list[tuple[str, ...]],
             diff: tuple[str, ...], ratio: str | None) -> Row:
    name, current, previous = amounts
    cells: list[Cell] = [cell(labels[0]), cell(labels[1])]
    answers: list[BudgetAnswer] = []
    for measure, year, yen in zip(measures, (ctx.year, ctx.year - 1), (current, previous)):
        c, a = amount_cell(ctx, money, name, measure, "amount", year, yen)
        cells.append(c)
        answers += a
    c, a = amount_cell(ctx, money, name, diff, "difference", ctx.year, current - previous, "difference")
    cells.append(c)
    answers += a
    if ratio:
        tenths = round((current / previous - 1) * 1000) if previous else 0  # 伸率 (%), one decimal
        text = ctx.num(tenths, 1)
        cells.append(cell(text))
        answers.append(BudgetAnswer(name, ratio, "ratio", ctx.year, None, text, held_out="ratio", value=tenths / 10))
    return Row(tuple(cells), tuple(answers))


def plan_years(ctx: Ctx) -> Composition:
    """事業名 | 事業費 (R6 | R7 | R8) (| 合計, held out): a plan's cost per 実施年度."""
    money, style, band = draw_money(ctx), ctx.year_style(), ctx.chance(0.6)
    years = list(range(ctx.year, ctx.year + ctx.rng.randint(3, 5)))
    word = ctx.pick(vocab.PLAN_WORDS)
    total = ctx.pick(vocab.TOTAL_WORDS) if ctx.chance(0.4) else None
    lead = [ctx.pick(vocab.PROJECT_HEADERS)] + ([ctx.pick(vocab.DEPARTMENT_HEADERS)] if ctx.chance(0.4) else [])
    span = 2 if band else 1
    measures: list[tuple[str, ...]] = [(word, ctx.yr(y, style)) for y in years]
    top = [Cell((t,), rowspan=span) for t in lead]
    if band:
        top += [Cell(header_label(money, word, ctx), colspan=len(years))] + [COVERED] * (len(years) - 1)
        bottom = [COVERED] * len(lead) + [cell(t) for t in ctx.era_less_years(years, style)]
    else:
        top += [Cell(header_label(money, f"{ctx.yr(y, style)}\n{word}", ctx)) for y in years]
        bottom = []
    if total:
        top.append(Cell((total,), rowspan=span))
        bottom.append(COVERED)
    header = (tuple(top), tuple(bottom)) if band else (tuple(top),)
    rows = [_plan_row(ctx, money, name, len(lead), years, measures, total) for name in project_names(ctx, ctx.rng.randint(3, 10))]
    first, last = ctx.yr(years[0], "wareki_nendo"), ctx.yr(years[-1], "wareki_nendo")
    parts = (Text(ctx.pick(vocab.PLAN_TITLES).format(first=first, last=last), "title"), Text(ctx.pick(vocab.BODY_LINES)),
             Piece(header, tuple(rows), caption(ctx, money), _notes(ctx)))
    return Composition(parts, f"{money.unit}@{money.place} band={band:d} years={style}")


def _plan_row(ctx: Ctx, money: Money, name: tuple[str, ...], n_lead: int, years: list[int],
              measures: list[tuple[str, ...]], total: str | None) -> Row:
    project = "".join(name)
    cells: list[Cell] = [Cell(name)] + [cell(ctx.pick(vocab.DEPARTMENTS))] * (n_lead - 1)
    answers: list[BudgetAnswer] = []
    spent = 0
    for y, measure in zip(years, measures):
        yen = draw_yen(ctx, money, 500_000, 300_000_000, project) if ctx.chance(0.8) else 0
        spent += yen
        c, a = amount_cell(ctx, money, project, measure, "amount", y, yen)
        cells.append(c)
        answers += a
    if total:
        c, a = amount_cell(ctx, money, project, (total,), "total", None, spent, "total")
        cells.append(c)
        answers += a
    return Row(tuple(cells), tuple(answers))


def budget_book(ctx: Ctx) -> Composition:
    """区分 | 本年度 | 前年度 | 差引: the year stated only in the title or the caption line."""
    money = draw_money(ctx)
    year_text = ctx.yr(ctx.year, ctx.pick(("wareki_nendo", "paired", "western_nendo", "letter_nendo")))
    account = ctx.pick(vocab.ACCOUNTS)
    in_caption = ctx.chance(0.4)
    current = ctx.pick(vocab.BOOK_CURRENT_WORDS)
    words = [current, ctx.pick(vocab.BOOK_PREVIOUS_WORDS)]
    if ctx.chance(0.3):
        words.reverse()
    measures = [header_label(money, w, ctx) for w in words]
    diff = (ctx.pick(vocab.BOOK_DIFFERENCE_WORDS),)
    header = (cell(ctx.pick(("区分", "事業名", "科目", "事業"))),) + tuple(Cell(m) for m in measures) + (cell(*diff), cell("備考"))
    rows, amounts = [], []
    totals = dict.fromkeys(words, 0)
    for name in project_names(ctx, ctx.rng.randint(4, 10)):
        yen = {w: draw_yen(ctx, money, 1_000_000, 1_500_000_000, "".join(name)) for w in words}
        totals = {w: totals[w] + yen[w] for w in words}
        rows.append(_book_row(ctx, money, name, yen, measures, diff, ctx.pick(("", "新規", "拡充", "継続")), current))
        amounts.append(yen)
    if ctx.chance(0.5):  # a 合計 row: the document states the total as an amount of its own
        rows.append(_book_row(ctx, money, (ctx.pick(vocab.GRAND_TOTAL_LABELS),), totals, measures, diff, "", current))
        amounts.append(totals)
    headers: tuple[tuple[Cell, ...], ...] = (header,)
    if ctx.more_chance(SHARE_BAND_SHARE):
        headers, rows = _with_shares(ctx, header, rows, amounts, totals, current)
    title = Text(f"{account}予算" if in_caption else f"{year_text} {account}予算", "title")
    above = caption(ctx, money, f"{year_text}当初予算 " if in_caption else "")
    parts = (title, Piece(headers, tuple(rows), above, _notes(ctx)))
    return Composition(parts, f"{money.unit}@{money.place} year_in={'caption' if in_caption else 'title'}")


def _book_row(ctx: Ctx, money: Money, name: tuple[str, ...], yen: dict[str, int], measures: list[tuple[str, ...]],
              diff: tuple[str, ...], remark: str, current: str) -> Row:
    """One row of a budget book: amounts under 本年度 / 前年度 (in the header's order; current: the
    word of this year's column), 差引, 備考."""
    project = "".join(name)
    cells: list[Cell] = [Cell(name)]
    answers: list[BudgetAnswer] = []
    for w, measure in zip(yen, measures):
        year = ctx.year if w == current else ctx.year - 1
        c, a = amount_cell(ctx, money, project, measure, "amount", year, yen[w])
        cells.append(c)
        answers += a
    previous = next(yen[w] for w in yen if w != current)
    c, a = amount_cell(ctx, money, project, diff, "difference", ctx.year, yen[current] - previous, "difference")
    return Row(tuple(cells) + (c, cell(remark)), tuple(answers) + a)


def _with_shares(ctx: Ctx, header: tuple[Cell, ...], rows: list[Row], amounts: list[dict[str, int]], totals: dict[str, int],
                 current: str) -> tuple[tuple[tuple[Cell, ...], ...], list[Row]]:
    """区分 | 本年度 (金額 | 構成比) | 前年度 (金額 | 構成比) | 比較 | 備考: each year's header spans its amount
    and the amount's share of the year's total (a ratio, held out)."""
    top, bottom = [Cell(header[0].lines, rowspan=2)], [COVERED]
    for c in header[1:3]:
        top += [Cell(c.lines, colspan=2), COVERED]
        bottom += [cell("金額"), cell(ctx.more.choice(vocab.SHARE_WORDS))]
    top += [Cell(c.lines, rowspan=2) for c in header[3:]]
    bottom += [COVERED] * len(header[3:])
    out = []
    for row, yen in zip(rows, amounts):
        cells, answers = [row.cells[0]], list(row.answers)
        for i, w in enumerate(yen, start=1):
            tenths = round(yen[w] / totals[w] * 1000) if totals[w] else 0
            text = ctx.num(tenths, 1)
            year = ctx.year if w == current else ctx.year - 1
            cells += [row.cells[i], cell(text)]
            answers.append(BudgetAnswer(row.cells[0].text, "構成比", "ratio", year, None, text, held_out="ratio", value=tenths / 10))
        out.append(Row(tuple(cells) + row.cells[3:], tuple(answers), row.joined_to_next))
    return (tuple(top), tuple(bottom)), out


BUILDERS: dict[str, Builder] = {
    "budget_main_projects": main_projects,
    "budget_supplementary": supplementary,
    "budget_kan_kou": kan_kou,
    "budget_plan_years": plan_years,
    "budget_book": budget_book,
}
