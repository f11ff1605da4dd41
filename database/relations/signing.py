"""signed facts: which parties signed or acceded to which treaty, and on what date.

"A and B signed T (1996)", "T was signed … by A and B", "it signed T", "…, Armenia and Belarus
signed", "the Treaty … binds A, B": each party with the treaty and the date of its own clause,
or the date an earlier sentence of the section gave the signing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from database.dates import find_dates
from database.relations.context import Context
from database.relations.dating import (
    _PAREN_DATE,
    _clause_end,
    _clause_start,
    _event_dates,
    _leading_date,
    _outside_asides,
    only_when_or_where,
)
from database.relations.hedges import _NEGATION, _NEITHER, _PLAN, SUBORDINATE_OPENS
from database.relations.member_clauses import _RESPECTIVELY, _shared_year_dates
from database.relations.sentence import SentenceReader
from database.relations.skeleton import (
    _ADVERBS,
    _ART,
    _PARTIES,
    _SEP,
    ASIDE_NAMING_ANOTHER,
    COUNTRY,
    PERSON,
    PLACE,
    TREATY,
    _listing,
    search_ungoverned,
)

# Initialling authenticates a text; it makes no party ('initialled the Treaty in 2013').
_SIGN_VERB = r"(?:signed|sign|signs|ratified|ratifies|concluded)(?!\s+off\b)"
# Acceding to a treaty, or being among its signatories, makes a party as signing does.
_PARTY_VERB = (
    r"(?:acced(?:ed|es|e)\s+to|(?:are|were|is|was|became)\s+(?:among\s+)?(?:the\s+|one\s+of\s+the\s+)?"
    r"(?:[\w-]+\s+)?(?:original\s+)?signator(?:y|ies)\s+(?:of|to))"
)
_SIGN_HINT = re.compile(r"\b(?:sign|ratif|conclud|initial|acced|binds|bound)", re.IGNORECASE)
# 'signed a statement condemning the Treaty', '… a memorandum on …', '… an agreement implementing …':
# another paper that names the treaty is what was signed.
_OTHER_PAPER_SIGNED = re.compile(
    rf"\b{_SIGN_VERB}\s+(?:an?|the|its|their|one|two|several)\s+(?:[\w-]+\s+){{0,3}}?(?:statement|petition|letter|"
    r"memorandum|declaration|appeal|agreement|protocol|notice|note|resolution|communiqu[eé]|document|book|report|"
    r"addendum|amendment|decree|plan|roadmap|road\s+map|programme|contract|deal)s?\s+(?:\w+ing|on|about|against|for|"
    r"regarding|concerning|under|of|to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "… the Treaty's withdrawal notice", "… as a witness": the treaty is not what the signer became party to.
_NOT_A_PARTY_AFTER = re.compile(
    r"(?:['’]s\s+(?:[\w-]+\s+){0,2}(?:notice|denunciation|text|draft)|[^.;«»]{0,40}?\bas\s+(?:a\s+|the\s+)?witness)",
    re.IGNORECASE,
)
_SIGN_NEGATED = re.compile(
    rf"(?:{_NEGATION}|{_PLAN}|yet\s+to|failed\s+to|(?:not|never)\s+to)\s+(?:yet\s+)?(?:to\s+)?(?:be\s+)?"
    rf"(?:{_SIGN_VERB}\b|acced)"
)
# "Chinese President «P» and Kazakh President «P»", "President «P» of «C» and President «P» of «C»":
# signers with their titles, who sign for the states their titles name (see `read_relations`).
_TITLED_PERSON = rf"(?:(?:[A-Z][a-z]+|{COUNTRY}(?:['’]s)?)\s+){{1,3}}{PERSON}(?:\s+of\s+{_ART}{COUNTRY})?"
_TITLED_PEOPLE = rf"{_TITLED_PERSON}(?:{_SEP}{_TITLED_PERSON})+"
_SIGNERS_BEFORE = re.compile(
    rf"(?:(?:[Tt]he\s+)?(?:presidents?|heads?\s+of\s+(?:state|government)|leaders?|(?:foreign|defen[cs]e|prime)\s+"
    rf"ministers?|governments?|representatives?|delegations?)\s+of\s+)?(?P<subjects>{_PARTIES}|{_TITLED_PEOPLE})(?:['’]s)?"
    rf"{ASIDE_NAMING_ANOTHER}(?:\s*,\s*(?:joined|accompanied)\s+by\s+(?P<co>{_PARTIES})\s*,)?"
    rf"{_ADVERBS}(?:(?:have\s+|has\s+|had\s+)?{_SIGN_VERB}\s+(?:up\s+)?|{_PARTY_VERB}\s+)(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,3}?$"
)
_SIGNED_BY = re.compile(
    rf"^(?:\s*\([^()]{{0,20}}\))?(?:\s+in\s+{PLACE})?"
    # 'T, which created the Commission, was signed … by A and B': an aside on the treaty first.
    # (Not one that dates or signs: 'T, which A signed in 1992, was ratified by B in 1994'.)
    r"(?:\s*,\s*which\s+(?![^,;]*?(?:sign|ratif|acced|\d))(?:[^,;«»()]|«[^«»]*»){1,80}?,(?=\s+(?:was|were|has|had)\s))?"
    rf"(?:\s+(?:was|were|has\s+been|had\s+been)\s+(?:\w+\s+)?|"
    rf"(?P<apposition>\s*,\s+(?:which\s+was\s+)?)){_SIGN_VERB}\s+"
    rf"(?P<between>(?:[^;«»()]|{PLACE}|\([^()]{{0,40}}\)){{0,80}}?\s)?(?:by|between|among)\s+(?:(?:the\s+)?(?:presidents?|heads\s+of\s+state|leaders|"
    rf"governments|representatives)\s+of\s+)?(?P<subjects>{_PARTIES})"
)
# "the Protocol on Negative Security Assurances to the «Semipalatinsk Treaty»": what was signed
# is the protocol, not the treaty it belongs to.
_INSTRUMENT_OF = re.compile(
    rf"(?:\b(?:protocols?|amendments?|annex(?:es)?|addend(?:um|a))\b[^«».;]{{0,80}}?|{TREATY})"
    r"\s(?:to|of|amending)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "The Protocol on X to the «Semipalatinsk Treaty» was signed by …": the passive is the protocol's.
_TO_TREATY = re.compile(rf"^\s+(?:to|of|amending)\s+(?:the\s+)?{TREATY}")
# "…, Armenia and Belarus signed; …", "Belarus signed only on 20 October 2009": a signature whose
# treaty is the one the sentence named before.
_BARE_SIGNERS = re.compile(
    rf"(?P<subjects>{_PARTIES})\s+(?:(?:also|too|later|only|finally|eventually)\s+)*(?P<verb>signed|ratified)"
    r"(?:\s+(?:only|later|too|as\s+well|it))*(?=\s*(?:[;.,]|$)|\s+(?:in|on)\s+[^«»;,]{0,25}?\d(?:\w|\s+[A-Z]\w+)*"
    r"\s*(?:[;.,)]|$|\s+(?:and|but|while|when|after|before|as|in|at|together|along)\b))"
)
_DENIED_BEFORE = re.compile(r"\b(?:[Nn]either|[Nn]ot|[Nn]ever|[Nn]o|[Nn]one\s+of)\b[^«»]*$")
_TREATY_BINDS = re.compile(
    rf"(?P<treaty>{TREATY})\s+(?:binds|bound|commits|committed)\s+(?P<subjects>{_PARTIES})"
)
_SIGNED_LEADING = re.compile(r"^\W*Signed\b")
_OF_DATE = re.compile(r"(?:\s*\([^()]*\))?\s*(?:of|dated)\s+")
# "with the Republic of A (1996) and the Republic of B (1997)": each partner may carry its own year.
_DATED_PARTIES = _listing(rf"(?:{COUNTRY}|{PERSON})(?:\s*\((?:19|20)\d{{2}}\))?")
_PARTNERS_AFTER = re.compile(
    rf"^(?:\s*\([^()]{{0,20}}\))?\s+(?:with|between)\s+(?P<subjects>{_DATED_PARTIES})"
)
_PARTNER_YEAR = re.compile(rf"(?P<party>{COUNTRY}|{PERSON})\s*\((?P<year>(?:19|20)\d{{2}})\)")
# "T, which Uzbekistan and Afghanistan signed on March 3, 2019": the parties in a relative clause.
_WHICH_SIGNED = re.compile(
    rf"^(?:\s*\([^()]{{0,20}}\))?\s*,\s+which\s+(?P<subjects>{_PARTIES}){_ADVERBS}(?:have\s+|has\s+|had\s+)?"
    rf"(?:both\s+|all\s+|jointly\s+)?(?P<verb>signed|ratified|concluded)\b"
)
# "the signing on 15 November 2026 of T by A, B and C": a signing named by its noun.
_SIGNING_OF_BEFORE = re.compile(r"\bsigning\s+(?:[^«»;]{0,40}?\s)?of\s+(?:the\s+)?$")
_BY_PARTIES = re.compile(rf"^(?:\s*\([^()]{{0,20}}\))?(?:\s+in\s+{PLACE})?\s+by\s+(?P<subjects>{_PARTIES})")
# Anywhere in the sentence: a signing hoped for, put off or refused ('look forward to the signing of
# T by A', 'the signing of T by A was postponed') is no signature.
_SIGNING_NOT_YET = re.compile(
    r"\b(?:planned|upcoming|forthcoming|expected|future|proposed|awaits?|awaited|awaiting|called\s+for|"
    r"urged|ahead\s+of|before|prepar\w*|would|will|could|may|might|postponed|delayed|cancell?ed|called\s+off|"
    r"look(?:s|ed|ing)?\s+forward|hope[sd]?|hoping|wish\w*|pending|invit\w+|not|never|no|failed|refused|"
    r"reject\w*|blocked|halted|suspended|if|whether|unless|scheduled|set\s+for|slated|due|(?:un)?likely|"
    r"sought|seek\w*|discuss\w*|talks\s+on|negotiat\w*|deni\w*)\b",
    re.IGNORECASE,
)
_PRONOUN_SIGNED = re.compile(
    rf"(?:^|[.;:]\s*)[Ii]t\s+(?:also\s+|later\s+|then\s+)?{_SIGN_VERB}\s+(?:an?\s+|the\s+)?$"
)
_NEXT_TREATY = re.compile(
    rf"(?:\s*\([^()]*\))?(?:\s+(?:with|between)\s+{_DATED_PARTIES})?\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|"
    r"(?:and|as\s+well\s+as)\s+)(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
)
# "The Treaty … was signed in Khujand on 11 September 2019": the date its parties signed it.
_TREATY_SIGNED_ON = re.compile(
    rf"^\s*(?:[Tt]he\s+)?(?P<treaty>{TREATY})(?:\s*\([^()]*\))?\s+(?:was|were)\s+(?:formally\s+)?signed\b"
)
# "Kyrgyzstan signed it later": a signature of another day.
# "Armenia signed the Treaty in October": a day of its own, if only a month.
_MONTH_WORD = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"(?:early|late|mid)[\s-](?:19|20)\d{2}|spring|summer|autumn|fall|winter)\b"
)
_ANOTHER_DAY = re.compile(
    r"\b(?:later|subsequently|afterwards|since|then|only\s+in|only\s+on|acced\w*)\b", re.IGNORECASE
)


@dataclass
class _SigningState:
    """What a sentence's earlier treaties leave for the next: 'A signed T1 and T2'."""

    last_signers: list[int] = field(default_factory=list)
    last_end: int = 0


