"""Documents -> the SQLite reference database, with sqlite-utils.

Deterministic (the same inputs give the same rows) and atomic: the database is written to a
temporary file beside the target and renamed over it only when complete, so a failed or
killed build leaves the previous database as it was.
"""

from __future__ import annotations

import collections
import concurrent.futures
import contextlib
import dataclasses
import datetime as dt
import gc
import hashlib
import json
import multiprocessing
import os
import pickle
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from database import rows
from database.corpus import Document, DocumentError, document_from_bytes, read_bytes
from database.discover import DocumentCandidates, discover_entities, document_candidates
from database.extract import build_matcher, extract_document
from database.facts import DocumentFacts
from database.gazetteer import EntitySpec, Gazetteer, load_gazetteer
from database.incremental import (
    BuildCache,
    CachedDocument,
    ExtractedFacts,
    MatcherView,
    document_words,
    entity_list_digest,
    matcher_view,
)
from database.matcher import AliasMatcher
from database.paths import (
    CORRECTIONS_PATH,
    DOCUMENT_SUFFIXES,
    GAZETTEER_PATH,
    GIVEN_NAMES_PATH,
    RESOURCES_DIR,
    WORLD_CITIES_PATH,
    is_checkout,
)
from database.progress import BuildProgress, ProgressCallback
from database.rows import DocumentPart
from database.tables import FTS_TOKENIZE, SCHEMA_VERSION
from database.writer import DatabaseWriter

__all__ = ["FTS_TOKENIZE", "BuildProgress", "BuildReport", "build_database", "collect_paths"]
_CODE_DIR = Path(__file__).resolve().parent
BUILD_MODULES = (
    "build.py",
    "capitals.py",
    "clauses.py",
    "columns.py",
    "corpus.py",
    "dates.py",
    "diagrams.py",
    "discover.py",
    "event_dates.py",
    "events.py",
    "extract.py",
    "facts.py",
    "gazetteer.py",
    "groups.py",
    "incremental.py",
    "markup.py",
    "matcher.py",
    "names.py",
    "offices.py",
    "outline.py",
    "passages.py",
    "pages.py",
    "people.py",
    "places.py",
    "recorded.py",
    "records.py",
    "relations/__init__.py",
    "relations/context.py",
    "relations/dating.py",
    "relations/frames.py",
    "relations/hedges.py",
    "relations/labelled_rows.py",
    "relations/member_clauses.py",
    "relations/member_lists.py",
    "relations/member_tables.py",
    "relations/membership.py",
    "relations/objectless.py",
    "relations/offices.py",
    "relations/pipeline.py",
    "relations/places.py",
    "relations/sentence.py",
    "relations/signing.py",
    "relations/skeleton.py",
    "relations/succession.py",
    "rows.py",
    "tables.py",
    "variants.py",
    "wrapping.py",
    "writer.py",
)


@dataclass
class BuildReport:
    lines: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)


def collect_paths(paths: Iterable[Path]) -> list[Path]:
    """Expand folders into their plain-text files (`DOCUMENT_SUFFIXES`, not hidden); keep files
    named directly as given; sort by name."""
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
    for data in (CORRECTIONS_PATH, WORLD_CITIES_PATH, GIVEN_NAMES_PATH):
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


PARALLEL_FROM = 32  # Below this many documents, starting worker processes costs more than it saves.
_AHEAD = 8  # Documents handed to each worker ahead of the one the build is waiting for.


def _workers(count: int) -> int:
    """How many worker processes a build of `count` documents uses (0: none, work in-process)."""
    workers = min(os.cpu_count() or 1, 8)
    return workers if workers >= 2 and count >= PARALLEL_FROM else 0


def _pool(workers: int) -> concurrent.futures.ProcessPoolExecutor:
    """Worker processes, forked before the build has read anything (so they do not carry its
    memory) where the system can fork, spawned otherwise."""
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    pool = concurrent.futures.ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context(method),
        initializer=_exit_with_parent,
        initargs=(os.getpid(),),
    )
    pool.submit(int)  # Starts the workers now, while the build is small.
    return pool


