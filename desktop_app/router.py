"""Address → page, without a window: the pane, print and export all start here.

`PageRouter.page(address)` reads what the address names through `database.reference` and
renders it with `desktop_app.render`; the result says what to show, its title, and what can be
printed or exported from it. No Qt here, so it is tested on its own. Search, notes and the
entity sheet are imported by the first page that needs them: the start page needs none.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, NamedTuple

from database import reference
from desktop_app.render.addresses import (
    DocumentRoute,
    EntityRoute,
    HelpRoute,
    HomeRoute,
    Route,
    SearchRoute,
    parse_address,
)
from desktop_app.render.html import (
    PRINT_COLORS,
    Colors,
    document_html,
    esc,
    search_help_page,
    search_page,
    start_page,
)

if TYPE_CHECKING:
    import sqlite3

    from database.fulltext import SearchResults
    from database.models import Limits
    from database.userstore import UserStore
    from desktop_app.render.sheet import Sheet

APP_NAME = "Central Asia Security Reference"
START_PAGE_DOCUMENTS = 100
PAGE_LIMITS = {"timeline": 60, "passages": 6, "sources": 12, "mentioned_with": 15, "relations": 150}
BRIEFING_LIMITS = {"timeline": 200, "passages": 3, "sources": 0, "mentioned_with": 8, "relations": 150}
EXPORT_FORMATS = {"html": ".html", "md": ".md"}


def limits_for(mode: str, shown: dict[str, int] | None = None) -> Limits:
    """What a summary reads for a mode; `shown` raises a page's lists ("show more")."""
    from database.models import Limits

    if mode == "dossier":
        return Limits.everything()
    if mode == "briefing":
        return Limits(**BRIEFING_LIMITS)
    return Limits(**{**PAGE_LIMITS, **(shown or {})})


def entity_sheet(
    connection: sqlite3.Connection,
    entity_id: int,
    mode: str = "page",
    *,
    show_uncertain: bool = False,
    shown: dict[str, int] | None = None,
    tightness: int = 0,
    store: UserStore | None = None,
) -> Sheet:
    """With `store`, the reader's corrections applied and their notes on the entity added.
    Raises KeyError for an unknown entity. (The sheet modules load on the first entity page,
    not at start-up.)"""
    from database.anchors import notes_on_entity
    from desktop_app.render.sheet import Options, build_sheet

    corrections = store.corrections() if store is not None else []
    summary = reference.summary(connection, entity_id, limits_for(mode, shown), corrections)
    notes = notes_on_entity(connection, store.notes(), entity_id) if store is not None else []
    return build_sheet(summary, Options(mode, show_uncertain, tightness), notes)


class Printable(NamedTuple):
    """What the page on show can be printed or exported as. `render(mode, tightness)` gives
    print HTML for one of `modes` (`mode` is the one chosen; a briefing comes in
    `tightness` levels, tighter ones keeping less, until it fits); `export(format, mode)` a
    file's text for one of `formats`."""

    title: str
    footer: str
    file_stem: str
    modes: tuple[str, ...]
    formats: tuple[str, ...]
    render: Callable[[str, int], str]
    export: Callable[[str, str], str]
    mode: str = ""

    def chosen(self, dossier: bool) -> Printable:
        """This printable set to print the full dossier or the briefing (where it has both)."""
        wanted = "dossier" if dossier else "briefing"
        return self._replace(mode=wanted if wanted in self.modes else self.modes[0])


class Page(NamedTuple):
    address: str
    route: Route
    title: str
    html: str
    anchor: str | None = None
    printable: Printable | None = None
    sheet: Sheet | None = None
    entity_id: int | None = None

    def copy_citation(self, index: int) -> str | None:
        """The citation text of the page's passage number `index` (the 'copy citation' link)."""
        from desktop_app.render.sheet import citation_text

        if self.sheet is None or not 0 <= index < len(self.sheet.passages):
            return None
        return citation_text(self.sheet.passages[index])


