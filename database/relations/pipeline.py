"""Reading one sentence top to bottom: every relation it states, in the order the readers run.

`read_relations` skips a question, makes the sentence's reader, runs each predicate's reader
only where the sentence has what it reads, remembers in the context what the next sentence
refers back to, and lowers the confidence of hearsay. `suspended_by_next_sentence` reads a
sentence that puts the previous sentence's memberships on hold.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from database.dates import DateMention, PartialDate, find_dates
from database.facts import CONFIDENCE, RelationFact, Span
from database.groups import GroupReference, find_group_references
from database.matcher import Match
from database.relations.context import Context
from database.relations.dating import _event_dates
from database.relations.hedges import _HEDGE_BEFORE_VERB
from database.relations.labelled_rows import read_labelled_row
from database.relations.member_clauses import _MEMBER_STATUS_SET
from database.relations.member_lists import (
    note_membership_organization,
    read_described_memberships,
    read_followed_memberships,
)
from database.relations.member_tables import (
    read_coded_rows,
    read_heading_lead,
    read_record_row,
    read_status_table,
    read_table_cells,
    read_table_row,
)
from database.relations.membership import read_memberships
from database.relations.objectless import read_objectless_memberships
from database.relations.offices import (
    read_affiliation_line,
    read_career_row,
    read_offices,
    read_offices_from_context,
    read_record_offices,
    read_signatory_office,
)
from database.relations.places import (
    _SITE_WORD,
    read_addresses,
    read_bodies,
    read_location_row,
    read_locations,
    read_organs,
    read_place_chains,
)
from database.relations.sentence import SentenceReader
from database.relations.signing import read_signatures
from database.relations.skeleton import _COUNTRIES, COUNTRY, TREATY
from database.relations.succession import read_chart_line, read_succession_row

# Words without which no membership sentence reads; a cheap test before the costly patterns. The
# plain words are found by substring tests (much faster than one regex alternation of them all),
# and the regex is searched for the others only when none is there.
_MEMBERSHIP_HINT_WORDS = (
    "join", "member", "observer", "found", "establish", "appl", "plan", "intend", "expect", "suspen",
    "froze", "withdr", "left", "quit", "exit", "particip", "accession", "acced", "admit", "belong",
    "outside", "party", "parties", "entered", "return", "restor", "renew", "resum", "ended", "terminat",
    "renounc", "neither", "since", "creat", "launch", "remain", "freez", "request",
)  # fmt: skip
# The alternatives that need a boundary or white space: each holds one of these words, and is
# searched for only when one is there; 'is in the' is searched for on its own.
_MEMBERSHIP_HINT_STEMS = (
    "kept",
    "keep",
    "set",
    "gave",
    "formed",
    "sit",
    "sat",
    "partner",
    "stay",
    "take",
    "bid",
)
_MEMBERSHIP_HINT = re.compile(
    r"\bkept\b|\bkeep|set\s+up|gave\s+up|\bformed\b|\bsit|\bsat\b|partners?\s+in\b|\bstay|\btakes?\s+part|"
    r"taken\s+part|\bbid\b"
)
_IN_THE_HINT = re.compile(r"\b(?:is|are|was|were)\s+(?:also\s+|still\s+)?in\s+(?:both\s+)?the\b")


def membership_hinted(text: str) -> bool:
    """Whether the sentence has a word some membership reading needs."""
    lowered = text.lower()
    return (
        any(word in lowered for word in _MEMBERSHIP_HINT_WORDS)
        or (
            any(stem in lowered for stem in _MEMBERSHIP_HINT_STEMS) and bool(_MEMBERSHIP_HINT.search(lowered))
        )
        or bool(_IN_THE_HINT.search(lowered))
    )


# A question asks; it states nothing ("Has Turkmenistan applied to join the SCO?").
_QUESTION_END = re.compile(r"\?[\s\"'”’)\]]*$|\?[\"”’]")
# Nor does a statement put to be judged ('3. True or false: "…"'), nor one the sentence says is
# wrong ('Many candidates wrongly stated that …', 'A few answers wrongly placed the Secretariat in …').
_ASKED_OR_FALSE = re.compile(
    r"^\W*(?:(?:Q\s*)?\d{1,3}[.):]\s*)?(?:True\s+or\s+false|T\s*/\s*F)\b"
    r"|\b(?:wrongly|falsely|mistakenly|incorrectly|erroneously)\s+(?:\w+\s+)?(?:stated|said|claimed|reported|"
    r"wrote|written|believed|assumed|thought|placed|named|listed|gave|given|described|identified|dated|put|called|"
    r"attributed|credited|shown|labell?ed)\b"
    # A belief the sentence calls false ('It is a common misconception that …', 'It is wrong to say that
    # …'), and a claim set out to be checked ('Claim: …', 'Myth: …').
    r"|\b(?:misconception|myth|fallacy|falsehood)\s+(?:that|to\s+(?:say|think|believe))\b"
    r"|\bit\s+is\s+(?:wrong|false|incorrect|untrue|inaccurate|a\s+mistake|an\s+error)\s+(?:to\s+(?:say|think|believe|claim)\s+)?that\b"
    r"|^\W*(?:claim|myth|rumou?r|misconception|false\s+claim|viral\s+claim)\s*:"
    # A note an editor labels as not to be taken ('Old draft, do not use: …', 'Wrong: …', 'Obsolete: …').
    r"|^\W*(?:(?:old|earlier|superseded|rejected)\s+(?:draft|version|text|entry)\b[^:\n]{0,30}|do\s+not\s+use|"
    r"wrong|obsolete|outdated|superseded|deprecated|struck|deleted)\s*:",
    re.IGNORECASE,
)
# Hearsay, or a claim the sentence denies: whatever it holds is at most uncertain.
_HEARSAY = re.compile(
    r"\b(?:(?:press|media|news)\s+reports?|reportedly|allegedly|rumou?rs?|rumou?red|unconfirmed|"
    r"(?:rejected|denied|dismissed|refuted|disputed)\b[^.;]{0,60}?\b(?:that|suggestions?|claims?|reports?)|"
    r"(?:claims?|claimed|suggestions?|speculation)\s+that|(?:it\s+is|it\s+was)\s+(?:often\s+|widely\s+|commonly\s+|"
    r"sometimes\s+|generally\s+|also\s+)?(?:said|claimed|rumou?red|believed|assumed|thought)|"
    r"(?:officials|sources|media|critics)\s+(?:claim|claimed|say|said|allege|alleged)|"
    # What the writer only heard ('heard at the Aktau conference that …', 'I hear that …').
    r"\b(?:heard|hear|hears)\b[^.;]{0,60}?\bthat\b|"
    # Unnamed people's view ('Analysts say …', 'Some believe …', 'Many observers think …').
    r"\b(?:analysts|experts|observers|commentators|some|many|others)\s+(?:\w+\s+)?(?:say|said|claim|claimed|believe|"
    r"believed|think|thought|argue|argued|suggest|suggested|assume|assumed)\b|"
    # An embedded question, a belief nobody should hold, an earlier report being corrected.
    r"(?:asks?|asked|asking|wonders?|wondered|wondering)\s+(?:\w+\s+){0,2}?(?:whether|if)|"
    r"(?:nobody|no\s+one)\b[^.;]{0,60}?\b(?:thinks?|believes?|says?|suggests?|claims?|imagines?|assumes?)|"
    r"we\s+(?:earlier\s+)?(?:said|reported|wrote|stated)|"
    # A publication's word ('Our October issue said that …', 'A news site reported that …'), not a
    # named person's ('Speaking on the Khabar channel, Tokayev said that …').
    r"\b(?:issue|edition|(?:web)?site|blog|channel|magazine|journal|newsletter|broadcast)s?\b[^.;A-Z«]{0,40}?"
    r"\b(?:said|stated|reported|claimed|wrote|suggested|implied|asserted|argued)\s+that\b|"
    # What a source was wrong to say: 'Our item of 8 May was wrong to say that …'.
    r"\b(?:was|were|is|are)\s+wrong\s+to\s+(?:say|report|state|claim|write|suggest)|"
    # 'Correction: an earlier version of this readout said that …': what is being corrected.
    r"(?:earlier|previous|original|first)\s+(?:version|edition|draft)\s+of\s+(?:this|the)\s+\w+\s+(?:\w+ly\s+)?"
    r"(?:said|stated|reported|claimed|described|listed|gave|named)|"
    # A speaker's own earlier words, quoted to be corrected: 'Earlier I said that …', 'I also said that …'.
    r"(?:earlier|previously|yesterday)\s*,?\s*I\s+(?:said|stated|told|claimed)|"
    r"\bI\s+(?:also\s+|earlier\s+|previously\s+|wrongly\s+|mistakenly\s+)?(?:said|stated|claimed)\s+that|"
    # What a report said ('Our item of 17 Nov said …', 'A 3 May report by Interfax stated that …',
    # a sentence opening 'According to …'): the sentence reports a claim. (A named person's 'said
    # that' is their word, cited as such.)
    r"^\W*(?:[^,;«»]{0,30},\s*)?according\s+to|"
    # An annotation's verb with its subject, the work, left out: 'AB  - Argues that Turkmenistan …'.
    r"^(?-i:[^a-z]{0,8}?\b(?:Argues|Claims|Contends|Asserts|Alleges|Maintains|Speculates|Posits|Hypothesi[sz]es|"
    r"Suggests)\s+that\b)|"
    # Another work's claim, not the writer's own ('The author argues that …'; 'this report' is the writer's).
    r"\b(?:the|an?|one)\s+(?:author|study|book|article|paper|work|monograph|survey|writer|report)s?\s+"
    r"(?:argues?|argued|claims?|claimed|contends?|contended|asserts?|asserted|alleges?|alleged|maintains?|"
    r"maintained|speculates?|speculated|suggests?|suggested)\s+that\b|(?:reported|claimed)\s+that|it\s+(?:was|is|has\s+been)\s+reported|"
    r"sources\b[^.;]{0,40}?\b(?:say|says|said|claim|claimed|report|reported)|as\s+\S+(?:\s+\S+)?\s+(?:reported|claimed)|"
    r",\s*[^,;]{1,40}?\s(?:reported|claimed)(?=\s*[.!]?\s*$)|"
    # '…, the author reports, although Dushanbe has never confirmed it': a source's word, unconfirmed.
    r",\s*(?:the|a|an|one|this|that)\s+(?:author|report|study|book|article|paper|source|writer|survey)s?\s+"
    r"(?:reports?|claims?|says?|suggests?|asserts?|alleges?)\b|"
    r"(?:has|have|had)\s+never\s+confirmed\s+(?:it|this|that)\b|"
    r"\b(?:it|this|that|which|the\s+(?:claim|report|application|rumou?r|news|story|account))\s+"
    r"(?:has|have|had|was|were)\s+(?:never|not)\s+(?:been\s+)?confirmed|you\s+said\s+(?:that\s+)?|"
    # A record quoted to be judged, and a changelog's removal: 'the v2.3 entry "Iran joined the SCO"
    # was premature', 'Removed: the record "…"'.
    r"\b(?:record|entry|claim|statement|item|headline|assertion|line)\s+[\"“]|^\W*(?:Removed|Deleted|Retracted)\s*:|(?:item|report|article|story|post|bulletin|dispatch|"
    r"correspondent|agency|newspaper|outlet|editorial|column|piece)s?"
    r"\b[^.;]{0,40}?\b(?:said|stated|reported|claimed|wrote|suggested|implied|asserted|argued))\b",
    re.IGNORECASE,
)
# A sentence that is a quotation and nothing else ('8. "Uzbekistan rejoined the CSTO in 2020."
# Discuss.'): someone's words, and the sentence does not say whose.
_WHOLLY_QUOTED = re.compile(r"^\W*?(?:\d{1,3}[.)]\s*)?[\"“][^\"“”]{10,}[\"”]\s*$")
HEARSAY_CONFIDENCE = 0.4
# An exception ('all … except X joined') leaves the sentence uncertain unless it was read as
# leaving countries out of a group the sentence names ('All five states …, except Tajikistan').
_EXCEPTION = re.compile(r"\bexcept\b", re.IGNORECASE)
# 'I also said that Kazakhstan joined in 1994, which is true': the speaker stands by it.
_AFFIRMED = re.compile(
    r"\b(?:which|and\s+(?:that|this|it))\s+(?:is|was|remains)\s+(?:still\s+)?(?:true|correct|accurate)\b|"
    r"\bI\s+stand\s+by\b",
    re.IGNORECASE,
)


_OPENS_WITH_PRONOUN = re.compile(r"\W*(?:It|The country|The republic)\b")
_OPENS_WITH_CONTRAST = re.compile(r"\W*(?:But|Yet|So|However|Still)\b")


_FOLLOW_HINT = re.compile(r"\bfollow", re.IGNORECASE)


def _read_memberships_and_signatures(reader: SentenceReader, context: Context, heading: str) -> None:
    """The member_of and signed facts of the sentence: each reader runs only where the sentence
    (or what the sentences before left in `context`) gives it something to read."""
    text = reader.span.text
    present = set(reader.skeleton.kinds)
    organizations = "organization" in present or "programme" in present
    hinted = membership_hinted(text)
    about_one = (
        context.topic_organization is not None
        or context.heading_organization is not None
        or bool(context.recent_organizations)
    )
    if "treaty" in present:
        read_signatures(reader, context)
    if hinted and (organizations or about_one):
        read_memberships(reader, context)
    if hinted and (about_one or context.paragraph_organization is not None):
        read_objectless_memberships(reader, context)
    if _FOLLOW_HINT.search(text):
        read_followed_memberships(reader, context)
    read_table_cells(reader, context)
    read_status_table(reader, context)
    if organizations and "country" in present:
        read_coded_rows(reader, context)
    if organizations:
        read_described_memberships(reader)
        read_table_row(reader, heading)
        read_heading_lead(reader, context)
    read_record_row(reader, context)


def _with_label_date(dates: tuple[DateMention, ...], default_date: str | None) -> tuple[DateMention, ...]:
    """A milestone's year label ('1994 – …' under an almanac's '27 May') stands for the fuller date
    the line and its heading give together; any later mention of that year is left as written."""
    if not default_date or len(default_date) == 4 or not dates or dates[0].start > 2:
        return dates
    label = dates[0]
    if label.date.iso != default_date[:4] or any(
        date.date.year == label.date.year and date.date.month is not None for date in dates[1:]
    ):
        return dates  # '2001 – … founded on 15 June 2001' under '27 May': the line's own date stands
    year, month, *day = (int(part) for part in default_date.split("-"))
    return (replace(label, date=PartialDate(year, month, day[0] if day else None)), *dates[1:])


def _group_references(
    span: Span, mentions: Sequence[Match], kinds: Sequence[str], context: Context
) -> list[GroupReference]:
    """What the sentence's group phrases ('the five states', 'the two states') stand for."""
    return find_group_references(
        span.text,
        regions=context.regions,
        last_countries=context.last_countries,
        last_organizations=context.last_organizations,
        treaty_parties=context.treaty_parties,
        named_countries=[
            (match.start - span.start, match.entity)
            for match, kind in zip(mentions, kinds, strict=True)
            if kind == "country"
        ],
        # Only where the sentence before names no country: 'Kazakhstan's president flew east. In
        # talks with China the two states …' may be either pair.
        home_country=None
        if re.search(COUNTRY, context.previous_text)
        else context.heading_country or context.document_country,
    )


