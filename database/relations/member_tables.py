"""Memberships read from tables, records and bulleted lists rather than prose.

A members table row ("CSTO ........ Armenia, Belarus"), a status table ("| Uzbekistan | CSTO |
suspended |"), a table whose header names organizations, a "Key: value" record ("Members: A,
B", "C: rejoined 2006, suspended 2012", "Signed: <date> by A and B") and a bullet under a
country's heading ("• Joined the CSTO in 1994") state each cell's status and date.
"""

from __future__ import annotations

import re

from database.dates import find_dates
from database.facts import STATUSES
from database.records import codebook_status, iso_date
from database.relations.context import _RECORD_NAME, Context
from database.relations.dating import _clause_end, _date_for
from database.relations.member_clauses import _MEMBER_STATUS_SET
from database.relations.sentence import SentenceReader
from database.relations.skeleton import _COUNTRIES, _OBJECTS, _SEP, COUNTRY, ORG, PLACE, _listing
from database.wrapping import LATEX_ROW, LATEX_ROW_END

_PIPE_ROW = re.compile(
    rf"^\W*(?P<subjects>{_COUNTRIES})\s*\|\s*(?P<objects>{_listing(ORG)})\s*\|"
    r"\s*(?P<status>[a-z][a-z -]+?)\s*"
    r"(?:\|\s*(?P<date>[^|]*?)\s*)?\|?\s*$"
)
_TABLE_ROW = re.compile(
    rf"^\W*(?P<org>{ORG})(?:\s*\([^()]*\))?\s*(?:\.{{3,}}|…+|\||:|–|—|-{{2,}}|\t)[\s.…|:–—\t-]*(?P<subjects>{_COUNTRIES})\W*$"
)
# The status a table cell states: "founding member (2001)", "joined 2015-08-12", "not a member".
_CELL_STATUS = (
    (re.compile(r"^(?:not\s+a\s+member|non-?member|no\s+membership)\b"), "not a member"),
    (re.compile(r"^(?:co-?)?founding\s+member|^founder\b"), "founding member"),
    (re.compile(r"^re-?joined\b"), "rejoined"),
    (re.compile(r"^(?:joined|acceded|admitted)\b"), "joined"),
    (re.compile(r"^(?:full\s+)?member(?:\s+state)?\b"), "member"),
    (re.compile(r"^observer\b"), "observer"),
    (re.compile(r"^(?:suspended|frozen)\b"), "suspended"),
    (re.compile(r"^(?:withdrew|withdrawn|left)\b"), "withdrew"),
    (re.compile(r"^(?:applied|applicant)\b"), "applied"),
)
# A cell whose status the rest of the cell ends, plans or qualifies states no status of its own.
_CELL_HEDGE = re.compile(
    r"\b(?:until|till|left|suspended|frozen|expected|planned|plans?|pending|proposed|former|formerly|withdr\w+|"
    r"revoked|talks|negotiat\w+|sought|requested)\b",
    re.IGNORECASE,
)
# Nor one another status follows ('observer (2005), member since 2017'): whose is the date?
_CELL_ANOTHER_STATUS = re.compile(r"\b(?:(?:re-?)?joined|acceded|admitted|member|observer|appli\w+)\b", re.I)
_HEADING_LEAD = re.compile(
    rf"^\W*(?P<status>(?:Re-?)?[Jj]oined|Became\s+(?:a\s+)?(?:full\s+)?member\s+of|Acceded\s+to|Member\s+of|"
    rf"Founding\s+member\s+of)\s+(?P<objects>{_OBJECTS})"
)
_HEADING_STATUS = {"joined": "joined", "rejoined": "rejoined", "re-joined": "rejoined"}
# A 'Key: value' record ("Name: Collective Security Treaty Organization" then "Members: A, B").
_RECORD_ITEM = rf"{COUNTRY}(?:\s*\([^()]{{0,60}}\))?"
# A mark after an item that sends the reader to a caveat: 'Azerbaijan (left 1999)*'. The
# skeleton blanks asterisks (emphasis), so the mark is looked for in the sentence as written.
_CAVEAT_AFTER = re.compile(r"\s*(?:\([^()]{0,60}\))?\s*[*†‡?]")
CAVEAT_CONFIDENCE = 0.5
# 'Members: A, B', and as data files write it, 'founding_members: [A, B (joined 2017)]'.
# 'Members: A, B', an infobox's 'Membership            A, B' (the label set apart by a wide gap).
_RECORD_ROW = re.compile(
    rf"^[\s>*•·–-]*(?P<label>[A-Za-z][A-Za-z_ -]{{1,40}}?)(?:(?P<colon>\s*:)|[ ]{{3,}}|\t)\s*\[?\s*"
    rf"(?P<items>{_RECORD_ITEM}(?:{_SEP}{_RECORD_ITEM})*)\s*\]?\s*\.?\s*$"
)
# Label -> status, the more specific label first ("Founding members" before "Members").
_RECORD_LABELS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"^(?:{label})$", re.IGNORECASE), status)
    for label, status in (
        (r"founding\s+(?:members?|participants?|states?|parties)", "founding member"),
        (r"(?:later|new|newer)\s+(?:members?|participants?)", "joined"),
        (r"former\s+(?:members?|participants?)", "withdrew"),
        (r"(?:planned|prospective|future)\s+(?:members?|participants?)", "planned"),
        (r"(?:not|non-?)\s*(?:members?|participants?)", "not a member"),
        (r"observers?(?:\s+states?)?", "observer"),
        (r"applicants?|applications?|applied", "applied"),
        (r"suspended(?:\s+members?)?|frozen", "suspended"),
        (
            r"(?:full\s+)?(?:members?|membership|member\s+states?|participants?|participating\s+(?:states?|countries)|"
            r"beneficiary\s+(?:states|countries))",
            "member",
        ),
    )
)
# "Uzbekistan: rejoined 2006, suspended 2012" in a record about one organization.
_RECORD_STEP = (
    r"(?:founding\s+member|joined|rejoined|suspended|withdrew|left|observer\s+since|member\s+since|applied)"
    r"\s+(?:in\s+|on\s+)?[^,;«»]{0,20}?\b\d{4}"
)
_RECORD_HISTORY = re.compile(
    rf"^\s*(?P<subject>{COUNTRY})\s*:\s*(?P<steps>{_RECORD_STEP}(?:\s*[,;]\s*{_RECORD_STEP})*)\s*\.?\s*$",
    re.IGNORECASE,
)
# A note that is nothing but a step: '(withdrew 1999)', '(founding member)', '(observer since 2012)'.
_NOTE_STEP = re.compile(
    r"(?:founding\s+member|joined|rejoined|suspended|withdrew|left|observer(?:\s+since)?|member(?:\s+since)?|"
    r"applied)(?:\s+(?:in\s+|on\s+)?[^,;«»()]{0,20}?\b\d{4}(?:-\d{2}){0,2})?",
    re.IGNORECASE,
)
# A note under a members label that says the item is not (yet, or fully) a member.
_NOT_YET_OR_NOT_FULLY = re.compile(
    r"\b(?:observer|only|candidate|joining|to\s+join|partner|guest|applicant|application|accession|associate|"
    r"exited|expelled|quit|ceased|lapsed|from|as\s+of)\b",
    re.IGNORECASE,
)
# '2019–2021', '2019-2021', '2019–21' (not an ISO month such as '2024-02').
_ENDED_YEARS = re.compile(
    r"\b(?:19|20)\d{2}\s*(?:[–—]\s*(?:(?:19|20)\d{2}|\d{2})|-\s*(?:19|20)\d{2})\b(?!-\d)"
)
_STEP_STATUS = (
    ("founding", "founding member"),
    ("rejoined", "rejoined"),
    ("joined", "joined"),
    ("suspended", "suspended"),
    ("withdrew", "withdrew"),
    ("left", "withdrew"),
    ("observer", "observer"),
    ("member", "member"),
    ("applied", "applied"),
)
# "Signed: 8 September 2006 at Semipalatinsk by A, B and C" in a record about one treaty.
_RECORD_SIGNED = re.compile(
    rf"^\s*(?i:signed)\s*:\s*(?P<when>(?:[^«»]|{PLACE}){{0,120}}?)\s+by\s+(?P<subjects>{_COUNTRIES})\s*\.?\s*$"
)
# "Parties: A, B", "parties: [A, B]": who signed the record's treaty (the line says not when).
_RECORD_PARTIES = re.compile(
    rf"^\s*(?i:parties|state[\s_]+parties|signatories|signed[\s_]+by)\s*:\s*\[?\s*(?P<subjects>{_COUNTRIES})\s*\]?\s*\.?\s*$"
)
# "Signed: planned for 2026 by Iran", "Signed: not yet by Serbia": no signature yet.
_UNSIGNED_WHEN = re.compile(
    r"\b(?:plan\w*|expected|not|yet|to\s+be|will|due|scheduled|pending|proposed|intend\w*)\b", re.IGNORECASE
)


