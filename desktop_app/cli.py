"""The command line: the top layer, a thin one over `database` and the render layer, turning
every failure into one line. Nothing in the product imports it.

Exit codes: 0 success, 1 an unknown entity name (with suggestions), 2 an unusable database,
bad arguments or a failed build.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from database import __version__, reference
from database.paths import BUNDLED_DATABASE, DOCUMENTS_DIR

FORMATS = ("text", "json", "html", "md", "pdf")


class CliError(Exception):
    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # Override: one line, exit 2, no usage dump.
        raise CliError(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="main.py", description="Central Asia Security Reference")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", type=Path, default=None, help="database (default: the bundled one)")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text)
        sub.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="database path")
        return sub

    build = command("build", "documents (files or folders) -> database")
    build.add_argument("paths", nargs="*", type=Path)
    listing = command("entities", "list entities")
    listing.add_argument("--kind", choices=reference.KINDS)
    listing.add_argument("--json", action="store_true")
    find = command("search", "full-text search")
    find.add_argument("query")
    find.add_argument("--limit", type=int, default=20)
    find.add_argument("--json", action="store_true")
    show = command("summary", "an entity's summary")
    show.add_argument("name")
    show.add_argument("--format", choices=FORMATS, default="text")
    show.add_argument("-o", "--output", type=Path)
    show.add_argument("--page-size", choices=("A4", "Letter", "Legal", "A5"), default=None)
    show.add_argument(
        "--sheet",
        choices=("briefing", "dossier"),
        default=None,
        help="the one-to-two-page briefing or everything (default: briefing for pdf, dossier otherwise)",
    )
    show.add_argument(
        "--uncertain", action="store_true", help="include facts found with low confidence, marked"
    )
    command("self-test", "open the window off screen, search, render, print timings")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            from desktop_app.app import run_window

            return run_window(args.db)
        handler = {
            "build": _build,
            "entities": _entities,
            "search": _search,
            "summary": _summary,
            "self-test": _self_test,
        }[args.command]
        return handler(args)
    except CliError as error:
        print(str(error), file=sys.stderr)
        return error.code
    except reference.DatabaseError as error:
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
    return reference.open_database(_database_path(args))


def _build(args: argparse.Namespace) -> int:
    from database.build import build_database
    from database.corpus import DocumentError

    paths = args.paths or [DOCUMENTS_DIR]
    for path in paths:
        if not path.exists():
            raise CliError(f"build: no such file or folder: {path}")
    out = _database_path(args)
    try:
        report = build_database(paths, out, progress=print)
    except DocumentError as error:
        raise CliError(f"build: {error}") from error
    except OSError as error:
        raise CliError(f"build: cannot write {out}: {error.strerror or error}") from error
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    totals = ", ".join(f"{count} {name}" for name, count in report.totals.items())
    print(f"built {out}: {totals}")
    return 0


def _entities(args: argparse.Namespace) -> int:
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


def _search(args: argparse.Namespace) -> int:
    from database.search import HIGHLIGHT_END, HIGHLIGHT_START, search

    if args.limit < 1:
        raise CliError("search: --limit must be at least 1")
    results = search(_connect(args), args.query, limit=args.limit, prefix=False)
    if args.json:
        hits = [
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
        ] + [
            {
                "type": "passage",
                "score": round(hit.score, 3),
                "snippet": hit.snippet.replace(HIGHLIGHT_START, "[").replace(HIGHLIGHT_END, "]"),
                "source": hit.source,
                "title": hit.title,
                "section": hit.section,
                "start": hit.start,
                "end": hit.end,
            }
            for hit in results.passages
        ]
        print(json.dumps({"query": args.query, "results": hits}, ensure_ascii=False, indent=2))
        return 0
    if results.empty:
        print(f"no results for {args.query!r}")
        return 0
    for hit in results.entities:
        print(f"{hit.kind:<12} {hit.name}")
    for hit in results.passages:
        snippet = hit.snippet.replace(HIGHLIGHT_START, "*").replace(HIGHLIGHT_END, "*")
        print(f"\n{hit.source} — {hit.section}\n  {snippet}")
    return 0


def _summary(args: argparse.Namespace) -> int:
    from desktop_app.render import data, html, plain
    from desktop_app.router import APP_NAME, entity_sheet

    connection = _connect(args)
    found = reference.find_entity(connection, args.name)
    if found is None:
        close = reference.suggestions(connection, args.name)
        hint = f"; did you mean: {', '.join(close)}?" if close else ""
        raise CliError(f"summary: no entity named {args.name!r}{hint}", code=1)
    mode = args.sheet or ("briefing" if args.format == "pdf" else "dossier")
    sheet = entity_sheet(connection, found.id, mode, show_uncertain=args.uncertain)
    if args.format == "pdf":
        if args.output is None:
            raise CliError("summary: --format pdf needs -o FILE")
        from desktop_app.printing import write_pdf

        body = html.summary_html(sheet, html.PRINT_COLORS, links=False, for_print=True)
        footer = f"{APP_NAME} · database built {sheet.summary.built}"
        try:
            pages = write_pdf(
                body, args.output, title=sheet.entity.name, footer=footer, page_size=args.page_size
            )
        except OSError as error:
            raise CliError(f"summary: cannot write {args.output}: {error.strerror or error}") from error
        print(f"wrote {args.output} ({pages} pages)")
        return 0
    if args.format == "json":
        text = json.dumps(data.to_dict(sheet), ensure_ascii=False, indent=2) + "\n"
    elif args.format == "md":
        text = plain.to_markdown(sheet)
    elif args.format == "html":
        text = html.standalone_html(sheet)
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


def _self_test(args: argparse.Namespace) -> int:
    from desktop_app.selftest import self_test

    print(json.dumps(self_test(_database_path(args)), indent=2))
    return 0