def read_relations(
    span: Span,
    mentions: Sequence[Match],
    kinds: Sequence[str],
    context: Context,
    *,
    heading: str = "",
    default_date: str | None = None,
    year: int | None = None,
    now: PartialDate | None = None,
    item_day: PartialDate | None = None,
    revisions: Sequence[tuple[int, int]] = (),
    career_row_only: bool = False,
) -> list[RelationFact]:
    """Every relation the sentence at `span` states; updates `context` for the next sentence."""
    mentions, kinds = capitals_as_states(span, mentions, kinds, context.capitals)
    groups = _group_references(span, mentions, kinds, context)
    reader = SentenceReader(span, span.start, mentions, kinds, groups, revisions)
    if _QUESTION_END.search(span.text) or _ASKED_OR_FALSE.search(span.text):
        _remember_question(context, reader, mentions, kinds)
        return []
    reader.default_date = default_date
    reader.written = now
    # A year heading's year, else the year the paragraph is about, dates 'on 6 May'; the year the
    # sentence was written in dates 'last year'.
    about = int(default_date[:4]) if default_date else year
    found = find_dates(reader.text, about, now, previous=context.counted_from, item_day=item_day)
    reader.dates = _with_label_date(found, default_date)
    if career_row_only:  # a CV row taken for a heading: a post, and nothing else
        read_career_row(reader, context, heading)
        return reader.facts
    present = set(reader.skeleton.kinds)
    organizations = "organization" in present or "programme" in present
    _read_memberships_and_signatures(reader, context, heading)
    if organizations:
        read_bodies(reader)
        read_organs(reader, context)
    if "person" in present:
        read_offices(reader)
        read_affiliation_line(reader)
        read_offices_from_context(reader, context)
    read_chart_line(reader, context)
    read_record_offices(reader, context)
    if organizations:
        read_labelled_row(reader)
    read_career_row(reader, context, heading)
    read_succession_row(reader, context, heading)
    read_signatory_office(reader, context)
    if "place" in present or (organizations and _SITE_WORD.search(span.text)):
        read_locations(reader)
        read_location_row(reader, context)
        read_addresses(reader)
        read_place_chains(reader)
    _remember_subject(context, reader, mentions, kinds)
    reader.facts = _without_plans_applied_for(_signed_for_their_holders(reader.facts, reader))
    if not reader.facts:
        return reader.facts  # Hearsay only lowers the confidence of facts: most sentences have none.
    if _is_hearsay(span.text, any(group.excepted for group in groups)):
        return [replace(fact, confidence=min(fact.confidence, HEARSAY_CONFIDENCE)) for fact in reader.facts]
    return reader.facts


