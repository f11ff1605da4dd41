"""When two names are the same name: case, diacritics, "the", hyphens and British/American
spellings are folded away. Kept apart from the gazetteer so the read side loads no country data.
"""

from __future__ import annotations

import functools
import re
import unicodedata

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


def name_tokens(name: str) -> tuple[str, ...]:
    """Folded words of a name; 'co-operation' and 'cooperation' give the same words."""
    name = re.sub(r"(?i)\bco-(?=oper)", "co", name)
    tokens = [fold_token(word) for word in _WORD.findall(name)]
    if tokens and tokens[0] == "the" and len(tokens) > 1:
        tokens = tokens[1:]
    return tuple(tokens)


def name_key(name: str) -> str:
    """The string two names share when they name the same thing ('The Kyrgyz-Republic')."""
    return " ".join(name_tokens(name))


def slugify(name: str) -> str:
    return "-".join(name_tokens(name)) or "entity"
