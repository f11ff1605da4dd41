"""The reader's own data for the window: the user store opened once, and the addresses it keeps
made to outlast a rebuild (entity pages carry the entity's slug, since ids change)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from database.errors import DatabaseError
from database.paths import user_store_path
from database.storebase import peek_session
from desktop_app.render.addresses import EntityRoute, entity_url, parse_address

if TYPE_CHECKING:
    import sqlite3

    from database.userstore import UserStore

log = logging.getLogger("casecref.userdata")


def peek_user_session() -> tuple[list[dict[str, Any]], int] | None:
    """The back/forward steps the store in the user data folder kept, read without opening it;
    None when it must be opened to tell (see `database.storebase.peek_session`)."""
    return peek_session(user_store_path())


def open_user_store() -> tuple[UserStore, str | None]:
    """The store in the user data folder, and a sentence for the status bar when something
    was wrong with it. Without a usable file, a store in memory: the session still has its
    history and bookmarks, nothing is saved. (Its modules load here: a start-up on the start
    page opens it only after the first paint.)"""
    from database.userstore import UserStore, UserStoreError

    try:
        store = UserStore.open(user_store_path())
    except UserStoreError as error:
        log.error("%s", error)
        return UserStore.in_memory(), f"History and bookmarks are not saved: {error}"
    if store.moved_aside is not None:
        return store, f"The damaged history and bookmarks file was kept as {store.moved_aside.name}."
    return store, None


def lasting_step(connection: sqlite3.Connection, address: str) -> dict[str, str]:
    """An address as kept: with the entity's slug when it is an entity page."""
    route = parse_address(address)
    if isinstance(route, EntityRoute):
        from database import anchors

        try:
            slug = anchors.entity_slug(connection, route.entity_id)
        except DatabaseError:
            slug = None
        if slug:
            return {"address": address, "entity_slug": slug}
    return {"address": address}


def current_address(connection: sqlite3.Connection, address: str, entity_slug: str | None) -> str | None:
    """The address a kept step has in this database (the entity found by its slug, keeping the
    page's "show more" state); None when the entity is no longer in it."""
    if not entity_slug:
        return address
    from database import anchors

    try:
        entity = anchors.entity_by_slug(connection, entity_slug)
    except DatabaseError:
        return None
    if entity is None:
        return None
    route = parse_address(address)
    return entity_url(entity.id, route.shown if isinstance(route, EntityRoute) else None)


def restored_steps(connection: sqlite3.Connection, steps: list[dict], position: int) -> tuple[list[str], int]:
    """Kept back/forward steps as addresses in this database: steps whose entity is gone are
    dropped, and the position follows the step it was on (or the nearest before it)."""
    addresses: list[str] = []
    new_position = -1
    for number, step in enumerate(steps):
        address, slug = step.get("address"), step.get("entity_slug")
        found = current_address(connection, address, slug) if isinstance(address, str) else None
        if found is not None and parse_address(found) is not None:
            addresses.append(found)
        if number <= position:
            new_position = len(addresses) - 1
    return addresses, new_position


def read_json_file(path: str) -> object:
    """An export file's contents (bookmarks, corrections); ValueError with the reason when it
    cannot be read as JSON (json.JSONDecodeError is one)."""
    import json  # Here, not at the top: the first page needs no JSON.

    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise ValueError(str(error)) from error
