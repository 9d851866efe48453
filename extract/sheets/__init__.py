"""Readers for grid sources: Excel workbooks, CSV files and HTML pages, one module each.

Each ends in the shared grid model (extract.model) through extract.sheets.grid, so the
interpreter and the recognizers read a sheet exactly as they read a text export.
"""
