"""What earlier sentences leave behind for later ones to resolve against.

A pronoun ("it joined"), an anaphor ("the alliance"), a group ("the same five states"), an
objectless "joined in 2018" or a record's "Members: A, B" line means what an earlier sentence,
heading, paragraph opening or "Name:" line named; `Context` carries that from one sentence to
the next, and `paragraph_organization` reads what a paragraph opens with.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from database.matcher import Match
from database.relations.skeleton import COUNTRY, ORG, PERSON, TREATY
from database.wrapping import BULLET_MARKS

# A record of "Key: value" lines: "Name: <entity>" opens it; "Secretary General: <person> (since
# <date>)" gives an office of the record's body; "Current post: Director, <body> (since <date>)" and
# "Previous post: Deputy Minister of Defence of <country> (2016-2021)" give the record's person's.
# "Title: Border Management Programme in Central Asia - Phase 11 (BOMCA 11)" opens a project's record.
_RECORD_NAME = re.compile(
    rf"^\W*(?:(?i:name)\s*:\s*(?P<subject>{COUNTRY}|{ORG}|{PERSON}|{TREATY})|(?i:title|programme|program|project|"
    rf"organi[sz]ation)\s*:\s*(?P<named>{ORG}|{TREATY})(?:\s*[-–—:,]\s*[^«»()]{{1,40}}?)?(?:\s*\([^()]{{0,40}}\))?)\s*$"
)


def record_name(found: re.Match[str]) -> str:
    """The token of the entity a record's opening line names."""
    return found.group("subject") or found.group("named")


