"""What a build keeps per document, so the next build skips what has not changed.

A document's entry holds its parsed form, its discovery candidates and its extracted facts. It
is found by the document's name and bytes and the build's inputs other than the documents (the
code, the gazetteer and the data files), so any change to those starts afresh.

Extraction also depends on the other documents, through the entity list they make together:
which aliases the matcher holds, which entity each names, and their kinds. A document's facts
are kept with a digest of that entity list as seen from the document (`MatcherView`: only the
aliases all of whose words occur in it, with the entities' kinds and relative order), and reused
only when the digest is the same; the entity numbers are then carried over to the new list.
Extraction compares entity numbers only with each other, so keeping their order keeps the facts.
When the whole entity list is the one the facts were extracted with (`entity_list_digest`: a
document added that names nothing new), the view is the same by construction and is not made
again, which is most of what reusing a thousand documents costs.

Entries are pickles behind a digest of their bytes. One that cannot be read, fails its digest,
or belongs to other inputs is ignored and rewritten; the cache is only ever a shortcut.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from database.corpus import Document
from database.discover import DocumentCandidates
from database.facts import Definition, DocumentFacts
from database.matcher import AliasMatcher, text_words
from database.names import fold_token, pack_words, unpack_words
from database.rows import DocumentPart, renumbered_part

_MAGIC = b"casecref-build-cache 3\n"


@dataclass(frozen=True)
class DocumentWords:
    """The words of a document's text, title and headings, as the matcher cuts them, packed
    (`names.pack_words`: sets kept for thousands of documents would take gigabytes)."""

    folded: str
    lowered: str


def document_words(document: Document) -> DocumentWords:
    pieces = [document.text, document.title, *(" ".join(section.path) for section in document.sections)]
    folded, lowered = text_words("\n".join(pieces))
    return DocumentWords(pack_words(folded), pack_words(lowered))


@dataclass(frozen=True)
class MatcherView:
    """The entity list as one document sees it: `digest` names it, `entities` are the numbers
    of the entities it involves, in order."""

    digest: str
    entities: tuple[int, ...]


def entity_list_digest(matcher: AliasMatcher, kinds: Sequence[str]) -> str:
    """A digest of everything `matcher_view` reads of the entity list, for any document."""
    return hashlib.sha256(repr((matcher.described(), list(kinds))).encode()).hexdigest()


def matcher_view(matcher: AliasMatcher, kinds: Sequence[str], words: DocumentWords) -> MatcherView:
    """What `extract_document` can learn about the entity list from this document."""
    aliases = matcher.aliases_within(frozenset(unpack_words(words.folded)))
    entities = sorted({entity for _alias, candidates in aliases for entity, _rule in candidates})
    rank = {entity: index for index, entity in enumerate(entities)}
    first_words = {alias[0] for alias, _candidates in aliases}
    starts = sorted(
        word
        for word in matcher.words_starting_aliases(frozenset(unpack_words(words.lowered)))
        if fold_token(word.replace("-", "")) in first_words
    )
    described = (
        [(alias, [(rank[entity], rule) for entity, rule in candidates]) for alias, candidates in aliases],
        [kinds[entity] for entity in entities],
        starts,
    )
    return MatcherView(hashlib.sha256(repr(described).encode()).hexdigest(), tuple(entities))


@dataclass(frozen=True)
class ExtractedFacts:
    """A document's facts and rows, numbered as the entity list of the build that extracted
    them (`entity_list`: its `entity_list_digest`)."""

    view: MatcherView
    facts: DocumentFacts
    part: DocumentPart
    entity_list: str

    def reused(self, view: MatcherView) -> tuple[DocumentFacts, DocumentPart] | None:
        """The facts and rows renumbered for a build whose view of the document is `view`, or
        None when that view differs (they would not be the same)."""
        if view.digest != self.view.digest:
            return None
        if view.entities == self.view.entities:
            return self.facts, self.part
        number = dict(zip(self.view.entities, view.entities, strict=True))
        return renumbered(self.facts, number), renumbered_part(self.part, number)


def renumbered(facts: DocumentFacts, number: dict[int, int]) -> DocumentFacts:
    """`facts` with every entity number `n` replaced by `number[n]` (an order-keeping map)."""
    copy = DocumentFacts(sentences=facts.sentences)
    copy.mentions = [replace(mention, entity=number[mention.entity]) for mention in facts.mentions]
    copy.events = [
        replace(event, entities=tuple(number[entity] for entity in event.entities)) for event in facts.events
    ]
    copy.relations = [
        replace(fact, subject=number[fact.subject], object=number[fact.object]) for fact in facts.relations
    ]
    copy.definitions = {
        number[entity]: Definition(number[entity], definition.span)
        for entity, definition in facts.definitions.items()
    }
    for (left, right), count in facts.cooccurrence.items():
        copy.cooccurrence[(number[left], number[right])] = count
    copy.first_comention = {
        (number[left], number[right]): span for (left, right), span in facts.first_comention.items()
    }
    copy.title_entities = frozenset(number[entity] for entity in facts.title_entities)
    return copy


@dataclass
class CachedDocument:
    """Everything a build keeps about one document."""

    key: str
    document: Document
    candidates: DocumentCandidates
    words: DocumentWords | None  # Only read with a cache.
    extracted: ExtractedFacts | None = None


class BuildCache:
    """A folder of `CachedDocument` entries, one file each, for builds with the same inputs
    (`inputs`: a digest of everything but the documents)."""

    def __init__(self, folder: Path, inputs: str) -> None:
        self.folder = folder
        self._inputs = inputs

    def key(self, source: str, data: bytes) -> str:
        digest = hashlib.sha256(f"{self._inputs}\0{source}\0".encode())
        digest.update(hashlib.sha256(data).digest())
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / f"{key}.entry"

    def has(self, key: str) -> bool:
        """Whether there is an entry for `key` (it may still fail to load)."""
        return self._path(key).is_file()

    def load(self, key: str) -> CachedDocument | None:
        """The entry for `key`, or None when there is none or it cannot be trusted."""
        try:
            blob = self._path(key).read_bytes()
        except OSError:
            return None
        header = len(_MAGIC) + 64
        if not blob.startswith(_MAGIC) or len(blob) < header + 1:
            return None
        payload = blob[header:]
        if hashlib.sha256(payload).hexdigest().encode() != blob[len(_MAGIC) : header]:
            return None
        try:
            entry = pickle.loads(payload)
        except Exception:  # A damaged or outdated pickle can raise almost anything.
            return None
        if not isinstance(entry, CachedDocument) or entry.key != key:
            return None
        return entry

    def store(self, entries: Iterable[CachedDocument]) -> None:
        """Write entries, each to a temporary file renamed into place; a cache that cannot be
        written only makes the next build slower."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            for entry in entries:
                payload = pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL)
                path = self._path(entry.key)
                temporary = path.with_name(f".{path.name}.{os.getpid()}")
                temporary.write_bytes(_MAGIC + hashlib.sha256(payload).hexdigest().encode() + payload)
                os.replace(temporary, path)
        except OSError:
            return

    def keep_only(self, keys: set[str]) -> None:
        """Remove the entries of documents no longer built (and temporaries of killed builds)."""
        try:
            for path in self.folder.iterdir():
                stale = path.name.endswith(".entry") and path.name.removesuffix(".entry") not in keys
                abandoned = path.name.startswith(".") and not _writer_alive(path.name.rsplit(".", 1)[-1])
                if stale or abandoned:
                    path.unlink(missing_ok=True)
        except OSError:
            return


def _writer_alive(pid: str) -> bool:
    if not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
