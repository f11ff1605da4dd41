"""From a parsed document and the entity list: mentions, dated events, typed relations.

Everything works sentence by sentence on the mentions the matcher found, so each event and
relation carries the sentence (and offsets) it came from.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from database.capitals import in_capitals, lowered
from database.corpus import RULE_LINE, Document, Milestone, Section, is_prose_line
from database.dates import (
    MONTH_PATTERN,
    YEAR_PATTERN,
    PartialDate,
    find_dates,
    is_cited_work,
    is_life_date,
    month_number,
    valid_day,
)
from database.diagrams import diagram_facts
from database.event_dates import PLAN_CUE
from database.events import sentence_events
from database.facts import (
    CONFIDENCE,
    UNCERTAIN_BELOW,
    Definition,
    DocumentFacts,
    Event,
    Mention,
    RelationFact,
    Span,
)
from database.gazetteer import HOME_REGION, MEDIA, OTHER_REGION, EntitySpec
from database.groups import mentions_a_group
from database.markup import unlinked
from database.matcher import AliasMatcher, Match, sentence_spans
from database.offices import dated_by_next_sentence, without_undated_repeats
from database.outline import outline_facts
from database.places import City, city_key, seat_in_name, world_cities
from database.records import record_facts
from database.relations import (
    CAREER_ROW_LINE,
    OPERATIVE_CLAUSE,
    Context,
    blank_revisions,
    note_career_end,
    note_list_label,
    note_record_boundary,
    note_rows_title,
    note_status_header,
    note_table_header,
    paragraph_organization,
    read_relations,
    reports_hearsay,
    revision_marks,
    status_legend,
    struck_spans,
    suspended_by_next_sentence,
)
from database.wrapping import as_fields

MAX_EVENT_CHARS = 600
MIN_EVENT_WORDS = 4
MAX_SENTENCE_CHARS = 3000  # Longer "sentences" are unpunctuated dumps: mentions only, no facts.

_LEADING_MONTH = re.compile(
    rf"^(?:{YEAR_PATTERN}\s*(?:[–—:]|-{{1,2}})\s*)?(?:(?:In|On|By|From|Until|Since)\s+)?(?:early\s+|late\s+|mid-)?"
    rf"(?:(?P<day>\d{{1,2}})(?:\s*[–-]\s*\d{{1,2}})?\s+)?(?P<month>{MONTH_PATTERN})(?:\s+(?P<day2>\d{{1,2}})\b)?(?!\s*\d{{4}})\s*[:,–—-]?"
)


@dataclass
class SentenceFacts:
    start: int
    end: int
    section: int
    mentions: list[Match]
    row: TimelineRow | None = None


@dataclass(frozen=True)
class TimelineRow:
    """A row of a table of dated events ('| 2006 | 23 Jun | CSTO | Uzbekistan rejoins. |'): what
    its last cell says happened on the row's date, to the one organization its subject cell names."""

    prose_start: int
    date: str
    subject: int | None


_PIPE_ROW_LINE = re.compile(r"^[ \t]*\|(?P<cells>[^\n]*)\|[ \t]*$", re.M)
_YEAR_CELL = re.compile(rf"\s*(?P<year>{YEAR_PATTERN})\s*")


def timeline_rows(
    text: str, matches: list[Match], specs: list[EntitySpec]
) -> list[tuple[int, int, TimelineRow]]:
    """(line start, line end, row) for each table row whose first cell is a year and whose last
    cell says what happened; the date adds a day or month from the cells between ('15 May',
    'Apr'), the subject is the one organization or programme of the cell before the last."""
    rows = []
    headers = list(_TABLE_HEADER.finditer(text))
    for line in _PIPE_ROW_LINE.finditer(text):
        offset = line.start("cells")
        cells = []
        for cell in line.group("cells").split("|"):
            cells.append((offset, offset + len(cell)))
            offset += len(cell) + 1
        year = _YEAR_CELL.fullmatch(text, *cells[0]) if len(cells) >= 3 else None
        event = text[slice(*cells[-1])]
        if (
            year is None
            or len(re.findall(r"\b[a-z]{2,}\b", event)) < 2
            or not _dated_by_first_column(text, line.start(), headers)
        ):
            continue  # a source or a note in the last cell, or a first column that is not the date
        date = year.group("year")
        for start, end in cells[1:-1]:
            cell = text[start:end].strip()
            dated = [found for found in find_dates(cell, int(date[:4])) if found.date.month]
            month = month_number(cell.rstrip("."))
            if dated or month:
                date = dated[0].date.iso if dated else f"{date[:4]}-{month:02d}"
                break
        subject_start, subject_end = cells[-2]
        named = {
            match.entity
            for match in matches
            if subject_start <= match.start < subject_end
            and specs[match.entity].kind in ("organization", "programme")
        }
        prose_start = cells[-1][0] + len(text[slice(*cells[-1])]) - len(text[slice(*cells[-1])].lstrip())
        rows.append(
            (
                line.start(),
                line.end(),
                TimelineRow(prose_start, date, next(iter(named)) if len(named) == 1 else None),
            )
        )
    return rows


_TABLE_HEADER = re.compile(
    r"^[ \t]*\|(?P<first>[^|\n]*)\|[^\n]*\n[ \t]*\|[ \t:|-]*-[ \t:|-]*\|?[ \t]*$", re.M
)
_DATE_HEADER = re.compile(r"\s*(?:year|date|when|period|time)s?\s*", re.IGNORECASE)


def _dated_by_first_column(text: str, row_start: int, headers: list[re.Match[str]]) -> bool:
    """Whether the table a row belongs to dates its rows by the first column: its header, if it
    has one ('| Year | Date | … |' over '|---|'), names a date there ('| Founded | …' does not).
    `headers` are the document's table headers, found once."""
    above = [header for header in headers if header.end() <= row_start]
    if not above:
        return True
    block = text[above[-1].end() : row_start]
    if re.search(r"\n[ \t]*(?!\|)[^\n]*\S", block):
        return True  # the last header belongs to another table above this one
    return _DATE_HEADER.fullmatch(above[-1].group("first")) is not None


def _in_rows(sentences: list[SentenceFacts], rows: list[tuple[int, int, TimelineRow]]) -> None:
    """A timeline row's sentences start at its last cell, the earlier cells being their setting."""
    for sentence in sentences:
        row = next((row for start, end, row in rows if start <= sentence.start < end), None)
        if row is None:
            continue
        sentence.row = row
        if sentence.start < row.prose_start:
            sentence.start = row.prose_start
            sentence.mentions = [match for match in sentence.mentions if match.start >= row.prose_start]


def build_matcher(specs: list[EntitySpec]) -> AliasMatcher:
    """Every name and alias; and the ISO code of each country in a named region, which only a
    document that writes countries as codes reads (`DocumentMatcher`)."""
    matcher = AliasMatcher()
    for index, spec in enumerate(specs):
        matcher.add(spec.name, index)
        for alias in spec.aliases:
            matcher.add(alias, index)
        if spec.kind == "country" and spec.iso_code and spec.category not in (None, OTHER_REGION):
            matcher.add(spec.iso_code, index)
    return matcher