def reports_hearsay(text: str) -> bool:
    """Whether a sentence reports what others say or believe ('It is commonly thought that …')."""
    return _HEARSAY.search(text) is not None


def _is_hearsay(text: str, excepted: bool) -> bool:
    """Whether a sentence's facts are someone's unconfirmed word: hearsay, a quotation no one is
    named as saying, an exception not read as leaving countries out; not when the speaker stands by it."""
    said = _HEARSAY.search(text) or _WHOLLY_QUOTED.match(text) or (_EXCEPTION.search(text) and not excepted)
    return bool(said) and not _AFFIRMED.search(text)


def _without_plans_applied_for(facts: list[RelationFact]) -> list[RelationFact]:
    """'Turkmenistan's bid to join the TCCSC': an application, which a plan to join says less than."""
    applied = {(fact.subject, fact.object) for fact in facts if fact.status == "applied"}
    return [fact for fact in facts if fact.status != "planned" or (fact.subject, fact.object) not in applied]


def _signed_for_their_holders(facts: list[RelationFact], reader: SentenceReader) -> list[RelationFact]:
    """'President X of Kazakhstan and President Y signed T': a treaty's parties are states and
    bodies, so a person signs for the one state or body the sentence gives them an office in, and
    a signer with no such office is no party the sentence names."""
    by_person = [
        fact for fact in facts if fact.predicate == "signed" and reader.kind_of(fact.subject) == "person"
    ]
    if not by_person:
        return facts
    held: dict[int, list[RelationFact]] = {}
    for fact in facts:
        if fact.predicate == "holds_office" and not (fact.role or "").startswith("former"):
            held.setdefault(fact.subject, []).append(fact)
    kept = [fact for fact in facts if fact not in by_person]
    parties = {(fact.subject, fact.object) for fact in kept if fact.predicate == "signed"}
    for fact in by_person:
        offices = {office.object: office for office in held.get(fact.subject, [])}
        if len(offices) != 1:
            continue
        office = next(iter(offices.values()))
        if (office.object, fact.object) not in parties:
            parties.add((office.object, fact.object))
            kept.append(
                replace(fact, subject=office.object, confidence=min(fact.confidence, office.confidence))
            )
    return kept


