"""A document cut into passages: the unit a search hit points at.

A section is too coarse for a hit (a document without headings is one section, and opening it
lands screens above the words), a sentence too fine to read. A passage is a paragraph (a line
of the normalised text, its bullet left out); runs of short lines (a list, a milestone year and
its event) are joined until they make a readable passage, and a paragraph too long to take in
at a glance is cut into windows of whole sentences. Passages never cross a section boundary, so
each keeps its section path, and their offsets are those of `Document.text`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence

from database.corpus import Document, heading_line_end
from database.dates import YEAR_PATTERN
from database.matcher import sentence_spans
from database.wrapping import soft_wrap

SHORT_CHARS = 100  # A passage shorter than this (a list item, a year line) takes in the next line.
LONG_CHARS = 900  # A paragraph longer than this is cut into sentence windows about this long.
_BULLET_LEAD = "•·◦▪▸‣∙ \t"
_YEAR = re.compile(YEAR_PATTERN)
Row = dict[str, object]


def paragraph_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The non-empty lines of text[start:end], stripped of space and a leading bullet; the lines
    of a hard-wrapped paragraph (a break that only wraps, see `wrapping`) are one."""
    spans = []
    cursor = start
    while cursor < end:
        line_end = text.find("\n", cursor, end)
        while 0 <= line_end < end - 1 and text[line_end + 1] != "\n" and soft_wrap(text, line_end):
            line_end = text.find("\n", line_end + 1, end)
        line_end = end if line_end < 0 else line_end
        line = text[cursor:line_end]
        stripped = line.strip().lstrip(_BULLET_LEAD).strip()
        if stripped:
            offset = cursor + line.find(stripped)
            spans.append((offset, offset + len(stripped)))
        cursor = line_end + 1
    return spans


def _windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut one long paragraph into runs of whole sentences of about LONG_CHARS; a "sentence"
    longer than that (an unpunctuated dump) is cut between words."""
    pieces: list[tuple[int, int]] = []
    for sentence_start, sentence_end in sentence_spans(text, start, end):
        while sentence_end - sentence_start > LONG_CHARS:
            cut = text.rfind(" ", sentence_start + LONG_CHARS // 2, sentence_start + LONG_CHARS)
            cut = sentence_start + LONG_CHARS if cut < 0 else cut
            pieces.append((sentence_start, cut))
            sentence_start = cut + 1
            while sentence_start < sentence_end and text[sentence_start].isspace():
                sentence_start += 1
        if sentence_start < sentence_end:
            pieces.append((sentence_start, sentence_end))
    windows: list[tuple[int, int]] = []
    for piece_start, piece_end in pieces:
        if windows and piece_end - windows[-1][0] <= LONG_CHARS:
            windows[-1] = (windows[-1][0], piece_end)
        else:
            windows.append((piece_start, piece_end))
    return windows


def passage_spans(text: str, start: int, end: int, heading: str = "") -> list[tuple[int, int]]:
    """Passages of text[start:end] (one section) as (start, end) offsets; a line that only
    repeats the section's heading is left out (the heading is in the passage's path)."""
    passages: list[tuple[int, int]] = []
    joinable = False
    for paragraph_start, paragraph_end in paragraph_spans(text, start, end):
        if heading and heading_line_end(text, paragraph_start, heading) == paragraph_end:
            continue
        if paragraph_end - paragraph_start > LONG_CHARS:
            passages.extend(_windows(text, paragraph_start, paragraph_end))
            joinable = False
            continue
        if joinable and paragraph_end - passages[-1][0] <= LONG_CHARS:
            passages[-1] = (passages[-1][0], paragraph_end)
        else:
            passages.append((paragraph_start, paragraph_end))
        joinable = passages[-1][1] - passages[-1][0] < SHORT_CHARS
    if len(passages) > 1 and joinable and passages[-1][1] - passages[-2][0] <= LONG_CHARS:
        passages[-2:] = [(passages[-2][0], passages[-1][1])]  # A short last line joins the one before.
    return passages


def years_named(text: str) -> list[int]:
    """The years a passage names, in order, each once (four digits standing alone: a pattern
    without word boundaries, checked after, is several times faster over a whole corpus)."""
    years = set()
    for match in _YEAR.finditer(text):
        start, end = match.span()
        if (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            years.add(int(match.group()))
    return sorted(years)


def document_passages(
    document: Document,
    document_id: int,
    section_ids: Mapping[int, int],
    mention_kinds: Sequence[tuple[int, str]] = (),
) -> list[Row]:
    """The `passages` rows of one document, in reading order. `section_ids` maps a section's
    ordinal to its row id; `mention_kinds` holds (offset, entity kind) of each entity mention,
    so a passage records the kinds of entity it names (what the kind filter of a search reads).
    A paragraph the document repeats word for word (a caption captured twice) is one passage,
    its first: a search would show it twice and count it twice."""
    offsets = sorted(mention_kinds)
    rows = []
    seen: set[str] = set()
    for section in document.sections:
        heading = section.heading if section.ordinal else ""
        for start, end in passage_spans(document.text, section.start, section.end, heading):
            passage = document.text[start:end]
            if passage in seen:
                continue
            seen.add(passage)
            first = bisect.bisect_left(offsets, (start, ""))
            last = bisect.bisect_left(offsets, (end, ""))
            kinds = sorted({kind for _, kind in offsets[first:last]})
            rows.append(
                {
                    "document_id": document_id,
                    "section_id": section_ids[section.ordinal],
                    "start": start,
                    "end": end,
                    "path": " › ".join(section.path),
                    "text": passage,
                    "years": " ".join(str(year) for year in years_named(passage)),
                    "kinds": " ".join(kinds),
                }
            )
    return rows
