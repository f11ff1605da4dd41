"""What a membership clause is made of once read: its subjects, objects, status and dates.

The membership readers (`membership`, `member_lists`, `objectless`) share how a clause's dates
are shared out — "respectively", a date right after one object, "and suspended it in 2012",
"and B on <date>" — and the subject patterns before a verb; they live here so that no one of
those readers depends on another.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from database.dates import find_dates, month_number
from database.relations.dating import _PAREN_DATE, _clause_end, _event_dates, _leading_date
from database.relations.sentence import SentenceReader
from database.relations.skeleton import (
    _ADVERBS,
    _COUNTRIES,
    ASIDE_NAMING_ANOTHER,
    ORG,
    PLACE,
    TREATY,
    search_ungoverned,
)

_PRONOUN = r"(?P<pronoun>\b(?:[Ii]t|[Tt]he country|[Tt]he republic|[Bb]oth countries|[Tt]hey))"
_ORDINAL = (
    r"(?:\s+(?:was|were|became)\s+the\s+(?:first|last|second|third|fourth|fifth|latest)\b[^;.]{0,60}?\s+to)?"
)
# ', which had joined in 2006,' or a status apposition, ', a member since 2006,', between the
# subjects and their verb (not any apposition: ', the paper wrongly reported,' is hearsay).
_RELATIVE = (
    r"(?P<relative>\s*,\s*(?:(?:which|who)\s+[^,;]{1,100}?|(?:an?|the)\s+(?:founding\s+|full\s+)?"
    r"(?:member|observer|partner|participating\s+[Ss]tate)\b[^,;]{0,60}?),)?"
)
_SUBJECT_BEFORE = re.compile(
    rf"(?:(?P<subjects>{_COUNTRIES})(?:['’]s|\s*:)?{ASIDE_NAMING_ANOTHER}|{_PRONOUN}){_RELATIVE}{_ORDINAL}{_ADVERBS}$"
)


def subject_before(before: str) -> re.Match[str] | None:
    """The subjects (or pronoun) that end `before`, the text before a verb (see `_SUBJECT_BEFORE`)."""
    return search_ungoverned(_SUBJECT_BEFORE, before)


# "has stayed outside the CSTO since it suspended its membership on 28 June 2012": the suspension.
_SINCE_SUSPENDED = re.compile(
    r"\s*,?\s*(?:ever\s+)?since\s+(?:it|they)\s+(?:suspended|froze)\s+(?:its|their)\s+(?:membership|participation)\b"
)
# Between two organizations one verb takes: 'the CSTO in 1992 and the EAEU in 2015'.
TWO_OBJECTS_BETWEEN = re.compile(r"[^;«»]{0,30}\band\s+(?:the\s+)?")
# 'A joined X in 2017, B in July 2023 and C in 2024': after a date, another subject with its own.
_GAPPED = re.compile(
    rf"\s*(?:,\s*(?:and\s+|while\s+|whereas\s+)?|\s(?:and|while|whereas)\s+)(?P<subjects>{_COUNTRIES})\s+"
    r"(?:did\s+so\s+)?(?:in|on)\s+"
)
_COORDINATED_STATUS = (
    ("withdr", "withdrew"),
    ("left", "withdrew"),
    ("quit", "withdrew"),
    ("rejoin", "rejoined"),
    ("resum", "rejoined"),
    ("re-join", "rejoined"),
    ("suspend", "suspended"),
    ("freez", "suspended"),
    ("join", "joined"),
)
# Where the act took place, between it and its date: "at the «Astana» summit", "at a meeting
# in «Dushanbe»", "in «Moscow»".
_VENUE = (
    rf"(?:\s+(?:at|during)\s+(?:the\s+|an?\s+)?(?:(?:{PLACE}|[A-Z][\w’'-]*)\s+){{0,3}}"
    rf"(?:summit|meeting|conference|ceremony|session|talks)(?:\s+(?:in|of)\s+{PLACE})?|\s+in\s+{PLACE})?"
)
_IMMEDIATE_DATE = re.compile(
    # '(1994)', or another name with no date in it: '(Evraziyskiy ekonomicheskiy soyuz, EAES)'.
    r"\)?(?:\s*\((?:[^()]{1,15}|[^()\d]{1,80})\))?(?:\s+(?:together|along)\s+with\s+[^;]{0,200}?)?"
    rf"(?:\s+of\s+{_COUNTRIES})?"  # "the Customs Union of «Russia», «Belarus» and «Kazakhstan» in 2011"
    # A when-clause naming the founding act says when: "… when the «CSTO» Charter was signed in 2002".
    rf"(?:\s*,?\s+when\s+(?:the\s+|its\s+)?(?:{ORG}(?:['’]s)?\s+)?(?:{TREATY}|[Cc]harter|[Tt]reaty|[Aa]greement|"
    rf"[Dd]eclaration|[Pp]rotocol)\s+was\s+(?:signed|adopted|concluded)(?:\s+in\s+{PLACE})?)?"
    r"(?:\s+as\s+(?:an?\s+|(?:the|its|their)\s+(?:\w+\s+)?)?(?:full\s+)?(?:member|observer|partner)s?\b)?"
    + _VENUE
    # 'joined the CSTO for the first time in 2006', '…, for a second time, in 2006'.
    + r"(?:\s*,?\s+for\s+(?:the|a)\s+(?:first|second|third|fourth|last|final)\s+time\b(?!\s+since\b))?"
    + r"(?:\s+[a-z]+){0,2}?\s*,?\s*"
    r"(?:formally\s+|officially\s+)?(?:(?:in|on|since|from)\s+)?(?:early\s+|late\s+|mid-)?(?:the\s+)?|\s*\("
)
_LIST_GLUE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(?:the\s+)?")
_MEMBER_STATUS_SET = frozenset(("founding member", "joined", "rejoined", "member"))
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
# "on 10 May, 27 May, 1 June and 13 July 1994 respectively": day and month before the shared year.
_DAY_MONTH = re.compile(r"\b(?P<day>\d{1,2})\s+(?P<month>[A-Z][a-z]{2,8})\.?(?!\s*,?\s*\d{4})")


@dataclass(frozen=True)
class _ClauseSubject:
    """Who a membership clause is about, where that subject starts, and how it was found."""

    subjects: list[int]
    start: int
    method: str
    leading_allowed: bool
    """Whether a date opening the clause ('In 2002, …') dates it: not after a relative clause."""


@dataclass(frozen=True)
class _ClauseReading:
    """A membership clause read so far: what its dates and coordinated clauses attach to."""

    subjects: list[int]
    objects: list[int]
    status: str
    method: str
    objects_end: int
    clause_end: int


def _respective_memberships(reader: SentenceReader, reading: _ClauseReading) -> bool:
    """'A and B joined X in 1994 and 1996, respectively': each subject with its own date."""
    text = reader.text
    own_clause_end = _clause_end(text, reading.objects_end)
    respective_dates = [
        date.date.iso for date in _event_dates(text, reader.dates, reading.objects_end, own_clause_end)
    ]
    if len(respective_dates) < len(reading.subjects) and respective_dates:
        respective_dates = _shared_year_dates(text[reading.objects_end : own_clause_end]) or respective_dates
    if not (
        _RESPECTIVELY.search(text[reading.objects_end : own_clause_end])
        and len(reading.subjects) > 1
        and len(respective_dates) == len(reading.subjects)
    ):
        return False
    for subject, iso in zip(reading.subjects, respective_dates, strict=True):
        _add_memberships(reader, [subject], reading, reading.status, iso)
    return True


def _add_memberships(
    reader: SentenceReader, subjects: Sequence[int], reading: _ClauseReading, status: str, date: str | None
) -> None:
    """Each subject's status in each of the clause's organizations, read the clause's way."""
    for subject in subjects:
        for obj in reading.objects:
            reader.add(subject, "member_of", obj, date=date, status=status, method=reading.method)


