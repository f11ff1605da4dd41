"""A directory laid out by indentation: units under units, staff under their unit.

Staff and telephone directories, organigrams typed as indented text and lists of offices write
no sentences: 'Threat Assessment Unit' indented under 'Department of Analysis', and under the unit
'Oleg Bystrov — Head of Unit — 210 — 610'. What the layout says, and nothing more:

- a line that is one body's name (a unit word such as 'Unit', 'Department', 'Office' heads it),
  indented under another such line, is part of that body;
- a row 'Name — Title — …' indented under such a line holds that title in that body; a title that
  heads a whole organization ('Secretary General') is held in the organization the document's
  title names, and is left out when the title names none or several;
- any other line indented no deeper than a unit ends that unit ('Field Offices').
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from database.facts import CONFIDENCE, RelationFact, Span
from database.matcher import Match

# The words that make a line a body of an organization, not the organization or a place.
_UNIT_WORD = re.compile(
    r"\b(?:Unit|Department|Division|Section|Directorate|Office|Branch|Bureau|Service|Secretariat|"
    r"Cell|Desk|Team|Centre|Center|Committee|Commission|Council)\b"
)
# What may follow the name on a unit's line: a note in brackets, or a dash and a seat or note.
_UNIT_LINE_REST = re.compile(r"\s*(?:\([^()]*\)|[—–]\s.*)?\s*$")
# A staff row: a rank or honorific, the name, a dash, the title, then other fields or nothing.
_RANK = r"(?:(?:Col|Lt|Gen|Maj|Capt|Dr|Prof|Mr|Mrs|Ms|Amb|H\.E)\.?\s+)*"
_ROW_TITLE = re.compile(r"\s+[—–]\s+(?P<title>[A-Z][^—–\n]*?)\s*(?:[—–]\s|$)")
_ROLE_WORD = re.compile(
    r"\b(?:Director|Head|Chief|Officer|Analyst|Secretary|Assistant|Adviser|Advisor|Coordinator|Manager|"
    r"Chair|Chairman|Chairperson|Representative|Counsellor|Attaché|Specialist|Expert|Commander|"
    r"Deputy|Spokesperson|Clerk|Registrar|Treasurer|Auditor|Interpreter|Translator|Consultant)\b"
)
# Titles that head a whole organization, not the unit they sit in.
_TOP_TITLE = re.compile(
    r"^(?:(?:Deputy|Assistant|Under)[- ])?(?:Secretary[- ]General|Director[- ]General|Executive\s+Secretary|"
    r"Secretary\s+of\s+the\s+Organi[sz]ation|President|Chair(?:man|person)?)\b"
)
_BRACKETED = re.compile(r"\s*\([^()]*\)")
_ACTING = re.compile(r",?\s*\bacting\b", re.IGNORECASE)
# A rank or honorific before a name in a staff row.
_LEADING_RANK = re.compile(_RANK)
_BODY_KINDS = ("organization", "programme")


# A unit's name on a line of its own: capitalised words (and 'of', 'the', 'and', 'for', 'on', 'in'),
# then nothing, a note in brackets or a dash and a seat ('Field Office Termez — Termez, Uzbekistan').
_NAME_WORD = r"(?:[A-Z][\w’'-]*|of|the|and|for|on|in)"
_UNIT_LINE = re.compile(rf"(?P<name>[A-Z][\w’'-]*(?: {_NAME_WORD}){{1,7}})(?:\s+\([^()]*\)|\s+[—–]\s.*)?")
_TRAILING_FUNCTION_WORDS = re.compile(r"(?: (?:of|the|and|for|on|in))+$")


def unit_names(text: str) -> Iterable[str]:
    """Names of bodies a directory sets out as lines of their own, each over a more indented line
    (its staff or its own units): 'Threat Assessment Unit', 'Office of the Secretary General'."""
    lines = [line for line in _lines(text) if text[line.content_start] != "("]  # notes in brackets aside
    for line, following in zip(lines, lines[1:], strict=False):
        if following.indent <= line.indent:
            continue
        found = _UNIT_LINE.fullmatch(text, line.content_start, line.end)
        if found is None or found.group("name").isupper():
            continue
        name = found.group("name")
        if _TRAILING_FUNCTION_WORDS.search(name) is None and _UNIT_WORD.search(name):
            yield name


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    indent: int
    content_start: int


def _lines(text: str) -> list[_Line]:
    lines = []
    start = 0
    for raw in text.split("\n"):
        stripped = raw.lstrip(" \t")
        if stripped.strip():
            indent = len(raw[: len(raw) - len(stripped)].expandtabs(4))
            lines.append(_Line(start, start + len(raw.rstrip()), indent, start + len(raw) - len(stripped)))
        start += len(raw) + 1
    return lines


def outline_facts(
    text: str,
    matches: Sequence[Match],
    kind_of: Callable[[int], str],
    section_at: Callable[[int], int],
    title_organization: int | None,
) -> list[RelationFact]:
    """The bodies and posts an indented directory states (see the module's docstring)."""
    by_start = {match.start: match for match in matches}
    # The lines the current line sits under: (indent, body), None for a line naming no known body.
    units: list[tuple[int, int | None]] = []
    facts: list[RelationFact] = []
    for line in _lines(text):
        content = text[line.content_start : line.end]
        if content.startswith("("):
            continue  # '(renamed on 1 June 2026 …)': a note on the line above, inside no unit
        while units and units[-1][0] >= line.indent:
            units.pop()
        unit = _unit_named(content, by_start.get(line.content_start), kind_of)
        span = Span(section_at(line.start), line.content_start, line.end, content)
        if unit is not None:
            if units and units[-1][1] is not None and units[-1][1] != unit:
                facts.append(_fact(unit, "part_of", units[-1][1], span))
            units.append((line.indent, unit))
            continue
        post = _post(content, line.content_start, by_start, kind_of) if units else None
        if post is None:
            units.append((line.indent, None))
            continue
        person, role, top = post
        holder = units[-1][1] if not top else title_organization if any(body for _, body in units) else None
        if holder is not None:
            facts.append(_fact(person, "holds_office", holder, span, role=role))
    return facts


def _unit_named(content: str, match: Match | None, kind_of: Callable[[int], str]) -> int | None:
    """The body a line names when the line is that name alone (a note or a seat may follow)."""
    if match is None or kind_of(match.entity) not in _BODY_KINDS or not _UNIT_WORD.search(match.surface):
        return None
    rest = content[match.end - match.start :]
    return match.entity if _UNIT_LINE_REST.match(rest) else None


def _post(
    content: str, content_start: int, by_start: dict[int, Match], kind_of: Callable[[int], str]
) -> tuple[int, str, bool] | None:
    """'Oleg Bystrov — Head of Unit — 210 — 610': the person, the title (marked acting when the row
    says so) and whether the title heads a whole organization."""
    rank = _LEADING_RANK.match(content)
    person = by_start.get(content_start + rank.end()) if rank else None
    if person is None or kind_of(person.entity) != "person":
        return None
    row = _ROW_TITLE.match(content, person.end - content_start)
    if row is None:
        return None
    title = _BRACKETED.sub("", row.group("title"))
    role = _ACTING.sub("", title).strip(" ,")
    if not _ROLE_WORD.search(role) or len(role) > 60:
        return None
    acting = _ACTING.search(title) is not None
    return person.entity, f"acting {role}" if acting else role, _TOP_TITLE.match(role) is not None


def _fact(subject: int, predicate: str, obj: int, span: Span, role: str | None = None) -> RelationFact:
    return RelationFact(
        subject, predicate, obj, span, role=role, method="heading", confidence=CONFIDENCE["heading"]
    )
