"""People a document names, found by the shape of the name and the words around it, with or
without an office title.

Evidence, strongest first (each kept as the person's origin, with a confidence):
- an office title before the name ('Prime Minister Satybaldiev', 'Speaker, Marat Sultanov');
- a role beside the name ('analyst Olga Reznikova', 'Henrik Vaaler, the Norwegian ambassador',
  'Lena Morandi is a visiting researcher');
- a known given name before a capitalised word ('Jens Stoltenberg'; given names from the
  gender-guesser dictionary, which covers Europe, Russia, the Caucasus, Central and East Asia);
- a Russian or Central Asian surname ending ('Farrukh Yuldashev', 'Nodira Qodirova');
- a common Chinese family name before a Pinyin given name ('Zhang Ming');
- a verb of speech or office after the name ('Sadyr Japarov said', 'Japarov told').
A word the documents also write in lower case is never a given name ('Will', 'Said').
"""

from __future__ import annotations

import functools
import re
from collections.abc import Container, Iterable
from dataclasses import dataclass

_TOKEN = r"[A-Z][a-z’']+(?:-[A-Z][a-z’']+)?"
_NAME = rf"{_TOKEN}(?: {_TOKEN}){{1,2}}"
_SPEECH_VERBS = (
    r"said|says|told|tells|stated|noted|added|argued|announced|warned|wrote|explained|stressed|"
    r"insisted|recalled|confirmed|replied|believes|considers|thinks|claimed|urged|"
    r"met|visited|signed|chaired|headed|resigned|became|served|was appointed|was elected|"
    r"has served|has been|heads|has headed|chairs|has chaired|directs|has directed"
)
_ROLES = (
    r"minister|ambassador|envoy|spokesman|spokeswoman|spokesperson|analyst|researcher|"
    r"professor|director|head|chief|chairman|chairwoman|chair|commander|adviser|advisor|"
    r"representative|correspondent|journalist|reporter|editor|fellow|expert|officer|colonel|"
    r"general|lieutenant|deputy|secretary|president|governor|mayor|senator|diplomat|official"
)
_TITLE_BEFORE_NAME = re.compile(
    r"\b(?:President|Prime Minister|Foreign Minister|Defen[cs]e Minister|Minister|Senator|senator"
    r"|Speaker|Secretary[- ]General|Director[- ]General|Secretary|Chairman|Ambassador|CiO|Governor"
    rf"|Mayor|Commander|Judge)\s*,?\s+((?:{_TOKEN}\s+){{0,2}}[A-Z][a-z’']{{2,}}(?:-[A-Z][a-z’']+)?)(?![\w-])"
)
_NAME_BEFORE_VERB = re.compile(
    rf"(?<![\w-])(?P<name>{_TOKEN}(?: {_TOKEN}){{0,2}})(?:,[^,.;]{{3,90}},)? (?:{_SPEECH_VERBS})\b"
)
_LABEL_COLON = re.compile(r"[ \t]*:")
_ROLE_BEFORE_NAME = re.compile(
    rf"\b(?i:{_ROLES})s?,? (?P<name>{_NAME})(?![\w-])"
    rf"|\b(?:according to|said|says|by) (?P<after>{_NAME})(?![\w-])"
)
_NAME_BEFORE_ROLE = re.compile(
    rf"(?<![\w-])(?P<name>{_NAME})(?:, | is | was )(?:the |a |an |its |his |her )?(?:[\w-]+ ){{0,4}}"
    rf"(?i:{_ROLES})\b"
)
# An honorific or military rank before a name is not part of it ('Dr Lena Morandi', 'Rear Admiral
# Ivan Petrov', 'Col. (ret.) Aibek Sadykov').
_HONORIFIC = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Rear|Vice|Admiral|General|Colonel|Col|Gen|Lieutenant|"
    r"Lt|Major|Maj|Captain|Capt|Brigadier|Marshal|Sergeant|Ambassador|Senator)\.?(?: \(ret\.?\))? )+"
)
# A civil honorific before a name ('Ms Shahzoda Ismatullaeva', 'Dr. Lena Morandi'): a person.
_HONORIFIC_BEFORE_NAME = re.compile(rf"\b(?:Mr|Mrs|Ms|Dr|Prof)\.? (?P<name>{_NAME})(?![\w-])")
# A label that introduces people on the rest of its line: a message header ('From:', 'Cc:'), a
# programme's roles ('Chair:', 'Moderator:') or a roll ('Members present:').
_PEOPLE_LABEL = re.compile(
    r"(?m)^[>\s*•-]*(?:From|To|Cc|Bcc|Sender|Chair|Co-chair|Moderator|Rapporteur|Speakers?|Panellists?|"
    r"Panelists?|Discussants?|Welcome|Address|Keynote|Opening|Closing remarks|Members present|"
    r"Participants|Attendees|Present|Witness(?:es)?):[ \t]*(?P<rest>[^\n]+)"
)
_LABELLED_NAME = re.compile(
    rf"(?:^|[,;]\s*|\band\s+)(?:{_HONORIFIC.pattern})?(?P<name>{_NAME})(?=\s*(?:[,;(<]|\band\b|$))"
)
# A run opened by a given name that is a place, a body, a firm or an event: 'Amir Timur Square',
# 'Alexander Garden', 'Friedrich Ebert Stiftung', 'Dana Petroleum', 'the Nursultan Summit', and a run
# that a place word follows ('the Mirzo Ulugbek district').
_NOT_A_PERSON_WORD = re.compile(
    r"\b(?:Square|Gardens?|Park|Land|Bay|Ata|Airport|Street|Avenue|Prospect|District|Region|Oblast|Lake|River|"
    r"Valley|Mountains?|Pass|Islands?|Bridge|Station|Stadium|Palace|Hall|Stiftung|Foundation|Fund|Summit|Forum|"
    r"Petroleum|Oil|Gas|Energy|Airlines?|Railways?|Holding|Group|Company|Bank|Capital|Corporation|Corp|Ltd|LLC|"
    r"Inc|GmbH|AG|Institute|University|Centre|Center|Council|Union|Agency|Ministry|Office|Prize|Award|Cup)\b"
)
_NOT_A_PERSON_AFTER = re.compile(
    r"['’]?s?\s+(?:district|region|oblast|province|street|square|avenue|park|airport|station|metro)\b"
)
_POSSESSIVE_END = re.compile(r"['’]s?$")
# A word that makes a labelled name a body, not a person ('To: Regional Security Office').
# A body's word, also in the plural ('Field Offices' is no one's name).
_BODY_WORD = re.compile(
    r"\b(?:Office|Centre|Center|Institute|Ministry|Council|Committee|Agency|University|Forum|Lab|Division|"
    r"Service|Department|Group|Secretariat|Embassy|Mission|Team|Desk|Unit|Staff|Security|Policy|Studies)s?\b"
)
# "the Secretary General of the CSTO, Stanislav Zas, visited …": a post of a body or state, then
# the holder's name between commas.
_NAME_AFTER_POST = re.compile(
    rf"\b(?i:{_ROLES})(?:[\s-](?i:{_ROLES}))?\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){{0,5}}[A-Z][\w’'-]*"
    rf"\s*,\s+(?:{_HONORIFIC.pattern})?(?P<name>{_NAME})\s*,"
)
# '- Lena Morandi, University of Tartu', 'Ivan Petrov, KazISS': a line that opens with a name and
# goes on to a body (a word such as 'University', or an acronym).
_NAME_AND_BODY_LINE = re.compile(
    rf"(?m)^[ \t>*•·–-]*(?:{_HONORIFIC.pattern})?(?P<name>{_NAME}),[ \t]+(?P<rest>[^\n]{{2,90}})$"
)
# 'Timur Sadykov' on a line of its own above 'Department of History, Minsk University': an author.
_NAME_OVER_AFFILIATION = re.compile(rf"(?m)^[ \t]*(?P<name>{_NAME})[ \t]*\n[ \t]*(?P<rest>[^\n]{{3,140}})$")
# 'Robert Hale, who held it until 2010': only a person is a 'who'.
_NAME_BEFORE_WHO = re.compile(rf"(?<![\w’'-])(?P<name>{_NAME}),\s+who\b")
# 'Special Representative for Central Asia, Marek Holm': a title with its remit, then the name.
_TITLE_WITH_REMIT = re.compile(
    r"\b(?:Representative|Envoy|Ambassador|Coordinator|Commissioner|Rapporteur)\s+(?:for|on|to)\s+(?:the\s+)?"
    rf"(?:[A-Z][\w-]*\s+(?:and\s+|of\s+|the\s+)*){{0,5}}?[A-Z][\w-]*,\s+(?P<name>{_NAME})(?![\w-])"
)
_ROLE_WORD = re.compile(rf"\b(?i:{_ROLES}|coordinator|manager|associate|assistant|programme|program)s?\b")
_ACRONYM = re.compile(r"\b[A-Z][A-Za-z]*[A-Z][A-Za-z]*\b")
# 'Lena Morandi <l.morandi@example.org>': a name before an address in angle brackets.
_NAME_BEFORE_ADDRESS = re.compile(rf"(?<![\w-])(?P<name>{_NAME})\s+<[^<>@\s]+@[^<>\s]+>")
# At every word of a capitalised run, so that a name at the end of a longer run is seen whole
# ('by Executive Director Serikbai Utegenov').
_GIVEN_AND_SURNAME = re.compile(rf"(?<![\w’'-])(?=(?P<name>{_NAME})(?![\w-]))")
_INITIAL_AND_SURNAME = re.compile(rf"(?<![\w-])[A-Z][.,] (?P<name>{_TOKEN})(?![\w-])")
SURNAME_ENDING = re.compile(
    r"(?:[bdgklmnprstvz]ov|[bdgklmnprstvz]ova|[abdghiklmnprstvyz]ev|[abdghiklmnprstvyz]eva|yev|yeva"
    r"|uly|kyzy|zoda|zade|enko|bekov|bekova|skiy|skaya|sky|ovich|evich)$"
)
# The commonest Chinese family names (general knowledge of the region's largest neighbour); a
# name is taken only when what follows is one or two Pinyin syllables ('Zhang Ming', 'Hu Jintao').
CHINESE_SURNAMES = frozenset(
    [
        "bai",
        "cai",
        "cao",
        "chen",
        "cheng",
        "cui",
        "deng",
        "ding",
        "dong",
        "du",
        "duan",
        "fang",
        "feng",
        "fu",
        "gao",
        "gong",
        "gu",
        "guo",
        "han",
        "hao",
        "hou",
        "hu",
        "huang",
        "jia",
        "jiang",
        "jin",
        "kong",
        "lai",
        "lei",
        "li",
        "liang",
        "liao",
        "lin",
        "liu",
        "lu",
        "luo",
        "lü",
        "ma",
        "mao",
        "meng",
        "pan",
        "peng",
        "qian",
        "qin",
        "qiu",
        "ren",
        "shao",
        "shen",
        "shi",
        "song",
        "su",
        "sun",
        "tan",
        "tang",
        "tao",
        "tian",
        "wan",
        "wang",
        "wei",
        "wu",
        "xi",
        "xia",
        "xiao",
        "xie",
        "xiong",
        "xu",
        "xue",
        "yan",
        "yang",
        "yao",
        "yin",
        "yuan",
        "zeng",
        "zhang",
        "zhao",
        "zheng",
        "zhong",
        "zhou",
        "zhu",
        "zou",
    ]
)
_PINYIN_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|iao|ian|ing|uai|uan|ang|eng|ong|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo"
    r"|ui|un|ue|a|o|e|i|u|ü)"
)
_PINYIN_GIVEN = re.compile(rf"(?:{_PINYIN_SYLLABLE}){{1,2}}")
_CHINESE_NAME = re.compile(
    r"(?<![\w’'-])(?P<surname>[A-Z][a-zü]{0,5}) (?P<given>[A-Z][a-zü]{1,9})(?![\w’'-]| [A-Z])"
)