@dataclass(frozen=True)
class _Signing:
    """The parties found for one treaty, and where its own clause starts for dating."""

    parties: list[int]
    method: str
    subject_start: int
    own_start: int
    paren_year: str | None
    partner_years: dict[int, str] = field(default_factory=dict)
    """Each partner's own year, when the partners carry different ones."""
    own_end: int | None = None
    """Where a relative clause or a noun phrase that states the signing ends: its date is inside."""


def _paren_date(paren: re.Match[str]) -> str:
    """'(Tashkent, 12 December 2018)': the whole date when the parenthesis gives one, else its year."""
    dates = [date for date in find_dates(paren.group()) if date.date.iso.startswith(paren.group("year"))]
    return dates[-1].date.iso if dates else paren.group("year")


# "will open only after Uzbekistan ratifies the Agreement", "once both have signed it, the Centre
# shall …": a signature a condition waits for, not one made.
_CONDITION_OF_SIGNING = re.compile(
    rf"\b(?:once|after|until|till|when|unless|if|as\s+soon\s+as|provided\s+that)\s+(?:[^,;«»]{{0,20}}\s)?"
    rf"{_PARTIES}\s+(?:(?P<present>ratifies|ratify|signs|sign|accedes\s+to|accede\s+to)|"
    rf"(?:has|have)\s+(?:ratified|signed|acceded\s+to))\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,3}}?$"
)
_FUTURE = re.compile(r"\b(?:will|shall)\b")


