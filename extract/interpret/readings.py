"""Which of a cell's two readings is the indicator's value: 9人（延べ243日） under ボランティア派遣日数
（延べ日数） is 243 days, under ボランティア登録者数 nine persons.

A cell stating two readings in different units gives first the one in the unit its row or column
states (単位 日, （日）) or, stating none, the one its indicator's name counts (…日数 counts days,
…者数 persons); the other follows as its second reading. Where neither decides, the readings stay
in the order the cell wrote them.
"""

from __future__ import annotations

from dataclasses import replace

from normalize import Quantity, clean_text, hint_to_unit, normalize_unit, parse_quantity
from normalize.brackets import bracket_groups, trailing_group

from extract.interpret.facets import kind_of
from extract.vocab import DERIVED_HEADS, NAME_COUNTERS

PERCENT = "%"  # what a ratio column (構成比, 伸率) holds when its header states no unit
RATIO_HEADS = dict(DERIVED_HEADS)["ratio"]  # 率, 比率, 割合 …: a bracket of a header naming a ratio by its head alone


def name_counter(name: str | None) -> str | None:
    """The unit a name counts by its last counter word (相談員の活動日数（延べ日数） → 日), or None."""
    words = [(name or "").rfind(word) for word, _ in NAME_COUNTERS]
    last = max(range(len(words)), key=lambda i: words[i], default=None)
    return NAME_COUNTERS[last][1] if last is not None and words[last] >= 0 else None


def indicator_readings(readings: tuple[Quantity, ...], unit_hint: str | None, name: str | None) -> tuple[Quantity, ...]:
    """A cell's readings, the one the indicator is measured in first when two in different units
    leave a choice and the row or the name decides it (the other stays, as the cell's second)."""
    if len(readings) < 2 or len({_counted(q.unit) for q in readings}) < 2:
        return readings  # 22人/年（4年間累計88人）: one count, per year and over the plan
    wanted = _counted(hint_to_unit(unit_hint)[0] if unit_hint else None) or name_counter(name)
    matching = [q for q in readings if _counted(q.unit) == wanted]
    if len(matching) != 1:
        return readings
    # the chosen reading first, the other after it as the cell's second; the cell's year
    # (10人（延べ208日）（平成27年）) is both readings'
    ordered = matching + [q for q in readings if q is not matching[0]]
    return tuple(replace(q, year=readings[0].year) if q.year is None else q for q in ordered)


def _counted(unit: str | None) -> str | None:
    """What a unit counts, a rate's period aside (人/年 counts 人)."""
    return (normalize_unit(unit) or unit).split("/")[0] if unit else None


def bracket_names_ratio(header: str) -> bool:
    """True when a header's closing bracket names a ratio (過去5年間の増減数(率), 金額（構成比）): the
    bracketed figure of its cells is that ratio, not the figure before it."""
    group = trailing_group(clean_text(header))
    content = group.content.strip() if group else ""
    return bool(content) and (content in RATIO_HEADS or kind_of(content) == "ratio")


def bracketed_ratio(text: str, header: str) -> Quantity | None:
    """The ratio a cell states in its one bracket after its own figure, under a header whose bracket names it
    (△3(△10.7%) under 増減数(率)); the figure before may say there is none (－( 0.0%)). None otherwise."""
    cleaned = clean_text(text)
    groups = bracket_groups(cleaned)
    if len(groups) != 1 or groups[0].end != len(cleaned) or not bracket_names_ratio(header):
        return None
    q = parse_quantity(groups[0].content, unit_hint=PERCENT)
    return q if q.value is not None and q.unit == PERCENT and not q.qualifiers else None
