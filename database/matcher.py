"""Finding every alias of every entity in a text in one pass.

Aliases are folded into word sequences (see `gazetteer.name_tokens`) and stored in a word trie;
the text is tokenised once and, at each word, the trie is walked as far as it goes and the
longest alias whose case rule holds wins. The cost is linear in the text, whatever the number
of aliases. Also here: sentence spans, which mentions, events and relations are cut by.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from database.names import fold_token

_TOKEN = re.compile(r"(?i:co-oper\w*)|[^\W_]+")
_GAP = re.compile(r"[ \-‐–,.'’/&]{0,3}")
_TERMINAL = ""


class Token(NamedTuple):
    start: int
    end: int
    raw: str
    folded: str


class Match(NamedTuple):
    entity: int
    start: int
    end: int
    surface: str


def tokenize(text: str) -> list[Token]:
    return [
        Token(match.start(), match.end(), raw, fold_token(raw.replace("-", "")))
        for match in _TOKEN.finditer(text)
        for raw in (match.group(),)
    ]


def _is_exact_case(alias_words: list[str]) -> bool:
    """Acronyms and short all-caps words must match letter for letter ('US' is not 'us')."""
    return any(len(word) > 1 and word.isupper() for word in alias_words) or (
        len(alias_words) == 1 and len(alias_words[0]) <= 3
    )


class AliasMatcher:
    """Longest-match lookup of many aliases at once; see the module docstring."""

    def __init__(self) -> None:
        self._trie: dict = {}
        self.alias_count = 0

    def add(self, alias: str, entity: int) -> None:
        words = [match.group() for match in _TOKEN.finditer(alias)]
        if words and words[0].lower() == "the" and len(words) > 1:
            words = words[1:]
        if not words:
            return
        node = self._trie
        for word in words:
            node = node.setdefault(fold_token(word.replace("-", "")), {})
        candidates = node.setdefault(_TERMINAL, [])
        rule = (tuple(words), _is_exact_case(words))
        if all(existing[0] != entity for existing in candidates):
            candidates.append((entity, rule))
            self.alias_count += 1

    @staticmethod
    def _case_holds(rule: tuple[tuple[str, ...], bool], tokens: list[Token]) -> bool:
        words, exact = rule
        if exact:
            return all(token.raw == word for token, word in zip(tokens, words, strict=True))
        return any(token.raw[:1].isupper() for token in tokens)

    def find(self, text: str, tokens: list[Token] | None = None) -> list[Match]:
        """Return non-overlapping matches, left to right, longest first at each position."""
        tokens = tokenize(text) if tokens is None else tokens
        matches: list[Match] = []
        position = 0
        count = len(tokens)
        while position < count:
            node = self._trie
            cursor = position
            best: tuple[int, int] | None = None
            while cursor < count:
                if cursor > position:
                    gap = text[tokens[cursor - 1].end : tokens[cursor].start]
                    if not _GAP.fullmatch(gap):
                        break
                node = node.get(tokens[cursor].folded)
                if node is None:
                    break
                cursor += 1
                for entity, rule in node.get(_TERMINAL, ()):
                    if self._case_holds(rule, tokens[position:cursor]):
                        best = (entity, cursor)
                        break
            if best is None:
                position += 1
                continue
            entity, cursor = best
            start, end = tokens[position].start, tokens[cursor - 1].end
            matches.append(Match(entity, start, end, text[start:end]))
            position = cursor
        return matches


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
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’)]*\s+|\n+")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Cut text[start:end] into sentences; returns (start, end) offsets, stripped of space."""
    end = len(text) if end is None else end
    spans = []
    cursor = start
    for match in _SENTENCE_END.finditer(text, start, end):
        if "\n" not in match.group():
            before = text[cursor : match.start()].split()
            last_word = before[-1].lower().strip('(“"') if before else ""
            following = text[match.end() : match.end() + 1]
            if len(last_word) <= 1 or last_word in _ABBREVIATIONS or last_word.count(".") >= 1:
                continue
            if following and following.islower():
                continue
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
