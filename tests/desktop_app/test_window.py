"""The window, driven as a user would with pytest-qt."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QTextDocument

from database import reference
from database.paths import BUNDLED_DATABASE
from desktop_app.entity_tree import EntityFilterProxy, EntityIdRole, EntityTreeModel
from desktop_app.main_window import MainWindow
from desktop_app.search import ResultRole, SearchResultsModel


@pytest.fixture
def window(qtbot, isolated_settings):
    connection = reference.open_database(BUNDLED_DATABASE)
    main = MainWindow(connection, BUNDLED_DATABASE)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


def type_search(qtbot, window, text: str) -> None:
    window.search_edit.setFocus()
    window.search_edit.clear()
    with qtbot.waitSignal(window.search_controller.results_ready, timeout=5000):
        qtbot.keyClicks(window.search_edit, text)


def entity_id(name: str) -> int:
    return reference.find_entity(reference.open_database(BUNDLED_DATABASE), name).id


def visible_text(window) -> str:
    return window.browser.toPlainText()


def test_tree_model(qtmodeltester, bundled_connection):
    model = EntityTreeModel(reference.entity_tree(bundled_connection))
    qtmodeltester.check(model)
    proxy = EntityFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter_text("csto")
    qtmodeltester.check(proxy)


def test_results_model(qtmodeltester, bundled_connection):
    from database.search import search

    model = SearchResultsModel()
    model.set_results(search(bundled_connection, "kyrgyz"))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.first_hit().data(ResultRole).name == "Kyrgyzstan"


def test_start_page_and_title(window):
    assert window.windowTitle() == "Central Asia Security Reference"
    assert "Relations with the Kyrgyz Republic" in visible_text(window)


def test_selecting_in_the_tree_shows_the_page(window, qtbot):
    source = window.tree_model.find_entity(entity_id("Kyrgyzstan"))
    window.tree_view.setCurrentIndex(window.tree_proxy.mapFromSource(source))
    assert window.windowTitle().startswith("Kyrgyzstan — ")
    text = visible_text(window)
    for heading in ("Key facts", "Timeline", "What the documents say", "Mentioned with", "Sources"):
        assert heading in text
    assert "Collective Security Treaty Organization" in text


def test_keyboard_navigation_in_the_tree(window, qtbot):
    window.tree_view.setFocus()
    window.tree_view.setCurrentIndex(window.tree_proxy.index(0, 0))
    for _ in range(3):
        qtbot.keyClick(window.tree_view, Qt.Key.Key_Down)
    assert window.tree_view.currentIndex().data(EntityIdRole) is not None
    assert window.current_title != "Central Asia Security Reference"


def test_typing_in_the_tree_goes_to_the_search_bar(window, qtbot):
    window.tree_view.setFocus()
    with qtbot.waitSignal(window.search_controller.results_ready, timeout=5000):
        qtbot.keyClicks(window.tree_view, "k")
    assert window.search_edit.text() == "k"
    assert window.search_edit.hasFocus()


def test_filter_matches_aliases(window, qtbot):
    qtbot.keyClicks(window.filter_edit, "Kirgizia")
    labels = []
    index = window.tree_proxy.index(0, 0)
    while index.isValid():
        labels.append(index.data())
        index = window.tree_view.indexBelow(index)
    assert any(label.startswith("Kyrgyzstan") for label in labels)
    assert not any(label.startswith("Kazakhstan") for label in labels)
    window.filter_edit.clear()
    assert window.tree_proxy.rowCount() == window.tree_model.rowCount()


def test_typing_shows_results_and_enter_opens_the_first(window, qtbot):
    type_search(qtbot, window, "kirg")
    assert window.right.currentIndex() == 1
    assert window.results_model.first_hit().data(ResultRole).name == "Kyrgyzstan"
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    assert window.right.currentIndex() == 0
    assert window.current_title == "Kyrgyzstan"


def test_arrow_keys_choose_a_passage_that_opens_highlighted(window, qtbot):
    type_search(qtbot, window, "peacekeeping")
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Down)
    hit = window.results_view.currentIndex().data(ResultRole)
    assert hasattr(hit, "source")
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    assert window.current_title == hit.title
    html = window.browser.toHtml()
    assert "peacekeeping" in window.browser.toPlainText().lower()
    assert "background-color" in html


def test_escape_clears_and_returns(window, qtbot):
    type_search(qtbot, window, "nato")
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Escape)
    assert window.search_edit.text() == ""
    assert window.right.currentIndex() == 0


def test_no_results_gives_a_hint(window, qtbot):
    type_search(qtbot, window, "Kyrgystan")
    assert window.no_results.isVisible()
    assert "Kyrgyzstan" in window.no_results.text()


def test_links_and_back_forward(window, qtbot):
    window.open_address(f"entity:{entity_id('Kyrgyzstan')}")
    window.browser.anchorClicked.emit(QUrl(f"entity:{entity_id('CSTO')}"))
    assert window.current_title == "Collective Security Treaty Organization"
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_title == "Kyrgyzstan"
    window.go_forward()
    assert window.current_title == "Collective Security Treaty Organization"
    window.go_back()
    window.go_back()
    assert window.current_title == "Central Asia Security Reference"
    assert not window.back_action.isEnabled()


def test_document_reader_with_contents_and_highlight(window):
    connection = reference.open_database(BUNDLED_DATABASE)
    summary = reference.summary(connection, entity_id("Kyrgyzstan"))
    passage = summary.passages[0]
    window.open_address(f"doc:{passage.source}?start={passage.start}&end={passage.end}")
    text = visible_text(window)
    assert passage.title in text and "Contents" in text
    assert window.browser.verticalScrollBar().value() >= 0


def test_find_in_page(window, qtbot):
    window.open_address(f"entity:{entity_id('Kyrgyzstan')}")
    window.browser.setFocus()
    window.focus_search_or_find()
    assert window.detail.find_bar.isVisible()
    qtbot.keyClicks(window.detail.find_bar.edit, "Bishkek")
    first = window.browser.textCursor().selectionStart()
    assert window.browser.textCursor().selectedText() == "Bishkek"
    window.detail.find_bar.find_next()
    assert window.browser.textCursor().selectionStart() > first
    window.detail.find_bar.find_previous()
    assert window.browser.textCursor().selectionStart() == first
    qtbot.keyClicks(window.detail.find_bar.edit, "zzzz")
    assert window.detail.find_bar.status.text() == "Not found"


def test_ctrl_f_outside_the_pane_focuses_search(window):
    window.tree_view.setFocus()
    window.focus_search_or_find()
    assert window.search_edit.hasFocus()


def test_zoom(window):
    size = window.browser.font().pointSizeF()
    window.zoom_in_action.trigger()
    window.zoom_in_action.trigger()
    assert window.browser.zoom_level == 2 and window.browser.font().pointSizeF() > size
    window.zoom_reset_action.trigger()
    assert window.browser.zoom_level == 0 and window.browser.font().pointSizeF() == size


def test_settings_restored_in_a_second_instance(qtbot, isolated_settings):
    connection = reference.open_database(BUNDLED_DATABASE)
    first = MainWindow(connection, BUNDLED_DATABASE)
    qtbot.addWidget(first)
    first.open_address(f"entity:{entity_id('CSTO')}")
    first.set_zoom(3)
    first.splitter.setSizes([250, 700])
    first.tree_action.trigger()
    first.close()
    assert Path(QSettings().fileName()).exists()
    second = MainWindow(connection, BUNDLED_DATABASE)
    qtbot.addWidget(second)
    assert second.current_title == "Collective Security Treaty Organization"
    assert second.browser.zoom_level == 3
    assert not second.tree_action.isChecked()
    second.close()


def test_no_remote_resource_is_ever_loaded(window):
    browser = window.browser
    browser.setHtml("<p>x</p><img src='http://example.com/a.png'><img src='file:///etc/passwd'>")
    assert browser.refused_resources
    assert browser.loadResource(QTextDocument.ResourceType.ImageResource, QUrl("https://example.com")) is None


def test_foreign_links_are_refused(window):
    window.open_address(f"entity:{entity_id('Kyrgyzstan')}")
    before = window.history.current
    window.browser.anchorClicked.emit(QUrl("http://example.com/"))
    window.browser.anchorClicked.emit(QUrl("javascript:alert(1)"))
    assert window.history.current == before


def test_hostile_document_is_shown_as_text(qtbot, isolated_settings, tmp_path: Path):
    from database.build import build_database

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "hostile.txt").write_text(
        'Hostile <b>title</b> <qt><h1>big</h1></qt>\n\nKyrgyzstan <script>alert(1)</script> <img src="http://evil.example/x.png"> '
        '<a href="javascript:alert(2)">click</a> joins the CSTO.\n',
        encoding="utf-8",
    )
    database = tmp_path / "hostile.db"
    build_database([folder], database)
    connection = reference.open_database(database)
    window = MainWindow(connection, database)
    qtbot.addWidget(window)
    window.open_address("doc:hostile.txt")
    text = window.browser.toPlainText()
    assert "<script>alert(1)</script>" in text and "<img src=" in text
    assert "Hostile <b>title</b> <qt><h1>big</h1></qt>" in text
    assert not window.browser.refused_resources
    kyrgyzstan = reference.find_entity(connection, "Kyrgyzstan")
    window.open_address(f"entity:{kyrgyzstan.id}")
    assert "<script>" in window.browser.toPlainText()
    window.close()


def test_open_unknown_address_changes_nothing(window):
    before = window.history.current
    assert not window.open_address("entity:999999")
    assert not window.open_address("doc:nope.txt")
    assert not window.open_address("http://example.com")
    assert window.history.current == before


def test_gentle_hint_for_syntax_taken_as_words(window, qtbot):
    type_search(qtbot, window, 'nato "partner')
    assert window.no_results.isVisible()
    assert "unmatched quote" in window.no_results.text()
    assert window.results_model.first_hit().isValid()


def test_random_text_typed_into_the_search_bar(qtbot, isolated_settings):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    connection = reference.open_database(BUNDLED_DATABASE)
    main = MainWindow(connection, BUNDLED_DATABASE)
    qtbot.addWidget(main)
    main.show()

    def settle() -> None:
        main.search_controller.search_now(main.search_edit.text())
        if main.search_edit.text().strip():
            qtbot.waitUntil(lambda: main.results_model.results.query == main.search_edit.text(), timeout=5000)
        qtbot.keyClick(main.search_edit, Qt.Key.Key_Return)

    # Typed key by key (QTest can type printable ASCII only), then pasted (any script, emoji, controls).
    @settings(max_examples=30, deadline=None)
    @given(
        st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), min_size=1, max_size=30),
        st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60),
    )
    def typed(keys, pasted):
        main.search_edit.clear()
        main.search_edit.setFocus()
        qtbot.keyClicks(main.search_edit, keys)
        settle()
        main.search_edit.setFocus()
        main.search_edit.selectAll()
        main.search_edit.insert(pasted)
        settle()

    typed()
    main.close()


def test_page_colours_follow_the_palette(window):
    from PySide6.QtGui import QColor, QPalette

    from desktop_app.detail_view import palette_colors

    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e8e8e8"))
    dark.setColor(QPalette.ColorRole.Link, QColor("#7fb4ff"))
    window.browser.setPalette(dark)
    colors = palette_colors(window.browser.palette())
    assert (colors.text, colors.link) == ("#e8e8e8", "#7fb4ff")
    assert colors.mark != "#ffe680"
    window.open_address(f"entity:{entity_id('Kyrgyzstan')}")
    html = window.browser.toHtml()
    assert "#e8e8e8" in html and "#7fb4ff" in html


def test_search_syntax_help(window):
    window.syntax_action.trigger()
    assert window.current_title == "Search syntax"
    assert '"partnership for peace"' in visible_text(window)


def test_opening_an_entity_selects_it_in_the_tree(window):
    window.open_address(f"entity:{entity_id('CSTO')}")
    assert window.tree_view.currentIndex().data(EntityIdRole) == entity_id("CSTO")
    assert window.tree_view.selectionModel().isSelected(window.tree_view.currentIndex())
    assert window.history.pages[-1] == f"entity:{entity_id('CSTO')}"
    assert len(window.history.pages) == 2


def test_back_from_a_result_returns_to_the_search(window, qtbot):
    type_search(qtbot, window, "kirg")
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    assert window.current_title == "Kyrgyzstan"
    window.go_back()
    assert window.current_title == "Search: kirg"
    assert "Kyrgyzstan" in visible_text(window)
    window.go_forward()
    assert window.current_title == "Kyrgyzstan"
