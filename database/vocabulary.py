"""The words of the passages (the `words` table): completing the word being typed, the forms
a word takes (its stem's other words, for highlighting), and spelling suggestions.

Words here are folded the way the full-text index folds them (lower case, no diacritics), and
are not stemmed: a prefix is completed from whole words ("manas" -> "manas", never
"management"), and each completion is then searched stemmed like any finished word.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Iterable

MIN_PREFIX = 2  # A one-letter prefix is not completed: it would stand for most of the corpus.
COMPLETIONS = {2: 6, 3: 12}  # The most frequent completions taken for a prefix this short…
MORE_COMPLETIONS = 24  # … and for a longer one.
ASKED_COMPLETIONS = 64  # A prefix the user asked for with `*`.
# Searched like any word, but not marked in the reader, where they would be everywhere.
_COMMON_WORDS = (
    "a an and are as at be by for from has have in is it its of on or that the their this to was were with"
)
UNMARKED = frozenset(_COMMON_WORDS.split())


def fold(word: str) -> str:
    """A word as the index holds it: lower case, diacritics removed."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def completion_limit(prefix: str, asked: bool) -> int:
    return ASKED_COMPLETIONS if asked else COMPLETIONS.get(len(prefix), MORE_COMPLETIONS)


def completions(connection: sqlite3.Connection, prefix: str, limit: int) -> list[str]:
    """Words that begin with `prefix`, the most frequent first (the word itself, if it is one,
    always among them)."""
    prefix = fold(prefix)
    if len(prefix) < MIN_PREFIX:
        return []
    rows = connection.execute(
        "SELECT word FROM words WHERE word >= ? AND word < ? ORDER BY word = ? DESC, passages DESC, word "
        "LIMIT ?",
        (prefix, prefix + "\U0010ffff", prefix, limit),
    ).fetchall()
    return [row[0] for row in rows]


def known(connection: sqlite3.Connection, words: Iterable[str]) -> set[str]:
    """Those of `words` (folded) the passages hold."""
    folded = sorted({fold(word) for word in words})
    if not folded:
        return set()
    marks = ", ".join("?" * len(folded))
    return {row[0] for row in connection.execute(f"SELECT word FROM words WHERE word IN ({marks})", folded)}


def forms(connection: sqlite3.Connection, words: Iterable[str]) -> tuple[str, ...]:
    """Every word sharing a stem with one of `words`: what a stemmed search for them finds
    ('joined' -> join, joined, joining, joins; never 'jointly')."""
    folded = sorted({fold(word) for word in words})
    if not folded:
        return ()
    marks = ", ".join("?" * len(folded))
    rows = connection.execute(
        f"SELECT DISTINCT other.word FROM words AS asked JOIN words AS other ON other.stem = asked.stem "
        f"WHERE asked.word IN ({marks}) ORDER BY other.word",
        folded,
    ).fetchall()
    return tuple(dict.fromkeys([*(row[0] for row in rows), *folded]))


def edit_distance(left: str, right: str, limit: int) -> int:
    """Damerau–Levenshtein distance (adjacent swaps count once), or limit + 1 when larger.
    Only the band of cells within `limit` of the diagonal is computed."""
    if abs(len(left) - len(right)) > limit:
        return limit + 1
    beyond = limit + 1
    previous_previous: list[int] = []
    previous = [j if j <= limit else beyond for j in range(len(right) + 1)]
    for i, left_char in enumerate(left, 1):
        current = [beyond] * (len(right) + 1)
        current[0] = i if i <= limit else beyond
        for j in range(max(1, i - limit), min(len(right), i + limit) + 1):
            right_char = right[j - 1]
            cost = left_char != right_char
            best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and left_char == right[j - 2] and left[i - 2] == right_char:
                best = min(best, previous_previous[j - 2] + 1)
            current[j] = min(best, beyond)
        if min(current) > limit and min(previous) > limit:  # A swap reaches back one row only.
            return beyond
        previous_previous, previous = previous, current
    return min(previous[-1], beyond)


def close_words(connection: sqlite3.Connection, word: str, limit: int = 3) -> list[str]:
    """Words of the passages spelt like `word` (one edit, two for words of eight letters or
    more), the closest and then the most frequent first. Candidates share its first letter
    and its second or its last (a slip rarely changes both), which keeps them few."""
    word = fold(word)
    if len(word) < 3:
        return []
    allowed = 2 if len(word) >= 8 else 1
    rows = connection.execute(
        "SELECT word, passages FROM words WHERE word >= ? AND word < ? AND length(word) BETWEEN ? AND ? "
        "AND (substr(word, 2, 1) = ? OR substr(word, -1, 1) = ?) AND word != ? "
        "ORDER BY passages DESC LIMIT 2000",
        (word[0], word[0] + "\U0010ffff", len(word) - allowed, len(word) + allowed, word[1], word[-1], word),
    ).fetchall()
    scored = []
    for candidate, passages in rows:
        distance = edit_distance(word, candidate, allowed)
        if distance <= allowed:
            scored.append((distance, -passages, candidate))
    return [candidate for _, _, candidate in sorted(scored)[:limit]]
