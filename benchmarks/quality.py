"""Extraction quality against hand-written gold: precision and recall of entities by kind and
of relations by predicate, timeline recall and date accuracy.

    python -m benchmarks.quality [--gold DIR] [--json] [--show-errors]

The gold lists (benchmarks/quality/gold/*.json, format in benchmarks/quality/README.md) were
written with their documents, before the build ever read them. The documents are built with
the bundled gazetteer into a temporary database; then every fact the database shows (relations
with a confidence at or above the shown threshold) is judged strictly: right parties, right
predicate, right status and right date.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from database.build import build_database
from database.facts import MEMBER_STATUSES, UNCERTAIN_BELOW
from database.names import name_key

QUALITY_DIR = Path(__file__).resolve().parent / "quality"
PREDICATES = ("member_of", "signed", "holds_office", "located_in", "part_of")
KINDS = ("country", "organization", "programme", "treaty", "person", "place")


@dataclass
class Tally:
    true: int = 0
    undated: int = 0
    predicted: int = 0
    gold: int = 0
    found: int = 0

    @property
    def precision(self) -> float | None:
        return self.true / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.found / self.gold if self.gold else None


@dataclass
class Report:
    entities: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    relations: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    parties: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    timeline: Tally = field(default_factory=Tally)
    dates_exact: int = 0
    dates_judged: int = 0
    duplicates: int = 0
    junk: int = 0
    false_memberships: int = 0
    errors: list[str] = field(default_factory=list)
    include_uncertain: bool = False


def _gold_entity_index(gold: dict) -> dict[str, str]:
    """Every spelling the gold list gives -> the gold entity's name."""
    index: dict[str, str] = {}
    for entity in gold["entities"]:
        for spelling in (entity["name"], *entity.get("variants", [])):
            index.setdefault(name_key(spelling), entity["name"])
    return index


def _database_entities(connection: sqlite3.Connection, document_id: int) -> dict[int, dict]:
    """Entities mentioned in the document, with every spelling they go by there."""
    rows = connection.execute(
        "SELECT e.id, e.name, e.kind, substr(d.text, m.start + 1, m.[end] - m.start) FROM mentions m "
        "JOIN entities e ON e.id = m.entity_id JOIN documents d ON d.id = m.document_id "
        "WHERE m.document_id = ?",
        (document_id,),
    ).fetchall()
    found: dict[int, dict] = {}
    for entity_id, name, kind, surface in rows:
        entry = found.setdefault(entity_id, {"name": name, "kind": kind, "spellings": {name}})
        entry["spellings"].add(surface)
    for entity_id, entry in found.items():
        for (alias,) in connection.execute("SELECT alias FROM aliases WHERE entity_id = ?", (entity_id,)):
            entry["spellings"].add(alias)
    return found


def _map_entities(found: dict[int, dict], spellings: dict[str, str]) -> dict[int, str]:
    """Database entity -> gold entity, by its name, aliases or the spellings used here.
    The name and the spellings this document uses decide first, aliases after."""
    mapped: dict[int, str] = {}
    for entity_id, entry in found.items():
        for spelling in sorted(entry["spellings"], key=lambda s: (s != entry["name"], s)):
            gold_name = spellings.get(name_key(spelling))
            if gold_name:
                mapped[entity_id] = gold_name
                break
    return mapped


def judge_document(connection: sqlite3.Connection, gold: dict, report: Report) -> None:
    source = gold["document"]
    row = connection.execute("SELECT id, text FROM documents WHERE source = ?", (source,)).fetchone()
    if row is None:
        report.errors.append(f"{gold['document']}: not built")
        return
    document_id = row[0]
    spellings = _gold_entity_index(gold)
    kind_of = {entity["name"]: entity["kind"] for entity in gold["entities"]}
    found = _database_entities(connection, document_id)
    mapped = _map_entities(found, spellings)

    matched_gold: Counter[str] = Counter(mapped.values())
    for entity_id, entry in found.items():
        tally = report.entities[entry["kind"]]
        tally.predicted += 1
        gold_name = mapped.get(entity_id)
        if gold_name and kind_of[gold_name] == entry["kind"]:
            tally.true += 1
        elif gold_name:
            report.errors.append(f"{source}: kind {entry['kind']} for {gold_name} ({kind_of[gold_name]})")
        else:
            report.junk += 1
            report.errors.append(f"{gold['document']}: entity not in gold: {entry['name']} ({entry['kind']})")
    for entity in gold["entities"]:
        tally = report.entities[entity["kind"]]
        tally.gold += 1
        if matched_gold[entity["name"]]:
            tally.found += 1
        else:
            report.errors.append(f"{gold['document']}: missed entity {entity['name']} ({entity['kind']})")
    report.duplicates += sum(count - 1 for count in matched_gold.values() if count > 1)
    for name, count in matched_gold.items():
        if count > 1:
            report.errors.append(f"{gold['document']}: {count} entities for {name}")

    _judge_relations(connection, gold, document_id, mapped, report)
    _judge_timeline(connection, gold, document_id, mapped, report)


