"""The skeleton a sentence is read through, and the building blocks every pattern is made of.

Each entity mention becomes a token such as `«C\ue000»` (its kind, then its position in the
mention list as one private-use character) while every other character stays, so a pattern can
say "a list of countries" (`_COUNTRIES`) or "an organization" (`ORG`) and every offset still
points into the sentence. The list, article and adverb blocks here are the ones several
predicates' patterns share; a block one rule alone uses lives beside that rule.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from database.groups import GroupReference
from database.matcher import Match
from database.relations.frames import unasserted_spans
from database.wrapping import as_fields

KIND_CODES = {
    "country": "C",
    "organization": "O",
    "programme": "O",
    "treaty": "T",
    "person": "P",
    "place": "L",
    "media": "M",  # a news agency: an organization that reports, which no state joins
}
_TOKEN_BASE = 0xE000


def _token(code: str, index: int) -> str:
    return f"«{code}{chr(_TOKEN_BASE + index)}»"


def _any(codes: str) -> str:
    return rf"«[{codes}][\ue000-\uf8ff]»"


COUNTRY, ORG, TREATY, PERSON, PLACE, MEDIA = _any("C"), _any("O"), _any("T"), _any("P"), _any("L"), _any("M")
# "the People's Republic of «China»": an official name around a country's short name.
_ART = r"(?:the\s+)?(?:(?:(?:People['’]s|Islamic|Federal|Democratic)\s+)?Republic\s+of\s+)?"
_SEP = (
    r"(?:\s*,\s*(?:and\s+|as well as\s+|nor\s+|or\s+)?|\s+and\s+|\s+nor\s+|\s+or\s+|\s+as well as\s+|\s*&\s*)"
)


def _listing(item: str) -> str:
    return rf"{_ART}{item}(?:{_SEP}{_ART}{item})*"


_COUNTRIES = _listing(COUNTRY)
_PARTIES = _listing(rf"(?:{COUNTRY}|{PERSON})")
# Not the speaker of a closing attribution: 'withdrew from the CSTO, the SCO said'.
_SPOKEN_AFTER = (
    r"(?!\s+(?:said|says|noted|notes|reported|reports|announced|announces|stated|states|added|adds|"
    r"confirmed|confirms|told|wrote)\b)"
)
_OBJECT = rf"(?:{ORG}['’]s\s+)?{ORG}(?:\s*\([^()]{{0,12}}\))?{_SPOKEN_AFTER}"
# "the largest member of the CSTO and of the EAEU": a repeated preposition keeps the list going.
_OBJECTS = rf"{_ART}{_OBJECT}(?:{_SEP}(?:(?:of|in)\s+)?{_ART}{_OBJECT})*"
# 'Kyrgyzstan, a neighbour of Tajikistan, joined', 'Armenia, rather than Georgia, joined',
# 'Kazakhstan and Russia, after consulting China, signed': the country in the aside is no subject
# of the verb after it.
ASIDE_NAMING_ANOTHER = (
    r"(?:\s*,\s*(?:(?:an?|the|its|their|after|before|despite|following|while|without)\s+"
    r"(?:[^,;«»]{0,50}?\b(?:of|to|with|for|from|by)\s+(?:the\s+)?|\w+ing\s+(?:with\s+)?)|"
    r"(?:bordering|and\s+not|but\s+not|not|rather\s+than|instead\s+of|unlike|(?:observed|backed|supported|urged|"
    rf"opposed|criticised|criticized|pressed|courted)\s+by)\s+){COUNTRY}(?=\s*,))?"
)
# 'With the support of Russia, Tajikistan joined': a country a preposition governs opens no list
# of subjects.
_GOVERNED_BEFORE = re.compile(
    r"\b(?:of|with|by|from|after|before|for|against|to|than|including|between|among|towards?|over|under)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


def search_ungoverned(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`pattern`'s match ending `text` (its `subjects` group the subjects of a verb after it),
    with a first country a preposition governs left out of a list ('After talks with Russia,
    Uzbekistan'); a country alone after one stays ('two years after Armenia froze'), and so does
    a list that ends in 'and' ('three weeks before A, B and C are due to sign')."""
    found = pattern.search(text)
    if found is None or not found.group("subjects") or not _GOVERNED_BEFORE.search(text, 0, found.start()):
        return found
    subjects = found.group("subjects")
    if re.search(r"\bby\s+(?:the\s+)?$", text[: found.start()]) and not re.search(
        r"\b(?:which|who|that)\b", text[found.end("subjects") :]
    ):
        # 'created by A, B and C, and D joined': the agents of one act, and the subject of the next.
        last = list(re.finditer(r",\s+and\s+", subjects))
        return pattern.search(text, found.start("subjects") + last[-1].end()) if last else None
    if "," not in subjects or re.search(r"\s(?:and|&)\s", subjects):
        return found  # a list ('three weeks before A, B and C are due to sign') is a list
    return pattern.search(text, found.start("subjects") + subjects.index(",") + 1)


