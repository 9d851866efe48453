"""A line's statements of figures: each figure with its year and kind word, read from the line's tokens.

    基準値（R2）：120件　→　目標値（R7）：150件      two statements, each a kind word, a year and a figure
    48.2％（H30）→ 60％（R5）                      two statements without a kind word, parted by an arrow

A line is read as tokens: years (the normalizer's), figures with their units, kind words (the header reader's),
brackets, separators between figures and gaps inside one. The line's dated tail is the longest tail made of
nothing but statements — one figure, at most one year and one kind word, in any order and bracketing — each
dated. The line reader (recognizers/indicator_line.py) names and kinds them; the grid interpreter asks what a
cell states of itself (kpi.cell_contradicts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.interpret.compound import VALUE, dated_word_kind, names_kind_phrase_only, read_compound, readings_of_word_alone
from extract.interpret.facets import read_facets
from extract.interpret.structure import KIND_LABEL_MAX_CHARS
from extract.vocab import DIRECTION_ARROWS, FIGURE_SEPARATORS, KPI_KINDS, STATEMENT_GAPS, STATEMENT_KIND_WORDS, UNREADABLE_GLYPHS
from normalize import Qualifier, Year, parse_quantity
from normalize.units import is_known_unit, normalize_unit
from normalize.vocab import BRACKET_CLOSERS, BRACKET_OPENERS, MINUS_CHARS, UNIT_SLASHES
from normalize.years import find_year

LINE_MAX_CHARS = 120  # an indicator's line is short; a longer one is a paragraph of prose
NUMBER_RE = re.compile(rf"[{re.escape(MINUS_CHARS)}]?[0-9][0-9,]*(?:\.[0-9]+)?")
SPACE_OR_GAP = frozenset(STATEMENT_GAPS)
FIGURE_BOUNDS = frozenset({Qualifier.AT_LEAST, Qualifier.AT_MOST, Qualifier.APPROXIMATE, Qualifier.BELOW, Qualifier.ABOVE})
SEPARATORS = (*FIGURE_SEPARATORS, *UNREADABLE_GLYPHS)
DELIMITERS = frozenset(BRACKET_OPENERS + BRACKET_CLOSERS + "".join(SEPARATORS) + "".join(STATEMENT_GAPS))


@dataclass(frozen=True, slots=True)
class Token:
    """A piece of a line: year | figure | kind | word | open | close | separator | gap."""

    role: str
    text: str
    start: int
    year: Year | None = None
    kind: str | None = None  # the KPI kind a kind word names


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure as written (with its unit), its year and its kind."""

    figure: str
    year: Year
    kind: str


@dataclass(frozen=True, slots=True)
class Statement:
    """One figure with its year and kind word (kind None when it has none), and the separator before it."""

    figure: Token
    year: Year | None
    kind: str | None
    separator: str | None


def stated_figures(text: str) -> tuple[int, tuple[Figure, ...]] | None:
    """Where the line's figures start and each one's year and kind, when its dated tail tells every kind (a line
    read wholly as an indicator's figures, 基準値（R2）：120件 → 目標値（R7）：150件); else None."""
    tail = dated_tail(text)
    figures = _kinds(tail[1]) if tail is not None else None
    return (tail[0], figures) if tail is not None and figures is not None else None


def states_dated_figure(text: str) -> bool:
    """Whether a line states a figure and a year: as a tail of statements (dated_tail), or among words that part
    them (到達目 数34.3%, 47.5%(H30) before a later tail): figures whose kinds cannot be told, never part of a name."""
    roles = {t.role for t in tokens_of(text)}
    return dated_tail(text) is not None or {"year", "figure"} <= roles


def dated_tail(text: str) -> tuple[int, list[Statement]] | None:
    """Where the line's longest tail of dated statements starts, and its statements: the figures the line states,
    whether or not their kinds can be told (a dated figure is never part of a name, so no shorter tail is read)."""
    if len(text) > LINE_MAX_CHARS or not any(ch.isdigit() for ch in text):
        return None
    tokens = tokens_of(text)
    for s, token in enumerate(tokens):
        if token.role not in ("year", "figure", "kind", "open") or _depth(tokens[:s]):
            continue
        statements = _tail_statements(tokens[s:])
        if statements is not None and all(st.year for st in statements):
            return token.start, statements
    return None


def tokens_of(text: str) -> list[Token]:
    """The line's tokens, left to right (spaces dropped)."""
    years = _year_starts(text)
    tokens: list[Token] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        token = _delimiter(ch, i) or _year(text, i, years) or _figure(text, i) or _word(text, i, years)
        tokens.append(_spelled_on(tokens.pop(), token, text) if _spells_on(tokens, token, text) else token)
        i = token.start + len(token.text)
    return tokens


