"""The reader's structural corrections applied on read: two entities made one (`merge`), an
alias taken off an entity (`split`), an entity's kind or its parent changed. Like the other
corrections they are anchored by slugs and never written into a reference database, so they
hold after any rebuild.

A merge keeps the entity named in `entity_slug` and folds the one in `object_slug` into it:
the page of either is one page with both names, both entities' facts, timelines, passages and
sources, and the tree shows one row. `database.reference.summary` reads each part and calls
`combine`, then `restructure`; `restructure_tree` does the same to the tree.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from database.corrections import Correction, entity_slugs
from database.errors import sqlite_errors_as_database_error as reading
from database.models import EntityRef, Relation, SourceInfo, Summary, TreeItem
from database.names import name_key
from database.results import EntityHit, SearchResults
from database.tables import KINDS

MERGED_ALIAS = "merged by you"
OTHER_REGION = "Other"
_NESTING = ("organization", "programme")


def merged_into(corrections: Sequence[Correction]) -> dict[str, str]:
    """Each merged entity's slug → the slug of the entity it now belongs to, chains followed
    (A into B and B into C puts A into C). A merge that would close a loop is left out."""
    into: dict[str, str] = {}
    for correction in corrections:
        if correction.kind == "merge" and correction.object_slug:
            into[correction.object_slug] = correction.entity_slug
    resolved: dict[str, str] = {}
    for slug, target in into.items():
        seen = {slug}
        while target in into and target not in seen:
            seen.add(target)
            target = into[target]
        if target not in seen:
            resolved[slug] = target
    return resolved


def _latest(corrections: Sequence[Correction], kind: str) -> dict[str, Correction]:
    """The latest correction of `kind` of each entity, by slug (a later one wins)."""
    return {c.entity_slug: c for c in corrections if c.kind == kind}


def _structural(
    corrections: Sequence[Correction],
) -> tuple[dict[str, str], dict[str, Correction], dict[str, Correction], dict[str, set[str]]]:
    """The structural corrections by slug: merged into, latest kind, latest parent, aliases split off."""
    return (
        merged_into(corrections),
        _latest(corrections, "kind"),
        _latest(corrections, "parent"),
        _splits(corrections),
    )


def _splits(corrections: Sequence[Correction]) -> dict[str, set[str]]:
    split: dict[str, set[str]] = {}
    for correction in corrections:
        if correction.kind == "split" and correction.value:
            split.setdefault(correction.entity_slug, set()).add(correction.value.casefold())
    return split


@reading
def _refs(connection: sqlite3.Connection, slugs: Iterable[str]) -> dict[str, EntityRef]:
    """The entities of these slugs that this database has."""
    wanted = json.dumps(sorted(set(slugs)))
    rows = connection.execute(
        "SELECT slug, id, name, kind FROM entities WHERE slug IN (SELECT value FROM json_each(?))", (wanted,)
    )
    return {row[0]: EntityRef(row[1], row[2], row[3]) for row in rows}


def kept_entity(connection: sqlite3.Connection, entity_id: int, corrections: Sequence[Correction]) -> int:
    """The id whose page shows this entity: the entity it was merged into, or itself."""
    into = merged_into(corrections)
    if not into:
        return entity_id
    slug = entity_slugs(connection, [entity_id]).get(entity_id)
    target = into.get(slug or "")
    found = _refs(connection, [target]).get(target) if target else None
    return found.id if found else entity_id


def merged_parts(
    connection: sqlite3.Connection, entity_id: int, corrections: Sequence[Correction]
) -> list[int]:
    """The ids of the entities merged into this one that this database has."""
    into = merged_into(corrections)
    if not into:
        return []
    slug = entity_slugs(connection, [entity_id]).get(entity_id)
    parts = [merged for merged, target in into.items() if target == slug]
    found = _refs(connection, parts)
    return [found[part].id for part in parts if part in found]


def _merged_sources(sources: Iterable[SourceInfo]) -> tuple[SourceInfo, ...]:
    by_source: dict[str, SourceInfo] = {}
    for info in sources:
        known = by_source.get(info.source)
        by_source[info.source] = info._replace(mentions=info.mentions + known.mentions) if known else info
    ordered = sorted(by_source.values(), key=lambda s: (-s.mentions, s.source))
    return tuple(info._replace(number=number) for number, info in enumerate(ordered, 1))


def combine(main: Summary, others: Sequence[Summary]) -> Summary:
    """One summary of `main` and the entities merged into it: their names become aliases
    ("merged by you"), their facts, timelines, passages and sources are added, and the facts
    between the parts (now facts of one entity about itself) left out."""
    if not others:
        return main
    parts = [main, *others]
    ids = {part.entity.id for part in parts}
    aliases: dict[str, tuple[str, str]] = {}
    for alias, kind in [
        *main.aliases,
        *(entry for other in others for entry in ((other.entity.name, MERGED_ALIAS), *other.aliases)),
    ]:
        if alias.casefold() != main.entity.name.casefold():
            aliases.setdefault(alias.casefold(), (alias, kind))
    timeline = {(e.date, e.text): e for part in reversed(parts) for e in part.timeline}
    relations: dict[tuple[object, ...], Relation] = {}
    for part in parts:
        for relation in part.relations:
            if relation.entity.id in ids:
                continue
            key = (relation.predicate, relation.direction, relation.entity.id, relation.status, relation.role)
            known = relations.get(key)
            relations[key] = (
                replace(known, statements=known.statements + relation.statements) if known else relation
            )
    weights: dict[int, tuple[EntityRef, int]] = {}
    for part in parts:
        for ref, weight in part.mentioned_with:
            if ref.id not in ids:
                weights[ref.id] = (ref, weight + weights.get(ref.id, (ref, 0))[1])
    passages = {(p.source, p.start): p for part in reversed(parts) for p in part.passages}
    children = {ref.id: ref for part in parts for ref in part.children if ref.id not in ids}
    years = [part.years for part in parts if part.years]
    totals = {key: sum(part.totals.get(key, 0) for part in parts) for key in main.totals}
    return replace(
        main,
        aliases=tuple(aliases.values()),
        description=main.description or next((o.description for o in others if o.description), None),
        parent=main.parent or next((o.parent for o in others if o.parent and o.parent.id not in ids), None),
        children=tuple(children.values()),
        timeline=tuple(
            sorted(timeline.values(), key=lambda e: (e.date, e.origin != "milestone", e.source, e.start or 0))
        ),
        relations=tuple(
            sorted(
                relations.values(), key=lambda r: (r.predicate, r.direction, r.date or "9999", r.entity.name)
            )
        ),
        mentioned_with=tuple(sorted(weights.values(), key=lambda entry: (-entry[1], entry[0].name))),
        passages=tuple(sorted(passages.values(), key=lambda p: -p.mentions)),
        sources=_merged_sources(s for part in parts for s in part.sources),
        mention_count=sum(part.mention_count for part in parts),
        totals=totals,
        years=(min(y[0] for y in years), max(y[1] for y in years)) if years else None,
    )


def restructure(
    connection: sqlite3.Connection, summary: Summary, corrections: Sequence[Correction]
) -> tuple[Summary, list[Correction]]:
    """The summary with merged entities shown as the one they were merged into, kinds and
    parents as corrected and split-off aliases gone; with the corrections that changed it."""
    into, kinds, parents, splits = _structural(corrections)
    if not (into or kinds or parents or splits):
        return summary, []
    refs = [summary.entity, *summary.children, *(r.entity for r in summary.relations)]
    refs += [ref for ref, _ in summary.mentioned_with] + ([summary.parent] if summary.parent else [])
    slugs = entity_slugs(connection, [ref.id for ref in refs])
    slug = slugs.get(summary.entity.id, "")
    adopted = [s for s, c in parents.items() if c.object_slug == slug and into.get(s, s) != slug]
    found = _refs(connection, [*into.values(), *(c.object_slug or "" for c in parents.values()), *adopted])

    def corrected(ref: EntityRef) -> EntityRef:
        own = slugs.get(ref.id, "")
        if own in into and into[own] in found:
            own = into[own]
            ref = found[own]
        kind = kinds.get(own)
        return ref._replace(kind=kind.value) if kind and kind.value else ref

    applied = [c for c in corrections if c.kind == "merge" and into.get(c.object_slug or "") == slug]
    parent, parent_citation = summary.parent, summary.parent_citation
    own_parent = parents.get(slug)
    if own_parent and own_parent.object_slug in found:
        parent, parent_citation = found[own_parent.object_slug], None
        applied.append(own_parent)
    children = [
        ref
        for ref in summary.children
        if slugs.get(ref.id) not in parents or parents[slugs[ref.id]].object_slug == slug
    ]
    children += [found[s] for s in adopted if s in found and found[s].id not in {c.id for c in children}]
    corrected_links = [found[s].id for s in adopted if s in found]
    if own_parent and own_parent.object_slug in found:
        corrected_links.append(found[own_parent.object_slug].id)
    applied += [parents[s] for s in adopted if s in found]
    if slug in kinds:
        applied.append(kinds[slug])
    taken_off = splits.get(slug, set())
    aliases = tuple((alias, kind) for alias, kind in summary.aliases if alias.casefold() not in taken_off)
    applied += [c for c in corrections if c.kind == "split" and c.entity_slug == slug]
    result = replace(
        summary,
        entity=corrected(summary.entity),
        aliases=aliases,
        parent=corrected(parent) if parent else None,
        parent_citation=parent_citation,
        children=tuple(corrected(ref) for ref in children),
        corrected_links=tuple(corrected_links),
        relations=_merged_relations(summary, corrected),
        mentioned_with=_merged_co_mentions(summary, corrected),
    )
    return result, list(dict.fromkeys(applied))


def _merged_relations(summary: Summary, corrected: Callable[[EntityRef], EntityRef]) -> tuple[Relation, ...]:
    """The page's facts with merged entities shown as one: one fact per entity, the statements
    added up; a fact between two parts of this entity is not a fact about another."""
    relations: dict[tuple[object, ...], Relation] = {}
    for relation in summary.relations:
        relation = replace(relation, entity=corrected(relation.entity))
        key = (relation.predicate, relation.direction, relation.entity.id, relation.status, relation.role)
        if relation.entity.id != summary.entity.id:
            known = relations.get(key)
            relations[key] = (
                replace(known, statements=known.statements + relation.statements) if known else relation
            )
    return tuple(relations.values())


def _merged_co_mentions(
    summary: Summary, corrected: Callable[[EntityRef], EntityRef]
) -> tuple[tuple[EntityRef, int], ...]:
    weights: dict[int, tuple[EntityRef, int]] = {}
    for ref, weight in summary.mentioned_with:
        ref = corrected(ref)
        if ref.id != summary.entity.id:
            weights[ref.id] = (ref, weight + weights.get(ref.id, (ref, 0))[1])
    return tuple(sorted(weights.values(), key=lambda entry: (-entry[1], entry[0].name)))


def restructure_tree(
    connection: sqlite3.Connection, tree: list[TreeItem], corrections: Sequence[Correction]
) -> list[TreeItem]:
    """The tree with merged entities in one row (the other's names among its aliases, its
    mentions added), split-off aliases gone (the filter no longer finds the entity by them),
    and entities moved to the group of their corrected kind or under their corrected parent."""
    into, kinds, parents, splits = _structural(corrections)
    if not (into or kinds or parents or splits):
        return tree
    slug_of = entity_slugs(connection, [item.entity.id for item in _entity_items(tree) if item.entity])
    items = {slug_of[item.entity.id]: item for item in _entity_items(tree) if item.entity}
    kind_of = {slug: (kinds[slug].value if slug in kinds else item.kind) for slug, item in items.items()}
    nested: dict[str, str] = {}
    for slug, correction in parents.items():
        parent = into.get(correction.object_slug or "", correction.object_slug or "")
        placeable = slug in items and parent in items and slug not in into and parent != slug
        if placeable and kind_of.get(slug) in _NESTING and kind_of.get(parent) in _NESTING:
            nested[slug] = parent
    for slug in list(nested):  # A loop of parents (A in B, B in A) nests neither.
        seen, at = {slug}, nested.get(slug)
        while at in nested and at not in seen:
            seen.add(at)
            at = nested[at]
        if at in seen:
            nested.pop(slug, None)
    moving = set(into) | set(nested) | {slug for slug in kinds if slug in items}
    absorbed: dict[str, list[TreeItem]] = {}
    for slug in into:
        if slug in items and into[slug] in items:
            absorbed.setdefault(into[slug], []).append(items[slug])
        else:
            moving.discard(slug)

    def rebuilt(item: TreeItem) -> TreeItem:
        """The item without the entities that move, merged parts folded in, aliases split off."""
        children = [rebuilt(child) for child in item.children if _slug(child, slug_of) not in moving]
        slug = _slug(item, slug_of)
        if slug is None or item.entity is None:
            return item._replace(children=tuple(children))
        names, total = list(item.aliases), item.total
        for part in absorbed.get(slug, []):
            names += [part.label, *part.aliases]
            total += part.total
            children += [rebuilt(child) for child in part.children if _slug(child, slug_of) not in moving]
        children += [rebuilt(items[s]) for s, parent in nested.items() if parent == slug]
        taken_off = splits.get(slug, set())
        aliases = tuple(dict.fromkeys(n for n in names if n.casefold() not in taken_off and n != item.label))
        acronym = item.acronym if item.acronym and item.acronym.casefold() not in taken_off else None
        kind = kind_of.get(slug, item.kind)
        entity = item.entity._replace(kind=kind) if kind else item.entity
        return item._replace(
            entity=entity,
            kind=kind,
            total=total,
            aliases=aliases,
            acronym=acronym,
            children=tuple(children),
        )

    groups = [rebuilt(group) for group in tree]
    for slug in sorted(moving - set(into) - set(nested), key=lambda s: items[s].label):
        groups = _placed(groups, rebuilt(items[slug]))
    return [_counted(group) for group in groups]


def _slug(item: TreeItem, slug_of: dict[int, str]) -> str | None:
    return slug_of.get(item.entity.id) if item.entity else None


def _entity_items(items: Iterable[TreeItem]) -> Iterable[TreeItem]:
    for item in items:
        if item.entity is not None:
            yield item
        yield from _entity_items(item.children)


def _placed(groups: list[TreeItem], item: TreeItem) -> list[TreeItem]:
    """The groups with `item` added to the group of its kind (a new one if there is none;
    a country goes to the region "Other")."""
    kind = item.kind or ""
    group = next((g for g in groups if g.entity is None and g.kind == kind), None)
    if group is None:
        group = TreeItem("", None, 0, (), (), kind)
        order = {k: n for n, k in enumerate(KINDS)}
        groups = sorted([*groups, group], key=lambda g: order.get(g.kind or "", len(KINDS)))
    if kind == "country":
        regions = list(group.children)
        other = next((r for r in regions if r.label == OTHER_REGION), None)
        if other is None:
            regions.append(TreeItem(OTHER_REGION, None, 0, (), (item,)))
        else:
            regions[regions.index(other)] = other._replace(children=(*other.children, item))
        placed = group._replace(children=tuple(regions))
    else:
        placed = group._replace(children=(*group.children, item))
    return [placed if g is group else g for g in groups]


def _counted(item: TreeItem) -> TreeItem:
    """A group's total made the number of entities under it again."""
    if item.entity is not None:
        return item
    children = tuple(_counted(child) for child in item.children)
    total = sum(child.total if child.entity is None else 1 + _entities_under(child) for child in children)
    return item._replace(children=children, total=total)