# 'the Tian Shan', 'Huang He': an article before the name, or a Pinyin word for mountain, river,
# lake or sea as its second syllable, makes it a place, not a person.
_ARTICLE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def _article_before(text: str, end: int) -> bool:
    """Whether 'the' and white space end `text[:end]`: searched from where that white space
    begins, not from the start of the document (which made a long document's names quadratic)."""
    spaces_from = end
    while spaces_from > 0 and text[spaces_from - 1].isspace():
        spaces_from -= 1
    return _ARTICLE_BEFORE.search(text, max(0, spaces_from - 3), end) is not None


_CHINESE_PLACE_WORDS = frozenset({"shan", "he", "jiang", "hu", "hai", "dao", "ling", "feng", "pen", "pendi"})


@dataclass(frozen=True)
class PersonMention:
    name: str
    start: int
    origin: str
    confidence: float


@functools.lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Lower-case given names known from the gazetteer's people ('Almazbek', 'Kassym-Jomart') and
    the common given names of `resources/given_names.tsv`: general knowledge of the region and of
    the people who write about it, never a list copied from one document."""
    from database.gazetteer import load_gazetteer
    from database.paths import GIVEN_NAMES_PATH

    names = {
        line.split("\t")[0].lower()
        for line in GIVEN_NAMES_PATH.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    }
    for spec in load_gazetteer().entities:
        if spec.kind == "person":
            for name in (spec.name, *spec.aliases):
                words = name.split()
                if len(words) >= 2 and words[0][:1].isupper():
                    names.add(words[0].lower())
    return frozenset(names)


def person_candidates(text: str, lower_words: Container[str]) -> Iterable[PersonMention]:
    """Every name a person may go by here, with its evidence, without an honorific or rank
    before it; the caller decides what is known."""
    for mention in _candidates(text, lower_words):
        honorific = _HONORIFIC.match(mention.name)
        if honorific is None:
            yield mention
        elif " " in mention.name[honorific.end() :].strip():
            yield PersonMention(
                mention.name[honorific.end() :],
                mention.start + honorific.end(),
                mention.origin,
                mention.confidence,
            )


def labelled_people(text: str) -> Iterable[PersonMention]:
    """Names on a labelled line ('From: Lena Morandi', 'Chair: Prof. Ivan Petrov, Minsk Institute',
    'Members present: A Smith (Chair), B Jones') and names before an e-mail address."""
    for line in _PEOPLE_LABEL.finditer(text):
        rest = line.group("rest")
        for found in _LABELLED_NAME.finditer(rest):
            if _BODY_WORD.search(found.group("name")):
                continue
            yield PersonMention(found.group("name"), line.start("rest") + found.start("name"), "label", 0.8)
    for found in _NAME_BEFORE_ADDRESS.finditer(text):
        yield PersonMention(found.group("name"), found.start("name"), "label", 0.85)


def affiliated_people(text: str, lower_words: Container[str]) -> Iterable[PersonMention]:
    """A name that opens a line going on to a body ('- Anna Berg, University of Tartu') or stands
    above one, a name a 'who' follows, and a name after a title with its remit ('Envoy for the
    Caspian, X'); none of whose words the documents write in lower case."""
    for found in _NAME_AND_BODY_LINE.finditer(text):
        name, rest = found.group("name"), found.group("rest")
        if not _plain_name(name, lower_words):
            continue
        if _BODY_WORD.search(rest) or _ACRONYM.match(rest):
            yield PersonMention(name, found.start("name"), "affiliation", 0.75)
    for found in _NAME_OVER_AFFILIATION.finditer(text):
        if _plain_name(found.group("name"), lower_words) and _BODY_WORD.search(found.group("rest")):
            yield PersonMention(found.group("name"), found.start("name"), "affiliation", 0.75)
    for found in _NAME_BEFORE_WHO.finditer(text):
        if _plain_name(found.group("name"), lower_words):
            yield PersonMention(found.group("name"), found.start("name"), "relative who", 0.75)
    for found in _TITLE_WITH_REMIT.finditer(text):
        if _plain_name(found.group("name"), lower_words):
            yield PersonMention(found.group("name"), found.start("name"), "title", 0.85)


def _plain_name(name: str, lower_words: Container[str]) -> bool:
    """A name with no body or role word, none of whose words the documents write in lower case."""
    return not (
        _BODY_WORD.search(name)
        or _ROLE_WORD.search(name)
        or any(word.lower() in lower_words for word in re.split(r"[ -]", name))
    )


def _candidates(text: str, lower_words: Container[str]) -> Iterable[PersonMention]:
    names = given_names()
    yield from labelled_people(text)
    yield from affiliated_people(text, lower_words)
    for match in _TITLE_BEFORE_NAME.finditer(text):
        if "\n" in text[match.start() : match.start(1)] and _LABEL_COLON.match(text, match.end(1)):
            continue  # '…, Deputy Minister' ending a line over the field 'Meeting Status: Accepted'
        yield PersonMention(match.group(1), match.start(1), "title", 0.9)
    for match in _NAME_AFTER_POST.finditer(text):
        if not _BODY_WORD.search(match.group("name")):
            yield PersonMention(match.group("name"), match.start("name"), "title", 0.85)
    for match in _HONORIFIC_BEFORE_NAME.finditer(text):
        yield PersonMention(match.group("name"), match.start("name"), "role", 0.8)
    for match in _ROLE_BEFORE_NAME.finditer(text):
        group = "name" if match.group("name") else "after"
        yield PersonMention(match.group(group), match.start(group), "role", 0.8)
    for match in _NAME_BEFORE_ROLE.finditer(text):
        yield PersonMention(match.group("name"), match.start("name"), "role", 0.8)
    for match in _GIVEN_AND_SURNAME.finditer(text):
        words = match.group("name").split()
        for skipped in range(len(words) - 1):  # "Caucasus James Appathurai" holds "James Appathurai"
            name = " ".join(words[skipped:])
            start = match.start() + len(" ".join(words[:skipped])) + (1 if skipped else 0)
            given = words[skipped].lower().split("-")[0]
            if words[skipped].lower() in lower_words or _ROLE_WORD.match(words[skipped]):
                continue  # 'Is Nodira Qodirova …?', 'Secretary-General Nurlan …': no name opens so
            if given in names and given not in lower_words:
                if not _NOT_A_PERSON_AFTER.match(text, match.end("name")) and not _NOT_A_PERSON_WORD.search(
                    name
                ):
                    yield PersonMention(_POSSESSIVE_END.sub("", name), start, "given name", 0.8)
                break
            if SURNAME_ENDING.search(words[-1]) and words[-1].lower() not in lower_words:
                if any(word.lower().split("-")[0] in names for word in words[skipped + 1 : -1]):
                    continue  # 'Affairs Ruslan Kazakbaev': the known given name further on opens it
                yield PersonMention(name, start, "surname ending", 0.8)
                break
    for match in _CHINESE_NAME.finditer(text):
        given = match.group("given")
        if (
            not _article_before(text, match.start())
            and given.lower() not in _CHINESE_PLACE_WORDS
            and match.group("surname").lower() in CHINESE_SURNAMES
            and _PINYIN_GIVEN.fullmatch(given.lower())
            and given.lower() not in lower_words
        ):
            yield PersonMention(match.group(), match.start(), "chinese name", 0.75)
    for match in _NAME_BEFORE_VERB.finditer(text):
        yield PersonMention(match.group("name"), match.start("name"), "speech verb", 0.7)
    for match in _INITIAL_AND_SURNAME.finditer(text):
        yield PersonMention(match.group("name"), match.start("name"), "initial", 0.6)
