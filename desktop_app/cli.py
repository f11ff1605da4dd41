"""The command line: the top layer, a thin one over `database` and the render layer, turning
every failure into one line. Nothing in the product imports it.

Exit codes: 0 success, 1 an unknown entity name (with suggestions), 2 an unusable database,
bad arguments or a failed build.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from database import __version__
from database.connection import open_database
from database.errors import DatabaseError
from database.paths import (
    BUNDLED_DATABASE,
    DOCUMENT_SUFFIXES,
    DOCUMENTS_DIR,
    is_checkout,
    rebuild_target,
    user_database_path,
)
from database.tables import KINDS

if TYPE_CHECKING:
    from database.corrections import Correction

FORMATS = ("text", "json", "html", "md", "pdf")


class CliError(Exception):
    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


def _help_formatter(prog: str) -> argparse.HelpFormatter:
    """argparse's RawDescriptionHelpFormatter at the width it would measure itself (COLUMNS, else
    the terminal's, else 80; less 2), measured here: argparse makes one for every argument
    added, and measuring through `shutil` imports shutil and its compression modules."""
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns if sys.__stdout__ else 0
        except (AttributeError, ValueError, OSError):
            columns = 0
    return argparse.RawDescriptionHelpFormatter(prog, width=(columns or 80) - 2)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # Override: one line, exit 2, no usage dump.
        raise CliError(f"{self.prog}: {message}")


PROGRAM = "casecref"
_EXAMPLES = {
    "": """examples:
  casecref                                   open the window
  casecref search "Partnership for Peace"
  casecref summary Kyrgyzstan --format pdf -o kyrgyzstan.pdf
  casecref build ~/reports --db ~/reports.db  your own documents, then
  casecref --db ~/reports.db                  the window on them""",
    "build": """examples:
  casecref build                              rebuild the bundled documents
  casecref build ~/reports --db reports.db    your own documents into reports.db

Documents are plain-text files: SUFFIXES, or no suffix;
a folder means every such file in it. Without --db the bundled documents rebuild the bundled
database; when it belongs to an installation (or its folder is read-only) the build goes to the
user data folder instead, which the window and the other commands fall back to when the bundled
database is unusable.

What each document gave is kept beside the database (OUT.cache); the next build parses and
extracts only the documents that changed, with the same result. --no-cache builds from scratch
and keeps nothing.""",
    "entities": """examples:
  casecref entities
  casecref entities --kind organization
  casecref entities --json > entities.json""",
    "search": """examples:
  casecref search Manas
  casecref search '"collective security" OR CSTO' --limit 5
  casecref search join* --json

Words are stemmed (join finds joined); "exact phrase", prefix*, a OR b, a NOT b; anything else
is searched as plain words.""",
    "summary": """examples:
  casecref summary Kyrgyzstan
  casecref summary "kyrgyz republic" --format md -o kyrgyzstan.md
  casecref summary CSTO --format pdf -o csto.pdf --page-size Letter

NAME is a name or any alias, matched ignoring case, diacritics and spelling. An unknown NAME
exits 1 with suggestions.""",
    "bookmarks": """examples:
  casecref bookmarks                          title, kind and where each is now
  casecref bookmarks --json > bookmarks.json  the export the window's Import… reads

Bookmarks are the window's (Ctrl+D), kept in the user data folder. Each is looked for in the
database: "moved" when its words now stand elsewhere, "no longer found" when they are gone.""",
    "notes": """examples:
  casecref notes                              each note, where it is, and its words
  casecref notes --json > notes.json          every note with its place and state

Notes are the window's (Ctrl+N), kept in the user data folder; each is looked for in the
database: "moved" when its words now stand elsewhere, "no longer found" when they are gone.""",
    "corrections": """examples:
  casecref corrections                        each correction: what, when, who, why
  casecref corrections --json > mine.json     the file a colleague imports in the window

