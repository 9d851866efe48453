"""PDF reading path: a PDF file in, the shared grid model (`extract.model.Document`) out."""

from extract.pdf.reader import read_pdf

__all__ = ["read_pdf"]