def read_signatures(reader: SentenceReader, context: Context) -> None:
    """'A and B signed T (1996)', 'T was signed … by A and B', 'it signed T': each party with
    the treaty and the date of its own clause."""
    text = reader.text
    treaties = list(re.finditer(TREATY, text))
    if not treaties or not _SIGN_HINT.search(text):
        return
    _remember_signing_date(reader, context)
    state = _SigningState()
    for treaty in treaties:
        condition = _CONDITION_OF_SIGNING.search(text, 0, treaty.start())
        if condition and (condition.group("present") or _FUTURE.search(text)):
            continue
        signing = _treaty_signing(reader, treaty, context, state)
        if signing is None:
            continue
        treaty_entity = reader.skeleton.mention_at(treaty.group()).entity
        date = _signature_date(reader, treaty, treaties, signing) or _remembered_date(
            reader, treaty_entity, context
        )
        years = sorted(set(signing.partner_years.values()))
        respective = _respective_dates(reader, signing)
        act = _ratified_only(text, signing, treaty)
        for party in dict.fromkeys(signing.parties):
            if respective is not None:
                reader.add(
                    party,
                    "signed",
                    treaty_entity,
                    date=respective.get(party),
                    role=act,
                    method=signing.method,
                )
                continue
            if len(years) > 1 and party not in signing.partner_years:
                for year in years:
                    reader.add(
                        party,
                        "signed",
                        treaty_entity,
                        date=year,
                        role=act,
                        method=signing.method,
                        each_date=True,
                    )
            else:
                own = signing.partner_years.get(party) if len(years) > 1 else None
                reader.add(party, "signed", treaty_entity, date=own or date, role=act, method=signing.method)
    _bare_signatures(reader, treaties, context)
    _treaty_binds(reader)


