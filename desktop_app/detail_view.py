"""The detail pane: a QTextBrowser that shows entity pages and documents, loads nothing from
outside, hands every link to the window, and has a find bar (`find_bar`) and zoom."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QPaintEvent, QPalette, QTextOption
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from desktop_app.render.html import Colors

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent, QUrl
    from PySide6.QtGui import QShowEvent

    from desktop_app.find_bar import FindBar

log = logging.getLogger("casecref.detail")
APP_SCHEMES = {"entity", "doc", "home", "search", "help", "copy"}
MIN_ZOOM, MAX_ZOOM = -6, 12
# No line of a page is shorter than this (pixels): a page of more lines than the window has
# lines of this height will need a scroll bar.
SHORTEST_LINE = 12


def palette_colors(palette: QPalette) -> Colors:
    """HTML colours from the widget palette, so light and dark themes both read well."""
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    dark = base.lightness() < 128
    # Two thirds of the way from the background to the text: quieter than the text, still
    # above 4.5:1 on both themes' backgrounds (half way fell to 3.4:1 on white).
    muted = QColor.fromRgbF(
        (2 * text.redF() + base.redF()) / 3,
        (2 * text.greenF() + base.greenF()) / 3,
        (2 * text.blueF() + base.blueF()) / 3,
    )
    mark = QColor("#7a6200") if dark else QColor("#ffe680")
    return Colors(
        text=text.name(),
        base=base.name(),
        link=palette.color(QPalette.ColorRole.Link).name(),
        accent=palette.color(QPalette.ColorRole.Link).name(),
        muted=muted.name(),
        rule=palette.color(QPalette.ColorRole.Mid).name(),
        mark=mark.name(),
        mark_text=text.name(),
        header_bg=palette.color(QPalette.ColorRole.AlternateBase).name(),
    )


class PaletteChanges(QObject):
    """An event filter that says when the palette of the object it watches changes, its own or
    the application's (`changed`)."""

    changed = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject::eventFilter."""
        if event.type() in (QtCore.QEvent.Type.PaletteChange, QtCore.QEvent.Type.ApplicationPaletteChange):
            self.changed.emit()
        return False


class DetailBrowser(QTextBrowser):
    """Shows HTML the app rendered; refuses every resource and hands links to `link_activated`."""

    # A QUrl. Declared as `object` so that start-up does not create QUrl's type and its eight
    # enums before anything is clicked.
    link_activated = Signal(object)
    first_painted = Signal()
    """Once, after the first page is painted: what start-up left for later can follow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.painted = False
        self._shown = False
        self._bar_until_shown = False
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        # Narrow windows wrap between words, never inside one; full-width tables round up a
        # pixel, which would otherwise bring a horizontal scroll bar for nothing.
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        # Qt.ScrollBarPolicy.ScrollBarAlwaysOff, by name (see the note on `Qt` in entity_tree).
        self.setProperty("horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        self.setAccessibleName(self.tr("Page"))
        self.setAccessibleDescription(self.tr("The entity, document or search on show"))
        self.refused_resources: list[str] = []
        self.zoom_level = 0
        self.anchorClicked.connect(self._on_anchor)

    def show_page(self, html: str) -> None:
        """Show `html`. Before the pane is first shown, a page that will need a scroll bar has it
        from the start: the page is then laid out once as the window opens, at the width it is
        shown at, not once without the bar and again when the bar appears. (`showEvent` gives
        the bar back to Qt's judgement before anything is painted, so a wrong guess costs one
        layout more, never a different picture.)"""
        self.setHtml(html)
        if self._shown:
            return
        # Its lines (paragraphs and line breaks) from the plain text: `document()` would make
        # QTextDocument's type, which nothing else at start-up needs (some 3 ms).
        tall = (self.toPlainText().count("\n") + 1) * SHORTEST_LINE > self.window().height()
        if tall != self._bar_until_shown:
            self._bar_until_shown = tall
            self.setProperty("verticalScrollBarPolicy", "ScrollBarAlwaysOn" if tall else "ScrollBarAsNeeded")

    def showEvent(self, event: QShowEvent) -> None:
        """Override QTextEdit::showEvent: from the first show on, the scroll bar as needed."""
        super().showEvent(event)
        self._shown = True
        if self._bar_until_shown:
            self._bar_until_shown = False
            self.setProperty("verticalScrollBarPolicy", "ScrollBarAsNeeded")

    def paintEvent(self, event: QPaintEvent) -> None:
        """Override QTextEdit::paintEvent: say when the first page has been painted."""
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            self.first_painted.emit()

    def loadResource(self, resource_type: int, url: QUrl | str) -> object:
        """Override QTextBrowser::loadResource: nothing is ever loaded, from anywhere."""
        from PySide6.QtCore import QUrl

        self.refused_resources.append(QUrl(url).toString() if not isinstance(url, QUrl) else url.toString())
        return None

    def _on_anchor(self, url: QUrl) -> None:
        if not url.scheme() and url.fragment():
            self.scrollToAnchor(url.fragment())
            return
        if url.scheme() in APP_SCHEMES:
            self.link_activated.emit(url)
        else:
            log.info("refused link %s", url.toString())

    def set_zoom(self, level: int) -> None:
        level = max(MIN_ZOOM, min(MAX_ZOOM, level))
        delta = level - self.zoom_level
        if delta > 0:
            self.zoomIn(delta)
        elif delta < 0:
            self.zoomOut(-delta)
        self.zoom_level = level


class DetailPane(QWidget):
    """The browser with its find bar below it (made when first asked for: start-up shows none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = DetailBrowser()
        self._find_bar: FindBar | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.browser)

    @property
    def find_bar(self) -> FindBar:
        if self._find_bar is None:
            from desktop_app.find_bar import FindBar

            self._find_bar = FindBar(self.browser)
            self._layout.addWidget(self._find_bar)
        return self._find_bar
