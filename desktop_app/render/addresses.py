"""Page addresses: build them, and read them back into routes. Pure Python, no Qt.

`home:` the start page · `entity:ID[?timeline=N&passages=N&sources=N&with=N]` an entity page
showing the first N rows of a list · `doc:SOURCE[?start=&end=][&at=][&q=]` a document with a
sentence highlighted, scrolled to an offset, search terms marked · `search:QUERY` · `help:syntax`.

No `from __future__ import annotations`, as in `database.lists`: the routes' field types are
types, not strings compiled at start-up.
"""

from typing import NamedTuple
from urllib.parse import parse_qs, quote, unquote, urlencode, urlsplit

HOME = "home:"
HELP = "help:syntax"
# The lists an entity page can page through, with the address key for each.
PAGED_LISTS = {"timeline": "timeline", "passages": "passages", "sources": "sources", "mentioned_with": "with"}


def _same_route(route: tuple, other: object) -> bool:
    """Routes are NamedTuples (start-up creates them ten times faster than frozen dataclasses),
    but two routes are equal only if they are of one kind: `HomeRoute() != HelpRoute()`."""
    return type(route) is type(other) and tuple.__eq__(route, other)


def _other_route(route: tuple, other: object) -> bool:
    return not _same_route(route, other)


def _route_hash(route: tuple) -> int:
    return hash((type(route).__name__, *route))


class HomeRoute(NamedTuple):
    pass


class HelpRoute(NamedTuple):
    pass


class EntityRoute(NamedTuple):
    entity_id: int
    shown: dict[str, int] = {}  # Shared, so never changed in place.


class DocumentRoute(NamedTuple):
    source: str
    highlight: tuple[int, int] | None = None
    at: int | None = None
    terms: tuple[str, ...] = ()


class SearchRoute(NamedTuple):
    text: str


for _kind in (HomeRoute, HelpRoute, EntityRoute, DocumentRoute, SearchRoute):
    for _name, _method in (("__eq__", _same_route), ("__ne__", _other_route), ("__hash__", _route_hash)):
        setattr(_kind, _name, _method)

Route = HomeRoute | HelpRoute | EntityRoute | DocumentRoute | SearchRoute


def entity_url(entity_id: int, shown: dict[str, int] | None = None) -> str:
    query = {PAGED_LISTS[part]: n for part, n in sorted((shown or {}).items()) if part in PAGED_LISTS}
    return f"entity:{entity_id}" + (f"?{urlencode(query)}" if query else "")


def document_url(
    source: str,
    start: int | None = None,
    end: int | None = None,
    terms: tuple[str, ...] = (),
    *,
    at: int | None = None,
) -> str:
    """`start`/`end` highlight a passage; `at` only scrolls to the section holding that offset."""
    query: dict[str, object] = {}
    if start is not None and end is not None:
        query.update(start=start, end=end)
    if at is not None:
        query["at"] = at
    if terms:
        query["q"] = " ".join(terms)
    return f"doc:{quote(source)}" + (f"?{urlencode(query)}" if query else "")


def search_url(text: str) -> str:
    return f"search:{text}"


def _number(values: dict[str, list[str]], key: str) -> int | None:
    value = values.get(key, [""])[0]
    return int(value) if value.isdigit() else None


def parse_address(address: str) -> Route | None:
    """The route an address names, or None when it names nothing this app shows."""
    scheme, _, rest = address.partition(":")
    if scheme == "home":
        return HomeRoute()
    if scheme == "help":
        return HelpRoute()
    if scheme == "search":
        return SearchRoute(unquote(rest)) if rest.strip() else None
    if scheme not in ("entity", "doc"):
        return None
    parts = urlsplit(address)
    values = parse_qs(parts.query)
    if scheme == "entity":
        if not parts.path.isdigit():
            return None
        shown = {part: n for part, key in PAGED_LISTS.items() if (n := _number(values, key))}
        return EntityRoute(int(parts.path), shown)
    source = unquote(parts.path)
    if not source:
        return None
    start, end = _number(values, "start"), _number(values, "end")
    highlight = (start, end) if start is not None and end is not None and start < end else None
    terms = tuple(values.get("q", [""])[0].split())
    return DocumentRoute(source, highlight, _number(values, "at"), terms)