@dataclass
class Context:
    """What earlier sentences leave behind for pronouns and headings to resolve against."""

    last_subject: int | None = None
    subject_after_contrast: bool = False
    """The last subject opened a 'But X …' sentence against another: 'it' may be either."""
    other_countries: tuple[int, ...] = ()
    """The other countries the sentence that set the last subject named: 'it' may be one of them."""
    recent_organizations: tuple[tuple[int, str], ...] = ()
    heading_country: int | None = None
    topic_organization: int | None = None
    paragraph_organization: int | None = None
    """The organization a paragraph opens with ('The Shanghai Cooperation Organization has…',
    'In the Eurasian Economic Union, …'): what its later objectless memberships are of."""
    document_country: int | None = None
    """The one country the document's title names: whose President an unqualified 'President X' is."""
    regions: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    """Region name -> its countries: what 'the five Central Asian republics' are."""
    capitals: Mapping[int, int] = field(default_factory=dict)
    """Capital city -> its country: who 'Tashkent suspended its membership' is about."""
    last_countries: tuple[int, ...] = ()
    """The countries an earlier sentence listed as parties: what 'the same five states' are."""
    treaty_parties: tuple[int, ...] = ()
    """The countries a treaty was last said to be signed by or made between: 'the Parties'."""
    last_organizations: tuple[int, ...] = ()
    """The organizations the previous sentence named, in order: 'the first two', 'the third'."""
    status_codes: Mapping[str, str] = field(default_factory=dict)
    """The status each one-letter code of the document's legend means ('F' founding member)."""
    table_columns: tuple[int | None, ...] | None = None
    """The organization each column of the table being read is about, from its header row."""
    status_columns: tuple[int, int | None, int] | None = None
    """The status table being read: which of its columns holds the status, which the date, and
    how many columns it has (from its 'State | Status | Since' header)."""
    rows_name_no_place: bool = False
    """The header of the table being read says its second column is no place (an operator, a
    sending state, a summit host): 'Kant Air Base | Russia' is then no seat."""
    listing_guests: bool = False
    """The list being read stands under a label that says its people are guests ('Visitors in
    2023:'): their bare titles are not the offices of the country the text is about."""
    previous_subject: int | None = None
    """The country the sentence before opened with (or None): what 'Its President' refers to."""
    record_subject: tuple[int, str] | None = None
    """The entity (and its kind) a 'Name: X' line opened a record about: whose 'Director: Y',
    'Members: A, B' or 'Signed: <date> by A and B' a later line gives."""
    record_by_heading: bool = False
    """The record was opened by a heading that is the organization's name alone, not by a
    'Name:' line: its lines may as well be about the organization's members or meetings, so
    only its own seat, members and officers are read from them."""
    bodies: frozenset[int] = frozenset()
    """Organizations whose names say they are another's body ('Court of the X', 'SCO Secretariat'):
    what a sentence naming no organization is never taken to join."""
    membership_organization: int | None = None
    """The one organization the last sentence naming organizations named, when it spoke of
    membership ('… a dialogue partner of the SCO …') or turned to it ('Turning to the SCO.'):
    what 'Mongolia, an observer since 2004,' in a later sentence is an observer of."""
    record_person: int | None = None
    """The person whose record the document opened ('NAZARZODA, Shavkat', 'Name: X'): whose career
    rows ('2008-2012   Deputy Minister of Defence, Republic of Tajikistan') later sections list."""
    heading_organization: int | None = None
    """The one organization the section's own heading names ('The SCO and its newest members')."""
    last_joined: int | None = None
    """The one organization the previous sentence had countries join: what 'B followed' joined."""
    treaty_dates: dict[int, str] = field(default_factory=dict)
    """Treaty -> the date an earlier sentence of the section says it was signed on."""
    signatory_country: int | None = None
    """The country a signature block's "For the Kyrgyz Republic:" line just named: whose office
    the "Name, Minister of Foreign Affairs" line after it states."""
    outline: tuple[tuple[int, int | None], ...] = ()
    """The bullets of an outline the current one is nested in, each as (indent, the one
    organization it names): what a child bullet naming none ('- Set up by A and B') is about."""
    asked_organization: int | None = None
    """The one organization a question just asked about ('When did Kyrgyzstan join the EAEU?'):
    what the answer's paragraph is about."""
    names_above_signatories: bool = False
    """A "Name, Title" line came before any "For <country>:" line: in this block names stand
    above their country, so no line below a "For" line can be read as its signatory."""
    previous_text: str = ""
    """The sentence before, as its skeleton reads (what a body named in lower case there was)."""
    previous_organizations: tuple[int, ...] = ()
    """The organizations the sentence just before named (none if it named none)."""
    paragraph_organizations: tuple[int, ...] = ()
    """The organizations the paragraph has named so far, this sentence's aside."""
    chart_path: tuple[int | None, ...] = ()
    """The boxes of an organization chart from its root down to the last one drawn: whose part
    a box one level deeper is."""
    succession_office: tuple[str, int] | None = None
    """The office (title, body or state) a list's opening line named ('A. Secretaries-General of
    the CSTO'): whose holders the rows under it give, until a line that is neither row nor note."""
    in_note: bool = False
    """The sentence is in a footnote or endnote: it is about the sentence that cites it, not
    about the document's title or heading."""
    narrative_year: int | None = None
    """The year of the last full date the paragraph wrote: 'In March 2007 … In October, …' is 2007."""
    counted_from: int | None = None
    """The one year the sentence before wrote, which 'two years later' counts from; none when it
    wrote two ('founded in 2002 on the basis of the 1992 Treaty', 'as of 2024') or none."""


# A glossary entry's term and its definition: "CSTO — Collective Security …", "EAEU: the union of …".
_DEFINED_TERM = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:[—–]|--?|:)\s+\S")
_OPENS_WITH = re.compile(rf"\s*(?:[{BULLET_MARKS}]\s+)?(?:(?:In|Within|Inside)\s+)?(?:[Tt]he\s+)?")


def paragraph_organization(
    sentence: str, start: int, mentions: Sequence[Match], kinds: Sequence[str]
) -> int | None:
    """The organization a paragraph's first sentence opens with, if it opens with one and
    names no other ('The CSTO and the SCO both held summits' leaves the paragraph's topic open),
    or the term a glossary entry defines ('PfP — Partnership for Peace, NATO's programme'), which
    stays the topic whatever its definition names."""
    if not mentions or kinds[0] not in ("organization", "programme"):
        return None
    if not _OPENS_WITH.fullmatch(sentence, 0, mentions[0].start - start):
        return None
    if _DEFINED_TERM.match(sentence, mentions[0].end - start):
        return mentions[0].entity
    named = {
        match.entity
        for match, kind in zip(mentions, kinds, strict=True)
        if kind in ("organization", "programme")
    }
    return mentions[0].entity if len(named) == 1 else None
