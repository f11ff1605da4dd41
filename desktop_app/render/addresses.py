"""Page addresses: build them, and read them back into routes. Pure Python, no Qt.

`home:` the start page · `entity:ID[?timeline=N&passages=N&sources=N&with=N]` an entity page
showing the first N rows of a list · `doc:SOURCE[?start=&end=][&at=][&q=]` a document with a
sentence highlighted, scrolled to an offset, search terms marked · `search:QUERY` · `help:syntax`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import parse_qs, quote, unquote, urlencode, urlsplit

HOME = "home:"
HELP = "help:syntax"
# The lists an entity page can page through, with the address key for each.
PAGED_LISTS = {"timeline": "timeline", "passages": "passages", "sources": "sources", "mentioned_with": "with"}


@dataclass(frozen=True)
class HomeRoute:
    pass


@dataclass(frozen=True)
class HelpRoute:
    pass


@dataclass(frozen=True)
class EntityRoute:
    entity_id: int
    shown: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class DocumentRoute:
    source: str
    highlight: tuple[int, int] | None = None
    at: int | None = None
    terms: tuple[str, ...] = ()


@dataclass(frozen=True)
class SearchRoute:
    text: str


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
