"""The run manifest: which document contents the output folder holds, from which paths.

`OUT/manifest.json` maps each document (its content hash, doc_id) to the paths it was
given as, the engine that read it, its status and a fingerprint of its values. A run uses
it to skip unchanged files, to replace the rows of an edited file and to link copies and
twins. It is rewritten atomically after every document, so a killed run leaves it whole.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, replace
from importlib import metadata
from pathlib import Path

from pipelines.writer import atomic_write_text

MANIFEST_NAME = "manifest.json"
MANIFEST_VERSION = 1
PACKAGE = "sousei-data"
CODE_DIGEST_CHARS = 8
# the code that decides what a document yields: a change to it makes old results stale
ENGINE_PACKAGES = ("extract", "normalize")


@dataclass(frozen=True, slots=True)
class Entry:
    """One document (one content) held in the output folder."""

    doc_id: str
    source_path: str  # the path as first given: the rows' source_path
    paths: tuple[str, ...]  # every absolute path this content was given as
    format: str | None
    status: str  # ok | partial | failed
    engine: str  # engine_version() of the run that read it
    fingerprint: tuple[str, ...] = ()  # short hashes of its values (pipelines.identity)
    twin_of: str | None = None  # doc_id of the family member whose rows count


@dataclass(slots=True)
class Manifest:
    """The entries of one output folder, by doc_id."""

    entries: dict[str, Entry] = field(default_factory=dict)

    def doc_id_at(self, path: str) -> str | None:
        """The doc_id last read from an absolute path, if any."""
        return next((e.doc_id for e in self.entries.values() if path in e.paths), None)

    def add_path(self, doc_id: str, path: str) -> Entry:
        entry = self.entries[doc_id]
        if path not in entry.paths:
            entry = replace(entry, paths=(*entry.paths, path))
            self.entries[doc_id] = entry
        return entry

    def drop_path(self, doc_id: str, path: str) -> Entry | None:
        """Forget that doc_id was at path; return the entry, or None when no path is left."""
        entry = self.entries[doc_id]
        paths = tuple(p for p in entry.paths if p != path)
        if not paths:
            del self.entries[doc_id]
            return None
        self.entries[doc_id] = replace(entry, paths=paths)
        return self.entries[doc_id]


def manifest_path(out_dir: Path) -> Path:
    return out_dir / MANIFEST_NAME


def load_manifest(out_dir: Path) -> Manifest:
    """The manifest of out_dir; empty when there is none, it is of another version or unreadable."""
    path = manifest_path(out_dir)
    if not path.exists():
        return Manifest()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("version") != MANIFEST_VERSION:
            return Manifest()
        entries = {}
        for raw in data["documents"]:
            raw["paths"] = tuple(raw["paths"])
            raw["fingerprint"] = tuple(raw["fingerprint"])
            entries[raw["doc_id"]] = Entry(**raw)
    except (ValueError, KeyError, TypeError, AttributeError):
        # hand-edited or foreign: forget it; every input is read again and its part rewritten
        return Manifest()
    return Manifest(entries)


def save_manifest(out_dir: Path, manifest: Manifest) -> None:
    """Write the manifest atomically (temporary file, then rename)."""
    documents = [asdict(e) for e in sorted(manifest.entries.values(), key=lambda e: e.doc_id)]
    text = json.dumps({"version": MANIFEST_VERSION, "documents": documents}, ensure_ascii=False, indent=1)
    atomic_write_text(manifest_path(out_dir), text)


def engine_version() -> str:
    """Package version plus a digest of the extract/normalize code: what read a document."""
    try:
        version = metadata.version(PACKAGE)
    except metadata.PackageNotFoundError:
        version = "0"
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for package in ENGINE_PACKAGES:
        for source in sorted((root / package).rglob("*.py")):
            digest.update(source.relative_to(root).as_posix().encode() + source.read_bytes())
    return f"{PACKAGE} {version}+{digest.hexdigest()[:CODE_DIGEST_CHARS]}"
