"""Hard-wrapped text: paragraphs whose lines were broken at a fixed width ('…are members of
the\nCollective Security Treaty Organization'), as e-mails, rulings and text taken from a PDF
write them. A break that only wraps a line is neither a sentence end nor a heading.

A line wraps on when it is long, it or the next line is prose (a title in capitals over a
byline is neither), it ends in no sentence or clause mark, neither it nor the next line is a
table row, and the next line is no item of a list, record, log or timeline.
"""

from __future__ import annotations

import re

WRAPPED_LINE_MIN = 45
_PROSE_SHARE = 0.4  # of a line's words in lower case: prose, not a title ('Thirty Years of Partnership: …')
_LINE_END_MARK = re.compile(r"[.!?:;…]['\"”’)\]]*\s*$")
# An indented line, a bullet, a number, a year, a time stamp, a 'Key:' label, an option letter.
_ITEM_START = re.compile(
    r"[ \t]+\S|[ \t]*(?:[-*•·◦▪|>#+]|\d+[.)/]\s|\d+\.\d|\d{4}\s*[–—:|-]|\[|[A-Za-z][\w ]{0,40}:(?:\s|$)|"
    r"\(?[a-hA-H]\)\s|$)"
)


_WORD = re.compile(r"[^\W\d_][\w’'-]*")
# A row of a table laid out with dot leaders, tabs, runs of spaces or pipes: a line of its own.
_TABLE_ROW = re.compile(r"\.{3,}|…|\t|\S {3,}\S|\|")


def _is_prose(line: str) -> bool:
    words = _WORD.findall(line)
    return bool(words) and sum(word[0].islower() for word in words) >= _PROSE_SHARE * len(words)


def wraps_on(line: str, next_line: str) -> bool:
    """Whether `line` only wraps into `next_line` (both without their line breaks)."""
    return (
        len(line.strip()) >= WRAPPED_LINE_MIN
        and (_is_prose(line) or _is_prose(next_line))
        and not _LINE_END_MARK.search(line)
        and _ITEM_START.match(next_line) is None
        and not _TABLE_ROW.search(line)
        and not _TABLE_ROW.search(next_line)
    )


def soft_wrap(text: str, newline: int) -> bool:
    """Whether the line break at offset `newline` of `text` only wraps a paragraph's line."""
    line_start = text.rfind("\n", 0, newline) + 1
    next_end = text.find("\n", newline + 1)
    return wraps_on(text[line_start:newline], text[newline + 1 : next_end if next_end >= 0 else len(text)])
