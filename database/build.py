"""Documents -> the SQLite reference database, with sqlite-utils.

Deterministic (the same inputs give the same rows) and atomic: the database is written to a
temporary file beside the target and renamed over it only when complete, so a failed or
killed build leaves the previous database as it was.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import datetime as dt
import gc
import hashlib
import json
import multiprocessing
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from database import rows
from database.corpus import Document, DocumentError, document_from_bytes, read_bytes
from database.discover import DocumentCandidates, discover_entities, document_candidates
from database.extract import build_matcher, extract_document
from database.facts import DocumentFacts
from database.gazetteer import EntitySpec, Gazetteer, load_gazetteer
from database.incremental import BuildCache, CachedDocument, ExtractedFacts, document_words, matcher_view
from database.matcher import AliasMatcher
from database.passages import passages_newest_first
from database.paths import CORRECTIONS_PATH, GAZETTEER_PATH, RESOURCES_DIR, WORLD_CITIES_PATH, is_checkout
from database.progress import BuildProgress, ProgressCallback
from database.rows import Row
from database.tables import FTS_TOKENIZE, SCHEMA_VERSION, create_schema, finish_indexes, insert_rows

__all__ = ["FTS_TOKENIZE", "BuildProgress", "BuildReport", "build_database", "collect_paths"]
_CODE_DIR = Path(__file__).resolve().parent
BUILD_MODULES = (
    "build.py",
    "clauses.py",
    "corpus.py",
    "dates.py",
    "discover.py",
    "event_dates.py",
    "events.py",
    "extract.py",
    "facts.py",
    "gazetteer.py",
    "incremental.py",
    "matcher.py",
    "names.py",
    "passages.py",
    "people.py",
    "places.py",
    "recorded.py",
    "relations.py",
    "rows.py",
    "tables.py",
    "variants.py",
)


@dataclass
class BuildReport:
    lines: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)


DOCUMENT_SUFFIXES = (".txt", ".text", "")


def collect_paths(paths: Iterable[Path]) -> list[Path]:
    """Expand folders into their plain-text files (*.txt, *.text, no suffix; not hidden);
    keep files named directly as given; sort by name."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                child
                for child in sorted(path.iterdir())
                if child.is_file()
                and not child.name.startswith(".")
                and child.suffix.lower() in DOCUMENT_SUFFIXES
            )
        else:
            found.append(path)
    return sorted(dict.fromkeys(found), key=lambda item: (item.name, str(item)))


def input_checksum(documents: Sequence[Document], gazetteer_path: Path = GAZETTEER_PATH) -> str:
    """A digest of what the database is made from: documents, gazetteer and the build code."""
    digest = hashlib.sha256()
    for document in sorted(documents, key=lambda item: item.source):
        digest.update(f"{document.source}\0{document.sha256}\0".encode())
    digest.update(gazetteer_path.read_bytes())
    _add_inputs_besides_documents(digest)
    return digest.hexdigest()


def _add_inputs_besides_documents(digest: hashlib._Hash) -> None:
    for data in (CORRECTIONS_PATH, WORLD_CITIES_PATH):
        digest.update(data.read_bytes() if data.is_file() else b"")
    for name in BUILD_MODULES:
        digest.update(name.encode() + (_CODE_DIR / name).read_bytes())


def cache_inputs_checksum(gazetteer_path: Path = GAZETTEER_PATH) -> str:
    """A digest of everything a build reads besides the documents (the bundled gazetteer too:
    people's given names come from it whichever gazetteer the build is given)."""
    digest = hashlib.sha256(gazetteer_path.read_bytes())
    digest.update(GAZETTEER_PATH.read_bytes())
    _add_inputs_besides_documents(digest)
    return digest.hexdigest()


def cache_folder_for(out: Path) -> Path | None:
    """Where the build cache of the database at `out` lives: beside it, as `<name>.cache`;
    None for a database inside an installation's own files, which are never written."""
    out = out.resolve()
    if not is_checkout() and out.is_relative_to(RESOURCES_DIR.resolve()):
        return None
    return out.with_name(f"{out.name}.cache")


def _read(
    paths: Iterable[Path],
    report: BuildReport,
    progress: ProgressCallback | None,
    cache: BuildCache | None,
) -> list[CachedDocument]:
    """Each readable document once (the first of a name), from the cache when it has it."""
    entries: dict[str, CachedDocument] = {}
    found = collect_paths(paths)
    for done, path in enumerate(found, 1):
        if progress:
            progress(BuildProgress("reading", done, len(found), path.name))
        if path.name in entries:
            report.warnings.append(f"skipped {path}: a document named {path.name} is already in")
            continue
        try:
            data = read_bytes(path)
            key = cache.key(path.name, data) if cache else ""
            entry = cache.load(key) if cache else None
            if entry is None:
                document = document_from_bytes(data, source=path.name)
                words = document_words(document) if cache else None
                entry = CachedDocument(key, document, document_candidates(document), words)
        except DocumentError as error:
            report.warnings.append(f"skipped {path.name}: {error}")
            continue
        if entry.document.encoding not in ("utf-8", "utf-16"):
            report.warnings.append(f"{path.name}: not UTF-8, decoded as {entry.document.encoding}")
        entries[path.name] = entry
    return list(entries.values())


