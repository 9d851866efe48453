"""Render a corpus set once and keep it; score the kept files with any checkout, document by document.

    PYTHONPATH=. .venv/bin/python benchmarks/corpus_kept.py render DIR --seeds 500-549 [--per-arrangement 3]
        [--arrangement NAME ...] [--rendering NAME ...] [--vocab BATCH]
    PYTHONPATH=OTHER_CHECKOUT .venv/bin/python benchmarks/corpus_kept.py score DIR [--rendering NAME ...] [--jobs 2] > OUT
    PYTHONPATH=. .venv/bin/python benchmarks/corpus_kept.py compare BEFORE_OUT AFTER_OUT

bench_corpus.py renders every time it measures; comparing two versions of the extractor on the same
files, document by document, needs the files kept. `render` writes them under DIR/<rendering>/ with a
manifest (DIR/manifest.json, which documents were rendered from which seed, index and wording), adding
only what is missing. `score` prints one line per document (DOC rendering arrangement seed-index, then
k expected found wrong judged, b expected found wrong judged) and one per arrangement × rendering (TOT,
marked UNDER below the issue's bar, test_corpus.MIN_FOUND / MAX_WRONG). `compare` prints each document whose figures differ,
marked better or WORSE.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass

from benchmarks.bench_corpus import seed_range
from tests.corpus.generator import Document, arrangements, generate
from tests.corpus.measure import RENDERINGS, missing_prerequisite, render_all, score_file
from tests.corpus.render_pdf import RenderError
from tests.corpus.test_corpus import MAX_WRONG, MIN_FOUND  # the bar, held by the suite's slice

MANIFEST = "manifest.json"


@dataclass(frozen=True, slots=True)
class Kept:
    """One rendered file and the document it was rendered from."""

    rendering: str
    arrangement: str
    seed: int
    index: int
    vocab: str | None
    path: str

    def document(self) -> Document:
        return generate(self.arrangement, self.seed, self.index, self.vocab)


def read_manifest(folder: str) -> list[Kept]:
    path = os.path.join(folder, MANIFEST)
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return [Kept(**entry) for entry in json.load(f)]


def write_manifest(folder: str, kept: Sequence[Kept]) -> None:
    """Write the manifest whole or not at all (a file beside it, then renamed over it)."""
    path = os.path.join(folder, MANIFEST)
    with open(path + ".tmp", "w", encoding="utf-8") as f:
        json.dump([asdict(k) for k in kept], f, ensure_ascii=False)
    os.replace(path + ".tmp", path)


def render(folder: str, seeds: Sequence[int], per: int, names: Sequence[str], renderings: Sequence[str],
           vocab: str | None) -> None:
    kept = read_manifest(folder)
    done = {(k.rendering, k.arrangement, k.seed, k.index, k.vocab) for k in kept}
    for rendering in renderings:
        if problem := missing_prerequisite(rendering):
            print(f"skipping {rendering}: {problem}", file=sys.stderr)
            continue
        os.makedirs(os.path.join(folder, rendering), exist_ok=True)
        for name in names:
            todo = [(s, i) for s in seeds for i in range(per) if (rendering, name, s, i, vocab) not in done]
            for (seed, index), path in zip(todo, _rendered(todo, name, vocab, rendering, folder)):
                if path is not None:
                    kept.append(Kept(rendering, name, seed, index, vocab, os.path.abspath(path)))
            write_manifest(folder, kept)
            print(f"{rendering} {name}: {len(todo)} rendered", file=sys.stderr, flush=True)


def _rendered(todo: Sequence[tuple[int, int]], name: str, vocab: str | None, rendering: str,
              folder: str) -> list[str | None]:
    """The documents' files in one call (an engine slow to start prints a batch at once), else one by one,
    a document that will not render (a page overflowing at the smallest type) reported and left out."""
    docs = [generate(name, s, i, vocab) for s, i in todo]
    target = os.path.join(folder, rendering)
    try:
        return list(render_all(docs, rendering, target))
    except RenderError:
        pass
    paths: list[str | None] = []
    for doc in docs:
        try:
            paths.extend(render_all([doc], rendering, target))
        except RenderError as error:
            print(f"not rendered: {error}", file=sys.stderr)
            paths.append(None)
    return paths


def _score(kept: Kept) -> str:
    k, b = score_file(kept.document(), kept.path)
    return (f"DOC {kept.rendering} {kept.arrangement} {kept.seed}-{kept.index} "
            f"k {k.expected} {k.found} {k.wrong} {k.extracted - k.neutral} b {b.expected} {b.found} {b.wrong} {b.extracted - b.neutral}")


def score(folder: str, renderings: Sequence[str] | None, jobs: int) -> None:
    kept = sorted((k for k in read_manifest(folder) if not renderings or k.rendering in renderings),
                  key=lambda k: (k.rendering, k.arrangement, k.seed, k.index))
    totals: dict[tuple[str, str], list[int]] = {}
    with ProcessPoolExecutor(jobs) as pool:
        for line in pool.map(_score, kept, chunksize=2):
            print(line, flush=True)
            fields = line.split()
            counts = [int(x) for x in fields[5:9] + fields[10:14]]
            total = totals.setdefault((fields[1], fields[2]), [0] * 8)
            totals[(fields[1], fields[2])] = [a + b for a, b in zip(total, counts)]
    for (rendering, name), t in sorted(totals.items(), key=lambda item: (item[0][1], item[0][0])):
        print(f"TOT {name:22} {rendering:20} {_shares('k', t[:4])} {_shares('b', t[4:])}{' UNDER' if _under(t) else ''}")


def _shares(label: str, t: Sequence[int]) -> str:
    expected, found, wrong, judged = t
    return f"{label} {expected:6d} {found / expected if expected else 1:.3f} {wrong / judged if judged else 0:.3f}"


def _under(t: Sequence[int]) -> bool:
    return any(expected and (found / expected < MIN_FOUND or (judged and wrong / judged > MAX_WRONG))
               for expected, found, wrong, judged in (t[:4], t[4:]))


def compare(before: str, after: str) -> None:
    old, new = _doc_counts(before), _doc_counts(after)
    for key in sorted(old.keys() & new.keys()):
        a, b = old[key], new[key]
        if a != b:
            worse = b[1] < a[1] or b[2] > a[2] or b[5] < a[5] or b[6] > a[6]
            print(f"{'WORSE' if worse else 'better'} {key} k {a[1]}/{a[2]} -> {b[1]}/{b[2]} of {a[0]} "
                  f"b {a[5]}/{a[6]} -> {b[5]}/{b[6]} of {a[4]}")
    for key in sorted(old.keys() ^ new.keys()):
        print(f"only in {'before' if key in old else 'after'}: {key}")


def _doc_counts(path: str) -> dict[str, tuple[int, ...]]:
    with open(path, encoding="utf-8") as f:
        rows = [line.split() for line in f if line.startswith("DOC ")]
    return {" ".join(r[1:4]): tuple(int(x) for x in r[5:9] + r[10:14]) for r in rows}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    r = sub.add_parser("render")
    r.add_argument("folder")
    r.add_argument("--seeds", required=True, help="ranges of seeds (500-549,700-710)")
    r.add_argument("--per-arrangement", type=int, default=3)
    r.add_argument("--arrangement", action="append", choices=sorted(arrangements()))
    r.add_argument("--rendering", action="append", choices=list(RENDERINGS))
    r.add_argument("--vocab", default=None)
    s = sub.add_parser("score")
    s.add_argument("folder")
    s.add_argument("--rendering", action="append", choices=list(RENDERINGS))
    s.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    c = sub.add_parser("compare")
    c.add_argument("before")
    c.add_argument("after")
    args = parser.parse_args(argv)
    if args.command == "render":
        render(args.folder, seed_range(args.seeds), args.per_arrangement, args.arrangement or sorted(arrangements()),
               args.rendering or list(RENDERINGS), args.vocab)
    elif args.command == "score":
        score(args.folder, args.rendering, args.jobs)
    else:
        compare(args.before, args.after)
    return 0


if __name__ == "__main__":
    sys.exit(main())