class DocumentMatcher:
    """The alias matcher as one document reads names. A country's ISO code ("KZ", "IN", "GE")
    names it only in a document that writes countries as codes, which its text shows by naming
    two states of the home region so; elsewhere "IN", "IT" or "GE" is a word in capitals. Even
    there a code is a word among words in capitals that name nothing ("IN BRIEF", "IT IS") or
    after a number ("10 AM"); and outside the home region, whose codes are no English words, a
    code names a country only in a list of countries ("IN + PK", "AZ, GE, BY") or alone in
    brackets ("Zhang Ming (CN)"), not as "NO." or "TL;DR"."""

    def __init__(
        self, matcher: AliasMatcher, specs: list[EntitySpec], text: str, headings: list[tuple[int, int]]
    ):
        self._matcher = matcher
        self._specs = specs
        found = self._codes_as_written(text, matcher.find(text))
        home = {
            match.entity
            for match in found
            if self._is_code(match) and self._is_home(match) and not _inside(headings, match.start)
        }
        self.reads_codes = len(home) >= 2
        read = self._nearest_head_named(self._read(found))
        self.text_matches = sorted(
            [*read, *self._definite_references(text, read)], key=lambda m: (m.start, -m.end)
        )

    def _is_code(self, match: Match) -> bool:
        spec = self._specs[match.entity]
        return match.surface == spec.iso_code and match.surface not in spec.aliases

    def _is_home(self, match: Match) -> bool:
        return self._specs[match.entity].category == HOME_REGION

    def _codes_as_written(self, text: str, matches: list[Match]) -> list[Match]:
        """The matches without the codes that, where they stand, are words (see the class)."""
        named = {(match.start, match.end) for match in matches}
        countries = [match for match in matches if self._specs[match.entity].kind == "country"]
        people_ends = {match.end for match in matches if self._specs[match.entity].kind == "person"}
        kept = []
        for match in matches:
            if self._is_code(match) and (
                _AFTER_NUMBER.search(text, max(0, match.start - 12), match.start)
                or self._among_capitals(text, match, named)
                or not (self._is_home(match) or self._listed(text, match, countries))
                or self._trademark_or_band(text, match, people_ends)
            ):
                continue
            kept.append(match)
        return kept

    @staticmethod
    def _trademark_or_band(text: str, match: Match, people_ends: set[int]) -> bool:
        """'SteppeLink (TM)' is a trademark, 'AM and FM radio' a band: a code in brackets after a
        word that is no person's name, or beside a radio word."""
        bracketed = _ATTACHED_BRACKET.search(text, max(0, match.start - 40), match.start)
        if bracketed and text[match.end : match.end + 1] == ")" and bracketed.start() + 1 not in people_ends:
            return True
        return bool(
            _RADIO_AFTER.match(text, match.end)
            or _RADIO_BEFORE.search(text, max(0, match.start - 12), match.start)
        )

    @staticmethod
    def _among_capitals(text: str, match: Match, named: set[tuple[int, int]]) -> bool:
        runs = _CAPITALS_RUN.finditer(text, max(0, match.start - 200), min(len(text), match.end + 200))
        run = next((found for found in runs if found.start() <= match.start < found.end()), None)
        words = _CAPITAL_WORD.finditer(text, run.start(), run.end()) if run else ()
        return any((word.start(), word.end()) not in named for word in words)

    @staticmethod
    def _listed(text: str, match: Match, countries: list[Match]) -> bool:
        if _BRACKETED.fullmatch(text, max(0, match.start - 1), min(len(text), match.end + 1)):
            return True
        return any(
            _LIST_GAP.fullmatch(text, other.end, match.start)
            or _LIST_GAP.fullmatch(text, match.end, other.start)
            for other in countries
            if other is not match
        )

    def _nearest_head_named(self, matches: list[Match]) -> list[Match]:
        """'the Alliance' is NATO's short name, but after 'the Central Asian Cyber Security
        Alliance' it is that alliance: a body's one-word name that is a plain word ('Alliance',
        never an acronym such as 'CSTO') is the body last mentioned whose name ends in it, or that
        the word is a one-word name of."""
        last_called: dict[str, int] = {}
        read = []
        for match in matches:
            word = match.surface.lower()
            if (
                self._is_body(match.entity)
                and _PLAIN_WORD.fullmatch(match.surface)
                and word != self._specs[match.entity].name.lower()
            ):
                match = match._replace(entity=last_called.get(word, match.entity))
            spec = self._specs[match.entity]
            if self._is_body(match.entity):
                for name in (spec.name, *(alias for alias in spec.aliases if _PLAIN_WORD.fullmatch(alias))):
                    last_called[name.lower().split()[-1]] = match.entity
            read.append(match)
        return read

    def _definite_references(self, text: str, matches: list[Match]) -> list[Match]:
        """'The Observatory's director', 'has led the Centre since 2019', 'the Convention was
        signed': a capitalised head word after 'the' names the one body or treaty named before it
        in the document whose name it heads ('Aral Sea Security Observatory', 'Dushanbe Centre
        for Border Studies', 'Jizzakh Convention on …'); two such, or none, and it names nothing."""
        if not matches:
            return []
        starts = [match.start for match in matches]
        found = []
        for reference in _DEFINITE_HEAD.finditer(text):
            head_start, head_end = reference.span("head")
            head = reference.group("head")
            index = bisect.bisect_right(starts, head_start)
            if index and matches[index - 1].end > head_start:
                continue  # inside a matched name ('the Network Secretariat')
            earlier = [match for match in matches[:index] if self._is_referable(match.entity)]
            # The name as written counts as much as the entity's own: 'the Office' after 'the OSCE
            # Programme Office in Bishkek' (which the gazetteer calls a Centre) may be that one.
            heads = {
                match.entity
                for match in earlier
                if any(
                    len(name.split()) > 1 and _head_word(name) == head
                    for name in (self._specs[match.entity].name, text[match.start : match.end])
                )
            }
            if len(heads) != 1:
                continue
            entity = heads.pop()
            # Any other body the word is part of, before it or later in its sentence ('the Observatory
            # on Drug Trafficking', '… founding the North Atlantic Treaty Organization'), leaves it open,
            # but the body named after this very one ('Collective Security Treaty Organization').
            named = self._specs[entity].name
            sentence_end = min(
                end for end in (text.find(". ", head_end), text.find("\n", head_end), len(text)) if end >= 0
            )
            around = earlier + [match for match in matches[index:] if match.start < sentence_end]
            sharing = {
                match.entity
                for match in around
                if (
                    head in self._specs[match.entity].name.split()
                    or head in text[match.start : match.end].split()
                )
                and not self._specs[match.entity].name.startswith(named + " ")
            }
            if sharing != {entity}:
                continue
            last = max(match.end for match in earlier if match.entity == entity)
            if re.search(rf"\b{head.lower()}\b", text[last:head_start]) or _another_so_called(
                text, head, last, head_start, matches, starts
            ):
                continue  # 'a new border research centre' came between: 'the Centre' may be that one
            if head in _AMBIGUOUS_HEADS and ("\n\n" in text[last:head_start] or head_start - last > 400):
                continue  # 'the Union' far from the Eurasian Economic Union may be the Soviet one
            found.append(Match(entity, head_start, head_end, head))
        return found

    def _is_body(self, entity: int) -> bool:
        return self._specs[entity].kind in ("organization", "programme")

    def _is_referable(self, entity: int) -> bool:
        """What 'the Centre' or 'the Convention' can name: a body, a programme or a treaty."""
        return self._specs[entity].kind in ("organization", "programme", "treaty")

    def _read(self, matches: list[Match]) -> list[Match]:
        return matches if self.reads_codes else [match for match in matches if not self._is_code(match)]

    def find(self, words: str) -> list[Match]:
        return self._read(self._codes_as_written(words, self._matcher.find(words)))


# Between two countries of a list: 'IN + PK', 'AZ, GE', 'MN (2004), AF', 'RU and CN'.
_LIST_GAP = re.compile(r"\s*(?:\([^()\n]{0,40}\)\s*)?(?:[,&+/]|and\b|or\b)?\s*")
_BRACKETED = re.compile(r"\(\w+\)")
# A bracket right after a word ('SteppeLink (TM)'); the group's start + 1 is the word's end.
_ATTACHED_BRACKET = re.compile(r"\w( ?)\($")
_RADIO_AFTER = re.compile(r"\s*(?:and|or|/|&|,)?\s*(?:FM|radio|band)\b")
_RADIO_BEFORE = re.compile(r"\b(?:FM|radio)\s*(?:and|or|/|&|,)?\s*$")
_PLAIN_WORD = re.compile(r"[A-Z][a-z]{3,}")
_AMBIGUOUS_HEADS = frozenset(
    [
        "Union",
        "Commonwealth",
        "Organization",
        "Organisation",
        "Federation",
        "Republic",
        "Kingdom",
        "State",
        "Party",
    ]
)
# 'the Network', 'The Observatory's …': a capitalised head word after 'the', no name going on after it.
_DEFINITE_HEAD = re.compile(
    r"\b[Tt]he\s+(?P<head>[A-Z][a-z]{3,})\b(?![\s-]+[A-Z(])(?!-)(?!\s+(?:of|for|on|to)\s+(?:the\s+)?[A-Z])"
    # 'the Office in Tashkent', 'the Charter in Saint Petersburg' may name another one; 'acceded to
    # the Agreement in March 2019' names no other.
    rf"(?!\s+in\s+(?:the\s+)?(?!{MONTH_PATTERN})[A-Z])"
)
_YEAR_SPAN = re.compile(r"\b(?:1[89]|20)\d\d\s*(?:[-–—/]|to|until)\s*(?:(?:1[89]|20)?\d\d)\b")
_AFTER_NUMBER = re.compile(r"\d(?:[\d:.]*\d)? ?$")
_CAPITAL_WORD = re.compile(r"\b[A-Z]{2,}\b")
_CAPITALS_RUN = re.compile(r"\b[A-Z]{2,}(?: [A-Z]{2,})*\b")


def _milestone_lead(sentence: str, year: int) -> tuple[int, str]:
    """Where a milestone line's own date ends and what it is: '1994 – 30 January: …' (or the
    list's year alone, before the first word, for 'Kyrgyzstan joins …' under '1994')."""
    leading = _LEADING_MONTH.match(sentence)
    if leading is not None:
        return leading.end(), _milestone_date(sentence, year)
    bare = _YEAR_LEAD.match(sentence)
    if bare is not None and int(bare.group("year")) == year:
        return bare.end(), f"{year:04d}"
    return 0, f"{year:04d}"


def _with_heading(events: list[Event], date: str, subject: int | None, origin: str) -> list[Event]:
    """Milestone events keep their origin; the line dated by the milestone itself also names
    the one country or organization the section is about ('Relations with the Kyrgyz Republic')."""
    result = []
    for event in events:
        entities = event.entities
        if subject is not None and event.date == date and not event.planned:
            entities = tuple(sorted({*entities, subject}))
        result.append(Event(event.span, event.date, event.year, origin, entities, event.planned))
    return result


# An almanac's day heading, with no year: '27 May', 'November 24'.
_DAY_HEADING = re.compile(
    rf"(?:(?P<day>\d{{1,2}})\s+(?P<month>{MONTH_PATTERN})|(?P<month2>{MONTH_PATTERN})\s+(?P<day2>\d{{1,2}}))"
)


def _milestone_date(sentence: str, year: int, heading: str = "") -> str:
    """A milestone's date is its list's year, with the month (and day) its line opens with:
    'In February, …', '2006 – August: …', '1992 – 15 May: …', or the day its heading names
    ('27 May' over '1994 – Kazakhstan joined …', as an almanac's days are)."""
    leading = _LEADING_MONTH.match(sentence)
    if leading is None:
        day_heading = _DAY_HEADING.fullmatch(heading.strip())
        if day_heading:
            month = month_number(day_heading.group("month") or day_heading.group("month2"))
            day = int(day_heading.group("day") or day_heading.group("day2"))
            if month and valid_day(year, month, day):
                return f"{year:04d}-{month:02d}-{day:02d}"
        return f"{year:04d}"
    month = month_number(leading.group("month"))
    day = int(leading.group("day") or leading.group("day2") or 0)
    if month and day and valid_day(year, month, day):
        return f"{year:04d}-{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}" if month else f"{year:04d}"


# A short line that opens with a person ('Lena Morandi, Senior Fellow, Minsk Institute', 'Director:
# Ivan Petrov') is a signature, speaker or record line, and 'Name: <entity>' opens a record: each is
# read as a sentence even where the layout makes it a heading.
_PERSON_LINE_START = re.compile(r"[\s>*•·–-]*(?:[A-Z][^:\n]{0,30}?:\s*)?")


def _another_so_called(
    text: str, head: str, start: int, end: int, matches: list[Match], starts: list[int]
) -> bool:
    """Whether 'a smaller Office' comes between `start` and `end`: the head word capitalised in
    running text, not opening a sentence, not after 'the' (the same one again) and not inside a
    name found (`matches`, in order of their `starts`)."""
    for found in re.finditer(rf"\b{head}\b", text[start:end]):
        at = start + found.start()
        if re.search(r"(?:^|[.!?:]\s+|\n\s*|[Tt]he\s+[\"“]?)$", text[max(0, at - 8) : at]):
            continue
        index = bisect.bisect_right(starts, at)
        if not (index and matches[index - 1].end > at):
            return True
    return False


def _head_word(name: str) -> str:
    """The word a body's name is a kind of: 'Centre' of 'Dushanbe Centre for Border Studies',
    'Secretariat' (not 'Network') of 'Secretariat of the Network'."""
    return re.split(r" (?:of|for|on|in) ", name, maxsplit=1)[0].split()[-1]


