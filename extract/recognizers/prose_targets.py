"""KPI targets written as one line of prose: name, baseline (year) → target (year).

    高校の入学者数４０人（2014年度）→年４０人（2019 年度）
    卒業生の新規就業者数０人（2014年度）→５年間で６人（2019 年度）
"""

from __future__ import annotations

import re

from extract.model import Document, Provenance, TextLine
from extract.recognizers.indicator_line import read_line
from extract.text_items import indicator_name
from extract.records import Extraction, IndicatorName, KpiValue
from normalize import parse_quantity, parse_year
from normalize.vocab import BRACKET_CLOSERS, BRACKET_OPENERS, MINUS_CHARS, PREFIX_QUALIFIERS
from normalize.years import ERA_PATTERN

NAME = "prose_targets"
OPEN, CLOSE = re.escape(BRACKET_OPENERS), re.escape(BRACKET_CLOSERS)
BRACKETS = OPEN + CLOSE
DIGIT_RE = re.compile(r"[0-9０-９]")


def year_note(group: str) -> str:
    """A regex source: a bracket holding a year ((2014年度), (R2)), its content in the named group."""
    inside = f"[^{BRACKETS}]*?"
    return (f"[{OPEN}](?P<{group}>{inside}[0-9]{{4}}\\s*年度?|{inside}{ERA_PATTERN}\\s*[0-9元]+\\s*(?:年度?)?)[{CLOSE}]")


ARROW_RE = re.compile(
    f"^(?P<name>[^0-9→⇒➔]{{2,60}}?)\\s*(?P<base>[▲△-]?\\s*[0-9][^{BRACKETS}→⇒➔]*?)\\s*" + year_note("base_year")
    + f"\\s*[→⇒➔]\\s*(?P<target>[^{BRACKETS}→⇒➔]+?)\\s*" + year_note("target_year") + r"\s*$"
)


def recognize(document: Document, claimed_tables: frozenset[int]) -> Extraction:
    """Given a document, return baseline and target pairs stated as 'name value (year) → value (year)', each value
    bare (is_bare; a line listed_kpi reads wholly is its)."""
    values: list[KpiValue] = []
    names: list[IndicatorName] = []
    for block in document.blocks:
        if isinstance(block, TextLine) and read_line(block.text) is None and (m := ARROW_RE.match(block.text.strip())) \
                and is_bare(m.group("base")) and is_bare(m.group("target")):
            indicator = indicator_name(m.group("name"))
            names.append(IndicatorName(block.prov, indicator, None, None, NAME))
            values.append(_value(block.prov, indicator, "baseline", m.group("base"), m.group("base_year")))
            values.append(_value(block.prov, indicator, "target", m.group("target"), m.group("target_year")))
    return Extraction(kpi_values=tuple(values), indicators=tuple(names))


def is_bare(figure: str) -> bool:
    """Whether a figure of the pair writes nothing before its number but a sign or a qualifier the normalizer reads
    whole (年40人: per year): a word there (ＣＣ：52.0, a kind word the reader does not know) says what the figure is,
    and the arrow alone does not tell it (no kind word, no kind)."""
    m = DIGIT_RE.search(figure)
    prefix = figure[:m.start()].strip().rstrip(MINUS_CHARS).strip() if m else figure
    return not prefix or prefix in PREFIX_QUALIFIERS


def _value(prov: Provenance, indicator: str, kind: str, text: str, year_text: str) -> KpiValue:
    q = parse_quantity(text)
    year = parse_year(year_text)
    return KpiValue.from_quantity(prov, indicator, kind, q, year, text.strip(), None, NAME, year_source="text")
