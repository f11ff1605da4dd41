"""Entities the gazetteer does not know, found in the text itself, each on a single occurrence.

Sources, each general (nothing here knows the bundled documents), in the order they claim names:
- curated one-document corrections (resources/corrections.toml), only for the documents they name;
- acronym definitions, "Long Name (ABBR)", found with the Schwartz-Hearst algorithm;
- capitalised names with a head word on either side ("... Organization", "Treaty of ...",
  "... Programme", "... Region", "exercise ..."), the longest name first;
- capital-letter acronyms used as names without a definition (CARICC, C5+1);
- people (database.people) and places (database.places).
Known names only gain aliases; unknown ones become new entities that keep how they were found
(`origin`) and how sure that is (`confidence`). Spelling variants and renamed bodies are merged
afterwards (database.variants).
"""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from database.capitals import in_capitals
from database.corpus import Document, is_prose_line
from database.dates import MONTH_ABBREVIATIONS, MONTH_PATTERN, MONTHS
from database.gazetteer import CORRECTIONS_PATH, EntitySpec, load_corrections
from database.markup import blanked
from database.names import (
    LIKENESS_SUFFIX,
    name_key,
    pack_words,
    surname_stem,
    transliteration_key,
    unpack_words,
)
from database.outline import unit_names
from database.people import SURNAME_ENDING, PersonMention, given_names, person_candidates
from database.places import (
    CONTINENTS,
    NOT_PLACES,
    PLACE_HEADS,
    PlaceMention,
    city_key,
    city_places,
    pattern_places,
    world_cities,
)
from database.recorded import Recorded, recorded
from database.records import (
    record_abbreviations,
    record_aliases,
    record_names,
    record_places,
    without_identifiers,
)
from database.relations.skeleton import struck_spans
from database.variants import field_aliases, link_renamed, merge_variants, renamed_pairs
from database.wrapping import flowed

ORGANIZATION_HEADS = {
    "secretariat",
    "observatory",
    "cell",
    "bureau",
    "regiment",
    "department",
    "directorate",
    "unit",
    "section",
    "brigade",
    "battalion",
    "division",
    "college",
    "school",
    "staff",
    "mechanism",
    "dialogue",
    "parliament",
    "court",
    "tribunal",
    "league",
    "conference",
    "structure",
    "organization",
    "organisation",
    "council",
    "centre",
    "center",
    "office",
    "agency",
    "community",
    "union",
    "bank",
    "academy",
    "institute",
    "institutes",
    "university",
    "library",
    "network",
    "committee",
    "commission",
    "ministry",
    "service",
    "movement",
    "group",
    "fund",
    "force",
    "forces",
    "command",
    "mission",
    "forum",
    "assembly",
    "alliance",
    "association",
    "lab",
    "laboratory",
    "desk",
    "administration",
    "authority",
    "board",
    "foundation",
    "corporation",
    "company",
    "society",
    "embassy",
    "consulate",
}
# Company forms: 'Vakhsh Security Services LLC', 'Surkhan Freight Holding', 'Steppe Radio'.
_LEGAL_FORMS = frozenset({"llc", "llp", "jsc", "ojsc", "cjsc", "ltd", "plc", "gmbh"})
_COMPANY_FORMS = _LEGAL_FORMS | {"holding", "holdings", "radio"}
ORGANIZATION_HEADS |= _COMPANY_FORMS
PROGRAMME_HEADS = {
    "programme",
    "program",
    "programmes",
    "plan",
    "process",
    "initiative",
    "project",
    "partnership",
    "strategy",
}
TREATY_HEADS = {
    "compact",
    "memorandum",
    "guidelines",
    "accords",
    "statute",
    "treaty",
    "agreement",
    "convention",
    "charter",
    "pact",
    "accord",
    "declaration",
    "protocol",
    "act",
}
OFFICE_WORDS = {
    "envoy",
    "general",
    "minister",
    "president",
    "secretary",
    "director",
    "representative",
    "officer",
    "ambassador",
    "chairman",
    "chair",
    "speaker",
    "commander",
    "head",
    "chief",
    "deputy",
    "senator",
    "judge",
}
_STOP_FIRST = (
    {
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "within",
        "since",
        "during",
        "after",
        "before",
        "under",
        "according",
        "another",
        "also",
        "most",
        "some",
        "this",
        "these",
        "those",
        "that",
        "its",
        "their",
        "each",
        "all",
        "both",
        "following",
        "however",
        "moreover",
        "regarding",
        "among",
        "other",
        "key",
        "main",
        "our",
        "new",
        "today",
        "until",
        "as",
        "if",
        "when",
        "while",
        "thus",
        "then",
        "and",
        "but",
        "or",
        "of",
        "to",
        "such",
        "many",
        "several",
        "further",
        "recent",
        "current",
        "there",
        "here",
        "it",
        "he",
        "she",
        "they",
        "we",
        "his",
        "her",
        "any",
        "every",
        "via",
        "per",
        "through",
        "between",
        "across",
        "like",
        "unlike",
        "later",
        "earlier",
        "meanwhile",
        "instead",
        "still",
        "now",
        "finally",
        "first",
        "last",
        "next",
        "yesterday",
        "spelt",
        "spelled",
        "formerly",
        # Contractions open no name: "I'm Dana Ospanova" (plural titles: `_PLURAL_TITLES`).
        "i'm",
        "i’m",
        "i've",
        "i’ve",
        "we're",
        "we’re",
        "no",  # a register's 'No  Treaty' header
    }
    | set(MONTHS)
    | set(MONTH_ABBREVIATIONS)
)  # 'in Sept. he' names no place
_CONNECTORS = {"of", "for", "and", "on", "in", "at", "the", "against", "de", "a"}
# 'Presidents A and B' opens no name, but 'the Ministers Council of the EAEU' is one.
_PLURAL_TITLES = {
    "presidents",
    "ministers",
    "ambassadors",
    "generals",
    "judges",
    "deputies",
    "senators",
    "messrs",
    "messrs.",
}
_CAPITALISED_RUN = re.compile(
    # Never from inside a hyphenated word: 'Hizb ut-Tahrir Cell' is not a 'Tahrir Cell'.
    r"(?<![\w’'-])(?:\d+(?:st|nd|rd|th) )?[A-Z][\w’'/+-]*"
    # Words one or two spaces apart: three or a tab are a gap between a table's columns.
    r"(?:(?: {1,2}(?:of|for|and|on|in|at|the|against|de|a)){0,2} {1,2}[A-Z][\w’'/+-]*)*"
)
_POSSESSIVE = re.compile(r"[’']s?$")
_MODIFIER_SUFFIX = re.compile(rf"{LIKENESS_SUFFIX}$")
_HYPHENATED_BEFORE = re.compile(r"\w-[A-Z][\w’']*[ \t]+$")
# "Treaty of Friendship, Cooperation and Mutual Assistance": commas inside a treaty's name.
_TREATY_NAME = re.compile(
    r"(?:[A-Z][\w’'-]* ){0,4}(?:Treaty|Agreement|Convention|Charter|Declaration|Protocol|Memorandum)"
    r" (?:of|on|between)"
    r"(?: (?:the|a))? [A-Z][\w’'-]*(?:(?:,(?= [A-Z])| and| of| on| for| in| between| the| a)* [A-Z][\w’'-]*)*"
)
# 'Long Form (SF)', and 'Long Form, known as SF,' / 'Long Form, better known as SF'.
_ACRONYM = re.compile(
    r"\(([A-Za-z][A-Za-z&.-]{1,9})\)|,\s+(?:also\s+|commonly\s+|better\s+|widely\s+)?known\s+as\s+(?:the\s+)?"
    r"([A-Z][A-Z&.-]{1,9})(?=\s*[,.;)]|\s*$)"
)
_BARE_ACRONYM = re.compile(
    r"(?<![\w(/-])[A-Z][A-Z0-9]*[A-Z](?:\d*\+\d+)?(?![\w/-])|(?<![\w(/-])[A-Z]\d\+\d(?![\w/-])"
)
# Offices and generic modifiers: 'Joint Staff', 'Air Base', 'Foreign Ministry' name no one thing.
_GENERIC = {
    "air",
    "military",
    "national",
    "regional",
    "joint",
    "central",
    "international",
    "state",
    "federal",
    "general",
    "special",
    "main",
    "naval",
    "foreign",
    "defence",
    "defense",
    "security",
    "border",
    "public",
    "executive",
    "permanent",
    "supreme",
    "high",
    "united",
    "interior",
    "armed",
    "working",
}
# Heads that keep "in <City>" as part of the name ('OSCE Centre in Bishkek').
_SEATED_HEADS = {"office", "centre", "center", "mission", "academy", "embassy", "bureau", "branch"}
_EXERCISE_NAME = r"[A-Z][\w-]+(?: [A-Z][\w-]+){0,2}"
_EXERCISE_MODIFIERS = (
    r"(?:military|joint|command-staff|peacekeeping|naval|annual|tactical|border|"
    r"counter-terrorism|counter-terrorist|anti-terrorist|anti-terrorism)"
)
# A name in quotes before the common noun that says what it is: 'the "Steppe Five" group'.
_QUOTED_NAME = re.compile(r"[“\"](?P<name>[A-Z][\w’'-]*(?: [A-Z0-9][\w’'-]*){0,3})[”\"] (?P<noun>[a-z]+)")
# A name in apposition to the common noun that says what it is: 'the Tajik parliament, the
# Majlisi Oli,' / 'its naval patrol programme, Caspian Guard,'.
_APPOSITION = re.compile(r"\b(?P<noun>[a-z]+), (?:the )?(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,3}),")
_BODY_NOUNS = {
    "group",
    "format",
    "forum",
    "mechanism",
    "bloc",
    "alliance",
    "club",
    "parliament",
    "legislature",
    "house",
    "chamber",
    "agency",
    "service",
    "committee",
    "council",
    "ministry",
    "party",
    "movement",
    "unit",
    "force",
    "organization",
    "organisation",
}
_PROGRAMME_NOUNS = {
    "programme",
    "program",
    "initiative",
    "exercise",
    "exercises",
    "operation",
    "series",
    "plan",
}
_EXERCISE_AFTER = re.compile(
    rf"\b(?:exercises?|drills?|manoeuvres|maneuvers|operation) (?:“|\")?(?P<name>{_EXERCISE_NAME})"
)
_EXERCISE_BEFORE = re.compile(
    rf"(?P<name>{_EXERCISE_NAME})(?:”|\")? (?:series of )?(?:{_EXERCISE_MODIFIERS} ){{0,2}}"
    r"(?:exercises?|drills?|manoeuvres|maneuvers)\b"
)
_BODY_TYPE_ACRONYMS = {"NGO", "INGO", "NPO", "GONGO"}
# Acronyms that are words of the trade, not names.
_COMMON_ACRONYMS = {
    "GDP",
    "USD",
    "EUR",
    "UTC",
    "GMT",
    "PDF",
    "HTML",
    "URL",
    "CEO",
    "NGO",
    "NGOS",
    "WMD",
    "IED",
    "UAV",
    "HIV",
    "AIDS",
    "ISBN",
    "FAQ",
    "SITREP",
    "AAR",
    "DTG",
    "POC",
    "FYI",
    "TV",
    "AM",
    "PM",
    "ID",
    "II",
    "III",
    "IV",
    "VI",
    "VII",
    "VIII",
    "IX",
    "XI",
    "XII",
    "IDP",
    "IDPS",
    "FDI",
    "SME",
    "SMES",
    "ATC",
    # Words of a query language and of a script, written in capitals by convention.
    "SELECT",
    "FROM",
    "WHERE",
    "NULL",
    "AND",
    "NOT",
    "INSERT",
    "UPDATE",
    "DELETE",
    "JOIN",
    "ORDER",
    "GROUP",
    "LIMIT",
    "VALUES",
    "INTO",
    "TRUE",
    "FALSE",
    "INT",
    "EXT",
    "CUT",
    "FADE",
    "SUPER",
    "CREATE",
    "MATCH",
    "MERGE",
    "RETURN",
    "UNWIND",
    "OPTIONAL",
    "DETACH",
    "REMOVE",
    "CONSTRAINT",
    "INDEX",
    "TABLE",
    "DROP",
    "ALTER",
    "BEGIN",
    "COMMIT",
    "ROLLBACK",
    # An outliner's or an editor's markers of a task or an entry's state.
    "TODO",
    "DONE",
    "DOING",
    "WAITING",
    "LATER",
    "FIXME",
    "XXX",
    "CANCELLED",
    "CANCELED",
    "DRAFT",
    "RETRACTED",
    "DEPRECATED",
    "OBSOLETE",
    "SUPERSEDED",
    "ARCHIVED",
    "WITHDRAWN",
    "PENDING",
    "REVIEW",
    "HOLD",
    "NOTE",
    "WARNING",
    "IMPORTANT",
    "URGENT",
    "HACK",
} | {form.upper() for form in _LEGAL_FORMS}


