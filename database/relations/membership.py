"""member_of facts read from a membership verb phrase: "A and B joined X in 1994".

The verb phrases are tried longest first ("planned to join", "suspended its membership in"
before "join"); each clause then finds its subjects (listed, a pronoun, the clause it is
coordinated with, the heading's country), its objects (named, "it", "the alliance") and the
status its clause qualifies ("as an observer", "neither … nor"), and `member_lists` reads the
other forms after it.
"""

from __future__ import annotations

import re

from database.dates import MONTH_PATTERN
from database.relations.context import Context
from database.relations.dating import _clause_end, _clause_start, _date_for, when_anchored_date
from database.relations.hedges import (
    _HEDGE_BEFORE_VERB,
    _NEGATION,
    _NEITHER,
    _PLAN,
    CLOSED_YEARS,
    DENIED_PASSIVE_AFTER,
    NOMINAL_UNDONE_AFTER,
    SUBORDINATE_OPENS,
    TALKED_OF_BEFORE,
    ended_within,
)
from database.relations.member_clauses import (
    _GAPPED,
    _MEMBER_STATUS_SET,
    TWO_OBJECTS_BETWEEN,
    _ClauseReading,
    _ClauseSubject,
    _coordinated_status,
    _dates_of_objects,
    _fallback_date,
    _gapped_subjects,
    _respective_memberships,
    _suspended_since,
    subject_before,
)
from database.relations.member_lists import (
    _its_members,
    _reverse_memberships,
    _status_appositions,
    read_kept_memberships,
    read_modifier_memberships,
    read_nominal_memberships,
)
from database.relations.objectless import _SINCE_FOUNDING
from database.relations.sentence import SentenceReader
from database.relations.skeleton import _BODY_WORD, _COUNTRIES, _OBJECTS, _TOKEN_BASE, ORG, PERSON, _listing