def _suspended_since(reader: SentenceReader, reading: _ClauseReading) -> bool:
    """'not a member of X since its suspension in 2012': a suspension, dated by its own clause."""
    text = reader.text
    suspended = _SINCE_SUSPENDED.match(text, reading.objects_end)
    if reading.status != "not a member" or not suspended:
        return False
    since = _event_dates(text, reader.dates, suspended.end(), _clause_end(text, suspended.end()))
    _add_memberships(reader, reading.subjects, reading, "suspended", since[0].date.iso if since else None)
    return True


def _fallback_date(
    reader: SentenceReader, found: re.Match[str], subject: _ClauseSubject, reading: _ClauseReading
) -> str | None:
    """The clause's date for an object with none of its own: '(1994)' right after it, a date
    between subject and verb, or one that opens the clause; none for a non-membership."""
    paren = _PAREN_DATE.match(reader.text[reading.objects_end : reading.clause_end])
    if paren:
        return paren.group("year")
    if reading.status == "not a member":
        return None
    if subject.leading_allowed:
        return _clause_date(reader, subject.start, found.start("verb"))
    inside = _event_dates(reader.text, reader.dates, subject.start, found.start("verb"))
    return inside[-1].date.iso if inside else reader.default_date


def _dates_of_objects(
    reader: SentenceReader, found: re.Match[str], group: str, reading: _ClauseReading
) -> dict[int, str]:
    """Dates that belong to one object only ('the CSTO in 1994 and the SCO in 2001')."""
    text, objects_end, clause_end = reader.text, reading.objects_end, reading.clause_end
    if group == "objects":
        return _object_dates(reader, found.start("objects"), objects_end, clause_end)
    if group == "it":
        own = _event_dates(text, reader.dates, objects_end, clause_end)
        return {reading.objects[0]: own[0].date.iso} if own else {}
    right_after = [
        mention.date.iso
        for mention in _event_dates(text, reader.dates, objects_end, clause_end)[:1]
        if _IMMEDIATE_DATE.fullmatch(text, objects_end, mention.start)
    ]
    return {reading.objects[0]: right_after[0]} if right_after else {}


