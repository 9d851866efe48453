"""The generated corpus: a document model whose true values are known by construction.

A builder (kpi_tables.py, kpi_cards.py, kpi_listed.py, budget_tables.py) composes titles, running text and
tables whose body rows (or, for indicators listed in lines, whose lines) carry the answers they state; `paginate` lays them onto pages (several tables
per page, tables split over pages with or without a repeated header) and stamps each
answer with the page of its row. Everything follows from (arrangement, seed, index).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from tests.corpus import vocab
from tests.corpus.notation import (
    HEADER_YEAR_STYLES, YEAR_STYLE_VARIANTS, NumberStyle, number_text, without_repeated_era, year_format, year_text,
)

TEXT_ENCODINGS = ("utf-8", "utf-8", "utf-8-sig", "cp932")
CELL_BREAKS = ("br", "br", "br_slash", "p")
PAGE_LINE_BUDGETS = (16, 24, 32, 40)  # lines of text and table rows a page holds
SPLIT_WRAPPED_SHARE = 0.25  # documents whose wrapped cells continue on a second table row
VARIANT_SHARE = 0.5  # documents that write a word (or a year style) with one of its variants
ERA_LESS_SHARE = 0.35  # year cells with the era written only where it changes (平成27年度, 28年度 …)
UNSEEN_SHARE = 0.3  # documents that write a word in a wording no sample uses


@dataclass(frozen=True, slots=True)
class Cell:
    """One table cell as displayed: its lines (a wrapped name has several) and its span."""

    lines: tuple[str, ...] = ()
    colspan: int = 1
    rowspan: int = 1
    covered: bool = False  # inside another cell's span: drawn by that cell, empty in text

    @property
    def text(self) -> str:
        return " ".join(self.lines)


COVERED = Cell(covered=True)
EMPTY = Cell()


def cell(*lines: str) -> Cell:
    """A cell of the given lines (empty lines dropped)."""
    return Cell(tuple(ln for ln in lines if ln))


def spanned(text: str, colspan: int = 1, rowspan: int = 1) -> tuple[Cell, ...]:
    """A merged cell followed by the cells it covers in its own row."""
    return (Cell((text,), colspan, rowspan),) + (COVERED,) * (colspan - 1)


@dataclass(frozen=True, slots=True)
class Text:
    """A line of running text: head (資料2), title, heading, body, caption (単位：千円), note (※), footer;
    a line stating values (kpi_listed) carries their answers."""

    text: str
    role: str = "body"
    answers: tuple[Answer, ...] = ()
    joined_to_next: bool = False  # kept on one page with the line after it (a name wrapped onto its values' line)


@dataclass(frozen=True, slots=True)
class Table:
    """A table as placed on one page: header rows (possibly none) and body rows."""

    header: tuple[tuple[Cell, ...], ...]
    body: tuple[tuple[Cell, ...], ...]

    @property
    def rows(self) -> tuple[tuple[Cell, ...], ...]:
        return self.header + self.body


Block = Text | Table


@dataclass(frozen=True, slots=True)
class Page:
    blocks: tuple[Block, ...]


@dataclass(frozen=True, slots=True)
class KpiAnswer:
    """A KPI value the document states, or a held-out number beside it (held_out says why)."""

    indicator: str
    kind: str  # baseline | actual | target (for held-out values: what the number is)
    fiscal_year: int | None  # western start year
    value: float  # base units: 万人 → 人 × 10000, 千円 → 円 × 1000, % stays %
    unit: str | None
    raw: str  # the cell text as written
    page: int = 0  # 1-based; 0 until paginated
    held_out: str | None = None  # ratio | reference | difference


@dataclass(frozen=True, slots=True)
class BudgetAnswer:
    """A budget amount the document states, or a held-out difference / ratio / total."""

    project: str
    measure: str  # the header it stands under
    category: str  # see score.MEASURE_CATEGORIES
    fiscal_year: int | None
    amount_yen: int | None  # None for ratios (held out)
    raw: str
    page: int = 0
    held_out: str | None = None  # difference | ratio | total
    value: float | None = None  # the ratio's value, for held-out ratios


Answer = KpiAnswer | BudgetAnswer


@dataclass(frozen=True, slots=True)
class Row:
    """A body row with the answers it states; joined rows are never split over pages."""

    cells: tuple[Cell, ...]
    answers: tuple[Answer, ...] = ()
    joined_to_next: bool = False


@dataclass(frozen=True, slots=True)
class Piece:
    """A composed table with the text above and below it."""

    header: tuple[tuple[Cell, ...], ...]
    rows: tuple[Row, ...]
    above: tuple[Text, ...] = ()
    below: tuple[Text, ...] = ()


@dataclass(frozen=True, slots=True)
class Composition:
    """What a builder returns: running text and tables in reading order, and its choices."""

    parts: tuple[Text | Piece, ...]
    variant: str


@dataclass(frozen=True, slots=True)
class Document:
    name: str
    arrangement: str
    variant: str
    pages: tuple[Page, ...]
    kpis: tuple[KpiAnswer, ...]
    budgets: tuple[BudgetAnswer, ...]
    encoding: str = "utf-8"  # of the text export
    cell_break: str = "br"  # how the text export breaks a cell's lines (render_text.CELL_BREAKS)


@dataclass(slots=True)
class Ctx:
    """One document's random source and notation choices."""

    rng: random.Random
    year: int  # the document's fiscal year (令和7年度予算 → 2025)
    numbers: NumberStyle
    missing_rate: float
    levels: dict[str, int] = field(default_factory=dict)  # per indicator, the level its values stay near
    # a second random source for spelling and year-style variants, so that drawing them leaves
    # every other choice of the document as it was
    variants: random.Random = field(default_factory=random.Random)
    spelled: dict[str, str] = field(default_factory=dict)  # per word or style, how this document writes it
    # a third source for the wordings and notations added later (unseen header words, era-less
    # years, restating footnotes), so that they leave every earlier draw of the document as it was
    extras: random.Random = field(default_factory=random.Random)
    # a batch of real wordings standing in for the generator's own words (vocab.WORDING_BATCHES, by
    # concept), drawn from a fourth source once per concept and document
    wording: dict[str, tuple[str, ...]] = field(default_factory=dict)
    wordings: random.Random = field(default_factory=random.Random)
    # a fifth source for the arrangements of the issue added after the wording batches (策定年 headers,
    # a spaced unit, 当該値 / 平均値 rows, 金額 / 構成比 under 本年度 / 前年度, a year only in the caption),
    # so that a document none of them fires in stays as it was
    more: random.Random = field(default_factory=random.Random)

    def near(self, key: str, low: int, high: int) -> int:
        """A value for `key` within ±30% of the level drawn for it at first use (kept in low..high)."""
        level = self.levels.setdefault(key, self.rng.randint(low, high))
        a, b = sorted((round(level * 0.7), round(level * 1.3)))
        return self.rng.randint(max(low, a), max(low, min(high, b)))

    def pick(self, items: Sequence[str]) -> str:
        word = self.rng.choice(items)
        concept = CONCEPT_OF_LIST.get(tuple(items))
        if concept in self.wording:
            return self.batch_word(concept)
        return self.unseen(self.spelling(word, vocab.SPELLING_VARIANTS))

    def batch_word(self, concept: str) -> str:
        """The word of the wording batch this document writes for a concept (one for good)."""
        key = f"batch/{concept}"
        if key not in self.spelled:
            self.spelled[key] = self.wordings.choice(self.wording[concept])
        return self.spelled[key]

    def kind_word(self, items: Sequence[str], rng: random.Random) -> str:
        """A word of a list drawn from rng, or the batch's word for its concept."""
        concept = CONCEPT_OF_LIST.get(tuple(items))
        return self.batch_word(concept) if concept in self.wording else rng.choice(items)

    def fixed_word(self, items: Sequence[str]) -> str:
        """A list's one word (drawing nothing), or the batch's word for its concept."""
        concept = CONCEPT_OF_LIST.get(tuple(items))
        return self.batch_word(concept) if concept in self.wording else items[0]

    def unseen(self, word: str) -> str:
        """How this document writes a word in wording no sample uses (vocab.UNSEEN_WORDINGS): itself,
        or one such wording for good."""
        if word not in vocab.UNSEEN_WORDINGS:
            return word
        key = f"unseen/{word}"
        if key not in self.spelled:
            use = self.extras.random() < UNSEEN_SHARE
            self.spelled[key] = self.extras.choice(vocab.UNSEEN_WORDINGS[word]) if use else word
        return self.spelled[key]

    def extra_chance(self, p: float) -> bool:
        return self.extras.random() < p

    def more_chance(self, p: float) -> bool:
        return self.more.random() < p

    def once(self, key: str, p: float) -> bool:
        """Whether this document does something (drawn from `more` with chance p at first ask, then kept)."""
        key = f"once/{key}"
        if key not in self.spelled:
            self.spelled[key] = "1" if self.more_chance(p) else ""
        return bool(self.spelled[key])

    def era_less_years(self, years: Sequence[int], style: str) -> list[str]:
        """Year cells in reading order, sometimes with the era written only where it changes
        (令和3年度 | 4年度 | 5年度)."""
        texts = [self.yr(y, style) for y in years]
        return without_repeated_era(texts) if self.extra_chance(ERA_LESS_SHARE) else texts

    def spelling(self, word: str, variants: dict[str, tuple[str, ...]]) -> str:
        """How this document writes a word (or a year style): itself, or one variant for good."""
        if word not in variants:
            return word
        if word not in self.spelled:
            use = self.variants.random() < VARIANT_SHARE
            self.spelled[word] = self.variants.choice(variants[word]) if use else word
        return self.spelled[word]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def num(self, units: int, decimals: int = 0) -> str:
        return number_text(units, decimals, self.numbers)

    def year_style(self) -> str:
        return self.pick(HEADER_YEAR_STYLES)

    def yr(self, year: int, style: str) -> str:
        heisei_2019 = style.startswith("letter") and self.chance(0.3)
        if "year" in self.wording:
            return year_format(year, self.batch_word("year"))
        return year_text(year, self.spelling(style, YEAR_STYLE_VARIANTS), heisei_2019=heisei_2019)

    def missing(self) -> str:
        return self.pick(vocab.MISSING_MARKERS)


