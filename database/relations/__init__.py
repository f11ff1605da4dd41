"""Typed relations read from one sentence at a time, clause by clause.

The sentence is first turned into a skeleton: each entity mention becomes a token such as
`«C»` (country) or `«O»` (organization or programme) carrying its position in the mention list,
while every other character stays. Patterns then read the skeleton the way a reader parses a
clause: a list of subjects, a verb phrase with its status (joined, planned, suspended, not a
member…), a list of objects, and the dates that belong to that clause only ("respectively",
"(1996)" after a party, "and B on <date>"). Anything the patterns do not read is not a fact:
a missing relation is better than a wrong one.

The way through, top to bottom: `pipeline.read_relations` makes a `sentence.SentenceReader`
(the skeleton of `skeleton`, the dates of `dating`) and hands it to one reader per predicate —
member_of (`membership`, `member_lists`, `objectless`, `member_tables`, sharing
`member_clauses`), signed (`signing`), holds_office (`offices`), located_in and part_of
(`places`) — each skipping what `hedges` says states nothing, and leaves in `context.Context`
what the next sentence's pronouns and headings resolve against.
"""

from database.relations.context import Context, paragraph_organization
from database.relations.dating import OPERATIVE_CLAUSE
from database.relations.member_tables import note_status_header, status_legend
from database.relations.offices import CAREER_ROW_LINE, note_career_end, note_list_label, note_record_boundary
from database.relations.pipeline import read_relations, reports_hearsay, suspended_by_next_sentence
from database.relations.places import note_rows_title, note_table_header
from database.relations.skeleton import blank_revisions, revision_marks, struck_spans

__all__ = [
    "CAREER_ROW_LINE",
    "OPERATIVE_CLAUSE",
    "Context",
    "blank_revisions",
    "note_career_end",
    "note_list_label",
    "note_record_boundary",
    "note_rows_title",
    "note_status_header",
    "note_table_header",
    "paragraph_organization",
    "read_relations",
    "reports_hearsay",
    "revision_marks",
    "status_legend",
    "struck_spans",
    "suspended_by_next_sentence",
]
