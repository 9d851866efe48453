"""Targets listed as marked items in a column headed as targets of a year (recognizers/target_items)."""

from __future__ import annotations

import pytest

from extract.model import Cell, Provenance, Table
from extract.recognize import recognize_document
from extract.recognizers.target_items import column_headers, column_items, split_stated_value
from extract.text_reader import read_text


def _recognize(text: str):  # type: ignore[no-untyped-def]
    return recognize_document(read_text(text.encode("utf-8"), "doc.txt", "id"))


def _table(rows: list[list[str]]) -> Table:
    prov = Provenance("doc.pdf", "id", page=1)
    return Table(0, tuple(tuple(Cell(t, t, Provenance("doc.pdf", "id", 1, None, 0, r, c)) for c, t in enumerate(row))
                          for r, row in enumerate(rows)), prov)


def test_items_under_a_target_header_are_targets_of_its_year() -> None:
    # realdocs otoineppu_sogosenryaku_2015 p10: an item's value may sit in the next row's cell
    found = _recognize(
        "基本目標（数値指標、2019年度）\t具体的な施策\n"
        "◇高校の入学者数 年 40人\t①高校の仕組みの強化\n"
        "◇卒業生の新規就業者数\t②新規就農者の育成\n"
        "５年間で６人\t\n"
    )
    got = [(v.indicator, v.kind, v.fiscal_year, v.value, v.unit, v.qualifiers) for v in found.kpi_values]
    assert got == [("高校の入学者数", "target", 2019, 40.0, "人", ("per_year",)),
                   ("卒業生の新規就業者数", "target", 2019, 6.0, "人", ("total_over_period",))]


def test_items_under_a_header_without_a_year_or_a_target_give_nothing() -> None:
    assert not _recognize("基本目標\t具体的な施策\n◇高校の入学者数 年 40人\t①強化\n").kpi_values
    assert not _recognize("具体的な施策（2019年度）\t担当\n◇高校の入学者数 年 40人\t企画課\n").kpi_values


def test_an_item_states_its_value_within_item_max_lines() -> None:
    # ITEM_MAX_LINES = 3: a mark line, one more line of its name and the value line are one item;
    # with two more lines of name the value belongs to no item
    read = _table([["◇卒業生の\n新規就業者数"], ["５年間で６人"]])
    assert [i.lines for i in column_items(read, 0)] == [("卒業生の", "新規就業者数", "5年間で6人")]
    too_long = _table([["◇卒業生の\n新規\n就業者数"], ["５年間で６人"]])
    assert list(column_items(too_long, 0)) == []


def test_a_caption_line_parting_into_one_heading_per_column_is_the_header() -> None:
    table = _table([["◇高校の入学者数 年 40人", "①高校の仕組みの強化", "・中学校訪問実施回数"]])
    caption = "全体像\n基本目標(数値指標、2019年度) 具体的な施策 重要業績評価指標(KPI)"
    assert column_headers(table, caption)[0] == "基本目標(数値指標、2019年度)"
    assert column_headers(table, "全体像\n基本目標(数値指標、2019年度) 具体的な施策") == ()


@pytest.mark.parametrize(("text", "name", "value"), [
    ("高校の入学者数 年 40人", "高校の入学者数", 40.0),
    ("展覧会の入場者数 年 1,500 人", "展覧会の入場者数", 1500.0),
    ("高校生参加の村づくり事業数 5年間で2事業", "高校生参加の村づくり事業数", 2.0),
    ("教育環境等の機能強化による高校の魅力向上", None, None),
    ("30人2学級制の導入検討", None, None),
])
def test_split_stated_value(text: str, name: str | None, value: float | None) -> None:
    got = split_stated_value(text)
    assert (got[0], got[1].value) == (name, value) if name else got is None


def test_a_name_longer_than_name_max_chars_is_a_sentence_not_a_name() -> None:
    # NAME_MAX_CHARS = 40
    name = "高校の入学者数の" * 5  # 40 characters
    assert split_stated_value(name[:-1] + "数 年 40人") is not None
    assert split_stated_value(name + "数 年 40人") is None