def kind_for_head(words: list[str]) -> str | None:
    """Kind of entity a name's head word implies, or None when it names an office or nothing.
    'Treaty on X', 'Charter of X', 'Memorandum of Understanding on X' are treaties whatever X
    is; otherwise the last head word decides ('Fergana Valley Water Commission')."""
    lowered = [_POSSESSIVE.sub("", word).lower() for word in words]
    if lowered[-1] in OFFICE_WORDS:
        return None
    for index, word in enumerate(lowered[:-1]):
        if word in TREATY_HEADS and lowered[index + 1] in ("of", "on", "between", "for", "concerning"):
            return "treaty"
        if lowered[-1] in TREATY_HEADS and lowered[index + 1] in ("of", "for"):
            if word in ORGANIZATION_HEADS:  # 'Organization of the Collective Security Treaty'
                return "organization"
            if word in PROGRAMME_HEADS:
                return "programme"
        if word in PROGRAMME_HEADS or word in ORGANIZATION_HEADS or word in TREATY_HEADS:
            break
    for index in range(len(lowered) - 1, -1, -1):
        word = lowered[index]
        if word in PLACE_HEADS and not _ends_place(lowered, index):
            continue  # 'Centre for River Studies', 'Treaty on Steppe River Trade'
        if word in ("center", "centre") and index and lowered[index - 1] in ("transit", "logistics"):
            return "place"  # a military facility, like an air base
        if word in TREATY_HEADS:
            return "treaty"
        if word in PROGRAMME_HEADS:
            return "programme"
        if word in ORGANIZATION_HEADS:
            return "organization"
        if word in PLACE_HEADS:
            return "place"
    return None


def _ends_place(lowered: list[str], index: int) -> bool:
    """A place word heads a name only at its end or before 'in', 'of' ('Naryn Region', 'Air Base
    in …'); inside a name it is a modifier ('River Studies')."""
    return index == len(lowered) - 1 or lowered[index + 1] in ("in", "of")


def schwartz_hearst_long_form(short: str, candidate: str) -> str | None:
    """The shortest tail of `candidate` whose letters spell `short` (Schwartz & Hearst, 2003)."""
    short_index = len(short) - 1
    long_index = len(candidate) - 1
    while short_index >= 0:
        char = short[short_index].lower()
        if not char.isalnum():
            short_index -= 1
            continue
        while long_index >= 0 and (
            candidate[long_index].lower() != char
            or (short_index == 0 and long_index > 0 and candidate[long_index - 1].isalnum())
        ):
            long_index -= 1
        if long_index < 0:
            return None
        long_index -= 1
        short_index -= 1
    start = candidate.rfind(" ", 0, long_index + 1) + 1
    return candidate[start:].strip()


def acronym_definitions(text: str) -> Iterable[tuple[str, str, int]]:
    """Yield (long form, short form, offset) for each 'Long Form (SF)' in the text."""
    for match in _ACRONYM.finditer(text):
        short = (match.group(1) or match.group(2)).strip(".")
        if sum(char.isupper() for char in short) < 2:
            continue
        sentence_start = max(text.rfind(". ", 0, match.start()), text.rfind("\n", 0, match.start()))
        words = text[sentence_start + 1 : match.start()].split()
        window = words[-min(len(short) + 5, len(short) * 2) :]
        long_form = schwartz_hearst_long_form(short, " ".join(window))
        if not long_form or short in long_form.split():
            continue
        long_words = long_form.split()
        if len(long_words) < 2 or not long_words[0][:1].isupper():
            continue
        while long_words and (long_words[0].lower() in _STOP_FIRST or _POSSESSIVE.search(long_words[0])):
            long_words = long_words[1:]
        if len(long_words) < 2:
            continue
        if match.group(2) and any(word[:1].islower() and word not in _CONNECTORS for word in long_words):
            continue  # "the CSTO's rapid reaction force, known as the CRRF": a description, not a name
        after = re.match(r"\s+([A-Z][a-z]+)", text[match.end() : match.end() + 30])
        if after and kind_for_head([after.group(1)]) and not kind_for_head(long_words):
            long_words.append(after.group(1))
        yield " ".join(long_words).rstrip(",;:"), short, match.start()
    for link in _PIPED_LINK.finditer(
        text
    ):  # wikitext '[[Border Management Programme in Central Asia|BOMCA]]'
        if schwartz_hearst_long_form(link.group("short"), link.group("long")):
            yield link.group("long"), link.group("short"), link.start()
    yield from glossary_definitions(text)
    yield from record_abbreviations(text)


_PIPED_LINK = re.compile(
    r"\[\[(?P<long>[A-Z][^\]|#\n]{3,80})(?:#[^\]|\n]*)?\|(?P<short>[A-Z][A-Z0-9&]{1,9})\]\]"
)


# A glossary line: 'ABC — Agency for Border Cooperation, set up in …'.
_GLOSSARY_LINE = re.compile(
    r"^[ \t]*(?P<short>[A-Z][A-Z0-9&]{1,9})[ \t]+(?:—|–|-{1,2}|:)[ \t]+(?P<long>[A-Z][\w’'-]*"
    r"(?:(?:[ \t]+(?:of|for|and|on|in|the|against)){0,2}[ \t]+[A-Z][\w’'-]*)*)",
    re.M,
)


def glossary_definitions(text: str) -> Iterable[tuple[str, str, int]]:
    """(long form, short form, offset) for each glossary line that opens with an acronym and a
    dash, when the capitalised words after the dash spell the acronym from their first word: a
    line whose words spell something else ('EU — Brussels') defines nothing."""
    for match in _GLOSSARY_LINE.finditer(text):
        short, long_form = match.group("short"), match.group("long")
        long_words = long_form.split()
        if len(long_words) < 2 or schwartz_hearst_long_form(short, long_form) != long_form:
            continue
        if sum(word[0].isupper() for word in long_words) < len(short) - 1:
            continue  # the letters came from inside the words, not their initials
        yield long_form, short, match.start("short")


@dataclass(frozen=True)
class NameMention:
    name: str
    start: int
    kind: str


def capitalised_names(
    text: str, in_heading: Callable[[int], bool], known: Container[str], scopes: Container[str] = ()
) -> Iterable[NameMention]:
    """Capitalised word runs with a head word, cut to the name: leading sentence words, a
    possessor ('Russia's Kant Air Base'), a person before 'of' ('Nodira Qodirova of the Pamir
    Policy Centre'), trailing connectors and dates go; 'X and the Y' is two names; a trailing
    'in <City>' goes unless the head is a seat ('OSCE Centre in Bishkek'). `in_heading` tells
    offsets inside the title and headings, where title case says little: there only a name whose
    head word 'of', 'on', 'for' or 'in' follows counts (`_of_shaped`). `known` holds the name
    keys of known entities and cities, `scopes` those of regions and continents, which stay in a
    name ('... Zone in Central Asia')."""
    treaty_spans: list[tuple[int, int]] = []
    for match in [*_TREATY_NAME.finditer(text), *_CAPITALISED_RUN.finditer(text)]:
        if any(match.start() < end and start < match.end() for start, end in treaty_spans):
            continue
        if match.re is _CAPITALISED_RUN and _HYPHENATED_BEFORE.search(
            text, max(0, match.start() - 40), match.start()
        ):
            continue  # 'Hizb ut-Tahrir Cell in Osh': the name began before, in a word a run cannot open
        heading = in_heading(match.start())
        if match.re is _TREATY_NAME:
            treaty_spans.append(match.span())
        for words in _pieces(match.group().split(), known):
            words = _trimmed(words, known)
            lowered = [word.lower() for word in words]
            heads = [
                i
                for i, word in enumerate(lowered)
                if kind_for_head([word]) and (word not in PLACE_HEADS or _ends_place(lowered, i))
            ]
            if not heads or len(words) < 2:
                continue
            last_head = heads[-1]
            tail = words[last_head + 1 : last_head + 2]
            if not (tail and tail[0].lower() in _CONNECTORS) or _members_follow(
                words[last_head + 1 :], text, match.end(), known
            ):
                words = words[: last_head + 1]
            words = _without_seat(words, known, scopes)
            if any(word in _SHOUTED_FUNCTION_WORDS for word in words):
                continue  # a line in capitals: its case bounds no name
            like = [index for index, word in enumerate(words) if _MODIFIER_SUFFIX.search(word)]
            if like:
                # 'a Partnership for Peace-style programme' is like the name, not it; 'a NATO-style
                # Rapid Reaction Force' is named by what follows the likeness, if anything.
                words = words[like[-1] + 1 :]
                if len(words) < 2 or not any(kind_for_head([word.lower()]) for word in words):
                    continue
            kind = kind_for_head(words) if len(words) >= 2 else None
            if heading and not _of_shaped(words):
                continue
            if kind and not _generic(words):
                name = " ".join(_POSSESSIVE.sub("", word) for word in words[:-1])
                yield NameMention(f"{name} {words[-1]}".rstrip("’'"), match.start(), kind)


_HEADING_CONNECTORS = {"of", "on", "for", "in"}
_SHOUTED_FUNCTION_WORDS = {
    "THE",
    "OF",
    "AND",
    "A",
    "AN",
    "THAT",
    "FOR",
    "TO",
    "IN",
    "ON",
    "HAS",
    "WILL",
    "IS",
    "US",
}


