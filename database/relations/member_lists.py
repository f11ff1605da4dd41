"""Memberships stated other than by "A joined X": lists, appositions and modifiers.

"The CSTO's members are A and B", "Kazakhstan, a founding member of the SCO, …", "Iran became
a full SCO member", "keeping Uzbekistan outside the CSTO", "the CSTO, the alliance that also
includes Armenia", "B and C followed in 2023 and 2024, respectively": each a member_of fact
written around the organization rather than after a membership verb.
"""

from __future__ import annotations

import re

from database.dates import find_dates
from database.relations.context import Context
from database.relations.dating import _clause_end, _clause_start, _date_for, _event_dates, only_when_or_where
from database.relations.hedges import (
    _CLAIM_VERBS,
    _CONDITION_BEFORE,
    _DENIED_AFTER,
    _HEDGE_BEFORE_VERB,
    _NEITHER,
    DENIED_PASSIVE_AFTER,
    NOMINAL_UNDONE_AFTER,
    ended_within,
)
from database.relations.member_clauses import _RESPECTIVELY, _clause_date, _shared_year_dates
from database.relations.sentence import SentenceReader
from database.relations.skeleton import (
    _ART,
    _BODY_WORD,
    _COUNTRIES,
    _OBJECTS,
    _SEP,
    _TOKEN_BASE,
    COUNTRY,
    ORG,
    TREATY,
)

