"""The window, driven as a user would with pytest-qt."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt, QUrl
from PySide6.QtGui import QTextDocument

from database import reference
from database.fulltext import PassageHit
from desktop_app.entity_tree import EntityIdRole, EntityTreeModel
from desktop_app.main_window import PAGE, RESULTS
from desktop_app.search import ResultRole, SearchResultsModel
from desktop_app.tree_filter import EntityFilterProxy
from tests.conftest import entity_id


def type_search(qtbot, window, text: str) -> None:
    window.search_edit.setFocus()
    window.search_edit.clear()
    with qtbot.waitSignal(window.search_panel.controller.results_ready, timeout=5000):
        qtbot.keyClicks(window.search_edit, text)


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
    from database.fulltext import search

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
    window.tree_view.setCurrentIndex(window.tree_index(source))
    assert window.windowTitle().startswith("Kyrgyzstan — ")
    text = visible_text(window)
    for heading in ("Key facts", "Timeline", "What the documents say", "Mentioned with", "Sources"):
        assert heading in text
    assert "Collective Security Treaty Organization" in text


def test_keyboard_navigation_in_the_tree(window, qtbot):
    window.tree_view.setFocus()
    window.tree_view.setCurrentIndex(window.tree_view.model().index(0, 0))
    for _ in range(3):
        qtbot.keyClick(window.tree_view, Qt.Key.Key_Down)
    assert window.tree_view.currentIndex().data(EntityIdRole) is not None
    assert window.current_title != "Central Asia Security Reference"


def test_typing_in_the_tree_goes_to_the_search_bar(window, qtbot):
    window.tree_view.setFocus()
    with qtbot.waitSignal(window.search_panel.controller.results_ready, timeout=5000):
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


def _entity_labels(proxy: EntityFilterProxy, parent=None) -> list[str]:
    parent = parent if parent is not None else QModelIndex()
    labels = []
    for row in range(proxy.rowCount(parent)):
        index = proxy.index(row, 0, parent)
        if index.data(EntityIdRole) is not None:
            labels.append(index.data())
        labels.extend(_entity_labels(proxy, index))
    return labels


@pytest.mark.parametrize(
    ("typed", "kept", "left_out"),
    [
        ("kyrg", "Kyrgyzstan", "Kazakhstan"),  # the start of a name
        ("KYRGYZ", "Kyrgyzstan", "Tajikistan"),  # any case
        ("stan", None, "Kyrgyzstan"),  # never the middle of a word
        ("for peace", "Partnership for Peace (PfP)", "Kyrgyzstan"),  # a later word, across a space
        ("kirgizia", "Kyrgyzstan", "Uzbekistan"),  # an alias
        ("a.b(c", None, "Kyrgyzstan"),  # punctuation is text, not a pattern
    ],
)
def test_the_tree_filter_keeps_names_with_a_word_beginning_with_the_text(
    bundled_connection, typed, kept, left_out
):
    proxy = EntityFilterProxy()
    proxy.setSourceModel(EntityTreeModel(reference.entity_tree(bundled_connection)))
    everything = _entity_labels(proxy)
    proxy.set_filter_text(typed)
    labels = _entity_labels(proxy)
    assert left_out in everything and left_out not in labels
    if kept is not None:
        assert kept in labels
    proxy.set_filter_text("")
    assert _entity_labels(proxy) == everything


def test_typing_shows_results_and_enter_opens_the_first(window, qtbot):
    type_search(qtbot, window, "kirg")
    assert window.stack.currentIndex() == RESULTS
    assert window.search_panel.model.first_hit().data(ResultRole).name == "Kyrgyzstan"
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    assert window.stack.currentIndex() == PAGE
    assert window.current_title == "Kyrgyzstan"


def test_arrow_keys_choose_a_passage_that_opens_highlighted(window, qtbot):
    type_search(qtbot, window, "peacekeeping")
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Down)
    hit = window.search_panel.view.currentIndex().data(ResultRole)
    assert isinstance(hit, PassageHit)
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    assert window.current_title == hit.title
    html = window.browser.toHtml()
    assert "peacekeeping" in window.browser.toPlainText().lower()
    assert "background-color" in html


def test_escape_clears_and_returns(window, qtbot):
    type_search(qtbot, window, "nato")
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Escape)
    assert window.search_edit.text() == ""
    assert window.stack.currentIndex() == PAGE


def test_no_results_gives_a_hint(window, qtbot):
    type_search(qtbot, window, "qqzzxq")
    assert window.search_panel.hint.isVisible()
    assert window.search_panel.hint.text().count("No results") == 1


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


def test_document_reader_scrolls_to_the_highlighted_sentence(window, bundled_connection):
    view = reference.document(bundled_connection, "003_a4fc09d6322d7d1e.txt")
    sentence = "Russia withdrew its border guard from Kyrgyzstan in 1999."
    start = view.text.index(sentence)
    window.resize(1000, 600)
    window.open_address(f"doc:{view.source}?start={start}&end={start + len(sentence)}")
    assert view.title in visible_text(window) and "Contents" in visible_text(window)
    browser = window.browser
    found = browser.document().find(sentence)
    assert not found.isNull()
    assert found.charFormat().background().color().name() == "#ffe680"
    assert browser.verticalScrollBar().value() > 0
    where = browser.cursorRect(found)
    assert where.top() >= 0 and where.bottom() <= browser.viewport().height()


def test_find_in_page(window, qtbot):
    window.open_address(f"entity:{entity_id('Kyrgyzstan')}")
    window.browser.setFocus()
    window.find_action.trigger()
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


@pytest.mark.parametrize("keys", ["Ctrl+K", "Ctrl+L", "/"])
@pytest.mark.parametrize("start", ["browser", "tree_view", "results"])
def test_search_keys_reach_the_search_bar_from_anywhere(window, qtbot, keys, start):
    from PySide6.QtGui import QKeySequence

    if start == "results":
        type_search(qtbot, window, "nato")
        window.search_panel.view.setFocus()
    else:
        window.open_address(f"entity:{entity_id('Kyrgyzstan')}")
        getattr(window, start).setFocus()
    sequence = QKeySequence(keys)[0]
    qtbot.keyClick(window.focusWidget(), sequence.key(), sequence.keyboardModifiers())
    assert window.search_edit.hasFocus()
    assert not window.detail.find_bar.isVisible()


def test_ctrl_f_finds_in_the_page_from_anywhere(window, qtbot):
    window.open_address(f"entity:{entity_id('Kyrgyzstan')}")
    window.tree_view.setFocus()
    qtbot.keyClick(window.tree_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.detail.find_bar.isVisible()
    assert window.detail.find_bar.edit.hasFocus()
    assert "Search" in window.focus_search_action.text() and "/" in window.focus_search_action.toolTip()


def test_zoom(window):
    size = window.browser.font().pointSizeF()
    window.zoom_in_action.trigger()
    window.zoom_in_action.trigger()
    assert window.browser.zoom_level == 2 and window.browser.font().pointSizeF() > size
    window.zoom_reset_action.trigger()
    assert window.browser.zoom_level == 0 and window.browser.font().pointSizeF() == size


def test_settings_restored_in_a_second_instance(make_window):
    first = make_window(show=False)
    first.open_address(f"entity:{entity_id('CSTO')}")
    first.set_zoom(3)
    first.splitter.setSizes([250, 700])
    first.tree_action.trigger()
    first.close()
    assert Path(QSettings().fileName()).exists()
    second = make_window(show=False)
    assert second.current_title == "Collective Security Treaty Organization"
    assert second.browser.zoom_level == 3
    assert not second.tree_action.isChecked()


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


def test_hostile_document_is_shown_as_text(make_window, tmp_path: Path):
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
    window = make_window(database, show=False)
    window.open_address("doc:hostile.txt")
    text = window.browser.toPlainText()
    assert "<script>alert(1)</script>" in text and "<img src=" in text
    assert "Hostile <b>title</b> <qt><h1>big</h1></qt>" in text
    assert not window.browser.refused_resources
    kyrgyzstan = reference.find_entity(connection, "Kyrgyzstan")
    window.open_address(f"entity:{kyrgyzstan.id}")
    assert "<script>" in window.browser.toPlainText()


def test_open_unknown_address_changes_nothing(window):
    before = window.history.current
    assert not window.open_address("entity:999999")
    assert not window.open_address("doc:nope.txt")
    assert not window.open_address("http://example.com")
    assert window.history.current == before


def test_gentle_hint_for_syntax_taken_as_words(window, qtbot):
    type_search(qtbot, window, 'nato "partner')
    assert window.search_panel.hint.isVisible()
    assert "unmatched quote" in window.search_panel.hint.text()
    assert window.search_panel.model.first_hit().isValid()


def test_random_text_typed_into_the_search_bar(qtbot, window):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    main = window

    def settle() -> None:
        main.search_panel.search_now(main.search_edit.text())
        if main.search_edit.text().strip():
            qtbot.waitUntil(lambda: main.search_panel.results.query == main.search_edit.text(), timeout=5000)
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


def _rows(model, parent=None):
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from _rows(model, index)


def test_tree_counts_entities_in_groups_as_the_start_page_does(window):
    from PySide6.QtCore import QModelIndex

    model = window.tree_model
    start_page = visible_text(window)
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        entities = sum(1 for index in _rows(model, group) if index.data(EntityIdRole) is not None)
        label = group.data()
        assert label.endswith(f"({entities})"), label
        title = label.rsplit(" (", 1)[0]
        assert f"{title}\n{entities}" in start_page or f"{title} {entities}" in start_page.replace("\t", " ")
    nato = model.find_entity(entity_id("NATO"))
    assert nato.data() == "North Atlantic Treaty Organization (NATO)"
    assert "mentions" in nato.data(Qt.ItemDataRole.ToolTipRole)
    assert model.parent(model.index(0, 0)) == QModelIndex()


def test_mouse_back_button_on_the_page_goes_back(window, qtbot):
    window.open_address(f"entity:{entity_id('Kyrgyzstan')}")
    window.open_address(f"entity:{entity_id('CSTO')}")
    qtbot.mouseClick(window.browser.viewport(), Qt.MouseButton.BackButton)
    assert window.current_title == "Kyrgyzstan"
    qtbot.mouseClick(window.browser.viewport(), Qt.MouseButton.ForwardButton)
    assert window.current_title == "Collective Security Treaty Organization"


def test_citation_shows_its_sentence_on_hover_and_opens_it(window, bundled_connection):
    window.open_address(f"entity:{entity_id('Kyrgyzstan')}")
    summary = window.page.sheet.summary
    relation = next(r for r in summary.relations if r.predicate == "member_of" and r.citation)
    document = window.browser.document()
    cursor = document.find(relation.entity.name)
    assert not cursor.isNull()
    block = cursor.block()
    tips = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.charFormat().anchorHref().startswith("doc:") and fragment.text().startswith("["):
            tips.append((fragment.charFormat().toolTip(), fragment.charFormat().anchorHref()))
        iterator += 1
    sentence_tip, href = next((tip, href) for tip, href in tips if relation.citation.sentence in tip)
    window.browser.anchorClicked.emit(QUrl(href))
    assert window.current_title == relation.citation.title
    found = window.browser.document().find(relation.citation.sentence[:40])
    assert found.charFormat().background().color().name() == "#ffe680"
    assert sentence_tip.endswith(
        relation.citation.title + (f", {relation.citation.section}" if relation.citation.section else "")
    )


def test_copy_citation_puts_the_quote_on_the_clipboard(window):
    from PySide6.QtGui import QGuiApplication

    window.open_address(f"entity:{entity_id('Kyrgyzstan')}")
    passage = window.page.sheet.passages[0]
    window.browser.anchorClicked.emit(QUrl("copy:0"))
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(f"“{passage.text}”") and passage.title in copied and passage.source in copied


def test_uncertain_facts_switch_is_remembered(make_window):
    first = make_window(show=False)
    assert not first.uncertain_action.isChecked()
    first.uncertain_action.trigger()
    assert QSettings().value("view/uncertain", False, bool)
    first.close()
    second = make_window(show=False)
    assert second.uncertain_action.isChecked()


def test_show_more_pages_in_rows_without_a_history_step(make_window, scaled_database):
    window = make_window(scaled_database)
    nato = reference.find_entity(reference.open_database(scaled_database), "NATO").id
    window.open_address(f"entity:{nato}")
    steps = len(window.history.pages)
    rows_before = len(window.page.sheet.timeline)
    assert "Show 100 more" in visible_text(window)
    link = next(
        href
        for href in _anchors(window.browser.document())
        if href.startswith(f"entity:{nato}?") and "timeline=" in href
    )
    window.browser.anchorClicked.emit(QUrl(link))
    assert len(window.page.sheet.timeline) > rows_before
    assert len(window.history.pages) == steps
    assert window.history.current == link


def _anchors(document):
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            href = iterator.fragment().charFormat().anchorHref()
            if href:
                yield href
            iterator += 1
        block = block.next()


@pytest.mark.parametrize("size", [(800, 600), (1366, 850)])
def test_small_and_large_windows_keep_the_page_readable(window, size):
    window.resize(*size)
    window.open_address(f"entity:{entity_id('Kyrgyzstan')}")
    window.show()
    tree, page = window.splitter.sizes()
    assert page >= 2 * tree
    assert tree >= 150
    from PySide6.QtGui import QTextOption

    assert window.browser.wordWrapMode() == QTextOption.WrapMode.WordWrap
