"""Dated events of one sentence: which of its dates say when something happened (or is planned
to), and which of its entities each date is about.

A date dates only its own clause. The sentence is cut at clause boundaries (';', ', but',
', which …', ', when …', ', and has …'); a date reaches the entities of its clause, a relative
clause's date also its head ('…, the precursor of the Eurasian Economic Community created in
2000' dates only the Community), a clause that shares the sentence's subject also that subject.
'A and B joined in 2002 and 2007, respectively' gives A 2002 and B 2007. A date after 'after',
'beyond' or 'until' bounds a period and dates nothing; 'in the wake of the 11 September 2001
attacks' dates the attacks, not the clause. A date in a future, planned or wished clause ('will',
'plan to', 'expires in', 'runs out in'), or later than the document itself, is kept as planned,
never as a happening.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from database.clauses import (
    MASK,
    STRONG_BREAK,
    Boundary,
    clause_boundaries,
    masked,
    relative_end,
)
from database.dates import PartialDate
from database.event_dates import PLAN_CUE, DateGroup, date_groups
from database.facts import Event, RelationFact, Span
from database.matcher import Match
from database.relations.skeleton import blank_revisions

_SUBJECT_NAMES = re.compile(
    rf"\s*(?:[A-Z][a-z]+\b[^,;{MASK}]{{0,60}},\s*)?(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Bb]oth)\s+)?"
    rf"(?:{MASK}+(?:['’]s)?(?:\s*\([^()]*\))?(?:\s*,\s*(?:and\s+)?|\s+and\s+)?(?:the\s+)?)+"
)
_OWN_SUBJECT = re.compile(rf",?\s+and\s+(?:the\s+)?{MASK}")
_LIST_GLUE = re.compile(r"^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(?:the\s+)?$")
_PARTICIPLE = (
    r"(?:created|founded|established|formed|set\s+up|launched|renamed|signed|adopted|opened|dissolved|replaced|"
    r"merged|inaugurated|concluded|transformed|reorganized|reorganised|succeeded|built|held)"
)
_REDUCED_RELATIVE = re.compile(
    r"^(?:\s*\([^()]*\))?(?:\s*,\s*(?:(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+)?(?:later\s+|subsequently\s+)?"
    rf"{_PARTICIPLE}|\s+{_PARTICIPLE}(?=\s+(?:in|on|by|at|under|during|from)\b))\b[^,;]*$"
)
_HEAD_GAP = re.compile(r"(?:\s*\([^()]*\))?[\s)]*(?:[a-z-]+\s*){0,2}")  # 'X (PfP) programme, which …'
_MOTION_FROM = re.compile(
    r"\b(?:crossed|cross|crossing|moved|fled|travell?ed|infiltrated|came|entered|arrived|smuggled|transited|"
    r"way)\b[^;]*?\b(?:from|via)\s+(?:the\s+)?$"
)
_PRONOUN_OPENING = re.compile(r"\s*(?:and\s+)?(?:its|their|it|they|he|she|his|her)\b", re.IGNORECASE)
_LEADING_PREPOSITION = re.compile(
    r"(?:^|[,:;–—]\s*|\s(?:and|but)\s+)(?:(?:in|on|from|since|by|during)\s+)?$", re.I
)


def sentence_events(
    span: Span,
    mentions: Sequence[Match],
    relations: Sequence[RelationFact] = (),
    *,
    year: int | None = None,
    published: str | None = None,
    lead: tuple[int, str] | None = None,
    struck: Sequence[tuple[int, int]] = (),
) -> list[Event]:
    """One event per date (or planned date) the sentence gives, naming the entities of that
    date's clause. `year` dates 'on 10 May' in a list of milestones; `lead` is the end offset and
    date of a milestone line's own lead ('1994 – 30 January:'), which dates the line; `struck`:
    document spans a draft struck out ('[deleted: in 2020]'), whose dates and names are none."""
    text = span.text
    mentions = [match for match in mentions if not any(start <= match.start < end for start, end in struck)]
    offsets = [(match.start - span.start, match.end - span.start) for match in mentions]
    plain = blank_revisions(masked(text, offsets), span.start, struck)
    groups = date_groups(plain, year, published)
    if lead is not None:
        lead_end, lead_date = lead
        groups = [group for group in groups if group.start >= lead_end]
        parts = [int(part) for part in lead_date.split("-")]
        lead_group = DateGroup(0, lead_end, (PartialDate(*parts),))
        groups.insert(0, lead_group)
    if not groups:
        return []
    scopes = _scopes(plain, groups, offsets)
    events: dict[tuple[str, bool], set[int]] = {}
    order: list[tuple[str, bool]] = []
    for group, scope in zip(groups, scopes, strict=True):
        inside = [
            index for index, (start, _end) in enumerate(offsets) if any(lo <= start < hi for lo, hi in scope)
        ]
        inside = [
            index
            for index in inside
            if not _MOTION_FROM.search(plain[max(0, offsets[index][0] - 120) : offsets[index][0]])
        ]
        if group.respectively:
            assigned = _respective(plain, group, inside, offsets)
        else:
            assigned = {index: list(group.dates) for index in inside}
        for index, dates in assigned.items():
            for date in dates:
                key = (date.iso, group.planned)
                if key not in events:
                    events[key] = set()
                    order.append(key)
                events[key].add(mentions[index].entity)
    mentioned = {match.entity for match in mentions}
    for fact in relations:
        for entity in (fact.subject, fact.object):
            if entity in mentioned or fact.date is None:
                continue
            for key in order:
                if key[0] == fact.date:
                    events[key].add(entity)
    return [
        Event(span, iso, int(iso[:4]), "sentence", tuple(sorted(events[(iso, planned)])), planned=planned)
        for iso, planned in order
        if events[(iso, planned)]
    ]


def _respective(
    plain: str, group: DateGroup, inside: list[int], offsets: list[tuple[int, int]]
) -> dict[int, list[PartialDate]]:
    """'A and B joined X in 2002 and 2007, respectively': the i-th name of the last list of as
    many names before the dates takes the i-th date; the other names take them all."""
    before = [index for index in inside if offsets[index][1] <= group.start]
    chosen: list[int] = []
    run: list[int] = []
    for index in before:
        if run and _LIST_GLUE.match(plain[offsets[run[-1]][1] : offsets[index][0]]):
            run.append(index)
        else:
            run = [index]
        if len(run) == len(group.dates):
            chosen = list(run)
    assigned: dict[int, list[PartialDate]] = {index: list(group.dates) for index in inside}
    if chosen:
        for index, date in zip(chosen, group.dates, strict=True):
            assigned[index] = [date]
    return assigned


def _scopes(
    plain: str, groups: list[DateGroup], offsets: list[tuple[int, int]]
) -> list[list[tuple[int, int]]]:
    """For each date group, the stretches of the sentence whose names it dates."""
    opens = _opens(plain, groups[0])
    floor = groups[0].end if opens else 0
    breaks = [found for found in STRONG_BREAK.finditer(plain) if found.start() >= floor]
    strong = [0, *(found.end() for found in breaks), len(plain)]
    boundaries = clause_boundaries(plain)
    first_subject = _subject(plain, strong[0], strong[1], groups, boundaries)
    scopes: list[list[tuple[int, int]]] = [[] for _ in groups]
    for low, high in itertools.pairwise(strong):
        members = [index for index, group in enumerate(groups) if low <= group.start < high]
        if not members:
            if opens:
                scopes[0].append((low, high))  # '2007 – 16 August: summit; leaders sign …'
            continue
        inner = [boundary for boundary in boundaries if low < boundary.start < high]
        subject = _subject(plain, low, high, groups, inner)
        shared_subject = [subject]
        if low > 0 and _PRONOUN_OPENING.match(plain, low):
            shared_subject.append(first_subject)  # '…; its lease was extended in 2012'
        cuts = [
            low,
            *(_cut(plain, groups[a], groups[b], inner) for a, b in itertools.pairwise(members)),
            high,
        ]
        for position, index in enumerate(members):
            scopes[index].extend(
                _scope(
                    plain,
                    groups,
                    index,
                    (cuts[position], cuts[position + 1]),
                    inner,
                    offsets,
                    shared_subject,
                    low,
                )
            )
        for earlier, extra in _infinitive_shares(members, cuts, inner):
            scopes[earlier].append(extra)
    return scopes


def _subject(
    plain: str, low: int, high: int, groups: list[DateGroup], inner: list[Boundary]
) -> tuple[int, int]:
    """The names that open the clause, before its verb: its subject, shared by clauses
    coordinated with it ('NATO … since 1992 … and starting from 1994 has cooperated …')."""
    stops = [group.start for group in groups if low <= group.start < high]
    stops += [boundary.start for boundary in inner if low < boundary.start < high]
    names = _SUBJECT_NAMES.match(plain, low, min([high, *stops]))
    return (low, names.end()) if names else (low, low)


def _scope(
    plain: str,
    groups: list[DateGroup],
    index: int,
    bounds: tuple[int, int],
    inner: list[Boundary],
    offsets: list[tuple[int, int]],
    shared_subject: list[tuple[int, int]],
    segment_low: int,
) -> list[tuple[int, int]]:
    group = groups[index]
    lo, hi = bounds
    bounds_low = segment_low
    if group.reference:
        return [(group.start, _phrase_end(plain, group.end, hi, inner))]
    if group.qualified_end is not None:  # 'the CSTO's 2004 treaty': from its owner to its noun
        owner = re.search(r"\S+['’]s\s+$", plain[max(lo, group.start - 60) : group.start])
        start = group.start - len(owner.group()) if owner else group.start
        return [(start, group.qualified_end)]
    head = _relative_head(plain, group, lo, inner, offsets)
    if head is not None:
        return [head]
    fronted = plain.startswith(",", group.end)  # '… and, in 2006, developed …'
    leading = bool(_LEADING_PREPOSITION.search(plain[lo : group.start])) and (
        fronted or not any(start >= lo and end <= group.start for start, end in offsets)
    )
    if not leading:
        after = [b.start for b in inner if b.kind == "coordinate" and group.end <= b.start < hi]
        hi = after[0] if after else hi
    stretch = _without_planned_relatives(plain, [(lo, hi)], inner, groups)
    opens_clause = any(b.kind in ("coordinate", "verb") and b.start == lo for b in inner)
    same_clause = lo > bounds_low and not any(b.start == lo for b in inner)  # 'with A (1992), B (1996)'
    interrupted = _interrupted_subject(plain, lo, inner, offsets) if opens_clause else None
    if interrupted is not None and not _OWN_SUBJECT.match(plain, lo):
        stretch.append(interrupted)  # 'and Uzbekistan, which had left the CIS in 1999, rejoined …'
    elif (opens_clause and not _OWN_SUBJECT.match(plain, lo)) or same_clause:
        stretch.extend(shared_subject)
    elif len(shared_subject) > 1:
        stretch.append(shared_subject[1])
    return stretch


def _interrupted_subject(
    plain: str, position: int, inner: list[Boundary], offsets: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The name a relative clause ending right before `position` describes: the subject of the
    verb that follows it, not the sentence's first subject."""
    for relative in reversed([b for b in inner if b.kind == "relative" and b.start < position]):
        if relative_end(plain, relative.end, len(plain)) < position - 2:
            return None
        heads = [offset for offset in offsets if offset[1] <= relative.start]
        if heads and _HEAD_GAP.fullmatch(plain, heads[-1][1], relative.start):
            return heads[-1]
        return None
    return None


