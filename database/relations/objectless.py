"""Memberships whose organization the sentence does not write: "Iran joined in 2023".

In a paragraph, section or document about one organization, a status with no object ("became
the ninth member", "are its members", "withdrew on 18 August 2009") is of that organization,
unless the clause hedges it, names another object, or goes on to say it has ended.
"""

from __future__ import annotations

import re

from database.relations.context import Context
from database.relations.dating import _clause_end, _clause_start, _event_dates, only_when_or_where
from database.relations.hedges import (
    _CLAIM_VERBS,
    _CONDITION_BEFORE,
    _DENIED_AFTER,
    _HEDGE_BEFORE_VERB,
    ended_within,
)
from database.relations.member_clauses import (
    _COORDINATED_STATUS,
    _GAPPED,
    _RESPECTIVELY,
    TWO_OBJECTS_BETWEEN,
    _ClauseReading,
    _gapped_subjects,
    _respective_memberships,
    subject_before,
)
from database.relations.member_lists import _ANOTHER_ACT_AFTER
from database.relations.sentence import SentenceReader
from database.relations.skeleton import _COUNTRIES, ORG, PLACE, TREATY

_CHAINED_VERB = re.compile(
    r"(?:,\s*|\s+and\s+|,\s*and\s+)(?:(?:was|were)\s+)?(?:finally\s+|later\s+)?(?=\w+\s*$)|"
    r"(?:,\s*|\s+and\s+)(?=(?:was|were|applied|became|joined)\b)"
)
_SINCE_FOUNDING = re.compile(
    r"\s*(?:since|from)\s+(?:its|the\s+(?i:organi[sz]ation|union|alliance|bloc|centre|center|group)['’]s|"
    r"the\s+(?P<owner>«O[^»]*»)['’]s|the)\s+"
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
_OBJECTLESS_GROUPS = tuple(f"status{number}" for number in ("", 2, 3, 4, 5, 6, 7, 8, 9, 10, 11))
# … or counted from the date before it: 'joined two years later', 'was admitted the following year'.
_OBJECTLESS_DATE = (
    r"\s+(?:(?:in|on)\s+(?:[A-Z][a-z]+\s+|\d{1,2}\s+[A-Z][a-z]+\s+)?\d|the\s+(?:next|following)\s+year\b|"
    r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+later\b)"
)
_OBJECTLESS = re.compile(
    r"(?:(?P<negated>(?:is|are|was|were)\s+not\s+(?:a\s+)?)(?P<status>member)s?\b"
    r"|(?:was|were)\s+admitted\s+as\s+(?:an?\s+|the\s+\w+\s+)?(?:full\s+)?(?P<status2>member|observer)s?\b"
    r"|bec(?:ame|ome|omes)\s+(?:an?\s+|the\s+\w+\s+)?(?:full\s+)?(?P<status3>member|observer|participating\s+"
    r"[Ss]tate)s?\b"
    r"|(?:has|have|had)\s+been\s+(?:an?\s+)?(?P<status4>member|observer|participating\s+[Ss]tate)s?\s+(?P<since>since)\b"
    r"|(?P<status5>applied)\s+(?:to\s+join|for\s+(?:full\s+)?membership|for\s+observer\s+status)\b"
    rf"|(?P<status6>joined|rejoined|re-joined|withdrew|applied|(?:was|were)\s+(?:finally\s+|formally\s+|officially\s+)?"
    rf"admitted|(?:suspended|resumed)\s+(?:its|their)\s+(?:membership|participation))(?={_OBJECTLESS_DATE})"
    # 'Uzbekistan therefore remained a member throughout': a member still, whatever was disputed.
    r"|(?:remained|remains|has\s+remained)\s+(?:an?\s+)?(?:full\s+)?(?P<status11>member|observer)s?\b"
    r"|(?:are|were)\s+(?:(?:therefore|thus|hence|also|now|generally|widely|formally)\s+)?"
    r"(?:(?:regarded|considered|seen|counted|recognised|recognized|listed)\s+(?:as\s+)?)?(?:the\s+|its\s+)?"
    r"(?P<status7>founding)\s+members\b(?!\s+(?:of|in|to)\b)"
    # "Armenia and Russia are its members", "Afghanistan and Mongolia are observers": only where the
    # clause ends there ("are observers at the talks" is about the talks).
    r"|(?:is|are)\s+(?:also\s+|still\s+)?(?:its\s+|an?\s+)?(?:full\s+)?(?P<status8>members?|observers?)"
    r"(?=\s*(?:[.;]|,\s+(?:and|but|while)\b|$))"
    r"|(?:has|have)\s+(?:held|had|enjoyed)\s+(?P<status9>observer)\s+status\s+since\b"
    # A timeline's present: '| 2006 | 23 Jun | CSTO | Uzbekistan rejoins. |' (read only under a date).
    r"|(?P<status10>joins|rejoins|withdraws|(?:suspends|freezes)\s+(?:its|their)\s+(?:membership|participation))"
    r"(?=\s*(?:[.;]|$)|\s+(?:on|in)\s+(?:\d|[A-Z][a-z]+\s+\d)))"
    r"(?!\s+(?:of|in|to|at|with)\s+(?:the\s+)?«[OTCP])"  # Only a place ('at the «Astana» summit') lets it by.
)
# What makes an objectless status no statement of one: 'Neither A nor B are its members'; a claim
# someone makes, doubts or denies ('Analysts doubt that A and B are members'); an inverted condition
# ('Had A become a participating State, …'); a status that ended ('had held observer status since
# 1992 until …').
_NEGATED_SUBJECTS_BEFORE = re.compile(r"\b(?:[Nn]either|nor|not|never|no\s+longer)\b")
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
_ENDED_LATER = ended_within(60, r"up\s+to|before\s+it\s+was|revoked|withdrawn|lost|ended")

