"""Who holds which post in a body, read from two layouts of reference lists.

A list of office holders under a line that names the office ('Secretaries-General of the CSTO'
over rows 'Nikolai Bordyuzha (Russia) ........ 2003-2016'): each row is one holder of the office
at the body (or state) the line names, from the first date of the row's term; a term that has
ended is a post left, an acting one is acting, a disputed one is uncertain.

An organization chart drawn as a tree ('├── Secretariat — Seat: Bishkek'): each box is part of
the box one level up, and the 'Head: X' line under it names its head.
"""

from __future__ import annotations

import re

from database.relations.context import Context
from database.relations.offices import _CLOSED_SPAN
from database.relations.sentence import SentenceReader
from database.relations.skeleton import COUNTRY, ORG, PERSON, PLACE

# 'A. Secretaries-General of …', 'Heads of the OSCE Programme Office in Dushanbe', 'Foreign Ministers of …'.
_SUCCESSION_HEADING = re.compile(
    r"^\W*(?:[A-Z0-9]{1,3}[.)]\s+)?(?:(?:List|Succession|Roll)\s+of\s+(?:the\s+)?)?(?:Former\s+)?"
    r"(?P<title>(?:(?:Deputy|Foreign|Defen[cs]e|Prime|Executive|Special|Permanent)\s+)?"
    r"(?:Secretar(?:ies|y)[- ]Generals?|Secretaries|Directors(?:[- ]General)?|Commanders|Heads|Chiefs|"
    r"Chairmen|Chairs|Chairpersons|Presidents|Ministers|Ambassadors|Envoys|Representatives|Coordinators)"
    r"(?:\s+of\s+(?:Defen[cs]e|Foreign\s+Affairs|the\s+Interior|Internal\s+Affairs|Staff))?)"
    r"\s+(?:of|to|at)\s+\S"
)
# A row: ranks or honorifics, the holder, a bracket (a country, a note), then a leader or a wide gap
# and the term, which opens with a date ('1 January 2020 - 31 December 2022', 'Sept. 2022-present').
_ROW = re.compile(
    rf"^\W*(?:[A-Z][a-z]{{0,11}}\.?\s+){{0,3}}(?P<person>{PERSON})(?:\s*\([^()]{{1,40}}\))?"
    r"\s*(?:\.{3,}|…+|\t|\s{3,}|\s[-–—|]\s)\s*(?P<term>.+)$",
    re.DOTALL,
)
# A term cut short without an end date: '2022 (recalled by Yerevan)'.
_CUT_SHORT = re.compile(r"\((?:recalled|dismissed|died|resigned|removed)", re.IGNORECASE)
# What may come before a term's first date: 'the 3rd of March 2019', 'from 2004', 'Sept. 2022'.
_BEFORE_TERM_DATE = re.compile(r"\s*(?:the|from|since|[A-Z][a-z]{2,8}\.?)?\s*")
_BODY = re.compile(rf"{ORG}|{COUNTRY}")
_YEAR_RANGE = re.compile(r"(?P<year>(?:19|20)\d\d)\s*[-–—]\s*(?:(?:19|20)\d\d\b|present|now)")
_NOTE = re.compile(r"^\W*(?:Notes?|NB|N\.B\.|Sources?)\b")
_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|served|held|led)\b")
_ACTING = re.compile(r"\bacting\b|\binterim\b", re.IGNORECASE)
_DISPUTED = re.compile(r"\bdisputed\b|\bcontested\b|\bunconfirmed\b", re.IGNORECASE)
_PLURALS = (
    (re.compile(r"Secretar(?:ies|y)([- ])Generals?"), r"Secretary\1General"),
    (re.compile(r"Chairmen\b"), "Chairman"),
    (re.compile(r"Secretaries\b"), "Secretary"),
    (
        re.compile(
            r"(Director|Commander|Head|Chief|Chair|Chairperson|President|Minister|Ambassador|Envoy|"
            r"Representative|Coordinator)s\b"
        ),
        r"\1",
    ),
)


