"""The data side of the reference: reading documents, extracting entities, building and
reading the SQLite database. No Qt here.

`__version__` is the one version of the whole product: the command line, the About box and
the packaging read it from here."""

__version__ = "0.2.0"