# "became a full member of the Union": an object is written, only not one the sentence names.
_UNNAMED_OBJECT = re.compile(
    r"\s+(?:of|in|to)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Sept?|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Oct|Nov|Dec)\b)[A-Z]"
    # 'is not a member of any military alliance', '… of a bloc': a kind of body, none in particular.
    r"|\s+(?:of|in|to)\s+(?:any|an?|either|such)\s"
)


# A treaty the sentence names, by name or by its kind: what a bare 'withdrew' or 'joined' may be of.
_NAMES_A_TREATY = re.compile(
    rf"{TREATY}|\b(?:agreement|treaty|convention|accord|protocol|charter|memorandum)\b"
)


def organization_in_context(reader: SentenceReader, context: Context) -> tuple[int, str] | None:
    """The organization a sentence that names none is about, and how it was found; none when
    that is a body of another ('Court of the X': what the court hears is not a membership, and
    'Azerbaijan joined in 1997' under 'Interparliamentary Assembly of the CIS' is not the CIS's date)."""
    chosen = _organization_in_context(reader, context)
    return None if chosen is None or chosen[0] in context.bodies else chosen


def _organization_in_context(reader: SentenceReader, context: Context) -> tuple[int, str] | None:
    # The heading's or the document's organization only when nothing nearer names another:
    # 'The Forum was founded in 2016. Mongolia joined in 2018' is the Forum's, whatever the
    # title is about, and a note is about the sentence that cites it.
    # A section heading naming another organization is nearer than the title: a syllabus of the
    # 'OSCE Academy' with a week on 'The Shanghai Cooperation Organization' speaks of the SCO there.
    # The heading's organization not when the paragraph named others and never it ('open to nationals
    # of OSCE participating States … Mongolia has been a participating State since 2012' under 'Unit: …').
    nearer = [entity for entity in context.previous_organizations if entity != context.topic_organization]
    if context.paragraph_organization is not None:
        return context.paragraph_organization, "paragraph"
    if (
        context.heading_organization is not None
        and not re.search(ORG, reader.text)
        and not context.in_note
        and not [entity for entity in nearer if entity != context.heading_organization]
        and context.heading_organization
        in (context.paragraph_organizations or (context.heading_organization,))
    ):
        return context.heading_organization, "heading"
    if context.topic_organization is not None and not nearer and not context.in_note:
        return context.topic_organization, "heading"
    if context.recent_organizations:
        return context.recent_organizations[-1][0], "previous sentence"
    return None