def _singular(title: str) -> str:
    for plural, singular in _PLURALS:
        title = plural.sub(singular, title, count=1)
    return " ".join(title.split())


def _office_of_line(reader: SentenceReader) -> tuple[str, int] | None:
    """'A. Secretaries-General of the Collective Security Treaty Organization (CSTO)' as a line of
    its own: the office and the first body (or state) it names."""
    titled = _SUCCESSION_HEADING.match(reader.text)
    if titled is None or "\n" in reader.text.strip() or _VERB.search(reader.text):
        return None
    body = _BODY.search(reader.text, titled.end("title"))
    if body is None:
        return None
    return _singular(titled.group("title")), reader.skeleton.mention_at(body.group()).entity


def read_succession_row(reader: SentenceReader, context: Context, heading: str) -> None:
    """One row of a list of office holders under a line (or heading) naming the office and its body."""
    opened = _office_of_line(reader)
    if opened is not None:
        context.succession_office = opened
        return
    office = context.succession_office
    titled = _SUCCESSION_HEADING.match(heading)
    holder = (
        context.heading_organization if context.heading_organization is not None else context.heading_country
    )
    if office is None and titled is not None and holder is not None:
        office = _singular(titled.group("title")), holder
    row = _ROW.match(reader.text) if office is not None else None
    if row is None or office is None:
        if not _NOTE.match(reader.text):
            context.succession_office = None  # the list has ended; a note under it has not ended it
        return
    term_start = row.start("term")
    dates = [date for date in reader.dates if date.start >= term_start]
    years = _YEAR_RANGE.match(reader.text, term_start)  # '2003-2016' is no date of its own
    if years:
        start = years.group("year")
    elif dates and _BEFORE_TERM_DATE.fullmatch(reader.text, term_start, dates[0].start):
        start = dates[0].date.iso
    else:
        return  # 'same person as above', a note: no term, no post
    role, holder = office
    term = row.group("term")
    if _ACTING.search(term):
        role = f"acting {role}"
    elif (_CLOSED_SPAN.search(term) or _CUT_SHORT.search(term)) and not re.search(
        r"present|now|incumbent", term, re.IGNORECASE
    ):
        role = f"former {role}"
    person = reader.skeleton.mention_at(row.group("person")).entity
    method = "previous sentence" if _DISPUTED.search(term) else "heading"
    reader.add(person, "holds_office", holder, role=role, date=start, method=method)


# An organization chart drawn as a tree: '├── Secretariat — Seat: Bishkek', '│   └── Legal Department'.
_TREE_BRANCH = re.compile(rf"^(?P<prefix>[│| \t]*)[├└]──\s*(?P<body>{ORG}(?![\w’'-]))?(?P<rest>[^\n]*)$")
_SEAT = re.compile(rf"\b(?:[Ss]eat|[Hh]eadquarters|HQ|[Bb]ased\s+in)\s*:?\s*(?P<place>{PLACE})")
_BRANCH_WIDTH = 4  # '├── ' and '│   ' are four characters wide


def read_chart_line(reader: SentenceReader, context: Context) -> None:
    """A box of an organization chart drawn as a tree under its root (the heading's organization):
    part of the box one level up, seated where its line says, and the record whose 'Head: X'
    line below names its head. A box the build does not know ends the record above it."""
    branch = _TREE_BRANCH.match(reader.text)
    if branch is None:
        return
    path = context.chart_path or (context.heading_organization,)
    depth = min(len(branch.group("prefix").expandtabs(_BRANCH_WIDTH)) // _BRANCH_WIDTH + 1, len(path))
    body = reader.skeleton.mention_at(branch.group("body")).entity if branch.group("body") else None
    parent = path[depth - 1]
    context.chart_path = (*path[:depth], body)
    context.record_subject = None
    if body is None:
        return
    if parent is not None and parent != body:
        reader.add(body, "part_of", parent, method="heading")
    seat = _SEAT.search(branch.group("rest"))
    if seat:
        reader.add(body, "located_in", reader.skeleton.mention_at(seat.group("place")).entity)
    context.record_subject = (body, reader.skeleton.kinds[reader.index_of(body)])