# A heading after which rows are no longer the career of the person a record opened.
_UNDERLINE = re.compile(rf"\s*{RULE_LINE}\s*")
_NUMBERED_ENTRY = re.compile(r"\s*\d{1,3}[.)]\s+\S")
_ENDS_A_CAREER = re.compile(
    _NUMBERED_ENTRY.pattern
    + r"|\W*[A-Z][A-Z’'-]{2,},\s+[A-Z]|\W*(?i:references?|referees?|bibliography|publications?|"
    r"awards?|honou?rs|books|articles|sources|notes?\b)"
)
_KEY_VALUE_HEADING = re.compile(r"[^:\n]{1,30}:\s*\S")
_RECORD_NAME_LINE = re.compile(r"\W*Name\s*:\s*")
# "Members: A, B", "CSTO members: A, B", "Former members: C (withdrew 1999)", "Signed: <date> by A and B",
# "D: rejoined 2006, suspended 2012": a record's membership and signature lines, read as sentences too.
_RECORD_MEMBERSHIP_LINE = re.compile(
    r"\W*(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,5}\s+)?(?i:(?:(?:founding|later|new|former|planned|prospective|future|full)\s+)?(?:members?|member\s+states|"
    r"participants?|participating\s+states|observers?|applicants?)|not\s+members?|non-members?|signed)\s*:\s*\S|"
    r"\W*[A-Z][\w'’ -]{1,30}:\s*(?i:founding\s+member|joined|rejoined|suspended|withdrew|left|"
    r"observer\s+since|member\s+since|applied)\b"
)
_RECORD_FIELD_LINE = re.compile(
    r"\W*(?:(?i:Headquarters|HQ|Seat|Parent(?: body| organi[sz]ation)?)|Located in|Based in|Location|Part of|"
    r"(?:Main |Principal )?(?:[Bb]odies|[Oo]rgans))\s*:\s*"
)


def _is_person_line(text: str, inside: list[Match], is_person: Callable[[int], bool]) -> bool:
    if not inside:
        return False
    named = _RECORD_NAME_LINE.match(text)
    if named and len(inside) == 1 and inside[0].start == named.end() and not text[inside[0].end :].strip():
        return True
    field = _RECORD_FIELD_LINE.match(text)
    if field and inside[0].start == field.end():
        return True
    if not is_person(inside[0].entity):
        return False
    opening = _PERSON_LINE_START.match(text)
    lead = text[opening.end() if opening else 0 : inside[0].start]
    labelled = opening is not None and ":" in opening.group()
    return len(lead) <= 24 and (labelled or text[inside[0].end :].lstrip(" ").startswith(","))


def _sentences(
    document: Document, all_matches: list[Match], is_person: Callable[[int], bool] = lambda _entity: False
) -> list[SentenceFacts]:
    """The document cut into sentences, each with the mentions inside it; headings (other than
    a person's signature line or a record's membership line) and bare year lines are not sentences."""
    text = document.text
    heading_spans = {(s.start, s.start + len(s.heading)) for s in document.sections if s.ordinal}
    sentences: list[SentenceFacts] = []
    match_index = 0
    for section in document.sections:
        for start, end in sentence_spans(text, section.start, section.end):
            inside = []
            while match_index < len(all_matches) and all_matches[match_index].start < end:
                if all_matches[match_index].start >= start:
                    inside.append(all_matches[match_index])
                match_index += 1
            if _YEAR_ONLY.fullmatch(text[start:end]) or (
                (start, end) in heading_spans
                and not (
                    inside
                    and (
                        _RECORD_MEMBERSHIP_LINE.match(text, start, end)
                        or CAREER_ROW_LINE.match(text, start, end)
                    )
                )
                and not _is_person_line(
                    text[start:end],
                    [m._replace(start=m.start - start, end=m.end - start) for m in inside],
                    is_person,
                )
            ):
                continue
            sentences.append(SentenceFacts(start, end, section.ordinal, inside))
    return sentences


def extract_document(document: Document, specs: list[EntitySpec], matcher: AliasMatcher) -> DocumentFacts:
    """Mentions, events and relations of one document (entity numbers refer to `specs`)."""
    readable = unlinked(document.text)
    if in_capitals(readable):
        readable = _read_small(readable, specs, matcher)
    if readable == document.text:
        return _extract(document, specs, matcher)
    return _as_written(_extract(replace(document, text=readable), specs, matcher), readable, document.text)


# A line of a paragraph hard-wrapped at a fixed width is this long or longer.
_FULL_LINE = 60
_ITEM_OPENS = re.compile(r"[ \t]*(?:[-*•·◦▪>#|]|\d|\(?[a-zA-Z][.)]\s)")


def _goes_on_from(text: str, gap: str, start: int) -> bool:
    """Whether a sentence that opens a line goes on the paragraph of the full line above it
    ('… on Manas St.' over 'Tajikistan became an observer the following year.'): its year
    of narrative holds. Not after a blank line, nor on a line that opens an item."""
    if _BLANK_LINE.search(gap):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    above_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    above = text[above_start : max(above_start, line_start - 1)]
    return len(above.strip()) >= _FULL_LINE and not _ITEM_OPENS.match(text, line_start)


def _read_small(text: str, specs: list[EntitySpec], matcher: AliasMatcher) -> str:
    """A wire in capitals read in small letters (`capitals.lowered`): the names known keep their
    capitals (not a two-letter word, which in capitals may be any state's code: 'BE', 'IN'),
    and states listed without commas ('ARMENIA KAZAKHSTAN AND RUSSIA') are a list."""
    names = [match for match in matcher.find(text) if len(match.surface) > 2]
    states = [specs[match.entity].kind == "country" for match in names]
    commas = []
    for index, (first, second) in enumerate(itertools.pairwise(names)):
        gap = text[first.end : second.start]
        if not (states[index] and states[index + 1]) or gap not in (" ", "\n"):
            continue
        # Across a line break only where the list goes on after it ('RUSSIA' over 'TAJIKISTAN
        # AND UZBEKISTAN SIGNED'), not where a sentence opens ('… AND IRAN' over 'PAKISTAN BECAME').
        third = names[index + 2] if index + 2 < len(names) else None
        goes_on = (
            third is not None
            and states[index + 2]
            and text[second.end : third.start].strip().upper() in ("", "AND", ",")
        )
        if gap == " " or goes_on:
            commas.append(first.end)
    return lowered(text, [(match.start, match.end) for match in names], commas)


def _as_written(facts: DocumentFacts, readable: str, text: str) -> DocumentFacts:
    """The facts read from the text without its markup (`markup.unlinked`), each citing the
    sentence as the document writes it."""

    def written(span: Span) -> Span:
        if span.text != readable[span.start : span.end]:
            return span
        start, end = span.start, span.end
        while text.startswith("[[", start - 2):
            start -= 2  # the link the sentence opens with, whole
        closing = text.find("]]", end, end + 130)
        if text.count("[[", start, end) > text.count("]]", start, end) and closing >= 0:
            end = closing + 2  # and the one it ends with
        return replace(span, start=start, end=end, text=text[start:end])

    facts.relations = [replace(fact, span=written(fact.span)) for fact in facts.relations]
    facts.events = [replace(event, span=written(event.span)) for event in facts.events]
    facts.definitions = {
        entity: replace(found, span=written(found.span)) for entity, found in facts.definitions.items()
    }
    facts.first_comention = {pair: written(span) for pair, span in facts.first_comention.items()}
    facts.sentences = [written(span) for span in facts.sentences]
    return facts


def _extract(document: Document, specs: list[EntitySpec], matcher: AliasMatcher) -> DocumentFacts:
    facts = DocumentFacts()
    headings = document.heading_spans()
    names = DocumentMatcher(matcher, specs, document.text, headings)
    sentences = _sentences(document, names.text_matches, lambda entity: specs[entity].kind == "person")
    _in_rows(sentences, timeline_rows(document.text, names.text_matches, specs))
    facts.mentions = _document_mentions(document, specs, names, sentences, headings)
    setting = _document_setting(document, specs, names)
    facts.title_entities = frozenset(setting.title_entities)
    reader = _SentenceReader(document, specs, setting, facts, setting.context_for(None, None))
    for sentence in sentences:
        reader.read(sentence)
    facts.relations = without_undated_repeats(
        _doubted_by_denial_elsewhere(_doubted_by_retraction(facts.relations, reader.retracted))
    )
    facts.relations.extend(_seats_in_names(facts, specs, names))
    layout = (
        document.text,
        names.text_matches,
        lambda entity: specs[entity].kind,
        lambda offset: document.section_at(offset).ordinal,
    )
    facts.relations.extend(outline_facts(*layout, _title_organization(setting.title_entities, specs)))
    facts.relations.extend(diagram_facts(*layout))
    records = _not_yet_stated(record_facts(*layout), facts.relations)
    facts.relations.extend(records)
    facts.events.extend(_record_events(records, facts.events))
    regions = set(setting.regions)
    # 'the Regional Centre for Preventive Diplomacy for\nCentral Asia, based in Ashgabat': a name the
    # build cut short at its region; a region is never seated in a place.
    facts.relations = [
        fact
        for fact in facts.relations
        if not (fact.predicate == "located_in" and specs[fact.subject].name in regions)
    ]
    return facts


def _not_yet_stated(found: list[RelationFact], stated: list[RelationFact]) -> list[RelationFact]:
    """The facts of `found` that no fact of `stated` already gives with the same parties, status,
    role and date."""
    known = {(f.subject, f.predicate, f.object, f.status, f.role, f.date) for f in stated}
    return [f for f in found if (f.subject, f.predicate, f.object, f.status, f.role, f.date) not in known]


def _record_events(found: list[RelationFact], events: list[Event]) -> list[Event]:
    """A data file's dated record as an event of its parties ('state = "Kazakhstan"', 'org =
    "CSTO"', 'since = 2002-10-07'), unless a sentence already dates that passage; a planned
    status's date is a plan."""
    dated = {(event.span.start, event.date) for event in events}
    by_record: dict[tuple[int, str], tuple[RelationFact, set[int]]] = {}
    for fact in found:
        if fact.date is None or fact.confidence < UNCERTAIN_BELOW or (fact.span.start, fact.date) in dated:
            continue
        _first, entities = by_record.setdefault((fact.span.start, fact.date), (fact, set()))
        entities.update((fact.subject, fact.object))
    return [
        Event(
            fact.span,
            date,
            int(date[:4]),
            "sentence",
            tuple(sorted(entities)),
            planned=fact.status == "planned",
        )
        for (_start, date), (fact, entities) in by_record.items()
    ]