_RATIFIED = re.compile(r"\bratif(?:ied|ies|y)\b")
_SIGNED_WORD = re.compile(r"\b(?:sign(?:ed|s)?|concluded)\b")


def _ratified_only(text: str, signing: _Signing, treaty: re.Match[str]) -> str | None:
    """'ratified' when the clause's act is a ratification ('A and B ratified T on 5 June', 'T was
    ratified by A'): the party is bound, and the date is not that of a signature."""
    before = text[signing.subject_start : treaty.start()]
    around = (
        before
        if _RATIFIED.search(before) or _SIGNED_WORD.search(before)
        else text[treaty.end() : _clause_end(text, treaty.end())]
    )
    return "ratified" if _RATIFIED.search(around) and not _SIGNED_WORD.search(around) else None


def _remember_signing_date(reader: SentenceReader, context: Context) -> None:
    """'The Protocol … was signed in Khujand on 11 September 2019.': the date the section's
    later 'A, B and C signed the Protocol' means."""
    found = _TREATY_SIGNED_ON.match(reader.text)
    if not found:
        return
    own = _outside_asides(
        reader.text,
        _event_dates(reader.text, reader.dates, found.end(), _clause_end(reader.text, found.end())),
    )
    if own:
        context.treaty_dates[reader.skeleton.mention_at(found.group("treaty")).entity] = own[0].date.iso


def _remembered_date(reader: SentenceReader, treaty: int, context: Context) -> str | None:
    """The signing date an earlier sentence gave the treaty, unless this signature is of
    another day ('signed it later', 'acceded in …')."""
    if _ANOTHER_DAY.search(reader.text) or reader.dates or _MONTH_WORD.search(reader.text):
        return None
    return context.treaty_dates.get(treaty)