def read_documents(
    paths: Iterable[Path], report: BuildReport, progress: ProgressCallback | None = None
) -> list[Document]:
    return [entry.document for entry in _read(paths, report, progress, None)]


def build_database(
    paths: Iterable[Path],
    out: Path,
    *,
    gazetteer_path: Path = GAZETTEER_PATH,
    progress: ProgressCallback | None = None,
    cache: Path | None = None,
) -> BuildReport:
    """Build the database at `out` from the documents at `paths`; return what happened.

    `progress` hears each step (see `ProgressCallback`). With a `cache` folder, documents an
    earlier build with the same inputs has seen are not parsed or extracted again (see
    `database.incremental`); the database is the same either way."""
    with _collector_paused():
        return _build(paths, out, gazetteer_path, progress, cache)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """The build makes millions of small objects and no cycles worth collecting; the cyclic
    garbage collector, walking them again and again, took up to half of an incremental build."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _build(
    paths: Iterable[Path],
    out: Path,
    gazetteer_path: Path,
    progress: ProgressCallback | None,
    cache: Path | None,
) -> BuildReport:
    report = BuildReport()
    store = BuildCache(cache, cache_inputs_checksum(gazetteer_path)) if cache else None
    entries = _read(paths, report, progress, store)
    if not entries:
        raise DocumentError("no readable documents to build from")
    documents = [entry.document for entry in entries]
    if progress:
        progress(BuildProgress("discovering", 0, 1))
    gazetteer = load_gazetteer(gazetteer_path)
    candidates = [entry.candidates for entry in entries]
    recorded_before = [_recorded_parts(found) for found in candidates]
    specs = discover_entities(documents, list(gazetteer.entities), candidates=candidates)
    changed = [
        any(old is not new for old, new in zip(before, _recorded_parts(found), strict=True))
        for before, found in zip(recorded_before, candidates, strict=True)
    ]
    del recorded_before
    matcher = build_matcher(specs)
    if store is not None:
        facts = _facts(entries, specs, matcher, changed, progress)
        store.store(entry for entry, is_changed in zip(entries, changed, strict=True) if is_changed)
        store.keep_only({entry.key for entry in entries})
    del entries, candidates  # From here on only the documents and their facts are needed.
    if store is None:
        facts = extract_all(documents, specs, matcher, progress)

    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_temporaries(out)
    temporary = out.with_name(f".{out.name}.tmp-{os.getpid()}")
    temporary.unlink(missing_ok=True)
    try:
        tables = make_tables(documents, specs, facts)
        write_database(temporary, tables, _meta(documents, gazetteer, gazetteer_path), progress)
        os.replace(temporary, out)
        report.totals = {
            table: len(tables[table])
            for table in (
                "documents",
                "sections",
                "passages",
                "entities",
                "aliases",
                "mentions",
                "events",
                "relations",
            )
        }
    finally:
        temporary.unlink(missing_ok=True)
    for document, document_facts in zip(documents, facts, strict=True):
        line = (
            f"{document.source}: {len(document.sections)} sections, "
            f"{len(document_facts.mentions)} mentions, {len(document_facts.events)} events, "
            f"{len(document_facts.relations)} relations"
        )
        report.lines.append(line)
    return report


def _recorded_parts(found: DocumentCandidates) -> tuple[object, ...]:
    return (found.cities, found.names, found.people)


def _facts(
    entries: list[CachedDocument],
    specs: list[EntitySpec],
    matcher: AliasMatcher,
    changed: list[bool],
    progress: ProgressCallback | None,
) -> list[DocumentFacts]:
    """Every document's facts: reused where the entity list looks the same from the document
    (see `database.incremental`), extracted otherwise. Marks in `changed` the entries to store."""
    kinds = [spec.kind for spec in specs]
    facts: list[DocumentFacts | None] = []
    views = []
    for entry in entries:
        assert entry.words is not None, "a build with a cache reads every document's words"
        view = matcher_view(matcher, kinds, entry.words)
        views.append(view)
        facts.append(entry.extracted.reused(view) if entry.extracted else None)
    missing = [index for index, found in enumerate(facts) if found is None]
    extracted = extract_all([entries[index].document for index in missing], specs, matcher, progress)
    for index, document_facts in zip(missing, extracted, strict=True):
        facts[index] = document_facts
        entries[index].extracted = ExtractedFacts(views[index], document_facts)
        changed[index] = True
    return [found for found in facts if found is not None]


def _meta(documents: list[Document], gazetteer: Gazetteer, gazetteer_path: Path) -> dict[str, str]:
    built = os.environ.get("SOURCE_DATE_EPOCH")
    built_on = dt.datetime.fromtimestamp(int(built), dt.UTC) if built else dt.datetime.now(dt.UTC)
    return {
        "schema_version": SCHEMA_VERSION,
        "input_checksum": input_checksum(documents, gazetteer_path),
        "built": built_on.date().isoformat(),
        "regions": json.dumps(list(gazetteer.regions)),
    }


def _remove_stale_temporaries(out: Path) -> None:
    """Temporary files left by builds that were killed (their process is gone)."""
    for leftover in out.parent.glob(f".{out.name}.tmp-*"):
        pid = leftover.name.rsplit("-", 1)[-1]
        if not pid.isdigit():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            leftover.unlink(missing_ok=True)
        except PermissionError:
            continue


PARALLEL_FROM = 32  # Below this many documents, starting worker processes costs more than it saves.
_worker_state: tuple[list[EntitySpec], AliasMatcher] | None = None


def _start_worker(specs: list[EntitySpec], matcher: AliasMatcher) -> None:
    global _worker_state
    _worker_state = (specs, matcher)


def _extract_in_worker(document: Document) -> DocumentFacts:
    assert _worker_state is not None
    return extract_document(document, *_worker_state)


def extract_all(
    documents: list[Document],
    specs: list[EntitySpec],
    matcher: AliasMatcher,
    progress: ProgressCallback | None = None,
) -> list[DocumentFacts]:
    """Extract every document, on every core when there are enough documents; the result is in
    document order, so the build stays deterministic."""
    workers = min(os.cpu_count() or 1, 8)
    if workers < 2 or len(documents) < PARALLEL_FROM:
        extracted = (extract_document(document, specs, matcher) for document in documents)
        return _heard(extracted, documents, progress)
    context = multiprocessing.get_context(
        "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    )
    pool = concurrent.futures.ProcessPoolExecutor(
        workers, mp_context=context, initializer=_start_worker, initargs=(specs, matcher)
    )
    try:
        chunksize = max(1, len(documents) // (workers * 8))
        return _heard(pool.map(_extract_in_worker, documents, chunksize=chunksize), documents, progress)
    finally:
        # A build stopped half way does not wait for the documents still queued.
        pool.shutdown(wait=True, cancel_futures=True)


def _heard(
    extracted: Iterable[DocumentFacts], documents: list[Document], progress: ProgressCallback | None
) -> list[DocumentFacts]:
    """Collect the facts in document order, telling `progress` after each document."""
    facts: list[DocumentFacts] = []
    for done, (document, document_facts) in enumerate(zip(documents, extracted, strict=True), 1):
        facts.append(document_facts)
        if progress:
            progress(BuildProgress("extracting", done, len(documents), document.source))
    return facts


def make_tables(
    documents: list[Document], specs: list[EntitySpec], facts: list[DocumentFacts]
) -> dict[str, list[Row]]:
    """Every table's rows, in the order they are written."""
    numbering = rows.kept_entities(specs, facts)
    sections = rows.section_rows(documents, numbering)
    events, event_entities = rows.event_rows(facts, numbering)
    relations = rows.relation_rows(facts, numbering)
    relations += rows.part_of_rows(specs, facts, numbering, first_id=len(relations) + 1)
    relations += rows.comention_rows(facts, numbering, first_id=len(relations) + 1)
    kinds_named = [[(mention.start, specs[mention.entity].kind) for mention in f.mentions] for f in facts]
    return {
        "documents": rows.document_rows(documents),
        "sections": sections,
        "passages": passages_newest_first(documents, numbering.section_id, kinds_named),
        "entities": rows.entity_rows(specs, documents, facts, numbering),
        "aliases": rows.alias_rows(specs, facts, numbering),
        "mentions": rows.mention_rows(facts, numbering),
        "events": events,
        "event_entities": event_entities,
        "relations": relations,
    }


def write_database(
    path: Path, tables: dict[str, list[Row]], meta: dict[str, str], progress: ProgressCallback | None = None
) -> None:
    """Create the schema, load the rows, then the indexes and FTS tables."""
    import sqlite_utils

    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        db = sqlite_utils.Database(connection)
        create_schema(db)
        for done, (table, table_rows) in enumerate(tables.items()):
            if progress:
                progress(BuildProgress("writing", done, len(tables), table))
            insert_rows(connection, table, table_rows)
        if progress:
            progress(BuildProgress("indexing", 0, 1))
        finish_indexes(db)
        db.table("meta").insert_all([{"key": key, "value": value} for key, value in meta.items()])
        connection.commit()
    finally:
        connection.close()
