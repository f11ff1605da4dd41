"""The correction dialog (Edit → Correct This Page…, Ctrl+R): what the reader may correct on
the entity on show — a fact rejected, an alias added, a rename, another entity merged in, an
alias split off, a kind or a parent changed — and why. It only asks; `desktop_app.corrections`
keeps the answer."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from database.corrections import ADDED_ALIAS, DOCUMENTS_NAME
from database.models import EntityRef, Relation
from database.restructure import MERGED_ALIAS
from database.tables import KINDS
from desktop_app.render.labels import predicate_label

CHOICES = (
    ("reject", str(QT_TRANSLATE_NOOP("CorrectionDialog", "Reject a fact (not what the sentence says)"))),
    ("alias", str(QT_TRANSLATE_NOOP("CorrectionDialog", "Add an alias"))),
    ("rename", str(QT_TRANSLATE_NOOP("CorrectionDialog", "Rename"))),
    ("merge", str(QT_TRANSLATE_NOOP("CorrectionDialog", "Merge another entity into this one"))),
    (
        "split",
        str(QT_TRANSLATE_NOOP("CorrectionDialog", "Split an alias off (it does not name this entity)")),
    ),
    ("kind", str(QT_TRANSLATE_NOOP("CorrectionDialog", "Change the kind"))),
    ("parent", str(QT_TRANSLATE_NOOP("CorrectionDialog", "Change the parent (part of…)"))),
)
CHOSEN_LABELS = {
    "merge": str(QT_TRANSLATE_NOOP("CorrectionDialog", "Merge in:")),
    "split": str(QT_TRANSLATE_NOOP("CorrectionDialog", "Alias:")),
    "kind": str(QT_TRANSLATE_NOOP("CorrectionDialog", "Kind:")),
    "parent": str(QT_TRANSLATE_NOOP("CorrectionDialog", "Part of:")),
}
UNSPLITTABLE = (ADDED_ALIAS, DOCUMENTS_NAME, MERGED_ALIAS)  # Undone as corrections, not split off.
SENTENCE_SHOWN = 140


@dataclass(frozen=True)
class Request:
    """What the reader asked for in the dialog: `fact` the index of the rejected fact, `other`
    the entity merged in or made the parent."""

    kind: str
    value: str
    fact: int
    reason: str
    other: EntityRef | None = None


def fact_label(relation: Relation) -> str:
    sentence = relation.citation.sentence if relation.citation and relation.citation.sentence else ""
    if len(sentence) > SENTENCE_SHOWN:
        sentence = sentence[:SENTENCE_SHOWN].rsplit(" ", 1)[0] + "…"
    status = f" ({relation.status})" if relation.status else ""
    label = predicate_label(relation.predicate, relation.direction)
    return f"{label}: {relation.entity.name}{status} — “{sentence}”"


def rejectable(relations: tuple[Relation, ...]) -> list[Relation]:
    """The page's facts that stand on a sentence (a gazetteer fact has none to contradict)."""
    return [r for r in relations if r.predicate != "mentioned_with" and r.citation and r.citation.sentence]


@dataclass(frozen=True)
class Entity:
    """What the dialog knows of the entity on show and the others it can name."""

    name: str
    kind: str
    aliases: tuple[tuple[str, str], ...] = ()
    others: tuple[EntityRef, ...] = ()


