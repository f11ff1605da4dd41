"""View → Theme: contrast of both palettes, live switching in the window, print stays light."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from desktop_app.detail_view import palette_colors
from desktop_app.render.addresses import entity_url
from desktop_app.render.html import PRINT_COLORS
from desktop_app.themes import THEME_SETTING, apply_theme, contrast, theme_palette
from tests.conftest import entity_id

AA = 4.5


@pytest.fixture
def system_theme_after(qapp):
    """The application goes back to its own look whatever the test chose."""
    yield
    apply_theme("system")


def test_the_contrast_measure_can_fail():
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#777777", "#777777") == pytest.approx(1)
    assert contrast("#8c8c8c", "#ffffff") < AA  # the old muted grey on white


@pytest.mark.parametrize("name", ["light", "dark"])
def test_page_colours_read_well_in_both_themes(name):
    colors = palette_colors(theme_palette(name))
    pairs = {
        "text": (colors.text, colors.base),
        "link": (colors.link, colors.base),
        "muted text": (colors.muted, colors.base),
        "highlighted words": (colors.mark_text, colors.mark),
        "table header": (colors.text, colors.header_bg),
    }
    low = {what: round(contrast(*pair), 2) for what, pair in pairs.items() if contrast(*pair) < AA}
    assert low == {}


@pytest.mark.parametrize("name", ["light", "dark"])
@pytest.mark.parametrize("group", [QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive])
def test_selected_rows_read_well_in_both_themes(name, group):
    palette = theme_palette(name)
    Role = QPalette.ColorRole
    selected = contrast(
        palette.color(group, Role.HighlightedText).name(), palette.color(group, Role.Highlight).name()
    )
    assert selected >= AA
    assert contrast(palette.color(group, Role.Text).name(), palette.color(group, Role.Base).name()) >= AA
    assert contrast(palette.color(group, Role.Link).name(), palette.color(group, Role.Base).name()) >= AA


def page_base(window) -> str:
    return window.browser.palette().color(QPalette.ColorRole.Base).name()


def test_switching_theme_repaints_page_and_tree_live_and_print_stays_light(window, qtbot, system_theme_after):
    original = QApplication.palette().color(QPalette.ColorRole.Base).name()
    window.open_address(entity_url(entity_id("Kyrgyzstan")))
    window.theme_menu.actions["dark"].trigger()
    qtbot.waitUntil(lambda: page_base(window) == "#1e1e1e")  # the palette reaches widgets by event
    assert window.tree_view.palette().color(QPalette.ColorRole.Base).name() == "#1e1e1e"
    assert window.tree_view.palette().color(QPalette.ColorRole.Highlight).name() == "#3d6fb6"
    assert "color: #e6e6e6" in window.page.html and "color: #8cb4ff" in window.page.html
    assert window.current_title == "Kyrgyzstan"
    printed = window.printable().render("briefing", 0)
    assert f"color: {PRINT_COLORS.text}" in printed and "#e6e6e6" not in printed and "#8cb4ff" not in printed

    window.theme_menu.actions["light"].trigger()
    qtbot.waitUntil(lambda: page_base(window) == "#ffffff")
    assert "color: #1a1a1a" in window.page.html and "color: #1a4d8f" in window.page.html
    assert QSettings().value(THEME_SETTING) == "light"

    window.theme_menu.actions["system"].trigger()
    assert QApplication.palette().color(QPalette.ColorRole.Base).name() == original
    assert window.theme_menu.current == "system"


def test_the_theme_is_kept_for_the_next_start(make_window, qtbot, system_theme_after):
    first = make_window(show=False)
    first.theme_menu.actions["dark"].trigger()
    first.close()
    apply_theme("system")
    second = make_window(show=False)
    assert second.theme_menu.current == "dark"
    qtbot.waitUntil(lambda: page_base(second) == "#1e1e1e")
    assert "color: #e6e6e6" in second.page.html