def _coordinated_status(reader: SentenceReader, coordinated: re.Match[str], reading: _ClauseReading) -> None:
    """'… joined X in 1992 and suspended its membership in 2012': the later status, its own date."""
    verb = coordinated.group("verb").lower()
    if verb.startswith("resumed") and reading.status != "suspended":
        return  # 'resumed it' takes back a suspension, and nothing else
    later_status = next(status for prefix, status in _COORDINATED_STATUS if verb.startswith(prefix))
    later_end = _clause_end(reader.text, coordinated.end())
    later_dates = _event_dates(reader.text, reader.dates, coordinated.end(), later_end)
    _add_memberships(
        reader, reading.subjects, reading, later_status, later_dates[0].date.iso if later_dates else None
    )


_GAP_ITEM_END = re.compile(r"\s*(?:[,;.)]|\s(?:and|while|whereas)\b|$)")
_GAP_TO_DATE = 12  # 'B in early July 2023', 'C on the 4th of July 2024'


def _gapped_subjects(reader: SentenceReader, gapped: re.Match[str], reading: _ClauseReading) -> None:
    """'A joined X on <date 1> and B on <date 2>': B joined too, on its own date; and so on along
    the list ('…, C in July 2023 and D in 2024'), each gap right after the date before it."""
    found: re.Match[str] | None = gapped
    while found is not None:
        more_end = _clause_end(reader.text, found.end())
        more_dates = _event_dates(reader.text, reader.dates, found.end() - 4, more_end)
        if (
            not more_dates
            or more_dates[0].start > found.end() + _GAP_TO_DATE
            or not _GAP_ITEM_END.match(reader.text, more_dates[0].end)
        ):
            return  # 'B in particular', 'B in 2021 fell to …', 'B in 2004 as an observer': not a gap.
        more_subjects = reader.entities(found.group("subjects"))
        if len(more_subjects) > 1 and _RESPECTIVELY.search(reader.text, more_dates[0].end, more_end):
            # '…, and C and D in 2023 and 2024 respectively': each its own date, or none.
            respective = replace(reading, subjects=more_subjects, objects_end=found.end() - 4)
            if not _respective_memberships(reader, respective):
                _add_memberships(reader, more_subjects, reading, reading.status, None)
            return
        _add_memberships(reader, more_subjects, reading, reading.status, more_dates[0].date.iso)
        found = _GAPPED.match(reader.text, more_dates[0].end)