def _of_shaped(words: list[str]) -> bool:
    """'Institute of International Law', 'Conference on Interaction …': a head word followed by
    'of', 'on', 'for' or 'in' – a name even in a title-case heading, where 'NATO Promotes
    Dialogue' or 'Training Programme' may be no name at all."""
    return any(
        kind_for_head([word]) and following in _HEADING_CONNECTORS
        for word, following in zip(words, words[1:], strict=False)
    )


_LIST_GOES_ON = re.compile(r"(?:,|\s+and)\s+(?:the\s+)?(?P<next>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")


def _members_follow(tail: list[str], text: str, end: int, known: Container[str]) -> bool:
    """'the Eurasian Customs Union of Russia, Belarus and Kazakhstan': 'of' opens a list of
    known names (its members), not the rest of the name."""
    return (
        len(tail) >= 2
        and tail[0] == "of"
        and name_key(" ".join(tail[1:])) in known
        and (following := _LIST_GOES_ON.match(text, end)) is not None
        and name_key(following.group("next")) in known
    )


def _pieces(words: list[str], known: Container[str]) -> list[list[str]]:
    """'The Council of Foreign Ministers and the Council of Ministers of Defence' names two
    bodies; so does 'CSTO Secretariat and CSTO Joint Staff' (a head on each side), and 'Kant Air
    Base in Chui Region' two places. A month ends a name ('Batken Region in May')."""
    for index, word in enumerate(words):
        if word.lower() in MONTHS:
            words = words[:index]
            break
    for index, word in enumerate(words):
        if word == "in" and 0 < index < len(words) - 1 and words[index - 1].lower() in PLACE_HEADS:
            return [words[:index], *_pieces(words[index + 1 :], known)]  # a place in a place is two
        if word != "and" or index + 1 >= len(words):
            continue
        left, right = words[:index], words[index + 1 :]
        joins_known = name_key(right[0]) in known or name_key(" ".join(right)) in known
        if (
            right[0] == "the"
            or (left and kind_for_head(left[-1:]) and joins_known)
            or (_ends_with_its_place(left, known) and _has_head(right))
        ):
            return [left, *_pieces(right, known)]
    return [words]


def _has_head(words: list[str]) -> bool:
    return any(kind_for_head([word.lower()]) for word in words)


def _ends_with_its_place(words: list[str], known: Container[str]) -> bool:
    """'NATO Liaison Office in Central Asia': a head word and the known place it is in or of,
    a whole name (so 'and American University …' after it is another)."""
    heads = [index for index, word in enumerate(words) if kind_for_head([word.lower()])]
    if not heads or heads[-1] + 2 >= len(words):
        return False
    rest = words[heads[-1] + 1 :]
    return rest[0] in ("in", "of", "for") and name_key(" ".join(rest[1:])) in known


_RANKS = frozenset(
    ["Colonel", "Lieutenant", "Captain", "Admiral", "Brigadier", "Sergeant", "Col.", "Gen.", "Lt."]
)


# 'T4 Aral Border Protocol' in a register: the row's number is no part of the name.
_ITEM_NUMBER = re.compile(r"[A-Z]{1,2}\d{1,3}[a-z]?")
_ORDINAL = re.compile(
    r"(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))"
)
_SITTINGS = {"meeting", "meetings", "summit", "session", "sitting", "round"}


def _trimmed(words: list[str], known: Container[str]) -> list[str]:
    words = list(words)
    rank = next((index for index, word in enumerate(words) if index and word in _RANKS), None)
    if rank is not None:
        words = words[:rank]  # 'the Joint Staff of the ODKB Colonel General E. K. …': a rank opens a person
    while words and (
        words[0].lower() in _STOP_FIRST
        or words[0].lower() in _CONNECTORS
        or words[0].endswith("-based")
        or (words[0].lower() in _PLURAL_TITLES and not kind_for_head(words[1:2] or ["x"]))
    ):
        words = words[1:]
    words = _only_the_last_company(_without_row_number_or_meeting(words))
    for index, word in enumerate(words[:-1]):
        if _POSSESSIVE.search(word) and name_key(" ".join(words[: index + 1])) in known:
            words = words[index + 1 :]  # "Russia's Kant Air Base": the possessor is not in the name.
            break
    if (
        len(words) > 2
        and words[1].lower() in _CONNECTORS
        and not kind_for_head(words[:1])
        and not (words[1] == "and" and name_key(words[0]) not in known)  # 'Science and Technology Centre'
    ):
        drop = 1
        while drop < len(words) and words[drop].lower() in _CONNECTORS:
            drop += 1
        words = words[drop:]
        while words and words[0].endswith("-based"):
            words = words[1:]  # 'Analysts at the Almaty-based Steppe Institute'
    if (
        len(words) > 2
        and kind_for_head(words[:1])
        and words[1].lower() not in _CONNECTORS
        and any(kind_for_head([word]) for word in words[2:])
    ):
        words = words[1:]  # "the NGO Organization Eurasian Transition Group"
    if len(words) > 2 and words[0] in _BODY_TYPE_ACRONYMS:
        words = words[1:]  # "the NGO Institute of Steppe Studies": what kind of body it is
    if "of" in words[1:4]:
        title = words[: words.index("of", 1)]
        if title[-1].lower() in OFFICE_WORDS and not any(kind_for_head([word]) for word in title):
            words = words[len(title) + 1 :]  # 'Executive Director of the Steppe Secretariat'
            while words and words[0].lower() in _CONNECTORS:
                words = words[1:]
    words = _after_titles(words)
    if "of" in words[2:4]:
        person = words[: words.index("of", 2)]
        if not any(kind_for_head([w]) for w in person) and _looks_like_person(person):
            words = words[len(person) + 1 :]
            while words and words[0].lower() in _CONNECTORS:
                words = words[1:]
    while len(words) > 2 and words[-2].lower() in ("on", "in") and words[-1].lower() in _DAY_WORDS:
        words = words[:-2]  # 'the … Memorandum in Samarkand on Saturday': when, not the name
    while words and words[-1].lower() in _CONNECTORS:
        words = words[:-1]
    return words


def _without_row_number_or_meeting(words: list[str]) -> list[str]:
    """'T4 Aral Border Protocol': a register's row number is no part of a treaty's name (but 'G20
    Working Group', 'T72 Tank Battalion' keep theirs); 'Fourth Ministerial Meeting of the Steppe
    Forum', 'Fifth Summit of Heads of State of the X': a meeting is an event, the body is after 'of'."""
    if len(words) > 1 and _ITEM_NUMBER.fullmatch(words[0]) and kind_for_head(words[1:]) == "treaty":
        words = words[1:]
    if words and _ORDINAL.fullmatch(words[0]) and any(word.lower() in _SITTINGS for word in words):
        sitting = next(index for index, word in enumerate(words) if word.lower() in _SITTINGS)
        words = words[sitting + 2 :] if words[sitting + 1 : sitting + 2] == ["of"] else []
        while words and words[0].lower() in _CONNECTORS:
            words = words[1:]
        if words and words[0].lower() in _PARTICIPANTS:
            later = [index for index, word in enumerate(words) if word == "of"][1:2]
            words = words[later[0] + 1 :] if later else []
            while words and words[0].lower() in _CONNECTORS:
                words = words[1:]
    return words


_PARTICIPANTS = {"heads", "ministers", "leaders", "chiefs", "presidents"}


def _only_the_last_company(words: list[str]) -> list[str]:
    """'Kazatomprom and Cameco Holdings', 'Voice of America and Radio Liberty': a company form or
    'Radio' heads only the name it ends, never a run joined by 'and'; alone it names nothing."""
    forms = [index for index, word in enumerate(words) if word.lower().rstrip(".") in _COMPANY_FORMS]
    if not forms or "and" not in words:
        return words
    after = words[len(words) - words[::-1].index("and") :]
    return after if len(after) > 1 else []


_TITLE_NOUNS = {"staff", "mission", "protocol", "cabinet", "delegation"}
# A state's missions abroad: the name starts at the word, and keeps its city.
_MISSION_HEADS = {"embassy", "consulate", "consulate-general"}


def _after_titles(words: list[str]) -> list[str]:
    """'Special Envoy for Afghanistan and Head of the United Nations Mission …', 'Board and Head
    of the Eurasian Development Bank', 'Staff of the CSTO' (left of 'Chief of Staff of the CSTO'):
    the body after the last title's 'of'; 'Defence Attaché at the Embassy of Kyrgyzstan': the
    embassy after a post held 'at' it."""
    for index in range(len(words) - 2, 0, -1):
        if words[index] == "at" and any(
            word.lower() in _MISSION_HEADS for word in words[index + 1 : index + 3]
        ):
            words = words[index + 1 :]
            while words and words[0].lower() in _CONNECTORS:
                words = words[1:]
            break
    while len(words) > 2 and words[0].lower() in _TITLE_NOUNS and words[1].lower() in ("of", "and"):
        words = words[2:]
        while words and words[0].lower() in _CONNECTORS:
            words = words[1:]
    second_title = any(
        words[index] == "and" and words[index + 1].lower() in OFFICE_WORDS and words[index + 2] == "of"
        for index in range(len(words) - 2)
    )
    if not words or (words[0].lower().split("-")[0] not in OFFICE_WORDS and not second_title):
        return words
    cuts = [
        index
        for index in range(1, len(words) - 1)
        if words[index] == "of" and words[index - 1].lower().split("-")[-1] in OFFICE_WORDS
    ]
    if cuts:
        words = words[cuts[-1] + 1 :]
        while words and words[0].lower() in _CONNECTORS:
            words = words[1:]
    return words


_DAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"} | set(MONTHS)


def _looks_like_person(words: list[str]) -> bool:
    return words[0].lower() in given_names() or bool(SURNAME_ENDING.search(words[-1]))


def _without_seat(words: list[str], known: Container[str], scopes: Container[str]) -> list[str]:
    """'Treaty on the Eurasian Economic Union in Astana' names the treaty, not where it was
    signed; 'Operations Centre at NATO Headquarters' is the centre. A seat stays in the name of an
    office, centre or mission ('OSCE Centre in Bishkek') unless the name without it is known; a
    region after 'in' is the name's scope and stays ('Nuclear-Weapon-Free Zone in
    Central Asia') unless the name without it is known."""
    for index in range(len(words) - 2, 0, -1):
        if words[index] not in ("in", "at"):
            continue
        seated = words[index - 1].lower() in _SEATED_HEADS or words[0].lower() in _MISSION_HEADS
        place = name_key(" ".join(words[index + 1 :]))
        if words[index] == "in" and place in scopes and name_key(" ".join(words[:index])) not in known:
            continue
        place_known = place in known
        if words[index] == "at" and not (seated and place_known):
            return words[:index]
        if place_known and (not seated or name_key(" ".join(words[:index])) in known):
            return words[:index]
    return words


