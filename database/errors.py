"""The one error the read side raises for a database it cannot use, and the decorator that
turns SQLite's own errors into it."""

import _sqlite3 as sqlite3  # The C module: see `database.connection`.
import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


class DatabaseError(Exception):
    """The database cannot be used; the message says why in one line."""


def sqlite_errors_as_database_error(function: Callable[P, R]) -> Callable[P, R]:
    """Turn SQLite's errors (a damaged page, a vanished file) into DatabaseError."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return function(*args, **kwargs)
        except sqlite3.DatabaseError as error:
            raise DatabaseError(f"database unreadable: {error}") from error

    return wrapper
