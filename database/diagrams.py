"""Relationship diagrams written as code, as analysts keep them in wikis and notes: a Mermaid
flowchart ('KAZ[Kazakhstan] -- "founding member 2001" --> SCO', 'AFG -. "observer 2012" .-> SCO',
'KGZ -->|joined 2019| NCG') or a Graphviz graph ('kaz [label="Kazakhstan"]', 'kaz -> sco
[label="observer since 2012"]'). What an edge says, and nothing more:

- an edge from a country to an organization or programme whose label states a membership status
  ('member', 'founding member', 'observer', 'joined', 'rejoined', 'applied', 'withdrew', 'left',
  'suspended'), each with the date the label gives it, is that membership;
- an edge without such a label says nothing (what a solid or a dashed arrow means is the
  legend's), nor does a line the diagram comments out ('%%' in Mermaid, '//' or '#' in DOT).
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
_DIAGRAM_HINT = re.compile(
    r"(?m)^\s*(?:graph|flowchart)\s+(?:TD|TB|BT|RL|LR)\b|^\s*(?:strict\s+)?(?:di)?graph\b[^\n]*\{"
)
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
    if "->" not in text or not _DIAGRAM_HINT.search(text):
        return []
    by_start = {match.start: match for match in matches}
    nodes = dict(_nodes(text, by_start))
    facts: list[RelationFact] = []
    for start, end, source, target, label in _edges(text):
        country, body = nodes.get(source), nodes.get(target)
        if country is None or body is None or label is None:
            continue
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


def _lines(text: str) -> Iterator[tuple[int, str]]:
    offset = 0
    for line in text.split("\n"):
        if not _COMMENT.match(line):
            yield offset, line
        offset += len(line) + 1


def _nodes(text: str, by_start: dict[int, Match]) -> Iterator[tuple[str, int]]:
    """Each node id and the entity its label names whole ('KAZ[Kazakhstan]')."""
    for offset, line in _lines(text):
        for pattern in (_MERMAID_NODE, _DOT_NODE):
            for found in pattern.finditer(line):
                label = found.group("label")
                start = offset + found.start("label") + len(label) - len(label.lstrip())
                end = offset + found.start("label") + len(label.rstrip())
                match = by_start.get(start)
                if match is not None and match.end == end:
                    yield found.group("id"), match.entity
        for found in re.finditer(_NODE_ID, line):
            match = by_start.get(offset + found.start())
            if match is not None and match.end == offset + found.end():
                yield found.group(), match.entity  # a node whose id is a name: 'SCO'


def _edges(text: str) -> Iterator[tuple[int, int, str, str, str | None]]:
    """(start, end, source id, target id, label) of every edge line."""
    for offset, line in _lines(text):
        for pattern in (_MERMAID_EDGE, _DOT_EDGE):
            found = pattern.search(line)
            if found is not None:
                groups = found.groupdict()
                label = groups.get("label") or groups.get("dashed") or groups.get("piped")
                start = offset + len(line) - len(line.lstrip())
                yield start, offset + len(line.rstrip()), found.group("source"), found.group("target"), label
                break


def _statuses(label: str) -> Iterator[tuple[str, str | None]]:
    """Each status a label states, with the date written after it and before the next status."""
    found = list(_STATUS.finditer(label))
    for index, status in enumerate(found):
        rest = label[status.end() : found[index + 1].start() if index + 1 < len(found) else len(label)]
        dates = find_dates(rest)
        name = " ".join(status.group("status").lower().split())
        yield _STATUS_NAMES.get(name, name), dates[0].date.iso if dates else None