def read_record_row(reader: SentenceReader, context: Context) -> None:
    """A line of a 'Key: value' record about one organization or treaty: 'Members: A, B',
    'Former members: C (withdrew 1999)', 'D: rejoined 2006, suspended 2012', 'Signed: <date>
    at <place> by A and B'. The record's 'Name:' line (see `offices.read_record_offices`) says what the
    lines are about."""
    if _RECORD_NAME.match(reader.text):
        return
    if context.record_subject is None:
        row = _RECORD_ROW.match(reader.text)
        # An infobox's gap-set row is the title's organization's: a heading may name an exercise.
        about = (
            context.heading_organization or context.topic_organization
            if row is None or row.group("colon")
            else context.topic_organization
        )
        lately = {entity for entity, _ in context.recent_organizations}
        if about is not None and not context.in_note and lately <= {about}:
            # 'MEMBERS: A, B' under a heading that names one organization or programme, else in a
            # factbox whose title names one: that one's, when the lines before name no other.
            _record_members(reader, about, method="heading")
        return
    subject, kind = context.record_subject
    if kind == "treaty":
        signed = _RECORD_SIGNED.match(reader.text)
        if signed and not _UNSIGNED_WHEN.search(signed.group("when")):
            when = find_dates(signed.group("when"))
            for party in reader.entities(signed.group("subjects")):
                reader.add(party, "signed", subject, date=when[0].date.iso if when else None, method="table")
        parties = _RECORD_PARTIES.match(reader.text)
        if parties:
            for party in reader.entities(parties.group("subjects")):
                reader.add(party, "signed", subject, method="table")
        return
    if kind not in ("organization", "programme"):
        return
    _record_members(reader, subject)
    history = _RECORD_HISTORY.match(reader.text)
    if history:
        member = reader.skeleton.mention_at(history.group("subject")).entity
        for step in re.finditer(_RECORD_STEP, history.group("steps"), re.IGNORECASE):
            word = step.group().lower()
            status = next(status for prefix, status in _STEP_STATUS if prefix in word)
            dates = find_dates(step.group())
            date = dates[0].date.iso if dates else None
            reader.add(member, "member_of", subject, date=date, status=status, method="table")


