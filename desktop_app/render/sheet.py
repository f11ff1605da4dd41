"""What an entity page says, decided once for every output: the key facts with their
citations, memberships as small histories, the merged timeline, passages and numbered sources.

Three modes: `page` (the pane: the top of each list, with "show more"), `briefing` (one to
two printed pages for a meeting) and `dossier` (everything read). A fact is shown only with
the sentence that states it; a curated fact is marked as the gazetteer's; a fact below the
confidence bar is hidden unless `show_uncertain`, and then marked uncertain.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from database.models import (
    MEMBERSHIP_STATUSES,
    OBSERVER_STATUS,
    UNCERTAIN_BELOW,
    Citation,
    EntityRef,
    Passage,
    Relation,
    SourceInfo,
    Summary,
)
from database.usernotes import Note
from desktop_app.render.labels import FACT_ORDER, count, kind_label, predicate_label

MODES = ("page", "briefing", "dossier")
BRIEFING_PASSAGE_WORDS = 60


@dataclass(frozen=True)
class BriefingSize:
    """How much a briefing keeps; printing tries tighter sizes until it fits two pages."""

    timeline: int
    passages: int
    mentioned_with: int
    items_per_fact: int
    citations_per_row: int


BRIEFING_SIZES = (
    BriefingSize(timeline=10, passages=2, mentioned_with=8, items_per_fact=12, citations_per_row=2),
    BriefingSize(timeline=7, passages=1, mentioned_with=6, items_per_fact=8, citations_per_row=1),
    BriefingSize(timeline=5, passages=0, mentioned_with=0, items_per_fact=5, citations_per_row=1),
)


@dataclass(frozen=True)
class Options:
    """`tightness` picks one of BRIEFING_SIZES (0 keeps the most)."""

    mode: str = "page"
    show_uncertain: bool = False
    tightness: int = 0

    @property
    def size(self) -> BriefingSize:
        return BRIEFING_SIZES[min(self.tightness, len(BRIEFING_SIZES) - 1)]


@dataclass(frozen=True)
class Step:
    """One statement in a fact's history: 'founding member 1992 [1]'. `word` is None for a
    plain fact ('1994 [2]'); `gazetteer` marks a curated fact with no sentence behind it."""

    word: str | None
    date: str | None
    citation: Citation | None
    uncertain: bool = False
    gazetteer: bool = False
    corrected: bool = False
    """Stated by the reader's correction (a changed parent), not by a document or the gazetteer."""


@dataclass(frozen=True)
class FactItem:
    entity: EntityRef
    note: str | None
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class FactRow:
    label: str
    items: tuple[FactItem, ...]
    more: int = 0


@dataclass(frozen=True)
class TimelineRow:
    date: str
    text: str
    citations: tuple[Citation, ...]
    documents: int
    milestone: bool
    planned: bool = False


@dataclass(frozen=True)
class Sheet:
    summary: Summary
    options: Options
    description: Step | None
    facts: tuple[FactRow, ...]
    overview: tuple[tuple[str, str], ...]
    timeline: tuple[TimelineRow, ...]
    timeline_more: int
    passages: tuple[Passage, ...]
    mentioned_with: tuple[tuple[EntityRef, int], ...]
    mentioned_with_more: int
    sources: tuple[SourceInfo, ...]
    sources_more: int
    hidden_uncertain: int
    numbers: dict[str, int] = field(default_factory=dict)
    notes: tuple[Note, ...] = ()
    """The reader's own notes on the entity: shown apart from the facts, marked as theirs."""

    @property
    def entity(self) -> EntityRef:
        return self.summary.entity

    @property
    def kind_line(self) -> str:
        category = self.summary.category
        return kind_label(self.entity.kind) + (f" · {category}" if category else "")

    @property
    def as_of(self) -> str | None:
        dates = [source.date for source in self.sources if source.date]
        return max(dates) if dates else None

    def number(self, citation: Citation | None) -> int | None:
        return self.numbers.get(citation.source) if citation else None