def _opens(plain: str, group: DateGroup) -> bool:
    """A date that opens the sentence ('1994 – …', '2–3 April 2019: …', 'ALMATY, 5 May 2014
    (Reuters) — …') dates what follows its dash or colon."""
    before = plain[: group.start]
    return bool(re.fullmatch(rf"\s*(?:(?:In|On|From|By)\s+|[A-Z][A-Z .'-]*,\s*|{MASK}+,\s*)?", before))


def _cut(plain: str, earlier: DateGroup, later: DateGroup, inner: list[Boundary]) -> int:
    """Where the later date's clause begins: at the last clause boundary between the two dates;
    with none, right after the earlier date ('Russia (1992), Uzbekistan (1996)') unless the later
    date opens its own clause."""
    between = [boundary for boundary in inner if earlier.end <= boundary.start < later.start]
    clausal = [boundary for boundary in between if boundary.kind != "infinitive"]
    if clausal or between:
        return (clausal or between)[-1].start
    named = re.search(rf"(?:,?\s+and\s+)?(?:the\s+)?{MASK}+\s*$", plain[earlier.end : later.start])
    if named:  # 'Peace Mission 2007 was held in A, and Peace Mission 2010 in B'
        return earlier.end + named.start()
    return earlier.end


def _infinitive_shares(
    members: list[int], cuts: list[int], inner: list[Boundary]
) -> list[tuple[int, tuple[int, int]]]:
    """'voted in June 2013 to end the lease … in 2014': the vote is about what the lease clause
    names too, so the earlier date also dates that clause."""
    shared = []
    for position in range(1, len(members)):
        cut = cuts[position]
        if any(boundary.kind == "infinitive" and boundary.start == cut for boundary in inner):
            shared.append((members[position - 1], (cut, cuts[position + 1])))
    return shared


