"""What makes a clause state nothing: a negation, a plan, a hedge, a condition, a denial.

The words of these patterns are shared by the rules of several predicates (a membership, a
signature, an objectless "joined in 2018"), so that "not", "planned to" or "if" means the same
to each of them; a hedge only one rule knows stays beside that rule.
"""

from __future__ import annotations

import re

# Not done, or only meant: 'has not joined', 'refused to sign'; 'plans to join', 'is expected to'.
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
# Verbs of a claim someone makes or disputes: one list for every rule that reads them.
_CLAIM_VERBS = (
    r"doubts?|doubted|den(?:y|ies|ied)|claims?|claimed|reports?|reported|rumou?rs?|rumou?red|alleges?|alleged"
)
_HEDGE_BEFORE_VERB = re.compile(
    # 'may' the verb, not the month ('15 May 1992', 'in May'): lower case, or opening the sentence.
    r"(?:\bnot\b|\bnever\b|n['’]t\b|\bno\s+longer\b|\bwill\b|\bwould\b|\bcould\b|\b(?-i:may)\b|^\W*May\s+(?!\d)|"
    r"\bmight\b|"
    r"\bshould\b|\bplans?\b|\bplanned\b|\bintends?\b|\bexpected\b|\bhopes?\b|\bif\b|\bwhether\b|"
    r"\brumou?red\b|\breportedly\b|\ballegedly\b)[^«»]{0,25}$",
    re.IGNORECASE,
)
_NEITHER = re.compile(r"\b[Nn]either\b")
# 'from 2019 to 2021', 'between 2017 and 2020': a term or a seat closed at both ends.
CLOSED_YEARS = r"(?:from\s+(?:19|20)\d\d\s+(?:to|until|till)|between\s+(?:19|20)\d\d\s+and)\s+(?:19|20)\d\d"
# 'Neither Russia nor China objected when Uzbekistan rejoined …': a clause of its own after 'neither'.
SUBORDINATE_OPENS = re.compile(r"\b(?:when|after|before|because|since|while|although|though|as|once)\b")
# "… was rejected", "…, scheduled for 2016, never took place", "… cannot be ruled out": an
# accession undone, still to come or only possible.
NOMINAL_UNDONE_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:(?:was|were|has\s+been|had\s+been)\s+(?:rejected|withdrawn|refused|turned\s+down|lifted|ended|"
    r"postponed|delayed|deferred|blocked|vetoed|shelved|put\s+off)\b|(?:is|was|are|were)\s+(?:now\s+)?(?:scheduled|"
    r"planned|expected|due|foreseen|envisaged|possible|likely|unlikely|uncertain)\b|scheduled\s+for\b|"
    r"never\s+(?:took\s+place|happened|materiali[sz]ed)|(?:cannot|can\s+not|could\s+not)\s+be\s+ruled\s+out|"
    r"stalled|remains?\s+(?:uncertain|unlikely|an?\s+open\s+question))"
)
# 'Talks on Uzbekistan joining …', 'The prospect of Turkmenistan joining …': a joining talked of.
TALKED_OF_BEFORE = re.compile(
    r"\b(?:talks?|negotiations?|consultations?|discussions?|prospects?|possibility|chances?|idea|question|"
    r"consequences|debate|proposals?|hopes?|fears?|risks?|study|studies|speculation|likelihood)\s+"
    r"(?:on|about|of|over|for|regarding|concerning)\s+(?:the\s+)?(?:[^,;.«»]{0,30}\s)?$",
    re.IGNORECASE,
)
# "Reports of Iran's bid to join the CSTO were denied": the clause's claim is denied after it.
DENIED_PASSIVE_AFTER = re.compile(
    r"(?:(?!,\s*(?:but|and|while|whereas)\b)[^.;]){0,60}?\b(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:(?:flatly|firmly|officially)\s+)?(?:denied|disputed|refuted)"
    r"|(?:is|are|was|were)\s+(?:(?:simply|entirely|completely)\s+)?"
    r"(?:untrue|false|baseless|unfounded|groundless|wrong|inaccurate|fabricated))\b"
)
_DENIED_AFTER = re.compile(
    r"\b(?:denied|denies|deny|rejected\s+(?:the\s+)?claims?|rejects|disputes?|disputed|contests?|contested|"
    r"untrue|false|a\s+claim|if\s+one\s+believes|according\s+to)\b",
    re.IGNORECASE,
)


def ended_within(chars: int, more_words: str, *, word_end: bool = True) -> re.Pattern[str]:
    """A status or term the rest of the clause ends, within `chars` characters of it ('… a CSTO
    member until 1999'): 'until', 'till' or what a rule adds (`more_words`, an alternation)."""
    ending = r"\b" if word_end else ""
    return re.compile(rf"[^.;]{{0,{chars}}}?\b(?:until|till|{more_words}){ending}", re.IGNORECASE)


# "If Iran became an SCO member …": a condition states no membership.
_CONDITION_BEFORE = re.compile(r"\b(?:if|unless|whether|suppose|supposing|assuming|should)\b", re.IGNORECASE)