def read_objectless_memberships(reader: SentenceReader, context: Context) -> None:
    """'Iran became the ninth member on 4 July 2023' in an article about one organization:
    the organization is the document's own subject."""
    chosen = organization_in_context(reader, context)
    if chosen is None:
        return
    organization, method = chosen
    if _entry_of_another(reader, organization):
        return
    _founders(reader, context, organization, method)
    if method != "previous sentence":
        _members_listed(reader, organization, method)
    subjects: list[int] = []
    for found in _OBJECTLESS.finditer(reader.text):
        before = reader.text[: found.start()]
        subject_match = subject_before(before)
        if subject_match and subject_match.group("subjects"):
            subjects = reader.entities(subject_match.group("subjects"))
        elif not (subjects and (_CHAINED_VERB.search(before) or _CHAIN_BEFORE.search(before))):
            continue
        if _objectless_unstated(reader, found) or _of_another(reader, context, found, organization, method):
            continue
        if found.group("status10") and (
            reader.default_date is None
            or _REPORTED_OR_PROPOSED.search(before)
            or (reader.written is not None and reader.default_date > reader.written.iso)
        ):
            continue  # The present tense states a dated act only in a timeline, and a past one.
        earlier = [token for token in re.finditer(ORG, before)]
        if earlier and method == "previous sentence":
            organization = reader.skeleton.mention_at(earlier[-1].group()).entity
        elif earlier and re.search(r"\bits\b", found.group()):
            # 'The BCTG was set up by A and B, which are its founding members': what the sentence named.
            organization = reader.skeleton.mention_at(earlier[-1].group()).entity
            method = "sentence"
        status = _objectless_status(reader, found)
        clause_end = _clause_end(reader.text, found.end())
        gapped = _GAPPED.search(reader.text, found.end(), clause_end)
        if gapped and not any(0 <= gapped.start() - date.end <= 1 for date in reader.dates):
            gapped = None
        chained = _CHAINED_VERB.search(reader.text, found.end(), clause_end)
        own_end = min(
            clause_end,
            gapped.start() if gapped else clause_end,
            chained.start() if chained else clause_end,
        )
        if len(subjects) > 1 and _RESPECTIVELY.search(reader.text, found.end(), own_end):
            # 'A and B joined on <date> and <date>, respectively': each its own date, or none.
            reading = _ClauseReading(subjects, [organization], status, method, found.end(), clause_end)
            if not _respective_memberships(reader, reading):
                for subject in subjects:
                    reader.add(subject, "member_of", organization, status=status, method=method)
            continue
        own = _event_dates(reader.text, reader.dates, found.start(), own_end)
        # A date of its own, else the milestone's or timeline row's ('| 2006 | 23 Jun | CSTO | … rejoins. |').
        # 'remained a member' says since when no more than 'not a member' does.
        stated_since = status != "not a member" and not found.group("status11")
        date = (own[0].date.iso if own else reader.default_date) if stated_since else None
        for subject in subjects:
            reader.add(subject, "member_of", organization, date=date, status=status, method=method)
        if gapped:
            reading = _ClauseReading([], [organization], status, method, found.end(), clause_end)
            _gapped_subjects(reader, gapped, reading)


def _of_another(
    reader: SentenceReader, context: Context, found: re.Match[str], organization: int, method: str
) -> bool:
    """Whether an objectless phrase may be of another organization than the one in context."""
    before = reader.text[: found.start()]
    earlier = list(re.finditer(ORG, before))
    named_before = [reader.skeleton.mention_at(token.group()).entity for token in earlier]
    return bool(
        # 'That agreement was signed by A and B; B withdrew two years later': from the treaty.
        (_NAMES_A_TREATY.search(before) and not re.search(ORG, reader.text))
        or (_said_in_passing(found) and not _context_agrees(reader, context, organization))
        # 'joined the CSTO in 1992 and the EAEU in 2015 and suspended its participation': either's.
        or (len(named_before) > 1 and _two_objects_at_the_end(reader, earlier))
        # 'NATO's Partnership for Peace, which Kazakhstan joined in 1994' under an SCO heading: PfP's.
        or (
            named_before
            and method in ("heading", "paragraph", "context")
            and organization not in named_before
        )
    )