def _record_members(reader: SentenceReader, organization: int, method: str = "table") -> None:
    """'Observers: Pakistan (since 2020)': each country with the label's status, or the one its
    note states ('(withdrew 1999)'), dated by its own note."""
    row = _RECORD_ROW.match(reader.text)
    if not row:
        return
    label = " ".join(row.group("label").replace("_", " ").split())
    status = next((status for pattern, status in _RECORD_LABELS if pattern.match(label)), None)
    if status is None:
        return
    for item in re.finditer(_RECORD_ITEM, row.group("items")):
        note = item.group()[4:].strip(" ()")
        own = next((own for prefix, own in _STEP_STATUS if note.lower().startswith(prefix)), None)
        if not _NOTE_STEP.fullmatch(note):
            own = None  # 'Iran (observer talks 2019)': talks about a status, not the status.
            if status in _MEMBER_STATUS_SET and _NOT_YET_OR_NOT_FULLY.search(note):
                continue  # 'China (observer only)', 'Belarus (joining 2026)': the note unsays the label.
        if status == "withdrew" and own in _MEMBER_STATUS_SET:
            own = None  # 'Former members: Uzbekistan (rejoined 2006)': former, whatever it did before.
        if status == "suspended" and _ENDED_YEARS.search(note):
            continue  # 'Suspended: Uzbekistan (2008–2012)': a suspension over, its status now unsaid
        ended = own == "suspended" and status in _MEMBER_STATUS_SET and _ENDED_YEARS.search(note)
        if ended:
            # 'Membership: Kyrgyzstan (suspended 2019–2021)': a member again, since a date not given.
            reader.add(
                reader.skeleton.mention_at(item.group()[:4]).entity,
                "member_of",
                organization,
                status=status,
                method=method,
            )
            continue
        item_status = own if own and status in _MEMBER_STATUS_SET | {"withdrew"} else status
        if item_status in _MEMBER_STATUS_SET | {"observer"} and _CELL_HEDGE.search(note):
            continue
        dates = find_dates(note) if item_status != "not a member" and (own or status != "withdrew") else []
        mention = reader.skeleton.mention_at(item.group()[:4])
        member = mention.entity
        caveat = _CAVEAT_AFTER.match(reader.span.text, mention.end - reader.span.start) is not None
        date = dates[0].date.iso if dates else None
        reader.add(
            member,
            "member_of",
            organization,
            date=date,
            status=item_status,
            method=method,
            confidence=CAVEAT_CONFIDENCE if caveat else None,
        )


