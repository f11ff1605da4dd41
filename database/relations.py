"""Typed relations read from one sentence at a time, clause by clause.

The sentence is first turned into a skeleton: each entity mention becomes a token such as
`«C»` (country) or `«O»` (organization or programme) carrying its position in the mention list,
while every other character stays. Patterns then read the skeleton the way a reader parses a
clause: a list of subjects, a verb phrase with its status (joined, planned, suspended, not a
member…), a list of objects, and the dates that belong to that clause only ("respectively",
"(1996)" after a party, "and B on <date>"). Anything the patterns do not read is not a fact:
a missing relation is better than a wrong one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from database.dates import DateMention, find_dates, month_number
from database.facts import CONFIDENCE, STATUSES, RelationFact, Span
from database.groups import GroupReference, find_group_references
from database.matcher import Match

KIND_CODES = {
    "country": "C",
    "organization": "O",
    "programme": "O",
    "treaty": "T",
    "person": "P",
    "place": "L",
}
_TOKEN_BASE = 0xE000


def _token(code: str, index: int) -> str:
    return f"«{code}{chr(_TOKEN_BASE + index)}»"


def _any(codes: str) -> str:
    return rf"«[{codes}][\ue000-\uf8ff]»"


COUNTRY, ORG, TREATY, PERSON, PLACE = _any("C"), _any("O"), _any("T"), _any("P"), _any("L")
# "the People's Republic of «China»": an official name around a country's short name.
_ART = r"(?:the\s+)?(?:(?:(?:People['’]s|Islamic|Federal|Democratic)\s+)?Republic\s+of\s+)?"
_SEP = (
    r"(?:\s*,\s*(?:and\s+|as well as\s+|nor\s+|or\s+)?|\s+and\s+|\s+nor\s+|\s+or\s+|\s+as well as\s+|\s*&\s*)"
)


def _listing(item: str) -> str:
    return rf"{_ART}{item}(?:{_SEP}{_ART}{item})*"


_COUNTRIES = _listing(COUNTRY)
_PARTIES = _listing(rf"(?:{COUNTRY}|{PERSON})")
_OBJECT = rf"(?:{ORG}['’]s\s+)?{ORG}(?:\s*\([^()]{{0,12}}\))?"
# "the largest member of the CSTO and of the EAEU": a repeated preposition keeps the list going.
_OBJECTS = rf"{_ART}{_OBJECT}(?:{_SEP}(?:(?:of|in)\s+)?{_ART}{_OBJECT})*"
_PRONOUN = r"(?P<pronoun>\b(?:[Ii]t|[Tt]he country|[Tt]he republic|[Bb]oth countries|[Tt]hey))"
_ADVERBS = (
    r"(?:\s*,?\s*(?:also|later|then|formally|officially|finally|subsequently|eventually|both|all|each|"
    r"too|itself|already|soon|quickly|which|that|who|in\s+turn|however|nevertheless|indeed|currently|still|now|"
    r"by\s+contrast|in\s+contrast|meanwhile|moreover|instead|first|"
    r"(?:in|on|by)\s+(?:early\s+|late\s+|mid-)?[^,;«»]{0,25}?\b\d{4}|"
    r"in\s+\d{4})\s*,?)*\s*,?\s+"
)
_ORDINAL = (
    r"(?:\s+(?:was|were|became)\s+the\s+(?:first|last|second|third|fourth|fifth|latest)\b[^;.]{0,60}?\s+to)?"
)
_RELATIVE = r"(?P<relative>\s*,\s*(?:which|who)\s+[^,;]{1,100}?,)?"

# Membership verb phrases, in the order they are tried: a longer or more specific reading
# ("planned to join", "suspended its membership in") before a shorter one ("join").
_NEGATION = (
    r"(?:(?:is|are|was|were|has|have|had|did|does|do)\s+(?:not|never)|(?:isn['’]t|aren['’]t|wasn['’]t|"
    r"hasn['’]t|haven['’]t|didn['’]t|doesn['’]t|never)|(?:refused|declined|rejected)\s+(?:to|an?\s+offer\s+to))"
)
_PLAN = (
    r"(?:plans?|planned|planning|intends?|intended|hopes?|hoped|seeks?|sought|seeking|aims?|aimed|"
    r"wants?|wanted|wishes|wished|(?:is|was|are|were)\s+(?:expected|set|likely|due|preparing|"
    r"considering|planning|seeking|hoping)|expressed\s+(?:an\s+)?interest\s+in|announced\s+(?:its\s+|an\s+)?"
    r"(?:intention|plans?)|(?:has|have|had)\s+agreed|agreed|decided|could|may|might|would|will|shall|"
    r"is\s+to|are\s+to|was\s+to|considers?|considered|discussed|negotiat\w+\s+(?:on|about))"
)
_JOIN_VERB = (
    r"(?:join(?:s|ed|ing)?|acced(?:e|es|ed|ing)\s+to|accession\s+to|(?:is|are|was|were|been|be)\s+admitted\s+"
    r"(?:to|into|as\s+(?:a\s+)?(?:full\s+)?members?\s+of)|bec(?:ame|ome|omes|oming)\s+(?:a\s+|the\s+)?"
    r"(?:\w+\s+)?(?:full\s+|full-fledged\s+|permanent\s+)?(?:member|participating\s+[Ss]tate|party|"
    r"participant)s?\s+(?:of|in|to)|gain(?:ed|s)?\s+(?:full\s+)?membership\s+(?:of|in)|"
    r"entered|signed\s+up\s+to|(?:began|started)\s+(?:participating|to\s+participate)\s+in)"
)
_MEMBERSHIP_PHRASES: tuple[tuple[str, str], ...] = (
    (
        "not a member",
        rf"(?:{_NEGATION}\s+(?:yet\s+|formally\s+|officially\s+|fully\s+)?(?:(?:been|become|be)\s+)?"
        r"(?:(?:re)?join(?:ed|ing)?|acced(?:ed|e)\s+to|(?:a\s+)?(?:full\s+)?(?:members?|participating\s+[Ss]tates?)\s+(?:of|in)|(?:a\s+)?part\s+of|"
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
        r"(?:full\s+|observer\s+)?(?:membership|accession)\s+(?:of|in|to))\s+|(?:submitted|filed|lodged)\s+"
        r"(?:an?\s+|its\s+)?(?:formal\s+)?(?:application|request|bid)\s+(?:to\s+join|for\s+membership\s+"
        r"(?:of|in))\s+)",
    ),
    (
        "suspended",
        r"(?:(?:has\s+|had\s+)?(?:suspended|suspends|suspend|froze|frozen)\s+(?:its\s+|their\s+)?(?:membership|"
        r"participation)\s+(?:in|of|with)\s+|(?:suspension|freezing)\s+of\s+(?:its\s+|their\s+)?(?:membership|"
        r"participation)\s+(?:in|of)\s+|(?:was|were|has\s+been)\s+suspended\s+from\s+)",
    ),
    (
        "withdrew",
        r"(?:(?:has\s+|had\s+|have\s+)?(?:withdr(?:ew|awn|aws)|pulled\s+out|walked\s+out)\s+(?:again\s+)?"
        r"(?:from|of)\s+|(?:left|quit|exited)\s+|(?:ended|terminated|renounced)\s+(?:its\s+|their\s+)?"
        r"membership\s+(?:in|of)\s+)",
    ),
    (
        "rejoined",
        r"(?:rejoin(?:s|ed)?|re-join(?:s|ed)?|returned\s+to|restored\s+(?:its\s+)?membership\s+in)\s+",
    ),
    (
        "founding member",
        r"(?:(?:is|are|was|were|became)\s+(?:one\s+of\s+)?(?:the\s+|a\s+)?(?:co-?)?found(?:ing|er)\s+"
        r"members?(?:\s+states?)?\s+(?:of|in)\s+|(?:co-?)?founded\s+|established\s+|set\s+up\s+)",
    ),
    (
        "observer",
        r"(?:(?:was|were|has\s+been|had\s+been|is|are|became)\s+(?:admitted|granted|given|accepted)?\s*"
        r"(?:as\s+)?(?:an?\s+)?observers?(?:\s+status)?\s+(?:to|in|at|of|by|with)\s+|(?:has|have|had|holds|"
        r"held|gained|obtained|received|was\s+granted|(?:has|have|had)\s+(?:held|had|enjoyed))\s+observer\s+status\s+(?:in|at|with|to)\s+|"
        r"attended\s+as\s+an\s+observer\s+(?:of|at|to)?\s*)",
    ),
    ("joined", rf"(?:{_JOIN_VERB})\s+"),
    (
        "member",
        r"(?:(?:is|are|was|were|remains?|remained|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|still\s+|"
        r"now\s+)?(?:a\s+|an\s+)?(?:full\s+|active\s+|permanent\s+|founding\s+)?(?:members?|member\s+states?|"
        r"participating\s+[Ss]tates?|parties)\s+(?:of|in|to)\s+|(?:is|are|was|were)\s+(?:one|among)\s+"
        r"(?:of\s+)?(?:the\s+)?(?:\w+\s+)?members\s+of\s+|(?:has|have|had)\s+(?:long\s+)?belonged\s+to\s+|"
        r"belongs?\s+to\s+|participat(?:es|ed|e)\s+in\s+|(?:its|their)\s+membership\s+(?:in|of)\s+|"
        r"(?:has|have|had)\s+been\s+in\s+(?=(?:the\s+)?\S+\s+since\b)|"
        r"(?:remains?|remained|is|are|was|were)\s+(?:still\s+|also\s+)?(?:an?\s+)?(?:active\s+)?partners?\s+in\s+|"
        r"(?:sits?|sat)\s+in\s+(?:both\s+)?|(?:is|are|was|were)\s+(?:also\s+|still\s+)?in\s+(?:both\s+)?(?=(?:the\s+)?«O)|"
        r"(?:is|are|was|were)\s+(?:the|its)\s+(?:\w+est|most\s+\w+)\s+members?\s+(?:of|in)\s+)",
    ),
)
_DESCRIBED_APPOSITION = r"(?P<described>the\s+[^,;«»]{1,40}?['’]s\s+[^,;«»]{1,40}?,\s+)?"
_MEMBERSHIP = [
    (status, re.compile(rf"(?P<verb>{phrase}){_DESCRIBED_APPOSITION}(?P<objects>{_OBJECTS})"))
    for status, phrase in _MEMBERSHIP_PHRASES
] + [
    (
        status,
        re.compile(
            rf"(?P<verb>{verb}\s+(?:its|their)\s+)(?P<objects>{_listing(ORG)})\s+(?:membership|participation)\b"
        ),
    )
    for status, verb in (
        ("suspended", r"(?:suspended|suspends|froze|frozen)"),
        ("withdrew", r"(?:ended|terminated|renounced|gave\s+up)"),
        ("rejoined", r"(?:restored|renewed|resumed)"),
    )
]
_PIPE_ROW = re.compile(
    rf"^\W*(?P<subjects>{_COUNTRIES})\s*\|\s*(?P<objects>{_listing(ORG)})\s*\|"
    r"\s*(?P<status>[a-z][a-z -]+?)\s*"
    r"(?:\|\s*(?P<date>[^|]*?)\s*)?\|?\s*$"
)
_CO_FOUNDERS_AFTER = re.compile(rf"^\s+(?:together|along)\s+with\s+(?P<co>{_COUNTRIES})")
_ANAPHOR = (
    r"(?P<anaphor>the\s+(?:same\s+|new\s+|latter\s+)?(?P<head>process|programme|program|organi[sz]ation|alliance|"
    r"bloc|union|council|partnership|initiative|forum|group|community|commission|mechanism))\b(?!['’]s)"
)
# Heads any organization may be called by: 'the new bloc' after a sentence that named one union.
# Not 'the group': "the SCO summit created a new working group. Tajikistan joined the group" is that group.
_GENERIC_HEADS = ("organi", "allian", "bloc", "union")
# "Kyrgyzstan joined it on 12 August 2015", "has been in it since 1994": 'it' is the organization
# named last before it, in this sentence or (when only one was) in the sentences before.
_MEMBERSHIP_BY_IT = [
    (status, re.compile(rf"(?P<verb>{phrase})(?P<it>it)\b(?!\s*(?:is|was|has|had|will|would)\b)"))
    for status, phrase in _MEMBERSHIP_PHRASES
    if status not in ("founding member", "not a member")
]
_MEMBERSHIP_BY_ANAPHOR = [
    (status, re.compile(rf"(?P<verb>{phrase}){_ANAPHOR}"))
    for status, phrase in _MEMBERSHIP_PHRASES
    if status not in ("founding member",)
]
_CHAINED_VERB = re.compile(
    r"(?:,\s*|\s+and\s+|,\s*and\s+)(?:(?:was|were)\s+)?(?:finally\s+|later\s+)?(?=\w+\s*$)|"
    r"(?:,\s*|\s+and\s+)(?=(?:was|were|applied|became|joined)\b)"
)
_SINCE_FOUNDING = re.compile(
    r"\s*(?:since|from)\s+(?:its|the\s+(?:organi[sz]ation|union|alliance|bloc)['’]s|the)\s+"
    r"(?:foundation|founding|creation|establishment|inception|start)\b"
)
_CHAIN_BEFORE = re.compile(
    r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:was|were)\s+)?(?:finally\s+|later\s+|then\s+)?$"
)
# A date right after an objectless verb: 'joined in June 2017', 'withdrew on 18 August 2009'.
# After the date of an objectless verb the clause ends or says where or when, never what else.
_DATE_ENDS_CLAUSE = re.compile(
    r"\s*(?:[.;,)]|$|\s+(?:(?:and|but)(?!\s+(?:its|their|his|her|the)\s)|at|during|when|after|as|following|"
    r"in\s+[A-Z«]|under|with\s+effect)\b)"
)
_OBJECTLESS_GROUPS = tuple(f"status{number}" for number in ("", 2, 3, 4, 5, 6, 7, 8, 9))
_OBJECTLESS_DATE = r"\s+(?:in|on)\s+(?:[A-Z][a-z]+\s+|\d{1,2}\s+[A-Z][a-z]+\s+)?\d"
_OBJECTLESS = re.compile(
    r"(?:(?P<negated>(?:is|are|was|were)\s+not\s+(?:a\s+)?)(?P<status>member)s?\b"
    r"|(?:was|were)\s+admitted\s+as\s+(?:an?\s+|the\s+\w+\s+)?(?:full\s+)?(?P<status2>member|observer)s?\b"
    r"|bec(?:ame|ome|omes)\s+(?:an?\s+|the\s+\w+\s+)?(?:full\s+)?(?P<status3>member|observer|participating\s+"
    r"[Ss]tate)s?\b"
    r"|(?:has|have|had)\s+been\s+(?:an?\s+)?(?P<status4>member|observer)s?\s+(?P<since>since)\b"
    r"|(?P<status5>applied)\s+(?:to\s+join|for\s+(?:full\s+)?membership)\b"
    rf"|(?P<status6>joined|rejoined|re-joined|withdrew|(?:was|were)\s+(?:finally\s+|formally\s+|officially\s+)?"
    rf"admitted|suspended\s+(?:its|their)\s+(?:membership|participation))(?={_OBJECTLESS_DATE})"
    r"|(?:are|were)\s+(?:(?:regarded|considered|seen|counted|recognised|recognized|listed)\s+(?:as\s+)?)?(?:the\s+|its\s+)?"
    r"(?P<status7>founding)\s+members\b(?!\s+(?:of|in|to)\b)"
    # "Armenia and Russia are its members", "Afghanistan and Mongolia are observers": only where the
    # clause ends there ("are observers at the talks" is about the talks).
    r"|(?:is|are)\s+(?:also\s+|still\s+)?(?:its\s+|an?\s+)?(?:full\s+)?(?P<status8>members?|observers?)"
    r"(?=\s*(?:[.;]|,\s+(?:and|but|while)\b|$))"
    r"|(?:has|have)\s+(?:held|had|enjoyed)\s+(?P<status9>observer)\s+status\s+since\b)"
    r"(?!\s+(?:of|in|to|at|with)\s+(?:the\s+)?«[OTCP])"  # Only a place ('at the «Astana» summit') lets it by.
)
# Words without which no membership sentence reads; a cheap test before the costly patterns.
# What makes an objectless status no statement of one: 'Neither A nor B are its members'; a claim
# someone makes, doubts or denies ('Analysts doubt that A and B are members'); an inverted condition
# ('Had A become a participating State, …'); a status that ended ('had held observer status since
# 1992 until …').
_NEGATED_SUBJECTS_BEFORE = re.compile(r"\b(?:[Nn]either|nor|not|never|no\s+longer)\b")
# Verbs of a claim someone makes or disputes: one list for every rule that reads them.
_CLAIM_VERBS = (
    r"doubts?|doubted|den(?:y|ies|ied)|claims?|claimed|reports?|reported|rumou?rs?|rumou?red|alleges?|alleged"
)
_HELD_OR_SAID_BEFORE = re.compile(
    r"\b(?:said|says|say|insists?|insisted|believes?|believed|think|thinks|thought|argues?|argued|suggests?|"
    rf"suggested|asserts?|asserted|maintains?|maintained|hopes?|hoped|fears?|feared|{_CLAIM_VERBS})\b"
)
_SUBJECTS_OPEN_CLAUSE = re.compile(
    rf"\W*(?:(?:and|but|while|whereas|today|now|currently|also)\s+)*(?P<subjects>{_COUNTRIES})\s+"
    rf"(?:(?:are|is)\s+(?:also\s+|still\s+)?)?"
)
_QUALIFIED_AFTER = re.compile(
    r"\s*,?\s*(?:but\s+)?(?:only\s+(?:in|on)|not\s+(?:in|really)|in\s+name\s+only|on\s+paper)\b",
    re.IGNORECASE,
)
# 'withdrew on <date> and 400 soldiers on 6 March': after 'and', another subject with a date of its own.
_GAPPED_DATE_AFTER = re.compile(
    r"\s+(?:and|but)\s+(?:its|their|his|her|the|\d[\d,]*|some|all|most|many|several)\s[^,;.]{0,40}?"
    r"\s(?:on|in)\s+(?:\d|[A-Z][a-z]+\s+\d)"
)
_INVERTED_CONDITION = re.compile(r"\W*(?:Had|Were|Should)\s")
_ENDED_LATER = re.compile(
    r"[^.;]{0,60}?\b(?:until|till|up\s+to|before\s+it\s+was|revoked|withdrawn|lost|ended)\b", re.IGNORECASE
)
_MEMBERSHIP_HINT = re.compile(
    r"join|member|\bkept\b|\bkeep|observer|found|establish|set\s+up|appl|plan|intend|expect|suspen|froze|withdr|left|quit|"
    r"exit|particip|accession|acced|admit|belong|outside|part(?:y|ies)|entered|return|restor|renew|resum|ended|"
    r"terminat|renounc|gave\s+up|neither|since|creat|\bsit|\bsat\b|partners?\s+in\b|"
    r"\b(?:is|are|was|were)\s+(?:also\s+|still\s+)?in\s+(?:both\s+)?the\b"
)
_SUBJECT_BEFORE = re.compile(
    rf"(?:(?P<subjects>{_COUNTRIES})(?:['’]s|\s*:)?|{_PRONOUN}){_RELATIVE}{_ORDINAL}{_ADVERBS}$"
)
_AND_BEFORE = re.compile(r"(?:,\s*|\s+)(?:and|but)\s*$")
_COLON_SINCE = re.compile(
    rf"^\W*(?P<subjects>{_COUNTRIES})\s*:\s*(?P<objects>{_listing(ORG)})\s+(?:(?:full\s+)?member\s+)?"
    r"(?:since|from)\s+"
)
# "has stayed outside the CSTO since it suspended its membership on 28 June 2012": the suspension.
_SINCE_SUSPENDED = re.compile(
    r"\s*,?\s*(?:ever\s+)?since\s+(?:it|they)\s+(?:suspended|froze)\s+(?:its|their)\s+(?:membership|participation)\b"
)
_TOGETHER = re.compile(rf"(?:[Tt]ogether|[Aa]long|[Aa]longside)\s+with\s+(?P<co>{_COUNTRIES})\s*,\s*$")
_GAPPED = re.compile(
    rf"\s*,?\s*(?:and|while|whereas)\s+(?P<subjects>{_COUNTRIES})\s+(?:did\s+so\s+)?(?:in|on)\s+"
)
_COORDINATED = re.compile(
    r"\s*,?\s+(?:and|but)\s+(?:then\s+|later\s+|subsequently\s+|again\s+)?(?P<verb>withdr(?:ew|awn)|left|quit|"
    r"rejoined|re-joined|suspended\s+(?:its|their)\s+(?:membership|participation)|joined)(?:\s+it)?(?:\s+again)?\b"
    r"(?!\s+(?:from\s+)?(?:the\s+)?«)"
)
_COORDINATED_STATUS = (
    ("withdr", "withdrew"),
    ("left", "withdrew"),
    ("quit", "withdrew"),
    ("rejoin", "rejoined"),
    ("re-join", "rejoined"),
    ("suspend", "suspended"),
    ("join", "joined"),
)
# A question asks; it states nothing ("Has Turkmenistan applied to join the SCO?").
_QUESTION_END = re.compile(r"\?[\s\"'”’)\]]*$|\?[\"”’]")
# Hearsay, a claim the sentence denies, or an exception ("all … except X joined"): whatever it
# holds is at most uncertain.
_HEARSAY = re.compile(
    r"\b(?:(?:press|media|news)\s+reports?|reportedly|allegedly|rumou?rs?|rumou?red|unconfirmed|"
    r"(?:rejected|denied|dismissed|refuted|disputed)\b[^.;]{0,60}?\b(?:that|suggestions?|claims?|reports?)|"
    r"(?:claims?|claimed|suggestions?|speculation)\s+that|(?:it\s+is|it\s+was)\s+(?:said|claimed|rumou?red|believed)|"
    r"(?:officials|sources|media|critics)\s+(?:claim|claimed|say|said|allege|alleged)|\bexcept\b|"
    # An embedded question, a belief nobody should hold, an earlier report being corrected.
    r"(?:asks?|asked|asking|wonders?|wondered|wondering)\s+(?:\w+\s+){0,2}?(?:whether|if)|"
    r"(?:nobody|no\s+one)\b[^.;]{0,60}?\b(?:thinks?|believes?|says?|suggests?|claims?|imagines?|assumes?)|"
    r"we\s+(?:earlier\s+)?(?:said|reported|wrote|stated))\b",
    re.IGNORECASE,
)
HEARSAY_CONFIDENCE = 0.4
_HEDGE_BEFORE_VERB = re.compile(
    r"(?:\bnot\b|\bnever\b|n['’]t\b|\bno\s+longer\b|\bwill\b|\bwould\b|\bcould\b|\bmay\b|\bmight\b|"
    r"\bshould\b|\bplans?\b|\bplanned\b|\bintends?\b|\bexpected\b|\bhopes?\b|\bif\b|\bwhether\b|"
    r"\brumou?red\b|\breportedly\b|\ballegedly\b)[^«»]{0,25}$",
    re.IGNORECASE,
)
# Where the act took place, between it and its date: "at the «Astana» summit", "at a meeting
# in «Dushanbe»", "in «Moscow»".
_VENUE = (
    rf"(?:\s+(?:at|during)\s+(?:the\s+|an?\s+)?(?:(?:{PLACE}|[A-Z][\w’'-]*)\s+){{0,3}}"
    rf"(?:summit|meeting|conference|ceremony|session|talks)(?:\s+(?:in|of)\s+{PLACE})?|\s+in\s+{PLACE})?"
)
_IMMEDIATE_DATE = re.compile(
    r"\)?(?:\s*\([^()]{1,15}\))?(?:\s+(?:together|along)\s+with\s+[^;]{0,200}?)?"
    rf"(?:\s+of\s+{_COUNTRIES})?"  # "the Customs Union of «Russia», «Belarus» and «Kazakhstan» in 2011"
    # A when-clause naming the founding act says when: "… when the «CSTO» Charter was signed in 2002".
    rf"(?:\s*,?\s+when\s+(?:the\s+|its\s+)?(?:{ORG}(?:['’]s)?\s+)?(?:{TREATY}|[Cc]harter|[Tt]reaty|[Aa]greement|"
    rf"[Dd]eclaration|[Pp]rotocol)\s+was\s+(?:signed|adopted|concluded)(?:\s+in\s+{PLACE})?)?"
    r"(?:\s+as\s+(?:an?\s+|the\s+\w+\s+)?(?:full\s+)?(?:member|observer|partner)s?\b)?"
    + _VENUE
    + r"(?:\s+[a-z]+){0,2}?\s*,?\s*"
    r"(?:formally\s+|officially\s+)?(?:(?:in|on|since|from)\s+)?(?:early\s+|late\s+|mid-)?(?:the\s+)?|\s*\("
)
_LIST_GLUE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(?:the\s+)?")
_AS_OBSERVER = re.compile(r"\s+as\s+(?:an?\s+|the\s+(?:\w+\s+)?)?observers?\b")
_PROGRAMME_NOUN = re.compile(r"\s+(?:programme|program|framework|initiative)\b")
_NEITHER = re.compile(r"\b[Nn]either\b")
_MODIFIED_NOUN = re.compile(
    r"(?:['’]s\b|-led|-backed|\s+(?:programme|program|framework|mission|exercise|exercises|operation|operations|"
    r"initiative|project|projects|activities|training|summits?|meetings?|talks|negotiations|consultations|"
    r"sessions?|conferences?|delegations?|troops|forces|partners?|observers|"
    r"officials|diplomats|sources|analysts|contact\s+group|dialogue)\b"
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
_MEMBER_STATUS_SET = frozenset(("founding member", "joined", "rejoined", "member"))
_ORG_LISTS_MEMBERS = re.compile(
    rf"(?P<org>{ORG})(?:['’]s)?\s+(?:(?:founding\s+|full\s+)?members?(?:\s+states?)?|participating\s+"
    rf"[Ss]tates)(?:\s+(?:are|include|included|were|comprise|comprised)\s*:?|\s*:)\s*(?P<subjects>{_COUNTRIES})"
    rf"|(?:[Tt]he\s+)?(?P<head>founding\s+)?members?(?:\s+states?)?\s+of\s+{_ART}(?P<org2>{ORG})\s+"
    rf"(?:are|include|included|were)\s*:?\s*(?P<subjects2>{_COUNTRIES})"
)
# "Former CSTO members: …", "Prospective members of the SCO are …": not members now.
_NOT_MEMBERS_NOW = re.compile(
    r"\b(?:former|prospective|candidate|aspiring|potential|would-be|future|possible|ex|non)[\s-]+(?:the\s+)?$",
    re.IGNORECASE,
)
# The word just before a list of an organization's members ('Current CSTO members:', 'The members
# of …'): only these leave it a list of members now, or of founders.
_LIST_QUALIFIER = re.compile(r"(?P<word>[A-Za-z][\w’'-]*)\s+(?:list\s+of\s+)?$")
_CURRENT_LIST_WORDS = frozenset(
    ("the", "current", "full", "present", "all", "its", "their", "both", "and", "are", "of", "two", "three")
    + ("four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
)
# A list that was ('Until 2012 the CSTO members were …', 'The members of the CSTO were …', undated)
# or would be ('As CSTO members: A and B would gain').
_LIST_ENDED_BEFORE = re.compile(r"\b(?:until|till|before|up\s+to)\s+(?:\w+\s+)?\d{4}\b", re.IGNORECASE)
_WOULD_AFTER = re.compile(r"\s+(?:would|could|might|may|should)\b")
_FOUNDING_LIST_WORDS = frozenset(("original", "founding", "founder"))
_PAREN_AFTER = re.compile(r"\s*\(")
# "the CSTO, the Russian-led alliance that also includes Armenia, Belarus …", "the Customs Union of
# Russia, Belarus and Kazakhstan": an organization described by its members.
# "The SCO today has six members: China, …", "The four member states of the CSTO, Armenia, …, sent".
# Only a number may stand before "members": "former", "observer" or "prospective" members are not members.
_COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many)"
_MEMBER_LIST = re.compile(
    rf"(?P<org>{ORG})(?:\s*\([^()]{{0,12}}\))?\s+(?:today\s+|now\s+|currently\s+)?(?:has|had|counts|counted)\s+"
    rf"(?:{_COUNT}\s+)?(?P<founding>founding\s+)?(?:full\s+)?members?(?:\s+states)?\s*:\s*(?P<subjects>{_COUNTRIES})"
    rf"|\b(?:[Tt]he|[Ii]ts)\s+(?:{_COUNT}\s+)?(?P<founding2>founding\s+)?member(?:\s+state)?s\s+of\s+{_ART}(?P<org2>{ORG})"
    rf"(?:\s*\([^()]{{0,12}}\))?\s*[,:(–—]\s*(?P<subjects2>{_COUNTRIES})\s*[,)–—]"
)
# "Turkmenistan belongs to neither": of the two organizations the previous sentence named.
_NEITHER_OF_TWO = re.compile(
    rf"(?P<subjects>{_COUNTRIES})\s+(?:(?:belongs?|belonged)\s+to|(?:is|was)\s+(?:a\s+member\s+of|in))\s+"
    r"neither(?:\s+of\s+them|\s+one)?\s*(?:[.;]|$)"
)
# "Mongolia, an observer since 2004, …", "Kazakhstan, a founding member of the SCO, …".
_STATUS_APPOSITION = re.compile(
    rf"(?P<subjects>{COUNTRY})\s*,\s*(?:itself\s+)?(?:an?|the|one\s+of\s+the)\s+(?P<status>founding\s+member|member|"
    rf"observer)s?(?:\s+state)?(?:\s+(?:of|in|to)\s+(?P<objects>{_OBJECTS}))?(?P<since>\s+since\s+[^,;«»]{{1,25}})?\s*,"
)
# A body of an organization, which no country is an observer or member of by apposition.
_BODY_WORD = re.compile(
    r"\b(?:Council|Committee|Secretariat|Commission|Assembly|Structure|Staff|Forces?|Centre|Center|Office|"
    r"Department|Ministry|Mission)\b"
)
_ORG_INCLUDES = re.compile(
    rf"(?P<org>{ORG})(?:\s*\([^()]{{0,12}}\))?(?:\s*,\s*(?:the|an?)\s+(?:[^,;«»]|{COUNTRY}){{0,60}}?)?\s*,?\s+"
    rf"(?:that|which|whose\s+members)\s+(?:also\s+|now\s+|still\s+)?(?:includes?|included|comprises?|comprised|"
    rf"unites|united|groups|brings\s+together|are)\s+(?P<subjects>{_COUNTRIES})"
    r"(?![^.;]{0,60}?\bas\s+(?:\w+\s+)?(?:partners?|observers?|guests?)\b)"
)
_ORG_OF_COUNTRIES = re.compile(
    r"(?<!\bby\s)(?<!\bby\sthe\s)(?<!\bfrom\s)(?<!\bfrom\sthe\s)(?<!\bagainst\s)(?<!\bagainst\sthe\s)"
    r"(?<!\bwith\s)(?<!\bwith\sthe\s)"
    rf"(?P<org>{ORG})\s+of\s+(?P<subjects>{COUNTRY}(?:{_SEP}{COUNTRY})*{_SEP}{COUNTRY})(?!\s*(?:['’]s|-))"
)
_NOMINAL_MEMBERSHIP = re.compile(
    rf"\b(?:participation|membership)\s+of\s+(?P<subjects>{_COUNTRIES})\s+in\s+(?P<objects>{_OBJECTS})"
)
_ORG_FOUNDED_BY = re.compile(
    rf"(?P<org>{ORG})\s+(?:\([^()]{{0,20}}\)\s+)?(?:was|were)\s+(?:founded|established|created|set\s+up)\s+"
    rf"(?:[^;]{{0,40}}?\s)?by\s+(?P<subjects>{_COUNTRIES})"
)
_IN_ORG_MEMBERS = re.compile(
    rf"^\W*In\s+{_ART}(?P<org>{ORG}),\s+(?P<subjects>{_COUNTRIES})\s+(?:are|were)\s+(?:the\s+|its\s+)?"
    r"(?P<founding>founding\s+)?(?:full\s+)?members\b"
)
_ORG_ADMITTED = re.compile(
    rf"(?P<org>{ORG})(?:\s*,[^,;«»]{{1,30}},)?\s+(?P<verb>admitted|accepted|welcomed)\s+(?P<subjects>{_COUNTRIES})"
    rf"(?P<observer>\s+as\s+(?:an?\s+)?observers?)?"
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
_HEADING_LEAD = re.compile(
    rf"^\W*(?P<status>(?:Re-?)?[Jj]oined|Became\s+(?:a\s+)?(?:full\s+)?member\s+of|Acceded\s+to|Member\s+of|"
    rf"Founding\s+member\s+of)\s+(?P<objects>{_OBJECTS})"
)
_HEADING_STATUS = {"joined": "joined", "rejoined": "rejoined", "re-joined": "rejoined"}

_SIGN_VERB = r"(?:signed|sign|signs|ratified|ratifies|concluded|initialled|initialed)"
# Acceding to a treaty, or being among its signatories, makes a party as signing does.
_PARTY_VERB = (
    r"(?:acced(?:ed|es|e)\s+to|(?:are|were|is|was|became)\s+(?:among\s+)?(?:the\s+|one\s+of\s+the\s+)?"
    r"(?:[\w-]+\s+)?(?:original\s+)?signator(?:y|ies)\s+(?:of|to))"
)
_SIGN_HINT = re.compile(r"\b(?:sign|ratif|conclud|initial|acced|binds|bound)", re.IGNORECASE)
_SIGN_NEGATED = re.compile(
    rf"(?:{_NEGATION}|{_PLAN}|yet\s+to|failed\s+to|(?:not|never)\s+to)\s+(?:yet\s+)?(?:to\s+)?(?:be\s+)?"
    rf"(?:{_SIGN_VERB}\b|acced)"
)
_SIGNERS_BEFORE = re.compile(
    rf"(?:(?:[Tt]he\s+)?(?:presidents?|heads?\s+of\s+(?:state|government)|leaders?|(?:foreign|defen[cs]e|prime)\s+"
    rf"ministers?|governments?|representatives?|delegations?)\s+of\s+)?(?P<subjects>{_PARTIES})(?:['’]s)?"
    rf"(?:\s*,\s*(?:joined|accompanied)\s+by\s+(?P<co>{_PARTIES})\s*,)?"
    rf"{_ADVERBS}(?:(?:have\s+|has\s+|had\s+)?{_SIGN_VERB}\s+(?:up\s+)?|{_PARTY_VERB}\s+)(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,3}?$"
)
_SIGNED_BY = re.compile(
    rf"^(?:\s*\([^()]{{0,20}}\))?(?:\s+in\s+{PLACE})?\s+(?:was|were|has\s+been|had\s+been)\s+(?:\w+\s+)?{_SIGN_VERB}\s+"
    rf"(?:(?:[^;«»()]|{PLACE}|\([^()]{{0,40}}\)){{0,80}}?\s)?(?:by|between|among)\s+(?:(?:the\s+)?(?:presidents?|heads\s+of\s+state|leaders|"
    rf"governments|representatives)\s+of\s+)?(?P<subjects>{_PARTIES})"
)
# "the Protocol on Negative Security Assurances to the «Semipalatinsk Treaty»": what was signed
# is the protocol, not the treaty it belongs to.
_INSTRUMENT_OF = re.compile(
    rf"(?:\b(?:protocols?|amendments?|annex(?:es)?|addend(?:um|a))\b[^«».;]{{0,80}}?|{TREATY})"
    r"\s(?:to|of|amending)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "The Protocol on X to the «Semipalatinsk Treaty» was signed by …": the passive is the protocol's.
_TO_TREATY = re.compile(rf"^\s+(?:to|of|amending)\s+(?:the\s+)?{TREATY}")
# "…, Armenia and Belarus signed; …", "Belarus signed only on 20 October 2009": a signature whose
# treaty is the one the sentence named before.
_BARE_SIGNERS = re.compile(
    rf"(?P<subjects>{_PARTIES})\s+(?:(?:also|too|later|only|finally|eventually)\s+)*(?P<verb>signed|ratified)"
    r"(?:\s+(?:only|later|too|as\s+well|it))*(?=\s*(?:[;.,]|$)|\s+(?:in|on)\s+[^«»;,]{0,25}?\d(?:\w|\s+[A-Z]\w+)*"
    r"\s*(?:[;.,)]|$|\s+(?:and|but|while|when|after|before|as|in|at|together|along)\b))"
)
_DENIED_BEFORE = re.compile(r"\b(?:[Nn]either|[Nn]ot|[Nn]ever|[Nn]o|[Nn]one\s+of)\b[^«»]*$")
_TREATY_BINDS = re.compile(
    rf"(?P<treaty>{TREATY})\s+(?:binds|bound|commits|committed)\s+(?P<subjects>{_PARTIES})"
)
_SIGNED_LEADING = re.compile(r"^\W*Signed\b")
_OF_DATE = re.compile(r"(?:\s*\([^()]*\))?\s*(?:of|dated)\s+")
# "with the Republic of A (1996) and the Republic of B (1997)": each partner may carry its own year.
_DATED_PARTIES = _listing(rf"(?:{COUNTRY}|{PERSON})(?:\s*\((?:19|20)\d{{2}}\))?")
_PARTNERS_AFTER = re.compile(
    rf"^(?:\s*\([^()]{{0,20}}\))?\s+(?:with|between)\s+(?P<subjects>{_DATED_PARTIES})"
)
_PARTNER_YEAR = re.compile(rf"(?P<party>{COUNTRY}|{PERSON})\s*\((?P<year>(?:19|20)\d{{2}})\)")
_PRONOUN_SIGNED = re.compile(
    rf"(?:^|[.;:]\s*)[Ii]t\s+(?:also\s+|later\s+|then\s+)?{_SIGN_VERB}\s+(?:an?\s+|the\s+)?$"
)
_NEXT_TREATY = re.compile(
    rf"(?:\s*\([^()]*\))?(?:\s+(?:with|between)\s+{_DATED_PARTIES})?\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|"
    r"(?:and|as\s+well\s+as)\s+)(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
)
_PAREN_DATE = re.compile(r"^\s*\((?:[^()]*?\b)?(?P<year>(?:19|20)\d{2})\)")

_ROLE = (
    r"(?i:(?:(?:former|then|acting|interim|incoming|outgoing|current|newly\s+appointed)\s+)?"
    r"(?:(?:Deputy|Assistant|Vice|First\s+Deputy|Deputy\s+Assistant)[\s-]+)*(?:President|Prime\s+Minister|"
    r"(?:Foreign|Defen[cs]e|Interior|Finance|Economy|Emergency\s+Situations)\s+(?:Minister|Secretary)|"
    r"Minister(?:\s+of\s+(?:Foreign\s+Affairs|Defen[cs]e|Internal\s+Affairs|the\s+Interior))?|Secretary[\s-]+"
    r"General|Special\s+Representative|Special\s+Envoy|Speaker|Senator|Chairman|Chairwoman|Chairperson|Chair|"
    r"Head|Secretary(?:\s+of\s+State)?|State\s+Secretary|CiO|Chairman-in-Office|Ambassador|Commander|Chief\s+of\s+(?:General\s+)?Staff|Director|"
    r"Director[\s-]+General|Governor|Mayor|King|Emir|Supreme\s+Leader|Executive\s+Secretary|Defen[cs]e\s+Chief|(?:senior\s+|research\s+)?fellow|researcher|"
    r"spokes(?:man|woman|person)|co-director|professor))"
)
_HOLDER = rf"(?:{COUNTRY}|{ORG})"
# "S. N. ", "K.-Zh. ": initials and patronymic before a surname, as Russian texts write names.
_INITIALS = r"(?:[A-Z][a-z]?\.(?:-[A-Z][a-z]?\.)?\s*){0,3}"
_STATE_ROLE = (
    r"(?:President|Prime\s+Minister|(?:Deputy\s+)?(?:Foreign|Defen[cs]e|Interior)\s+Minister|"
    r"Minister\s+of\s+(?:Foreign\s+Affairs|Defen[cs]e))"
)
_TITLE_NAME_OF_STATE = re.compile(
    rf"(?P<role>(?:(?:First\s+)?Deputy\s+)?(?:{_STATE_ROLE}|Ambassador))\s+"
    rf"{_INITIALS}(?P<person>{PERSON})\s+of\s+{_ART}(?P<holder>{COUNTRY})(?!['’]s|\s*-|\w)"
)
# What 'President X of <state>' does not state as an office held now: a past, acting or other
# title before it ('Former', 'the late', 'Vice', 'OSCE Ambassador', where the state is a
# nationality), or a term the clause ends ('served from 2012 to 2024', 'until 2011').
_PAST_OR_OTHER_TITLE_BEFORE = re.compile(
    r"\b(?:former|then|late|ex|acting|interim|vice|deputy|first|outgoing)[\s-]*$", re.IGNORECASE
)
_TERM_ENDS_AFTER = re.compile(
    r"[^.;]{0,80}?\b(?:until|till|up\s+to|to\s+(?:\d{4}|[A-Z][a-z]+\s+\d{4})|[–-]\s*\d{4})", re.IGNORECASE
)
_SIGNED_FOR_OFFICE = re.compile(
    rf"(?P<role>{_ROLE})\s+{_INITIALS}(?P<person>{PERSON})\s+(?:(?P<signed>signed|initialled|initialed)\s+)?"
    rf"for\s+{_ART}(?P<holder>{COUNTRY})(?!['’]s|\s*-|\w)"
)
# What a signature for a state does not make an office: a title someone else's ('EU Special
# Representative', 'Kazakh State Secretary'), a former one, a witness's or depositary's signature.
_OWNED_TITLE_BEFORE = re.compile(r"(?:«[^«»]*»|\b[A-Z][\w’'-]*)\s*$")
_AS_WITNESS = re.compile(
    r"\s+as\s+(?:an?\s+|the\s+)?(?:witness|depositary|guarantor|observer)\b", re.IGNORECASE
)
_SIGNED_FOR_BEFORE = re.compile(r"\b(?:signed|initialled|initialed)\s+for\b")
_GAPPED_SIGNER_BEFORE = re.compile(r"(?:\band|,)\s*$")
_OFFICE_PATTERNS = (
    # "Deputy Foreign Minister X signed for «Kazakhstan» and State Secretary Y for «Mongolia»": who signs
    # for a state holds the title in it (see `_signed_for_unstated` for what it is not).
    _SIGNED_FOR_OFFICE,
    re.compile(
        rf"(?P<holder>{_HOLDER})(?:['’]s)?\s+(?P<role>{_ROLE}(?:\s+and\s+{_ROLE})?)\s*,?\s+{_INITIALS}(?P<person>{PERSON})"
    ),
    re.compile(
        # 'of' and 'at' name the holder; an ambassador or envoy 'to' a state is sent there by another.
        rf"(?P<role>{_ROLE})\s+(?:of|at)\s+{_ART}(?P<holder>{_HOLDER})\s*,?\s*(?:\([^()]*\)\s*,?\s*)?"
        rf"{_INITIALS}(?P<person>{PERSON})"
    ),
    # "Foreign Minister Murat Nurtleu of Kazakhstan": a state's own title before the name, the state
    # after it (see `_title_of_state_unstated` for what it is not).
    _TITLE_NAME_OF_STATE,
    # "Lena Morandi of the Minsk Institute": a person's own body (never 'of <country>', a nationality).
    re.compile(rf"(?P<person>{PERSON})\s+of\s+the\s+(?P<role>)(?P<holder>{ORG})(?!['’]s|\s*\()"),
    re.compile(
        rf"(?P<person>{PERSON})\s*,\s*(?:an?\s+|the\s+)?(?P<former>(?:former|then)\s+)?(?P<holder>{_HOLDER})(?:['’]s)?\s+"
        rf"(?P<role>{_ROLE})\b"
    ),
    re.compile(
        rf"(?P<person>{PERSON})\s+(?:was|is|has\s+been|had\s+been|became|serves\s+as|served(?:\s+\w+)?\s+as)"
        rf"\s+(?:also\s+)?(?P<holder>{_HOLDER})['’]s\s+(?P<role>{_ROLE})\b"
    ),
    re.compile(
        rf"(?P<person>{PERSON})\s*,\s*(?:who\s+(?:is|was)\s+)?(?:an?\s+|the\s+)?(?P<role>{_ROLE})\s*(?:of|at|,)\s+{_ART}"
        # Not 'Head of the Division, Service': a signature line, read by its own rule.
        rf"(?P<holder>{_HOLDER})(?!\s*,\s*{ORG}[\s.]*$)"
    ),
    re.compile(
        rf"(?P<person>{PERSON})\s+(?:(?:was|were|is|has\s+been|had\s+been)\s+)?(?P<verb>appointed|elected|re-elected|"
        rf"named|became|becomes|serves\s+as|served\s+as|took\s+office\s+as|has\s+been|had\s+been|is|was)\s+(?:as\s+)?"
        rf"(?:an?\s+|the\s+)?(?P<role>{_ROLE})"
        rf"\s+(?:of|at)\s+{_ART}(?P<holder>{_HOLDER})"
    ),
)
_REPRESENTED_BY = re.compile(
    rf"(?P<holder>{COUNTRY})(?:\s+(?:side|delegation|government))?\s+(?:was|were|is|are|will\s+be)\s+"
    rf"(?:represented|led|headed)\s+by\s+(?:its\s+|the\s+)?(?P<role>(?:Deputy\s+)?{_ROLE})\s+(?P<person>{PERSON})"
)
# "President Sadyr Japarov attended …": a state office with nothing before it that names another holder.
_BARE_STATE_ROLE = re.compile(
    rf"(?<![«»\w’'-]\s)(?<![«»\w’'-])(?P<role>{_STATE_ROLE})\s+(?P<person>{PERSON})"
)
# "Lena Morandi, Senior Fellow, Minsk Institute of Strategy, Minsk", "Chair: Ivan Petrov, Head of the
# Liaison Office", "- Anna Berg, University of Tartu": a line that is nothing but a person, a title
# and the body the title belongs to (a signature, a speaker list, a programme).
# A treaty's signature block: "For the Republic of Moldova:" and, on that line or the next, "Ion Ceban,
# Minister of Foreign Affairs" (the line is nothing else; a former or acting-for title is no office).
_SIGNING_FOR = re.compile(
    rf"^\W*For\s+(?:and\s+on\s+behalf\s+of\s+)?(?:the\s+(?:Government|President)\s+of\s+)?{_ART}"
    rf"(?P<country>{COUNTRY})\s*:\s*(?P<rest>.*)$",
    re.DOTALL,
)
_NAME_COMMA_TITLE = re.compile(
    rf"^\W*(?:(?:H\.\s*E\.|Mr|Mrs|Ms|Dr)\.?\s+)?(?:(?:[A-Z][\w’'.-]*\s+){{1,3}}[A-Z][\w’'-]+\s*,\s*)?{_ROLE}"
    r"(?:\s+of\s+[^,;:]{1,60})?\s*\.?\s*$"
)
_SIGNATORY_LINE = re.compile(
    rf"^\W*(?:(?:Mr|Mrs|Ms|Dr|H\.\s*E\.)\.?\s+)?{_INITIALS}(?P<person>{PERSON})\s*,\s*(?!(?:former|ex-)\b)"
    rf"(?P<role>{_ROLE})\s*\.?\s*$",
    re.IGNORECASE,
)
_CAPTION_LABEL = re.compile(r"^[\s>*•·–-]*(?:Photo|Picture|Image|Caption|Pictured|Source)\s*:", re.IGNORECASE)
_NOT_AN_OFFICE = re.compile(
    r"\b(?:nominee|nominated|candidate|guest|critic|opponent|designate|visitor|observer|invitee|applicant|"
    r"proposed|would-be|prospective)\b",
    re.IGNORECASE,
)
_AFFILIATION_LINE = re.compile(
    rf"^[\s>*•·–-]*(?:[A-Z«][^:\n]{{0,30}}?:\s*)?(?:[A-Z][a-z]{{1,9}}\.?\s+(?:\([a-z.]+\)\s+)?){{0,2}}"
    rf"(?P<person>{PERSON})(?:\s*\([^()]*\))?\s*,\s*"
    r"(?:(?P<role>(?:(?:former|then|acting)\s+)?[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|and|for|on|the)){0,5}?)"
    rf"(?:\s*,\s*|\s+(?:of|at)\s+{_ART}))?(?:{ORG}\s*,\s*)?(?P<holder>{ORG})(?:\s*\([^()]*\))?"
    rf"(?:\s*(?:,|\bin\b)\s*(?:{PLACE}|{COUNTRY}))*[\s.]*$"
)
# A record of "Key: value" lines: "Name: <entity>" opens it; "Secretary General: <person> (since
# <date>)" gives an office of the record's body; "Current post: Director, <body> (since <date>)" and
# "Previous post: Deputy Minister of Defence of <country> (2016-2021)" give the record's person's.
_RECORD_NAME = re.compile(rf"^\W*Name\s*:\s*(?P<subject>{COUNTRY}|{ORG}|{PERSON}|{TREATY})\s*$")
_RECORD_HOLDER_OF = re.compile(
    rf"^\W*(?P<role>{_ROLE})\s*:\s*{_INITIALS}(?P<person>{PERSON})"
    r"(?:\s*\((?P<when>(?:since|from)\s[^()]*|[^()]*)\))?\s*$"
)
_RECORD_POST = re.compile(
    rf"^\W*(?:(?P<tense>Current|Present|Previous|Former|Earlier)\s+)?(?:post|position|office|role)\s*:\s*"
    rf"(?P<role>{_ROLE})(?:\s*,\s*|\s+(?:of|at)\s+{_ART})(?P<holder>{ORG}|{COUNTRY})"
    r"(?:\s*\((?P<when>[^()]*)\))?\s*$",
    re.IGNORECASE,
)
_RECORD_SEAT = re.compile(
    rf"^\W*(?:Headquarters|HQ|Seat|Located\s+in|Based\s+in|Location)\s*:\s*(?P<places>{PLACE}(?:\s*,\s*{PLACE})*)"
    rf"(?:\s*,\s*(?P<country>{COUNTRY}))?\s*$"
)
_RECORD_PARENT = re.compile(
    rf"^\W*(?:Parent\s+(?:body|organi[sz]ation)|Part\s+of)\s*:\s*(?P<parent>{ORG})\s*$"
)
_RECORD_BODIES = re.compile(
    rf"^\W*(?:Main\s+|Principal\s+)?(?:bodies|organs)\s*:\s*(?P<bodies>{ORG}(?:\s*[;,]\s*{ORG})*)\s*$",
    re.IGNORECASE,
)
# "the SCO's Regional Anti-Terrorist Structure": a body or programme an organization owns.
_POSSESSIVE_BODY = re.compile(rf"(?P<parent>{ORG})['’]s\s+(?:own\s+)?(?P<body>{ORG})")
_BODY_NOUN = (
    r"(?:body|organ|sub-?committee|committee|agency|arm|branch|wing|division|council|programme|program|"
    r"department|office|unit|secretariat|institution)"
)
# "the CIS's former financing arm", "a body of the CSTO according to some media": not a body now, or hearsay.
_NOT_A_BODY_NOW = re.compile(
    r"\b(?:former|formerly|then|once|ex|proposed|planned|would-be|likely|possible|future|prospective|putative)\b",
    re.IGNORECASE,
)
_REPORTED_BODY = re.compile(
    r"\b(?:according\s+to|reportedly|allegedly|said\s+to\s+be|supposedly|purportedly|rumou?red)\b",
    re.IGNORECASE,
)
# "X, a subcommittee of the Y", "X, the union's executive body", "X is the Y's highest body".
_APPOSITIVE_BODY = (
    re.compile(
        rf"(?P<body>{ORG})(?:\s*\([^()]*\))?\s*,\s*(?:an?|the|its)\s+(?:[\w-]+\s+){{0,3}}?{_BODY_NOUN}\s+of\s+"
        rf"{_ART}(?P<parent>{ORG})(?!['’]s)"  # 'of the Parliament's Committee': the Committee's
    ),
    re.compile(
        rf"(?P<body>{ORG})(?:\s*\([^()]*\))?(?:\s*,\s*|\s+(?:is|was|remains)\s+)(?:the\s+)?(?P<parent>{ORG})['’]s\s+"
        rf"(?:[\w-]+\s+){{0,2}}?{_BODY_NOUN}\b"
    ),
)
_YEAR_SPAN = re.compile(r"\s*(?P<start>(?:19|20)\d{2})\s*[-–—]\s*(?:(?:19|20)\d{2}|present|now)?\s*$")
# "(2020-2022)", "(1 May 2016 – 3 June 2021)": an office held and left; "(until 2016)" likewise.
_CLOSED_SPAN = re.compile(
    r"(?:19|20)\d{2}\s*[–—-]\s*(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d{2}|\b(?:former|formerly|retired|left)\b",
    re.IGNORECASE,
)
_HELD_UNTIL = re.compile(r"^\s*(?:until|till|to|up\s+to)\b", re.IGNORECASE)
# "(nominee)", "(candidate)": an office not (yet) held.
_NOT_YET_HELD = re.compile(
    r"\b(?:nominee|nominated|candidate|designate|proposed|elect|expected|planned|pending)\b", re.IGNORECASE
)
_RECORD_START = re.compile(r"^\s*(?:since|from)?\s*(?P<start>[^–—-]*)")
# "Its President, Serdar Berdimuhamedov, attends …": the office of the country the text is about.
_ITS_ROLE = re.compile(
    rf"(?:^|[.;:,]\s*|\b(?:and|but|of)\s+)[Ii]ts\s+(?P<role>{_STATE_ROLE})\s*,?\s+{_INITIALS}(?P<person>{PERSON})"
)
# A role that goes on into another one: "defence minister's deputy", "defence minister nominee".
_ROLE_GOES_ON = re.compile(
    r"['’]s\b|[\s-]+(?:nominee|candidate|designate|adviser|advisor|deputy|aide|assistant|spokes\w+|office|post)\b",
    re.IGNORECASE,
)
_INTERNATIONAL_SECOND_ROLE = re.compile(
    r"\s+and\s+(?:CiO|Chair(?:man|person|woman)?[\s-]in[\s-]Office|Secretary[\s-]General|Special\s+Representative)\b.*$",
    re.IGNORECASE,
)
_OPENING_DATE = re.compile(
    r"(?:^|[.;:]\s*)\W*(?:In|On|By|During)\s+(?P<date>(?:early\s+|late\s+|mid-)?[^,;«»]{1,25}?\d{4})\s*,?\s*(?:the\s+)?$"
)
_OFFICE_HEDGE = re.compile(
    r"\b(?:whether|if|unless|asked|rumou?red|reportedly|allegedly|denied|denies)\b[^.;]{0,60}$", re.IGNORECASE
)
# "Its President, X, had resigned", "X, who retired in 2019, …": an office the person has left.
_OFFICE_LEFT_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:resign\w*|stepped\s+down|step\s+down|ousted|deposed|removed|dismissed|retired|"
    r"had\s+been|left\s+(?:office|the\s+post|his\s+post|her\s+post))\b",
    re.IGNORECASE,
)
_WHO_LEFT_AFTER = re.compile(
    r"\s*,?\s*who\s+(?:had\s+|has\s+)?(?:since\s+)?(?:retired|resigned|stepped\s+down|left|was\s+(?:dismissed|"
    r"removed|ousted|replaced)|died)\b",
    re.IGNORECASE,
)
_PLACE_ROW = re.compile(
    rf"^\W*(?P<place>{PLACE}|{ORG})(?:\s*\([^()]*\))?\s*(?:\.{{3,}}|…+|\s\|\s|\t)[\s.…|\t]*"
    rf"(?:(?P<containers>{_listing(PLACE)})(?:\s*,\s*(?P<country>{COUNTRY}))?|(?P<country_only>{COUNTRY}))\W*$"
)
_SITE_WORD = re.compile(
    r"\b(?:Office|Offices|Centre|Center|Academy|Headquarters|HQ|Base|Embassy|Library|School|Institute|University|"
    r"Mission|Station|Airport|College|Secretariat|Liaison|Representation|Branch|Bureau)\b"
)
# "in the Osh oblast": the container is a region named after the city, not the city.
_PLACE_WORD_AFTER = re.compile(r"\s+(?:oblast|region|province|district|raion|rayon|valley|governorate)\b")
_OFFICE_DATE_CUE = re.compile(
    r"^[^;]{0,80}?\b(?:since|from|took\s+(?:office|over|up\s+(?:his|her|the)\s+post)|appointed|elected|"
    r"began|started|assumed|became\s+\w+|in\s+post\s+since|in\s+office\s+since)\b[^;«»]{0,30}?"
    r"(?:in|on|since|from)?\s*$"
)

_LOCATED_PATTERNS = (
    # "The Executive Committee … is in Tashkent": a body that is in a place (not "the NATO office in …").
    re.compile(
        rf"(?<!['’]s\s)(?P<place>{ORG})\s+(?P<described>is|are)\s+in\s+{_ART}(?P<container>{PLACE})(?!['’]s)"
        r"(?=\s*(?:[.;,]|$|and\b))"
    ),
    re.compile(
        rf"(?P<places>{_listing(rf'(?:{PLACE}|{ORG})')})(?:\s*,[^,;«»]{{1,60}},)?\s+(?:is|are|was|were)\s+"
        rf"(?P<described>located|situated|based|headquartered)\s+in\s+{_ART}(?P<container>{COUNTRY}|{PLACE})(?!['’]s)"
    ),
    re.compile(
        rf"(?<!,\s)(?<!and\s)(?P<place>{PLACE})\s*,\s*(?P<container>{COUNTRY})(?!\s*(?:,|and\b|or\b|&)\s*(?:the\s+)?«)(?!['’]s)"
    ),
    re.compile(
        rf"(?P<place>{PLACE}|{ORG})\s+(?:(?:is|was|are|lies|lay)\s+)?(?:(?:located|situated|based|headquartered)\s+)?"
        rf"in\s+{_ART}(?P<container>{COUNTRY}|{PLACE})"
    ),
    re.compile(
        rf"(?P<place>{PLACE})\s*,\s*(?:an?\s+|the\s+)?(?:\w+\s+){{0,2}}(?:city|town|village|region|district|"
        rf"province|port|base)\s+in\s+{_ART}(?P<container>{COUNTRY}|{PLACE})"
    ),
    re.compile(
        rf"(?P<place>{PLACE}|{ORG})(?:\s*,[^,;]{{1,60}},)?\s+(?:sits|is\s+seated|"
        rf"has\s+(?:its\s+)?(?P<described>sites?|headquarters|seat))\s+in\s+{_ART}"
        rf"(?P<container>{COUNTRY}|{PLACE})(?!['’]s)(?:\s+and\s+(?:in\s+)?{_ART}(?P<container2>{PLACE})(?!['’]s))?"
    ),
    re.compile(
        rf"(?P<place>{ORG})\s*,\s*an?\s+(?:[\w-]+\s+){{0,3}}(?P<described>organi[sz]ation|institute|"
        rf"centre|center|think\s+tank|foundation|university|school|academy)\s+(?:based\s+)?in\s+"
        rf"(?P<container>{PLACE})(?!['’]s)"
    ),
)

_FUTURE_BEFORE_DATE = re.compile(
    r"(?:\bwill\b|\bwould\b|\bshall\b|\bexpir\w+|\bbeyond\b|\buntil\b|\btill\b|\bdue\b|\bscheduled\b|\bplanned\b|"
    r"\bplans?\b|\bnext\b|\bby\b|\bbefore\b|\bexpected\b|\bthrough\b|\bto\s+be\b|\bupcoming\b|\bwithin\b)"
    r"[^.;,]{0,25}$",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r";|,\s*(?:while|whereas|but|although|though)\b|\s+but\s+|\.\s")
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)


# "Iran became a full SCO member on 4 July 2023": the organization names the kind of member.
_MODIFIER_MEMBERSHIP = re.compile(
    rf"(?P<subjects>{_COUNTRIES})\s+(?:also\s+|formally\s+|officially\s+|finally\s+|now\s+)?"
    r"(?P<verb>became|is|was|are|were|(?:has|have)\s+been|remains|remained)\s+(?:an?\s+)?"
    rf"(?P<degree>full\s+|full-fledged\s+|founding\s+)?(?P<objects>{ORG})\s+(?P<status>member|observer)"
    r"(?:\s+states?)?\b"
)
# "Kazakhstan, a founding SCO member, …"; "Turkmenistan, a PfP member that …".
_MODIFIER_APPOSITION = re.compile(
    rf"(?P<subjects>{COUNTRY})\s*,\s*(?:itself\s+)?an?\s+(?P<degree>founding\s+)?(?P<objects>{ORG})\s+"
    r"(?P<status>member|observer)(?:\s+state)?(?P<since>\s+since\s+[^,;«»]{1,25})?(?=\s*[,;]|\s+(?:that|which)\b)"
)
# "Azerbaijan applied for SCO observer status in July 2024".
_MODIFIER_APPLICATION = re.compile(
    rf"(?P<subjects>{_COUNTRIES})\s+(?:(?:has|have|had)\s+)?(?:formally\s+)?(?P<verb>applied)\s+for\s+"
    rf"(?:full\s+)?(?P<objects>{ORG})\s+(?:membership|observer\s+status|observership)\b"
)
# "Georgia was a CSTO member until 1999": a status the clause ends is not the present one.
_STATUS_ENDED_AFTER = re.compile(
    r"[^;.]{0,40}?\b(?:until|till|before|up\s+to|no\s+longer|withdr\w+|left|quit)\b", re.IGNORECASE
)
# "Officials doubt that Uzbekistan became …": a claim someone reports or disputes, not a fact.
_REPORTED_THAT = re.compile(
    rf"\b(?:{_CLAIM_VERBS}|questions?|questioned|disputes?|disputed)\s+(?:\w+\s+){{0,2}}?(?:that|whether)\b",
    re.IGNORECASE,
)
_DENIED_AFTER = re.compile(
    r"\b(?:denied|denies|deny|rejected\s+(?:the\s+)?claims?|rejects|disputes?|disputed|contests?|contested|"
    r"untrue|false|a\s+claim|if\s+one\s+believes|according\s+to)\b",
    re.IGNORECASE,
)
_NEGATED_STATUS_BEFORE = re.compile(r"\b(?:not|never|no\s+longer)\b", re.IGNORECASE)
# "If Iran became an SCO member …": a condition states no membership.
_CONDITION_BEFORE = re.compile(r"\b(?:if|unless|whether|suppose|supposing|assuming|should)\b", re.IGNORECASE)

# "became a full member of the Union": an object is written, only not one the sentence names.
_UNNAMED_OBJECT = re.compile(
    r"\s+(?:of|in|to)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Sept?|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Oct|Nov|Dec)\b)[A-Z]"
)
# "keeping Uzbekistan outside both the CSTO and the EAEU", "has kept Kyrgyzstan firmly inside the EAEU".
_KEPT_SIDE = re.compile(
    rf"\b(?P<verb>kept|keeps|keeping|keep)\s+(?P<subjects>{_COUNTRIES})\s+(?:firmly\s+|well\s+|squarely\s+)?"
    rf"(?P<side>inside|within|outside|out\s+of)\s+(?:of\s+)?(?:both\s+|either\s+)?(?P<objects>{_OBJECTS})"
)
_EFFORT_BEFORE = re.compile(
    r"\b(?:tr(?:y|ies|ied|ying)|seeks?|seeking|sought|wants?|wanted|aims?|aimed|hopes?|hoped|fails?|failed|"
    r"struggl(?:e|es|ed|ing)|attempt(?:s|ed|ing)?|work(?:s|ed|ing)?|battl(?:e|es|ed|ing)|strives?|strove|"
    r"in\s+order)\s+to\s*$",
    re.IGNORECASE,
)
# "kept Armenia inside the CSTO until 2024", "kept Belarus out … for years": a state that has ended.
_KEPT_ENDED_AFTER = re.compile(
    r"[^;]*?\b(?:until|till|for\s+(?:years|decades|a\s+time|long)|once|long|joined|myth|false|untrue|denied)\b",
    re.IGNORECASE,
)
_KEPT_DENIED_BEFORE = re.compile(r"\b(?:myth|false|untrue|denied|denies)\b", re.IGNORECASE)
# "Iran and Belarus followed in 2023 and 2024 respectively": joined what was joined just before.
# "Uzbekistan followed in 2020 with observer status", "… by rejecting membership": not a join.
_FOLLOWED_OTHERWISE = re.compile(r"\b(?:with|by|as|through|via)\b|\breject|\brefus|\bdeclin", re.IGNORECASE)
_FOLLOWED = re.compile(
    rf"(?P<subjects>{_COUNTRIES})(?:\s*,[^,;«»]{{1,40}},)?\s+(?P<verb>follow(?:ed|s)?)(?:\s+suit)?(?:\s+only)?"
    r"(?=\s+(?:on|in)\s+(?:[A-Z][a-z]+\s+)?\d)"
)
# A 'Key: value' record ("Name: Collective Security Treaty Organization" then "Members: A, B").
_RECORD_ITEM = rf"{COUNTRY}(?:\s*\([^()]{{0,60}}\))?"
_RECORD_ROW = re.compile(
    rf"^\s*(?P<label>[A-Za-z][A-Za-z -]{{1,40}}?)\s*:\s*"
    rf"(?P<items>{_RECORD_ITEM}(?:{_SEP}{_RECORD_ITEM})*)\s*\.?\s*$"
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
        (r"applicants?|applications?", "applied"),
        (r"(?:full\s+)?(?:members?|member\s+states?|participants?|participating\s+states?)", "member"),
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
    r"applied)(?:\s+(?:in\s+|on\s+)?[^,;«»()]{0,20}?\b\d{4})?",
    re.IGNORECASE,
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
    rf"^\s*Signed\s*:\s*(?P<when>(?:[^«»]|{PLACE}){{0,120}}?)\s+by\s+(?P<subjects>{_COUNTRIES})\s*\.?\s*$"
)
# "Members: A, B", "Uzbekistan: rejoined 2006": a line a record goes on with; prose ends it.
_RECORD_LINE = re.compile(r"^[\s>*•·–-]*[A-Za-z][\w ()/'’.-]{0,60}?\s*:\s*\S")
# "Signed: planned for 2026 by Iran", "Signed: not yet by Serbia": no signature yet.
_UNSIGNED_WHEN = re.compile(
    r"\b(?:plan\w*|expected|not|yet|to\s+be|will|due|scheduled|pending|proposed|intend\w*)\b", re.IGNORECASE
)
_RECORD_BOUNDARY = re.compile(r"^\s*(?:Name\s*:|={3,}|-{3,}|_{3,})")
# "The Treaty … was signed in Khujand on 11 September 2019": the date its parties signed it.
_TREATY_SIGNED_ON = re.compile(
    rf"^\s*(?:[Tt]he\s+)?(?P<treaty>{TREATY})(?:\s*\([^()]*\))?\s+(?:was|were)\s+(?:formally\s+)?signed\b"
)
# "Kyrgyzstan signed it later": a signature of another day.
# "Armenia signed the Treaty in October": a day of its own, if only a month.
_MONTH_WORD = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"(?:early|late|mid)[\s-](?:19|20)\d{2}|spring|summer|autumn|fall|winter)\b"
)
_ANOTHER_DAY = re.compile(
    r"\b(?:later|subsequently|afterwards|since|then|only\s+in|only\s+on|acced\w*)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class Skeleton:
    """A sentence with every mention replaced by a one-character-index token, and every group
    phrase ('the same five states') by the list of tokens it stands for."""

    text: str
    mentions: tuple[Match, ...]
    kinds: tuple[str, ...]
    grouped: frozenset[int] = frozenset()
    """Entities the sentence names only through a group phrase."""

    def mention_at(self, token: str) -> Match:
        return self.mentions[ord(token[2]) - _TOKEN_BASE]

    def tokens(self, fragment: str) -> list[Match]:
        return [self.mentions[ord(char) - _TOKEN_BASE] for char in re.findall(r"[\ue000-\uf8ff]", fragment)]


def make_skeleton(
    sentence: str,
    offset: int,
    mentions: Sequence[Match],
    kinds: Sequence[str],
    groups: Sequence[GroupReference] = (),
) -> Skeleton:
    items: list[tuple[int, int, list[tuple[Match, str]]]] = [
        (
            offset + group.start,
            offset + group.end,
            [
                (
                    Match(
                        entity, offset + group.start, offset + group.end, sentence[group.start : group.end]
                    ),
                    group.kind,
                )
                for entity in group.entities
            ],
        )
        for group in groups
    ]
    items += [
        (match.start, match.end, [(match, kind)])
        for match, kind in zip(mentions, kinds, strict=False)
        if not any(start <= match.start < end for start, end, _ in items)
    ]
    items.sort(key=lambda item: item[0])
    sentence = _EMPHASIS.sub(lambda marker: " " * len(marker.group()), sentence)
    pieces: list[str] = []
    used: list[Match] = []
    used_kinds: list[str] = []
    cursor = offset
    for start, end, members in items:
        if len(used) + len(members) > _TOKEN_MAX:
            break
        pieces.append(sentence[cursor - offset : start - offset])
        tokens = []
        for match, kind in members:
            tokens.append(_token(KIND_CODES.get(kind, "X"), len(used)))
            used.append(match)
            used_kinds.append(kind)
        pieces.append(", ".join(tokens[:-1]) + " and " + tokens[-1] if len(tokens) > 1 else tokens[0])
        cursor = end
    pieces.append(sentence[cursor - offset :])
    named = {match.entity for match in mentions}
    grouped = frozenset(entity for group in groups for entity in group.entities if entity not in named)
    return Skeleton("".join(pieces), tuple(used), tuple(used_kinds), grouped)


_TOKEN_MAX = 6000
# Markdown emphasis ('**India and Pakistan** joined'): blanked with as many spaces, so every
# offset still points into the original text.
_EMPHASIS = re.compile(r"\*{1,3}|(?<!\w)_{1,3}|_{1,3}(?!\w)")
# "on 10 May, 27 May, 1 June and 13 July 1994 respectively": day and month before the shared year.
_DAY_MONTH = re.compile(r"\b(?P<day>\d{1,2})\s+(?P<month>[A-Z][a-z]{2,8})\.?(?!\s*,?\s*\d{4})")


@dataclass
class Context:
    """What earlier sentences leave behind for pronouns and headings to resolve against."""

    last_subject: int | None = None
    recent_organizations: tuple[tuple[int, str], ...] = ()
    heading_country: int | None = None
    topic_organization: int | None = None
    paragraph_organization: int | None = None
    """The organization a paragraph opens with ('The Shanghai Cooperation Organization has…',
    'In the Eurasian Economic Union, …'): what its later objectless memberships are of."""
    document_country: int | None = None
    """The one country the document's title names: whose President an unqualified 'President X' is."""
    regions: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    """Region name -> its countries: what 'the five Central Asian republics' are."""
    last_countries: tuple[int, ...] = ()
    """The countries an earlier sentence listed as parties: what 'the same five states' are."""
    last_organizations: tuple[int, ...] = ()
    """The organizations the previous sentence named, in order: 'the first two', 'the third'."""
    table_columns: tuple[int | None, ...] | None = None
    """The organization each column of the table being read is about, from its header row."""
    previous_subject: int | None = None
    """The country the sentence before opened with (or None): what 'Its President' refers to."""
    record_subject: tuple[int, str] | None = None
    """The entity (and its kind) a 'Name: X' line opened a record about: whose 'Director: Y',
    'Members: A, B' or 'Signed: <date> by A and B' a later line gives."""
    heading_organization: int | None = None
    """The one organization the section's own heading names ('The SCO and its newest members')."""
    last_joined: int | None = None
    """The one organization the previous sentence had countries join: what 'B followed' joined."""
    treaty_dates: dict[int, str] = field(default_factory=dict)
    """Treaty -> the date an earlier sentence of the section says it was signed on."""
    signatory_country: int | None = None
    """The country a signature block's "For the Kyrgyz Republic:" line just named: whose office
    the "Name, Minister of Foreign Affairs" line after it states."""
    asked_organization: int | None = None
    """The one organization a question just asked about ('When did Kyrgyzstan join the EAEU?'):
    what the answer's paragraph is about."""
    names_above_signatories: bool = False
    """A "Name, Title" line came before any "For <country>:" line: in this block names stand
    above their country, so no line below a "For" line can be read as its signatory."""
    previous_organizations: tuple[int, ...] = ()
    """The organizations the sentence just before named (none if it named none)."""
    in_note: bool = False
    """The sentence is in a footnote or endnote: it is about the sentence that cites it, not
    about the document's title or heading."""


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
    ]