# What only a state does: join, sign, ratify, apply, suspend, withdraw, leave, freeze (in a form
# with a tense: 'Would Ashgabat join' asks).
_STATE_ACT_AFTER = re.compile(
    r"\s+(?:(?:has|had|have|is|was)(?:\s+(?:not|never|now|since|also|formally|officially|quietly|finally|already|"
    r"yet))*\s+|(?:(?:formally|officially|quietly|finally|also|then|later|itself|never)\s+)+)?"
    r"(?:(?:re)?join(?:s|ed)|sign(?:s|ed)|ratif(?:ies|ied)|acced(?:es|ed)|appl(?:ies|ied)|suspend(?:s|ed)|"
    r"withdr(?:ew|aws|awn)|left|leaves|fr(?:oze|eezes|ozen)|denounc(?:es|ed))\b"
)


# Only a capital that opens its clause (or a table cell) acts for its state: not 'students from
# Bishkek joined', 'envoys meeting in Astana signed' or 'the city of Tashkent joined'.
_OPENS_CLAUSE = re.compile(
    r"(?:^\W*|[,;:(|]\s*|\S(?: {2,}|\t)|"
    r"\b(?i:and|but|yet|while|whereas|that|when|after|before|since|because|although|though)\s+)[\"“‘']?$"
)


