"""Markup a document carries around its words: MediaWiki links ('[[Kyrgyzstan|Kyrgyz Republic]]
joined', '[[Turkmenistan]] withdrew') and citations ('…founding members.<ref>Interview, Samarkand
Herald, 4 May 2012</ref>'). A sentence whose names sit inside brackets reads as a sentence only
once the brackets are gone, and a citation's date is when a source appeared, not when anything
happened; so the build reads a view of the text in which both are spaces. The view has the text's
length, so every offset still points into the document as written, which the reader shows and
cites.

A piped link keeps its target, the page's own name ('[[ITSO Secretariat|Secretariat]]' reads
'ITSO Secretariat'), and hides the label; a link into a namespace ('[[Category:…]]', '[[File:…]]')
or to a section is left as it is. A citation is a `<ref>` (but a note, `<ref group="n">`, is text)
or a `{{cite …}}` template anywhere.
"""

from __future__ import annotations

import re

_WIKI_LINK = re.compile(r"\[\[(?P<target>[^\[\]|#:\n]{1,120})(?P<label>\|[^\[\]\n]{0,120})?\]\]")
_CITATION = re.compile(
    r"<ref(?![^>\n]*\bgroup\s*=)[^>\n]*/>|<ref(?![^>\n]*\bgroup\s*=)[^>\n]*>.{0,2000}?</ref>|\{\{\s*[Cc]ite[^{}]*\}\}",
    re.DOTALL,
)


def unlinked(text: str) -> str:
    """`text` with its wiki links' brackets and labels, and its citations, made spaces (see the
    module)."""
    if "<ref" in text or "{{" in text:
        text = _CITATION.sub(lambda found: re.sub(r"[^\n]", " ", found.group()), text)
    if "[[" not in text:
        return text
    return _WIKI_LINK.sub(
        lambda found: "  " + found.group("target") + " " * (len(found.group("label") or "") + 2), text
    )