def past_dates(text: str, year: int | None = None) -> list[DateMention]:
    """The dates of `text` that can date an event (future, deadline and conditional dates
    dropped); `year` dates 'on 10 May' in a milestone list."""
    dates = find_dates(text, year)
    return _event_dates(text, dates, 0, len(text))


def _leading_date(text: str, dates: Sequence[DateMention], subject_start: int) -> DateMention | None:
    """'In 2002, A and B signed …': a date that opens the clause before its subject."""
    clause = _clause_start(text, subject_start)
    before = [date for date in _event_dates(text, dates, clause, subject_start)]
    return before[-1] if before else None


def _date_for(
    text: str, dates: Sequence[DateMention], subject_start: int, verb_start: int, clause_end: int
) -> str | None:
    own = _event_dates(text, dates, verb_start, clause_end) or _event_dates(
        text, dates, subject_start, verb_start
    )
    if own:
        return own[0].date.iso
    leading = _leading_date(text, dates, subject_start)
    return leading.date.iso if leading else None


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


@dataclass
class _SigningState:
    """What a sentence's earlier treaties leave for the next: 'A signed T1 and T2'."""

    last_signers: list[int] = field(default_factory=list)
    last_end: int = 0


@dataclass(frozen=True)
class _Signing:
    """The parties found for one treaty, and where its own clause starts for dating."""

    parties: list[int]
    method: str
    subject_start: int
    own_start: int
    paren_year: str | None
    partner_years: dict[int, str] = field(default_factory=dict)
    """Each partner's own year, when the partners carry different ones."""


