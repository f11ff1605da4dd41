"""Stretches of a sentence that assert nothing, whatever verbs they hold.

A clause the sentence denies ('It is not true that Turkmenistan joined the SCO'), supposes
('Suppose Kazakhstan left the CSTO in 2025', 'In the war-game scenario, …'), labels as false
('Myth: …', 'Fake news: …') or makes a condition ('If Uzbekistan joins the EAEU, …', 'When
Kyrgyzstan joins the Union, …') states no membership, signature or office: the readers see it
blanked, as they see a tracked deletion.
"""

from __future__ import annotations

import re

# A frame that opens the sentence and covers it to its end (or to a semicolon).
_DENIED_OR_SUPPOSED = re.compile(
    r"^\W*(?:"
    r"It\s+(?:is|was)\s+(?:not\s+(?:true|correct|accurate|right|the\s+case)|untrue|false|incorrect|wrong|a\s+myth)"
    r"\s+(?:to\s+(?:say|claim|suggest|think)\s+)?that\b"
    r"|It\s+would\s+be\s+(?:wrong|incorrect|false|misleading|a\s+mistake)\s+to\s+(?:say|claim|suggest|think)\s+that\b"
    r"|There\s+(?:is|was)\s+no\s+(?:evidence|record|proof|indication|truth\s+in\s+(?:the\s+)?(?:claims?|reports?))"
    r"\s+that\b"
    r"|(?:There\s+is|There['’]s)\s+(?:little|no|some|a\s+(?:slim|small|good|real|strong))\s+(?:chance|likelihood|"
    r"possibility|prospect)\s+that\b"
    r"|It\s+is\s+(?:(?:not\s+)?(?:un)?likely|possible|conceivable|doubtful|unclear|uncertain)\s+(?:that|whether|if)\b"
    r"|(?:Suppose|Supposing|Imagine|Assume|Assuming)\b"
    r"|Let(?:\s+us|['’]s)\s+(?:assume|suppose|imagine|say)\b"
    r"|Hypothetically\b"
    r"|(?:In\s+(?:the|this|a|one|our)\s+)?(?:[\w-]+\s+){0,2}scenario\b"
    r"|Scenario\s+\w{1,3}\s*[:.—–-]"
    r"|(?:Myth|False|Fake(?:\s+news)?|Debunked|Not\s+true|Satire|Parody|April\s+Fool(?:['’]s)?|Fiction|Hoax|"
    r"Disinformation(?:\s+alert)?|Rumou?r|Claim)\s*[:—–]"
    r"|(?:Wrong|Incorrect|False)\s+(?:answer|claim|statement|version)\s*[:—–]"
    r"|(?:[\w'’-]+\s+){0,3}\((?:graded\s+|marked\s+|rated\s+)?(?:wrong|incorrect|false|untrue)\)\s*[:—–]"
    r")",
    re.IGNORECASE,
)
# A condition, or a time clause about what has not happened yet ('When Kyrgyzstan joins …'):
# from its opening word to the comma that ends it, or to the end of the sentence.
_CONDITION = re.compile(
    r"(?:^\W*|[,;]\s*|\s)(?:(?:[Ii]f|[Uu]nless|[Ii]n\s+the\s+event\s+(?:that|of)|[Pp]rovided\s+(?:that\s+)?)\s"
    r"|(?:^\W*|[,;]\s*)(?:[Ww]hen|[Oo]nce|[Aa]s\s+soon\s+as|[Aa]fter|[Bb]efore)\s(?=[^,;.]*?\b(?:joins|signs|"
    r"becomes|accedes|ratifies|leaves|withdraws|rejoins|is\s+admitted)\b))"
)
# A verdict after a claim ('Tajikistan joined the CSTO in 1992 — wrong; …'): the claim, from its
# clause's start, states nothing.
_VERDICT_AFTER = re.compile(
    r"\s*(?:[—–]|--?|\()\s*(?:wrong|false|incorrect|untrue|not\s+true)\b\)?(?=\s*(?:[;.!,)]|$))",
    re.IGNORECASE,
)
# What a text imagines or pretends, to the end of the sentence ('The novel imagines that …').
_IMAGINED = re.compile(
    r"\b(?:imagines?|imagined|envisages?|envisaged|fantasi[sz]es|fantasi[sz]ed|pretends?|pretended)\s+that\b"
)


def unasserted_spans(sentence: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The stretches of `sentence` (offsets into it) that assert nothing: first what is denied,
    supposed or imagined (a sentence up to a semicolon), to be blanked; then each condition after
    its opening word up to the comma that closes it, whose names are to name nothing (its words
    stay for the readers that weigh them: 'will join … only if …', '…, if one believes Kyiv')."""
    denied: list[tuple[int, int]] = []
    framed = _DENIED_OR_SUPPOSED.match(sentence)
    if framed:
        denied.append((0, _end_at(sentence, framed.end(), ";")))
    for verdict in _VERDICT_AFTER.finditer(sentence):
        opening = max(sentence.rfind(mark, 0, verdict.start()) for mark in ";:")
        denied.append((opening + 1, verdict.end()))
    imagined = _IMAGINED.search(sentence)
    if imagined:
        denied.append((imagined.start(), len(sentence)))
    conditions = [
        (found.end(), _end_at(sentence, found.end(), ",;")) for found in _CONDITION.finditer(sentence)
    ]
    return denied, conditions


def _end_at(sentence: str, start: int, marks: str) -> int:
    """Where the first of `marks` after `start` stands, else the sentence's end."""
    found = [at for at in (sentence.find(mark, start) for mark in marks) if at != -1]
    return min(found, default=len(sentence))