def _generic(words: list[str]) -> bool:
    """'Joint Staff', 'Air Base': a modifier and a head name no one body; nor does a 'Board of
    Trustees' or a 'Council of Experts' without its owner's name."""
    plain = [_POSSESSIVE.sub("", word).lower() for word in words]
    if len(plain) == 3 and plain[1] == "of" and kind_for_head(plain[:1]) and plain[2] in _MEMBERS_OF_A_BOARD:
        return True
    return len(plain) == 2 and all(word in _GENERIC or kind_for_head([word]) for word in plain)


_MEMBERS_OF_A_BOARD = {
    "trustees",
    "directors",
    "governors",
    "experts",
    "advisers",
    "advisors",
    "elders",
    "managers",
}


def exercise_names(text: str) -> Iterable[tuple[str, int]]:
    """'exercise Steppe Eagle', 'the Caspian Shield exercises': military exercises are programmes."""
    matches = [*_EXERCISE_AFTER.finditer(text), *_EXERCISE_BEFORE.finditer(text)]
    for match in sorted(matches, key=lambda match: match.start("name")):
        words = match.group("name").split()
        while words and words[0].lower() in _STOP_FIRST:
            words = words[1:]
        if words and kind_for_head(words[-1:]) != "treaty":
            yield " ".join(words), match.start("name") + match.group("name").index(words[0])


_PUBLISHER = re.compile(r"(?<=[a-z]: )(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,3} Press)(?=[.,;])")


def described_names(text: str) -> Iterable[tuple[str, str, bool]]:
    """(name, kind, quoted) for a name that the common noun beside it describes: in quotes
    before it ('the "Steppe Five" group', 'the "Granite Shield" series of exercises') or in
    apposition after it ('the Tajik parliament, the Majlisi Oli,'); a publisher after a
    reference's city ('Almaty: Steppe Press.'), where a bare 'Press' would be no name. Whether
    the words are names is left to the caller."""
    for match in _PUBLISHER.finditer(text):
        yield match.group("name"), "organization", True
    for pattern in (_QUOTED_NAME, _APPOSITION):
        for match in pattern.finditer(text):
            noun = match.group("noun")
            if noun in _BODY_NOUNS:
                yield match.group("name"), "organization", pattern is _QUOTED_NAME
            elif noun in _PROGRAMME_NOUNS:
                yield match.group("name"), "programme", pattern is _QUOTED_NAME
    yield from record_names(text)


def bare_acronyms(text: str, skip: Callable[[int], bool]) -> Iterable[str]:
    """Capital-letter acronyms used without a definition, outside headings, shouting lines and
    runs of words in capitals: twice, or once when four letters or more or a '+N' format
    ('KZBAT', 'C5+1'); a three-letter one used once is as often a word of the trade as a name,
    and so is one used once before a noun ('the COVID pandemic')."""
    counts: Counter[str] = Counter()
    inverted_surnames = {
        line.group("surname") for line in _inverted_name_lines(text) if _is_inverted_name(line)
    }
    modifying: set[str] = set()
    once_before_noun: set[str] = set()
    common: set[str] = set()
    cues = set(_CUE_LINE.findall(text)) if "\n" in text else set()
    shouting: dict[int, bool] = {}  # line start -> whether the line is mostly capitals
    line_starts = [0, *(match.end() for match in re.finditer("\n", text))]
    for match in _BARE_ACRONYM.finditer(text):
        word = match.group()
        letters = [char for char in word if char.isalnum()]
        if len(letters) < 2 or word in _COMMON_ACRONYMS or skip(match.start()):
            continue
        if text[match.start() - 1 : match.start()] == "[":
            continue  # a script's cue: '[ANCHOR]', '[REPORTER, Almaty]'
        if _a_common_noun(text, match) and word in cues:
            common.add(word)  # 'enters with an AIDE and', 'A JOURNALIST (40s)': a person of a script
            continue
        if word in inverted_surnames:
            continue  # 'TEMIROV, Aidar Bolotovich': a surname, as lists write it
        line_start = line_starts[bisect_right(line_starts, match.start()) - 1]
        dateline = _DATELINE_PLACE.match(text, line_start)
        if dateline and match.end() <= dateline.end("place"):
            continue  # 'BAKU, 10 February 2025 –': the place a report was filed from

        following = _FOLLOWING_WORD.match(text, match.end())
        if following and following.group(1) == ":":
            continue  # a field label: 'SUBJECT:'
        if not text[line_start : match.start()].strip() and _RUN_IN_LABEL_AFTER.match(text, match.end()):
            continue  # a paragraph's run-in label: 'CORRECTION. Our October issue said …'
        if following and following.group(1) in _THINGS_NOT_BODIES:
            modifying.add(word)  # 'the TAPI pipeline': the acronym names a thing, not a body
        elif (
            following and following.group(1) not in _JOINING_WORDS and word not in counts and "+" not in word
        ):
            once_before_noun.add(word)  # 'the COVID pandemic': once, before a noun, it may name anything
        if len(word) < 3 and "+" not in word:
            continue
        if _CAPITALS_BEFORE.search(text, max(0, match.start() - 40), match.start()) or _CAPITALS_AFTER.match(
            text, match.end()
        ):
            continue  # 'THE BORDERLANDS HOUR', 'ANSWER KEY': words in capitals, not an acronym
        if line_start not in shouting:
            line_end = text.find("\n", match.end())
            line = text[line_start : line_end if line_end >= 0 else len(text)]
            letters_in_line = list(filter(str.isalpha, line))
            shouting[line_start] = sum(map(str.isupper, letters_in_line)) > len(letters_in_line) / 2
        if not shouting[line_start]:
            counts[word] += 1
    return sorted(
        word
        for word, count in counts.items()
        if word not in common and _kept(word, count, modifying | once_before_noun)
    )


def _kept(word: str, count: int, before_nouns: set[str]) -> bool:
    """Used twice, or once when four letters or more or a '+N' format and not before a noun."""
    return count >= 2 or (
        word not in before_nouns and ("+" in word or sum(char.isalpha() for char in word) >= 4)
    )


_FOLLOWING_WORD = re.compile(r"\s*(:|[a-z]+)")
_RUN_IN_LABEL_AFTER = re.compile(r"\.[ \t]+[A-Z][a-z]")
_ARTICLE_BEFORE = re.compile(r"(?<![^\s(])(?:[Aa]n?)\s+$")


# A script's cue: a speaker's name in capitals alone on its line ('AIDE', 'JOURNALIST (V.O.)').
_CUE_LINE = re.compile(r"(?m)^[ \t]*([A-Z][A-Z’'.-]+)[ \t]*(?:\([^()\n]{1,20}\))?[ \t]*$")


def _a_common_noun(text: str, match: re.Match[str]) -> bool:
    """A word in capitals after 'a' or 'an' that is the head of its phrase ('an AIDE and', 'A
    JOURNALIST (40s)'): in a script whose cues name the same speaker, a common noun written in
    capitals. 'a NATO summit' or 'an OSCE-led mission' name a body as a noun's modifier."""
    if not _ARTICLE_BEFORE.search(text, max(0, match.start() - 4), match.start()):
        return False
    if text[match.end() : match.end() + 1] in ("-", "’", "'", "+"):
        return False
    following = _FOLLOWING_WORD.match(text, match.end())
    return following is None or following.group(1) in _JOINING_WORDS


_DATELINE_PLACE = re.compile(
    rf"[ \t]*(?P<place>[A-Z][A-Z'.-]+(?:[ -][A-Z][A-Z'.-]+){{0,2}}),\s+"
    rf"(?:{MONTH_PATTERN}|\d{{1,2}}\s+{MONTH_PATTERN})\b"
)
_CAPITALS_BEFORE = re.compile(r"\b[A-Z]{2,} $")
_CAPITALS_AFTER = re.compile(r" [A-Z]{2,}\b")
_JOINING_WORDS = {
    "and",
    "or",
    "of",
    "in",
    "at",
    "on",
    "for",
    "to",
    "with",
    "from",
    "by",
    "as",
    "is",
    "was",
    "has",
}
_THINGS_NOT_BODIES = {
    "pipeline",
    "railway",
    "road",
    "highway",
    "corridor",
    "dam",
    "plant",
    "field",
    "project",
    "system",
    "missile",
    "missiles",
    "vehicle",
    "vehicles",
}


class _Registry:
    """Every spec by each of its name keys, and the ones discovery adds."""

    def __init__(self, specs: list[EntitySpec]) -> None:
        self.by_key: dict[str, EntitySpec] = {}
        self.discovered: list[EntitySpec] = []
        self.shared_surnames: set[str] = set()  # transliteration keys of surnames two people share
        for spec in specs:
            for alias in (spec.name, *spec.aliases):
                self.by_key.setdefault(name_key(alias), spec)

    def get(self, name: str) -> EntitySpec | None:
        return self.by_key.get(name_key(name))

    def new(self, name: str, kind: str, origin: str, confidence: float) -> EntitySpec:
        spec = EntitySpec(name=name, kind=kind, origin=origin, confidence=confidence)
        self.discovered.append(spec)
        self.by_key[name_key(name)] = spec
        return spec

    def alias(self, spec: EntitySpec, alias: str, kind: str) -> None:
        if name_key(alias) not in self.by_key:
            spec.add_alias(alias, kind)
            self.by_key[name_key(alias)] = spec


def _heading_test(document: Document) -> Callable[[int], bool]:
    """Whether an offset lies in the document's title or a heading (title case says nothing there);
    a title of several sentences is prose."""
    spans = document.heading_spans()
    if is_prose_line(document.title):
        title_at = document.text.find(document.title)
        spans = [span for span in spans if span != (title_at, title_at + len(document.title))]
    return lambda offset: any(start <= offset < end for start, end in spans)


