"""TableValues of an indicator table to KPI values: a named row, a baseline / actual / target
facet from the header (or a short row label such as 目標 / 実績), a year from wherever the
table states it. Shares, differences and thresholds never become an indicator's value."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from extract.interpret.budget import names_measured_amount
from extract.interpret.cells import is_year_cell
from extract.interpret.facets import bare_unit, kind_of
from extract.interpret.header_rows import is_header_word
from extract.interpret.statements import dated_tail
from extract.interpret.structure import KIND_LABEL_MAX_CHARS, is_department
from extract.records import IndicatorName, KpiValue, TableValue
from extract.vocab import HEADER_KINDS, INDICATOR_WORDS, KPI_KINDS, NAME_HEADER_SUFFIXES, NAME_HEADER_WORDS, SENTENCE_END, UNIT_WORDS
from extract.text_items import is_cut_name, is_figure, is_missing_name
from normalize.brackets import Group, trailing_group, without_bracket_groups
from normalize import clean_text, unit_from_header
from normalize.keys import NUMBER_WORD
from normalize.units import MONEY_BASE_UNIT as YEN
from normalize.vocab import Qualifier

SUBJECT_MAX_CHARS = 40  # a longer caption line is prose, not an indicator's name
LABEL_PREFIX_RE = re.compile(r"^.*?(?:" + "|".join(map(re.escape, INDICATOR_WORDS)) + r")[^\w]*[:：]\s*")
UNIT_TAIL_MAX_CHARS = 8  # a bracket stating a unit at a name's end holds this many characters at most (千人, 人/年)


ROW_KINDS = KPI_KINDS | {"comparison"}  # kinds a row label states (収益的収支比率 is a ratio and names an indicator)
SUB_ROW_KINDS = ROW_KINDS | {"plan"}  # kinds the sub-rows of one named row state (最新値 over 計画)


@lru_cache(maxsize=None)
def kind_heads(kinds: frozenset[str]) -> tuple[str, ...]:
    """The words naming the kinds, for a kind label's head."""
    return tuple(w for kind, words in HEADER_KINDS if kind in kinds for w in words)


def is_kind_label(text: str, kinds: frozenset[str] = ROW_KINDS) -> bool:
    """A short row label that only states a kind (当該値, 実績, 平均値; 目標値（最終年度）, the kind
    word its head, a bracket qualifying it): it names no indicator (数値目標：人口 names one)."""
    text = text.strip()
    if kind_of(text) not in kinds:
        return False
    bare = without_bracket_groups(text, "").strip()
    return 0 < len(text) <= KIND_LABEL_MAX_CHARS or (
        0 < len(bare) <= KIND_LABEL_MAX_CHARS and bare.endswith(kind_heads(kinds)))


def is_indicator_value(v: TableValue) -> bool:
    return v.kind in KPI_KINDS and is_indicator_label(v.row_label or "")


def is_indicator_label(label: str) -> bool:
    """What a row label must be to name an indicator: not empty or a placeholder (－), not only a
    year, a kind (実績), a unit (件: a 単位 column read as the names) or a column's label (指標名:
    a header read as a row), and not a name its layout cut or broke (放課後児童クラブの)."""
    return (bool(label.strip()) and not is_missing_name(label) and not is_year_cell(label)
            and not is_kind_label(label) and not is_cut_name(label) and not is_figure(label)
            and not is_column_label(label) and not is_counter(label))


def is_counter(label: str) -> bool:
    """A unit word alone (件, 千人, %, 世帯): what a 単位 column holds, no indicator's name; a
    count noun (世帯数, 件数) names what is counted."""
    return bare_unit(label) is not None and not label.strip().endswith(NUMBER_WORD)


def is_column_label(text: str) -> bool:
    """A short label naming a column (指標の名称, KPI, 項目): a header row read as a body row
    (its years glued to its first values, 平成27年度80.70), no indicator."""
    text = text.strip()
    if not (0 < len(text) <= KIND_LABEL_MAX_CHARS and is_header_word(text)):
        return False
    head = without_bracket_groups(text.replace(" ", ""), "")
    # a noun phrase's head is its last word: 取組みの実証件数 counts, 指標の名称 names a column
    return head.endswith(INDICATOR_WORDS + NAME_HEADER_WORDS + NAME_HEADER_SUFFIXES)


def caption_subject(caption: str) -> str | None:
    """The indicator a caption names for a table of one indicator by year
    (KPI：婚姻件数（件） → 婚姻件数): its nearest line without a label prefix or unit; none when
    that line is a sentence (主な事業の予算額は次のとおりである。 above a table whose rows no
    name reads: its values are of no indicator the page shows, missing rather than misnamed)."""
    lines = [ln.strip() for ln in caption.splitlines() if ln.strip()]
    if not lines or states_unit(lines[-1]):
        return None
    text = LABEL_PREFIX_RE.sub("", lines[-1])
    text = _without_tail(text, unit_tail(text))
    return text if 0 < len(text) <= SUBJECT_MAX_CHARS and not text.endswith(SENTENCE_END) else None


def without_unit_tail(name: str) -> str:
    """A name without the unit it states last (婚姻件数（件） → 婚姻件数); a bracket qualifying
    what is counted stays (ごみ排出量（1人1日当たり）)."""
    tail = unit_tail(name)
    return _without_tail(name, tail if tail and unit_from_header(name[tail.start:tail.end]) else None)


def unit_tail(text: str) -> Group | None:
    """The short bracket a text ends with, where a name states its unit (婚姻件数（件）)."""
    tail = trailing_group(text)
    return tail if tail and 0 < len(tail.content) <= UNIT_TAIL_MAX_CHARS else None


