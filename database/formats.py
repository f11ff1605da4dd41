"""A summary as plain data (the JSON contract), Markdown and plain text."""

from __future__ import annotations

from database.reference import EntityRef, Summary

KIND_LABELS = {
    "country": "Country",
    "organization": "Organization",
    "programme": "Programme",
    "treaty": "Treaty",
    "person": "Person",
    "place": "Place",
}


def summary_to_dict(summary: Summary) -> dict:
    """The `summary --format json` shape other tools rely on (see DESIGN.md)."""
    return {
        "id": summary.entity.id,
        "name": summary.entity.name,
        "kind": summary.entity.kind,
        "category": summary.category,
        "aliases": [alias for alias, _ in summary.aliases],
        "alias_kinds": {alias: kind for alias, kind in summary.aliases},
        "description": summary.description,
        "parent": summary.parent.name if summary.parent else None,
        "children": [child.name for child in summary.children],
        "mentions": summary.mention_count,
        "timeline": [
            {"date": e.date, "year": e.year, "text": e.text, "source": e.source, "section": e.section}
            for e in summary.timeline
        ],
        "relations": [
            {
                "predicate": r.predicate,
                "direction": r.direction,
                "label": r.label,
                "id": r.entity.id,
                "name": r.entity.name,
                "kind": r.entity.kind,
                "year": r.year,
                "evidence": r.evidence,
                "source": r.source,
                "role": r.role,
            }
            for r in summary.relations
        ],
        "mentioned_with": [
            {"id": ref.id, "name": ref.name, "kind": ref.kind, "count": count}
            for ref, count in summary.mentioned_with
        ],
        "passages": [
            {
                "source": p.source,
                "title": p.title,
                "section": p.section,
                "text": p.text,
                "start": p.start,
                "end": p.end,
            }
            for p in summary.passages
        ],
        "sources": [
            {
                "source": s.source,
                "title": s.title,
                "author": s.author,
                "updated": s.updated,
                "published": s.published,
                "mentions": s.mentions,
            }
            for s in summary.sources
        ],
        "built": summary.built,
    }


def key_relations(summary: Summary) -> list[tuple[str, list[tuple[EntityRef, int | None]]]]:
    """Relations grouped by label, each entity once with its earliest year (parts excluded)."""
    grouped: dict[str, dict[EntityRef, int | None]] = {}
    for relation in summary.relations:
        if relation.predicate == "part_of":
            continue  # Shown as the parent and the programmes and bodies.
        entities = grouped.setdefault(relation.label, {})
        year = entities.get(relation.entity)
        if relation.entity not in entities or (relation.year and (year is None or relation.year < year)):
            entities[relation.entity] = relation.year
    return [(label, list(entities.items())) for label, entities in grouped.items()]


def with_year(ref: EntityRef, year: int | None) -> str:
    return f"{ref.name} ({year})" if year else ref.name


def _source_number(summary: Summary) -> dict[str, int]:
    return {source.source: source.number for source in summary.sources}


def summary_to_markdown(summary: Summary) -> str:
    numbers = _source_number(summary)
    lines = [f"# {summary.entity.name}", "", f"*{KIND_LABELS[summary.entity.kind]}*"]
    if summary.aliases:
        lines += ["", "**Also known as:** " + ", ".join(alias for alias, _ in summary.aliases)]
    if summary.description:
        lines += ["", summary.description]
    lines += ["", "## Key facts", ""]
    if summary.parent:
        lines.append(f"- **Part of:** {summary.parent.name}")
    if summary.children:
        lines.append("- **Programmes and bodies:** " + ", ".join(child.name for child in summary.children))
    for label, entities in key_relations(summary):
        lines.append(f"- **{label}:** " + ", ".join(with_year(ref, year) for ref, year in entities))
    if summary.years:
        lines.append(f"- **Timeline:** {summary.years[0]}–{summary.years[1]}")
    lines.append(f"- **Sources:** {len(summary.sources)} documents, {summary.mention_count} mentions")
    if summary.timeline:
        lines += ["", "## Timeline", "", "| Date | Event | Source |", "|---|---|---|"]
        for event in summary.timeline:
            text = event.text.replace("|", "\\|")
            lines.append(f"| {event.date} | {text} | [{numbers.get(event.source, '?')}] |")
    if summary.passages:
        lines += ["", "## What the documents say", ""]
        for passage in summary.passages:
            lines += [
                f"> {passage.text}",
                ">",
                f"> — {passage.section} [{numbers.get(passage.source, '?')}]",
                "",
            ]
    if summary.mentioned_with:
        lines += [
            "",
            "## Mentioned with",
            "",
            ", ".join(f"{ref.name} ({n})" for ref, n in summary.mentioned_with),
        ]
    lines += ["", "## Sources", ""]
    for source in summary.sources:
        byline = f", by {source.author}" if source.author else ""
        date = f", {source.date}" if source.date else ""
        lines.append(f"{source.number}. {source.title}{byline}{date} ({source.source})")
    return "\n".join(lines).rstrip() + "\n"


def summary_to_text(summary: Summary) -> str:
    numbers = _source_number(summary)
    out = [summary.entity.name, "=" * len(summary.entity.name), KIND_LABELS[summary.entity.kind]]
    if summary.aliases:
        out.append("Also known as: " + ", ".join(alias for alias, _ in summary.aliases))
    if summary.description:
        out += ["", summary.description]
    out += ["", "Key facts"]
    if summary.parent:
        out.append(f"  Part of: {summary.parent.name}")
    if summary.children:
        out.append("  Programmes and bodies: " + ", ".join(child.name for child in summary.children))
    for label, entities in key_relations(summary):
        out.append(f"  {label}: " + ", ".join(with_year(ref, year) for ref, year in entities))
    if summary.timeline:
        out += ["", "Timeline"]
        out += [f"  {e.date:<10} {e.text} [{numbers.get(e.source, '?')}]" for e in summary.timeline]
    if summary.passages:
        out += ["", "Passages"]
        for passage in summary.passages[:5]:
            out += [f"  [{numbers.get(passage.source, '?')}] {passage.section}", f"    {passage.text}"]
    out += ["", "Sources"]
    for source in summary.sources:
        byline = f", by {source.author}" if source.author else ""
        out.append(f"  {source.number}. {source.title}{byline} ({source.source})")
    return "\n".join(out) + "\n"
