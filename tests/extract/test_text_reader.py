"""The text reader: encodings, line endings, form feeds, tables, HTML fragments."""

from __future__ import annotations

import pytest

from extract.errors import DecodeError, UnreadableFileError
from extract.model import Table, TextLine
from extract.text_reader import decode_text, html_to_text, read_text

SAMPLE = "見出し\n\n項目\t単位\t現状値\n出生数\t人\t549 (R1)\n\n合計特殊出生率\t人\t1.44 (H30)\n本文です。\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp932", "shift_jis", "euc_jp", "utf-16"])
def test_decodes_japanese_encodings(encoding: str) -> None:
    text, used = decode_text(SAMPLE.encode(encoding), "x.txt")
    assert text.lstrip("\ufeff") == SAMPLE
    assert used in {"utf-8", "utf-8-sig", "cp932", "euc_jp", "utf-16"}


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_any_line_ending_gives_the_same_tables(newline: str) -> None:
    doc = read_text(SAMPLE.replace("\n", newline).encode("utf-8"), "x.txt", "id")
    (table,) = doc.tables
    assert [[c.text for c in row] for row in table.rows] == [
        ["項目", "単位", "現状値"], ["出生数", "人", "549 (R1)"], ["合計特殊出生率", "人", "1.44 (H30)"],
    ]
    assert table.rows[2][2].prov.line == 6  # a blank line inside a table is allowed


def test_form_feed_starts_a_new_page() -> None:
    doc = read_text("一頁目\n\f二頁目\t値\n".encode(), "x.txt", "id")
    assert doc.pages == 2
    first, table = doc.blocks
    assert isinstance(first, TextLine) and first.prov.page == 1
    assert isinstance(table, Table) and table.rows[0][0].prov.page == 2


def test_unpaged_text_has_no_page_numbers() -> None:
    doc = read_text(SAMPLE.encode(), "x.txt", "id")
    assert doc.pages is None
    assert all(c.prov.page is None for t in doc.tables for r in t.rows for c in r)


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("<p>○子育て</p> <p>医療費助成</p>", "○子育て 医療費助成"),
        ('<ul style="list-style-type: none"> ・転出超過数 ・出生数 </ul>', "・転出超過数 ・出生数"),
        ("一行目<br>二行目", "一行目 二行目"),
        ("A &amp; B", "A & B"),
        ("<u>地方創生推進交付金</u>", "地方創生推進交付金"),
        ("そのまま", "そのまま"),
    ],
)
def test_html_fragments_become_plain_text(fragment: str, expected: str) -> None:
    assert html_to_text(fragment) == expected


def test_markdown_separator_rows_are_dropped() -> None:
    doc = read_text("No.\t指標\n---\t--\n1\t出生数\n".encode(), "x.txt", "id")
    assert [r[1].text for r in doc.tables[0].rows] == ["指標", "出生数"]


def test_short_rows_are_padded() -> None:
    doc = read_text("a\tb\tc\nd\te\n".encode(), "x.txt", "id")
    assert doc.tables[0].n_cols == 3 and len(doc.tables[0].rows[1]) == 3


def test_utf16_text_reads_like_utf8() -> None:
    doc = read_text(SAMPLE.encode("utf-16"), "x.txt", "id")
    assert [c.text for c in doc.tables[0].rows[1]] == ["出生数", "人", "549 (R1)"]


def test_binary_input_is_refused_with_the_file_name() -> None:
    with pytest.raises(UnreadableFileError, match="bad.txt"):
        read_text(b"\x00\x01\x02garbage", "bad.txt", "id")


def test_undecodable_bytes_name_the_file() -> None:
    with pytest.raises(DecodeError, match="odd.txt"):
        decode_text(bytes([0x80, 0xFF, 0xFE, 0x81, 0x00]) * 3, "odd.txt")
