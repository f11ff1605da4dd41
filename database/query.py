"""What was typed -> the clauses of a search, safely.

Words are plain words, balanced "phrases" stay phrases, a trailing `*` asks for words that
begin with it, OR / NOT / AND in capitals stay operators when they stand between terms;
everything else (stray quotes, `:`, `^`, parentheses, NEAR, control characters) is treated as
plain text. While typing, the last word is the one being typed: it is searched as a prefix.
"""

from __future__ import annotations

import re
from typing import NamedTuple

MAX_QUERY_CHARS = 1000
MAX_TERMS = 32
OPERATORS = {"OR", "NOT", "AND"}
_TOKEN = re.compile(r'"([^"]*)"|(\S+)')
WORD = re.compile(r"[^\W_]+")


class Clause(NamedTuple):
    """One element of a query: a word, a phrase (its words space-joined), a prefix (a word
    that others begin with) or an operator."""

    kind: str
    text: str
    typing: bool = False  # The word still being typed (a prefix the user did not ask for).


def clean(text: str) -> str:
    """Unprintable characters become spaces; runs of space one space; at most MAX_QUERY_CHARS."""
    text = "".join(char if char.isprintable() else " " for char in text[:MAX_QUERY_CHARS])
    return " ".join(text.split())


def parse(text: str, *, prefix_last: bool = False) -> list[Clause]:
    """The clauses of `text`; never fails. With `prefix_last`, a bare last word not followed
    by a space is the word being typed."""
    finished_word = text[-1:].isspace()
    text = clean(text)
    if text.count('"') % 2:
        text = text.replace('"', " ")
    clauses: list[Clause] = []
    terms = 0
    tokens = list(_TOKEN.finditer(text))
    for index, token in enumerate(tokens):
        if terms >= MAX_TERMS:
            break
        phrase, bare = token.group(1), token.group(2)
        if phrase is not None:
            words = WORD.findall(phrase)
            if len(words) > 1:
                clauses.append(Clause("phrase", " ".join(words)))
            elif words:
                clauses.append(Clause("word", words[0]))
            terms += len(words)
            continue
        if bare in OPERATORS:
            if clauses and clauses[-1].kind != "operator" and index < len(tokens) - 1:
                clauses.append(Clause("operator", bare))
            continue
        kind = "prefix" if bare.endswith("*") else "word"
        for word in WORD.findall(bare):
            clauses.append(Clause(kind, word))
            terms += 1
    while clauses and clauses[-1].kind == "operator":
        clauses.pop()
    last_is_bare_word = clauses and tokens and tokens[-1].group(2) and clauses[-1].kind == "word"
    if prefix_last and last_is_bare_word and not finished_word:
        clauses[-1] = Clause("prefix", clauses[-1].text, typing=True)
    return clauses


def quote(term: str) -> str:
    """A string as one FTS5 phrase."""
    return '"' + term.replace('"', '""') + '"'


def to_fts_query(text: str, *, prefix_last: bool = False) -> tuple[str, tuple[str, ...]]:
    """User input as a safe FTS5 MATCH expression in the index's own terms (prefixes as FTS5
    prefixes), and the plain words; for the small indexes searched without a vocabulary."""
    parts, words = [], []
    for clause in parse(text, prefix_last=prefix_last):
        if clause.kind == "operator":
            parts.append(clause.text)
            continue
        parts.append(quote(clause.text) + ("*" if clause.kind == "prefix" else ""))
        words.extend(clause.text.split())
    return " ".join(parts), tuple(words)


def syntax_notice(text: str) -> str | None:
    """A gentle word for the user when part of what they typed was not taken as syntax."""
    cleaned = clean(text)
    if cleaned.count('"') % 2:
        return "An unmatched quote was ignored; the words were searched as plain words."
    words = cleaned.split()
    if words and (words[0] in OPERATORS or words[-1] in OPERATORS):
        return "AND, OR and NOT need a word on each side; they were left out."
    if any(a in OPERATORS and b in OPERATORS for a, b in zip(words, words[1:], strict=False)):
        return "Two operators in a row: the extra one was left out."
    if any(char in cleaned for char in "^:(){}[]") or "NEAR" in words:
        return "Special characters such as : ^ ( ) are searched as plain words."
    return None