class PageRouter:
    """Renders pages from one read-only connection."""

    def __init__(
        self,
        connection: sqlite3.Connection,
        *,
        groups: list[tuple[str, int]] | None = None,
        origins: Mapping[str, str] | None = None,
        store: UserStore | None = None,
    ) -> None:
        """`origins`: for a user library, where each added document came from, by file name
        (the start page lists them first, and marks every document bundled or added).
        `store`: the reader's own notes and corrections, shown on the pages they concern."""
        self.store = store
        self.connection = connection
        self.built = reference.meta(connection).get("built", "")
        self.groups = groups or []
        self.origins = origins

    def page(self, address: str, colors: Colors, *, show_uncertain: bool = False) -> Page | None:
        """The page at `address`, or None when it names nothing. Raises DatabaseError."""
        route = parse_address(address)
        if isinstance(route, HomeRoute):
            documents = reference.documents(self.connection, START_PAGE_DOCUMENTS)
            added = None
            if self.origins is not None:
                added = reference.documents(self.connection, START_PAGE_DOCUMENTS, sources=list(self.origins))
            html = start_page(
                colors,
                documents=documents,
                groups=self.groups,
                built=self.built,
                added=added,
                origins=self.origins,
            )
            return Page(address, route, APP_NAME, html)
        if isinstance(route, HelpRoute):
            return Page(address, route, "Search syntax", search_help_page(colors))
        if isinstance(route, SearchRoute):
            from database.fulltext import search

            results = search(self.connection, route.text, limit=50, prefix=False)
            html = search_page(results, colors, self.no_results_hint(results))
            return Page(address, route, f"Search: {route.text}", html)
        if isinstance(route, EntityRoute):
            return self._entity_page(address, route, colors, show_uncertain)
        if isinstance(route, DocumentRoute):
            return self._document_page(address, route, colors)
        return None

    def _entity_page(
        self, address: str, route: EntityRoute, colors: Colors, show_uncertain: bool
    ) -> Page | None:
        from desktop_app.render import plain
        from desktop_app.render.entity import standalone_html, summary_html

        try:
            sheet = entity_sheet(
                self.connection,
                route.entity_id,
                "page",
                show_uncertain=show_uncertain,
                shown=route.shown,
                store=self.store,
            )
        except KeyError:
            return None
        entity_id = route.entity_id

        def render(mode: str, tightness: int = 0) -> str:
            chosen = entity_sheet(
                self.connection,
                entity_id,
                mode,
                show_uncertain=show_uncertain,
                tightness=tightness,
                store=self.store,
            )
            return summary_html(chosen, PRINT_COLORS, links=False, for_print=True)

        def export(fmt: str, mode: str) -> str:
            chosen = entity_sheet(
                self.connection, entity_id, mode, show_uncertain=show_uncertain, store=self.store
            )
            return standalone_html(chosen) if fmt == "html" else plain.to_markdown(chosen)

        name = sheet.entity.name
        printable = Printable(
            title=name,
            footer=f"{APP_NAME} · database built {self.built}",
            file_stem=_slug(name),
            modes=("briefing", "dossier"),
            mode="briefing",
            formats=tuple(EXPORT_FORMATS),
            render=render,
            export=export,
        )
        html = summary_html(sheet, colors)
        # A merged entity's page is the page of the entity it was merged into: the tree shows that one.
        shown = sheet.summary.entity.id
        return Page(address, route, name, html, printable=printable, sheet=sheet, entity_id=shown)

    def _document_page(self, address: str, route: DocumentRoute, colors: Colors) -> Page | None:
        view = reference.document(self.connection, route.source)
        if view is None:
            return None
        from database.anchors import notes_in_document
        from desktop_app.render.reader import notes_html

        placed = notes_in_document(self.connection, self.store.notes(), view.source) if self.store else []
        boxes = [(location.start or 0, notes_html([note], links=True)) for note, location in placed]
        printed = [(location.start or 0, notes_html([note], links=False)) for note, location in placed]
        html = document_html(
            view, colors, highlight=route.highlight, terms=route.terms, at=route.at, notes=boxes
        )
        anchor = "hit" if route.highlight or route.at is not None else None

        def render(mode: str, tightness: int = 0) -> str:
            return document_html(view, PRINT_COLORS, for_print=True, notes=printed)

        def export(fmt: str, mode: str) -> str:
            body = document_html(view, PRINT_COLORS, for_print=True, notes=printed)
            title = esc(view.title)
            return (
                f"<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'><title>{title}</title></head>"
                f"<body>\n{body}\n</body></html>\n"
            )

        printable = Printable(
            title=view.title,
            footer=f"{view.source} · database built {self.built}",
            file_stem=view.source.rsplit(".", 1)[0],
            modes=("document",),
            mode="document",
            formats=("html",),
            render=render,
            export=export,
        )
        return Page(address, route, view.title, html, anchor=anchor, printable=printable)

    def no_results_hint(self, results: SearchResults) -> str | None:
        """What to say above results: the words no passage has, or how to widen (a "Did you
        mean" is offered as a result of its own)."""
        if not results.query.strip():
            return None
        if results.missing and results.passages:
            return f"No passage has every word; these lack {', '.join(results.missing)}."
        if results.empty and not results.suggestions:
            return "Try fewer words, a shorter word with * (secur*), another spelling or other filters."
        return None


def _slug(name: str) -> str:
    from database.names import slugify

    return slugify(name)