# Each concept of the wording batches, by the generator lists its words stand in for.
CONCEPT_OF_LIST: dict[tuple[str, ...], str] = {items: concept for concept, lists in vocab.WORDING_LISTS.items() for items in lists}


def wording_batch(name: str | None) -> dict[str, tuple[str, ...]]:
    """A wording batch by name (dev | dev2 | dev3 | dev4 | dev5 | dev6 | dev7 | dev8 | dev9 | dev9check | dev10 | dev10check | dev11 | dev11check | dev12 | dev12check | dev13 | dev13check | dev14 | dev14check | dev15 | dev15check | dev16 | dev16check | dev17 | dev17check | dev18 | dev18check | heldout | unknown), optionally limited to some concepts (heldout:year,baseline)."""
    if not name:
        return {}
    batch, _, concepts = name.partition(":")
    words = vocab.WORDING_BATCHES[batch]
    wanted = concepts.split(",") if concepts else list(words)
    unknown = set(wanted) - set(words)
    if unknown:
        raise ValueError(f"unknown concepts {sorted(unknown)} of wording batch {batch}")
    return {c: words[c] for c in wanted}


def new_ctx(rng: random.Random, variants: random.Random | None = None, extras: random.Random | None = None,
            wording: dict[str, tuple[str, ...]] | None = None, wordings: random.Random | None = None,
            more: random.Random | None = None) -> Ctx:
    """Draw a document's year and notation (variants, extras: the sources of its spelling variants
    and of its later-added wordings; wording: a batch of real wordings, drawn from wordings)."""
    style = NumberStyle(comma=rng.random() < 0.9, fullwidth=rng.random() < 0.2, negative=rng.choice("▲▲△-－"))
    return Ctx(rng, rng.randint(2019, 2026), style, rng.choice((0.0, 0.05, 0.12)), variants=variants or random.Random(0),
               extras=extras or random.Random(0), wording=wording or {}, wordings=wordings or random.Random(0),
               more=more or random.Random(0))