Corrections are applied whenever a page is read, from any database; "not found in this
database" when the entity or the sentence of a rejected fact is not in it.""",
    "self-test": """example:
  casecref self-test        prints {"ok": true, ...} with timings in milliseconds""",
}


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; with `only`, that one command's parser and no other (what `main`
    builds when the arguments name their command: all eight cost a command a few milliseconds,
    argparse looking up translations and the terminal's width for every argument)."""
    parser = _Parser(
        prog=PROGRAM,
        description="Central Asia Security Reference: what a corpus of documents says about countries,\n"
        "organizations, programmes, treaties, people and places, every fact traced to its sentence.\n"
        "With no command, opens the window.",
        epilog=_EXAMPLES[""],
        formatter_class=_help_formatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db", type=Path, default=None, metavar="PATH", help="database to read (default: the bundled one)"
    )
    commands = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")
    for name, help_text, add_arguments in _COMMANDS:
        if only is not None and name != only:
            continue
        sub = commands.add_parser(
            name,
            help=help_text,
            description=help_text[0].upper() + help_text[1:] + ".",
            epilog=_EXAMPLES[name].replace(
                "SUFFIXES", ", ".join(f"*{suffix}" for suffix in DOCUMENT_SUFFIXES if suffix)
            ),
            formatter_class=_help_formatter,
        )
        database_help = (
            "database to write (default: the bundled one, see below)"
            if name == "build"
            else "database to read (default: the bundled one)"
        )
        sub.add_argument("--db", type=Path, default=argparse.SUPPRESS, metavar="PATH", help=database_help)
        add_arguments(sub)
    return parser


def _build_arguments(build: argparse.ArgumentParser) -> None:
    build.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="document files or folders (default: the bundled ones)",
    )
    build.add_argument(
        "--progress",
        choices=("auto", "off", "json"),
        default="auto",
        help="auto: a progress line on a terminal (default); off; json: one JSON object a line on "
        "standard output, then {stage: done, warnings, totals}",
    )
    build.add_argument(
        "--no-cache",
        action="store_true",
        help="parse and extract every document again, and keep no cache beside the database",
    )


def _entities_arguments(listing: argparse.ArgumentParser) -> None:
    listing.add_argument("--kind", choices=KINDS, help="only entities of this kind")
    listing.add_argument("--json", action="store_true", help="a JSON list of {id, name, kind, aliases, ...}")


def _search_arguments(find: argparse.ArgumentParser) -> None:
    find.add_argument("query", metavar="QUERY", help="what to look for (quote it if it has spaces)")
    find.add_argument(
        "--limit", type=int, default=20, metavar="N", help="at most N hits of each type (default 20)"
    )
    find.add_argument(
        "--json",
        action="store_true",
        help="JSON: {query, results: [...], missing, total, facets, suggestions}",
    )
    find.add_argument("--kind", choices=KINDS, help="entities of this kind, and passages naming one")
    find.add_argument("--document", metavar="SOURCE", help="only passages of this document (its file name)")
    find.add_argument(
        "--year", type=_year_range, metavar="YYYY[-YYYY]", help="only passages naming a year in this range"
    )


def _summary_arguments(show: argparse.ArgumentParser) -> None:
    show.add_argument("name", metavar="NAME", help="the entity's name or an alias")
    show.add_argument(
        "--format", choices=FORMATS, default="text", help="text (default), json, html, md or pdf (needs -o)"
    )
    show.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="write to FILE (default: standard output)"
    )
    show.add_argument(
        "--page-size",
        choices=("A4", "Letter", "Legal", "A5"),
        default=None,
        help="paper for pdf (default: the locale's)",
    )
    show.add_argument(
        "--sheet",
        choices=("briefing", "dossier"),
        default=None,
        help="the one-to-two-page briefing or everything (default: briefing for pdf, dossier otherwise)",
    )
    show.add_argument(
        "--uncertain", action="store_true", help="include facts found with low confidence, marked"
    )