def _modifier_status(found: re.Match[str]) -> str:
    """The status of 'became a full SCO member', 'a founding SCO member', 'applied for SCO …'."""
    if "status" not in found.re.groupindex:
        return "applied"
    if found.group("status") == "observer":
        return "observer"
    if found.group("degree") and found.group("degree").startswith("founding"):
        return "founding member"
    verb = found.group("verb") if "verb" in found.re.groupindex else None
    return "joined" if verb == "became" else "member"


def _paren_date(paren: re.Match[str]) -> str:
    """'(Tashkent, 12 December 2018)': the whole date when the parenthesis gives one, else its year."""
    dates = [date for date in find_dates(paren.group()) if date.date.iso.startswith(paren.group("year"))]
    return dates[-1].date.iso if dates else paren.group("year")


def note_record_boundary(context: Context, sentence: str) -> None:
    """A new record ('Name: …') or a rule line ends what the record before was about; a
    "Name, Title" line before any "For <country>:" line says the block puts names above their
    country (read for every line, whether or not it names a known person)."""
    if _RECORD_BOUNDARY.match(sentence) or not _RECORD_LINE.match(sentence):
        context.record_subject = None
    if context.signatory_country is None and _NAME_COMMA_TITLE.match(sentence):
        context.names_above_signatories = True


