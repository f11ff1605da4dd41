"""One sentence being read: its skeleton, its dates and the facts found so far.

Every predicate's reader is a function taking a `SentenceReader`: it reads the skeleton and
adds facts through `SentenceReader.add`, which keeps each fact once. The sentence's grammatical
subject and the parties it lists are here too, because the next sentence's "it" and "the same
five states" resolve against them whichever predicate stated them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from database.dates import DateMention, PartialDate
from database.facts import CONFIDENCE, RelationFact, Span
from database.groups import GroupReference
from database.matcher import Match
from database.relations.skeleton import _COUNTRIES, COUNTRY, ORG, PLACE, TREATY, make_skeleton

# A role as a page shows it: 'current Secretary General' is the Secretary General, 'FM' the
# Foreign Minister.
_ROLE_NOW = re.compile(r"^(?:current|newly\s+appointed)\s+", re.IGNORECASE)
_ROLE_ABBREVIATIONS = {"FM": "Foreign Minister", "PM": "Prime Minister"}


def _plain_role(role: str) -> str:
    role = _ROLE_NOW.sub("", role)
    return " ".join(_ROLE_ABBREVIATIONS.get(word, word) for word in role.split())


_OPENING = (
    # An almanac's or chronicle's year label ('2010: The Accord was signed …') opens no clause.
    r"^\W*(?:\d{4}\s*[:–—-]\s*)?(?:(?:But|And|Yet|So|However|Still|Then)\s*,?\s+)?"
    r"(?:(?:In|On|By|Since|After)\s+[^,«»]{0,30}?(?:,\s*|\s(?=«)))?"
    r"(?:[Tt]he\s+)?"
)
_SUBJECT_VERB = (
    r"(?:\s*\([^()]*\))?(?:,\s*(?:an?|the|which|who)\s[^,]{0,80},)?\s+"
    r"(?:has|have|had|is|was|were|also|later|then|became|joined|signed|hosted|remains|did|took|left|froze|"
    r"withdrew|held|sent|gave|began|[a-z]+ed\b)"
)
# "welcomes Uzbekistan's announcement that it plans to join", "Tashkent said that it would": the
# country whose words the clause reports is its 'it'.
_SPEAKER_OF_IT = re.compile(
    rf"(?P<c>{COUNTRY})(?:['’]s\s+(?:(?:official|formal|recent|latest|earlier)\s+)?(?:announcement|statement|decision|"
    r"declaration|application|request|intention|notification|confirmation)|\s+(?:has\s+|had\s+)?(?:said|says|"
    r"announced|announces|stated|states|confirmed|confirms|declared|declares|(?:notified|informed|told)\s+"
    r"(?:[^;«»]|«[^»]*»){0,60}?))\s+that\s+it\b"
)
_COUNTRY_OPENS = re.compile(rf"{_OPENING}(?P<c>{COUNTRY}){_SUBJECT_VERB}")
_OTHER_NAME_OPENS = re.compile(rf"{_OPENING}(?:{PLACE}|{ORG}|{TREATY}){_SUBJECT_VERB}")


# Where a coordinated or contrasted clause begins: ', and it …', '; it …', ', but it …'.
_CLAUSE_JOINT = re.compile(r"(?:;|,\s*(?:and|but|while|whereas|so)\b|\s+but\b)")


class SentenceReader:
    """One sentence being read: its skeleton, its dates and the facts found so far."""

    def __init__(
        self,
        span: Span,
        offset: int,
        mentions: Sequence[Match],
        kinds: Sequence[str],
        groups: Sequence[GroupReference] = (),
        revisions: Sequence[tuple[int, int]] = (),
    ) -> None:
        self.span = span
        self.skeleton = make_skeleton(span.text, offset, mentions, kinds, groups, revisions)
        self.text = self.skeleton.text
        self.dates: Sequence[DateMention] = []
        self.facts: list[RelationFact] = []
        self._seen: set[tuple[int, str, int, str | None]] = set()
        self._dated_seen: set[tuple[int, str, int, str | None, str | None]] = set()
        self.subjects: list[int] = []
        self.clause_subjects: tuple[int, ...] = ()
        """The subjects of the clause read last: who 'and join the CIS' is about."""
        self.default_date: str | None = None
        self.written: PartialDate | None = None
        """When the sentence was written (its dateline's or document's date), if known."""

    def add(
        self,
        subject: int,
        predicate: str,
        obj: int,
        *,
        date: str | None = None,
        status: str | None = None,
        role: str | None = None,
        method: str = "sentence",
        each_date: bool = False,
        confidence: float | None = None,
    ) -> None:
        """Record a fact once per subject, predicate, object and status; `each_date` keeps one per
        date as well ('Treaties … with A (1996) and B (1997)': the signer signed in both years).
        `confidence` lowers what the method alone would give (a value the source itself doubts)."""
        role = _plain_role(role) if role else role
        key = (subject, predicate, obj, status)
        dated_key = (*key, date)
        if subject == obj or (key in self._seen and not (each_date and dated_key not in self._dated_seen)):
            return
        self._seen.add(key)
        self._dated_seen.add(dated_key)
        if method == "sentence" and self.skeleton.grouped & {subject, obj}:
            method = "group"
        self.facts.append(
            RelationFact(
                subject,
                predicate,
                obj,
                self.span,
                date=date,
                status=status,
                role=role,
                method=method,
                confidence=min(CONFIDENCE[method], confidence if confidence is not None else 1.0),
            )
        )

    def entities(self, fragment: str | None) -> list[int]:
        return list(dict.fromkeys(match.entity for match in self.skeleton.tokens(fragment or "")))

    def index_of(self, entity: int) -> int:
        for index, match in enumerate(self.skeleton.mentions):
            if match.entity == entity:
                return index
        raise KeyError(entity)

    def kind_of(self, entity: int) -> str:
        """The kind of an entity this sentence names; any other is a sentence subject from
        context, which is always a country (see `grammatical_subject`)."""
        if any(match.entity == entity for match in self.skeleton.mentions):
            return self.skeleton.kinds[self.index_of(entity)]
        return "country"

    def parties(self) -> tuple[int, ...]:
        """The countries this sentence makes parties (signers, members), else the longest list of
        countries it names: what a later 'the same five states' counts back to."""
        countries = {
            match.entity
            for match, kind in zip(self.skeleton.mentions, self.skeleton.kinds, strict=True)
            if kind == "country"
        }
        stated = tuple(
            dict.fromkeys(
                fact.subject
                for fact in self.facts
                if fact.predicate in ("signed", "member_of") and fact.subject in countries
            )
        )
        if len(stated) > 1:
            return stated
        longest: list[int] = []
        for found in re.finditer(_COUNTRIES, self.text):
            listed = self.entities(found.group())
            if len(listed) > len(longest):
                longest = listed
        return tuple(longest)

    def grammatical_subject(self) -> int | None:
        """The country a sentence is about when it opens with it ('Kazakhstan joined …',
        'In 2002, Tajikistan …', 'But Tashkent withdrew …'): what a later 'it' refers to."""
        if self.subjects:
            return self.subjects[0]
        opening = _COUNTRY_OPENS.match(self.text)
        return self.skeleton.mention_at(opening.group("c")).entity if opening else None

    def country_it_refers_to(
        self,
        last_subject: int | None,
        after_contrast: bool,
        before: str = "",
        other_countries: tuple[int, ...] = (),
    ) -> tuple[int | None, bool]:
        """The country an 'it' of this sentence stands for, and whether that is in doubt: the
        country the sentence opens with; else, unless it opens with a body, place or treaty ('The
        Accord was signed by A and B; it set up …'), the last subject before, in doubt when a
        'But X …' sentence set another subject against it (`after_contrast`).

        None when a second country may be meant: one an earlier clause of this sentence names
        (`before`, the text up to the pronoun: 'Pakistan lobbied for Afghanistan, and it was
        granted …'), or one the sentence that set the last subject named besides it
        (`other_countries`: 'Russia backed Tajikistan. The country joined …'), unless the
        sentence names it before the pronoun ('Together with Russia, it was …' is not Russia)."""
        speaker = _SPEAKER_OF_IT.search(self.text)
        if speaker is not None:
            return self.skeleton.mention_at(speaker.group("c")).entity, False
        clause_at = max((found.end() for found in _CLAUSE_JOINT.finditer(before)), default=0)
        own = self.grammatical_subject()
        if own is not None:
            earlier = [entity for entity in self.entities(before[:clause_at]) if entity != own]
            if any(self.kind_of(entity) == "country" for entity in earlier):
                return None, False
            return own, False
        if self.opens_with_other_subject():
            return None, False
        candidates = {last_subject, *other_countries} - set(self.entities(before)) - {None}
        if other_countries and len(candidates) != 1:
            return None, False
        return (next(iter(candidates)) if other_countries else last_subject), after_contrast

    def opens_with_other_subject(self) -> bool:
        """'But Ashgabat withdrew …', 'The SCO met …' in a text that names no Turkmenistan: a place
        or a body is the subject, and a later 'it' may be it rather than an earlier country."""
        return _OTHER_NAME_OPENS.match(self.text) is not None
