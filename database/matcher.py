"""Finding every alias of every entity in a text in one pass.

Aliases are folded into word sequences (see `names.name_tokens`) and stored in a word trie; the
text is cut into words once and, at each word that can start an alias, the trie is walked as
far as it goes and the longest alias whose case rule holds wins. The cost is linear in the
text, whatever the number of aliases. Also here: sentence spans, which mentions, events and
relations are cut by.
"""

from __future__ import annotations

import re
from collections.abc import Set
from itertools import accumulate
from typing import Any, NamedTuple

from database.names import fold_token, spelling_variants
from database.wrapping import soft_wrap

_TOKEN = re.compile(r"(?i:co-oper\w*)|[^\W_]+")
_TOKEN_SPLIT = re.compile(r"((?i:co-oper\w*)|[^\W_]+)")
# '+' joins 'C5+1'; one line break joins a name a hard-wrapped paragraph breaks ('Collective Security\n
# Treaty Organization'), never a blank line.
_GAP = re.compile(r"[ \-‐–,.'’/&+]{0,3}|[ \t]*\n[ \t]*")
_TERMINAL = ""
_APOSTROPHES = ("'", "’")


def text_words(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The folded and the lower-cased words of a text, as `AliasMatcher.find` cuts them."""
    raws = set(_TOKEN.findall(text))
    return frozenset(fold_token(raw.replace("-", "")) for raw in raws), frozenset(raw.lower() for raw in raws)


class Match(NamedTuple):
    entity: int
    start: int
    end: int
    surface: str


def _is_exact_case(alias_words: list[str]) -> bool:
    """Acronyms and short all-caps words must match letter for letter ('US' is not 'us')."""
    return any(len(word) > 1 and word.isupper() for word in alias_words) or (
        len(alias_words) == 1 and len(alias_words[0]) <= 3
    )


class AliasMatcher:
    """Longest-match lookup of many aliases at once; see the module docstring."""

    def __init__(self) -> None:
        self._trie: dict[str, Any] = {}  # folded word → next level; _TERMINAL → the aliases ending here
        self._first_words: set[str] = set()
        self._by_first_word: dict[str, list[tuple[str, ...]]] = {}  # folded first word -> folded aliases
        self._terminals: dict[tuple[str, ...], list[tuple[int, Any]]] = {}
        self.alias_count = 0

    def add(self, alias: str, entity: int) -> None:
        words = [match.group() for match in _TOKEN.finditer(alias)]
        if words and words[0].lower() == "the" and len(words) > 1:
            words = words[1:]
        if not words:
            return
        node = self._trie
        folded = tuple(fold_token(word.replace("-", "")) for word in words)
        for word in folded:
            node = node.setdefault(word, {})
        if folded not in self._terminals:
            self._terminals[folded] = node.setdefault(_TERMINAL, [])
            self._by_first_word.setdefault(folded[0], []).append(folded)
        candidates = self._terminals[folded]
        rule = (tuple(words), _is_exact_case(words))
        if all(existing[0] != entity for existing in candidates):
            candidates.append((entity, rule))
            self.alias_count += 1
        first = fold_token(words[0].replace("-", ""))
        self._first_words.update({words[0].lower(), first, *spelling_variants(first)})

    def aliases_within(self, folded_words: Set[str]) -> list[tuple[tuple[str, ...], list[tuple[int, Any]]]]:
        """The aliases all of whose folded words are in `folded_words`, each with its entities
        and case rules in the order `find` tries them, sorted by alias. A text whose words
        (`text_words`) are `folded_words` can only match these."""
        found = []
        for first in folded_words & self._by_first_word.keys():
            for alias in self._by_first_word[first]:
                if all(word in folded_words for word in alias[1:]):
                    found.append((alias, self._terminals[alias]))
        return sorted(found, key=lambda item: item[0])

    def described(self) -> list[tuple[tuple[str, ...], list[tuple[int, Any]]]]:
        """Every alias with its entities and case rules, in `find`'s order: what the matcher
        answers is a function of this (the first words derive from the aliases)."""
        return sorted(self._terminals.items(), key=lambda item: item[0])

    def words_starting_aliases(self, lowered_words: Set[str]) -> Set[str]:
        """Which of a text's lower-cased words `find` starts a lookup at."""
        return lowered_words & self._first_words

    @staticmethod
    def _case_holds(rule: tuple[tuple[str, ...], bool], raws: list[str]) -> bool:
        words, exact = rule
        if exact:
            return all(raw == word for raw, word in zip(raws, words, strict=True))
        return any(raw[:1].isupper() for raw in raws)

    @classmethod
    def _entity_written(cls, candidates: list[tuple[int, Any]], raws: list[str]) -> int | None:
        """The entity these words name: one whose alias they spell letter for letter (an acronym in
        capitals) before one whose alias they only fold to (a place's name, written in capitals)."""
        loose = None
        for entity, rule in candidates:
            if cls._case_holds(rule, raws):
                if rule[1] or len(candidates) == 1:
                    return entity
                if loose is None:
                    loose = entity
        return loose

    def find(self, text: str) -> list[Match]:
        """Return non-overlapping matches, left to right, longest first at each position.

        The text is cut into words and gaps by one C-level split; only words that can start an
        alias (by a cheap lower-case test) are folded and walked down the trie.
        """
        parts = _TOKEN_SPLIT.split(text)  # gap, word, gap, word, …, gap
        offsets = list(accumulate(map(len, parts), initial=0))
        raws = parts[1::2]
        first_words = self._first_words
        starts = [i for i, raw in enumerate(raws) if raw.lower() in first_words or not raw.isascii()]
        matches: list[Match] = []
        count = len(raws)
        position = 0
        for index in starts:
            if index < position:
                continue
            node = self._trie
            cursor = index
            best: tuple[int, int] | None = None
            while cursor < count:
                if cursor > index and not _GAP.fullmatch(parts[2 * cursor]):
                    break
                if cursor > index and raws[cursor] == "s" and parts[2 * cursor] in _APOSTROPHES:
                    cursor += 1  # "the CSTO's Rapid Reaction Force" is "the CSTO Rapid Reaction Force".
                    continue
                following = node.get(fold_token(raws[cursor].replace("-", "")))
                if following is None:
                    break
                node = following
                cursor += 1
                found = self._entity_written(node.get(_TERMINAL, ()), raws[index:cursor])
                if found is not None:
                    best = (found, cursor)
            if best is None or _shouted_word(parts, raws, index, best[1]):
                continue
            entity, cursor = best
            start, end = offsets[2 * index + 1], offsets[2 * cursor]
            matches.append(Match(entity, start, end, text[start:end]))
            position = cursor
        return matches


def _shouted_word(parts: list[str], raws: list[str], index: int, end: int) -> bool:
    """'OFFICIALS TOLD US THAT': a short word between words in capitals, a space either side, may be
    any word written in capitals ('us'), not the acronym it spells ('CSTO | SCO | EAEU' is a list).
    `parts` are the text's gaps and words, `raws` its words alone."""
    if end - index != 1 or len(raws[index]) > 3 or index == 0 or end >= len(raws):
        return False
    gaps = (parts[2 * index], parts[2 * end])
    neighbours = (raws[index - 1], raws[end])
    return all(gap == " " for gap in gaps) and all(
        len(word) > 3 and word.isalpha() and word.isupper() for word in neighbours
    )


_ABBREVIATIONS = {
    "st",
    "dr",
    "mr",
    "mrs",
    "ms",
    "no",
    "vs",
    "etc",
    "gen",
    "col",
    "prof",
    "capt",
    "maj",
    "brig",
    "amb",
    "sen",
    "rep",
    "gov",
    "lt",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
}
_NUMERIC_DATE = re.compile(r"\d{1,4}[./]\d{1,2}[./]\d{2,4}")
# A closing quote or bracket (also a LaTeX footnote's '}') stays with the sentence it closes.
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’)\]}]*\s+|\n+")