class SentenceReader:
    """Reads the relations of one sentence; see the module docstring."""

    def __init__(
        self,
        span: Span,
        offset: int,
        mentions: Sequence[Match],
        kinds: Sequence[str],
        groups: Sequence[GroupReference] = (),
    ) -> None:
        self.span = span
        self.skeleton = make_skeleton(span.text, offset, mentions, kinds, groups)
        self.text = self.skeleton.text
        self.dates: Sequence[DateMention] = []
        self.facts: list[RelationFact] = []
        self._seen: set[tuple[int, str, int, str | None]] = set()
        self._dated_seen: set[tuple[int, str, int, str | None, str | None]] = set()
        self.subjects: list[int] = []
        self.clause_subjects: tuple[int, ...] = ()
        """The subjects of the clause read last: who 'and join the CIS' is about."""
        self.default_date: str | None = None

    def _add(
        self,
        subject: int,
        predicate: str,
        obj: int,
        *,
        date: str | None = None,
        status: str | None = None,
        role: str | None = None,
        method: str = "sentence",
        each_date: bool = False,
    ) -> None:
        """Record a fact once per subject, predicate, object and status; `each_date` keeps one per
        date as well ('Treaties … with A (1996) and B (1997)': the signer signed in both years)."""
        key = (subject, predicate, obj, status)
        dated_key = (*key, date)
        if subject == obj or (key in self._seen and not (each_date and dated_key not in self._dated_seen)):
            return
        self._seen.add(key)
        self._dated_seen.add(dated_key)
        if method == "sentence" and self.skeleton.grouped & {subject, obj}:
            method = "group"
        self.facts.append(
            RelationFact(
                subject,
                predicate,
                obj,
                self.span,
                date=date,
                status=status,
                role=role,
                method=method,
                confidence=CONFIDENCE[method],
            )
        )

    def _entities(self, fragment: str | None) -> list[int]:
        return list(dict.fromkeys(match.entity for match in self.skeleton.tokens(fragment or "")))

    def memberships(self, context: Context) -> None:
        text = self.text
        claimed: list[tuple[int, int]] = []
        readings: list[tuple[str, re.Match[str]]] = []
        for status, pattern in _MEMBERSHIP + _MEMBERSHIP_BY_ANAPHOR + _MEMBERSHIP_BY_IT:
            for found in pattern.finditer(text):
                verb_start = found.start("verb")
                if any(start <= verb_start < end for start, end in claimed):
                    continue
                claimed.append((found.start(), found.end()))
                readings.append((status, found))
        for status, found in sorted(readings, key=lambda reading: reading[1].start("verb")):
            self._membership_clause(status, found, context)
        self._reverse_memberships()
        self._status_appositions(context)
        self.modifier_memberships()
        self.kept_memberships()
        neither = _NEITHER_OF_TWO.search(text)
        if neither and len(context.last_organizations) == 2 and not re.search(ORG, text):
            for subject in self._entities(neither.group("subjects")):
                for obj in context.last_organizations:
                    self._add(subject, "member_of", obj, status="not a member", method="previous sentence")
        since = _COLON_SINCE.match(text)
        if since:
            date = _date_for(text, self.dates, since.end(), since.end(), _clause_end(text, since.end()))
            for subject in self._entities(since.group("subjects")):
                for obj in self._entities(since.group("objects")):
                    self._add(subject, "member_of", obj, date=date, status="member")

    def _membership_clause(self, status: str, found: re.Match[str], context: Context) -> None:
        """One membership verb phrase: its subjects, objects, status and dates, then the clauses
        coordinated with it ('and suspended it in 2012', 'and B on <date>')."""
        subject = self._clause_subject(found, context)
        if subject is None:
            return
        group = next(name for name in ("objects", "anaphor", "it") if name in found.re.groupindex)
        objects, method = self._clause_objects(found, group, context, subject.method)
        if not objects:
            return
        text = self.text
        objects_end = found.end(group)
        qualified = self._clause_status(status, found, subject, objects_end)
        if qualified is None:
            return
        status = qualified
        clause_end = _clause_end(text, objects_end)
        gapped = _GAPPED.search(text, objects_end, clause_end)
        if gapped and not any(0 <= gapped.start() - date.end <= 1 for date in self.dates):
            gapped = None
        coordinated = _COORDINATED.search(text, objects_end, clause_end)
        if coordinated and (gapped is None or coordinated.start() < gapped.start()):
            gapped = None
            clause_end = coordinated.start()
        elif gapped:
            clause_end = gapped.start()
        reading = _ClauseReading(subject.subjects, objects, status, method, objects_end, clause_end)
        if self._respective_memberships(reading) or self._suspended_since(reading):
            return
        fallback = self._fallback_date(found, subject, reading)
        object_dates = self._dates_of_objects(found, group, reading)
        for member in reading.subjects:
            for obj in objects:
                self._add(
                    member,
                    "member_of",
                    obj,
                    date=object_dates.get(obj) or fallback,
                    status=status,
                    method=method,
                )
        co_founders = _CO_FOUNDERS_AFTER.match(text[objects_end:])
        if co_founders and status == "founding member":
            for member in self._entities(co_founders.group("co")):
                for obj in objects:
                    self._add(member, "member_of", obj, date=object_dates.get(obj) or fallback, status=status)
        self.subjects.extend(reading.subjects)
        self.clause_subjects = tuple(reading.subjects)
        if coordinated and not gapped:
            self._coordinated_status(coordinated, reading)
        if gapped:
            self._gapped_subjects(gapped, reading)

    def _clause_status(
        self, status: str, found: re.Match[str], subject: _ClauseSubject, objects_end: int
    ) -> str | None:
        """The verb phrase's status as its clause qualifies it: 'as an observer', 'neither … nor';
        None for a description or idiom that states no membership, or a hedged one."""
        text = self.text
        if status in ("joined", "member") and _AS_OBSERVER.match(text, objects_end):
            status = "observer"
        if (
            ("described" in found.re.groupindex and found.group("described"))
            or _LOCATIVE_IDIOM.match(found.group("verb"))
        ) and not _CLAUSE_GOES_ON_NOT.match(text, objects_end):
            return None
        if status in _MEMBER_STATUS_SET and _NEITHER.search(
            text[_clause_start(text, subject.start) : found.start("verb")]
        ):
            return "not a member"
        if status in _MEMBER_STATUS_SET and _HEDGE_BEFORE_VERB.search(text[: found.start("verb")]):
            return None
        return status

    def _clause_subject(self, found: re.Match[str], context: Context) -> _ClauseSubject | None:
        """Who the verb phrase is about: the listed subjects before it, a pronoun resolved to the
        last subject, the subjects of the clause it is coordinated with, or the heading's country."""
        text = self.text
        verb_start = found.start("verb")
        before = text[:verb_start]
        subject_match = _SUBJECT_BEFORE.search(before)
        leading_allowed = not (subject_match and subject_match.group("relative"))
        if subject_match and subject_match.group("subjects"):
            subjects = self._entities(subject_match.group("subjects"))
            subject_start = (
                subject_match.end("relative") if subject_match.group("relative") else subject_match.start()
            )
            together = _TOGETHER.search(text[: subject_match.start()])
            if together:
                subjects = self._entities(together.group("co")) + subjects
            return _ClauseSubject(subjects, subject_start, "sentence", leading_allowed)
        if subject_match and subject_match.group("pronoun"):
            pronoun = subject_match.group("pronoun").lower()
            resolved = (
                (self.grammatical_subject() or context.last_subject)
                if pronoun in ("it", "the country", "the republic")
                else None
            )
            if resolved is None:
                return None
            method = (
                "previous sentence"
                if _SUBORDINATOR_BEFORE.search(before[: subject_match.start() + 1])
                else "pronoun"
            )
            subjects = [resolved]
            together = _TOGETHER.search(text[: subject_match.start()])
            if together:
                subjects = self._entities(together.group("co")) + subjects
            return _ClauseSubject(subjects, subject_match.start(), method, leading_allowed)
        if self.clause_subjects and (joined_by_and := _AND_BEFORE.search(before)):
            return _ClauseSubject(list(self.clause_subjects), joined_by_and.end(), "sentence", False)
        if context.heading_country is not None and not before.strip(" \t•·-*–—:"):
            return _ClauseSubject([context.heading_country], verb_start, "heading", leading_allowed)
        return None

    def _clause_objects(
        self, found: re.Match[str], group: str, context: Context, method: str
    ) -> tuple[list[int], str]:
        """The organizations joined: those named after the verb, the one 'it' stands for, or the
        one an anaphor ('the alliance') names; and how sure that reading is."""
        text = self.text
        verb_start = found.start("verb")
        if group == "objects":
            objects = [
                obj
                for obj in self._entities(found.group("objects"))
                if self.skeleton.kinds[self._index_of(obj)] in ("organization", "programme")
                and not self._used_as_modifier(obj, found.start("objects"))
            ]
            if _PARTNER_IN.search(found.group("verb")):
                # A partner is a member only of a partnership ("partners in the Partnership for Peace").
                objects = [
                    obj
                    for obj in objects
                    if "partnership" in self.skeleton.mentions[self._index_of(obj)].surface.lower()
                ]
            return objects, method
        if group == "it":
            tokens = list(re.finditer(ORG, text[:verb_start]))
            earlier = [self.skeleton.mention_at(token.group()) for token in tokens]
            objects = [earlier[-1].entity] if earlier else self._only_recent_organization(context)
            between = text[tokens[-1].end() : verb_start] if tokens else ""
            # 'it' after another noun ('set up a development bank …, and X joined it') may be that noun.
            return objects, "context" if earlier and not _OTHER_NOUN.search(between) else "previous sentence"
        head = found.group("head").lower()[:6]
        named = [entity for entity, surface in reversed(context.recent_organizations) if head in surface]
        if not named and head in _GENERIC_HEADS:
            named = self._only_recent_organization(context)
        if named and context.recent_organizations and named[0] != context.recent_organizations[-1][0]:
            # 'the organization' may be the one named last ('the CSTO'), whatever its words: unsure.
            return named[:1], "previous sentence"
        return named[:1], "context"

    def _respective_memberships(self, reading: _ClauseReading) -> bool:
        """'A and B joined X in 1994 and 1996, respectively': each subject with its own date."""
        text = self.text
        own_clause_end = _clause_end(text, reading.objects_end)
        respective_dates = [
            date.date.iso for date in _event_dates(text, self.dates, reading.objects_end, own_clause_end)
        ]
        if len(respective_dates) < len(reading.subjects) and respective_dates:
            respective_dates = (
                self._shared_year_dates(text[reading.objects_end : own_clause_end]) or respective_dates
            )
        if not (
            _RESPECTIVELY.search(text[reading.objects_end : own_clause_end])
            and len(reading.subjects) > 1
            and len(respective_dates) == len(reading.subjects)
        ):
            return False
        for subject, iso in zip(reading.subjects, respective_dates, strict=True):
            for obj in reading.objects:
                self._add(subject, "member_of", obj, date=iso, status=reading.status, method=reading.method)
        return True

    def _suspended_since(self, reading: _ClauseReading) -> bool:
        """'not a member of X since its suspension in 2012': a suspension, dated by its own clause."""
        text = self.text
        suspended = _SINCE_SUSPENDED.match(text, reading.objects_end)
        if reading.status != "not a member" or not suspended:
            return False
        since = _event_dates(text, self.dates, suspended.end(), _clause_end(text, suspended.end()))
        for subject in reading.subjects:
            for obj in reading.objects:
                self._add(
                    subject,
                    "member_of",
                    obj,
                    date=since[0].date.iso if since else None,
                    status="suspended",
                    method=reading.method,
                )
        return True

    def _fallback_date(
        self, found: re.Match[str], subject: _ClauseSubject, reading: _ClauseReading
    ) -> str | None:
        """The clause's date for an object with none of its own: '(1994)' right after it, a date
        between subject and verb, or one that opens the clause; none for a non-membership."""
        paren = _PAREN_DATE.match(self.text[reading.objects_end : reading.clause_end])
        if paren:
            return paren.group("year")
        if reading.status == "not a member":
            return None
        if subject.leading_allowed:
            return self._clause_date(subject.start, found.start("verb"))
        inside = _event_dates(self.text, self.dates, subject.start, found.start("verb"))
        return inside[-1].date.iso if inside else self.default_date

    def _dates_of_objects(self, found: re.Match[str], group: str, reading: _ClauseReading) -> dict[int, str]:
        """Dates that belong to one object only ('the CSTO in 1994 and the SCO in 2001')."""
        text, objects_end, clause_end = self.text, reading.objects_end, reading.clause_end
        if group == "objects":
            return self._object_dates(found.start("objects"), objects_end, clause_end)
        if group == "it":
            own = _event_dates(text, self.dates, objects_end, clause_end)
            return {reading.objects[0]: own[0].date.iso} if own else {}
        right_after = [
            mention.date.iso
            for mention in _event_dates(text, self.dates, objects_end, clause_end)[:1]
            if _IMMEDIATE_DATE.fullmatch(text, objects_end, mention.start)
        ]
        return {reading.objects[0]: right_after[0]} if right_after else {}

    def _coordinated_status(self, coordinated: re.Match[str], reading: _ClauseReading) -> None:
        """'… joined X in 1992 and suspended its membership in 2012': the later status, its own date."""
        verb = coordinated.group("verb").lower()
        later_status = next(status for prefix, status in _COORDINATED_STATUS if verb.startswith(prefix))
        later_end = _clause_end(self.text, coordinated.end())
        later_dates = _event_dates(self.text, self.dates, coordinated.end(), later_end)
        for subject in reading.subjects:
            for obj in reading.objects:
                self._add(
                    subject,
                    "member_of",
                    obj,
                    date=later_dates[0].date.iso if later_dates else None,
                    status=later_status,
                    method=reading.method,
                )

    def _gapped_subjects(self, gapped: re.Match[str], reading: _ClauseReading) -> None:
        """'A joined X on <date 1> and B on <date 2>': B joined too, on its own date."""
        more_end = _clause_end(self.text, gapped.end())
        more_dates = _event_dates(self.text, self.dates, gapped.end() - 4, more_end)
        more_date = more_dates[0].date.iso if more_dates else None
        for subject in self._entities(gapped.group("subjects")):
            for obj in reading.objects:
                self._add(
                    subject, "member_of", obj, date=more_date, status=reading.status, method=reading.method
                )

    @staticmethod
    def _shared_year_dates(clause: str) -> list[str]:
        """'10 May, 27 May, 1 June and 13 July 1994': every day of the list in the year written last."""
        years = [date for date in find_dates(clause) if date.date.day is not None]
        if not years:
            return []
        year = years[-1].date.year
        found = []
        for day_month in _DAY_MONTH.finditer(clause):
            month = month_number(day_month.group("month"))
            if month is None or day_month.start() >= years[-1].start:
                continue
            found.append(f"{year:04d}-{month:02d}-{int(day_month.group('day')):02d}")
        return [*found, years[-1].date.iso] if found else []

    @staticmethod
    def _only_recent_organization(context: Context) -> list[int]:
        """What 'it' or 'the new bloc' can only mean: the one organization the last sentence
        that named any named, or the one organization named lately at all."""
        if len(context.last_organizations) == 1:
            return list(context.last_organizations)
        recent = list(dict.fromkeys(entity for entity, _ in context.recent_organizations))
        return recent if len(recent) == 1 else []

    def _clause_date(self, subject_start: int, verb_start: int) -> str | None:
        """A date between subject and verb ('Kazakhstan in 1994 joined'), else one that opens
        the clause ('In 2002, …', '… in 1992, when the country joined'), else the sentence's
        own milestone year."""
        inside = _event_dates(self.text, self.dates, subject_start, verb_start)
        if inside:
            return inside[-1].date.iso
        leading = _leading_date(self.text, self.dates, subject_start)
        if leading is None:
            return self.default_date
        if self.default_date and self.default_date.startswith(leading.date.iso):
            return self.default_date
        return leading.date.iso

    def _object_dates(self, start: int, objects_end: int, end: int) -> dict[int, str]:
        """Dates written right after an object ('joined the CSTO in 1994 and the SCO in 2001');
        an undated object listed just before a dated one shares its date ('A and B in 1994')."""
        tokens = [token for token in re.finditer(ORG, self.text[:objects_end]) if token.start() >= start]
        dated: dict[int, str] = {}
        pending: list[int] = []
        for index, token in enumerate(tokens):
            entity = self.skeleton.mention_at(token.group()).entity
            following = tokens[index + 1].start() if index + 1 < len(tokens) else end
            gap = self.text[token.end() : following]
            date = next(
                (
                    mention.date.iso
                    for mention in _event_dates(self.text, self.dates, token.end(), following)
                    if _IMMEDIATE_DATE.fullmatch(self.text, token.end(), mention.start)
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

    def _used_as_modifier(self, entity: int, start: int) -> bool:
        """'joined the NATO programme': the name qualifies a noun; the programme is not NATO."""
        for token in re.finditer(ORG, self.text[start:]):
            if self.skeleton.mention_at(token.group()).entity == entity:
                after = self.text[start + token.end() : start + token.end() + 30]
                modified = _MODIFIED_NOUN.match(after)
                if modified is None:
                    return False
                own_kind = self.skeleton.kinds[ord(token.group()[2]) - _TOKEN_BASE]
                return not (own_kind == "programme" and _PROGRAMME_NOUN.match(after))
        return False

    def _index_of(self, entity: int) -> int:
        for index, match in enumerate(self.skeleton.mentions):
            if match.entity == entity:
                return index
        raise KeyError(entity)

    def _reverse_memberships(self) -> None:
        text = self.text
        for found in _ORG_LISTS_MEMBERS.finditer(text):
            if _NOT_MEMBERS_NOW.search(text, 0, found.start()) or _HEDGE_BEFORE_VERB.search(
                text, 0, found.start()
            ):
                continue
            qualifier = _LIST_QUALIFIER.search(text, 0, found.start())
            word = qualifier.group("word").lower() if qualifier else ""
            if word and word not in _CURRENT_LIST_WORDS and word not in _FOUNDING_LIST_WORDS:
                continue  # 'Proposed CSTO members:', 'Suspended …', 'Draft list of …': not members now.
            org = found.group("org") or found.group("org2")
            subjects = found.group("subjects") or found.group("subjects2")
            founding = (
                bool(found.group("head"))
                or "founding" in found.group(0)[:60].lower()
                or word in _FOUNDING_LIST_WORDS
            )
            past = bool(re.search(r"\b(?:were|included|comprised)\b", found.group(0)))
            if (
                _LIST_ENDED_BEFORE.search(text, 0, found.start())
                or _WOULD_AFTER.match(text, found.end())
                or (past and not self.dates)
            ):
                continue
            listed = self._entities(subjects)
            if _PAREN_AFTER.match(text, found.end()):
                listed = listed[:-1]  # 'Armenia (suspended)': the note says what it is; not read.
            date = _date_for(text, self.dates, found.start(), found.start(), _clause_end(text, found.end()))
            for subject in listed:
                for obj in self._entities(org):
                    self._add(
                        subject,
                        "member_of",
                        obj,
                        date=date,
                        status="founding member" if founding else "member",
                    )
        for found in _MEMBER_LIST.finditer(text):
            if _HEDGE_BEFORE_VERB.search(text[: found.start()]):
                continue
            org = found.group("org") or found.group("org2")
            founding = bool(found.group("founding") or found.group("founding2"))
            for subject in self._entities(found.group("subjects") or found.group("subjects2")):
                for obj in self._entities(org):
                    self._add(subject, "member_of", obj, status="founding member" if founding else "member")
        for found in _NOMINAL_MEMBERSHIP.finditer(text):
            if _HEDGE_BEFORE_VERB.search(text[: found.start()]):
                continue
            date = self._clause_date(found.start(), found.start())
            for subject in self._entities(found.group("subjects")):
                for obj in self._entities(found.group("objects")):
                    self._add(subject, "member_of", obj, date=date, status="member")
        in_org = _IN_ORG_MEMBERS.match(text)
        if in_org:
            for subject in self._entities(in_org.group("subjects")):
                for obj in self._entities(in_org.group("org")):
                    status = "founding member" if in_org.group("founding") else "member"
                    self._add(subject, "member_of", obj, status=status)
        for found in _ORG_FOUNDED_BY.finditer(text):
            date = _date_for(text, self.dates, found.start(), found.start(), _clause_end(text, found.end()))
            for subject in self._entities(found.group("subjects")):
                for obj in self._entities(found.group("org")):
                    self._add(subject, "member_of", obj, date=date, status="founding member")
        for found in _ORG_ADMITTED.finditer(text):
            date = _date_for(
                text, self.dates, found.start(), found.start("verb"), _clause_end(text, found.end())
            )
            status = "observer" if found.group("observer") else "joined"
            for subject in self._entities(found.group("subjects")):
                for obj in self._entities(found.group("org")):
                    self._add(subject, "member_of", obj, date=date, status=status)

    def _status_appositions(self, context: Context) -> None:
        """'Kazakhstan, a founding member of the SCO, …'; 'Mongolia, an observer since 2004, …' of
        the one organization the sentence names, or, when it names none, of the organization the
        document's title or the section's heading is about."""
        text = self.text
        named = {
            mention.entity
            for mention, kind in zip(self.skeleton.mentions, self.skeleton.kinds, strict=True)
            if kind == "organization"
        }
        if any(_BODY_WORD.search(mention.surface) for mention in self.skeleton.mentions):
            named = set()  # 'an observer since 2005' of the SCO, not of its Council.
        for found in _STATUS_APPOSITION.finditer(text):
            method = "sentence"
            if found.group("objects"):
                objects = self._entities(found.group("objects"))
            elif len(named) == 1:
                # 'Turkey, a member since 1952, sought ties with the SCO': a member of what the
                # apposition does not say, so the one organization named is only a guess.
                objects, method = list(named), "previous sentence"
            elif (
                not re.search(ORG, text)
                and (about := context.topic_organization or context.heading_organization) is not None
            ):
                objects, method = [about], "heading"
            else:
                continue
            word = found.group("status").lower()
            status = (
                "founding member"
                if word.startswith("founding")
                else "observer"
                if word == "observer"
                else "member"
            )
            since = find_dates(found.group("since") or "")
            date = since[0].date.iso if since else None
            for subject in self._entities(found.group("subjects")):
                for obj in objects:
                    self._add(subject, "member_of", obj, date=date, status=status, method=method)

    def described_memberships(self) -> None:
        """An organization described by its members: 'the CSTO, the Russian-led alliance that also
        includes Armenia …', 'the Customs Union of Russia, Belarus and Kazakhstan'."""
        for pattern in (_ORG_INCLUDES, _ORG_OF_COUNTRIES):
            for found in pattern.finditer(self.text):
                if self.skeleton.kinds[ord(found.group("org")[2]) - _TOKEN_BASE] != "organization":
                    continue
                organization = self.skeleton.mention_at(found.group("org")).entity
                for subject in self._entities(found.group("subjects")):
                    self._add(subject, "member_of", organization, status="member")

    def objectless_memberships(self, context: Context) -> None:
        """'Iran became the ninth member on 4 July 2023' in an article about one organization:
        the organization is the document's own subject."""
        # The document's or the heading's organization only when nothing nearer names another:
        # 'The Forum was founded in 2016. Mongolia joined in 2018' is the Forum's, whatever the
        # title is about, and a note is about the sentence that cites it.
        nearer = [entity for entity in context.previous_organizations if entity != context.topic_organization]
        if context.paragraph_organization is not None:
            organization, method = context.paragraph_organization, "paragraph"
        elif context.topic_organization is not None and not nearer and not context.in_note:
            organization, method = context.topic_organization, "heading"
        elif (
            context.heading_organization is not None
            and not re.search(ORG, self.text)
            and not context.in_note
            and not [entity for entity in nearer if entity != context.heading_organization]
        ):
            organization, method = context.heading_organization, "heading"
        elif context.recent_organizations:
            organization, method = context.recent_organizations[-1][0], "previous sentence"
        else:
            return
        subjects: list[int] = []
        for found in _OBJECTLESS.finditer(self.text):
            before = self.text[: found.start()]
            subject_match = _SUBJECT_BEFORE.search(before)
            if subject_match and subject_match.group("subjects"):
                subjects = self._entities(subject_match.group("subjects"))
            elif not (subjects and (_CHAINED_VERB.search(before) or _CHAIN_BEFORE.search(before))):
                continue
            if self._objectless_unstated(found):
                continue
            earlier = [token for token in re.finditer(ORG, before)]
            if earlier and method == "previous sentence":
                organization = self.skeleton.mention_at(earlier[-1].group()).entity
            status = self._objectless_status(found)
            clause_end = _clause_end(self.text, found.end())
            gapped = _GAPPED.search(self.text, found.end(), clause_end)
            if gapped and not any(0 <= gapped.start() - date.end <= 1 for date in self.dates):
                gapped = None
            chained = _CHAINED_VERB.search(self.text, found.end(), clause_end)
            own_end = min(
                clause_end,
                gapped.start() if gapped else clause_end,
                chained.start() if chained else clause_end,
            )
            if len(subjects) > 1 and _RESPECTIVELY.search(self.text, found.end(), own_end):
                # 'A and B joined on <date> and <date>, respectively': each its own date, or none.
                reading = _ClauseReading(subjects, [organization], status, method, found.end(), clause_end)
                if not self._respective_memberships(reading):
                    for subject in subjects:
                        self._add(subject, "member_of", organization, status=status, method=method)
                continue
            own = _event_dates(self.text, self.dates, found.start(), own_end)
            date = own[0].date.iso if own and status != "not a member" else None
            for subject in subjects:
                self._add(subject, "member_of", organization, date=date, status=status, method=method)
            if gapped:
                reading = _ClauseReading([], [organization], status, method, found.end(), clause_end)
                self._gapped_subjects(gapped, reading)

    def _objectless_unstated(self, found: re.Match[str]) -> bool:
        """Whether an objectless phrase states nothing of the organization in context: hedged or
        conditional ('If Georgia withdrew in 2009'), with an object of its own, or a dated verb
        whose clause goes on with another object ('withdrew in 2009 its troops')."""
        text = self.text
        clause_end = _clause_end(text, found.end())
        clause_start = _clause_start(text, found.start())
        if _HEDGE_BEFORE_VERB.search(text, 0, found.start()) or _CONDITION_BEFORE.search(
            text, clause_start, found.start()
        ):
            return True
        if (
            _NEGATED_SUBJECTS_BEFORE.search(text, clause_start, found.start())
            or _HELD_OR_SAID_BEFORE.search(text, 0, found.start())
            or _INVERTED_CONDITION.match(text)
            or _DENIED_AFTER.search(text, found.end())
            or _ENDED_LATER.match(text, found.end())
        ):
            return True
        if re.search(ORG, text[found.end() : clause_end]) or _UNNAMED_OBJECT.match(text, found.end()):
            return True
        if found.group("status8") and (
            not _SUBJECTS_OPEN_CLAUSE.fullmatch(text, clause_start, found.start())
            or _QUALIFIED_AFTER.match(text, found.end())
        ):
            return True  # 'It is false that A and B are members', 'are members, but only on paper'.
        if found.group("status6"):
            dates = [date for date in self.dates if date.start >= found.end()]
            if not dates or not _DATE_ENDS_CLAUSE.match(text, dates[0].end):
                return True
            # 'withdrew on <date> and 400 soldiers on <date>': a second date after 'and' is another's.
            return bool(_GAPPED_DATE_AFTER.match(text, dates[0].end))
        return False

    def _objectless_status(self, found: re.Match[str]) -> str:
        """The status an objectless phrase states: 'is not a member', 'an observer', 'applied',
        'a member since its founding', 'a founding member', 'are its members', 'rejoined',
        'withdrew', 'suspended its membership', else 'joined'."""
        name, word = next(
            (name, found.group(name).lower()) for name in _OBJECTLESS_GROUPS if found.group(name)
        )
        if found.group("negated"):
            return "not a member"
        if word.startswith("observer"):
            return "observer"
        if word.startswith("appl"):
            return "applied"
        if found.group("since"):
            founding = _SINCE_FOUNDING.match(self.text, found.start("since"))
            return "founding member" if founding else "member"
        if word == "founding":
            return "founding member"
        if name == "status8":
            return "member"
        return next((status for stem, status in _COORDINATED_STATUS if word.startswith(stem)), "joined")

    def modifier_memberships(self) -> None:
        """'Iran became a full SCO member in 2023', 'Kazakhstan, a founding SCO member, …',
        'Azerbaijan applied for SCO observer status': the organization written before 'member'."""
        text = self.text
        for pattern in (_MODIFIER_MEMBERSHIP, _MODIFIER_APPOSITION, _MODIFIER_APPLICATION):
            for found in pattern.finditer(text):
                clause_start = _clause_start(text, found.start())
                if _CONDITION_BEFORE.search(text, clause_start, found.start()) or _HEDGE_BEFORE_VERB.search(
                    text[: found.start()]
                ):
                    continue
                if _REPORTED_THAT.search(text, 0, found.start()) or _NEITHER.search(
                    text, clause_start, found.start()
                ):
                    continue
                if pattern is _MODIFIER_MEMBERSHIP and (
                    _STATUS_ENDED_AFTER.match(text, found.end())
                    or _NEGATED_STATUS_BEFORE.search(text, found.end("subjects"), found.start("status"))
                ):
                    continue
                if pattern is _MODIFIER_APPLICATION and _DENIED_AFTER.search(text, found.end()):
                    continue
                obj = self.skeleton.mention_at(found.group("objects")).entity
                if self.skeleton.kinds[self._index_of(obj)] not in ("organization", "programme"):
                    continue
                status = _modifier_status(found)
                if pattern is _MODIFIER_APPOSITION:
                    since = find_dates(found.group("since") or "")
                    date = since[0].date.iso if since else None
                else:
                    date = _date_for(
                        text, self.dates, found.start(), found.start("verb"), _clause_end(text, found.end())
                    )
                for subject in self._entities(found.group("subjects")):
                    self._add(subject, "member_of", obj, date=date, status=status)

    def kept_memberships(self) -> None:
        """'keeping Uzbekistan outside both the CSTO and the EAEU' (not a member of either);
        'has kept Kyrgyzstan firmly inside the EAEU' (a member); not when only tried or planned."""
        text = self.text
        for found in _KEPT_SIDE.finditer(text):
            before = text[: found.start("verb")]
            if _HEDGE_BEFORE_VERB.search(before) or _EFFORT_BEFORE.search(before):
                continue
            if _CONDITION_BEFORE.search(text, _clause_start(text, found.start()), found.start()):
                continue
            if _KEPT_ENDED_AFTER.match(text, found.end()) or _KEPT_DENIED_BEFORE.search(
                text, 0, found.start()
            ):
                continue
            if found.group("verb") == "kept" and not re.search(r"\b(?:has|have)\s+(?:\w+\s+)?$", before):
                continue  # 'Russia kept Armenia inside …': a past state, maybe ended since.
            status = "member" if found.group("side") in ("inside", "within") else "not a member"
            for subject in self._entities(found.group("subjects")):
                for obj in self._entities(found.group("objects")):
                    if self.skeleton.kinds[self._index_of(obj)] in ("organization", "programme"):
                        self._add(subject, "member_of", obj, status=status)

    def followed_memberships(self, context: Context) -> None:
        """'A joined X on <date>; B and C followed on <date> and <date>, respectively': B and C
        joined X too, each on its own date. X is what this sentence, or else the one before, had
        countries join; two dates for two subjects without 'respectively' date nobody."""
        text = self.text
        joined = {
            fact.object for fact in self.facts if fact.predicate == "member_of" and fact.status == "joined"
        }
        if len(joined) == 1:
            organization, method = next(iter(joined)), "sentence"
        elif not joined and context.last_joined is not None:
            organization, method = context.last_joined, "previous sentence"
        else:
            return
        for found in _FOLLOWED.finditer(text):
            if _CONDITION_BEFORE.search(text, _clause_start(text, found.start()), found.start()) or (
                _HEDGE_BEFORE_VERB.search(text[: found.start("verb")])
            ):
                continue
            subjects = self._entities(found.group("subjects"))
            clause_end = _clause_end(text, found.end())
            sentence_rest = text[found.end() :].split(";")[0]
            if _FOLLOWED_OTHERWISE.search(sentence_rest):
                continue
            dates = [date.date.iso for date in _event_dates(text, self.dates, found.end(), clause_end)]
            if len(dates) > 1 and len(dates) < len(subjects):
                dates = self._shared_year_dates(text[found.end() : clause_end]) or dates
            if len(dates) > 1:
                if not (_RESPECTIVELY.search(text, found.end(), clause_end) and len(dates) == len(subjects)):
                    continue
            elif dates:
                dates = dates * len(subjects)
            else:
                continue
            for subject, date in zip(subjects, dates, strict=True):
                self._add(subject, "member_of", organization, date=date, status="joined", method=method)

    def record_row(self, context: Context) -> None:
        """A line of a 'Key: value' record about one organization or treaty: 'Members: A, B',
        'Former members: C (withdrew 1999)', 'D: rejoined 2006, suspended 2012', 'Signed: <date>
        at <place> by A and B'. The record's 'Name:' line (see `record_offices`) says what the
        lines are about."""
        if context.record_subject is None or _RECORD_NAME.match(self.text):
            return
        subject, kind = context.record_subject
        if kind == "treaty":
            signed = _RECORD_SIGNED.match(self.text)
            if signed and not _UNSIGNED_WHEN.search(signed.group("when")):
                when = find_dates(signed.group("when"))
                for party in self._entities(signed.group("subjects")):
                    self._add(
                        party, "signed", subject, date=when[0].date.iso if when else None, method="table"
                    )
            return
        if kind not in ("organization", "programme"):
            return
        self._record_members(subject)
        history = _RECORD_HISTORY.match(self.text)
        if history:
            member = self.skeleton.mention_at(history.group("subject")).entity
            for step in re.finditer(_RECORD_STEP, history.group("steps"), re.IGNORECASE):
                word = step.group().lower()
                status = next(status for prefix, status in _STEP_STATUS if prefix in word)
                dates = find_dates(step.group())
                date = dates[0].date.iso if dates else None
                self._add(member, "member_of", subject, date=date, status=status, method="table")

    def _record_members(self, organization: int) -> None:
        """'Observers: Pakistan (since 2020)': each country with the label's status, or the one its
        note states ('(withdrew 1999)'), dated by its own note."""
        row = _RECORD_ROW.match(self.text)
        if not row:
            return
        label = " ".join(row.group("label").split())
        status = next((status for pattern, status in _RECORD_LABELS if pattern.match(label)), None)
        if status is None:
            return
        for item in re.finditer(_RECORD_ITEM, row.group("items")):
            note = item.group()[4:].strip(" ()")
            own = next((own for prefix, own in _STEP_STATUS if note.lower().startswith(prefix)), None)
            if not _NOTE_STEP.fullmatch(note):
                own = None  # 'Iran (observer talks 2019)': talks about a status, not the status.
            if status == "withdrew" and own in _MEMBER_STATUS_SET:
                own = None  # 'Former members: Uzbekistan (rejoined 2006)': former, whatever it did before.
            item_status = own if own and status in _MEMBER_STATUS_SET | {"withdrew"} else status
            if item_status in _MEMBER_STATUS_SET | {"observer"} and _CELL_HEDGE.search(note):
                continue
            dates = (
                find_dates(note) if item_status != "not a member" and (own or status != "withdrew") else []
            )
            member = self.skeleton.mention_at(item.group()[:4]).entity
            date = dates[0].date.iso if dates else None
            self._add(member, "member_of", organization, date=date, status=item_status, method="table")

    def table_row(self, heading: str) -> None:
        """'CSTO ........ Armenia, Belarus, Kazakhstan': a row of a members table; or a row
        '| Uzbekistan | CSTO | suspended | June 2012 |' of a status table."""
        piped = _PIPE_ROW.match(self.text)
        if piped and piped.group("status").strip() in STATUSES:
            status = piped.group("status").strip()
            dates = find_dates(piped.group("date") or "")
            for subject in self._entities(piped.group("subjects")):
                for obj in self._entities(piped.group("objects")):
                    date = dates[0].date.iso if dates else None
                    self._add(subject, "member_of", obj, date=date, status=status, method="table")
            return
        found = _TABLE_ROW.match(self.text)
        if not found:
            return
        subjects = self._entities(found.group("subjects"))
        if len(subjects) < 2:
            return
        lowered = heading.lower()
        status = "observer" if "observer" in lowered else "applied" if "applica" in lowered else "member"
        if "dialogue partner" in lowered or "partner" in lowered and "member" not in lowered:
            return
        for subject in subjects:
            for obj in self._entities(found.group("org")):
                self._add(subject, "member_of", obj, status=status, method="table")

    def table_cells(self, context: Context) -> None:
        """A table whose header names organizations and whose rows open with a country:
        '| Uzbekistan | joined 2001-06-15 | suspended (2012) |' under '| Country | SCO | CSTO |'."""
        text = self.text.strip()
        if text.count("|") < 2:
            context.table_columns = None
            return
        cells = [cell.strip() for cell in text.strip("|").split("|")]
        tokens = [re.findall(rf"{ORG}|{COUNTRY}", cell) for cell in cells]
        organizations = [
            self.skeleton.mention_at(found[0]).entity if len(found) == 1 and found[0][1] == "O" else None
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
        country = self.skeleton.mention_at(tokens[0][0]).entity
        for column, cell in zip(columns[1:], cells[1:], strict=False):
            status = next((status for pattern, status in _CELL_STATUS if pattern.match(cell.lower())), None)
            if column is None or status is None:
                continue
            if _CELL_HEDGE.search(cell):
                continue  # "member until 2012", "member (expected 2024)": not the status the date dates.
            dates = find_dates(cell)
            date = dates[0].date.iso if dates and status != "not a member" else None
            self._add(country, "member_of", column, date=date, status=status, method="table")

    def heading_lead(self, context: Context) -> None:
        """A bullet under a heading that names the country: '• Joined the CSTO in 1994.'"""
        if context.heading_country is None:
            return
        found = _HEADING_LEAD.match(self.text)
        if not found:
            return
        word = found.group("status").split()[0].lower()
        status = _HEADING_STATUS.get(word, "founding member" if word == "founding" else "member")
        if word in ("became", "acceded"):
            status = "joined"
        date = _date_for(self.text, self.dates, 0, found.end("status"), _clause_end(self.text, found.end()))
        for obj in self._entities(found.group("objects")):
            self._add(context.heading_country, "member_of", obj, date=date, status=status, method="heading")

    def signatures(self, context: Context) -> None:
        """'A and B signed T (1996)', 'T was signed … by A and B', 'it signed T': each party with
        the treaty and the date of its own clause."""
        text = self.text
        treaties = list(re.finditer(TREATY, text))
        if not treaties or not _SIGN_HINT.search(text):
            return
        self._remember_signing_date(context)
        state = _SigningState()
        for treaty in treaties:
            signing = self._treaty_signing(treaty, context, state)
            if signing is None:
                continue
            treaty_entity = self.skeleton.mention_at(treaty.group()).entity
            date = self._signature_date(treaty, treaties, signing) or self._remembered_date(
                treaty_entity, context
            )
            years = sorted(set(signing.partner_years.values()))
            for party in dict.fromkeys(signing.parties):
                if len(years) > 1 and party not in signing.partner_years:
                    for year in years:
                        self._add(
                            party, "signed", treaty_entity, date=year, method=signing.method, each_date=True
                        )
                else:
                    own = signing.partner_years.get(party) if len(years) > 1 else None
                    self._add(party, "signed", treaty_entity, date=own or date, method=signing.method)
        self._bare_signatures(treaties, context)
        self._treaty_binds()

    def _remember_signing_date(self, context: Context) -> None:
        """'The Protocol … was signed in Khujand on 11 September 2019.': the date the section's
        later 'A, B and C signed the Protocol' means."""
        found = _TREATY_SIGNED_ON.match(self.text)
        if not found:
            return
        own = _outside_asides(
            self.text, _event_dates(self.text, self.dates, found.end(), _clause_end(self.text, found.end()))
        )
        if own:
            context.treaty_dates[self.skeleton.mention_at(found.group("treaty")).entity] = own[0].date.iso

    def _remembered_date(self, treaty: int, context: Context) -> str | None:
        """The signing date an earlier sentence gave the treaty, unless this signature is of
        another day ('signed it later', 'acceded in …')."""
        if _ANOTHER_DAY.search(self.text) or self.dates or _MONTH_WORD.search(self.text):
            return None
        return context.treaty_dates.get(treaty)

    def _treaty_signing(
        self, treaty: re.Match[str], context: Context, state: _SigningState
    ) -> _Signing | None:
        """Who signed the treaty at `treaty`: signers before it, a pronoun, the signers of the
        treaty listed just before, or the parties of a passive 'signed … by'."""
        text = self.text
        clause_start = _clause_start(text, treaty.start())
        before = text[clause_start : treaty.start()]
        if _INSTRUMENT_OF.search(before):
            state.last_end = treaty.end()
            return None
        method = "sentence"
        parties: list[int] = []
        verb_at: int | None = None
        subject_start = treaty.start()
        signers = _SIGNERS_BEFORE.search(before)
        if signers and not _SIGN_NEGATED.search(before):
            state.last_signers = self._entities(signers.group("subjects")) + self._entities(
                signers.group("co")
            )
            self.clause_subjects = tuple(state.last_signers)
            parties.extend(state.last_signers)
            verb_at = clause_start + signers.end("subjects")
            subject_start = clause_start + signers.start()
        elif (
            resolved := self.grammatical_subject() or context.last_subject
        ) is not None and _PRONOUN_SIGNED.search(before):
            # 'Kazakhstan is a founding member: it signed …' is Kazakhstan's, whoever came before.
            state.last_signers = [resolved]
            parties.extend(state.last_signers)
            verb_at = treaty.start()
            method = "pronoun"
        elif state.last_signers and _NEXT_TREATY.fullmatch(text[state.last_end : treaty.start()]):
            parties.extend(state.last_signers)
            verb_at = treaty.start()
        state.last_end = treaty.end()
        after_treaty = text[treaty.end() :]
        carrier = _TO_TREATY.match(after_treaty)
        if carrier:
            after_treaty = after_treaty[carrier.end() :]
        passive = _SIGNED_BY.match(after_treaty)
        if passive and not _SIGN_NEGATED.search(after_treaty[: passive.end()]):
            parties.extend(self._entities(passive.group("subjects")))
            verb_at = treaty.end()
            subject_start = treaty.start()
        if verb_at is None:
            return None
        partners = _PARTNERS_AFTER.match(after_treaty)
        partner_years: dict[int, str] = {}
        if partners:
            parties.extend(self._entities(partners.group("subjects")))
            partner_years = {
                self.skeleton.mention_at(found.group("party")).entity: found.group("year")
                for found in _PARTNER_YEAR.finditer(partners.group("subjects"))
            }
        paren = _PAREN_DATE.match(after_treaty) or (
            _PAREN_DATE.match(after_treaty[partners.end() :]) if partners else None
        )
        paren_year = _paren_date(paren) if paren else None
        if paren_year is None and len(set(partner_years.values())) == 1:
            paren_year = next(iter(partner_years.values()))  # 'with the Russian Federation (1992)'
        own_start = treaty.end() + (carrier.end() if carrier else 0)
        return _Signing(parties, method, subject_start, own_start, paren_year, partner_years)

    def _signature_date(
        self, treaty: re.Match[str], treaties: list[re.Match[str]], signing: _Signing
    ) -> str | None:
        """'(1996)' after the treaty, else the first event date of the treaty's own clause (up to
        the next treaty), else one between subject and treaty, else one that opens the clause."""
        if signing.paren_year:
            return signing.paren_year
        text = self.text
        clause_end = _clause_end(text, signing.own_start)
        next_treaty = next((other.start() for other in treaties if other.start() >= signing.own_start), None)
        if next_treaty is not None:
            clause_end = min(clause_end, next_treaty)
        own = _outside_asides(text, _event_dates(text, self.dates, signing.own_start, clause_end))
        earlier = _event_dates(text, self.dates, signing.subject_start, treaty.start())
        leading = _leading_date(text, self.dates, signing.subject_start)
        pick = own[:1] or earlier[-1:] or ([leading] if leading else [])
        return pick[0].date.iso if pick else None

    def _bare_signatures(self, treaties: list[re.Match[str]], context: Context) -> None:
        text = self.text
        for found in _BARE_SIGNERS.finditer(text):
            earlier = [treaty for treaty in treaties if treaty.end() <= found.start()]
            later = [treaty for treaty in treaties if treaty.start() >= found.start()]
            just_before = text[max(_clause_start(text, found.start()), found.start() - 30) : found.start()]
            if (
                not earlier
                or later
                or _SIGN_NEGATED.search(found.group())
                or _DENIED_BEFORE.search(just_before)
            ):
                continue
            treaty = earlier[-1]
            clause_end = _clause_end(text, found.end("verb"))
            own = _event_dates(text, self.dates, found.end("verb"), clause_end)
            date: str | None = own[0].date.iso if own else None
            of_date = _OF_DATE.match(text, treaty.end())
            if date is None and of_date:
                named = [d for d in self.dates if 0 <= d.start - of_date.end() <= 1]
                date = named[0].date.iso if named else None
            treaty_entity = self.skeleton.mention_at(treaty.group()).entity
            date = date or self._remembered_date(treaty_entity, context)
            for party in self._entities(found.group("subjects")):
                self._add(party, "signed", treaty_entity, date=date)

    def _treaty_binds(self) -> None:
        """'Signed in Bishkek on 16 August 2007, the Treaty … binds China, Kazakhstan …'."""
        text = self.text
        for found in _TREATY_BINDS.finditer(text):
            date = None
            if _SIGNED_LEADING.match(text):
                before = _event_dates(text, self.dates, 0, found.start())
                date = before[0].date.iso if before else None
            treaty_entity = self.skeleton.mention_at(found.group("treaty")).entity
            for party in self._entities(found.group("subjects")):
                self._add(party, "signed", treaty_entity, date=date)

    def _title_of_state_unstated(self, found: re.Match[str]) -> bool:
        """Whether 'President X of <state>' states no office held now (`_PAST_OR_OTHER_TITLE_BEFORE`,
        `_OWNED_TITLE_BEFORE`, `_TERM_ENDS_AFTER`)."""
        before = self.text[: found.start("role")]
        return bool(
            _OWNED_TITLE_BEFORE.search(before)
            or _PAST_OR_OTHER_TITLE_BEFORE.search(before)
            or _TERM_ENDS_AFTER.match(self.text, found.end())
        )

    def _signed_for_unstated(self, found: re.Match[str]) -> bool:
        """Whether 'Title X signed for A' states no office of X in A: the title is another body's
        or state's ('EU Special Representative'), a former one, or X signed as a witness; a 'for A'
        without 'signed' counts only after one that had it ('… and State Secretary Y for B')."""
        text = self.text
        before = text[: found.start("role")]
        if _OWNED_TITLE_BEFORE.search(before) or _AS_WITNESS.match(text, found.end()):
            return True
        if re.match(r"(?:former|ex-|then)\b", found.group("role"), re.IGNORECASE):
            return True
        if found.group("signed"):
            return False
        return not (_SIGNED_FOR_BEFORE.search(before) and _GAPPED_SIGNER_BEFORE.search(before))

    def offices(self) -> None:
        text = self.text
        for pattern in _OFFICE_PATTERNS:
            for found in pattern.finditer(text):
                if _ROLE_GOES_ON.match(text, found.end("role")) or _OFFICE_HEDGE.search(
                    text, 0, found.start()
                ):
                    continue
                if pattern is _SIGNED_FOR_OFFICE and self._signed_for_unstated(found):
                    continue
                if pattern is _TITLE_NAME_OF_STATE and self._title_of_state_unstated(found):
                    continue
                person = self.skeleton.mention_at(found.group("person")).entity
                holder = self.skeleton.mention_at(found.group("holder")).entity
                role = " ".join(((found.groupdict().get("former") or "") + found.group("role")).split())
                coordinated = _INTERNATIONAL_SECOND_ROLE.search(role)
                if (
                    coordinated
                    and self.skeleton.kinds[ord(found.group("holder")[2]) - _TOKEN_BASE] == "country"
                ):
                    role = role[
                        : coordinated.start()
                    ]  # 'Ukrainian Foreign Minister and CiO': CiO is the OSCE's.
                date = None
                dates = _event_dates(text, self.dates, found.end(), _clause_end(text, found.end()))
                former = bool(found.groupdict().get("former"))  # What follows is about the office now held.
                if not former and _WHO_LEFT_AFTER.match(text, found.end()):
                    role, former = f"former {role}", True
                if dates and not former and _OFFICE_DATE_CUE.search(text[found.end() : dates[0].start]):
                    date = dates[0].date.iso
                elif dates and pattern is _SIGNED_FOR_OFFICE:
                    date = dates[0].date.iso  # The title as held on the day of signing.
                elif not former:
                    date = self._opening_date(found.start())
                self._add(person, "holds_office", holder, role=role or None, date=date)

    def affiliation_line(self) -> None:
        """A signature or speaker line: the person holds the title at the body named after it."""
        found = _AFFILIATION_LINE.match(self.text)
        if found is None or "\n" in self.text.strip() or _CAPTION_LABEL.match(self.text):
            return
        person = self.skeleton.mention_at(found.group("person")).entity
        holder = self.skeleton.mention_at(found.group("holder")).entity
        role = " ".join(found.group("role").split()) if found.group("role") else None
        if role and _NOT_AN_OFFICE.search(role):
            return  # 'Critic of …', 'Nominee for Secretary General, …', 'Guest of …': no office held.
        self._add(person, "holds_office", holder, role=role, method="signature")

    def signatory_office(self, context: Context) -> None:
        """'For <country>:' then '<person>, <title>': the signatory holds the title in that country.
        Remembers the country of a 'For <country>:' line for the line after it."""
        signing_for = _SIGNING_FOR.match(self.text)
        country = context.signatory_country
        line = self.text
        if signing_for:
            country = self.skeleton.mention_at(signing_for.group("country")).entity
            line = signing_for.group("rest")
        context.signatory_country = country if signing_for and not line.strip() else None
        found = _SIGNATORY_LINE.match(line) if "\n" not in line.strip() else None
        if found is not None and country is None:
            context.names_above_signatories = True  # 'Name, President' then 'For the Republic of …:'.
        if found is None or country is None or context.names_above_signatories:
            return
        person = self.skeleton.mention_at(found.group("person")).entity
        role = " ".join(found.group("role").split())
        self._add(person, "holds_office", country, role=role, method="signature")

    def _kind_of(self, entity: int) -> str:
        """The kind of an entity this sentence names; any other is a sentence subject from
        context, which is always a country (see `grammatical_subject`)."""
        if any(match.entity == entity for match in self.skeleton.mentions):
            return self.skeleton.kinds[self._index_of(entity)]
        return "country"

    def record_offices(self, context: Context) -> None:
        """Offices stated by the "Key: value" lines of a record opened by "Name: <entity>"."""
        named = _RECORD_NAME.match(self.text)
        if named:
            subject = self.skeleton.mention_at(named.group("subject")).entity
            context.record_subject = (subject, self.skeleton.kinds[self._index_of(subject)])
            return
        if context.record_subject is None:
            return
        record, record_kind = context.record_subject
        holder_of = _RECORD_HOLDER_OF.match(self.text)
        when = (holder_of.group("when") or "") if holder_of else ""
        if (
            holder_of
            and record_kind in ("organization", "programme", "country")
            and not _NOT_YET_HELD.search(when)
        ):
            person = self.skeleton.mention_at(holder_of.group("person")).entity
            role = " ".join(holder_of.group("role").split())
            if _HELD_UNTIL.search(when):
                self._add(person, "holds_office", record, role=f"former {role}")
            elif _CLOSED_SPAN.search(when):
                self._add(
                    person,
                    "holds_office",
                    record,
                    role=f"former {role}",
                    date=self._record_start(holder_of, "when"),
                )
            else:
                self._add(
                    person, "holds_office", record, role=role, date=self._record_start(holder_of, "when")
                )
        self._record_places_and_bodies(record, record_kind)
        post = _RECORD_POST.match(self.text)
        if post and record_kind == "person":
            holder = self.skeleton.mention_at(post.group("holder")).entity
            role = " ".join(post.group("role").split())
            if post.group("tense") and post.group("tense").lower() in ("previous", "former", "earlier"):
                role = f"former {role}"
            self._add(record, "holds_office", holder, role=role, date=self._record_start(post, "when"))

    def _record_places_and_bodies(self, record: int, record_kind: str) -> None:
        """'Headquarters: Moscow, Russia', 'Parent body: X', 'Main bodies: A; B' of a body's record."""
        if record_kind not in ("organization", "programme"):
            return
        seat = _RECORD_SEAT.match(self.text)
        if seat:
            # Several seats are each the body's, never one inside another; a country after one seat is its.
            places = self._entities(seat.group("places"))
            for place in places:
                self._add(record, "located_in", place, method="table")
            if seat.group("country") and len(places) == 1:
                self._add(
                    places[0],
                    "located_in",
                    self.skeleton.mention_at(seat.group("country")).entity,
                    method="table",
                )
        parent = _RECORD_PARENT.match(self.text)
        if parent:
            self._add(
                record, "part_of", self.skeleton.mention_at(parent.group("parent")).entity, method="table"
            )
        bodies = _RECORD_BODIES.match(self.text)
        if bodies:
            for body in self._entities(bodies.group("bodies")):
                self._add(body, "part_of", record, method="table")

    def bodies(self) -> None:
        """A body or programme of an organization, as the sentence says it: 'the SCO's Regional
        Anti-Terrorist Structure', 'X, a subcommittee of the Y', 'X is the Y's highest body'."""
        for found in _POSSESSIVE_BODY.finditer(self.text):
            body = self.skeleton.mention_at(found.group("body"))
            kind = self.skeleton.kinds[self._index_of(body.entity)]
            if kind == "programme" or _BODY_WORD.search(body.surface):
                self._add(body.entity, "part_of", self.skeleton.mention_at(found.group("parent")).entity)
        for pattern in _APPOSITIVE_BODY:
            for found in pattern.finditer(self.text):
                apposition_end = _clause_end(self.text, found.end())
                if _NOT_A_BODY_NOW.search(found.group()) or _REPORTED_BODY.search(
                    self.text, found.start(), apposition_end
                ):
                    continue
                part = self.skeleton.mention_at(found.group("body")).entity
                self._add(part, "part_of", self.skeleton.mention_at(found.group("parent")).entity)

    def _record_start(self, found: re.Match[str], group: str) -> str | None:
        """The first date of '(since 1 January 2023)' or '(2016-2021)': when the office began."""
        if not found.group(group):
            return None
        start = _RECORD_START.match(found.group(group))
        if start is None:
            return None
        begin = found.start(group) + start.start("start")
        dates = [date for date in self.dates if begin <= date.start < found.end(group)]
        if dates:
            return dates[0].date.iso
        span_of_years = _YEAR_SPAN.match(found.group(group))
        return span_of_years.group("start") if span_of_years else None

    def _opening_date(self, start: int) -> str | None:
        """'In February 2011 President X visited …': the date that opens the office holder's own
        clause, right before the name, is when the office was held."""
        opening = _OPENING_DATE.search(self.text, 0, start)
        if opening is None:
            return None
        dates = [date for date in self.dates if opening.start("date") <= date.start < opening.end("date")]
        return dates[0].date.iso if len(dates) == 1 else None

    def offices_from_context(self, context: Context) -> None:
        """'Uzbekistan was represented by Foreign Minister X'; 'Its President, X' after a sentence
        about one country; and a head of state or minister named with no country in the sentence
        at all ('President X attended …') holds the office of the country the text is about,
        marked as read from context."""
        text = self.text
        for found in _ITS_ROLE.finditer(text):
            earlier = self._entities(text[: found.start()])
            subject = earlier[-1] if earlier else context.previous_subject
            if (
                subject is None
                or self._kind_of(subject) != "country"
                or _OFFICE_HEDGE.search(text, 0, found.start())
                or _OFFICE_LEFT_AFTER.match(text, found.end())
            ):
                continue
            person = self.skeleton.mention_at(found.group("person")).entity
            self._add(
                person, "holds_office", subject, role=" ".join(found.group("role").split()), method="pronoun"
            )
        for found in _REPRESENTED_BY.finditer(text):
            person = self.skeleton.mention_at(found.group("person")).entity
            holder = self.skeleton.mention_at(found.group("holder")).entity
            self._add(person, "holds_office", holder, role=" ".join(found.group("role").split()))
        country = context.heading_country if context.heading_country is not None else context.document_country
        if country is None or "country" in self.skeleton.kinds:
            return
        for found in _BARE_STATE_ROLE.finditer(text):
            if _OFFICE_HEDGE.search(text, 0, found.start()) or any(
                fact.subject == self.skeleton.mention_at(found.group("person")).entity
                and fact.predicate == "holds_office"
                for fact in self.facts
            ):
                continue
            person = self.skeleton.mention_at(found.group("person")).entity
            self._add(
                person,
                "holds_office",
                country,
                role=" ".join(found.group("role").split()),
                date=self._opening_date(found.start()),
                # A visiting head of state is titled the same way: the document's country is a guess.
                method="previous sentence",
            )

    def location_row(self) -> None:
        """'Kant Air Base ........ Chui Region, Kyrgyzstan': a row of a table of places."""
        found = _PLACE_ROW.match(self.text)
        if not found:
            return
        place = self.skeleton.mention_at(found.group("place")).entity
        if found.group("country_only"):
            self._add(
                place,
                "located_in",
                self.skeleton.mention_at(found.group("country_only")).entity,
                method="table",
            )
            return
        containers = self._entities(found.group("containers"))
        country = self.skeleton.mention_at(found.group("country")).entity if found.group("country") else None
        for container in containers:
            self._add(place, "located_in", container, method="table")
            if country is not None:
                self._add(container, "located_in", country, method="table")

    def locations(self) -> None:
        for pattern in _LOCATED_PATTERNS:
            for found in pattern.finditer(self.text):
                if "places" in pattern.groupindex:
                    container = self.skeleton.mention_at(found.group("container")).entity
                    for located in self._entities(found.group("places")):
                        self._add(located, "located_in", container)
                    continue
                place = self.skeleton.mention_at(found.group("place"))
                described = found.groupdict().get("described")
                if (
                    self.skeleton.kinds[self._index_of(place.entity)] != "place"
                    and not described
                    and not _SITE_WORD.search(place.surface)
                ):
                    continue
                if described in ("is", "are") and not _BODY_WORD.search(place.surface):
                    continue  # "The OSCE is in Bishkek, where it runs an academy": present, not seated.
                for group in ("container", "container2"):
                    if found.groupdict().get(group) and not _PLACE_WORD_AFTER.match(
                        self.text, found.end(group)
                    ):
                        container = self.skeleton.mention_at(found.group(group)).entity
                        self._add(place.entity, "located_in", container)

    def parties(self) -> tuple[int, ...]:
        """The countries this sentence makes parties (signers, members), else the longest list of
        countries it names: what a later 'the same five states' counts back to."""
        countries = {
            match.entity
            for match, kind in zip(self.skeleton.mentions, self.skeleton.kinds, strict=True)
            if kind == "country"
        }
        stated = tuple(
            dict.fromkeys(
                fact.subject
                for fact in self.facts
                if fact.predicate in ("signed", "member_of") and fact.subject in countries
            )
        )
        if len(stated) > 1:
            return stated
        longest: list[int] = []
        for found in re.finditer(_COUNTRIES, self.text):
            listed = self._entities(found.group())
            if len(listed) > len(longest):
                longest = listed
        return tuple(longest)

    def grammatical_subject(self) -> int | None:
        """The country a sentence is about when it opens with it ('Kazakhstan joined …',
        'In 2002, Tajikistan …'): what a later 'it' refers to."""
        if self.subjects:
            return self.subjects[0]
        opening = re.match(
            rf"^\W*(?:(?:In|On|By|Since|After)\s+[^,«»]{{0,30}},\s*)?(?:[Tt]he\s+)?(?P<c>{COUNTRY})(?:\s*\([^()]*\))?(?:,\s*(?:an?|the|which|who)\s[^,]{{0,80}},)?\s+"
            r"(?:has|have|had|is|was|were|also|later|then|became|joined|signed|hosted|remains|did|took|left|froze|"
            r"withdrew|held|sent|gave|began|"
            r"[a-z]+ed\b)",
            self.text,
        )
        return self.skeleton.mention_at(opening.group("c")).entity if opening else None


# A glossary entry's term and its definition: "CSTO — Collective Security …", "EAEU: the union of …".
_DEFINED_TERM = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:[—–]|--?|:)\s+\S")
_OPENS_WITH = re.compile(r"\s*(?:(?:In|Within|Inside)\s+)?(?:[Tt]he\s+)?")


_OPENS_WITH_PRONOUN = re.compile(r"\W*(?:It|The country|The republic)\b")


def paragraph_organization(
    sentence: str, start: int, mentions: Sequence[Match], kinds: Sequence[str]
) -> int | None:
    """The organization a paragraph's first sentence opens with, if it opens with one and
    names no other ('The CSTO and the SCO both held summits' leaves the paragraph's topic open),
    or the term a glossary entry defines ('PfP — Partnership for Peace, NATO's programme'), which
    stays the topic whatever its definition names."""
    if not mentions or kinds[0] not in ("organization", "programme"):
        return None
    if not _OPENS_WITH.fullmatch(sentence, 0, mentions[0].start - start):
        return None
    if _DEFINED_TERM.match(sentence, mentions[0].end - start):
        return mentions[0].entity
    named = {
        match.entity
        for match, kind in zip(mentions, kinds, strict=True)
        if kind in ("organization", "programme")
    }
    return mentions[0].entity if len(named) == 1 else None


_FOLLOW_HINT = re.compile(r"\bfollow", re.IGNORECASE)


def _read_memberships_and_signatures(reader: SentenceReader, context: Context, heading: str) -> None:
    """The member_of and signed facts of the sentence: each reader runs only where the sentence
    (or what the sentences before left in `context`) gives it something to read."""
    text = reader.span.text
    present = set(reader.skeleton.kinds)
    organizations = "organization" in present or "programme" in present
    hinted = _MEMBERSHIP_HINT.search(text.lower()) is not None
    about_one = (
        context.topic_organization is not None
        or context.heading_organization is not None
        or bool(context.recent_organizations)
    )
    if "treaty" in present:
        reader.signatures(context)
    if hinted and (organizations or about_one):
        reader.memberships(context)
    if hinted and (about_one or context.paragraph_organization is not None):
        reader.objectless_memberships(context)
    if _FOLLOW_HINT.search(text):
        reader.followed_memberships(context)
    reader.table_cells(context)
    if organizations:
        reader.described_memberships()
        reader.table_row(heading)
        reader.heading_lead(context)
    reader.record_row(context)


def read_relations(
    span: Span,
    mentions: Sequence[Match],
    kinds: Sequence[str],
    context: Context,
    *,
    heading: str = "",
    default_date: str | None = None,
) -> list[RelationFact]:
    """Every relation the sentence at `span` states; updates `context` for the next sentence."""
    groups = find_group_references(
        span.text,
        regions=context.regions,
        last_countries=context.last_countries,
        last_organizations=context.last_organizations,
    )
    reader = SentenceReader(span, span.start, mentions, kinds, groups)
    if _QUESTION_END.search(span.text):
        asked = {match.entity for match, kind in zip(mentions, kinds, strict=True) if kind == "country"}
        if asked:  # 'Did Kazakhstan apply?' then 'It joined …': the answer is about the one asked.
            context.last_subject = next(iter(asked)) if len(asked) == 1 else None
        bodies = {match.entity for match, kind in zip(mentions, kinds, strict=True) if kind == "organization"}
        context.asked_organization = next(iter(bodies)) if len(bodies) == 1 else None
        _remember(context, reader, mentions, kinds)
        context.previous_subject = None
        return []
    reader.default_date = default_date
    reader.dates = find_dates(reader.text, int(default_date[:4]) if default_date else None)
    present = set(reader.skeleton.kinds)
    organizations = "organization" in present or "programme" in present
    _read_memberships_and_signatures(reader, context, heading)
    if organizations:
        reader.bodies()
    if "person" in present:
        reader.offices()
        reader.affiliation_line()
        reader.offices_from_context(context)
    reader.record_offices(context)
    reader.signatory_office(context)
    if "place" in present or (organizations and _SITE_WORD.search(span.text)):
        reader.locations()
        reader.location_row()
    subject = reader.grammatical_subject()
    named_countries = {match.entity for match, kind in zip(mentions, kinds, strict=True) if kind == "country"}
    if subject is not None:
        context.last_subject = subject
    elif named_countries and not _OPENS_WITH_PRONOUN.match(reader.text):
        # A sentence that names a country without opening with it ('Did Kazakhstan apply?',
        # 'Relations with Russia improved') leaves a later 'it' unresolved, not an older subject;
        # one that opens with 'It' still speaks of the subject it carried.
        context.last_subject = None
    # 'Its President' after a sentence naming two countries may be either's.
    context.previous_subject = subject if len(named_countries) <= 1 else None
    _remember(context, reader, mentions, kinds)
    if _HEARSAY.search(span.text):
        return [replace(fact, confidence=min(fact.confidence, HEARSAY_CONFIDENCE)) for fact in reader.facts]
    return reader.facts


# "However, their participation has been on hold for years": what the sentence before made members.
_PARTICIPATION_ON_HOLD = re.compile(
    r"\b(?P<pronoun>their|its)\s+(?:participation|membership)(?:\s+(?:in|of)\s+(?:it|them))?\s+"
    r"(?:has|have|had)?\s*(?:been|is|are|was|were|remains?|remained|stays?)\s+(?:\w+\s+){0,2}?"
    r"(?:on\s+hold|frozen|suspended|in\s+abeyance|dormant)\b",
    re.IGNORECASE,
)
PREVIOUS_SENTENCE_QUALIFIED = "context"
# "Its membership is no longer frozen", "Has their participation been suspended?": nothing on hold.
_NOT_ON_HOLD = re.compile(r"\b(?:not|no\s+longer|never|n['’]t)\b", re.IGNORECASE)


def suspended_by_next_sentence(span: Span, previous: Sequence[RelationFact]) -> list[RelationFact]:
    """The memberships the sentence before stated, suspended by this one ('their participation has
    been on hold'): 'its' only when the sentence before had one member, 'their' when it had several."""
    found = _PARTICIPATION_ON_HOLD.search(span.text)
    if (
        found is None
        or _HEDGE_BEFORE_VERB.search(span.text[: found.start()])
        or _NOT_ON_HOLD.search(found.group())
        or _QUESTION_END.search(span.text)
        or _HEARSAY.search(span.text)
    ):
        return []
    members = [
        fact for fact in previous if fact.predicate == "member_of" and fact.status in _MEMBER_STATUS_SET
    ]
    subjects = {fact.subject for fact in members}
    if not members or (found.group("pronoun").lower() == "its") != (len(subjects) == 1):
        return []
    dates = _event_dates(span.text, find_dates(span.text), found.end(), len(span.text))
    return [
        RelationFact(
            fact.subject,
            "member_of",
            fact.object,
            span,
            date=dates[0].date.iso if dates else None,
            status="suspended",
            method=PREVIOUS_SENTENCE_QUALIFIED,
            confidence=CONFIDENCE[PREVIOUS_SENTENCE_QUALIFIED],
        )
        for fact in members
    ]


def _remember(
    context: Context, reader: SentenceReader, mentions: Sequence[Match], kinds: Sequence[str]
) -> None:
    """What a later sentence's "the alliance", "the first two" or "the same five states" refer to."""
    named = tuple(
        (match.entity, match.surface.lower())
        for match, kind in zip(mentions, kinds, strict=True)
        if kind in ("organization", "programme")
    )
    context.recent_organizations = (context.recent_organizations + named)[-6:]
    context.previous_organizations = tuple(dict.fromkeys(entity for entity, _ in named))
    if named:
        context.last_organizations = tuple(dict.fromkeys(entity for entity, _ in named))
    parties = reader.parties()
    if len(parties) > 1:
        context.last_countries = parties
    joined = {
        fact.object for fact in reader.facts if fact.predicate == "member_of" and fact.status == "joined"
    }
    context.last_joined = next(iter(joined)) if len(joined) == 1 else None