def _title_organization(title_entities: set[int], specs: list[EntitySpec]) -> int | None:
    """The one organization a document's title names, if it names exactly one."""
    organizations = [entity for entity in title_entities if specs[entity].kind == "organization"]
    return organizations[0] if len(organizations) == 1 else None


def _document_mentions(
    document: Document,
    specs: list[EntitySpec],
    names: DocumentMatcher,
    sentences: list[SentenceFacts],
    headings: list[tuple[int, int]],
) -> list[Mention]:
    """Every name the text holds, headings left out unless read as text, in text order."""
    text = document.text
    # A heading line read as a sentence (a signature or record line) is text: its names are mentions.
    read_as_text = {match.start for sentence in sentences for match in sentence.mentions}
    mentions = [
        Mention(match.entity, document.section_at(match.start).ordinal, match.start, match.end, match.surface)
        for match in names.text_matches
        if not _inside(headings, match.start) or match.start in read_as_text or _stands_alone(text, match)
    ]
    mentions.extend(_nested_mentions(document, specs, names, mentions))
    mentions.sort(key=lambda mention: (mention.start, -mention.end))
    return mentions


class _SentenceReader:
    """Reads a document's sentences in order, keeping what one sentence leaves for the next:
    the section's context, the facts just read (a next sentence may date, suspend or deny
    them), whether a question was just asked, and the admissions called off."""

    def __init__(
        self,
        document: Document,
        specs: list[EntitySpec],
        setting: _DocumentSetting,
        facts: DocumentFacts,
        context: Context,
    ) -> None:
        self.document, self.text, self.specs, self.setting = document, document.text, specs, setting
        self.facts = facts
        self.context = context
        self.current_section = -1
        self.previous_end = 0
        self.previous_relations: list[RelationFact] = []
        self.after_question = False
        self.previous_asked = False
        self.recent_relations: list[set[int]] = []  # the facts of the last three sentences read
        self.retracted: set[tuple[int, int]] = set()  # (country, organization): an admission called off

    def read(self, sentence: SentenceFacts) -> None:
        text, facts = self.text, self.facts
        gap = text[self.previous_end : sentence.start]
        new_paragraph = "\n" in gap
        if _BLANK_LINE.search(gap):
            self.context.succession_office = None  # a list of office holders ends at a blank line
        self.previous_end = sentence.end
        entered = sentence.section != self.current_section
        if entered:
            self._enter_section(sentence.section)
        sentence_text = text[sentence.start : sentence.end]
        span = Span(sentence.section, sentence.start, sentence.end, sentence_text)
        facts.sentences.append(span)
        line = text[text.rfind("\n", 0, sentence.start) + 1 : _line_end(text, sentence.end)]
        if self._states_nothing(sentence, sentence_text, line, new_paragraph):
            # An answer a question offers, or a claim put to the reader, not marked right, or one
            # marked wrong, or a line quoting another ('> …'): it states nothing, though what it
            # names is still what the next is about.
            if sentence.mentions:
                self._relations_of(sentence, span, new_paragraph)
            self.previous_relations = []
            return
        too_long = len(sentence_text) > MAX_SENTENCE_CHARS
        suspended = [] if too_long else suspended_by_next_sentence(span, self.previous_relations)
        if suspended:
            facts.relations = _doubted_by_suspension(facts.relations, self.previous_relations, suspended)
        if new_paragraph:
            self._enter_paragraph(sentence, sentence_text, _goes_on_from(text, gap, sentence.start))
        fields = as_fields(sentence_text)  # 'seat = Moscow' in a configuration file is 'seat: Moscow'
        if not (entered and _UNDERLINE.fullmatch(fields)):  # a heading's underline opens its section
            note_record_boundary(self.context, fields)
        note_career_end(self.context, fields)
        note_list_label(self.context, fields)
        note_table_header(self.context, fields)
        note_status_header(self.context, fields)
        if new_paragraph and not sentence.mentions:
            _outline_parent(text, sentence.start, (), (), self.context)  # a paragraph naming nothing
        relations: list[RelationFact] = []
        if not too_long and (sentence.mentions or mentions_a_group(sentence_text)):
            relations = self._relations_of(sentence, span, new_paragraph)
            facts.relations.extend(relations)
        else:
            self.context.signatory_country = None  # Any other line ends a signature block's "For <country>:".
        if too_long:
            self.context.counted_from = None
        else:
            self._note_years(sentence_text, sentence.start)
        facts.relations.extend(suspended)
        facts.relations.extend(
            [] if too_long else dated_by_next_sentence(span, self.previous_relations, text)
        )
        self.previous_relations = relations
        self.recent_relations = [*self.recent_relations[-2:], {id(fact) for fact in relations}]
        facts.events.extend(_events_of(self.setting, sentence, span, relations, self.document.published))
        if not too_long:
            _record_comentions_and_definitions(facts, sentence, span)
            self.retracted |= _retracted_admissions(
                sentence_text, sentence.start, sentence.mentions, self.specs
            )

    def _enter_section(self, section: int) -> None:
        # In a record each 'Key: value' line is a heading; any other heading ends the record.
        record_goes_on = all(
            _KEY_VALUE_HEADING.match(self.document.sections[ordinal].heading)
            for ordinal in range(self.current_section + 1, section + 1)
        )
        self.current_section = section
        record = self.context.record_subject if record_goes_on else None
        by_heading = record is not None and self.context.record_by_heading
        organization = self.setting.heading_organization[section]
        if record is None and organization is not None:
            if _NUMBERED_ENTRY.match(self.document.sections[section].heading):
                # '5. AMU DARYA TRANSIT BOARD' opens that organization's record.
                record = (organization, self.specs[organization].kind)
            elif section in self.setting.name_headings:
                record, by_heading = (organization, self.specs[organization].kind), True
        self.context = self.setting.context_for(
            self.setting.heading_country[section],
            self.context,
            record_subject=record,
            heading_organization=organization,
        )
        self.context.record_by_heading = by_heading
        if _ENDS_A_CAREER.match(self.document.sections[section].heading):
            self.context.record_person = None  # another entry, or references, awards, papers
        note_rows_title(self.context, self.document.sections[section].heading)

    def _note_years(self, sentence_text: str, start: int) -> None:
        """The year the paragraph's narrative is in, and the one year 'two years later' in the next
        sentence counts from: the one year this one states as its own (not a span of years, not a
        belief it reports), with the dates of the text itself, not of a draft's marks ('[Inserted
        (AB 29/09/2026 14:31): …]'), a life or a cited work."""
        plain = blank_revisions(sentence_text, start, self.setting.revisions)
        written = [
            date
            for date in find_dates(plain)
            if not is_life_date(plain, date) and not is_cited_work(plain, date)
        ]
        if written:
            self.context.narrative_year = written[-1].date.year
        years = {date.date.year for date in written}
        own = len(years) == 1 and not _YEAR_SPAN.search(plain) and not reports_hearsay(plain)
        self.context.counted_from = years.pop() if own else None

    def _enter_paragraph(self, sentence: SentenceFacts, sentence_text: str, goes_on: bool) -> None:
        # The paragraph after a question about one organization answers about it.
        context = self.context
        context.paragraph_organization, context.asked_organization = context.asked_organization, None
        if not goes_on:
            context.narrative_year = context.counted_from = None
        context.paragraph_organizations = ()
        context.in_note = _is_note(sentence_text, self.document.sections[sentence.section].heading)

    def _states_nothing(
        self, sentence: SentenceFacts, sentence_text: str, line: str, new_paragraph: bool
    ) -> bool:
        """Whether the sentence is an option offered, a claim put to judgement or a quotation;
        on the way, what a denial in it disputes of the lines just before is put in doubt."""
        offered = self.after_question and (
            _OPTION.match(line) is not None
            or (_BULLET.match(line) is not None and (_marked_right(line) or _marked_wrong(line)))
        )
        judged = _TO_JUDGE.search(self.text, max(0, sentence.start - 40), sentence.start) is not None
        self.after_question = offered or sentence_text.rstrip().endswith("?")
        if new_paragraph and not _SPEAKER_LINE.match(line):
            self.recent_relations = []  # A denial answers the lines of its own exchange only.
        if _DENIAL_OPENS.match(sentence_text) and not self.previous_asked:
            # 'no, Mongolia is still only an observer': what the lines just before said of the
            # subjects this one names is disputed here (a 'No' after a question answers it).
            named = {match.entity for match in sentence.mentions}
            self.facts.relations = _doubted_by_denial(self.facts.relations, self.recent_relations, named)
        self.previous_asked = sentence_text.rstrip().endswith("?")
        quoted = _QUOTE_LINE.match(line) is not None
        return ((offered or judged) and not _marked_right(line)) or _marked_wrong(line) or quoted

    def _relations_of(self, sentence: SentenceFacts, span: Span, new_paragraph: bool) -> list[RelationFact]:
        return _sentence_relations(
            self.document, self.setting, self.specs, self.context, sentence, span, new_paragraph
        )


def _seats_in_names(
    facts: DocumentFacts, specs: list[EntitySpec], names: DocumentMatcher
) -> list[RelationFact]:
    """located_in for each body whose name, as the document writes it, ends 'in <city>', cited
    by the first sentence that writes it so."""
    seats: list[RelationFact] = []
    done: set[int] = set()
    for mention in facts.mentions:
        if (
            mention.entity in done
            or specs[mention.entity].kind != "organization"
            or " in " not in mention.surface
            # A name it had or took later ('the OSCE Centre in Almaty … was renamed the OSCE Centre
            # in Astana') says where that one sat.
            or specs[mention.entity].aliases.get(mention.surface) in ("former name", "later name")
        ):
            continue
        seat = seat_in_name(mention.surface)
        sentence = facts.sentence_at(mention.start) if seat else None
        if seat is None or sentence is None or PLAN_CUE.search(sentence.text):
            continue  # 'the NATO Office in Bishkek shall assist …': an office still to come
        places = [match for match in names.find(seat) if specs[match.entity].kind == "place"]
        if len(places) == 1 and places[0].surface == seat:
            done.add(mention.entity)
            seats.append(
                RelationFact(
                    mention.entity,
                    "located_in",
                    places[0].entity,
                    sentence,
                    method="name",
                    confidence=CONFIDENCE["name"],
                )
            )
    return seats


