"""Entities the gazetteer does not know, found in the text itself.

Three sources, each general (nothing here knows the bundled documents):
- acronym definitions, "Long Name (ABBR)", found with the Schwartz-Hearst algorithm;
- recurring capitalised names with an organisational head word ("... Organization",
  "Treaty of ...", "... Programme");
- people named after an office title ("Prime Minister Satybaldiev", "Speaker, Marat Sultanov").
Known names only gain aliases; unknown ones become new entities.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from database.corpus import Document
from database.dates import MONTHS
from database.gazetteer import EntitySpec
from database.names import name_key

ORGANIZATION_HEADS = {
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
}
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
}
_STOP_FIRST = {
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
} | set(MONTHS)
_CONNECTORS = {"of", "for", "and", "on", "in", "the", "against", "de"}
_CAPITALISED_RUN = re.compile(
    r"[A-Z][\w’'/-]*(?:(?:[ \t]+(?:of|for|and|on|in|the|against|de)){0,2}[ \t]+[A-Z][\w’'/-]*)*"
)
_POSSESSIVE = re.compile(r"[’']s?$")
_ACRONYM = re.compile(r"\(([A-Za-z][A-Za-z&.-]{1,9})\)")
# Capitalised collective nouns of the field that follow "to", "from", "at" like place names do.
_NOT_PLACES = {
    "allies",
    "allied",
    "partners",
    "members",
    "parties",
    "government",
    "parliament",
    "president",
    "ministry",
    "state",
    "states",
    "headquarters",
    "council",
    "secretary",
    "alliance",
}
_PLACE_NAME = r"[A-Z][a-z’']{2,}(?:-[a-z]{1,3})*(?:-[A-Z0-9][a-z’']*)*(?: [A-Z][a-z’']+)?"
_PLACE_HEADS = r"district|province|village|oblast|region|valley|enclave"
_PLACE_BEFORE_HEAD = re.compile(rf"(?<![\w-])(?P<name>{_PLACE_NAME}) (?:{_PLACE_HEADS})s?\b")
_PLACE_AFTER_HEAD = re.compile(rf"\b(?:the )?(?:river|lake|city|town|village) (?P<name>{_PLACE_NAME})\b")
_PLACE_AFTER_PREPOSITION = re.compile(
    rf"\b(?:near|at|from|in|to) (?P<name>{_PLACE_NAME})(?=(?:,| to [A-Z]| and [A-Z]|\.\s| next| in \d))"
)
_TITLE_BEFORE_NAME = re.compile(
    r"\b(?:President|Prime Minister|Foreign Minister|Defen[cs]e Minister|Minister|Senator|senator"
    r"|Speaker|Secretary|Chairman|Ambassador|CiO|Governor|Mayor|Commander)\s*,?\s+"
    r"((?:[A-Z][a-z’'-]+\s+){0,2}[A-Z][a-z’'-]{2,})(?![\w-])"
)


def kind_for_head(words: list[str]) -> str | None:
    """Kind of entity a name's head word implies, or None when it names an office or nothing."""
    lowered = [word.lower() for word in words]
    if lowered[-1] in OFFICE_WORDS:
        return None
    for word in reversed(lowered):
        if word in TREATY_HEADS:
            return "treaty"
        if word in PROGRAMME_HEADS:
            return "programme"
        if word in ORGANIZATION_HEADS:
            return "organization"
    return None


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
        short = match.group(1).strip(".")
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
        after = re.match(r"\s+([A-Z][a-z]+)", text[match.end() : match.end() + 30])
        if after and kind_for_head([after.group(1)]) and not kind_for_head(long_words):
            long_words.append(after.group(1))
        yield " ".join(long_words).rstrip(",;:"), short, match.start()


def capitalised_names(text: str, skip_starts: set[int]) -> Iterable[tuple[str, int]]:
    """Yield (name, offset) for capitalised word runs that hold an organisational head word."""
    for match in _CAPITALISED_RUN.finditer(text):
        if match.start() in skip_starts:
            continue
        words = match.group().split()
        offset = match.start()
        while words and (words[0].lower() in _STOP_FIRST or words[0].lower() in _CONNECTORS):
            offset += len(words[0]) + 1
            words = words[1:]
        while words and words[-1].lower() in _CONNECTORS:
            words = words[:-1]
        if len(words) > 2 and words[1] == "the" and not kind_for_head(words[:1]):
            offset += len(words[0]) + len(words[1]) + 2
            words = words[2:]
        heads = [i for i, word in enumerate(words) if kind_for_head([word])]
        if not heads or len(words) < 2:
            continue
        last_head = heads[-1]
        tail = words[last_head + 1 : last_head + 2]
        if not (tail and tail[0].lower() in _CONNECTORS):
            words = words[: last_head + 1]
        if len(words) >= 2 and kind_for_head(words):
            yield _POSSESSIVE.sub("", " ".join(words)), offset


