"""located_in and part_of facts: where a place or body is, and whose body it is.

"Kant Air Base, Kyrgyzstan", "the Secretariat is based in Beijing", a table of places, and "the
SCO's Regional Anti-Terrorist Structure" or "X, a subcommittee of the Y": a body of an
organization, unless the sentence says it no longer is one or only reports it.
"""

from __future__ import annotations

import itertools
import re

from database.names import LIKENESS_SUFFIX
from database.relations.context import Context
from database.relations.dating import _clause_end
from database.relations.hedges import _NEITHER, CLOSED_YEARS
from database.relations.sentence import SentenceReader
from database.relations.skeleton import _ART, _BODY_WORD, COUNTRY, ORG, PLACE, _listing

# "the SCO's Regional Anti-Terrorist Structure": a body or programme an organization owns.
_POSSESSIVE_BODY = re.compile(rf"(?P<parent>{ORG})['’]s\s+(?:own\s+)?(?P<body>{ORG})")
_BODY_NOUN = (
    r"(?:body|organ|sub-?committee|committee|agency|arm|branch|wing|division|council|programme|program|"
    r"department|office|unit|secretariat|institution|(?:combat|military|armed|standing|executive)\s+(?:component|element))"
)
# "the CIS's former financing arm", "a body of the CSTO according to some media": not a body now, or hearsay.
_NOT_A_BODY_NOW = re.compile(
    r"\b(?:former|formerly|then|once|ex|proposed|planned|would-be|likely|possible|future|prospective|putative|"
    r"until)\b",
    re.IGNORECASE,
)
# 'After talks with the SCO, the CSTO's secretariat …', 'Unlike NATO's Partnership for Peace, the
# SCO's programme …': the body before the comma is no part of it.
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:with|unlike|after|before|from|to|by|for|like|than|between|among|against|beside|besides|despite)\s+"
    rf"(?:the\s+)?(?:{ORG}['’]s\s+)?$",
    re.IGNORECASE,
)
# 'the EU's Partnership for Peace members', 'the UN's Istanbul Process role': the possessive owns
# the noun after the name, not the named body.
_NOUN_AFTER_BODY = re.compile(
    rf"{LIKENESS_SUFFIX}\b|"
    r"[\s-]+(?:roles?|grants?|members?|membership|counterparts?|contributions?|budgets?|"
    r"staff|funding|projects?|missions?|model|framework|partners?|style|type|officials?|reports?|summits?|"
    r"meetings?|talks|agenda|plans?|strategy|initiatives?|documents?|experts?|troops|forces|delegations?|"
    r"representatives?|cooperation|activities|exercises?|policy|approach|status|share|seat|vote|support)\b"
)
# 'a planning body of the General Staff in all but name': not formally its body.
_NOT_FORMALLY_AFTER = re.compile(r"\s*,?\s*(?:in\s+all\s+but\s+name|de\s+facto|informally|in\s+effect)\b")
# 'a partner agency of the OSCE', 'the EU's main partner agency', 'a sister institution of …'.
_PARTNER_NOT_BODY = re.compile(
    r"\b(?:partner|sister|counterpart|associated|affiliated|allied)\b", re.IGNORECASE
)
# 'It is unclear whether …', 'Critics doubt that …', 'If RATS were part of …': nothing stated.
_BODY_HEDGE_BEFORE = re.compile(
    r"\b(?:whether|if|unless|doubts?|doubted|unclear|uncertain|den(?:y|ies|ied)|claims?|claimed|alleges?|says?|said|"
    r"alleged|asks?|asked|wonder\w*|suppose|imagine)\b[^.;]*$",
    re.IGNORECASE,
)
_REPORTED_BODY = re.compile(
    r"\b(?:according\s+to|reportedly|allegedly|said\s+to\s+be|supposedly|purportedly|rumou?red)\b",
    re.IGNORECASE,
)
# "X, a subcommittee of the Y", "X, the union's executive body", "X is the Y's highest body".
_BODY_OF = re.compile(
    rf"(?P<body>{ORG})(?:\s*\([^()]*\))?(?:\s+in\s+{PLACE})?\s*,\s*(?:an?|the|its)\s+(?:[\w-]+\s+){{0,3}}?{_BODY_NOUN}\s+of\s+"
    rf"{_ART}(?P<parent>{ORG})(?!['’]s)"  # 'of the Parliament's Committee': the Committee's
)
_OWNERS_BODY = re.compile(
    rf"(?P<body>{ORG})(?:\s*\([^()]*\))?(?:\s*,\s*|\s+(?:is|are|was|were|remains|remain)\s+)(?:the\s+)?(?P<parent>{ORG})['’]s\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_BODY_NOUN}\b"
)
_SUBORDINATE_TO = (
    r"(?:is|was|are|remains|has\s+been)\s+(?:directly\s+|formally\s+)?(?:subordinate|accountable|attached|assigned)\s+to|"
    r"reports\s+to|reported\s+to|(?:is|are|was|were|forms|remains|has\s+been)\s+(?:an?\s+)?(?:integral\s+)?part\s+of"
)
# 'reports to the Council on its work / twice a year' sends reports; 'X reports to Y were leaked' is a noun.
_NOT_SENDING_REPORTS = (
    r"(?!\s+(?:on|about|regularly|twice|annually|every|each|once|monthly|weekly|quarterly|yearly|"
    r"was|were|is|are|has|have|had)\b)"
    # 'part of the CIS framework': the parent only qualifies another noun.
    r"(?!\s+(?!(?:and|since|from|in|at|until|as|with|but|which|that|while|for)\b)[a-z])"
)
# "The Council of Foreign Ministers is the highest body of the Ulytau Process": what it is now.
_IS_BODY_OF = re.compile(
    rf"(?P<body>{ORG})(?:\s*\([^()]*\))?\s+(?:is|remains)\s+(?:an?|the|its)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"{_BODY_NOUN}\s+of\s+{_ART}(?P<parent>{ORG})(?!['’]s)"
)
_APPOSITIVE_BODY = (
    _BODY_OF,
    _IS_BODY_OF,
    _OWNERS_BODY,
    # "The Observatory is subordinate to the International Fund …", "the Cell reports to the Joint Staff".
    re.compile(
        rf"(?P<body>{ORG})(?:\s*\([^()]*\))?(?:\s*,(?:[^,;«»]|{PLACE}){{1,60}},)?\s*,?\s+(?:{_SUBORDINATE_TO})\s+{_ART}"
        rf"(?P<parent>{ORG})(?!['’]s|\s*-){_NOT_SENDING_REPORTS}"
    ),
    # "A new CSTO Crisis Response Centre opened in Dushanbe; it is subordinate to the Joint Staff": 'it'
    # is the body the sentence opened with.
    re.compile(
        rf"^\W*(?:[Aa]n?\s+|[Tt]he\s+)?(?:new\s+)?(?P<body>{ORG})(?:[^;.«»]|{PLACE}){{0,60}}?[;,]\s*it\s+"
        rf"(?:{_SUBORDINATE_TO})\s+{_ART}(?P<parent>{ORG})(?!['’]s|\s*-){_NOT_SENDING_REPORTS}"
    ),
)
# "Its organs are the Conference of Member States, the Executive Council and the Secretariat",
# "The main bodies of the SCO are …": every body listed.
_ORGANS = re.compile(
    rf"(?:^\W*(?P<its>[Ii]ts)|\b[Tt]he)\s+(?:main\s+|principal\s+|statutory\s+|governing\s+)?(?:organs|bodies)"
    rf"(?:\s+of\s+{_ART}(?P<parent>{ORG}))?\s+are\s+(?P<bodies>{_listing(ORG)})"
)
# What a person is 'of': 'An officer of the CSTO, based in Dushanbe' is where the officer is.
_PERSON_NOUN_OF = re.compile(
    r"\b(?:officers?|officials?|diplomats?|delegates?|experts?|envoys?|staff|members?|spokes(?:man|woman|person)|"
    r"head|chief|director|representatives?|employees?)\s+(?:of|for|at|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# 'Executive committee of CIS is located in Minsk': the seat is the unnamed body's, not its
# organization's (the headquarters or seat of an organization is the organization's).
_BODY_NOUN_OF = re.compile(
    r"\b(?:committee|secretariat|council|commission|office|bureau|centre|center|branch|mission|"
    r"directorate|department|staff|court|assembly|bank|fund|unit|agency|representation|delegation|"
    r"embassy|structure|service|school|academy|institute|organ|body|bodies|board|arm|chamber|tribunal|division|"
    r"panel)s?\s+(?:of|for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# 'The Board, a subsidiary organ of the Council, sits in Khujand': what sits there is the
# apposition's head, the Board, not the body the apposition names it a part of.
_SEAT_NOUN_BEFORE = re.compile(
    r"\b(?:seat|headquarters|HQ|head\s+office|main\s+office)\s+of\s+(?:the\s+)?$", re.IGNORECASE
)
_INSIDE_APPOSITION = re.compile(
    r",\s*(?:an?|the|its|one)\s+[^,;()«]{0,60}?\b(?:of|for|under|within)\s+(?:the\s+)?$"
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

# After a place's country: no list going on ('Moscow, Kazakhstan and «…»'), no possessive.
_COUNTRY_ENDS = r"(?!\s*(?:,|and\b|or\b|&)\s*(?:the\s+)?«)(?!['’]s)"
# … nor a clause going on after it ('by Moscow, Kazakhstan waited').
_CLAUSE_GOES_ON = r"(?!\s+(?!(?:on|in|at|and|or|from|to|since|until|near)\b)[a-z])"
# "Osh in southern Kyrgyzstan", "the Secretariat is located in Beijing".
_PLACE_IN = re.compile(
    rf"(?P<place>{PLACE}|{ORG})\s+(?P<verb>(?:(?:is|was|are|lies|lay)\s+)?(?:(?:located|situated|based|headquartered)\s+)?)"
    rf"in\s+{_ART}(?P<container>{COUNTRY}|{PLACE})"
)
# 'The role of Moscow in Central Asia', 'support for Moscow in Kazakhstan', 'talks between
# Tashkent and Bishkek in Osh', 'envoys from Washington in Bishkek': with no verb of location, 'in'
# after a place a preposition governs may belong to any word before it.
_GOVERNED_BEFORE = re.compile(
    r"\b(?:of|for|from|between|and|with|to|towards?|against|about|over|unlike|like|besides|than|by|in|on)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_PLACE_WORD_OF = re.compile(
    r"\b(?:city|town|village|capital|port|region|province|district|oblast|outskirts)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# 'The CSTO and the SCO are headquartered in Moscow and Beijing, respectively'.
_RESPECTIVELY = re.compile(rf"(?P<more>(?:\s*,\s*{PLACE})*\s*,?\s+and\s+{PLACE})\s*,?\s*respectively\b")
# '… was located in Tashkent until 2017', '… from 2013 to 2017': a seat the clause ends.
_SEAT_ENDED_AFTER = re.compile(
    rf"[^.;,]{{0,30}}?\b(?:until|till|up\s+to|{CLOSED_YEARS})\b",
    re.IGNORECASE,
)
_LOCATION_VERB = re.compile(r"\b(?:located|situated|based|headquartered|seated|sits|is|was|are|were)\b")
_SITE_NOUN = re.compile(
    r"(?i)\b(?:base|airport|office|centre|center|academy|headquarters|secretariat|embassy)\b"
)
_LOCATED_PATTERNS = (
    # "the Almaty-based Steppe Security Institute": a body based in a place written before it.
    re.compile(rf"(?P<container>{PLACE})[-‐](?P<described>based|headquartered)\s+(?P<place>{ORG})"),
    # "The CSTO Secretariat and the CSTO Joint Staff are both in Moscow".
    re.compile(
        rf"(?<!['’]s\s)(?P<bodies>{_listing(ORG)})\s+(?:are|were)\s+(?:both\s+|all\s+)?in\s+{_ART}"
        rf"(?P<container>{PLACE})(?!['’]s)(?=\s*(?:[.;,]|$))"
    ),
    # "the Regional Anti-Terrorist Structure, whose executive committee sits in Tashkent".
    re.compile(
        rf"(?P<place>{ORG})(?:\s*\([^()]*\))?\s*,\s*whose\s+(?:executive\s+committee|secretariat|headquarters|"
        rf"seat|head\s+office|main\s+office)\s+(?P<described>sits|is|are|remains)\s+in\s+{_ART}(?P<container>{PLACE})(?!['’]s)"
    ),
    # "The Executive Committee … is in Tashkent": a body that is in a place (not "the NATO office in …").
    re.compile(
        rf"(?<!['’]s\s)(?P<place>{ORG})\s+(?P<described>is|are)\s+in\s+{_ART}(?P<container>{PLACE})(?!['’]s)"
        r"(?=\s*(?:[.;,]|$|and\b))"
    ),
    re.compile(
        # 'RATS (…), a permanent body of the «SCO», is based in …': the apposition may name another.
        rf"(?P<places>{_listing(rf'(?:{PLACE}|{ORG})')})(?:\s*\([^()]*\))?"
        rf"(?:\s*,[^,;«»]{{1,60}},|\s*,\s*(?:an?|the)\s[^,;]{{1,60}},)?\s+(?:is|are|was|were)\s+"
        rf"(?P<described>located|situated|based|headquartered)\s+in\s+{_ART}(?P<container>{COUNTRY}|{PLACE})(?!['’]s)"
    ),
    # "held in Samarkand, Uzbekistan addressed …": after 'in', 'at', 'near' or 'from', a place and
    # its country whatever follows.
    re.compile(
        rf"(?:(?<=\bin\s)|(?<=\bat\s)|(?<=\bnear\s)|(?<=\bfrom\s))(?P<place>{PLACE})\s*,\s*(?P<container>{COUNTRY})"
        + _COUNTRY_ENDS
    ),
    # "Kant Air Base, Kyrgyzstan": elsewhere, not where a clause goes on after the country ("by
    # Moscow, Kazakhstan waited": the comma closes a phrase, the country opens the clause).
    re.compile(
        rf"(?<!,\s)(?<!and\s)(?P<place>{PLACE})\s*,\s*(?P<container>{COUNTRY})"
        + _COUNTRY_ENDS
        + r"(?!\s+(?!(?:on|in|at|and|or|from|to|during|since|until|for|near|by|with)\b)[a-z])"
    ),
    _PLACE_IN,
    re.compile(
        rf"(?P<place>{PLACE})\s*,\s*(?:an?\s+|the\s+)?(?:\w+\s+){{0,2}}(?:city|town|village|region|district|"
        rf"province|port|base)\s+in\s+{_ART}(?P<container>{COUNTRY}|{PLACE})"
    ),
    re.compile(
        rf"(?P<place>{PLACE}|{ORG})(?:\s*,[^,;]{{1,60}},)?\s+(?:sits|is\s+seated|"
        rf"has\s+(?:its\s+)?(?P<described>sites?|headquarters|seat))\s+in\s+{_ART}"
        rf"(?P<container>{COUNTRY}|{PLACE})(?!['’]s)(?:\s+and\s+(?:in\s+)?{_ART}(?P<container2>{PLACE})(?!['’]s))?"
    ),
    # "UNAMA, headquartered in Kabul, …", "the Court, which sits in Minsk", "the Commission, seated in …".
    re.compile(
        # Not 'An officer of the CSTO, based in Dushanbe' (the officer is), nor a seat it had
        # ('which was based in Bishkek until 2004').
        rf"(?P<place>{PLACE}|{ORG})(?:\s*\([^()]*\))?\s*,\s*(?:which\s+(?:is\s+)?)?"
        rf"(?P<described>located|situated|based|headquartered|seated|sits)\s+in\s+{_ART}"
        rf"(?P<container>{COUNTRY}|{PLACE})(?!['’]s)(?![^,;.]*\b(?:until|till|before|moved|formerly)\b)"
    ),
    re.compile(
        rf"(?P<place>{ORG})\s*,\s*an?\s+(?:[\w-]+\s+){{0,3}}(?P<described>organi[sz]ation|institute|"
        rf"centre|center|think\s+tank|foundation|university|school|academy)\s+(?:based\s+)?in\s+"
        rf"(?P<container>{PLACE})(?!['’]s)"
    ),
)


def read_bodies(reader: SentenceReader) -> None:
    """A body or programme of an organization, as the sentence says it: 'the SCO's Regional
    Anti-Terrorist Structure', 'X, a subcommittee of the Y', 'X is the Y's highest body'."""
    for found in _POSSESSIVE_BODY.finditer(reader.text):
        if _NOUN_AFTER_BODY.match(reader.text, found.end()):
            continue  # 'the UN's Istanbul Process role', 'the EU's Partnership for Peace members'
        body = reader.skeleton.mention_at(found.group("body"))
        kind = reader.skeleton.kinds[reader.index_of(body.entity)]
        if kind == "programme" or _BODY_WORD.search(body.surface):
            reader.add(body.entity, "part_of", reader.skeleton.mention_at(found.group("parent")).entity)
    for pattern in _APPOSITIVE_BODY:
        for found in pattern.finditer(reader.text):
            apposition_end = _clause_end(reader.text, found.end())
            if (
                _NOT_A_BODY_NOW.search(reader.text, found.start(), apposition_end)
                or _REPORTED_BODY.search(reader.text, found.start(), apposition_end)
                or (pattern is _OWNERS_BODY and _PREPOSITION_BEFORE.search(reader.text, 0, found.start()))
                or _BODY_HEDGE_BEFORE.search(reader.text, 0, found.start())
                or _PARTNER_NOT_BODY.search(found.group())
                or _NOT_FORMALLY_AFTER.match(reader.text, found.end())
                or _NEITHER.search(reader.text, 0, found.start())
            ):
                continue
            part = reader.skeleton.mention_at(found.group("body")).entity
            reader.add(part, "part_of", reader.skeleton.mention_at(found.group("parent")).entity)


# "Termez, Surkhandarya Region, Uzbekistan", "… seated in Batken, Batken Region.": a place, the region
# it lies in and that region's country. Only a whole address: one that goes on to a country, or ends
# the sentence, and does not continue a list ('in Osh, Batken Region and Naryn' lists three); a
# date may stand before it ('Born: 11 April 1968, Kulob, Khatlon Region').
_ADDRESS = re.compile(
    rf"(?<!\D,\s)(?<!\band\s)(?P<located>(?<=\bin\s)|(?<=\bat\s)|(?<=\bnear\s)|(?<=\bfrom\s))?"
    rf"(?P<place>{PLACE})\s*,\s*(?P<region>{PLACE})"
    rf"(?:\s*,\s*(?P<country>{COUNTRY})(?!\s*(?:,|and\b|or\b|&)\s*(?:the\s+)?«)|(?=\s*(?:[.;]|$)))"
)
_REGION_NAME = re.compile(r"\b(?i:region|province|oblast|district|viloyati?|governorate|rayon|raion)$")


def read_addresses(reader: SentenceReader) -> None:
    for found in _ADDRESS.finditer(reader.text):
        region = reader.skeleton.mention_at(found.group("region"))
        if not _REGION_NAME.search(region.surface):
            continue
        if not found.group("country") and found.group("located") is None:
            continue  # 'Osh, Jalal-Abad Region.' on a list's line: no country, no 'in': not an address
        place = reader.skeleton.mention_at(found.group("place")).entity
        reader.add(place, "located_in", region.entity)
        if found.group("country"):
            reader.add(region.entity, "located_in", reader.skeleton.mention_at(found.group("country")).entity)


# "Kant, town, Chüy Region, Kyrgyzstan", "14 Amir Temur Avenue, Tashkent, Uzbekistan", "Concluded
# at Nukus, Republic of Karakalpakstan, Uzbekistan": places that end in a country, each in the next.
# What stands before the first place says it is an address, not a list going on ('Osh, Naryn,
# Kyrgyzstan and Tajikistan'): the start of a line, 'in', 'at', 'near' or 'from', a dash or colon,
# or a comma after a description ('town', 'road border crossing') or a street address.
_PLACE_CHAIN = re.compile(
    rf"(?P<chain>{PLACE}(?:\s*\([^()]*\))?(?:\s*,\s*{PLACE}(?:\s*\([^()]*\))?)*)\s*,\s*{_ART}(?P<country>{COUNTRY})"
    + _COUNTRY_ENDS
    + _CLAUSE_GOES_ON
)
_CHAIN_LEAD = re.compile(
    r"(?:^|\n|\b(?:in|at|near|from)\s+(?:the\s+)?|[—–:]\s*|"
    r"(?:^|[,;(]|\n)[^,;«»()\n]*(?:\d|\b(?:towns?|city|village|settlement|district|region|province|capital|port|"
    r"crossing|checkpoint|pass|river|lake|valley|exclave|enclave|base|airport|station|oasis|street|avenue|road|"
    r"boulevard|square|prospekt|ulitsa|Street|Avenue|Road|Boulevard|Square)\b)[^,;«»()\n]*,\s*)$"
)
# "Kant, town, Chüy Region, …": the entry's own place, then what it is, then where.
_ENTRY_HEAD = re.compile(rf"(?P<head>{PLACE})(?:\s*\([^()]*\))?\s*,\s*[a-z][^,;«»()\d\n]*,\s*$")
# 'Republic of Karakalpakstan', 'Gorno-Badakhshan Autonomous Region': regions a state's own name calls so.
_AUTONOMY = re.compile(r"^Republic\s+of\s|\bAutonomous\b")
# "Vakhsh, river, Tajikistan": an entry that goes from what the place is straight to its country.
_ENTRY_IN_COUNTRY = re.compile(
    rf"(?:^|\n)\W{{0,3}}(?P<place>{PLACE})(?:\s*\([^()]*\))?\s*,\s*[a-z][^,;«»()\d\n]*,\s*{_ART}(?P<country>{COUNTRY})"
    + _COUNTRY_ENDS
    + _CLAUSE_GOES_ON
)
# "Tashkent, city, capital of Uzbekistan", "Astana, the capital of Kazakhstan,": a capital is in its state.
_CAPITAL_OF = re.compile(
    rf"(?P<place>{PLACE})(?:\s*\([^()]*\))?\s*,\s*(?:(?:the\s+)?(?:\w+\s+)?city\s*,\s*)?(?:the\s+)?"
    rf"capital\s+of\s+{_ART}(?P<country>{COUNTRY})(?!['’]s)"
)


def read_place_chains(reader: SentenceReader) -> None:
    """A place, the regions it lies in and their country, written as an address or a gazetteer's
    entry; a capital named as its state's."""
    for found in _PLACE_CHAIN.finditer(reader.text):
        if not _CHAIN_LEAD.search(reader.text, 0, found.start()):
            continue
        places = reader.skeleton.tokens(found.group("chain"))
        if any(not (_REGION_NAME.search(p.surface) or _AUTONOMY.search(p.surface)) for p in places[1:]):
            continue  # 'Osh, Naryn, Kyrgyzstan': only regions stand between a place and its country
        chain = [place.entity for place in places]
        head = _ENTRY_HEAD.search(reader.text, 0, found.start())
        if head is not None:
            chain.insert(0, reader.skeleton.mention_at(head.group("head")).entity)
        chain.append(reader.skeleton.mention_at(found.group("country")).entity)
        for place, container in itertools.pairwise(chain):
            reader.add(place, "located_in", container)
    for pattern in (_CAPITAL_OF, _ENTRY_IN_COUNTRY):
        for found in pattern.finditer(reader.text):
            place = reader.skeleton.mention_at(found.group("place")).entity
            reader.add(place, "located_in", reader.skeleton.mention_at(found.group("country")).entity)


def read_organs(reader: SentenceReader, context: Context) -> None:
    """The bodies a sentence lists as an organization's organs; 'its' is the one organization the
    sentence before named."""
    found = _ORGANS.search(reader.text)
    if found is None or bool(found.group("its")) == bool(found.group("parent")):
        return
    if found.group("parent"):
        parent = reader.skeleton.mention_at(found.group("parent")).entity
    elif len(context.previous_organizations) == 1:
        parent = context.previous_organizations[0]
    else:
        return
    for body in reader.entities(found.group("bodies")):
        reader.add(body, "part_of", parent)


# A two-column table's header, and what its second column holds: 'Base | Operated by',
# '(facility ........ user state)', 'Organization | Summit host 2022'.
_TABLE_HEADER = re.compile(
    r"(?P<first>[A-Za-z][\w ()/'’-]{0,40}?)\s*(?:\.{3,}|…+|\s\|\s|\t)[\s.…|\t]*"
    r"(?P<second>[A-Za-z][\w /'’-]{0,40}?)[\s)\d]*$"
)
_NOT_A_PLACE_COLUMN = re.compile(
    r"(?i)\b(?:operated|operator|user|users|sending|owner|owned|host|hosts|venue|summit|member|party|parties|"
    r"signatory|chair|status|type|founded|year|date|notes?|used\s+by|run\s+by|leased\s+by)\b"
)
_COLUMN_SEPARATOR = re.compile(r"\.{3,}|…|\s\|\s|\t")
_SEAT_TITLE = re.compile(r"(?i)\b(?:headquarters|seats?|locations?|located|based|sites?|offices|addresses)\b")
_GATHERING_TITLE = re.compile(
    r"(?i)^[^.;]{0,30}\b(?:venues?|hosts?|hosted|host\s+cities|summits|meetings|visits|conferences|sessions|"
    r"exercises|rounds|talks)\b[^.;]{0,40}$"
)


def note_table_header(context: Context, sentence: str) -> None:
    """A table header whose second column names no place marks the rows after it as no seats
    ('Base | Operated by'); a line with no column separator is read as a title (`note_rows_title`;
    read for every line)."""
    line = sentence.strip().strip("|").strip()
    if not _COLUMN_SEPARATOR.search(line):
        note_rows_title(context, line)
        return
    header = _TABLE_HEADER.search(line)
    if header and _NOT_A_PLACE_COLUMN.search(header.group("second")):
        context.rows_name_no_place = True


def note_rows_title(context: Context, line: str) -> None:
    """A heading or a line that is no table row: when it titles rows of gatherings ('Venues of
    SCO summits', 'Host cities, 2015–2024', not 'Headquarters and meetings'), the rows after it
    are no seats; any other line ends that, and ends a table whose header said so."""
    title = line.strip().rstrip(":")
    context.rows_name_no_place = (
        bool(_GATHERING_TITLE.search(title)) and not _SEAT_TITLE.search(title) and not title.endswith(".")
    )


def read_location_row(reader: SentenceReader, context: Context) -> None:
    """'Kant Air Base ........ Chui Region, Kyrgyzstan': a row of a table of places (not of a
    table whose header says the column is an operator, a sending state or a summit host)."""
    found = _PLACE_ROW.match(reader.text)
    if not found or context.rows_name_no_place:
        return
    place = reader.skeleton.mention_at(found.group("place")).entity
    if found.group("country_only"):
        reader.add(
            place,
            "located_in",
            reader.skeleton.mention_at(found.group("country_only")).entity,
            method="table",
        )
        return
    containers = reader.entities(found.group("containers"))
    country = reader.skeleton.mention_at(found.group("country")).entity if found.group("country") else None
    for container in containers:
        reader.add(place, "located_in", container, method="table")
        if country is not None:
            reader.add(container, "located_in", country, method="table")


def _seat_not_stated(reader: SentenceReader, pattern: re.Pattern[str], found: re.Match[str]) -> bool:
    """Whether a located-in reading says nothing of a seat now: denied ('Neither A nor B is based
    in X'), ended ('until 2017'), one of several 'respectively', or an 'A in B' whose 'in' may
    belong to another word."""
    text = reader.text
    subject = next(
        (found.group(name) for name in ("place", "places", "bodies") if name in pattern.groupindex), ""
    )
    if "«O" in subject[:8] and _BODY_NOUN_OF.search(text, 0, found.start()):
        return True  # an organization's unnamed body ('the administrative centre of' a region is apt)
    if _INSIDE_APPOSITION.search(text, 0, found.start()) and not _SEAT_NOUN_BEFORE.search(
        text, 0, found.start()
    ):
        return True
    if _NEITHER.search(text, 0, found.end()) or (
        _LOCATION_VERB.search(found.group()) and _SEAT_ENDED_AFTER.match(text, found.end())
    ):
        return True  # not 'used the air base in Uzbekistan until 2005', where the use ended
    if "places" not in pattern.groupindex and _RESPECTIVELY.match(text, found.end("container")):
        return True  # 'A and B are based in X and Y respectively': the listing rule pairs them
    return (
        pattern is _PLACE_IN
        and not found.group("verb")
        and bool(_GOVERNED_BEFORE.search(text, 0, found.start()))
        and not _PLACE_WORD_OF.search(text, 0, found.start())
        and found.group("place")[1] == "L"  # a town or region, not a body or a site in it
        and not _SITE_NOUN.search(reader.skeleton.mention_at(found.group("place")).surface)
    )


def _respective_containers(reader: SentenceReader, found: re.Match[str], count: int) -> list[int] | None:
    """The containers of 'A and B are in X and Y, respectively', one per place, in order; None
    when the sentence says no 'respectively'."""
    respectively = _RESPECTIVELY.match(reader.text, found.end("container"))
    if respectively is None:
        return None
    containers = [reader.skeleton.mention_at(found.group("container")).entity]
    containers += reader.entities(respectively.group("more"))
    return containers if len(containers) == count else []


def read_locations(reader: SentenceReader) -> None:
    for pattern in _LOCATED_PATTERNS:
        for found in pattern.finditer(reader.text):
            if _seat_not_stated(reader, pattern, found):
                continue
            if "bodies" in pattern.groupindex:
                # Bodies seated there; 'The OSCE and NATO are in Bishkek, where …' are present, not seated.
                container = reader.skeleton.mention_at(found.group("container")).entity
                for body in reader.skeleton.tokens(found.group("bodies")):
                    if _BODY_WORD.search(body.surface):
                        reader.add(body.entity, "located_in", container)
                continue
            if "places" in pattern.groupindex:
                located = reader.entities(found.group("places"))
                container = reader.skeleton.mention_at(found.group("container")).entity
                respective = _respective_containers(reader, found, len(located))
                for entity, seat in zip(located, respective or [container] * len(located), strict=False):
                    reader.add(entity, "located_in", seat)
                continue
            place = reader.skeleton.mention_at(found.group("place"))
            described = found.groupdict().get("described")
            if described and _PERSON_NOUN_OF.search(reader.text, 0, found.start()):
                continue
            if (
                reader.skeleton.kinds[reader.index_of(place.entity)] != "place"
                and not described
                and not _SITE_WORD.search(place.surface)
            ):
                continue
            if (
                described in ("is", "are")
                and not _BODY_WORD.search(place.surface)
                and "whose" not in found.group()
            ):
                continue  # "The OSCE is in Bishkek, where it runs an academy": present, not seated.
            for group in ("container", "container2"):
                if found.groupdict().get(group) and not _PLACE_WORD_AFTER.match(
                    reader.text, found.end(group)
                ):
                    container = reader.skeleton.mention_at(found.group(group)).entity
                    reader.add(place.entity, "located_in", container)