def _spells_on(tokens: list[Token], token: Token, text: str) -> bool:
    """Whether a word after a space ends the word before it: neither names a kind, the two together do (到達目 標,
    a kind word a PDF's reader parted where its font reported a glyph narrower than it is set)."""
    if not tokens or tokens[-1].role != "word" or token.role != "word":
        return False
    before = tokens[-1]
    between = text[before.start + len(before.text):token.start]
    return between.isspace() and statement_kind(before.text + token.text) is not None


def _spelled_on(before: Token, token: Token, text: str) -> Token:
    word = before.text + token.text
    return Token("kind", text[before.start:token.start + len(token.text)], before.start, kind=statement_kind(word))


def _delimiter(ch: str, i: int) -> Token | None:
    if ch in BRACKET_OPENERS:
        return Token("open", ch, i)
    if ch in BRACKET_CLOSERS:
        return Token("close", ch, i)
    if ch in SEPARATORS:
        return Token("separator", ch, i)
    return Token("gap", ch, i) if ch in SPACE_OR_GAP else None


def _year_starts(text: str) -> dict[int, Token]:
    """Each year the normalizer reads in the line, by where it starts."""
    out: dict[int, Token] = {}
    pos = 0
    while (found := find_year(text, pos)) is not None:
        year, start, end = found
        out[start] = Token("year", text[start:end], start, year=year)
        pos = end
    return out


def _year(text: str, i: int, years: dict[int, Token]) -> Token | None:
    """The year starting at i: one the normalizer reads in the line, or a run up to a space that is one whole (R6 in
    R6 67, which the line's reading leaves as written); never digits alone with a unit after them (1938千人)."""
    token = years.get(i)
    if token is None:
        end = i
        while end < len(text) and text[end] not in DELIMITERS and not text[end].isspace():
            end += 1
        found = find_year(text[i:end])
        token = Token("year", text[i:end], i, year=found[0]) if found and found[1:] == (0, end - i) else None
    if token is not None and token.text.isdigit() and (figure := _figure(text, i)) is not None and len(figure.text) > len(token.text):
        return None
    return token


def _figure(text: str, i: int) -> Token | None:
    """A number at i with the unit written right after it: the run of letters up to a space or a delimiter, or its
    part before a slash (120件/目標値…: / parts figures too); none when the run is no unit (2020基準)."""
    m = NUMBER_RE.match(text, i)
    if not m:
        return None
    after = m.end() + (1 if text[m.end():m.end() + 1] == " " else 0)  # a unit set a space apart (3,194 万人, 120 t-CO2)
    end = after
    while end < len(text) and (text[end] not in DELIMITERS or text[end] in UNIT_SLASHES) and not text[end].isspace():
        end += 1
    run = text[after:end]
    cuts = [len(run)] + sorted((k for k, ch in enumerate(run) if ch in UNIT_SLASHES), reverse=True)
    unit = next((run[:k] for k in cuts if k and (is_unit(run[:k]) or _bounded(text[i:after + k]))), "")
    figure = text[i:after + len(unit)] if unit else m.group()
    return Token("figure", figure, i) if parse_quantity(figure).value is not None else None


def _bounded(figure: str) -> bool:
    """A figure written with a bound or an approximation after it (150件以上, 60%以下, 20人程度): still its value."""
    q = parse_quantity(figure)
    return q.value is not None and bool(q.qualifiers) and set(q.qualifiers) <= FIGURE_BOUNDS and \
        (q.unit is None or is_known_unit(q.unit))


def is_unit(text: str) -> bool:
    """A unit the normalizer knows, as written or as it reads it after a figure (t-CO2 as tCO2)."""
    unit = normalize_unit(text)
    if unit is None or not is_known_unit(unit):
        return False
    per = re.split(f"[{UNIT_SLASHES}]", text)[1:]  # 人回/年; never the next figure's year or kind (%/R3実績値)
    return all(p and find_year(p) is None and statement_kind(p) is None for p in per)


def _word(text: str, i: int, years: dict[int, Token]) -> Token:
    """The run of letters from i up to a delimiter, a space, a digit or a year; a kind word when it names one."""
    end = i + 1
    while end < len(text) and text[end] not in DELIMITERS and not text[end].isspace() and not text[end].isdigit() \
            and end not in years:
        end += 1
    word = text[i:end]
    kind = statement_kind(word)
    return Token("kind" if kind else "word", word, i, kind=kind)


