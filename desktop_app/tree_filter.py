"""The entity tree's filter: a proxy over `entity_tree.EntityTreeModel` that matches names and
aliases and keeps the parents of what matches. Its own module, loaded with the first filtering:
until then the tree's view shows the model itself (QSortFilterProxyModel's and
QAbstractProxyModel's types, and a proxy between the view and the model, cost the first paint
some 3 ms)."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QObject, QSortFilterProxyModel

from desktop_app.entity_tree import SearchTextRole


class EntityFilterProxy(QSortFilterProxyModel):
    """Keeps rows whose name or alias has a word that begins with the filter text, with their
    ancestors and, for a matching group or organization, everything under it.

    The match is Qt's own regular expression over the rows' folded names (`SearchTextRole`),
    not a Python `filterAcceptsRow`: an override is called for every row whenever the proxy
    maps rows, at start-up too, where the filter is empty and each call was wasted."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)
        self.setFilterRole(SearchTextRole)

    def set_filter_text(self, text: str) -> None:
        from database.names import name_key  # Not at start-up: the first paint filters nothing.

        needle = name_key(text)
        if needle == self._needle:
            return
        self._needle = needle
        # Names are joined by " | " in the searched text, so "a word begins here" is the
        # text's start or a space.
        expression = QtCore.QRegularExpression  # Named here: its type is made on the first filter.
        self.setFilterRegularExpression(expression(f"(?:^| ){expression.escape(needle)}" if needle else ""))
