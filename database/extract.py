"""From a parsed document and the entity list: mentions, dated events, typed relations.

Everything works sentence by sentence on the mentions the matcher found, so each event and
relation carries the sentence (and offsets) it came from.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from database.corpus import Document
from database.dates import MONTH_PATTERN, YEAR_PATTERN, month_number
from database.gazetteer import EntitySpec
from database.matcher import AliasMatcher, Match, sentence_spans
from database.names import name_key

MAX_EVENT_CHARS = 600
MIN_EVENT_WORDS = 4
MAX_SENTENCE_CHARS = 3000  # Longer "sentences" are unpunctuated dumps: mentions only, no facts.

_DATE_IN_SENTENCE = re.compile(
    rf"(?:(?P<day1>\d{{1,2}})\s+(?P<month1>{MONTH_PATTERN})\s+(?P<year1>{YEAR_PATTERN})"
    rf"|(?P<month2>{MONTH_PATTERN})\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year2>{YEAR_PATTERN})"
    rf"|(?P<month3>{MONTH_PATTERN})\s+(?:of\s+)?(?P<year3>{YEAR_PATTERN})"
    rf"|(?<![\d$.,])(?P<year4>{YEAR_PATTERN})(?![\d%s]|\.\d))"
)
_LEADING_MONTH = re.compile(
    rf"^(?:In|On|By|From|Until|Since)\s+(?:early\s+|late\s+|mid-)?({MONTH_PATTERN})\b"
)
_JOIN = re.compile(
    r"\b(?:join(?:s|ed|ing)?|bec(?:ame|omes?) (?:a )?(?:full )?member|(?:founding )?members? of"
    r"|participat(?:es?|ed|ing|ion) in|participation of|accession to|acceded to|admitted to"
    r"|membership (?:in|of))\b",
    re.IGNORECASE,
)
_SIGN = re.compile(r"\b(?:sign(?:s|ed|ing)?|ratif(?:y|ies|ied)|conclud(?:es|ed)|accede[sd]? to)\b", re.I)
_JOIN_HINTS = ("join", "member", "particip", "accession", "acced", "admitted")
_SIGN_HINTS = ("sign", "ratif", "conclud", "acced")
_FOUR_DIGITS = re.compile(r"\d{4}")
_PRONOUN_SUBJECT = re.compile(r"\b(?:it|the country)\b", re.IGNORECASE)
_OFFICE = re.compile(
    r"(?:Deputy |Assistant |Vice[- ])*(?:President|Prime Minister|Foreign Minister|Defen[cs]e "
    r"(?:Minister|Secretary)|Minister|Secretary General|Special Representative|Speaker|[Ss]enator"
    r"|Head|Secretary|Chairman|Chair|CiO|Ambassador|Commander|Director|Governor|Mayor)\b"
)
_ESTABLISHES = re.compile(r"Establish\w*\s+of\s+(?:the\s+)?(.+)$", re.IGNORECASE)
_DEFINING = re.compile(r"^\W*(?:The\s+)?\S.{0,120}?\s+(?:is|was|are|were)\s+(?:a|an|the)\s", re.S)


@dataclass
class SentenceFacts:
    start: int
    end: int
    section: int
    mentions: list[Match]


@dataclass
class DocumentFacts:
    """What one document says: everything offset into `Document.text`."""

    mentions: list[tuple[Match, int]] = field(default_factory=list)  # (match, section ordinal)
    events: list[dict] = field(default_factory=list)
    relations: list[dict] = field(default_factory=list)
    cooccurrence: Counter = field(default_factory=Counter)
    first_comention: dict[tuple[int, int], tuple[int, int, int, str]] = field(default_factory=dict)
    definitions: dict[int, tuple[str, int]] = field(default_factory=dict)


def build_matcher(specs: list[EntitySpec]) -> AliasMatcher:
    matcher = AliasMatcher()
    for index, spec in enumerate(specs):
        matcher.add(spec.name, index)
        for alias in spec.aliases:
            matcher.add(alias, index)
    return matcher


def _event_date(sentence: str, milestone_year: int | None = None) -> tuple[str, int] | None:
    if milestone_year is not None:
        leading = _LEADING_MONTH.match(sentence)
        month = month_number(leading.group(1)) if leading else None
        return (f"{milestone_year:04d}-{month:02d}" if month else f"{milestone_year:04d}"), milestone_year
    if not _FOUR_DIGITS.search(sentence):
        return None
    match = _DATE_IN_SENTENCE.search(sentence)
    if not match:
        return None
    groups = match.groupdict()
    for index in ("1", "2"):
        if groups[f"year{index}"]:
            year, month = int(groups[f"year{index}"]), month_number(groups[f"month{index}"])
            day = int(groups[f"day{index}"])
            if month and 1 <= day <= 31:
                return f"{year:04d}-{month:02d}-{day:02d}", year
    if groups["year3"]:
        year, month = int(groups["year3"]), month_number(groups["month3"])
        return (f"{year:04d}-{month:02d}" if month else f"{year:04d}"), year
    year = int(groups["year4"])
    return f"{year:04d}", year


def extract_document(document: Document, specs: list[EntitySpec], matcher: AliasMatcher) -> DocumentFacts:
    """Mentions, events and relations of one document (entity indexes refer to `specs`)."""
    facts = DocumentFacts()
    text = document.text
    all_matches = matcher.find(text)
    heading_spans = {(s.start, s.start + len(s.heading)) for s in document.sections if s.ordinal}
    milestone_by_start = {milestone.start: milestone for milestone in document.milestones}

    sentences: list[SentenceFacts] = []
    match_index = 0
    for section in document.sections:
        for start, end in sentence_spans(text, section.start, section.end):
            if (start, end) in heading_spans or _YEAR_ONLY.fullmatch(text[start:end]):
                while match_index < len(all_matches) and all_matches[match_index].start < end:
                    match_index += 1
                continue
            inside = []
            while match_index < len(all_matches) and all_matches[match_index].start < end:
                if all_matches[match_index].start >= start:
                    inside.append(all_matches[match_index])
                match_index += 1
            sentences.append(SentenceFacts(start, end, section.ordinal, inside))
    for sentence in sentences:
        facts.mentions.extend((match, sentence.section) for match in sentence.mentions)

    # A milestone list is about what its document and section are about.
    title_entities = {match.entity for match in matcher.find(document.title)}
    heading_entities = {
        section.ordinal: title_entities | {m.entity for m in matcher.find(" ".join(section.path[1:]))}
        for section in document.sections
    }
    previous_first_country: int | None = None
    for sentence in sentences:
        sentence_text = text[sentence.start : sentence.end]
        milestone = milestone_by_start.get(sentence.start)
        dated = _event_date(sentence_text, milestone.year if milestone else None)
        entity_ids = sorted({match.entity for match in sentence.mentions})
        event_entities = entity_ids
        if milestone:
            event_entities = sorted(set(entity_ids) | heading_entities[sentence.section])
        if dated and len(sentence_text) <= MAX_EVENT_CHARS and (milestone or _says_something(sentence_text)):
            facts.events.append(
                {
                    "section": sentence.section,
                    "date": dated[0],
                    "year": dated[1],
                    "text": sentence_text,
                    "start": sentence.start,
                    "end": sentence.end,
                    "origin": "milestone" if milestone else "sentence",
                    "entities": event_entities,
                }
            )
        year = dated[1] if dated else None
        if len(sentence_text) > MAX_SENTENCE_CHARS:
            continue
        for left, right in _pairs(entity_ids):
            facts.cooccurrence[(left, right)] += 1
            facts.first_comention.setdefault(
                (left, right), (sentence.section, sentence.start, sentence.end, sentence_text)
            )
        facts.relations.extend(
            _sentence_relations(sentence, sentence_text, specs, year, previous_first_country)
        )
        for match in sentence.mentions:
            if match.entity not in facts.definitions and _defines(sentence_text, sentence, match):
                facts.definitions[match.entity] = (sentence_text, sentence.section)
        countries = [m.entity for m in sentence.mentions if specs[m.entity].kind == "country"]
        if countries:
            previous_first_country = countries[0]
    return facts


_LIST_GLUE = re.compile(r"[\s,()]*(?:(?:and|or|as well as)\s+)?(?:the\s+)?[\s(]*")
_PAREN_YEAR = re.compile(rf"^[^.;]{{0,80}}?\(({YEAR_PATTERN})\)")
_NEXT_YEAR = re.compile(rf"^[^.;]{{0,40}}?\b(?:in|since|from)\s+({YEAR_PATTERN})\b")


def _object_list(
    mentions: list[Match], kind: list[str], sentence_text: str, offset: int, verb_end: int
) -> list[Match]:
    """The organizations right after a 'joins'/'member of' verb: 'in the UNO, the CSTO and SCO'."""
    objects: list[Match] = []
    cursor = verb_end
    for match, match_kind in zip(mentions, kind, strict=True):
        if match.start < cursor:
            continue
        gap = sentence_text[cursor - offset : match.start - offset]
        allowed = len(gap) <= 40 and " by " not in gap if not objects else _LIST_GLUE.fullmatch(gap)
        if not allowed:
            break
        if match_kind in ("organization", "programme"):
            if not _used_as_modifier(sentence_text[match.end - offset : match.end - offset + 40]):
                objects.append(match)
        elif objects:
            break
        cursor = match.end
    return list({match.entity: match for match in objects}.values())


_YEAR_ONLY = re.compile(YEAR_PATTERN)
_WORDS = re.compile(r"[^\W\d_]+")
_PARENTHESES = re.compile(r"\([^)]*\)")
_FUNCTION_WORDS = {
    "and",
    "or",
    "in",
    "of",
    "since",
    "on",
    "at",
    "as",
    "with",
    "from",
    "by",
    "to",
    "which",
    "that",
    "is",
    "was",
    "were",
    "are",
    "has",
    "have",
    "had",
    "for",
    "the",
    "a",
    "an",
    "when",
    "where",
    "after",
    "before",
    "during",
    "until",
    "shortly",
    "later",
    "but",
    "while",
    "itself",
    "its",
    "through",
}


def _used_as_modifier(after: str) -> bool:
    """'NATO-led', 'the NATO program', 'PfP exercises': the name qualifies a noun, it is not
    the organization joined."""
    if after[:1] == "-":
        return True
    word = re.match(r"\s+([a-z][a-z-]*)", after)
    return bool(word) and word.group(1) not in _FUNCTION_WORDS


def _year_after(text: str, position: int, pattern: re.Pattern = _NEXT_YEAR) -> int | None:
    match = pattern.match(text[position:])
    return int(match.group(1)) if match else None


def _founded_organization(specs: list[EntitySpec], treaty_name: str) -> int | None:
    """'Treaty on the Establishment of the Eurasian Economic Community' founds that community."""
    established = _ESTABLISHES.search(treaty_name)
    if not established:
        return None
    key = name_key(established.group(1))
    for index, spec in enumerate(specs):
        if spec.kind == "organization" and key in {name_key(spec.name), *map(name_key, spec.aliases)}:
            return index
    return None


def _says_something(sentence: str) -> bool:
    """A dated sentence worth a timeline row: not a photo caption or credit such as
    'Bishkek, 6 July 2012.' or '5 December 2002 (© AP/Wide World Photo)'."""
    plain = _PARENTHESES.sub(" ", _DATE_IN_SENTENCE.sub(" ", sentence))
    words = [word for word in _WORDS.findall(plain) if len(word) > 1]
    return len(words) >= MIN_EVENT_WORDS


def _pairs(ids: list[int]) -> list[tuple[int, int]]:
    return [(a, b) for i, a in enumerate(ids) for b in ids[i + 1 :]]


def _defines(sentence_text: str, sentence: SentenceFacts, match: Match) -> bool:
    """'The EADRCC was created in 1998 to ...' / 'X is a ...': the entity leads the sentence."""
    if match.start - sentence.start > 8:
        return False
    lead = sentence_text[: match.start - sentence.start].strip().lower()
    if lead not in ("", "the"):
        return False
    rest = sentence_text[match.end - sentence.start : match.end - sentence.start + 160]
    return bool(
        re.match(
            r"\s*(?:\([^)]*\)\s*)?(?:,\s*)?(?:is|was|are|were)\s+"
            r"(?:a|an|the|created|established|founded|set up)\b",
            rest,
        )
    )


def _relation(
    subject: int,
    predicate: str,
    obj: int,
    year: int | None,
    sentence: SentenceFacts,
    evidence: str,
    role: str | None = None,
) -> dict:
    return {
        "subject": subject,
        "predicate": predicate,
        "object": obj,
        "year": year,
        "section": sentence.section,
        "evidence": evidence,
        "start": sentence.start,
        "end": sentence.end,
        "role": role,
    }


def _sentence_relations(
    sentence: SentenceFacts,
    sentence_text: str,
    specs: list[EntitySpec],
    year: int | None,
    previous_country: int | None,
) -> list[dict]:
    relations: list[dict] = []
    mentions = sentence.mentions
    if not mentions:
        return relations
    offset = sentence.start
    kind = [specs[m.entity].kind for m in mentions]

    lowered = sentence_text.lower()
    join = _JOIN.search(sentence_text) if any(word in lowered for word in _JOIN_HINTS) else None
    if join:
        verb_start, verb_end = join.start() + offset, join.end() + offset
        if join.group().lower().startswith("participation of"):
            in_word = sentence_text.find(" in ", join.end())
            verb_end = offset + (in_word if in_word >= 0 else join.end())
            subjects = [
                m
                for m, k in zip(mentions, kind, strict=True)
                if k == "country" and verb_start <= m.start < verb_end
            ]
        else:
            subjects = [
                m
                for m, k in zip(mentions, kind, strict=True)
                if k == "country" and verb_start - 100 <= m.end <= verb_start
            ]
        subject_ids = [m.entity for m in subjects]
        lead = sentence_text[: join.start()]
        if previous_country is not None and _PRONOUN_SUBJECT.search(lead):
            subject_ids.append(previous_country)
        objects = _object_list(mentions, kind, sentence_text, offset, verb_end)
        for subject in dict.fromkeys(subject_ids):
            for obj in objects:
                joined = _year_after(sentence_text, obj.end - offset) or year
                relations.append(_relation(subject, "member_of", obj.entity, joined, sentence, sentence_text))

    sign = _SIGN.search(sentence_text) if any(word in lowered for word in _SIGN_HINTS) else None
    treaties = [m for m, k in zip(mentions, kind, strict=True) if k == "treaty"]
    if sign and treaties:
        sign_at = offset + sign.start()
        parties: dict[int, set[int]] = {}
        for match, match_kind in zip(mentions, kind, strict=True):
            if match_kind != "country":
                continue
            if match.end <= sign_at:
                chosen = treaties
            else:
                before = [t for t in treaties if t.end <= match.start] or treaties[:1]
                chosen = before[-1:]
            for treaty in chosen:
                parties.setdefault(treaty.entity, set()).add(match.entity)
        for treaty_match in treaties:
            countries = sorted(parties.pop(treaty_match.entity, set()))
            treaty_year = _year_after(sentence_text, treaty_match.end - offset, pattern=_PAREN_YEAR) or year
            founded = _founded_organization(specs, specs[treaty_match.entity].name)
            for country in countries:
                relations.append(
                    _relation(country, "signed", treaty_match.entity, treaty_year, sentence, sentence_text)
                )
                if founded is not None:
                    relations.append(
                        _relation(country, "member_of", founded, treaty_year, sentence, sentence_text)
                    )

    for index, match in enumerate(mentions):
        if kind[index] not in ("place", "organization"):
            continue
        for other_index in range(index + 1, min(index + 2, len(mentions))):
            other = mentions[other_index]
            gap = sentence_text[match.end - offset : other.start - offset]
            other_kind = kind[other_index]
            if (
                re.fullmatch(r",\s*", gap)
                and other_kind == "country"
                and kind[index] == "place"
                or (
                    re.fullmatch(r"\s+in\s+(?:the\s+)?", gap)
                    and other_kind in ("country", "place")
                    and (kind[index] == "place" or len(match.surface.split()) > 1)
                )
            ):
                relations.append(
                    _relation(match.entity, "located_in", other.entity, year, sentence, sentence_text)
                )

    for index, match in enumerate(mentions):
        if kind[index] != "person":
            continue
        window_start = max(offset, match.start - 90)
        window = sentence_text[window_start - offset : match.start - offset]
        offices = list(_OFFICE.finditer(window))
        if not offices:
            continue
        role_start = window_start + offices[-1].start()
        if any(
            k == "person" and m.start >= role_start
            for m, k in zip(mentions[:index], kind[:index], strict=True)
        ):
            continue
        holders = [
            m
            for m, k in zip(mentions[:index], kind[:index], strict=True)
            if k in ("country", "organization") and role_start - 40 <= m.start
        ]
        if not holders:
            continue
        holder = min(holders, key=lambda m: abs(m.start - role_start))
        role_from = min(role_start, holder.start)
        role = sentence_text[role_from - offset : match.start - offset].strip(" ,–-")
        relations.append(
            _relation(
                match.entity,
                "holds_office",
                holder.entity,
                year,
                sentence,
                sentence_text,
                role=" ".join(role.split()),
            )
        )
    return relations
