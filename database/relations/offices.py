"""holds_office facts: who holds which title in which state or organization.

"Foreign Minister X of Kazakhstan", "X, the SCO Secretary-General", "Its President, X", a
signature block's "For <country>:" then "Name, Title", a "Name: / Director:" record; never a
nominee, a former or another body's title, or an office the clause says was left.
"""

from __future__ import annotations

import re

from database.places import seat_in_name
from database.relations.context import _RECORD_NAME, Context, record_name
from database.relations.dating import (
    OPERATIVE_CLAUSE,
    _clause_end,
    _clause_start,
    _event_dates,
    _outside_asides,
)
from database.relations.hedges import _NEGATION, _NEITHER, _PLAN, CLOSED_YEARS, ended_within
from database.relations.sentence import SentenceReader
from database.relations.skeleton import _ART, _TOKEN_BASE, COUNTRY, MEDIA, ORG, PERSON, PLACE, TREATY

# What a minister is 'Minister of': the portfolios governments of the region and their partners name.
_PORTFOLIO = (
    r"(?:Foreign\s+Affairs|Defen[cs]e|Internal\s+Affairs|Justice|Finance|Economy|Economic\s+Development|"
    r"Energy|Transport|Health|Education(?:\s+and\s+Science)?|Agriculture|Labou?r|Culture|Emergency\s+Situations|"
    r"Emergencies|Digital\s+Development|Trade|Foreign\s+Trade|Industry|Water\s+Resources|Investments?|"
    r"Information|Security|State\s+Security|National\s+Security|Internal\s+Security)"
)
_ROLE = (
    rf"(?i:(?:(?:former|then|acting|interim|incoming|outgoing|current|newly\s+appointed)\s+|ex-|then-)?"
    r"(?:(?:Deputy|Assistant|Vice|First\s+Deputy|Deputy\s+Assistant)[\s-]+)*(?:President|Prime\s+Minister|(?-i:FM|PM)|"
    r"(?:Foreign|Defen[cs]e|Interior|Finance|Economy|Emergency\s+Situations)\s+(?:Minister|Secretary)|"
    rf"Minister(?:\s+of\s+(?:the\s+Interior|{_PORTFOLIO}(?:\s+and\s+{_PORTFOLIO})?))?|Secretary[\s-]+"
    r"General|Special\s+Representative|Permanent\s+Representative|Special\s+Envoy|Speaker|Senator|Chair(?:man|woman|person)?[\s-]in[\s-]Office|Chairman|Chairwoman|Chairperson|Chair|"
    r"Head|Secretary(?:\s+of\s+State)?|State\s+Secretary|CiO|Chairman-in-Office|Ambassador|Commander|Chief\s+of\s+(?:General\s+)?Staff|"
    r"(?:Executive|Managing|Programme|Program)\s+Director|Director|"
    r"Director[\s-]+General|Governor|Mayor|King|Emir|Supreme\s+Leader|Executive\s+Secretary|Defen[cs]e\s+Chief|(?:senior\s+|research\s+)?fellow|researcher|"
    r"spokes(?:man|woman|person)|co-director|professor|(?:defen[cs]e|military)\s+attach[eé]|Chief))"
)
_HOLDER = rf"(?:{COUNTRY}|{ORG}|{MEDIA})"
# "S. N. ", "K.-Zh. ": initials and patronymic before a surname, as Russian texts write names.
_INITIALS = (
    # 'Col. Gen.', 'Lieutenant General': a military rank before the name.
    r"(?:(?:Col|Gen|Lt|Maj|Capt|Adm|Brig|Cdr|Sgt)\.\s*|(?:Colonel|Lieutenant|Major|Admiral|Brigadier|Captain)"
    r"(?:[\s-]+General)?\s+){0,3}"
    r"(?:[A-Z][a-z]?\.(?:-[A-Z][a-z]?\.)?\s*){0,3}"
)
_STATE_ROLE = (
    r"(?:President|Prime\s+Minister|(?:Deputy\s+)?(?:Foreign|Defen[cs]e|Interior)\s+Minister|"
    rf"Minister\s+of\s+{_PORTFOLIO})"
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
_TERM_ENDS_AFTER = ended_within(
    80, r"up\s+to|to\s+(?:\d{4}|[A-Z][a-z]+\s+\d{4})|[–-]\s*\d{4}", word_end=False
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
# A note on how the name is also written, between the name and its verb: 'X (also written Y)',
# 'X, also spelled Y,'.
_SPELLING_ASIDE = (
    r"\s*\((?:also|or|sometimes)\s+(?:written|spelled|spelt|transliterated)\s+[^()]{1,60}\)|"
    r"\s*,\s*(?:also|or|sometimes)\s+(?:written|spelled|spelt|transliterated)\s+[^,;()]{1,60},"
)
_IS_NOW = r"(?:is|has\s+been)\s+(?:now\s+|still\s+|currently\s+)?"
# 'head of Kazakhstan's CSTO mission': the post is in a unit the body's name only qualifies.
_UNIT_NOUN = (
    r"(?:mission|delegation|office|team|contingent|summit|staff|forces|troops|exercises?|talks|meeting|"
    r"representation|branch|unit|desk|embassy|battalion|brigade|component)"
)
_HOLDER_ENDS = (
    r"(?!['’]s\b)(?!\s+[A-Z][a-z])"
    r"(?!\s+(?!(?:and|or|in|since|from|until|who|which|for|at|on|to|was|is|has|had|with|as|but|between|through|"
    r"during|under|whose|again|today|when|where|after|before|by)\b)[a-z])"
)
# How a sentence says someone took a post: 'who took office as SCO Secretary-General on …'.
_TOOK_POST = (
    r"(?P<verb>appointed|elected|re-elected|named|became|becomes|took\s+office\s+as|took\s+up\s+the\s+post\s+of|"
    r"assumed\s+(?:office|the\s+post)\s+(?:as|of)|sworn\s+in\s+as|serves\s+as|served\s+as)"
)
_OFFICE_PATTERNS = (
    # "Deputy Foreign Minister X signed for «Kazakhstan» and State Secretary Y for «Mongolia»": who signs
    # for a state holds the title in it (see `_signed_for_unstated` for what it is not).
    _SIGNED_FOR_OFFICE,
    re.compile(
        # "The CSTO's Secretary General since January 2023, X": the date of taking office, set apart.
        rf"(?P<holder>{_HOLDER})(?:['’]s)?\s+(?:(?:new|current)\s+)?(?P<role>{_ROLE}(?:\s+and\s+{_ROLE})?)"
        rf"(?P<since>\s+since\s+(?:(?:early|mid-|late)\s*)?(?:\d{{1,2}}\s+)?(?:[A-Z][a-z]+\.?\s+)?\d{{4}}(?=\s*,))?\s*,?\s+(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?{_INITIALS}(?P<person>{PERSON})"
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
    re.compile(
        rf"(?P<person>{PERSON})\s+of\s+the\s+(?P<role>)(?P<holder>{ORG})(?!['’]s|\s*\()(?!\s+{_UNIT_NOUN}\b)"
    ),
    re.compile(
        rf"(?P<person>{PERSON})\s*,\s*(?:an?\s+|the\s+)?(?P<former>(?:former|then)\s+)?(?P<holder>{_HOLDER})(?:['’]s)?\s+"
        # Not a list's next entry: 'Sergei Lavrov, Kazakhstan's Deputy Minister … Asel Bekmukhambetova'.
        rf"(?P<role>{_ROLE})\b(?![^,;.«»]{{0,50}}(?:«P|\b[A-Z][a-z’'-]+\s+[A-Z][a-z’'-]+\b))"
    ),
    re.compile(
        rf"(?P<person>{PERSON})\s+(?:was|is|has\s+been|had\s+been|became|serves\s+as|served(?:\s+\w+)?\s+as)"
        rf"\s+(?:also\s+)?(?P<holder>{_HOLDER})['’]s\s+(?P<role>{_ROLE})\b"
    ),
    # "X has been the CSTO Secretary General since …": the holder's name before the title.
    re.compile(
        rf"(?P<person>{PERSON})\s+(?:is|has\s+been|serves\s+as)\s+(?:also\s+)?the\s+(?P<holder>{ORG})\s+"
        rf"(?P<role>{_ROLE})(?![\w-])(?!\s+(?:of|at|for|to)\b|\s+[A-Z])"
    ),
    re.compile(
        rf"(?P<person>{PERSON})\s*,\s*(?:who\s+(?:is|was|has\s+been|had\s+been)\s+)?(?:an?\s+|the\s+)?(?P<role>{_ROLE})\s*(?:of|at|,)\s+{_ART}"
        # Not 'Head of the Division, Service': a signature line, read by its own rule.
        # Nor 'deputy chair of Tajikistan's State Committee': the post is in the body the state owns.
        rf"(?:{COUNTRY}['’]s\s+)?(?P<holder>{_HOLDER})(?!\s*,\s*{ORG}[\s.]*$)(?!['’]s)(?!\s+{_UNIT_NOUN}\b)"
        # Nor 'Chief of the CSTO Joint Staff', 'director of the Kyrgyz hydromet service': the name
        # goes on, or qualifies a noun, so the post is in a body the text names no further.
        rf"{_HOLDER_ENDS}"
    ),
    # "X, Special Representative of the Secretary-General for Afghanistan and Head of the UN Mission":
    # the second title's body when the first names none.
    re.compile(
        rf"(?P<person>{PERSON})\s*,\s*(?:an?\s+|the\s+)?{_ROLE}\b[^,;«»]{{0,80}}?\s+and\s+(?P<role>{_ROLE})"
        rf"\s+(?:of|at)\s+{_ART}(?P<holder>{_HOLDER})(?!['’]s)(?!\s+{_UNIT_NOUN}\b)"
    ),
    # "The current Secretary General of the CSTO is X", "Kazakhstan's Foreign Minister is X".
    re.compile(
        rf"(?P<role>{_ROLE})\s+(?:of|at)\s+{_ART}(?P<holder>{_HOLDER})\s+{_IS_NOW}{_INITIALS}(?P<person>{PERSON})"
    ),
    re.compile(
        rf"(?P<holder>{_HOLDER})['’]s\s+(?:(?:new|current)\s+)?(?P<role>{_ROLE})\s+{_IS_NOW}{_INITIALS}(?P<person>{PERSON})"
    ),
    re.compile(
        # 'X, a former Foreign Minister of Uzbekistan, is …': what the apposition says is read apart.
        rf"(?P<person>{PERSON})(?:\s+of\s+{_ART}{COUNTRY}|\s*,\s*(?:an?|the)\s+[^,;()]{{1,80}}?,|{_SPELLING_ASIDE})?\s+"
        rf"(?:(?:was|were|is|has\s+been|had\s+been)\s+)?(?P<verb>appointed|elected|re-elected|"
        rf"named|became|becomes|serves\s+as|served\s+as|took\s+office\s+as|has\s+been|had\s+been|is|was)\s+(?:as\s+)?"
        rf"(?:an?\s+|the\s+)?(?P<role>{_ROLE})"
        # Not 'Chief of the Kyrgyz delegation', 'Director of Uzbekistan Airways': a unit or a body
        # the state only qualifies.
        rf"\s+(?:of|at)\s+{_ART}(?P<holder>{_HOLDER})(?!\s+{_UNIT_NOUN}\b){_HOLDER_ENDS}"
    ),
    # "X, who took office as SCO Secretary-General on 1 January 2025", "X became Kazakh Foreign Minister".
    re.compile(
        rf"(?P<person>{PERSON})\s*,?\s+(?:who\s+)?(?:(?:was|is|has\s+been|had\s+been|has|had)\s+)?{_TOOK_POST}\s+(?:as\s+)?"
        rf"(?:the\s+)?(?P<holder>{_HOLDER})\s+(?P<role>{_ROLE})\b"
    ),
    # "X took up the post of Secretary-General of the SCO in January 2025".
    re.compile(
        rf"(?P<person>{PERSON})\s*,?\s+(?:who\s+)?(?P<verb>took\s+up\s+the\s+post\s+of|assumed\s+the\s+post\s+of)\s+"
        rf"(?:the\s+)?(?P<role>{_ROLE})\s+(?:of|at)\s+{_ART}(?P<holder>{_HOLDER})(?!\s+{_UNIT_NOUN}\b){_HOLDER_ENDS}"
    ),
    # "To appoint X as Deputy Minister of Defence of Uzbekistan", "The President appointed X Ambassador of
    # Kyrgyzstan": the one the verb appoints holds the post ('not to appoint' appoints no one).
    re.compile(
        rf"(?<!\bnot\s)(?<!\bnot\sto\s)\b(?P<verb>[Aa]ppoint(?:s|ed)?)\s+{_INITIALS}(?P<person>{PERSON})\s*,?\s+"
        rf"(?:as\s+|to\s+the\s+post\s+of\s+)?(?:an?\s+|the\s+)?(?P<role>{_ROLE})\s+(?:of|at)\s+{_ART}"
        rf"(?P<holder>{_HOLDER})(?!\s+{_UNIT_NOUN}\b){_HOLDER_ENDS}"
    ),
)
# "A and B, Presidents of Tajikistan and Kyrgyzstan": one title, held by each in the state named
# in the same place of the second list.
_TITLES_OF_EACH = re.compile(
    rf"(?P<persons>{PERSON}(?:\s*,\s*{PERSON})*\s*,?\s+and\s+{PERSON})\s*,\s*(?:the\s+|their\s+)?"
    rf"(?P<role>{_ROLE})s\s+of\s+(?P<holders>{_ART}{_HOLDER}(?:\s*,\s*{_ART}{_HOLDER})*\s*,?\s+and\s+{_ART}{_HOLDER})"
    r"(?![\w'’-])"
)
# A title of another rank than the one named: 'Vice President', 'Deputy Prime Minister'.
_OTHER_TITLE_BEFORE = re.compile(r"\b(?:vice|deputy|first|acting|interim)[\s-]*$", re.IGNORECASE)
# "Defence Ministers A (Tajikistan) and B (Kyrgyzstan)", "Foreign Minister A (Kazakhstan)": a state's
# title before the name, the state in brackets after it.
_TITLE_NAME_BRACKETED_STATE = re.compile(
    rf"(?P<role>{_STATE_ROLE})(?:\s+(?P<one>{_INITIALS}{PERSON}\s*\(\s*{COUNTRY}\s*\))(?!\s*,?\s+and\s+{_INITIALS}{PERSON})|"
    rf"s\s+(?P<pairs>{_INITIALS}{PERSON}\s*\(\s*{COUNTRY}\s*\)"
    rf"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+){_INITIALS}{PERSON}\s*\(\s*{COUNTRY}\s*\))+))"
)
# "To relieve X of the duties of Deputy Minister of Defence of Uzbekistan", "dismissed X from the post of
# …": a post the person held until then.
_RELIEVED_OF_POST = re.compile(
    rf"(?<!\bnot\s)(?<!\bnot\sto\s)\b(?:[Rr]elieve[sd]?|[Dd]ismiss(?:es|ed)?|[Rr]emove[sd]?)\s+{_INITIALS}"
    rf"(?P<person>{PERSON})\s*,?\s+(?:of\s+(?:the\s+|his\s+|her\s+)?(?:duties|post|position|office)\s+(?:of|as)|"
    rf"from\s+(?:the\s+|his\s+|her\s+)?(?:post|position|office)\s+(?:of|as))\s+(?:an?\s+|the\s+)?"
    rf"(?P<role>{_ROLE})\s+(?:of|at)\s+{_ART}(?P<holder>{_HOLDER})(?!\s+{_UNIT_NOUN}\b){_HOLDER_ENDS}"
)
_REPRESENTED_BY = re.compile(
    rf"(?P<holder>{COUNTRY})(?:\s+(?:side|delegation|government))?\s+(?:was|were|is|are|will\s+be)\s+"
    rf"(?:represented|led|headed)\s+by\s+(?:its\s+|the\s+)?(?P<role>(?:Deputy\s+)?{_ROLE})\s+(?P<person>{PERSON})"
)
# "The OSCE Programme Office in Bishkek, headed by Ambassador Henrik Lindqvist, funds …", "the CSTO,
# which is led by its Secretary General X": who heads a body now (not 'was headed by', 'will be').
_HONORIFIC_BEFORE = (
    r"(?:(?:Ambassador|Dr|Mr|Ms|Mrs|Prof|General|Gen|Colonel|Col|Captain|Capt|Admiral|(?:Lieutenant|Major|Brigadier|"
    r"Colonel|Rear|Vice)[\s-]+(?:General|Admiral))\.?\s+)?"
)
# A body's own title, written bare before the name ('headed by Executive Director X'); a state's or
# a rank ('chaired by President X', 'Ambassador X') says what the person is elsewhere.
_BODY_ROLE = r"(?:Secretary[\s-]+General|Director[\s-]+General|Executive\s+Secretary|Executive\s+Director)"
_OWN_BODY_TITLE = rf"(?:{_BODY_ROLE}|(?:Deputy\s+)?(?:Director|Chair(?:man|woman|person)?|Head|Coordinator))"
_HEADED_BY = re.compile(
    rf"(?P<holder>{ORG})(?:\s*\([^()]{{0,20}}\))?\s*(?:,\s*(?:which\s+is\s+)?|\s+(?:is|has\s+been)\s+)"
    rf"(?P<verb>headed|led|chaired|directed)\s+by\s+(?:(?:(?:its|the)\s+(?:(?:new|current)\s+)?(?P<role>{_ROLE})|"
    rf"(?P<title>{_OWN_BODY_TITLE}))\s*,?\s+)?{_HONORIFIC_BEFORE}{_INITIALS}(?P<person>{PERSON})"
)
# 'Since 1 March 2024 the Centre has been headed by …': when the one heading it took over.
_SINCE_OPENING = re.compile(r"^\W*Since\s+(?P<date>[^,;]{4,30}?)\s*,?\s+(?:the|its)\s", re.IGNORECASE)
# "Saida Rakhimova directs the Ferghana Valley Peace Institute", "X chaired the State Committee until
# 2025": a person who heads a body (a past tense is a former office; 'led the CSTO summit' is no body).
_HEADS_BODY = re.compile(
    rf"(?<!\bwho\s)(?P<person>{PERSON})(?:\s*,\s*who)?\s+(?:(?P<now>has\s+(?:headed|chaired|directed|led)|heads|chairs|"
    rf"directs|leads)|(?P<then>headed|chaired|directed))\s+(?:the\s+)?(?:{COUNTRY}['’]s\s+)?(?P<holder>{ORG})"
    r"(?!['’]s|[\w-]|\s+(?!(?:since|from|until|till|and|as)\b)[a-z])"
    rf"(?!\s+and\s+(?:the\s+)?{ORG}\s+[a-z])"  # 'led the CSTO and SCO delegations': not the bodies
)
_HEADS_HINT = re.compile(r"head|chair|direct|lead|led")
_HEAD_VERB_ROLE = {
    "heads": "head",
    "headed": "head",
    "leads": "head",
    "led": "head",
    "chairs": "chair",
    "chaired": "chair",
    "directs": "director",
    "directed": "director",
}
# "A new CSTO Crisis Response Centre opened in Dushanbe; it is subordinate to the Joint Staff and is
# headed by Major-General X": 'it' is the body the sentence opened with.
_IT_IS_HEADED_BY = re.compile(
    rf"^\W*(?:[Aa]n?\s+|[Tt]he\s+)?(?:new\s+)?(?P<holder>{ORG})(?:[^;.«»]|{PLACE}){{0,60}}?[;,]\s*it\s+"
    rf"(?:[^;.]{{0,80}}?\s+and\s+)?is\s+(?P<verb>headed|led|chaired|directed)\s+by\s+{_HONORIFIC_BEFORE}"
    rf"{_INITIALS}(?P<person>{PERSON})"
)
# "- Mr Rustam Yuldashev, Deputy Chair (Institute for Strategic Studies, Tashkent)", "Apologies:
# Prof. A (University of X, Bishkek); Mr B (Ashgabat)": the body in brackets is the person's own (the
# title before it may be in the meeting's body, so none is given).
_NOT_HELD_NOW = re.compile(
    r"\b(?:former|formerly|ex|late|retired|emeritus|memoriam|outgoing)\b", re.IGNORECASE
)
_BRACKETED_AFFILIATION = re.compile(
    rf"(?:^[\s>*•·–-]*(?:[A-Z][\w ]{{0,30}}:\s*)?|;\s*)(?:(?:Dr|Mr|Ms|Mrs|Prof|Col|Gen|Amb|Capt)\.?\s+"
    rf"(?:\([a-z.]+\)\s+)?)*{_INITIALS}(?P<person>{PERSON})(?:\s*,\s*[A-Za-z][\w -]{{0,40}}?)?\s*"
    rf"\((?P<holder>{ORG})(?:\s*,\s*(?:(?P<seat>{PLACE})|{COUNTRY}|[A-Z][a-z]+))?\)\s*(?=;|[.]?\s*$)"
)
# "the OSCE Programme Office in Dushanbe and its new head, Ambassador Ilse Vogt".
_AND_ITS_HOLDER = re.compile(
    rf"(?P<holder>{ORG})\s+and\s+its\s+(?:(?:new|current)\s+)?(?P<role>{_ROLE})\s*,?\s+{_HONORIFIC_BEFORE}"
    rf"{_INITIALS}(?P<person>{PERSON})"
)
# "President Sadyr Japarov attended …": a state office with nothing before it that names another holder.
_BARE_STATE_ROLE = re.compile(
    # 'President X attended', and an incumbents list's ' * Foreign Minister: X'.
    rf"(?<![«»\w’'-]\s)(?<![«»\w’'-])(?P<role>{_STATE_ROLE})(?:\s+|\s*:\s*)(?P<person>{PERSON})"
)
# ' * Secretary: X (until 14 January)': a post left in the year the list is about.
_UNTIL_AFTER = re.compile(r"\s*\(\s*(?:until|to|till)\b", re.IGNORECASE)
# "X, a former Kazakh defence minister, has been Secretary-General since January 1, 2023" in a text
# about one organization: the post is that organization's (`_BODY_ROLE`, above).
_BARE_BODY_ROLE = re.compile(
    rf"(?P<person>{PERSON})(?:\s*,(?:[^,;«»]|{COUNTRY}){{1,60}},)?\s+(?P<verb>has\s+been|is|became|was\s+appointed|was\s+elected|"
    rf"serves\s+as)\s+(?:its\s+|the\s+)?(?:new\s+)?(?P<role>{_BODY_ROLE})(?![\w-])"
    # Not another body's post ('… of the UN', 'in Geneva', 'there'), not one still to come ('-designate').
    r"(?!\s+(?:of|at|there|elect|designate)\b|\s+in\s+(?!\d|(?:early|late|mid)\b|[A-Z][a-z]+\s+\d))"
)
_BODY_NOUN_WORD = re.compile(
    r"\b(?:council|commission|fund|ministry|committee|agency|secretariat|organi[sz]ation|think\s+tank|body|bank|"
    r"institute|centre|center|office|union|court)\b"
)
_TERM_CLOSED_AFTER = ended_within(60, r"left|stepped\s+down|resigned")
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
# "Lena Morandi, Senior Fellow, Minsk Institute of Strategy, Minsk", "Chair: Ivan Petrov, Head of the
# Liaison Office", "- Anna Berg, University of Tartu": a line that is nothing but a person, a title
# and the body the title belongs to (a signature, a speaker list, a programme).
_AFFILIATION_LINE = re.compile(
    rf"^[\s>*•·–-]*(?:[A-Z«][^:\n]{{0,30}}?:\s*)?(?:[A-Z][a-z]{{1,9}}\.?\s+(?:\([a-z.]+\)\s+)?){{0,2}}"
    rf"(?P<person>{PERSON})(?:\s*\([^()]*\))?\s*,\s*"
    r"(?:(?P<role>(?:(?:former|then|acting)\s+)?[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|and|for|on|the)){0,5}?)"
    rf"(?:\s*,\s*|\s+(?:of|at)\s+{_ART}))?(?:{ORG}\s*,\s*)?(?P<holder>{ORG})(?:\s*\([^()]*\))?"
    rf"(?:\s*(?:,|\bin\b)\s*(?:{PLACE}|{COUNTRY}))*[\s.]*$"
)
_RECORD_HOLDER_OF = re.compile(
    rf"^\W*(?P<role>{_ROLE})\s*:\s*{_INITIALS}(?P<person>{PERSON})"
    r"(?:\s*\((?P<when>(?:since|from)\s[^()]*|[^()]*)\))?"
    # 'Chair: X (Tajikistan), since March 2024' (a date alone: not 'since 2000 as President').
    r"(?:\s*,\s*(?P<since>(?:since|from)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d\d))?[\s.]*$"
)
# 'Position: former Director of the X (2016-2021); Chairman of Y.': each post of a person's record.
_RECORD_POST_LABEL = re.compile(
    r"^\W*(?:(?P<tense>Current|Present|Previous|Former|Earlier)\s+)?(?:post|position|office|role)s?\s*:\s*",
    re.IGNORECASE,
)
_RECORD_POST = re.compile(
    rf"\s*(?P<role>{_ROLE})(?:\s*,\s*|\s+(?:of|at)\s+{_ART})(?P<holder>{ORG}|{COUNTRY})"
    r"(?:\s*\((?P<when>[^()]*)\))?[\s.]*$",
    re.IGNORECASE,
)
# '1. «P», «P»' (a list's entry: 'KHODJAEV, Rustam …'), '5. «O»': a numbered line naming one entity
# opens its record, as 'Name: X' does.
_ENTRY_LINE = re.compile(
    rf"^\W*(?:\d{{1,3}}[.)]\s+)?(?P<subject>{PERSON})(?:\s*,\s*(?:{PERSON}|[A-Z][a-z’'-]+))?\s*$"
    rf"|^\W*\d{{1,3}}[.)]\s+(?P<entity>{ORG}|{COUNTRY}|{TREATY})\s*$"
)
_RECORD_SEAT = re.compile(
    rf"^\W*(?:(?i:Headquarters|HQ|Seat)|Located\s+in|Based\s+in|Location|(?P<address>Address))\s*:\s*"
    rf"(?P<places>{PLACE}(?:\s*,\s*{PLACE})*)(?:\s*,\s*(?P<country>{COUNTRY}))?[\s.]*$"
)
_RECORD_PARENT = re.compile(
    rf"^\W*(?i:Parent(?:\s+(?:body|organi[sz]ation))?|Part\s+of)\s*:\s*(?P<parent>{ORG})\s*$"
)
_RECORD_BODIES = re.compile(
    rf"^\W*(?:Main\s+|Principal\s+)?(?:bodies|organs)\s*:\s*(?P<bodies>{ORG}(?:\s*[;,]\s*{ORG})*)\s*$",
    re.IGNORECASE,
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
# 'The candidate for (SCO) Secretary General', 'the shadow Prime Minister', 'the self-proclaimed
# President': a title not (or not lawfully) held.
_NOMINEE_BEFORE = re.compile(
    r"(?:\b(?:candidates?|nominees?|favou?rites?|contenders?|front-?runners?|choice|pick)\s+(?:for|to\s+become|as)\s+"
    rf"(?:the\s+)?(?:post\s+of\s+)?(?:{_HOLDER}(?:['’]s)?\s+)?"
    r"|\b(?:shadow|self-proclaimed|self-styled|would-be|so-called|rival|future|soon-to-be|designated|prospective|"
    r"presumptive)\s+(?:\S+\s+)?)$",
    re.IGNORECASE,
)
# 'Former CSTO Secretary General X', 'One-time Kyrgyz Foreign Minister X': a title left.
_FORMER_BEFORE = re.compile(r"\b(?:former|erstwhile|one-time|onetime|ex|retired)[\s-]+$", re.IGNORECASE)
_NEW_HOLDER = re.compile(r"\b(?:new|incoming)\s", re.IGNORECASE)
_NOT_TAKEN_UP_AFTER = re.compile(
    r"\s*,?[^.;]{0,40}?\b(?:will|would|shall|is\s+to|was\s+not|is\s+not|has\s+not|had\s+not|not\s+yet|never|"
    r"expected|set\s+to|due\s+to)\b",
    re.IGNORECASE,
)
_RECORD_START = re.compile(r"^\s*(?:since|from)?\s*(?P<start>[^–—-]*)")
# "Its President, Serdar Berdimuhamedov, attends …": the office of the country the text is about.
_ITS_ROLE = re.compile(
    rf"(?:^|[.;:,]\s*|\b(?:and|but|of)\s+)[Ii]ts\s+(?P<role>{_STATE_ROLE})\s*,?\s+{_INITIALS}(?P<person>{PERSON})"
)
# A role that goes on into another one: "defence minister's deputy", "defence minister nominee".
_ROLE_GOES_ON = re.compile(
    r"['’]s\b|[\s-]+(?:nominee|candidate|designate|elect|adviser|advisor|deputy|aide|assistant|spokes\w+|office|post)\b",
    re.IGNORECASE,
)
# 'Tokayev appointed Defence Minister Zhaksylykov': an active verb gives the post to its object.
_ACTIVE_APPOINTER = re.compile(r"\s*(?:appointed|elected|re-elected|named)$", re.IGNORECASE)
# '… from 2019 to 2021', '… between 2017 and 2020', '… to the United Nations until 2004',
# '(Russia, 2003–2016)': a term closed right after the title.
# What may stand between a title and its term: 'ambassador to the United Nations until 2004'.
_TITLE_TAIL = r"(?:\s+(?:to|of|at|in)\s+[^.;,()]{1,40}?)?\s*,?\s*"
_CLOSED_TERM_AFTER = (
    rf"{_TITLE_TAIL}(?:{CLOSED_YEARS}|until\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)"
    r"|\s*\([^()]{0,30}?(?:19|20)\d\d\s*[–—-]\s*(?:19|20)?\d\d\s*\)"
)
# The holder's own clause ends the office: 'President X of Uzbekistan died in 2016', 'Nazarbayev,
# President of Kazakhstan for 29 years, resigned', 'Akayev, ousted in 2005, …'.
_ENDED_IN_CLAUSE = re.compile(
    r"(?:\s*\([^()]{0,40}\))?(?:\s+(?:of|at|for|in|since)\s+[^,;.()]{1,25}?)?\s*(?:,[^,;.]{0,60},)?\s*,?\s*"
    r"(?:(?:who\s+)?(?:has\s+|had\s+)?(?:since\s+)?(?:died|resigned|retired|stepped\s+down|"
    r"left\s+(?:office|(?:the|his|her)\s+post))|(?:who\s+)?(?:was|had\s+been)\s+(?:\w+\s+)?(?:dismissed|removed|"
    r"ousted|recalled|replaced|deposed|sacked|succeeded|buried)|(?<=,\s)(?:ousted|deposed|dismissed|removed|"
    r"recalled|sacked)\s+in)\b",
    re.IGNORECASE,
)
# 'Rutte replaced Stoltenberg, NATO Secretary General since 2014': the office the object held.
_ENDED_BY_BEFORE = re.compile(r"\b(?:replaced|succeeded|ousted|dismissed|sacked|removed|deposed|fired)\s+$")
# 'X, who was Director-General of …': a past post, set against what the sentence says next.
_WHO_WAS = re.compile(r",\s*who\s+(?:was|had\s+been)\s", re.IGNORECASE)
# 'X was Kyrgyzstan's Foreign Minister in 1994', 'In 2005, X was …': the title as held then, in
# that year; the sentence says neither that it goes on nor that it ended.
_WAS_RIGHT_BEFORE_TITLE = re.compile(
    r"\s(?:was|were|had\s+been)\s+(?:also\s+)?(?:the\s+|an?\s+)?(?:«\w[\ue000-\uf8ff]»['’]s\s+)?$"
)
_IN_A_YEAR_AFTER = re.compile(
    r"(?:\s+(?:of|at|to)\s+[^.;,()]{1,40}?)?\s*,?\s+in\s+(?:[A-Z][a-z]+\s+)?(?P<year>(?:19|20)\d\d)\b"
    # Not a year qualifying a noun ('in 2023 talks'), nor a term said to go on ('… since').
    r"(?!\s+(?!(?:and|or|but|when|as|until|before|after|while)\b)[a-z])(?![^.;]{0,60}\bsince\b)"
)
_IN_A_YEAR_BEFORE = re.compile(r"(?:^|[.;:]\s*)\W*In\s+(?:[A-Z][a-z]+\s+)?(?P<year>(?:19|20)\d\d)\s*,?\s*$")


def _held_in_a_year(reader: SentenceReader, found: re.Match[str]) -> str | None:
    """The date of 'X was <title> in 1994' or 'In 1994, X was <title>': when the title was held."""
    text = reader.text
    if not _WAS_RIGHT_BEFORE_TITLE.search(text, found.end("person"), found.start("role")):
        return None
    year = _IN_A_YEAR_AFTER.match(text, found.end()) or _IN_A_YEAR_BEFORE.search(text, 0, found.start())
    if year is None:
        return None
    dates = [date.date.iso for date in reader.dates if date.end == year.end("year")]
    return dates[0] if dates else year.group("year")


# 'the late President X': a title its holder no longer holds.
_LATE_BEFORE = re.compile(r"\b[Tt]he\s+late\s+(?:\S+\s+)?$")
# 'never appointed X as …', 'declined to appoint', 'is expected to appoint', 'could have
# appointed', 'the proposal to appoint': an appointment denied or only meant.
_APPOINTMENT_NOT_MADE = re.compile(
    rf"\b(?:{_NEGATION}|{_PLAN}|proposals?|nominat\w+)\b[^.;,]{{0,30}}?\b(?:appoint|elect|nominate)\w*\b",
    re.IGNORECASE,
)
# 'according to a fake report', 'confusing the two bodies', 'mistakenly': a title the sentence
# itself says is wrong.
_DISCREDITED = re.compile(
    r"\b(?:according\s+to|in|by)\s+(?:an?\s+|the\s+)?(?:fake|false|bogus|hoax|erroneous|discredited)\b"
    r"|\bconfus(?:ing|ed)\s+(?:the|him|her|them|it)\b|\b(?:mistakenly|erroneously|wrongly|falsely)\b",
    re.IGNORECASE,
)
# 'served as … until 2018', 'served as Ambassador in 2010-2012', '…, was dismissed in 2019': a post
# held once, not now (a term said to go on, 'has served as … since 2017', is still held).
_SERVED_ONCE = re.compile(r"(?<!has\s)(?<!have\s)\b(?:had\s+)?served(?:\s+\w+)?\s+as\b", re.IGNORECASE)
# The holder's own term closed right after the title ('Minister in 2010-2012', '(2010–2012)') or
# the holder dismissed in the next clause ('…, was dismissed in 2019'), never someone else's end.
_TERM_ENDED_AFTER = re.compile(
    r"\s*(?:\(|,?\s*(?:in|from)\s+)?\d{4}\s*[–-]\s*\d{2,4}\b|[^.;,]{0,40},\s*(?:was|were|had\s+been)\s+"
    r"(?:dismissed|removed|sacked|ousted|replaced)\b|\s+until\b|" + _CLOSED_TERM_AFTER,
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
    r"\s*,?\s*(?:who\s+(?:had\s+|has\s+)?(?:since\s+)?(?:retired|resigned|stepped\s+down|left|was\s+(?:dismissed|"
    r"removed|ousted|replaced)|died)|(?:a\s+post|a\s+position|an\s+office)\s+(?:he|she|they)\s+"
    r"(?:left|resigned|lost|gave\s+up|held\s+until|vacated)|until\s+(?:he|she|they)\s+(?:resigned|retired|left|"
    r"stepped\s+down|was\s+(?:dismissed|removed|ousted|replaced)|died))\b",
    re.IGNORECASE,
)
_SIGNED_BY_BEFORE = re.compile(
    r"\b(?:signed|initialled|initialed)(?P<on>(?:\s*,?\s+(?:on|in|at)\s+(?:(?!\b(?:was|were|is|are|has|had|by)\b)(?:[^;,.]|(?<=\d)\.(?=\d))){1,30}?)"
    # Signers before this one are people with their titles ('by President X of Y and …'), not states.
    rf"{{1,3}}?)\s*,?\s+by\s+(?:{_ROLE}\s+{_INITIALS}{PERSON}(?:\s+of\s+{_ART}{COUNTRY})?\s*(?:,\s*|\s+and\s+))*$"
)
_TAKES_OFFICE = re.compile(
    r"appointed|(?:re-)?elected|named|became|becomes|took\s+office\s+as|took\s+up\s+the\s+post\s+of|"
    r"assumed\s+(?:office|the\s+post)\s+(?:as|of)|sworn\s+in\s+as"
)
_DATE_FOLLOWS = re.compile(r"[^;,«»]{0,30}?\b(?:in|on|from)\s*")
_OFFICE_DATE_CUE = re.compile(
    r"^[^;]{0,80}?\b(?:since|from|took\s+(?:office|over|up\s+(?:his|her|the)\s+post)|appointed|(?:re-)?elected|named|"
    r"began|started|assumed|became\s+\w+|in\s+post\s+since|in\s+office\s+since)\b[^;«»]{0,30}?"
    r"(?:in|on|since|from)?\s*$"
)
# "Members: A, B", "Uzbekistan: rejoined 2006": a line a record goes on with; prose ends it.
_RECORD_LINE = re.compile(
    r"^[\s>*•·–│├└─-]*"  # a bullet, a quote mark or an organization chart's branch
    r"(?:[A-Za-z][\w ()/'’.-]{0,60}?\s*:\s*\S|(?i:a\.\s?k\.\s?a\.|also\s+known\s+as|aliases?)\s)"
)
_COMMENT_LINE = re.compile(r"\s*[;#]")
_RECORD_BOUNDARY = re.compile(r"^\s*(?:(?i:name)\s*:|={3,}|-{3,}|_{3,})")


def note_record_boundary(context: Context, sentence: str) -> None:
    """A new record ('Name: …') or a rule line ends what the record before was about; a
    "Name, Title" line before any "For <country>:" line says the block puts names above their
    country (read for every line, whether or not it names a known person)."""
    if _COMMENT_LINE.match(sentence):
        return  # a configuration file's '; …' or '# …' note between a record's lines
    if _RECORD_BOUNDARY.match(sentence) or not _RECORD_LINE.match(sentence):
        context.record_subject = None
    if context.signatory_country is None and _NAME_COMMA_TITLE.match(sentence):
        context.names_above_signatories = True


def _title_of_state_unstated(reader: SentenceReader, found: re.Match[str]) -> bool:
    """Whether 'President X of <state>' states no office held now (`_PAST_OR_OTHER_TITLE_BEFORE`,
    `_OWNED_TITLE_BEFORE`, `_TERM_ENDS_AFTER`)."""
    before = reader.text[: found.start("role")]
    return bool(
        _OWNED_TITLE_BEFORE.search(before)
        or _PAST_OR_OTHER_TITLE_BEFORE.search(before)
        or _TERM_ENDS_AFTER.match(reader.text, found.end())
    )


def _signed_for_unstated(reader: SentenceReader, found: re.Match[str]) -> bool:
    """Whether 'Title X signed for A' states no office of X in A: the title is another body's
    or state's ('EU Special Representative'), a former one, or X signed as a witness; a 'for A'
    without 'signed' counts only after one that had it ('… and State Secretary Y for B')."""
    text = reader.text
    before = text[: found.start("role")]
    if _OWNED_TITLE_BEFORE.search(before) or _AS_WITNESS.match(text, found.end()):
        return True
    if re.match(r"(?:former|ex-|then)\b", found.group("role"), re.IGNORECASE):
        return True
    if found.group("signed"):
        return False
    return not (_SIGNED_FOR_BEFORE.search(before) and _GAPPED_SIGNER_BEFORE.search(before))


# 'The wife of the Minister of Finance, X', 'Assistant to the Minister of Justice X', 'a spokesman
# for the Minister …, X': the person named is someone of the holder's, not the holder.
_SOMEONE_OF_THE_HOLDER_BEFORE = re.compile(
    r"\b(?:wife|husband|spouse|widow|widower|son|daughter|brother|sister|mother|father|relative|assistant|aide|"
    r"advis[eo]r|spokes(?:man|woman|person)|deputy|secretary|interpreter|bodyguard|driver|envoy|representative|"
    r"staff(?:er)?|chief\s+of\s+staff|counsel(?:l)?or|guest|successor|predecessor|office)\s+(?:of|to|for)\s+"
    r"(?:the\s+|a\s+|an\s+)?$",
    re.IGNORECASE,
)


# 'The post of Minister of X of Uzbekistan Y held until 2023 is now vacant': a post left.
_HELD_UNTIL_AFTER = re.compile(
    r"\s+(?:had\s+)?(?:held|occupied)\s+(?:it\s+|the\s+post\s+)?(?:until|till|up\s+to)\b"
)


def _office_not_stated(reader: SentenceReader, pattern: re.Pattern[str], found: re.Match[str]) -> bool:
    """Whether the title `found` names is no office the sentence states: a hedge, a nominee's or
    a future title, an appointment denied or only meant, 'Neither X nor Y is …', a report the
    sentence calls fake, or someone else's title."""
    text = reader.text
    start = _clause_start(text, found.start())
    role_start = found.start("role") if found.start("role") >= 0 else found.start()
    return bool(
        _ROLE_GOES_ON.match(text, found.end("role"))
        or _OFFICE_HEDGE.search(text, 0, found.start())
        or (pattern is _SIGNED_FOR_OFFICE and _signed_for_unstated(reader, found))
        or (pattern is _TITLE_NAME_OF_STATE and _title_of_state_unstated(reader, found))
        # 'The candidate for Secretary General of the CSTO is X', 'the future President X'
        or any(_NOMINEE_BEFORE.search(text, 0, end) for end in {role_start, found.start()})
        # 'its new Secretary-General, X, will take office in 2026 / was not confirmed'
        or (_NEW_HOLDER.search(found.group()) and _NOT_TAKEN_UP_AFTER.match(text, found.end()))
        or _APPOINTMENT_NOT_MADE.search(text[start : found.end()])
        or _NEITHER.search(text, start, found.start())
        or _DISCREDITED.search(text)
        or _appointer_not_holder(text, found)
        or _SOMEONE_OF_THE_HOLDER_BEFORE.search(text, 0, role_start)
        or _HELD_UNTIL_AFTER.match(text, found.end())
    )


def _office_left(text: str, found: re.Match[str]) -> bool:
    """Whether the sentence says the holder left the office `found` names: 'who retired',
    'served as … until 2018', '… from 2019 to 2021', '…, was dismissed', 'died in 2016',
    'Rutte replaced Stoltenberg, NATO Secretary General since 2014'."""
    if _ENDED_IN_CLAUSE.match(text, found.end()) or (
        found.start() == found.start("person") and _ENDED_BY_BEFORE.search(text, 0, found.start())
    ):
        return True
    if _WHO_LEFT_AFTER.match(text, found.end()) or _WHO_WAS.search(found.group()):
        return True
    served = _SERVED_ONCE.search(found.group())
    if served and (served.group().lower().startswith("had") or not _GOES_ON_AFTER.match(text, found.end())):
        return True
    return bool(_TERM_ENDED_AFTER.match(text, found.end()) and not _GOES_ON_AFTER.match(text, found.end()))


def read_offices(reader: SentenceReader) -> None:
    text = reader.text
    for pattern in _OFFICE_PATTERNS:
        for found in pattern.finditer(text):
            if _office_not_stated(reader, pattern, found):
                continue
            person = reader.skeleton.mention_at(found.group("person")).entity
            holder = reader.skeleton.mention_at(found.group("holder")).entity
            role = " ".join(((found.groupdict().get("former") or "") + found.group("role")).split())
            if role.lower().endswith("chief") and reader.kind_of(holder) == "country":
                continue  # a state's 'chief' is of something the sentence names no further
            left = role.lower().startswith("ex-")  # 'the ex-commander of KAZBRIG'
            if left:
                role = f"former {role[3:]}"
            elif role.lower().startswith("then-"):  # 'the then-chairman', as 'the then chairman'
                role = f"then {role[5:]}"
            left = left or role.lower().startswith("then ")  # held then, in the year the sentence says
            coordinated = _INTERNATIONAL_SECOND_ROLE.search(role)
            if (
                coordinated
                and reader.skeleton.kinds[ord(found.group("holder")[2]) - _TOKEN_BASE] == "country"
            ):
                role = role[: coordinated.start()]  # 'Ukrainian Foreign Minister and CiO': CiO is the OSCE's.
            left_before = bool(
                _FORMER_BEFORE.search(text, 0, found.start())
                or _LATE_BEFORE.search(text, 0, found.start("role"))
            )
            if left_before and not role.lower().startswith("former "):
                role = f"former {role}"  # 'Former CSTO Secretary General X', 'the late President X'
            # What follows is about the office now held.
            former = left or left_before or bool(found.groupdict().get("former"))
            if not former and _office_left(text, found):
                role, former = role if role.lower().startswith("former ") else f"former {role}", True
            held_in = None if former or pattern is _SIGNED_FOR_OFFICE else _held_in_a_year(reader, found)
            date = None
            if held_in is not None:
                role, date = f"then {role}", held_in  # 'then Foreign Minister (1994)'
            elif pattern is _SIGNED_FOR_OFFICE:
                dates = _event_dates(text, reader.dates, found.end(), _clause_end(text, found.end()))
                date = dates[0].date.iso if dates else None  # The title as held on the day of signing.
            elif not former:
                date = _since_in_title(reader, found) or _office_start(reader, found)
            else:  # 'ex-Chief of the Joint Staff (2016-2022)': the term began in 2016
                date = _term_start(text, found.end())
            reader.add(person, "holds_office", holder, role=role or None, date=date)
    _relieved_of_posts(reader)
    _titles_of_each(reader)


def _since_in_title(reader: SentenceReader, found: re.Match[str]) -> str | None:
    """'The CSTO's Secretary General since January 2023, X': the date set in the title."""
    near = reader.text[max(0, found.start() - 20) : found.end()]
    if not found.groupdict().get("since") or any(
        cue.search(near) for cue in (_PAST_TITLE, _NOT_YET_HELD, _NEW_HOLDER)
    ):
        return None  # 'former President since 2019' left office then; 'incoming' has yet to take it
    start, end = found.span("since")
    return next((date.date.iso for date in reader.dates if start <= date.start < end), None)


def _titles_of_each(reader: SentenceReader) -> None:
    """One title held by several people, each in the state or body named in the same place
    ('A and B, Presidents of Tajikistan and Kyrgyzstan'; 'Defence Ministers A (Tajikistan) and B
    (Kyrgyzstan)'); never when the lists differ in length or the sentence hedges or denies it."""
    text = reader.text
    for pattern in (_TITLES_OF_EACH, _TITLE_NAME_BRACKETED_STATE):
        for found in pattern.finditer(text):
            start = _clause_start(text, found.start())
            if pattern is _TITLE_NAME_BRACKETED_STATE and (
                _OTHER_TITLE_BEFORE.search(text, 0, found.start())
                or _OWNED_TITLE_BEFORE.search(text, 0, found.start())
            ):
                continue  # 'Vice President X (Kazakhstan)', 'Eurasian Development Bank President X (Russia)'
            if (
                _OFFICE_HEDGE.search(text, 0, found.start())
                or _NOMINEE_BEFORE.search(text, 0, found.start("role"))
                or _NEITHER.search(text, start, found.start())
                or _DISCREDITED.search(text)
            ):
                continue
            if pattern is _TITLES_OF_EACH:
                persons = re.findall(PERSON, found.group("persons"))
                holders = re.findall(_HOLDER, found.group("holders"))
            else:
                pairs = found.group("pairs") or found.group("one")
                persons, holders = re.findall(PERSON, pairs), re.findall(COUNTRY, pairs)
            if len(persons) != len(holders):
                continue
            role = " ".join(found.group("role").split())
            ended = _HELD_UNTIL.match(text[found.end() :]) or _ENDED_IN_CLAUSE.match(text, found.end())
            left = _FORMER_BEFORE.search(text, 0, found.start()) or _LATE_BEFORE.search(
                text, 0, found.start()
            )
            if (left or ended) and not role.lower().startswith("former "):
                role = f"former {role}"  # '… Presidents of Kyrgyzstan and Kyrgyzstan until 2017 and 2011
            for person, holder in zip(persons, holders, strict=True):
                reader.add(
                    reader.skeleton.mention_at(person).entity,
                    "holds_office",
                    reader.skeleton.mention_at(holder).entity,
                    role=role,
                )


def _relieved_of_posts(reader: SentenceReader) -> None:
    """'To relieve X of the duties of Deputy Minister of Defence of Uzbekistan': a post left."""
    text = reader.text
    for found in (
        _RELIEVED_OF_POST.finditer(text) if "elieve" in text or "ismiss" in text or "emove" in text else ()
    ):
        if not _OFFICE_HEDGE.search(text, 0, found.start()):
            person = reader.skeleton.mention_at(found.group("person")).entity
            holder = reader.skeleton.mention_at(found.group("holder")).entity
            role = " ".join(found.group("role").split())
            reader.add(
                person, "holds_office", holder, role=role if role.startswith("former ") else f"former {role}"
            )


_GOES_ON_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:since|still|to\s+this\s+day|to\s+date|currently)\b", re.IGNORECASE
)


def _appointer_not_holder(text: str, found: re.Match[str]) -> bool:
    """'Tokayev appointed Kazakh Defence Minister Zhaksylykov': with no 'was' or 'who was' before
    the verb, the person named first gave the post, and the title belongs to the one after it."""
    verb = found.groupdict().get("verb")
    if not verb or found.start("verb") < 0:
        return False
    between = text[found.end("person") : found.end("verb")]
    appointee_follows = re.match(rf"\s*,?\s*{_INITIALS}{PERSON}", text[found.end() :]) is not None
    # 'X, whom President A appointed Prime Minister': the one appointed is the relative's antecedent.
    appointee_before = _RELATIVE_OBJECT_BEFORE.search(text, 0, found.start("person")) is not None
    return (appointee_follows or appointee_before) and bool(_ACTIVE_APPOINTER.fullmatch(between))


_RELATIVE_OBJECT_BEFORE = re.compile(r"\b(?:whom|who)\s+(?:[A-Z][\w.-]*\s+){0,3}$")


_TERM_IN_BRACKETS = re.compile(
    r"\s*\((?:from\s+)?(?P<start>(?:19|20)\d\d)\s*(?:[–—-]|to\s)\s*"
    r"(?P<end>(?:19|20)?\d\d|present|now|today)?\s*\)"
)
_TERM_IN_WORDS = re.compile(
    _TITLE_TAIL + r"(?:from|between)\s+(?P<start>(?:19|20)\d\d)\s+"
    r"(?:to|until|till|and)\s+(?P<end>(?:19|20)\d\d)\b"
)
_LONGEST_TERM = 35  # years: a longer span in brackets is a life ('Islam Karimov (1938–2016)')


def _term_start(text: str, at: int) -> str | None:
    """The first year of a term in brackets right at `at` ('(2016-2022)', '(2019–present)') or
    said after it ('from 2018 to 2021', 'between 2017 and 2020'); not a life's span, nor the
    brackets after 'the late' or 'born'."""
    term = _TERM_IN_BRACKETS.match(text, at) or _TERM_IN_WORDS.match(text, at)
    if term is None or re.search(r"\b(?:late|born|b\.)\s", text[max(0, at - 60) : at], re.IGNORECASE):
        return None
    start, end = int(term.group("start")), term.group("end") or ""
    if (
        end.isdigit()
        and (int(end) if len(end) == 4 else start // 100 * 100 + int(end)) - start > _LONGEST_TERM
    ):
        return None
    return term.group("start")


def _office_start(reader: SentenceReader, found: re.Match[str], *, opening: bool = True) -> str | None:
    """When the office began, as the holder's own clause says: 'appointed … in 2025', 'who took
    up the post on 1 January 2025', 'has held the post since …', or (`opening`) a date opening
    the clause of a title written before the name ('In 2011 President X …')."""
    text = reader.text
    # 'Secretary-General (2007–2009)', 'Head (2019–present)': the term's first year.
    term = _term_start(text, found.end())
    if term:
        return term
    dates = _event_dates(text, reader.dates, found.end(), _clause_end(text, found.end()))
    if dates:
        between = text[found.end() : dates[0].start]
        verb = found.groupdict().get("verb") or ""
        if (_OFFICE_DATE_CUE.search(between) and not _ANOTHER_POSTING.search(between)) or (
            (_TAKES_OFFICE.fullmatch(verb) or verb in ("was", "is")) and _DATE_FOLLOWS.fullmatch(between)
        ):
            return dates[0].date.iso
    signed = _SIGNED_BY_BEFORE.search(text, 0, found.start())
    if signed:  # 'It was signed on 13 March 2025 by President X of Y': the title held that day.
        on_the_day = [date for date in reader.dates if signed.start("on") <= date.start < signed.end("on")]
        if len(on_the_day) == 1:
            return on_the_day[0].date.iso
    if not opening:
        return None
    if reader.default_date and OPERATIVE_CLAUSE.match(text):
        return reader.default_date  # '1. To appoint X as …' under 'DECREE No. 214 of 12 March 2021'
    act = _OFFICIAL_ACT_AFTER.match(text, found.end())
    act_start = act.start("verb") if act else None
    if act is None and _OFFICIAL_ACT_BEFORE.search(text, _clause_start(text, found.start()), found.start()):
        act_start = found.end()
    if (
        act_start is None
        and not _CLAUSE_ENDS_HERE.match(text, found.end())
        and not _under_a_label_date(reader, found)
    ):
        return None  # 'President X was born in 1953', '… was head of the FSB in 1999': no day in office
    return _opening_date(reader, found.start()) or _clause_date(reader, found, act_start)


# Where the holder's own clause gives way to another one whose dates are its own: 'Minister X said
# that the treaty of 1996 …', '… in Bishkek, where …', 'who joined in 2010'.
_OWN_CLAUSE_ENDS = re.compile(
    r"\b(?:that|which|who|whom|whose|when|where|while|after|before|since|until|because|as|said|says|"
    r"told|recalled|noted|stated|announced|added|argued|wrote|claimed|insisted)\b|[(\[\"“]"
)


# Before the name, a date that opens the clause (a dateline 'BEIJING, June 15 (Xinhua) --', a label
# '12 June –', 'In February, …') or one of the same act ('was joined on Tuesday by President X');
# not the date of another act ('the Secretariat, located in Aktau since 2019, …', 'signed in 2001').
_DATE_OPENS = re.compile(r"[^a-z]*|\W*(?:In|On|During)\s+")
_DATES_ANOTHER_ACT = re.compile(
    r"(?:\b(?:since|until|till|from|after|before|by|than)|\w(?:ed|en)(?:\s+(?:in|on|at))?)\s+$"
)
_PAST_TITLE = re.compile(r"\b(?:former|ex-|late|retired|outgoing|then)\b", re.IGNORECASE)


# What a holder does in office, right after the name (and an aside): 'President X visited …',
# 'X, Secretary General of the CSTO, met …'; not 'was born', 'studied', 'joined the foreign
# service', 'was jailed', 'was head of the FSB', 'led protests', whose dates are no day the title
# was held (a title written before a name is often the one held when the text was written).
_ACT_IN_OFFICE = (
    r"(?:meets?|met|visit(?:s|ed|ing)?|receiv(?:es|ed|ing)|host(?:s|ed|ing)|"
    r"sign(?:s|ed|ing)|attend(?:s|ed|ing)|address(?:es|ed)|spoke|speaks?|said|says?|told|tells|arriv(?:es|ed|ing)|"
    r"held|holds|chair(?:s|ed)|open(?:s|ed)|announc(?:es|ed)|call(?:s|ed)|urg(?:es|ed)|welcom(?:es|ed)|"
    r"declar(?:es|ed)|stat(?:es|ed)|not(?:es|ed)|approv(?:es|ed)|decreed|appoint(?:s|ed)|dismiss(?:es|ed)|"
    r"veto(?:es|ed)|ratif(?:ies|ied)|order(?:s|ed)|issu(?:es|ed)|launch(?:es|ed)|inaugurat(?:es|ed)|"
    r"present(?:s|ed)|reaffirm(?:s|ed)|stress(?:es|ed)|emphasi[sz](?:es|ed)|thank(?:s|ed)|congratulat(?:es|ed)|"
    r"discuss(?:es|ed)|travel(?:s|led|ed)|headed|heads|paid|pays|made|makes|gave|gives|deliver(?:s|ed)|"
    r"propos(?:es|ed)|pledg(?:es|ed)|promis(?:es|ed)|warn(?:s|ed)|condemn(?:s|ed)|prais(?:es|ed)|"
    r"accept(?:s|ed)|reject(?:s|ed)|ask(?:s|ed)|request(?:s|ed)|invit(?:es|ed)|sent|sends|wrote|writes|"
    r"took\s+part|participat(?:es|ed)|join(?:s|ed)\s+(?:the\s+)?(?:other\s+)?(?:talks|summit|meeting|leaders|"
    r"ceremony|call))"
)
_OFFICIAL_ACT_AFTER = re.compile(
    r"(?:\s*\([^()]*\))?(?:\s*,[^,;]{0,80},)?\s*,?\s+(?:(?:also|then|later|again|today|yesterday|has|have|had|will|"
    rf"would|is|was|were|been)\s+)*(?P<verb>{_ACT_IN_OFFICE})\b",
    re.IGNORECASE,
)
# 'Han Zheng met Foreign Minister X in Beijing on 15 June', 'Tokayev appointed Defence Minister X
# in 2021', 'Xi was joined at the ceremony by President X': the act in office comes before the name.
_OFFICIAL_ACT_BEFORE = re.compile(
    rf"\b(?:{_ACT_IN_OFFICE}|joined)\b(?:\s+(?:by|with))?[^;.]{{0,120}}$", re.IGNORECASE
)
# 'SCO Secretary General X served in Brussels from 2017': the date of another post.
_ANOTHER_POSTING = re.compile(r"\b(?:served|worked|studied|lived|taught|stationed|posted)\b")
# 'spoke about the events of 2010': a year that qualifies a noun dates no act.
_OF_YEAR = re.compile(r"\bof\s+(?:the\s+)?$")
# '12 June – President X.', 'was joined on Tuesday by President X': the name ends its clause.
_LABEL_BEFORE = re.compile(r"[^a-z]*")
_CLAUSE_ENDS_HERE = re.compile(r"\s*(?:[.;:!?]|$)")


def _under_a_label_date(reader: SentenceReader, found: re.Match[str]) -> bool:
    """'ASTANA, June 17 (Xinhua) -- Chinese President X, …': a dateline or a label's date opens
    the holder's clause, and dates what the item reports."""
    start = _clause_start(reader.text, found.start())
    return any(
        start <= date.start < found.start() and _LABEL_BEFORE.fullmatch(reader.text, start, date.start)
        for date in reader.dates
    )


def _clause_date(reader: SentenceReader, found: re.Match[str], act_start: int | None) -> str | None:
    """'Vice President X met Y here on Sunday', '12 June – President X arrives': the one date
    of the holder's own clause is a day the office was held (not when it began); after the name,
    only a date of the act in office that starts at `act_start`."""
    text = reader.text
    if _PAST_TITLE.search(found.group()) or _PAST_TITLE.search(
        text, max(0, found.start() - 20), found.start()
    ):
        return None  # 'the former President X visited in 2015': not held then
    start, clause_end = _clause_start(text, found.start()), _clause_end(text, found.end())
    own_end = _OWN_CLAUSE_ENDS.search(text, found.end(), clause_end)
    end = own_end.start() if own_end else clause_end
    dated = {
        date.date.iso
        for date in _outside_asides(text, _event_dates(text, reader.dates, start, end))
        if (
            act_start is not None
            and date.start >= act_start
            and not _OF_YEAR.search(text, act_start, date.start)
        )
        or date.start < found.start()
        and _DATE_OPENS.fullmatch(text, start, date.start)
        or date.start < found.start()
        and not _DATES_ANOTHER_ACT.search(text, start, date.start)
    }
    return dated.pop() if len(dated) == 1 else None


def read_affiliation_line(reader: SentenceReader) -> None:
    """A signature or speaker line: the person holds the title at the body named after it (or
    in brackets after the name: an attendee's own body)."""
    if "\n" not in reader.text.strip() and not _CAPTION_LABEL.match(reader.text):
        for bracketed in _BRACKETED_AFFILIATION.finditer(reader.text) if "(" in reader.text else ():
            if _NOT_HELD_NOW.search(bracketed.group()) or _NOT_HELD_NOW.search(
                reader.text[: bracketed.start()]
            ):
                continue  # '- Mr X, former Director (…)', 'Former staff: …', 'In memoriam: …'
            person = reader.skeleton.mention_at(bracketed.group("person")).entity
            holder = reader.skeleton.mention_at(bracketed.group("holder")).entity
            reader.add(person, "holds_office", holder, method="signature")
            # '(Institute for Strategic Studies, Tashkent)'; not '(OSCE Academy in Bishkek, Osh)',
            # whose name says its city, so the other is the person's.
            named = reader.skeleton.mention_at(bracketed.group("holder")).surface
            if bracketed.group("seat") and seat_in_name(named) is None:
                seat = reader.skeleton.mention_at(bracketed.group("seat")).entity
                reader.add(holder, "located_in", seat, method="signature")
    found = _AFFILIATION_LINE.match(reader.text)
    if found is None or "\n" in reader.text.strip() or _CAPTION_LABEL.match(reader.text):
        return
    person = reader.skeleton.mention_at(found.group("person")).entity
    holder = reader.skeleton.mention_at(found.group("holder")).entity
    role = " ".join(found.group("role").split()) if found.group("role") else None
    if role and _NOT_AN_OFFICE.search(role):
        return  # 'Critic of …', 'Nominee for Secretary General, …', 'Guest of …': no office held.
    reader.add(person, "holds_office", holder, role=role, method="signature")


def read_signatory_office(reader: SentenceReader, context: Context) -> None:
    """'For <country>:' then '<person>, <title>': the signatory holds the title in that country.
    Remembers the country of a 'For <country>:' line for the line after it."""
    signing_for = _SIGNING_FOR.match(reader.text)
    country = context.signatory_country
    line = reader.text
    if signing_for:
        country = reader.skeleton.mention_at(signing_for.group("country")).entity
        line = signing_for.group("rest")
    context.signatory_country = country if signing_for and not line.strip() else None
    found = _SIGNATORY_LINE.match(line) if "\n" not in line.strip() else None
    if found is not None and country is None:
        context.names_above_signatories = True  # 'Name, President' then 'For the Republic of …:'.
    if found is None or country is None or context.names_above_signatories:
        return
    person = reader.skeleton.mention_at(found.group("person")).entity
    role = " ".join(found.group("role").split())
    reader.add(person, "holds_office", country, role=role, method="signature")


# Under a heading that is only an organization's name, a line may be about another thing: a
# member state ('Member state: Kazakhstan'), its envoy to the organization ('Ambassador: X'), or a
# meeting's or a base's 'Location:'. Only a seat so labelled is the organization's.
_ANOTHER_SUBJECT_LINE = re.compile(r"^\W*(?:member\s+state|state|country)\s*:", re.IGNORECASE)
_ENVOY = re.compile(r"\b(?:ambassador|envoy|consul|representative|attach[eé]|delegate)\b", re.IGNORECASE)
_OWN_SEAT_LABEL = re.compile(r"^\W*(?:headquarters|hq|seat)\s*:", re.IGNORECASE)


def read_record_offices(reader: SentenceReader, context: Context) -> None:
    """Offices stated by the "Key: value" lines of a record opened by "Name: <entity>" or by a
    list's numbered entry."""
    named = _RECORD_NAME.match(reader.text)
    entry = _ENTRY_LINE.match(reader.text)
    token = (
        record_name(named) if named else (entry.group("subject") or entry.group("entity")) if entry else None
    )
    if token is not None:
        subject = reader.skeleton.mention_at(token).entity
        context.record_subject = (subject, reader.skeleton.kinds[reader.index_of(subject)])
        context.record_person = subject if context.record_subject[1] == "person" else None
        return
    if context.record_subject is None:
        return
    record, record_kind = context.record_subject
    if context.record_by_heading and _ANOTHER_SUBJECT_LINE.match(reader.text):
        context.record_subject = None  # 'Member state: Kazakhstan': the lines after are the state's
        return
    holder_of = _RECORD_HOLDER_OF.match(reader.text)
    when = (holder_of.group("when") or "") if holder_of else ""
    if (
        holder_of
        and record_kind in ("organization", "programme", "country")
        and not _NOT_YET_HELD.search(when)
        and not (context.record_by_heading and _ENVOY.search(holder_of.group("role")))
    ):
        person = reader.skeleton.mention_at(holder_of.group("person")).entity
        role = " ".join(holder_of.group("role").split())
        if re.match(r"\s*(?:acting|interim)\b", when, re.IGNORECASE):
            # 'Head: Col. X (acting; Col. Y, the former head, retired)': what follows is Y's.
            role, when = f"acting {role}", when.split(";")[0]
        if _HELD_UNTIL.search(when):
            reader.add(person, "holds_office", record, role=f"former {role}")
        elif _CLOSED_SPAN.search(when):
            reader.add(
                person,
                "holds_office",
                record,
                role=f"former {role}",
                date=_record_start(reader, holder_of, "when"),
            )
        else:
            date = _record_start(reader, holder_of, "when") or _record_start(reader, holder_of, "since")
            reader.add(person, "holds_office", record, role=role, date=date)
    if not context.record_by_heading or _OWN_SEAT_LABEL.match(reader.text):
        _record_places_and_bodies(reader, record, record_kind)
    label = _RECORD_POST_LABEL.match(reader.text) if record_kind == "person" else None
    if label:
        _record_posts(reader, record, label)


# A CV's career row: '2008-2012   Deputy Minister of Defence, Republic of Tajikistan', 'Since
# 03.02.2025   Secretary General, Dushanbe Centre …', 'until 2022   Board member, X (resigned)'.
_CAREER_ROW = re.compile(
    r"^\W*(?:(?P<since>(?i:since|from))\s+|(?P<until>(?i:until|till|to))\s+)?"
    r"(?P<when>(?:\d{1,2}[./]\d{1,2}[./])?(?P<start>(?:19|20)\d{2})"
    r"(?:\s*[-–—]\s*(?P<end>(?:19|20)\d{2}|(?i:present|now|date)))?)"
    rf"(?:\s{{2,}}|\t)\s*(?P<role>[A-Z][\w’' -]*?)(?:\s*,\s*|\s+(?:of|at)\s+{_ART})"
    rf"(?P<holder>{ORG}|{COUNTRY})"
)
# A post names its holder's work ('Liaison officer', 'Board member'); an award, a paper or a trip
# ('Order of Dostlik', 'Report to the SCO', 'Visit to China') is no post.
_POST_WORD = re.compile(
    r"(?i:\b(?:officer|commander|director|minister|ambassador|representative|secretary|chair(?:man|woman|person)?|"
    r"head|member|adviser|advisor|attach[eé]|consul|deputy|chief|president|governor|coordinator|manager|analyst|"
    r"researcher|fellow|professor|lecturer|envoy|counsel+or|spokes(?:man|woman|person)|editor|staff|expert|"
    r"inspector|instructor|diplomat|delegate|rector|dean|commissioner|prosecutor|judge|mayor)\b)"
)
# Sections whose rows are not the person's posts.
_NOT_CAREER_HEADING = re.compile(
    r"(?i:education|training|studies|qualifications?|courses|degrees|academic|awards?|honou?rs|decorations|"
    r"publications?|books|articles|bibliography|visits|travels?|references?|referees?|languages)"
)
# Rows of study, not of posts: 'Master of Strategic Studies, X', 'Senior Executive Course, X'.
_STUDY_ROW = re.compile(
    r"\b(?i:master|bachelor|doctor(?:ate)?|ph\.?d|diploma|degree|course|graduate|student|studies|certificate|"
    r"training|fellowship|internship)\b"
)
_PROSE = re.compile(r"^(?:\S+\s+){5,}\S*[.!?]\W*$")
_CAREER_ROW_START = re.compile(
    r"^\W*(?:(?i:since|from|until|till)\s+)?(?:\d{1,2}[./]\d{1,2}[./])?(?:19|20)\d{2}\b"
)
# "2020-2025   Ambassador of Tajikistan to …": a CV's career row, short enough to pass for a heading.
CAREER_ROW_LINE = re.compile(
    _CAREER_ROW_START.pattern[1:] + r"(?:\s*[-–—]\s*(?:(?:19|20)\d{2}|present|now))?(?:\s{2,}|\t)\s*[A-Z]"
)


# 'Visitors in 2023:', 'Foreign delegations:', 'Speakers:': the titled names listed under it are
# guests, not the officials of the country the text is about.
_GUESTS_LABEL = re.compile(
    r"(?i)\b(?:visitors?|visiting|guests?|delegations?|delegates|participants|attendees|speakers|"
    r"panell?ists|invitees|callers|counterparts)\b[^.;]{0,40}:$"
)
# An item of the list: a bullet or number, or a label and a name ('President: X').
_LIST_ITEM = re.compile(r"\s*(?:[-*•–]|\d{1,2}[.)])\s|\s*[A-Z][\w .'’-]{1,40}:\s+\S")


def note_list_label(context: Context, sentence: str) -> None:
    """A label ending in ':' opens a list that lasts while its items do (read for every sentence)."""
    sentence = sentence.rstrip()
    if sentence.endswith(":"):
        context.listing_guests = bool(_GUESTS_LABEL.search(sentence))
    elif not _LIST_ITEM.match(sentence):
        context.listing_guests = False


def note_career_end(context: Context, sentence: str) -> None:
    """A sentence of prose ends the career rows of the person a record opened (read for every
    sentence, whether or not it names anything)."""
    if (
        context.record_person is not None
        and _PROSE.search(sentence)
        and not _CAREER_ROW_START.match(sentence)
    ):
        context.record_person = None


def read_career_row(reader: SentenceReader, context: Context, heading: str) -> None:
    """A row of the career of the person whose record the document opened: the post at the body or
    state the row names, from the row's first date; a row with an end (or 'until') is a post left."""
    person = context.record_person
    row = _CAREER_ROW.match(reader.text) if person is not None else None
    if (
        row is None
        or person is None
        or _NOT_CAREER_HEADING.search(heading)
        or _STUDY_ROW.search(row.group("role"))
        or not _POST_WORD.search(row.group("role"))
    ):
        return
    written = reader.written.year if reader.written else None
    if written is not None and int(row.group("start")) > written:
        return  # a post the document says someone will take
    role = " ".join(row.group("role").split())
    ended = (
        row.group("end")
        and row.group("end").isdigit()
        and (written is None or int(row.group("end")) <= written)
    )
    closed = row.group("until") or ended
    when = [date for date in reader.dates if row.start("when") <= date.start < row.end("when")]
    date = None if row.group("until") else (when[0].date.iso if when else row.group("start"))
    holder = reader.skeleton.mention_at(row.group("holder")).entity
    if holder != person:
        reader.add(person, "holds_office", holder, role=f"former {role}" if closed else role, date=date)


def _record_posts(reader: SentenceReader, record: int, label: re.Match[str]) -> None:
    """Each post of a person's 'Position:' line, split at semicolons; one 'former', 'ex-', with a
    closed range ('(2010-2013)') or under a 'Previous' label is a post left."""
    text = reader.text
    earlier = bool(label.group("tense")) and label.group("tense").lower() in ("previous", "former", "earlier")
    start = label.end()
    while start < len(text):
        end = text.find(";", start)
        end = len(text) if end < 0 else end
        post = _RECORD_POST.match(text, start, end)
        start = end + 1
        if post is None or _NOT_YET_HELD.search(post.group("when") or ""):
            continue
        holder = reader.skeleton.mention_at(post.group("holder")).entity
        role = " ".join(post.group("role").split())
        left = earlier or bool(_CLOSED_SPAN.search(post.group("when") or ""))
        if role.lower().startswith("ex-"):
            role = f"former {role[3:]}"
        elif left and not role.lower().startswith("former "):
            role = f"former {role}"
        reader.add(record, "holds_office", holder, role=role, date=_record_start(reader, post, "when"))


def _record_places_and_bodies(reader: SentenceReader, record: int, record_kind: str) -> None:
    """'Headquarters: Moscow, Russia', 'Parent body: X', 'Main bodies: A; B' of a body's record."""
    if record_kind not in ("organization", "programme"):
        return
    seat = _RECORD_SEAT.match(reader.text)
    if seat:
        # Several seats are each the body's, never one inside another; a country after one seat is its.
        places = reader.entities(seat.group("places"))
        if seat.group("address"):
            places = places[:1]  # 'Address: Termez, Surkhandarya Region, …': the town, then where it lies.
        for place in places:
            reader.add(record, "located_in", place, method="table")
        if seat.group("country") and len(places) == 1:
            reader.add(
                places[0],
                "located_in",
                reader.skeleton.mention_at(seat.group("country")).entity,
                method="table",
            )
    parent = _RECORD_PARENT.match(reader.text)
    if parent:
        reader.add(
            record, "part_of", reader.skeleton.mention_at(parent.group("parent")).entity, method="table"
        )
    bodies = _RECORD_BODIES.match(reader.text)
    if bodies:
        for body in reader.entities(bodies.group("bodies")):
            reader.add(body, "part_of", record, method="table")


def _record_start(reader: SentenceReader, found: re.Match[str], group: str) -> str | None:
    """The first date of '(since 1 January 2023)' or '(2016-2021)': when the office began."""
    if not found.group(group):
        return None
    start = _RECORD_START.match(found.group(group))
    if start is None:
        return None
    begin = found.start(group) + start.start("start")
    dates = [date for date in reader.dates if begin <= date.start < found.end(group)]
    if dates:
        return dates[0].date.iso
    span_of_years = _YEAR_SPAN.match(found.group(group))
    return span_of_years.group("start") if span_of_years else None


def _opening_date(reader: SentenceReader, start: int) -> str | None:
    """'In February 2011 President X visited …': the date that opens the office holder's own
    clause, right before the name, is when the office was held."""
    opening = _OPENING_DATE.search(reader.text, 0, start)
    if opening is None:
        return None
    dates = [date for date in reader.dates if opening.start("date") <= date.start < opening.end("date")]
    return dates[0].date.iso if len(dates) == 1 else None


def read_offices_from_context(reader: SentenceReader, context: Context) -> None:
    """'Uzbekistan was represented by Foreign Minister X'; 'Its President, X' after a sentence
    about one country; and a head of state or minister named with no country in the sentence
    at all ('President X attended …') holds the office of the country the text is about,
    marked as read from context."""
    _offices_of_a_country_named_before(reader, context)
    _offices_of_headed_bodies(reader)
    _offices_of_the_text_s_body(reader, context)
    _offices_of_the_text_s_country(reader, context)


def _offices_of_a_country_named_before(reader: SentenceReader, context: Context) -> None:
    """'Its President, X' (the country named last), 'Uzbekistan was represented by its Foreign
    Minister X'."""
    text = reader.text
    for found in _ITS_ROLE.finditer(text):
        earlier = reader.entities(text[: found.start()])
        subject = earlier[-1] if earlier else context.previous_subject
        if (
            subject is None
            or reader.kind_of(subject) != "country"
            or _OFFICE_HEDGE.search(text, 0, found.start())
            or _OFFICE_LEFT_AFTER.match(text, found.end())
        ):
            continue
        person = reader.skeleton.mention_at(found.group("person")).entity
        reader.add(
            person, "holds_office", subject, role=" ".join(found.group("role").split()), method="pronoun"
        )
    for found in _REPRESENTED_BY.finditer(text):
        person = reader.skeleton.mention_at(found.group("person")).entity
        holder = reader.skeleton.mention_at(found.group("holder")).entity
        reader.add(person, "holds_office", holder, role=" ".join(found.group("role").split()))


def _offices_of_headed_bodies(reader: SentenceReader) -> None:
    """'the Council, headed by X', 'X chairs the Council', 'X, who led the Centre until 2019'."""
    text = reader.text
    for pattern in (_HEADED_BY, _AND_ITS_HOLDER, _IT_IS_HEADED_BY):
        for found in pattern.finditer(text):
            if _OFFICE_HEDGE.search(text, 0, found.start()) or _headed_by_unstated(reader, found):
                continue
            groups = found.groupdict()
            role = (
                groups.get("role")
                or groups.get("title")
                or ("chair" if groups.get("verb") == "chaired" else "head")
            )
            person = reader.skeleton.mention_at(found.group("person")).entity
            holder = reader.skeleton.mention_at(found.group("holder")).entity
            reader.add(
                person,
                "holds_office",
                holder,
                role=" ".join(role.split()),
                date=_since_opening(reader, found),
            )
    for found in _HEADS_BODY.finditer(text) if _HEADS_HINT.search(text) else ():
        if _OFFICE_HEDGE.search(text, 0, found.start()):
            continue
        verb = (found.group("now") or found.group("then")).split()[-1]
        role = _HEAD_VERB_ROLE[verb]
        person = reader.skeleton.mention_at(found.group("person")).entity
        holder = reader.skeleton.mention_at(found.group("holder")).entity
        if found.group("then") or _WHO_LEFT_AFTER.match(text, found.end()):
            reader.add(person, "holds_office", holder, role=f"former {role}")
        else:
            reader.add(
                person, "holds_office", holder, role=role, date=_office_start(reader, found, opening=False)
            )


# 'a delegation to the SCO, headed by …', 'a joint commission of the CIS and the CSTO, headed by …':
# the body is named inside what is headed, which is not the body.
_INSIDE_ANOTHER_BEFORE = re.compile(r"\b(?:to|from|of|by|at|with|for|and|in)\s+(?:the\s+)?$")
# '… headed by X until 2010', '… from 2015 to 2022', '… by A, B and C', '… by A and, since 2022, by B',
# '… and is now led by B': a term the sentence ends or a list of holders over time.
_HEADED_NO_LONGER = re.compile(
    rf"\s*(?:,\s*)?(?:(?:until|till|up\s+to|between)\b|(?:from|to)\s+(?=\d))|\s*(?:,|and\b)\s*(?:and\s*)?(?:,\s*)?"
    rf"(?:since|from|later|then|by|{PERSON}|[A-Z][a-z]+\s+[A-Z])|[^.;]*\b(?:now|later|then|since\s+\d{{4}}\s+by)\b"
)
# 'In 2010 the Bank, headed by X, financed …': the head then, not now.
_PAST_OPENING = re.compile(r"^\W*(?:In|By|During|Until)\s+(?:[A-Z][a-z]+\s+)?\d{4}\b")


def _headed_by_unstated(reader: SentenceReader, found: re.Match[str]) -> bool:
    """Whether 'X, headed by Y' states no office of Y in X now (see the patterns above)."""
    text = reader.text
    return bool(
        _INSIDE_ANOTHER_BEFORE.search(text, 0, found.start("holder"))
        or _HEADED_NO_LONGER.match(text, found.end("person"))
        or ("has been" not in found.group(0) and _PAST_OPENING.match(text))
    )


def _since_opening(reader: SentenceReader, found: re.Match[str]) -> str | None:
    """The date of 'Since 1 March 2024 the Centre has been headed by X': the sentence opens with it
    and the holder's clause is the sentence's only one."""
    since = _SINCE_OPENING.match(reader.text)
    if since is None or since.end() > found.start() + 4 or "has been" not in found.group(0):
        return None
    dates = [date for date in reader.dates if since.start("date") <= date.start < since.end("date")]
    return dates[0].date.iso if len(dates) == 1 else None


def _offices_of_the_text_s_body(reader: SentenceReader, context: Context) -> None:
    """'Secretary General X' in a text about one organization, with no other body in sight."""
    text = reader.text
    body = context.heading_organization or context.topic_organization
    lately = {entity for entity, _ in context.recent_organizations}
    # Only where that body was named lately and no other was, in the sentence or before it ('the
    # regional water council met …' names another body, though in lower case).
    if (
        body is not None
        and lately == {body}
        and not re.search(ORG, text)
        and not _BODY_NOUN_WORD.search(text)
        and not _BODY_NOUN_WORD.search(context.previous_text)
    ):
        for found in _BARE_BODY_ROLE.finditer(text) if ("General" in text or "Executive" in text) else ():
            if (
                _OFFICE_HEDGE.search(text, 0, found.start())
                or _NOMINEE_BEFORE.search(text, 0, found.start("role"))
                or _TERM_CLOSED_AFTER.match(text, found.end())
            ):
                continue
            person = reader.skeleton.mention_at(found.group("person")).entity
            role = " ".join(found.group("role").split())
            reader.add(
                person, "holds_office", body, role=role, date=_office_start(reader, found), method="heading"
            )


def _offices_of_the_text_s_country(reader: SentenceReader, context: Context) -> None:
    """'President X attended …' with no country in the sentence: the country the text is about."""
    text = reader.text
    country = context.heading_country if context.heading_country is not None else context.document_country
    if country is None or "country" in reader.skeleton.kinds or context.listing_guests:
        return
    for found in _BARE_STATE_ROLE.finditer(text):
        if _OFFICE_HEDGE.search(text, 0, found.start()) or any(
            fact.subject == reader.skeleton.mention_at(found.group("person")).entity
            and fact.predicate == "holds_office"
            for fact in reader.facts
        ):
            continue
        person = reader.skeleton.mention_at(found.group("person")).entity
        role = " ".join(found.group("role").split())
        left = bool(_UNTIL_AFTER.match(text, found.end()) or _TERM_ENDED_AFTER.match(text, found.end()))
        reader.add(
            person,
            "holds_office",
            country,
            role=f"former {role}" if left else role,
            date=None if left else _office_start(reader, found),
            # A visiting head of state is titled the same way: the document's country is a guess,
            # but not for a line that is only a label and a name (' * Foreign Minister: X').
            method="heading"
            if ":" in text[found.end("role") : found.start("person")]
            and not text[: found.start()].strip(" *-•\t")
            else "previous sentence",
        )