def _json_argument(help_text: str) -> Callable[[argparse.ArgumentParser], None]:
    def add(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--json", action="store_true", help=help_text)

    return add


def _no_arguments(sub: argparse.ArgumentParser) -> None:
    return None


_COMMANDS: tuple[tuple[str, str, Callable[[argparse.ArgumentParser], None]], ...] = (
    ("build", "build a database from documents", _build_arguments),
    ("entities", "list the entities of the database", _entities_arguments),
    ("search", "search entities and passages", _search_arguments),
    ("summary", "print or export an entity's page", _summary_arguments),
    (
        "bookmarks",
        "list or export the bookmarks made in the window",
        _json_argument("the bookmarks file the window exports, each with its state"),
    ),
    (
        "notes",
        "list or export the notes written in the window",
        _json_argument("every note with its place and state"),
    ),
    (
        "corrections",
        "list or export the corrections made in the window",
        _json_argument("the corrections file the window exports, each with its state"),
    ),
    ("self-test", "open the window off screen, search, render a summary and print timings", _no_arguments),
)


def command_named(argv: Sequence[str]) -> str | None:
    """The command `argv` names when nothing but `--db PATH` comes before it; None otherwise
    (no command, an unknown one, or a top-level option such as --help: all commands are built)."""
    words = iter(argv)
    for word in words:
        if word == "--db":
            next(words, None)
        elif not word.startswith("--db="):
            known = {name for name, _, _ in _COMMANDS}
            return word if word in known and not word.startswith("-") else None
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser(command_named(argv)).parse_args(argv)
        if args.command is None:
            from desktop_app.app import run_window

            return run_window(args.db)
        handler = {
            "build": _build,
            "entities": _entities,
            "search": _search,
            "summary": _summary,
            "self-test": _self_test,
            "bookmarks": _bookmarks,
            "notes": _notes,
            "corrections": _corrections,
        }[args.command]
        return handler(args)
    except CliError as error:
        print(str(error), file=sys.stderr)
        return error.code
    except DatabaseError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def _database_path(args: argparse.Namespace) -> Path:
    return args.db if args.db is not None else BUNDLED_DATABASE


def _connect(args: argparse.Namespace):
    """The named database; by default the bundled one, or when that is unusable an earlier
    rebuild in the user data folder (as the window does)."""
    if args.db is not None:
        return open_database(args.db)
    try:
        return open_database(BUNDLED_DATABASE)
    except DatabaseError:
        if not user_database_path().exists():
            raise
    return open_database(user_database_path())


def _build(args: argparse.Namespace) -> int:
    from database.build import build_database, cache_folder_for
    from database.corpus import DocumentError

    paths = args.paths or [DOCUMENTS_DIR]
    for path in paths:
        if not path.exists():
            raise CliError(f"build: no such file or folder: {path}")
    if args.paths and args.db is None and not is_checkout():
        raise CliError("build: your own documents need --db OUT; the bundled database keeps the bundled ones")
    out = args.db if args.db is not None else rebuild_target(BUNDLED_DATABASE)
    import signal

    from desktop_app.progress import json_progress, terminal_progress

    as_json = args.progress == "json"
    # A terminated build (the window's Cancel) unwinds like Ctrl+C, removing its temporary file.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    shown = json_progress if as_json else terminal_progress(sys.stderr, enabled=args.progress == "auto")
    try:
        with shown:
            cache = None if args.no_cache else cache_folder_for(out)
            report = build_database(paths, out, progress=shown.update, cache=cache)
    except DocumentError as error:
        raise CliError(f"build: {error}") from error
    except OSError as error:
        raise CliError(f"build: cannot write {out}: {error.strerror or error}") from error
    if as_json:
        print(json.dumps({"stage": "done", "warnings": report.warnings, "totals": report.totals}), flush=True)
        return 0
    for line in report.lines:
        print(line)
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    totals = ", ".join(f"{count} {name}" for name, count in report.totals.items())
    print(f"built {out}: {totals}")
    return 0


def _entities(args: argparse.Namespace) -> int:
    from database import reference

    rows = reference.entities(_connect(args), args.kind)
    if args.json:
        shape = [
            {
                "id": row.id,
                "name": row.name,
                "kind": row.kind,
                "category": row.category,
                "aliases": list(row.aliases),
                "parent": row.parent,
                "mentions": row.mentions,
            }
            for row in rows
        ]
        print(json.dumps(shape, ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        aliases = f"  ({', '.join(row.aliases[:4])})" if row.aliases else ""
        print(f"{row.kind:<12} {row.name}{aliases}  [{row.mentions}]")
    return 0


def _year_range(text: str) -> tuple[int, int]:
    """`--year`: YYYY or YYYY-YYYY."""
    first, _, last = text.partition("-")
    if not (first.isdigit() and len(first) == 4 and (not last or (last.isdigit() and len(last) == 4))):
        raise argparse.ArgumentTypeError(f"expected YYYY or YYYY-YYYY, got {text!r}")
    years = (int(first), int(last or first))
    if years[0] > years[1]:
        raise argparse.ArgumentTypeError(f"the first year comes after the last: {text!r}")
    return years


def _search(args: argparse.Namespace) -> int:
    from database.fulltext import HIGHLIGHT_END, HIGHLIGHT_START, Filters, search

    if args.limit < 1:
        raise CliError("search: --limit must be at least 1")
    connection = _connect(args)
    if args.document is not None:
        from database import reference

        sources = [source.source for source in reference.documents(connection).documents]
        if args.document not in sources:
            import difflib

            close = difflib.get_close_matches(args.document, sources, n=3)
            hint = f"; did you mean: {', '.join(close)}?" if close else ""
            raise CliError(f"search: no document named {args.document!r}{hint}")
    filters = Filters(kind=args.kind, document=args.document, years=args.year)
    results = search(connection, args.query, limit=args.limit, prefix=False, filters=filters)
    corrections = _saved_corrections()
    if corrections:
        from database.restructure import correct_search

        results = correct_search(connection, results, corrections)
    entities = [
        {
            "type": "entity",
            "score": round(hit.score, 3),
            "snippet": hit.name,
            "id": hit.id,
            "name": hit.name,
            "kind": hit.kind,
            "aliases": list(hit.aliases),
            "matched": hit.matched,
        }
        for hit in results.entities
    ]
    passages = [
        {
            "type": "passage",
            "score": hit.score,
            "snippet": hit.snippet.replace(HIGHLIGHT_START, "[").replace(HIGHLIGHT_END, "]"),
            "source": hit.source,
            "title": hit.title,
            "section": hit.section,
            "start": hit.start,
            "end": hit.end,
            "match": hit.match,
            "missing": list(hit.missing),
            "years": list(hit.years),
        }
        for hit in results.passages
    ]
    if args.json:
        print(
            json.dumps(
                {
                    "query": args.query,
                    "results": entities + passages if results.name_first else passages + entities,
                    "missing": list(results.missing),
                    "total": results.total,
                    "capped": results.capped,
                    "facets": {
                        "documents": [
                            {"source": source, "title": title, "count": count}
                            for source, title, count in results.facets.documents
                        ],
                        "kinds": dict(results.facets.kinds),
                        "years": {str(year): count for year, count in results.facets.years},
                    },
                    "suggestions": [suggestion.text for suggestion in results.suggestions],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    _print_search(results)
    return 0


def _print_search(results) -> None:
    from database.fulltext import HIGHLIGHT_END, HIGHLIGHT_START

    if results.missing:
        print(f"missing: {', '.join(results.missing)} (no passage has every word)")
    if results.suggestions:
        print(f"did you mean: {'; '.join(suggestion.text for suggestion in results.suggestions)}?")
    if results.empty:
        print(f"no results for {results.query!r}")
        return
    entity_lines = [f"{hit.kind:<12} {hit.name}" for hit in results.entities]
    passage_lines = []
    for hit in results.passages:
        snippet = hit.snippet.replace(HIGHLIGHT_START, "*").replace(HIGHLIGHT_END, "*")
        lacking = f"  (missing: {', '.join(hit.missing)})" if hit.missing else ""
        passage_lines.append(f"\n{hit.source} — {hit.section}{lacking}\n  {snippet}")
    for line in entity_lines + passage_lines if results.name_first else passage_lines + entity_lines:
        print(line)
    if results.passages:
        counted = f"{results.total}+" if results.capped else str(results.total)
        noun = "passage has" if results.total == 1 and not results.capped else "passages have"
        print(f"\n{counted} {noun} every word")


def _summary(args: argparse.Namespace) -> int:
    from database import reference
    from desktop_app.render import data, entity, html, plain
    from desktop_app.render.addresses import entity_url
    from desktop_app.router import PageRouter, entity_sheet

    connection = _connect(args)
    store = _user_store("summary")  # The reader's notes and corrections, as the window shows them.
    found = reference.find_entity(connection, args.name, store.corrections())
    if found is None:
        close = reference.suggestions(connection, args.name)
        hint = f"; did you mean: {', '.join(close)}?" if close else ""
        raise CliError(f"summary: no entity named {args.name!r}{hint}", code=1)
    mode = args.sheet or ("briefing" if args.format == "pdf" else "dossier")
    if args.format == "pdf":
        if args.output is None:
            raise CliError("summary: --format pdf needs -o FILE")
        from desktop_app.printing import write_pdf

        page = PageRouter(connection, store=store).page(
            entity_url(found.id), html.PRINT_COLORS, show_uncertain=args.uncertain
        )
        if page is None or page.printable is None:
            raise CliError(f"summary: {found.name} has no printable page")
        printable = page.printable.chosen(mode == "dossier")
        try:
            pages = write_pdf(printable, args.output, page_size=args.page_size)
        except OSError as error:
            raise CliError(f"summary: cannot write {args.output}: {error.strerror or error}") from error
        print(f"wrote {args.output} ({pages} pages)")
        return 0
    sheet = entity_sheet(connection, found.id, mode, show_uncertain=args.uncertain, store=store)
    if args.format == "json":
        text = json.dumps(data.to_dict(sheet), ensure_ascii=False, indent=2) + "\n"
    elif args.format == "md":
        text = plain.to_markdown(sheet)
    elif args.format == "html":
        text = entity.standalone_html(sheet)
    else:
        text = plain.to_text(sheet)
    if args.output:
        try:
            args.output.write_text(text, encoding="utf-8")
        except OSError as error:
            raise CliError(f"summary: cannot write {args.output}: {error.strerror}") from error
    else:
        sys.stdout.write(text)
    return 0


def _saved_corrections() -> list[Correction]:
    """The window's corrections, so a search finds names as the pages show them; none (and the
    store not loaded) when it holds none that change which names find what."""
    from database.connection import store_corrects_names
    from database.paths import user_store_path

    if not store_corrects_names(user_store_path()):
        return []
    return _user_store("search").corrections()


def _user_store(command: str):
    """The window's user store, read; an empty one when the window never wrote one."""
    from database.paths import user_store_path
    from database.userstore import UserStore, UserStoreError

    path = user_store_path()
    try:
        return UserStore.open(path) if path.exists() else UserStore.in_memory()
    except UserStoreError as error:
        raise CliError(f"{command}: {error}") from error


# What a bookmark or note list says of each one in the database read.
_WHERE_NOW = {"found": "", "moved": "  (moved)", "missing": "  (no longer found)"}


def _bookmarks(args: argparse.Namespace) -> int:
    from database.anchors import locate

    store = _user_store("bookmarks")
    connection = _connect(args)
    exported = store.export_bookmarks()
    located = [locate(connection, bookmark) for bookmark in store.bookmarks()]
    if args.json:
        for entry, location in zip(exported["bookmarks"], located, strict=True):
            entry["state"] = location.state
        print(json.dumps(exported, ensure_ascii=False, indent=2))
        return 0
    for bookmark, location in zip(store.bookmarks(), located, strict=True):
        print(f"{bookmark.kind:<9} {bookmark.title}{_WHERE_NOW[location.state]}")
    if not located:
        print("no bookmarks (Ctrl+D in the window bookmarks a page)", file=sys.stderr)
    return 0


def _notes(args: argparse.Namespace) -> int:
    from database.anchors import locate

    store = _user_store("notes")
    connection = _connect(args)
    notes = store.notes()
    located = [locate(connection, note) for note in notes]
    if args.json:
        exported = store.export_notes()
        for entry, location in zip(exported["notes"], located, strict=True):
            entry["state"] = location.state
        print(json.dumps(exported, ensure_ascii=False, indent=2))
        return 0
    for note, location in zip(notes, located, strict=True):
        where = f"“{note.quote}” ({note.title})" if note.kind == "passage" else note.title
        print(f"{note.kind:<8} {where}{_WHERE_NOW[location.state]}, {note.updated[:10]}")
        print("\n".join(f"    {line}" for line in note.text.splitlines()))
    if not notes:
        print("no notes (Ctrl+N in the window writes one on the page)", file=sys.stderr)
    return 0


def _corrections(args: argparse.Namespace) -> int:
    from database.corrections import is_found
    from desktop_app.render.reader import correction_line

    store = _user_store("corrections")
    connection = _connect(args)
    corrections = store.corrections()
    found = [is_found(connection, correction) for correction in corrections]
    if args.json:
        exported = store.export_corrections()
        for entry, here in zip(exported["corrections"], found, strict=True):
            entry["state"] = "found" if here else "missing"
        print(json.dumps(exported, ensure_ascii=False, indent=2))
        return 0
    for correction, here in zip(corrections, found, strict=True):
        print(correction_line(correction) + ("" if here else "  (not found in this database)"))
    if not corrections:
        print("no corrections (Edit → Correct This Page… in the window makes one)", file=sys.stderr)
    return 0


def _self_test(args: argparse.Namespace) -> int:
    from desktop_app.selftest import self_test

    print(json.dumps(self_test(_database_path(args)), indent=2))
    return 0