class CorrectionDialog(QDialog):
    """Reject one of the page's facts, add an alias, rename, merge another entity in, split an
    alias off, change the kind or the parent; with why."""

    def __init__(
        self, name: str, facts: list[Relation], parent: QWidget | None = None, entity: Entity | None = None
    ) -> None:
        super().__init__(parent)
        self.entity = entity or Entity(name, "")
        self.setObjectName("correction-dialog")
        self.setWindowTitle(self.tr("Correct “{name}”").format(name=name))
        self.choice = QComboBox()
        self.choice.setObjectName("correction-kind")
        for kind, text in CHOICES:
            self.choice.addItem(self.tr(text), kind)
        self.facts = QListWidget()
        self.facts.setObjectName("correction-facts")
        self.facts.addItems([fact_label(fact) for fact in facts])
        self.facts.setWordWrap(True)
        if facts:
            self.facts.setCurrentRow(0)
        self.value = QLineEdit()
        self.value.setObjectName("correction-value")
        self.pages = QStackedWidget()
        self.pages.addWidget(self.facts)
        name_page = QWidget()
        name_layout = QFormLayout(name_page)
        self.value_label = QLabel(self.tr("Alias:"))
        name_layout.addRow(self.value_label, self.value)
        self.pages.addWidget(name_page)
        chosen_page = QWidget()
        chosen_layout = QFormLayout(chosen_page)
        self.chosen = QComboBox()
        self.chosen.setObjectName("correction-choice")
        self.chosen.setEditable(True)
        self.chosen.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.chosen.completer()
        if completer is not None:  # Typing part of a name finds it: "Training" finds both centres.
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.chosen_label = QLabel("")
        chosen_layout.addRow(self.chosen_label, self.chosen)
        self.pages.addWidget(chosen_page)
        self.reason = QLineEdit(placeholderText=self.tr("What the sentence says instead, your source…"))
        self.reason.setObjectName("correction-reason")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.choice)
        layout.addWidget(self.pages, 1)
        form = QFormLayout()
        form.addRow(self.tr("Why:"), self.reason)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.choice.currentIndexChanged.connect(self._chosen)
        self.value.textChanged.connect(self._check)
        self.chosen.currentIndexChanged.connect(self._check)
        self.chosen.editTextChanged.connect(self._check)
        self.facts.currentRowChanged.connect(self._check)
        self._chosen()
        self.resize(640, 380)

    def kind(self) -> str:
        return str(self.choice.currentData())

    def _chosen(self) -> None:
        kind = self.kind()
        self.pages.setCurrentIndex({"reject": 0, "alias": 1, "rename": 1}.get(kind, 2))
        self.value_label.setText(self.tr("Alias:") if kind == "alias" else self.tr("New name:"))
        if kind in CHOSEN_LABELS:
            self.chosen_label.setText(self.tr(CHOSEN_LABELS[kind]))
            self.chosen.blockSignals(True)
            self.chosen.clear()
            for text, data in self._choices(kind):
                self.chosen.addItem(text, data)
            self.chosen.setCurrentIndex(-1 if kind in ("merge", "parent") else 0)
            self.chosen.blockSignals(False)
        self._check()

    def _choices(self, kind: str) -> list[tuple[str, object]]:
        """What the reader may pick for `kind`: other entities, the page's aliases, the kinds."""
        if kind == "split":
            return [(alias, alias) for alias, origin in self.entity.aliases if origin not in UNSPLITTABLE]
        if kind == "kind":
            return [(k, k) for k in KINDS if k != self.entity.kind]
        return [(f"{ref.name} ({ref.kind})", ref) for ref in self.entity.others]

    def _picked(self) -> object:
        """The data of the item whose text is in the box (typed or picked); None for other text."""
        index = self.chosen.findText(self.chosen.currentText(), Qt.MatchFlag.MatchFixedString)
        return self.chosen.itemData(index) if index >= 0 else None

    def _check(self) -> None:
        kind = self.kind()
        if kind == "reject":
            ready = self.facts.currentRow() >= 0
        elif kind in CHOSEN_LABELS:
            ready = self._picked() is not None
        else:
            ready = bool(self.value.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def request(self) -> Request:
        kind, picked = self.kind(), self._picked()
        value = self.value.text().strip() if kind in ("alias", "rename") else ""
        if kind in ("split", "kind") and isinstance(picked, str):
            value = picked
        other = picked if isinstance(picked, EntityRef) else None
        return Request(kind, value, self.facts.currentRow(), self.reason.text().strip(), other)