def build_sheet(summary: Summary, options: Options | None = None, notes: Sequence[Note] = ()) -> Sheet:
    options = options or Options()
    if options.mode not in MODES:
        raise ValueError(f"unknown mode {options.mode!r}")
    briefing = options.mode == "briefing"
    size = options.size
    facts, hidden = _fact_rows(summary, options)
    description = _description(summary, options)
    if description is None and summary.description and summary.description.confidence < UNCERTAIN_BELOW:
        hidden += 1
    timeline = merge_timeline(summary, _entity_words(summary))
    merged_count = len(timeline)
    timeline_more = summary.more("timeline")
    if briefing:
        timeline_more = max(0, len(timeline) - size.timeline)
        ranked = sorted(timeline, key=_significance)[: size.timeline]
        timeline = _fewest_sources([row for row in timeline if row in ranked], size.citations_per_row)
    passages = summary.passages
    if briefing:
        passages = tuple(_shortened(passage, BRIEFING_PASSAGE_WORDS) for passage in passages[: size.passages])
    mentioned = summary.mentioned_with[: size.mentioned_with] if briefing else summary.mentioned_with
    mentioned_more = summary.totals.get("mentioned_with", len(mentioned)) - len(mentioned)

    cited: list[Citation | None] = [description.citation if description else None]
    cited += [step.citation for row in facts for item in row.items for step in item.steps]
    cited += [c for row in timeline for c in row.citations]
    cited_sources = {c.source for c in cited if c is not None} | {p.source for p in passages}
    sources = tuple(s for s in summary.sources if s.source in cited_sources) if briefing else summary.sources
    numbers = {source.source: number for number, source in enumerate(sources, start=1)}
    sources = tuple(
        SourceInfo(numbers[s.source], s.source, s.title, s.author, s.published, s.updated, s.mentions)
        for s in sources
    )
    total_sources = summary.totals.get("sources", len(summary.sources))
    return Sheet(
        summary=summary,
        options=options,
        description=description,
        facts=tuple(facts),
        overview=_overview(summary, merged_count, total_sources),
        timeline=tuple(timeline),
        timeline_more=timeline_more,
        passages=tuple(passages),
        mentioned_with=tuple(mentioned),
        mentioned_with_more=max(0, mentioned_more),
        sources=sources,
        sources_more=max(0, total_sources - len(sources)),
        hidden_uncertain=hidden,
        numbers=numbers,
        notes=tuple(notes),
    )


def _shortened(passage: Passage, words: int) -> Passage:
    """The passage's first sentences up to about `words` words, marked with an ellipsis when cut."""
    if len(passage.text.split()) <= words:
        return passage
    sentences = re.split(r"(?<=[.!?])\s+", passage.text)
    kept: list[str] = []
    for sentence in sentences:
        if kept and len(" ".join([*kept, sentence]).split()) > words:
            break
        kept.append(sentence)
    text = " ".join(kept)
    if len(text.split()) > words:
        text = " ".join(text.split()[:words])
    return replace(passage, text=f"{text} […]", end=passage.start + len(text))


def _description(summary: Summary, options: Options) -> Step | None:
    description = summary.description
    if description is None:
        return None
    uncertain = description.confidence < UNCERTAIN_BELOW
    if uncertain and not options.show_uncertain:
        return None
    if description.citation is not None and description.citation.sentence:
        return Step(description.text, None, description.citation, uncertain)
    return Step(description.text, None, None, uncertain, gazetteer=True)


def _step(relation: Relation, word: str | None) -> Step | None:
    """A statement, or None when no sentence stands behind it (then it is not shown)."""
    citation = relation.citation
    if citation is not None and citation.sentence:
        return Step(word, relation.date or _year(relation.year), citation, relation.uncertain)
    if relation.method == "gazetteer" or (relation.predicate == "part_of" and citation is None):
        return Step(word, None, None, relation.uncertain, gazetteer=True)
    return None


def _year(year: int | None) -> str | None:
    return str(year) if year else None


def _membership_word(status: str | None) -> str | None:
    return None if status in (None, "member") else status