def _gold_relations(gold: dict) -> list[dict]:
    return [relation for relation in gold["relations"] if relation["predicate"] in PREDICATES]


def _judge_relations(
    connection: sqlite3.Connection, gold: dict, document_id: int, mapped: dict[int, str], report: Report
) -> None:
    marks = ",".join("?" * len(PREDICATES))
    predicted = connection.execute(
        "SELECT subject_id, predicate, object_id, status, date, evidence, confidence FROM relations "
        f"WHERE document_id = ? AND predicate IN ({marks}) AND (confidence IS NULL OR confidence >= ?)",
        (document_id, *PREDICATES, 0.0 if report.include_uncertain else UNCERTAIN_BELOW),
    ).fetchall()
    golds = _gold_relations(gold)
    gold_keys = defaultdict(list)
    for relation in golds:
        gold_keys[(relation["subject"], relation["predicate"], relation["object"])].append(relation)
    seen_predictions = set()
    for subject_id, predicate, object_id, status, date, evidence, _confidence in predicted:
        subject, obj = mapped.get(subject_id), mapped.get(object_id)
        key = (subject, predicate, obj, status, date)
        if key in seen_predictions:
            continue
        seen_predictions.add(key)
        tally, parties = report.relations[predicate], report.parties[predicate]
        tally.predicted += 1
        parties.predicted += 1
        candidates = gold_keys.get((subject, predicate, obj), [])
        if candidates:
            parties.true += 1
        right = [
            relation
            for relation in candidates
            if (predicate != "member_of" or relation.get("status") == status)
            and (relation.get("date") or None) == (date or None)
        ]
        undated = [
            relation
            for relation in candidates
            if (predicate != "member_of" or relation.get("status") == status)
            and not date
            and relation.get("date")
        ]
        if right:
            tally.true += 1
        else:
            tally.undated += bool(undated)
            wanted = "; ".join(f"{r.get('status')} {r.get('date')}" for r in candidates) or "nothing"
            report.errors.append(
                f"{gold['document']}: wrong {predicate} {subject or '?'} -> {obj or '?'} "
                f"[{status} {date}] (gold: {wanted}) :: {(evidence or '')[:140]}"
            )
        if predicate == "member_of" and status in MEMBER_STATUSES:
            denied = [r for r in candidates if r.get("status") not in MEMBER_STATUSES]
            if denied and not [r for r in candidates if r.get("status") in MEMBER_STATUSES]:
                report.false_memberships += 1
    for relation in golds:
        predicate = relation["predicate"]
        tally, parties = report.relations[predicate], report.parties[predicate]
        tally.gold += 1
        parties.gold += 1
        statuses = {
            (status, date)
            for subject_id, p, object_id, status, date, _e, _c in predicted
            if p == predicate
            and mapped.get(subject_id) == relation["subject"]
            and mapped.get(object_id) == relation["object"]
        }
        if statuses:
            parties.found += 1
        wanted_status = relation.get("status") if predicate == "member_of" else None
        if any(predicate != "member_of" or status == wanted_status for status, _ in statuses):
            tally.found += 1
        else:
            report.errors.append(
                f"{gold['document']}: missed {predicate} {relation['subject']} -> {relation['object']} "
                f"[{relation.get('status')} {relation.get('date')}] :: {relation['sentence'][:140]}"
            )


