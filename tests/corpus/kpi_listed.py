"""KPI stated in lines, not tables: indicators listed under a heading, each with its figures written
into running lines, the way strategies often state them.

    ■重要業績評価指標（KPI）
    ・移住相談件数　基準値（R2）：120件　→　目標値（R7）：150件
    ・観光入込客数　現状値 3,194万人（2019年）／目標値 3,500万人（2025年）
    ・認定農業者数　R元年度 45人 ⇒ R6年度 60人（実績 R4年度 52人）
    KPI：特定健診受診率　48.2％（H30）→ 60％（R5）

and cards whose labels share a line with their values (基準値（R2）：120人, then 目標値（R7）：150人). A line's
kind is stated by a kind word before or after its figure, or, with no kind word, by an arrow from the
baseline to the target. Every line fits one printed line (LINE_MAX_EM): where a name and its figures do
not, the figures go to the next line, then to one line each.
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.corpus import vocab
from tests.corpus.generator import Builder, Composition, Ctx, KpiAnswer, Text
from tests.corpus.kpi_tables import KIND_WORDS, Indicator, context_lines, draw_indicators, title
from tests.corpus.notation import HEADER_YEAR_STYLES, YEAR_STYLES, scaled_value

LINE_MAX_EM = 38.0  # the widest line, in type sizes: narrower than a portrait A4 text line at 10.5pt (46)
HALF_WIDTH_EM = 0.55  # an ASCII glyph's advance, in type sizes
LAYOUTS = ("inline", "inline", "values_below", "card")
# How a figure states its kind and year: {k} kind word, {y} year, {v} figure (with its unit), {a} the kind word after
SEGMENT_FORMATS = (
    "{k}（{y}）：{v}", "{k}（{y}）{v}", "{k} {v}（{y}）", "{k}：{v}（{y}）", "{y}{k}：{v}", "{y}{k} {v}",
    "{v}（{y}{a}）", "{v}（{a}・{y}）", "{v}（{y}・{a}）",
)
BARE_FORMATS = ("{v}（{y}）", "{y} {v}", "{y}：{v}")  # no kind word: the arrow from baseline to target says it
ACTUAL_NOTES = ("（{a} {y} {v}）", "（{y}{a}：{v}）", "（{a}：{v}（{y}））")  # an actual set apart after a bare pair
CARD_FORMATS = ("{k}（{y}）：{v}", "{k}（{y}）　{v}", "{k}：{v}（{y}）", "{y}{k}：{v}")
UNBRACKETED_YEAR_FORMATS = frozenset(f for f in SEGMENT_FORMATS + BARE_FORMATS + CARD_FORMATS
                                     if "{y}" in f and "（{y}" not in f and "・{y}" not in f)
# a bare pair stays on one line with its arrow (the arrow states the kinds): no year written twice (2022年度（令和4年度）)
BARE_YEAR_STYLES = tuple(s for s in HEADER_YEAR_STYLES if s != "paired")
ARROWS = ("→", "⇒", "～", "／", "、")
BARE_ARROWS = ("→", "⇒", "➡")  # a direction: from the baseline to the target
ARROW_SPACES = ("", " ", "　")
UNIT_PLACES = ("figure", "figure", "figure", "name", "note")
TEXT_BETWEEN_SHARE = 0.25  # items followed by a line of text (a note or an explanation)
KPI_PREFIX_SHARE = 0.3  # documents naming each indicator after a KPI label (KPI：特定健診受診率) instead of a bullet


@dataclass(frozen=True, slots=True)
class Style:
    """One document's way of listing indicators (drawn once, kept for every item)."""

    layout: str
    bullet: str
    name_sep: str
    segment: str  # a SEGMENT_FORMATS entry, or "" for bare figures under an arrow
    arrow: str
    unit_place: str
    year_style: str
    spaced_unit: bool
    unit_note: str  # a LISTED_UNIT_NOTES entry, for unit_place note


