"""Turn the paths a user gave into the files to read, the files skipped and the paths missing."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from extract.reader import DOCUMENT_SUFFIXES, UNSUPPORTED_SUFFIXES


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file a folder scan found but does not read, and why."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class InputScan:
    """Files to read (in order, each once per spelling), files skipped, and paths not found."""

    files: tuple[str, ...]
    skipped: tuple[Skipped, ...]
    missing: tuple[str, ...]


def is_hidden(path: Path) -> bool:
    return path.name.startswith((".", "~$"))  # ~$ : Excel's lock file beside an open workbook


def scan_folder(folder: Path) -> tuple[list[str], list[Skipped]]:
    """Documents under a folder (recursively, sorted) and the document-like files we skip."""
    files: list[str] = []
    skipped: list[Skipped] = []
    for child in sorted(folder.rglob("*")):
        if not child.is_file() or is_hidden(child):
            continue
        suffix = child.suffix.lower()
        if suffix in DOCUMENT_SUFFIXES:
            files.append(str(child))
        elif suffix in UNSUPPORTED_SUFFIXES:
            skipped.append(Skipped(str(child), UNSUPPORTED_SUFFIXES[suffix]))
    return files, skipped


def scan_inputs(paths: Iterable[str]) -> InputScan:
    """Files as given; folders searched recursively for the document types we read."""
    files: list[str] = []
    skipped: list[Skipped] = []
    missing: list[str] = []
    for path in paths:
        p = Path(path)
        if p.is_dir():
            found, skip = scan_folder(p)
            files += found
            skipped += skip
        elif p.exists():
            files.append(path)
        else:
            missing.append(path)
    return InputScan(tuple(files), tuple(skipped), tuple(missing))
