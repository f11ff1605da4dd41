"""Clause boundaries of a sentence, read on the sentence with its names masked: where a clause
ends (';', ', but'), where a relative, subordinate, coordinated or infinitive clause begins.

Patterns see a mention as a run of one mark character, so 'A and B' reads as a list of names
and ', and Russia applied' as a new clause with its own subject.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from database.dates import MONTH_PATTERN

MASK = "\u2588"  # A mention's characters in the masked sentence: offsets stay, names become one token.
STRONG_BREAK = re.compile(r";|\s[–—]\s|\s--\s|,\s*(?:but|while|whereas|although|though|yet)\b|\s+but\s+")
RELATIVE = re.compile(r",\s+(?:(?:the\s+\w+\s+)?of\s+which|which|who|whose|whom|where)\b")
SUBORDINATE = re.compile(
    r",?\s+(?:when|once|because|that|after|as\s+soon\s+as)\s+(?=(?:the|it|its|they|their|he|she|his|her|this|these|"
    rf"a|an|{MASK})\b|{MASK})"
)
INFINITIVE = re.compile(
    r"\s+to\s+(?=(?:end|join|sign|close|open|leave|withdraw|complete|become|host|establish|create|start|begin|"
    r"hold|extend|renew|ratify|deploy|build|launch|hand|return|accede|apply|send|visit|meet|reopen|rejoin|"
    r"terminate|cancel)\b)"
)
PAST_VERB = (
    r"(?:[a-z]+ed|let|left|became|began|took|made|gave|held|met|sent|won|lost|set|put|came|went|saw|kept|"
    r"hosted|signed|joined|rejoined|withdrew|broke|chose|drew|fell|rose|sold|spent|stood|told|wrote)"
)
COORDINATE = re.compile(
    r",?\s+and\s+(?=(?:has|have|had|was|were|is|are|will|would|did|does|also|then|later|subsequently|thereafter|"
    rf"starting)\b|(?:in|on|from|since|by)\s+(?:\d|early\b|late\b|mid|{MONTH_PATTERN})|{PAST_VERB}\b)"
    rf"|,\s+and\s+(?!(?:the\s+)?{MASK})"
    rf"|,\s+and\s+(?=(?:the\s+)?{MASK}+\s+(?:has|have|had|was|were|is|are|will|did|also|then|later|{PAST_VERB})\b)"
)
COMMA_VERB = re.compile(rf",\s+(?={PAST_VERB}\s)")  # 'admitted in 2005, applied in 2008'


@dataclass(frozen=True)
class Boundary:
    """Where a clause begins inside a sentence, and how it hangs on the one before."""

    start: int
    end: int
    kind: str  # 'coordinate', 'verb' (', applied …'), 'subordinate', 'relative', 'infinitive'


def clause_boundaries(text: str) -> list[Boundary]:
    """Every clause boundary of a masked sentence, left to right (';' and ', but' excepted:
    those end a clause outright, see STRONG_BREAK)."""
    found = [
        Boundary(match.start(), match.end(), kind)
        for kind, pattern in (
            ("coordinate", COORDINATE),
            ("verb", COMMA_VERB),
            ("subordinate", SUBORDINATE),
            ("relative", RELATIVE),
            ("infinitive", INFINITIVE),
        )
        for match in pattern.finditer(text)
    ]
    return sorted(found, key=lambda boundary: boundary.start)


def relative_end(text: str, start: int, limit: int) -> int:
    """A non-restrictive relative clause runs to the comma after which the sentence goes on
    (not to a comma inside a list of names)."""
    for comma in re.finditer(r",", text[start:limit]):
        position = start + comma.start()
        if position <= start + 1:
            continue
        rest = text[position + 1 : position + 12]
        if not re.match(rf"\s*(?:and\s+)?(?:the\s+)?{MASK}", rest):
            return position
    return limit


def masked(text: str, mentions: Sequence[tuple[int, int]]) -> str:
    """The sentence with every mention's characters replaced by one mark, so patterns see a
    name as a token while offsets stay those of the sentence."""
    pieces, cursor = [], 0
    for start, end in mentions:
        if start < cursor:
            continue
        pieces.append(text[cursor:start])
        pieces.append(MASK * (end - start))
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)