def listed(ctx: Ctx) -> Composition:
    """Groups of indicators under a KPI heading, each stating its figures in lines."""
    style = _style(ctx)
    parts: list[Text] = list(title(ctx))
    groups = [ctx.rng.randint(2, 5) for _ in range(ctx.rng.randint(1, 3))]
    indicators = draw_indicators(ctx, sum(groups))  # each indicator listed once in the document
    for group, size in enumerate(groups, start=1):
        parts += [*context_lines(ctx, group), Text(ctx.rng.choice(vocab.LISTED_HEADINGS), "heading")]
        members, indicators = indicators[:size], indicators[size:]
        for n, ind in enumerate(members, start=1):
            parts += item_lines(ctx, style, ind, n)
            if ctx.chance(TEXT_BETWEEN_SHARE):
                parts.append(Text(ctx.rng.choice(vocab.LISTED_BETWEEN_LINES), "body"))
    variant = f"{style.layout} segment={style.segment or 'bare'} arrow={style.arrow} unit={style.unit_place} years={style.year_style}"
    return Composition(tuple(parts), variant)


def _style(ctx: Ctx) -> Style:
    layout = ctx.rng.choice(LAYOUTS)
    bare = layout != "card" and ctx.chance(0.3)
    segment = "" if bare else ctx.rng.choice(CARD_FORMATS if layout == "card" else SEGMENT_FORMATS)
    bullet = "KPI：" if ctx.chance(KPI_PREFIX_SHARE) else ctx.rng.choice(vocab.LISTED_BULLETS)
    years = ctx.rng.choice(BARE_YEAR_STYLES if bare else HEADER_YEAR_STYLES if _unbracketed_year(segment) else YEAR_STYLES)
    return Style(layout, bullet, ctx.rng.choice(vocab.LISTED_NAME_SEPARATORS), segment,
                 ctx.rng.choice(BARE_ARROWS if bare else ARROWS), ctx.rng.choice(UNIT_PLACES), years, ctx.chance(0.2),
                 ctx.rng.choice(vocab.LISTED_UNIT_NOTES))


def _unbracketed_year(segment: str) -> bool:
    """Whether a year may stand outside a bracket (a bare western 2022 beside a figure reads as a number)."""
    return segment in UNBRACKETED_YEAR_FORMATS or segment in CARD_FORMATS


def item_lines(ctx: Ctx, style: Style, ind: Indicator, n: int) -> list[Text]:
    """One indicator's lines: its name and its figures, on one line when they fit."""
    figures = _figures(ctx, style, ind)
    name = _name(style, ind, n)
    texts = [text for text, _ in figures]
    answers = tuple(a for _, a in figures)
    if style.segment and style.layout != "card":
        joined = _join(ctx, style, texts)
        if style.layout == "inline" and em_width(name + style.name_sep + joined) <= LINE_MAX_EM and len(ind.lines) == 1:
            return [Text(name + style.name_sep + joined, "body", answers)]
        tail = "　" + ind.lines[-1] + _unit_after_name(style, ind) + style.name_sep + joined
        if style.layout == "inline" and len(ind.lines) > 1 and em_width(tail) <= LINE_MAX_EM:
            head = _name(style, Indicator(ind.lines[:-1], "", 0, 0, 0), n)
            return [Text(head, "body", joined_to_next=True), Text(tail, "body", answers)]
        if em_width("　" + joined) <= LINE_MAX_EM:
            return [Text(name, "body", joined_to_next=True), Text("　" + joined, "body", answers)]
    elif not style.segment:
        return _bare_lines(ctx, style, ind, name, figures)
    lines = [Text(name, "body", joined_to_next=True)]
    lines += [Text("　" + text, "body", (a,), joined_to_next=True) for text, a in figures]
    return lines[:-1] + [Text(lines[-1].text, "body", lines[-1].answers)]