def capitals_as_states(
    span: Span, mentions: Sequence[Match], kinds: Sequence[str], capitals: Mapping[int, int]
) -> tuple[Sequence[Match], Sequence[str]]:
    """'Tashkent suspended its membership of the CSTO': a capital that joins, signs, applies,
    suspends or withdraws stands for its state, and is read as the state."""
    if not capitals or not any(match.entity in capitals for match in mentions):
        return mentions, kinds
    read_mentions, read_kinds = list(mentions), list(kinds)
    for number, (match, kind) in enumerate(zip(mentions, kinds, strict=True)):
        state = capitals.get(match.entity) if kind == "place" else None
        if (
            state is not None
            and _OPENS_CLAUSE.search(span.text, 0, match.start - span.start)
            and _STATE_ACT_AFTER.match(span.text, match.end - span.start)
        ):
            read_mentions[number] = match._replace(entity=state)
            read_kinds[number] = "country"
    return read_mentions, read_kinds


def _remember_question(
    context: Context, reader: SentenceReader, mentions: Sequence[Match], kinds: Sequence[str]
) -> None:
    """A question states nothing, but the next sentence answers about what it asked."""
    asked = {match.entity for match, kind in zip(mentions, kinds, strict=True) if kind == "country"}
    if asked:  # 'Did Kazakhstan apply?' then 'It joined …': the answer is about the one asked.
        context.last_subject = next(iter(asked)) if len(asked) == 1 else None
    bodies = {match.entity for match, kind in zip(mentions, kinds, strict=True) if kind == "organization"}
    context.asked_organization = next(iter(bodies)) if len(bodies) == 1 else None
    _remember(context, reader, mentions, kinds)
    context.previous_subject = None