def _fact_rows(summary: Summary, options: Options) -> tuple[list[FactRow], int]:
    """Key facts grouped under their labels, in a fixed order. Memberships are grouped per
    organization into a history and filed by what the history holds: a membership, an
    observer seat, or only other statuses (planned, applied, suspended, withdrew…)."""
    hidden = 0
    rows: dict[str, dict[tuple[int, str | None], list[Step]]] = {}
    entities: dict[int, EntityRef] = {}
    memberships: dict[tuple[str, int], list[tuple[Relation, Step]]] = {}

    def add(label: str, entity: EntityRef, note: str | None, step: Step) -> None:
        entities[entity.id] = entity
        rows.setdefault(label, {}).setdefault((entity.id, note), []).append(step)

    for relation in summary.relations:
        if relation.predicate in ("part_of", "mentioned_with"):
            continue
        word = _membership_word(relation.status) if relation.predicate == "member_of" else None
        step = _step(relation, word)
        if step is None:
            continue
        if step.uncertain and not options.show_uncertain:
            hidden += 1
            continue
        if relation.predicate == "member_of":
            memberships.setdefault((relation.direction, relation.entity.id), []).append((relation, step))
            entities[relation.entity.id] = relation.entity
            continue
        add(predicate_label(relation.predicate, relation.direction), relation.entity, relation.role, step)

    for (direction, entity_id), history in memberships.items():
        statuses = {relation.status for relation, _ in history}
        if any(status is None or status in MEMBERSHIP_STATUSES for status in statuses):
            label = predicate_label("member_of", direction)
        elif OBSERVER_STATUS in statuses:
            label = predicate_label("observer", direction)
        else:
            label = predicate_label("status", direction)
        for _, step in sorted(history, key=lambda pair: pair[1].date or "9999"):
            add(label, entities[entity_id], None, step)

    if summary.parent is not None:
        citation = summary.parent_citation
        parent_step = (
            Step(None, None, None, corrected=True)
            if summary.parent.id in summary.corrected_links
            else Step(None, None, citation)
            if citation and citation.sentence
            else Step(None, None, None, gazetteer=True)
        )
        add(predicate_label("part_of", "out"), summary.parent, None, parent_step)
    child_citations = {
        r.entity.id: r for r in summary.relations if r.predicate == "part_of" and r.direction == "in"
    }
    for child in summary.children:
        child_relation = child_citations.get(child.id)
        step = _step(child_relation, None) if child_relation else Step(None, None, None, gazetteer=True)
        if child.id in summary.corrected_links:
            step = Step(None, None, None, corrected=True)
        add(predicate_label("part_of", "in"), child, None, step or Step(None, None, None, gazetteer=True))

    limit = options.size.items_per_fact if options.mode == "briefing" else None
    result = []
    for label in sorted(
        rows, key=lambda name: FACT_ORDER.index(name) if name in FACT_ORDER else len(FACT_ORDER)
    ):
        items = [
            FactItem(entities[entity_id], note, tuple(_dedupe(steps)))
            for (entity_id, note), steps in rows[label].items()
        ]
        items.sort(key=lambda item: (_first_date(item), item.entity.name))
        shown = items[:limit] if limit else items
        result.append(FactRow(label, tuple(shown), len(items) - len(shown)))
    return result, hidden


def _dedupe(steps: list[Step]) -> list[Step]:
    seen: set[tuple] = set()
    kept = []
    for step in steps:
        key = (step.word, step.date, step.citation.source if step.citation else None, step.gazetteer)
        if key not in seen:
            seen.add(key)
            kept.append(step)
    return kept


def _first_date(item: FactItem) -> str:
    return min((step.date for step in item.steps if step.date), default="9999")


def _overview(summary: Summary, merged: int, sources: int) -> tuple[tuple[str, str], ...]:
    """Counts, each with one meaning: events once merged when all were read, else the dated
    statements the database holds."""
    from desktop_app.render.labels import year_span

    rows = []
    if summary.years:
        if summary.more("timeline"):
            events = count(summary.totals["timeline"], "dated statement")
        else:
            events = count(merged, "event")
        rows.append(("Timeline", f"{year_span(*summary.years)}, {events}"))
    rows.append(("Named in", f"{count(sources, 'document')}, {count(summary.mention_count, 'mention')}"))
    return tuple(rows)


# The timeline: the same event stated in several documents (or in a milestone list and in
# running text) becomes one row citing them all.
_STOPWORDS = frozenset(
    {
        "the",
        "and",
        "for",
        "with",
        "from",
        "that",
        "this",
        "which",
        "when",
        "were",
        "was",
        "has",
        "have",
        "had",
        "its",
        "their",
        "into",
        "also",
        "been",
        "since",
        "after",
        "before",
        "within",
        "between",
        "about",
        "under",
        "over",
        "more",
        "than",
        "began",
        "start",
        "started",
        "year",
        "years",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    }
)
_OPENERS = frozenset(
    {"a", "an", "as", "at", "by", "in", "it", "on", "to", "of", "still", "nonetheless", "however"}
)
_WORD = re.compile(r"[^\W\d_]{4,}")
_NAME_WORD = re.compile(r"(?<![\w’'])[A-Z][^\W\d_]*")
MERGE_CONTAINMENT = 0.6


def _stems(text: str, ignore: frozenset[str]) -> frozenset[str]:
    words = (word.lower() for word in _WORD.findall(text))
    return frozenset(word[:5] for word in words if word not in _STOPWORDS and word[:5] not in ignore)