_ADVERBS = (
    r"(?:\s*,?\s*(?:also|later|then|formally|officially|finally|subsequently|eventually|both|all|each|"
    r"too|itself|already|soon|quickly|which|that|who|in\s+turn|however|nevertheless|indeed|currently|still|now|"
    r"by\s+contrast|in\s+contrast|meanwhile|moreover|instead|first|therefore|thus|hence|accordingly|likewise|similarly|"
    # A wire's time of the day it reports: 'Kazakhstan today joined …', '… on Thursday suspended …'.
    r"today|yesterday|tonight|(?:this|last)\s+(?:week|month|year|morning|afternoon|evening|night)|"
    r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"(?:in|on|by)\s+(?:early\s+|late\s+|mid-)?[^,;«»]{0,25}?\b\d{4}|"
    r"in\s+\d{4})\s*,?)*\s*,?\s+"
)
# A body of an organization, which no country is an observer or member of by apposition.
_BODY_WORD = re.compile(
    r"\b(?:Council|Committee|Secretariat|Commission|Assembly|Structure|Staff|Forces?|Centre|Center|Office|"
    r"Department|Ministry|Mission)\b"
)


@dataclass(frozen=True)
class Skeleton:
    """A sentence with every mention replaced by a one-character-index token, and every group
    phrase ('the same five states') by the list of tokens it stands for."""

    text: str
    mentions: tuple[Match, ...]
    kinds: tuple[str, ...]
    grouped: frozenset[int] = frozenset()
    """Entities the sentence names only through a group phrase."""

    def mention_at(self, token: str) -> Match:
        return self.mentions[ord(token[2]) - _TOKEN_BASE]

    def tokens(self, fragment: str) -> list[Match]:
        return [self.mentions[ord(char) - _TOKEN_BASE] for char in re.findall(r"[\ue000-\uf8ff]", fragment)]


def make_skeleton(
    sentence: str,
    offset: int,
    mentions: Sequence[Match],
    kinds: Sequence[str],
    groups: Sequence[GroupReference] = (),
    revisions: Sequence[tuple[int, int]] = (),
) -> Skeleton:
    """The sentence with each name replaced by a token of its kind; `revisions`: the document's
    tracked-change marks (see `revision_marks`), found in the sentence alone when not given."""
    items: list[tuple[int, int, list[tuple[Match, str]]]] = [
        (
            offset + group.start,
            offset + group.end,
            [
                (
                    Match(
                        entity, offset + group.start, offset + group.end, sentence[group.start : group.end]
                    ),
                    group.kind,
                )
                for entity in group.entities
            ],
        )
        for group in groups
    ]
    items += [
        (match.start, match.end, [(match, kind)])
        for match, kind in zip(mentions, kinds, strict=False)
        if not any(start <= match.start < end for start, end, _ in items)
    ]
    sentence = _EMPHASIS.sub(lambda marker: " " * len(marker.group()), sentence)
    sentence = as_fields(sentence)  # A configuration file's 'key = value' is the field 'key: value'.
    if "[" in sentence and not revisions:
        revisions = [(start + offset, end + offset) for start, end in revision_marks(sentence)]
    # What the sentence denies or supposes is blanked like a tracked deletion; what it makes a
    # condition names nothing.
    denied, conditions = unasserted_spans(sentence)
    revisions = [*revisions, *((start + offset, end + offset) for start, end in denied)]
    sentence = blank_revisions(sentence, offset, revisions)
    unnamed = [*revisions, *((start + offset, end + offset) for start, end in conditions)]
    items = [item for item in items if not any(start <= item[0] < end for start, end in unnamed)]
    items.sort(key=lambda item: item[0])
    pieces: list[str] = []
    used: list[Match] = []
    used_kinds: list[str] = []
    cursor = offset
    for start, end, members in items:
        if len(used) + len(members) > _TOKEN_MAX:
            break
        pieces.append(sentence[cursor - offset : start - offset])
        tokens = []
        for match, kind in members:
            tokens.append(_token(KIND_CODES.get(kind, "X"), len(used)))
            used.append(match)
            used_kinds.append(kind)
        pieces.append(", ".join(tokens[:-1]) + " and " + tokens[-1] if len(tokens) > 1 else tokens[0])
        cursor = end
    pieces.append(sentence[cursor - offset :])
    text = _EXCEPTED.sub("", _COMPARED_ASIDE.sub("", _OTHER_NAME.sub(r"\g<first>", "".join(pieces))))
    named = {match.entity for match in mentions}
    grouped = frozenset(entity for group in groups for entity in group.entities if entity not in named)
    return Skeleton(text, tuple(used), tuple(used_kinds), grouped)


