"""The dates of one sentence as an event reads them: ranges merged into their first day, lists
('in 2002 and 2007') kept together, years supplied where the text makes them certain, and each
group marked planned (a future, planned, wished or expiring clause, or later than the
document), a reference to another happening ('in the wake of the … attacks'), or left out
when it only bounds a period ('after 2014', 'beyond 2030').
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from database.clauses import COORDINATE, INFINITIVE, RELATIVE, STRONG_BREAK, SUBORDINATE, relative_end
from database.dates import (
    FUTURE_WORDS,
    MONTH_PATTERN,
    DateMention,
    PartialDate,
    counted_year_before,
    find_dates,
    month_number,
    valid_day,
    yearless_dates,
)

_BOUND_BEFORE = re.compile(
    r"\b(?:after|beyond|until|till|before|within|through|prior\s+to|no\s+later\s+than|up\s+to|post-)\s*"
    r"(?:(?:the\s+)?(?:end|start|beginning|middle|spring|summer|autumn|fall|winter)\s+of\s+|early\s+|late\s+|mid-?\s*)?$",
    re.IGNORECASE,
)
_WHEN_AFTER = re.compile(r"^\s*,?\s*when\b")
_REFERENCE_BEFORE = re.compile(
    r"\b(?:in\s+the\s+wake\s+of|following|in\s+response\s+to|prompted\s+by|after|since|before)\s+the\s+$",
    re.IGNORECASE,
)
_NOUN_AFTER = re.compile(r"^\s+[a-z]")
# A year or a period that qualifies a document or plan of its own: 'The 2004 strategic partnership
# treaty preceded …', 'the CSTO's 2021–2025 programme': the year is that document's, the period no
# happening at all.
_QUALIFIER_BEFORE = re.compile(
    r"(?:^|[.,;:]\s*|\b(?:and|but|of|with|to|by|for|from|under)\s+)(?:(?:the|its|their|this|that|a|an)\s+(?:\S+['’]s\s+)?|\S+['’]s\s+)$",
    re.IGNORECASE,
)
_DOCUMENT_AFTER = re.compile(
    r"^(?P<period>\s*[–—-]\s*(?:19|20)?\d\d)?(?:\s+[a-z][\w-]*){0,3}?\s+(?:treaty|agreement|accord|programme|program|"
    r"plan|strategy|concept|doctrine|charter|declaration|protocol|memorandum|roadmap|law|constitution|budget|"
    r"report|framework|deal|convention|resolution|decree|action\s+plan)s?\b",
)
PLAN_CUE = re.compile(
    rf"\b(?:{FUTURE_WORDS}|planning|expects?|intends?|intended|wants?|wanted|hopes?|hoped|aims?|set\s+to|"
    r"is\s+to|are\s+to|expires?|expiring|runs?\s+out|forthcoming|to\s+be\s+held|invited\s+to|proposed|envisaged)\b",
    re.IGNORECASE,
)
# A clause opening with a deadline: 'By 2030, …', 'By the end of 2025 …': a target when a plan
# made now follows ('aims', 'will'), not 'had joined … as Moscow had wanted'.
_PLAN_NOW = re.compile(
    r"\b(?:will|shall|aims?|plans?|intends?|expects?|hopes?|wants?|seeks?|targets?|(?:is|are)\s+to|"
    r"(?:is|are)\s+(?:set|due|expected|scheduled|planned)\s+to)\b",
    re.IGNORECASE,
)
_DEADLINE_OPENS = re.compile(r"\W*[Bb]y\s+(?:the\s+end\s+of\s+)?(?:[A-Z][a-z]+\s+)?")
_RESPECTIVELY_AFTER = re.compile(r"^\s*,?\s*respectively\b", re.IGNORECASE)
_GROUP_GLUE = re.compile(r"^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)(?:(?:in|on)\s+)?$")
_RANGE_GLUE = re.compile(r"^\s*(?:[-–—]|to|until|till|through)\s*$")
_BETWEEN_DAY = re.compile(
    r"\b(?:[Bb]etween|[Ff]rom)\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:and|to|until)\s+$"
)
_MONTH_LIST = re.compile(
    rf"(?P<months>{MONTH_PATTERN}(?:\s*,\s*{MONTH_PATTERN})*)\s*,?\s+and\s+$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateGroup:
    """Dates written together: one date, a range (its first day), or 'in 2002 and 2007'."""

    start: int
    end: int
    dates: tuple[PartialDate, ...]
    respectively: bool = False
    planned: bool = False
    reference: bool = False
    qualified_end: int | None = None
    """Where the document the date qualifies ends ('The 2004 … treaty'): it dates that noun only."""


def _with_month_lists(text: str, dates: list[DateMention]) -> list[DateMention]:
    """'in April and May 2013': April 2013 as well; 'between 18 and 23 October 2021': the 18th."""
    found: list[DateMention] = []
    for date in dates:
        before = text[max(0, date.start - 80) : date.start]
        # Each list is searched only before the kind of date it can extend.
        months = _MONTH_LIST.search(before) if date.date.month is not None and date.date.day is None else None
        if months:
            offset = date.start - len(before) + months.start()
            for word in re.split(r"\s*,\s*", months.group("months")):
                number = month_number(word)
                if number and number != date.date.month:
                    found.append(DateMention(offset, offset + len(word), PartialDate(date.date.year, number)))
        full_day = date.date.day is not None and date.date.month is not None
        between = _BETWEEN_DAY.search(before) if full_day else None
        if between and date.date.day is not None and date.date.month is not None:
            day = int(between.group("day"))
            if 0 < day < date.date.day:
                start = date.start - len(before) + between.start("day")
                found.append(DateMention(start, date.end, PartialDate(date.date.year, date.date.month, day)))
                continue
        found.append(date)
    found.sort(key=lambda date: date.start)
    return found


# What the qualified document is between or with: 'Russia's 2004 treaty with Uzbekistan was …'.
_COMPLEMENT = re.compile(
    r"\s+(?:with|between|among|of|on|for)\s+(?:(?!\s(?:was|were|is|are|has|had|have|will|would|[a-z]+ed)\b)[^,;.])*"
)

# 'The 2004 treaty was signed in Tashkent': a clause about the document's own making, which its
# year dates whole.
_OWN_ACT_AFTER = re.compile(
    r"\s*,?\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:signed|ratified|adopted|concluded|approved|"
    r"agreed|drafted|initialled|launched|announced|published|enacted)\b"
)


def _complement_end(text: str, position: int) -> int:
    found = _COMPLEMENT.match(text, position)
    return found.end() if found else position


def date_groups(text: str, year: int | None = None, published: str | None = None) -> list[DateGroup]:
    """The sentence's dates as groups (ranges merged, lists kept together), each marked planned
    or a reference to another happening; dates that only bound a period are left out."""
    explicit = list(find_dates(text))
    mentions = _with_month_lists(text, explicit + _resolved(text, explicit, year, published))
    runs: list[list[DateMention]] = []
    ranges: list[bool] = []
    for mention in mentions:
        if runs and mention.start < runs[-1][-1].end:
            continue
        if runs:
            between = text[runs[-1][-1].end : mention.start]
            if _RANGE_GLUE.match(between) and not ranges[-1]:
                runs[-1].append(mention)
                ranges[-1] = True
                continue
            if _GROUP_GLUE.match(between) and not ranges[-1]:
                runs[-1].append(mention)
                continue
        runs.append([mention])
        ranges.append(False)
    groups = []
    for run, is_range in zip(runs, ranges, strict=True):
        start, end = run[0].start, run[-1].end
        before = text[:start]
        after = text[end:]
        if _BOUND_BEFORE.search(before[-40:]) and not _WHEN_AFTER.match(after):
            continue
        dates = (run[0].date,) if is_range else tuple(dict.fromkeys(mention.date for mention in run))
        if len(dates) == 1 and _RESPECTIVELY_AFTER.match(after):
            # 'on 2 January and 12 August 2015, respectively': one date read for several names,
            # the others written without their year; giving it to every name would be wrong.
            continue
        document = _DOCUMENT_AFTER.match(after) if _QUALIFIER_BEFORE.search(before) else None
        if document and (is_range or document.group("period")):
            continue  # 'the 2021–2025 programme': a period, not a happening
        qualified_end = _complement_end(text, end + document.end()) if document else None
        if qualified_end is not None and _OWN_ACT_AFTER.match(text, qualified_end):
            qualified_end = None  # 'The 2004 treaty was signed in Tashkent': the document's own act
        reference = bool(_REFERENCE_BEFORE.search(before[-40:]) and _NOUN_AFTER.match(after))
        planned = planned_at(text, start) or any(_later_than(date, published) for date in dates)
        groups.append(
            DateGroup(
                start,
                end,
                dates,
                respectively=len(dates) > 1 and bool(_RESPECTIVELY_AFTER.match(after)),
                planned=planned,
                reference=reference,
                qualified_end=qualified_end,
            )
        )
    return groups


def _resolved(
    text: str, explicit: list[DateMention], year: int | None, published: str | None
) -> list[DateMention]:
    """Dates written without a year ('on 6 January', 'in March'), given the year the text makes
    certain: a milestone list's year; else that of the last full date before it in the sentence,
    or the document's own date, moved a year on for a planned date that would otherwise precede
    it ('on 3 May 2024 …; expected to sign … in March' is March 2025) and a year back for a past
    one after the document ('said in November' in a paper of 5 May 2014 is November 2013)."""
    found: list[DateMention] = []
    for date in yearless_dates(text):
        if year is not None:
            chosen = year
        else:
            earlier = [
                mention.date for mention in explicit if mention.end <= date.start and mention.date.month
            ]
            if not earlier and counted_year_before(text, date.start):
                continue  # 'The next year, on 4 May, …': a year the sentence counts, not the document's.
            anchor = earlier[-1] if earlier else _published_date(published)
            if anchor is None or anchor.month is None:
                continue
            chosen = anchor.year
            written = (date.month, date.day or 0)
            anchored = (anchor.month, anchor.day or 0) if date.day else (anchor.month, 0)
            if planned_at(text, date.start) and written < anchored:
                chosen += 1
            elif not earlier and not planned_at(text, date.start) and written > anchored:
                chosen -= 1
        if date.day is None:
            found.append(DateMention(date.start, date.end, PartialDate(chosen, date.month)))
        elif valid_day(chosen, date.month, date.day):
            found.append(DateMention(date.start, date.end, PartialDate(chosen, date.month, date.day)))
    return found


def _published_date(published: str | None) -> PartialDate | None:
    if not published or len(published) < 7:
        return None
    parts = [int(part) for part in published[:10].split("-")]
    return PartialDate(*parts)


def _later_than(date: PartialDate, published: str | None) -> bool:
    """A date after the document's own ('2016' in a paper of 2015), compared to the shorter's precision."""
    if not published:
        return False
    return date.iso[: len(published)] > published[: len(date.iso)]


def planned_at(text: str, position: int) -> bool:
    """A plan, schedule, wish or expiry word between the start of the date's clause and the
    date, or an intended action ('voted in June 2013 to end the lease in 2014')."""
    clause_start = 0
    for pattern in (STRONG_BREAK, SUBORDINATE, COORDINATE):
        for found in pattern.finditer(text, 0, position):
            clause_start = max(clause_start, found.end())
    window = text[:position]
    for relative in RELATIVE.finditer(text, clause_start, position):
        end = relative_end(text, relative.end(), position)
        if end < position:  # '…, which it had been due to host, after clashes on 14 September'
            window = window[: relative.start()] + " " * (end - relative.start()) + window[end:]
        else:
            clause_start = relative.end()
    if PLAN_CUE.search(window, clause_start, position):
        return True
    clause = text[position : position + 100].split(".")[0].split(";")[0]
    if (
        _DEADLINE_OPENS.fullmatch(text, clause_start, position)
        and _PLAN_NOW.search(clause)
        and " had " not in clause
    ):
        return True  # 'By 2030, Uzbekistan aims to double trade …': a target, not a happening
    intended = INFINITIVE.search(text, clause_start, position)
    return bool(intended and find_dates(text[clause_start : intended.start()]))