def _judge_timeline(
    connection: sqlite3.Connection, gold: dict, document_id: int, mapped: dict[int, str], report: Report
) -> None:
    events = connection.execute(
        "SELECT e.id, e.date, e.start, e.end, e.text FROM events e WHERE e.document_id = ?", (document_id,)
    ).fetchall()
    about: dict[int, set[str]] = defaultdict(set)
    for event_id, entity_id in connection.execute(
        "SELECT ee.event_id, ee.entity_id FROM event_entities ee JOIN events e ON e.id = ee.event_id "
        "WHERE e.document_id = ?",
        (document_id,),
    ):
        if entity_id in mapped:
            about[event_id].add(mapped[entity_id])
    for event in gold["events"]:
        for entity in event["entities"]:
            report.timeline.gold += 1
            sentence = " ".join(event["sentence"].split())
            holding = [row for row in events if entity in about[row[0]] and _overlaps(sentence, row[4])]
            if not holding:
                report.errors.append(
                    f"{gold['document']}: timeline misses {entity} {event.get('date')} :: "
                    f"{event['sentence'][:100]}"
                )
                continue
            report.timeline.found += 1
            report.dates_judged += 1
            if any(row[1] == event.get("date") for row in holding):
                report.dates_exact += 1
            else:
                report.errors.append(
                    f"{gold['document']}: timeline date {[row[1] for row in holding]} for {entity}, "
                    f"gold {event.get('date')} :: {event['sentence'][:100]}"
                )


_SHARED_RUN = 6


def _overlaps(gold_sentence: str, event_text: str) -> bool:
    """The event is the gold sentence, or holds it, or is held by it (a row inside a line), or the
    two share a run of words as long as a clause: a page set in two columns is read one column
    after the other, while its gold quotes the sentence as the lines interleave it."""
    text = " ".join(event_text.split())
    if gold_sentence in text or text in gold_sentence:
        return True
    gold_words, event_words = gold_sentence.split(), text.split()
    shared = SequenceMatcher(None, gold_words, event_words, autojunk=False).find_longest_match(
        0, len(gold_words), 0, len(event_words)
    )
    return shared.size >= _SHARED_RUN


def evaluate(gold_dir: Path, documents_dir: Path, *, include_uncertain: bool = False) -> Report:
    report = Report(include_uncertain=include_uncertain)
    golds = [json.loads(path.read_text(encoding="utf-8")) for path in sorted(gold_dir.glob("*.json"))]
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "quality.db"
        paths = [documents_dir / gold["document"] for gold in golds]
        build_database(paths, database)
        connection = sqlite3.connect(database)
        for gold in golds:
            judge_document(connection, gold, report)
        connection.close()
    return report


def _ratio(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def format_report(report: Report) -> str:
    lines = ["| Entities | found / gold | recall | right / shown | precision |", "|---|---|---|---|---|"]
    for kind in KINDS:
        tally = report.entities[kind]
        lines.append(
            f"| {kind} | {tally.found} / {tally.gold} | {_ratio(tally.recall)} | "
            f"{tally.true} / {tally.predicted} | {_ratio(tally.precision)} |"
        )
    lines += [
        "",
        f"Duplicates (one real thing, several entities): {report.duplicates}. "
        f"Entities not in the gold lists: {report.junk}.",
        "",
        "| Relations (strict: parties, status, date) | found / gold | recall | right / shown | precision "
        "| right but undated | parties-only precision |",
        "|---|---|---|---|---|---|---|",
    ]
    for predicate in PREDICATES:
        tally, parties = report.relations[predicate], report.parties[predicate]
        lines.append(
            f"| {predicate} | {tally.found} / {tally.gold} | {_ratio(tally.recall)} | {tally.true} / "
            f"{tally.predicted} | {_ratio(tally.precision)} | {tally.undated} | {_ratio(parties.precision)} |"
        )
    exact = report.dates_exact / report.dates_judged if report.dates_judged else None
    lines += [
        "",
        f"Negated, planned or suspended statements shown as a membership: {report.false_memberships}.",
        f"Timeline recall (dated facts naming the entity): {report.timeline.found} / "
        f"{report.timeline.gold} = {_ratio(report.timeline.recall)}; exact date: {report.dates_exact} / "
        f"{report.dates_judged} = {_ratio(exact)}.",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.quality", description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=QUALITY_DIR / "gold")
    parser.add_argument("--documents", type=Path, default=QUALITY_DIR / "documents")
    parser.add_argument("--show-errors", action="store_true", help="list every miss and every wrong fact")
    parser.add_argument(
        "--uncertain", action="store_true", help="judge the facts pages hide as uncertain too"
    )
    args = parser.parse_args(argv)
    report = evaluate(args.gold, args.documents, include_uncertain=args.uncertain)
    print(format_report(report))
    if args.show_errors:
        print("\n" + "\n".join(report.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
