"""Hard-wrapped text: paragraphs whose lines were broken at a fixed width ('…are members of
the\nCollective Security Treaty Organization'), as e-mails, rulings and text taken from a PDF
write them. A break that only wraps a line is neither a sentence end nor a heading.

A line wraps on when it is long, ends in no sentence or clause mark and is no Markdown heading;
neither it nor the next line is a table row; the next line is no item of a list, record, log or
timeline, and its first word would not have fitted on the line (a break made, not forced, is a
line of its own); and it or the next line is prose (both, where a capitalised word ends the line
and another opens the next), as a title in capitals over a byline is not.
"""

from __future__ import annotations

import re

from database.dates import MONTH_PATTERN

WRAPPED_LINE_MIN = 45
_PROSE_SHARE = 0.4  # of a line's words in lower case: prose, not a title ('Thirty Years of Partnership: …')
_LINE_END_MARK = re.compile(r"[.!?:;…]['\"”’)\]]*\s*$")
# A configuration file's assignment ('founding_members = Armenia, Belarus' in INI, TOML or
# .properties): a field of its own, as 'key: value' is. Its key is lower case ('AS = Arman
# Seitov, …' is a legend).
_KEY = r"[a-z][\w.-]*(?:[ \t][a-z][\w-]*){0,2}"
ASSIGNMENT = re.compile(rf"(?m)^(?P<key>[ \t]*{_KEY})(?P<gap>[ \t]*=[ \t]*)(?=[^=\s])")
# An assignment whose value goes on in the next, indented line ('aliases = ODKB,', 'joined =').
_GOES_ON_ASSIGNED = re.compile(rf"[ \t]*{_KEY}[ \t]*=(?:.*,)?[ \t]*$")


def as_fields(text: str) -> str:
    """`text` with each 'key = value' assignment written 'key:  value', and a value continued on
    indented lines ('founding_members = Armenia, Belarus,' over '    Russia') on one line; the
    same length, so every offset still points into the original."""
    if "=" not in text or not ASSIGNMENT.match(text):
        return text
    fields = ASSIGNMENT.sub(
        lambda found: found.group("key") + ":" + " " * (len(found.group("gap")) - 1), text
    )
    return re.sub(r"\n(?=[ \t]+\S)", " ", fields)


# An indented line, a bullet, a number, a year, a time stamp, a 'Key:' label, an assignment, an
# option letter.
_ITEM_START = re.compile(
    r"[ \t]+\S|[ \t]*(?:[-*•·◦▪|>#+]|\d+[.)/]\s|\d+\.\d|\d{4}\s*[–—:|-]|\[|[A-Za-z][\w ]{0,40}:(?:\s|$)|"
    rf"{_KEY}[ \t]*=[ \t]*[^=\s]|"
    r"\(?[a-hA-H]\)\s|\((?:[ivxIVX]{1,6}|\d{1,3})\)\s|\d{1,2}:\d{2}\b|<[^>\s]{1,30}>|$)"
)


# A line that ends on one of these ('… joined the' over 'Partnership for Peace …') goes on.
_FUNCTION_WORDS = {
    "the",
    "a",
    "an",
    "of",
    "and",
    "or",
    "in",
    "to",
    "for",
    "with",
    "by",
    "from",
    "on",
    "at",
    "its",
    "since",
    "until",
    "into",
    "between",
    "that",
    "which",
}
BULLET_MARKS = "-*•·◦▪"
"""The marks a list item opens with, as a regex character class's contents."""
_BULLET = re.compile(rf"[ \t]*[{BULLET_MARKS}]\s+(?=\S)")
_MONTH_AT_END = re.compile(rf"\b{MONTH_PATTERN}(?:\s+\d{{1,2}},?)?\s*$")
_YEAR_AT_START = re.compile(r"(?:1[89]|20)\d\d\b")
# The year that ends a broken date goes on the sentence: '2014, and …', '2022. A rumour …'; not
# '2015 Kyrgyzstan joins …' (a timeline's next item) nor a year alone on its line (a year heading).
_YEAR_ALONE = re.compile(r"\s*(?:1[89]|20)\d\d\s*$")
_YEAR_GOES_ON = re.compile(r"\s*(?:1[89]|20)\d\d(?:[.,;:)]|\s+[a-z])")
_SENTENCE_END = re.compile(r"[a-z)][.!?]['\"”’)]*(?:\s+[A-Z]|\s*$)")
_SENTENCE_INSIDE = re.compile(r"[.!?]['\"”’)]*\s+[A-Z]")
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
# A row of a table laid out with dot leaders, tabs, runs of spaces or pipes: a line of its own.
# Columns spaced apart: two gaps of two spaces or more ('Kazakhstan   CSTO  F   07OCT2002').
COLUMN_GAPS = r"\S {2,}\S.*\S {2,}\S"
# A LaTeX table row: cells between ampersands, ended by a double backslash (r"A & B \\ \hline").
LATEX_ROW_END = r"\\\\\s*(?:\\hline\s*)?$"
LATEX_ROW = rf"\s&\s.*{LATEX_ROW_END}"
_TABLE_ROW = re.compile(rf"\.{{3,}}|\S\s*…\s*\S|\t|\S {{3,}}\S|\||{COLUMN_GAPS}|{LATEX_ROW}")


def _is_prose(line: str) -> bool:
    words = _WORD.findall(line)
    return bool(words) and sum(word[0].islower() for word in words) >= _PROSE_SHARE * len(words)