@dataclass
class _DocumentSetting:
    """What the title and headings of a document say it is about, read once per document."""

    title_entities: set[int]
    topic: int | None
    heading_subject: dict[int, int | None]
    heading_country: dict[int, int | None]
    heading_organization: dict[int, int | None]
    document_subject: int | None
    regions: dict[str, tuple[int, ...]]
    capitals: dict[int, int]
    places: _KnownPlaces
    milestone_by_start: dict[int, Milestone]
    almanac: bool
    """Two or more headings are a day without a year ('27 May'): an almanac, whose entries' year
    labels take their heading's day."""
    own_date: PartialDate | None
    """When the document is dated (published or updated): what 'last year' counts from."""
    revisions: list[tuple[int, int]]
    """The tracked-change marks of a draft ('[deleted: …]'): blanked for reading relations."""
    struck: list[tuple[int, int]]
    """Of those, the struck text and comments: they give no events either."""
    datelines: list[tuple[int, PartialDate]]
    """(offset, date) of each line that is a date alone ('21 Nov 2025 | ASHGABAT') or of a wire
    item's opening dateline ('ASTANA, June 17 (Xinhua) --'): the date of the item it opens."""
    year_about: int | None = None
    """The year a '2019 in Kyrgyzstan' article is about: the year of its dates written without one."""
    status_codes: dict[str, str] = field(default_factory=dict)
    """What each one-letter code of a register's status column means, from its legend."""
    name_headings: set[int] = field(default_factory=set)
    """Sections headed by an organization's name and nothing else: its 'Key: value' lines are its."""
    bodies: frozenset[int] = frozenset()
    """Organizations the document names whose names say they are another's body ('Court of the X')."""

    def written_at(self, offset: int) -> PartialDate | None:
        """When a sentence at `offset` was written: its item's dateline, else the document's date."""
        return self.item_date_at(offset) or self.own_date

    def item_date_at(self, offset: int) -> PartialDate | None:
        """The dateline of the item a sentence at `offset` is in (see `written_at`)."""
        before = [date for start, date in self.datelines if start <= offset]
        return before[-1] if before else None

    def item_day(self, text: str, offset: int, section_start: int) -> PartialDate | None:
        """The day of the item a sentence at `offset` reports, that its 'today' is: the dateline
        above it in its own section with no break ('* * *') between (a document's own date may
        be when a compilation of older items was made)."""
        line_start = text.rfind("\n", 0, section_start) + 1  # a section headed by the dateline
        before = [(start, date) for start, date in self.datelines if line_start <= start <= offset]
        if not before or _ITEM_BREAK.search(text, before[-1][0], offset):
            return None
        return before[-1][1]

    def context_for(
        self,
        heading_country: int | None,
        previous: Context | None,
        record_subject: tuple[int, str] | None = None,
        heading_organization: int | None = None,
    ) -> Context:
        """A fresh reading context for a section; the countries last listed carry over, since
        'The six signatories' may open a section, and so does the subject of a record that goes on."""
        return Context(
            signatory_country=previous.signatory_country if previous else None,
            names_above_signatories=previous.names_above_signatories if previous else False,
            last_subject=self.document_subject,
            heading_country=heading_country,
            heading_organization=heading_organization,
            document_country=self.document_subject,
            topic_organization=self.topic,
            regions=self.regions,
            capitals=self.capitals,
            last_countries=previous.last_countries if previous else (),
            record_person=previous.record_person if previous else None,
            treaty_parties=previous.treaty_parties if previous else (),
            record_subject=record_subject,
            status_codes=self.status_codes,
            bodies=self.bodies,
        )


def _document_setting(
    document: Document, specs: list[EntitySpec], matcher: DocumentMatcher
) -> _DocumentSetting:
    def countries_in(words: str) -> list[int]:
        found = {match.entity for match in matcher.find(words)}
        return sorted(entity for entity in found if specs[entity].kind == "country")

    title_entities = {match.entity for match in matcher.find(document.title)}
    # A publisher's or translator's note kept as the title names who wrote, not what it is about.
    topic_text = "" if is_prose_line(document.title) else document.title
    title_countries = countries_in(topic_text)
    title_matches = matcher.find(topic_text)
    heading_subject: dict[int, int | None] = {}
    heading_country: dict[int, int | None] = {}
    heading_organization: dict[int, int | None] = {}
    name_headings: set[int] = set()
    for section in document.sections:
        heading_words = " ".join(section.path[1:])
        about = {
            entity
            for entity in title_entities | {m.entity for m in matcher.find(heading_words)}
            if _reading_kind(specs[entity]) in ("country", "organization", "programme")
        }
        heading_subject[section.ordinal] = next(iter(about)) if len(about) == 1 else None
        own = countries_in(section.heading) if section.ordinal else []
        heading_country[section.ordinal] = own[0] if len(own) == 1 else None
        heading_organization[section.ordinal] = _heading_organization(section, specs, matcher)
        if _names_only(section.heading, heading_organization[section.ordinal], matcher):
            name_headings.add(section.ordinal)
    own_date = _document_date(document)
    struck = struck_spans(document.text)
    regions = _regions(specs)
    named = {match.entity for match in matcher.text_matches}
    return _DocumentSetting(
        title_entities=title_entities,
        topic=_title_topic(topic_text, title_matches, specs, matcher),
        heading_subject=heading_subject,
        heading_country=heading_country,
        heading_organization=heading_organization,
        name_headings=name_headings,
        document_subject=title_countries[0] if len(title_countries) == 1 else None,
        regions=regions,
        capitals=_capitals(specs, named),
        places=_known_places(specs, named, regions),
        milestone_by_start={milestone.start: milestone for milestone in document.milestones},
        almanac=sum(bool(_DAY_HEADING.fullmatch(section.heading.strip())) for section in document.sections)
        >= 2,
        own_date=own_date,
        revisions=revision_marks(document.text, struck),
        struck=struck,
        datelines=_datelines(document.text, own_date),
        year_about=_title_year(document.title),
        status_codes=status_legend(document.text),
        bodies=frozenset(entity for entity in named if _names_a_body(entity, specs, matcher)),
    )


def _datelines(text: str, own_date: PartialDate | None) -> list[tuple[int, PartialDate]]:
    """(offset, date) of each line that is a date alone and of each wire item's dateline."""
    lines = list(_DATELINE.finditer(text))
    # 'Kazakhstan · 27 May 1994' over 'Kyrgyzstan · 1 June 1994': a list of dates, not bylines.
    listed: set[int] = set()
    for index, (line, after) in enumerate(itertools.pairwise(lines)):
        if (
            line.group("source")
            and after.group("source")
            and text.count("\n", line.end(), after.start()) == 1
        ):
            listed.update((index, index + 1))
    alone = [
        (line.start(), dates[0].date)
        for index, line in enumerate(lines)
        if index not in listed and (dates := find_dates(line.group("date")))
    ]
    return sorted(alone + _date_time_groups(text) + _wire_datelines(text, own_date))


# A signal's or wire's date-time group alone on its line, after its precedence if any: '301640Z
# JAN 92', 'R 120900Z AUG 15' (day, hour and minute, zone, month, year).
_DATE_TIME_GROUP = re.compile(
    r"^[ \t]*(?:[A-Za-z]{1,2}[ \t]+)?(?P<day>\d{2})\d{4}[A-Za-z][ \t]+(?P<month>[A-Za-z]{3})[ \t]+"
    r"(?P<year>\d{4}|\d{2})[ \t]*$",
    re.MULTILINE,
)


def _date_time_groups(text: str) -> list[tuple[int, PartialDate]]:
    """(offset, date) of each date-time group line; a two-digit year is 1950–2049."""
    found = []
    for line in _DATE_TIME_GROUP.finditer(text):
        year, month, day = int(line.group("year")), month_number(line.group("month")), int(line.group("day"))
        year += 0 if year >= 100 else 1900 if year >= 50 else 2000
        if month is not None and valid_day(year, month, day):
            found.append((line.start(), PartialDate(year, month, day)))
    return found


# The heading of an act that dates its operative clauses: 'DECREE No. 214 of 12 March 2021',
# 'Order No. R-5527 of 15 March 2021', 'LAW of the Kyrgyz Republic of 3 May 2019'.
_ACT_HEADING = re.compile(
    rf"(?i:decree|order|resolution|law|decision|ordinance)\b[^\n]{{0,50}}?\bof\s+"
    rf"(?P<date>\d{{1,2}}\s+{MONTH_PATTERN}\s+{YEAR_PATTERN}|{MONTH_PATTERN}\s+\d{{1,2}},\s+{YEAR_PATTERN})\W*"
)


def _act_date(path: tuple[str, ...]) -> str | None:
    """The date of the act heading nearest above a section, if one is."""
    for heading in reversed(path):
        found = _ACT_HEADING.fullmatch(heading.strip())
        if found and (dates := find_dates(found.group("date"))):
            return dates[0].date.iso
    return None


# A wire item's opening: 'ASTANA, June 17 (Xinhua) --', 'BISHKEK, 3 Nov. -' (the city in capitals).
_WIRE_DATELINE = re.compile(
    rf"^[ \t]*[A-Z][A-Z'.-]+(?:[ -][A-Z][A-Z'.-]+){{0,2}},\s+"
    rf"(?P<date>{MONTH_PATTERN}\s+\d{{1,2}}(?:,\s+{YEAR_PATTERN})?|\d{{1,2}}\s+{MONTH_PATTERN}(?:\s+{YEAR_PATTERN})?)\s*(?:\([^()\n]{{1,30}}\)\s*)?(?:--|—|–|-)\s",
    re.MULTILINE,
)
_HEADER_LINES = 4


def _wire_datelines(text: str, own_date: PartialDate | None) -> list[tuple[int, PartialDate]]:
    """The dates of wire items' datelines; one without a year takes the document's, else the one
    year the file's first lines name ('CENTRAL ASIA FILE 2025'), a year earlier when its day
    would fall after the document's own date."""
    header_years = {
        date.date.year for date in find_dates("\n".join(text.lstrip().splitlines()[:_HEADER_LINES]))
    }
    year = own_date.year if own_date else (next(iter(header_years)) if len(header_years) == 1 else None)
    found = []
    for line in _WIRE_DATELINE.finditer(text):
        dates = find_dates(line.group("date"), year)
        if not dates or dates[0].date.month is None:
            continue
        date = dates[0].date
        later = (
            own_date and own_date.month and (date.month, date.day or 0) > (own_date.month, own_date.day or 0)
        )
        if later and not re.search(YEAR_PATTERN, line.group("date")):
            date = replace(date, year=date.year - 1)
        found.append((line.start(), date))
    return found


# "2019 in Kyrgyzstan", "Kazakhstan in 2021", "The year 2019 in review".
_TITLE_YEAR = re.compile(
    rf"^\W*(?:The\s+year\s+)?(?P<a>{YEAR_PATTERN})\s+in\s+\S|\bin\s+(?P<b>{YEAR_PATTERN})\W*$"
)