# Membership verb phrases, in the order they are tried: a longer or more specific reading
# ("planned to join", "suspended its membership in") before a shorter one ("join").
_JOIN_VERB = (
    r"(?:join(?:s|ed|ing)?|acced(?:e|es|ed|ing)\s+to|accession\s+to|(?:is|are|was|were|been|be)\s+(?:both\s+|all\s+|also\s+|"
    r"formally\s+|finally\s+)?admitted\s+"
    r"(?:to|into|as\s+(?:a\s+)?(?:full\s+)?members?\s+of)|bec(?:ame|ome|omes|oming)\s+(?:a\s+|the\s+)?"
    r"(?:\w+\s+)?(?:full\s+|full-fledged\s+|permanent\s+)?(?:member|participating\s+[Ss]tate|party|"
    r"participant)s?\s+(?:of|in|to)|gain(?:ed|s)?\s+(?:full\s+)?membership\s+(?:of|in)|"
    r"entered|signed\s+up\s+to|(?:began|started)\s+(?:participating|to\s+participate)\s+in)"
)
_MEMBERSHIP_PHRASES: tuple[tuple[str, str], ...] = (
    (
        "not a member",
        rf"(?:{_NEGATION}\s+(?:yet\s+|formally\s+|officially\s+|fully\s+)?(?:(?:been|become|be)\s+)?"
        r"(?:(?:re)?join(?:ed|ing)?|acced(?:ed|e)\s+to|(?:a\s+)?(?:full\s+)?(?:members?|participating\s+[Ss]tates?)\s+"
        r"(?:of|in)|(?:a\s+)?part\s+of|"
        r"participat\w+\s+in)\s+|(?:is|are|was|were|remains?|remained)\s+(?:a\s+)?non-members?\s+of\s+|"
        r"(?:(?:has|have|had)\s+)?(?:remains?|remained|stays?|stayed)\s+outside\s+(?:of\s+)?|(?:belongs?|belonged|is\s+a\s+member)\s+(?:to|of)\s+"
        r"neither\s+)",
    ),
    (
        "planned",
        rf"(?:{_PLAN}\s+(?:to\s+)?(?:formally\s+|eventually\s+|soon\s+)?(?:re)?(?:join(?:ing)?|"
        r"bec(?:ome|oming)\s+(?:a\s+)?(?:full\s+)?member\s+of|acced(?:e|ing)\s+to|seek\s+membership\s+"
        r"(?:of|in))\s+|(?:plans?|bid|intention)\s+to\s+join\s+|"
        rf"{_PLAN}\s+to\s+sign\s+(?:an?|the)\s+(?:treaty|agreement|charter)\s+(?:creating|establishing|founding|"
        r"on\s+the\s+(?:creation|establishment)\s+of)\s+(?:the\s+)?)",
    ),
    (
        "applied",
        r"(?:(?:has\s+|have\s+|had\s+)?(?:formally\s+)?(?:applied|applies|apply)\s+(?:to\s+join|for\s+"
        r"(?:(?:full\s+|observer\s+)?(?:membership|accession)|observer\s+status)\s+(?:of|in|to|at|with))\s+|"
        r"(?:submitted|filed|lodged)\s+"
        r"(?:an?\s+|its\s+)?(?:formal\s+)?(?:application|request|bid)\s+(?:to\s+join|for\s+membership\s+"
        r"(?:of|in))\s+)",
    ),
    (
        "suspended",
        r"(?:(?:has\s+|had\s+)?(?:suspended|suspends|suspend|froze|frozen)\s+(?:its\s+|their\s+)?(?:membership|"
        r"participation)\s+(?:in\s+the\s+work\s+of|in|of|with)\s+|(?:suspension|freezing)\s+of\s+(?:its\s+|their\s+)?(?:membership|"
        r"participation)\s+(?:in|of)\s+|(?:was|were|has\s+been)\s+suspended\s+from\s+)",
    ),
    (
        "withdrew",
        r"(?:(?:has\s+|had\s+|have\s+)?(?:withdr(?:ew|awn|aws)|pulled\s+out|walked\s+out)\s+(?:again\s+)?"
        r"(?:from|of)\s+(?:(?:its\s+|their\s+)?(?:full\s+)?membership\s+(?:of|in)\s+)?|(?:left|quit|exited)\s+|(?:ended|terminated|renounced)\s+(?:its\s+|their\s+)?"
        r"membership\s+(?:in|of)\s+)",
    ),
    (
        "rejoined",
        r"(?:rejoin(?:s|ed)?|re-join(?:s|ed)?|returned\s+to|restored\s+(?:its\s+)?membership\s+in)\s+",
    ),
    (
        "founding member",
        r"(?:(?:is|are|was|were|became)\s+(?:also\s+|both\s+|all\s+)?(?:one\s+of\s+|among\s+)?(?:the\s+|a\s+)?"
        r"(?:co-?)?found(?:ing|er)\s+"
        r"members?(?:\s+states?)?\s+(?:of|in)\s+|(?:co-?)?founded\s+|established\s+|set\s+up\s+|"
        # 'was among the six states that founded X'
        r"(?:is|are|was|were)\s+(?:one\s+of|among)\s+the\s+(?:\w+\s+)?(?:states|countries|nations|founders)\s+"
        r"(?:that|which|who)\s+(?:co-?)?founded\s+)",
    ),
    (
        "observer",
        r"(?:(?:was|were|has\s+been|had\s+been|is|are|became|become)\s+(?:admitted|granted|given|accepted)?\s*"
        r"(?:as\s+)?(?:an?\s+)?observers?(?:\s+status)?\s+(?:to|in|at|of|by|with)\s+|(?:has|have|had|holds|"
        r"held|gained|obtained|received|was\s+granted|(?:has|have|had)\s+(?:held|had|enjoyed))\s+observer\s+status\s+(?:in|at|with|to)\s+|"
        r"attended\s+as\s+an\s+observer\s+(?:of|at|to)?\s*)",
    ),
    ("joined", rf"(?:{_JOIN_VERB})\s+"),
    (
        "member",
        r"(?:(?:is|are|was|were|(?:will\s+)?remain|remains|remained|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|"
        r"still\s+|now\s+|both\s+|all\s+)?(?:a\s+|an\s+)?(?:full\s+|active\s+|permanent\s+|founding\s+)?"
        r"(?:members?|member\s+states?|participating\s+[Ss]tates?|parties)\s+(?:of|in|to)\s+(?:both\s+)?|"
        # 'were early participants in the NACC' (not 'a participant in the summit'): there from the start.
        r"(?:are|were|have\s+been)\s+(?:all\s+)?(?:early|original|founding)\s+participants\s+in\s+|"
        r"(?:is|are|was|were)\s+(?:one|among)\s+"
        r"(?:of\s+)?(?:the\s+)?(?:\w+\s+)?members\s+of\s+|(?:has|have|had)\s+(?:long\s+)?belonged\s+to\s+|"
        r"belongs?\s+to\s+|participat(?:es|ed|e)\s+in\s+|(?:takes?|has\s+taken|have\s+taken)\s+part\s+in\s+|"
        r"(?:its|their)\s+membership\s+(?:in|of)\s+|"
        r"(?:has|have|had)\s+been\s+in\s+(?=(?:the\s+)?\S+\s+since\b)|"
        r"(?:remains?|remained|is|are|was|were)\s+(?:still\s+|also\s+)?(?:an?\s+)?(?:active\s+)?partners?\s+in\s+|"
        r"(?:sits?|sat)\s+in\s+(?:both\s+)?|(?:is|are|was|were|remains?|remained|stays?|stayed)\s+(?:also\s+|still\s+)?in\s+"
        r"(?:both\s+)?(?=(?:the\s+)?«O)|"
        r"(?:is|are|was|were)\s+(?:the|its)\s+(?:\w+est|most\s+\w+)\s+members?\s+(?:of|in)\s+)",
    ),
)
_DESCRIBED_APPOSITION = r"(?P<described>the\s+[^,;«»]{1,40}?['’]s\s+[^,;«»]{1,40}?,\s+)?"


def _reading(status: str, verb: str, rest: str) -> tuple[str, re.Pattern[str], re.Pattern[str]]:
    """A membership reading: the pattern `verb` then `rest`, with `verb` alone, a cheap test
    first: the pattern matches nowhere the verb does not (one search of each verb a sentence,
    shared by the readings that open with the same verb phrase)."""
    return status, re.compile(verb), re.compile(verb + rest)