# 'The SCO's founders were …', 'The founding states of the CSTO are …': founders, whatever the tense.
_FOUNDERS = r"founders|founding\s+(?:states|countries|parties)"
_ORG_LISTS_MEMBERS = re.compile(
    rf"(?P<org>{ORG})(?:['’]s)?\s+(?:(?:founding\s+|full\s+)?members?(?:\s+states?)?|participating\s+"
    rf"[Ss]tates|(?P<founders>{_FOUNDERS}))(?:\s+(?:are|include|included|were|comprise|comprised)\s*:?|\s*:)\s*"
    rf"(?P<subjects>{_COUNTRIES})"
    rf"|(?:[Tt]he\s+)?(?:(?P<head>founding\s+)?members?(?:\s+states?)?|(?P<founders2>{_FOUNDERS}))"
    rf"\s+of\s+{_ART}(?P<org2>{ORG})\s+(?:are|include|included|were)\s*:?\s*(?P<subjects2>{_COUNTRIES})"
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
# 'The CSTO was founded … by its six founding members: A, B …', 'The SCO hires nationals of the ten
# member States only: A, B …', '… and of the observer States, A and B,': of the organization the
# same sentence named before (not after 'unlike', 'except' …: 'Unlike the member States, A stayed out').
_ITS_MEMBERS = re.compile(
    rf"\b(?:[Ii]ts|[Tt]he)\s+(?:{_COUNT}\s+)?"
    r"(?P<founding>founding\s+|original\s+)?(?:full\s+)?(?P<kind>member|observer)(?:s|\s+[Ss]tates|\s+countries)"
    r"(?:\s+only)?(?:\s+(?:are|were|include|included|comprise|comprised)\s*:?|\s*:"
    rf"|\s*,(?=\s*{COUNTRY}(?:{_SEP}{COUNTRY})*{_SEP}{COUNTRY}\s*,))\s*(?P<subjects>{_COUNTRIES})"
)
_CREATED_BEFORE = re.compile(r"\b(?:founded|created|established|set\s+up|formed|launched)\b", re.IGNORECASE)
_SET_APART_BEFORE = re.compile(r"\b(?:unlike|except|besides|beside|than|apart\s+from)\s+$", re.IGNORECASE)
_ENDED_AFTER = re.compile(r"[^.;]*?\b(?:until|till|up\s+to|before\s+\d)", re.IGNORECASE)
# 'The CSTO set up a working group whose … its members': a group between the name and 'its'.
_OWN_GROUP_BETWEEN = re.compile(
    r"\b(?:group|body|bodies|council|committee|commission|club|forum|centre|center|force|forces|mission|"
    r"programme|program|panel|network|team|board|institute|bank|fund|secretariat|summit|meeting|conference)s?\b",
    re.IGNORECASE,
)
# 'signed on 11 October 2019 by Tajikistan and Kyrgyzstan, its founding members'.
_SUBJECTS_ITS_MEMBERS = re.compile(
    rf"(?P<subjects>{_COUNTRIES})\s*,\s*its\s+(?:{_COUNT}\s+)?(?P<founding>founding\s+|original\s+)?"
    r"(?P<kind>member)s?(?:\s+[Ss]tates)?(?=\s*(?:[.;,)]|$))"
)
# "Mongolia, an observer since 2004, …", "Kazakhstan, a founding member of the SCO, …".
_STATUS_APPOSITION = re.compile(
    rf"(?P<subjects>{COUNTRY})\s*,\s*(?:itself\s+)?(?:an?|the|one\s+of\s+the)\s+(?P<status>founding\s+member|member|"
    rf"observer)s?(?:\s+state)?(?:\s+(?:of|in|to)\s+(?P<objects>{_OBJECTS}))?(?P<since>\s+since\s+[^,;«»]{{1,25}})?\s*,"
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
# What the brackets or apposition after an organization would list other than its members: 'join
# the SCO (A, B)', 'left the CSTO (A)', 'candidates for NATO (A, B)', 'observers of the SCO (A, B)'.
_NOT_ITS_OWN_BEFORE = re.compile(
    r"\b(?:of|to|for|from|with|against|outside|beyond|into|than|join|joined|joins|joining|left|leave|leaves|"
    r"leaving|quit|quits|exit|exited|exits|rejoin\w*|candidates?|applicants?|applications?|bids?|neighbou?rs?|"
    r"observers?|partners?|guests?|rivals?|enemies|critics?|outsiders?|non-members?|former|ex)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# 'the Shanghai Five (China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan)': an organization
# followed by its members in brackets, nothing else in them.
_ORG_BRACKETED_MEMBERS = re.compile(
    rf"(?P<org>{ORG})\s*\(\s*(?P<subjects>{COUNTRY}(?:\s*,\s*(?:and\s+)?{COUNTRY}|\s+and\s+{COUNTRY})+)\s*\)"
)
# 'GUAM, the group of Georgia, Ukraine, Azerbaijan and Moldova': an apposition naming the members.
_ORG_GROUP_OF = re.compile(
    rf"(?P<org>{ORG})(?:\s*\([^()]{{0,12}}\))?\s*,\s*(?:the|an?)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:group(?:ing)?|"
    r"alliance|union|bloc|association|organi[sz]ation|pact|coalition)\s+of\s+"
    rf"(?:the\s+)?(?P<subjects>{COUNTRY}(?:{_SEP}{COUNTRY})*{_SEP}{COUNTRY})(?!\s*(?:['’]s|-))"
)
_NOMINAL_MEMBERSHIP = re.compile(
    rf"\b(?:participation|membership)\s+of\s+(?P<subjects>{_COUNTRIES})\s+in\s+(?P<objects>{_OBJECTS})"
)
# 'The CCWI was launched last year in Baku by A, B and C', 'the CPSI (#CPSI), launched by A & B'.
# '… the participation of Tajikistan in the Group, suspended in 2023, resumed on 1 February 2025':
# the participle says what became of it, and a verb after it may say it came back.
_PARTICIPATION_CHANGED = re.compile(
    r"\s*,\s+(?P<how>suspended|frozen|halted|paused|ended|terminated)\b(?P<when>[^,;«»]{0,40}),?"
    # 'resumed on 1 February 2025', '…, resumed.': not 'resumed talks', 'resumed only in rhetoric'.
    r"(?:\s+(?:was\s+|has\s+been\s+|had\s+been\s+)?(?P<again>resumed|restored|renewed)\b"
    r"(?=\s*(?:[,.;]|$|(?:in|on|since)\s+(?:\d|(?-i:[A-Z])))))?"
)
_PARTICIPATION_ENDED = {"ended": "withdrew", "terminated": "withdrew"}
# 'The CSTO, of which Kazakhstan and Tajikistan are members alongside Russia and Armenia, …'.
_OF_WHICH_MEMBERS = re.compile(
    rf"(?P<org>{ORG})\s*,\s+of\s+which\s+(?P<subjects>{_COUNTRIES})\s+(?:is|are)\s+(?:all\s+|both\s+)?"
    rf"(?:an?\s+)?(?P<founding>founding\s+)?(?:full\s+)?members?(?:\s+states?)?"
    rf"(?:\s+(?:alongside|along\s+with|together\s+with|with)\s+(?P<also>{_COUNTRIES}))?\s*[,.;]"
)
_ORG_FOUNDED_BY = re.compile(
    rf"(?P<org>{ORG})(?:\s*\([^()]{{0,20}}\))?(?:\s+(?:was|were)|,\s+(?:which\s+was\s+)?|\s*:)\s*(?P<verb>(?:co-)?(?:founded|"
    r"established|created|set\s+up|launched|formed))\s+"
    rf"(?P<between>[^;]{{0,40}}?\s)?by\s+(?P<subjects>{_COUNTRIES})"
)
# A verb right after a list of founders: its last member, after ', and', is the next clause's subject.
_VERB_AFTER = re.compile(
    r"\s+(?:also\s+|later\s+|only\s+)?(?:joined|became|was|were|has|had|did|left|signed|acceded|\w+ed)\b"
)
_NEXT_SUBJECT = re.compile(r",\s+and\s+(?:«[^»]*»)$")
_ANOTHER_ACT_AFTER = re.compile(
    r",\s*(?:which|who|whose|signed|ratified|concluded|adopted)\b|\s+under\s"
    # '… a month after the two states signed the Treaty on 13 March 2025': the other act's date.
    r"|\s+(?:(?:a|an|one|two|three|\d+|some|several|a\s+few)\s+(?:days?|weeks?|months?|years?)\s+)?"
    r"(?:after|before|following)\s"
    # '… pursuant to the Nukus Protocol of 22 September 2021': the date is the protocol's.
    r"|\s+(?:pursuant\s+to|on\s+the\s+basis\s+of|in\s+the\s+wake\s+of|to\s+implement|in\s+line\s+with|"
    r"in\s+accordance\s+with|as\s+agreed\s+in)\s"
)
# 'the Collective Security Treaty Organization, to which Kazakhstan, Kyrgyzstan and Russia belong'.
_TO_WHICH_BELONG = re.compile(
    rf"(?P<org>{ORG})(?:\s*\([^()]{{0,20}}\))?\s*,\s+to\s+which\s+(?P<subjects>{_COUNTRIES})\s+"
    r"(?:all\s+|both\s+|also\s+|still\s+)?(?:belongs?\b|(?:has|have)\s+belonged\s+since\b)"
    # Belonging as something else ('as observers', 'only as an associate', 'no longer') is no membership.
    r"(?!\s+(?:as|only|no\s+longer|not|partly|informally)\b)"
)
# 'the Irtysh Security Dialogue, which Kazakhstan founded with Russia and China in 2016': the
# founders of the organization the relative clause follows, and those it founded it with.
_WHICH_FOUNDED = re.compile(
    rf"(?P<org>{ORG})(?:\s*\([^()]{{0,20}}\))?\s*,\s+(?:which|that)\s+(?P<subjects>{_COUNTRIES})\s+"
    r"(?:had\s+|has\s+|have\s+)?(?:jointly\s+)?(?P<verb>(?:co-?)?founded|set\s+up|established|launched|created|"
    rf"formed)(?:\s+(?:together\s+|jointly\s+)?with\s+(?P<co>{_COUNTRIES}))?"
    r"(?=\s*(?:[,;.)]|$)|\s+(?:in|on|at)\b)"
)
_IN_ORG_MEMBERS = re.compile(
    rf"^\W*In\s+{_ART}(?P<org>{ORG}),\s+(?P<subjects>{_COUNTRIES})\s+(?:are|were)\s+(?:the\s+|its\s+)?"
    r"(?P<founding>founding\s+)?(?:full\s+)?members\b"
)
_ORG_ADMITTED = re.compile(
    rf"(?P<org>{ORG})(?:\s*,[^,;«»]{{1,30}},)?\s+(?P<verb>admitted|accepted|welcomed)\s+(?P<subjects>{_COUNTRIES})"
    rf"(?P<observer>\s+as\s+(?:an?\s+)?observers?)?"
)


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
_STATUS_ENDED_AFTER = ended_within(40, r"before|up\s+to|no\s+longer|withdr\w+|left|quit")
# "Officials doubt that Uzbekistan became …": a claim someone reports or disputes, not a fact.
_REPORTED_THAT = re.compile(
    rf"\b(?:{_CLAIM_VERBS}|questions?|questioned|disputes?|disputed)\s+(?:\w+\s+){{0,2}}?(?:that|whether)\b",
    re.IGNORECASE,
)
_NEGATED_STATUS_BEFORE = re.compile(r"\b(?:not|never|no\s+longer)\b", re.IGNORECASE)
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


def _organizations_listing_members(reader: SentenceReader) -> None:
    """'The CSTO's members are A, B and C', 'Founding members of the SCO: …' (not a list
    qualified as proposed or suspended, nor one of the past without a date)."""
    text = reader.text
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
            bool(found.group("head") or found.group("founders") or found.group("founders2"))
            or "founding" in found.group(0)[:60].lower()
            or word in _FOUNDING_LIST_WORDS
        )
        past = bool(re.search(r"\b(?:were|included|comprised)\b", found.group(0)))
        if (
            _LIST_ENDED_BEFORE.search(text, 0, found.start())
            or _WOULD_AFTER.match(text, found.end())
            or (past and not reader.dates and not founding)  # Founders stay founders.
        ):
            continue
        listed = reader.entities(subjects)
        if _PAREN_AFTER.match(text, found.end()):
            listed = listed[:-1]  # 'Armenia (suspended)': the note says what it is; not read.
        date = _date_for(text, reader.dates, found.start(), found.start(), _clause_end(text, found.end()))
        if founding and not _CREATED_BEFORE.search(text):
            date = None  # 'In 2024, the SCO's founding members were …': when it was said, not founded
        for subject in listed:
            for obj in reader.entities(org):
                reader.add(
                    subject,
                    "member_of",
                    obj,
                    date=date,
                    status="founding member" if founding else "member",
                )


def _participation_after(reader: SentenceReader, at: int) -> list[tuple[str, str | None]]:
    """What a participle after 'the participation of X in Y' says became of it, with dates:
    [('suspended', '2023')] or, when it came back, also ('rejoined', '2025-02-01')."""
    text = reader.text
    changed = _PARTICIPATION_CHANGED.match(text, at)
    if changed is None:
        return []
    how = _PARTICIPATION_ENDED.get(changed.group("how"), "suspended")
    dates = _event_dates(text, reader.dates, changed.start("how"), changed.end("when"))
    statuses: list[tuple[str, str | None]] = [(how, dates[0].date.iso if dates else None)]
    if changed.group("again"):
        again = _event_dates(
            text, reader.dates, changed.end("again"), _clause_end(text, changed.end("again"))
        )
        statuses.append(("rejoined", again[0].date.iso if again else None))
    return statuses


def _of_which_members(reader: SentenceReader) -> None:
    text = reader.text
    for found in _OF_WHICH_MEMBERS.finditer(text):
        if _HEDGE_BEFORE_VERB.search(text, 0, found.start("subjects")):
            continue
        status = "founding member" if found.group("founding") else "member"
        subjects = reader.entities(found.group("subjects"))
        subjects += reader.entities(found.group("also") or "")
        for subject in subjects:
            for obj in reader.entities(found.group("org")):
                reader.add(subject, "member_of", obj, status=status)


# 'the dialogue partners of the SCO, to which …', 'the programme of NATO, which …': a noun the
# organization completes comes before it, and the relative clause may be about that noun.
_HEAD_OF_PHRASE_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")
# What one belongs to other than the organization: 'the dialogue partners of …', 'the programme of …'.
_GROUP_NOUN = re.compile(
    r"\b(?:partners?|observers?|list|programmes?|programs?|groups?|category|categories|bodies|body|organs?|"
    r"circle|club|family|network|council|committee|forum|formats?)\s*$",
    re.IGNORECASE,
)


def _relative_memberships(reader: SentenceReader) -> None:
    """'…, to which A and B belong' (members now), '…, which A founded with B in 2016' (founders)."""
    text = reader.text
    for pattern in (_TO_WHICH_BELONG, _WHICH_FOUNDED):
        for found in pattern.finditer(text):
            if _HEDGE_BEFORE_VERB.search(text, 0, found.start("subjects")):
                continue
            head = _HEAD_OF_PHRASE_BEFORE.search(text, 0, found.start())
            if head and (pattern is _WHICH_FOUNDED or _GROUP_NOUN.search(text, 0, head.start())):
                continue  # 'the office of the OSCE, which A set up': the clause may be the office's
            if pattern is _TO_WHICH_BELONG:
                status, date = "member", None
            else:
                status = "founding member"
                # The relative clause's own date only: it ends at the next comma.
                comma = text.find(",", found.end())
                own_end = min(comma if comma != -1 else len(text), _clause_end(text, found.end()))
                own = _event_dates(text, reader.dates, found.start("verb"), own_end)
                date = own[0].date.iso if own else None
            subjects = reader.entities(found.group("subjects"))
            if "co" in pattern.groupindex:
                subjects += reader.entities(found.group("co") or "")
            for subject in subjects:
                for obj in reader.entities(found.group("org")):
                    reader.add(subject, "member_of", obj, date=date, status=status)


def _reverse_memberships(reader: SentenceReader) -> None:
    """Memberships said with the organization first: 'the CSTO's members are …', 'members of the
    SCO: …', 'the SCO was founded by …', 'NATO admitted …'."""
    _organizations_listing_members(reader)
    text = reader.text
    for found in _MEMBER_LIST.finditer(text):
        if _HEDGE_BEFORE_VERB.search(text[: found.start()]):
            continue
        org = found.group("org") or found.group("org2")
        founding = bool(found.group("founding") or found.group("founding2"))
        for subject in reader.entities(found.group("subjects") or found.group("subjects2")):
            for obj in reader.entities(org):
                reader.add(subject, "member_of", obj, status="founding member" if founding else "member")
    for found in _NOMINAL_MEMBERSHIP.finditer(text):
        if _HEDGE_BEFORE_VERB.search(text[: found.start()]):
            continue
        statuses = _participation_after(reader, found.end())
        if not statuses:
            statuses = [("member", _clause_date(reader, found.start(), found.start()))]
        for subject in reader.entities(found.group("subjects")):
            for obj in reader.entities(found.group("objects")):
                for status, date in statuses:
                    reader.add(subject, "member_of", obj, date=date, status=status)
    _of_which_members(reader)
    in_org = _IN_ORG_MEMBERS.match(text)
    if in_org:
        for subject in reader.entities(in_org.group("subjects")):
            for obj in reader.entities(in_org.group("org")):
                status = "founding member" if in_org.group("founding") else "member"
                reader.add(subject, "member_of", obj, status=status)
    for found in _ORG_FOUNDED_BY.finditer(text):
        if not only_when_or_where(found.group("between") or ""):
            continue
        subjects = found.group("subjects")
        next_clause = _NEXT_SUBJECT.search(subjects) if _VERB_AFTER.match(text, found.end()) else None
        if next_clause is not None:  # 'created by A, B and C, and D joined in 2006': D is no founder
            subjects = subjects[: next_clause.start()]
        # 'set up by A and B, which signed the Accord on 5 September 2017' (or 'under the Agreement,
        # signed on …'): a date after another act is that act's, not the founding's.
        clause_end = _clause_end(text, found.end())
        another = _ANOTHER_ACT_AFTER.search(text, found.end(), clause_end)
        end = another.start() if another else clause_end
        if next_clause is not None:
            end = min(end, found.start("subjects") + next_clause.start())
        date = _date_for(text, reader.dates, found.start(), found.start("verb"), end)
        for subject in reader.entities(subjects):
            for obj in reader.entities(found.group("org")):
                reader.add(subject, "member_of", obj, date=date, status="founding member")
    _relative_memberships(reader)
    for found in _ORG_ADMITTED.finditer(text):
        date = _date_for(
            text, reader.dates, found.start(), found.start("verb"), _clause_end(text, found.end())
        )
        status = "observer" if found.group("observer") else "joined"
        for subject in reader.entities(found.group("subjects")):
            for obj in reader.entities(found.group("org")):
                reader.add(subject, "member_of", obj, date=date, status=status)


# 'Turning to the SCO.', 'As for the CSTO:': a sentence that only names what comes next.
_TOPIC_SHIFT = re.compile(
    rf"^\W*(?:\[[^\]]*\]\s*)?(?:[Tt]urning\s+to|[Aa]s\s+for|[Rr]egarding|[Nn]ow\s+to|[Oo]n)\s+{_ART}{ORG}\W*$"
)
_MEMBERSHIP_WORD = re.compile(
    r"\b(?:members?|membership|observers?|joined|join|admitted|accession|acceded)\b"
)


def _apposition_organization(context: Context) -> tuple[int, str] | None:
    """What an apposition's status is of (see `_apposition_organization_of`), never a body's."""
    chosen = _apposition_organization_of(context)
    return None if chosen is None or chosen[0] in context.bodies else chosen


def _apposition_organization_of(context: Context) -> tuple[int, str] | None:
    """What 'Mongolia, an observer since 2004,' is an observer of when its sentence names no
    organization: the paragraph's, else the one a sentence before spoke of membership in (see
    `Context.membership_organization`), else the title's or the heading's."""
    if context.paragraph_organization is not None:
        return context.paragraph_organization, "paragraph"  # the paragraph answers a question about it
    about = context.topic_organization or context.heading_organization
    if context.membership_organization not in (None, about):
        return context.membership_organization, "previous sentence"
    return (about, "heading") if about is not None else None


def note_membership_organization(context: Context, text: str, named: set[int]) -> None:
    """Keep `Context.membership_organization` for the sentences after this one."""
    if len(named) == 1 and (_TOPIC_SHIFT.match(text) or _MEMBERSHIP_WORD.search(text)):
        context.membership_organization = next(iter(named))
    elif named:
        context.membership_organization = None


def _status_appositions(reader: SentenceReader, context: Context) -> None:
    """'Kazakhstan, a founding member of the SCO, …'; 'Mongolia, an observer since 2004, …' of
    the one organization the sentence names, or, when it names none, of the organization in
    context (see `_apposition_organization`)."""
    text = reader.text
    named = {
        mention.entity
        for mention, kind in zip(reader.skeleton.mentions, reader.skeleton.kinds, strict=True)
        if kind == "organization"
    }
    if any(_BODY_WORD.search(mention.surface) for mention in reader.skeleton.mentions):
        named = set()  # 'an observer since 2005' of the SCO, not of its Council.
    for found in _STATUS_APPOSITION.finditer(text):
        if DENIED_PASSIVE_AFTER.match(text, found.end()):
            continue  # 'Reports that A, a member since 2006, had left … were false'
        method = "sentence"
        if found.group("objects"):
            objects = reader.entities(found.group("objects"))
        elif len(named) == 1:
            # 'Turkey, a member since 1952, sought ties with the SCO': a member of what the
            # apposition does not say, so the one organization named is only a guess.
            objects, method = list(named), "previous sentence"
        elif not re.search(ORG, text) and (chosen := _apposition_organization(context)) is not None:
            objects, method = [chosen[0]], chosen[1]
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
        for subject in reader.entities(found.group("subjects")):
            for obj in objects:
                reader.add(subject, "member_of", obj, date=date, status=status, method=method)


def _its_members(reader: SentenceReader) -> None:
    """'… founded by its six founding members: A, B and C', 'the ten member States only: A, B': of
    the one organization the sentence names before (not a treaty's, nor a group the organization set
    up), never one of another sentence: the title's or the last one named may not be whose they are."""
    text = reader.text
    for found in (*_ITS_MEMBERS.finditer(text), *_SUBJECTS_ITS_MEMBERS.finditer(text)):
        if _HEDGE_BEFORE_VERB.search(text, 0, found.start()) or _WOULD_AFTER.match(text, found.end()):
            continue
        founding = bool(found.group("founding"))
        if (
            not founding
            and re.search(r"\b(?:were|included|comprised)\b", found.group(0))
            and not reader.dates
        ):
            continue  # 'Its members were A and B', undated: a list that may have changed since.
        tokens = list(re.finditer(ORG, text[: found.start()]))
        before = {
            reader.skeleton.mention_at(token.group()).entity
            for token in tokens
            if reader.skeleton.kinds[ord(token.group()[2]) - _TOKEN_BASE] in ("organization", "programme")
        }
        if (
            len(before) != 1
            # 'The Treaty … its members': the treaty's parties ('its founding members' are an organization's).
            or (not founding and re.search(TREATY, text[: found.start()]))
            or _OWN_GROUP_BETWEEN.search(text, tokens[-1].end(), found.start())
            or _SET_APART_BEFORE.search(text, 0, found.start())
            or _ENDED_AFTER.match(text, found.end())
        ):
            continue  # whose members, or members when, the sentence leaves unsure
        organization = next(iter(before))
        listed = reader.entities(found.group("subjects"))
        if _PAREN_AFTER.match(text, found.end()):
            listed = listed[:-1]
        date = _date_for(text, reader.dates, found.start(), found.start(), _clause_end(text, found.end()))
        status = (
            "observer" if found.group("kind") == "observer" else "founding member" if founding else "member"
        )
        if status != "founding member" or not _CREATED_BEFORE.search(text, 0, found.start()):
            # 'the ten member States: …' says who they are, not since when; 'The Treaty on the EAEU was
            # signed … by A and B, its founding members': a signature's date, not the founding's,
            # unless the sentence says the signing created it ('set up by the Memorandum, signed …').
            date = None
        for subject in listed:
            reader.add(subject, "member_of", organization, date=date, status=status)


def read_described_memberships(reader: SentenceReader) -> None:
    """An organization described by its members: 'the CSTO, the Russian-led alliance that also
    includes Armenia …', 'the Customs Union of Russia, Belarus and Kazakhstan', 'the Shanghai Five
    (China, Russia, …)'."""
    if "«C" not in reader.text:
        return  # Every pattern lists countries: a sentence that names none is not searched.
    for pattern in (_ORG_INCLUDES, _ORG_OF_COUNTRIES, _ORG_BRACKETED_MEMBERS, _ORG_GROUP_OF):
        for found in pattern.finditer(reader.text):
            if reader.skeleton.kinds[ord(found.group("org")[2]) - _TOKEN_BASE] != "organization":
                continue
            before = reader.text[: found.start()]
            if (pattern is _ORG_BRACKETED_MEMBERS and _NOT_ITS_OWN_BEFORE.search(before)) or (
                pattern in (_ORG_BRACKETED_MEMBERS, _ORG_GROUP_OF) and _HEDGE_BEFORE_VERB.search(before)
            ):
                continue  # 'applications to join the SCO (A, B)', 'observers of the SCO (A, B)'; plans
            organization = reader.skeleton.mention_at(found.group("org")).entity
            for subject in reader.entities(found.group("subjects")):
                reader.add(subject, "member_of", organization, status="member")


def read_modifier_memberships(reader: SentenceReader) -> None:
    """'Iran became a full SCO member in 2023', 'Kazakhstan, a founding SCO member, …',
    'Azerbaijan applied for SCO observer status': the organization written before 'member'."""
    text = reader.text
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
            obj = reader.skeleton.mention_at(found.group("objects")).entity
            if reader.skeleton.kinds[reader.index_of(obj)] not in ("organization", "programme"):
                continue
            status = _modifier_status(found)
            if pattern is _MODIFIER_APPOSITION:
                since = find_dates(found.group("since") or "")
                date = since[0].date.iso if since else None
            else:
                date = _date_for(
                    text, reader.dates, found.start(), found.start("verb"), _clause_end(text, found.end())
                )
            for subject in reader.entities(found.group("subjects")):
                reader.add(subject, "member_of", obj, date=date, status=status)


def read_kept_memberships(reader: SentenceReader) -> None:
    """'keeping Uzbekistan outside both the CSTO and the EAEU' (not a member of either);
    'has kept Kyrgyzstan firmly inside the EAEU' (a member); not when only tried or planned."""
    text = reader.text
    for found in _KEPT_SIDE.finditer(text):
        before = text[: found.start("verb")]
        if _HEDGE_BEFORE_VERB.search(before) or _EFFORT_BEFORE.search(before):
            continue
        if _CONDITION_BEFORE.search(text, _clause_start(text, found.start()), found.start()):
            continue
        if _KEPT_ENDED_AFTER.match(text, found.end()) or _KEPT_DENIED_BEFORE.search(text, 0, found.start()):
            continue
        if found.group("verb") == "kept" and not re.search(r"\b(?:has|have)\s+(?:\w+\s+)?$", before):
            continue  # 'Russia kept Armenia inside …': a past state, maybe ended since.
        status = "member" if found.group("side") in ("inside", "within") else "not a member"
        for subject in reader.entities(found.group("subjects")):
            for obj in reader.entities(found.group("objects")):
                if reader.skeleton.kinds[reader.index_of(obj)] in ("organization", "programme"):
                    reader.add(subject, "member_of", obj, status=status)


def read_followed_memberships(reader: SentenceReader, context: Context) -> None:
    """'A joined X on <date>; B and C followed on <date> and <date>, respectively': B and C
    joined X too, each on its own date. X is what this sentence, or else the one before, had
    countries join; two dates for two subjects without 'respectively' date nobody."""
    text = reader.text
    joined = {
        fact.object for fact in reader.facts if fact.predicate == "member_of" and fact.status == "joined"
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
        subjects = reader.entities(found.group("subjects"))
        clause_end = _clause_end(text, found.end())
        closing = text.find(")", found.end())
        if text[: found.start()].rstrip().endswith("(") and closing >= 0:
            clause_end = min(clause_end, closing)  # '(Tajikistan followed in 2002), to …, agreed in 2006'
        sentence_rest = text[found.end() :].split(";")[0]
        if _FOLLOWED_OTHERWISE.search(sentence_rest):
            continue
        dates = [date.date.iso for date in _event_dates(text, reader.dates, found.end(), clause_end)]
        if len(dates) > 1 and len(dates) < len(subjects):
            dates = _shared_year_dates(text[found.end() : clause_end]) or dates
        if len(dates) > 1:
            if not (_RESPECTIVELY.search(text, found.end(), clause_end) and len(dates) == len(subjects)):
                continue
        elif dates:
            dates = dates * len(subjects)
        else:
            continue
        for subject, date in zip(subjects, dates, strict=True):
            reader.add(subject, "member_of", organization, date=date, status="joined", method=method)


# A status stated by a noun: "Azerbaijan's request for SCO observer status, submitted in July 2024",
# "Afghanistan's observer status in the SCO has been suspended", "Armenia's freeze of its
# participation", "Kazakhstan agreed its Individual Partnership Action Plan on 31 January 2006".
_NOMINAL_STATUSES = (
    (
        "applied",
        re.compile(
            rf"(?P<subject>{COUNTRY})['’]s\s+(?:formal\s+)?(?:request|application|bid)\s+(?:for\s+(?:(?P<org>{ORG})\s+)?"
            rf"(?:full\s+|observer\s+)?(?:membership|observer\s+status|accession)(?:\s+(?:of|in|to|at)\s+{_ART}"
            rf"(?P<org2>{ORG}))?|to\s+join\s+{_ART}(?P<org3>{ORG}))"
        ),
    ),
    (
        "suspended",
        re.compile(
            rf"(?P<subject>{COUNTRY})['’]s\s+(?:observer\s+status|membership|participation|seat)\s+(?:in|of|at)\s+"
            rf"{_ART}(?P<org>{ORG})\s+(?:has\s+been|had\s+been|was|is|remains)\s+(?:suspended|frozen)"
        ),
    ),
    (
        "suspended",
        re.compile(
            rf"(?P<subject>{COUNTRY})['’]s\s+(?:freeze|freezing|suspension)\s+of\s+(?:its\s+)?(?:participation|"
            rf"membership)(?:\s+in\s+{_ART}(?P<org>{ORG}))?"
        ),
    ),
    (
        "joined",
        re.compile(
            rf"(?P<subject>{COUNTRY})\s+(?:agreed|adopted|concluded)\s+(?:its\s+(?:first\s+)?|an?\s+|the\s+)(?P<org>{ORG})"
        ),
    ),
)
_NOMINAL_VERB_HINT = re.compile(r"agreed|adopted|concluded")
_REPORTED_BEFORE = re.compile(
    r"\b(?:reports?|rumou?rs?|claims?|speculation)\s+(?:of|that|about)\s+$", re.IGNORECASE
)


def read_nominal_memberships(reader: SentenceReader) -> None:
    """A membership status stated by a noun phrase rather than a verb (see `_NOMINAL_STATUSES`);
    a freeze names its organization elsewhere in the sentence when it is the only one there."""
    text = reader.text
    if "s " not in text and not _NOMINAL_VERB_HINT.search(text):
        return  # Neither a possessive nor 'agreed / adopted / concluded'.
    named = [
        entity
        for entity in dict.fromkeys(mention.entity for mention in reader.skeleton.mentions)
        if reader.kind_of(entity) in ("organization", "programme")
    ]
    for status, pattern in _NOMINAL_STATUSES:
        for found in pattern.finditer(text):
            before = text[: found.start()]
            if (
                _HEDGE_BEFORE_VERB.search(before)
                or _REPORTED_BEFORE.search(before)
                or NOMINAL_UNDONE_AFTER.match(text, found.end())
                or DENIED_PASSIVE_AFTER.match(text, found.end())
            ):
                continue
            token = next(
                (
                    found.group(g)
                    for g in ("org", "org2", "org3")
                    if g in found.re.groupindex and found.group(g)
                ),
                None,
            )
            if token is not None:
                organization = reader.skeleton.mention_at(token).entity
            elif len(named) == 1:
                organization = named[0]
            else:
                continue
            kind = reader.kind_of(organization)
            if status == "joined" and kind != "programme":
                continue  # 'agreed an Individual Partnership Action Plan': a programme taken up, not a body
            subject = reader.skeleton.mention_at(found.group("subject")).entity
            date = _date_for(text, reader.dates, found.start(), found.end(), _clause_end(text, found.end()))
            reader.add(subject, "member_of", organization, status=status, date=date)
