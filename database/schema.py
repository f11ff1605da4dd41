"""What the build and the read side share: the schema version and the error for a database
that cannot be used."""

import functools
import sqlite3
from collections.abc import Callable
from typing import ParamSpec, TypeVar

SCHEMA_VERSION = "3"

P = ParamSpec("P")
R = TypeVar("R")


class DatabaseError(Exception):
    """The database cannot be used; the message says why in one line."""


def reading(function: Callable[P, R]) -> Callable[P, R]:
    """Turn SQLite's errors while reading (a damaged page, a vanished file) into DatabaseError."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return function(*args, **kwargs)
        except sqlite3.DatabaseError as error:
            raise DatabaseError(f"database unreadable: {error}") from error

    return wrapper