_MEMBERSHIP = [
    _reading(status, rf"(?P<verb>{phrase})", rf"{_DESCRIBED_APPOSITION}(?P<objects>{_OBJECTS})")
    for status, phrase in _MEMBERSHIP_PHRASES
] + [
    _reading(
        status,
        rf"(?P<verb>{verb}\s+(?:its|their)\s+)",
        rf"(?P<objects>{_listing(ORG)})\s+(?:membership|participation)\b",
    )
    for status, verb in (
        ("suspended", r"(?:suspended|suspends|froze|frozen)"),
        ("withdrew", r"(?:ended|terminated|renounced|gave\s+up)"),
        ("rejoined", r"(?:restored|renewed|resumed)"),
    )
]
# '… founded X (on 15 June 2001), together with A and B', '… joined X in 2017, together with B': the
# others who did the same, after the date if any.
_CO_FOUNDERS_AFTER = re.compile(
    rf"^(?:\s+(?:on|in)\s+[^,;«»]{{1,25}}?)?\s*,?\s+(?:together|along)\s+with\s+(?P<co>{_COUNTRIES})"
    # Only countries themselves: not 'together with Russian advisers', 'with Russia's blessing'.
    r"(?=\s*(?:[,.;)]|$)|\s+(?:in|on|at|since|from|and|but|when|after)\b)"
)
# 'Kyrgyzstan remains a member of the EAEU, which it joined in August 2015': when the membership began.
_WHICH_IT_JOINED = re.compile(
    r"\s*,\s+which\s+(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:first\s+|formally\s+)?"
    r"(?P<verb>joined|rejoined|entered|acceded\s+to)\b(?P<observer>\s+as\s+(?:an?\s+)?observers?\b)?"
)
# The date the relative clause gives must follow its verb at once: 'which it joined in August 2015',
# not 'which it joined after the war ended in 1997'.
_DATE_RIGHT_AFTER = re.compile(
    r"\s+(?:in|on)\s+(?:the\s+)?(?:(?:early|late|mid|spring|summer|autumn|fall|winter)[\s-]+(?:of\s+)?)?"
)
# '… an SCO observer since 2012, but that status has been suspended since August 2021'.
_SUSPENDED_LATER = re.compile(
    r",?\s+but\s+(?:that|this|the|its|their)\s+(?:status|membership|participation|seat)\s+"
    r"(?:has\s+been|have\s+been|had\s+been|was|were|is|are|remains)\s+(?:since\s+)?(?:suspended|frozen)\b"
)
_WHICH_IT_STATUS = {"joined": "joined", "entered": "joined", "acceded to": "joined", "rejoined": "rejoined"}
_ANAPHOR = (
    r"(?P<anaphor>the\s+(?:same\s+|new\s+|latter\s+)?(?P<head>process|programme|program|organi[sz]ation|alliance|"
    r"bloc|union|council|partnership|initiative|forum|group|community|commission|mechanism))\b(?!['’]s)"
)
# Heads any organization may be called by: 'the new bloc' after a sentence that named one union.
# Not 'the group': "the SCO summit created a new working group. Tajikistan joined the group" is that group.
_GENERIC_HEADS = ("organi", "allian", "bloc", "union")
# "Kyrgyzstan joined it on 12 August 2015", "has been in it since 1994": 'it' is the organization
# named last before it, in this sentence or (when only one was) in the sentences before.
_MEMBERSHIP_BY_IT = (
    [
        _reading(status, rf"(?P<verb>{phrase})", r"(?P<it>it)\b(?!\s*(?:is|was|has|had|will|would)\b)")
        for status, phrase in _MEMBERSHIP_PHRASES
        if status != "founding member"
    ]
    + [
        # "Uzbekistan did not leave the CSTO in 2012; it suspended its membership in June 2012": the
        # membership of the organization named before, in this sentence or the last.
        _reading(
            status,
            rf"(?P<verb>{verb}\s+(?:its|their)\s+)",
            r"(?P<it>membership|participation)\b"
            # 'in June 2012' dates it; 'in the Network' names what the sentence does not resolve.
            rf"(?!\s+(?:in|of|with)\s+(?!(?:\d|{MONTH_PATTERN}|early|late|mid|the\s+(?:spring|summer|autumn|winter))))",
        )
        for status, verb in (
            ("suspended", r"(?:suspended|froze)"),
            ("withdrew", r"(?:ended|terminated|renounced)"),
        )
    ]
    + [
        # "India is a member of the SCO; Tajikistan is one of its founding members".
        _reading(
            status,
            r"(?P<verb>(?:is|are|was|were)\s+(?:one\s+of\s+|among\s+)?)(?P<it>its)",
            rf"\s+{members}\b(?!\s+(?:of|in)\b)",
        )
        for status, members in (
            ("founding member", r"(?:co-?)?found(?:ing|er)\s+members?(?:\s+states?)?"),
            ("member", r"(?:full\s+)?members?(?:\s+states?)?"),
            ("observer", r"observers?"),
        )
    ]
)
_MEMBERSHIP_BY_ANAPHOR = [
    _reading(status, rf"(?P<verb>{phrase})", _ANAPHOR)
    for status, phrase in _MEMBERSHIP_PHRASES
    if status not in ("founding member",)
]
_AND_BEFORE = re.compile(r"(?:,\s*|\s+)(?:and|but)\s*$")
_SERIES_AFTER_DATE = re.compile(r",\s*(?:then\s+|later\s+)?$")
_COLON_SINCE = re.compile(
    rf"^\W*(?P<subjects>{_COUNTRIES})\s*:\s*(?P<objects>{_listing(ORG)})\s+(?:(?:full\s+)?member\s+)?"
    r"(?:since|from)\s+"
)
_TOGETHER = re.compile(rf"(?:[Tt]ogether|[Aa]long|[Aa]longside)\s+with\s+(?P<co>{_COUNTRIES})\s*,\s*$")
_COORDINATED = re.compile(
    r"\s*,?\s+(?:and|but)\s+(?:then\s+|later\s+|subsequently\s+|again\s+)?(?P<verb>withdr(?:ew|awn)|left|quit|"
    r"rejoined|re-joined|(?:suspended|resumed)\s+(?:its|their)\s+(?:membership|participation)|resumed(?=\s+it\b)|joined)"
    r"(?:\s+it)?(?:\s+again)?\b"
    r"(?!\s+(?:from\s+)?(?:the\s+)?«)"
)
_GAPPED_OBJECT_BEFORE = re.compile(r"(?:\d{4}|»)\s*,?\s+and\s+(?:the\s+)?$")
_AS_OBSERVER = re.compile(
    r"\s+as\s+(?:(?:an?|the)\s+(?:\w+\s+)?)?observers?\b(?!\s+(?:nation|state|country)s?\b)"
)
# 'participates in the SCO as a dialogue partner', '… as a guest', '… as an associate member': a
# role other than a member's (an observer's is read by `_AS_OBSERVER`).
_AS_OTHER_ROLE = re.compile(
    r"\s+as\s+(?:an?\s+|the\s+|its\s+)?+(?!(?:full\s+|founding\s+)?(?:members?|participating\s+states?|party|parties)\b)\w",
    re.IGNORECASE,
)
_TAKING_PART = re.compile(r"participat|part\s+in|sits?\b|sat\b")
# 'Afghanistan participated in the SCO until 2021': a part taken that has ended.
_ENDED_SOON_AFTER = re.compile(r"\s*,?\s+(?:until|till|up\s+to)\b")
# 'did not join the SCO until 2023': it joined then.
_NOT_UNTIL = re.compile(r"\s*,?\s+until\s+(?:\d|[A-Z])")
_PROGRAMME_NOUN = re.compile(r"\s+(?:programme|program|framework|initiative)\b")
# 'the SCO anti-terror exercise', 'the CSTO rapid reaction force talks': words describing the
# noun may come between the name and the noun, on its line; none of them a word that ends the phrase.
_DESCRIBING_WORDS = (
    r"(?:[ \t]+(?!(?:in|on|at|as|and|or|nor|of|the|a|an|since|from|by|for|to|with|without|but|after|"
    r"before|when|while|which|that|who|whose|is|are|was|were|has|have|had|until|last|this|its|their|"
    r"together|itself|then|later|again|also|formally|officially|fully)\b)[a-z][a-z-]*){0,3}"
)
_MODIFIED_NOUN = re.compile(
    r"(?:['’]s\b|-led|-backed|"
    rf"{_DESCRIBING_WORDS}\s+(?:programme|program|framework|mission|exercise|exercises|operation|operations|"
    r"initiative|project|projects|activities|training|summits?|meetings?|talks|negotiations|consultations|"
    r"sessions?|conferences?|events?|delegations?|troops|forces?|partners?|observers|"
    r"officials|diplomats|sources|analysts|contact\s+group|dialogue|leaders|heads|leadership|drills|manoeuvres|"
    r"maneuvers|games|members|member\s+states|counterparts|colleagues|allies|peers|groups?|panels?|"
    r"agreements?|zones?|clubs?|systems?|platforms?|process|format|mechanisms?|cent(?:re|er)s?|"
    r"structures?|collective(?:\s+\w+){0,3}\s+forces|courts?|commissions?|committees?|councils?|"
    r"assembl(?:y|ies)|secretariat|bodies|organs|institutions|parliament)\b"
    r"|\s+(?!(?:In|On|At|And|Or|The|As|Since|From|By|For|To|With|But)\b)[A-Z][a-z]{2,})"
)
# "Tajikistan joined the alliance's drills, NATO observers reported": an apposition or a locative
# idiom ("sits in", "is in") reads a membership only when the organization ends the clause.
_LOCATIVE_IDIOM = re.compile(
    r"(?:sits?|sat|is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|still\s+)?in\b"
)
_CLAUSE_GOES_ON_NOT = re.compile(
    r"\s*(?:[.;,)]|$|\s*\(|\s+(?:and|but|since|from|in\s+\d|on\s+\d|in\s+[A-Z]|as\s+(?:a|an)\s+(?:full\s+)?member)\b)"
)
_PARTNER_IN = re.compile(r"\bpartners?\s+in\s+$")
_SUBORDINATOR_BEFORE = re.compile(r"\b(?:when|after|before|because|as|since|until|once|while)\s+\S?$")
_OTHER_NOUN = re.compile(
    r"\b(?:an?|the|its|their)\s+(?!«|(?:observer|member|full|founding|same|new|latter|forum|organi[sz]ation|"
    r"alliance|bloc|union|community)s?\b)[a-z]"
)
# "Turkmenistan belongs to neither": of the two organizations the previous sentence named.
_NEITHER_OF_TWO = re.compile(
    rf"(?P<subjects>{_COUNTRIES})\s+(?:(?:belongs?|belonged)\s+to|(?:is|was)\s+(?:a\s+member\s+of|in))\s+"
    r"neither(?:\s+of\s+them|\s+one)?\s*(?:[.;]|$)"
)