def read_table_row(reader: SentenceReader, heading: str) -> None:
    """'CSTO ........ Armenia, Belarus, Kazakhstan': a row of a members table; or a row
    '| Uzbekistan | CSTO | suspended | June 2012 |' of a status table."""
    piped = _PIPE_ROW.match(reader.text)
    if piped and piped.group("status").strip() in STATUSES:
        status = piped.group("status").strip()
        dates = find_dates(piped.group("date") or "")
        for subject in reader.entities(piped.group("subjects")):
            for obj in reader.entities(piped.group("objects")):
                date = dates[0].date.iso if dates else None
                reader.add(subject, "member_of", obj, date=date, status=status, method="table")
        return
    found = _TABLE_ROW.match(reader.text)
    if not found:
        return
    subjects = reader.entities(found.group("subjects"))
    if len(subjects) < 2:
        return
    lowered = heading.lower()
    status = "observer" if "observer" in lowered else "applied" if "applica" in lowered else "member"
    if "dialogue partner" in lowered or "partner" in lowered and "member" not in lowered:
        return
    for subject in subjects:
        for obj in reader.entities(found.group("org")):
            reader.add(subject, "member_of", obj, status=status, method="table")


def cell_status(cell: str) -> tuple[str | None, str]:
    """The status a cell opens with and the rest of the cell after it."""
    lowered = cell.lower()
    for pattern, status in _CELL_STATUS:
        found = pattern.match(lowered)
        if found:
            return status, cell[found.end() :]
    return None, cell


_LATEX_ROW = re.compile(LATEX_ROW)
_LATEX_ROW_END = re.compile(LATEX_ROW_END)


def _table_cells(text: str) -> list[str] | None:
    """The cells of a table row written with pipes ('| A | B |') or as LaTeX ('A & B \\\\');
    None for a line that is no such row."""
    if text.count("|") >= 2:
        return [cell.strip() for cell in text.strip("|").split("|")]
    if _LATEX_ROW.search(text):
        return [cell.strip() for cell in _LATEX_ROW_END.sub("", text).split("&")]
    return None


