"""The JSON shape of an entity sheet (`summary --format json`): DESIGN.md's keys, plus the key
facts with their citations and the merged timeline's sources."""

from __future__ import annotations

from database.corrections import as_dict
from database.models import Citation, Relation
from desktop_app.render.labels import predicate_label
from desktop_app.render.sheet import Sheet, Step


def _citation(sheet: Sheet, citation: Citation | None) -> dict | None:
    if citation is None:
        return None
    return {
        "number": sheet.number(citation),
        "source": citation.source,
        "title": citation.title,
        "section": citation.section,
        "sentence": citation.sentence,
        "start": citation.start,
        "end": citation.end,
    }


def _step(sheet: Sheet, step: Step) -> dict:
    return {
        "status": step.word,
        "date": step.date,
        "citation": _citation(sheet, step.citation),
        "gazetteer": step.gazetteer,
        "corrected_by_you": step.corrected,
        "uncertain": step.uncertain,
    }


def _relation(relation: Relation) -> dict:
    citation = relation.citation
    return {
        "predicate": relation.predicate,
        "direction": relation.direction,
        "label": predicate_label(relation.predicate, relation.direction),
        "id": relation.entity.id,
        "name": relation.entity.name,
        "kind": relation.entity.kind,
        "year": relation.year,
        "date": relation.date,
        "status": relation.status,
        "confidence": relation.confidence,
        "method": relation.method,
        "role": relation.role,
        "evidence": relation.evidence,
        "source": relation.source,
        "start": citation.start if citation else None,
        "end": citation.end if citation else None,
        "statements": relation.statements,
    }


def _year(date: str) -> int | None:
    return int(date[:4]) if date[:4].isdigit() else None


def to_dict(sheet: Sheet) -> dict:
    """Plain data for `json.dumps`."""
    summary = sheet.summary
    shown_uncertain = sheet.options.show_uncertain
    description = sheet.description
    return {
        "id": summary.entity.id,
        "name": summary.entity.name,
        "kind": summary.entity.kind,
        "category": summary.category,
        "aliases": [alias for alias, _ in summary.aliases],
        "alias_kinds": {alias: kind for alias, kind in summary.aliases},
        "description": description.word if description else None,
        "description_origin": "gazetteer"
        if description and description.gazetteer
        else "document"
        if description
        else None,
        "description_citation": _citation(sheet, description.citation) if description else None,
        "parent": summary.parent.name if summary.parent else None,
        "children": [child.name for child in summary.children],
        "mentions": summary.mention_count,
        "as_of": sheet.as_of,
        "key_facts": [
            {
                "label": row.label,
                "items": [
                    {
                        "id": item.entity.id,
                        "name": item.entity.name,
                        "kind": item.entity.kind,
                        "note": item.note,
                        "history": [_step(sheet, step) for step in item.steps],
                    }
                    for item in row.items
                ],
                "more": row.more,
            }
            for row in sheet.facts
        ],
        "hidden_uncertain": sheet.hidden_uncertain,
        # The reader's own, kept apart from what the documents say.
        "your_notes": [
            {"text": note.text, "written": note.updated, "quote": note.quote} for note in sheet.notes
        ],
        "corrected_by_you": [as_dict(correction) for correction in summary.corrections],
        "timeline": [
            {
                "date": row.date,
                "year": _year(row.date),
                "planned": row.planned,
                "text": row.text,
                "source": row.citations[0].source,
                "section": row.citations[0].section,
                "sources": [_citation(sheet, c) for c in row.citations],
                "documents": row.documents,
            }
            for row in sheet.timeline
        ],
        "relations": [_relation(r) for r in summary.relations if shown_uncertain or not r.uncertain],
        "mentioned_with": [
            {"id": ref.id, "name": ref.name, "kind": ref.kind, "count": n} for ref, n in sheet.mentioned_with
        ],
        "passages": [
            {
                "source": p.source,
                "title": p.title,
                "section": p.section,
                "text": p.text,
                "start": p.start,
                "end": p.end,
                "number": sheet.numbers.get(p.source),
            }
            for p in sheet.passages
        ],
        "sources": [
            {
                "number": s.number,
                "source": s.source,
                "title": s.title,
                "author": s.author,
                "updated": s.updated,
                "published": s.published,
                "mentions": s.mentions,
            }
            for s in sheet.sources
        ],
        "built": summary.built,
    }