def _treaty_signing(
    reader: SentenceReader, treaty: re.Match[str], context: Context, state: _SigningState
) -> _Signing | None:
    """Who signed the treaty at `treaty`: signers before it, a pronoun, the signers of the
    treaty listed just before, or the parties of a passive 'signed … by'."""
    text = reader.text
    clause_start = _clause_start(text, treaty.start())
    before = text[clause_start : treaty.start()]
    if (
        _INSTRUMENT_OF.search(before)
        or _OTHER_PAPER_SIGNED.search(before)
        or _NOT_A_PARTY_AFTER.match(text, treaty.end())
    ):
        state.last_end = treaty.end()
        return None
    method = "sentence"
    parties: list[int] = []
    verb_at: int | None = None
    subject_start = treaty.start()
    signers = search_ungoverned(_SIGNERS_BEFORE, before)
    it_country, it_doubted = reader.country_it_refers_to(
        context.last_subject, context.subject_after_contrast, before, context.other_countries
    )
    if signers and not _signing_negated(before):
        state.last_signers = reader.entities(signers.group("subjects")) + reader.entities(signers.group("co"))
        reader.clause_subjects = tuple(state.last_signers)
        parties.extend(state.last_signers)
        verb_at = clause_start + signers.end("subjects")
        subject_start = clause_start + signers.start()
    elif it_country is not None and _PRONOUN_SIGNED.search(before):
        # 'Kazakhstan is a founding member: it signed …' is Kazakhstan's, whoever came before.
        state.last_signers = [it_country]
        parties.extend(state.last_signers)
        verb_at = treaty.start()
        method = "previous sentence" if it_doubted else "pronoun"
    elif state.last_signers and _NEXT_TREATY.fullmatch(text[state.last_end : treaty.start()]):
        parties.extend(state.last_signers)
        verb_at = treaty.start()
    state.last_end = treaty.end()
    after_treaty = text[treaty.end() :]
    carrier = _TO_TREATY.match(after_treaty)
    if carrier:
        after_treaty = after_treaty[carrier.end() :]
    passive = _SIGNED_BY.match(after_treaty)
    if passive and passive.group("apposition") and not only_when_or_where(passive.group("between") or ""):
        passive = None  # ', signed with funding provided by …': the 'by' is not the signers'.
    if passive and not _SIGN_NEGATED.search(after_treaty[: passive.end()]):
        parties.extend(reader.entities(passive.group("subjects")))
        verb_at = treaty.end()
        subject_start = treaty.start()
    own_start = treaty.end() + (carrier.end() if carrier else 0)
    own_end = None
    if verb_at is None:
        other = _relative_or_noun_signing(reader, treaty, before, after_treaty, clause_start)
        if other is None:
            return None
        parties.extend(other[0])
        subject_start, own_start, own_end = other[1:]
    partners, partner_years, paren_year = _partners_after(reader, after_treaty)
    return _Signing(
        [*parties, *partners], method, subject_start, own_start, paren_year, partner_years, own_end
    )


def _signing_negated(before: str) -> bool:
    """'has not signed', 'failed to sign', 'Neither A nor B signed', 'signed neither T nor …'; not
    'Neither Russia nor China objected when A signed …'."""
    if _SIGN_NEGATED.search(before):
        return True
    neither = _NEITHER.search(before)
    return neither is not None and not SUBORDINATE_OPENS.search(before, neither.end())


def _relative_or_noun_signing(
    reader: SentenceReader, treaty: re.Match[str], before: str, after_treaty: str, clause_start: int
) -> tuple[list[int], int, int, int] | None:
    """'T, which A and B signed on 3 March 2019'; 'the signing on 15 November 2026 of T by A, B and
    C': the parties, and where the signing's own words start and end (its date is inside them)."""
    text = reader.text
    relative = _WHICH_SIGNED.match(after_treaty)
    if relative:
        own_start = treaty.end() + relative.start("verb")
        stop = re.search(r"[,;.]", text[own_start:])
        own_end = own_start + stop.start() if stop else len(text)
        return reader.entities(relative.group("subjects")), treaty.start(), own_start, own_end
    nominal = _BY_PARTIES.match(after_treaty) if _SIGNING_OF_BEFORE.search(before) else None
    if nominal and not _SIGNING_NOT_YET.search(text):
        subject_start = clause_start + before.rfind("signing")
        return (
            reader.entities(nominal.group("subjects")),
            subject_start,
            treaty.end(),
            treaty.end() + nominal.end(),
        )
    return None


def _partners_after(
    reader: SentenceReader, after_treaty: str
) -> tuple[list[int], dict[int, str], str | None]:
    """The partners named after a treaty ('with Russia (1992) and China (1996)'), each one's
    year, and the year in brackets that dates the signing, if one does."""
    partners = _PARTNERS_AFTER.match(after_treaty)
    parties: list[int] = []
    partner_years: dict[int, str] = {}
    if partners:
        parties = reader.entities(partners.group("subjects"))
        partner_years = {
            reader.skeleton.mention_at(found.group("party")).entity: found.group("year")
            for found in _PARTNER_YEAR.finditer(partners.group("subjects"))
        }
    paren = _PAREN_DATE.match(after_treaty) or (
        _PAREN_DATE.match(after_treaty[partners.end() :]) if partners else None
    )
    paren_year = _paren_date(paren) if paren else None
    if paren_year is None and len(set(partner_years.values())) == 1:
        paren_year = next(iter(partner_years.values()))  # 'with the Russian Federation (1992)'
    return parties, partner_years, paren_year


