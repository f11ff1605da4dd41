"""The user's own library: documents copied into the user data folder, built together with the
bundled ones into a database of their own. The bundled database is never written.

The folder holds `documents/` (the copies), `library.json` (what each copy is and where it came
from) and `library.db`. The manifest, not the folder's listing, says what is in the library, so
a stray file in `documents/` is never built. Copies keep their file name (the name citations
show); a name already taken gets a number ("report-2.txt"). Every write (a copy, the manifest)
goes to a temporary file renamed into place, so a build reading the folder meanwhile sees the
old file or the new one, never half of one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from functools import cached_property
from pathlib import Path

from database.paths import DOCUMENTS_DIR, library_database_path, library_folder

MANIFEST_VERSION = 1


@dataclass(frozen=True)
class LibraryEntry:
    """One added document: its name in the library, where it was copied from and when."""

    source: str
    original: str
    sha256: str
    added: str
    folder: str | None = None


@dataclass
class Changes:
    """What an add, remove or re-scan did, each as the document's name (or a message for skips)."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        """True when the library's documents differ from before (its database needs a build)."""
        return bool(self.added or self.updated or self.removed)

    def summary(self) -> str:
        """'2 added, 1 updated, 1 skipped' — the parts that are not zero."""
        counts = [
            (len(self.added), "added"),
            (len(self.updated), "updated"),
            (len(self.removed), "removed"),
            (len(self.unchanged), "unchanged"),
            (len(self.skipped), "skipped"),
            (len(self.missing), "missing at their original place"),
        ]
        return ", ".join(f"{count} {what}" for count, what in counts if count) or "nothing to do"


class Library:
    """A library folder and its manifest. Not thread-safe: one owner changes it."""

    def __init__(self, folder: Path | None = None, *, bundled: Path = DOCUMENTS_DIR) -> None:
        self.folder = folder if folder is not None else library_folder()
        self.bundled = bundled
        self.documents_folder = self.folder / "documents"
        self.database_path = self.database_path_in(self.folder)
        self.manifest_path = self.folder / "library.json"
        self._entries: list[LibraryEntry] = []
        self.folders: list[str] = []
        self.ignored: list[str] = []
        self._load()

    @staticmethod
    def database_path_in(folder: Path) -> Path:
        """The library database of a library folder (found without reading the manifest)."""
        return library_database_path(folder)

    @property
    def entries(self) -> list[LibraryEntry]:
        return list(self._entries)

    def build_paths(self) -> list[Path]:
        """What the library's database is built from: the bundled documents, then each copy."""
        return [self.bundled, *(self.documents_folder / entry.source for entry in self._entries)]

    def origins(self) -> dict[str, LibraryEntry]:
        return {entry.source: entry for entry in self._entries}

    def add(self, paths: Iterable[Path]) -> Changes:
        """Copy files, and every document of folders, into the library; folders are kept to be
        re-scanned. A file already in (same original, same content) is left as it is."""
        from database.build import collect_paths  # The build code loads when the library changes.

        changes = Changes()
        for path in paths:
            path = path.expanduser().resolve()
            if path.is_dir():
                if str(path) not in self.folders:
                    self.folders.append(str(path))
                for child in collect_paths([path]):
                    self._add_file(child, str(path), changes)
            elif path.exists():
                self._add_file(path, None, changes)
            else:
                changes.skipped.append(f"{path}: no such file or folder")
        self._save()
        return changes

    def remove(self, sources: Iterable[str]) -> Changes:
        """Take documents out of the library (their copies are deleted; the originals are not
        touched). A re-scan does not bring them back; adding them again does."""
        changes = Changes()
        wanted = set(sources)
        kept = []
        for entry in self._entries:
            if entry.source not in wanted:
                kept.append(entry)
                continue
            (self.documents_folder / entry.source).unlink(missing_ok=True)
            if entry.original not in self.ignored:
                self.ignored.append(entry.original)
            changes.removed.append(entry.source)
        self._entries = kept
        self._save()
        return changes

    def rescan(self) -> Changes:
        """Bring the library up to date with the originals: new documents in the folders added,
        changed files copied again. A document whose original is gone is kept (listed as
        missing): the library holds copies, so an unplugged drive loses nothing."""
        from database.build import collect_paths

        changes = Changes()
        for folder in list(self.folders):
            if not Path(folder).is_dir():
                changes.missing.append(folder)
                continue
            for child in collect_paths([Path(folder)]):
                if str(child.resolve()) not in self.ignored:
                    self._add_file(child.resolve(), folder, changes)
        seen = set(changes.added + changes.updated + changes.unchanged)
        for entry in list(self._entries):
            if entry.source in seen:
                continue
            original = Path(entry.original)
            if original.is_file():
                self._add_file(original, entry.folder, changes)
            else:
                changes.missing.append(entry.source)
        self._save()
        return changes

    def _add_file(self, path: Path, folder: str | None, changes: Changes) -> None:
        from database.corpus import DocumentError, read_document

        original = str(path)
        try:
            data = path.read_bytes()
            read_document(path)
        except OSError as error:
            changes.skipped.append(f"{path.name}: {error.strerror or error}")
            return
        except DocumentError as error:
            changes.skipped.append(f"{path.name}: {error}")
            return
        digest = hashlib.sha256(data).hexdigest()
        if original in self.ignored:
            self.ignored.remove(original)
        same_original = next((entry for entry in self._entries if entry.original == original), None)
        if same_original is not None:
            if same_original.sha256 == digest:
                changes.unchanged.append(same_original.source)
                return
            self._write_copy(same_original.source, data)
            index = self._entries.index(same_original)
            self._entries[index] = LibraryEntry(
                same_original.source, original, digest, _today(), folder or same_original.folder
            )
            changes.updated.append(same_original.source)
            return
        same_content = next((entry for entry in self._entries if entry.sha256 == digest), None)
        if same_content is not None:
            changes.skipped.append(f"{path.name}: already in the library as {same_content.source}")
            return
        if digest in self._bundled_digests:
            changes.skipped.append(f"{path.name}: already one of the bundled documents")
            return
        source = self._free_name(path.name)
        self._write_copy(source, data)
        self._entries.append(LibraryEntry(source, original, digest, _today(), folder))
        changes.added.append(source)

    def _free_name(self, name: str) -> str:
        """`name`, or with a number before its suffix when a bundled or added document has it."""
        taken = {entry.source for entry in self._entries} | {path.name for path in self._bundled_files}
        name = name.lstrip(".") or "document.txt"
        stem, dot, suffix = name.rpartition(".") if "." in name else (name, "", "")
        candidate, number = name, 1
        while candidate in taken:
            number += 1
            candidate = f"{stem}-{number}{dot}{suffix}"
        return candidate

    @cached_property
    def _bundled_files(self) -> list[Path]:
        from database.build import collect_paths

        return collect_paths([self.bundled])

    @cached_property
    def _bundled_digests(self) -> set[str]:
        return {hashlib.sha256(path.read_bytes()).hexdigest() for path in self._bundled_files}

    def _write_copy(self, source: str, data: bytes) -> None:
        self.documents_folder.mkdir(parents=True, exist_ok=True)
        _write_atomically(self.documents_folder / source, data)

    def _load(self) -> None:
        try:
            data = json.loads(self.manifest_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as error:
            raise LibraryError(f"cannot read {self.manifest_path}: {error}") from error
        try:
            self._entries = [LibraryEntry(**entry) for entry in data["documents"]]
            self.folders = [str(folder) for folder in data.get("folders", [])]
            self.ignored = [str(path) for path in data.get("ignored", [])]
        except (KeyError, TypeError) as error:
            raise LibraryError(f"{self.manifest_path} is not a library manifest") from error

    def _save(self) -> None:
        manifest = {
            "version": MANIFEST_VERSION,
            "documents": [asdict(entry) for entry in self._entries],
            "folders": self.folders,
            "ignored": self.ignored,
        }
        self.folder.mkdir(parents=True, exist_ok=True)
        text = json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
        _write_atomically(self.manifest_path, text.encode("utf-8"))


class LibraryError(Exception):
    """The library's manifest cannot be read."""


def _write_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def _today() -> str:
    return dt.date.today().isoformat()