def _exit_with_parent(parent: int) -> None:
    """A worker whose build was killed outright (no chance to stop its pool) would wait for work
    forever, each holding its memory: it watches its parent and ends when the parent is gone."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="exit-with-parent").start()


T = TypeVar("T")


def _in_order(
    pool: concurrent.futures.ProcessPoolExecutor | None,
    function: Callable[..., T],
    arguments: Iterable[tuple[object, ...]],
    ahead: int,
) -> Iterator[T]:
    """`function` applied to each of `arguments`, on `pool` (or here, without one) with at most
    `ahead` calls running or waiting; the results in the order of `arguments`."""
    if pool is None:
        yield from (function(*each) for each in arguments)
        return
    waiting: collections.deque[concurrent.futures.Future[T]] = collections.deque()
    for each in arguments:
        waiting.append(pool.submit(function, *each))
        while len(waiting) > ahead:
            yield waiting.popleft().result()
    while waiting:
        yield waiting.popleft().result()


def _parse(source: str, data: bytes, with_words: bool) -> CachedDocument:
    """A document read afresh: parsed, its discovery candidates and (for the cache) its words."""
    document = document_from_bytes(data, source=source)
    words = document_words(document) if with_words else None
    return CachedDocument("", document, document_candidates(document), words)


def _read(
    found: list[Path],
    report: BuildReport,
    progress: ProgressCallback | None,
    cache: BuildCache | None,
    pool: concurrent.futures.ProcessPoolExecutor | None = None,
    workers: int = 1,
) -> list[CachedDocument]:
    """Each readable document once (the first of a name), from the cache when it has it, parsed
    on `pool` (of `workers` processes) otherwise; warnings in the order of the paths."""
    ahead = _AHEAD * workers
    entries: list[CachedDocument] = []
    waiting: collections.deque[tuple[int, Path, str, object]] = collections.deque()

    def settle(done: int, path: Path, key: str, item: object) -> None:
        if progress:
            progress(BuildProgress("reading", done, len(found), path.name))
        try:
            if isinstance(item, concurrent.futures.Future):
                item = item.result()
            elif isinstance(item, tuple):
                item = _parse(*item)
            elif isinstance(item, DocumentError):
                raise item
        except DocumentError as error:
            report.warnings.append(f"skipped {path.name}: {error}")
            return
        if not isinstance(item, CachedDocument):
            return
        item.key = key
        if item.document.encoding not in ("utf-8", "utf-16"):
            report.warnings.append(f"{path.name}: not UTF-8, decoded as {item.document.encoding}")
        entries.append(item)

    names: set[str] = set()
    try:
        for done, path in enumerate(found, 1):
            if path.name in names:
                report.warnings.append(f"skipped {path}: a document named {path.name} is already in")
                waiting.append((done, path, "", None))
            else:
                names.add(path.name)
                waiting.append((done, *_start_reading(path, cache, pool)))
            while len(waiting) > ahead:
                settle(*waiting.popleft())
        while waiting:
            settle(*waiting.popleft())
    finally:
        for _done, _path, _key, item in waiting:
            if isinstance(item, concurrent.futures.Future):
                item.cancel()
    return entries


def _start_reading(
    path: Path, cache: BuildCache | None, pool: concurrent.futures.ProcessPoolExecutor | None
) -> tuple[Path, str, object]:
    """(path, cache key, what will give the entry): the cached entry, a parse running on
    `pool`, the arguments to parse here, or the error that made the file unreadable."""
    try:
        data = read_bytes(path)
    except DocumentError as error:
        return path, "", error
    key = cache.key(path.name, data) if cache else ""
    entry = cache.load(key) if cache else None
    if entry is not None:
        return path, key, entry
    arguments = (path.name, data, cache is not None)
    return path, key, pool.submit(_parse, *arguments) if pool is not None else arguments


def read_documents(
    paths: Iterable[Path], report: BuildReport, progress: ProgressCallback | None = None
) -> list[Document]:
    return [entry.document for entry in _read(collect_paths(paths), report, progress, None)]


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
    found = collect_paths(paths)
    workers = _workers(len(found) if store is None else _not_cached(found, store))
    pool = _pool(workers) if workers else None
    try:
        return _build_with(found, out, gazetteer_path, progress, store, pool, workers, report)
    finally:
        # A build stopped half way does not wait for the documents still queued.
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _not_cached(found: list[Path], store: BuildCache) -> int:
    """How many of the documents the cache has no entry for (an unreadable one counts): the
    build starts worker processes only when there are enough to parse and extract."""
    missing = 0
    for path in found:
        try:
            missing += not store.has(store.key(path.name, read_bytes(path)))
        except DocumentError:
            missing += 1
    return missing


@dataclass
class _Discovered:
    """What discovery over the whole corpus settles before any document is extracted."""

    specs: list[EntitySpec]
    matcher: AliasMatcher
    meta: dict[str, str]
    changed: list[bool]  # per document: a recorded corpus-wide answer changed (its cache entry is stale)
    entity_list: str  # its `entity_list_digest`


def _build_with(
    found: list[Path],
    out: Path,
    gazetteer_path: Path,
    progress: ProgressCallback | None,
    store: BuildCache | None,
    pool: concurrent.futures.ProcessPoolExecutor | None,
    workers: int,
    report: BuildReport,
) -> BuildReport:
    entries: list[CachedDocument | None] = list(_read(found, report, progress, store, pool, workers))
    if not entries:
        raise DocumentError("no readable documents to build from")
    documents: list[Document | None] = [entry.document for entry in entries if entry]
    discovered = _discover(entries, gazetteer_path, progress)
    keys = {entry.key for entry in entries if entry}
    views: list[MatcherView | None] = [None] * len(entries)
    reused: list[tuple[DocumentFacts, DocumentPart] | None] = [None] * len(entries)
    if store is None:
        entries = []  # From here on only the documents are needed, each until it is written.
    else:
        _look_up_reusable(entries, discovered, views, reused)
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_temporaries(out)
    temporary = out.with_name(f".{out.name}.tmp-{os.getpid()}")
    temporary.unlink(missing_ok=True)
    try:
        parts = _parts(documents, reused, discovered, progress, store is not None, temporary, pool, workers)
        _write(temporary, parts, discovered, entries, views, documents, store, progress, report)
        os.replace(temporary, out)
    finally:
        temporary.unlink(missing_ok=True)
    if store is not None:
        store.keep_only(keys)
    return report


def _discover(
    entries: list[CachedDocument | None], gazetteer_path: Path, progress: ProgressCallback | None
) -> _Discovered:
    """The entity list from the gazetteer and the documents' candidates, and which documents'
    recorded corpus-wide answers it changed."""
    if progress:
        progress(BuildProgress("discovering", 0, 1))
    documents = [entry.document for entry in entries if entry]
    gazetteer = load_gazetteer(gazetteer_path)
    candidates = [entry.candidates for entry in entries if entry]
    recorded_before = [_recorded_parts(found) for found in candidates]
    specs = discover_entities(documents, list(gazetteer.entities), candidates=candidates)
    changed = [
        any(old is not new for old, new in zip(before, _recorded_parts(found), strict=True))
        for before, found in zip(recorded_before, candidates, strict=True)
    ]
    del recorded_before, candidates  # The answers discovery replaced go before the matcher is made.
    meta = _meta(documents, gazetteer, gazetteer_path)
    matcher = build_matcher(specs)
    entity_list = entity_list_digest(matcher, [spec.kind for spec in specs])
    return _Discovered(specs, matcher, meta, changed, entity_list)


def _look_up_reusable(
    entries: list[CachedDocument | None],
    discovered: _Discovered,
    views: list[MatcherView | None],
    reused: list[tuple[DocumentFacts, DocumentPart] | None],
) -> None:
    """Fill in each cached document's view of the entity list, and its facts and part where
    that view is the one they were extracted with."""
    kinds = [spec.kind for spec in discovered.specs]
    for index, entry in enumerate(entries):
        assert entry is not None and entry.words is not None, "a build with a cache reads words"
        extracted = entry.extracted
        if extracted is not None and extracted.entity_list == discovered.entity_list:
            views[index], reused[index] = extracted.view, (extracted.facts, extracted.part)
            continue
        view = views[index] = matcher_view(discovered.matcher, kinds, entry.words)
        reused[index] = extracted.reused(view) if extracted else None


def _write(
    temporary: Path,
    parts: Iterator[tuple[int, DocumentPart, DocumentFacts | None]],
    discovered: _Discovered,
    entries: list[CachedDocument | None],
    views: list[MatcherView | None],
    documents: list[Document | None],
    store: BuildCache | None,
    progress: ProgressCallback | None,
    report: BuildReport,
) -> None:
    """Write the database at `temporary` as the parts arrive, letting each document go once
    written; with a `store`, keep what was extracted afresh (or whose answers changed)."""
    writer = DatabaseWriter(temporary, discovered.specs)
    try:
        for index, part, extracted in parts:
            writer.add(part)
            report.lines.append(part.line)
            documents[index] = None
            if store is None:
                continue
            entry = entries[index]
            assert entry is not None
            if extracted is not None:
                entry.extracted = ExtractedFacts(
                    views[index],  # type: ignore[arg-type]
                    extracted,
                    part,
                    discovered.entity_list,
                )
                discovered.changed[index] = True
            if discovered.changed[index]:
                store.store([entry])
            entries[index] = None
        report.totals = writer.finish(discovered.meta, progress)
    except BaseException:
        writer.close()
        raise


def _recorded_parts(found: DocumentCandidates) -> tuple[object, ...]:
    return (found.cities, found.names, found.people)


_worker_state: tuple[str, list[EntitySpec], AliasMatcher, dict[int, frozenset[str]]] | None = None


def _extract_part(
    state: str, document: Document, keep_facts: bool
) -> tuple[DocumentPart, DocumentFacts | None]:
    """One document extracted and turned into rows, in a worker process or here. `state` is
    the file holding the build's entity list, matcher and parent names, written once by the
    build and read once by each worker (the workers were started before they existed)."""
    global _worker_state
    if _worker_state is None or _worker_state[0] != state:
        with open(state, "rb") as file:
            _worker_state = (state, *pickle.load(file))
    _state, specs, matcher, parent_keys = _worker_state
    facts = extract_document(document, specs, matcher)
    part = rows.document_part(document, facts, specs, parent_keys)
    return part, facts if keep_facts else None


def _parts(
    documents: list[Document | None],
    reused: list[tuple[DocumentFacts, DocumentPart] | None],
    discovered: _Discovered,
    progress: ProgressCallback | None,
    keep_facts: bool,
    temporary: Path,
    pool: concurrent.futures.ProcessPoolExecutor | None,
    workers: int,
) -> Iterator[tuple[int, DocumentPart, DocumentFacts | None]]:
    """Every document's part, in document order, with its facts when it was extracted (and
    `keep_facts`). Documents with nothing to reuse are extracted on `pool` when there are
    enough of them; a reused part only has its `part_of` citations looked for again (they
    depend on entities' parents, which the cache's view of the document does not cover)."""
    global _worker_state
    specs, matcher = discovered.specs, discovered.matcher
    parent_keys = rows.parent_name_keys(specs)
    missing = [index for index, found in enumerate(reused) if found is None]
    state = temporary.with_name(
        temporary.name.replace(".tmp-", ".tmp-state-")
    )  # Cleaned up as temporaries are.
    if pool is not None and len(missing) >= PARALLEL_FROM:
        state.write_bytes(pickle.dumps((specs, matcher, parent_keys), protocol=pickle.HIGHEST_PROTOCOL))
    else:
        pool = None
        _worker_state = (str(state), specs, matcher, parent_keys)
    try:
        jobs = ((str(state), documents[index], keep_facts) for index in missing)
        extracted = _in_order(pool, _extract_part, jobs, ahead=max(1, workers) * _AHEAD)
        done = 0
        for index, document in enumerate(documents):
            assert document is not None
            found = reused[index]
            if found is None:
                part, kept = next(extracted)
                done += 1
                if progress:
                    progress(BuildProgress("extracting", done, len(missing), document.source))
                yield index, part, kept
            else:
                reused[index] = None
                facts, part = found
                yield (
                    index,
                    dataclasses.replace(part, named_parents=rows.named_parents(facts, parent_keys)),
                    None,
                )
    finally:
        state.unlink(missing_ok=True)
        _worker_state = None


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