# "The United Kingdom is a participating State of the OSCE, as are both Kyrgyzstan and Tajikistan".
_AS_ARE = re.compile(
    rf"\s*,\s*as\s+(?:are|is|were|was)\s+(?:also\s+)?(?:both\s+)?(?P<subjects>{_COUNTRIES})\s*(?=[.;,]|$)"
)
# "The SCO and the CSTO overlap. Kazakhstan and Tajikistan belong to both": the two the sentence before named.
_BOTH_OF_TWO = re.compile(
    rf"(?P<subjects>{_COUNTRIES})\s+(?:(?:belong|belonged)\s+to|(?:are|were)\s+(?:members\s+of|in))\s+both"
    r"(?:\s+of\s+them)?\s*(?:[.;,]|$)"
)


def read_memberships(reader: SentenceReader, context: Context) -> None:
    text = reader.text
    claimed: list[tuple[int, int]] = []
    readings: list[tuple[str, re.Match[str]]] = []
    verb_found: dict[re.Pattern[str], bool] = {}
    for status, verb, pattern in _MEMBERSHIP + _MEMBERSHIP_BY_ANAPHOR + _MEMBERSHIP_BY_IT:
        if verb not in verb_found:
            verb_found[verb] = verb.search(text) is not None
        if not verb_found[verb]:
            continue
        for found in pattern.finditer(text):
            verb_start = found.start("verb")
            if any(start <= verb_start < end for start, end in claimed):
                continue
            claimed.append((found.start(), found.end()))
            readings.append((status, found))
    for status, found in sorted(readings, key=lambda reading: reading[1].start("verb")):
        _membership_clause(reader, status, found, context)
    _reverse_memberships(reader)
    _status_appositions(reader, context)
    _its_members(reader)
    read_modifier_memberships(reader)
    read_kept_memberships(reader)
    read_nominal_memberships(reader)
    for pattern, status in ((_NEITHER_OF_TWO, "not a member"), (_BOTH_OF_TWO, "member")):
        of_two = pattern.search(text) if len(context.last_organizations) == 2 else None
        if of_two and len(context.last_organizations) == 2 and not re.search(ORG, text[: of_two.end()]):
            if _HEDGE_BEFORE_VERB.search(text, 0, of_two.end("subjects") + 1):
                continue
            for subject in reader.entities(of_two.group("subjects")):
                for obj in context.last_organizations:
                    reader.add(subject, "member_of", obj, status=status, method="group")
    _suspended_later(reader)
    since = _COLON_SINCE.match(text)
    if since:
        date = _date_for(text, reader.dates, since.end(), since.end(), _clause_end(text, since.end()))
        for subject in reader.entities(since.group("subjects")):
            for obj in reader.entities(since.group("objects")):
                reader.add(subject, "member_of", obj, date=date, status="member")