Builder = Callable[[Ctx], Composition]


def arrangements() -> dict[str, Builder]:
    """Every arrangement the corpus generates, by name (imported late: builders import this module)."""
    from tests.corpus import budget_tables, kpi_cards, kpi_listed, kpi_tables

    return {**kpi_tables.BUILDERS, **kpi_cards.BUILDERS, **kpi_listed.BUILDERS, **budget_tables.BUILDERS}


def generate(arrangement: str, seed: int, index: int = 0, wording: str | None = None) -> Document:
    """Given an arrangement, a seed and an index, return one document (always the same); wording names a
    batch of real wordings its header words, unit statements and year notations are drawn from
    (wording_batch), leaving every other choice as without it."""
    key = f"{arrangement}/{seed}/{index}"
    rng = random.Random(key)
    ctx = new_ctx(rng, random.Random(f"{key}/variants"), random.Random(f"{key}/extras"), wording_batch(wording),
                  random.Random(f"{key}/wordings"), random.Random(f"{key}/more"))
    composition = arrangements()[arrangement](ctx)
    if rng.random() < SPLIT_WRAPPED_SHARE:
        composition = replace(composition, parts=tuple(split_wrapped(p) if isinstance(p, Piece) else p for p in composition.parts))
    budget = rng.choice(PAGE_LINE_BUDGETS)
    head = rng.choice(vocab.RUNNING_HEADS).format(n=rng.randint(2, 7), m=rng.randint(1, 3)) if rng.random() < 0.3 else None
    layout = Layout(budget, repeat_header=rng.random() < 0.5, fill=rng.random() < 0.5, footer=rng.random() < 0.4, head=head)
    pages, answers = paginate(composition.parts, layout)
    variant = f"{composition.variant} lines={budget} repeat={layout.repeat_header:d} fill={layout.fill:d}"
    return Document(
        name=f"{arrangement}-s{seed}-{index}" + (f"-{wording.replace(':', '-').replace(',', '-')}" if wording else ""), arrangement=arrangement, variant=variant, pages=pages,
        kpis=tuple(a for a in answers if isinstance(a, KpiAnswer)),
        budgets=tuple(a for a in answers if isinstance(a, BudgetAnswer)),
        encoding=rng.choice(TEXT_ENCODINGS), cell_break=rng.choice(CELL_BREAKS),
    )


