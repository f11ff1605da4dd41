"""Places a document names that the gazetteer does not know.

Two kinds of evidence, each general:
- the words around a name: a place word after it ('Aksay district', 'the Vakhsh river',
  'Chui Region') or before it ('the river Panj'), or a preposition before it ('near Chaldovar');
- the world's cities (GeoNames, a table in resources/world_cities.tsv): a capital or a city of a
  million people is taken wherever it is written as a name; a smaller one only after a
  preposition of place or before ', <country>', and never when the document also writes the
  word in lower case ('Mobile', 'Reading') or it is a given name ('Victoria').
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Container, Iterable, Set
from dataclasses import dataclass
from typing import NamedTuple

from database.names import name_key

_PLACE_NAME = r"[A-Z][a-z’']{2,}(?:-[a-z]{1,3})*(?:-[A-Z0-9][a-z’']*)*(?: [A-Z][a-z’']+)?"
# Lower-case place words that follow a name and belong to it ('Murghob district').
LOWER_PLACE_HEADS = (
    "district",
    "province",
    "village",
    "oblast",
    "region",
    "valley",
    "enclave",
    "range",
    "reservoir",
    "river",
    "test site",
    "training area",
    "training ground",
    "air base",
    "airbase",
    "military base",
    "gorge",
    "pass",
    "corridor",
    "area",
)
# Capitalised place words that end a name ('Chui Region', 'Baikonur Cosmodrome').
PLACE_HEADS = {
    "region",
    "regions",
    "oblast",
    "province",
    "district",
    "valley",
    "peninsula",
    "mountains",
    "range",
    "plateau",
    "desert",
    "reservoir",
    "river",
    "lake",
    "sea",
    "gorge",
    "cosmodrome",
    "airport",
    "base",
    "airbase",
    "corridor",
    "palace",
}
_LOWER_HEADS = "|".join(head.replace(" ", r"\s") for head in LOWER_PLACE_HEADS)
_PLACE_BEFORE_HEAD = re.compile(rf"(?<![\w-])(?P<name>{_PLACE_NAME}) (?P<head>(?:{_LOWER_HEADS}))s?\b")
_PLACE_AFTER_HEAD = re.compile(rf"\b(?:the )?(?:river|lake|city|town|village) (?P<name>{_PLACE_NAME})\b")
_DATE_AHEAD = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|\d)"
_PLACE_AFTER_PREPOSITION = re.compile(
    rf"\b(?:near|at|from|in|to) (?P<name>{_PLACE_NAME})"
    rf"(?=(?:,| to [A-Z]| and [A-Z]|\.\s|;|\)| next| in \d| on {_DATE_AHEAD}| in {_DATE_AHEAD}))"
)
# 'near Chaldovar in Chui Region'; 'in Batken and Isfana on 3 May' (the second place only when
# the first is one); 'in the Pamirs' (a plural name: a range or a region, unless a people's).
_NEAR_PLACE_IN_PLACE = re.compile(rf"\b(?:near|outside) (?P<name>{_PLACE_NAME})(?= in [A-Z])")
_SECOND_PLACE = re.compile(
    rf"\b(?:near|at|from|in|to) (?P<first>{_PLACE_NAME}) and (?P<name>{_PLACE_NAME})"
    rf"(?=(?:,|\.\s|;| in \d| on {_DATE_AHEAD}| in {_DATE_AHEAD}))"
)
# A gazetteer's entry: 'Kant, town, Chüy Region', 'Irkeshtam (Erkeshtam), road border crossing, …'.
_ENTRY_PLACE = re.compile(
    rf"(?m)^[^\w\n]{{0,3}}(?P<name>{_PLACE_NAME})(?: \([^()\n]*\))?, (?:[a-z][a-z-]*\s+){{0,3}}"
    r"(?:town|city|village|settlement|river|lake|pass|crossing|checkpoint|district|region|valley|"
    r"mountain|peak|reservoir|airport|port|oasis|exclave|enclave)s?(?=[,;.]| of | on | in )"
)
_PLURAL_PLACE = re.compile(
    r"\b(?:in|across|into|through|over) the (?P<name>[A-Z][a-z]{3,}s)\b(?![ -][A-Z]|['’])"
)
_PLACE_PREPOSITIONS = {
    "in",
    "at",
    "from",
    "to",
    "near",
    "via",
    "outside",
    "of",
    "between",
    "around",
    "towards",
    "toward",
    "and",
}
# Capitalised collective nouns of the field that follow "to", "from", "at" like place names do.
NOT_PLACES = {
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
# Continents are no cities, though a town may share the name (Asia in the Philippines).
CONTINENTS = {
    "africa",
    "antarctica",
    "asia",
    "australia",
    "eurasia",
    "europe",
    "north america",
    "oceania",
    "south america",
}
_POSSESSIVE_END = re.compile(r"[’'](?:s\b)?$")
_CAPITALISED_WORDS = re.compile(r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}")
MILLION = 1_000_000


@dataclass(frozen=True)
class PlaceMention:
    """A place name found in a text, how it was found, and how sure that is."""

    name: str
    start: int
    origin: str
    confidence: float
    alias: str | None = None  # another name of the same place ('Semey' for 'Semipalatinsk')
    short: str | None = None  # the name without its place word ('Murghob' for 'Murghob district')
    beside: str | None = None  # a name it is listed with, which must be a place for this to be one


def pattern_places(text: str) -> Iterable[PlaceMention]:
    """Names a place word or a preposition gives away: 'Aksay district', 'Chui Region' is done
    with the capitalised names; 'the river Panj', 'near Chaldovar', 'in Bokhtar on 4 May'."""
    for match in _PLACE_BEFORE_HEAD.finditer(text):
        name, head = match.group("name"), " ".join(match.group("head").split())
        if head == "area" and not text[: match.start()].endswith("the "):
            continue  # 'the Wakhan area', not 'Leading areas for cooperation'
        yield PlaceMention(f"{name} {head}", match.start(), "place word", 0.85, short=name)
    for match in _PLACE_AFTER_HEAD.finditer(text):
        yield PlaceMention(match.group("name"), match.start("name"), "place word", 0.85)
    for match in _PLACE_AFTER_PREPOSITION.finditer(text):
        yield PlaceMention(match.group("name"), match.start("name"), "preposition", 0.6)
    for match in _NEAR_PLACE_IN_PLACE.finditer(text):
        yield PlaceMention(match.group("name"), match.start("name"), "preposition", 0.6)
    for match in _SECOND_PLACE.finditer(text):
        yield PlaceMention(
            match.group("name"), match.start("name"), "preposition", 0.6, beside=match.group("first")
        )
    for match in _ENTRY_PLACE.finditer(text):
        yield PlaceMention(match.group("name"), match.start("name"), "place word", 0.85)
    for match in _PLURAL_PLACE.finditer(text):
        name = match.group("name")
        yield PlaceMention(name, match.start("name"), "preposition", 0.6, short=name[:-1])


class City(NamedTuple):
    """A row of the world-cities table: a tuple, since each build makes 34,000 of them."""

    name: str
    population: int
    country: str
    capital: bool


@functools.lru_cache(maxsize=1)
def world_cities() -> dict[str, City]:
    """Folded city name (and Latin-script other names) -> the most populous city so called,
    from the GeoNames table in resources/ (tools/make_world_cities.py makes it)."""
    from database.paths import WORLD_CITIES_PATH

    index: dict[str, City] = {}
    known = index.get
    for line in WORLD_CITIES_PATH.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name, country, population, capital, others = line.split("\t")
        city = City(name, int(population), country, capital == "1")
        for spelling in (name, *filter(None, others.split("|"))):
            key = city_key(spelling)
            if len(key) >= 4 and ((earlier := known(key)) is None or earlier.population < city.population):
                index[key] = city
    return index


_KEY_WORD = re.compile(r"[^\W_]+")


# "OSCE Programme Office in Dushanbe", "EU Delegation to Kazakhstan in Astana": a body's own name
# says where it sits.
_SEAT_IN_NAME = re.compile(r"\bin\s+(?:the\s+)?(?P<seat>[A-Z][\w’'-]+(?:[\s-][A-Z][\w’'-]+){0,2})$")


def seat_in_name(name: str) -> str | None:
    """The city a body's own name ends with ('OSCE Academy in Bishkek'), when it is a city of the
    world-cities table (not 'in Central Asia', 'in Europe')."""
    found = _SEAT_IN_NAME.search(name) if " in " in name else None
    return found.group("seat") if found and city_key(found.group("seat")) in world_cities() else None


def city_key(name: str) -> str:
    """A city's name folded for lookup: case, diacritics and punctuation ('Ürümqi' -> 'urumqi')."""
    if name.isascii():
        lowered = name.lower()
        if lowered.isalpha():  # One plain word, as most names are: nothing else to fold.
            return lowered
    else:
        decomposed = unicodedata.normalize("NFKD", name)
        name = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(_KEY_WORD.findall(name.lower()))