def read_table_cells(reader: SentenceReader, context: Context) -> None:
    """A table whose header names organizations and whose rows open with a country:
    '| Uzbekistan | joined 2001-06-15 | suspended (2012) |' under '| Country | SCO | CSTO |'."""
    cells = _table_cells(reader.text.strip())
    if cells is None:
        context.table_columns = None
        return
    tokens = [re.findall(rf"{ORG}|{COUNTRY}", cell) for cell in cells]
    organizations = [
        reader.skeleton.mention_at(found[0]).entity if len(found) == 1 and found[0][1] == "O" else None
        for found, cell in zip(tokens, cells, strict=True)
    ]
    if (
        not tokens[0]
        and any(organizations[1:])
        and all(
            organization is not None or not cell
            for organization, cell in list(zip(organizations, cells, strict=True))[1:]
        )
    ):
        context.table_columns = tuple(organizations)
        return
    columns = context.table_columns
    if columns is None or len(tokens[0]) != 1 or tokens[0][0] != cells[0] or tokens[0][0][1] != "C":
        return
    country = reader.skeleton.mention_at(tokens[0][0]).entity
    for column, cell in zip(columns[1:], cells[1:], strict=False):
        status, rest = cell_status(cell)
        if column is None or status is None:
            continue
        if _CELL_HEDGE.search(rest) or _CELL_ANOTHER_STATUS.search(rest):
            continue  # "member until 2012", "member (expected 2024)": not the status the date dates.
        dates = find_dates(cell)
        date = dates[0].date.iso if dates and status != "not a member" else None
        reader.add(country, "member_of", column, date=date, status=status, method="table")


# A status table's header: the first column the state, another its status, perhaps one its date.
_STATE_COLUMN = re.compile(
    r"(?i)(?:member\s+)?(?:states?|countr(?:y|ies)|participants?|part(?:y|ies))(?:\s*/\s*\w+)?"
)
_STATUS_COLUMN = re.compile(r"(?i)(?:membership\s+)?status|membership")
_DATE_COLUMN = re.compile(r"(?i)since|date|year|from|joined|as\s+of")
# A column of bodies ('State | Organization | Status'): each row says whose status, not the heading.
_BODY_COLUMN = re.compile(
    r"(?i)organi[sz]ations?|bod(?:y|ies)|blocs?|alliances?|forums?|groups?|treat(?:y|ies)|programmes?"
)
# Cells apart by a bar or two spaces or more (the text has its tabs as spaces by then).
_GAP = re.compile(r"\s*(?:\||[ ]{2,})\s*")


def note_status_header(context: Context, line: str) -> None:
    """Read for every line: a status table's header ('State | Status | Since', or in columns set
    apart by wide gaps) opens the table; its rule and its rows keep it open; any other line ends it."""
    cells = _cells(line)
    if len(cells) < 2 or (
        context.status_columns is not None and _another_table(cells, context.status_columns)
    ):
        context.status_columns = None
    if len(cells) < 2:
        return
    if (
        _STATE_COLUMN.fullmatch(cells[0])
        and any(_STATUS_COLUMN.fullmatch(cell) for cell in cells[1:])
        and not any(_BODY_COLUMN.search(cell) for cell in cells)
    ):
        status_at = next(index for index, cell in enumerate(cells) if _STATUS_COLUMN.fullmatch(cell))
        date_at = next((index for index, cell in enumerate(cells) if _DATE_COLUMN.fullmatch(cell)), None)
        context.status_columns = (status_at, date_at, len(cells))


def _another_table(cells: list[str], columns: tuple[int, int | None, int]) -> bool:
    """A row of another width, or another header ('| State | Role | Since |' after the table):
    another table has begun."""
    return cells != ["", ""] and (len(cells) != columns[2] or _STATE_COLUMN.fullmatch(cells[0]) is not None)


def _cells(line: str) -> list[str]:
    text = line.strip().strip("|").strip()
    if re.fullmatch(r"[-=+:| ]+", text):
        return ["", ""]  # a table's rule
    # TiddlyWiki marks a header cell with '!' ('|!State |!Status |').
    return [cell.lstrip("!") for cell in _GAP.split(text)] if _GAP.search(text) else []