def _two_objects_at_the_end(reader: SentenceReader, tokens: list[re.Match[str]]) -> bool:
    """Whether the last two organizations named are two objects of one verb ('the CSTO in 1992
    and the EAEU in 2015')."""
    last, before = tokens[-1], tokens[-2]
    return reader.skeleton.mention_at(last.group()).entity != reader.skeleton.mention_at(
        before.group()
    ).entity and bool(TWO_OBJECTS_BETWEEN.fullmatch(reader.text, before.end(), last.start()))


_DIGIT_DATE_AFTER = re.compile(r"\s+(?:in|on)\s")


def _said_in_passing(found: re.Match[str]) -> bool:
    """Whether an objectless phrase says less of what it is about ('X remained a member', 'X
    resumed its participation', 'X applied in 2023', 'X joined two years later'): read only where
    nothing else the text names could be what it is about."""
    if found.group("status11"):
        return True
    word = found.group("status6")
    return bool(
        word
        and (
            word.startswith(("resumed", "applied")) or not _DIGIT_DATE_AFTER.match(found.string, found.end())
        )
    )


def _context_agrees(reader: SentenceReader, context: Context, organization: int) -> bool:
    """The organization in context is the only one: the heading's or document's, if any, the
    sentence's own and the sentence before's are it, and the sentence before names no treaty
    without it."""
    named = {reader.skeleton.mention_at(token.group()).entity for token in re.finditer(ORG, reader.text)}
    around = set(context.previous_organizations) | named
    topic = {context.heading_organization, context.topic_organization} - {None}
    treaty_before = (
        _NAMES_A_TREATY.search(context.previous_text) and organization not in context.previous_organizations
    )
    return around <= {organization} and topic <= {organization} and not treaty_before


# 'Founded on 15 June 2001 in Shanghai by A, B & C.', 'It was set up by A and B in 2016.': the
# founders of the organization in context, between the verb and 'by' only a date or a place.
_FOUNDED_BY_UNNAMED = re.compile(
    # After a post's or note's number: '4/12 Founded …', '[7] Established …', '2. It was set up …'.
    r"^\W*(?:(?:\d{1,3}/\d{1,3}|\[\d{1,3}\]|\d{1,3}[.)])\s+)?(?:(?P<pronoun>It|The\s+(?:organi[sz]ation|group|forum|alliance|bloc|initiative|network|body|council))\s+"
    r"(?:was|were)\s+)?(?:[Cc]o-)?(?:[Ff]ounded|[Ee]stablished|[Ss]et\s+up|[Ll]aunched|[Cc]reated|[Ff]ormed)\b"
    rf"(?P<between>(?:[^;«»]|{PLACE}){{0,80}}?)\s+by\s+(?P<subjects>{_COUNTRIES})"
)


# 'Kazakhstan proposes that Mongolia joins', 'whether Iran joins': not the act itself.
_REPORTED_OR_PROPOSED = re.compile(r"\b(?:that|whether|if|unless|when)\b", re.IGNORECASE)


def _founders(reader: SentenceReader, context: Context, organization: int, method: str) -> None:
    found = _FOUNDED_BY_UNNAMED.match(reader.text)
    if (
        found is None
        or _HEDGE_BEFORE_VERB.search(reader.text, 0, found.start("subjects"))
        or not only_when_or_where(found.group("between"))
    ):
        return
    if found.group("pronoun") and organization not in context.previous_organizations:
        return  # 'A command post went up. It was set up by A': 'it' is what the sentence before named.
    # Before the founders ('Founded on <date> … by'), or after them ('by A and B in 2001'): the
    # 'by' before a later date is the founders', not a deadline's.
    # 'Set up by A and B under the X Protocol, signed on 22 September 2021': that date is the protocol's.
    clause_end = _clause_end(reader.text, found.end())
    another = _ANOTHER_ACT_AFTER.search(reader.text, found.end(), clause_end)
    clause_end = another.start() if another else clause_end
    own = _event_dates(reader.text, reader.dates, 0, found.start("subjects")) or [
        date for date in reader.dates if found.end() <= date.start < clause_end
    ]
    for subject in reader.entities(found.group("subjects")):
        reader.add(
            subject,
            "member_of",
            organization,
            date=own[0].date.iso if own else reader.default_date,
            status="founding member",
            method=method,
        )


