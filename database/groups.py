"""Noun phrases that stand for a set of entities named elsewhere.

"The five Central Asian republics" are the countries of a region; "the same five states", "the
six signatories" and "the five leaders" are the countries the previous sentences listed, when
that list has exactly as many; "the first two" and "the third" are organizations the previous
sentence listed, in order. Each phrase resolves to entity numbers or to nothing: a count that
does not fit, or a phrase with no count and no region, is left unread.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from database.dates import NUMBER_WORDS

_NUMBERS = {word: number for word, number in NUMBER_WORDS.items() if 2 <= number <= 12}
_COUNT = r"(?P<count>" + "|".join(_NUMBERS) + r"|\d{1,2})"
_NOUN = (
    r"(?P<noun>states|countries|republics|nations|member\s+states|members|signatories|founders|founding\s+states|"
    r"leaders|presidents|heads\s+of\s+state|governments|parties|(?P<defined>(?:Contracting\s+)?Parties))"
)
# "the same five states", "all five Central Asian republics", "the five leaders".
# "Both countries", "both these states": two, the two the previous sentences listed.
_COUNTRY_GROUP = re.compile(
    rf"\b(?:[Tt]he|[Aa]ll(?:\s+the)?|[Tt]hese|[Tt]hose|(?P<both>[Bb]oth)(?:\s+(?:the|these|those))?)\s+"
    rf"(?:(?P<same>same|other|remaining)\s+)?(?:{_COUNT}\s+)?"
    rf"(?:(?P<region>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+)?{_NOUN}\b"
)
# "Two of the five states", "all but one of the five": a part of the group, which one unsaid.
_PARTITIVE_BEFORE = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|some|most|none|several|many|few|each|"
    r"any|both|either|neither|all\s+but\s+\w+|half|majority|minority)\s+of\s*$",
    re.IGNORECASE,
)
# "All five … joined in 1994, except Tajikistan": those the clause leaves out are not of the group.
_EXCEPT = re.compile(
    r",?\s+(?:except(?:\s+for)?|but\s+not|other\s+than|save(?:\s+for)?|with\s+the\s+exception\s+of|"
    r"apart\s+from|excluding)\s+"
)
# One name of the excepted list and what parts it from the next: 'Tajikistan, ', 'Kyrgyz Republic and '.
_EXCEPTED_NEXT = re.compile(
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
)
# 'Not all five …', 'almost all the five states': some of them, which ones unsaid.
_NOT_ALL_BEFORE = re.compile(
    r"\b(?:not|almost|nearly|virtually|practically|hardly|by\s+no\s+means)\s*$", re.IGNORECASE
)
_ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "former": 0}
# "a founding member of the first two", "joined the third in 1992": only where no noun follows
# ("the first state to …" is not a reference back).
_ORGANIZATION_GROUP = re.compile(
    r"\b[Tt]he\s+(?:(?P<first>first)\s+(?P<count>two|three|four)|(?P<ordinal>first|second|third|fourth|fifth|"
    r"former|latter))(?=\s*[,.;:)]|\s*$|\s+(?:in|on|at|and|from|since|as|until|with|together|but|while|too)\b)"
)


@dataclass(frozen=True)
class GroupReference:
    """A phrase at [start, end) of the sentence that stands for `entities`, all of `kind`."""

    start: int
    end: int
    entities: tuple[int, ...]
    kind: str
    excepted: tuple[int, ...] = ()  # 'All five … except Tajikistan': those the sentence leaves out


def _count(word: str | None) -> int | None:
    if word is None:
        return None
    return int(word) if word.isdigit() else _NUMBERS[word.lower()]


def _region_members(words: str, regions: Mapping[str, tuple[int, ...]]) -> tuple[int, ...] | None:
    """'Central Asian' or 'Central Asia' -> the countries of that region."""
    folded = words.lower()
    for region, members in regions.items():
        name = region.lower()
        if folded in (name, name + "n", name + "an"):
            return members
    return None


def _excepted(sentence: str, end: int, named_countries: Sequence[tuple[int, int]]) -> set[int]:
    """The countries an 'except …' right after the group phrase's clause leaves out."""
    stop = re.search(r"[.;]", sentence[end:])
    clause_end = end + stop.start() if stop else len(sentence)
    found = _EXCEPT.search(sentence, end, clause_end)
    if found is None:
        return set()
    after = sorted(
        (offset, entity) for offset, entity in named_countries if found.end() <= offset < clause_end
    )
    excepted: set[int] = set()
    expected = found.end()
    for offset, entity in after:
        if offset != expected:
            break
        excepted.add(entity)
        separator = _EXCEPTED_NEXT.match(sentence, offset)
        if separator is None:
            break
        expected = separator.end()
    return excepted


