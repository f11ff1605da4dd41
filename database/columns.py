"""Text set in two columns side by side, as `pdftotext -layout` prints a newsletter or a report:
every line holds a line of the left column, a gutter of spaces and a line of the right column, so
read line by line the two texts interleave ('…its two founding      left the organization in').
A reader reads the left column down, then the right; so does the build.

Only what the text proves is rearranged. A block is a run of lines that one position, the gutter,
cuts cleanly: each line either ends before it, or has two spaces before it and its right part
after (a line run together with a single space counts only between two clean ones); a line across
the page, a page number set far right and a short heading alone between blank lines end a block.
The block stands when at least `MIN_ROWS` of its lines have text on both sides, most of them open
their right part exactly at the gutter (a column's left edge is straight), both sides read as
prose (words, not a table's cells set apart by further gaps; the left side fills most of its
width), each column's sentences go on from line to line, and its paragraphs do not keep step with
the other's, as a table's rows do. Each block is written as its left column, a blank line, then
its right column (a sentence the column break cut reads whole), and the lines of a paragraph that
a column's width broke are joined, a word the break hyphenated made whole by the rules of
`pages.unpaginate`. A table, a form or a list of labels and values stays as it is.
"""

from __future__ import annotations

import re
from collections import Counter

from database.pages import words_rejoined

MIN_ROWS = 5
_MIN_GUTTER = 20
_CANDIDATES = 4
_INDENT_MAX = 6
_GAP_BEFORE_TEXT = re.compile(r"\S {2,}(?=\S)")
_INNER_GAP = re.compile(r"\S {3,}\S")
_BOX = re.compile(r"[|+]|[-=_.'~]{4,}|[─━│┃┌┐└┘├┤┬┴┼]")
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_HYPHEN_BREAK = re.compile(r"[^\W\d_]-$")
_SENTENCE_END = re.compile(r"[.!?:;…][\"'”’)\]]*\s*$")


def read_columns(text: str) -> str:
    """`text` with every two-column block written one column after the other (see the module);
    text without such a block comes back unchanged."""
    if "   " not in text:
        return text
    lines = text.split("\n")
    starts = Counter(
        found.end() for line in lines if len(line) > _MIN_GUTTER for found in _GAP_BEFORE_TEXT.finditer(line)
    )
    blocks: list[tuple[int, int, int]] = []
    for gutter, count in starts.most_common(_CANDIDATES):
        if count < MIN_ROWS or gutter < _MIN_GUTTER:
            continue
        for first, last in _runs(lines, gutter):
            if _stands(lines[first : last + 1], gutter) and not any(
                first <= other_last and other_first <= last for other_first, other_last, _ in blocks
            ):
                blocks.append((first, last, gutter))
    columns = [
        (first, last, _one_after_the_other(lines[first : last + 1], gutter)) for first, last, gutter in blocks
    ]
    read = list(lines)
    for first, last, paragraphs in sorted(columns, reverse=True):
        read[first : last + 1] = paragraphs
    as_read = "\n".join(read)  # whose words tell a broken word from a hyphenated one
    for first, last, paragraphs in sorted(columns, reverse=True):
        lines[first : last + 1] = words_rejoined(paragraphs, as_read)
    return "\n".join(lines)


def _cut(line: str, gutter: int) -> str:
    """How `gutter` cuts `line`: 'blank', 'left' (it ends before), 'clean' (two spaces, then its
    right part), 'tight' (one space) or 'across' (text runs over it)."""
    if not line.strip():
        return "blank"
    if len(line.rstrip()) <= gutter - 2:
        return "left"
    line = line.ljust(gutter + 1)
    if line[gutter - 2 : gutter] == "  ":
        return "clean"
    if line[gutter - 1] == " " and line[gutter] != " ":
        return "tight"
    return "across"


def _runs(lines: list[str], gutter: int) -> list[tuple[int, int]]:
    """The maximal runs of lines the gutter cuts, blank lines trimmed from both ends. A line run
    together with one space counts between two clean lines right above and below it; a line set
    far right (a page number), a heading over a line across and a short line alone between blank
    lines and the columns (a heading across the page: '2012') end a run."""
    cuts = [_cut(line, gutter) for line in lines]
    for index, cut in enumerate(cuts):
        if cut == "tight":
            around = cuts[index - 1 : index + 2 : 2] if 0 < index < len(cuts) - 1 else []
            cuts[index] = "clean" if around == ["clean", "clean"] else "across"
        elif cut == "clean" and _set_apart(lines[index], gutter):
            cuts[index] = "across"
    for index in range(len(cuts) - 1, 0, -1):
        if cuts[index] == "across" and cuts[index - 1] == "left":
            cuts[index - 1] = "across"  # a heading or caption over a table or a line across the page
    for index, cut in enumerate(cuts):
        after = cuts[index + 1] if index + 1 < len(cuts) else "blank"
        if cut == "left" and (index == 0 or cuts[index - 1] == "blank") and after in ("blank", "clean"):
            cuts[index] = "across"
    runs, first = [], None
    for index, cut in enumerate([*cuts, "across"]):
        if cut == "across":
            if first is not None:
                body = [i for i in range(first, index) if cuts[i] != "blank"]
                if body:
                    runs.append((body[0], body[-1]))
            first = None
        elif first is None:
            first = index
    return runs


