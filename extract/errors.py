"""Errors raised while reading a document.

    ExtractError (Exception)               names the file, and the page where known
    ├── UnreadableFileError (OSError)      missing, empty, not readable, wrong type
    ├── DecodeError (UnicodeError)         a text file in no encoding we know
    ├── BrokenPdfError (ValueError)        the PDF parser gave up on the file or a page
    ├── PasswordRequiredError (PermissionError)  needs a user password we were not given
    └── NoTextLayerError (ValueError)      a scanned PDF: needs OCR first
"""

from __future__ import annotations


class ExtractError(Exception):
    """A document (or one page of it) could not be read."""

    stage = "extract"

    def __init__(self, path: str, reason: str, page: int | None = None) -> None:
        self.path = path
        self.reason = reason
        self.page = page
        super().__init__(self._message())

    def _message(self) -> str:
        where = f"{self.path}, page {self.page}" if self.page is not None else self.path
        return f"{where}: {self.reason}"


class UnreadableFileError(ExtractError, OSError):
    """The file is missing, empty, unreadable or of a type we do not read."""


class DecodeError(ExtractError, UnicodeError):
    """A text file that is not UTF-8, CP932/Shift_JIS or EUC-JP."""


class BrokenPdfError(ExtractError, ValueError):
    """The PDF is damaged or truncated beyond what the parser can recover."""


class PasswordRequiredError(ExtractError, PermissionError):
    """The PDF is encrypted with a user password that was not supplied or was wrong."""


class NoTextLayerError(ExtractError, ValueError):
    """The PDF has pages but no extractable text: it needs OCR."""