def _remember_subject(
    context: Context, reader: SentenceReader, mentions: Sequence[Match], kinds: Sequence[str]
) -> None:
    """The country a later 'it' or 'its' refers to, and the names a later sentence may lean on."""
    subject = reader.grammatical_subject()
    named_countries = {match.entity for match, kind in zip(mentions, kinds, strict=True) if kind == "country"}
    context.other_countries = ()
    if subject is not None:
        contrasted = context.last_subject is not None and context.last_subject != subject
        context.subject_after_contrast = contrasted and bool(_OPENS_WITH_CONTRAST.match(reader.text))
        context.last_subject = subject
        context.other_countries = tuple(sorted(named_countries - {subject}))
    elif reader.opens_with_other_subject():
        context.last_subject = None
    elif named_countries and not _OPENS_WITH_PRONOUN.match(reader.text):
        # A sentence that names a country without opening with it ('Did Kazakhstan apply?',
        # 'Relations with Russia improved') leaves a later 'it' unresolved, not an older subject;
        # one that opens with 'It' still speaks of the subject it carried.
        context.last_subject = None
    # 'Its President' after a sentence naming two countries may be either's.
    context.previous_subject = subject if len(named_countries) <= 1 else None
    _remember(context, reader, mentions, kinds)


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


# 'the Agreement between the Kyrgyz Republic and the Republic of Tajikistan': the treaty's parties.
_MADE_BETWEEN = re.compile(
    rf"(?:\b(?i:agreement|treaty|convention|protocol|memorandum|accord)|{TREATY})\s+between\s+(?:the\s+)?"
    rf"(?P<parties>{_COUNTRIES})"
)


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
    context.previous_text = reader.text
    context.previous_organizations = tuple(dict.fromkeys(entity for entity, _ in named))
    context.paragraph_organizations = tuple(
        dict.fromkeys((*context.paragraph_organizations, *context.previous_organizations))
    )
    note_membership_organization(context, reader.text, {entity for entity, _ in named})
    if named:
        context.last_organizations = tuple(dict.fromkeys(entity for entity, _ in named))
    parties = reader.parties()
    if len(parties) > 1:
        context.last_countries = parties
    signers = tuple(dict.fromkeys(fact.subject for fact in reader.facts if fact.predicate == "signed"))
    between = _MADE_BETWEEN.search(reader.text) if "between" in reader.text else None
    if len(signers) > 1:
        context.treaty_parties = signers
    elif between:
        context.treaty_parties = tuple(reader.entities(between.group("parties")))
    joined = {
        fact.object for fact in reader.facts if fact.predicate == "member_of" and fact.status == "joined"
    }
    context.last_joined = next(iter(joined)) if len(joined) == 1 else None
