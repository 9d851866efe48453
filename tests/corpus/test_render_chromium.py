"""The Chromium renderer's check that a printed page holds every glyph its HTML shows."""

from __future__ import annotations

from tests.corpus.render_chromium import html_glyphs


def test_html_glyphs_counts_the_shown_text_only() -> None:
    # the style sheet and the spaces are no glyphs; full-width text and figures are one each
    page = ("<html><head><style>td { padding: 1pt; }</style></head><body>"
            "<p class='title'>令和4年度 予算</p><table><tr><td>市債</td><td>５０，１４３</td></tr></table></body></html>")
    assert html_glyphs(page) == len("令和4年度予算") + len("市債") + len("５０，１４３")
    # a table cut at the sheet's edge prints fewer: one cell fewer is a smaller count
    assert html_glyphs(page.replace("<td>５０，１４３</td>", "")) < html_glyphs(page)