def _suspended_later(reader: SentenceReader) -> None:
    """'A has been an SCO observer since 2012, but that status has been suspended since August
    2021': the one membership the sentence stated before the 'but' is suspended, from that date."""
    text = reader.text
    later = _SUSPENDED_LATER.search(text)
    if later is None:
        return
    held = {
        (fact.subject, fact.object)
        for fact in reader.facts
        if fact.predicate == "member_of"
        and fact.status in ("member", "founding member", "observer", "joined")
    }
    if len(held) != 1:
        return
    date = _date_for(text, reader.dates, later.end(), later.end(), _clause_end(text, later.end()))
    subject, obj = next(iter(held))
    reader.add(subject, "member_of", obj, date=date, status="suspended")


def _membership_clause(reader: SentenceReader, status: str, found: re.Match[str], context: Context) -> None:
    """One membership verb phrase: its subjects, objects, status and dates, then the clauses
    coordinated with it ('and suspended it in 2012', 'and B on <date>')."""
    subject = _clause_subject(reader, found, context)
    if subject is None:
        return
    group = next(name for name in ("objects", "anaphor", "it") if name in found.re.groupindex)
    objects, method = _clause_objects(reader, found, group, context, subject.method)
    if not objects or (
        group == "it" and method != "context" and (status == "not a member" or found.group("it") == "its")
    ):
        return  # 'is not a member of it', 'one of its founding members': of what this sentence names
    text = reader.text
    objects_end = found.end(group)
    qualified = _clause_status(reader, status, found, subject, objects_end)
    if qualified is None:
        return
    status = qualified
    clause_end = _clause_end(text, objects_end)
    gapped = _GAPPED.search(text, objects_end, clause_end)
    if gapped and not any(0 <= gapped.start() - date.end <= 1 for date in reader.dates):
        gapped = None
    coordinated = _COORDINATED.search(text, objects_end, clause_end)
    if coordinated and (
        re.search(ORG, text[objects_end : coordinated.start()])
        or _GAPPED_OBJECT_BEFORE.search(text, 0, found.start(group))
    ):
        # '… left the CIS, joined the CSTO and suspended its participation' is the CSTO's; after
        # 'joined the CSTO in 1992 and the EAEU in 2015', either's.
        coordinated = None
    if coordinated and (gapped is None or coordinated.start() < gapped.start()):
        gapped = None
        clause_end = coordinated.start()
    elif gapped:
        clause_end = gapped.start()
    reading = _ClauseReading(subject.subjects, objects, status, method, objects_end, clause_end)
    if _respective_memberships(reader, reading) or _suspended_since(reader, reading):
        return
    anchored = when_anchored_date(text, reader.dates, subject.start)
    fallback = anchored or _fallback_date(reader, found, subject, reading)
    object_dates = {} if anchored else _dates_of_objects(reader, found, group, reading)
    for member in reading.subjects:
        for obj in objects:
            reader.add(
                member,
                "member_of",
                obj,
                date=object_dates.get(obj) or fallback,
                status=status,
                method=method,
            )
    _more_after_the_clause(reader, reading, {obj: object_dates.get(obj) or fallback for obj in objects})
    reader.subjects.extend(reading.subjects)
    reader.clause_subjects = tuple(reading.subjects)
    if coordinated and not gapped:
        _coordinated_status(reader, coordinated, reading)
    if gapped:
        _gapped_subjects(reader, gapped, reading)


