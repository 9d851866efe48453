"""Render the samples in every rendition style, run the pipeline, print found/wrong per style.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_renditions.py [OUT_DIR] [--style NAME ...]

Needs reportlab and the IPA fonts (apt-get install fonts-ipafont); the html_* styles need
WeasyPrint (Pango) and Noto Sans CJK JP / VL Gothic (apt-get install fonts-noto-cjk fonts-vlgothic). OUT_DIR keeps the PDFs
and outputs for inspection (default: a temporary folder).
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from tests.renditions.measure import run_pipeline, score, score_all
from tests.renditions.html_render import HTML_STYLES
from tests.renditions.render import STYLES, render_all

ALL_STYLES = {**STYLES, **HTML_STYLES}
ROOT = Path(__file__).resolve().parent.parent
TEXTS = ROOT / "samples" / "text"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default=None)
    parser.add_argument("--style", action="append", choices=sorted(ALL_STYLES))
    parser.add_argument("--show", type=int, default=0, help="print this many missing/extra keys per style")
    args = parser.parse_args()
    out = Path(args.out or tempfile.mkdtemp(prefix="renditions-"))
    text_out = out / "text_out"
    shutil.rmtree(text_out, ignore_errors=True)
    run_pipeline([str(TEXTS)], str(text_out))
    print(f"{'style':14} {'kpi found':>9} {'wrong':>6} {'budget found':>12} {'wrong':>6} {'all found':>9} {'wrong':>6} {'sec':>5}")
    for name in args.style or sorted(ALL_STYLES):
        t0 = time.perf_counter()
        pdfs = out / name / "pdf"
        render_all(str(TEXTS), str(pdfs), ALL_STYLES[name])
        pdf_out = out / name / "out"
        shutil.rmtree(pdf_out, ignore_errors=True)
        run_pipeline([str(pdfs)], str(pdf_out))
        kpi, bud = score(str(text_out), str(pdf_out), "kpi_values"), score(str(text_out), str(pdf_out), "budget_values")
        total = score_all(str(text_out), str(pdf_out))
        print(f"{name:14} {kpi.found:9.3f} {kpi.wrong:6.3f} {bud.found:12.3f} {bud.wrong:6.3f} "
              f"{total.found:9.3f} {total.wrong:6.3f} {time.perf_counter() - t0:5.1f}")
        for stem in sorted({k[0] for k in total.missing + total.extra}):
            s = score_all(str(text_out), str(pdf_out), {stem})
            print(f"    {stem}: found {s.matched}/{s.expected}, extra {s.produced - s.matched}")
        for k in total.missing[:args.show]:
            print("    missing", k)
        for k in total.extra[:args.show]:
            print("    extra  ", k)
    print(f"outputs in {out}")


if __name__ == "__main__":
    main()