def statement_kind(word: str) -> str | None:
    """The KPI kind a word standing beside a figure names (目標値, 策定時, 実績, H30基準's 基準), or None. A word
    longer than a kind label (KIND_LABEL_MAX_CHARS) names its item before its kind word, the space between them
    lost (■特定健診受診率策定時, a PDF whose font sets a space narrower than a word space): no kind word; unless every
    word of it names the kind and its point of time (前期計画最終年度の実績: one phrase, however long)."""
    # a kind word of two readings beside an indicator's figure (実績, 決算: the actual, not the settlement) names the value's,
    # whatever kind the lists give it over an amount; one of a single reading the lists do not hold (a state word: a plan's
    # start or a report's latest) stays unsure
    kind = read_facets(word).kind
    if kind not in KPI_KINDS and len(readings_of_word_alone(word)) > 1:
        kind = dated_word_kind(word, VALUE) or kind
    if kind in KPI_KINDS:
        return kind if len(word) <= KIND_LABEL_MAX_CHARS or names_kind_phrase_only(word) and read_compound(word).kind == kind \
            else None
    return next((k for k, words in STATEMENT_KIND_WORDS if word in words), None)


def _depth(tokens: list[Token]) -> int:
    return sum(1 if t.role == "open" else -1 if t.role == "close" else 0 for t in tokens)


def _tail_statements(tokens: list[Token]) -> list[Statement] | None:
    """The statements a line's tail is made of, or None when it holds anything else."""
    statements = [s for chunk, sep in _chunks(tokens) for s in _statements(chunk, sep)] if tokens else []
    if not statements or any(s is None for s in statements):
        return None
    return [s for s in statements if s is not None]


def _chunks(tokens: list[Token]) -> list[tuple[list[Token], str | None]]:
    """The tokens parted at separators outside brackets, each part with the separator before it."""
    chunks: list[tuple[list[Token], str | None]] = [([], None)]
    depth = 0
    for t in tokens:
        depth += 1 if t.role == "open" else -1 if t.role == "close" else 0
        if t.role == "separator" and depth == 0:
            chunks.append(([], t.text))
        elif t.role != "gap":
            chunks[-1][0].append(t)
    return chunks


def _statements(chunk: list[Token], separator: str | None) -> list[Statement | None]:
    """A part's statements: parted after each figure and the bracket right after it (120件（R2基準） 150件…)."""
    figures = [i for i, t in enumerate(chunk) if t.role == "figure"]
    if not figures:
        return [None]
    cuts = [0] + [_end_of_statement(chunk, a, b) for a, b in zip(figures, figures[1:])] + [len(chunk)]
    return [_statement(chunk[a:b], separator if k == 0 else None) for k, (a, b) in enumerate(zip(cuts, cuts[1:]))]


def _end_of_statement(chunk: list[Token], figure: int, next_figure: int) -> int:
    """Where the statement of the figure at `figure` ends: after the bracket right after it, if that closes first."""
    if figure + 1 < len(chunk) and chunk[figure + 1].role == "open":
        close = _closing(chunk, figure + 1)
        if close is not None and close < next_figure:
            return close + 1
    return figure + 1


def _closing(tokens: list[Token], open_at: int) -> int | None:
    depth = 0
    for j in range(open_at, len(tokens)):
        depth += 1 if tokens[j].role == "open" else -1 if tokens[j].role == "close" else 0
        if depth == 0:
            return j
    return None


def _statement(tokens: list[Token], separator: str | None) -> Statement | None:
    """One figure, at most one year and one kind word, brackets balanced, nothing else."""
    if len(tokens) > 1 and tokens[0].role == "open" and _closing(tokens, 0) == len(tokens) - 1:
        tokens = tokens[1:-1]
    if _depth(tokens) or any(_depth(tokens[:k]) < 0 for k in range(len(tokens))):
        return None
    roles = [t.role for t in tokens]
    if roles.count("figure") != 1 or roles.count("year") > 1 or roles.count("kind") > 1 or "word" in roles or "separator" in roles:
        return None
    figure = next(t for t in tokens if t.role == "figure")
    year = next((t.year for t in tokens if t.role == "year"), None)
    return Statement(figure, year, next((t.kind for t in tokens if t.role == "kind"), None), separator)


def _kinds(statements: list[Statement]) -> tuple[Figure, ...] | None:
    """Each statement's kind: its word's, or for two bare ones an arrow's from the earlier year to the later."""
    if any(s.year is None for s in statements):
        return None
    bare = [i for i, s in enumerate(statements) if s.kind is None]
    kinds = [s.kind for s in statements]
    if bare:
        if len(bare) != 2 or bare[1] != bare[0] + 1:
            return None
        first, then = statements[bare[0]], statements[bare[1]]
        if then.separator not in DIRECTION_ARROWS or not first.year.start < then.year.start:  # type: ignore[union-attr]
            return None
        kinds[bare[0]], kinds[bare[1]] = "baseline", "target"
    return tuple(Figure(s.figure.text, s.year, k) for s, k in zip(statements, kinds) if s.year and k)
