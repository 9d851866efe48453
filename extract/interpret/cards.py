"""Key-value cards: label cells with their values to the right, one indicator per card.

    KPI            | 市民満足度
    単位           | %
    当初値（H30）   | 79.0          baseline 2018, 79.0 %
    到達目標（R5）  | 64.1          target 2023, 64.1 %

A row whose label is an indicator word (KPI, 重要業績評価指標, 成果指標 …) names the card's
indicator; a 単位 row gives its unit; every label whose facets state a KPI kind gives the
value beside it (several pairs may share a row: 現状値 (2022年度) | 84% | 目標値 | 90%).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from extract.interpret.compound import VALUE
from extract.interpret.facets import kind_over_class, latest_as_baseline, read_facets
from normalize.brackets import without_bracket_groups
from extract.interpret.structure import is_data_value
from extract.model import Cell, Table
from extract.morph import is_noun_phrase
from extract.records import IndicatorName, KpiValue
from extract.text_items import indicator_name
from extract.interpret.facets import bare_unit, kind_of, names_unit
from extract.interpret.readings import indicator_readings
from extract.vocab import CARD_LABELS, INDICATOR_WORDS, KPI_KINDS, UNIT_WORDS
from normalize import MissingReason, Year, clean_text, parse_quantity
from normalize.readings import parse_readings

COST_LABELS = next(words for key, words in CARD_LABELS if key == "cost")
CARD_LABEL_MAX_CHARS = 12  # a longer first cell is content, not a card's label
NAME = "grid_card"


def _filled(row: tuple[Cell, ...]) -> list[Cell]:
    return [c for c in row if c.text.strip()]


def _is_label(text: str, words: tuple[str, ...]) -> bool:
    """A short noun phrase holding one of the words (not 成果指標（KPI）の名称一覧です, a sentence); what brackets
    frame (a gloss, a unit, a year: KPI（重要業績評価指標）) is no part of its length."""
    compact = text.replace(" ", "")
    return len(without_bracket_groups(compact, "")) <= CARD_LABEL_MAX_CHARS and any(w in compact for w in words) \
        and is_noun_phrase(compact)


def _is_value(text: str) -> bool:
    q = parse_quantity(text)
    return is_data_value(text) or q.missing_reason in (MissingReason.DASH, MissingReason.NOT_SURVEYED)


def _names_indicator(label: Cell, value: Cell) -> bool:
    """KPI | 市民満足度: an indicator label in the first column with a name beside it, alone
    on its row (指標 | 区分 | R3 | R4 is a header row, not a card); 評価項目 | 市民満足度 too, for the
    card gives values only under labels stating a kind (項目 alone heads lists of names without any)."""
    return (label.col == 0 and _is_label(label.text, INDICATOR_WORDS)
            and not _is_value(value.text) and kind_of(value.text) not in KPI_KINDS)


def _names_unit(label: Cell, value: Cell) -> bool:
    """単位 | %, 指標の単位 | 人: a label whose head is a unit word, a unit beside it (no number); or a cell that is
    nothing but a unit beside a label stating no kind (ＱＱ | 万人回/年): the card's unit, whatever the label's words; an
    indicator word in the label names the card's unit only beside a unit word outside its brackets (単位／指標 | 人; not
    指標（単位） | 世帯数, the indicator glossed with its unit, whose name may be a count word)."""
    if _is_value(value.text):
        return False
    return _is_label(label.text, UNIT_WORDS) and names_unit(label.text) or \
        bare_unit(value.text) is not None and _kind(label.text) is None \
        and (not _is_label(label.text, INDICATOR_WORDS) or _is_label(without_bracket_groups(label.text, ""), UNIT_WORDS))


def pairs(row: tuple[Cell, ...]) -> Iterator[tuple[Cell, Cell]]:
    """(label, value) pairs of a row: a text cell followed by a value cell."""
    cells = _filled(row)
    for label, value in zip(cells, cells[1:]):
        if not _is_value(label.text) and (_is_value(value.text) or _is_figure_beside_dated_label(label.text, value.text)):
            yield label, value


def _is_figure_beside_dated_label(label: str, value: str) -> bool:
    """True for a bare number that reads like a year beside a label stating its own year (当初値（2018年度） | 1924):
    the year is the label's, the number its value; one equal to the label's year is left unread (which it is, unsaid)."""
    year = read_facets(label).year
    q = parse_quantity(value)
    return (year is not None and not year.conflict and q.value is not None and q.missing_reason is None
            and clean_text(value).strip().isdigit() and q.value not in (year.start, year.end))


def continues_name(cells: list[Cell], name_col: int) -> bool:
    """True for a row holding only the next line of the name above it (六次産業化に取り組む /
    事業者数（累計）: a wrapped name written on two rows, its label cell left empty)."""
    return len(cells) == 1 and cells[0].col == name_col and not _is_value(cells[0].text) \
        and kind_of(cells[0].text) is None


def read_card(table: Table, context: str | None) -> tuple[tuple[KpiValue, ...], tuple[IndicatorName, ...]]:
    """The KPI values of a card table, or nothing when it names no indicator."""
    indicator: str | None = None
    unit: str | None = None
    values: list[tuple[str, str, KpiValue | None]] = []  # (the card's indicator, a label, its value or None: no kind)
    names: list[IndicatorName] = []
    if any(_is_label(c.text, COST_LABELS) for row in table.rows for c in _filled(row)[:1]):
        return (), ()  # a project card with costs: the card recognizer reads both
    name_col: int | None = None  # the column of the name just read: the next row may continue it
    for row in table.rows:
        cells = _filled(row)
        if indicator is not None and name_col is not None and continues_name(cells, name_col):
            indicator = indicator_name(f"{names[-1].indicator}{cells[0].text.strip()}")
            names[-1] = replace(names[-1], indicator=indicator)
            continue
        name_col = None
        if len(cells) >= 2 and _names_unit(cells[0], cells[1]):
            unit = cells[1].text.strip()
            continue
        if len(cells) == 2 and _names_indicator(cells[0], cells[1]):
            indicator, unit, name_col = indicator_name(cells[1].text), None, cells[1].col
            names.append(IndicatorName(cells[1].prov, indicator, None, context, NAME))
            continue
        if len(cells) > 2 and _names_indicator(cells[0], cells[1]):
            indicator = None  # the next card's name, set over several cells (待機児童数 | 放課後児童クラブの): not read
            continue
        if indicator is None:
            continue
        values += [(indicator, label.text, _value(label, value, indicator, unit, context) if _kind(label.text) else None)
                   for label, value in pairs(row)]
    return with_latest_as_baseline(values), tuple(names)


def with_latest_as_baseline(labelled: list[tuple[str, str, KpiValue | None]]) -> tuple[KpiValue, ...]:
    """The cards' values, given as (indicator, label, value or None under a label stating no kind), with the one under a
    label naming the latest point beside a target and no baseline read as the baseline (facets.latest_as_baseline), card
    by card."""
    out = [v for _, _, v in labelled if v is not None]
    for indicator in dict.fromkeys(name for name, _, _ in labelled):
        card = [(label, v) for name, label, v in labelled if name == indicator]
        found = latest_as_baseline([(v.kind, _year_of(v), read_facets(label).label) if v is not None
                                    else (None, read_facets(label).year, read_facets(label).label) for label, v in card])
        if found is not None and (latest := card[found][1]) is not None:
            at = out.index(latest)
            out[at] = replace(latest, kind="baseline")
    return tuple(out)


def _year_of(value: KpiValue) -> Year | None:
    return Year(value.fiscal_year, value.fiscal_year_end or value.fiscal_year, value.year_basis, "") \
        if value.fiscal_year is not None else None
def _kind(label: str) -> str | None:
    """The kind a card's label states, if it is short for a label once its year is left out
    (目標値（最終年度）（2029年度（令和11年度））: a long year, a short label)."""
    facets = read_facets(label)
    kind = "target" if facets.kind == "plan" else facets.kind
    if kind is None or kind == "settlement":
        kind = kind_over_class(label, VALUE) or kind  # 当初（R4）, 年度末実績, 決算（R7）: a card's values are an indicator's
    words = label.replace(facets.year.text, "") if facets.year else label
    return kind if kind in KPI_KINDS and len(words.replace(" ", "")) <= 2 * CARD_LABEL_MAX_CHARS else None


def _value(label: Cell, value: Cell, indicator: str, unit: str | None, context: str | None) -> KpiValue:
    facets = read_facets(label.text)
    q = indicator_readings(parse_readings(value.text, unit_hint=unit or facets.unit), unit or facets.unit, indicator)[0]
    year = q.year or facets.year
    record = KpiValue.from_quantity(value.prov, indicator, _kind(label.text) or "", q, year, value.raw,
                                    context, NAME, facets.qualifiers, year_source="cell" if q.year else "header")
    return record