_DAYS_OF_ONE_MONTH = re.compile(r"(?P<days>\b\d{1,2}(?:\s*,\s*\d{1,2})*\s*,?\s+and\s+)\d{1,2}\b")


# 'in May, June and': the months before the last one, which alone is written with the year.
_BARE_MONTHS = re.compile(
    r"(?s).*?\b(?:in|on)\s+(?P<months>[A-Z][a-z]{2,8}(?:\s*,\s*[A-Z][a-z]{2,8})*)\s*,?\s+and"
)


def _shared_year_dates(clause: str) -> list[str]:
    """'10 May, 27 May, 1 June and 13 July 1994': every day of the list in the year written last;
    '2, 6 and 8 October 2025': every day in the month and year written last; 'May, June and July
    1994': every month in the year written last."""
    months = [date for date in find_dates(clause) if date.date.month is not None]
    if months and months[-1].date.day is None:
        final = months[-1]
        names = _BARE_MONTHS.fullmatch(clause[: final.start].rstrip())
        if names is None:
            return []
        named = [month_number(name) for name in re.findall(r"[A-Z][a-z]{2,8}", names.group("months"))]
        if None in named:
            return []
        return [f"{final.date.year:04d}-{number:02d}" for number in named if number] + [final.date.iso]
    years = [date for date in months if date.date.day is not None]
    if not years:
        return []
    days = _DAYS_OF_ONE_MONTH.search(clause)
    if days and days.end() == years[-1].start + len(str(years[-1].date.day)):
        last = years[-1].date
        numbers = [int(number) for number in re.findall(r"\d{1,2}", days.group("days"))]
        return [f"{last.year:04d}-{last.month:02d}-{day:02d}" for day in numbers if 1 <= day <= 31] + [
            last.iso
        ]
    year = years[-1].date.year
    found = []
    for day_month in _DAY_MONTH.finditer(clause):
        month = month_number(day_month.group("month"))
        if month is None or day_month.start() >= years[-1].start:
            continue
        found.append(f"{year:04d}-{month:02d}-{int(day_month.group('day')):02d}")
    return [*found, years[-1].date.iso] if found else []


def _clause_date(reader: SentenceReader, subject_start: int, verb_start: int) -> str | None:
    """A date between subject and verb ('Kazakhstan in 1994 joined'), else one that opens
    the clause ('In 2002, …', '… in 1992, when the country joined'), else the sentence's
    own milestone year."""
    inside = _event_dates(reader.text, reader.dates, subject_start, verb_start)
    if inside:
        return inside[-1].date.iso
    leading = _leading_date(reader.text, reader.dates, subject_start)
    if leading is None:
        return reader.default_date
    if reader.default_date and reader.default_date.startswith(leading.date.iso):
        return reader.default_date
    return leading.date.iso


def _object_dates(reader: SentenceReader, start: int, objects_end: int, end: int) -> dict[int, str]:
    """Dates written right after an object ('joined the CSTO in 1994 and the SCO in 2001');
    an undated object listed just before a dated one shares its date ('A and B in 1994')."""
    tokens = [token for token in re.finditer(ORG, reader.text[:objects_end]) if token.start() >= start]
    dated: dict[int, str] = {}
    pending: list[int] = []
    for index, token in enumerate(tokens):
        entity = reader.skeleton.mention_at(token.group()).entity
        following = tokens[index + 1].start() if index + 1 < len(tokens) else end
        gap = reader.text[token.end() : following]
        date = next(
            (
                mention.date.iso
                for mention in _event_dates(reader.text, reader.dates, token.end(), following)
                if _IMMEDIATE_DATE.fullmatch(reader.text, token.end(), mention.start)
            ),
            None,
        )
        pending.append(entity)
        if date is not None:
            for waiting in pending:
                dated.setdefault(waiting, date)
            pending = []
        elif not _LIST_GLUE.fullmatch(gap):
            pending = []
    return dated
