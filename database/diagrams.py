"""Relationship diagrams written as code, as analysts keep them in wikis and notes: a Mermaid
flowchart ('KAZ[Kazakhstan] -- "founding member 2001" --> SCO', 'AFG -. "observer 2012" .-> SCO',
'KGZ -->|joined 2019| NCG') or a Graphviz graph ('kaz [label="Kazakhstan"]', 'kaz -> sco
[label="observer since 2012"]'). What an edge says, and nothing more:

- an edge from a country to an organization or programme whose label is nothing but membership
  statuses ('member', 'founding member', 'observer', 'joined', 'rejoined', 'applied', 'withdrew',
  'left', 'suspended') and their dates is that membership, each status with its own date; a label
  with any other word ('not a member', 'never joined', 'left?', 'member until 2018', 'joined
  talks') states nothing;
- a node is the one its own diagram defines: ids start afresh with every diagram;
- an edge without a label says nothing (what a solid or a dashed arrow means is the legend's), nor
  does a line the diagram comments out ('%%' in Mermaid, '//' or '#' in DOT), nor a diagram its
  title or the lines before it call hypothetical or outdated ('scenario', 'proposed', 'draft',
  'superseded').
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from database.dates import find_dates
from database.facts import CONFIDENCE, RelationFact, Span
from database.matcher import Match

_NODE_ID = r"[A-Za-z_][\w-]*"
# 'KAZ[Kazakhstan]', 'SCO(Shanghai Cooperation Organisation)', 'NCG{{Nuratau Group}}', 'X["…"]'.
_MERMAID_NODE = re.compile(
    rf"(?P<id>{_NODE_ID})\s*(?:\[\[?|\(\(?|\{{\{{?|>)\s*\"?(?P<label>[^\[\](){{}}\"\n|]{{1,120}}?)\"?\s*(?:\]\]?|\)\)?|\}}\}}?)"
)
_DOT_NODE = re.compile(rf"^\s*\"?(?P<id>{_NODE_ID})\"?\s*\[[^\]\n]*?\blabel\s*=\s*\"(?P<label>[^\"\n]+)\"")
_NODE_REF = rf"(?P<SIDE>{_NODE_ID})(?:\s*(?:\[\[?|\(\(?|\{{\{{?|>)[^\]\)\}}\n]*(?:\]\]?|\)\)?|\}}\}}?))?"
_MERMAID_EDGE = re.compile(
    _NODE_REF.replace("SIDE", "source")
    + r"\s*(?:--\s*\"?(?P<label>[^\"\n>|]{1,80}?)\"?\s*-->|-\.\s*\"?(?P<dashed>[^\"\n>|]{1,80}?)\"?\s*\.->|"
    r"(?:-->|-\.->|==>)\s*\|(?P<piped>[^|\n]{1,80})\||-->|-\.->|==>)\s*" + _NODE_REF.replace("SIDE", "target")
)
_DOT_EDGE = re.compile(
    rf"\"?(?P<source>{_NODE_ID})\"?\s*->\s*\"?(?P<target>{_NODE_ID})\"?"
    r"(?:\s*\[[^\]\n]*?\blabel\s*=\s*\"(?P<label>[^\"\n]+)\")?"
)
_COMMENT = re.compile(r"^\s*(?:%%|//|#)")
# The line a diagram opens with ('graph LR', 'digraph memberships {'): its ids are its own.
_DIAGRAM_START = re.compile(
    r"(?m)^[ \t]*(?:(?:graph|flowchart)\s+(?:TD|TB|BT|RL|LR)\b|(?:strict\s+)?(?:di)?graph\b[^\n]*\{)"
)
# A diagram of what might be, not of what is.
_NOT_AS_IS = re.compile(
    r"\b(?:hypothetical|scenarios?|proposed|projected|planned|draft|what[\s-]if|illustrative|fictional|"
    r"example|imagined|possible|future|outdated|out\s+of\s+date|superseded|obsolete|no\s+longer)\b",
    re.IGNORECASE,
)
_BEFORE_DIAGRAM = 300
# What may stand in a label besides statuses and their dates.
_LABEL_FILLER = re.compile(r"(?i:since|from|in|on|as|and|full)\b|[\s,;()/.&+-]")
# A status and what follows it up to the next status: 'observer 2012, suspended 2021'.
_STATUS = re.compile(
    r"\b(?P<status>founding\s+member|member|observer|joined|rejoined|applied|withdrew|left|suspended)\b",
    re.IGNORECASE,
)
_STATUS_NAMES = {"left": "withdrew"}


def diagram_facts(
    text: str,
    matches: Sequence[Match],
    kind_of: Callable[[int], str],
    section_at: Callable[[int], int],
) -> list[RelationFact]:
    """The memberships the labelled edges of a diagram written as code state (see the module)."""
    if "->" not in text or not _DIAGRAM_START.search(text):
        return []
    by_start = {match.start: match for match in matches}
    facts: list[RelationFact] = []
    for start, end, country, body, label in _edges(text, by_start):
        if kind_of(country) != "country" or kind_of(body) not in ("organization", "programme"):
            continue
        span = Span(section_at(start), start, end, text[start:end])
        for status, date in _statuses(label):
            facts.append(
                RelationFact(
                    country,
                    "member_of",
                    body,
                    span,
                    date=date,
                    status=status,
                    method="heading",
                    confidence=CONFIDENCE["heading"],
                )
            )
    return facts


def _diagrams(text: str) -> Iterator[list[tuple[int, str]]]:
    """The lines of each diagram that states what is, comments left out: from a diagram's first
    line to the next diagram's."""
    lines: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        if _DIAGRAM_START.match(line):
            if lines:
                yield lines
            as_is = not _NOT_AS_IS.search(text, max(0, offset - _BEFORE_DIAGRAM), offset + len(line))
            lines = [] if as_is else [(-1, "")]
        if lines != [(-1, "")] and not _COMMENT.match(line):
            lines.append((offset, line))
        offset += len(line) + 1
    if lines:
        yield lines


