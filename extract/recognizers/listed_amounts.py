"""Amounts stated beside the names of listed projects: the 主要事業 lists of a 広報 or a 予算の概要.

    令和3年度主要事業
    ◇社会教育推進事業［100万円］
    ◆音威子府小中学校高圧開閉器取替      (a name wrapped over two lines)
    工事［134万円］
    …橋梁長寿命化計画により、中河内線大学橋補修工事（1,100万円）、…点検委託業務（2,200万円）を行います

An item opens with a list mark; its name runs on, over wrapped lines, up to a bracket that holds
nothing but an amount in yen. Inside a description, a bracket holding only an amount gives the
amount of the project named right before it (after the last 、 or 。), when that name ends in a
project word (事業, 工事, 業務 …). The year is the fiscal year of the nearest short line above
that states one (the list's heading: year_source section); without one the amount keeps no year.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extract.model import Document, Provenance, TextLine
from extract.records import BudgetValue, Extraction
from extract.recognizers.indicator_line import read_line
from extract.vocab import PROJECT_NAME_ENDINGS
from normalize import Year, parse_quantity, parse_year
from normalize.vocab import BRACKET_CLOSERS, BRACKET_OPENERS
from normalize.years import find_year

NAME = "listed_amounts"
ITEM_MARKS = "◇◆○●■□◎・"  # a line opening with one of these opens a list item
DESCRIPTION_MARKS = ("…", "...", "※")  # ... a description or note of the item above
WRAP_LINES = 6  # an item or its description may run on over this many more lines
YEAR_LINE_MAX_CHARS = 30  # a line this short stating one fiscal year heads the list below it
MEASURE = "予算額"
AMOUNT = r"[0-9][0-9,]*(?:\.[0-9]+)?\s*(?:億\s*[0-9][0-9,]*\s*)?(?:億|百万|万|千)?\s*円"
# Any bracket glyph opens it, and its closing one is not required: vertical writing draws brackets
# as their vertical forms, which a PDF's text layer may map to the other bracket (kouhou p6: ［…[, )２，２００万円）)
BRACKETED_AMOUNT_RE = re.compile(rf"[［【（(\[］】）)\]]\s*(?P<amount>{AMOUNT})")
NAME_BREAK_RE = re.compile(r"[、。，,：:]|により|として")


def recognize(document: Document, claimed_tables: frozenset[int]) -> Extraction:
    """Given a document, return the amounts its lists of projects state beside the names."""
    values: list[BudgetValue] = []
    for text, prov, year in _items(document):
        values += [_value(name, amount, prov, year) for name, amount in item_amounts(text)]
    return Extraction(budget_values=tuple(values))


def _items(document: Document) -> Iterator[tuple[str, Provenance, Year | None]]:
    """Each list item (its lines joined up to its amount) and each description (its lines joined
    up to the next item, description or heading), with the provenance of its first line and the
    year of the heading above it."""
    lines = [b for b in document.blocks if isinstance(b, TextLine)]
    year: Year | None = None
    i = 0
    while i < len(lines):
        text = lines[i].text.strip()
        year = _heading_year(text) or year
        if read_line(text) is not None:  # an indicator's figures (◆製造品出荷額 現状値（R1） 337億円): KPI values
            i += 1
            continue
        if text[:1] in ITEM_MARKS:
            joined, used = _joined(lines, i, until_amount=True)
        elif text.startswith(DESCRIPTION_MARKS):
            joined, used = _joined(lines, i, until_amount=False)
        else:
            i += 1
            continue
        yield joined, lines[i].prov, year
        i += used


def _joined(lines: list[TextLine], start: int, until_amount: bool) -> tuple[str, int]:
    """The text of an item or description from its first line on, joined over the lines that
    run on from it on its page (at most WRAP_LINES more; an item's only up to the first line
    that holds a bracketed amount), and how many lines it used."""
    text = lines[start].text.strip()
    used = 1
    while used <= WRAP_LINES and start + used < len(lines) and not (until_amount and BRACKETED_AMOUNT_RE.search(text)):
        nxt = lines[start + used]
        if _opens(nxt.text.strip()) or nxt.prov.page != lines[start].prov.page:
            break
        text, used = text + nxt.text.strip(), used + 1
    return text, used


def _opens(text: str) -> bool:
    """True for a line that opens an item, a description or a heading, or states an indicator's figures (not a
    run-on line)."""
    return text[:1] in ITEM_MARKS or text.startswith(DESCRIPTION_MARKS) or _heading_year(text) is not None \
        or read_line(text) is not None


def item_amounts(text: str) -> list[tuple[str, str]]:
    """The (project, amount) pairs an item or description states: the item's own name before its
    first bracketed amount, and each project word ending a name right before a bracketed amount."""
    out: list[tuple[str, str]] = []
    for match in BRACKETED_AMOUNT_RE.finditer(text):
        before = text[:match.start()]
        if closes_a_group(before, text[match.start()]):
            continue
        if not out and before[:1] in ITEM_MARKS:
            name = before[1:].strip()
        else:
            name = NAME_BREAK_RE.split(before)[-1].strip(" .…()（）[]［］")
            if not name.endswith(PROJECT_NAME_ENDINGS):
                continue
        if name:
            out.append((name, match["amount"]))
    return out


def closes_a_group(before: str, bracket: str) -> bool:
    """Whether a closing bracket closes a year note opened right before it (an amount after a dated note, ①製造品出荷額
    ＡＡ（R1） 337億円: an indicator's figure whose kind word the reader does not know), not one a vertical layout's
    text layer gave for an amount's opening bracket (kouhou p6: …委託業務)２，２００万円), its brackets mapped to
    either form: what stands between is no year)."""
    opened = max(before.rfind(o) for o in BRACKET_OPENERS)
    note = before[opened + 1:].strip() if bracket in BRACKET_CLOSERS and opened >= 0 else ""
    found = find_year(note) if note else None
    return found is not None and found[1:] == (0, len(note))


def _heading_year(text: str) -> Year | None:
    """The fiscal year a short line states (the heading of the list below it), if it states one."""
    if len(text) > YEAR_LINE_MAX_CHARS or text[:1] in ITEM_MARKS:
        return None
    year = parse_year(text)
    return year if year is not None and year.basis == "fiscal" and year.start == year.end and not year.conflict else None


def _value(name: str, amount: str, prov: Provenance, year: Year | None) -> BudgetValue:
    return BudgetValue.from_quantity(prov, name, MEASURE, parse_quantity(amount), year, amount.strip(),
                                     None, None, NAME, year_source="section" if year is not None else None)