def _entities_under(item: TreeItem) -> int:
    return sum(1 + _entities_under(child) for child in item.children)


def correct_search(
    connection: sqlite3.Connection, results: SearchResults, corrections: Sequence[Correction]
) -> SearchResults:
    """Search results as the reader corrected the names: an entity found only by an alias they
    split off is not found, a merged entity is found as the one it was merged into (once), and
    split-off aliases are not listed."""
    into, splits = merged_into(corrections), _splits(corrections)
    if not (into or splits) or not results.entities:
        return results
    slug_of = entity_slugs(connection, [hit.id for hit in results.entities])
    kept_refs = _refs(connection, into.values())
    hits: list[EntityHit] = []
    for hit in results.entities:
        slug = slug_of.get(hit.id, "")
        kept = kept_refs.get(into.get(slug, ""))
        if kept is not None:
            slug = into[slug]
            hit = hit._replace(id=kept.id, name=kept.name, kind=kept.kind)
        taken_off = {name_key(alias) for alias in splits.get(slug, set())}
        if hit.matched is not None and name_key(hit.matched) in taken_off:
            continue
        if any(found.id == hit.id for found in hits):
            continue
        hits.append(hit._replace(aliases=tuple(a for a in hit.aliases if name_key(a) not in taken_off)))
    return results._replace(entities=tuple(hits))