def generate_corpus(seed: int, per_arrangement: int, names: Sequence[str] | None = None,
                    wording: str | None = None) -> list[Document]:
    """Given a seed, return per_arrangement documents of each arrangement (or of those named)."""
    return [generate(a, seed, i, wording) for a in (names or sorted(arrangements())) for i in range(per_arrangement)]


@dataclass(frozen=True, slots=True)
class Layout:
    lines_per_page: int
    repeat_header: bool  # a table continued on the next page repeats its header rows
    fill: bool  # split a table at the page end rather than moving it whole to the next page
    footer: bool  # a page number line (- 3 -) ends each page
    head: str | None = None  # a running head (資料2) starting each page


def row_height(cells: Sequence[Cell]) -> int:
    """Lines a row takes: its tallest cell."""
    return max((len(c.lines) for c in cells if not c.covered), default=1) or 1


def row_groups(rows: Sequence[Row]) -> list[list[Row]]:
    """Rows that must stay on one page together (vertical merges, wrapped names)."""
    groups: list[list[Row]] = [[]]
    for row in rows:
        groups[-1].append(row)
        if not row.joined_to_next:
            groups.append([])
    return [g for g in groups if g]


class _Pager:
    """Accumulates blocks into pages and stamps answers with their page."""

    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        self.pages: list[list[Block]] = [[]]
        self.used = 0
        self.answers: list[Answer] = []

    @property
    def room(self) -> int:
        return self.layout.lines_per_page - self.used

    def new_page(self) -> None:
        if self.pages[-1]:
            self.pages.append([])
            self.used = 0

    def text(self, line: Text) -> None:
        if self.room < 1:
            self.new_page()
        self.pages[-1].append(line)
        self.answers += [replace(a, page=len(self.pages)) for a in line.answers]
        self.used += 1

    def keep(self, lines: int) -> None:
        """Start a new page unless the next `lines` lines fit on this one (a chain longer than a page runs on)."""
        if self.room < lines <= self.layout.lines_per_page:
            self.new_page()

    def table(self, header: tuple[tuple[Cell, ...], ...], groups: list[list[Row]]) -> None:
        rows = [r for g in groups for r in g]
        self.pages[-1].append(Table(header, tuple(r.cells for r in rows)))
        page = len(self.pages)
        self.answers += [replace(a, page=page) for r in rows for a in r.answers]
        self.used += 1 + sum(row_height(h) for h in header) + sum(row_height(r.cells) for r in rows)

    def piece(self, piece: Piece) -> None:
        groups = row_groups(piece.rows)
        head = sum(row_height(h) for h in piece.header) + len(piece.above) + 1
        total = head + sum(row_height(r.cells) for g in groups for r in g) + len(piece.below)
        if total > self.room and (not self.layout.fill or self.room < head + 2) and total <= self.layout.lines_per_page:
            self.new_page()
        elif self.room < head + 2:
            self.new_page()
        for line in piece.above:
            self.text(line)
        header = piece.header
        while groups:
            taken = self._fit(groups, header)
            self.table(header, groups[:taken])
            groups = groups[taken:]
            if groups:
                self.new_page()
                header = piece.header if self.layout.repeat_header else ()
        for line in piece.below:
            self.text(line)

    def _fit(self, groups: list[list[Row]], header: tuple[tuple[Cell, ...], ...]) -> int:
        room = self.room - 1 - sum(row_height(h) for h in header)
        taken = 0
        for group in groups:
            room -= sum(row_height(r.cells) for r in group)
            if room < 0 and taken:
                break
            taken += 1
        return taken