def _names(text: str, ignore: frozenset[str]) -> frozenset[str]:
    """Capitalised words: the names an event is about ('Tajikistan', 'PARP'), less words that
    are capitalised only for opening a sentence ('The', 'In')."""
    words = (word.lower() for word in _NAME_WORD.findall(text))
    return frozenset(
        word[:5]
        for word in words
        if word not in _OPENERS and word not in _STOPWORDS and word[:5] not in ignore
    )


def _entity_words(summary: Summary) -> frozenset[str]:
    names = [summary.entity.name, *(alias for alias, _ in summary.aliases)]
    return frozenset(word.lower()[:5] for name in names for word in _WORD.findall(name))


def merge_timeline(summary: Summary, ignore: frozenset[str] = frozenset()) -> list[TimelineRow]:
    """Rows in date order; an event joins an earlier row of the same year when most of the
    shorter one's words are in the other and the names one mentions are all in the other
    ('visits Tajikistan' never merges with 'visits Kazakhstan'). The entity's own name does
    not count."""
    clusters: list[dict] = []
    for event in summary.timeline:
        stems = _stems(event.text, ignore)
        names = _names(event.text, ignore)
        milestone = event.origin == "milestone"
        home = None
        for cluster in clusters:
            if cluster["year"] != event.year or cluster["planned"] != event.planned:
                continue
            if not (names <= cluster["names"] or cluster["names"] <= names):
                continue
            shorter = min(len(stems), len(cluster["stems"]))
            if shorter >= 3 and len(stems & cluster["stems"]) / shorter >= MERGE_CONTAINMENT:
                home = cluster
                break
        if home is None:
            clusters.append(
                {
                    "year": event.year,
                    "planned": event.planned,
                    "stems": stems,
                    "names": names,
                    "events": [event],
                    "lead": event,
                    "date": event.date,
                }
            )
            continue
        home["events"].append(event)
        lead = home["lead"]
        if (milestone, -len(event.text)) > (lead.origin == "milestone", -len(lead.text)):
            home["lead"], home["stems"], home["names"] = event, stems, names
        if len(event.date) > len(home["date"]):
            home["date"] = event.date
    rows = []
    for cluster in clusters:
        citations: dict[str, Citation] = {}
        for event in cluster["events"]:
            for citation in event.citations:
                citations.setdefault(citation.source, citation)
        rows.append(
            TimelineRow(
                cluster["date"],
                # A line of its own however the document broke it: a hard-wrapped sentence, a
                # data file's record of several lines.
                " ".join(cluster["lead"].text.split()),
                tuple(citations.values()),
                len(citations) + sum(max(0, e.source_count - len(e.citations)) for e in cluster["events"]),
                any(event.origin == "milestone" for event in cluster["events"]),
                cluster["planned"],
            )
        )
    rows.sort(key=lambda row: row.date)
    return rows


def _fewest_sources(rows: list[TimelineRow], per_row: int) -> list[TimelineRow]:
    """Keep `per_row` citations a row, preferring documents other rows cite too, so a printed
    sheet lists few sources."""
    used = Counter(citation.source for row in rows for citation in row.citations)
    return [
        replace(
            row, citations=tuple(sorted(row.citations, key=lambda c: (-used[c.source], c.source))[:per_row])
        )
        for row in rows
    ]


def timeline_date(row: TimelineRow) -> str:
    """The date as a timeline shows it: a planned date says so, never passing for a happening."""
    return f"{row.date} (planned)" if row.planned else row.date


def timeline_note(sheet: Sheet) -> str | None:
    """What the timeline leaves out, in words that match what was counted."""
    if not sheet.timeline_more:
        return None
    if sheet.options.mode == "briefing":
        total = sheet.summary.totals.get("timeline", 0)
        if sheet.summary.more("timeline"):
            shown = len(sheet.timeline)
            return (
                f"The {shown} most cited of {count(total, 'dated statement')}; the full dossier lists them."
            )
        return f"… and {count(sheet.timeline_more, 'event')} more in the full dossier."
    return f"{count(sheet.timeline_more, 'dated statement')} not shown."


def _significance(row: TimelineRow) -> tuple:
    """Milestones first, then what more documents state, then the earlier."""
    return (not row.milestone, -row.documents, row.date)


def citation_text(passage: Passage) -> str:
    """'“Quote” — Title, date, Section (file)': what Copy citation puts on the clipboard."""
    where = ", ".join(part for part in (passage.title, passage.date, passage.section) if part)
    return f"“{passage.text}” — {where} ({passage.source})"
