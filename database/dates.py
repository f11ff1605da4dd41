"""Dates as documents write them, turned into ISO strings (partial dates allowed).

One module so the document reader (bylines, "Last updated") and the event extractor (dated
sentences) agree on what a date is.
"""

from __future__ import annotations

import datetime
import functools
import re
from dataclasses import dataclass

MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
MONTH_ABBREVIATIONS = {name[:3]: number for name, number in MONTHS.items()} | {"sept": 9}

MONTH_PATTERN = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
YEAR_PATTERN = r"(?:19[0-9]{2}|20[0-9]{2})"

_NUMERIC_DAY_FIRST = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::\d{2})?)?(?:\s*\([^()]*\))?$")
_DAY_MONTH_YEAR = re.compile(
    rf"^(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH_PATTERN})\s+({YEAR_PATTERN})"
    r"(?:\s*,?\s*(\d{1,2}):(\d{2}))?$",
    re.IGNORECASE,
)
_MONTH_DAY_YEAR = re.compile(
    rf"^({MONTH_PATTERN})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+({YEAR_PATTERN})$", re.IGNORECASE
)
_MONTH_YEAR = re.compile(rf"^({MONTH_PATTERN})\s+({YEAR_PATTERN})$", re.IGNORECASE)


@dataclass(frozen=True)
class PartialDate:
    """A date known to the year, the month or the day; `iso` is 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


def month_number(word: str) -> int | None:
    """Return 1-12 for a month name or its abbreviation ('Dec.', 'sept'), else None."""
    key = word.strip().rstrip(".").lower()
    return MONTHS.get(key) or MONTH_ABBREVIATIONS.get(key)


def _valid(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return 1800 <= year <= 2199


def parse_date(text: str) -> tuple[PartialDate, str | None] | None:
    """Parse a whole string as one date; return it and an 'HH:MM' time if one follows.

    Accepts '15.06.2011', '2011-06-15', '12 Dec. 2017 14:35', 'June 10, 2011', 'May 2013'.
    """
    value = " ".join(text.split())
    if match := _NUMERIC_DAY_FIRST.match(value):
        day, month, year = (int(group) for group in match.groups())
        return (PartialDate(year, month, day), None) if _valid(year, month, day) else None
    if match := _ISO.match(value):
        year, month, day = (int(group) for group in match.groups()[:3])
        hour, minute = match.group(4), match.group(5)
        time = f"{int(hour):02d}:{minute}" if hour is not None else None
        return (PartialDate(year, month, day), time) if _valid(year, month, day) else None
    if match := _DAY_MONTH_YEAR.match(value):
        day_text, month_word, year_text, hour, minute = match.groups()
        month_found = month_number(month_word)
        if month_found is None or not _valid(int(year_text), month_found, int(day_text)):
            return None
        time = f"{int(hour):02d}:{minute}" if hour is not None else None
        return PartialDate(int(year_text), month_found, int(day_text)), time
    if match := _MONTH_DAY_YEAR.match(value):
        month_word, day_text, year_text = match.groups()
        month_found = month_number(month_word)
        if month_found is None or not _valid(int(year_text), month_found, int(day_text)):
            return None
        return PartialDate(int(year_text), month_found, int(day_text)), None
    if match := _MONTH_YEAR.match(value):
        month_word, year_text = match.groups()
        month_found = month_number(month_word)
        return (PartialDate(int(year_text), month_found), None) if month_found else None
    return None


@dataclass(frozen=True)
class DateMention:
    """A date written in running text, with where it is; a day range keeps its first day."""

    start: int
    end: int
    date: PartialDate


_DAY = r"(?P<{name}>\d{{1,2}})(?:st|nd|rd|th)?"
_RANGE_TAIL = r"(?:\s*[-–—]\s*\d{1,2}(?:st|nd|rd|th)?)?"
_RUNNING_DATE = re.compile(
    "|".join(
        (
            # '2001-06-15', and as EXIF metadata writes it, '2001:06:15'.
            r"(?<![\d:-])(?P<iso_y>\d{4})(?P<iso_sep>[-:])(?P<iso_m>\d{2})(?P=iso_sep)(?P<iso_d>\d{2})(?![\d-]|:\d)",
            r"(?<![\d./])(?P<num_d>\d{1,2})[./](?P<num_m>\d{1,2})[./](?P<num_y>\d{4})(?![\d/])(?!\.\d)",
            # '14 June 2012', '14–15 June 2012', 'the 3rd day of March 2019'
            _DAY.format(name="dmy_d")
            + _RANGE_TAIL
            + rf"(?:\s+day)?\s+(?:of\s+)?(?P<dmy_m>{MONTH_PATTERN})\s*,?\s+(?P<dmy_y>{YEAR_PATTERN})\b",
            rf"\b(?P<mdy_m>{MONTH_PATTERN})\s+"
            + _DAY.format(name="mdy_d")
            + _RANGE_TAIL
            + rf",?\s+(?P<mdy_y>{YEAR_PATTERN})\b",
            rf"\b(?P<my_m>{MONTH_PATTERN})\s+(?:of\s+)?(?P<my_y>{YEAR_PATTERN})\b",
            # '07OCT2002', '00MAR2024' (day not recorded): a register's compact date.
            r"(?<![\w])(?P<cmp_d>\d{2})(?P<cmp_m>JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
            r"(?P<cmp_y>(?:19|20)\d{2})(?![\w])",
            # A range ('1999–2002', '1999-2002') dates its start, not its end; a number ('No. 2005')
            # is no year.
            rf"(?<![\w$€£.,/–—-])(?<!No\.\s)(?<!No\s)(?<!№\s)(?<!#)(?P<y>{YEAR_PATTERN})(?![\d%]|s\b|\.\d|-\d\d(?!\d))",
        )
    ),
    re.IGNORECASE,
)


_DATE_LABEL_BEFORE = re.compile(r"(?i:date|time|created|taken|digitized|modified)[\w /-]{0,25}[:=][ \t]*$")
_YEARLESS = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?{_RANGE_TAIL}\s+(?:of\s+)?(?P<m>{MONTH_PATTERN})(?!\s*,?\s*\d)"
    rf"|\b(?P<m2>{MONTH_PATTERN})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*,?\s*\d{{4}})",
)


_DIGIT = re.compile(r"\d")

# Dates spoken rather than written, as transcripts give them: 'the fifteenth of May, nineteen
# ninety-two', 'the fourth of July, twenty twenty-four', 'May the ninth, two thousand and two'.
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = (
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ORDINAL_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_ORDINAL_TEENS = (
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
)
_ORDINALS = {
    **{word: index + 1 for index, word in enumerate(_ORDINAL_UNITS)},
    **{word: index + 10 for index, word in enumerate(_ORDINAL_TEENS)},
    "twentieth": 20,
    "thirtieth": 30,
    **{f"twenty-{word}": 21 + index for index, word in enumerate(_ORDINAL_UNITS)},
    "thirty-first": 31,
}
# Number words from one to ninety-nine ('seventeen', 'twenty-four'): spoken years, counts of years,
# and counts of groups ('the five states', in database/groups.py).
NUMBER_WORDS = {
    **{word: index + 1 for index, word in enumerate(_UNITS)},
    **{word: index + 10 for index, word in enumerate(_TEENS)},
    **{word: 20 + 10 * index for index, word in enumerate(_TENS)},
    **{
        f"{ten}-{unit}": 20 + 10 * tens + units + 1
        for tens, ten in enumerate(_TENS)
        for units, unit in enumerate(_UNITS)
    },
}
_ORDINAL_WORD = "|".join(sorted(_ORDINALS, key=len, reverse=True))
_TWO_DIGITS = rf"(?:(?:{'|'.join(_TENS)})(?:-(?:{'|'.join(_UNITS)}))?|{'|'.join(_TEENS)})"
_SPOKEN_YEAR = (
    rf"(?:(?:nineteen|twenty)[\s-]{_TWO_DIGITS}"
    rf"|two\s+thousand(?:\s+and)?(?:\s+(?:{_TWO_DIGITS}|{'|'.join(_UNITS)}))?)"
)
_SPOKEN_DATE = re.compile(
    rf"\b(?:the\s+)?(?P<d>{_ORDINAL_WORD})(?:\s+day)?\s+of\s+(?P<m>{MONTH_PATTERN})\s*,?\s+(?P<y>{_SPOKEN_YEAR}|{YEAR_PATTERN})\b"
    rf"|\b(?P<m2>{MONTH_PATTERN})\s+(?:the\s+)?(?P<d2>{_ORDINAL_WORD})\s*,?\s+(?P<y2>{_SPOKEN_YEAR}|{YEAR_PATTERN})\b",
    re.IGNORECASE,
)
_MONTH_PREFIX = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
# A cheap test before the spoken-date pattern (run on every sentence): a month written out and
# capitalised, as English writes it. Case-sensitive and unanchored, it costs a fifteenth of the
# pattern it guards.
_MONTH_WORD = re.compile(
    r"January|February|March|April|May|June|July|August|September|October|November|December"
)
# Between the century and the rest of a spoken year: 'twenty-seventeen', 'nineteen ninety-two'.
_YEAR_WORD_BREAK = re.compile(rf"\s+|-(?=(?:{'|'.join(_TENS + _TEENS)})\b)")


def _spoken_year(words: str) -> int | None:
    """'nineteen ninety-two' 1992, 'twenty-seventeen' 2017, 'two thousand and two' 2002."""
    if words.isdigit():
        return int(words)
    parts = _YEAR_WORD_BREAK.split(words.lower().replace(" and ", " "))
    if parts[:2] == ["two", "thousand"]:
        rest = " ".join(parts[2:]).replace(" ", "-")
        return 2000 + (NUMBER_WORDS.get(rest, 0) if rest else 0) if not rest or rest in NUMBER_WORDS else None
    century = {"nineteen": 1900, "twenty": 2000}.get(parts[0])
    rest = "-".join(parts[1:])
    return (
        century + NUMBER_WORDS[rest]
        if century and rest in NUMBER_WORDS and NUMBER_WORDS[rest] >= 10
        else None
    )


def _spoken_dates(text: str) -> list[DateMention]:
    found = []
    for match in _SPOKEN_DATE.finditer(text):
        day = _ORDINALS[(match.group("d") or match.group("d2")).lower()]
        month = month_number(match.group("m") or match.group("m2"))
        year = _spoken_year(match.group("y") or match.group("y2"))
        if month and year and _valid(year, month, day):
            found.append(DateMention(match.start(), match.end(), PartialDate(year, month, day)))
    return found


@functools.lru_cache(maxsize=1024)
def find_dates(
    text: str,
    year: int | None = None,
    now: PartialDate | None = None,
    *,
    previous: int | None = None,
    item_day: PartialDate | None = None,
) -> tuple[DateMention, ...]:
    """Every date written in `text`, left to right: ISO and numeric day-first dates, '14 June
    2012', '14–15 June 2012', 'June 14, 2012', 'June 2012', bare years, and dates spoken in
    words ('the ninth of June, twenty-seventeen'). Decades ('1950s'), sums and percentages
    are not dates. Given the `year` a text is about and the year it was written in (`now`), also
    the dates written without a year ('on 6 May', 'in October', 'last year', 'two years later');
    given the year of the last date written before the text (`previous`, the sentences before it),
    'the following year' in a text with no date of its own counts from that one; given the day
    of the dated item the text is in (`item_day`), 'today' and 'yesterday' of an act in it."""
    spoken = _spoken_dates(text) if _MONTH_WORD.search(text) else []
    digits = _DIGIT.search(text) is not None
    if not digits and year is None and now is None and previous is None and item_day is None:
        return tuple(spoken)
    found: list[DateMention] = []
    taken = [(mention.start, mention.end) for mention in spoken]
    # Every running date has a digit: a text without one is not searched.
    found.extend(_running_dates(text, taken) if digits else ())
    found.extend(spoken)
    found.sort(key=lambda mention: mention.start)
    # 'two years later' counts from the date before it, known or not when the text was written.
    if (
        year is not None
        or now is not None
        or previous is not None
        or ("year" in text and (_RELATIVE_YEAR.search(text) or _THAT_YEAR.search(text)))
    ):
        found.extend(_yearless_dates(text, year, found, now, previous))
        found.sort(key=lambda mention: mention.start)
    if now is not None and now.day is not None and "day" in text:
        found.extend(_weekday_dates(text, now))
        found.sort(key=lambda mention: mention.start)
    if item_day is not None and item_day.day is not None and "day" in text:
        found.extend(_today_dates(text, item_day))
        found.sort(key=lambda mention: mention.start)
    return tuple(found)


def _running_dates(text: str, taken: list[tuple[int, int]]) -> list[DateMention]:
    """The dates `text` writes with digits, outside the `taken` spans."""
    found: list[DateMention] = []
    for match in _RUNNING_DATE.finditer(text):
        if any(start <= match.start() < end for start, end in taken):
            continue
        groups = match.groupdict()
        date: PartialDate | None = None
        if (
            groups["iso_y"]
            and groups["iso_sep"] == ":"
            and not _DATE_LABEL_BEFORE.search(text, 0, match.start())
        ):
            continue  # a date where a field says so ('Date Created: 2002:10:07'), not 'No. 2002:10:07'
        if groups["iso_y"]:
            found_year, month, day = int(groups["iso_y"]), int(groups["iso_m"]), int(groups["iso_d"])
            date = PartialDate(found_year, month, day) if _valid(found_year, month, day) else None
        elif groups["num_y"]:
            found_year, month, day = int(groups["num_y"]), int(groups["num_m"]), int(groups["num_d"])
            date = PartialDate(found_year, month, day) if _valid(found_year, month, day) else None
        elif groups["dmy_y"] or groups["mdy_y"]:
            prefix = "dmy" if groups["dmy_y"] else "mdy"
            found_year, day = int(groups[f"{prefix}_y"]), int(groups[f"{prefix}_d"])
            named_month = month_number(groups[f"{prefix}_m"])
            date = (
                PartialDate(found_year, named_month, day)
                if named_month and _valid(found_year, named_month, day)
                else None
            )
        elif groups["cmp_y"]:
            found_year, day = int(groups["cmp_y"]), int(groups["cmp_d"])
            named_month = month_number(groups["cmp_m"])
            if named_month and day == 0:
                date = PartialDate(found_year, named_month)
            elif named_month and _valid(found_year, named_month, day):
                date = PartialDate(found_year, named_month, day)
        elif groups["my_y"]:
            named_month = month_number(groups["my_m"])
            date = PartialDate(int(groups["my_y"]), named_month) if named_month else None
        elif groups["y"]:
            date = PartialDate(int(groups["y"]))
        if date is not None:
            found.append(DateMention(match.start(), match.end(), date))
    return found


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = re.compile(
    rf"\b(?P<cue>on|last)\s+(?P<day>{'|'.join(_WEEKDAYS)})\b(?!\s*,?\s*(?:\d|{MONTH_PATTERN}))"
)


_WEEK_AFTER = re.compile(r"\s+(?P<which>last|next|this)\s+week\b")
# A verb in the past near the weekday: 'signed … on Thursday', 'On Monday the council met'.
_PAST_VERB = re.compile(
    r"\b(?:[a-z]{2,}ed|was|were|had|did|met|held|left|took|gave|began|went|came|made|said|told|spoke|froze|"
    r"withdrew|sent|saw|became|won|lost|flew|led|brought|rose|fell|chose|drew)\b"
)


def _weekday_dates(text: str, now: PartialDate) -> list[DateMention]:
    """'signed … on Thursday' in an item written on Friday 14 March 2025: the last Thursday on or
    before the day it was written (13 March; 'last Friday' is 7 March); not where the text plans
    ('will meet on Monday')."""
    written = datetime.date(now.year, now.month or 1, now.day or 1)
    found = []
    for match in _WEEKDAY.finditer(text):
        week = _WEEK_AFTER.match(text, match.end())
        clause = text[max(0, match.start() - 80) : match.end() + 80]
        if (
            _FUTURE_CUE.search(text, max(0, match.start() - 40), match.start())
            or (week and week.group("which") != "last")
            or (match.group("cue") == "on" and not _PAST_VERB.search(clause))
        ):
            continue  # a plan, another week, or a present tense that announces ('signs … on Monday')
        back = (written.weekday() - _WEEKDAYS.index(match.group("day"))) % 7
        if (back == 0 and match.group("cue") == "last") or week:
            back += 7  # 'last Friday' written on a Friday, 'on Thursday last week': a week before
        day = written - datetime.timedelta(days=back)
        found.append(
            DateMention(match.start("day"), match.end("day"), PartialDate(day.year, day.month, day.day))
        )
    return found


# 'today' or 'yesterday' in a report of an act, not 'Today, …' (nowadays), 'today's', 'is today'.
_TODAY = re.compile(r"(?<![\w’'])(?P<day>today|yesterday)\b(?!['’]s)")
# Counted from another day ('a year ago today'), denied ('not today'), or in a quotation, whose
# day is the speaker's, not the item's.
_NOT_THE_ITEMS_DAY = re.compile(r"\b(?:ago|not|never)\s+$", re.IGNORECASE)
_QUOTE_MARK = re.compile(r"[\"“”]")  # (not '«', which marks a name in a sentence's skeleton)
_YEAR_WRITTEN = re.compile(r"\b(?:1[89]|20)\d\d\b")
_NOWADAYS_BEFORE = re.compile(
    r"(?:^|[.;:!?]\s*|\b(?:is|are|remains?|still|even|until|till|to|as\s+of|of|from)\s+)[\W_]*$",
    re.IGNORECASE,
)


def _today_dates(text: str, item_day: PartialDate) -> list[DateMention]:
    """'Kyrgyzstan today founded …', '… became a member yesterday' in an item dated 12 August
    2015: that day, or the one before; not a plan ('will sign today') nor a present state."""
    written = datetime.date(item_day.year, item_day.month or 1, item_day.day or 1)
    found: list[DateMention] = []
    if _YEAR_WRITTEN.search(text):
        return found  # 'On this day in 2002, Tajikistan today joined …': the sentence's own year rules
    for match in _TODAY.finditer(text):
        clause = text[max(0, match.start() - 80) : match.end() + 80]
        if (
            _NOWADAYS_BEFORE.search(text, 0, match.start())
            or _NOT_THE_ITEMS_DAY.search(text, max(0, match.start() - 12), match.start())
            or _QUOTE_MARK.search(text)
            or _FUTURE_CUE.search(text, max(0, match.start() - 40), match.start())
            or not _PAST_VERB.search(clause)
        ):
            continue
        day = written - datetime.timedelta(days=1 if match.group("day") == "yesterday" else 0)
        found.append(DateMention(match.start(), match.end(), PartialDate(day.year, day.month, day.day)))
    return found


_MONTH_ONLY = re.compile(
    r"\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-)\s*(?P<m>January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b(?!\s*,?\s*\d)(?!\s+(?:and|or|to)\s+[A-Z][a-z]+\s+\d)"
)


@dataclass(frozen=True)
class YearlessDate:
    """'on 6 January', 'in March': a day or month written without its year."""

    start: int
    end: int
    month: int
    day: int | None


def yearless_dates(text: str) -> list[YearlessDate]:
    """Every day-and-month and every 'in <Month>' written without a year, left to right."""
    taken = [(mention.start, mention.end) for mention in find_dates(text)]
    found: list[YearlessDate] = []
    for match in _YEARLESS.finditer(text):
        if any(start <= match.start() < end for start, end in taken):
            continue
        month = month_number(match.group("m") or match.group("m2"))
        if month:
            found.append(
                YearlessDate(match.start(), match.end(), month, int(match.group("d") or match.group("d2")))
            )
    for match in _MONTH_ONLY.finditer(text):
        inside = any(start <= match.start("m") < end for start, end in taken)
        if not inside and not any(date.start <= match.start("m") < date.end for date in found):
            found.append(
                YearlessDate(match.start("m"), match.end("m"), MONTHS[match.group("m").lower()], None)
            )
    return sorted(found, key=lambda date: date.start)


_COUNTED_BEFORE = re.compile(
    r"\b(?:[\w-]+\s+(?:years?|decades?|months?)\s+(?:later|afterwards|after|earlier)|the\s+(?:next|following)\s+year)\b",
    re.IGNORECASE,
)


def _relative_years(
    text: str, past: list[DateMention], now: PartialDate | None, previous: int | None = None
) -> tuple[list[DateMention], list[int]]:
    """'two years later', 'the following year' (from the one date before them), 'last year',
    'three years ago' (from `now`): their years, and the offsets of those the text leaves open."""
    extra: list[DateMention] = []
    unresolved: list[int] = []
    for match in _RELATIVE_YEAR.finditer(text):
        if match.group("later") or match.group("following"):
            years = [
                mention.date.year
                for mention in past
                if mention.end <= match.start() and not is_cited_work(text, mention)
            ]
            if not past and previous is not None:
                years = [previous]  # a text with no date of its own: the year of the sentences before
            # 'India joined sixteen years later, and Iran two years later': later than what comes between.
            if len(years) != 1 or _COUNTED_BEFORE.search(text, 0, match.start()):
                unresolved.append(match.start())  # 'two years later' than what: only one date before says.
                continue
            if match.group("later"):
                shift = _COUNT_WORDS.get(match.group("count").lower()) or int(match.group("count"))
                shift = -shift if match.group("direction").lower() in ("earlier", "before") else shift
            else:
                shift = -1 if match.group("following").lower().split()[1] in ("previous", "preceding") else 1
            extra.append(DateMention(match.start(), match.end(), PartialDate(years[0] + shift)))
        elif now is None:
            unresolved.append(match.start())
        elif match.group("ago"):
            shift = _COUNT_WORDS.get(match.group("ago_count").lower()) or int(match.group("ago_count"))
            extra.append(DateMention(match.start(), match.end(), PartialDate(now.year - shift)))
        else:
            shift = {"last": -1, "this": 0, "next": 1}[match.group("which").lower()]
            extra.append(DateMention(match.start(), match.end(), PartialDate(now.year + shift)))
    return extra, unresolved


def _unsaid(text: str, offset: int, found: PartialDate, now: PartialDate | None) -> bool:
    """A day of the year the text was written in, after it was written, with no plan said."""
    if now is None or now.month is None or found.year != now.year:
        return False
    later = (found.month or 0, found.day or 0) > (now.month, now.day or 31)
    return later and not _FUTURE_CUE.search(text, max(0, offset - 40), offset)


def _yearless_dates(
    text: str,
    year: int | None,
    known: list[DateMention],
    now: PartialDate | None,
    previous: int | None = None,
) -> list[DateMention]:
    """'on 10 May', 'on May 27', 'in October', 'two years later': in the year of the one full
    date written before them in `text` (not a planned one), else in `year` (a year heading's, a
    year lead's ('1994 – …'), the paragraph's or the document's). 'last year', 'this year':
    counted from `now`, when the text was written, if known. What the text leaves open gets no
    year: 'two years later' after two dates, a day after such a phrase, a day of `now`'s year
    later than `now` unless the text plans it ('will sign on 1 December')."""
    if not _MONTH_PREFIX.search(text) and "year" not in text.lower():
        return []  # Most sentences: no month and no year word, nothing to read (a cheap test first).
    past = [
        mention
        for mention in known
        if not _FUTURE_CUE.search(text, max(0, mention.start - 40), mention.start)
    ]
    extra, unresolved = _relative_years(text, past, now, previous)
    open_from = min(unresolved, default=len(text))
    # A day without its year takes it from a date that names a month ('on 12 May 2015 and … on 14
    # June'), not from a bare year of another clause ('after the 2013 drought') or a life date.
    anchors = [
        mention for mention in past if mention.date.month is not None and not is_life_date(text, mention)
    ]
    years = sorted([*anchors, *extra], key=lambda mention: mention.start)
    taken = [(mention.start, mention.end) for mention in known]

    def year_at(offset: int) -> int | None:
        before = [mention for mention in years if mention.end <= offset]
        if before:  # Not across an open 'last year' ('on 12 May 2015, and last year, on 14 June').
            anchor_end = before[-1].end
            return None if any(anchor_end <= start < offset for start in unresolved) else before[-1].date.year
        return None if offset > open_from else year

    for match in _YEARLESS.finditer(text):
        if any(start <= match.start() < end for start, end in taken):
            continue
        day = int(match.group("d") or match.group("d2"))
        month = month_number(match.group("m") or match.group("m2"))
        found_year = year_at(match.start())
        if month and found_year is not None and _valid(found_year, month, day):
            date = PartialDate(found_year, month, day)
            if not _unsaid(text, match.start(), date, now):
                extra.append(DateMention(match.start(), match.end(), date))
    for match in _MONTH_ONLY.finditer(text):
        spans = taken + [(mention.start, mention.end) for mention in extra]
        found_year = year_at(match.start())
        if _THAT_YEAR.match(text, match.end("m")):  # 'in 2012 … in December of that year'
            named = [
                mention
                for mention in past
                if mention.end <= match.start() and not is_life_date(text, mention)
            ]
            found_year = named[-1].date.year if named else found_year
        if found_year is not None and not any(start <= match.start("m") < end for start, end in spans):
            date = PartialDate(found_year, MONTHS[match.group("m").lower()])
            if not _unsaid(text, match.start(), date, now):
                extra.append(DateMention(match.start("m"), match.end("m"), date))
    return extra


# 'in December of that year', 'in May the same year': the year written last, bare or not.
_THAT_YEAR = re.compile(r"\s+(?:of\s+)?(?:that|the\s+same)\s+year\b", re.IGNORECASE)
_LIFE_DATE_BEFORE = re.compile(r"\b(?:born|died|birth|death|aged)\b[^.;,]{0,15}$", re.IGNORECASE)


def counted_year_before(text: str, offset: int) -> bool:
    """Whether a year counted from another date ('the next year', 'a year earlier', 'two years
    later', 'three years ago') stands before `offset`: a day after it is in that year, not the
    document's."""
    return any(
        match.group("later") or match.group("following") or match.group("ago")
        for match in _RELATIVE_YEAR.finditer(text, 0, offset)
    )


# An author-year citation: '(Ahmedov 2019, p. 31)', '[Smith and Jones, 2020]', '(Lee et al. 2018'.
_CITATION_BEFORE = re.compile(
    r"[(\[]\s*[A-Z][\w’'-]+(?:\s+(?:and|&)\s+[A-Z][\w’'-]+|\s+et\s+al\.?)?\s*,?\s*$"
)


def is_cited_work(text: str, mention: DateMention) -> bool:
    """'(Ahmedov 2019, p. 31)': the year a work cited was published, which dates nothing the text
    tells and counts nothing ('… joined two years later' is not from it)."""
    return _CITATION_BEFORE.search(text, max(0, mention.start - 40), mention.start) is not None


def is_life_date(text: str, mention: DateMention) -> bool:
    """'born on 24 July 1957': a date of someone's life, which dates nothing else in the text."""
    return _LIFE_DATE_BEFORE.search(text, max(0, mention.start - 25), mention.start) is not None


# Words that make what follows a plan: 'will sign', 'due in May', 'the upcoming summit'. The
# date rules here, the dating of relations and the plans among events each add their own.
FUTURE_WORDS = r"will|would|shall|due|scheduled|planned|plans?|expected|next|upcoming"
# Words before a date that make it a plan or deadline: 'will sign on 1 December', 'due in May'.
_FUTURE_CUE = re.compile(rf"\b(?:{FUTURE_WORDS}|to\s+be|until|till)\b[^.;,]{{0,30}}$", re.IGNORECASE)
_COUNT_WORDS = {"a": 1, **{word: number for word, number in NUMBER_WORDS.items() if number < 10}}
# 'last year', 'this year' (the document's year), 'two years later', 'a year after' (the date before).
_COUNT = r"a|one|two|three|four|five|six|seven|eight|\d"
_RELATIVE_YEAR = re.compile(
    rf"\b(?:(?P<ago>(?P<ago_count>{_COUNT})\s+years?\s+ago)\b|(?P<which>last|this|next)\s+year\b|"
    rf"(?P<later>(?P<count>{_COUNT})\s+years?\s+(?P<direction>(?:later|afterwards|earlier)\b|"
    # 'two years after,' counts from the date before; 'two years after it signed' from a clause.
    r"(?:after|before)(?=\s*(?:[,.;:)]|$)|\s+(?:that|this)\b)))|"
    r"(?P<following>the\s+(?:next|following|previous|preceding)\s+year)\b)",
    re.IGNORECASE,
)


def valid_day(year: int, month: int, day: int) -> bool:
    """Whether the calendar has this day ('31 June' is a misreading, not a date)."""
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True
