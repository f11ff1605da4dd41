"""The data side of the reference: reading documents, extracting entities, building and
reading the SQLite database. No Qt here."""
