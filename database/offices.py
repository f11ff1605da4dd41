"""Offices stated across sentences: 'He was appointed to the post in October 2022' dates the office
the sentence before gave its holder, and an office a document states twice keeps its dated
statement only."""

from __future__ import annotations

import re
from collections.abc import Sequence

from database.dates import find_dates
from database.facts import CONFIDENCE, RelationFact, Span

# "He was appointed to the post in October 2022", "She took up the position on 1 May 2020": the
# start of the office the sentence before named. No modal, negation or question fits the verb slot.
_TOOK_THE_POST = re.compile(
    r"^\W*(?:He|She)\s+(?:was\s+(?:appointed|named|elected)\s+to|took\s+up|took\s+over|assumed|"
    r"has\s+held|has\s+occupied|entered)\s+(?:the|this|that)\s+(?:post|office|position|role)\s+"
    r"(?:(?:in|on|since|from)\s+)(?P<date>[^,;.]*\d{4})"
)
_NOT_STATED = re.compile(r"\b(?:not|never|no|if|whether|reportedly|allegedly)\b|\?\s*$", re.IGNORECASE)


def dated_by_next_sentence(span: Span, previous: Sequence[RelationFact], text: str) -> list[RelationFact]:
    """The office the sentence before gave one person, dated by this sentence's 'took up the post';
    cited by both sentences (`text` is the document's), since neither states it alone."""
    found = _TOOK_THE_POST.match(span.text)
    if found is None or _NOT_STATED.search(span.text):
        return []
    # A former post is not the one taken up ('X, a former Foreign Minister, is Secretary General').
    offices = [
        fact
        for fact in previous
        if fact.predicate == "holds_office" and not (fact.role or "").lower().startswith("former ")
    ]
    if len({fact.subject for fact in offices}) != 1 or len(offices) != 1:
        return []
    dates = [date for date in find_dates(span.text) if found.start("date") <= date.start < found.end("date")]
    if not dates:
        return []
    office = offices[0]
    if office.span.section != span.section or office.span.end > span.start:
        return []
    both = Span(span.section, office.span.start, span.end, text[office.span.start : span.end])
    return [
        RelationFact(
            office.subject,
            "holds_office",
            office.object,
            both,
            date=dates[0].date.iso,
            role=office.role,
            method="pronoun",
            confidence=CONFIDENCE["pronoun"],
        )
    ]


def without_undated_repeats(relations: Sequence[RelationFact]) -> list[RelationFact]:
    """An office a document states once without a date and once with one is the dated one."""
    dated = {
        (fact.subject, fact.object)
        for fact in relations
        if fact.predicate == "holds_office" and fact.date and fact.confidence >= CONFIDENCE["pronoun"]
    }
    return [
        fact
        for fact in relations
        if not (fact.predicate == "holds_office" and not fact.date and (fact.subject, fact.object) in dated)
    ]