def _leaving_out(
    sentence: str, match: re.Match[str], members: tuple[int, ...], named_countries: Sequence[tuple[int, int]]
) -> GroupReference:
    """The group of countries less those an 'except …' after it leaves out."""
    left_out = _excepted(sentence, match.end(), named_countries)
    kept = tuple(member for member in members if member not in left_out)
    return GroupReference(match.start(), match.end(), kept, "country", tuple(sorted(left_out & set(members))))


def mentions_a_group(sentence: str) -> bool:
    """Whether a sentence that names nothing may still refer back to what others named."""
    return any(
        found.group("count") or found.group("region") or found.group("both") or found.group("defined")
        for found in _COUNTRY_GROUP.finditer(sentence)
    ) or bool(_ORGANIZATION_GROUP.search(sentence))


def _one_named_before(
    match: re.Match[str],
    count: int | None,
    named_countries: Sequence[tuple[int, int]],
    last_countries: Sequence[int],
) -> int | None:
    """The one country a sentence names before its 'the two states', when the countries listed
    before do not already include it: 'With Uzbekistan relations are warm: the two states signed …'."""
    if count != 2 or match.group("region"):
        return None
    before = {entity for offset, entity in named_countries if offset < match.start()}
    if len(before) != 1 or before <= set(last_countries):
        return None
    return next(iter(before))


def _pair_with_home(
    named: int, home_country: int | None, last_countries: Sequence[int]
) -> tuple[int, int] | None:
    """That country and the document's own (a chapter on Kyrgyzstan); none where a third country
    was listed before ('Kazakhstan's president … the two states') or the document has no country."""
    if home_country is None or home_country == named or not set(last_countries) <= {home_country, named}:
        return None
    return home_country, named


def find_group_references(
    sentence: str,
    *,
    regions: Mapping[str, tuple[int, ...]],
    last_countries: Sequence[int],
    last_organizations: Sequence[int],
    treaty_parties: Sequence[int] = (),
    named_countries: Sequence[tuple[int, int]] = (),
    home_country: int | None = None,
) -> list[GroupReference]:
    """The group phrases of `sentence` that resolve, with what they stand for; `named_countries`
    are (offset, country) the sentence itself names, `home_country` the one the document is about."""
    found: list[GroupReference] = []
    for match in _COUNTRY_GROUP.finditer(sentence):
        count = 2 if match.group("both") else _count(match.group("count"))
        same = (match.group("same") or "").lower()
        if (
            same in ("other", "remaining")
            or _PARTITIVE_BEFORE.search(sentence[: match.start()])
            or _NOT_ALL_BEFORE.search(sentence[: match.start()])
        ):
            continue
        members: tuple[int, ...] | None = None
        named = _one_named_before(match, count, named_countries, last_countries)
        if named is not None:
            members = _pair_with_home(named, home_country, last_countries)
        elif match.group("region"):
            members = _region_members(match.group("region"), regions)
            if members is None:
                continue
        elif count is not None and len(last_countries) == count:
            members = tuple(last_countries)
        elif match.group("defined"):
            # 'the Parties', 'Both Parties': a treaty's own term, for those it was made between or signed by.
            members = tuple(treaty_parties) if len(treaty_parties) > 1 else None
        if members and (count is None or len(members) == count) and len(members) > 1:
            found.append(_leaving_out(sentence, match, members, named_countries))
    for match in _ORGANIZATION_GROUP.finditer(sentence):
        if match.group("first"):
            count = _count(match.group("count")) or 0
            chosen = tuple(last_organizations[:count]) if len(last_organizations) > count else ()
        else:
            word = match.group("ordinal").lower()
            position = len(last_organizations) - 1 if word == "latter" else _ORDINALS[word]
            pair_word = word in ("former", "latter")
            fits = len(last_organizations) == 2 if pair_word else len(last_organizations) > max(position, 1)
            chosen = (last_organizations[position],) if fits else ()
        if chosen:
            found.append(GroupReference(match.start(), match.end(), chosen, "organization"))
    return sorted(found, key=lambda group: group.start)