def place_names(text: str) -> Iterable[str]:
    """Names a place word gives away: 'Aksay district', 'Bulak Bashi village', 'the river Panj',
    'near Ulaanbaatar', 'at Chaldovar'."""
    for pattern in (_PLACE_BEFORE_HEAD, _PLACE_AFTER_HEAD, _PLACE_AFTER_PREPOSITION):
        for match in pattern.finditer(text):
            yield match.group("name")


def discover_entities(documents: list[Document], specs: list[EntitySpec]) -> list[EntitySpec]:
    """Return `specs` extended with aliases and new entities found in the documents."""
    by_key: dict[str, EntitySpec] = {}
    for spec in specs:
        for alias in (spec.name, *spec.aliases):
            by_key.setdefault(name_key(alias), spec)
    discovered: list[EntitySpec] = []

    def new_entity(name: str, kind: str, origin: str) -> EntitySpec:
        spec = EntitySpec(name=name, kind=kind, origin=origin)
        discovered.append(spec)
        by_key[name_key(name)] = spec
        return spec

    for document in documents:
        for long_form, short, _offset in acronym_definitions(document.text):
            long_spec, short_spec = by_key.get(name_key(long_form)), by_key.get(name_key(short))
            if long_spec and not short_spec:
                long_spec.add_alias(short, "acronym")
                by_key[name_key(short)] = long_spec
            elif short_spec and not long_spec:
                short_spec.add_alias(long_form, "expansion")
                by_key[name_key(long_form)] = short_spec
            elif not long_spec and not short_spec:
                kind = kind_for_head(long_form.split())
                if kind is None and long_form.split()[-1].lower() in OFFICE_WORDS:
                    continue
                spec = new_entity(long_form, kind or "organization", "acronym")
                spec.add_alias(short, "acronym")
                by_key[name_key(short)] = spec

    counts: Counter[str] = Counter()
    names: dict[str, str] = {}
    for document in documents:
        heading_starts = {section.start for section in document.sections}
        for name, _offset in capitalised_names(document.text, heading_starts):
            key = name_key(name)
            counts[key] += 1
            names.setdefault(key, name)
    for key, count in sorted(counts.items()):
        if count < 2 or key in by_key:
            continue
        name = names[key]
        kind = kind_for_head(name.split())
        if kind:
            new_entity(name, kind, "recurring name")

    for document in documents:
        for match in _TITLE_BEFORE_NAME.finditer(document.text):
            person = match.group(1)
            words = person.split()
            plain = [_POSSESSIVE.sub("", word).lower() for word in words]
            if any(w in _STOP_FIRST or w in OFFICE_WORDS or kind_for_head([w]) for w in plain):
                continue
            if name_key(person) in by_key or name_key(words[-1]) in by_key:
                continue
            spec = new_entity(person, "person", "title")
            if len(words) > 1 and len(words[-1]) >= 5:
                spec.add_alias(words[-1], "surname")
                by_key[name_key(words[-1])] = spec

    for document in documents:
        for name in place_names(document.text):
            words = {word.lower() for word in name.split()}
            if name_key(name) not in by_key and not words & (_STOP_FIRST | _NOT_PLACES):
                new_entity(name, "place", "place pattern")

    for spec in discovered:
        spec.parent = spec.parent or _parent_by_prefix(spec, by_key)
    return [*specs, *discovered]


def _parent_by_prefix(spec: EntitySpec, by_key: dict[str, EntitySpec]) -> str | None:
    """'OSCE Centre in Bishkek' belongs to the OSCE; 'NATO Office' to NATO."""
    words = spec.name.split()
    for length in range(len(words) - 1, 0, -1):
        owner = by_key.get(name_key(" ".join(words[:length])))
        if owner and owner is not spec and owner.kind in ("organization", "programme"):
            return owner.name
    return None