def read_status_table(reader: SentenceReader, context: Context) -> None:
    """A row of a table of states and their status in the one organization its heading (or the
    document) is about: 'India | member | 2017' under 'State | Status | Since', or
    'Kazakhstan     founding     2025-06-02' in columns."""
    if context.status_columns is None:
        return
    cells = _cells(reader.text)
    status_at, date_at, width = context.status_columns
    about = context.heading_organization or context.topic_organization
    country = re.fullmatch(COUNTRY, cells[0]) if len(cells) == width else None
    if about is None or about in context.bodies or country is None or re.search(ORG, reader.text):
        return  # a row naming a body is about that body: 'Uzbekistan | CSTO | suspended' is read elsewhere
    status, rest = cell_status(cells[status_at])
    if status is None:
        status, rest = codebook_status(cells[status_at]), ""  # a codebook's word: 'founding', 'applicant'
    if status is None or _CELL_HEDGE.search(rest) or _CELL_ANOTHER_STATUS.search(rest):
        return
    date = None
    if date_at is not None and status != "not a member":
        dates = find_dates(cells[date_at])
        date = iso_date(cells[date_at]) or (dates[0].date.iso if dates else None)
    subject = reader.skeleton.mention_at(country.group()).entity
    reader.add(subject, "member_of", about, date=date, status=status, method="table")


def read_heading_lead(reader: SentenceReader, context: Context) -> None:
    """A bullet under a heading that names the country: '• Joined the CSTO in 1994.'"""
    if context.heading_country is None:
        return
    found = _HEADING_LEAD.match(reader.text)
    if not found:
        return
    word = found.group("status").split()[0].lower()
    status = _HEADING_STATUS.get(word, "founding member" if word == "founding" else "member")
    if word in ("became", "acceded"):
        status = "joined"
    date = _date_for(reader.text, reader.dates, 0, found.end("status"), _clause_end(reader.text, found.end()))
    for obj in reader.entities(found.group("objects")):
        reader.add(context.heading_country, "member_of", obj, date=date, status=status, method="heading")


# A register's legend: 'F  founding member   J  admitted (joined)   S  participation suspended'.
_LEGEND_ENTRY = re.compile(
    r"(?:^|(?<=\s))(?P<code>[A-Z])\s{1,4}(?:=\s*|-\s+|:\s*)?"
    r"(?P<meaning>[a-z][a-z ()-]{2,40}?)(?=\s{2,}|\s*$)",
    re.M,
)
# What a legend says that a table cell does not: 'participation suspended', 'readmitted',
# 'admission planned' (the rest it says as a cell does: `_CELL_STATUS`).
_LEGEND_ONLY_STATUS = (
    (re.compile(r"\b(?:re-?admitted|rejoined|re-?joined|readmission)\b"), "rejoined"),
    (re.compile(r"\b(?:planned|intended)\b"), "planned"),
    (re.compile(r"\bsuspended\b"), "suspended"),
)
_LEGEND_MINIMUM = 3  # codes that mean a status: fewer, and the letters are something else


def status_legend(text: str) -> dict[str, str]:
    """The status each one-letter code of a register's legend means; empty unless at least three
    codes of the document's legend name a membership status."""
    codes: dict[str, str] = {}
    for entry in _LEGEND_ENTRY.finditer(text):
        meaning = " ".join(entry.group("meaning").split())
        status = next((status for pattern, status in _CELL_STATUS if pattern.match(meaning)), None) or next(
            (status for pattern, status in _LEGEND_ONLY_STATUS if pattern.search(meaning)), None
        )
        if status is not None:
            codes.setdefault(entry.group("code"), status)
    return codes if len(codes) >= _LEGEND_MINIMUM else {}


# 'Kazakhstan   Collective Security Treaty Organization  F   07OCT2002': state, body, code, date.
_CODED_ROW = re.compile(
    rf"(?m)^[ \t]*(?P<state>{COUNTRY})[ \t]+(?P<organization>{ORG})[ \t]+(?P<code>[A-Z])(?![\w.])[ \t]*"
)


def read_coded_rows(reader: SentenceReader, context: Context) -> None:
    """Rows of a register whose status column holds the codes its legend explains; the row's
    date is the one right after the code."""
    if not context.status_codes:
        return
    for row in _CODED_ROW.finditer(reader.text):
        status = context.status_codes.get(row.group("code"))
        if status is None:
            continue
        date = next((found.date.iso for found in reader.dates if found.start == row.end()), None)
        state = reader.skeleton.mention_at(row.group("state")).entity
        organization = reader.skeleton.mention_at(row.group("organization")).entity
        reader.add(state, "member_of", organization, status=status, date=date, method="table")