def _relative_head(
    plain: str, group: DateGroup, low: int, inner: list[Boundary], offsets: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """A date inside a relative clause or a participle phrase about a name dates that name and
    the clause, nothing of the main clause: '…, which declared neutrality in 1995, …', '… the
    Eurasian Economic Community created in 2000'."""
    relatives = [b for b in inner if b.kind == "relative" and b.start < group.start]
    if relatives:
        relative = relatives[-1]
        end = relative_end(plain, relative.end, len(plain))
        if group.end <= end and not any(
            b.kind == "coordinate" and relative.end <= b.start < group.start for b in inner
        ):
            heads = [offset for offset in offsets if offset[1] <= relative.start]
            if heads and _HEAD_GAP.fullmatch(plain, heads[-1][1], relative.start):
                return (heads[-1][0], end)
            return (relative.start, end)
    before = [offset for offset in offsets if low <= offset[0] and offset[1] <= group.start]
    if len(before) < 2 and not (before and before[0][0] > low + 30):
        return None
    for head_start, head_end in reversed(before):
        if _REDUCED_RELATIVE.match(plain[head_end : group.start]):
            if head_start == before[0][0] and head_start < low + 30:
                return None
            return (head_start, _phrase_end(plain, group.end, len(plain), inner))
    return None


def _phrase_end(plain: str, position: int, limit: int, inner: list[Boundary]) -> int:
    """Where the phrase holding a date ends: at the next comma that does not go on with a list
    of names, or the next clause boundary."""
    end = relative_end(plain, position, limit)
    stop = re.search(r";|\s[–—]\s", plain[position:end])
    end = position + stop.start() if stop else end
    later = [boundary.start for boundary in inner if position <= boundary.start < end]
    return min([end, *later])


def _without_planned_relatives(
    plain: str, stretch: list[tuple[int, int]], inner: list[Boundary], groups: list[DateGroup]
) -> list[tuple[int, int]]:
    """A relative clause that states a plan and has no date of its own ('…, the activities of
    which are planned to be extended to X') is not part of the date's happening."""
    result = []
    for low, high in stretch:
        cursor = low
        for boundary in inner:
            if boundary.kind != "relative" or not low <= boundary.start < high:
                continue
            end = relative_end(plain, boundary.end, high)
            dated = any(boundary.start <= group.start < end for group in groups)
            if not dated and PLAN_CUE.search(plain, boundary.end, end):
                result.append((cursor, boundary.start))
                cursor = end
        result.append((cursor, high))
    return result