def _without_tail(text: str, tail: Group | None) -> str:
    return text[:tail.start].strip() if tail else text.strip()


def names_indicator(caption: str) -> bool:
    """The caption's line right above the table names an indicator: labelled as one (KPI：婚姻件数)
    or a quantity's title stating its unit (①収益的収支比率(％)). A heading (基本目標2 …) or a
    sentence there names none: rows its table leaves unnamed stay so."""
    lines = [ln.strip() for ln in caption.splitlines() if ln.strip()]
    return bool(lines) and not states_unit(lines[-1]) and (labels_indicator(lines[-1]) or bool(unit_from_header(lines[-1])))


def labels_indicator(line: str) -> bool:
    """A line labelled as naming an indicator (KPI：婚姻件数, 数値目標：製造品出荷額（億円）)."""
    return bool(LABEL_PREFIX_RE.match(line))


def states_unit(line: str) -> bool:
    """A caption line stating the table's unit (単位：件, 単位／件, 〔金額単位：千円〕): no title."""
    return any(w in line for w in UNIT_WORDS)


def with_subject(values: Sequence[TableValue], subject: str | None) -> list[TableValue]:
    """Rows labelled by years (H26 … R3) measure the indicator their column names
    (実績 / 市民満足度（%）; not a department over them), else the one the caption names; rows of actuals, baselines or
    targets named by no more than their kind (当該値 over 平均値, under H22 … H26) measure the
    one the caption names (①収益的収支比率(%)). A row labelled by a year its values were not
    given (2016算定中: the year and a value of the column beside it, merged) is no year row:
    its values name no indicator."""
    out = []
    for v in values:
        if v.row_label and is_year_cell(v.row_label):
            if v.fiscal_year is None:
                out.append(v)
                continue
            # 転入者数 / 生涯学習課 (a card's rows over its kinds): the department answers for the quantity, names none
            named = [lv for lv in v.column_header.split(" / ")
                     if kind_of(lv) is None and not is_year_cell(lv) and not is_department(lv)]
            name = without_unit_tail(named[-1]) if named else subject
            v = replace(v, row_label=name) if name else v
        elif (not v.row_label or is_kind_label(v.row_label)) and v.kind in KPI_KINDS and subject:
            v = replace(v, row_label=subject)
        out.append(v)
    return out


def as_kpi_kinds(values: Sequence[TableValue]) -> list[TableValue]:
    """In a table that states actuals or baselines, 計画 (plan) rows and columns are its
    targets, and 見込 ones (the plan's words estimated: Qualifier.ESTIMATED) its actuals, estimated; 決算 (settled) ones
    counting no yen its actuals (settled_as_actual)."""
    values = [replace(v, kind="actual") if settled_as_actual(v, values) else v for v in values]
    if not any(v.kind in KPI_KINDS for v in values):
        return list(values)
    return [replace(v, kind=kpi_kind_of_plan(v)) if v.kind == "plan" else v for v in values]


def settled_as_actual(value: TableValue, table: Sequence[TableValue]) -> bool:
    """True for a settled figure (決算 over a row or column) that is an indicator's: in a table stating KPI kinds (現状値 |
    決算 | 目標値), or counted in a unit of its own (職員数 (人) under 決算), or in yen of an amount the indicator's name
    measures (製造品出荷額, 観光消費額: budget.names_measured_amount): the year's figure as settled, its actual. Yen of a
    budget's item, or a figure of no unit beside no KPI kind, stays the settlement's amount."""
    label = value.row_label or ""
    if value.kind != "settlement" or not is_indicator_label(label):
        return False
    if value.unit == YEN:
        return names_measured_amount(label)
    return value.unit is not None or any(v.kind in KPI_KINDS for v in table)


def kpi_kind_of_plan(value: TableValue) -> str:
    """The KPI kind a plan's value of an indicator is: the estimated outcome is an actual (実績見込 |
    見込), the plan itself the target."""
    return "actual" if Qualifier.ESTIMATED in value.qualifiers else "target"


def cell_contradicts(value: TableValue) -> bool:
    """Whether a KPI value a grid reads stands in a cell that states one figure with another kind or year (a line's
    statement, not a grid's value, which takes its kind and year from the headers)."""
    tail = dated_tail(clean_text(value.value_text)) if value.kind in KPI_KINDS else None
    if tail is None or len(tail[1]) != 1:
        return False
    stated = tail[1][0]
    return (stated.kind is not None and stated.kind != value.kind) or \
        (stated.year is not None and value.fiscal_year is not None and stated.year.start != value.fiscal_year)


def kpi_values(values: Sequence[TableValue], context: str | None, recognizer: str) -> tuple[KpiValue, ...]:
    """One KPI value per baseline / actual / target cell of a named row."""
    return tuple(
        KpiValue(
            prov=v.prov, indicator=v.row_label or "", kind=v.kind or "", fiscal_year=v.fiscal_year,
            fiscal_year_end=v.fiscal_year_end, year_basis=v.year_basis, value=v.value, unit=v.unit,
            scale=v.scale, value_text=v.value_text, qualifiers=v.qualifiers,
            missing_reason=v.missing_reason, context=context, recognizer=recognizer,
            year_source=v.year_source,
        )
        for v in as_kpi_kinds(values) if is_indicator_value(v)
    )


def indicator_names(values: Sequence[TableValue], context: str | None, recognizer: str) -> tuple[IndicatorName, ...]:
    """Each indicator once, at its first value's cell."""
    seen: dict[str, IndicatorName] = {}
    for v in as_kpi_kinds(values):
        if is_indicator_value(v) and v.row_label not in seen:
            seen[v.row_label or ""] = IndicatorName(v.prov, v.row_label or "", v.unit, context, recognizer)
    return tuple(seen.values())