def split_wrapped(piece: Piece) -> Piece:
    """Wrapped cells continued on a second table row, the way some exports break a name:
    the first line and the values on one row, the rest of each cell on the next."""
    rows: list[Row] = []
    for row in piece.rows:
        if row_height(row.cells) < 2 or any(c.covered or c.rowspan > 1 for c in row.cells):
            rows.append(row)
            continue
        first = tuple(Cell(c.lines[:1], c.colspan) for c in row.cells)
        rest = tuple(Cell(c.lines[1:], c.colspan) for c in row.cells)
        rows += [Row(first, row.answers, joined_to_next=True), Row(rest, (), row.joined_to_next)]
    return replace(piece, rows=tuple(rows))


def side_by_side(piece: Piece) -> Piece:
    """The table's rows in two blocks placed side by side under a repeated header (one header
    row, no merged or joined rows; otherwise the piece unchanged)."""
    if len(piece.header) != 1 or len(piece.rows) < 4 or any(r.joined_to_next for r in piece.rows):
        return piece
    half = (len(piece.rows) + 1) // 2
    blank = Row(tuple(EMPTY for _ in piece.header[0]))
    left, right = piece.rows[:half], piece.rows[half:] + (blank,) * (2 * half - len(piece.rows))
    rows = tuple(Row(a.cells + b.cells, a.answers + b.answers) for a, b in zip(left, right))
    return replace(piece, header=(piece.header[0] + piece.header[0],), rows=rows)


def with_sections(piece: Piece, titles: Sequence[str], note: str | None = None) -> Piece:
    """Section rows spanning the table (（1）移住・定住の促進) before the first row group and, given
    a second title, before a later one; an optional ※ row spanning the table at the end."""
    width = len(piece.header[0]) if piece.header else len(piece.rows[0].cells)

    def spanning(text: str, joined: bool) -> Row:
        return Row((Cell((text,), colspan=width),) + (COVERED,) * (width - 1), joined_to_next=joined)

    groups = row_groups(piece.rows)
    cut = len(groups) // 2 if len(groups) >= 4 and len(titles) > 1 else -1
    rows: list[Row] = []
    for i, group in enumerate(groups):
        if i in (0, cut):
            rows.append(spanning(titles[0 if i == 0 else 1], True))
        rows += group
    return replace(piece, rows=tuple(rows + ([spanning(note, False)] if note else [])))


def joined_lines(parts: Sequence[Text | Piece], start: int) -> int:
    """How many lines from parts[start] on are joined to stay on one page (1 for a line joined to none)."""
    n = 1
    while start + n < len(parts) and isinstance(parts[start + n - 1], Text) and parts[start + n - 1].joined_to_next:  # type: ignore[union-attr]
        n += 1
    return n


def paginate(parts: Sequence[Text | Piece], layout: Layout) -> tuple[tuple[Page, ...], list[Answer]]:
    """Lay running text and tables onto pages; return the pages and the answers with their page."""
    pager = _Pager(layout)
    for i, part in enumerate(parts):
        if isinstance(part, Piece):
            pager.piece(part)
            continue
        if not (i and isinstance(parts[i - 1], Text) and parts[i - 1].joined_to_next):  # type: ignore[union-attr]
            pager.keep(joined_lines(parts, i))
        pager.text(part)
    pages = pager.pages
    if layout.head:
        head: Block = Text(layout.head, "head")
        pages = [[head, *blocks] for blocks in pages]
    if layout.footer:
        pages = [blocks + [Text(f"- {n} -", "footer")] for n, blocks in enumerate(pages, start=1)]
    return tuple(Page(tuple(b)) for b in pages), pager.answers