# Words the documents write in lower case: common words, never names.
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z][a-z’'-]+")
# An e-mail or web address is no prose: 'desk.osh@example.org' does not write Osh in lower case.
_ADDRESS = re.compile(r"\S+@\S+|\b(?:https?://|www\.)\S+")


@dataclass
class DocumentCandidates:
    """What discovery reads from one document, kept so that a later build can skip the text.

    The fields up to `renamed` depend on the document alone. `cities`, `names` and `people` also
    ask sets that belong to the whole corpus (known names, lower-case words), so they are kept
    with the answers they got (`Recorded`) and computed again when an answer has changed."""

    source: str
    acronyms: tuple[tuple[str, str, int], ...]
    lower_words: str  # packed (names.pack_words)
    exercises: tuple[str, ...]
    described: tuple[tuple[str, str, bool], ...]
    bare_acronyms: tuple[str, ...]
    pattern_places: tuple[PlaceMention, ...]
    renamed: tuple[tuple[str, str], ...]
    cities: Recorded[PlaceMention] | None = None
    names: Recorded[NameMention] | None = None
    people: Recorded[PersonMention] | None = None
    unit_names: tuple[str, ...] = ()


def _readable(document: Document) -> Document:
    """The document as discovery reads it: a markup or source comment, a draft's struck text or
    a diff's removed line names nothing ('<!-- [[ITSO Liaison Office in Kashgar]] -- plan
    dropped -->'), so it is blanked (offsets kept); so is a text in capitals throughout."""
    if in_capitals(document.text):
        # A wire in capitals: no capital marks a name there, so no new name is taken from it
        # (the names already known are still read in it).
        return replace(document, text=blanked(document.text, [(0, len(document.text))]))
    struck = struck_spans(document.text)
    return replace(document, text=blanked(document.text, struck)) if struck else document


def document_candidates(document: Document) -> DocumentCandidates:
    """The corpus-independent part of discovery for one document."""
    return _candidates(_readable(document))


def _candidates(document: Document) -> DocumentCandidates:
    """`document_candidates` of a document already made `_readable`."""
    text = document.text
    in_heading = _heading_test(document)
    return DocumentCandidates(
        source=document.source,
        acronyms=tuple(acronym_definitions(text)),
        lower_words=pack_words(set(_LOWER_WORD.findall(_ADDRESS.sub(" ", without_identifiers(text))))),
        exercises=tuple(name for name, _start in exercise_names(text)),
        described=tuple(described_names(text)),
        bare_acronyms=tuple(bare_acronyms(text, in_heading)),
        pattern_places=(
            *pattern_places(text),
            *(PlaceMention(name, start, "place word", 0.85) for name, start in record_places(text)),
        ),
        renamed=tuple(renamed_pairs(text)),
        unit_names=tuple(unit_names(text)),
    )


def discover_entities(
    documents: list[Document],
    specs: list[EntitySpec],
    corrections_path: Path | None = CORRECTIONS_PATH,
    candidates: list[DocumentCandidates] | None = None,
) -> list[EntitySpec]:
    """Return `specs` extended with aliases and new entities found in the documents.

    `candidates` (one per document, in the same order) are what earlier builds read from these
    documents; their recorded parts are brought up to date in place, so the caller can keep
    them. The result is the same with or without them."""
    documents = [_readable(document) for document in documents]
    if candidates is None:
        candidates = [_candidates(document) for document in documents]
    registry = _Registry(specs)
    if corrections_path is not None:
        _apply_corrections(corrections_path, {document.source for document in documents}, registry)
    for document, found in zip(documents, candidates, strict=True):
        _discover_acronym_definitions(document.text, found.acronyms, registry)

    # One document's words unpacked at a time: unpacking them all before the union took
    # 170 MB at once at 5,000 documents, the build's peak.
    lower_words = frozenset(
        itertools.chain.from_iterable(unpack_words(found.lower_words) for found in candidates)
    )
    cities = _cities_named(documents, candidates, registry, lower_words)
    known_places = set(registry.by_key) | {name_key(place.name) for place in cities}
    scopes = _scopes(registry)
    _discover_exercises_and_described(candidates, registry, lower_words)
    _discover_head_word_names(documents, candidates, registry, lower_words, known_places, scopes)
    for document, found in zip(documents, candidates, strict=True):
        found.people = recorded(
            lambda lower, text=document.text: tuple(person_candidates(flowed(text), lower)),
            [lower_words],
            found.people,
        )
        _discover_inverted_names(document, registry)
        _discover_people(document, found.people.value, registry, lower_words)
    _add_surname_spellings(documents, registry, lower_words)
    _name_facilities_by_their_town(documents, candidates, registry)
    for place in cities:
        _add_place(place, registry, lower_words)
    for found in candidates:
        for place in found.pattern_places:
            _add_place(place, registry, lower_words)
    return _linked_and_merged(documents, candidates, specs, registry)


def _apply_corrections(corrections_path: Path, sources: Container[str], registry: _Registry) -> None:
    """Curated corrections apply only when the document they name is being built."""
    for correction in load_corrections(corrections_path):
        if correction.document not in sources:
            continue
        target = registry.get(correction.entity.name)
        if target is None:
            target = registry.new(correction.entity.name, correction.entity.kind, "correction", 1.0)
            target.parent = correction.entity.parent
        for alias, kind in correction.entity.aliases.items():
            registry.alias(target, alias, kind)


def _discover_exercises_and_described(
    candidates: list[DocumentCandidates], registry: _Registry, lower_words: Container[str]
) -> None:
    """Exercise names and names introduced by their noun come before the head words: the
    'Peace Shield' exercise is no mission."""
    for found in candidates:
        for name in found.exercises:
            if _new_name(name, registry, lower_words):
                registry.new(name, "programme", "exercise", 0.8)
        for name, kind, quoted in found.described:
            if _new_name(name, registry, lower_words, every_word=not quoted) and not _looks_like_person(
                name.split()
            ):
                registry.new(name, kind, "described", 0.7)


def _discover_head_word_names(
    documents: list[Document],
    candidates: list[DocumentCandidates],
    registry: _Registry,
    lower_words: Container[str],
    known_places: set[str],
    scopes: set[str],
) -> None:
    """Capitalised names with an organization, programme or treaty head word, and acronyms
    that recur as names without a definition."""
    for document, found in zip(documents, candidates, strict=True):
        in_heading = _heading_test(document)
        found.names = recorded(
            lambda known, scope, text=document.text, heading=in_heading: tuple(
                capitalised_names(text, heading, known, scope)
            ),
            [known_places, scopes],
            found.names,
        )
        for mention in found.names.value:
            if not registry.get(mention.name):
                registry.new(mention.name, mention.kind, "head word", 0.8)
        for name in found.unit_names:
            if not registry.get(name):
                registry.new(name, "organization", "directory line", 0.75)
        for acronym in found.bare_acronyms:
            if registry.get(acronym) or acronym.lower() in lower_words:
                continue
            named = _name_before_acronym(acronym, document.text, registry) or _name_spelled_by(
                acronym, document.text, registry
            )
            if named is not None:
                registry.alias(named, acronym, "acronym")
            else:
                registry.new(acronym, _acronym_kind(acronym, document.text), "bare acronym", 0.6)


def _name_before_acronym(acronym: str, text: str, registry: _Registry) -> EntitySpec | None:
    """The known body whose full name stands right before '(ACRONYM)': 'the Eurasian Economic
    Union (EAES)' defines the Russian acronym its letters do not spell. Only a name of a body,
    programme or treaty, and only the longest one ending there."""
    # '… Union (EAES)', '… Union (Evraziyskiy ekonomicheskiy soyuz, EAES)': a transliteration may come first.
    for match in re.finditer(
        rf"(?P<before>(?:[\w’'-]+ ){{1,10}})\((?:[^(),]{{0,60}},\s*)?{re.escape(acronym)}\)", text
    ):
        words = match.group("before").split()
        for start in range(len(words) - 1):
            spec = registry.get(" ".join(words[start:]))
            if spec is not None and spec.kind in ("organization", "programme", "treaty"):
                return spec
    return None


_INITIAL_SKIPS = {"of", "the", "in", "for", "and", "on", "at", "to", "de"}


@functools.lru_cache(maxsize=65536)
def _initials(name: str) -> str:
    return "".join(
        word[0] for word in re.split(r"[\s-]+", name) if word and word.lower() not in _INITIAL_SKIPS
    )


def _spelled_kind(spec: EntitySpec) -> bool:
    """A body, or a programme that acts like one ('Initiative', 'Partnership'); not a strategy or
    a plan, whose initials are as often a service's ('NSS')."""
    if spec.kind == "organization":
        return True
    last = spec.name.split()[-1].lower()
    return spec.kind == "programme" and last in (
        "initiative",
        "partnership",
        "programme",
        "program",
        "process",
    )


def _name_spelled_by(acronym: str, text: str, registry: _Registry) -> EntitySpec | None:
    """The one body whose words' initials spell the acronym ('UNAMA': United Nations Assistance
    Mission in Afghanistan), when an acronym is used without a definition: only a body the same
    document names in full, and never an acronym a country's name spells ('KSA')."""
    if len(acronym) < 3 or not acronym.isalpha():
        return None
    spelled: dict[int, EntitySpec] = {}
    for spec in registry.by_key.values():
        names = [name for name in (spec.name, *spec.aliases) if " " in name and _initials(name) == acronym]
        if names and spec.kind == "country":
            return None
        if names and _spelled_kind(spec) and any(name in text for name in names):
            spelled[id(spec)] = spec
    return next(iter(spelled.values())) if len(spelled) == 1 else None


def _acronym_kind(acronym: str, text: str) -> str:
    """A programme when it is a meeting format ('C5+1') or its first apposition calls it one
    ('BOMCA, the EU's border management programme'); an organization otherwise."""
    if "+" in acronym:
        return "programme"
    apposition = re.search(rf"\b{re.escape(acronym)}, (?:the|an?) (?P<words>[\w’' -]+)", text)
    if apposition is None:
        return "organization"
    words = []  # the apposition's noun phrase, up to its first preposition: its head is last
    for word in apposition.group("words").split()[:6]:
        if word in ("for", "of", "in", "on", "with", "that", "which", "and"):
            break
        words.append(word)
    if words and words[-1] in _PROGRAMME_NOUNS:
        return "programme"
    return "organization"


def _linked_and_merged(
    documents: list[Document],
    candidates: list[DocumentCandidates],
    specs: list[EntitySpec],
    registry: _Registry,
) -> list[EntitySpec]:
    """Link renamed bodies, fold treaties named after their city and seats named after their
    capital, merge spelling variants, then give each discovered body its parent by name."""
    link_renamed((pair for found in candidates for pair in found.renamed), registry.by_key)
    signed_at = {
        pair
        for document, found in zip(documents, candidates, strict=True)
        for pair in signing_places(document.text, found.names.value if found.names else ())
    }
    _merge_place_named_treaties(registry, signed_at)
    _merge_seats_in_capitals(registry)
    for document in documents:
        _merge_one_owners_office(document.text, registry)
    _merge_restated_names(registry)
    for document in documents:
        _merge_field_aliases(registry, field_aliases(document.text))
        for name, other in record_aliases(document.text):
            # Only a name nothing else goes by: a record's alias may be its parent's name.
            if (named := registry.get(name)) is not None and registry.get(other) is None:
                registry.alias(named, other, "other name")
    merged = merge_variants([*specs, *registry.discovered])
    for spec in merged:
        if spec.origin != "gazetteer":
            spec.parent = spec.parent or _parent_by_name(spec, registry.by_key)
    return merged


_SIGNED_IN = re.compile(
    r"\s*(?:\((?P<city>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?),[^)]{0,30}\)"
    r"|,? (?:was |were )?(?:signed|adopted|concluded) (?:in|at) (?P<city2>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?))"
)


def signing_places(text: str, names: Iterable[NameMention]) -> Iterable[tuple[str, str]]:
    """(treaty name, place) for each treaty the text says was signed somewhere: 'The Treaty on X
    was signed in Tashkent', 'Treaty on X (Tashkent, 1992)'."""
    for mention in names:
        if mention.kind != "treaty":
            continue
        at = text.find(mention.name, mention.start)
        place = _SIGNED_IN.match(text, at + len(mention.name)) if at >= 0 else None
        if place:
            yield mention.name, place.group("city") or place.group("city2")


def _merge_place_named_treaties(registry: _Registry, signed_at: Iterable[tuple[str, str]]) -> None:
    """'The Tashkent Protocol' and 'the Tashkent Protocol on Grain' are the protocol signed in
    Tashkent, when one protocol was, and the rest of the short name begins the rest of the long."""
    by_place: dict[tuple[str, str], set[int]] = {}
    treaties = {}
    for name, place in signed_at:
        spec = registry.get(name)
        if spec is not None and spec.kind == "treaty":
            head = name_key(name).split()[0]
            by_place.setdefault((name_key(place), head), set()).add(id(spec))
            treaties[id(spec)] = (spec, name)
    for spec in list(registry.discovered):
        key = name_key(spec.name).split()
        if spec.kind != "treaty" or spec.origin == "merged" or len(key) < 2:
            continue
        for length in (1, 2):
            site, heads, rest = " ".join(key[:length]), key[length : length + 1], key[length + 1 :]
            targets = by_place.get((site, heads[0]), set()) if heads else set()
            if len(targets) != 1:
                continue
            target, long_name = treaties[next(iter(targets))]
            long_rest = name_key(long_name).split()[1:]
            if target is not spec and long_rest[: len(rest)] == rest:
                _absorb_spec(target, spec, "short form", registry)
                break


_SEATED_NAME = re.compile(r"(?P<body>.+) in (?P<city>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)")


def _merge_seats_in_capitals(registry: _Registry) -> None:
    """'the OSCE Office in Dushanbe' is 'the OSCE Office in Tajikistan' when both are named:
    a body seated in a country's capital goes by either."""
    countries: dict[str, EntitySpec] = {
        spec.iso_code: spec for spec in registry.by_key.values() if spec.kind == "country" and spec.iso_code
    }
    cities = world_cities()
    for spec in list(registry.discovered):
        seated = _SEATED_NAME.fullmatch(spec.name) if spec.kind == "organization" else None
        city = cities.get(city_key(seated.group("city"))) if seated else None
        country = countries.get(city.country) if city and city.capital else None
        if seated is None or country is None or spec.origin == "merged":
            continue
        for country_name in (country.name, *country.aliases):
            target = registry.get(f"{seated.group('body')} in {country_name}")
            if target is not None and target is not spec and target.kind == spec.kind:
                _absorb_spec(target, spec, "other name", registry)
                break


_OFFICE_NAME = re.compile(
    r"(?P<before>(?:[A-Z][\w-]* ){0,4})Office"
    r"(?: of (?:the )?(?P<owner>[A-Z][\w -]+?))?(?: in (?P<seat>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?))?"
)
# Words that tell one kind of office from another: a 'Regional Office' is no country office.
_OFFICE_KINDS = {"liaison", "information", "contact", "regional", "country"}
# Words every office may bear: they tell nothing apart.
_OFFICE_MODIFIERS = _OFFICE_KINDS | {"representative", "permanent"}


@dataclass(frozen=True)
class _Office:
    at: int  # where the document first names it
    spec: EntitySpec
    seat: str | None
    kind: str  # 'representative', 'liaison', … or ''
    region: str  # name key of the region it covers, or ''


def _merge_one_owners_office(text: str, registry: _Registry) -> None:
    """'the NATO Central Asia Office … the NATO Office in Bishkek … the Representative Office of
    the North-Atlantic Alliance': when a document names one owner's offices that differ only by
    words every such office bears (representative, liaison), a region, or a seat, and every seat
    is one place (a capital is its country), they are one office, called by the name the document
    uses first. Offices in two cities are two offices; an office without a seat is named on its own
    in this document ('the UNODC Office in Tashkent' does not name 'the UNODC Office') and never
    beside a place in another country than the seat ('In Kabul, the UNODC Office …')."""
    groups: dict[int, list[_Office]] = defaultdict(list)
    for spec in {id(spec): spec for spec in registry.discovered if spec.origin != "merged"}.values():
        office = _OFFICE_NAME.fullmatch(spec.name) if spec.kind == "organization" else None
        starts = _named_on_its_own(text, spec.name) if office else []
        if office is None or not starts:
            continue
        at = starts[0]
        owner, modifiers = _office_owner(office.group("before").split(), office.group("owner"), registry)
        kind = " ".join(sorted(word.lower() for word in modifiers if word.lower() in _OFFICE_KINDS))
        plain = " ".join(word for word in modifiers if word.lower() not in _OFFICE_MODIFIERS)
        region = registry.get(plain) if plain else None
        if owner is not None and (not plain or getattr(region, "kind", "") == "place"):
            groups[id(owner)].append(_Office(at, spec, office.group("seat"), kind, name_key(plain)))
    for offices in groups.values():
        countries = {_seat_country(office.seat, registry) for office in offices if office.seat}
        kinds = {office.kind for office in offices}
        regions = {office.region for office in offices if office.region}
        if len(offices) < 2 or len(countries) > 1 or None in countries or len(kinds) > 1 or len(regions) > 1:
            continue  # two seats, two kinds of office ('Information', 'Regional' or none) or two regions
        seats = {office.seat for office in offices if office.seat}
        if regions and not all(_region_holds(next(iter(regions)), seat, registry) for seat in seats):
            continue  # a 'Central Asia Office' is not the office in Moscow
        seat_country = _place_country(next(iter(seats)), registry) if seats else None
        if seat_country is not None:
            offices = [
                office
                for office in offices
                if office.seat
                or not any(
                    _elsewhere(_countries_named(_sentence_at(text, start), registry), seat_country)
                    for start in _named_on_its_own(text, office.spec.name)
                )
            ]
        offices.sort(key=lambda office: office.at)
        target = offices[0].spec
        for spec in (office.spec for office in offices[1:]):
            if spec is not target and spec.origin != "merged":
                _absorb_spec(target, spec, "other name", registry)


def _elsewhere(countries: set[str], seat_country: str) -> bool:
    """Whether a sentence names only other countries than the seat's: 'In Kabul, the UNODC Office
    trained police' is not the office in Tashkent; 'the NATO Office moved to Kyrgyzstan, and
    Kazakhstan …' may be the office in Bishkek."""
    return bool(countries) and seat_country not in countries


def _named_on_its_own(text: str, name: str) -> list[int]:
    """Where the text names `name` not as the start of a longer name ('UNODC Office in Tashkent',
    'UNODC Office of Drugs'). Every document is asked about every office the corpus names: one
    that does not hold the name at all is not searched."""
    if name not in text:
        return []
    return [
        match.start()
        for match in re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-]| (?:in|of|for) [A-Z])", text)
    ]