def _title_year(title: str) -> int | None:
    found = _TITLE_YEAR.search(title or "")
    return int(found.group("a") or found.group("b")) if found else None


def _heading_organization(section: Section, specs: list[EntitySpec], matcher: DocumentMatcher) -> int | None:
    """The organization or programme of the nearest heading above the text that names one: a
    list line taken for a heading ('- MEMBERS: A, B') sits under the one that says whose."""
    for heading in reversed(section.path[1:] if section.ordinal else []):
        if _RECORD_NAME_LINE.match(heading):
            return None  # 'Name: X' opened a record; a rule line or another record may have closed it
        if CAREER_ROW_LINE.match(heading):
            continue  # a CV's row short enough to pass for a heading heads nothing
        own_organizations = {
            match.entity
            for match in matcher.find(heading)
            if _reading_kind(specs[match.entity]) in ("organization", "programme")
        }
        if own_organizations:
            return next(iter(own_organizations)) if len(own_organizations) == 1 else None
    return None


def _names_only(heading: str, organization: int | None, matcher: DocumentMatcher) -> bool:
    """'CSTO', 'Collective Security Treaty Organization (CSTO)': a heading that is the
    organization's name alone, not 'CSTO summit 2024' nor 'Members of the CSTO'."""
    if organization is None or not heading.strip():
        return False
    found = matcher.find(heading)
    if not found or any(match.entity != organization for match in found):
        return False
    rest = heading
    for match in reversed(found):
        rest = rest[: match.start] + rest[match.end :]
    return not re.search(r"\w", re.sub(r"\([^()]*\)", "", rest))


# The words that name an organization's body in its name: 'Court of the X', 'SCO Secretariat'.
_BODY_NOUN = (
    r"(?:Court|Tribunal|Council|Committee|Secretariat|Commission|Assembly|Staff|Centre|Center|Office|"
    r"Board|Mission)"
)
_BODY_OF = re.compile(rf"(?:[A-Z][\w-]*\s+){{0,2}}?{_BODY_NOUN}\s+of\s+the\s+(?P<owner>[A-Z].+)")
# A state's own body ('Ministry of Foreign Affairs', 'Embassy of Kazakhstan in Bishkek'): no state joins it.
_STATE_BODY = re.compile(
    r".*\b(?:Ministry|Embassy|Consulate|Department)\b|(?:Directorate|Presidential\s+Administration|Government|"
    r"Cabinet|Parliament|General\s+Staff|State\s+Committee|National\s+Security\s+Committee|National\s+Bank|"
    r"(?:State\s+)?(?:Border|Security|Customs|Migration|Intelligence)\s+Service|MFA|MoD)"
    # Alone or 'of' a state ('National Bank of Kazakhstan'), not 'Border Service Network'.
    r"(?:\s+(?:of|for)\b.*)?$"
)
_OWNER_THEN_BODY = re.compile(rf"(?P<owner>.+?)(?:['’]s)?\s+(?:{_BODY_NOUN}|Headquarters)\b")


def _title_topic(
    topic_text: str, title_matches: list[Match], specs: list[EntitySpec], matcher: DocumentMatcher
) -> int | None:
    """The one organization a title is about, if any."""
    organizations = sorted(
        {match.entity for match in title_matches if _reading_kind(specs[match.entity]) == "organization"}
    )
    # 'SCO Energy Club': a name inside a longer one the title gives is not what the title is about.
    if any(
        specs[match.entity].kind == "organization" and _NAME_GOES_ON.match(topic_text, match.end)
        for match in title_matches
    ):
        return None
    # 'Court of the Central Asian Transit Security Community': a title naming an organization's
    # body is not about something states join.
    organizations = [entity for entity in organizations if not _names_a_body(entity, specs, matcher)]
    return organizations[0] if len(organizations) == 1 else None


def _names_a_body(entity: int, specs: list[EntitySpec], matcher: DocumentMatcher) -> bool:
    """Whether an organization's name says it is another's body: 'Court of the X', or 'SCO
    Secretariat' where what comes before the body's word is a known organization."""
    spec = specs[entity]
    if _reading_kind(spec) != "organization":
        return False
    if _BODY_OF.fullmatch(spec.name) or _STATE_BODY.match(spec.name):
        return True
    found = _OWNER_THEN_BODY.match(spec.name)
    if found is None:
        return False
    owner = found.group("owner")
    return any(
        match.start == 0 and match.end == len(owner) and _reading_kind(specs[match.entity]) == "organization"
        for match in matcher.find(owner)
    )


_NAME_GOES_ON = re.compile(r"[ \t]+(?!(?:And|Or|In|On|At|Of|For|The|To|With|From|Is|Are|Has)\b)[A-Z][a-z]")


def _document_date(document: Document) -> PartialDate | None:
    written = find_dates(document.published or document.updated or "")
    return written[0].date if written else None


# A line that is a date alone, or a date and a place, or a source and a date: '21 Nov 2025 |
# ASHGABAT', '2025-11-20 — Astana', 'Reuters · 17 Dec 2001'; or a feed's or export's date
# element: '<pubDate>Fri, 14 Mar 2025 18:30:00 +0600</pubDate>', '<date>2025-08-18</date>'.
_DATE_ELEMENT = r"<(?:date|pubDate|published|updated|dc:date|time)\b[^>\n]*>\s*(?:[A-Z][a-z]{2},\s+)?"
_CLOCK = (
    r"(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:\s*(?:Z|GMT|UTC|[+-]\d{2}:?\d{2}))?)?\s*(?:</[^>\n]+>)?"
)
# A source's byline before the date, as search results and aggregators print it: 'Reuters · 17 Dec 2001'.
_SOURCE_BEFORE = r"(?P<source>[A-Z][\w&.'’ -]{0,40}?[ \t]*[·•|][ \t]*)?"
# A line that ends one item and opens the next: '* * *', '---'.
_ITEM_BREAK = re.compile(r"(?m)^[ \t]*(?:(?:\*[ \t]*){3,}|-{3,}|_{3,}|#{3,})[ \t]*$")
_DATELINE = re.compile(
    rf"^[ \t]*(?:{_DATE_ELEMENT})?{_SOURCE_BEFORE}(?P<date>\d{{1,2}}\s+{MONTH_PATTERN}\s+{YEAR_PATTERN}"
    rf"|{MONTH_PATTERN}\s+\d{{1,2}},?\s+{YEAR_PATTERN}|{YEAR_PATTERN}-\d{{2}}-\d{{2}}|\d{{2}}\.\d{{2}}\.{YEAR_PATTERN})"
    rf"{_CLOCK}[ \t]*(?:[|—–-][^\n]{{0,40}})?$",
    re.MULTILINE,
)


# A line, message or sentence that opens by denying ('no, …', 'Wrong:', 'Not true —', 'That was wrong'), after
# a time stamp or a speaker's name if any; and a line quoting another ('[09:32] alice: > …').
_SPEAKER = r"^\W*(?:\[[^\]\n]{1,20}\]\s*)?(?:<?[\w.@-]{1,30}>?\s*:\s*)?"
# The denial word stands alone ('no, …', 'Wrong.', 'not true —'): 'No other state', 'No. 3',
# 'Not so long after', 'Wrong-footed' and an editor's 'Correction:' deny nothing.
_DENIAL_OPENS = re.compile(
    _SPEAKER
    + r"(?:no|nope|wrong|not\s+(?:true|so|correct)|incorrect|"
    # 'That was wrong: Iran joined on 4 July 2023', 'This is incorrect.'
    + r"(?:that|this)\s+(?:was|is)\s+(?:(?:simply|quite)\s+)?"
    + r"(?:wrong|incorrect|not\s+(?:true|correct)|untrue|"
    + r"an?\s+(?:error|mistake)))"
    + r"(?:[,!:;]|\.(?!\s*\d)|\s[—–-]\s|\s+[^\w\s'’\"“(]|\s*$)",
    re.IGNORECASE,
)
# Only a message quotes: a Markdown '> ' block quote is the document's own text.
_SPEAKER_LINE = re.compile(r"^\W*(?:\[[^\]\n]{1,20}\]|\d{1,2}:\d{2}\b|<?[\w.@-]{1,30}>?\s*:\s)")
_QUOTE_LINE = re.compile(r"^\W*(?:\[[^\]\n]{1,20}\]\s*)?<?[\w.@-]{1,30}>?\s*:\s*>")


def _in_doubt(relations: list[RelationFact], doubted: Callable[[RelationFact], bool]) -> list[RelationFact]:
    """The relations, those `doubted` made uncertain (the confidence of a previous sentence's
    reading at most): what a denial, a suspension, a retraction or a plain 'not a member' left open."""
    doubt = CONFIDENCE["previous sentence"]
    return [
        replace(fact, confidence=min(fact.confidence, doubt)) if doubted(fact) else fact for fact in relations
    ]


def _doubted_by_denial(
    relations: list[RelationFact], recent: list[set[int]], named: set[int]
) -> list[RelationFact]:
    """What the last sentences stated of a subject the denial names is disputed: uncertain."""
    disputed = set().union(*recent) if recent else set()
    return _in_doubt(relations, lambda fact: id(fact) in disputed and fact.subject in named)


def _doubted_by_suspension(
    relations: list[RelationFact], previous: list[RelationFact], suspended: list[RelationFact]
) -> list[RelationFact]:
    """The membership the sentence before stated is no longer the whole truth: uncertain."""
    doubted = {id(fact) for fact in previous}
    pairs = {(new.subject, new.object) for new in suspended}
    return _in_doubt(
        relations,
        lambda fact: (
            id(fact) in doubted
            and fact.predicate == "member_of"
            and fact.status == "member"  # 'joined in 2002' stays true of a membership now on hold.
            and (fact.subject, fact.object) in pairs
        ),
    )


# "Kyrgyzstan's admission to the Alliance, reported below on 14 Nov, has been postponed": whatever
# the document says elsewhere of that membership is in doubt (a correction, an update).
_ADMISSION_OF = re.compile(
    r"^['’]s?\s+(?:admission|accession|entry|membership)\s+(?:to|in|into|of)\s+(?:the\s+)?$"
)
# The admission's own verb, right after the organization or a short aside that is no relative
# clause: '…, reported below on 14 Nov, has been postponed' (not '…, which had been delayed, was
# completed', nor '… single market for medicines has been postponed').
_CALLED_OFF = re.compile(
    r"\s*(?:\([^()]{0,40}\))?(?:\s*,\s*(?!(?:which|that|who|whose)\b)[^,;.]{1,80},)?\s*(?:has|have)\s+been\s+"
    r"(?:postponed|delayed|deferred|cancell?ed|called\s+off|put\s+off|shelved|blocked|rescinded|withdrawn|"
    r"reversed|annulled)\b"
)


