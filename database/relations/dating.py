"""Where a clause starts and ends, and which of the sentence's dates are its own.

A date dates a fact only when it belongs to the fact's clause and says when something happened
("will join in 2025" and "until 2012" date nothing); a date opening the clause ("In 2002, A and
B signed …") dates what follows. Every predicate's reader uses these, so they live apart from
any one of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from database.dates import FUTURE_WORDS, MONTH_PATTERN, DateMention

# '(1994)', '(joined 1994)' after a name date it; '(Tajikistan followed in 2002)' names its own
# subject, '(founded in 2001 as a successor to the Shanghai Five of 1996)' tells the named one's story.
_PAREN_DATE = re.compile(
    r"^\s*\((?![^()]*«C)(?![^()]*\b(?:founded|established|created|formed|renamed|successor|predecessor|"
    r"replaced|succeeded|merged|dissolved|set\s+up|launched|born|died)\b)(?:[^()]*?\b)?(?P<year>(?:19|20)\d{2})\)"
)

# Plans and deadlines: 'due by 2020', 'the lease expires in 2017', 'beyond 2014'; not the agent's
# 'by' of 'founded by China and Russia in 2001', whose date has a preposition of its own.
_FUTURE_BEFORE_DATE = re.compile(
    rf"(?:\b(?:{FUTURE_WORDS}|to\s+be|until|till|beyond|by(?![^.;,]*\s(?:in|on)\s+$)|before|through|within)\b|"
    r"\bexpir\w+)[^.;,]{0,25}$",
    re.IGNORECASE,
)
# An act's operative clause ('1. To appoint X as …', '2. To relieve …'): it takes effect on the
# date of the act whose heading it stands under.
OPERATIVE_CLAUSE = re.compile(
    r"\W*(?:\d{1,2}[.)]\s*)?To\s+(?:appoint|relieve|dismiss|approve|ratify|accede|join)\b"
)
_CLAUSE_BREAK = re.compile(r";|,\s*(?:while|whereas|but|although|though)\b|\s+but\s+|\.\s")
# A year naming another happening ('After the 2005 Andijan events, …', 'The 2009 war having
# ended, …'): what followed or ended it is not of its year. ('At the 2002 summit A joined' is.)
_OTHER_HAPPENING_BEFORE = re.compile(
    r"(?:\b(?:after|before|since|following|until|till|ahead\s+of|prior\s+to|in\s+the\s+wake\s+of|despite|"
    r"because\s+of|due\s+to|over)\s+)(?:the|a|an|its|their|[\w«»\ue000-\uf8ff]+['’]s?)\s+$",
    re.IGNORECASE,
)
_ENDED_HAPPENING_AFTER = re.compile(
    r"\s+[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}\s+having\s+(?:ended|been)\b"
)
_OPENS_WITH_THE = re.compile(r"(?:^|[,;:]\s*)(?:the|a|an)\s+$", re.IGNORECASE)
# 'On the 10th anniversary of Armenia's accession … in 2025': the date is the anniversary's.
_ANNIVERSARY_BEFORE = re.compile(r"\banniversary\s+of\b[^.;]{0,80}$", re.IGNORECASE)


def _names_another_happening(text: str, date: DateMention) -> bool:
    """A year used as a noun's modifier that dates another happening than the clause's."""
    before = text[max(0, date.start - 40) : date.start]
    if _ANNIVERSARY_BEFORE.search(text[max(0, date.start - 120) : date.start]):
        return True
    if not re.match(r"\s+[a-z«]", text[date.end : date.end + 2], re.IGNORECASE):
        return False
    return bool(
        _OTHER_HAPPENING_BEFORE.search(before)
        or (_OPENS_WITH_THE.search(before) and _ENDED_HAPPENING_AFTER.match(text, date.end))
    )


def _outside_asides(text: str, dates: Sequence[DateMention]) -> list[DateMention]:
    """Dates not inside a parenthesis that says something else: '(renamed Semey in 2007)' does
    not date the signing; '(1996)' alone is handled where a party is dated."""
    kept = []
    for date in dates:
        opened = text.rfind("(", 0, date.start)
        if opened != -1 and text.find(")", opened) > date.start and text.rfind(")", 0, date.start) < opened:
            continue
        kept.append(date)
    return kept


_ASIDE_VERB = re.compile(r"\b(?:[a-z]{3,}ed|joined|signed|left|became|did|was|were|has|had)\b")


def _in_aside_with_its_own_verb(text: str, date: DateMention, reading_from: int) -> bool:
    """'joined it (Tajikistan followed in 2002) in 1994': a bracket that says something of its
    own dates that, not a verb outside it (a bare '(1994)' or '(in 1994)' still does)."""
    opened = text.rfind("(", 0, date.start)
    if opened == -1 or opened < reading_from:  # no bracket, or the reading starts inside it
        return False
    if text.rfind(")", 0, date.start) > opened or text.find(")", date.start) == -1:
        return False
    return _ASIDE_VERB.search(text, opened, date.start) is not None


def _clause_end(text: str, position: int) -> int:
    found = _CLAUSE_BREAK.search(text, position)
    return found.start() if found else len(text)


def _clause_start(text: str, position: int) -> int:
    start = 0
    for found in _CLAUSE_BREAK.finditer(text, 0, position):
        start = found.end()
    return start


def _event_dates(text: str, dates: Sequence[DateMention], start: int, end: int) -> list[DateMention]:
    """Dates inside [start, end) that say when something happened (not 'will … in 2025')."""
    return [
        date
        for date in dates
        if start <= date.start < end
        and not _FUTURE_BEFORE_DATE.search(text[max(0, date.start - 40) : date.start])
        and not _in_aside_with_its_own_verb(text, date, start)
        and not _names_another_happening(text, date)
    ]


# What may stand between a verb and its 'by': when and where ('founded on 15 June 2001 in
# «Shanghai» at a summit by …'), not another noun the 'by' belongs to ('launched with funding
# provided by …', 'formed after talks hosted by …', 'by a consortium backed by …').
_WHEN_OR_WHERE_WORDS = re.compile(
    r"(?i:on|in|at|during|the|a|an|of|its|first|last|this|year|early|late|mid|spring|summer|autumn|fall|"
    rf"winter|meeting|summit|conference|ceremony|session|{MONTH_PATTERN}|\d{{1,4}}(?:st|nd|rd|th)?|[\d./-]+)"
)
_PLACE_TOKEN = re.compile(r"«L[\ue000-\uf8ff]»")


def only_when_or_where(fragment: str) -> bool:
    """Whether `fragment` says no more than when and where."""
    words = re.findall(r"[^\s,()]+", _PLACE_TOKEN.sub(" ", fragment))
    return all(_WHEN_OR_WHERE_WORDS.fullmatch(word) for word in words)


# '… on 2 July, a day before the summit at which A joined': the relative clause has a time of its own.
# Between a leading date and the subject, a clause of its own: 'In 1994, at which …', 'In 2016, ten
# years after Uzbekistan rejoined …', 'In 2021 the SCO marked twenty years since Uzbekistan joined …'.
_RELATIVE_OPENER = re.compile(
    r"\b(?:(?:at|in|during|on|after|before)\s+which|where|when|(?:years?|months?|weeks?|days?|decades?|long|shortly|soon|"
    r"just|not\s+long)\s+(?:after|before|since))\b"
)


_RANGE_END_BEFORE = re.compile(r"(?:19|20)\d\d\s*(?:[–—-]|\b(?:to|until|till|and)\b)\s*$", re.IGNORECASE)


def _leading_date(text: str, dates: Sequence[DateMention], subject_start: int) -> DateMention | None:
    """'In 2002, A and B signed …': a date that opens the clause before its subject."""
    clause = _clause_start(text, subject_start)
    before = [
        date
        for date in _event_dates(text, dates, clause, subject_start)
        if not _RELATIVE_OPENER.search(text, date.end, subject_start)
    ]
    if (
        before
        and re.fullmatch(r"(?:19|20)\d\d", text[before[-1].start : before[-1].end])
        and _RANGE_END_BEFORE.search(text, max(0, before[-1].start - 12), before[-1].start)
    ):
        return None  # 'Between 2005 and 2008, A joined …': some time within, neither year
    return before[-1] if before else None


_WHEN_AFTER_DATE = re.compile(r",?\s+when\s+")


def when_anchored_date(text: str, dates: Sequence[DateMention], subject_start: int) -> str | None:
    """The date a 'when' clause hangs on: 'from 1994, when A and B joined it (…), to …, agreed in
    2006' dates the joining at 1994, whatever dates follow in the sentence."""
    for date in dates:
        if _WHEN_AFTER_DATE.fullmatch(text, date.end, subject_start):
            return date.date.iso
    return None


def _date_for(
    text: str, dates: Sequence[DateMention], subject_start: int, verb_start: int, clause_end: int
) -> str | None:
    anchored = when_anchored_date(text, dates, subject_start)
    if anchored is not None:
        return anchored
    own = _event_dates(text, dates, verb_start, clause_end) or _event_dates(
        text, dates, subject_start, verb_start
    )
    if own:
        return own[0].date.iso
    leading = _leading_date(text, dates, subject_start)
    return leading.date.iso if leading else None