def _more_after_the_clause(
    reader: SentenceReader, reading: _ClauseReading, dates: dict[int, str | None]
) -> None:
    """What follows the organization adds: ', as are A and B'; ', which it joined in 2015' (when
    the membership began); ', together with B' (B did the same)."""
    text, status, objects_end = reader.text, reading.status, reading.objects_end
    as_are = _AS_ARE.match(text, objects_end)
    if as_are and status in ("member", "observer", "founding member"):
        for member in reader.entities(as_are.group("subjects")):
            for obj in dates:
                reader.add(member, "member_of", obj, status=status, method=reading.method)
    which_it = _WHICH_IT_JOINED.match(text, objects_end)
    if which_it and status in ("member", "founding member", "observer") and dates:
        # 'which' is the organization right before it: the EAEU of 'the CSTO and the EAEU, which …'.
        last = list(dates)[-1]
        lead = _DATE_RIGHT_AFTER.match(text, which_it.end())
        right_after = [date for date in reader.dates if lead and date.start == lead.end()]
        joined = _WHICH_IT_STATUS.get(" ".join(which_it.group("verb").split()), "joined")
        for member in reading.subjects:
            reader.add(
                member,
                "member_of",
                last,
                date=right_after[0].date.iso if right_after else None,
                status="observer" if which_it.group("observer") else joined,
            )
    co_founders = _CO_FOUNDERS_AFTER.match(text[objects_end:])
    if co_founders and status != "not a member":  # 'A joined X in 2017, together with B'.
        for member in reader.entities(co_founders.group("co")):
            for obj, date in dates.items():
                reader.add(member, "member_of", obj, date=date, status=status)


def _no_membership_stated(
    text: str, status: str, verb: str, subject: _ClauseSubject, objects_end: int
) -> bool:
    """A part taken in another role or that has ended ('participates in the SCO as a dialogue
    partner', '… until 2021'), or a joining talked of, put off or only possible ('Talks on
    Uzbekistan joining …', '… accession …, scheduled for 2016, never took place')."""
    if status == "member" and _TAKING_PART.search(verb):
        return bool(_AS_OTHER_ROLE.match(text, objects_end) or _ENDED_SOON_AFTER.match(text, objects_end))
    return bool(
        re.search(r"joining|accession", verb)
        and (NOMINAL_UNDONE_AFTER.match(text, objects_end) or TALKED_OF_BEFORE.search(text, 0, subject.start))
    )


def _clause_status(
    reader: SentenceReader, status: str, found: re.Match[str], subject: _ClauseSubject, objects_end: int
) -> str | None:
    """The verb phrase's status as its clause qualifies it: 'as an observer', 'neither … nor';
    None for a description or idiom that states no membership, or a hedged one."""
    text = reader.text
    if status in ("joined", "member") and _AS_OBSERVER.match(text, objects_end):
        status = "observer"
    elif _no_membership_stated(text, status, found.group("verb"), subject, objects_end):
        return None
    if (
        status == "not a member"
        and re.search(r"join|acced|admit", found.group("verb"))
        and _NOT_UNTIL.match(text, objects_end)
    ):
        return "joined"  # 'did not join the SCO until 2023'
    since = _SINCE_FOUNDING.match(text, objects_end) if status == "member" else None
    if since and (
        not since.group("owner")
        or (
            "objects" in found.re.groupindex
            and reader.skeleton.mention_at(since.group("owner")).entity
            in reader.entities(found.group("objects"))
        )
    ):
        # 'a member of the CSTO since its foundation', '… since the Organization's creation' (the CSTO's).
        status = "founding member"
    if (
        ("described" in found.re.groupindex and found.group("described"))
        or _LOCATIVE_IDIOM.match(found.group("verb"))
    ) and not _CLAUSE_GOES_ON_NOT.match(text, objects_end):
        return None
    neither = _NEITHER.search(text, _clause_start(text, subject.start), found.start("verb"))
    if (
        status in _MEMBER_STATUS_SET
        and neither
        and not SUBORDINATE_OPENS.search(text, neither.end(), subject.start)
    ):
        return "not a member"  # not 'Neither Russia nor China objected when Uzbekistan rejoined …'

    if status in _MEMBER_STATUS_SET and _HEDGE_BEFORE_VERB.search(text[: found.start("verb")]):
        return None
    if status == "planned" and _CONDITION_AFTER.match(text, objects_end):
        return None
    if status == "not a member" and (
        _SUB_BODY_AFTER.match(text, objects_end)
        or (_PAST_STATE.search(found.group("verb")) and _STATE_ENDED_AFTER.match(text, objects_end))
    ):
        return None  # '… not a member of the CIS free trade zone's panel', 'was not a member until 2015'
    if _INVERTED_CONDITION.match(text, _clause_start(text, subject.start)):
        return None  # 'Had Uzbekistan stayed in the CSTO after 2012, it would …': a counterfactual
    if DENIED_PASSIVE_AFTER.match(text, objects_end) and _CLAIM_NOUN_BEFORE.search(
        _ASIDE_AT_END.sub(" ", text[: subject.start])
    ):
        return None  # 'Reports of Iran's bid to join the CSTO were denied', 'Reports that A, a member, …'
    if (
        status in ("observer", "member")
        and _PAST_STATE.match(found.group("verb"))
        and (
            _STATE_ENDED_AFTER.match(text, found.end("verb"))  # '(2006–2008)' may close the object
            or _CLOSED_TERM.search(text, _clause_start(text, subject.start), subject.start)
        )
    ):
        return None  # 'Between 2005 and 2008, Uzbekistan was a member of …'
    return status