def _nodes(lines: list[tuple[int, str]], by_start: dict[int, Match]) -> dict[str, int]:
    """Each node id of one diagram and the entity its label names whole ('KAZ[Kazakhstan]'), or
    its id itself ('SCO')."""
    nodes: dict[str, int] = {}
    for offset, line in lines:
        for found in re.finditer(_NODE_ID, line):
            match = by_start.get(offset + found.start())
            if match is not None and match.end == offset + found.end():
                nodes.setdefault(found.group(), match.entity)
        for pattern in (_MERMAID_NODE, _DOT_NODE):
            for found in pattern.finditer(line):
                label = found.group("label")
                start = offset + found.start("label") + len(label) - len(label.lstrip())
                end = offset + found.start("label") + len(label.rstrip())
                match = by_start.get(start)
                if match is not None and match.end == end:
                    nodes[found.group("id")] = match.entity
    return nodes


def _edges(text: str, by_start: dict[int, Match]) -> Iterator[tuple[int, int, int, int, str]]:
    """(start, end, source entity, target entity, label) of every labelled edge between named
    nodes, each diagram's ids its own."""
    for lines in _diagrams(text):
        nodes = _nodes(lines, by_start)
        for offset, line in lines:
            for pattern in (_MERMAID_EDGE, _DOT_EDGE):
                found = pattern.search(line)
                if found is None:
                    continue
                groups = found.groupdict()
                label = groups.get("label") or groups.get("dashed") or groups.get("piped")
                source, target = nodes.get(found.group("source")), nodes.get(found.group("target"))
                if label is not None and source is not None and target is not None:
                    start = offset + len(line) - len(line.lstrip())
                    yield start, offset + len(line.rstrip()), source, target, label
                break


def _statuses(label: str) -> Iterator[tuple[str, str | None]]:
    """Each status a label states, with the date written after it and before the next status;
    none when the label says anything else."""
    found = list(_STATUS.finditer(label))
    rest = _STATUS.sub(" ", label)
    for date in find_dates(rest):
        rest = rest[: date.start] + " " * (date.end - date.start) + rest[date.end :]
    if not found or _LABEL_FILLER.sub("", rest):
        return
    for index, status in enumerate(found):
        rest = label[status.end() : found[index + 1].start() if index + 1 < len(found) else len(label)]
        dates = find_dates(rest)
        name = " ".join(status.group("status").lower().split())
        yield _STATUS_NAMES.get(name, name), dates[0].date.iso if dates else None