def _sentence_at(text: str, start: int) -> str:
    begin = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    ends = [end for end in (text.find(". ", start), text.find("\n", start)) if end >= 0]
    return text[begin : min(ends, default=len(text))]


_CAPITALISED = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]+")


def _place_country(place: str, registry: _Registry) -> str | None:
    """The ISO code of a country, or of the country a city the documents name as a place is in."""
    spec = registry.get(place)
    if spec is not None and spec.kind == "country":
        return spec.iso_code
    city = world_cities().get(city_key(place)) if spec is not None and spec.kind == "place" else None
    return city.country if city is not None else None


def _countries_named(sentence: str, registry: _Registry) -> set[str]:
    """ISO codes of the countries a sentence names, itself or by one of its cities."""
    words = [(match.start(), match.end()) for match in _CAPITALISED.finditer(sentence)]
    pairs = [
        (first[0], second[1]) for first, second in itertools.pairwise(words) if second[0] == first[1] + 1
    ]
    return {
        code for start, end in (*words, *pairs) if (code := _place_country(sentence[start:end], registry))
    }


def _office_owner(
    before: list[str], owner_name: str | None, registry: _Registry
) -> tuple[EntitySpec | None, list[str]]:
    """Whose office a name says it is, and its other words: 'NATO Liaison Office' and 'Liaison
    Office of the Alliance' both name NATO's, with 'Liaison' left over."""
    if owner_name:
        owner = registry.get(owner_name)
        return (owner if owner and owner.kind == "organization" else None), before
    owner = registry.get(before[0]) if before else None
    return (owner if owner and owner.kind == "organization" else None), before[1:]


def _seat_country(seat: str, registry: _Registry) -> str | None:
    """Where a seat is, as a country's ISO code when it is a country or its capital ('Bishkek' and
    'Kyrgyzstan' both give KG), as the city's key otherwise ('Samarkand' is not 'Uzbekistan')."""
    spec = registry.get(seat)
    if spec is not None and spec.kind == "country":
        return spec.iso_code
    city = world_cities().get(city_key(seat))
    if city is None:
        return None
    return city.country if city.capital else city_key(seat)


def _region_holds(region_key: str, seat: str, registry: _Registry) -> bool:
    """Whether the seat (a country or a city) lies in the region: the gazetteer files each country
    under one region ('Uzbekistan' under 'Central Asia')."""
    spec = registry.get(seat)
    if spec is not None and spec.kind == "country":
        code = spec.iso_code
    else:
        city = world_cities().get(city_key(seat))
        code = city.country if city is not None else None
    return code is not None and any(
        spec.kind == "country" and spec.iso_code == code and name_key(spec.category or "") == region_key
        for spec in registry.by_key.values()
    )


def _merge_field_aliases(registry: _Registry, pairs: Iterable[tuple[str, str]]) -> None:
    """A fact sheet's other names of its entity: an unknown one becomes an alias; one discovery
    made a separate entity of (same kind, or a bare acronym) is merged in. Two curated entries are
    never merged."""
    for name, other in pairs:
        target = registry.get(name)
        source = registry.get(other)
        if target is None or source is target:
            continue
        if source is None:
            registry.alias(target, other, "other name")
            continue
        if source.origin == "merged" or (source.kind != target.kind and source.origin != "bare acronym"):
            continue
        if source.origin != "gazetteer":
            _absorb_spec(target, source, "other name", registry)
        elif target.origin != "gazetteer" and target.origin != "merged":
            _absorb_spec(source, target, "other name", registry)


# Words after a known organization's name that say again what it is: 'Kabar News Agency' is
# Kabar, 'NATO Alliance' NATO, not a body of them (as 'NATO Office' is).
_RESTATING_TAILS = frozenset(
    {
        "news agency",
        "information agency",
        "news",
        "newspaper",
        "tv",
        "television",
        "radio",
        "group",
        "holding",
        "company",
        "corporation",
        "alliance",
        "bloc",
        "pact",
        "organization",
        "organisation",
    }
)


def _merge_restated_names(registry: _Registry) -> None:
    """A discovered organization named by a known one and a word restating its kind is that one
    ('Kabar News Agency'), not a body of it."""
    for spec in [
        spec for spec in registry.discovered if spec.origin != "merged" and spec.kind == "organization"
    ]:
        words = spec.name.split()
        for length in range(len(words) - 1, 0, -1):
            owner = registry.get(" ".join(words[:length]))
            if owner is None or owner is spec or owner.kind != "organization":
                continue
            if " ".join(words[length:]).lower() in _RESTATING_TAILS:
                _absorb_spec(owner, spec, "alias", registry)
            break