def _runs_on(line: str) -> bool:
    """Prose, or a line in which one sentence ends and the next begins."""
    return _is_prose(line) or _SENTENCE_INSIDE.search(line) is not None


def _year_goes_on(line: str, next_line: str) -> bool:
    """A date broken before its year ('… on 3 November' over '2022. A rumour …') is no numbered
    item ('1994. PfP launched in January' over '1995. …' are items of a list by years)."""
    return (
        _MONTH_AT_END.search(line) is not None
        and _YEAR_GOES_ON.match(next_line) is not None
        and _YEAR_AT_START.match(line.lstrip()) is None
    )


def wraps_on(line: str, next_line: str) -> bool:
    """Whether `line` only wraps into `next_line` (both without their line breaks)."""
    if next_line[:1] in (" ", "\t") and next_line.strip() and _GOES_ON_ASSIGNED.match(line):
        return True  # 'founding_members = Armenia, Belarus,' over '    Russia': one value
    hang = _BULLET.match(line)
    if hang and next_line[: hang.end()].isspace() and next_line[hang.end() : hang.end() + 1].strip():
        # A bullet's text goes on under its first word ('* SCO — seat in Beijing; its' over
        # '  Regional Anti-Terrorist Structure sits …'): the item's line, not an indented block.
        line, next_line = line[hang.end() :], next_line[hang.end() :]
    indent = len(line) - len(line.lstrip(" \t"))
    if indent and next_line[:indent] == line[:indent] and next_line[indent : indent + 1].strip():
        # A block indented as a whole ('  EXAMPLE: … if it' over '  were asked?'): the next line
        # is an item only by what follows the shared indent.
        line, next_line = line[indent:], next_line[indent:]
        words = line.split()
        if (
            not next_line[:1].islower()
            and not (words and words[-1].lower() in _FUNCTION_WORDS)
            and not _year_goes_on(line, next_line)
        ):
            return False  # lines of an indented list may each open with a name: only prose runs on
    year_goes_on = _year_goes_on(line, next_line)
    if (
        len(line.strip()) < WRAPPED_LINE_MIN
        or line.lstrip().startswith("#")
        or _LINE_END_MARK.search(line)
        or (_ITEM_START.match(next_line) is not None and not year_goes_on)
        or _YEAR_ALONE.match(next_line) is not None  # a timeline's year heading
        or _TABLE_ROW.search(line)
        or _TABLE_ROW.search(next_line)
    ):
        return False
    first_word = next_line.split()[0]
    last_word = line.split()[-1]
    fitted = len(line.rstrip()) + 1 + len(first_word) <= len(next_line.rstrip())
    # No line ends on 'the', 'of' or 'its' but one broken by hand in a ragged paragraph.
    if (
        fitted
        and last_word.lower() not in _FUNCTION_WORDS
        and not (first_word[:1].islower() and _is_prose(line))
    ):
        # The next line's first word would have fitted: the break was made, not forced, unless prose
        # goes on in lower case (a ragged right, or lines a joined broken word made uneven).
        return False
    if last_word.endswith(",") and _SENTENCE_END.search(next_line):
        # A list of names broken after a comma ('… by Armenia, Kazakhstan,' over 'Kyrgyzstan, Russia
        # and Uzbekistan. Belarus …') runs on, however few lower-case words either line has.
        return True
    if last_word[:1].isupper() and not last_word.endswith(",") and first_word[:1].isupper():
        # Between two capitalised words both lines must read as running text: 'of the Republic of
        # Kazakhstan' over 'Rustam Nazarov, Ambassador …' is a signature, not one sentence.
        return _runs_on(line) and _runs_on(next_line)
    return _is_prose(line) or _is_prose(next_line)


def soft_wrap(text: str, newline: int) -> bool:
    """Whether the line break at offset `newline` of `text` only wraps a paragraph's line."""
    line_start = text.rfind("\n", 0, newline) + 1
    next_end = text.find("\n", newline + 1)
    return wraps_on(text[line_start:newline], text[newline + 1 : next_end if next_end >= 0 else len(text)])


def flowed(text: str) -> str:
    """The text with every line break that only wraps a paragraph made a space: the same length,
    so offsets stay, and a name the wrap broke ('Dr Timur\\nKurbanbaev') reads whole."""
    if "\n" not in text:
        return text
    characters = list(text)
    for single in _SINGLE_BREAK.finditer(text):
        newline = single.start()
        last_word = text[text.rfind(" ", 0, newline) + 1 : newline]
        opening = _NEW_SUBJECT.match(text, newline + 1, newline + 80)
        if opening and (opening.group("verb") or opening.group("word") == last_word):
            continue  # '… analyst Aidar Bekov' over 'Bekov says …': the line after opens a clause
        if soft_wrap(text, newline):
            characters[newline] = " "
    return "".join(characters)


# A capitalised word opening a line, and the verb after it if it is the subject of one.
_NEW_SUBJECT = re.compile(
    r"(?P<word>[A-Z][\w’'-]*)(?:\s+(?P<verb>says|said|told|tells|adds|added|noted|notes|argued|argues|stated|"
    r"states|explained|warned|writes|wrote|was|is|has|had|will|would)\b)?"
)


_SINGLE_BREAK = re.compile(r"(?<=[^\n])\n(?=[^\n])")