def city_places(
    text: str,
    known: Container[str],
    countries: Container[str],
    lower_words: Container[str],
    given_names: Set[str],
    skip: Callable[[int], bool],
) -> Iterable[PlaceMention]:
    """World cities the text names: `known` name keys are left alone, words the documents also
    write in lower case and given names are not taken, nor names in headings (`skip`: the
    test of heading offsets). `countries` are the name keys of countries ('Osh, Kyrgyzstan')."""
    cities = world_cities()
    for run in _CAPITALISED_WORDS.finditer(text):
        words = run.group().split(" ")
        offset = run.start()
        index = 0
        while index < len(words):
            for length in range(min(3, len(words) - index), 0, -1):
                surface = _POSSESSIVE_END.sub("", " ".join(words[index : index + length]))
                if name_key(surface) in known:
                    index += length - 1  # 'Central Asia' is known: no city 'Central' inside it.
                    break
                key = city_key(surface)
                city = cities.get(key)
                if city is None:
                    continue
                start = offset + sum(len(word) + 1 for word in words[:index])
                if skip(start) or _is_common_word(key, lower_words, given_names):
                    break
                strong = city.capital or city.population >= MILLION
                if strong or _in_place_context(text, start, start + len(surface), countries):
                    alias = city.name if name_key(city.name) != key else None
                    confidence = 0.9 if strong else 0.75
                    yield PlaceMention(surface, start, "world city", confidence, alias=alias)
                    index += length - 1
                break
            index += 1


def _is_common_word(key: str, lower_words: Container[str], given_names: Set[str]) -> bool:
    words = key.split()
    return (len(words) == 1 and (key in lower_words or key in given_names)) or all(
        word in lower_words for word in words
    )


def _in_place_context(text: str, start: int, end: int, countries: Container[str]) -> bool:
    before = text[max(0, start - 12) : start].split()
    if before and before[-1].lower() in _PLACE_PREPOSITIONS:
        return True
    after = re.match(r",? ([A-Z][\w-]+(?: [A-Z][\w-]+)?)", text[end : end + 40])
    if after and name_key(after.group(1)) in countries:
        return True
    if _REGION_AFTER.match(text, end):
        return True  # 'Termez, Surkhandarya Region': a town and its region.
    return text[end : end + 7] == "-based"


_REGION_AFTER = re.compile(
    r", (?:[A-Z][\w-]+ ){1,2}"
    r"(?:Region|Province|Oblast|District|Viloyati|Governorate|region|province|oblast)\b"
)