def _bare_lines(ctx: Ctx, style: Style, ind: Indicator, name: str,
                figures: list[tuple[str, KpiAnswer]]) -> list[Text]:
    """Baseline → target with no kind word (an actual, if any, set apart with its kind word after them)."""
    pair = _join(ctx, style, [text for text, a in figures if a.kind != "actual"])
    actual = [text for text, a in figures if a.kind == "actual"]
    line = pair + "".join(actual)
    answers = tuple(a for _, a in figures)
    if em_width(name + style.name_sep + line) <= LINE_MAX_EM:
        return [Text(name + style.name_sep + line, "body", answers)]
    if em_width("　" + line) <= LINE_MAX_EM:
        return [Text(name, "body", joined_to_next=True), Text("　" + line, "body", answers)]
    pair_answers = tuple(a for _, a in figures if a.kind != "actual")
    lines = [Text(name, "body", joined_to_next=True), Text("　" + pair, "body", pair_answers, joined_to_next=bool(actual))]
    return lines + [Text("　" + text, "body", (a,)) for text, a in figures if a.kind == "actual"]


def _name(style: Style, ind: Indicator, n: int) -> str:
    bullet = vocab.CIRCLED[n - 1] if style.bullet == "①" else style.bullet
    return bullet + "".join(ind.lines) + _unit_after_name(style, ind)


def _unit_after_name(style: Style, ind: Indicator) -> str:
    if not ind.unit or style.unit_place == "figure":
        return ""
    return f"（{ind.unit}）" if style.unit_place == "name" else style.unit_note.format(u=ind.unit)


def _join(ctx: Ctx, style: Style, texts: list[str]) -> str:
    space = ctx.rng.choice(ARROW_SPACES) if style.arrow not in ("、", "／") else ""
    return f"{space}{style.arrow}{space}".join(texts)


def _kinds(ctx: Ctx, style: Style) -> list[str]:
    """The kinds one indicator states, in the order its line gives them."""
    if not style.segment:
        return ["baseline", "target"] + (["actual"] if ctx.chance(0.3) else [])
    kinds = [k for k in ("baseline", "actual", "target") if ctx.chance(0.8 if k != "actual" else 0.35)] or ["target"]
    if ctx.chance(0.2):
        ctx.rng.shuffle(kinds)
    return kinds


def _figures(ctx: Ctx, style: Style, ind: Indicator) -> list[tuple[str, KpiAnswer]]:
    """Each stated figure's text and its answer."""
    base = ctx.year - ctx.rng.randint(1, 4)
    years = {"baseline": base, "actual": ctx.year - 1 if base < ctx.year - 1 else ctx.year, "target": base + ctx.rng.randint(4, 6)}
    out = []
    for kind in _kinds(ctx, style):
        units = ctx.near(ind.name, ind.lo, ind.hi)
        unit = ind.unit if style.unit_place == "figure" else ""
        figure = ctx.num(units, ind.decimals) + (" " if style.spaced_unit and unit else "") + unit
        year = ctx.yr(years[kind], style.year_style)
        base_unit, factor = vocab.UNIT_BASE[ind.unit]
        fmt = (ctx.rng.choice(ACTUAL_NOTES) if kind == "actual" else ctx.rng.choice(BARE_FORMATS)) if not style.segment else style.segment
        text = fmt.format(k=_kind_word(ctx, kind), a=ctx.rng.choice(vocab.LISTED_KINDS_AFTER[kind]), y=year, v=figure)
        out.append((text, KpiAnswer(ind.name, kind, years[kind], scaled_value(units, ind.decimals, factor), base_unit, figure)))
    return out


def _kind_word(ctx: Ctx, kind: str) -> str:
    """A kind word without its bracket, to stand before a bracketed year (目標値（最終年度） → 目標値)."""
    return ctx.pick(KIND_WORDS[kind]).split("（")[0]


def em_width(text: str) -> float:
    """A line's width in type sizes (ASCII glyphs HALF_WIDTH_EM)."""
    return sum(HALF_WIDTH_EM if ord(ch) < 0x2000 else 1.0 for ch in text)


BUILDERS: dict[str, Builder] = {"kpi_listed": listed}
