"""Reading a text export given as a string, as the tests of the interpreter and the recognizers do."""

from __future__ import annotations

from extract.recognize import recognize_document
from extract.records import Extraction
from extract.text_reader import read_text


def read_text_document(text: str) -> Extraction:
    """Everything the recognizers read from a text export holding text (UTF-8), named doc.txt."""
    return recognize_document(read_text(text.encode("utf-8"), "doc.txt", "id"))