_INVERTED_CONDITION = re.compile(r"\W*(?:Had|Were|Should)\s+(?:the\s+)?«")
# The aside between a subject and its verb (', a member since 2006,'), read past.
_ASIDE_AT_END = re.compile(r"\s*,[^,;]{1,100},\s*$")
_CLAIM_NOUN_BEFORE = re.compile(
    r"\b(?:reports?|claims?|rumou?rs?|allegations?|speculation|suggestions?)\s+(?:of|that|about)\s+(?:[^.;,]{0,40}\s)?$",
    re.IGNORECASE,
)
_SUB_BODY_AFTER = re.compile(
    r"['’]s\b|\s+(?!(?:and|or|but|since|as|until|either|nor|in|at|for|because|yet)\b)[a-z]{3,}"
)
# 'will join the CCWI "only if all five take part"': a plan on a condition is no plan yet.
_CONDITION_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:if|unless|provided|providing|on\s+condition|as\s+long\s+as)\b", re.IGNORECASE
)
# 'Belarus was an observer until it joined …': a past state the clause ends says nothing of now.
_PAST_STATE = re.compile(r"(?:was|were|had\s+been)\b")
_CLOSED_TERM = re.compile(rf"\b(?:{CLOSED_YEARS}|(?:19|20)\d\d\s*[–-]\s*(?:19|20)\d\d)\b", re.IGNORECASE)
_STATE_ENDED_AFTER = ended_within(
    80,
    r"before|up\s+to|to\s+\d{4}|\d{4}\s*[–-]\s*\d{4}|between\s+\d{4}\s+and\s+\d{4}|"
    r"when\s+it\s+(?:joined|became|left|withdrew)",
)


# 'Stanislav Zas of Belarus', 'Rustam Nazarov, a colonel from Tajikistan,', 'Roza Otunbayeva, a
# former President of Kyrgyzstan,': the country only says where the person who acts is from.
_PERSON_S_COUNTRY_BEFORE = re.compile(rf"{PERSON}(?:\s*,[^;]{{0,80}}?)?\s+(?:of|from)\s+(?:the\s+)?$")


def _clause_subject(reader: SentenceReader, found: re.Match[str], context: Context) -> _ClauseSubject | None:
    """Who the verb phrase is about: the listed subjects before it, a pronoun resolved to the
    last subject, the subjects of the clause it is coordinated with, or the heading's country."""
    text = reader.text
    verb_start = found.start("verb")
    before = text[:verb_start]
    subject_match = subject_before(before)
    leading_allowed = not (subject_match and subject_match.group("relative"))
    if subject_match and subject_match.group("subjects"):
        if _PERSON_S_COUNTRY_BEFORE.search(before, 0, subject_match.start()):
            return None  # 'Kairat Abdrakhmanov of Kazakhstan joined the OSCE': the person did
        subjects = reader.entities(subject_match.group("subjects"))
        subject_start = (
            subject_match.end("relative") if subject_match.group("relative") else subject_match.start()
        )
        together = _TOGETHER.search(text[: subject_match.start()])
        if together:
            subjects = reader.entities(together.group("co")) + subjects
        return _ClauseSubject(subjects, subject_start, "sentence", leading_allowed)
    if subject_match and subject_match.group("pronoun"):
        pronoun = subject_match.group("pronoun").lower()
        resolved, doubted = (
            reader.country_it_refers_to(
                context.last_subject,
                context.subject_after_contrast,
                before[: subject_match.start()],
                context.other_countries,
            )
            if pronoun in ("it", "the country", "the republic")
            else (None, False)
        )
        if resolved is None:
            return None
        method = (
            "previous sentence"
            if doubted or _SUBORDINATOR_BEFORE.search(before[: subject_match.start() + 1])
            else "pronoun"
        )
        subjects = [resolved]
        together = _TOGETHER.search(text[: subject_match.start()])
        if together:
            subjects = reader.entities(together.group("co")) + subjects
        return _ClauseSubject(subjects, subject_match.start(), method, leading_allowed)
    if reader.clause_subjects and (joined_by_and := _AND_BEFORE.search(before)):
        return _ClauseSubject(list(reader.clause_subjects), joined_by_and.end(), "sentence", False)
    series = _SERIES_AFTER_DATE.search(before)
    if reader.clause_subjects and series and any(date.end == series.start() for date in reader.dates):
        # 'A left X in 1999, rejoined it in 2006 …': a clause that ends in its date, then the next.
        return _ClauseSubject(list(reader.clause_subjects), series.end(), "sentence", False)
    if context.heading_country is not None and not before.strip(" \t•·-*–—:"):
        return _ClauseSubject([context.heading_country], verb_start, "heading", leading_allowed)
    return None