_TOKEN_MAX = 6000
# "Turkmenistan, unlike Kazakhstan, is not a member": the compared country is no subject of the verb.
_COMPARED_ASIDE = re.compile(
    r"\s*,\s*(?:unlike|like|as\s+with|apart\s+from|except(?:\s+for)?|but\s+not|other\s+than|save\s+for|"
    r"with\s+the\s+exception\s+of|excluding|in\s+contrast\s+to)\s+(?:the\s+)?"
    r"«[CO][\ue000-\uf8ff]»(?:\s*(?:,|and|or)\s*(?:the\s+)?«[CO][\ue000-\uf8ff]»)*\s*,"
)
# "All Central Asian states except «Turkmenistan» joined": those left out are never the subject.
_EXCEPTED = re.compile(
    r"\s+(?:except(?:\s+for)?|but\s+not|other\s+than|excluding)\s+«C[\ue000-\uf8ff]»"
    r"(?:\s*(?:,|and|or)\s*«C[\ue000-\uf8ff]»)*(?=\s)"
)
# "The «Collective Security Treaty», better known as the «Tashkent Treaty», was signed by …", "the
# «CSTO» (the «Organization»)": another name of the same kind in an aside is read as the first name
# alone, so the sentence's verb meets its subject (the aside's mention stays in the mention list).
_OTHER_NAME = re.compile(
    r"(?P<first>«(?P<code>[A-Z])[\ue000-\uf8ff]»)(?:\s*,\s*(?:(?:better|also|commonly|widely|often|formerly|"
    r"previously)\s+)?known\s+as\s+(?:the\s+)?«(?P=code)[\ue000-\uf8ff]»\s*,|\s*\((?:the\s+|also\s+|or\s+|"
    r"formerly\s+)?«(?P=code)[\ue000-\uf8ff]»\))"
)
# Markdown emphasis ('**India and Pakistan** joined'): blanked with as many spaces, so every
# offset still points into the original text.
_EMPHASIS = re.compile(r"\*{1,3}|(?<!\w)_{1,3}|_{1,3}(?!\w)")
# A draft's tracked changes: '[deleted: in 2020]' and '[comment KZ: …]' state nothing, and
# '[inserted: on 17 June 2021]' states its words. A bracket may hold several sentences.
# A word processor's marks name who made them and when ('[Inserted (AB 29/09/2026 14:31): …]'), and
# a moved passage is struck where it was ('[Moved from …: …]') and states its words where it went.
_STRUCK = re.compile(r"\[(?i:deleted|del|struck|removed|comment|moved\s+from)\b[^\]\[]{0,2000}\]")
_INSERTED = re.compile(
    r"(?P<open>\[(?i:inserted|ins|added|moved\s+to)(?:\s*\([^()\]\[]{0,60}\))?:\s*)[^\]\[]{0,2000}(?P<close>\])"
)


# A page's markup comment ('<!-- <p>… joined in 2017.</p> removed after the legal check -->') is
# not shown to its readers: it states nothing either.
_MARKUP_COMMENT = re.compile(r"<!--.{0,4000}?-->", re.DOTALL)


# LaTeX source ('\documentclass', '\begin{document}', '\section{'): a '%' to the end of the line is
# the author's note to themselves ('% NB: X rejoined in 2024 -- keep this out'), never typeset;
# '\%' is a per cent sign.
_LATEX_SOURCE = re.compile(r"\\(?:documentclass|begin\{document\}|section\*?\{|usepackage)")
_LATEX_COMMENT = re.compile(r"(?<!\\)%[^\n]*")

# reStructuredText source (a directive '.. note::', a substitution '.. |X| replace::', a target
# '.. _name:'): a line '.. ' that is none of these, with the lines indented under it, is a comment.
_REST_SOURCE = re.compile(r"(?m)^\.\.[ \t]+(?:[\w-]+[ \t]*::|\|[^|\n]+\| replace::|_[\w-]+:)")
_REST_COMMENT = re.compile(
    r"(?m)^\.\.(?=[ \t]*$|[ \t]+(?=\S)(?![\w-]+[ \t]*::|\||_[\w-]+:|\[))[^\n]*(?:\n[ \t]+\S[^\n]*)*"
)

