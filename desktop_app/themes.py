"""View → Theme: System, Light or Dark, applied live to the whole application.

Light and Dark are palettes of our own on the Fusion style (the one style that follows a
palette everywhere), chosen so that text, links, muted text, highlights and selected rows keep
a contrast of at least 4.5:1 (WCAG AA; tested). System gives back the style and palette the
application started with. The pages take their colours from the palette (`palette_colors`),
and re-render when it changes; printing and PDF always use the light print colours.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QSettings, Signal
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from desktop_app.workbench import THEME_SETTING

THEMES = {
    "system": str(QT_TRANSLATE_NOOP("ThemeMenu", "&System")),
    "light": str(QT_TRANSLATE_NOOP("ThemeMenu", "&Light")),
    "dark": str(QT_TRANSLATE_NOOP("ThemeMenu", "&Dark")),
}
Role, Group = QPalette.ColorRole, QPalette.ColorGroup

_LIGHT = {
    Role.Window: "#efefef",
    Role.WindowText: "#1a1a1a",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#eef2f7",
    Role.Text: "#1a1a1a",
    Role.Button: "#e6e6e6",
    Role.ButtonText: "#1a1a1a",
    Role.BrightText: "#ffffff",
    Role.Highlight: "#2a62b8",
    Role.HighlightedText: "#ffffff",
    Role.Link: "#1a4d8f",
    Role.LinkVisited: "#6a3d9a",
    Role.ToolTipBase: "#ffffdc",
    Role.ToolTipText: "#1a1a1a",
    Role.PlaceholderText: "#6e6e6e",
    Role.Light: "#ffffff",
    Role.Midlight: "#e0e0e0",
    Role.Mid: "#b8b8b8",
    Role.Dark: "#9f9f9f",
    Role.Shadow: "#767676",
}
_DARK = {
    Role.Window: "#2b2b2b",
    Role.WindowText: "#e6e6e6",
    Role.Base: "#1e1e1e",
    Role.AlternateBase: "#2a313b",
    Role.Text: "#e6e6e6",
    Role.Button: "#353535",
    Role.ButtonText: "#e6e6e6",
    Role.BrightText: "#ffffff",
    Role.Highlight: "#3d6fb6",
    Role.HighlightedText: "#ffffff",
    Role.Link: "#8cb4ff",
    Role.LinkVisited: "#c3a6ff",
    Role.ToolTipBase: "#3a3a3a",
    Role.ToolTipText: "#e6e6e6",
    Role.PlaceholderText: "#9a9a9a",
    Role.Light: "#505050",
    Role.Midlight: "#404040",
    Role.Mid: "#5a5a5a",
    Role.Dark: "#1a1a1a",
    Role.Shadow: "#000000",
}
_DISABLED_TEXT = {"light": "#8a8a8a", "dark": "#808080"}


def theme_palette(name: str) -> QPalette:
    """The palette of the "light" or "dark" theme, every colour group set (an unfocused
    window's selected row stays as readable as a focused one's)."""
    palette = QPalette()
    for role, color in (_DARK if name == "dark" else _LIGHT).items():
        palette.setColor(role, QColor(color))
    for role in (Role.Text, Role.WindowText, Role.ButtonText):
        palette.setColor(Group.Disabled, role, QColor(_DISABLED_TEXT[name]))
    return palette


def contrast(first: str, second: str) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(name: str) -> float:
        color = QColor(name)
        channels = []
        for value in (color.redF(), color.greenF(), color.blueF()):
            channels.append(value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4)
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


class _SystemLook:
    """The style and palette the application had before any theme was applied."""

    style: str | None = None
    palette: QPalette | None = None


def apply_theme(name: str) -> None:
    """Set the application's look; every window re-renders through its palette change."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "themes need the widgets application"
    if name not in ("light", "dark"):
        if _SystemLook.style is not None and _SystemLook.palette is not None:  # Else: never left.
            app.setStyle(_SystemLook.style)
            app.setPalette(_SystemLook.palette)
        return
    if _SystemLook.style is None:
        _SystemLook.style = app.style().name()
        _SystemLook.palette = QPalette(app.palette())
    app.setStyle("Fusion")
    app.setPalette(theme_palette(name))


def saved_theme() -> str:
    """The theme of the last session (System the first time)."""
    saved = QSettings().value(THEME_SETTING, "system", str)
    return saved if saved in THEMES else "system"


def apply_saved_theme() -> None:
    """The last session's theme, applied before the window is first painted."""
    apply_theme(saved_theme())


class ThemeMenu(QObject):
    """View → Theme: three exclusive choices, the chosen one kept in the settings."""

    changed = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        from PySide6.QtGui import QActionGroup  # Here: the saved theme is applied without it.

        self.menu = QMenu(self.tr("&Theme"), parent)
        self.group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        for name, label in THEMES.items():
            action = QAction(self.tr(label), self, checkable=True)
            action.setData(name)
            action.triggered.connect(lambda checked=False, chosen=name: self.choose(chosen))
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[name] = action

    @property
    def current(self) -> str:
        checked = self.group.checkedAction()
        return checked.data() if checked else "system"

    def restore(self, *, apply: bool = True) -> None:
        """The theme of the last session (System the first time); `apply=False` when
        `apply_saved_theme` has applied it already."""
        saved = saved_theme()
        if apply:
            self.choose(saved, save=False)
        else:
            self.actions[saved].setChecked(True)

    def choose(self, name: str, *, save: bool = True) -> None:
        self.actions[name].setChecked(True)
        apply_theme(name)
        if save:
            QSettings().setValue(THEME_SETTING, name)
        self.changed.emit(name)