def _signature_date(
    reader: SentenceReader, treaty: re.Match[str], treaties: list[re.Match[str]], signing: _Signing
) -> str | None:
    """'(1996)' after the treaty, else the first event date of the treaty's own clause (up to
    the next treaty), else one between subject and treaty, else one that opens the clause."""
    if signing.paren_year:
        return signing.paren_year
    text = reader.text
    clause_end = _clause_end(text, signing.own_start)
    next_treaty = next((other.start() for other in treaties if other.start() >= signing.own_start), None)
    if next_treaty is not None:
        clause_end = min(clause_end, next_treaty)
    if signing.own_end is not None:  # a relative clause or a noun phrase: only a date inside it
        clause_end = min(clause_end, signing.own_end)
    own = _outside_asides(text, _event_dates(text, reader.dates, signing.own_start, clause_end))
    earlier = _event_dates(text, reader.dates, signing.subject_start, treaty.start())
    leading = _leading_date(text, reader.dates, signing.subject_start) if signing.own_end is None else None
    pick = own[:1] or earlier[-1:] or ([leading] if leading else [])
    return pick[0].date.iso if pick else None


_RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who)\s")


def _respective_dates(reader: SentenceReader, signing: _Signing) -> dict[int, str] | None:
    """'A, B and C acceded to T on <date>, <date> and <date> respectively': each party its own
    date, or none when the dates and the parties do not pair up; None without 'respectively'."""
    text = reader.text
    clause_end = _clause_end(text, signing.own_start)
    # '…, which ratified it on <date> and <date> respectively': the relative clause's own dates.
    relative = _RELATIVE_CLAUSE.search(text, signing.own_start, clause_end)
    clause_end = relative.start() if relative else clause_end
    if len(signing.parties) < 2 or not _RESPECTIVELY.search(text, signing.own_start, clause_end):
        return None
    dates = [date.date.iso for date in _event_dates(text, reader.dates, signing.own_start, clause_end)]
    if len(dates) < len(signing.parties) and dates:
        dates = _shared_year_dates(text[signing.own_start : clause_end]) or dates
    parties = list(dict.fromkeys(signing.parties))
    return dict(zip(parties, dates, strict=True)) if len(dates) == len(parties) else {}


def _bare_signatures(reader: SentenceReader, treaties: list[re.Match[str]], context: Context) -> None:
    text = reader.text
    for found in _BARE_SIGNERS.finditer(text):
        earlier = [treaty for treaty in treaties if treaty.end() <= found.start()]
        later = [treaty for treaty in treaties if treaty.start() >= found.start()]
        just_before = text[max(_clause_start(text, found.start()), found.start() - 30) : found.start()]
        if not earlier or later or _SIGN_NEGATED.search(found.group()) or _DENIED_BEFORE.search(just_before):
            continue
        treaty = earlier[-1]
        clause_end = _clause_end(text, found.end("verb"))
        own = _event_dates(text, reader.dates, found.end("verb"), clause_end)
        date: str | None = own[0].date.iso if own else None
        of_date = _OF_DATE.match(text, treaty.end())
        if date is None and of_date:
            named = [d for d in reader.dates if 0 <= d.start - of_date.end() <= 1]
            date = named[0].date.iso if named else None
        treaty_entity = reader.skeleton.mention_at(treaty.group()).entity
        date = date or _remembered_date(reader, treaty_entity, context)
        for party in reader.entities(found.group("subjects")):
            reader.add(party, "signed", treaty_entity, date=date)


def _treaty_binds(reader: SentenceReader) -> None:
    """'Signed in Bishkek on 16 August 2007, the Treaty … binds China, Kazakhstan …'."""
    text = reader.text
    for found in _TREATY_BINDS.finditer(text):
        date = None
        if _SIGNED_LEADING.match(text):
            before = _event_dates(text, reader.dates, 0, found.start())
            date = before[0].date.iso if before else None
        treaty_entity = reader.skeleton.mention_at(found.group("treaty")).entity
        for party in reader.entities(found.group("subjects")):
            reader.add(party, "signed", treaty_entity, date=date)