def _retracted_admissions(
    sentence: str, start: int, mentions: list[Match], specs: list[EntitySpec]
) -> set[tuple[int, int]]:
    """The (country, organization) pairs whose admission the sentence says was called off."""
    if "been" not in sentence:
        return set()
    pairs = set()
    for country, body in zip(mentions, mentions[1:], strict=False):
        if (
            specs[country.entity].kind == "country"
            and specs[body.entity].kind in ("organization", "programme")
            and _ADMISSION_OF.match(sentence[country.end - start : body.start - start])
            and _CALLED_OFF.match(sentence, body.end - start)
        ):
            pairs.add((country.entity, body.entity))
    return pairs


def _doubted_by_retraction(
    relations: list[RelationFact], retracted: set[tuple[int, int]]
) -> list[RelationFact]:
    """A membership whose admission the document says was called off is uncertain wherever stated."""
    return _in_doubt(
        relations,
        lambda fact: (
            fact.predicate == "member_of"
            and fact.status in ("joined", "member", "founding member")
            and (fact.subject, fact.object) in retracted
        ),
    )


_NEVER = re.compile(r"\b(?:has|have|had)\s+never\s+(?:been|joined|belonged)\b|\bwas\s+never\s+a\s+member\b")
_NOT_A_MEMBER_TOO = re.compile(r",\s*(?:but\s+)?not\s+(?:yet\s+)?an?\s+(?:full\s+)?member\b")


def _doubted_by_denial_elsewhere(relations: list[RelationFact]) -> list[RelationFact]:
    """'Turkmenistan joined the CSTO last month. Does Kazakhstan welcome that?' answered by
    'Turkmenistan is not a member of the CSTO': a membership stated without a date, where the
    same document says plainly it is not one, is in doubt (a dated one may be history)."""
    denied = {
        (fact.subject, fact.object)
        for fact in relations
        if fact.predicate == "member_of"
        and fact.confidence >= UNCERTAIN_BELOW
        and (
            fact.status == "not a member"
            # 'Corrected: Iran is an observer of the SCO, not a member.'
            or (fact.status == "observer" and _NOT_A_MEMBER_TOO.search(fact.span.text) is not None)
        )
    }
    # '… has never been a member of the CSTO': no date makes an earlier membership history.
    never = {
        (fact.subject, fact.object)
        for fact in relations
        if fact.status == "not a member"
        and _NEVER.search(fact.span.text)
        and (fact.subject, fact.object) in denied
    }
    return _in_doubt(
        relations,
        lambda fact: (
            fact.predicate == "member_of"
            and fact.status in ("joined", "member", "rejoined", "founding member")
            and (not fact.date or (fact.subject, fact.object) in never)
            and (fact.subject, fact.object) in denied
        ),
    )


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _line_end(text: str, offset: int) -> int:
    end = text.find("\n", offset)
    return len(text) if end < 0 else end


# The answers a question offers to choose from: '(a) …', 'b) …', 'C. …'; and the mark of the right one.
# A bullet is an offered answer only when it carries a box or a mark: '- Tajikistan [x]'.
_OPTION = re.compile(r"\s*(?:\([a-hA-H]\)|[a-hA-H][.)])\s")
_BULLET = re.compile(r"\s*[-*•–]\s")
_MARKED_RIGHT = re.compile(
    r"[✔✓☑✅]|\[[xX]\]|\((?:correct|right)(?:\s+answer)?\)|\bcorrect\s+answer\b|\banswer\s*:\s*true\b",
    re.IGNORECASE,
)
_MARKED_WRONG = re.compile(
    r"[✗✘❌☐]|\[\s*\]|\(\s\)|\((?:incorrect|wrong|false)\)|\banswer\s*:\s*(?:false|fiction|wrong)\b",
    re.IGNORECASE,
)


# Each sentence of a line asks about its whole line (a paragraph may be one long line): the
# marks are searched once a line.
@functools.lru_cache(maxsize=64)
def _marked_right(line: str) -> bool:
    return _MARKED_RIGHT.search(line) is not None


@functools.lru_cache(maxsize=64)
def _marked_wrong(line: str) -> bool:
    return _MARKED_WRONG.search(line) is not None


# 'True or false? <claim>', 'True/False:', 'T/F:', 'Fact or fiction:': the claim is put to the
# reader, stated only where marked true.
_TO_JUDGE = re.compile(
    r"\b(?:true\s*(?:or|/)\s*false|T\s*/\s*F|fact\s+or\s+fiction)\s*[?:]\s*$", re.IGNORECASE
)

# A footnote or endnote: '[7] Established in 2017 …', or any paragraph under a "Notes" heading.
_NOTE_MARKER = re.compile(r"\s*(?:\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s")
_NOTES_HEADING = re.compile(r"(?i)(?:foot|end)?notes|references|sources")


def _is_note(paragraph_start: str, heading: str) -> bool:
    """Whether a paragraph is a footnote or endnote, about the sentence that cites it."""
    return bool(_NOTE_MARKER.match(paragraph_start) or _NOTES_HEADING.fullmatch(heading.strip()))


# Words of a bullet before a body's name, other than a marker in capitals and 'the'.
_WORDS_BEFORE_NAME = re.compile(r"(?<![#\w])(?![A-Z]{2,}\b|[Tt]he\b)[A-Za-z][a-z]+")
_OUTLINE_BULLET = re.compile(r"[ \t]*[-*+•][ \t]")


def _outline_parent(
    text: str, start: int, mentions: Sequence[Match], kinds: Sequence[str], context: Context
) -> int | None:
    """The one organization the bullet this outline bullet is nested under names, if it names
    one ('- DONE [[Kerben Border Commission]] #kbcc' over '- Set up by A and B'); updates the
    outline's nesting in `context`. A paragraph that is no indented bullet leaves the outline."""
    line_start = text.rfind("\n", 0, start) + 1
    bullet = _OUTLINE_BULLET.match(text, line_start)
    if bullet is None or bullet.end() < start - 1:  # the sentence opens the bullet's text (or a space after)
        if not text[line_start : line_start + 1].isspace():
            context.outline = ()  # a line that is no bullet's continuation ends the outline
        return None
    indent = len(bullet.group()) - len(bullet.group().lstrip(" \t"))
    nesting = tuple(level for level in context.outline if level[0] < indent)
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    named = [
        match
        for match, kind in zip(mentions, kinds, strict=True)
        if kind in ("organization", "programme") and match.end <= line_end
    ]
    # Only a bullet that opens with the body's name (after a task marker or brackets) heads its
    # children: not 'Unlike the TBF, the new council …' nor 'States that left the TBF:'.
    lead = text[bullet.end() : named[0].start] if named else ""
    heads = len({match.entity for match in named}) == 1 and not _WORDS_BEFORE_NAME.search(lead)
    context.outline = (*nesting, (indent, named[0].entity if heads else None))
    return nesting[-1][1] if nesting else None


def _sentence_relations(
    document: Document,
    setting: _DocumentSetting,
    specs: list[EntitySpec],
    context: Context,
    sentence: SentenceFacts,
    span: Span,
    new_paragraph: bool,
) -> list[RelationFact]:
    """The relations one sentence states, after updating which organization its paragraph is about."""
    kinds = [_reading_kind(specs[match.entity]) for match in sentence.mentions]
    heading = document.sections[sentence.section].heading
    if new_paragraph:
        asked = context.paragraph_organization
        opened = paragraph_organization(span.text, sentence.start, sentence.mentions, kinds)
        other = any(
            kind in ("organization", "programme") and match.entity != asked
            for match, kind in zip(sentence.mentions, kinds, strict=True)
        )
        context.paragraph_organization = opened if opened is not None or other else asked
        parent = _outline_parent(document.text, sentence.start, sentence.mentions, kinds, context)
        if parent is not None and opened is None and not other and asked is None:
            context.paragraph_organization = parent
    elif any(
        kind in ("organization", "programme") and match.entity != context.paragraph_organization
        for match, kind in zip(sentence.mentions, kinds, strict=True)
    ):
        context.paragraph_organization = None  # Another organization: the paragraph's topic is unclear.
    milestone = setting.milestone_by_start.get(sentence.start)
    written = setting.written_at(sentence.start)
    day_heading = heading if setting.almanac else ""
    default_date = _milestone_date(span.text, milestone.year, day_heading) if milestone else None
    if default_date is None and OPERATIVE_CLAUSE.match(span.text):
        default_date = _act_date(document.sections[sentence.section].path)
    if sentence.row is not None:
        default_date = sentence.row.date
        if sentence.row.subject is not None:
            context.paragraph_organization = sentence.row.subject
    mentions, kinds = _outside_struck(setting.struck, sentence.mentions, kinds)
    relations = read_relations(
        span,
        mentions,
        kinds,
        context,
        heading=heading,
        default_date=default_date,
        year=setting.year_about
        or _year_written_about(context.narrative_year, written.year if written else None),
        now=written,
        item_day=setting.item_day(document.text, sentence.start, document.sections[sentence.section].start),
        revisions=setting.revisions,
        career_row_only=sentence.start == document.sections[sentence.section].start
        and sentence.section > 0
        and CAREER_ROW_LINE.match(document.text, sentence.start) is not None,
    )
    relations = [fact for fact in relations if not setting.places.misplaced(fact)]
    if sentence.row is None:
        return relations
    # A row's date is its subject's: 'Kazakhstan remains a member of the SCO' in a CSTO row is undated.
    row = sentence.row
    return [
        replace(fact, date=None) if fact.date == row.date and fact.object != row.subject else fact
        for fact in relations
    ]


def _outside_struck(
    struck: list[tuple[int, int]], mentions: list[Match], kinds: list[str]
) -> tuple[list[Match], list[str]]:
    """The mentions (and their kinds) outside what a draft struck out: those name nothing the
    next sentence may be about."""
    if not struck:
        return mentions, kinds
    kept = [index for index, match in enumerate(mentions) if not any(a <= match.start < b for a, b in struck)]
    return [mentions[index] for index in kept], [kinds[index] for index in kept]