# A field's label in a row of labelled fields, as a screen reader reads a table's row aloud:
# 'State: Kazakhstan. Organisation: CSTO. Status: member.'
FIELD_LABEL = r"[A-Z][A-Za-z]*(?:[ -][a-z]+){0,2}"
"""A field's label ('State', 'Parent organisation'), before its colon."""
_FIELD_LABEL = re.compile(rf"{FIELD_LABEL}:[ \t]")
_FIELD_IN_A_LINE = re.compile(rf"(?:^|[.;]\s+){FIELD_LABEL}:[ \t]")
_FIELDS_IN_A_ROW = 3


def _labelled_row(text: str, position: int) -> bool:
    """Whether the line at `position` is a row of three or more labelled fields."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return len(_FIELD_IN_A_LINE.findall(line)) >= _FIELDS_IN_A_ROW


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Cut text[start:end] into sentences; returns (start, end) offsets, stripped of space."""
    end = len(text) if end is None else end
    spans = []
    cursor = start
    for match in _SENTENCE_END.finditer(text, start, end):
        if match.group() == "\n" and soft_wrap(text, match.start()):
            continue
        if "\n" not in match.group():
            if match.group().count(".") + match.group().count("…") * 3 >= 3:
                continue  # Dot leaders and ellipses do not end a sentence.
            before = text[cursor : match.start()].split()
            last_word = before[-1].lower().strip('(“"') if before else ""
            following = text[match.end() : match.end() + 1]
            abbreviated = len(last_word) <= 1 or last_word in _ABBREVIATIONS or last_word.count(".") >= 1
            abbreviated = abbreviated and not _NUMERIC_DATE.fullmatch(last_word)  # 'on 10.05.1994. Would …'
            if abbreviated and not (last_word == "no" and not following.isdigit()):  # 'No. 5', 'No. It is'
                continue
            if following and following.islower():
                continue
            if _FIELD_LABEL.match(text, match.end()) and _labelled_row(text, match.start()):
                continue  # 'Row 2. State: Kazakhstan. Organisation: CSTO. Status: member.' is one row
        spans.append((cursor, match.start() + len(match.group().rstrip())))
        cursor = match.end()
    spans.append((cursor, end))
    result = []
    for span_start, span_end in spans:
        piece = text[span_start:span_end]
        stripped = piece.strip().lstrip("•·◦▪‣∙ ").strip()
        if stripped:
            offset = span_start + piece.index(stripped)
            result.append((offset, offset + len(stripped)))
    return result
