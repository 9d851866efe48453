"""Capture third-party noise (warnings, log records, stray stderr) while reading a document.

pdfminer logs "Could not get FontBBox …" hundreds of times for PDFs printed by Chromium;
damaged PDFs make pdfminer, pypdf and camelot warn and sometimes log tracebacks. None of
that is ours to print: it becomes counted issues on the document's row
("library_warning: pdfminer: 663× Could not get FontBBox …"), and the full text is kept
for --verbose.
"""

from __future__ import annotations

import contextlib
import io
import logging
import re
import warnings
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

SUMMARY_CHARS = 80  # a summarised message is cut to this length
NUMBER_RE = re.compile(r"\d+")  # messages that differ only in numbers count as one


@dataclass(frozen=True, slots=True)
class Noise:
    """One captured warning, log record or stderr line."""

    source: str  # top-level library (pdfminer, camelot …) or "stderr"
    code: str  # library_warning | library_error
    message: str  # the full text, traceback included


@dataclass(slots=True)
class Capture:
    """What was captured during one document."""

    noise: list[Noise] = field(default_factory=list)


class _ListHandler(logging.Handler):
    def __init__(self, capture: Capture) -> None:
        super().__init__(logging.WARNING)
        self.capture = capture

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if record.exc_info:
            text += "\n" + logging.Formatter().formatException(record.exc_info)
        code = "library_error" if record.levelno >= logging.ERROR or record.exc_info else "library_warning"
        self.capture.noise.append(Noise(record.name.split(".")[0], code, text))


def _warning_source(w: warnings.WarningMessage) -> str:
    path = str(w.filename).replace("\\", "/")
    marker = "site-packages/"
    return path.split(marker, 1)[1].split("/")[0] if marker in path else w.category.__name__


@contextlib.contextmanager
def captured() -> Iterator[Capture]:
    """Collect warnings, WARNING+ log records and Python-level stderr writes into a Capture."""
    capture = Capture()
    root = logging.getLogger()
    saved_handlers, saved_level = root.handlers[:], root.level
    handler = _ListHandler(capture)
    root.handlers = [handler]
    root.setLevel(min(saved_level, logging.WARNING) if saved_level else logging.WARNING)
    stderr = io.StringIO()
    try:
        with warnings.catch_warnings(record=True) as caught, contextlib.redirect_stderr(stderr):
            warnings.simplefilter("always")
            yield capture
    finally:
        root.handlers, root.level = saved_handlers, saved_level
        capture.noise += [Noise(_warning_source(w), "library_warning", f"{w.category.__name__}: {w.message}")
                          for w in caught]
        capture.noise += [Noise("stderr", "library_warning", line)
                          for line in stderr.getvalue().splitlines() if line.strip()]


def summarize(noise: list[Noise]) -> list[str]:
    """One issue line per kind of message: "library_warning: pdfminer: 663× Could not get …"."""
    counts: Counter[tuple[str, str, str]] = Counter()
    first: dict[tuple[str, str, str], str] = {}
    for n in noise:
        line = n.message.splitlines()[0] if n.message else ""
        key = (n.code, n.source, NUMBER_RE.sub("N", line))
        counts[key] += 1
        first.setdefault(key, line)
    return [f"{code}: {source}: {count}× {_cut(first[(code, source, k)])}"
            for (code, source, k), count in counts.most_common()]


def _cut(text: str) -> str:
    return text if len(text) <= SUMMARY_CHARS else text[: SUMMARY_CHARS - 1] + "…"