def _head_noun(name: str) -> str:
    """'Council' of 'Council of Heads of State of the SCO': a body is not 'the organisation'."""
    words = name.split(" of ")[0].split()
    return words[-1] if words else name


def _clause_objects(
    reader: SentenceReader, found: re.Match[str], group: str, context: Context, method: str
) -> tuple[list[int], str]:
    """The organizations joined: those named after the verb, the one 'it' stands for, or the
    one an anaphor ('the alliance') names; and how sure that reading is."""
    text = reader.text
    verb_start = found.start("verb")
    if group == "objects":
        objects = [
            obj
            for obj in reader.entities(found.group("objects"))
            if reader.skeleton.kinds[reader.index_of(obj)] in ("organization", "programme")
            and not _used_as_modifier(reader, obj, found.start("objects"))
        ]
        if _PARTNER_IN.search(found.group("verb")):
            # A partner is a member only of a partnership ("partners in the Partnership for Peace").
            objects = [
                obj
                for obj in objects
                if "partnership" in reader.skeleton.mentions[reader.index_of(obj)].surface.lower()
            ]
        return objects, method
    if group == "it":
        tokens = list(re.finditer(ORG, text[:verb_start]))
        earlier = [reader.skeleton.mention_at(token.group()) for token in tokens]
        if (
            len(tokens) > 1
            and earlier[-1].entity != earlier[-2].entity
            and TWO_OBJECTS_BETWEEN.fullmatch(text, tokens[-2].end(), tokens[-1].start())
        ):
            return [], method  # 'joined the CSTO in 1992 and the EAEU in 2015 and suspended its …': either's
        objects = [earlier[-1].entity] if earlier else _only_recent_organization(context)
        between = text[tokens[-1].end() : verb_start] if tokens else ""
        # 'it' after another noun ('set up a development bank …, and X joined it') may be that noun.
        return objects, "context" if earlier and not _OTHER_NOUN.search(between) else "previous sentence"
    head = found.group("head").lower()[:6]
    # 'applied for membership of the SCO … at which Belarus joined the organization': one named
    # earlier in the same sentence comes before those of the sentences before it.
    own = [
        match
        for match in (
            reader.skeleton.mention_at(token.group()) for token in re.finditer(ORG, text[:verb_start])
        )
        if head in _head_noun(match.surface).lower()
        or (head in _GENERIC_HEADS and not _BODY_WORD.fullmatch(_head_noun(match.surface)))
    ]
    if own:  # the nearest, and unsure when the sentence names several
        return [own[-1].entity], "context" if len(
            {match.entity for match in own}
        ) == 1 else "previous sentence"
    named = [entity for entity, surface in reversed(context.recent_organizations) if head in surface]
    if not named and head in _GENERIC_HEADS:
        named = _only_recent_organization(context)
    about_another = context.topic_organization not in (None, *named[:1]) and head in _GENERIC_HEADS
    if (
        named
        and context.recent_organizations
        and (named[0] != context.recent_organizations[-1][0] or len(set(named)) > 1 or about_another)
    ):
        # 'the organization' may be the one named last ('the CSTO'), whatever its words, any of two
        # the words fit, or the one the text is about when another was named last: unsure.
        return named[:1], "previous sentence"
    return named[:1], "context"


def _only_recent_organization(context: Context) -> list[int]:
    """What 'it' or 'the new bloc' can only mean: the one organization the last sentence
    that named any named, or the one organization named lately at all."""
    if len(context.last_organizations) == 1:
        return list(context.last_organizations)
    recent = list(dict.fromkeys(entity for entity, _ in context.recent_organizations))
    return recent if len(recent) == 1 else []


def _used_as_modifier(reader: SentenceReader, entity: int, start: int) -> bool:
    """'joined the NATO programme': the name qualifies a noun; the programme is not NATO."""
    for token in re.finditer(ORG, reader.text[start:]):
        if reader.skeleton.mention_at(token.group()).entity == entity:
            after = reader.text[start + token.end() : start + token.end() + 60]
            modified = _MODIFIED_NOUN.match(after)
            if modified is None:
                return False
            own_kind = reader.skeleton.kinds[ord(token.group()[2]) - _TOKEN_BASE]
            return not (own_kind == "programme" and _PROGRAMME_NOUN.match(after))
    return False