def _set_apart(line: str, gutter: int) -> bool:
    """A line whose right part stands far right of the gutter: a running head's page number or a
    date at the right margin, no line of the right column. It ends a block, as a line across does."""
    right = line[gutter:]
    return bool(right.strip()) and len(right) - len(right.lstrip()) > _INDENT_MAX


def _stands(block: list[str], gutter: int) -> bool:
    """Whether a run is two columns of prose (see the module)."""
    rows = [(line[:gutter].strip(), line[gutter:]) for line in block if _cut(line, gutter) == "clean"]
    rows = [(left, right) for left, right in rows if left and right.strip()]
    if len(rows) < MIN_ROWS:
        return False
    if sum(not right[:1].isspace() for _, right in rows) * 3 < len(rows) * 2:
        return False
    text_rows = [
        (left, right.strip()) for left, right in rows if not (_BOX.search(left) or _BOX.search(right))
    ]
    if len(text_rows) < MIN_ROWS:
        return False
    prose = sum(
        len(_WORD.findall(left)) >= 3
        and len(_WORD.findall(right)) >= 3
        and not _INNER_GAP.search(left)
        and not _INNER_GAP.search(right)
        for left, right in text_rows
    )
    widths = sorted(len(left) for left, _ in text_rows)
    return (
        prose * 5 >= len(text_rows) * 4
        and widths[len(widths) // 2] * 10 >= (gutter - 2) * 7
        and _flows_on_its_own(block, gutter)
    )


def _flows_on_its_own(block: list[str], gutter: int) -> bool:
    """Whether each column is running text whose paragraphs do not keep step with the other's:
    in each, sentences go on from line to line (a line opening in lower case under another), and
    not every paragraph of one opens on the row where one of the other opens, as a table's cells
    do ('MYTH … REALITY' rows, a chronology, labels and values)."""
    columns = [[line[:gutter].strip() for line in block], [line[gutter:].strip() for line in block]]
    for column in columns:
        going_on = sum(
            1 for above, line in zip(column, column[1:], strict=False) if above and line[:1].islower()
        )
        if going_on < 2:
            return False
    starts = [
        {index for index, part in enumerate(column) if part and (index == 0 or not column[index - 1])}
        for column in columns
    ]
    fewer = min(len(starts[0]), len(starts[1]))
    return fewer < 2 or len(starts[0] & starts[1]) * 5 < fewer * 4


def _one_after_the_other(block: list[str], gutter: int) -> list[str]:
    lefts = [line[:gutter].rstrip() for line in block]
    rights = [line[gutter:].rstrip() if len(line) > gutter else "" for line in block]
    left, right = _one_blank(_paragraphs(lefts)), _one_blank(_paragraphs(rights))
    if left and right and not _SENTENCE_END.search(left[-1]) and right[0][:1].strip():
        return [*left[:-1], left[-1] + " " + right[0], *right[1:]]  # a sentence the column break cut
    return [*left, "", *right]


def _one_blank(lines: list[str]) -> list[str]:
    """Runs of blank lines made one; none at the end (a column shorter than the other leaves a
    blank on every line it lacks)."""
    kept = [line for index, line in enumerate(lines) if line.strip() or (index and lines[index - 1].strip())]
    while kept and not kept[-1].strip():
        kept.pop()
    return kept


def _paragraphs(column: list[str]) -> list[str]:
    """A column's lines with the lines of each paragraph joined where the column's width broke
    them: the next line's first word would not have fitted on the line."""
    width = max((len(line) for line in column), default=0)
    joined: list[str] = []
    for line in column:
        previous = joined[-1] if joined else ""
        first_word = line.split()[0] if line.strip() else ""
        broken = (
            first_word
            and previous.strip()
            and not line[:1].isspace()
            and not _BOX.search(line)
            and not _BOX.search(_last_line(previous))
            and len(_last_line(previous)) + 1 + len(first_word) > width
        )
        if not broken:
            joined.append(line)
        elif _HYPHEN_BREAK.search(previous) and first_word[:1].islower():
            joined[-1] = previous + "\n" + line
        else:
            joined[-1] = previous + " " + line
    return joined


def _last_line(text: str) -> str:
    return text[text.rfind("\n") + 1 :]