def _absorb_spec(target: EntitySpec, source: EntitySpec, kind: str, registry: _Registry) -> None:
    """`source` is another name of `target`: its names become aliases and its keys point there."""
    target.add_alias(source.name, kind)
    for alias, alias_kind in source.aliases.items():
        target.add_alias(alias, alias_kind)
    source.origin = "merged"
    for key, spec in registry.by_key.items():
        if spec is source:
            registry.by_key[key] = target


def _new_name(
    name: str, registry: _Registry, lower_words: Container[str], *, every_word: bool = False
) -> bool:
    """Whether `name` may be a new entity: not known, not made of known names alone (a
    'Chinese-Russian drill' names two countries), not a word the documents write in lower case;
    with `every_word`, none of its words is ('the council, Security Matters,' is no name)."""
    if registry.get(name) or name.lower() in lower_words:
        return False
    words = [word for word in re.split(r"[ -]", name) if word]
    if all(registry.get(word) for word in words):
        return False
    return not (every_word and any(word.lower() in lower_words for word in words))


def _scopes(registry: _Registry) -> set[str]:
    """Name keys of known places that are not cities (regions, continents): 'in Central Asia'
    belongs to a name as its scope, 'in Astana' is where it was signed."""
    cities = world_cities()
    return CONTINENTS | {
        key
        for key, spec in registry.by_key.items()
        if spec.kind == "place" and city_key(spec.name) not in cities
    }


def _discover_acronym_definitions(
    text: str, definitions: Iterable[tuple[str, str, int]], registry: _Registry
) -> None:
    for long_form, short, offset in definitions:
        if _national_body_acronym(long_form, short, registry) or _after_a_country(
            text, long_form, offset, registry
        ):
            continue
        long_spec, short_spec = registry.get(long_form), registry.get(short)
        if long_spec and not short_spec:
            registry.alias(long_spec, short, "acronym")
        elif short_spec and not long_spec:
            registry.alias(short_spec, long_form, "expansion")
        elif not long_spec and not short_spec:
            kind = kind_for_head(long_form.split())
            if kind is None and (long_form.split()[-1].lower() in OFFICE_WORDS or long_form.isupper()):
                continue  # An office's title, or capitals without a head word ('SITUATION REPORT (SITREP)').
            spec = registry.new(long_form, kind or "organization", "acronym", 0.95)
            registry.alias(spec, short, "acronym")


def _national_body_acronym(long_form: str, short: str, registry: _Registry) -> bool:
    """'MFA — Ministry of Foreign Affairs of Kazakhstan': the acronym spells the body, not the
    country, and every country has an MFA; 'the MFA of Kyrgyzstan' is not Kazakhstan's."""
    body, of, country = long_form.rpartition(" of ")
    country = country.removeprefix("the ")
    spec = registry.get(country) if of else None
    return (
        spec is not None
        and spec.kind == "country"
        and len(body.split()) > 1
        and schwartz_hearst_long_form(short, body) == body
    )


def _after_a_country(text: str, long_form: str, offset: int, registry: _Registry) -> bool:
    """'The Kazakh Ministry of Foreign Affairs (MFA)', 'Kyrgyzstan's State Customs Committee (SCC)':
    a demonym or a country's name before the long form makes the body one country's, yet the acronym
    spells only the body, and every country has one ('the MFA of Kyrgyzstan' is not Kazakhstan's)."""
    before = text[:offset].rstrip()
    if len(long_form.split()) < 2 or not before.endswith(long_form):
        return False
    words = before[: -len(long_form)].split()[-2:]
    for length in (1, 2):
        if len(words) < length:
            break
        spec = registry.get(_POSSESSIVE.sub("", " ".join(words[-length:])))
        if spec is not None and spec.kind == "country":
            return True
    return False


def _cities_named(
    documents: list[Document],
    candidates: list[DocumentCandidates],
    registry: _Registry,
    lower_words: frozenset[str],
) -> list[PlaceMention]:
    countries = {
        name_key(alias)
        for spec in registry.by_key.values()
        if spec.kind == "country"
        for alias in (spec.name, *spec.aliases)
    }
    known = set(registry.by_key)
    found: list[PlaceMention] = []
    given = given_names()
    for document, document_found in zip(documents, candidates, strict=True):
        in_heading = _heading_test(document)
        document_found.cities = recorded(
            lambda known, countries, lower, text=document.text, skip=in_heading: tuple(
                city_places(text, known, countries, lower, given, skip)
            ),
            [known, countries, lower_words],
            document_found.cities,
        )
        found.extend(document_found.cities.value)
    return found


_FACILITY_WORDS = ("Air Base", "Airbase", "Air Field", "Airfield", "Airport", "Military Base")
_FACILITY_TOWN_MAX_PEOPLE = 100_000


def _name_facilities_by_their_town(
    documents: list[Document], candidates: list[DocumentCandidates], registry: _Registry
) -> None:
    """'Jets are stationed at Kant Air Base … a liaison officer to Kant': in a document that names
    a base or airport after a small town, the town's bare name is the facility, when every
    document that names the town alone names the facility too. A capital or a city of a hundred
    thousand people is itself ('Termez Airport … Termez')."""
    verdicts: dict[str, EntitySpec | None] = {}
    cities = world_cities()
    for document, found in zip(documents, candidates, strict=True):
        for town in {place.name for place in (found.cities.value if found.cities else ())}:
            city = cities.get(city_key(town))
            if city is None or city.capital or city.population >= _FACILITY_TOWN_MAX_PEOPLE:
                continue
            if _named_as_a_town(town, document.text):
                verdicts[town] = None
                continue
            facility = next(
                (
                    spec
                    for word in _FACILITY_WORDS
                    if (spec := registry.get(f"{town} {word}")) is not None
                    and spec.kind == "place"
                    and any(name in document.text for name in (spec.name, *spec.aliases) if name != town)
                ),
                None,
            )
            if facility is not None and _country_of(facility, registry) not in (None, city.country):
                facility = None  # the town so called is in another country than the base
            verdicts[town] = facility if verdicts.get(town, facility) is facility else None
    for town, facility in verdicts.items():
        if facility is not None:
            registry.alias(facility, town, "short form")


def _named_as_a_town(town: str, text: str) -> bool:
    """Whether the text speaks of the town itself: 'a town of 20,000', 'residents of Kant',
    'Kant's mayor', 'In Kant, a market fire …'."""
    name = re.escape(town)
    return bool(
        re.search(
            rf"\b(?i:town|village|city|residents|inhabitants|mayor|people) of {name}\b(?! [A-Z])"
            rf"|\b{name}(?:’s|'s)? (?:residents|inhabitants|mayor|townspeople)\b"
            rf"|\b{name}, (?:an? |the )(?:small |little )?(?:town|village|city)\b"
            rf"|\b[Ii]n {name}, an? ",
            text,
        )
    )


def _country_of(spec: EntitySpec, registry: _Registry) -> str | None:
    """The ISO code of the country a place is filed under, when it names one."""
    if spec.iso_code:
        return spec.iso_code
    parent = registry.get(spec.parent) if spec.parent else None
    return parent.iso_code if parent is not None and parent.kind == "country" else None


# 'in English', 'from the Turkish': a language or people's word, no place.
_LANGUAGE = re.compile(r"[A-Z][a-z]{3,}(?:ish|ese)")


def _add_place(place: PlaceMention, registry: _Registry, lower_words: Container[str]) -> None:
    words = [word.lower() for word in place.name.split()]
    city = len(words) > 1 and city_key(place.name) in world_cities()  # 'New York', not 'New rules'
    if set(words) & (NOT_PLACES | OFFICE_WORDS) or (set(words) & _STOP_FIRST and not city):
        return
    if len(words) == 1 and (words[0] in _GENERIC or _LANGUAGE.fullmatch(place.name)):
        return
    if any(kind_for_head([word]) and word not in PLACE_HEADS for word in words) or (
        (place.short or place.name).lower() in lower_words
    ):
        return  # 'in Defence and Security', 'from the Allies', 'a Leading area'
    if place.beside is not None and getattr(registry.get(place.beside), "kind", None) != "place":
        return
    if registry.get(place.name) is not None:
        return
    if (
        place.short
        and (short := registry.get(place.short)) is not None
        and not _district_of_a_town(place, short)
    ):
        return  # 'Batken province' is a mention of Batken
    same_city = registry.get(place.alias) if place.alias else None
    if same_city is not None and same_city.kind == "place":
        registry.alias(same_city, place.name, "other name")  # 'Kishinev' is 'Chisinau'
        return
    spec = registry.new(place.name, "place", place.origin, place.confidence)
    for alias in (place.alias, place.short):
        if alias:
            registry.alias(spec, alias, "other name" if alias == place.alias else "short form")


_NAME_GOES_ON = re.compile(r"\b[A-Z][\w’'-]* (?:of|for|on)(?: the)? $")
_DIVISION_WORDS = {"district", "province", "oblast", "region", "rayon"}


def _district_of_a_town(place: PlaceMention, short: EntitySpec) -> bool:
    """'Aksay district' is no mention of the town of Aksay that only the world's city list knows
    (another country's town may share the name): a division named after a town is its own place.
    A curated place ('Batken') stands for its province too."""
    return short.origin == "world city" and place.name.split()[-1].lower() in _DIVISION_WORDS


# A list's or a CV's head line: '1. KHODJAEV, Rustam Bakhtiyorovich', 'NAZARZODA, Shavkat'.
_INVERTED_NAME_LINE = re.compile(
    r"^[ \t]*(?:\d{1,3}[.)][ \t]+)?(?P<surname>[A-Z][A-Z’'-]{2,}(?:[ -][A-Z][A-Z’'-]{2,})?),[ \t]+"
    r"(?P<given>[A-Z][a-z’'-]+)(?:[ \t]+(?P<patronymic>[A-Z][a-z’'-]+))?[ \t]*$",
    re.MULTILINE,
)
# A biographical dictionary's entry: 'KASYMOV Erlan Serikovich (b. 1965), Kazakh diplomat; …'.
_ENTRY_HEAD_NAME = re.compile(
    r"^[ \t]*(?P<surname>[A-Z][A-Z’'-]{2,})[ \t]+(?P<given>[A-Z][a-z’'-]+)"
    r"(?:[ \t]+(?P<patronymic>[A-Z][a-z’'-]+))?"
    r"(?=[ \t]*\((?:b\.|born|formerly|n[ée]e?\b)[^)]*\))",
    re.MULTILINE,
)


def _inverted_name_lines(text: str) -> list[re.Match[str]]:
    """Lines that give a person's surname first, in capitals: a list's or a CV's head, a
    biographical dictionary's entry."""
    return [*_INVERTED_NAME_LINE.finditer(text), *_ENTRY_HEAD_NAME.finditer(text)]


_PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|ogly|oglu|uly|kyzy|qizi|ovych|ivna)$")


def _is_inverted_name(line: re.Match[str]) -> bool:
    """Whether an 'UPPER, Given [Patronymic]' line may be a person's name: with a patronymic, a
    known given name or a surname's ending ('SMITH, John Paul' is not; whether 'ROSTOV, Russia' is
    a town is for the caller, who knows the places)."""
    patronymic = line.group("patronymic")
    if patronymic:
        return bool(_PATRONYMIC.search(patronymic))
    return line.group("given").lower() in given_names() or bool(
        SURNAME_ENDING.search(line.group("surname").lower())
    )


