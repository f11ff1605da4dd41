"""Markup a document carries around its words: MediaWiki links ('[[Kyrgyzstan|Kyrgyz Republic]]
joined', '[[Turkmenistan]] withdrew') and citations ('…founding members.<ref>Interview, Samarkand
Herald, 4 May 2012</ref>'). A sentence whose names sit inside brackets reads as a sentence only
once the brackets are gone, and a citation's date is when a source appeared, not when anything
happened; so the build reads a view of the text in which both are spaces. The view has the text's
length, so every offset still points into the document as written, which the reader shows and
cites.

A reStructuredText substitution the document defines ('|CSTO|') reads as its name, and a field
list's line (':Members: A, B') as the field it is ('Members: A, B').

A piped link reads as its label, what the page shows ('[[President of Kyrgyzstan|former
president]]' is a former president, '[[2005 Andijan unrest|Andijan events]]' names no year),
unless the label is the end of the target's name, said short ('[[ITSO Secretariat|Secretariat]]'); a
link into a namespace ('[[Category:…]]', '[[File:…]]') or to a section is left as it is. A
citation is a `<ref>` (but a note, `<ref group="n">`, is text) or a citation template anywhere
('{{cite …}}', '{{sfn|…}}', '{{harvnb|…}}'), a template nested in it included.
"""

from __future__ import annotations

import re

# A target with a namespace or an interwiki prefix ('countries:kazakhstan', 'wp>Shanghai …') only
# with a label, and not a file's or a category's: '[[File:map.png|caption]]' shows a picture.
_WIKI_LINK = re.compile(
    r"\[\[(?P<target>[^\[\]|#:\n]{1,120}|(?!(?i:file|image|media|category)\s*:)[^\[\]|#\n]{1,120}(?=\|))"
    r"(?P<label>\|[^\[\]|\n]{1,120})?\]\]"
)
_CITATION = re.compile(
    r"<ref(?![^>\n]*\bgroup\s*=)[^>\n]*/>|<ref(?![^>\n]*\bgroup\s*=)[^>\n]*>(?:(?!<ref)[\s\S]){0,2000}?</ref>|"
    r"\{\{\s*(?:[Cc]ite|[Cc]itation|[Ss]fn|[Hh]arv\w*|[Rr]p)\b(?:[^{}]|\{\{[^{}]*\}\})*\}\}"
)


# A wiki's emphasis ("''Armenia'' is …", "'''CSTO'''"): the quote marks are no words of the sentence.
_WIKI_EMPHASIS = re.compile(r"('{2,5})(?=[^\s'])([^'\n]{1,200}?)(?<=[^\s'])('{2,5})(?!')")


def _emphasis_shown(found: re.Match[str]) -> str:
    return " " * len(found.group(1)) + found.group(2) + " " * len(found.group(3))


# reStructuredText: '.. |CSTO| replace:: Collective …' defines what '|CSTO|' stands for.
_SUBSTITUTION = re.compile(r"(?m)^\.\. \|(?P<name>[^|\n]{1,40})\| (?:replace|image)::")


# A field list (reStructuredText ':Members: A, B', ':Founded: 2002'): two or more such lines.
_FIELD_LINE = re.compile(r"(?m)^:(?=[A-Z][\w /-]{0,40}:[ \t])")


def unlinked(text: str) -> str:
    """`text` with its wiki links' brackets and labels, its emphasis marks and its citations made
    spaces, and its reStructuredText read as text (see the module)."""
    text = source_read(text)
    if "<ref" in text or "{{" in text:
        text = blanked(text, [found.span() for found in _CITATION.finditer(text)])
    if "[[" not in text:
        return text
    if "''" in text:
        text = _WIKI_EMPHASIS.sub(_emphasis_shown, text)
    return _WIKI_LINK.sub(_as_shown, text)


def blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with each of `spans` (sorted, overlapping or not) made spaces, its line breaks kept,
    so lines and offsets stay where they were."""
    pieces, done = [], 0
    for start, end in spans:
        start = max(start, done)
        pieces += [text[done:start], _NOT_A_BREAK.sub(" ", text[start:end])]
        done = max(done, end)
    return "".join(pieces) + text[done:]


_NOT_A_BREAK = re.compile(r"[^\n]")


# A line that is only a lower-case key path in double brackets: a TOML array of tables' header.
_TABLE_HEADER_LINE = re.compile(r"[ \t]*\[\[[a-z_][a-z0-9_.\-]*\]\][ \t]*(?:(?:#|//).*)?")


def _line_of(found: re.Match[str]) -> str:
    text = found.string
    end = text.find("\n", found.end())
    return text[text.rfind("\n", 0, found.start()) + 1 : end if end >= 0 else len(text)]


def _as_shown(found: re.Match[str]) -> str:
    """A link as a reader of the page sees it: its label, or its target when it has none. A label
    that is the end of its target's name ('[[ITSO Secretariat|Secretariat]]') is that name said
    short, so the target reads in its place."""
    target, label = found.group("target"), found.group("label")
    if label is None and _TABLE_HEADER_LINE.fullmatch(_line_of(found)):
        return found.group()  # TOML's '[[membership]]' heads a record, it links nowhere
    if label is None or (target.endswith(" " + label[1:].strip()) and "(" not in target):
        return "  " + target + " " * (len(label or "") + 2)
    return " " * (len(target) + 3) + label[1:] + "  "


def source_read(text: str) -> str:
    """`text` with the markup of reStructuredText and AsciiDoc sources read through (see
    `rest_read` and `asciidoc_read`); the same length."""
    return asciidoc_read(rest_read(text))


# An AsciiDoc attribute's definition (':csto: CSTO') and a reference to it ('{csto}').
_ATTRIBUTE = re.compile(r"(?m)^:(?P<name>[A-Za-z0-9_][\w-]*):[ \t]+(?P<value>[^\n]*?)[ \t]*$")


def asciidoc_read(text: str) -> str:
    """`text` with each AsciiDoc attribute reference ('{csto}') read as the attribute's value
    ('CSTO'), where the value fits in the reference's room, or its initials do and the text says
    they stand for it; any other value leaves it as it is."""
    if "{" not in text or not text.startswith(":") and "\n:" not in text:
        return text
    definitions = list(_ATTRIBUTE.finditer(text))
    names = [found.group("name") for found in definitions]
    for found in definitions:
        reference, value = "{" + found.group("name") + "}", found.group("value")
        in_comment = len(_COMMENT_FENCE.findall(text, 0, found.start())) % 2 == 1
        if names.count(found.group("name")) > 1 or in_comment:
            continue  # redefined on the way, or defined in a comment block: which value holds is unsure
        if reference not in text or "{" in value:
            continue
        shown = value if 0 < len(value) <= len(reference) else _initials_used(value, reference, text)
        if shown:
            text = text.replace(reference, shown.rjust(len(reference)))
    return text


def _initials_used(value: str, reference: str, text: str) -> str | None:
    """A long value's initials ('Collective Security Treaty Organization' → 'CSTO') where they fit
    in the reference's room and the text says they stand for it: another attribute's value
    (':csto: CSTO'), or written in brackets after the reference or the value ('{kjbc} (KJBC)')."""
    words = value.split()
    initials = "".join(word[0] for word in words if word[:1].isupper())
    if len(words) < 2 or not 2 <= len(initials) <= len(reference):
        return None
    defined = re.search(rf"(?m)^:[\w-]+:[ \t]+{initials}[ \t]*$", text) or re.search(
        rf"(?:{re.escape(reference)}|{re.escape(value)})\s*\(\s*{initials}\s*\)", text
    )
    return initials if defined else None


_COMMENT_FENCE = re.compile(r"(?m)^/{4,}[ \t]*$")


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
