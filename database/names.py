"""When two names are the same name: case, diacritics, "the", hyphens and British/American
spellings are folded away. Kept apart from the gazetteer so the read side loads no country data.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

# A name made an adjective ('a Partnership for Peace-style programme', 'a NATO-style force'): like
# the name, never the thing it names.
LIKENESS_SUFFIX = r"-(?i:style|like|type|esque|inspired|modell?ed|era|minded)"

_SPELLING_FOLDS = {
    "organisation": "organization",
    "organisations": "organizations",
    "defence": "defense",
    "centre": "center",
    "centres": "centers",
    "programme": "program",
    "programmes": "programs",
    "neighbourliness": "neighborliness",
    "labour": "labor",
}
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


_VARIANTS: dict[str, list[str]] = {}
for _british, _american in _SPELLING_FOLDS.items():
    _VARIANTS.setdefault(_american, []).append(_british)


def spelling_variants(folded: str) -> list[str]:
    """The other spellings that fold to `folded` ('organization' -> ['organisation'])."""
    return _VARIANTS.get(folded, [])


@functools.lru_cache(maxsize=262144)
def fold_token(token: str) -> str:
    """Fold one word: case, diacritics and British spellings ('Organisation' -> 'organization')."""
    decomposed = unicodedata.normalize("NFKD", token.casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _SPELLING_FOLDS.get(plain, plain)


_POSSESSIVE_S = re.compile(r"(?<=\w)[’']s?(?=\s|$)")


def name_tokens(name: str) -> tuple[str, ...]:
    """Folded words of a name; 'co-operation' and 'cooperation' give the same words, and so
    do "the CSTO's Force" and "the CSTO Force"."""
    name = re.sub(r"(?i)\bco-(?=oper)", "co", name)
    name = _POSSESSIVE_S.sub("", name)
    tokens = [fold_token(word) for word in _WORD.findall(name)]
    if tokens and tokens[0] == "the" and len(tokens) > 1:
        tokens = tokens[1:]
    return tuple(tokens)


@functools.lru_cache(maxsize=1 << 16)  # The build asks again for every mention's surface.
def name_key(name: str) -> str:
    """The string two names share when they name the same thing ('The Kyrgyz-Republic')."""
    return " ".join(name_tokens(name))


def slugify(name: str) -> str:
    return "-".join(name_tokens(name)) or "entity"


# Transliteration of Central Asian and Russian names into English wavers between these
# spellings; folding them lets 'Tokayev', 'Tokaev' and 'Tokaiev' share one key.
_TRANSLITERATION_FOLDS = (
    ("dzh", "j"),
    ("dj", "j"),  # 'Khodjaev', 'Khojaev'; 'Djamshid', 'Jamshid'
    ("zh", "j"),
    ("kh", "h"),
    ("gh", "g"),
    ("th", "t"),
    ("ph", "f"),
    ("q", "k"),
    ("w", "v"),
    ("y", "i"),
    ("ii", "i"),
    ("zoda", "zade"),  # The Tajik and the Persian spelling of one surname ending: 'Nazarzoda', 'Nazarzade'.
)
_VOWEL_I_VOWEL = re.compile(r"(?<=[aeou])i(?=[aeou])")
_DOUBLED = re.compile(r"(.)\1+")
_SURNAME_SUFFIX = re.compile(r"(?:ova|eva|ov|ev|ina|in)$")


@functools.lru_cache(maxsize=65536)
def transliteration_key(word: str) -> str:
    """One word with transliteration choices folded away: kh/h, zh/j, y/i/iy, doubled letters,
    the 'i' of '-ayev' ('Tokayev', 'Tokaev' -> 'tokaev'; 'Khodjayev', 'Hojaev' alike)."""
    key = fold_token(word).replace("-", "")
    for written, folded in _TRANSLITERATION_FOLDS:
        key = key.replace(written, folded)
    key = _VOWEL_I_VOWEL.sub("", key)
    return _DOUBLED.sub(r"\1", key)


@functools.lru_cache(maxsize=65536)  # Merging people compares every pair of discovered names.
def surname_stem(word: str) -> str:
    """A surname's transliteration key without its Russian suffix, so 'Rahmon' and
    'Rakhmonov', 'Tokayeva' and 'Tokayev' meet ('rahmon', 'tokae')."""
    key = transliteration_key(word)
    stem = _SURNAME_SUFFIX.sub("", key)
    return stem if len(stem) >= 4 else key


def edit_distance(left: str, right: str, limit: int = 3) -> int:
    """Levenshtein distance with adjacent swaps (optimal string alignment), capped at `limit`."""
    if abs(len(left) - len(right)) >= limit:
        return limit
    previous2: list[int] = []
    previous = list(range(len(right) + 1))
    for i, char in enumerate(left, start=1):
        current = [i] + [0] * len(right)
        for j, other in enumerate(right, start=1):
            cost = 0 if char == other else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char == right[j - 2] and left[i - 2] == other:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) >= limit:
            return limit
        previous2, previous = previous, current
    return min(previous[-1], limit)


def pack_words(words: Iterable[str]) -> str:
    """A set of words as one string (sorted, one a line): what a build keeps per document costs
    one object instead of thousands."""
    return "\n".join(sorted(words))


def unpack_words(packed: str) -> list[str]:
    return packed.split("\n") if packed else []