_ENTRY_DASH = re.compile(r"\s[—–]\s|\s--\s")
# 'CSTO — founded 2002 …; members include A, B and C': the entry's organization's members now.
_MEMBERS_LISTED = re.compile(
    rf"(?:^|[;:—–]\s*)(?:(?:its|the|current)\s+)?(?:full\s+)?members\s+(?:are|include|now\s+include)\s*:?\s*"
    rf"(?P<subjects>{_COUNTRIES})(?=\s*(?:[.;]|$))"
)


_ENTRY_TERM = re.compile(rf"\W*(?:[Tt]he\s+)?(?P<term>{ORG})(?:\s*\([^()]{{1,20}}\))?\s*")


def _entry_of_another(reader: SentenceReader, organization: int) -> bool:
    """'* SCO Energy Club — …; members include …' under '## SCO': an entry whose term is another
    body, or a name the build does not know, has members of its own."""
    dash = _ENTRY_DASH.search(reader.text)
    if dash is None:
        return False
    head = reader.text[: dash.start()]
    term = _ENTRY_TERM.fullmatch(head)
    if term is not None:
        return reader.skeleton.mention_at(term.group("term")).entity != organization
    return re.search(ORG, head) is not None or re.search(r"\b[A-Z][a-z]", head) is not None


def _members_listed(reader: SentenceReader, organization: int, method: str) -> None:
    for found in _MEMBERS_LISTED.finditer(reader.text):
        if _HEDGE_BEFORE_VERB.search(reader.text, 0, found.start()):
            continue
        for subject in reader.entities(found.group("subjects")):
            reader.add(subject, "member_of", organization, status="member", method=method)


def _objectless_unstated(reader: SentenceReader, found: re.Match[str]) -> bool:
    """Whether an objectless phrase states nothing of the organization in context: hedged or
    conditional ('If Georgia withdrew in 2009'), with an object of its own, or a dated verb
    whose clause goes on with another object ('withdrew in 2009 its troops')."""
    text = reader.text
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
    # 'Organization of Turkic States — Turkey, … and Uzbekistan are members': a dash ends an entry's term.
    dashes = list(_ENTRY_DASH.finditer(text, clause_start, found.start()))
    subjects_start = dashes[-1].end() if dashes else clause_start
    if found.group("status8") and (
        not _SUBJECTS_OPEN_CLAUSE.fullmatch(text, subjects_start, found.start())
        or _QUALIFIED_AFTER.match(text, found.end())
    ):
        return True  # 'It is false that A and B are members', 'are members, but only on paper'.
    if found.group("status11") and _QUALIFIED_AFTER.match(text, found.end()):
        return True  # 'remained a member only in name'.
    if found.group("status6"):
        dates = [date for date in reader.dates if date.start >= found.end()]
        if not dates or not _DATE_ENDS_CLAUSE.match(text, dates[0].end):
            return True
        # 'withdrew on <date> and 400 soldiers on <date>': a second date after 'and' is another's.
        return bool(_GAPPED_DATE_AFTER.match(text, dates[0].end))
    return False


def _objectless_status(reader: SentenceReader, found: re.Match[str]) -> str:
    """The status an objectless phrase states: 'is not a member', 'an observer', 'applied',
    'a member since its founding', 'a founding member', 'are its members', 'rejoined',
    'withdrew', 'suspended its membership', else 'joined'."""
    name, word = next((name, found.group(name).lower()) for name in _OBJECTLESS_GROUPS if found.group(name))
    if found.group("negated"):
        return "not a member"
    if word.startswith("observer"):
        return "observer"
    if word.startswith("appl"):
        return "applied"
    if found.group("since"):
        founding = _SINCE_FOUNDING.match(reader.text, found.start("since"))
        return "founding member" if founding else "member"
    if word == "founding":
        return "founding member"
    if name in ("status8", "status11"):
        return "member"
    return next((status for stem, status in _COORDINATED_STATUS if word.startswith(stem)), "joined")
