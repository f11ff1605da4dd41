"""The entity tree: a read-only item model over `database.lists.TreeItem` (its filter, a proxy
that matches names and aliases, is in `tree_filter`, made on the first filtering).

Counts have one meaning: a group shows how many entities it holds; an entity's mentions are
in its tooltip. An entity is labelled by its own name, with its acronym after it."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
)
from PySide6.QtGui import QFont

from database.lists import TreeItem
from desktop_app.locale_format import number
from desktop_app.render.labels import kind_label, kind_title

# No `Qt` import. The first touch of PySide's `Qt` namespace (`from PySide6.QtCore import Qt`,
# or any `Qt.…` enum) creates every enum in it, about 20 ms, and nothing Qt does before the
# window's first paint needs it. So the modules start-up loads name it through `QtCore` in code
# that runs later, and the tree's roles, read while painting, are Qt.ItemDataRole's numbers
# (a test checks them against Qt's).
DISPLAY_ROLE, TOOL_TIP_ROLE, FONT_ROLE, USER_ROLE = 0, 3, 6, 256
EntityIdRole = USER_ROLE + 1
SearchTextRole = USER_ROLE + 2
KindRole = USER_ROLE + 3
# The view asks for seven roles per painted row; those not answered return at once.
_ANSWERED_ROLES = frozenset({DISPLAY_ROLE, TOOL_TIP_ROLE, FONT_ROLE, EntityIdRole, SearchTextRole, KindRole})

_AnyIndex = QModelIndex | QPersistentModelIndex


class _Node:
    """A tree row with its parent and its row number, so index()/parent() are O(1), and its
    model index once asked for."""

    __slots__ = ("item", "parent", "row", "children", "index", "_search_text")

    def __init__(self, item: TreeItem | None, parent: _Node | None, row: int) -> None:
        self.item = item
        self.parent = parent
        self.row = row
        self.children: list[_Node] = []
        self.index: QModelIndex | None = None
        self._search_text: str | None = None
        if item is not None:
            self.children = [_Node(child, self, index) for index, child in enumerate(item.children)]

    @property
    def search_text(self) -> str:
        """Its names and aliases as the filter compares them, made on the first filtering."""
        if self._search_text is None:
            from database.names import name_key  # Loaded with the first filtering, not at start-up.

            names = (self.item.label, *self.item.aliases) if self.item is not None else ()
            self._search_text = " | ".join(name_key(name) for name in names)
        return self._search_text


def group_title(item: TreeItem) -> str:
    return item.label or kind_title(item.kind or "")


def entity_label(item: TreeItem) -> str:
    """'North Atlantic Treaty Organization (NATO)': the name first, a short acronym after."""
    acronym = item.acronym
    if acronym and item.entity is not None and item.entity.kind != "country" and acronym not in item.label:
        return f"{item.label} ({acronym})"
    return item.label


class EntityTreeModel(QAbstractItemModel):
    """Groups (Countries, Organizations, …) at the top, entities below, one column."""

    def __init__(self, items: list[TreeItem] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = _Node(None, None, 0)
        self.set_items(items or [])

    def set_items(self, items: list[TreeItem]) -> None:
        self.beginResetModel()
        self._root = _Node(None, None, 0)
        self._root.children = [_Node(item, self._root, index) for index, item in enumerate(items)]
        self.endResetModel()

    def _node(self, index: _AnyIndex) -> _Node:
        """The row of an index of this model; the root for an invalid one, whose pointer is None.
        (One call into Qt, not two: the view calls the model some 1,900 times before the first
        paint, and every call from Python into Qt costs.)"""
        return index.internalPointer() or self._root

    def index(self, row: int, column: int, parent: _AnyIndex = QModelIndex()) -> QModelIndex:
        """Override QAbstractItemModel::index; an invalid index when out of bounds."""
        if column != 0 or row < 0:
            return QModelIndex()
        node = self._node(parent)
        if row >= len(node.children):
            return QModelIndex()
        return self._index_of(node.children[row])

    def parent(self, index: _AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        """Override QAbstractItemModel::parent."""
        node = index.internalPointer()
        parent = node.parent if node is not None else None
        if parent is None or parent is self._root:
            return QModelIndex()
        return self._index_of(parent)

    def _index_of(self, node: _Node) -> QModelIndex:
        """The node's index, made once: the proxy asks for each painted row's index once per
        role, and every call from Python into Qt (`createIndex`) costs."""
        if node.index is None:
            node.index = self.createIndex(node.row, 0, node)
        return node.index

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:
        node = parent.internalPointer()
        if node is None:
            return len(self._root.children)
        return len(node.children) if parent.column() == 0 else 0

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:
        return 1

    def data(self, index: _AnyIndex, role: int = DISPLAY_ROLE) -> object:
        """Override QAbstractItemModel::data: label with count, tooltip, entity id, filter text.
        (Rows are enabled and selectable: QAbstractItemModel::flags as it is.)"""
        if role not in _ANSWERED_ROLES:
            return None
        node = index.internalPointer()
        item = node.item if node is not None else None
        if item is None:
            return None
        if role == DISPLAY_ROLE:
            if item.entity is None:
                return f"{group_title(item)} ({item.total})"
            return entity_label(item)
        if role == TOOL_TIP_ROLE:
            if item.entity is None:
                entities = self.tr("1 entity") if item.total == 1 else self.tr("{count} entities")
                return f"{group_title(item)}: " + entities.format(count=number(item.total))
            aliases = (
                self.tr("\nAlso: {aliases}").format(aliases=", ".join(item.aliases[:8]))
                if item.aliases
                else ""
            )
            mentions = self.tr("1 mention") if item.total == 1 else self.tr("{count} mentions")
            return self.tr("{name} — {kind}, {mentions}{aliases}").format(
                name=item.entity.name,
                kind=kind_label(item.entity.kind),
                mentions=mentions.format(count=number(item.total)),
                aliases=aliases,
            )
        if role == FONT_ROLE and item.entity is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == EntityIdRole:
            return item.entity.id if item.entity else None
        if role == KindRole:
            return item.entity.kind if item.entity else None
        if role == SearchTextRole:
            return node.search_text
        return None

    def headerData(
        self, section: int, orientation: QtCore.Qt.Orientation, role: int = DISPLAY_ROLE
    ) -> object:
        """Override QAbstractItemModel::headerData (the header is hidden; read by assistive tools)."""
        if section == 0 and orientation == QtCore.Qt.Orientation.Horizontal and role == DISPLAY_ROLE:
            return self.tr("Entities")
        return None

    def find_entity(self, entity_id: int) -> QModelIndex:
        """The first row showing this entity, or an invalid index."""
        stack = list(reversed(self._root.children))
        while stack:
            node = stack.pop()
            if node.item is not None and node.item.entity and node.item.entity.id == entity_id:
                return self.createIndex(node.row, 0, node)
            stack.extend(reversed(node.children))
        return QModelIndex()
