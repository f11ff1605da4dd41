"""Text written all in capitals: teletype wires, telegrams, old cables and signals.

There capitals mark neither headings nor names nor sentence starts, and 'STOP' ends a sentence.
Such a text is read through a view in small letters, of the same length so that every offset
still points into the text as written, in which the names the reader already knows keep their
capitals and 'STOP' reads as a full stop. A fact read from the view cites the text as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Below this many cased letters a text is too short to say how it is written (a title, a table).
_MIN_LETTERS = 200
_CAPITAL_SHARE = 0.9
# Every byte but the ASCII capitals, and but the small letters: deleting them counts the others
# at C speed (a regex's list of matches cost 3 s per 60 MB, and the build asks three times).
_NOT_UPPER = bytes(byte for byte in range(256) if not 65 <= byte <= 90)
_NOT_LOWER = bytes(byte for byte in range(256) if not 97 <= byte <= 122)
# 'SIGNED HERE TODAY STOP TURKMENISTAN …', '… STOP' at a line's end; not 'STOP-GAP', 'STOPPED'.
_STOP = re.compile(r"(?<=\S)[ \t]+stop\b(?![-’'])")


def in_capitals(text: str) -> bool:
    """Whether `text` is written in capitals throughout (nine letters in ten or more)."""
    ascii_text = text.encode("ascii", "ignore")
    upper = len(ascii_text.translate(None, _NOT_UPPER))
    if upper < _MIN_LETTERS * _CAPITAL_SHARE:
        return False
    lower = len(ascii_text.translate(None, _NOT_LOWER))
    return upper + lower >= _MIN_LETTERS and upper >= _CAPITAL_SHARE * (upper + lower)


def lowered(text: str, kept: Iterable[tuple[int, int]] = (), commas: Iterable[int] = ()) -> str:
    """`text` in small letters but for the `kept` spans (known names, as written), with each
    'STOP' read as a full stop and a comma at each of `commas` (the space between two names of
    a list a telegram writes without them); the same length, line for line."""
    pieces: list[str] = []
    done = 0
    for start, end in sorted(kept):
        if start < done:
            continue
        pieces += [_small(text[done:start]), text[start:end]]
        done = end
    pieces.append(_small(text[done:]))
    view = "".join(pieces)
    for offset in commas:
        view = view[:offset] + "," + view[offset + 1 :]
    return _STOP.sub(_full_stop, view)


# Fills the room 'STOP' took without a run of spaces, which would read as a table's column gap.
_NO_WIDTH = "\u200b"


def _full_stop(found: re.Match[str]) -> str:
    """' STOP' as a full stop where the word was: 'HERE TODAY STOP' reads 'here today.'."""
    return _NO_WIDTH * (len(found.group()) - 1) + "."


def _small(text: str) -> str:
    """`text` in small letters, letter for letter (a letter whose small form is longer stays)."""
    small = text.lower()
    if len(small) == len(text):
        return small
    return "".join(letter if len(letter.lower()) != 1 else letter.lower() for letter in text)