def _year_written_about(narrative: int | None, written: int | None) -> int | None:
    """The year a date without one is in: the paragraph's last full date's, or the year of the
    dateline or document; when they differ the text alone cannot say ('On 1 November' after a
    paragraph's history of 2021 under a 2025 dateline), and no year is given."""
    if narrative is None or written is None or narrative == written:
        return narrative if narrative is not None else written
    return None


def _events_of(
    setting: _DocumentSetting,
    sentence: SentenceFacts,
    span: Span,
    relations: list[RelationFact],
    published: str | None,
) -> list[Event]:
    """A milestone line's events, dated by its list; otherwise the dated facts of a sentence
    that says something."""
    # A draft's struck text and comments give no events and no dates, nor do the marks around its
    # inserted text ('[Inserted (AB 29/09/2026 14:31): …]').
    struck = [(start, end) for start, end in setting.revisions if span.start < end and start < span.end]
    milestone = setting.milestone_by_start.get(sentence.start)
    if milestone is not None:
        lead = _milestone_lead(span.text, milestone.year)
        events = sentence_events(
            span,
            sentence.mentions,
            relations,
            year=milestone.year,
            published=published,
            lead=lead,
            struck=struck,
        )
        return _with_heading(events, lead[1], setting.heading_subject[sentence.section], "milestone")
    if len(span.text) <= MAX_EVENT_CHARS and (_says_something(span.text) or any(f.date for f in relations)):
        return sentence_events(
            span, sentence.mentions, relations, year=None, published=published, struck=struck
        )
    return []


def _record_comentions_and_definitions(facts: DocumentFacts, sentence: SentenceFacts, span: Span) -> None:
    for left, right in _pairs(sorted({match.entity for match in sentence.mentions})):
        facts.cooccurrence[(left, right)] += 1
        facts.first_comention.setdefault((left, right), span)
    for match in sentence.mentions:
        if match.entity not in facts.definitions and _defines(span.text, sentence, match):
            facts.definitions[match.entity] = Definition(match.entity, span)


_LEADING_ACRONYM = re.compile(r"([A-Z]{2,6})\s+[A-Z]")
_SEATED_BEFORE_IN = re.compile(r"\b(?:Office|Centre|Center|Academy|Mission|Bureau|Branch|Embassy) in (?=\S)")


def _nested_mentions(
    document: Document, specs: list[EntitySpec], matcher: DocumentMatcher, mentions: list[Mention]
) -> list[Mention]:
    """The longest name wins, but a body's name may name two more things, and both are
    mentioned: its owner's acronym at the start ('OSCE' in 'OSCE Academy in Bishkek', 'CSTO' in
    'CSTO Joint Staff') and its seat after an office word and 'in' ('Bishkek'). Only a known
    organization's acronym and a known place or country after 'in', each the whole part. A full
    name at the start is the body's own name ('United Nations General Assembly'), not a mention."""
    nested = []
    for mention in mentions:
        if specs[mention.entity].kind not in ("organization", "programme"):
            continue
        acronym = _LEADING_ACRONYM.match(mention.surface)
        owner = _whole(matcher, acronym.group(1), specs, ("organization",)) if acronym else None
        if acronym is not None and owner is not None and owner != mention.entity:
            end = mention.start + acronym.end(1)
            nested.append(Mention(owner, mention.section, mention.start, end, acronym.group(1)))
        seat = _SEATED_BEFORE_IN.search(mention.surface)
        place = _whole(matcher, mention.surface[seat.end() :], specs, ("place", "country")) if seat else None
        if seat is not None and place is not None:
            start = mention.start + seat.end()
            nested.append(
                Mention(place, mention.section, start, mention.end, document.text[start : mention.end])
            )
    return nested


def _whole(
    matcher: DocumentMatcher, words: str, specs: list[EntitySpec], kinds: tuple[str, ...]
) -> int | None:
    """The entity of the given kinds that `words`, all of them, name; None otherwise."""
    found = matcher.find(words)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(words):
        entity = found[0].entity
        return entity if specs[entity].kind in kinds else None
    return None


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    return any(start <= offset < end for start, end in spans)


_CAPITALISED_BEFORE = re.compile(r"(?<![\w.])(?!The\b)[A-Z][\w’'-]*[ \t]+$")
_CAPITALISED_AFTER = re.compile(r"^(?:[’']s)?[ \t]+[A-Z]")


def _stands_alone(text: str, match: Match) -> bool:
    """A name in a title, heading, byline or list of names is a mention of it unless a capitalised
    word sits right beside it: in 'Eurasia Membership Monitor' or 'CHINA WATCHES' it is part of
    a longer name or of a shouted line, not named on its own. Text is a mention anywhere else."""
    before = text[max(0, match.start - 40) : match.start]
    after = text[match.end : match.end + 4]
    return not _CAPITALISED_BEFORE.search(before) and not _CAPITALISED_AFTER.match(after)


def _regions(specs: list[EntitySpec]) -> dict[str, tuple[int, ...]]:
    """Each named region's countries ('Central Asia' -> the five), for group phrases."""
    regions: dict[str, list[int]] = {}
    for index, spec in enumerate(specs):
        if spec.kind == "country" and spec.category and spec.category != OTHER_REGION:
            regions.setdefault(spec.category, []).append(index)
    return {region: tuple(members) for region, members in regions.items()}


def _reading_kind(spec: EntitySpec) -> str:
    """The kind a sentence is read with: a news agency is no body a state joins or a text is about."""
    return "media" if spec.category == MEDIA else spec.kind


_BIG_CITY = 100_000  # people: a city this big is the one its name means, and lies in no other city


@dataclass(frozen=True)
class _KnownPlaces:
    """What the world-cities table says of the places a document names, to overrule a reading
    of 'Support for Moscow in Kazakhstan' or 'Talks between Tashkent and Bishkek in Osh' as a
    seat: a big city lies in its own country, in no other city, and in a region only if its
    country does."""

    cities: dict[int, City]
    country_codes: dict[int, str]
    region_codes: dict[int, frozenset[str]]

    def misplaced(self, fact: RelationFact) -> bool:
        city = self.cities.get(fact.subject) if fact.predicate == "located_in" else None
        if city is None:
            return False
        if fact.object in self.country_codes:
            return self.country_codes[fact.object] != city.country
        if fact.object in self.region_codes:
            return city.country not in self.region_codes[fact.object]
        return fact.object in self.cities


def _known_places(
    specs: list[EntitySpec], named: set[int], regions: dict[str, tuple[int, ...]]
) -> _KnownPlaces:
    """The big cities among the places a document names, with the countries and regions it names
    (a seat's container is always one the document names)."""
    table = world_cities()
    cities = {}
    for entity in named:
        city = table.get(city_key(specs[entity].name)) if specs[entity].kind == "place" else None
        # A town the gazetteer knows, or a capital: not Rasht in Tajikistan, a namesake of Iran's.
        if (
            city is not None
            and city.population >= _BIG_CITY
            and (specs[entity].origin == "gazetteer" or city.capital)
        ):
            cities[entity] = city
    if not cities:
        return _KnownPlaces({}, {}, {})
    country_codes = {
        entity: code
        for entity in named
        if specs[entity].kind == "country" and (code := specs[entity].iso_code)
    }
    region_codes = {
        entity: frozenset(code for member in regions[specs[entity].name] if (code := specs[member].iso_code))
        for entity in named
        if specs[entity].kind == "place" and specs[entity].name in regions
    }
    return _KnownPlaces(cities, country_codes, region_codes)


def _capitals(specs: list[EntitySpec], named: set[int]) -> dict[int, int]:
    """Each capital city the document names -> its country, when the document names that country
    too: 'Tashkent suspended …' in a text about Uzbekistan, not 'Sofia joined …' in one about a
    lecturer called Sofia."""
    cities = world_cities()
    capital_of = {}
    for entity in named:
        city = cities.get(city_key(specs[entity].name)) if specs[entity].kind == "place" else None
        if city is not None and city.capital:
            capital_of[entity] = city.country
    if not capital_of:
        return {}
    country_of = {spec.iso_code: index for index, spec in enumerate(specs) if spec.kind == "country"}
    return {
        entity: country_of[code]
        for entity, code in capital_of.items()
        if code in country_of and country_of[code] in named
    }


_YEAR_ONLY = re.compile(YEAR_PATTERN)
_YEAR_LEAD = re.compile(rf"^(?P<year>{YEAR_PATTERN})\s*(?:[–—:]|-{{1,2}})\s*")
_WORDS = re.compile(r"[^\W\d_]+")
_PARENTHESES = re.compile(r"\([^)]*\)")


def _says_something(sentence: str) -> bool:
    """A dated sentence worth a timeline row: not a photo caption or credit such as
    'Bishkek, 6 July 2012.' or '5 December 2002 (© AP/Wide World Photo)'."""
    plain = _PARENTHESES.sub(" ", _without_dates(sentence))
    words = [word for word in _WORDS.findall(plain) if len(word) > 1]
    return len(words) >= MIN_EVENT_WORDS


def _without_dates(sentence: str) -> str:
    pieces, cursor = [], 0
    for date in find_dates(sentence):
        pieces.append(sentence[cursor : date.start])
        cursor = date.end
    pieces.append(sentence[cursor:])
    return " ".join(pieces)


def _pairs(ids: list[int]) -> list[tuple[int, int]]:
    return [(a, b) for i, a in enumerate(ids) for b in ids[i + 1 :]]


_DEFINING = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:,\s*)?(?:is|was|are|were)\s+(?:(?:created|established|founded|set\s+up|formed)\b"
    r"|(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:country|state|republic|nation|organi[sz]ation|alliance|bloc|union|"
    r"community|body|agency|council|commission|committee|office|centre|center|programme|program|initiative|"
    r"partnership|framework|forum|treaty|agreement|convention|charter|declaration|accord|city|capital|town|region|"
    r"province|district|river|base|airport|institute|academy|university|mission|force|group|mechanism|process|"
    r"plan|network|structure|secretariat|assembly|project|exercise|fund|politician|diplomat|president|minister|"
    r"leader|official)s?\b)"
)


def _defines(sentence_text: str, sentence: SentenceFacts, match: Match) -> bool:
    """'The EADRCC was created in 1998 to ...' / 'X is a regional organization ...': the entity
    leads the sentence and the sentence says what kind of thing it is."""
    if match.start - sentence.start > 8:
        return False
    lead = sentence_text[: match.start - sentence.start].strip().lower()
    if lead not in ("", "the"):
        return False
    rest = sentence_text[match.end - sentence.start : match.end - sentence.start + 160]
    return bool(_DEFINING.match(rest))
