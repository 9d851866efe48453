"""diff: two runs of one document, the second with a changed target, 事業費 and a KPI renamed away."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipelines.cli import main
from pipelines.diff import CHANGED, DROPPED, NEW, diff_runs
from tests.conftest import SAMPLES

SAMPLE = SAMPLES / "text" / "001_01d06d0652ec7df0.txt"
# one project card of sample 001: 地域医療確保対策事業, 事業費 (千円) by year, and its KPI
EDITS = (("49,949", "50,001"),  # 事業費 2024 of 地域医療確保対策事業
         ("休日及び夜間等に対して診療を実施した割合", "休日及び夜間に診療を実施した割合"))


def run(path: Path, out: Path) -> Path:
    assert main(["run", str(path), "--out", str(out), "-q"]) == 0
    return out


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    base = tmp_path_factory.mktemp("diff")
    (base / "old").mkdir()
    (base / "new").mkdir()
    shutil.copy(SAMPLE, base / "old" / SAMPLE.name)
    text = SAMPLE.read_text(encoding="utf-8")
    for old, new in EDITS:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    (base / "new" / SAMPLE.name).write_text(text, encoding="utf-8")
    return run(base / "old", base / "old_out"), run(base / "new", base / "new_out"), run(SAMPLE, base / "same_out")


def test_diff_reports_exactly_the_edits(runs: tuple[Path, Path, Path]) -> None:
    old, new, _ = runs
    changes = {(c.item, c.change): c for c in diff_runs(old, new)}
    assert set(changes) >= {("budget", CHANGED), ("kpi", NEW), ("kpi", DROPPED)}
    budget = changes["budget", CHANGED]
    assert (budget.key[0], budget.key[-1], budget.old, budget.new) == ("地域医療確保対策事業", 2024, 49949000.0, 50001000.0)
    renamed = [c for c in diff_runs(old, new) if c.item == "kpi"]
    assert len(renamed) == 2
    budgets = [c for c in diff_runs(old, new) if c.item == "budget"]
    assert len(budgets) == 1
    # the renamed KPI takes its targets with it: they are dropped under the old key, new under the new
    targets = [c for c in diff_runs(old, new) if c.item == "target"]
    assert targets and {c.change for c in targets} == {NEW, DROPPED} and len(targets) % 2 == 0


def test_same_document_from_another_path_is_no_change(runs: tuple[Path, Path, Path]) -> None:
    old, _, same = runs
    assert diff_runs(old, same) == []


def test_cli_prints_changes_and_rejects_a_folder_without_datasets(
        runs: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new, _ = runs
    assert main(["diff", str(old), str(new)]) == 0
    out, err = capsys.readouterr()
    assert "changed  budget  地域医療確保対策事業 事業費 2024: 49,949,000 -> 50,001,000" in out
    assert "new      kpi     休日及び夜間に診療を実施した割合" in out and "budget: 0 new, 0 dropped, 1 changed" in err
    assert main(["diff", str(old), str(tmp_path)]) == 2
    assert "NEW_OUT" in capsys.readouterr().err
