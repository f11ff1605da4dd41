"""Markup a document carries around its words: MediaWiki links ('[[Kyrgyzstan|Kyrgyz Republic]]
joined', '[[Turkmenistan]] withdrew') and citations ('…founding members.<ref>Interview, Samarkand
Herald, 4 May 2012</ref>'). A sentence whose names sit inside brackets reads as a sentence only
once the brackets are gone, and a citation's date is when a source appeared, not when anything
happened; so the build reads a view of the text in which both are spaces. The view has the text's
length, so every offset still points into the document as written, which the reader shows and
cites.

A reStructuredText substitution the document defines ('|CSTO|') reads as its name, and a field
list's line (':Members: A, B') as the field it is ('Members: A, B').

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


# reStructuredText: '.. |CSTO| replace:: Collective …' defines what '|CSTO|' stands for.
_SUBSTITUTION = re.compile(r"(?m)^\.\. \|(?P<name>[^|\n]{1,40})\| (?:replace|image)::")


# A field list (reStructuredText ':Members: A, B', ':Founded: 2002'): two or more such lines.
_FIELD_LINE = re.compile(r"(?m)^:(?=[A-Z][\w /-]{0,40}:[ \t])")


def unlinked(text: str) -> str:
    """`text` with its wiki links' brackets and labels, and its citations, made spaces, and its
    reStructuredText read as text (see the module)."""
    text = rest_read(text)
    if "<ref" in text or "{{" in text:
        text = _CITATION.sub(lambda found: re.sub(r"[^\n]", " ", found.group()), text)
    if "[[" not in text:
        return text
    return _WIKI_LINK.sub(
        lambda found: "  " + found.group("target") + " " * (len(found.group("label") or "") + 2), text
    )


def rest_read(text: str) -> str:
    """`text` with its reStructuredText substitutions ('|CSTO|') and field-list lines (':Members:')
    read as the name and the field they are: the view a document's lines are laid out by, as a
    heading '|CSTO|' over its underline is a heading."""
    if "\n:" in text and len(_FIELD_LINE.findall(text)) >= 2:
        text = _FIELD_LINE.sub(" ", text)
    if "|" in text and ".. |" in text:
        for name in {found.group("name") for found in _SUBSTITUTION.finditer(text)}:
            text = re.sub(rf"(?<!\.\. )\|{re.escape(name)}\|", f" {name} ", text)
    return text