# AsciiDoc source: a title or section line, an attribute entry, an admonition, a block delimiter.
_ASCIIDOC_SOURCE = re.compile(
    r"(?m)^(?:={1,5}[ \t]+\S|:[\w-]+:(?:[ \t]|$)|\[(?:NOTE|TIP|WARNING|IMPORTANT|CAUTION|cols=)|"
    r"/{4}[ \t]*$|ifn?def::)"
)
# What AsciiDoc never shows: a comment block between '////' lines, a '//' comment line, and a
# block for a build that sets (ifdef) or does not set (ifndef) an attribute.
# A comment block left open runs to the end of the document.
_ASCIIDOC_COMMENT = re.compile(r"(?ms)^(?P<fence>/{4,})[ \t]*\n(?:.*?^(?P=fence)[ \t]*$|.*\Z)|^//(?!/)[^\n]*")
_ASCIIDOC_CONDITION = re.compile(
    r"(?ms)^(?P<kind>ifn?def)::(?P<name>[\w,+-]+)\[(?P<inline>[^\]\n]+)?\][ \t]*$"
    r"(?(inline)|\n.*?^endif::(?:(?P=name))?\[\][ \t]*$)"
)


def _asciidoc_unshown(text: str) -> list[tuple[int, int]]:
    """Spans of AsciiDoc source a reader of the built page never sees: comments, and a
    conditional block the document's own attributes leave out ('ifdef::draft[]' where no
    ':draft:' line sets it); the directive lines of a block that is shown."""
    spans = [found.span() for found in _ASCIIDOC_COMMENT.finditer(text)]
    for found in _ASCIIDOC_CONDITION.finditer(text):
        # 'ifdef::a,b[]' when any is set, 'ifdef::a+b[]' when all are; ':a!:' unsets.
        names = re.split(r"[,+]", found.group("name"))
        set_names = [re.search(rf"(?m)^:{re.escape(name)}:", text) is not None for name in names]
        is_set = all(set_names) if "+" in found.group("name") else any(set_names)
        if is_set == (found.group("kind") == "ifndef") or found.group("inline"):
            spans.append(found.span())  # hidden (a one-line 'ifdef::x[text]' is read as unsure)
        else:
            opening_end = text.index("\n", found.start())
            spans += [(found.start(), opening_end), (text.rindex("\n", 0, found.end()) + 1, found.end())]
    return spans


# A unified diff between two revisions: after its first hunk ('@@ -1,9 +1,9 @@') a line opening
# with '-' is text the newer revision removed.
_DIFF_HUNK = re.compile(r"(?m)^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@")
_REMOVED_LINE = re.compile(r"(?m)^-(?!--)[^\n]*")


def struck_spans(text: str) -> list[tuple[int, int]]:
    """Spans of a draft's struck text and comments, a page's markup or source comments, and a
    diff's removed lines: they state nothing and date nothing."""
    spans = [(found.start(), found.end()) for found in _STRUCK.finditer(text)] if "[" in text else []
    if "<!--" in text:
        spans += [(found.start(), found.end()) for found in _MARKUP_COMMENT.finditer(text)]
    if "%" in text and _LATEX_SOURCE.search(text):
        spans += [(found.start(), found.end()) for found in _LATEX_COMMENT.finditer(text)]
    if ".. " in text and _REST_SOURCE.search(text):
        spans += [(found.start(), found.end()) for found in _REST_COMMENT.finditer(text)]
    if ("//" in text or "if" in text) and _ASCIIDOC_SOURCE.search(text):
        spans += _asciidoc_unshown(text)
    if "@@" in text and (hunk := _DIFF_HUNK.search(text)):
        spans += [(found.start(), found.end()) for found in _REMOVED_LINE.finditer(text, hunk.start())]
    return sorted(spans)


# A flashcard's cloze deletion ('joined on {{c1::27 May 1994}}', '{{c2::Tashkent::city}}'): the
# answer is the text; the marks and the hint around it are not.
_CLOZE = re.compile(r"(?P<open>\{\{c\d{1,2}::)[^{}:]{1,200}(?P<close>(?:::[^{}]{0,80})?\}\})")


def revision_marks(text: str, struck: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Spans of a document that relation reading blanks: struck text and comments whole (`struck`,
    when the caller has them already), the marks around inserted text and around a cloze's answer."""
    marks = list(struck) if struck is not None else struck_spans(text)
    if "{{c" in text:
        for found in _CLOZE.finditer(text):
            marks += [found.span("open"), found.span("close")]
    if "[" in text:
        for found in _INSERTED.finditer(text):
            marks += [found.span("open"), found.span("close")]
    return sorted(marks)


def blank_revisions(sentence: str, offset: int, marks: Sequence[tuple[int, int]]) -> str:
    """The sentence at `offset` with the document's `marks` that fall in it blanked (same length)."""
    for start, end in marks:
        start, end = max(start - offset, 0), min(end - offset, len(sentence))
        if start < end:
            sentence = sentence[:start] + " " * (end - start) + sentence[end:]
    return sentence