def _discover_inverted_names(document: Document, registry: _Registry) -> None:
    """'KHODJAEV, Rustam Bakhtiyorovich' on a line of its own is Rustam Khodjaev: the surname in
    capitals first, then the given name and a patronymic, as lists and CVs write them. The given
    name with the patronymic ('Rustam Bakhtiyorovich') is then his, not a person of its own."""
    for line in _inverted_name_lines(document.text):
        if not _is_inverted_name(line):
            continue
        surname = "-".join(part.capitalize() for part in re.split(r"(?<=\w)-(?=\w)", line.group("surname")))
        given, patronymic = line.group("given"), line.group("patronymic")
        if any(
            (known := registry.get(word)) is not None and known.kind != "person"
            for word in (line.group("surname"), given)
        ):
            continue  # 'NATO, Brussels', 'ROSTOV, Russia'
        name = f"{given} {surname}"
        spec = registry.get(name)
        if spec is None:
            spec = registry.new(name, "person", "inverted name", 0.85)
        elif spec.kind != "person":
            continue
        if patronymic:
            registry.alias(spec, f"{given} {patronymic}", "given name and patronymic")
            registry.alias(spec, f"{given} {patronymic} {surname}", "full name")
        _add_surname(spec, surname, registry)


def _word_before_a_given_name(words: list[str]) -> bool:
    """'Affairs Ruslan Kazakbaev': a word that is neither a given name nor a surname before a
    known given name and a surname (the end of a title the name was read with)."""
    names = given_names()
    return (
        len(words) > 2
        and words[0].lower() not in names
        and not SURNAME_ENDING.search(words[0])
        and words[1].lower().split("-")[0] in names
    )


def _discover_people(
    document: Document, candidates: Iterable[PersonMention], registry: _Registry, lower_words: Container[str]
) -> None:
    """People from the evidence `person_candidates` found, and the names of a byline. In a title
    or heading, where every word is capitalised, a name none of whose words the documents write
    in lower case ('Minister Aibek Temirov Speaks' gives nothing)."""
    in_heading = _heading_test(document)
    for candidate in [*candidates, *byline_people(document)]:
        if (in_heading(candidate.start) or candidate.origin == "byline") and any(
            word.lower() in lower_words for word in re.split(r"[ -]", candidate.name)
        ):
            continue
        words = candidate.name.split()
        while len(words) > 1 and (
            _POSSESSIVE.search(words[0])
            or words[0].lower() in OFFICE_WORDS
            or _is_rank(words[0])
            or words[0].lower() in _STOP_FIRST
            or words[0].lower() in _PLURAL_TITLES
            or registry.get(words[0])
            or _word_before_a_given_name(words)
        ):
            words = words[1:]  # "Turkmenistan's Rashid Meredov", "General Imangali Tasmagambetov"
        name = " ".join(words)
        plain = [_POSSESSIVE.sub("", word).lower() for word in words]
        if any(
            word in _STOP_FIRST or word in OFFICE_WORDS or word in _GENERIC or kind_for_head([word])
            for word in plain
        ):
            continue
        if registry.get(name):
            continue
        if any((spec := registry.get(word)) and spec.kind != "person" for word in words):
            continue
        if len(words) == 1 and transliteration_key(name) in registry.shared_surnames:
            continue  # 'Akayev' when both Askar and Nurlan Akayev are named
        if len(words) == 1 and candidate.origin != "title":
            lone_evidence = candidate.origin in ("speech verb", "initial")
            if not lone_evidence or not (
                SURNAME_ENDING.search(words[0]) or _matches_known_person(words[0], registry)
            ):
                continue
        end = candidate.start + len(candidate.name)
        if re.match(r" [A-Z]", document.text[end : end + 2]) or _NAME_GOES_ON.search(
            document.text, max(0, candidate.start - 40), candidate.start
        ):
            continue  # part of a longer name ('Aga Khan Development Network', 'Institute of Steppe Studies')
        spec = registry.new(name, "person", candidate.origin, candidate.confidence)
        if len(words) > 1 and len(words[-1]) >= 4:
            _add_surname(spec, words[-1], registry)


_RANK_WORDS = {"colonel", "lieutenant", "major", "general", "brigadier", "vice", "rear", "admiral", "captain"}


def _is_rank(word: str) -> bool:
    """'Colonel-General', 'Lieutenant-General', 'Vice-Admiral': a hyphenated military rank."""
    parts = word.lower().split("-")
    return len(parts) > 1 and all(part in _RANK_WORDS for part in parts)


def _add_surname(spec: EntitySpec, surname: str, registry: _Registry) -> None:
    """A person's surname alone names them, unless another person found goes by it too ('Askar
    Akayev and Nurlan Akayev'): then it names neither, and a lone 'Akayev' stays unresolved."""
    if transliteration_key(surname) in registry.shared_surnames:
        return
    holder = registry.get(surname)
    if holder is None:
        registry.alias(spec, surname, "surname")
    elif holder is not spec and holder.kind == "person" and holder.aliases.get(surname) == "surname":
        del holder.aliases[surname]
        del registry.by_key[name_key(surname)]
        registry.shared_surnames.add(transliteration_key(surname))


_PERSON_TOKEN = r"[A-Z][a-z’']+(?:-[A-Z][a-z’']+)?"
_PERSON_NAME = rf"{_PERSON_TOKEN}(?: {_PERSON_TOKEN}){{1,2}}"
_BYLINE_NAMES = re.compile(rf"(?P<first>{_PERSON_NAME})(?:(?:,| and|, and) (?P<second>{_PERSON_NAME}))?")
_BODY_LINE_CHARS = 80


def byline_people(document: Document) -> Iterable[PersonMention]:
    """The author of a 'By …' line, and the names of a line between the title and the first
    paragraph that holds nothing but one or two people's names ('Lena Morandi and Timur
    Sadykov'). Whether each word is a name is left to the caller."""
    if document.author and re.fullmatch(_PERSON_NAME, document.author):
        start = document.text.find(document.author)
        if start >= 0:
            yield PersonMention(document.author, start, "byline", 0.8)
    offset = 0
    for line in document.text.split("\n"):
        stripped = line.strip()
        if len(stripped) > _BODY_LINE_CHARS:
            return  # the first paragraph: the front matter is over
        names = _BYLINE_NAMES.fullmatch(stripped)
        if names and stripped != document.title:
            line_start = offset + line.index(stripped)
            for group in ("first", "second"):
                if names.group(group):
                    yield PersonMention(names.group(group), line_start + names.start(group), "byline", 0.7)
        offset += len(line) + 1


_CAPITALISED_WORD = re.compile(r"(?<![\w’'-])[A-Z][a-z’']{4,}(?![\w’'-])")


def _add_surname_spellings(
    documents: list[Document], registry: _Registry, lower_words: Container[str]
) -> None:
    """'Nurlan Yermekbayev … Yermekbaev, as the Secretariat spells it': a lone capitalised word is
    another spelling of a surname when it folds to the same letters (kh/h, y/i, doubled letters)
    and exactly one person the same document names goes by that surname. Two brothers named in
    one document share theirs, so neither gets the word."""
    by_surname: dict[str, list[tuple[str, EntitySpec]]] = defaultdict(list)
    for spec in {id(spec): spec for spec in registry.by_key.values() if spec.kind == "person"}.values():
        parts = spec.name.split()
        if len(parts) > 1:
            by_surname[transliteration_key(parts[-1])].append((parts[-1], spec))
    for document in documents:
        words = set(_CAPITALISED_WORD.findall(document.text))
        for word in sorted(words):
            if registry.get(word) or word.lower() in lower_words:
                continue
            named_here = {
                id(spec): spec
                for surname, spec in by_surname.get(transliteration_key(word), ())
                if surname in words and spec.name in document.text
            }
            if len(named_here) == 1:
                person = next(iter(named_here.values()))
                if not _after_another_given_name(
                    word, person, document.text, lower_words
                ) and not _beside_a_kinship_word(word, document.text):
                    registry.alias(person, word, "spelling")


_NOT_GIVEN_NAMES = _RANK_WORDS | {"mr", "mrs", "ms", "dr", "president", "minister", "ambassador", "senator"}


def _after_another_given_name(word: str, person: EntitySpec, text: str, lower_words: Container[str]) -> bool:
    """'His grandson Aisultan Nazarbaev': the spelling follows someone else's given name there, so
    it is that relative's surname, not another spelling of Nursultan Nazarbayev's. A title ('President
    Nazarbaev') or a word the documents write in lower case is no given name."""
    own = transliteration_key(person.name.split()[0])
    for before in re.finditer(rf"(?<![\w’'-])([A-Z][\w’'-]*) {re.escape(word)}(?![\w’'-])", text):
        given = before.group(1)
        lowered = given.lower()
        if lowered in lower_words or lowered in _NOT_GIVEN_NAMES or transliteration_key(given) == own:
            continue
        return True
    return False


_KINSHIP_WORDS = (
    r"(?:sons?|daughters?|grand(?:son|daughter)s?|wife|husband|widow|brothers?|sisters?|father|mother"
    r"|nephews?|nieces?|cousins?|uncle|aunt)"
)


def _beside_a_kinship_word(word: str, text: str) -> bool:
    """'Dr Nazarbaev, his grandson, died': a relative is named within a few words of the spelling,
    and a family shares its surname, so the spelling may be the relative's."""
    near = r"(?:[\w’'-]+[,;]? ){0,3}"
    return bool(
        re.search(
            rf"\b{_KINSHIP_WORDS}\b[,;]? {near}{re.escape(word)}(?![\w’'-])"
            rf"|(?<![\w’'-]){re.escape(word)}[,;]? {near}{_KINSHIP_WORDS}\b",
            text,
            re.IGNORECASE,
        )
    )


def _matches_known_person(word: str, registry: _Registry) -> bool:
    """A lone word after a title or before 'said' is a person only when a person goes by it."""
    key = transliteration_key(word)
    for spec in registry.by_key.values():
        if spec.kind != "person":
            continue
        for name in (spec.name, *spec.aliases):
            parts = name.split()
            if transliteration_key(parts[0]) == key or surname_stem(parts[-1]) == surname_stem(word):
                return True
    return False


def _parent_by_name(spec: EntitySpec, by_key: dict[str, EntitySpec]) -> str | None:
    """'OSCE Centre in Bishkek' belongs to the OSCE, 'NATO Office' to NATO, and 'Executive
    Committee of the Regional Anti-Terrorist Structure' to that structure."""
    words = spec.name.split()
    candidates = [" ".join(words[:length]) for length in range(len(words) - 1, 0, -1)]
    if spec.kind == "organization":
        for index, word in enumerate(words[1:-1], start=1):
            if word == "of":
                rest = words[index + 1 :]
                candidates.append(" ".join(rest[1:] if rest[0] == "the" else rest))
    for candidate in candidates:
        owner = by_key.get(name_key(candidate))
        if owner and owner is not spec and owner.kind in ("organization", "programme"):
            return owner.name
    return None
