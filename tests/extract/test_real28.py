"""Session 28's rules for real documents' tables never read before (tests/realdocs/test_pages.py): a figure after
an operator is a term of a calculation, no amount; a value whose label holds a glyph the text layer misread is given
nothing; a 説明 column listing amounts on a page of its own is read."""

from __future__ import annotations

import pytest

from extract.interpret.beside import right_half_of_spread
from extract.interpret.stacks import labelled_lines
from extract.interpret.structure import itemises_amounts, read_layout
from extract.interpret.values import column_units, units_atop
from extract.misread_glyphs import holds_misread_glyph, is_rare_kanji, without_misread_labels
from extract.model import Cell, Provenance, Table
from extract.pdf.reader import read_pdf
from extract.records import BudgetValue, Extraction
from normalize import clean_text, parse_quantity
from tests.realdocs.gold import REALDOCS_PDF


@pytest.mark.parametrize(("raw", "got"), [
    ("学校給食費物価高騰対策事業 104,842×10／10", []),  # a basis times a rate (fuji_r6 p101): its last term is no amount
    ("交付金 1,200÷2", []),
    ("負担金 3,000*12", []),
    ("受付 4/28", []),  # a date's day
    ("国民年金事務費交付金 44,715", [("国民年金事務費交付金", "44,715")]),
    ("補助金 4／5 負担 800", [("補助金4/5負担", "800")]),  # an operator inside the words, the amount set apart after them
])
def test_a_figure_after_an_operator_is_a_term_of_a_calculation(raw: str, got: list[tuple[str, str]]) -> None:
    cell = Cell(clean_text(raw), raw, Provenance("p.pdf", "d", 1, table_index=0, row=1, col=2))
    assert [(p.label, p.text) for p in labelled_lines(cell, itemised=True)] == got


@pytest.mark.parametrize(("ch", "rare"), [("遯", True), ("遀", True), ("浚", True), ("還", False), ("運", False),
                                          ("償", False), ("あ", False), ("A", False)])
def test_a_rare_kanji_lies_outside_the_first_level_of_jis(ch: str, rare: bool) -> None:
    assert is_rare_kanji(ch) is rare


@pytest.mark.parametrize(("label", "misread"), [
    ("償遯元金", True),  # fuji_r8: 償還 drawn, the text layer maps 還's glyph to 遯
    ("一時繰替遀用利子", True),  # 運 drawn, 遀 in the text
    ("償還元金", False),
    ("河川浚渫事業", False),  # rare kanji of a word the analyser knows
    ("重度脳性麻痺者介護人派遣（障害福祉部）", False),
    ("ＬＥＤ防犯灯設置費補助金", False),
])
def test_a_label_holding_a_rare_kanji_no_known_word_holds_is_misread(label: str, misread: bool) -> None:
    assert holds_misread_glyph(label) is misread


def test_a_value_labelled_with_a_misread_glyph_keeps_no_number_and_says_why() -> None:
    prov = Provenance("p.pdf", "d", 1, table_index=0, row=1, col=1)
    values = tuple(BudgetValue.from_quantity(prov, name, "説明", parse_quantity("7,157,379千円"), None, "7,157,379",
                                             None, None, "test", year_source=None) for name in ("償遯元金", "償還元金"))
    kept = without_misread_labels(Extraction(budget_values=values)).budget_values
    assert [(v.project, v.amount_yen, v.missing_reason) for v in kept] == [
        ("償遯元金", None, "misread_label"), ("償還元金", 7_157_379_000, None)]


def _note_cell(raw: str) -> Cell:
    return Cell(clean_text(raw), raw, Provenance("p.pdf", "d", 1, table_index=0, row=2, col=2))


@pytest.mark.parametrize(("raw", "itemised"), [
    ("14 経済産業部庶務事務（経済産業部） 6,399\n15 商業支援（経済産業部） 12,727\n特財：都支出金 6,363", True),
    ("14 経済産業部庶務事務（経済産業部） 6,399\n15 商業支援（経済産業部） 12,727", True),
    ("14 経済産業部庶務事務（経済産業部） 6,399", False),  # one line: a sentence may end in a figure
    ("充当事業：区税徴収・P325\n年4回開催", False),
])
def test_a_note_column_listing_amounts_itemises_them(raw: str, itemised: bool) -> None:
    assert itemises_amounts([_note_cell(raw)]) is itemised


def test_a_note_column_listing_amounts_on_a_page_of_its_own_is_read() -> None:
    # setagaya p210: the 目 and 節 columns empty (the 目 row on a page before), the 説明 amounts under a caption's 千円
    header = (_note_cell("節"), _note_cell(""), _note_cell("説明"))
    units = (_note_cell("区分"), _note_cell("金額"), _note_cell(""))
    body = (_note_cell(""), _note_cell(""), _note_cell("14 経済産業部庶務事務（経済産業部） 6,399\n15 商業支援（経済産業部） 12,727"))
    table = Table(0, (header, units, body), Provenance("p.pdf", "d", 1, table_index=0))
    assert read_layout(table) is not None


def test_a_table_without_amounts_states_the_units_atop_its_columns_for_its_continuation() -> None:
    # fuji_r6 p101: 千円 atop 金額 and 説明 over a 説明 line that is a calculation; the table under it, headerless, holds
    # the 節 amounts in those columns
    pdf = REALDOCS_PDF / "fuji_r6_ippan_yosansho.pdf"
    if not pdf.exists():
        pytest.skip("../shared/realdocs not available")
    tables = [b for b in read_pdf(str(pdf), pages=[101]).blocks if isinstance(b, Table)]
    layout = read_layout(tables[0])
    assert layout is not None and not layout.value_cols
    assert column_units(tables[0], layout) == {}
    assert units_atop(tables[0], layout) == {1: "千円", 2: "千円"}


def _framed(page: int, top: float, bottom: float) -> Table:
    cell = Cell("1,000", "1,000", Provenance("p.pdf", "d", page, table_index=0, row=0, col=0, bbox=(60, top, 120, bottom)))
    return Table(0, ((cell,),), Provenance("p.pdf", "d", page, table_index=0, bbox=(40, top, 555, bottom)))


@pytest.mark.parametrize(("page", "top", "bottom", "right_half"), [
    (23, 81.8, 761.3, True),  # fuji_r6 p22 / p23: the 財源内訳 half of the 総括 歳出 spread
    (23, 120.0, 761.3, False),  # another table on the next page
    (22, 81.8, 761.3, False),  # the same page: a table beside, read by its places along the line
    (24, 81.8, 761.3, False),
])
def test_the_right_half_of_a_spread_shares_the_left_halfs_frame(page: int, top: float, bottom: float,
                                                                 right_half: bool) -> None:
    assert right_half_of_spread(_framed(page, top, bottom), _framed(22, 81.8, 761.3)) is right_half
